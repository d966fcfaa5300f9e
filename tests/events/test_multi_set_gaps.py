"""Gaps several invented 2025–2026 article sets left (fighting told by nouns, air defence, appeals, assurances, an
unnamed minister as subject, fronted objects, sanctions on firms of several states, conditional warnings, dates of
renarrated acts, the two sides of a conflict), on sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import RUSSIA, Ent, codes, coded, only

ISRAEL = Ent(("Израел",), country="ISR")
HAMAS = Ent(("Хамас",), "ORG", "PSE", "REB")
AZERBAIJAN = Ent(("Азербејџан",), country="AZE")
ARMENIA = Ent(("Ерменија",), country="ARM")
UKRAINIAN = Ent(("Украинската", "украински"), country="UKR", kind="demonym")
RUSSIAN = Ent(("руски", "руските"), country="RUS", kind="demonym")


def test_fighting_and_clashes_told_by_plural_nouns_are_assault_between_the_sides():
    doc = coded("Во Газа продолжија тешките борби меѓу Израел и Хамас.", [ISRAEL, HAMAS])
    ev = only(doc, "ASSAULT")
    assert ev.trigger.text == "борби" and codes(doc, ev.actor) == [("ISR", None), ("PSE", "REB")]
    doc = coded("Нови судири меѓу Азербејџан и Ерменија избувнаа на границата.", [AZERBAIJAN, ARMENIA])
    assert only(doc, "ASSAULT").trigger.text == "судири"
    assert not coded("Владата ги засили борбите против корупцијата и криминалот.", []).events
    assert not [e for e in coded("Судирите меѓу демонстрантите и полицијата траеја до доцна.", []).events
                if e.type == "ASSAULT"]


def test_air_defence_named_by_its_adjective_is_the_states_military_and_drones_brought_down_its_target():
    doc = coded("Украинската противвоздушна одбрана собори 40 руски дронови.", [UKRAINIAN, RUSSIAN])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [("UKR", "MIL")] and codes(doc, ev.recipient) == [("RUS", "MIL")]
    doc = coded("Русија соопшти дека нејзината противвоздушна одбрана урнала 25 украински беспилотни летала.",
                [RUSSIA, UKRAINIAN])
    ev = only(doc, "ASSAULT")
    assert ev.trigger.text == "урнала" and codes(doc, ev.actor) == [("RUS", "MIL")]
    assert not coded("Невремето урна неколку дрва во паркот.", []).events


def test_an_appeal_against_a_conviction_is_reject_and_against_an_acquittal_accuse_allege():
    gruevski = Ent(("Груевски",), "PER", "MKD", "PTY")
    doc = coded("Адвокатот на Груевски ќе поднесе жалба против пресудата.", [gruevski])
    ev = only(doc, "REJECT")
    assert ev.trigger.text == "поднесе жалба" and ev.status == "future"
    doc = coded("Обвинителството ќе поднесе жалба на ослободителната пресуда.",
                [Ent(("Обвинителството",), "ORG", "MKD", "JUD")])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "allege" and ev.status == "future"
    assert not coded("Граѓаните поднесоа жалба до Народниот правобранител за бучавата.", []).events


def test_assuring_someone_of_a_commitment_is_agree_toward_the_clitics_object_but_not_a_reassurance():
    doc = coded("Венс ги увери сојузниците во НАТО дека САД ќе останат во Алијансата.",
                [Ent(("Венс",), "PER", "USA", "GOV"), Ent(("НАТО",), "ORG", "IGO", "IGO")])
    ev = only(doc, "AGREE")
    assert ev.trigger.text == "увери" and codes(doc, ev.actor) == [("USA", "GOV")] and ev.recipient
    assert not coded("Мицкоски ги увери граѓаните дека нема опасност од поплави.", [Ent(("Мицкоски",), "PER", "MKD", "GOV")]).events


def test_an_unnamed_minister_signing_with_an_international_body_is_the_home_states():
    doc = coded("Министерот за финансии потпиша договор со Светската банка за нов заем.", [Ent(("Светската банка",), "ORG", "IGO", "IGO")])
    ev = only(doc, "SUPPORT")
    assert codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("IGO", "IGO")]


def test_an_act_named_by_the_noun_opening_the_clause_before_a_doubled_verb_is_its_object():
    doc = coded("Апелот го поддржа Германија.", [Ent(("Германија",), country="DEU")])
    ev = only(doc, "SUPPORT")
    assert ev.trigger.text == "поддржа" and codes(doc, ev.actor) == [("DEU", None)]
    doc = coded("Нападот врз болницата го осуди Франција.", [Ent(("Франција",), country="FRA")])
    assert codes(doc, only(doc, "ACCUSE").actor) == [("FRA", None)]


def test_sanctions_on_companies_of_several_states_are_aimed_at_each_state():
    doc = coded("ЕУ воведе санкции против компании од Русија и Белорусија.",
                [Ent(("ЕУ",), "ORG", "EUR", "IGO"), RUSSIA, Ent(("Белорусија",), country="BLR")])
    assert codes(doc, only(doc, "SANCTION").recipient) == [("RUS", None), ("BLR", None)]


def test_a_warning_of_what_follows_a_condition_is_a_threat_to_the_one_named_but_not_a_forecast():
    doc = coded("Трамп предупреди дека ако Иран не се откаже од нуклеарната програма, ќе следуваат воени удари.",
                [Ent(("Трамп",), "PER", "USA", "GOV"), Ent(("Иран",), country="IRN")], quotes=True)
    ev = only(doc, "THREATEN")
    assert codes(doc, ev.actor) == [("USA", "GOV")] and codes(doc, ev.recipient) == [("IRN", None)]
    assert not coded("Економистите предупредија дека ако инфлацијата продолжи, цените ќе растат.", [], quotes=True).events


def test_the_renarrated_past_after_a_dated_meeting_takes_the_meetings_date():
    doc = coded("Министерот Муцунски во вторникот се сретна со Пленковиќ. Муцунски ја повикал Хрватска да ја поддржи "
                "Македонија.", [Ent(("Муцунски",), "PER", "MKD", "GOV"), Ent(("Пленковиќ",), "PER", "HRV", "GOV"),
                                Ent(("Хрватска",), country="HRV"), Ent(("Македонија",), country="MKD")])
    assert only(doc, "CONSULT").date == only(doc, "REQUEST").date == "2024-05-07"


def test_an_announced_appeal_after_an_acquittal_is_accuse_allege():
    doc = coded("Поранешниот директор е ослободен од обвинението, а обвинителството најави жалба.", [])
    assert only(doc, "ACCUSE").mode == "allege"


def test_the_two_sides_are_the_actors_of_the_last_hostile_acts_of_two_countries():
    doc = coded("Израелската армија изврши воздушни напади врз Газа. Хамас испука ракети кон Тел Авив. Двете страни "
                "се обвинуваат за прекршување на примирјето.",
                [Ent(("Израелската армија",), "ORG", "ISR", "MIL"), Ent(("Газа",), country="PSE"), HAMAS,
                 Ent(("Тел Авив",), country="ISR")])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [("ISR", "MIL"), ("PSE", "REB")]


def test_a_role_phrase_after_a_doubled_verb_opens_its_subject_and_is_no_recipient():
    doc = coded("Нападот го осуди генералниот секретар на ОН Антонио Гутерес.",
                [Ent(("ОН",), "ORG", "UNO", "IGO"), Ent(("Антонио Гутерес",), "PER", "UNO", "IGO")])
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E2"] and not ev.recipient
