"""Background history (invented sentences): an act long past named by a noun with no actor in the text is not
coded (guidelines, historical acts without an actor); with its actor, or told in the passive, it is."""
from tests.events.helpers import Ent, coded, only

PUBLISHED = "2026-01-10"
UNION = Ent(("Синдикатот на лекарите",), "ORG", "MKD", "LAB")


def test_the_last_strike_years_ago_with_no_one_named_is_no_event():
    assert coded("Последниот генерален штрајк во болниците беше во 2022 година.", [], PUBLISHED).events == []


def test_the_last_protest_years_ago_with_no_one_named_is_no_event():
    assert coded("Последниот голем протест пред Собранието беше во 2019 година.", [], PUBLISHED).events == []


def test_a_strike_years_ago_by_a_named_union_is_historical():
    doc = coded("Синдикатот на лекарите организираше генерален штрајк во 2022 година.", [UNION], PUBLISHED)
    assert only(doc, "PROTEST").status == "historical"


def test_an_arrest_years_ago_told_in_the_passive_is_still_coded():
    doc = coded("Поранешниот градоначалник беше уапсен во март 2023 година.", [], PUBLISHED)
    assert only(doc, "COERCE").status == "historical"
