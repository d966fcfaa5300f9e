"""Triggers once dropped for want of an actor: a told clause's dropped subject when an unnamed organ or
collective tells it, and a meeting that sets the act of a body's members."""
from tests.events.helpers import Ent, coded

COURT = Ent(("Врховниот суд",), "ORG", "MKD", "JUD")
NATO = Ent(("НАТО",), "ORG", "IGO", "IGO")


def of_type(doc, etype):
    return [e for e in doc.events if e.type == etype]


def sector_of(doc, ident):
    return next(e.sector for e in doc.entities if e.id == ident)


def test_the_unnamed_tellers_go_on_in_a_second_told_clause():
    doc = coded("Адвокатите на осудените изјавија дека одлуката е неправедна и дека ќе се жалат до Врховниот суд.",
                [COURT])
    appeal = [e for e in doc.events if "жалат" in e.trigger.text]
    assert len(appeal) == 1 and "actor:collective" in appeal[0].rule
    assert sector_of(doc, appeal[0].actor[0]) == "JUD"


def test_a_told_clause_with_a_subject_of_its_own_keeps_it_from_the_tellers():
    doc = coded("Адвокатите на осудените изјавија дека одлуката е неправедна и дека таа ќе се жали до Врховниот суд.",
                [COURT])
    assert not any("actor:collective" in e.rule for e in doc.events if "жали" in e.trigger.text)


def test_the_collective_of_the_act_before_tells_what_it_will_do():
    doc = coded("Една од банките ги отфрли наодите на инспекцијата и најави дека ќе поднесе тужба до Врховниот суд.",
                [COURT])
    suit = [e for e in of_type(doc, "ACCUSE") if "тужба" in e.trigger.text]
    assert len(suit) == 1 and "actor:collective" in suit[0].rule


def test_a_subordinate_clause_with_a_pronoun_subject_does_not_take_the_tellers():
    doc = coded("Синдикалците инсистираа дека таа ќе продолжи со обидите да постигне договор со Врховниот суд.",
                [COURT])
    assert not any("actor:collective" in e.rule for e in of_type(doc, "AGREE"))


def test_the_members_of_a_body_acting_at_a_meeting_met_there():
    doc = coded("Министрите за одбрана на НАТО вчера на средбата во Брисел не постигнаа согласност за буџетот.", [NATO])
    meeting = of_type(doc, "CONSULT")
    assert len(meeting) == 1 and meeting[0].actor == ["E1"] and "actor:possessor" in meeting[0].rule


def test_a_meeting_to_come_in_the_members_sentence_is_not_told_as_held():
    doc = coded("Министрите за одбрана на НАТО на средбата во среда ќе треба да одлучат за буџетот.", [NATO])
    assert not any("actor:possessor" in e.rule and e.type == "CONSULT" for e in doc.events)
