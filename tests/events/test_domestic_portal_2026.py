"""Domestic Macedonian portal news of 2026 (parties, courts, unions, municipalities): gaps a blind set
of invented articles showed (invented sentences)."""
from tests.events.helpers import Ent, codes, coded, only

GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")
LEVICA = Ent(("Левица",), "ORG", "MKD", "PTY")


def test_a_discourse_word_between_commas_keeps_the_opening_source_the_speaker():
    # `, пак,` after `Од Левица` does not open a new clause: the second verb is still Levica's
    doc = coded("Од Левица, пак, соопштија дека тендерот е наместен и ја обвинија Владата за криминал.",
                [LEVICA, GOVERNMENT])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [("MKD", "PTY")] and codes(doc, ev.recipient) == [("MKD", "GOV")]
