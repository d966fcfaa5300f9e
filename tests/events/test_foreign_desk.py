"""Foreign-policy copy of Macedonian portals (visits, ambassadors' statements, agreements signed):
whose act a verb after an embedded clause or a relative clause is, on sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only

KOVACEVSKI = Ent(("Марија Ковачевска",), "PER", "MKD", "GOV")
NATO_ENVOY = Ent(("Јана Хорватова",), "PER", "IGO", "IGO")
SOFIA = Ent(("Софија",), "GPE", "BGR")
BUDAPEST = Ent(("Будимпешта",), "GPE", "HUN")
ALBANIA = Ent(("Албанија",), "GPE", "ALB")


def test_a_verb_after_a_comma_and_и_goes_back_past_every_told_clause_to_the_speaker():
    doc = coded("Министерката Марија Ковачевска рече дека нема да дозволи Софија да ја учи Албанија што да прави, "
                "и ја повика Будимпешта да ги поддржи преговорите.", [KOVACEVSKI, SOFIA, ALBANIA, BUDAPEST])
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("HUN", None)]


def test_a_second_relative_clause_joined_by_и_has_the_first_ones_antecedent_as_its_subject():
    doc = coded("Министерката Марија Ковачевска вчера разговараше со Јана Хорватова, која престојуваше во Скопје "
                "и која ја пофали Албанија за реформите.", [KOVACEVSKI, NATO_ENVOY, ALBANIA])
    ev = only(doc, "SUPPORT")
    assert codes(doc, ev.actor) == [("IGO", "IGO")] and codes(doc, ev.recipient) == [("ALB", None)]


def test_the_opening_name_before_a_relative_aside_signs_with_the_name_joined_after_it():
    doc = coded("Јана Хорватова, која денеска престојуваше во Скопје, и нејзината домаќинка Марија Ковачевска "
                "потпишаа меморандум за соработка.", [KOVACEVSKI, NATO_ENVOY])
    ev = only(doc, "SUPPORT")
    assert sorted(codes(doc, ev.actor)) == [("IGO", "IGO"), ("MKD", "GOV")]


def test_an_incident_condemned_in_the_passive_is_a_condemnation_not_a_conviction():
    delegation = Ent(("Делегацијата на ЕУ",), "ORG", "EUR", "IGO")
    doc = coded("Инцидентот пред амбасадата бил осуден уште во недела и од Делегацијата на ЕУ.", [delegation])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "disapprove" and codes(doc, ev.actor) == [("EUR", "IGO")]
    assert not [e for e in doc.events if e.type == "SANCTION"]


def test_the_body_before_од_каде_што_speaks_through_a_plural_verb():
    party = Ent(("Левица",), "ORG", "MKD", "PTY")
    envoy = Ent(("Јана Хорватова",), "PER", "IGO", "IGO")
    doc = coded("Изјавата предизвика остра реакција во Левица, од каде што ја обвинија Јана Хорватова дека "
                "се меша во внатрешните работи.", [party, envoy])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [("MKD", "PTY")] and codes(doc, ev.recipient) == [("IGO", "IGO")]


def test_a_woman_minister_received_by_the_premier_is_her_visit_to_him():
    premier = Ent(("Петар Илиевски",), "PER", "MKD", "GOV")
    doc = coded("Министерката Јана Хорватова вчера беше примена и од премиерот Петар Илиевски.", [NATO_ENVOY, premier])
    ev = only(doc, "CONSULT")
    assert codes(doc, ev.actor) == [("IGO", "IGO")] and codes(doc, ev.recipient) == [("MKD", "GOV")]
    assert not coded("Новата мерка е во примена од јануари.", []).events


def test_a_woman_minister_to_be_received_by_the_premier_is_a_meeting_agreed():
    premier = Ent(("Петар Илиевски",), "PER", "MKD", "GOV")
    doc = coded("Министерката Јана Хорватова утре ќе биде примена од премиерот Петар Илиевски.", [NATO_ENVOY, premier])
    ev = only(doc, "AGREE")
    assert codes(doc, ev.actor) == [("IGO", "IGO")] and codes(doc, ev.recipient) == [("MKD", "GOV")]
