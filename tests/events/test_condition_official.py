"""A threat whose condition names an international body's official as acting (`доколку високиот претставник X …`)
is aimed at that official, over the side its content names; a condition naming one of the content's own state
leaves the content's side."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

SIDES = [Ent(("Петар Јанев",), "PER", "BIH", "GOV"), Ent(("српските министри",), "ORG", "SRB", "GOV"),
         Ent(("Марк Вилер",), "PER", "IGO", "IGO"), Ent(("Иван Петров",), "PER", "SRB", "GOV")]
THREAT = "Лидерот Петар Јанев се закани дека српските министри ќе ги напуштат институциите доколку {} ги наметне измените."


def test_a_condition_naming_a_bodys_official_makes_him_the_one_threatened():
    ev = only(coded(THREAT.format("високиот претставник Марк Вилер"), SIDES), "THREATEN")
    assert ev.recipient == ["E3"] and "recipient:condition" in ev.rule


def test_a_condition_naming_an_official_of_the_contents_state_keeps_the_contents_side():
    ev = only(coded(THREAT.format("премиерот Иван Петров"), SIDES), "THREATEN")
    assert ev.recipient == ["E2"]
