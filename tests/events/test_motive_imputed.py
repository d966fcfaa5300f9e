"""A motive imputed in a reported statement (invented sentences): said of an act (`одлуката … е политички
мотивирана`) it blames the act's author, ACCUSE; said of a claim or a charge (`обвинувањата … се политички
мотивирани`) it denies it, REJECT."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

PETROV = Ent(("Горан Петров", "Петров"), "PER", "MKD", "PTY")
GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")


def test_a_motive_imputed_to_an_act_blames_its_author():
    for sentence in ("Горан Петров изјави дека одлуката на Владата е „политички мотивирана“.",
                     "Горан Петров рече дека акцијата на Владата е политички монтирана."):
        doc = coded(sentence, [PETROV, GOVERNMENT], quotes=True)
        ev = only(doc, "ACCUSE")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"], sentence
        assert not [e for e in doc.events if e.type == "REJECT"], sentence


def test_a_motive_imputed_to_a_claim_denies_it():
    for sentence in ("Горан Петров изјави дека обвинувањата на Владата се „политички мотивирани“.",
                     "Горан Петров рече дека обвинението на Владата е политички монтирано."):
        doc = coded(sentence, [PETROV, GOVERNMENT], quotes=True)
        ev = only(doc, "REJECT")
        assert ev.actor == ["E1"], sentence
        assert not [e for e in doc.events if e.type == "ACCUSE" and e.actor == ["E1"]], sentence
