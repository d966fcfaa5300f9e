"""A side calling its own supporters to a protest (`ги повика своите поддржувачи на протест`) announces the protest
it will hold, PROTEST future; a call on the citizens stays a call (invented sentences, session 39)."""
from tests.events.helpers import Ent, coded

PARTY = Ent(("Народната партија",), type="ORG", country="SRB", sector="PTY")


def test_supporters_called_to_a_protest_is_the_protest_announced():
    doc = coded("Народната партија ги повика своите поддржувачи на протест во саботата.", [PARTY])
    assert [(e.type, e.status, e.actor) for e in doc.events] == [("PROTEST", "future", ["E1"])]


def test_citizens_called_to_a_protest_is_a_call():
    doc = coded("Народната партија ги повика граѓаните на протест во саботата.", [PARTY])
    assert [e.type for e in doc.events] == ["REQUEST"]


def test_the_headlines_protest_is_the_one_the_supporters_are_called_to():
    doc = coded("Народната партија не ги признава резултатите, најави протест\n\nНародната партија вчера ги повика "
                "своите поддржувачи на протест во саботата.", [PARTY], "2025-03-12")
    protests = [e for e in doc.events if e.type == "PROTEST"]
    assert len(protests) == 1 and protests[0].trigger.text.startswith("повика")
