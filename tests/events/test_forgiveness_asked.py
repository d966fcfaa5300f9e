"""Forgiveness asked (`побара прошка од семејствата`) is an apology, CONCEDE; help asked of them stays a request
(invented sentences, session 39)."""
from tests.events.helpers import Ent, coded

MINISTER = Ent(("Марковски",), type="PER", country="MKD", sector="GOV")


def test_forgiveness_asked_is_an_apology():
    doc = coded("Во обраќањето министерот Марковски побара прошка од семејствата на жртвите.", [MINISTER])
    assert [(e.type, e.actor) for e in doc.events] == [("CONCEDE", ["E1"])]


def test_help_asked_is_a_request():
    doc = coded("Во обраќањето министерот Марковски побара помош од семејствата на жртвите.", [MINISTER])
    assert [e.type for e in doc.events] == ["REQUEST"]
