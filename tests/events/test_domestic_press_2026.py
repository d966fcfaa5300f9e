"""Domestic Macedonian press copy of 2025–2026 (Assembly fights, protests, ministers, mayors): gaps a blind set
of invented portal articles showed (invented sentences)."""
from tests.events.helpers import Ent, coded, only

GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")


def test_sending_word_that_protests_go_on_until_a_demand_is_met_is_a_threat():
    leader = Ent(("Мила Трајковска",), "PER", "MKD", "PTY")
    doc = coded("Мила Трајковска порача дека блокадите ќе продолжат сè додека Владата не ги повлече измените.",
                [leader, GOVERNMENT], quotes=True)
    ev = only(doc, "THREATEN")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]
    # without an until, word that one will not give in stays no threat
    doc = coded("Мила Трајковска порача дека партијата нема да попушти пред Владата.", [leader, GOVERNMENT], quotes=True)
    assert not [e for e in doc.events if e.type == "THREATEN"]
