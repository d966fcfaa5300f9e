"""Great-power politics and trade copy (tariffs, juntas, mediation): sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only


def test_softened_rhetoric_about_tariffs_eases_no_measure():
    doc = coded("Американскиот министер во неделата ја ублажи реториката за царините кон Канада.",
                [Ent(("Американскиот министер",), "PER", "USA", "GOV"), Ent(("Канада",), country="CAN")])
    assert not [e for e in doc.events if e.type == "CONCEDE"]
    # the measure itself eased stays a concession
    doc = coded("Отава ги ублажи царините за американскиот челик.",
                [Ent(("Отава",), country="CAN"), Ent(("американскиот",), country="USA", kind="demonym")])
    assert only(doc, "CONCEDE")


def test_countermeasures_put_off_are_a_concession_not_a_meeting_put_off():
    doc = coded("Сеулската влада ги одложи контрамерките врз мексикански производи, за да им даде простор на "
                "разговорите.",
                [Ent(("Сеулската влада",), "ORG", "KOR", "GOV"), Ent(("мексикански",), country="MEX", kind="demonym")])
    ev = only(doc, "CONCEDE")
    assert codes(doc, ev.actor) == [("KOR", "GOV")]
    assert not [e for e in doc.events if e.type == "REJECT"]


def test_an_envoy_ordered_to_leave_the_country_is_expelled():
    doc = coded("Хунтата во Гвинеја вчера му нареди на амбасадорот на Норвешка да ја напушти земјата во рок од "
                "48 часа.",
                [Ent(("Хунтата во Гвинеја",), "ORG", "GIN", "GOV"), Ent(("амбасадорот на Норвешка",), "PER", "NOR", "GOV")])
    ev = only(doc, "SANCTION")
    assert ev.mode == "expel" and codes(doc, ev.recipient) == [("NOR", "GOV")]
    assert not [e for e in doc.events if e.type == "REQUEST"]
    # officers ordered out of a building are ordered, not expelled
    doc = coded("Командантот им нареди на полицајците да ја напуштат зградата.",
                [Ent(("Командантот",), "PER", "MKD", "COP"), Ent(("полицајците",), "ORG", "MKD", "COP")])
    assert only(doc, "REQUEST")


def test_readiness_to_mediate_between_two_states_is_an_offer():
    doc = coded("Мексико е подготвено да посредува меѓу Еквадор и Перу.",
                [Ent(("Мексико",), country="MEX"), Ent(("Еквадор",), country="ECU"), Ent(("Перу",), country="PER")])
    ev = only(doc, "AGREE")
    assert codes(doc, ev.actor) == [("MEX", None)]
    assert sorted(codes(doc, ev.recipient)) == [("ECU", None), ("PER", None)]


def test_a_meeting_set_ahead_in_a_reported_statement_is_no_demand():
    doc = coded("Портпаролката Ана Пизоне изјави дека комесарот во петокот треба да се сретне со Џон Мартин.",
                [Ent(("Ана Пизоне",), "PER", "EUR", "IGO"), Ent(("комесарот",), "PER", "EUR", "IGO"),
                 Ent(("Џон Мартин",), "PER", "USA", "GOV")], published="2026-03-10")
    ev = only(doc, "AGREE")
    assert codes(doc, ev.recipient) == [("USA", "GOV")]
    assert not [e for e in doc.events if e.type == "REQUEST"]


def test_an_act_of_ministers_who_met_in_an_aside_takes_the_meetings_day():
    doc = coded("Министрите на Чад и Судан, кои во понеделникот се состанаа во Нџамена, договорија заеднички патроли.",
                [Ent(("Чад",), country="TCD"), Ent(("Судан",), country="SDN")], published="2026-03-12")
    ev = only(doc, "AGREE")
    assert ev.date == "2026-03-09"


def test_releases_welcomed_praise_whoever_set_the_prisoners_free():
    doc = coded("Белорусија вчера ослободи петмина затвореници од Литванија. Литванскиот министер ги поздрави "
                "ослободувањата.",
                [Ent(("Белорусија",), country="BLR"), Ent(("Литванија",), country="LTU"),
                 Ent(("Литванскиот министер",), "PER", "LTU", "GOV")])
    ev = only(doc, "SUPPORT")
    assert codes(doc, ev.recipient) == [("BLR", None)]


def test_countermeasures_put_off_until_a_date_are_a_concession():
    doc = coded("Отава ги одложи до почетокот на март веќе усвоените контрамерки врз американски производи.",
                [Ent(("Отава",), country="CAN"), Ent(("американски",), country="USA", kind="demonym")])
    assert only(doc, "CONCEDE")


def test_a_relative_pronoun_whose_gender_no_clitic_shares_is_the_subject():
    # `кои … ја`: the plural pronoun cannot be the feminine object, so it accuses the state after the verb
    doc = coded("Самитот се одржа без Канада и Австралија, кои ја обвинија Индонезија за пристрасност.",
                [Ent(("Канада",), country="CAN"), Ent(("Австралија",), country="AUS"),
                 Ent(("Индонезија",), country="IDN")])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.recipient) == [("IDN", None)]
    assert ("IDN", None) not in codes(doc, ev.actor)
    # a pronoun the clitic doubles is still the object, the name after the verb its subject
    doc = coded("Измените кои ги бара Индонезија се неприфатливи.", [Ent(("Индонезија",), country="IDN")])
    assert codes(doc, only(doc, "REQUEST").actor) == [("IDN", None)]


def test_a_warning_of_conditional_tariffs_is_one_threat():
    doc = coded("Премиерот Марк Карни ја обвини Вашингтон дека ги уништува фабриките и предупреди дека, ако Вашингтон "
                "возврати, царините ќе бидат дополнително зголемени.",
                [Ent(("Марк Карни",), "PER", "CAN", "GOV"), Ent(("Вашингтон",), country="USA")], quotes=True)
    ev = only(doc, "THREATEN")
    assert codes(doc, ev.actor) == [("CAN", "GOV")]
