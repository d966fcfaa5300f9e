"""`ги повика страните` asks the sides of the last agreement told, else of the last meeting; an agreement approved
`со X` endorses X (invented sentences)."""
import pytest

from tests.events.helpers import pipeline_events


@pytest.mark.parametrize("text, expected", [
    ("Израел и Хамас во четвртокот го потпишаа договорот за прекин на огнот во Каиро. Генералниот секретар на ОН"
     " Антонио Гутереш ги повика страните целосно да ги почитуваат обврските.", ("REQUEST", ["UNO"], ["ISR", "PSE"])),
    ("Ерменија и Азербејџан вчера потпишаа мировна спогодба во Вашингтон. Германскиот канцелар ги повика страните"
     " да ја спроведат без одлагање.", ("REQUEST", ["DEU"], ["ARM", "AZE"])),
    ("Претседателите на Србија и Хрватска разговараа во Загреб за правата на малцинствата. Америка ги повика страните"
     " да продолжат со дијалогот.", ("REQUEST", ["USA"], ["SRB", "HRV"])),
])
def test_the_sides_asked_are_those_of_the_agreement_or_meeting_told(text, expected):
    assert expected in pipeline_events(text)


def test_sides_with_no_agreement_or_meeting_told_are_no_one():
    events = pipeline_events("Синдикатот најави штрајк во здравството. Омбудсманот ги повика страните да преговараат.")
    # (no sides found: only someone unnamed at home, GUIDELINES, targets named by no one)
    assert [recipients for kind, _, recipients in events if kind == "REQUEST"] == [["MKD"]]


@pytest.mark.parametrize("text, expected", [
    ("Владата на Израел го одобри договорот за прекин на огнот со Хамас.", ("SUPPORT", ["ISR"], ["PSE"])),
    ("Собранието на Србија го одобри договорот за слободна трговија со Египет.", ("SUPPORT", ["SRB"], ["EGY"])),
])
def test_an_agreement_approved_with_a_side_endorses_it(text, expected):
    assert expected in pipeline_events(text)


def test_an_approval_with_no_side_named_is_no_event():
    assert not any(kind == "SUPPORT" for kind, _, _ in pipeline_events("Владата го одобри договорот за изградба на патот."))
