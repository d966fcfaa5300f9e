"""Missed events of the session's blind sets at the type level (forms an entry lacked, a `needs` list too narrow),
on sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only

ALBANIA = Ent(("Тирана",), country="ALB")
MONTENEGRO = Ent(("Подгорица",), country="MNE")
LAWYER = Ent(("Петар", "Ристовски"), "PER", "MNE", "JUD")


def test_a_renarrated_refusal_to_act_is_a_rejection_and_turned_down_offers_are_not():
    doc = coded("Според дипломатски извори, Тирана одбил да седне на иста маса со Подгорица.", [ALBANIA, MONTENEGRO])
    ev = only(doc, "REJECT")
    assert ev.trigger.text == "одбил"
    assert codes(doc, ev.actor) == [("ALB", None)]
    assert not [e for e in coded("Тренерот од Подгорица ги одбил понудите од двата клуба.", [MONTENEGRO]).events
                if e.type == "REJECT"]


def test_an_appeal_against_a_detention_order_or_to_the_court_of_appeal_refuses_a_ruling():
    doc = coded("Адвокатот Петар Ристовски изјави дека ќе поднесе жалба против решението за притвор во Подгорица.",
                [LAWYER, MONTENEGRO])
    assert only(doc, "REJECT").trigger.text == "поднесе жалба"
    doc = coded("Ристовски соопшти дека ќе поднесе жалба до Апелациониот суд во Подгорица.", [LAWYER, MONTENEGRO])
    assert only(doc, "REJECT").trigger.text == "поднесе жалба"


def test_deliveries_suspended_and_a_state_suspended_from_a_bodys_organs_are_sanctions():
    doc = coded("Тирана ги суспендира испораките на струја за Подгорица.", [ALBANIA, MONTENEGRO])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.actor) == [("ALB", None)] and codes(doc, ev.recipient) == [("MNE", None)]
    union = Ent(("Африканската унија",), "ORG", "AFR", "IGO")
    niger = Ent(("Нигер",), country="NER")
    doc = coded("Африканската унија го суспендираше Нигер од сите свои тела по државниот удар.", [union, niger])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.recipient) == [("NER", None)]


def test_sanctions_told_in_the_masculine_l_form_are_sanctions():
    doc = coded("Според медиумите, Тирана вовел царини на увозот од Подгорица.", [ALBANIA, MONTENEGRO])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.actor) == [("ALB", None)]


def test_the_masculine_l_forms_of_cordons_alerts_and_crowd_control_are_read():
    police = Ent(("МВР на Црна Гора",), "ORG", "MNE", "COP")
    doc = coded("Според сведоците, МВР на Црна Гора поставил кордон околу зградата во Подгорица.", [police, MONTENEGRO])
    assert only(doc, "COERCE").mode == "restrict"
    doc = coded("Според сведоците, МВР на Црна Гора употребил солзавец против демонстрантите.", [police])
    assert only(doc, "ASSAULT").mode == "crowd-control"


def test_a_demand_joined_to_a_reported_statement_is_the_speakers_and_a_present_need_is_not():
    party = Ent(("Демократска лига",), "ORG", "MNE", "PTY")
    doc = coded("Демократска лига оцени дека одлуката е закаснета и побара законот целосно да се повлече.", [party])
    ev = only(doc, "REQUEST")
    assert ev.trigger.text == "побара" and codes(doc, ev.actor) == [("MNE", "PTY")]
    doc = coded("Демократска лига рече дека состојбата во Подгорица е тешка и бара внимателно следење.", [party, MONTENEGRO])
    assert not [e for e in doc.events if e.type == "REQUEST"]


def test_forces_described_as_deployed_somewhere_are_no_deployment_and_a_deployment_told_is():
    doc = coded("Тирана тврди дека борците планирале напади врз војниците распоредени по границата со Подгорица.",
                [ALBANIA, MONTENEGRO])
    assert not [e for e in doc.events if e.type == "MOBILIZE"]
    doc = coded("Тирана ги распореди војниците по границата со Подгорица.", [ALBANIA, MONTENEGRO])
    assert only(doc, "MOBILIZE").trigger.text == "распореди"


def test_the_eus_leaders_at_a_summit_meet_among_themselves_and_one_states_summit_alone_is_no_meeting():
    union = Ent(("Европската унија",), "ORG", "EUR", "IGO")
    doc = coded("Лидерите на Европската унија на самитот во Луксембург синоќа се договорија за нов пакет помош.", [union])
    ev = only(doc, "CONSULT")
    assert ev.mode == "multilateral" and ev.trigger.text == "самитот"
    assert codes(doc, ev.actor) == [("EUR", "IGO")]
    assert not [e for e in coded("Тирана синоќа одржа самит за туризмот.", [ALBANIA]).events if e.type == "CONSULT"]
