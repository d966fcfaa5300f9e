"""Legitimacy denied to another in a reported statement (invented sentences): `X „нема никаков легитимитет“`, `X не е
легитимна` blame X, as `нелегитимна` does; legitimacy granted does not."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

PETROV = Ent(("Горан Петров", "Петров"), "PER", "MKD", "PTY")
GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")


def test_legitimacy_denied_blames():
    for sentence in ("Горан Петров изјави дека Владата „нема никаков легитимитет“ да ги менува законите.",
                     "Горан Петров изјави дека Владата не е легитимна откако ја загуби поддршката."):
        doc = coded(sentence, [PETROV, GOVERNMENT], quotes=True)
        ev = only(doc, "ACCUSE")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"], sentence


def test_legitimacy_granted_is_no_blame():
    for sentence in ("Горан Петров изјави дека Владата има полн легитимитет да ги менува законите.",
                     "Горан Петров изјави дека Владата е легитимна откако ја доби поддршката."):
        doc = coded(sentence, [PETROV, GOVERNMENT], quotes=True)
        assert not [e for e in doc.events if e.type == "ACCUSE"], sentence
