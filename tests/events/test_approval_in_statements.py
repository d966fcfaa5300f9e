"""Approval of a made thing or act told in a statement (session 40): `договорот е „фер“`, `ова е историска
одлука`, `предлогот е „прифатлива основа“` praise the thing's maker or partner named with it, else the parties of
the agreement told before; a party judging its own agreement praises it with no recipient (guidelines: welcoming or
praising an agreement). Approval of a situation, a negated approval and an approval of one's own state's act are no
event."""
from tests.events.helpers import Ent, coded

HOLM = Ent(("Ерик Холм", "Холм"), "PER", "DNK", "GOV")
ESTONIA = Ent(("Естонија",), country="EST")
LATVIA = Ent(("Латвија",), country="LVA")
DENMARK = Ent(("Данска",), country="DNK")


def _support(doc):
    return [e for e in doc.events if e.type == "SUPPORT" and e.rule.startswith("support.reported_approval")]


def test_cooperation_with_a_state_called_excellent_praises_that_state():
    doc = coded("Данскиот министер Ерик Холм изјави дека соработката со Естонија е „одлична“.",
                [HOLM, ESTONIA], quotes=True)
    [ev] = _support(doc)
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_the_situation_of_a_state_called_excellent_is_no_praise():
    doc = coded("Данскиот министер Ерик Холм изјави дека состојбата во Естонија е „одлична“.",
                [HOLM, ESTONIA], quotes=True)
    assert not [e for e in doc.events if e.type == "SUPPORT"]


def test_a_states_reforms_called_a_step_in_the_right_direction_praise_it():
    doc = coded("Ерик Холм оцени дека реформите на Естонија се „чекор во вистинска насока“.",
                [HOLM, ESTONIA], quotes=True)
    [ev] = _support(doc)
    assert ev.recipient == ["E2"]


def test_the_speakers_own_states_reforms_are_no_praise_of_another():
    doc = coded("Ерик Холм оцени дека реформите на Данска се „чекор во вистинска насока“.",
                [HOLM, DENMARK], quotes=True)
    assert not _support(doc)


def test_an_agreement_of_others_called_fair_praises_its_parties():
    doc = coded("Естонија и Латвија вчера потпишаа договор за границата. Ерик Холм изјави дека договорот е "
                "„фер и избалансиран“.", [ESTONIA, LATVIA, HOLM], quotes=True)
    [ev] = _support(doc)
    assert ev.actor == ["E3"] and sorted(ev.recipient) == ["E1", "E2"]


def test_an_agreement_called_not_fair_is_no_praise():
    doc = coded("Естонија и Латвија вчера потпишаа договор за границата. Ерик Холм изјави дека договорот не е "
                "„фер и избалансиран“.", [ESTONIA, LATVIA, HOLM], quotes=True)
    assert not _support(doc)


def test_a_party_praising_its_own_agreement_names_no_recipient():
    doc = coded("Данска и Естонија вчера потпишаа договор за енергетика. „Ова е историска одлука“, изјави Холм.",
                [DENMARK, ESTONIA, HOLM], quotes=True)
    [ev] = _support(doc)
    assert ev.actor == ["E3"] and ev.recipient == []


def test_a_historic_decision_with_no_agreement_told_is_no_event():
    doc = coded("Данска и Естонија вчера разговараа за енергетика. „Ова е историска одлука“, изјави Холм.",
                [DENMARK, ESTONIA, HOLM], quotes=True)
    assert not _support(doc)


def test_responsibility_shown_by_another_state_is_praise():
    doc = coded("Ерик Холм изјави дека Естонија покажа голема одговорност во преговорите.", [HOLM, ESTONIA], quotes=True)
    [ev] = [e for e in doc.events if e.type == "SUPPORT"]
    assert ev.recipient == ["E2"]


def test_responsibility_shown_by_the_speakers_own_state_is_no_praise():
    doc = coded("Ерик Холм изјави дека Данска покажа голема одговорност во преговорите.", [HOLM, DENMARK], quotes=True)
    assert not [e for e in doc.events if e.type == "SUPPORT"]


def test_praise_naming_no_one_of_an_act_told_before_is_of_its_doer():
    doc = coded("Естонија вчера ги ослободи затворениците. Холм изјави дека ослободувањето е позитивен сигнал.",
                [HOLM, ESTONIA, DENMARK], quotes=True)
    [ev] = [e for e in doc.events if e.type == "SUPPORT"]
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_praise_of_an_act_of_the_speakers_own_state_is_no_event():
    doc = coded("Данска вчера ги ослободи затворениците. Холм изјави дека ослободувањето е позитивен сигнал.",
                [HOLM, ESTONIA, DENMARK], quotes=True)
    assert not [e for e in doc.events if e.type == "SUPPORT"]


def test_a_proposal_of_a_state_told_by_its_adjective_praises_that_state():
    doc = coded("Холм изјави дека ревидираниот естонски предлог е „прифатлива основа“ за разговорите.",
                [HOLM, Ent(("естонски",), country="EST", kind="demonym")], quotes=True)
    [ev] = _support(doc)
    assert ev.recipient == ["E2"]


def test_a_proposal_of_the_speakers_own_state_is_no_praise():
    doc = coded("Холм изјави дека ревидираниот дански предлог е „прифатлива основа“ за разговорите.",
                [HOLM, Ent(("дански",), country="DNK", kind="demonym")], quotes=True)
    assert not _support(doc)
