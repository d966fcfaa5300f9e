"""Events of the session's blind sets no trigger entry knew, on sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only

MONTENEGRO = Ent(("Подгорица",), country="MNE")


def test_detainees_let_go_without_na_sloboda_are_a_release_and_a_film_released_is_not():
    doc = coded("Полицијата во Подгорица уапси тројца активисти, кои по два часа беа пуштени.", [MONTENEGRO])
    ev = only(doc, "RETREAT")
    assert ev.mode == "release" and ev.trigger.text == "пуштени"
    assert codes(doc, ev.actor) == [("MNE", "GOV")]
    assert not [e for e in coded("Филмот за уапсените рудари е пуштен во кината во Подгорица.", [MONTENEGRO]).events
                if e.type == "RETREAT"]


def test_an_inspection_sent_to_a_body_is_an_inquiry_into_it():
    doc = coded("Министерката Ана Мирчевска соопшти дека во фабриката во Подгорица е испратена итна инспекција.",
                [MONTENEGRO, Ent(("Ана", "Мирчевска"), "PER", "MNE", "GOV")])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "investigate" and ev.trigger.text.startswith("испратена")


def test_jets_scrambled_told_in_the_passive_are_a_mobilisation():
    ministry = Ent(("Полското министерство за одбрана",), "ORG", "POL", "GOV")
    doc = coded("Полското министерство за одбрана соопшти дека два ловци биле подигнати во воздух над Балтикот.", [ministry])
    ev = only(doc, "MOBILIZE")
    assert ev.mode == "weapons" and ev.trigger.text == "подигнати во воздух"
    assert codes(doc, ev.actor) == [("POL", "GOV")]
    assert not [e for e in coded("Цените на горивото во Подгорица беа подигнати во последниот месец.", [MONTENEGRO]).events
                if e.type == "MOBILIZE"]


def test_help_asked_through_the_civil_protection_mechanism_is_a_request_not_aid():
    doc = coded("Владата на Албанија побара итна помош преку Механизмот за цивилна заштита на ЕУ.",
                [Ent(("Владата на Албанија",), "ORG", "ALB", "GOV"), Ent(("ЕУ",), "ORG", "EUR", "IGO")])
    ev = only(doc, "REQUEST")
    assert ev.mode == "assist" and ev.trigger.text == "побара итна помош"
    assert codes(doc, ev.actor) == [("ALB", "GOV")]
    assert not [e for e in doc.events if e.type == "AID"]
