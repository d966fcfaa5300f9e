"""A press conference (`прес-конференција`, a compound of a gathering's noun) is a gathering: the name after
`На прес-конференцијата` opens its own phrase and acts, and the act takes the conference's day; sentences
written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, codes

FICO = Ent(("Роберт Фицо", "Фицо"), "PER", "SVK", "GOV")
COMMISSION = Ent(("Европската комисија",), "ORG", "EUR", "IGO")
OPPOSITION = Ent(("Прогресивна Словачка",), "ORG", "SVK", "PTY")


def test_the_name_after_the_press_conference_acts_on_its_day():
    doc = coded("Словачкиот премиер Роберт Фицо вчера одржа прес-конференција во Братислава. На прес-конференцијата "
                "Фицо ја критикуваше Европската комисија.", [FICO, COMMISSION])
    [criticism] = [e for e in doc.events if e.type == "ACCUSE"]
    assert codes(doc, criticism.actor) == [("SVK", "GOV")] and codes(doc, criticism.recipient) == [("EUR", "IGO")]
    assert str(criticism.date) == "2024-05-09"


def test_a_call_at_the_press_conference_is_the_speakers():
    doc = coded("Словачкиот премиер Роберт Фицо вчера одржа прес-конференција во Братислава. На прес-конференцијата "
                "Фицо ја повика Прогресивна Словачка да го поддржи буџетот.", [FICO, OPPOSITION])
    [call] = [e for e in doc.events if e.type == "REQUEST"]
    assert codes(doc, call.actor) == [("SVK", "GOV")] and codes(doc, call.recipient) == [("SVK", "PTY")]


def test_talk_at_the_press_conference_is_no_event():
    doc = coded("Словачкиот премиер Роберт Фицо вчера одржа прес-конференција во Братислава. На прес-конференцијата "
                "Фицо зборуваше за економијата.", [FICO])
    assert doc.events == []
