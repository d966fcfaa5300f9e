"""What speakers say of their own acts and of others' (invented sentences): readiness told in a `дека` clause
with its subject dropped after a pronoun speaker is the speaker's own."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

PETROV = Ent(("Горан Петров", "Петров"), "PER", "SRB", "GOV")
STUDENTS = Ent(("студентите",), "ORG", "SRB", "CVL")
UNION = Ent(("синдикатот",), "ORG", "SRB", "LAB")


def test_readiness_after_a_copula_is_the_pronoun_speakers_own():
    for sentence in ("Горан Петров зборуваше вчера. Тој рече дека е подготвен да разговара со студентите.",
                     "Горан Петров зборуваше вчера. Тој додаде дека е спремен да преговара со синдикатот.",
                     "Горан Петров зборуваше вчера. Тој ги повика студентите да се вратат и рече дека е подготвен "
                     "да разговара со нив."):
        doc = coded(sentence, [PETROV, STUDENTS, UNION], quotes=True)
        ev = only(doc, "AGREE")
        assert ev.actor == ["E1"] and "actor:speaker" in ev.rule, sentence


def test_a_passive_after_a_copula_keeps_the_speaker_out_of_the_actors():
    doc = coded("Горан Петров зборуваше вчера. Тој рече дека бил нападнат од студентите.", [PETROV, STUDENTS], quotes=True)
    assert all("E1" not in ev.actor for ev in doc.events)
