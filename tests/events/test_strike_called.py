"""A union's call to strike is the strike it will hold (PROTEST strike, future), on sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import coded, only


def test_a_unions_call_to_strike_is_a_future_strike_dated_by_its_day():
    ev = only(coded("Синдикатот на здравствените работници повика на генерален штрајк во четвртокот.", []), "PROTEST")
    assert ev.mode == "strike" and ev.status == "future" and ev.trigger.text == "повика на генерален штрајк"
    assert ev.date == "2024-05-16"
    assert not [e for e in coded("Синдикатот на здравствените работници повика на генерален штрајк во четвртокот.", []).events
                if e.type == "REQUEST"]


def test_a_call_to_talks_about_a_strike_is_no_strike():
    doc = coded("Министерот ги повика синдикалците на разговор за штрајкот во четвртокот.", [])
    assert not [e for e in doc.events if e.type == "PROTEST"]


def test_a_strike_of_a_hyphenated_length_is_still_called_but_a_call_far_from_it_is_not():
    ev = only(coded("Синдикатот на рударите повика на 48-часовен штрајк во четвртокот.", []), "PROTEST")
    assert ev.mode == "strike" and ev.rule.startswith("protest.strike_called")
    doc = coded("Синдикатот на рударите повика на смирување на страстите пред штрајкот во четвртокот.", [])
    assert not [e for e in doc.events if e.type == "PROTEST" and e.rule.startswith("protest.strike_called")]
