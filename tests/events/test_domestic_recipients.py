"""Directed acts for which no rule finds a target are aimed at someone of the actor's own country
(`recipient:domestic`): an unnamed party of it for a state organ, its authorities for an actor outside
the state; never for an actor of no one state, nor for a government or a state named as actor. On sentences written for these tests.
"""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only

MINISTRY = Ent(("Министерството за образование",), "ORG", "MKD", "GOV")
POLICE = Ent(("Полицијата во Охрид",), "ORG", "MKD", "COP")
PROSECUTION = Ent(("Основното јавно обвинителство Велес",), "ORG", "MKD", "JUD")
FARMERS = Ent(("Здружението на овоштари од Ресен",), "ORG", "MKD", "CVL")
UNITED_NATIONS = Ent(("Обединетите нации",), "ORG", "UNO", "IGO")
BULGARIAN_GOVERNMENT = Ent(("Бугарската влада",), "ORG", "BGR", "GOV")
SKOPJE = Ent(("Скопје",), "GPE", "MKD", None)


def test_the_polices_tear_gas_on_no_one_named_is_aimed_at_someone_at_home():
    doc = coded("Полицијата во Охрид синоќа употреби солзавец кај пристаништето.", [POLICE])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.recipient) == [("MKD", "UNK")]
    assert "recipient:domestic" in ev.rule
    assert next(e for e in doc.entities if e.id == ev.recipient[0]).name_en == "unnamed party"


def test_a_ministrys_warning_to_no_one_named_keeps_no_target():
    # a government's act naming no one is as often aimed abroad
    doc = coded("Министерството за образование вчера предупреди дека деновите на штрајк нема да им бидат платени.",
                [MINISTRY], quotes=True)
    assert only(doc, "THREATEN").recipient == []


def test_a_prosecutors_investigation_with_no_suspect_named_stays_at_home():
    doc = coded("Основното јавно обвинителство Велес отвори истрага за тендерот за локалните патишта.", [PROSECUTION])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("MKD", "UNK")]


def test_an_association_outside_the_state_presses_its_authorities():
    doc = coded("Здружението на овоштари од Ресен го отфрли предлогот за нови откупни цени.", [FARMERS])
    assert codes(doc, only(doc, "REJECT").recipient) == [("MKD", "GOV")]


def test_an_actor_of_no_one_state_gets_no_guessed_target():
    doc = coded("Обединетите нации побараа итна и независна истрага.", [UNITED_NATIONS])
    assert only(doc, "REQUEST").recipient == []


def test_a_government_gets_no_guessed_target():
    doc = coded("Бугарската влада вчера го отфрли предлогот, по средбата во Скопје.", [BULGARIAN_GOVERNMENT, SKOPJE])
    assert only(doc, "REJECT").recipient == []
