"""What a rejected document would do, told in its oblique relative clause (`го одби нацртот со кој се бара …`), is
not done; a document adopted does it (invented sentences, session 39)."""
from tests.events.helpers import Ent, coded

COUNCIL = Ent(("Советот за безбедност",), type="ORG", country=None, sector="IGO")
FRANCE = Ent(("Франција",), country="FRA")
ALBANIA = Ent(("Албанија",), country="ALB")


def test_a_vetoed_draft_demands_nothing():
    doc = coded("Франција вчера ја одби резолуцијата со која се бара од Албанија итно примирје.",
                [FRANCE, ALBANIA])
    assert [e.type for e in doc.events] == ["REJECT"]


def test_an_adopted_draft_still_demands():
    doc = coded("Франција вчера ја усвои резолуцијата со која се бара од Албанија итно примирје.",
                [FRANCE, ALBANIA])
    assert "REQUEST" in [e.type for e in doc.events]


def test_a_rejected_resolution_condemns_no_one():
    doc = coded("Советот за безбедност ја отфрли резолуцијата со која се осудуваат нападите врз Албанија.",
                [COUNCIL, ALBANIA])
    assert "ACCUSE" not in [e.type for e in doc.events]


def test_a_resolution_passed_condemns():
    doc = coded("Советот за безбедност ја донесе резолуцијата со која се осудуваат нападите врз Албанија.",
                [COUNCIL, ALBANIA])
    assert "ACCUSE" in [e.type for e in doc.events]


def test_a_cancelled_session_still_tells_what_was_asked_there():
    doc = coded("Минатата недела Франција ја откажа седницата на која Албанија бараше да се гласа за продолжување на "
                "разговорите.", [FRANCE, ALBANIA])
    assert "REQUEST" in [e.type for e in doc.events]

