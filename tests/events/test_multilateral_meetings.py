"""A meeting noun whose one side is an international body of states: its members meet among themselves
(guidelines: a summit or IGO session is CONSULT multilateral, the body as actor); one official of the body,
or a state's own organ, alone names no meeting (invented sentences)."""
from tests.events.helpers import pipeline_events


def _consults(text: str) -> list[tuple]:
    return [e for e in pipeline_events(text) if e[0] == "CONSULT"]


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
