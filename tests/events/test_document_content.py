"""What a signed document binds its parties to, told in its oblique relative clause (`потпишаа договор, со кој се
обврзуваат …`), is its content, no commitment of its own; a commitment told by its own verb stays one (invented
sentences, session 41)."""
from tests.events.helpers import Ent, coded

SERBIA = Ent(("Србија",), country="SRB")
HUNGARY = Ent(("Унгарија",), country="HUN")
GREECE = Ent(("Грција",), country="GRC")
BULGARIA = Ent(("Бугарија",), country="BGR")


def test_a_treaty_binding_both_sides_is_no_second_commitment():
    doc = coded("Србија и Унгарија вчера во Суботица потпишаа договор за граничната река, со кој двете страни се "
                "обврзуваат да ја чистат заеднички.", [SERBIA, HUNGARY])
    assert "AGREE" not in [e.type for e in doc.events]


def test_a_commitment_after_a_signing_by_its_own_verb_stays():
    doc = coded("Србија и Унгарија вчера во Суботица потпишаа договор за граничната река, а двете страни се "
                "обврзаа да ја чистат заеднички.", [SERBIA, HUNGARY])
    assert "AGREE" in [e.type for e in doc.events]


def test_an_old_accord_named_in_an_accusation_commits_no_one_now():
    doc = coded("Бугарија ја обвини Грција дека ја прекршила спогодбата од 2001 година, со која Атина се обврзала да "
                "не го попречува транзитот.", [BULGARIA, GREECE])
    assert [e.type for e in doc.events] == ["ACCUSE"]


def test_a_commitment_in_a_relative_clause_of_no_document_stays():
    doc = coded("Бугарија вчера ја прими делегацијата на Грција, со која Атина се обврза да го отвори транзитот.",
                [BULGARIA, GREECE])
    assert "AGREE" in [e.type for e in doc.events]
