"""Events told in other word orders, warnings and visits: sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import SERBIA, Ent, codes, coded, only

EU = Ent(("ЕУ",), "ORG", "EUR", "IGO")


def test_a_warning_that_announces_a_refusal_threatens_the_one_warned():
    doc = coded("ЕУ ја предупреди Србија дека нема да ја поддржи нејзината кандидатура ако не ги спроведе реформите.",
                [EU, SERBIA])
    ev = only(doc, "THREATEN")
    assert codes(doc, ev.actor) == [("EUR", "IGO")] and codes(doc, ev.recipient) == [("SRB", None)]
    assert not [e for e in doc.events if e.type in ("SUPPORT", "REJECT")]


def test_a_warning_of_sanctions_threatens_the_one_warned_not_a_name_in_its_content():
    doc = coded("Вашингтон ја предупреди Москва дека ќе воведе нови санкции против Иран.",
                [Ent(("Вашингтон",), country="USA"), Ent(("Москва",), country="RUS"), Ent(("Иран",), country="IRN")])
    ev = only(doc, "THREATEN")
    assert codes(doc, ev.actor) == [("USA", None)] and codes(doc, ev.recipient) == [("RUS", None)]
