"""A quote that runs over two sentences and is told by the verb after its end (`„… . …“, рече X`): its part in that
last sentence is read as a statement there, like a one-sentence quote (guidelines: Statements carried by a speech
verb); and a warning that codes no threat of its own leaves the act it tells its own threat. Invented 2026
domestic copy; the twins keep a neutral content."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

MINISTER = Ent(("Петар Стојковски", "Стојковски"), "PER", "MKD", "GOV")
ALBANIA = Ent(("Албанија",), country="ALB")


def test_a_threat_in_the_last_sentence_of_a_long_quote_is_coded_at_its_verb():
    doc = coded("„Истрагата е во тек. Кој и да учествувал во измамата, ќе одговара пред законот“, рече Стојковски.",
                [MINISTER], quotes=True)
    ev = only(doc, "THREATEN")
    assert ev.actor == ["E1"] and ev.trigger.text == "рече" and ev.sentence == 1


def test_an_obligation_in_the_last_sentence_of_a_long_quote_is_a_request():
    doc = coded("„Разговорите траат долго. Албанија мора да ги исполни обврските“, изјави Стојковски.",
                [MINISTER, ALBANIA], quotes=True)
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.trigger.text == "изјави"


def test_a_neutral_last_sentence_or_a_verb_before_the_quote_codes_nothing_there():
    doc = coded("„Истрагата е во тек. Сите учесници ќе бидат сослушани во текот на неделата“, рече Стојковски.",
                [MINISTER], quotes=True)
    assert not [e for e in doc.events if e.type in ("THREATEN", "REQUEST", "ACCUSE")]
    doc = coded("„Разговорите траат долго. Албанија и Македонија ќе продолжат да разговараат“, изјави Стојковски.",
                [MINISTER, ALBANIA], quotes=True)
    assert not [e for e in doc.events if e.type == "REQUEST"]


def test_a_protest_held_until_a_leader_goes_stays_the_threat_when_the_quote_codes_none():
    leader = Ent(("Марко Петров", "Петров"), "PER", "MKD", "GOV")
    doc = coded("„Ќе протестираме секоја сабота додека Петров не си замине“, рече Стојковски.",
                [MINISTER, leader], quotes=True)
    assert only(doc, "THREATEN").trigger.text == "протестираме"
    doc = coded("„Ќе протестираме секоја сабота пред зградата на општината“, рече Стојковски.",
                [MINISTER, leader], quotes=True)
    assert not [e for e in doc.events if e.type == "THREATEN"]


def test_blame_in_the_first_sentence_of_a_quote_is_told_by_the_verb_after_it():
    # the quote's first sentence holds the blame, its verb stands after the quote's end in the next sentence
    minister = Ent(("Марко Петров",), "PER", "SRB", "GOV")
    croatia = Ent(("Хрватска",), country="HRV")
    doc = coded("„Ова е отворена агресија на Хрватска. Ќе ја браниме границата“, рече министерот Марко Петров.",
                [croatia, minister], quotes=True)
    found = [e for e in doc.events if e.type == "ACCUSE"]
    assert len(found) == 1 and found[0].trigger.text == "рече" and found[0].recipient == ["E1"]


def test_a_neutral_first_sentence_of_a_quote_carries_no_blame():
    minister = Ent(("Марко Петров",), "PER", "SRB", "GOV")
    croatia = Ent(("Хрватска",), country="HRV")
    doc = coded("„Ова е отворен разговор со Хрватска. Ќе ја браниме границата“, рече министерот Марко Петров.",
                [croatia, minister], quotes=True)
    assert not [e for e in doc.events if e.type == "ACCUSE"]
