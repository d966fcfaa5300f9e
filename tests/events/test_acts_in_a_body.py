"""A veto, a block, a charge or a threat with no target of its own takes no body under a preposition of place
as its nearest recipient: the council or assembly is where it is made (`ќе стави вето во Советот за
безбедност`). A request made there is addressed to the body, and past the same subject's next verb the body is
that verb's. On sentences written for these tests.
"""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only

HUNGARY = Ent(("Унгарија",), country="HUN")
UKRAINE = Ent(("Украина",), country="UKR")
COUNCIL = Ent(("Советот на ЕУ",), "ORG", "EUR", "IGO")
SERBIA = Ent(("Србија",), country="SRB")
ASSEMBLY = Ent(("Генералното собрание",), "ORG", "UNO", "IGO")
PRESIDENT = Ent(("Претседателката Ана Петровска",), "PER", "MKD", "GOV")
PARLIAMENT = Ent(("Собранието",), "ORG", "MKD", "LEG")


def test_a_block_in_a_council_is_not_aimed_at_the_council():
    doc = coded("Унгарија соопшти дека ќе го блокира секој нов пакет во Советот на ЕУ.", [HUNGARY, COUNCIL])
    assert only(doc, "REJECT").recipient == []


def test_a_block_with_a_name_outside_a_place_phrase_keeps_it():
    doc = coded("Унгарија соопшти дека ќе го блокира секој нов пакет на Украина.", [HUNGARY, UKRAINE])
    assert codes(doc, only(doc, "REJECT").recipient) == [("UKR", None)]


def test_a_request_made_in_an_assembly_is_addressed_to_it():
    doc = coded("Србија соопшти дека ќе бара нова резолуција во Генералното собрание.", [SERBIA, ASSEMBLY])
    assert codes(doc, only(doc, "REQUEST").recipient) == [("UNO", "IGO")]


def test_a_body_past_the_next_verb_is_that_verbs_destination():
    doc = coded("Претседателката Ана Петровска одби да го потпише указот и го врати законот во Собранието.",
                [PRESIDENT, PARLIAMENT])
    assert codes(doc, only(doc, "REJECT").recipient) == [("MKD", "LEG")]
