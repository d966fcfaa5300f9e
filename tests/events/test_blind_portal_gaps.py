"""Gaps a blind set of invented 2025–2026 portal articles left (a quoted name before a relative clause, a phone
call told by its verb in a relative clause, a recipient inside the words of a payment, an accusation told in two
content clauses, an acronym in brackets, readiness to send or help,
a situation judged, a dateline in capitals), on sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only

UNION = Ent(("Солидарност",), "ORG", "MKD", "LAB")
GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")
FIDAN = Ent(("Хакан Фидан",), "PER", "TUR", "GOV")
LAVROV = Ent(("Сергеј Лавров",), "PER", "RUS", "GOV")


def test_a_quoted_name_before_a_relative_clause_is_its_antecedent_and_the_main_verbs_subject():
    doc = coded("Синдикатот „Солидарност“, кој го организираше штрајкот минатата година, ја поздрави одлуката "
                "и ја повика Владата да ја спроведе.", [UNION, GOVERNMENT])
    assert codes(doc, only(doc, "SUPPORT").actor) == [("MKD", "LAB")]
    request = only(doc, "REQUEST")
    assert codes(doc, request.actor) == [("MKD", "LAB")] and codes(doc, request.recipient) == [("MKD", "GOV")]


def test_a_phone_call_told_by_its_verb_in_a_relative_clause_is_the_antecedents():
    doc = coded("Турскиот министер Хакан Фидан, кој вчера телефонски разговараше со Сергеј Лавров, изјави дека "
                "преговорите се тешки.", [FIDAN, LAVROV])
    ev = only(doc, "CONSULT")
    assert ev.mode == "phone" and ev.trigger.text == "телефонски разговараше"
    assert codes(doc, ev.actor) == [("TUR", "GOV")] and codes(doc, ev.recipient) == [("RUS", "GOV")]
    assert only(coded("Хакан Фидан имаше телефонски разговор со Сергеј Лавров.", [FIDAN, LAVROV]), "CONSULT").mode == "phone"


def test_a_recipient_inside_the_words_of_a_payment_comes_before_a_later_na_phrase():
    commission = Ent(("Европската комисија",), "ORG", "EUR", "IGO")
    albania = Ent(("Албанија",), country="ALB")
    balkans = Ent(("Западен Балкан",), "LOC")
    doc = coded("Европската комисија ѝ исплати на Албанија втора транша од 40 милиони евра од Планот за раст на "
                "Западен Балкан.", [commission, albania, balkans])
    ev = only(doc, "AID")
    assert codes(doc, ev.recipient) == [("ALB", None)]


def test_a_second_content_clause_joined_by_and_is_still_what_the_accusation_alleges():
    israel, hamas = Ent(("Израел",), country="ISR"), Ent(("Хамас",), "ORG", "PSE", "REB")
    doc = coded("Хамас го обвини Израел дека намерно ги одолговлекува разговорите и дека вчера убил десет цивили.", [israel, hamas])
    assert [e.type for e in doc.events] == ["ACCUSE"]


def test_an_acronym_in_brackets_after_a_prepositional_phrase_is_no_subject_of_the_verb():
    police = Ent(("Српската полиција",), "ORG", "SRB", "COP")
    agency = Ent(("Агенцијата за гранична заштита",), "ORG", "EUR", "IGO")
    frontex = Ent(("Фронтекс",), "ORG", "EUR", "IGO")
    doc = coded("Српската полиција, во соработка со Агенцијата за гранична заштита (Фронтекс), вчера уапси шестмина "
                "шверцери.", [police, agency, frontex])
    assert codes(doc, only(doc, "COERCE").actor) == [("SRB", "COP")]


def test_being_ready_to_send_or_help_is_an_offer():
    fidan, turkey = Ent(("Хакан Фидан",), "PER", "TUR", "GOV"), Ent(("Турција",), country="TUR")
    doc = coded("Хакан Фидан рече дека Турција е подготвена да испрати набљудувачи.", [fidan, turkey])
    assert codes(doc, only(doc, "AGREE").actor) == [("TUR", None)]
    ukraine = Ent(("Украина",), country="UKR")
    doc = coded("Германија е подготвена да помогне во обновата на Украина.", [Ent(("Германија",), country="DEU"), ukraine])
    assert codes(doc, only(doc, "AGREE").recipient) == [("UKR", None)]


def test_a_situation_judged_catastrophic_blames_no_one_but_a_judged_conduct_does():
    premier = Ent(("Ал Тани",), "PER", "QAT", "GOV")
    strip, israel = Ent(("Појасот",), country="PSE"), Ent(("Израел",), country="ISR")
    doc = coded("Ал Тани ги повика страните на флексибилност, предупредувајќи дека хуманитарната состојба во Појасот е "
                "„катастрофална“.", [premier, strip], quotes=True)
    assert not [e for e in doc.events if e.type == "ACCUSE"]
    doc = coded("Ал Тани ги повика страните на флексибилност, предупредувајќи дека однесувањето на Израел е "
                "„катастрофално“.", [premier, israel], quotes=True)
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("ISR", None)]


def test_a_dateline_in_capitals_is_no_subject_but_a_capitalised_city_is():
    zagreb = Ent(("ЗАГРЕБ", "Загреб"), country="HRV", sector="GOV")
    doc = coded("ЗАГРЕБ – Илјадници земјоделци протестираа пред Владата.", [zagreb])
    assert codes(doc, only(doc, "PROTEST").actor)[0][1] == "CVL"
    doc = coded("ЗАГРЕБ, 3 март (Хина) – Илјадници земјоделци протестираа пред Владата.", [zagreb])
    assert codes(doc, only(doc, "PROTEST").actor)[0][1] == "CVL"
    doc = coded("Загреб ја обвини Белград за провокации.", [zagreb, Ent(("Белград",), country="SRB", sector="GOV")])
    assert only(doc, "ACCUSE").actor == ["E1"]
