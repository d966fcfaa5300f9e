"""The events evaluation's field table: when a predicted event's mode, status, place, source and date agree
with the gold event's, on a tiny invented document built by hand."""
from __future__ import annotations

import sys
from pathlib import Path

from vesnik.document import Document, Entity, Event, Mention, Sentence, Span

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts" / "eval"))
import events as evaluation  # noqa: E402  (the script, imported from its folder)

TEXT = "Министерот се сретна во Белград со амбасадорот, соопшти Танјуг."


def document(location: str | None, reported_by: str | None, status: str = "asserted") -> Document:
    doc = Document(id="d", source="d", raw_text=TEXT, text=TEXT, sentences=[Sentence(index=0, start=0, end=len(TEXT))])
    doc.entities = [
        Entity(id="e1", name="Белград", type="GPE", name_en="Belgrade", kb_id="gpe:city:belgrade", country="SRB",
               mentions=[Mention(start=24, end=31, text="Белград", sentence=0)]),
        Entity(id="e2", name="Танјуг", type="ORG", name_en="Tanjug",
               mentions=[Mention(start=56, end=62, text="Танјуг", sentence=0)]),
    ]
    doc.events = [Event(id="v1", type="CONSULT", mode="meeting", status=status, location=location, reported_by=reported_by,
                        date="2025-03-03", sentence=0, trigger=Span(start=11, end=20, text="се сретна"), rule="t", confidence=1.0)]
    return doc


GOLD = {"doc_id": "d", "type": "CONSULT", "mode": "meeting", "trigger_start": 11, "trigger_end": 20, "actor": [],
        "recipient": [], "date": "2025-03-03", "status": "asserted", "location": "Belgrade", "reported_by": "Tanjug"}


def agreements(doc: Document, gold: dict) -> dict[str, bool]:
    ev = doc.events[0]
    return {f: evaluation.field_agrees(f, doc, ev, gold) for f in evaluation.FIELDS}


def test_every_field_agrees_by_name_or_value():
    assert all(agreements(document("e1", "e2"), GOLD).values())


def test_a_missing_place_or_source_and_another_status_disagree():
    got = agreements(document(None, None, status="historical"), GOLD)
    assert not got["location"] and not got["reported_by"] and not got["status"]
    assert got["mode"] and got["date"]


def test_a_place_in_the_gold_state_agrees_and_both_empty_agree():
    doc = document("e1", None)
    ev = doc.events[0]
    assert evaluation.field_agrees("location", doc, ev, {**GOLD, "location": "Serbia"})
    assert not evaluation.field_agrees("location", doc, ev, {**GOLD, "location": "Croatia"})
    assert evaluation.field_agrees("reported_by", doc, ev, {**GOLD, "reported_by": None})


def test_an_unlinked_place_agrees_by_its_name_in_latin_letters():
    doc = document("e1", None)
    doc.entities[0].name_en = doc.entities[0].kb_id = None
    assert evaluation.field_agrees("location", doc, doc.events[0], {**GOLD, "location": "Belgrad"})
    assert not evaluation.field_agrees("location", doc, doc.events[0], {**GOLD, "location": "Bor"})


def test_the_table_counts_the_pairs_of_the_type_measure_and_the_status_confusion():
    doc = document("e1", None, status="future")
    total, agree, status = evaluation.field_table({"d": doc}, {"d": [GOLD]})
    assert total["location"] == 1 and agree["location"] == 1 and agree["reported_by"] == 0
    assert status == {("asserted", "future"): 1}
