"""Organs named by a bare common noun act as the unnamed organ of their state: investigators are the
police, the `прокуратура` is the prosecution; sentences written for these tests."""
from __future__ import annotations

from vesnik.document import Document
from vesnik.pipeline.default import build_pipeline


def coded(text: str) -> list[tuple[str, list[tuple[str | None, str | None]]]]:
    """(type, actors' (country, sector)) of the events the whole pipeline finds."""
    doc = build_pipeline().run_one(Document(id="t", source="t", raw_text=text)).document
    by_id = {e.id: e for e in doc.entities}
    return [(ev.type, [(by_id[a].country, by_id[a].sector) for a in ev.actor]) for ev in doc.events]


def test_investigators_open_an_investigation_as_the_police():
    found = coded("Хрватската полиција пронајде тело во шумата кај Сплит. Истражителите отворија истрага за убиство.")
    assert ("ACCUSE", [("HRV", "COP")]) in found


def test_the_prosecution_by_its_other_name_investigates():
    found = coded("Бугарската прокуратура отвори истрага против поранешниот министер за земјоделство.")
    assert found == [("ACCUSE", [("BGR", "JUD")])]


def test_the_prosecution_charges():
    found = coded("Прокуратурата ја обвини поранешната градоначалничка на Куманово за злоупотреба на службената должност.")
    assert [t for t, _ in found] == ["ACCUSE"] and found[0][1][0][1] == "JUD"


def test_investigators_of_a_study_do_nothing_political():
    assert coded("Истражителите на универзитетот објавија студија за загадувањето на воздухот.") == []


def test_the_prosecution_building_is_no_act():
    assert coded("Зградата на прокуратурата во Битола беше реновирана минатата година.") == []
