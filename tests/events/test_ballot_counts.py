"""A ballot's count of civilians' backing or refusal is an election result, no act (guidelines:
elections and results as such are no event; audit of unseen parliament speeches)."""
from tests.events.helpers import Ent, coded

PARTY = Ent(("Зелената партија",), type="ORG", country="MKD", sector="PTY")
MAYOR = Ent(("Горан Петков",), type="PER", country="MKD", sector="GOV")


def test_voters_backing_a_party_at_elections_is_a_result():
    assert not coded("На локалните избори граѓаните ѝ дадоа силна поддршка на Зелената партија.", [PARTY]).events
    # civilians backing a party where no ballot is told still act
    doc = coded("На собирот граѓаните ѝ дадоа силна поддршка на Зелената партија.", [PARTY])
    assert [e.type for e in doc.events] == ["SUPPORT"]


def test_voters_refusing_a_mayor_at_a_referendum_is_a_result():
    assert not coded("На референдумот жителите го отфрлија предлогот на градоначалникот Горан Петков.", [MAYOR]).events
    # the same refusal told at a public hearing is the residents' act
    doc = coded("На јавната расправа жителите го отфрлија предлогот на градоначалникот Горан Петков.", [MAYOR])
    assert [e.type for e in doc.events] == ["REJECT"]


def test_a_party_backing_a_bill_where_a_vote_is_told_still_acts():
    # the ballot rule is for civilians: a party's stance toward the government's bill stays an event
    gov = Ent(("Владата",), type="ORG", country="MKD", sector="GOV")
    doc = coded("Пред гласањето, Зелената партија ја поддржа одлуката на Владата.", [PARTY, gov])
    assert [e.type for e in doc.events] == ["SUPPORT"]
