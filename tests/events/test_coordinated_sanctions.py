"""A second penalty joined by `и` to a first one of the same actor (`ги протера дипломатите и го суспендираше
договорот`) hits the same target, and stays an act of its own; on sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded

INDIAN = Ent(("Индиската",), country="IND", kind="demonym")
PAKISTANI = Ent(("пакистанските",), country="PAK", kind="demonym")
LITHUANIA = Ent(("Литванија",), country="LTU")
POLAND = Ent(("Полска",), country="POL")
ESTONIA = Ent(("Естонија",), country="EST")
RUSSIAN = Ent(("руските",), country="RUS", kind="demonym")


def test_a_suspension_joined_to_an_expulsion_hits_the_expelled_side_as_a_second_act():
    doc = coded("Индиската влада ги протера пакистанските дипломати и го суспендираше договорот за водите.", [INDIAN, PAKISTANI])
    sanctions = [e for e in doc.events if e.type == "SANCTION"]
    assert [e.mode for e in sanctions] == ["expel", "discontinue"]
    assert all(codes(doc, e.recipient) == [("PAK", "GOV")] for e in sanctions)
    doc = coded("Естонија ги протера руските дипломати и ја замрзна соработката во енергетиката.", [ESTONIA, RUSSIAN])
    assert [[c for c, _ in codes(doc, e.recipient)] for e in doc.events if e.type == "SANCTION"] == [["RUS"], ["RUS"]]


def test_a_suspension_after_praise_takes_no_target_from_it():
    doc = coded("Литванија ја пофали Полска и ја суспендираше соработката.", [LITHUANIA, POLAND])
    assert not [e for e in doc.events if e.type == "SANCTION"]
