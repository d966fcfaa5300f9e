"""A side saying it cannot back something (`партијата не може да го поддржи договорот`) refuses it, REJECT, as
`нема да го поддржи` does; a past `не можеше да …` tells support not given (invented sentences, session 39)."""
from tests.events.helpers import Ent, coded

PARTY = Ent(("Народната партија",), type="ORG", country="SRB", sector="PTY")
PM = Ent(("Петровиќ",), type="PER", country="SRB", sector="GOV")


def test_a_present_cannot_is_a_refusal():
    doc = coded("Народната партија денеска соопшти дека не може да го поддржи договорот на Петровиќ.", [PARTY, PM])
    assert [(e.type, e.status) for e in doc.events] == [("REJECT", "asserted")]


def test_a_past_could_not_is_support_not_given():
    doc = coded("Народната партија минатата година не можеше да го поддржи договорот на Петровиќ.", [PARTY, PM])
    assert "REJECT" not in [e.type for e in doc.events]
