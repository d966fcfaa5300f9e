"""Trigger words the lexicon missed, found among the train misses and the invented pool's misses (the masculine
passive participle of six verb entries, a weapon aimed at a target, a police cordon formed, a soldier taken
prisoner, a missile test, aid trucks entering a place); every sentence here is invented."""
from __future__ import annotations

import pytest

from tests.events.helpers import SERBIA, Ent, coded, only

CROATIA_ARMY = Ent(("хрватската армија",), "ORG", "HRV", "MIL")
ALBANIA = Ent(("Албанија",), country="ALB")
JOURNALIST = Ent(("Петровски",), "PER", "MKD", "JRN")


@pytest.mark.parametrize("sentence, type_", [
    ("Новинарот Петровски беше ослободен од притвор по три дена.", "RETREAT"),
    ("Новинарот Петровски беше тепан од полицајци пред зградата на судот.", "ASSAULT"),
    ("Износот од пет милиони евра беше дониран на Албанија од Србија.", "AID"),
    ("Полуостровот беше анектиран од Србија.", "COERCE"),
    ("Новинарот Петровски беше исклучен од партијата по гласањето.", "SANCTION"),
    ("Новинарот Петровски е казнен со две години затвор.", "SANCTION"),
])
def test_the_masculine_passive_participle_codes_as_the_other_forms(sentence, type_):
    only(coded(sentence, [SERBIA, ALBANIA, JOURNALIST]), type_)


def test_a_weapon_aimed_at_a_target_is_an_attack():
    doc = coded("Беспилотно летало на хрватската армија во понеделникот гаѓаше воено возило во Србија.",
                [CROATIA_ARMY, SERBIA])
    assert only(doc, "ASSAULT").mode == "drone"


def test_a_player_aiming_at_goal_is_no_attack():
    doc = coded("Напаѓачот гаѓаше гол од дваесет метри, но топката заврши во аут.", [])
    assert not doc.events


def test_a_police_cordon_formed_restricts():
    police = Ent(("Полицијата",), "ORG", "MKD", "COP")
    doc = coded("Полицијата формираше кордон околу зградата на општината и ги раздвои двете групи.", [police])
    ev = only(doc, "COERCE")
    assert ev.mode == "restrict" and ev.actor == ["E1"]


def test_vans_standing_in_a_cordon_are_no_act():
    doc = coded("Две полициски комбиња беа во кордонот, а трето стоеше надвор.", [])
    assert not doc.events


def test_a_soldier_taken_prisoner_is_coerced():
    doc = coded("Војник на хрватската армија беше заробен од силите на Србија.", [CROATIA_ARMY, SERBIA])
    ev = only(doc, "COERCE")
    assert ev.mode == "arrest" and ev.actor == ["E2.MIL"]  # Serbia's forces


def test_a_captured_state_is_no_capture():
    doc = coded("Петровски рече дека Албанија е заробена држава.", [ALBANIA, JOURNALIST])
    assert not [e for e in doc.events if e.type == "COERCE"]


def test_a_missile_test_is_a_show_of_weapons():
    doc = coded("Србија вчера изврши проба на нова хиперсонична ракета.", [SERBIA])
    ev = only(doc, "MOBILIZE")
    assert ev.mode == "weapons" and ev.actor == ["E1"]


def test_tests_stopped_are_no_mobilization():
    doc = coded("Србија вети запирање на тестовите на нуклеарните ракети.", [SERBIA])
    assert not [e for e in doc.events if e.type == "MOBILIZE"]


def test_aid_trucks_entering_a_place_are_aid():
    gaza = Ent(("Газа",), country="PSE")
    doc = coded("Во Газа вчера влегоа 140 камиони со хуманитарна помош од Србија.", [gaza, SERBIA])
    ev = only(doc, "AID")
    assert ev.mode == "humanitarian" and ev.actor == ["E2"] and ev.recipient == ["E1"]
