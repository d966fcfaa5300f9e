"""Events of Middle East and Gulf desk copy (strikes, relief convoys), each sentence written for this test."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, codes, only

ISRAEL_AIR_FORCE = Ent(("Израелското воздухопловство",), "ORG", "ISR", "MIL")
LEBANESE_ARMY = Ent(("либанската армија",), "ORG", "LBN", "MIL")


def test_strikes_carried_out_on_positions_are_an_assault():
    doc = coded("Израелското воздухопловство синоќа изведе серија удари врз позиции на либанската армија кај Голанската висорамнина.",
                [ISRAEL_AIR_FORCE, LEBANESE_ARMY])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [("ISR", "MIL")] and codes(doc, ev.recipient) == [("LBN", "MIL")]


def test_a_coup_carried_out_is_no_strike():
    doc = coded("Војската на Нигер изврши државен удар во јули.", [Ent(("Нигер",), country="NER")])
    assert "ASSAULT" not in [e.type for e in doc.events]


def test_a_convoy_sent_is_aid():
    doc = coded("Египетската влада испрати нов конвој од 80 камиони во Појасот Газа.",
                [Ent(("Египетската влада",), "ORG", "EGY", "GOV"), Ent(("Појасот Газа",), country="PSE")])
    ev = only(doc, "AID")
    assert codes(doc, ev.actor) == [("EGY", "GOV")] and codes(doc, ev.recipient) == [("PSE", None)]


def test_a_warship_named_by_its_adjective_is_its_states_military():
    doc = coded("Француската фрегата собори три беспилотни летала над Црвеното Море.",
                [Ent(("Француската",), country="FRA", kind="demonym")])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [("FRA", "MIL")]


def test_fighters_neutralised_by_an_army_are_attacked_but_a_bomb_is_not():
    army = Ent(("Ирачката армија",), "ORG", "IRQ", "MIL")
    doc = coded("Ирачката армија вчера неутрализираше петмина милитанти во пустината Анбар.", [army])
    assert codes(doc, only(doc, "ASSAULT").actor) == [("IRQ", "MIL")]
    assert not coded("Полицијата ја неутрализираше експлозивната направа.", []).events
