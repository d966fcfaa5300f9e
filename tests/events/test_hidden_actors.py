"""Actors told outside the slots a trigger's words give: an authority's `на`, a possessive
pronoun, a pronoun after an opening adverbial (invented sentences)."""
from tests.events.helpers import Ent, coded, only

FBI = Ent(("ФБИ",), type="ORG", country="USA", sector="COP")
SENATOR = Ent(("Џон Смит",), type="PER", country="USA", sector="LEG")
MAYOR = Ent(("Петар Петров",), type="PER", country="MKD", sector="GOV")


def test_an_authority_after_на_with_a_target_after_it_does_the_inquiry():
    doc = coded("Истрагата на ФБИ против сенаторот Џон Смит ќе трае уште еден месец.", [FBI, SENATOR])
    inquiry = only(doc, "ACCUSE")
    assert (inquiry.actor, inquiry.recipient) == (["E1"], ["E2"])


def test_a_person_after_на_is_whom_the_arrest_hits_not_its_actor():
    doc = coded("Апсењето на градоначалникот Петар Петров за злоупотреба предизвика реакции.", [MAYOR])
    assert not [e for e in doc.events if e.type == "COERCE" and e.actor == ["E1"]]


def test_an_authority_after_на_with_no_target_is_an_inquiry_only_wanted():
    doc = coded("Сенаторот рече дека ни треба истрага на ФБИ.", [FBI])
    assert not [e for e in doc.events if e.type == "ACCUSE" and e.actor == ["E1"]]
