"""A legislature's floor business (giving the floor, calling a vote, requests under the Rules of Procedure, a
proposer's closing formula) tells no directed act; the same requests and backing off the floor are events."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

MP = Ent(("Марија Стојанова",), "PER", "MKD", "LEG")
PARTY = Ent(("Левица",), "ORG", "MKD", "PTY")
GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")


def test_giving_the_floor_is_no_request():
    assert not coded("Марија Стојанова ја повика Владата да земе збор.", [MP, GOVERNMENT]).events
    assert only(coded("Марија Стојанова ја повика Владата да поднесе оставка.", [MP, GOVERNMENT]), "REQUEST")


def test_calling_a_vote_is_no_request():
    assert not coded("Левица побара поединечно гласање за предлогот.", [PARTY]).events
    assert only(coded("Левица побара итно повлекување на предлогот.", [PARTY]), "REQUEST")


def test_a_request_under_the_rules_of_procedure_is_no_request():
    assert not coded("Врз основа на член 70 од Деловникот, Левица бара од Владата да ги објави записниците.",
                     [PARTY, GOVERNMENT]).events
    assert only(coded("Врз основа на член 70 од договорот, Левица бара од Владата да ги објави записниците.",
                      [PARTY, GOVERNMENT]), "REQUEST")


def test_a_proposers_closing_formula_is_no_backing():
    assert not coded("Изнесените аргументи се доволни, Левица да го поддржи предлогот.", [PARTY]).events
    assert only(coded("Левица го поддржа предлогот на синдикатите.", [PARTY]), "SUPPORT")


def test_a_decision_defended_as_within_the_rules_is_still_a_rejection():
    council = Ent(("Судскиот совет",), "ORG", "MKD", "JUD")
    assert only(coded("Судскиот совет ги отфрли обвинувањата, велејќи дека изборот бил во согласност со деловникот.",
                      [council]), "REJECT")


def test_arrests_told_on_the_floor_are_still_coded():
    doc = coded("Согласно член 70 од Деловникот, Левица ја повика полицијата да ги пушти граѓаните што ги уапси вчера.", [PARTY])
    assert only(doc, "COERCE")
    assert not [ev for ev in doc.events if ev.type == "REQUEST"]
    assert only(coded("Левица ја повика полицијата да ги пушти граѓаните што ги уапси вчера.", [PARTY]), "REQUEST")
