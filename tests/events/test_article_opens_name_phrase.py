"""The definite article opens its noun phrase: a preposition before a capitalised word ahead of an articled role
phrase governs that word, not the name after the role (`напиша на Твитер македонскиот министер X`: X is the
bare subject after the verb, the person a `Тој` of the next sentence stands for); a preposition right before the
role phrase still governs the name (`говорот на македонскиот министер X`) (sentences written for these tests)."""
from __future__ import annotations

from tests.events.helpers import GREECE, SERBIA, Ent, coded, events_of

PETROV = Ent(("Никола Петров",), "PER", "MKD", "GOV")
RADEVA = Ent(("Марија Радева",), "PER", "BGR", "GOV")
ENTITIES = [PETROV, RADEVA, SERBIA, GREECE]


def test_a_name_after_a_platform_and_an_articled_role_is_the_subject_a_pronoun_goes_on_with():
    doc = coded("„Договорот е важен“, напиша на Твитер македонскиот министер Никола Петров. Тој ја пофали Грција "
                "за поддршката.", ENTITIES, quotes=True)
    assert [e.actor for e in events_of(doc, "SUPPORT")] == [["E1"]]
    doc = coded("„Нема да попуштиме“, изјави во саботата на Фејсбук бугарската министерка Марија Радева. Таа ја "
                "обвини Србија за блокадата.", ENTITIES, quotes=True)
    assert [e.actor for e in events_of(doc, "ACCUSE")] == [["E2"]]


def test_a_name_after_a_platform_and_an_articled_role_is_the_subject_before_the_verb():
    doc = coded("Вчера на Твитер македонскиот министер Никола Петров ја критикуваше Србија.", ENTITIES)
    assert [(e.actor, e.recipient) for e in events_of(doc, "ACCUSE")] == [(["E1"], ["E3"])]


def test_a_preposition_right_before_the_articled_role_still_governs_the_name():
    for text in ("Грција го критикуваше говорот на македонскиот министер Никола Петров.",
                 "Грција ја критикуваше објавата на Твитер на македонскиот министер Никола Петров."):
        assert [(e.actor, e.recipient) for e in events_of(coded(text, ENTITIES), "ACCUSE")] == [(["E4"], ["E1"])], text
