"""A statement of what the speaker's side will do if the other side at home acts (`… ќе штрајкуваат доколку
Владата не …`, said by a union or a party) is a threat toward that side, as one conditioned on another country is
(guidelines: a union may threaten its own government; warnings of consequences under a condition). Sentences written
for these tests; each has a twin where the rule must not fire."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

LEADER = Ent(("Мирјана Стојкова", "Стојкова"), "PER", "MKD", "PTY")
PREMIER = Ent(("Горан Илиевски", "Илиевски"), "PER", "MKD", "GOV")
UNION = Ent(("Синдикатот на градежниците", "Синдикатот"), "ORG", "MKD", "LAB")
GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")
CABINET = [LEADER, PREMIER, UNION, GOVERNMENT]


def threats(text: str) -> list:
    return [e for e in coded(text, CABINET, quotes=True).events if e.type == "THREATEN"]


def test_a_union_threatens_its_government_under_a_condition():
    ev = only(coded("Синдикатот соопшти дека градилиштата ќе останат празни доколку Владата не ги исплати платите.",
                    CABINET, quotes=True), "THREATEN")
    assert ev.actor == ["E3"] and ev.recipient == ["E4"]
    # a condition that names no side is a forecast, no threat
    assert not threats("Синдикатот соопшти дека градилиштата ќе останат празни доколку цените не паднат.")
    # nor is the speaker's own government a side he threatens (the premier of it)
    assert not threats("Илиевски соопшти дека градилиштата ќе останат празни доколку Владата не ги исплати платите.")


def test_the_side_in_the_condition_is_the_one_threatened():
    # (not the first other name of the statement: the government told before the condition)
    ev = only(coded("Стојкова рече дека партијата ќе гласа за недоверба на Владата ако Илиевски не го повлече законот.",
                    CABINET, quotes=True), "THREATEN")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]
    # what would have been had the other side acted is a counterfactual, no consequence held out
    assert not threats("Стојкова рече дека земјата досега „ќе беше надвор од кризата“ ако Илиевски беше премиер.")


STRIKER = Ent(("Зоран Петков", "Петков"), "PER", "MKD", "LAB")
ECONOMIST = Ent(("Весна Трајкова", "Трајкова"), "PER", "MKD", "EDU")
MINERS = Ent(("Синдикатот на рударите", "Синдикатот"), "ORG", "MKD", "LAB")


def held(text: str) -> list:
    return [e for e in coded(text, [STRIKER, ECONOMIST, MINERS], quotes=True).events if e.type == "THREATEN"]


def test_an_own_act_held_until_a_demand_is_met_is_a_threat_naming_no_one():
    # (guidelines: a blockade that lasts until the government yields; the target named by no one is domestic)
    found = held("„Нема да се вратиме во рудникот додека парите не легнат на сметките“, изјави Петков.")
    assert len(found) == 1 and found[0].actor == ["E1"] and found[0].rule.startswith("threaten.reported_warning")
    # where the speaker will be till then is no pressure on anyone
    assert not held("„Ќе бидам во рудникот додека парите не легнат на сметките“, изјави Петков.")


def test_a_protest_held_until_a_demand_is_met_is_a_threat():
    found = held("Синдикатот соопшти дека блокадите ќе продолжат сè додека не бидат исполнети сите барања.")
    assert len(found) == 1 and found[0].actor == ["E3"]
    # a state of things that lasts until another is a forecast
    assert not held("Трајкова изјави дека инфлацијата ќе продолжи сè додека не бидат намалени цените.")


SERBIA = Ent(("Србија",), "GPE", "SRB", None)
ENVOY = Ent(("Марко Јанковиќ", "Јанковиќ"), "PER", "SRB", "GOV")


def test_a_side_that_will_not_stand_idle_threatens():
    doc = coded("Јанковиќ изјави дека Србија „нема да остане рамнодушна“ кон нападите врз Србите.", [SERBIA, ENVOY], quotes=True)
    assert only(doc, "THREATEN").rule.startswith("threaten.not_idle")
    # people told by a head noun are no side: a mood, no warning
    doc = coded("Јанковиќ изјави дека туристите нема да останат рамнодушни на плажите.", [SERBIA, ENVOY], quotes=True)
    assert not [e for e in doc.events if e.type == "THREATEN"]
