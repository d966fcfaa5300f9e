"""Calls to talks (guidelines): the callee invited straight to talks by one who will sit at the table is an
invitation (AGREE); a call on it to act and a third party's appeal to two or more sides stay REQUEST meet.
Invented sentences."""
import pytest

from tests.events.helpers import Ent, coded, only

PREMIER = Ent(("Марко Петров",), "PER", "MKD", "GOV")
PRESIDENT = Ent(("Ана Илиева",), "PER", "MKD", "GOV")
MAYOR = Ent(("Петар Стојанов",), "PER", "MKD", "GOV")


@pytest.mark.parametrize("text, caller", [
    ("Премиерот Марко Петров ги повика земјоделците на дијалог.", PREMIER),
    ("Претседателката Ана Илиева ги повика водачите на протестите на разговор.", PRESIDENT),
    ("Градоначалникот Петар Стојанов ги повика жителите на населбата на нова средба во понеделникот.", MAYOR),
])
def test_a_side_inviting_its_callee_straight_to_talks_agrees_to_meet(text, caller):
    doc = coded(text, [caller])
    ev = only(doc, "AGREE")
    assert ev.actor == ["E1"] and ev.recipient and not [e for e in doc.events if e.type == "REQUEST"]


def test_a_call_on_the_callee_to_return_to_talks_asks_an_act():
    doc = coded("Министерката Весна Трајкова ги повика синдикалците да се вратат на разговорите.",
                [Ent(("Весна Трајкова",), "PER", "MKD", "GOV")])
    assert only(doc, "REQUEST").actor == ["E1"] and not [e for e in doc.events if e.type == "AGREE"]


@pytest.mark.parametrize("text, entities", [
    ("Генералниот секретар на ОН Жан Мартен ги повика двете страни на дијалог.", [Ent(("Жан Мартен",), "PER", "UNO", "IGO")]),
    ("Европската унија ги повика Белград и Приштина на дијалог.",
     [Ent(("Европската унија",), "ORG", "EUR", "IGO"), Ent(("Белград",), country="SRB"), Ent(("Приштина",), country="KOS")]),
    # the two states' governments called to talk among themselves, by whomever
    ("Словенија ја обвини Хрватска за загадувањето на реката. Претседателката Ана Зорман ги повика двете влади на разговори.",
     [Ent(("Словенија",), country="SVN"), Ent(("Хрватска",), country="HRV"), Ent(("Ана Зорман",), "PER", "SVN", "GOV")]),
])
def test_an_appeal_to_two_or_more_sides_to_talk_is_a_request_to_meet(text, entities):
    doc = coded(text, entities)
    ev = only(doc, "REQUEST")
    assert ev.mode == "meet" and not [e for e in doc.events if e.type == "AGREE"]


def test_talks_called_for_with_no_one_invited_stay_a_request():
    doc = coded("Владата повика на дијалог за реформите.", [Ent(("Владата",), "ORG", "MKD", "GOV")])
    assert only(doc, "REQUEST").mode == "meet"


def test_an_intergovernmental_body_inviting_one_side_agrees_to_meet():
    doc = coded("Европската унија ја повика Србија на разговори.",
                [Ent(("Европската унија",), "ORG", "EUR", "IGO"), Ent(("Србија",), country="SRB")])
    assert only(doc, "AGREE").recipient == ["E2"]


def test_a_state_calling_two_other_states_to_talks_names_both_callees_and_asks_them_to_meet():
    # the coordination inside the sequence's gap is the callees', not cut by the trigger's span
    entities = [Ent(("Москва",), country="RUS"), Ent(("Анкара",), country="TUR"), Ent(("Дамаск",), country="SYR")]
    doc = coded("Москва ги повика Анкара и Дамаск на директен дијалог.", entities)
    ev = only(doc, "REQUEST")
    assert ev.mode == "meet" and ev.recipient == ["E2", "E3"] and not [e for e in doc.events if e.type == "AGREE"]


def test_a_state_calling_one_other_state_to_talks_still_invites_it():
    entities = [Ent(("Москва",), country="RUS"), Ent(("Анкара",), country="TUR"), Ent(("Дамаск",), country="SYR")]
    doc = coded("Москва ја повика Анкара на директен дијалог за Дамаск.", entities)
    assert only(doc, "AGREE").recipient == ["E2"]
