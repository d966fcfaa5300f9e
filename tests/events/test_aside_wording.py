"""An aside `како што рече` inside another act's clause (invented sentences): the words after it are that act's
wording (`го осуди, како што рече, срамното мешање на X`), no statement of its own; a quote attributed after it
(`„…“, како што рече X`) is one."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

PETROV = Ent(("Горан Петров", "Петров"), "PER", "MKD", "PTY")
GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")
ILIEV = Ent(("Марко Илиев", "Илиев"), "PER", "MKD", "PTY")


def test_an_aside_is_the_wording_of_the_act_told_around_it():
    # (the quotes stage may give the aside to the last speaker before: no statement of his either)
    doc = coded("Марко Илиев изјави дека партијата ќе гласа против. Горан Петров го осуди, како што рече, срамното мешање "
                "на Владата во судството.", [PETROV, GOVERNMENT, ILIEV], quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.trigger.text == "осуди" and ev.actor == ["E1"]


def test_a_quote_attributed_after_how_it_was_said_is_a_statement():
    doc = coded("„Владата срамно се меша во судството“, како што рече Горан Петров.", [PETROV, GOVERNMENT], quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.trigger.text == "рече" and ev.actor == ["E1"] and ev.recipient == ["E2"]
