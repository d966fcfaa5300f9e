"""A state organ written bare (`Собранието`, `Полицијата`), whose only knowledge-base bearer is the home
state's, is another state's when the text seats it in that state's town (`Собранието во Сараево`, `Во
Подгорица, … пред Собранието`), whatever state the story names most, and a known body the text gives
to another state (`унгарското Министерство за внатрешни работи`) does not name the home state for the
anaphors after it: sentences written for these tests."""
from __future__ import annotations

from functools import cache

import pytest

from vesnik.document import Document
from vesnik.ingest import new_document
from vesnik.pipeline.default import build_pipeline


@cache
def _linking():
    return build_pipeline(until="linking")


@cache
def _whole():
    return build_pipeline()


def _organ(text: str, word: str) -> list[tuple[str | None, str | None]]:
    doc: Document = _linking().run_one(new_document("t", "test", text)).document
    return [(e.country, e.kb_id) for e in doc.entities if any(m.text == word for m in e.mentions)]


@pytest.mark.parametrize("text, word, country", [
    ("Премиерот Христијан Мицкоски допатува во Сараево на средба со претседавачот. Меѓутоа, Собранието во "
     "Сараево ја одложи седницата поради протести.", "Собранието", "BIH"),
    ("Премиерот Христијан Мицкоски разговараше со Вучиќ за гасоводот. Меѓутоа, Собранието во Подгорица ја "
     "одложи седницата за договорот.", "Собранието", "MNE"),
])
def test_a_home_organ_seated_in_another_states_town_is_that_states(text, word, country):
    assert _organ(text, word) == [(country, None)]


def test_a_home_police_seated_in_another_states_town_is_not_the_home_ministry():
    text = ("Министерот за внатрешни работи Панче Тошковски допатува во Загреб на средба со колегата. "
            "Полицијата во Загреб истиот ден уапси двајца осомничени за шверц.")
    assert all(kb_id != "org:mkd:ministry-of-interior" for _, kb_id in _organ(text, "Полицијата"))


@pytest.mark.parametrize("text, word", [
    ("Премиерот Христијан Мицкоски допатува во Сараево на средба со претседавачот. Меѓутоа, Собранието во "
     "Скопје ја одложи седницата поради протести.", "Собранието"),
    ("Мицкоски допатува во Загреб на средба со колегата. Во меѓувреме, Уставниот суд во Скопје ја отфрли "
     "жалбата на опозицијата.", "Уставниот суд"),
])
def test_a_home_organ_seated_in_a_home_town_stays_the_home_states(text, word):
    assert [country for country, _ in _organ(text, word)] == ["MKD"]


def _actor_countries(text: str, kind: str) -> list[str | None]:
    doc = _whole().run_one(new_document("t", "test", text)).document
    by_id = {e.id: e for e in doc.entities}
    return [by_id[a].country for ev in doc.events if ev.type == kind for a in ev.actor if a in by_id]


@pytest.mark.parametrize("text, country", [
    ("Според унгарското Министерство за внатрешни работи, на протестот во Будимпешта биле приведени стотина "
     "луѓе. Полицијата употреби солзавец против демонстрантите.", "HUN"),
    ("Според романското Министерство за внатрешни работи, на протестот во Букурешт биле приведени стотина "
     "луѓе. Полицијата употреби солзавец против демонстрантите.", "ROU"),
    ("Според бугарското Министерство за внатрешни работи, на протестот во Софија биле приведени стотина "
     "луѓе. Полицијата употреби солзавец против демонстрантите.", "BGR"),
])
def test_a_body_given_to_another_state_does_not_name_the_home_state_for_a_bare_organ(text, country):
    assert _actor_countries(text, "ASSAULT") == [country]


def test_a_home_body_named_bare_keeps_a_bare_organ_at_home():
    text = ("Според Министерството за внатрешни работи, на протестот во Битола биле приведени стотина луѓе. "
            "Полицијата употреби солзавец против демонстрантите.")
    assert _actor_countries(text, "ASSAULT") == ["MKD"]


@pytest.mark.parametrize("text, country", [
    ("Мицкоски разговараше со Вучиќ за признавањето. Во Подгорица, во четвртокот вечерта неколку илјади граѓани "
     "протестираа пред Собранието, барајќи референдум.", "MNE"),
    ("Српската влада ги протера амбасадорите. Вучиќ рече дека Србија нема да попушти и дека Белград ќе бара "
     "поддршка од Русија. Во Подгорица, неколку илјади граѓани протестираа пред Собранието, барајќи референдум.", "MNE"),
    ("Српската влада ги протера амбасадорите. Вучиќ рече дека Србија нема да попушти и дека Белград ќе бара "
     "поддршка од Русија. Во Сараево, неколку стотини студенти протестираа пред Собранието поради одлуката.", "BIH"),
])
def test_a_home_organ_in_a_sentence_opened_by_another_states_town_is_that_states(text, country):
    assert _organ(text, "Собранието") == [(country, None)]


def test_a_home_organ_a_known_person_speaks_of_abroad_stays_the_home_states():
    text = ("Мицкоски разговараше со Вучиќ за признавањето. Во Брисел, Мицкоски рече дека Собранието ќе го "
            "ратификува договорот.")
    assert [country for country, _ in _organ(text, "Собранието")] == ["MKD"]


@pytest.mark.parametrize("word, sector", [("Јавното обвинителство", "JUD"), ("Министерството за внатрешни работи", "COP")])
def test_a_home_organs_bare_name_in_a_story_set_in_another_states_towns_that_names_nothing_home_is_that_states(word, sector):
    text = (f"Илјадници студенти протестираа во Белград и Нови Сад против Вучиќ. {word} соопшти дека ќе ги испита "
            "сите одговорни за насилството.")
    doc: Document = _linking().run_one(new_document("t", "test", text)).document
    assert [(e.country, e.kb_id, e.sector) for e in doc.entities if any(m.text == word for m in e.mentions)] == [
        ("SRB", None, sector)]


@pytest.mark.parametrize("text", [
    # a story set at home
    "Илјадници студенти протестираа во Скопје против Владата. Јавното обвинителство соопшти дека ќе ги испита сите одговорни.",
    # a story abroad that names the home state too
    "Студенти од Македонија протестираа во Белград и Нови Сад против Вучиќ. Јавното обвинителство соопшти дека ќе ги "
    "испита сите одговорни.",
    # a story set in one town abroad, named once
    "Илјадници студенти протестираа во Белград против Вучиќ. Јавното обвинителство соопшти дека ќе ги испита сите одговорни.",
    # the full name says whose it is
    "Илјадници студенти протестираа во Белград и Нови Сад против Вучиќ. Јавното обвинителство на Република Северна "
    "Македонија соопшти дека ќе ги испита сите одговорни.",
])
def test_a_home_organ_named_at_home_beside_the_home_state_or_with_one_town_abroad_stays_the_home_states(text):
    doc: Document = _linking().run_one(new_document("t", "test", text)).document
    assert [e.kb_id for e in doc.entities if any(m.text.startswith("Јавното обвинителство") for m in e.mentions)] == [
        "org:mkd:public-prosecutor"]
