"""A meeting noun whose one side is an international body of states: its members meet among themselves
(guidelines: a summit or IGO session is CONSULT multilateral, the body as actor); one official of the body,
or a state's own organ, alone names no meeting (invented sentences)."""
from tests.events.helpers import pipeline_events


def _consults(text: str) -> list[tuple]:
    return [e for e in pipeline_events(text) if e[0] == "CONSULT"]


def _agrees(text: str) -> list[tuple]:
    return [e for e in pipeline_events(text) if e[0] == "AGREE"]


def test_a_body_s_members_named_in_the_plural_at_a_meeting_meet():
    assert _consults("Министрите на ЕУ на состанокот во Брисел вчера го одобрија планот.") == [("CONSULT", ["EUR"], [])]


def test_one_official_of_a_body_after_a_meeting_is_no_meeting():
    assert _consults("Шефицата на ОБСЕ по состанокот вчера изјави дека е задоволна.") == []


def test_a_meeting_of_a_regional_body_is_its_members():
    assert _consults("Состанокот на Советот за регионална соработка во Сараево заврши вчера.") == [("CONSULT", ["IGO"], [])]


def test_a_session_of_one_state_s_government_is_no_meeting():
    assert _consults("Седницата на Владата заврши вчера.") == []


def test_one_official_of_an_alliance_at_a_summit_is_no_meeting():
    assert _consults("Генералниот секретар на НАТО Јенс Столтенберг на самитот во Вилнус вчера ја пофали Полска.") == []


def test_members_past_their_portfolio_at_a_meeting_to_come_agree_to_meet():
    # (guidelines: a scheduled meeting is AGREE)
    assert pipeline_events("Министрите за финансии на ЕУ на состанокот во четврток ќе го разгледаат буџетот.") == [
        ("AGREE", ["EUR"], [])]


def test_members_past_their_portfolio_at_a_meeting_held_meet():
    assert pipeline_events("Министрите за финансии на ЕУ на состанокот во четврток го разгледаа буџетот.") == [
        ("CONSULT", ["EUR"], [])]


def test_a_meeting_to_come_past_a_bracketed_date_and_a_relative_aside():
    assert _agrees("Министрите на ЕУ на состанокот во четврток (5-ти март), на кој ќе зборува и премиерот, "
                   "ќе треба да одлучат за буџетот.") == [("AGREE", ["EUR"], [])]


def test_a_future_told_at_a_meeting_held_is_no_meeting_to_come():
    assert _agrees("Министрите на ЕУ на состанокот вчера рекоа дека ќе го разгледаат буџетот.") == []


def test_a_future_in_a_relative_clause_after_the_verb_is_no_meeting_to_come():
    assert _agrees("Министрите на ЕУ на состанокот во Брисел го избраа градот, чија агенција ќе биде отворена наесен.") == []


def test_a_topic_after_a_talk_is_no_portfolio():
    assert pipeline_events("Министрите на ЕУ вчера разговараа за Украина.") == [("CONSULT", ["EUR"], [])]
