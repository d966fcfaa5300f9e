"""Obligations in a reported statement (invented sentences): what would have had to be (`ќе морало да`) is a
consequence told, no demand; a plain `мора да` laid on a name still is one."""
from tests.events.helpers import Ent, coded, only

PETROVA = Ent(("Ана Петрова",), "PER", "MKD", "GOV")
OPPOSITION_LEADER = Ent(("Иван Стојанов",), "PER", "MKD", "PTY")
UTILITY = Ent(("Топлификација",), "ORG", "MKD", "BUS")
GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")


def requests(text: str, entities: list[Ent]) -> list:
    return [e for e in coded(text, entities, quotes=True).events if e.type == "REQUEST"]


def test_a_company_that_would_have_had_to_borrow_is_asked_nothing():
    assert requests("Министерката Ана Петрова додаде дека без поскапувањето Топлификација ќе морало да се задолжува "
                    "за да го плати гасот.", [PETROVA, UTILITY]) == []


def test_a_government_that_would_have_had_to_cut_spending_is_asked_nothing():
    assert requests("Иван Стојанов рече дека без заемот Владата ќе морала да ги намали платите.",
                    [OPPOSITION_LEADER, GOVERNMENT]) == []


def test_a_government_that_must_cut_spending_is_asked_to():
    doc = coded("Иван Стојанов рече дека Владата мора да ги намали трошоците за возниот парк.",
                [OPPOSITION_LEADER, GOVERNMENT], quotes=True)
    assert only(doc, "REQUEST").recipient == ["E2"]
