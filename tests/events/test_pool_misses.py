"""Events the invented 2025–2026 pool missed, on sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only


def test_bullets_fired_at_someone_are_a_shooting_and_shots_into_the_air_are_not():
    doc = coded("Според полицијата, осомничениот испукал три куршуми кон продавачот во Кичево.", [Ent(("Кичево",), country="MKD")])
    ev = only(doc, "ASSAULT")
    assert ev.mode == "firearms" and ev.trigger.text.startswith("испукал")
    assert not coded("На свадбата во Кичево гостите испукаа неколку куршуми во воздух.", [Ent(("Кичево",), country="MKD")]).events


def test_houses_or_cars_set_on_fire_are_arson_and_candles_lit_are_not():
    doc = coded("Маскирани лица ноќеска запалија две куќи во селото кај Призрен.", [Ent(("Призрен",), country="KOS")])
    ev = only(doc, "ASSAULT")
    assert ev.mode == "destroy" and ev.trigger.text.startswith("запалија")
    assert not coded("Граѓаните запалија свеќи пред зградата на општината во Призрен.", [Ent(("Призрен",), country="KOS")]).events


def test_a_civic_organisation_or_farmers_as_bare_subject_are_the_actor():
    doc = coded("Граѓанската организација ја обвини Владата на Србија за прогон на новинарите.", [Ent(("Србија",), country="SRB")])
    assert [sector for _, sector in codes(doc, only(doc, "ACCUSE").actor)] == ["NGO"]
    doc = coded("Фармерите од Пелагонија протестираа пред Владата на Македонија.", [Ent(("Македонија",), country="MKD")])
    assert [sector for _, sector in codes(doc, only(doc, "PROTEST").actor)] == ["CVL"]


def test_unnamed_guests_received_by_a_head_of_state_are_the_visitors():
    doc = coded("Претседателот Стево Пендаровски ги прими лидерите на парламентарните партии на консултации.",
                [Ent(("Стево", "Пендаровски"), "PER", "MKD", "GOV")])
    ev = only(doc, "CONSULT")
    assert [sector for _, sector in codes(doc, ev.actor)] == ["GOV"] and codes(doc, ev.recipient) == [("MKD", "GOV")]


def test_a_demand_joined_to_the_actors_praise_is_a_request_even_with_no_one_named():
    doc = coded("Светската банка ја пофали реформата на пензиите, но побара построга контрола на јавниот долг.",
                [Ent(("Светската", "банка"), "ORG", "IGO", "IGO")])
    assert codes(doc, only(doc, "REQUEST").actor) == [("IGO", "IGO")]
    assert not [e for e in coded("Фирмата планира да бара нови пазари во Азија.", []).events if e.type == "REQUEST"]


def test_an_inspectorate_fining_traders_is_a_sanction_on_them():
    doc = coded("Државниот инспекторат за труд изрече казни на 12 трговци во Тетово.", [Ent(("Тетово",), country="MKD")])
    ev = only(doc, "SANCTION")
    assert [sector for _, sector in codes(doc, ev.recipient)] == ["BUS"]


def test_the_speakers_own_we_will_not_allow_a_named_side_to_act_is_a_threat():
    germany = Ent(("Германија",), country="DEU")
    doc = coded("„Нема да дозволиме Германија да ни ги диктира правилата“, изјави Фисник Реџепи.",
                [germany, Ent(("Фисник", "Реџепи"), "PER", "MKD", "PTY")], quotes=True)
    assert codes(doc, only(doc, "THREATEN").recipient) == [("DEU", None)]
    barred = coded("Граничната полиција не му дозволи на Фисник Реџепи да влезе во Германија.",
                   [germany, Ent(("Фисник", "Реџепи"), "PER", "MKD", "PTY")])
    assert only(barred, "REJECT")


def test_a_third_persons_will_not_allow_is_a_threat_unless_it_bars_entry():
    turkey, greece = Ent(("Анкара",), country="TUR"), Ent(("Грција",), country="GRC")
    doc = coded("Анкара нема да дозволи Грција да ги прошири територијалните води, изјави министерот.", [turkey, greece])
    ev = only(doc, "THREATEN")
    assert codes(doc, ev.actor) == [("TUR", None)] and codes(doc, ev.recipient) == [("GRC", None)]
    barred = coded("Анкара нема да му дозволи на Фисник Реџепи да влезе во Грција.",
                   [turkey, greece, Ent(("Фисник Реџепи",), "PER", "MKD", "PTY")])
    assert only(barred, "REJECT") and not [e for e in barred.events if e.type == "THREATEN"]


def test_the_act_a_warning_will_not_allow_is_no_event_of_its_own():
    doc = coded("Владата нема да дозволи опозицијата да го блокира Собранието.",
                [Ent(("Владата",), "ORG", "MKD", "GOV"), Ent(("опозицијата",), "ORG", "MKD", "OPP")])
    assert [e.type for e in doc.events] == ["THREATEN"]


def test_relief_handed_out_is_humanitarian_aid_and_opinions_divided_are_not():
    doc = coded("Доброволците им поделија храна и ќебиња на мигрантите во Лезбос.", [Ent(("Лезбос",), country="GRC")])
    assert only(doc, "AID").mode == "humanitarian"
    assert not coded("Предлогот ги подели мислењата на пратениците во Скопје.", [Ent(("Скопје",), country="MKD")]).events
