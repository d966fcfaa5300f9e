"""The members of a body whose `на` phrase names it (`Министрите за надворешни работи на ЕУ`) act for it also past the
copy's dateline or an opening date (`БРИСЕЛ -- (вторник) Министрите …`, `Во вторникот министрите …`): sentences
written for these tests."""
from __future__ import annotations

from tests.events.helpers import SERBIA, Ent, codes, coded, only

EU = Ent(("ЕУ",), "ORG", "EUR", "IGO")
BRUSSELS = Ent(("БРИСЕЛ",), "GPE", "BEL")


def test_members_after_an_opening_date_act_for_their_body():
    doc = coded("Минатиот вторник попладне министрите за надворешни работи на ЕУ ја осудија Србија.", [EU, SERBIA])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [("EUR", "IGO")] and "actor:possessor" in ev.rule


def test_members_after_a_dateline_with_its_bracketed_date_act_for_their_body():
    doc = coded("БРИСЕЛ -- (вторник, 28-ми февруари) Министрите за надворешни работи на ЕУ ја осудија Србија.",
                [BRUSSELS, EU, SERBIA])
    assert codes(doc, only(doc, "ACCUSE").actor) == [("EUR", "IGO")]


def test_members_as_the_object_after_an_opening_date_are_no_actor():
    doc = coded("Во вторникот Србија ги осуди министрите за надворешни работи на ЕУ.", [EU, SERBIA])
    assert codes(doc, only(doc, "ACCUSE").actor) == [("SRB", None)]


def test_members_after_an_opening_place_act_for_their_body_not_the_place():
    doc = coded("Во Брисел, министрите за надворешни работи на ЕУ ја осудија Србија.", [Ent(("Брисел",), "GPE", "BEL"), EU, SERBIA])
    assert codes(doc, only(doc, "ACCUSE").actor) == [("EUR", "IGO")]


def test_members_as_the_object_after_an_opening_place_are_no_actor():
    doc = coded("Во Брисел, Србија ги осуди министрите за надворешни работи на ЕУ.", [Ent(("Брисел",), "GPE", "BEL"), EU, SERBIA])
    assert codes(doc, only(doc, "ACCUSE").actor) == [("SRB", None)]
