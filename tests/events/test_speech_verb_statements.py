"""Acts told only by a speech verb and typed by what is said (`изјави дека …`): blame, refusals and threats
the blind desks missed; every sentence here is invented."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only

SPOKESWOMAN = Ent(("Ирина Волкова",), "PER", "RUS", "GOV")
ALLIANCE = Ent(("НАТО",), "ORG", "NAT", "IGO")
RUSSIA = Ent(("Русија",), country="RUS")


def test_blame_in_a_clause_before_a_statement_told_in_the_same_quote_is_still_blame():
    doc = coded("Портпаролката Ирина Волкова изјави дека НАТО „се подготвува за војна“ и дека Русија ќе одговори "
                "со соодветни мерки.", [SPOKESWOMAN, ALLIANCE, RUSSIA], quotes=True)
    blame = [e for e in doc.events if e.type == "ACCUSE"]
    assert len(blame) == 1 and blame[0].actor == ["E1"] and blame[0].recipient == ["E2"]
    assert blame[0].rule.startswith("accuse.reported_criticism")


NEIGHBOUR_LEADER = Ent(("Арбен Дибра",), "PER", "KOS", "GOV")
SERBIA = Ent(("Србија",), country="SRB")


BLAME_SAID_OF_A_NEIGHBOUR = ("Арбен Дибра возврати дека Србија ги штити криминалците од северот.",
                             "Арбен Дибра изјави дека Србија „ја мами меѓународната заедница“.",
                             "Арбен Дибра изјави дека Србија со години живее на сметка на соседите.",
                             "Арбен Дибра рече дека за застојот целосна одговорност носи Србија.",
                             "Арбен Дибра изјави дека Србија станува директна страна во конфликтот.")


def test_protecting_criminals_deceiving_living_off_another_and_bearing_responsibility_are_blame():
    coded_blame = {sentence: only(coded(sentence, [NEIGHBOUR_LEADER, SERBIA], quotes=True), "ACCUSE")
                   for sentence in BLAME_SAID_OF_A_NEIGHBOUR}
    assert all(ev.actor == ["E1"] and ev.recipient == ["E2"] for ev in coded_blame.values()), coded_blame


CHANCELLOR = Ent(("Клаус Вебер",), "PER", "DEU", "GOV")
WASHINGTON = Ent(("Вашингтон",), country="USA")


def test_a_warning_of_the_harm_another_sides_measure_will_do_blames_its_owner():
    doc = coded("Канцеларот Клаус Вебер предупреди дека царините на Вашингтон ќе ги погодат и американските потрошувачи.",
                [CHANCELLOR, WASHINGTON], quotes=True)
    blame = [e for e in doc.events if e.type == "ACCUSE"]
    assert len(blame) == 1 and blame[0].actor == ["E1"] and blame[0].recipient == ["E2"]
    assert "warned_harm" in blame[0].rule
    # the measure only announced, no harm told: no blame
    doc = coded("Канцеларот Клаус Вебер предупреди дека царините на Вашингтон ќе бидат објавени утре.",
                [CHANCELLOR, WASHINGTON], quotes=True)
    assert not [e for e in doc.events if e.type == "ACCUSE"]


MINISTER = Ent(("Марјан Илиевски",), "PER", "MKD", "GOV")


def test_a_threat_told_by_a_speech_verb_to_no_one_named_is_still_a_threat():
    doc = coded("Министерот Марјан Илиевски предупреди дека секој обид за блокада на патиштата ќе биде казнет.",
                [MINISTER], quotes=True)
    threats = [e for e in doc.events if e.type == "THREATEN"]
    # (no one of another state near: someone unnamed at home, GUIDELINES, targets named by no one)
    assert len(threats) == 1 and threats[0].actor == ["E1"] and codes(doc, threats[0].recipient) == [("MKD", "UNK")]
    assert threats[0].rule.startswith("threaten.reported_warning")
