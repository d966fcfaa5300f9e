"""Names coordinated right after a collective object (`ги обвинува бунтовниците и Вашингтон`, `побара од синдикатите и
од Европската комисија`) are blamed or asked with it; not the subject of a clause coordinated after (invented sentences)."""
import pytest

from tests.events.helpers import pipeline_events


@pytest.mark.parametrize("text, expected", [
    ("Владата во Дамаск ги обвинува бунтовниците и Вашингтон дека го измислиле нападот.", ("ACCUSE", ["SYR"], ["SYR", "USA"])),
    ("Премиерот Христијан Мицкоски ги обвини опозициските партии и Софија за блокадата.", ("ACCUSE", ["MKD"], ["MKD", "BGR"])),
    ("Хрватскиот премиер ги критикуваше синдикатите и Европската комисија за штрајкот.", ("ACCUSE", ["HRV"], ["HRV", "EUR"])),
])
def test_names_after_a_collective_object_join_it(text, expected):
    assert expected in pipeline_events(text)


@pytest.mark.parametrize("text", [
    "Полицијата го уапси осомничениот и Обвинителството соопшти дека ќе поднесе обвинение.",
    "Полицијата ги уапси демонстрантите и Владата го осуди насилството.",
])
def test_the_subject_of_the_next_clause_is_no_recipient(text):
    arrests = [recipients for kind, _, recipients in pipeline_events(text) if kind == "COERCE"]
    assert arrests and all(len(recipients) == 1 for recipients in arrests)
