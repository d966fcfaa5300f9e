"""Heads of state and government of Africa, Latin America and the Middle East, heads of international
bodies and the armed groups of world news (sources of 29 November 2026): a few lookups each, with
twins where the entry must not answer."""
from __future__ import annotations

import pytest

from vesnik.entities import given_names
from vesnik.kb import load_kb


@pytest.mark.parametrize("form, ident, on, country, role", [
    ("Умару Муса Јар'Адуа", "per:umaru-musa-yaradua", "2008-05-01", "NGA", "head_of_state"),
    ("Алваро Урибе", "per:alvaro-uribe", "2006-01-01", "COL", "head_of_state"),
    ("Али Абдула Салех", "per:ali-abdullah-saleh", "2011-03-01", "YEM", "head_of_state"),
    ("Таксин Шинаватра", "per:thaksin-shinawatra", "2004-01-01", "THA", "head_of_government"),
    ("Ирина Бокова", "per:irina-bokova", "2012-01-01", "UNO", "head_of_organisation"),
])
def test_a_head_is_found_with_the_office_of_the_day(form, ident, on, country, role):
    kb = load_kb()
    assert ident in [a.id for a in kb.lookup(form)]
    held = kb.role_on(ident, on)
    assert (held.country, held.role) == (country, role)


@pytest.mark.parametrize("ident, on", [
    ("per:alvaro-uribe", "2012-01-01"),  # twin: out of office
    ("per:laurent-gbagbo", "2011-01-01"),  # the disputed months belong to the elected president
])
def test_no_office_outside_its_dates(ident, on):
    assert load_kb().role_on(ident, on) is None


@pytest.mark.parametrize("form, ident, country, sector", [
    ("ФАРК", "org:farc", "COL", "REB"),
    ("Силите за народна мобилизација", "org:irq:popular-mobilization-forces", "IRQ", "MIL"),
    ("Канцеларијата на ОН за човекови права", "org:ohchr", "UNO", "IGO"),
    ("Владата на националниот договор", "org:lby:government-of-national-accord", "LBY", "GOV"),
])
def test_a_body_of_world_news_is_known(form, ident, country, sector):
    actor = next(a for a in load_kb().lookup(form) if a.id == ident)
    assert (actor.country, actor.sector) == (country, sector)


def test_a_shared_or_common_surname_stands_for_no_one_alone():
    kb = load_kb()
    assert not kb.lookup("Бонго", ["name", "alias"])  # two presidents of Gabon
    assert {a.id for a in kb.lookup("Бонго", ["anaphor"])} == {"per:omar-bongo", "per:ali-bongo-ondimba"}
    assert "per:charles-taylor" not in [a.id for a in kb.lookup("Тејлор")]  # twin: a common surname


def test_new_first_names_do_not_make_firms_or_titles_people():
    names = given_names()
    assert "Алфа" not in names and "Султанот" not in names and "Џонсон" not in names
    assert "Олусегун" in names  # twin: a first name of the new presidents
