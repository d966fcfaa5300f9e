"""Directed acts for which no rule finds a target are aimed at someone of the actor's own country
(`recipient:domestic`): an unnamed party of it for a state organ, its authorities for an actor outside
the state; never for an actor of no one state, nor for a state named as actor, nor for a government or army
told beside another state or an international body. On sentences written for these tests.
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
SOFIA = Ent(("Софија",), "GPE", "BGR", None)
PRIME_MINISTER = Ent(("Марко Стојановски",), "PER", "MKD", "GOV")


def test_the_polices_tear_gas_on_no_one_named_is_aimed_at_someone_at_home():
    doc = coded("Полицијата во Охрид синоќа употреби солзавец кај пристаништето.", [POLICE])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.recipient) == [("MKD", "UNK")]
    assert "recipient:domestic" in ev.rule
    assert next(e for e in doc.entities if e.id == ev.recipient[0]).name_en == "unnamed party"


def test_a_ministrys_warning_to_no_one_named_near_no_other_state_stays_at_home():
    doc = coded("Министерството за образование вчера предупреди дека деновите на штрајк нема да им бидат платени.",
                [MINISTRY], quotes=True)
    ev = only(doc, "THREATEN")
    assert codes(doc, ev.recipient) == [("MKD", "UNK")] and "recipient:domestic" in ev.rule


def test_a_ministrys_warning_after_a_sentence_naming_another_state_keeps_no_target():
    # a government's act naming no one, told beside another state, is as often aimed abroad
    doc = coded("Во Софија вчера заврши средбата на министрите. Министерството за образование предупреди дека "
                "деновите на штрајк нема да им бидат платени.", [SOFIA, MINISTRY], quotes=True)
    assert only(doc, "THREATEN").recipient == []


def test_a_prime_ministers_refusal_in_a_home_story_is_aimed_at_home():
    doc = coded("Премиерот Марко Стојановски и вчера одби да поднесе оставка.", [PRIME_MINISTER])
    assert codes(doc, only(doc, "REJECT").recipient) == [("MKD", "UNK")]


def test_a_prime_ministers_refusal_after_a_sentence_naming_a_world_body_keeps_no_target():
    doc = coded("Обединетите нации објавија извештај за изборите. Премиерот Марко Стојановски и вчера одби да "
                "поднесе оставка.", [UNITED_NATIONS, PRIME_MINISTER])
    assert only(doc, "REJECT").recipient == []


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


# A government's act in a home story (decided in the midday session of 2026-11-29): what makes a story no home story.
MACEDONIA_STATE = Ent(("Македонија",), "GPE", "MKD", kb_id="gpe:MKD")
SKOPJE_CITY = Ent(("Скопје",), "GPE", "MKD", kb_id="gpe:city:skopje")
INTERIOR_MINISTRY = Ent(("Министерството за внатрешни работи",), "ORG", "MKD", "GOV")


def test_a_call_on_partners_named_by_an_adjective_of_the_wider_world_keeps_no_target():
    for adjective in ("европските", "западните"):
        doc = coded(f"Премиерот Марко Стојановски ги повика {adjective} партнери побрзо да ја засилат помошта.",
                    [PRIME_MINISTER], quotes=True)
        assert only(doc, "REQUEST").recipient == [], adjective


def test_a_call_on_social_partners_is_aimed_at_home():
    doc = coded("Премиерот Марко Стојановски ги повика социјалните партнери побрзо да ја засилат помошта.",
                [PRIME_MINISTER], quotes=True)
    assert codes(doc, only(doc, "REQUEST").recipient) == [("MKD", "UNK")]


def test_international_bodies_named_by_an_adjective_a_word_before_their_noun_are_a_side_abroad():
    doc = coded("Премиерот Марко Стојановски ги повика меѓународните хуманитарни организации итно да помогнат.",
                [PRIME_MINISTER], quotes=True)
    assert only(doc, "REQUEST").recipient == []
    doc = coded("Премиерот Марко Стојановски ги повика локалните хуманитарни организации итно да помогнат.",
                [PRIME_MINISTER], quotes=True)
    assert codes(doc, only(doc, "REQUEST").recipient) == [("MKD", "UNK")]


def test_the_state_itself_named_as_the_one_acting_keeps_no_target():
    doc = coded("Премиерот Марко Стојановски рече дека Македонија нема да попушти.", [PRIME_MINISTER, MACEDONIA_STATE],
                quotes=True)
    assert only(doc, "REJECT").recipient == []


def test_the_state_named_as_the_owner_of_an_office_is_no_side():
    doc = coded("Премиерот на Македонија Марко Стојановски рече дека нема да попушти.", [PRIME_MINISTER, MACEDONIA_STATE],
                quotes=True)
    assert codes(doc, only(doc, "REJECT").recipient) == [("MKD", "UNK")]


def test_a_capital_standing_for_its_state_keeps_no_target_and_the_government_named_is_at_home():
    doc = coded("Премиерот Марко Стојановски рече дека Скопје бара враќање на бродот.", [PRIME_MINISTER, SKOPJE_CITY],
                quotes=True)
    assert only(doc, "REQUEST").recipient == []
    doc = coded("Премиерот Марко Стојановски рече дека Владата бара враќање на бродот.", [PRIME_MINISTER, SKOPJE_CITY],
                quotes=True)
    assert codes(doc, only(doc, "REQUEST").recipient) == [("MKD", "UNK")]


def test_a_governments_threat_of_force_is_aimed_at_an_enemy_not_at_home():
    doc = coded("Премиерот Марко Стојановски предупреди дека секој конвој со оружје ќе биде легитимна цел за армијата.",
                [PRIME_MINISTER], quotes=True)
    assert only(doc, "THREATEN").recipient == []
    doc = coded("Премиерот Марко Стојановски предупреди дека секој штрајк ќе биде казнет.", [PRIME_MINISTER], quotes=True)
    assert codes(doc, only(doc, "THREATEN").recipient) == [("MKD", "UNK")]


def test_a_region_of_many_states_named_is_the_wider_world():
    doc = coded("Премиерот Марко Стојановски ги обвини санкциите наметнати врз Азија.",
                [PRIME_MINISTER, Ent(("Азија",), "LOC", None)], quotes=True)
    assert only(doc, "ACCUSE").recipient == []
    doc = coded("Премиерот Марко Стојановски ги обвини санкциите наметнати врз земјоделците.", [PRIME_MINISTER], quotes=True)
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("MKD", "UNK")]


def test_deportations_with_no_one_named_are_of_no_one_at_home():
    doc = coded("Министерството за внатрешни работи вчера најави депортации.", [INTERIOR_MINISTRY])
    assert only(doc, "COERCE").recipient == []
    doc = coded("Министерството за внатрешни работи вчера најави апсења.", [INTERIOR_MINISTRY])
    assert codes(doc, only(doc, "COERCE").recipient) == [("MKD", "UNK")]
