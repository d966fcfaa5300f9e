"""A retreat or concession promised (`вети дека ќе ги повлече трупите`, `… ќе ја повлече резервата`) is CONCEDE
(guidelines: future retreat, announced withdrawals); cooperation promised stays AGREE (invented sentences, session 39)."""
from tests.events.helpers import Ent, coded

SLOVENIA = Ent(("Словенија",), country="SVN")
CROATIA = Ent(("Хрватска",), country="HRV")
MINISTER = Ent(("Новак",), type="PER", country="SVN", sector="GOV")


def test_troops_promised_out_is_a_concession():
    doc = coded("Новак вети дека Словенија ќе ги повлече војниците од Хрватска.", [MINISTER, SLOVENIA, CROATIA], quotes=True)
    assert [e.type for e in doc.events] == ["CONCEDE"]


def test_a_reservation_promised_withdrawn_is_a_concession():
    doc = coded("Новак вети дека Словенија веднаш ќе ја повлече резервата кон поглавјата за Хрватска.",
                [MINISTER, SLOVENIA, CROATIA], quotes=True)
    assert [e.type for e in doc.events] == ["CONCEDE"]


def test_help_promised_stays_a_promise():
    doc = coded("Новак вети дека Словенија ќе ѝ испрати помош на Хрватска.", [MINISTER, SLOVENIA, CROATIA], quotes=True)
    assert [e.type for e in doc.events] == ["AGREE"]


def test_a_reservation_withdrawn_is_a_concession():
    doc = coded("Словенија вчера ја повлече резервата кон поглавјата за Хрватска.", [SLOVENIA, CROATIA])
    assert [e.type for e in doc.events] == ["CONCEDE"]


def test_a_reservation_placed_is_no_concession():
    doc = coded("Словенија вчера стави резерва кон поглавјата за Хрватска.", [SLOVENIA, CROATIA])
    assert "CONCEDE" not in [e.type for e in doc.events]
