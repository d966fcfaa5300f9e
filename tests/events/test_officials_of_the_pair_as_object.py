"""Officials of `двете земји` as a call's bare object (`ги повика министрите … на двете земји`) stand for the two
states told before, as they do after a partner's `со`: sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import pipeline_events

BEFORE = "Пакистан ја обвини Индија за нападот врз својата територија. "


def test_ministers_of_the_two_states_called():
    text = BEFORE + "Помпео ги повика министрите за надворешни работи на двете земји на воздржаност."
    assert [(a, r) for t, a, r in pipeline_events(text) if t == "REQUEST"] == [(["USA"], ["PAK", "IND"])]


def test_ministers_of_one_named_state_called():
    # twin: a state named in the `на` phrase, no pair: that state's ministers
    text = BEFORE + "Помпео ги повика министрите за надворешни работи на Индија на воздржаност."
    assert [(a, r) for t, a, r in pipeline_events(text) if t == "REQUEST"] == [(["USA"], ["IND"])]
