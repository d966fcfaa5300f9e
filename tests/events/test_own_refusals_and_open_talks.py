"""False events of statements (invented sentences): the speaker's own side refusing is no criticism, and a
side open to a talk offers it rather than holding one."""
from tests.events.helpers import Ent, coded, only

PETROV = Ent(("Марко Петров",), "PER", "MKD", "GOV")
ILIEVSKA = Ent(("Ана Илиевска",), "PER", "MKD", "PTY")
GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")
SKOPJE = Ent(("Скопје",), country="MKD")
SOFIA = Ent(("Софија",), country="BGR")
BELGRADE = Ent(("Белград",), country="SRB")


def types(text: str, entities: list[Ent]) -> list[str]:
    return [e.type for e in coded(text, entities, quotes=True).events]


def test_the_own_government_not_yielding_to_blackmail_is_a_refusal_not_a_criticism():
    doc = coded("Премиерот Марко Петров изјави дека Владата нема да попушти пред уцените на Софија.",
                [PETROV, GOVERNMENT, SOFIA], quotes=True)
    assert [e.type for e in doc.events] == ["REJECT"]
    assert only(doc, "REJECT").recipient == ["E3"]


def test_the_own_capital_not_allowing_lies_is_no_criticism_of_itself():
    assert "ACCUSE" not in types("Премиерот Марко Петров рече дека Скопје нема да дозволи соседите со лаги да го "
                                 "блокираат патот кон Унијата.", [PETROV, SKOPJE])


def test_the_own_capital_not_accepting_provocations_is_no_criticism():
    assert "ACCUSE" not in types("Премиерот Марко Петров порача дека Скопје нема да ги прифати провокациите на "
                                 "Белград.", [PETROV, SKOPJE, BELGRADE])


def test_the_opposition_blaming_the_government_for_what_it_will_not_do_is_still_a_criticism():
    doc = coded("Опозициската лидерка Ана Илиевска рече дека Владата нема да ги исполни ветувањата и дека тоа е скандал.",
                [ILIEVSKA, GOVERNMENT], quotes=True)
    assert only(doc, "ACCUSE").recipient == ["E2"]


def test_another_state_not_keeping_agreements_called_unacceptable_is_still_a_criticism():
    doc = coded("Премиерот Марко Петров изјави дека Белград нема да ги почитува договорите и дека тоа е неприфатливо.",
                [PETROV, BELGRADE], quotes=True)
    assert only(doc, "ACCUSE").recipient == ["E2"]


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
