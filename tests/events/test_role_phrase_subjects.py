"""Subjects the finder missed: named through a role phrase (a role whose complement names two bodies,
`пратеникот на ОН за Јемен X`; an unnamed official of a body joined to a named person; a body's acronym in
brackets after it), after the speaker preposition past a leading phrase (`По седницата, од X …`) or before
a quoted name, or after the verb when a neuter demonstrative is its fronted object (`Ова го побара X`); on
sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only, pipeline_events

UN = Ent(("ОН",), "ORG", "UNO", "IGO")
YEMEN = Ent(("Јемен",), "GPE", "YEM")
ENVOY = Ent(("Хенрик Даль",), "PER", "UNO", "GOV")
MINISTER = Ent(("Марија Стојанова",), "PER", "MKD", "GOV")
BANK = Ent(("Европската инвестициска банка", "ЕИБ"), "ORG", "EUR", "IGO")


def test_a_role_whose_complement_names_a_body_and_a_place_keeps_its_holder_as_subject():
    doc = coded("Специјалниот пратеник на ОН за Јемен Хенрик Даль ги повика страните да го продолжат примирјето.",
                [UN, YEMEN, ENVOY])
    ev = next(e for e in doc.events if e.trigger.text == "повика")
    assert ev.type == "REQUEST" and codes(doc, ev.actor) == [("UNO", "GOV")]


def test_a_person_and_an_unnamed_official_of_a_body_sign_together():
    doc = coded("Министерката Марија Стојанова и регионалната директорка на Европската инвестициска банка "
                "потпишаа договор за кредит.", [MINISTER, BANK])
    ev = next(e for e in doc.events if "потпишаа" in e.trigger.text)
    assert sorted(codes(doc, ev.actor)) == [("EUR", "IGO"), ("MKD", "GOV")]


def test_a_bodys_acronym_in_brackets_is_no_second_subject():
    doc = coded("Министерката Марија Стојанова и регионалната директорка на Европската инвестициска банка (ЕИБ) "
                "потпишаа договор за кредит.", [MINISTER, BANK])
    ev = next(e for e in doc.events if "потпишаа" in e.trigger.text)
    assert sorted(codes(doc, ev.actor)) == [("EUR", "IGO"), ("MKD", "GOV")]


def test_a_person_set_off_by_a_comma_before_a_role_of_a_body_is_no_pair():
    doc = coded("Марија Стојанова, директорка на Европската инвестициска банка, ги повика владите да инвестираат.",
                [MINISTER, BANK])
    ev = next(e for e in doc.events if e.trigger.text == "повика")
    assert len(ev.actor) == 1  # (the official for the bank, or the person: one actor, not two)


PARTY = Ent(("Левица",), "ORG", "MKD", "PTY")
CABINET = Ent(("Владата",), "ORG", "MKD", "GOV")


def test_the_speaker_preposition_after_a_leading_phrase_names_the_subject():
    doc = coded("По вчерашната седница, од Левица ја обвинија Владата за злоупотреба на буџетот.", [PARTY, CABINET])
    ev = next(e for e in doc.events if e.trigger.text == "обвинија")
    assert ev.type == "ACCUSE" and codes(doc, ev.actor) == [("MKD", "PTY")]
    assert codes(doc, ev.recipient) == [("MKD", "GOV")]


COMMISSION = Ent(("Европската комисија",), "ORG", "EUR", "IGO")
SERBIA = Ent(("Србија",), "GPE", "SRB")


def test_a_fronted_neuter_demonstrative_is_the_object_and_the_name_after_the_verb_its_subject():
    doc = coded("Ова го побара и Европската комисија од Србија.", [COMMISSION, SERBIA])
    ev = next(e for e in doc.events if e.trigger.text == "побара")
    assert ev.type == "REQUEST" and codes(doc, ev.actor) == [("EUR", "IGO")]
    assert codes(doc, ev.recipient) == [("SRB", None)]


COMPANY = Ent(("Мостоградба",), "ORG", "SRB", "BUS")
AGENCY = Ent(("Танјуг",), "ORG", "SRB", "JRN")


def test_the_speaker_preposition_before_a_quoted_name_and_a_news_outlet_told_names_the_subject():
    doc = coded("Од „Мостоградба“ за агенцијата Танјуг ги отфрлија обвинувањата на Владата.", [COMPANY, AGENCY, CABINET])
    ev = next(e for e in doc.events if e.trigger.text == "отфрлија")
    assert ev.type == "REJECT" and codes(doc, ev.actor) == [("SRB", "BUS")]


def test_a_capital_opening_the_sentence_under_во_before_a_plural_verb_with_no_subject_is_its_government():
    found = pipeline_events("Унгарија ја обвини Романија за инцидентот на границата. "
                            "Во Букурешт ваквите обвинувања категорично ги отфрлија.")
    assert ("REJECT", ["ROU"], ["HUN"]) in found  # (the accusations refused are the other side's)


def test_a_role_whose_scope_is_a_named_region_stands_before_its_holder_in_a_coordination():
    minister = Ent(("Марија Стојанова",), "PER", "BGR", "GOV")
    region = Ent(("Западен Балкан",), "LOC")
    envoy = Ent(("Хелена Ланг",), "PER", "DEU", "GOV")
    germany = Ent(("германскиот",), country="DEU", kind="demonym")
    doc = coded("Марија Стојанова и германскиот пратеник за Западен Балкан Хелена Ланг вчера се сретнаа "
                "во Софија.", [minister, region, envoy, germany])
    ev = only(doc, "CONSULT")
    assert ev.actor == ["E1", "E3"]
