"""The owners of a plural role joined by `и` before the holders named after a comma (`Министрите на Турција и
Ерменија, X и Y`) only say whose the roles are: the holders are the participants, as with one owner (invented
sentences)."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

PAIR = [Ent(("Исланд",), country="ISL"), Ent(("Норвешка",), country="NOR"),
        Ent(("Ерик Соренсен",), "PER", "ISL", "GOV"), Ent(("Улф Хансен",), "PER", "NOR", "GOV")]


def test_owners_joined_by_and_before_their_holders_are_no_participants():
    doc = coded("Министрите на Исланд и Норвешка, Ерик Соренсен и Улф Хансен, вчера потпишаа договор за риболов.", PAIR)
    assert sorted(only(doc, "SUPPORT").actor) == ["E3", "E4"]


def test_owners_joined_by_and_past_a_portfolio_before_their_holders_are_no_participants():
    doc = coded("Министрите за рибарство на Исланд и Норвешка, Ерик Соренсен и Улф Хансен, вчера потпишаа договор.", PAIR)
    assert sorted(only(doc, "SUPPORT").actor) == ["E3", "E4"]


def test_owners_joined_by_and_with_no_holders_are_the_participants():
    doc = coded("Министрите на Исланд и Норвешка вчера потпишаа договор за риболов.", PAIR[:2])
    assert sorted(only(doc, "SUPPORT").actor) == ["E1", "E2"]


def test_a_person_after_and_is_coordinated_not_a_second_owner():
    doc = coded("Министерот на Исланд и Улф Хансен вчера потпишаа договор за риболов.", [PAIR[0], PAIR[3]])
    assert sorted(only(doc, "SUPPORT").actor) == ["E1", "E2"]


def test_an_owner_that_ends_the_text_is_read_without_error():
    doc = coded("Договорот за риболов вчера го потпиша министерот на Исланд", PAIR[:1])
    assert [e.type for e in doc.events] == ["SUPPORT"]
