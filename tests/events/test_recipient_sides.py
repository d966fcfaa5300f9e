"""Whose side a recipient is on: organs placed in a state, sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only

INTERIOR = Ent(("Министерството за внатрешни работи",), "ORG", "MKD", "GOV")
GERMANY = Ent(("Германија",), country="DEU")


def test_unnamed_authorities_in_a_state_are_that_states():
    # an extradition request sent abroad goes to the other state's authorities, not the sender's own
    doc = coded("Министерството за внатрешни работи упати барање до надлежните органи во Германија "
                "за екстрадиција на осомничениот.", [INTERIOR, GERMANY])
    assert codes(doc, only(doc, "REQUEST").recipient) == [("DEU", "GOV")]


BULGARIA = Ent(("Софија",), country="BGR", sector="GOV")
SKOPJE = Ent(("Скопје",), country="MKD", sector="GOV")
PETROV = Ent(("Никола Петров",), "PER", "MKD", "GOV")
EU = Ent(("Европската унија",), "ORG", "EUR", "IGO")


def test_a_refusal_to_yield_answers_the_pressure_told_before_not_a_name_after_it():
    doc = coded("Софија побара од Скопје да ги внесе Бугарите во Уставот. Премиерот Никола Петров рече дека "
                "Македонија нема да го менува Уставот под диктат и дека тоа мора да го разбере Европската унија.",
                [BULGARIA, SKOPJE, PETROV, EU])
    ev = only(doc, "REJECT")
    assert codes(doc, ev.recipient) == [("BGR", "GOV")] and "recipient:demand_before" in ev.rule


def test_a_conditional_warning_threatens_the_conditions_subject_not_a_name_in_the_measure():
    doc = coded("Холандија и Белгија во заедничка изјава предупредија дека ќе ги активираат санкциите на "
                "Европската унија доколку Србија не ја прекине блокадата.",
                [Ent(("Холандија",), country="NLD"), Ent(("Белгија",), country="BEL"), EU, Ent(("Србија",), country="SRB")])
    ev = only(doc, "THREATEN")
    assert codes(doc, ev.recipient) == [("SRB", None)] and "recipient:condition" in ev.rule



def test_a_joint_act_of_two_states_takes_no_further_side_of_either_state():
    # the army named in what is agreed is no recipient, nor a third actor once the sides act together
    doc = coded("Јапонија и Филипини се договорија за соработка со Филипинската армија.",
                [Ent(("Јапонија",), country="JPN"), Ent(("Филипини",), country="PHL"),
                 Ent(("Филипинската армија",), "ORG", "PHL", "MIL")])
    ev = only(doc, "AGREE")
    assert sorted(codes(doc, ev.actor)) == [("JPN", None), ("PHL", None)] and ev.recipient == []


def test_a_demonym_past_the_same_subjects_next_act_is_not_the_recipient():
    doc = coded("Владата на Хрватска ја осуди одлуката и побара помош од германската влада.",
                [Ent(("Владата на Хрватска",), "ORG", "HRV", "GOV"), Ent(("германската",), country="DEU", kind="demonym")])
    assert only(doc, "ACCUSE").recipient == []
