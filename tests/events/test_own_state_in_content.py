"""A speaker's own state named bare in the content of his statement (`изјави дека државата нема да дозволи
Македонија да стане …`) is the side he speaks for, not whom the statement is aimed at; another state named
there stays the recipient. On sentences written for these tests.
"""
from __future__ import annotations

from tests.events.helpers import Ent, KOSOVO, MACEDONIA, codes, coded, only

MINISTER = Ent(("Ранко Илиевски", "Илиевски"), "PER", "MKD", "GOV")


def test_the_speakers_own_state_in_a_warning_is_no_recipient():
    doc = coded("Министерот Ранко Илиевски изјави дека државата нема да дозволи Македонија да стане транзитна "
                "рута за оружје.", [MINISTER, MACEDONIA, KOSOVO], quotes=True)
    ev = only(doc, "THREATEN")
    assert "E2" not in ev.recipient
    assert codes(doc, ev.recipient) == [("MKD", "UNK")]


def test_another_state_in_a_warning_stays_its_recipient():
    # negative twin: Kosovo is not the speaker's state
    doc = coded("Министерот Ранко Илиевски изјави дека државата нема да дозволи Косово да стане транзитна "
                "рута за оружје.", [MINISTER, MACEDONIA, KOSOVO], quotes=True)
    assert only(doc, "THREATEN").recipient == ["E3"]
