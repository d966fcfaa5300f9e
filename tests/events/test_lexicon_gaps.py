"""Lexicon gaps found on the session's blind sets (police actions with a foreign service, restrictions suspended,
embargoes laid on a party, supporters gathering, strikes called irresponsible); every sentence here is invented."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

MONTENEGRO_POLICE = Ent(("Црногорската полиција",), "ORG", "MNE", "COP")
INTERPOL = Ent(("Интерпол",), "ORG", "IGO", "IGO")
ROMANIA = Ent(("Романија",), country="ROU")
MOLDOVA = Ent(("Молдавија",), country="MDA")


def test_a_police_raid_coordinated_with_a_foreign_service_is_cooperation():
    doc = coded("Црногорската полиција, во координација со Интерпол, утрово уапси шест членови на криминална група.",
                [MONTENEGRO_POLICE, INTERPOL])
    ev = only(doc, "COOPERATE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]
    only(doc, "COERCE")


def test_a_conference_held_in_cooperation_with_a_sponsor_is_no_event():
    doc = coded("Форумот за млади се одржа во Подгорица во соработка со Интерпол.", [INTERPOL])
    assert not [e for e in doc.events if e.type == "COOPERATE"]


def test_suspended_export_restrictions_are_a_concession():
    doc = coded("Романија ќе ги суспендира ограничувањата на извозот на жито кон Молдавија.", [ROMANIA, MOLDOVA])
    ev = only(doc, "CONCEDE")
    assert ev.actor == ["E1"] and ev.status == "future"
    assert not [e for e in doc.events if e.type == "SANCTION"]


def test_an_embargo_laid_on_a_state_names_it_with_za():
    doc = coded("Романија воведе ембарго на оружје за Молдавија.", [ROMANIA, MOLDOVA])
    ev = only(doc, "SANCTION")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_supporters_gathering_before_a_building_protest():
    party = Ent(("Демократската странка",), "ORG", "SRB", "PTY")
    doc = coded("Стотици поддржувачи на Демократската странка вечерта се собраа пред зградата на судот.", [party])
    assert only(doc, "PROTEST").mode == "demo"


def test_a_strike_called_irresponsible_is_criticism():
    ministry = Ent(("Министерството за образование",), "ORG", "MKD", "GOV")
    doc = coded("Министерството за образование го нарече штрајкот на наставниците „неодговорен“.", [ministry])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "disapprove" and ev.actor == ["E1"]


def test_tariffs_put_off_are_no_sanction():
    doc = coded("Романија го одложи воведувањето царини за Молдавија за 60 дена.", [ROMANIA, MOLDOVA])
    assert not [e for e in doc.events if e.type == "SANCTION"]
