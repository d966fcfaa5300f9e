"""The event coder on real text of the shared data: SETimes dev sentences with entities placed
by hand, and the seed article through the whole pipeline. The texts are read at run time."""
from __future__ import annotations

import re
from datetime import date

import pytest

from tests.shared_data import SEED, articles, needs_shared
from vesnik.document import Document, Entity, Mention
from vesnik.events import EventStep
from vesnik.pipeline.default import build_pipeline
from vesnik.time import TimeStep

pytestmark = needs_shared


def dev_sentence(doc_id: str, index: int, names: dict[str, tuple[str, str | None]]) -> tuple[Document, int]:
    """A dev article through clean/segment/time, with the given names (name -> (country,
    kind)) placed as entities in sentence `index`; the events stage run on it."""
    row = articles()[doc_id]
    doc = build_pipeline(until="language").run_one(Document(id=doc_id, source=doc_id, raw_text=row["text"],
                                                            published=date.fromisoformat(row["date"]))).document
    doc = TimeStep("mk")(doc)
    sent = doc.sentences[index]
    for n, (name, (country, kind)) in enumerate(names.items(), 1):
        ent = Entity(id=f"E{n}", name=name, type="ORG" if country in ("IGO", "EUR") else "GPE", country=country)
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", doc.text[sent.start:sent.end]):
            ent.mentions.append(Mention(start=sent.start + m.start(), end=sent.start + m.end(), text=name,
                                        sentence=index, kind=kind or "name"))
        assert ent.mentions, f"{name} not in sentence {index} of {doc_id}"
        doc.entities.append(ent)
    return EventStep("mk")(doc), index


def events_in(doc: Document, index: int) -> list:
    return [e for e in doc.events if e.sentence == index]


def countries(doc: Document, ids: list[str]) -> set[str]:
    by_id = {e.id: e for e in doc.entities}
    return {by_id[i].country for i in ids}


def test_an_alliance_invites_a_country():
    doc, i = dev_sentence("setimes-dev-0256", 9, {"НАТО": ("IGO", None), "БиХ": ("BIH", None)})
    (ev,) = [e for e in events_in(doc, i) if e.type == "AGREE"]
    assert countries(doc, ev.actor) == {"IGO"} and countries(doc, ev.recipient) == {"BIH"}
    assert ev.date.startswith("2008")


def test_a_future_protest_note_is_a_future_accusation():
    doc, i = dev_sentence("setimes-dev-0400", 10, {"Македонија": ("MKD", None), "Грција": ("GRC", None)})
    (ev,) = [e for e in events_in(doc, i) if e.type == "ACCUSE"]
    assert (ev.mode, ev.status) == ("disapprove", "future")
    assert countries(doc, ev.recipient) == {"GRC"}


def test_a_government_named_by_its_demonym_grants_equipment():
    doc, i = dev_sentence("setimes-dev-0125", 10, {"Јапонската": ("JPN", "demonym"), "БиХ": ("BIH", None)})
    (ev,) = events_in(doc, i)
    assert (ev.type, ev.mode) == ("AID", "economic")
    by_id = {e.id: e for e in doc.entities}
    assert [(by_id[a].country, by_id[a].sector) for a in ev.actor] == [("JPN", "GOV")]
    assert countries(doc, ev.recipient) == {"BIH"}


@pytest.fixture(scope="module")
def seed() -> Document:
    from vesnik.quotes import QuoteStep

    pipeline = build_pipeline()
    present = {s.name for s in pipeline.steps}
    pipeline.steps += [step for name, step in (("time", TimeStep("mk")), ("quotes", QuoteStep("mk")), ("events", EventStep("mk")))
                       if name not in present]
    return pipeline.run_one(Document(id="seed", source=str(SEED), raw_text=SEED.read_text(encoding="utf-8"))).document


def find(doc: Document, type_: str, actors: set[str], recipients: set[str]) -> list:
    return [e for e in doc.events if e.type == type_ and countries(doc, e.actor) == actors
            and countries(doc, e.recipient) == recipients]


def test_seed_meeting_in_beijing(seed):
    (ev,) = find(seed, "CONSULT", {"PRK", "RUS"}, set())
    by_id = {e.id: e for e in seed.entities}
    assert ev.date == "2025-09-03" and ev.mode == "third-party"
    assert by_id[ev.location].country == "CHN" and by_id[ev.location].name_en == "Beijing"


def test_seed_meeting_is_reported_by_kcna(seed):
    (ev,) = find(seed, "CONSULT", {"PRK", "RUS"}, set())
    by_id = {e.id: e for e in seed.entities}
    assert by_id[ev.reported_by].kb_id == "org:kcna"
    assert ev.also_triggers  # told again later in the article


def test_seed_promise_to_support_the_russian_army(seed):
    (ev,) = find(seed, "AGREE", {"PRK"}, {"RUS"}) or find(seed, "SUPPORT", {"PRK"}, {"RUS"})[:1]
    by_id = {e.id: e for e in seed.entities}
    assert [by_id[r].sector for r in ev.recipient] == ["MIL"]


def test_seed_praise_of_north_korean_soldiers(seed):
    (ev,) = find(seed, "SUPPORT", {"RUS"}, {"PRK"})
    assert ev.status == "asserted"


def test_seed_soldiers_and_missiles_sent_to_russia(seed):
    (ev,) = find(seed, "AID", {"PRK"}, {"RUS"})
    assert ev.mode == "military"


def test_seed_defence_treaty_signed_last_year(seed):
    (ev,) = [e for e in find(seed, "SUPPORT", {"PRK", "RUS"}, set()) if e.date == "2024"]
    assert "military" in ev.context


def test_seed_south_korea_is_neither_actor_nor_recipient(seed):
    assert all("KOR" not in countries(seed, e.actor) | countries(seed, e.recipient) for e in seed.events)


def test_seed_soldiers_fighting_told_in_the_praise_take_no_later_weeks_date(seed):
    # the fighting is background to the praise; the week of a later estimate of the dead is no date of it
    (ev,) = find(seed, "ASSAULT", {"PRK"}, {"UKR"})
    assert ev.date == "2025-09-04"
