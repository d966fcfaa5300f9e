"""Unnamed groups of people as the object of a directed act (`ги повика сограѓаните`, `ги повика политичарите
во Србија`, `поддршка за медицинските сестри`, `помош за земјоделците`): of the country of their place or
demonym, else of the actor's own; as a subject such a group tells no act. On sentences written for these tests.
"""
from __future__ import annotations

from tests.events.helpers import SERBIA, Ent, codes, coded, only, pipeline_events

PREMIER = Ent(("Ана Петровска",), "PER", "MKD", "GOV")
PRESIDENT = Ent(("Марко Илиќ",), "PER", "HRV", "GOV")
CHANCELLOR = Ent(("Клаус Вебер",), "PER", "DEU", "GOV")
ENVOY = Ent(("Џон Харис",), "PER", "USA", "GOV")
SERBIAN = Ent(("српските",), "GPE", "SRB", kind="demonym")
MONTENEGRO = Ent(("Црна Гора",), "GPE", "MNE")
KOSOVO_ = Ent(("Косово",), "GPE", "KOS")
CHAMBER = Ent(("Стоматолошката комора",), "ORG", "MKD", "MED")
GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")
ACTIVIST = Ent(("Петар Марков",), "PER", "MKD", "CVL")
MP = Ent(("Иван Ристов",), "PER", "MKD", "LEG")


def test_a_leaders_call_on_his_fellow_citizens_is_aimed_at_his_own_country():
    for text in ("Ана Петровска вчера ги повика сограѓаните да излезат на изборите.",
                 "Ана Петровска ги повика сонародниците во дијаспората да се вратат дома.",
                 "Ана Петровска во телевизиско обраќање ја повика нацијата на смиреност."):
        doc = coded(text, [PREMIER])
        assert codes(doc, only(doc, "REQUEST").recipient) == [("MKD", "CVL")], text


def test_politicians_called_on_take_the_state_of_their_place():
    doc = coded("Клаус Вебер ги повика политичарите во Србија да го почитуваат договорот.", [CHANCELLOR, SERBIA])
    assert codes(doc, only(doc, "REQUEST").recipient) == [("SRB", "PTY")]
    doc = coded("Џон Харис ги повика политичарите од Косово да формираат влада.", [ENVOY, KOSOVO_])
    assert codes(doc, only(doc, "REQUEST").recipient) == [("KOS", "PTY")]


def test_politicians_called_on_take_the_state_of_their_demonym():
    doc = coded("Марко Илиќ ги повика српските политичари да ја прифатат пресудата.", [PRESIDENT, SERBIAN])
    assert codes(doc, only(doc, "REQUEST").recipient) == [("SRB", "PTY")]


def test_politicians_blamed_with_no_place_are_the_actors_own():
    doc = coded("Марко Илиќ ги обвини политичарите дека ја кочат реформата.", [PRESIDENT])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("HRV", "PTY")]


def test_support_for_nurses_is_aimed_at_them():
    doc = coded("Стоматолошката комора изрази поддршка за медицинските сестри во болниците.", [CHAMBER])
    assert codes(doc, only(doc, "SUPPORT").recipient) == [("MKD", "MED")]
    doc = coded("Владата ги повика аптекарите да ги издаваат лековите без доплата.", [GOVERNMENT])
    assert codes(doc, only(doc, "REQUEST").recipient) == [("MKD", "MED")]


def test_aid_for_a_group_goes_to_that_group():
    doc = coded("Владата најави помош за земјоделците од Струмица.", [GOVERNMENT])
    assert codes(doc, only(doc, "AGREE").recipient) == [("MKD", "CVL")]
    doc = coded("Клаус Вебер најави помош за граѓаните во Црна Гора.", [CHANCELLOR, MONTENEGRO])
    assert [country for country, _ in codes(doc, only(doc, "AGREE").recipient)] == ["MNE"]


def test_what_a_verb_of_giving_sends_is_no_recipient():
    # (the bare object of a verb of aid is the thing or people given, not whom they help)
    doc = coded("Владата испрати пожарникари и доброволци во Црна Гора.", [GOVERNMENT, MONTENEGRO])
    assert codes(doc, only(doc, "AID").recipient) == [("MNE", None)]


def test_politicians_as_a_subject_tell_no_act_of_theirs():
    doc = coded("Петар Марков изјави дека планот бил поддржан од политичари од двете страни.", [ACTIVIST])
    assert not [e for e in doc.events if e.type == "SUPPORT"]
    doc = coded("Иван Ристов рече дека политичарите мора да ја почувствуваат жештината на улицата.", [MP], quotes=True)
    assert all(("MKD", "PTY") not in codes(doc, e.actor + e.recipient) for e in doc.events)


def test_support_for_a_town_written_as_one_word_is_for_its_state():
    # (`Бањалука`, as copy often writes Banja Luka: a form of the knowledge base's town)
    assert pipeline_events("Унгарскиот премиер ја изрази поддршката на Будимпешта за Бањалука.") == [
        ("SUPPORT", ["HUN"], ["BIH"])]


def test_a_partys_people_and_civil_servants_as_objects_are_the_actors_own():
    doc = coded("Марко Илиќ ги обвини социјалистите дека го блокираат собранието.", [PRESIDENT])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("HRV", "PTY")]
    doc = coded("Марко Илиќ ги пофали државните службеници за работата во поплавите.", [PRESIDENT])
    assert codes(doc, only(doc, "SUPPORT").recipient) == [("HRV", "GOV")]


def test_officers_named_by_their_service_stay_its_organ():
    # (`службеници` names whom an act is aimed at; as a subject the service's adjective tells the organ)
    doc = coded("Полициските службеници го уапсија осомничениот за кражбата.", [])
    assert codes(doc, only(doc, "COERCE").actor) == [("MKD", "COP")]


PARTY = Ent(("Левата партија",), "ORG", "MKD", "PTY")


def test_support_offered_or_voiced_for_a_group_is_aimed_at_it():
    doc = coded("Левата партија пружи поддршка на пензионерите од Битола.", [PARTY])
    assert codes(doc, only(doc, "SUPPORT").recipient) == [("MKD", "CVL")]
    doc = coded("Левата партија ја искажа поддршката за наставниците.", [PARTY])
    assert codes(doc, only(doc, "SUPPORT").recipient) == [("MKD", "CVL")]


def test_a_protest_backed_or_condemned_is_its_makers():
    doc = coded("Левата партија даде поддршка за протестите на студентите.", [PARTY])
    assert codes(doc, only(doc, "SUPPORT").recipient) == [("MKD", "CVL")]
    doc = coded("Марко Илиќ ги осуди блокадите на превозниците на граничните премини.", [PRESIDENT])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("HRV", "BUS")]


def test_resistance_offered_is_no_support():
    doc = coded("Левата партија пружи отпор на пензиската реформа.", [PARTY])
    assert not [e for e in doc.events if e.type == "SUPPORT"]


def test_villagers_are_residents():
    doc = coded("Владата ги повика мештаните од Радовиш да го отворат патот.", [GOVERNMENT])
    assert codes(doc, only(doc, "REQUEST").recipient) == [("MKD", "CVL")]
    doc = coded("Мештаните од Радовиш протестираа пред зградата на општината.", [])
    assert codes(doc, only(doc, "PROTEST").actor) == [("MKD", "CVL")]


def test_money_approved_for_a_group_goes_to_that_group():
    doc = coded("Владата одобри 40 милиони денари за тутунарите од Прилеп.", [GOVERNMENT])
    assert codes(doc, only(doc, "AID").recipient) == [("MKD", "CVL")]
    doc = coded("Клаус Вебер одобри два милиони евра помош за семејствата на загинатите.", [CHANCELLOR])
    assert codes(doc, only(doc, "AID").recipient) == [("DEU", "CVL")]
