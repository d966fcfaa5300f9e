"""Acts told only by a speech verb and typed by what is said (`изјави дека …`): blame, refusals and threats
the blind desks missed; every sentence here is invented."""
from __future__ import annotations

from tests.events.helpers import Ent, coded

SPOKESWOMAN = Ent(("Ирина Волкова",), "PER", "RUS", "GOV")
ALLIANCE = Ent(("НАТО",), "ORG", "NAT", "IGO")
RUSSIA = Ent(("Русија",), country="RUS")


def test_blame_in_a_clause_before_a_statement_told_in_the_same_quote_is_still_blame():
    doc = coded("Портпаролката Ирина Волкова изјави дека НАТО „се подготвува за војна“ и дека Русија ќе одговори "
                "со соодветни мерки.", [SPOKESWOMAN, ALLIANCE, RUSSIA], quotes=True)
    blame = [e for e in doc.events if e.type == "ACCUSE"]
    assert len(blame) == 1 and blame[0].actor == ["E1"] and blame[0].recipient == ["E2"]
    assert blame[0].rule.startswith("accuse.reported_criticism")
