"""Gaps a blind set of invented 2025–2026 European politics and economy copy left (the other word for a
strike, a dateline handing no subject to a relative clause), on sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only

GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")


def test_stachka_is_a_strike_noun_like_shtrajk():
    doc = coded("Железничарите денеска ја започнаа тридневната стачка против Владата.", [GOVERNMENT])
    ev = only(doc, "PROTEST")
    assert ev.mode == "strike" and ev.trigger.text == "стачка"
    assert codes(doc, ev.recipient) == [("MKD", "GOV")]
    assert only(coded("Наставниците стапија во генерална стачка.", []), "PROTEST").mode == "strike"


def test_a_dateline_hands_no_subject_to_a_relative_clause_after_the_main_one():
    parliament = Ent(("Европскиот парламент",), "ORG", "EUR", "IGO")
    strasbourg = Ent(("СТРАЗБУР",), country="FRA")
    doc = coded("СТРАЗБУР – Европскиот парламент вчера го усвои извештајот за Македонија, во кој ја критикува "
                "Владата за корупцијата.", [strasbourg, parliament, GOVERNMENT])
    assert codes(doc, only(doc, "ACCUSE").actor) == [("EUR", "IGO")]


def test_a_singular_verb_after_a_plural_relative_clause_goes_on_with_the_main_subject():
    minister = Ent(("Ана Лекова",), "PER", "BGR", "GOV")
    serbia = Ent(("Србија",), country="SRB")
    doc = coded("Министерката Ана Лекова им се заблагодари на државите што ги воведоа санкциите и ја повика "
                "Србија да им се приклучи.", [minister, serbia])
    request = only(doc, "REQUEST")
    assert codes(doc, request.actor) == [("BGR", "GOV")] and codes(doc, request.recipient) == [("SRB", None)]


def test_a_womans_first_name_not_ending_like_a_feminine_one_is_what_taa_means():
    lagarde = Ent(("Кристин Лагард",), "PER", "EUR", "IGO")
    germany = Ent(("Германија",), country="DEU")
    doc = coded("Кристин Лагард предупреди дека растот ќе забави. Таа ја повика Германија да ги намали даноците.",
                [lagarde, germany])
    request = only(doc, "REQUEST")
    assert codes(doc, request.actor) == [("EUR", "IGO")] and codes(doc, request.recipient) == [("DEU", None)]


def test_measures_in_quotation_marks_warned_of_are_a_threat():
    ankara = Ent(("Анкара",), country="TUR")
    doc = coded("Министерството предупреди дека Анкара ќе преземе „сите неопходни мерки“ за да ги заштити своите "
                "компании.", [ankara])
    assert codes(doc, only(doc, "THREATEN").actor) == [("TUR", None)]


def test_the_door_left_open_to_talks_is_an_offer_and_a_shut_one_is_none():
    doc = coded("Премиерот рече дека вратата за дијалог со синдикатите е отворена.", [])
    assert only(doc, "AGREE").trigger.text == "вратата за дијалог"
    assert not coded("Премиерот рече дека вратата за дијалог е затворена.", []).events
