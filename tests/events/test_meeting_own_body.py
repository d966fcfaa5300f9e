"""A meeting of one side with another whose sentence also names the body one side speaks for: still one
side calling on the other (a third international body in the clause makes it a gathering; the side's own does not)."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

MAREK = Ent(("Лина Марек",), "PER", "EUR", "IGO")
ILIEV = Ent(("Бојан Илиев",), "PER", "MKD", "GOV")


def test_a_commissioner_meeting_a_minister_with_her_commission_named_calls_on_him():
    doc = coded("Комесарката Лина Марек се сретна со министерот Бојан Илиев и, според соопштението на Комисијата, "
                "ги пофали реформите.", [MAREK, ILIEV, Ent(("Комисијата",), "ORG", "EUR", "IGO")])
    ev = only(doc, "CONSULT")
    assert (ev.actor, ev.recipient) == (["E1"], ["E2"])


def test_a_meeting_with_a_third_body_named_keeps_all_as_actors():
    doc = coded("Комесарката Лина Марек се сретна со министерот Бојан Илиев и, според соопштението на ОБСЕ, "
                "ги пофали реформите.", [MAREK, ILIEV, Ent(("ОБСЕ",), "ORG", "IGO", "IGO")])
    ev = only(doc, "CONSULT")
    assert sorted(ev.actor) == ["E1", "E2"] and ev.recipient == []


def test_an_alliance_head_talking_with_a_president_and_the_alliance_named_calls_on_him():
    doc = coded("Генералниот секретар Јан Холм разговараше со претседателот Иван Коваленко и му ја пренесе "
                "поддршката на Алијансата.", [Ent(("Јан Холм",), "PER", "IGO", "IGO"),
                                              Ent(("Иван Коваленко",), "PER", "UKR", "GOV"), Ent(("Алијансата",), "ORG", "IGO", "IGO")])
    ev = only(doc, "CONSULT")
    assert (ev.actor, ev.recipient) == (["E1"], ["E2"])


def test_an_alliance_head_talking_with_a_president_and_the_union_named_keeps_all_as_actors():
    doc = coded("Генералниот секретар Јан Холм разговараше со претседателот Иван Коваленко и му ја пренесе "
                "поддршката на Унијата.", [Ent(("Јан Холм",), "PER", "IGO", "IGO"),
                                            Ent(("Иван Коваленко",), "PER", "UKR", "GOV"), Ent(("Унијата",), "ORG", "EUR", "IGO")])
    ev = only(doc, "CONSULT")
    assert sorted(ev.actor) == ["E1", "E2"] and ev.recipient == []
