"""Words of blame that name instead of judging, in a reported statement (invented sentences): an attribute of a class
noun (`криминалните групи`, `нелегалната миграција`) and the court's convicted (`осудениот`) blame no one; the same
words as a label after a copula or after a verb of enabling (`ја толерира …`), and other words of blame, still do."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

PETROV = Ent(("Горан Петров", "Петров"), "PER", "MKD", "PTY")
GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")
ENTITIES = [PETROV, GOVERNMENT]


def _accusations(sentence: str) -> list:
    return [e for e in coded(sentence, ENTITIES, quotes=True).events if e.type == "ACCUSE"]


def test_a_class_named_by_a_word_of_blame_is_no_blame():
    for sentence in ("Горан Петров изјави дека Владата ќе ги следи криминалните групи низ целата земја.",
                     "Горан Петров изјави дека Владата ќе ја запре нелегалната миграција преку границата.",
                     "Горан Петров изјави дека Владата нема да дозволи нелегална миграција преку границата."):
        assert not _accusations(sentence), sentence


def test_the_same_word_as_a_label_after_a_copula_blames():
    for sentence in ("Горан Петров изјави дека Владата е криминална група што ја ограбува земјата.",
                     "Горан Петров изјави дека Владата ги дискриминира мигрантите на границата.",
                     "Горан Петров изјави дека Владата ја толерира нелегалната миграција преку границата.",
                     "Горан Петров изјави дека Владата е „нелегална организација“ без мандат.",
                     "Горан Петров изјави дека министрите во Владата се криминални групи."):
        doc = coded(sentence, ENTITIES, quotes=True)
        ev = only(doc, "ACCUSE")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"], sentence


def test_the_convicted_are_no_blame_the_corrupt_are():
    assert not _accusations("Горан Петров изјави дека осудениот поранешен директор на Владата е пуштен на слобода.")
    doc = coded("Горан Петров изјави дека корумпираниот поранешен директор на Владата е пуштен на слобода.", ENTITIES,
                quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]
