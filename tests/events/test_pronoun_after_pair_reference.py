"""A person that a pair reference (`Двајцата лидери`) was also linked to keeps the gender of the name: the
reference's words are no name, so `Тој` in the sentence after the person's quote still stands for him;
sentences written for these tests."""
from __future__ import annotations

from vesnik.document import Document
from vesnik.pipeline.default import build_pipeline

MEETING = ("Австрискиот канцелар Карл Нехамер вчера го пречека словачкиот премиер Роберт Фицо во Виена. Двајцата "
           "лидери разговараа за миграцијата. „Европа мора да ги заштити границите“, рече Нехамер на средбата. ")


def requests(text: str) -> list[list[str]]:
    """The actors' names of the REQUEST events the whole pipeline finds."""
    doc = build_pipeline().run_one(Document(id="t", source="t", raw_text=text)).document
    by_id = {e.id: e for e in doc.entities}
    return [[by_id[a].name for a in ev.actor] for ev in doc.events if ev.type == "REQUEST"]


def test_he_is_the_speaker_of_the_quote_before():
    assert requests(MEETING + "Тој ја повика Европската комисија да ги зголеми средствата за Фронтекс.") == [["Карл Нехамер"]]


def test_he_is_the_speaker_also_after_the_two_states():
    text = MEETING.replace("Двајцата лидери", "Двете земји") + "Тој ја повика Европската комисија да ги зголеми средствата."
    assert requests(text) == [["Карл Нехамер"]]


def test_she_is_not_him():
    assert requests(MEETING + "Таа ја повика Европската комисија да ги зголеми средствата за Фронтекс.") == []
