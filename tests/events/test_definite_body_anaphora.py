"""A definite noun of no sector (`Движењето`, `Мисијата`, `Групата`) that opens a sentence stands for the
body named in the last sentences with that noun's stem, else for no one; a pronoun for the unnamed holder of
an office of such a body, or for the person a quote closed by `рече тој` kept: sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, pipeline_events

MOVEMENT = Ent(("Движењето Слободна Иднина",), "ORG", "MKD", "PTY")
PARTY = Ent(("Партијата Нова Сила",), "ORG", "MKD", "PTY")
GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")
BANK_MISSION = Ent(("Мисијата на Светската банка",), "ORG", "IGO", "IGO")
ALBANIA_GOVERNMENT = Ent(("Владата на Албанија",), "ORG", "ALB", "GOV")


def events_of(doc, type_: str) -> list:
    return [e for e in doc.events if e.type == type_]


def test_the_movement_is_the_movement_named_before():
    doc = coded("Движењето Слободна Иднина одржа собир во Битола. Движењето ја повика Владата да ги намали цените на "
                "струјата.", [MOVEMENT, GOVERNMENT])
    [request] = events_of(doc, "REQUEST")
    assert codes(doc, request.actor) == [("MKD", "PTY")] and codes(doc, request.recipient) == [("MKD", "GOV")]


def test_the_mission_is_the_mission_named_before():
    doc = coded("Мисијата на Светската банка ја заврши посетата на Тирана. Мисијата ја пофали Владата на Албанија за "
                "реформите во енергетиката.", [BANK_MISSION, ALBANIA_GOVERNMENT])
    [praise] = events_of(doc, "SUPPORT")
    assert codes(doc, praise.actor) == [("IGO", "IGO")] and codes(doc, praise.recipient) == [("ALB", "GOV")]


def test_the_group_is_the_one_the_noun_was_apposed_to():
    rebels = Ent(("Ал Нур",), "ORG", "TCD", "REB")
    chad = Ent(("Чад",), country="TCD")
    doc = coded("Борци на групата Ал Нур нападнаа воена база во северен Чад. Групата се закани дека ќе ги продолжи "
                "нападите врз војската.", [rebels, chad])
    [threat] = events_of(doc, "THREATEN")
    assert codes(doc, threat.actor) == [("TCD", "REB")]


def test_no_body_named_before_leaves_the_movement_no_actor():
    doc = coded("Граѓаните на Битола излегоа на собир. Движењето ја повика Владата да ги намали цените на струјата.",
                [GOVERNMENT])
    assert not any(codes(doc, e.actor) for e in events_of(doc, "REQUEST"))


def test_a_body_of_another_kind_is_not_the_movement():
    doc = coded("Партијата Нова Сила одржа собир во Битола. Движењето ја повика Владата да ги намали цените на "
                "струјата.", [PARTY, GOVERNMENT])
    assert not any(("MKD", "PTY") in codes(doc, e.actor) for e in events_of(doc, "REQUEST"))


def test_a_movement_named_long_before_is_no_antecedent():
    doc = coded("Движењето Слободна Иднина одржа собир во Битола. Собирот траеше два часа. Полицијата го обезбедуваше "
                "плоштадот. Врнеше цело попладне. Улиците беа празни. Движењето ја повика Владата да ги намали цените "
                "на струјата.", [MOVEMENT, GOVERNMENT])
    assert not any(("MKD", "PTY") in codes(doc, e.actor) for e in events_of(doc, "REQUEST"))


def test_a_knowledge_base_name_with_the_noun_finds_the_movement():
    # Hamas is also `Движењето Хамас` in the knowledge base
    found = pipeline_events("Хамас ги отфрли обвинувањата за кршење на примирјето. Движењето ги повика Египет и Катар "
                            "да извршат притисок врз Израел.")
    assert ("REQUEST", ["PSE"], ["EGY", "QAT"]) in found


PETROV = Ent(("Петар Петров",), "PER", "MKD", "GOV")
OPPOSITION = Ent(("СДСМ",), "ORG", "MKD", "PTY")


def test_the_pronoun_after_the_chief_of_a_mission_told_before_is_the_mission():
    doc = coded("Мисијата на Светската банка ја заврши посетата на Тирана. Шефот на мисијата изјави дека реформите "
                "напредуваат. „Растот ќе биде над три отсто“, рече тој. Тој ја пофали Владата на Албанија за реформите "
                "во енергетиката.", [BANK_MISSION, ALBANIA_GOVERNMENT], quotes=True)
    [praise] = events_of(doc, "SUPPORT")
    assert codes(doc, praise.actor) == [("IGO", "IGO")]


def test_a_chief_of_a_mission_no_one_named_is_no_actor_of_the_pronoun():
    doc = coded("Шефот на мисијата изјави дека реформите напредуваат. „Растот ќе биде над три отсто“, рече тој. Тој ја "
                "пофали Владата на Албанија за реформите во енергетиката.", [ALBANIA_GOVERNMENT], quotes=True)
    assert not any(("IGO", "IGO") in codes(doc, e.actor) for e in events_of(doc, "SUPPORT"))


def test_a_quote_closed_by_said_he_keeps_the_person_for_the_next_pronoun():
    doc = coded("Министерот Петар Петров одржа прес-конференција во Скопје. „Буџетот е реален“, изјави тој. Тој ја "
                "повика опозицијата СДСМ да се врати во Собранието.", [PETROV, OPPOSITION], quotes=True)
    [request] = events_of(doc, "REQUEST")
    assert codes(doc, request.actor) == [("MKD", "GOV")] and codes(doc, request.recipient) == [("MKD", "PTY")]


def test_a_quote_closed_by_said_she_does_not_keep_a_man_for_he():
    doc = coded("Министерот Петар Петров одржа прес-конференција во Скопје. „Буџетот е реален“, изјави таа. Тој ја "
                "повика опозицијата СДСМ да се врати во Собранието.", [PETROV, OPPOSITION], quotes=True)
    assert not any(("MKD", "GOV") in codes(doc, e.actor) for e in events_of(doc, "REQUEST"))


def test_from_the_organisation_is_the_organisation_named_before():
    consumers = Ent(("Организацијата на пензионерите",), "ORG", "MKD", "NGO")
    doc = coded("Организацијата на пензионерите ја поздрави одлуката за пензиите. Од организацијата побараа од Владата "
                "да ги зголеми и социјалните помошти.", [consumers, GOVERNMENT])
    [request] = events_of(doc, "REQUEST")
    assert codes(doc, request.actor) == [("MKD", "NGO")] and codes(doc, request.recipient) == [("MKD", "GOV")]


def test_from_the_organisation_with_only_a_party_before_is_no_one():
    doc = coded("Партијата Нова Сила ја поздрави одлуката за пензиите. Од организацијата побараа од Владата да ги "
                "зголеми и социјалните помошти.", [PARTY, GOVERNMENT])
    assert not any(("MKD", "PTY") in codes(doc, e.actor) for e in events_of(doc, "REQUEST"))


RAMA = Ent(("Еди Рама",), "PER", "ALB", "GOV")


def test_from_the_party_that_said_and_asked_is_the_party_named_before():
    party = Ent(("Лига за промени",), "ORG", "MKD", "PTY")
    doc = coded("Пратениците на опозициската Лига за промени ја напуштија седницата. Од партијата вчера соопштија дека "
                "Владата „ги игнорира граѓаните“ и побараа Еди Рама да го покрене прашањето за јазикот.",
                [party, GOVERNMENT, RAMA])
    [request] = events_of(doc, "REQUEST")
    assert codes(doc, request.actor) == [("MKD", "PTY")] and codes(doc, request.recipient) == [("ALB", "GOV")]


def test_from_the_party_after_only_a_union_was_named_is_not_the_union():
    union = Ent(("Сојузот на синдикатите",), "ORG", "MKD", "LAB")
    doc = coded("Членовите на Сојузот на синдикатите ја напуштија седницата. Од партијата вчера соопштија дека Владата "
                "„ги игнорира граѓаните“ и побараа Еди Рама да го покрене прашањето за јазикот.", [union, GOVERNMENT, RAMA])
    assert not any(("MKD", "LAB") in codes(doc, e.actor) for e in events_of(doc, "REQUEST"))
