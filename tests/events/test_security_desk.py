"""Actors of war and European-security copy (strikes, sanctions, Kremlin and NATO statements), on
sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only

COUNCIL = Ent(("Советот на Европа",), "ORG", "IGO", "IGO")
ARMENIAN_AUTHORITIES = Ent(("ерменските власти",), "ORG", "ARM", "GOV")


def test_a_verb_joined_by_i_after_an_aside_keeps_the_sentence_subject_not_its_doubled_object():
    doc = coded("Советот на Европа го осуди, како што се наведува во соопштението, „прекумерното користење сила“ "
                "и ги повика ерменските власти да ги ослободат приведените.", [COUNCIL, ARMENIAN_AUTHORITIES])
    request = only(doc, "REQUEST")
    assert codes(doc, request.actor) == [("IGO", "IGO")]


def test_a_time_clause_after_a_passive_with_no_comma_has_its_own_attacking_subject():
    ministry = Ent(("Бугарското Министерство за одбрана",), "ORG", "BGR", "GOV")
    turkish = Ent(("турски",), country="TUR", kind="demonym")
    doc = coded("Бугарското Министерство за одбрана соопшти дека ловците биле подигнати во воздух откако турски "
                "дронови ги нападнале пристаништата.", [ministry, turkish])
    assert codes(doc, only(doc, "ASSAULT").actor) == [("TUR", "MIL")]


def test_governments_in_the_plural_are_no_one_state_not_the_speakers():
    spokesman = Ent(("Шојгу",), "PER", "RUS", "GOV")
    doc = coded("Шојгу изјави дека помошта нема да го промени исходот и ги обвини европските влади дека ја "
                "продолжуваат војната.", [spokesman])
    assert codes(doc, only(doc, "ACCUSE").recipient) in ([], [(None, "GOV")])
