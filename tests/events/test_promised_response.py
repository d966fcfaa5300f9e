"""A response promised to another's measure (`Москва вети одговор`) is retaliation, a threat (guidelines: promises of
retaliation); an answer promised to questions is none (invented sentences, session 39)."""
from tests.events.helpers import Ent, coded


MOSCOW = Ent(("Москва",), country="RUS")
USA = Ent(("САД",), country="USA")


def test_a_response_promised_to_a_measure_is_a_threat():
    doc = coded("САД протераа 20 руски дипломати, Москва вети одговор", [USA, MOSCOW])
    assert [e.type for e in doc.events if e.trigger.text == "вети"] == ["THREATEN"]


def test_help_promised_stays_a_promise():
    doc = coded("САД протераа 20 руски дипломати, Москва вети помош", [USA, MOSCOW])
    assert [e.type for e in doc.events if e.trigger.text == "вети"] == ["AGREE"]


def test_an_answer_promised_to_questions_is_no_threat():
    doc = coded("Москва вети одговор на сите прашања на новинарите.", [MOSCOW])
    assert not [e for e in doc.events if e.type == "THREATEN"]
