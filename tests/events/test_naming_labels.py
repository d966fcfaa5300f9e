"""A short label in quote marks that a naming verb gives another side or its act (`ја нарече делегацијата „…“`) is
name-calling, ACCUSE disapprove, with no word of blame in it — unless the speaker praises, refuses or blames in the same
breath (the label is then that stance's), the label is only supposed (`ако … ја нарече`), names a thing in a relative
clause (`она што го нарече „…“`), or the side labelled (or the author of the act labelled) is no other state's side: at home a label may be neutral. Every sentence here is invented."""
from __future__ import annotations

from tests.events.helpers import Ent, coded

MINISTER = Ent(("Марко Петров",), "PER", "SRB", "GOV")
LEADER = Ent(("Ана Маркова",), "PER", "SRB", "PTY")
CROATIA = Ent(("Хрватска",), country="HRV")
BELGRADE_GOV = Ent(("Владата на Србија",), "ORG", "SRB", "GOV")


def labels(text, entities):
    return [e for e in coded(text, entities, quotes=True).events if e.type == "ACCUSE" and "+label" in e.rule]


def test_a_label_given_another_states_delegation_blames_it():
    found = labels("Министерот Марко Петров ја нарече делегацијата на Хрватска „декоративна“.", [MINISTER, CROATIA])
    assert len(found) == 1 and found[0].actor == ["E1"] and found[0].recipient[0].startswith("E2")


def test_a_label_beside_praise_of_the_same_speaker_is_the_praise():
    found = labels("Министерот Марко Петров го поздрави предлогот на Хрватска, нарекувајќи го „разумен компромис“.",
                   [MINISTER, CROATIA])
    assert not found


def test_a_label_only_supposed_in_a_condition_is_no_event():
    found = labels("Министерот Марко Петров рече дека ќе ги прекине разговорите ако Хрватска ја нарече делегацијата "
                   "„декоративна“.", [MINISTER, CROATIA])
    assert not found


def test_a_label_in_a_relative_clause_names_a_thing():
    found = labels("Министерот Марко Петров ја повика Хрватска да го прекине она што го нарече „тивка блокада“.",
                   [MINISTER, CROATIA])
    assert not found


def test_a_label_given_a_foreign_act_told_before_blames_its_author():
    found = labels("Хрватска ги затвори граничните премини. Министерот Марко Петров ја нарече одлуката „себичен чин“.",
                   [CROATIA, MINISTER])
    assert len(found) == 1 and found[0].recipient[0].startswith("E1")


def test_a_label_given_an_act_of_the_speakers_own_country_is_no_event():
    found = labels("Владата на Србија ги затвори граничните премини. Ана Маркова ја нарече одлуката „себичен чин“.",
                   [BELGRADE_GOV, LEADER])
    assert not found
