"""Accusations, inquiries and charges told by other words than a speech verb, and their negative twins. Every sentence
here is invented."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, events_of

COMMISSION = Ent(("Државната комисија за спречување на корупцијата",), "ORG", "MKD", "GOV")
COUNCIL = Ent(("Судскиот совет",), "ORG", "MKD", "JUD")
GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")


def accusations(doc):
    return events_of(doc, "ACCUSE")


def test_a_case_opened_against_unnamed_targets_is_an_inquiry():
    for sentence, body in (
            ("Државната комисија за спречување на корупцијата отвори постапки против уште три општини.", COMMISSION),
            ("Државната комисија за спречување на корупцијата отвори предмет за набавките на болницата.", COMMISSION),
            ("Судскиот совет поведе постапка за утврдување одговорност на судијка.", COUNCIL)):
        found = accusations(coded(sentence, [body]))
        assert len(found) == 1 and found[0].actor == ["E1"] and found[0].mode == "investigate", sentence


def test_a_procedure_opened_for_a_purchase_is_no_inquiry():
    assert not accusations(coded("Владата покрена постапка за набавка на нови возила.", [GOVERNMENT]))


DEFENDANT = Ent(("Стојан Петров",), "PER", "MKD", "GOV")


def test_a_trial_told_going_on_or_opening_is_an_accusation_of_the_defendant():
    for sentence in ("Во Скопје вчера продолжи судењето на поранешниот министер Стојан Петров.",
                     "Судењето на Стојан Петров продолжува во понеделник.",
                     "Во Кривичниот суд почна судењето на Стојан Петров за злоупотреба."):
        found = accusations(coded(sentence, [DEFENDANT]))
        assert len(found) == 1 and found[0].mode == "allege" and found[0].recipient == ["E1"], sentence


def test_a_trial_only_spoken_of_or_a_match_refereed_is_no_accusation():
    for sentence in ("Стојан Петров рече дека ова не е судење туку политички прогон.",
                     "Натпреварот продолжи по паузата, а судењето на арбитрите продолжи да биде лошо."):
        assert not accusations(coded(sentence, [DEFENDANT])), sentence


PROSECUTION = Ent(("Обвинителството",), "ORG", "MKD", "JUD")
DIRECTOR = Ent(("Стојан Петров",), "PER", "MKD", "BUS")
MINISTER = Ent(("Министерот",), "ORG", "MKD", "GOV")


def test_an_order_issued_for_an_investigation_opens_it():
    doc = coded("Обвинителството издаде наредба за спроведување истрага против директорот Стојан Петров.",
                [PROSECUTION, DIRECTOR])
    assert [(e.type, e.mode, e.actor, e.recipient) for e in doc.events] == [("ACCUSE", "investigate", ["E1"], ["E2"])]


def test_an_order_issued_for_other_acts_stays_an_order():
    doc = coded("Министерот издаде наредба за засилени контроли на границата.", [MINISTER])
    assert [e.type for e in doc.events] == ["REQUEST"]


TRIBUNAL = Ent(("Трибуналот",), "ORG", "UNO", "JUD")
MAYOR = Ent(("Стојан Петров",), "PER", "MKD", "GOV")
CITIZENS = Ent(("граѓаните",), "ORG", "MKD", "CVL")
STRUCTURE = Ent(("Специјалната структура",), "ORG", "ALB", "JUD")


def test_a_charge_told_by_the_verb_with_a_tribunal_or_a_crime_named():
    for sentence, ents in (("Трибуналот го товари Стојан Петров за злосторства против цивили.", [TRIBUNAL, MAYOR]),
                           ("Специјалната структура го товари Стојан Петров за корупција и перење пари.", [STRUCTURE, MAYOR])):
        found = accusations(coded(sentence, ents))
        assert len(found) == 1 and found[0].mode == "allege", sentence


def test_a_burden_laid_by_the_same_verb_is_no_charge():
    assert not accusations(coded("Новиот данок ги товари граѓаните со дополнителни трошоци.", [CITIZENS]))


GREEK_MINISTER = Ent(("Петрос Папас",), "PER", "GRC", "GOV")


def test_deep_regret_at_a_decision_told_with_degree_words_is_disapproval():
    for sentence in ("Петрос Папас изрази „длабоко жалење“ поради американската одлука.",
                     "Петрос Папас изрази длабоко жалење поради одлуката на Владата."):
        found = coded(sentence, [GREEK_MINISTER]).events
        assert [(e.type, e.mode, e.actor) for e in found] == [("ACCUSE", "disapprove", ["E1"])], sentence


def test_deep_regret_at_a_death_stays_regret():
    found = coded("Петрос Папас изрази длабоко жалење за смртта на пилотот.", [GREEK_MINISTER]).events
    assert [e.type for e in found] == ["CONCEDE"]


WAR_CRIMES_COURT = Ent(("Специјалниот суд за воени злосторства",), "ORG", "SRB", "JUD")
SUSPECT = Ent(("Стојан Петров",), "PER", "SRB", "MIL")
COUNCIL_EU = Ent(("Советот на ЕУ",), "ORG", "EUR", "IGO")
HUNGARY = Ent(("Унгарија",), country="HUN")


def test_a_war_crimes_court_questioning_a_suspect_opens_an_inquiry():
    found = accusations(coded("Специјалниот суд за воени злосторства вчера го сослуша Стојан Петров и му одреди притвор.",
                              [WAR_CRIMES_COURT, SUSPECT]))
    assert [(e.mode, e.actor, e.recipient) for e in found] == [("investigate", ["E1"], ["E2"])]


def test_a_council_hearing_a_member_state_is_no_inquiry():
    assert not accusations(coded("Советот на ЕУ вчера ја сослуша Унгарија за владеењето на правото.", [COUNCIL_EU, HUNGARY]))


SPAIN_GOVERNMENT = Ent(("Владата во Мадрид",), "ORG", "ESP", "GOV")


def test_an_act_characterised_as_illegal_is_criticism_and_as_historic_praise():
    found = coded("Владата во Мадрид го карактеризираше референдумот како нелегален.", [SPAIN_GOVERNMENT]).events
    assert [(e.type, e.mode, e.actor) for e in found] == [("ACCUSE", "disapprove", ["E1"])]
    found = coded("Владата во Мадрид го карактеризираше договорот како историски.", [SPAIN_GOVERNMENT]).events
    assert [(e.type, e.actor) for e in found] == [("SUPPORT", ["E1"])]


def test_an_act_characterised_in_plain_words_is_no_judgement():
    assert not coded("Владата во Мадрид го карактеризираше состанокот како работен.", [SPAIN_GOVERNMENT]).events


PREMIER = Ent(("Премиерот",), "ORG", "MKD", "GOV")
OPPOSITION = Ent(("опозицијата",), "ORG", "MKD", "PTY")


def test_accusations_repeated_are_made_again():
    found = accusations(coded("Премиерот ги повтори обвинувањата против опозицијата.", [PREMIER, OPPOSITION]))
    assert [(e.mode, e.actor, e.recipient) for e in found] == [("allege", ["E1"], ["E2"])]


def test_another_side_s_accusations_echoed_as_false_are_no_accusation():
    assert not accusations(coded("Премиерот ги повтори обвинувањата на опозицијата и рече дека се лажни.",
                                 [PREMIER, OPPOSITION]))


PROSECUTOR_OFFICE = Ent(("Обвинителството",), "ORG", "MKD", "JUD")
DEFENCE = Ent(("Одбраната",), "ORG", "MKD", "JUD")


def test_an_appeal_against_an_acquittal_told_by_the_reflexive_verb_still_seeks_a_conviction():
    found = coded("Обвинителството ќе се жали на ослободителната пресуда.", [PROSECUTOR_OFFICE]).events
    assert [(e.type, e.mode, e.actor) for e in found] == [("ACCUSE", "allege", ["E1"])]


def test_an_appeal_against_a_conviction_stays_a_rejection_and_a_complaint_of_pain_is_none():
    found = coded("Одбраната соопшти дека ќе се жали на пресудата од пет години затвор.", [DEFENCE]).events
    assert [e.type for e in found] == ["REJECT"]
    assert not accusations(coded("Стојан Петров се жали на болки во грбот откако беше ослободен од болница.", [MAYOR]))
