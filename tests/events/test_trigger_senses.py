"""A trigger word in another sense (issue #5, audit of unseen Assembly speeches): a thing that requires, a state or an
idea ruined or attacked in words, `next` spelt as `ordered`. Sentences written for these tests, each with a twin
where the word is the act."""
from __future__ import annotations

from tests.events.helpers import MACEDONIA, Ent, coded, events_of, only

UNION = Ent(("Синдикатот",), "ORG", "MKD", "LAB")
PARTY = Ent(("ДОМ",), "ORG", "MKD", "PTY")
ARMY = Ent(("Армијата",), "ORG", "MKD", "MIL")


def test_an_abstract_subject_requires_and_asks_no_one():
    gov = Ent(("Владата",), "ORG", "MKD", "GOV")
    assert not events_of(coded("Синдикатот рече дека ситуацијата ги бара тие одлуки од Владата.", [UNION, gov]), "REQUEST")
    assert not events_of(coded("Синдикатот вчера се сретна со Владата и ситуацијата бара брзи одлуки.", [UNION, gov]),
                         "REQUEST")
    assert only(coded("Синдикатот рече дека синдикатот ги бара тие одлуки од Владата.", [UNION, gov]), "REQUEST")
    # the word right before the verb only: a situation named in an aside is no subject
    assert only(coded("Синдикатот, според ситуацијата, бара брзи одлуки од Владата.", [UNION, gov]), "REQUEST")


def test_asking_for_someone_on_the_phone_or_seeking_points_is_no_request():
    assert not events_of(coded("Синдикатот ме побара на телефон вчера попладне.", [UNION]), "REQUEST")
    assert not events_of(coded("Синдикатот бара политички поени со ваквите изјави.", [UNION]), "REQUEST")
    assert only(coded("Синдикатот побара средба со министерот вчера попладне.", [UNION]), "REQUEST")


def test_a_state_or_idea_ruined_is_blame_no_assault():
    assert not events_of(coded("ДОМ ја уништи државата со својата политика.", [PARTY]), "ASSAULT")
    assert not events_of(coded("ДОМ ќе ви ги уништи гласовите со ваквата постапка.", [PARTY]), "ASSAULT")
    assert only(coded("Армијата ја уништи касарната со својата артилерија.", [ARMY]), "ASSAULT")


def test_a_government_attacked_is_attacked_in_words_no_assault():
    assert not events_of(coded("Ние од ДОМ секој ден ја напаѓаме владата.", [PARTY]), "ASSAULT")
    assert only(coded("Ние од ДОМ секој ден ја напаѓаме касарната.", [PARTY]), "ASSAULT")


def test_next_spelt_as_ordered_is_no_order():
    assert not events_of(coded("Во нареден период Владата ќе го измени законот.", [MACEDONIA]), "REQUEST")
    assert only(coded("Нареден е попис на имотот на Владата.", [MACEDONIA]), "REQUEST")


def test_first_and_second_person_attacks_on_a_government_are_in_words():
    gov = Ent(("Владата",), "ORG", "MKD", "GOV")
    assert not events_of(coded("Вие од ДОМ секој ден ја напаѓате Владата без докази.", [PARTY, gov]), "ASSAULT")
    # a physical target keeps the assault
    assert only(coded("Вие од ДОМ секој ден ја напаѓате касарната на Владата.", [PARTY, gov]), "ASSAULT")


def test_killing_oneself_with_work_is_no_killing_but_those_killed_are():
    assert not events_of(coded("Армијата се уби од работа изминатите месеци.", [ARMY]), "ASSAULT")
    assert only(coded("Армијата ги уби бунтовниците изминатите месеци.", [ARMY]), "ASSAULT")
    # `се` before a plural participle is "were": a passive killing
    assert only(coded("Најмалку пет цивили се убиени од Армијата вчера.", [ARMY]), "ASSAULT")


def test_a_document_handed_in_is_no_aid():
    ukraine = Ent(("Украина",), "GPE", "UKR", None)
    assert not events_of(coded("Армијата ѝ ја достави студијата за воената помош на Украина.", [ARMY, ukraine]), "AID")
    assert only(coded("Армијата ѝ ја достави воената помош на Украина.", [ARMY, ukraine]), "AID")


def test_an_application_filed_is_no_demand():
    gov = Ent(("Владата",), "ORG", "MKD", "GOV")
    assert not events_of(coded("Синдикатот го повтори барањето за надомест до Владата.", [UNION, gov]), "REQUEST")
    assert only(coded("Синдикатот го повтори барањето за реформи до Владата.", [UNION, gov]), "REQUEST")
