"""An unnamed collective takes the state of the institutions its clause names, but not of one that is the act's
object after it, bare or aimed at (`против`): that is the other side's."""
from tests.events.helpers import Ent, coded

POLICE = Ent(("Српската полиција",), "ORG", "SRB", "COP")


def actor_countries(text: str) -> list[str | None]:
    doc = coded(text, [POLICE])
    by_id = {e.id: e for e in doc.entities}
    return [by_id[a].country for ev in doc.events for a in ev.actor]


def test_the_institution_blamed_gives_the_blamers_no_state():
    assert actor_countries("Демонстрантите вчера ја обвинија Српската полиција за насилство.") == [None]


def test_the_institution_protested_against_gives_the_protesters_no_state():
    assert actor_countries("Демонстрантите вчера протестираа против Српската полиција.") == [None]


def test_the_institution_protested_before_gives_the_protesters_its_state():
    assert actor_countries("Демонстрантите вчера протестираа пред Српската полиција.") == ["SRB"]
