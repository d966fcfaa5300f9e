"""A state organ that only tells of an arrest by its own state's police (`…, соопшти обвинителството`,
`Според обвинителството, полицијата уапси …`) blames no one: the words of blame describe the suspects;
a party telling the same does blame the police."""
from tests.events.helpers import Ent, coded

POLICE = Ent(("Полицијата", "полицијата"), "ORG", "MKD", "COP")
PROSECUTION = Ent(("обвинителството",), "ORG", "MKD", "JUD")
OPPOSITION = Ent(("опозицијата",), "ORG", "MKD", "PTY")


def test_a_prosecution_telling_of_a_police_arrest_adds_no_accusation():
    doc = coded("Полицијата вчера уапси двајца службеници осомничени за злоупотреба на службената положба, "
                "соопшти обвинителството.", [POLICE, PROSECUTION], quotes=True)
    assert [e.type for e in doc.events] == ["COERCE"]


def test_an_opposition_telling_of_the_same_arrest_still_blames_the_police():
    doc = coded("Полицијата вчера уапси двајца службеници осомничени за злоупотреба на службената положба, "
                "соопшти опозицијата.", [POLICE, OPPOSITION], quotes=True)
    assert sorted(e.type for e in doc.events) == ["ACCUSE", "COERCE"]


def test_an_arrest_attributed_with_according_to_adds_no_accusation():
    doc = coded("Според обвинителството, полицијата ги уапси осомничените за злоупотреба на службената положба.",
                [POLICE, PROSECUTION], quotes=True)
    assert [e.type for e in doc.events] == ["COERCE"]
