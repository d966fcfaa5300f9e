"""False events of statements (invented sentences): a side open to a talk offers it rather than holding one."""
from tests.events.helpers import Ent, coded

PETROV = Ent(("Марко Петров",), "PER", "MKD", "GOV")
GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")


def types(text: str, entities: list[Ent]) -> list[str]:
    return [e.type for e in coded(text, entities, quotes=True).events]


UNIONS = Ent(("синдикатите",), "ORG", "MKD", "LAB")


def test_a_government_open_to_a_talk_offers_it():
    doc = coded("Министерот Марко Петров рече дека Владата е отворена за разговор со синдикатите.",
                [PETROV, GOVERNMENT, UNIONS], quotes=True)
    assert [e.type for e in doc.events] == ["AGREE"]


def test_a_ministry_ready_for_the_talk_offers_it():
    assert types("Министерот Марко Петров изјави дека Министерството е подготвено за разговорот со синдикатите.",
                 [PETROV, UNIONS]) == ["AGREE"]


def test_a_talk_held_is_still_a_meeting():
    assert types("Министерот Марко Петров вчера водеше разговор со синдикатите.", [PETROV, UNIONS]) == ["CONSULT"]
