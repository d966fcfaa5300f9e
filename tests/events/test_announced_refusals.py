"""Refusals announced with `нема да` (to meet, talk, disarm, step down, recognise or accept), and appeals told
with `се жали` or `поднесеме жалба` (invented sentences; guidelines: refusals and appeals are REJECT)."""
from __future__ import annotations

from tests.events.helpers import Ent, coded

SKOPJE = Ent(("Скопје",), country="MKD")
ZAGREB = Ent(("Загреб",), country="HRV")
PETROVSKI = Ent(("Петровски",), "PER", "MKD", "GOV")
KOVACIC = Ent(("Ковачиќ",), "PER", "HRV", "GOV")
GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")
REBELS = Ent(("бунтовниците", "Бунтовниците"), "ORG", None, "REB")
APPEALS_COURT = Ent(("Апелациониот суд",), "ORG", "MKD", "JUD")
PARTIES = [SKOPJE, ZAGREB, PETROVSKI, KOVACIC, GOVERNMENT, REBELS, APPEALS_COURT]


def types(text: str) -> list[str]:
    return [e.type for e in coded(text, PARTIES, quotes=True).events]


def test_a_meeting_refused_in_advance_is_a_rejection_of_the_other_side():
    doc = coded("Петровски изјави дека нема да се сретне со Ковачиќ.", PARTIES, quotes=True)
    assert [(e.type, e.actor, e.recipient) for e in doc.events] == [("REJECT", ["E3"], ["E4"])]


def test_a_meeting_refused_until_the_other_side_acts_is_a_threat():
    # guidelines (refusals held until the other side acts), decided after this test first asserted REJECT
    doc = coded("Петровски изјави дека нема да се сретне со Ковачиќ додека Загреб не ги повлече условите.", PARTIES, quotes=True)
    assert [(e.type, e.actor, e.recipient) for e in doc.events] == [("THREATEN", ["E3"], ["E4"])]


def test_a_refusal_held_until_a_named_side_acts_threatens_that_side():
    doc = coded("Владата нема да ја поддржи кандидатурата сè додека Загреб не ги повлече условите.", PARTIES, quotes=True)
    assert [(e.type, e.actor, e.recipient) for e in doc.events] == [("THREATEN", ["E5"], ["E2"])]
    assert types("Петровски рече дека Скопје нема да ги признае резултатите сè додека Загреб не ги повлече условите.") == ["THREATEN"]


def test_a_refusal_held_until_no_one_named_acts_or_told_in_the_past_stays_a_refusal():
    assert types("Командантот рече дека бунтовниците нема да се разоружаат додека не се гарантираат нивните права.") == ["REJECT"]
    assert "THREATEN" not in types("Петровски не се сретна со Ковачиќ додека Загреб не ги повлече условите.")
    assert types("Петровски рече дека Скопје нема да ги признае резултатите додека трае војната.") == ["REJECT"]


def test_a_meeting_that_did_not_happen_or_is_planned_is_no_refusal():
    assert "REJECT" not in types("Петровски не се сретна со Ковачиќ поради лошото време.")
    assert types("Петровски утре ќе се сретне со Ковачиќ во Загреб.") == ["AGREE"]


def test_talks_refused_with_no_named_party_are_still_a_refusal():
    assert types("Петровски рече дека нема да преговара со криминалци.") == ["REJECT"]
    assert types("Портпаролот на Петровски изјави дека Владата нема да преговара со киднаперите.") == ["REJECT"]


def test_talks_held_out_under_a_condition_stay_the_warnings_threat():
    assert types("Петровски предупреди дека, ако Загреб не ги повлече условите, Скопје повеќе нема да преговара за "
                 "договорот.") == ["THREATEN"]


def test_an_announced_refusal_to_disarm_or_step_down_is_no_retreat():
    assert types("Командантот рече дека бунтовниците нема да се разоружаат пред изборите.") == ["REJECT"]
    assert types("Петровски рече дека нема да ја повлече кандидатурата за претседател.") == ["REJECT"]
    assert types("Петровски ја повлече кандидатурата за претседател.") == ["RETREAT"]
    assert "REJECT" not in types("Бунтовниците се разоружаа минатата недела.")


def test_results_or_sanctions_that_will_not_be_recognised_are_refused():
    assert types("Ковачиќ рече дека Хрватска нема да ги признае резултатите од изборите.") == ["REJECT"]
    assert types("Петровски рече дека Македонија нема да ги признае новите санкции.") == ["REJECT"]
    assert types("Петровски изјави дека Скопје никогаш нема да ја признае еднострано прогласената независност.") == ["REJECT"]


def test_an_admission_is_no_recognition_and_no_refusal():
    assert types("Петровски призна дека планот не успеал.") == []
    assert types("Петровски нема да признае дека изборите биле нерегуларни.") == []


def test_a_settlement_a_reading_or_blackmail_that_will_not_be_accepted_is_refused():
    assert types("Ковачиќ изјави дека Хрватска нема да прифати никакво решение надвор од резолуциите на ОН.") == ["REJECT"]
    assert types("Ковачиќ рече дека Загреб нема да прифати нови толкувања на договорот.") == ["REJECT"]
    doc = coded("Петровски рече дека Скопје нема да прифати уцени од Загреб.", PARTIES, quotes=True)
    assert [(e.type, e.recipient) for e in doc.events] == [("REJECT", ["E2"])]
    assert "REJECT" not in types("Ковачиќ го прифати решението на судот.")


def test_an_appeal_told_by_the_reflexive_verb_or_in_the_first_person_plural():
    doc = coded("„Ќе се жалиме до Апелациониот суд“, рече адвокатот на Петровски по изрекувањето на пресудата.", PARTIES,
                quotes=True)
    assert [(e.type, e.status) for e in doc.events] == [("REJECT", "future")]
    assert types("Ковачиќ рече дека ќе поднесеме жалба до Апелациониот суд веднаш штом ја добиеме пресудата.") == ["REJECT"]


def test_a_complaint_or_an_appeal_against_an_acquittal_is_no_refused_ruling():
    assert types("Граѓаните се жалат на бавната работа на судот.") == []
    assert "REJECT" not in types("Обвинителството ќе се жали на ослободителната пресуда.")


def test_anything_announced_as_not_to_be_accepted_or_given_up_is_refused():
    # reject.will_not_accept, reject.will_not_give_up: what is refused need not be a demand or proposal
    assert types("Петровски изјави дека Скопје нема да прифати ниту едно од новите имиња.") == ["REJECT"]
    assert types("Петровски изјави дека Владата нема да се откаже од реформите во судството.") == ["REJECT"]


def test_acceptance_or_giving_up_not_announced_by_the_side_is_no_refusal():
    # an impersonal passive refuses for no one; a past `не прифати` may tell an act not done; a meeting not called off
    assert "REJECT" not in types("Петровски рече дека ниту едно од новите имиња нема да се прифати без расправа.")
    assert "REJECT" not in types("Петровски рече дека Скопје не прифати ниту едно од новите имиња.")
    assert "REJECT" not in types("Петровски рече дека турнејата нема да се откаже поради временските услови.")
