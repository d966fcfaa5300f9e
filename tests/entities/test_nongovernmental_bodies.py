"""International NGOs of migration and aid news are no state's (GUIDELINES: country `NGO`), and a state's
acronym in brackets after a body's name is the body's: sentences written for these tests (names invented)."""
from __future__ import annotations

from functools import cache

import pytest

from vesnik.document import Document
from vesnik.pipeline.default import build_pipeline


@cache
def _pipeline():
    return build_pipeline()


def _analyse(text: str) -> Document:
    return _pipeline().run_one(Document(id="t", source="t", raw_text=text)).document


@pytest.mark.parametrize("text, kb_id", [
    ("Норвешкиот совет за бегалци ја обвини грчката полиција за насилство врз мигранти.",
     "org:norwegian-refugee-council"),
    ("Данскиот совет за бегалци ја критикуваше српската влада за условите во камповите.",
     "org:danish-refugee-council"),
    ("Меѓународниот комитет за спасување побара од Турција да ги отвори граничните премини.",
     "org:international-rescue-committee"),
    ("Оксфам ја повика Унгарија да ги пушти бегалците.", "org:oxfam"),
    ("Мрежата за следење на граничното насилство ја обвини бугарската полиција за враќања.",
     "org:border-violence-monitoring-network"),
])
def test_an_international_ngo_is_no_states(text, kb_id):
    body = next(e for e in _analyse(text).entities if e.kb_id == kb_id)
    assert (body.country, body.sector) == ("NGO", "NGO")


def test_the_migration_agency_by_its_plural_name_is_the_uns():
    doc = _analyse("Меѓународната организација за миграции ја пофали Албанија.")
    assert [e.country for e in doc.entities if e.kb_id == "org:iom"] == ["UNO"]


def test_a_states_acronym_in_brackets_after_a_body_is_the_bodys():
    doc = _analyse("Данскиот совет за бегалци (DRC) ја критикуваше српската влада. DRC бара итна средба.")
    assert not any(e.country == "COD" for e in doc.entities)
    actors = {a for ev in doc.events for a in ev.actor}
    assert {e.kb_id for e in doc.entities if e.id in actors} == {"org:danish-refugee-council"}


def test_a_states_acronym_the_document_also_writes_otherwise_stays_the_states():
    # twin: `ДР Конго` names the state, so `(DRC)` after the body is Congo's, not the body's
    doc = _analyse("Оксфам (DRC) соопшти дека ДР Конго бара помош.")
    congo = next(e for e in doc.entities if e.kb_id == "gpe:COD")
    assert {m.text for m in congo.mentions} == {"DRC", "ДР Конго"}
