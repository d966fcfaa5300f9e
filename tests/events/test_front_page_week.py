"""A week of a 2026 portal front page (home, Balkans, world): police answering a crowd, trade
duties. Sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only


def test_police_answering_a_crowd_with_tear_gas_is_crowd_control():
    police = Ent(("полицијата",), "ORG", "GEO", "COP")
    doc = coded("Демонстрантите фрлаа камења кон полицијата, која возврати со солзавец.", [police])
    assert [e.mode for e in doc.events if e.type == "ASSAULT"] == ["crowd-control"]


def test_duties_on_imports_from_a_country_are_a_sanction():
    commission = Ent(("Европската комисија",), "ORG", "EUR", "IGO")
    india = Ent(("Индија",), country="IND")
    doc = coded("Европската комисија воведе антидампинг давачки на увозот на алуминиум од Индија.", [commission, india])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.actor) == [("EUR", "IGO")] and codes(doc, ev.recipient) == [("IND", None)]
    # levies on the country's own people are domestic policy
    government = Ent(("Владата",), "ORG", "MKD", "GOV")
    assert not coded("Владата воведе нови давачки за сопствениците на викендички.", [government]).events


def test_an_international_official_who_agreed_is_not_his_own_partner():
    commissioner = Ent(("Марош Шефчовиќ",), "PER", "EUR", "IGO")
    minister = Ent(("Ванг Вентао",), "PER", "CHN", "GOV")
    doc = coded("Марош Шефчовиќ и Ванг Вентао вчера разговараа телефонски. Двајцата се договорија да се сретнат во декември.",
                [commissioner, minister])
    ev = only(doc, "AGREE")
    assert not set(ev.recipient) & set(ev.actor)


def test_a_deed_that_will_not_go_unpunished_is_a_threat():
    group = Ent(("Хамас",), "ORG", "PSE", "REB")
    israel = Ent(("Израел",), country="ISR")
    doc = coded("Хамас го предупреди Израел дека убиството на командантот нема да остане неказнето.", [group, israel],
                quotes=True)
    ev = only(doc, "THREATEN")
    assert codes(doc, ev.recipient) == [("ISR", None)]


def test_travelling_to_a_meeting_is_a_visit_and_a_holiday_trip_none():
    premier = Ent(("Роберт Фицо",), "PER", "SVK", "GOV")
    chancellor = Ent(("Карл Нехамер",), "PER", "AUT", "GOV")
    doc = coded("Роберт Фицо вчера отпатува во Виена на средба со Карл Нехамер.", [premier, chancellor])
    ev = only(doc, "CONSULT")
    assert ev.mode == "visit" and codes(doc, ev.actor) == [("SVK", "GOV")] and codes(doc, ev.recipient) == [("AUT", "GOV")]
    singer = Ent(("Елена Ристеска",), "PER", "MKD", "CVL")
    assert not coded("Елена Ристеска вчера отпатува на одмор во Грција.", [singer]).events


def test_a_meeting_a_visitor_is_to_hold_today_is_scheduled():
    chancellor = Ent(("Шолц",), "PER", "DEU", "GOV")
    party = Ent(("Народната партија",), "ORG", "AUT", "PTY")
    doc = coded("Шолц денеска треба да се сретне и со претставници на Народната партија.", [chancellor, party])
    ev = only(doc, "AGREE")
    assert codes(doc, ev.actor) == [("DEU", "GOV")] and codes(doc, ev.recipient) == [("AUT", "PTY")]
    # without a day the duty stays a duty, no meeting
    assert not coded("Шолц треба да се сретне со претставници на Народната партија.", [chancellor, party]).events


def test_protests_announced_in_a_verbal_adverb_under_a_condition_are_a_threat():
    farmers = Ent(("Федерацијата на фармери",), "ORG", "MKD", "SOC")
    ministry = Ent(("Министерството за земјоделство",), "ORG", "MKD", "GOV")
    doc = coded("Федерацијата на фармери бара повисоки откупни цени од Министерството за земјоделство, најавувајќи "
                "блокади на патиштата доколку барањето не биде прифатено.", [farmers, ministry])
    assert only(doc, "THREATEN").actor == only(doc, "REQUEST").actor
    # also after the `да` clause of the demand
    doc = coded("Федерацијата на фармери побара од Министерството за земјоделство цените да се зголемат, најавувајќи "
                "блокади на патиштата доколку барањето не биде прифатено.", [farmers, ministry])
    assert only(doc, "THREATEN").actor == only(doc, "REQUEST").actor


def test_irregularities_pointed_out_are_criticism():
    audit = Ent(("Државниот завод за ревизија",), "ORG", "MKD", "GOV")
    fund = Ent(("Фондот за патишта",), "ORG", "MKD", "GOV")
    doc = coded("Државниот завод за ревизија ги посочи неправилностите во работењето на Фондот за патишта.", [audit, fund])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [("MKD", "GOV")] and ev.recipient
