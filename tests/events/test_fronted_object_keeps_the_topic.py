"""A sentence that opens with its object doubled by a clitic and a singular verb with no subject after it
(`Изјавата ја даде по средбата со X.`) goes on with the person before: a `Тој` after it still means them."""
from __future__ import annotations

from tests.events.helpers import Ent, coded

MINISTER = Ent(("Гордан Грлиќ Радман",), "PER", "HRV", "GOV")
COLLEAGUE = Ent(("Петер Сијарто",), "PER", "HUN", "GOV")
VUCIC = Ent(("Вучиќ",), "PER", "SRB", "GOV")


def _accusers(second: str) -> list[list[str]]:
    text = ("Хрватскиот министер Гордан Грлиќ Радман во вторникот предупреди дека Хрватска нема да попушти. "
            f"{second} Тој го критикуваше премиерот Вучиќ за говорот во Нови Сад.")
    doc = coded(text, [MINISTER, COLLEAGUE, VUCIC])
    return [ev.actor for ev in doc.events if ev.type == "ACCUSE"]


def test_a_sentence_opening_with_its_doubled_object_keeps_the_person_before():
    assert _accusers("Изјавата ја даде по средбата со унгарскиот колега Петер Сијарто во Загреб.") == [["E1"]]


def test_a_subject_after_the_verb_takes_the_topic_over():
    assert ["E1"] not in _accusers("Изјавата ја поздрави унгарскиот колега Петер Сијарто во Загреб.")
