"""Statements that the speaker's own side will not act or change (invented sentences): a refusal of the side whose
demand they answer (guidelines: refusal vs. negation), no event when no demand was made of that side."""
from tests.events.helpers import pipeline_events

ASKED = "Австрија побара од Словенија да го измени законот за шумите. "
MINISTER = "Словенечкиот министер за земјоделство"


def test_the_own_government_not_changing_the_law_refuses_the_side_that_asked():
    events = pipeline_events(ASKED + f"{MINISTER} рече дека владата нема да го менува законот.")
    assert ("REJECT", ["SVN"], ["AUT"]) in events


def test_the_same_words_with_no_demand_told_are_no_event():
    assert pipeline_events(f"{MINISTER} рече дека владата нема да го менува законот.") == []


def test_what_there_will_not_be_is_no_refusal():
    events = pipeline_events(ASKED + f"{MINISTER} рече дека нема да има промени во законот.")
    assert [e for e in events if e[0] == "REJECT"] == []


def test_what_the_asking_state_will_not_do_is_no_refusal_of_the_speaker():
    events = pipeline_events(ASKED + f"{MINISTER} рече дека Австрија нема да го менува својот закон.")
    assert [e for e in events if e[0] == "REJECT"] == []


def test_the_own_state_by_name_not_acting_refuses_the_state_that_asked():
    events = pipeline_events("Унгарија побара од Хрватска да ги отвори граничните премини. Хрватскиот премиер изјави "
                             "дека Хрватска нема да ги отвори премините пред крајот на месецот.")
    assert ("REJECT", ["HRV"], ["HUN"]) in events


def test_the_own_state_by_name_not_acting_with_no_demand_told_is_no_event():
    assert pipeline_events("Хрватскиот премиер изјави дека Хрватска нема да ги отвори премините пред крајот на месецот.") == []


def test_the_speaker_not_voting_after_an_agreement_of_two_governments_answers_no_demand():
    events = pipeline_events("Владите на Австрија и Словенија се договорија за новиот закон за шумите. "
                             f"{MINISTER} рече дека нема да гласа за законот.")
    assert [e for e in events if e[0] == "REJECT"] == []


def test_a_warning_that_the_own_side_will_not_change_is_no_refusal():
    events = pipeline_events(ASKED + f"{MINISTER} предупреди дека владата нема да го менува законот.")
    assert [e for e in events if e[0] == "REJECT"] == []


def test_the_own_government_saying_it_cannot_act_refuses_the_side_that_asked():
    events = pipeline_events(ASKED + f"{MINISTER} рече дека владата не може да го менува законот пред изборите.")
    assert ("REJECT", ["SVN"], ["AUT"]) in events


def test_no_one_being_able_to_act_is_no_refusal_of_the_own_side():
    events = pipeline_events(ASKED + f"{MINISTER} рече дека никој не може да го менува законот пред изборите.")
    assert [e for e in events if e[0] == "REJECT"] == []
