"""Relative clauses that sit between a subject and its verb or hold acts of their own (a `дека`
clause inside the relative clause, a `кого` or plural object pronoun with the subject after the verb
or carried over, a fronted object, the relative clause's date), on sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import TRUMP, Ent, codes, coded, only

ORBAN = Ent(("Виктор Орбан",), "PER", "HUN", "GOV")
COMMISSION = Ent(("Европската комисија",), "ORG", "EUR", "IGO")
BRUSSELS = Ent(("Брисел",), "GPE", "BEL")


def test_the_verb_after_a_relative_clause_that_tells_a_claim_is_the_subjects_own():
    doc = coded("Унгарскиот премиер Виктор Орбан, кој неодамна изјави дека Брисел ја уценува земјата, ја осуди "
                "новата одлука на Европската комисија.", [ORBAN, COMMISSION, BRUSSELS])
    ev = next(e for e in doc.events if e.trigger.text == "осуди")
    assert ev.type == "ACCUSE" and codes(doc, ev.actor) == [("HUN", "GOV")]
    assert codes(doc, ev.recipient) == [("EUR", "IGO")]


def test_a_name_right_after_the_verb_of_a_кого_clause_is_its_subject():
    party = Ent(("Левица",), "ORG", "MKD", "PTY")
    doc = coded("Министерот се сретна со германскиот амбасадор, кого претходно го критикуваше Левица.",
                [Ent(("германскиот",), country="DEU", kind="demonym"), party])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [("MKD", "PTY")] and codes(doc, ev.recipient) == [("DEU", "GOV")]


def test_a_plural_pronoun_before_a_singular_verb_is_its_object_and_the_subject_carries_over():
    police = Ent(("Косовската полиција",), "ORG", "KOS", "COP")
    serbs = Ent(("Србите",), "GPE", "SRB", "CVL")
    doc = coded("Косовската полиција ги пушти Србите кои ги уапси во Звечан.", [police, serbs])
    ev = only(doc, "COERCE")
    assert codes(doc, ev.actor) == [("KOS", "COP")] and codes(doc, ev.recipient) == [("SRB", "CVL")]


def test_the_predicate_after_a_relative_clause_on_the_subject_dates_an_act_named_by_a_noun():
    doc = coded("Штрајкот на рударите, кои бараат повисоки плати, започна вчера пред Министерството за економија.",
                [Ent(("Министерството за економија",), "ORG", "MKD", "GOV")], published="2026-03-12")
    assert only(doc, "PROTEST").date == "2026-03-11"


def test_after_a_relative_clause_on_a_fronted_object_the_name_after_the_verb_is_the_subject():
    minister = Ent(("Дарко Ковач",), "PER", "HRV", "GOV")
    doc = coded("Пожарот во бегалскиот камп, кој избувна вчера навечер, го осуди министерот за внатрешни работи "
                "Дарко Ковач.", [minister])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [("HRV", "GOV")] and codes(doc, ev.recipient) == [("HRV", "UNK")]  # (no one else named: at home)


def test_a_date_in_the_relative_clause_does_not_date_the_subjects_verb_after_it():
    doc = coded("Унгарскиот премиер Виктор Орбан, кој вчера изјави дека Брисел ја уценува земјата, ја осуди "
                "новата одлука на Европската комисија.", [ORBAN, COMMISSION, BRUSSELS], published="2026-03-12")
    ev = next(e for e in doc.events if e.trigger.text == "осуди")
    assert ev.date == "2026-03-12"


def test_past_a_relative_clause_on_the_object_closed_by_a_comma_the_verb_after_и_is_the_subjects():
    doc = coded("Унгарскиот премиер Виктор Орбан го осуди планот, кој, според него, покажува дека Брисел ја "
                "уценува земјата, и ги повика другите влади да го отфрлат.", [ORBAN, BRUSSELS])
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.actor) == [("HUN", "GOV")]


def test_a_verb_after_a_relative_clause_closed_by_comma_and_goes_on_with_the_main_subject():
    doc = coded("Хезболах го осуди ударот, нарекувајќи го „удар врз договорот“ што Либан го склучи во ноември, и ги "
                "повика Франција и Саудиска Арабија да посредуваат.",
                [Ent(("Хезболах",), "ORG", "LBN", "REB"), Ent(("Либан",), country="LBN"),
                 Ent(("Франција",), country="FRA"), Ent(("Саудиска Арабија",), country="SAU")], published="2026-03-12")
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.actor) == [("LBN", "REB")] and ev.date == "2026-03-12"


def test_a_call_after_a_told_clause_with_a_closed_relative_is_the_speakers():
    doc = coded("Пратеникот Иво Брнчиќ изјави дека во затворите има и новинари што Белград ги држи без пресуда, и ја "
                "повика Владата на Србија да ги ослободи.",
                [Ent(("Иво Брнчиќ",), "PER", "HRV", "LEG"), Ent(("Белград",), country="SRB", sector="GOV"),
                 Ent(("Владата на Србија",), "ORG", "SRB", "GOV")])
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.actor) == [("HRV", "LEG")] and codes(doc, ev.recipient) == [("SRB", "GOV")]


def test_a_doubled_object_in_a_relative_clause_is_not_the_subject_of_the_verb_after_it():
    doc = coded("Премиерот Роберт Голоб, кој ја предводи словенечката делегација, на маргините на самитот се сретна "
                "со хрватскиот премиер Андреј Пленковиќ.",
                [Ent(("Роберт Голоб",), "PER", "SVN", "GOV"), Ent(("словенечката",), country="SVN", kind="demonym"),
                 Ent(("Андреј Пленковиќ",), "PER", "HRV", "GOV")])
    ev = only(doc, "CONSULT")
    assert ev.actor == ["E1"]


def test_a_dative_relative_without_a_subject_goes_on_with_the_subject_before():
    # `…, на кого му вети …`: the one promised is the name before, the promise the meeting's host's
    doc = coded("Шолц се сретна со Орбан, на кого му вети поддршка за енергетскиот проект.",
                [Ent(("Шолц",), "PER", "DEU", "GOV"), Ent(("Орбан",), "PER", "HUN", "GOV")])
    ev = only(doc, "AGREE")
    assert codes(doc, ev.actor) == [("DEU", "GOV")] and codes(doc, ev.recipient) == [("HUN", "GOV")]
    # `од кого` names the one asked
    doc = coded("Шолц разговараше со Орбан, од кого побара да го деблокира пакетот.",
                [Ent(("Шолц",), "PER", "DEU", "GOV"), Ent(("Орбан",), "PER", "HUN", "GOV")])
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.actor) == [("DEU", "GOV")] and codes(doc, ev.recipient) == [("HUN", "GOV")]
    # `со кого` is no addressee: the talk stays the meeting's, no second actor guessed
    doc = coded("Шолц се сретна со Орбан, со кого разговараше за енергијата.",
                [Ent(("Шолц",), "PER", "DEU", "GOV"), Ent(("Орбан",), "PER", "HUN", "GOV")])
    assert [e.type for e in doc.events] == ["CONSULT"]


def test_a_partner_relative_goes_on_with_the_subject_before():
    # `…, со кого потпиша …`: the partner is the name before, the act the subject's
    doc = coded("Фицо се сретна со Бабиш, со кого потпиша меморандум за енергетика.",
                [Ent(("Фицо",), "PER", "SVK", "GOV"), Ent(("Бабиш",), "PER", "CZE", "GOV")])
    ev = only(doc, "SUPPORT")
    assert codes(doc, ev.actor) == [("SVK", "GOV")] and codes(doc, ev.recipient) == [("CZE", "GOV")]
    # a plural verb: the two agreed, both act
    doc = coded("Фицо се сретна со Бабиш, со кого договорија заедничка седница на двете влади.",
                [Ent(("Фицо",), "PER", "SVK", "GOV"), Ent(("Бабиш",), "PER", "CZE", "GOV")])
    ev = only(doc, "AGREE")
    assert codes(doc, ev.actor) == [("SVK", "GOV"), ("CZE", "GOV")] and ev.recipient == []


def test_a_document_relative_clause_is_the_unnamed_body_that_issued_it():
    # `Синдикатот … упати писмо …, во кое бара …`: the union that sent the letter asks
    doc = coded("Синдикатот на рударите му упати писмо на министерот за економија, во кое бара исплата на долговите.",
                [Ent(("Македонија",), country="MKD")])
    ev = only(doc, "REQUEST")
    assert ev.actor and all(sector == "LAB" for _, sector in codes(doc, ev.actor))


def test_an_object_relative_after_a_noun_trigger_names_who_made_the_act():
    # `нападот што го изврши X`: the attack is X's; `царините што X ги наметна`: the tariffs X laid
    doc = coded("Армијата ја продолжи операцијата по нападот што го изврши Хезболах врз Хаифа.",
                [Ent(("Хезболах",), "ORG", "LBN", "REB"), Ent(("Хаифа",), country="ISR")])
    ev = next(e for e in doc.events if e.trigger.text == "нападот")
    assert ev.type == "ASSAULT" and codes(doc, ev.actor) == [("LBN", "REB")]
    doc = coded("Отава одговори на царините што американскиот претседател Трамп ги наметна врз Канада.",
                [TRUMP, Ent(("Канада",), country="CAN"), Ent(("Отава",), country="CAN")])
    ev = next(e for e in doc.events if e.trigger.text == "царините")
    assert ev.type == "SANCTION" and codes(doc, ev.actor) == [("USA", "GOV")]


def test_a_plural_dative_clitic_in_a_refusal_is_the_group_told_of_before():
    # `… не им дозволи да влезат`: those barred are the unnamed group the sentence before told of
    doc = coded("Земјоделците стигнаа со тракторите до Загреб. Хрватската полиција не им дозволи да влезат во градот.",
                [Ent(("Хрватската полиција",), "ORG", "HRV", "COP"), Ent(("Загреб",), country="HRV")])
    ev = only(doc, "REJECT")
    assert codes(doc, ev.actor) == [("HRV", "COP")] and [s for _, s in codes(doc, ev.recipient)] == ["CVL"]


def test_a_request_a_letter_carries_asks_the_letters_addressee():
    chamber = Ent(("Стопанската комора",), "ORG", "MKD", "BUS")
    commerce = Ent(("Министерството за трговија на САД",), "ORG", "USA", "GOV")
    doc = coded("Стопанската комора испрати писмо до Министерството за трговија на САД со кое бара изземање на "
                "домашните компании од царините.", [chamber, commerce])
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and "recipient:letter_addressee" in ev.rule


def test_the_verb_after_an_aside_whose_relative_clause_hangs_on_a_place_noun_is_the_subjects():
    board = Ent(("Главниот одбор на Зелените",), "ORG", "MKD", "PTY")
    members = Ent(("Ана Петковска",), "PER", "MKD", "PTY")
    doc = coded("Главниот одбор на Зелените вчера, на седница која траеше до полноќ, ја исклучи од партијата "
                "пратеничката Ана Петковска.", [board, members], published="2026-03-12")
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.actor) == [("MKD", "PTY")] and ev.recipient == ["E2"]


def test_a_call_joined_to_what_the_subject_past_its_relative_clause_said_is_the_subjects():
    envoy = Ent(("Ана Коваческа",), "PER", "IGO", "IGO")
    agency = Ent(("Агенцијата",), "ORG", "IGO", "IGO")
    town = Ent(("Тирана",), country="ALB")
    albania = Ent(("албанските",), country="ALB", kind="demonym")
    doc = coded("Ана Коваческа, која минатиот месец ја посети Тирана, изјави дека Агенцијата нема пристап до архивите "
                "и ги повика албанските власти да соработуваат.", [envoy, agency, town, albania])
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E1"]


def test_the_subjects_verb_past_its_relative_clause_and_a_short_adverbial_is_its_own():
    envoy = Ent(("Ана Коваческа",), "PER", "IGO", "IGO")
    town = Ent(("Тирана",), country="ALB")
    albania = Ent(("албанските",), country="ALB", kind="demonym")
    doc = coded("Ана Коваческа, која минатиот месец ја посети Тирана, во саботата предупреди дека архивите се затворени "
                "и ги повика албанските власти да ги отворат.", [envoy, town, albania], "2024-05-13")
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E1"] and ev.date == "2024-05-11"
