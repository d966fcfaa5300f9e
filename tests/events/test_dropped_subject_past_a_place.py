"""A dropped subject past a preposition's name: a place or medium before a verb with its object clitic
is no subject (`Подоцна на Твитер ја исмеа …`), so the person of the sentence before acts."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

MINISTER = Ent(("Ивица Дачиќ", "Дачиќ"), "PER", "SRB", "GOV")
CROATIAN_GOVERNMENT = Ent(("хрватската влада",), "ORG", "HRV", "GOV")


def test_a_medium_before_a_doubled_object_leaves_the_subject_dropped():
    doc = coded("Српскиот министер Ивица Дачиќ вчера пристигна во Загреб. Подоцна на Инстаграм ја исмеа хрватската влада.",
                [MINISTER, CROATIAN_GOVERNMENT])
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and "actor:previous" in ev.rule


def test_a_common_noun_after_the_place_is_the_subject_not_the_person_before():
    doc = coded("Српскиот министер Ивица Дачиќ вчера пристигна во Загреб. Подоцна на Инстаграм владата ја исмеа Србија.",
                [MINISTER, Ent(("Србија",), country="SRB")])
    assert not any(ev.type == "ACCUSE" and ev.actor == ["E1"] for ev in doc.events)


def test_a_place_before_a_verb_with_no_object_clitic_leaves_the_subject_after_the_verb():
    doc = coded("Српскиот министер Ивица Дачиќ вчера пристигна во Загреб. Вчера во Нови Сад протестираа неколку стотини наставници.",
                [MINISTER])
    assert not any(ev.actor == ["E1"] for ev in doc.events if ev.type == "PROTEST")
