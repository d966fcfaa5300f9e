"""A hyphenated word opens the trigger of its last part (`сајбер-напад`); a dash or a hyphenated
word whose last part opens no entry is passed over before any trigger is looked up."""
from __future__ import annotations

from tests.events.helpers import CROATIA, SERBIA, coded


def test_a_hyphenated_word_is_the_trigger_of_its_last_part():
    doc = coded("Србија изврши сајбер-напад врз Хрватска.", [SERBIA, CROATIA])
    assert [(e.type, e.trigger.text) for e in doc.events] == [("ASSAULT", "сајбер-напад")]


def test_a_dash_and_a_hyphenated_pair_of_names_open_no_trigger():
    doc = coded("Хрватска - Србија: Србија изврши напад врз Хрватска.", [SERBIA, CROATIA])
    assert [(e.type, e.trigger.text) for e in doc.events] == [("ASSAULT", "напад")]
    assert coded("Средбата Србија-Хрватска заврши вчера.", [SERBIA, CROATIA]).events == []
