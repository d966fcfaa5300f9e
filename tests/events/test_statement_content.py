"""Statements whose content is the event (a threat, a blame), told by a speech verb, on sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only


def test_will_not_allow_a_thing_named_told_as_a_warning_is_a_threat_even_with_no_one_named():
    doc = coded("Генералот порача дека Алијансата нема да дозволи „никакво мешање однадвор“ во изборите.",
                [Ent(("Алијансата",), "ORG", "IGO", "IGO")])
    assert only(doc, "THREATEN").trigger.text.startswith("нема да дозволи")
    doc = coded("Зоран Ристески предупреди дека партијата нема да дозволи ваков закон да помине без расправа.",
                [Ent(("Зоран", "Ристески"), "PER", "MKD", "PTY")])
    assert only(doc, "THREATEN")
    # a bare `да` clause after it names nothing not allowed: a boast
    assert not coded("Зоран Ристески порача дека нема да дозволи да се извлечат со тоа.",
                     [Ent(("Зоран", "Ристески"), "PER", "MKD", "PTY")]).events
    # told plainly, a resolve with no one named is no threat (the invented pool's gold)
    assert not coded("Зоран Ристески изјави дека Владата нема да дозволи најранливите да ја плаќаат цената.",
                     [Ent(("Зоран", "Ристески"), "PER", "MKD", "GOV")]).events


def test_a_retort_whose_later_clause_turns_on_the_other_side_is_one_accusation():
    parties = [Ent(("Народна партија",), "ORG", "MKD", "PTY"), Ent(("Граѓанска опција",), "ORG", "MKD", "PTY")]
    doc = coded("Од Народна партија одговорија дека тврдењата се „обична измислица“ и дека токму Граѓанска опција "
                "ги криела договорите за патот.", parties, quotes=True)
    ev = only(doc, "ACCUSE")
    assert [e for e in doc.entities if e.id in ev.recipient][0].name == "Граѓанска опција"
    assert not [e for e in doc.events if e.type == "REJECT"]
    # a later clause on the speaker's own side defends, it blames no one
    doc = coded("Од Народна партија одговорија дека тврдењата се неточни и дека Народна партија ги објавила сите договори.",
                parties, quotes=True)
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_stubbornness_leading_the_country_into_isolation_is_blame():
    doc = coded("Од Граѓанска опција оценија дека Владата со својата тврдоглавост ја води државата во изолација.",
                [Ent(("Граѓанска опција",), "ORG", "MKD", "PTY"), Ent(("Владата",), "ORG", "MKD", "GOV")], quotes=True)
    ev = only(doc, "ACCUSE")
    assert [e.name for e in doc.entities if e.id in ev.recipient] == ["Владата"]
    doc = coded("Од Граѓанска опција оценија дека Владата тврдоглаво ја брани својата позиција.",
                [Ent(("Граѓанска опција",), "ORG", "MKD", "PTY"), Ent(("Владата",), "ORG", "MKD", "GOV")], quotes=True)
    assert only(doc, "ACCUSE")
