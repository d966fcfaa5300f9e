"""Acts the coder missed for want of an entry (verdicts of guilt by `прогласи за виновен`, airspace closed, bans
withdrawn, buildings burned or windows smashed by demonstrators, supporters dispersed, security taken over by the
army, prisoners handed over, trade suspended, units reinforced), with negative twins; on sentences written for these
tests."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only

PETROVSKI = Ent(("Петровски",), "PER", "MKD", "GOV")
ILIEVSKA = Ent(("Илиевска",), "PER", "MKD", "GOV")
TURKEY = Ent(("Турција",), country="TUR")
ISRAEL = Ent(("Израел",), country="ISR")
QATAR = Ent(("Катар",), country="QAT")
CHILE = Ent(("Чиле",), country="CHL")
BOLIVIA = Ent(("Боливија",), country="BOL")
ALBANIA = Ent(("Албанија",), country="ALB")
RUSSIA = Ent(("Русија",), country="RUS")
UKRAINE = Ent(("Украина",), country="UKR")
PAKISTAN = Ent(("Пакистан",), country="PAK")
INDIA = Ent(("Индија",), country="IND")
THAILAND = Ent(("Тајланд",), country="THA")
CAMBODIA = Ent(("Камбоџа",), country="KHM")


def test_found_guilty_by_a_court_is_a_conviction_but_a_party_blaming_is_not():
    doc = coded("Основниот суд во Битола вчера го прогласи за виновен поранешниот градоначалник Петровски за "
                "злоупотреба на службената должност.", [PETROVSKI])
    ev = only(doc, "SANCTION")
    assert ev.mode == "convict" and codes(doc, ev.actor) == [(None, "JUD")] and codes(doc, ev.recipient) == [("MKD", "GOV")]
    doc = coded("Поранешната министерка Илиевска беше прогласена за виновна по две точки од обвинението.", [ILIEVSKA])
    assert only(doc, "SANCTION").trigger.text == "прогласена за виновна"
    assert not coded("Партијата ја прогласи Илиевска за виновна за изборниот пораз.", [ILIEVSKA]).events


def test_airspace_closed_to_another_state_is_a_sanction_but_not_closed_for_safety():
    doc = coded("Турција го затвори својот воздушен простор за авионите на Израел.", [TURKEY, ISRAEL])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.actor) == [("TUR", None)] and [c for c, _ in codes(doc, ev.recipient)] == ["ISR"]
    assert not coded("Катар привремено го затвори воздушниот простор поради ракетните напади во регионот.", [QATAR]).events


def test_a_ban_withdrawn_is_a_concession():
    doc = coded("Владата на Чиле ја повлече забраната за собири.", [CHILE])
    assert only(doc, "CONCEDE").trigger.text == "повлече забраната"
    assert not coded("Владата на Чиле ја повлече својата кандидатка за амбасадор.", [CHILE]).events


def test_demonstrators_burning_buildings_or_cars_riot_but_arsonists_do_not():
    doc = coded("Демонстрантите ја запалија зградата на општината во Сисак.", [Ent(("Сисак",), country="HRV")])
    ev = only(doc, "PROTEST")
    assert ev.mode == "riot" and ev.trigger.text == "запалија зградата"
    doc = coded("Во петокот демонстрантите запалија неколку автомобили пред седиштето на Владата во Лима.",
                [Ent(("Лима",), country="PER")])
    assert only(doc, "PROTEST").mode == "riot"
    assert not [e for e in coded("Непознати лица ја запалија куќата на семејството во Тетово.",
                                 [Ent(("Тетово",), country="MKD")]).events if e.type == "PROTEST"]


def test_the_army_taking_over_security_mobilizes_but_rebels_taking_a_town_do_not():
    doc = coded("Армијата на Боливија ја презеде контролата врз безбедноста во Ла Паз.", [BOLIVIA])
    ev = only(doc, "MOBILIZE")
    assert codes(doc, ev.actor) == [("BOL", "MIL")]
    assert not [e for e in coded("Бунтовниците ја презедоа контролата врз градот по тридневни борби.", []).events
                if e.type == "MOBILIZE"]


def test_prisoners_handed_to_another_states_authorities_is_cooperation_but_not_prisoners_of_war():
    doc = coded("Албанија им предаде на италијанските власти 12 затвореници осудени за трговија со дрога.", [ALBANIA])
    assert codes(doc, only(doc, "COOPERATE").actor) == [("ALB", None)]
    assert not coded("Русија ѝ предаде на Украина 100 воени затвореници во размената.", [RUSSIA, UKRAINE]).events


def test_trade_suspended_with_a_state_is_a_sanction():
    doc = coded("Пакистан ја суспендираше трговијата со Индија.", [PAKISTAN, INDIA])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.recipient) == [("IND", None)]
    assert not coded("Пакистан ја суспендираше седницата на парламентот.", [PAKISTAN]).events


def test_units_reinforced_along_a_border_mobilize():
    doc = coded("Војската на Тајланд ги засили единиците долж границата со Камбоџа.", [THAILAND, CAMBODIA])
    assert codes(doc, only(doc, "MOBILIZE").actor) == [("THA", "MIL")]
    assert not coded("Компанијата ги засили единиците за продажба во Тајланд.", [THAILAND]).events


def test_demonstrators_smashing_windows_vandalize_but_burglars_do_not():
    doc = coded("Во Лион, маскирани демонстранти искршија излози на неколку банки.", [Ent(("Лион",), country="FRA")])
    assert only(doc, "PROTEST").mode == "vandalize"
    assert not coded("Крадци искршија прозорци на продавницата во Куманово.", [Ent(("Куманово",), country="MKD")]).events


def test_supporters_dispersed_with_tear_gas_is_crowd_control_but_clouds_are_not():
    doc = coded("Полицијата во Тирана со солзавец ги растера приврзаниците на опозицијата.", [Ent(("Тирана",), country="ALB")])
    ev = only(doc, "ASSAULT")
    assert ev.mode == "crowd-control" and codes(doc, ev.actor) == [("ALB", "COP")]
    assert not coded("Ветрот ги растера облаците над Скопје.", [Ent(("Скопје",), country="MKD")]).events
