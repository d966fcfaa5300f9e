"""Unnamed actors by their head noun: a jury that convicts, students' plenums that refuse, and observers who
act for the body their `на` names (sentences written for these tests)."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, events_of

OSCE = Ent(("ОБСЕ",), "ORG", "IGO", "IGO")
EU = Ent(("Европската унија",), "ORG", "EUR", "IGO")
GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")



def test_a_jury_convicts():
    for text in ("Поротата во Битола вчера го прогласи обвинетиот за виновен.",
                 "Истата порота во вторникот ја прогласи обвинетата за виновна за убиство.",
                 "Поротата го осуди поранешниот градоначалник на пет години затвор."):
        convictions = events_of(coded(text, []), "SANCTION")
        assert len(convictions) == 1 and [s for _, s in codes(coded(text, []), convictions[0].actor)] == ["JUD"], text


def test_a_jury_told_as_an_object_is_the_recipient_not_an_actor():
    for text in ("Адвокатот ја повика поротата да го ослободи обвинетиот.",
                 "Обвинителот ја повика поротата да го осуди обвинетиот."):
        doc = coded(text, [])
        names = {e.id: e.name for e in doc.entities}
        assert [([names[a] for a in e.actor], [names[r] for r in e.recipient]) for e in doc.events] == [
            ([text.split()[0]], ["поротата"])], text


def test_students_plenums_refuse_and_call():
    for text, kind in (("Студентските пленуми го одбија повикот на Владата за разговор.", "REJECT"),
                       ("Пленумите на факултетите ја повикаа Владата да ги повлече измените.", "REQUEST"),
                       ("Пленумите ја обвинија Владата дека ги игнорира студентите.", "ACCUSE")):
        doc = coded(text, [GOVERNMENT])
        acts = events_of(doc, kind)
        assert len(acts) == 1 and [s for _, s in codes(doc, acts[0].actor)] == ["EDU"], text


def test_observers_act_for_the_body_their_na_names():
    for text, body in (("Набљудувачите на ОБСЕ ја критикуваа полицијата за насилството.", OSCE),
                       ("Набљудувачите на Европската унија ја критикуваа армијата за употребата на сила.", EU)):
        doc = coded(text, [body])
        accusations = events_of(doc, "ACCUSE")
        assert [e.actor for e in accusations] == [["E1"]], text


def test_observers_with_no_body_named_stay_without_actor():
    doc = coded("Набљудувачите ја критикуваа полицијата за насилството.", [])
    assert not [e for e in events_of(doc, "ACCUSE") if e.actor]
