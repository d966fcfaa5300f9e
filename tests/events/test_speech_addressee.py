"""A statement naming no other side is told to whom the speech before it addresses: the `на` phrase a dative
clitic doubles (`им порача на X дека … и вети …`) or the one a letter is sent to (`во писмо до X вети …`);
not the press, nor a document's author (`писмото на X`), nor an addressee of another subject's clause."""
from tests.events.helpers import Ent, codes, coded

PREMIER = Ent(("Премиерот Петар Јанев",), "PER", "MKD", "GOV")
FARMERS = Ent(("земјоделците",), "ORG", "MKD", "AGR")
PRESS = Ent(("новинарите",), "ORG", "MKD", "JRN")
GREECE = Ent(("Грција",), "GPE", "GRC")
PROMISE = "дека Владата нема да ги намали субвенциите и вети дека ќе ги исплати до крајот на месецот."


def recipients(doc, etype="AGREE"):
    return [codes(doc, e.recipient) for e in doc.events if e.type == etype]


def test_a_promise_after_a_message_is_made_to_its_addressee():
    doc = coded(f"Премиерот Петар Јанев им порача на земјоделците {PROMISE}", [PREMIER, FARMERS], quotes=True)
    assert recipients(doc) == [[("MKD", "AGR")]]


def test_a_message_to_the_press_gives_the_promise_no_recipient():
    doc = coded(f"Премиерот Петар Јанев им порача на новинарите {PROMISE}", [PREMIER, PRESS], quotes=True)
    assert recipients(doc) == [[]]


def test_a_promise_in_a_letter_is_made_to_whom_the_letter_is_sent():
    doc = coded("Премиерот Петар Јанев во писмо до Грција вети дека Владата ќе ги исполни сите мерила.",
                [PREMIER, GREECE], quotes=True)
    assert recipients(doc) == [[("GRC", None)]]


def test_the_author_of_a_letter_is_not_its_addressee():
    doc = coded("Според писмото на Грција, Премиерот Петар Јанев вети дека Владата ќе ги исполни сите мерила.",
                [PREMIER, GREECE], quotes=True)
    assert recipients(doc) == [[]]


def test_an_addressee_of_another_subjects_clause_is_not_the_promises():
    doc = coded("Грција им забрани влез на земјоделците, Премиерот Петар Јанев вети помош.",
                [PREMIER, FARMERS, GREECE], quotes=True)
    assert [r for r in recipients(doc) if ("MKD", "AGR") in r] == []


def test_a_sentence_opened_by_its_source_still_finds_the_addressee():
    doc = coded("Според соопштението на кабинетот, Премиерот Петар Јанев им рекол на земјоделците дека Владата "
                "останува посветена на договорот.", [PREMIER, FARMERS], quotes=True)
    assert recipients(doc) == [[("MKD", "AGR")]]


def test_a_source_opened_sentence_told_to_the_press_has_no_recipient():
    doc = coded("Според соопштението на кабинетот, Премиерот Петар Јанев им рекол на новинарите дека Владата "
                "останува посветена на договорот.", [PREMIER, PRESS], quotes=True)
    assert recipients(doc) == [[]]
