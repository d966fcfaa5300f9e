"""A counted pair (`Двајцата премиери`) before a scheduling `треба да` is the subject of the `да` clause's verb:
the pair named before meets (sentences written for these tests)."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, events_of

PETROV = Ent(("Никола Петров", "Петров"), "PER", "MKD", "GOV")
HOXHA = Ent(("Арбен Хоџа", "Хоџа"), "PER", "ALB", "GOV")



def test_a_pair_before_treba_da_is_the_subject_of_the_meeting():
    for text in ("Никола Петров и Арбен Хоџа вчера разговараа во Охрид. Двајцата министри треба повторно да се сретнат "
                 "во Тирана.",
                 "Никола Петров и Арбен Хоџа вчера разговараа во Охрид. Двајцата треба да се сретнат во мај.",
                 "Никола Петров и Арбен Хоџа вчера разговараа во Охрид. Двајцата министри требаат да се сретнат во мај."):
        meetings = events_of(coded(text, [PETROV, HOXHA]), "AGREE")
        assert [sorted(e.actor) for e in meetings] == [["E1", "E2"]], text


def test_a_pair_before_a_verb_of_wish_stays_without_actor():
    # (a wish is no scheduled meeting: `сакаат да се сретнат` tells no act of its `да` clause's own)
    doc = coded("Никола Петров и Арбен Хоџа вчера разговараа во Охрид. Двајцата министри сакаат да се сретнат во Тирана.",
                [PETROV, HOXHA])
    assert not events_of(doc, "AGREE")
