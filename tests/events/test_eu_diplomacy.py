"""Gaps a blind set of invented 2026 EU, enlargement and Balkan diplomacy copy left (a démarche told by its noun,
a warning that a provocation will be answered, a retort in words, a step only weighed), on sentences written for
these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only

ALBANIA = Ent(("Тирана",), country="ALB")
MONTENEGRO = Ent(("Подгорица",), country="MNE")


def test_a_demarche_lodged_with_a_neighbour_is_a_diplomatic_complaint():
    ministry = Ent(("Министерството за надворешни работи на Црна Гора",), "ORG", "MNE", "GOV")
    doc = coded("Министерството за надворешни работи на Црна Гора вчера упати демарш до Тирана поради изјавите "
                "на градоначалникот.", [ministry, ALBANIA])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "disapprove" and ev.trigger.text == "демарш"
    assert codes(doc, ev.actor) == [("MNE", "GOV")] and codes(doc, ev.recipient) == [("ALB", None)]


def test_a_provocation_that_will_not_stay_unanswered_is_a_threat():
    minister = Ent(("Ерион Вељај",), "PER", "ALB", "GOV")
    doc = coded("Ерион Вељај изјави дека „ваквите потези на Подгорица нема да останат без одговор“.",
                [minister, MONTENEGRO])
    assert codes(doc, only(doc, "THREATEN").actor) == [("ALB", "GOV")]
    assert not any(e.type == "THREATEN" for e in coded("Прашањето на новинарот остана без одговор.", []).events)


def test_a_retort_about_an_attack_is_words_not_a_strike_back():
    minister = Ent(("Дритон Абази",), "PER", "KOS", "GOV")
    serbia = Ent(("Белград",), country="SRB")
    doc = coded("Дритон Абази возврати дека Белград ги крие напаѓачите од нападот во селото.", [minister, serbia])
    assert not any(e.type == "ASSAULT" for e in doc.events)


def test_a_step_a_side_only_weighs_is_not_told_taken():
    eu = Ent(("Брисел",), country="EUR")
    doc = coded("Брисел размислува да ги укине мерките против Подгорица.", [eu, MONTENEGRO])
    assert not any(e.type == "CONCEDE" for e in doc.events)
    assert only(coded("Брисел ги укина мерките против Подгорица.", [eu, MONTENEGRO]), "CONCEDE")


def test_after_the_meeting_refers_back_to_a_meeting_told_by_its_verb():
    envoy = Ent(("Миро Хесе",), "PER", "EUR", "IGO")
    ministers = [Ent(("Игли Хасани",), "PER", "ALB", "GOV"), Ent(("Ервин Ибрахимовиќ",), "PER", "MNE", "GOV")]
    doc = coded("Игли Хасани и Ервин Ибрахимовиќ во вторникот разговараа во Брисел. Миро Хесе по средбата изјави "
                "дека ги повикал двете влади да ја решат границата.", [envoy, *ministers], published="2026-03-06")
    assert only(doc, "REQUEST").date == "2026-03-03"



def test_after_the_meeting_takes_the_meetings_day_not_that_of_an_act_told_beside_it():
    # (the call of 2 March, told in the meeting's sentence, is not what `По средбата` refers to)
    people = [Ent(("Ана Варга", "Варга"), "PER", "HUN", "GOV"), Ent(("Никола Петров",), "PER", "BGR", "GOV")]
    places = [Ent(("Будимпешта",), country="HUN"), Ent(("Софија",), country="BGR")]
    doc = coded("Ана Варга вчера во Софија се сретна со Никола Петров, две недели откако бугарската влада на 2 март "
                "ја повика Будимпешта на разговори. По средбата, Варга побара од Софија да го отвори пазарот.",
                [*people, *places, Ent(("бугарската влада",), "ORG", "BGR", "GOV")], published="2026-03-17")
    assert [e.date for e in doc.events if e.trigger.text == "побара"] == ["2026-03-16"]


def test_a_mission_told_without_its_article_stands_for_its_body():
    fund = Ent(("Меѓународниот монетарен фонд",), "ORG", "IGO")
    ministry = Ent(("Министерството за финансии на Албанија",), "ORG", "ALB", "GOV")
    doc = coded("Мисија на Меѓународниот монетарен фонд од понеделникот води разговори со Министерството за финансии на Албанија.",
                [fund, ministry])
    ev = only(doc, "CONSULT")
    assert codes(doc, ev.actor) == [("IGO", None)] and codes(doc, ev.recipient) == [("ALB", "GOV")]
    # the body's `на` after a noun that is no envoy of it (its own report) does not make it the subject
    doc = coded("Извештај на Меѓународниот монетарен фонд од понеделникот води разговори со Министерството за финансии на Албанија.",
                [fund, ministry])
    assert "CONSULT" not in [e.type for e in doc.events]
