"""Invented sentences for counts from an event ("Три години по протестите"), the season of the year and a year a
forecast is for (issue #4): each rule with a near-identical sentence where it must not fire."""
from __future__ import annotations

from datetime import date

import pytest

from tests.time.test_time import times, times_by_line


def _counts(found):
    return [t for t in found if " по " in t[0] or " после " in t[0]]


@pytest.mark.parametrize("text, published, expected", [
    # the event dated before the count, or after it
    ("Протестите почнаа во март 2011 година.\nТри години по протестите владата падна.", date(2015, 6, 1),
     ("Три години по протестите", "2014", "year")),
    ("Пет години по земјотресот градот е обновен.\nЗемјотресот го урна центарот во јули 2016 година.", date(2022, 2, 1),
     ("Пет години по земјотресот", "2021", "year")),
    # months from an event dated to the day
    ("Референдумот се одржа на 12 мај 2019 година.\nДва месеца по референдумот парламентот ги усвои измените.",
     date(2019, 12, 1), ("Два месеца по референдумот", "2019-07", "month")),
    # a known event the text does not date; a generic one is that of the dateline's country
    ("Петнаесет години по Дејтонскиот договор земјата сè уште чека уставни реформи.", date(2010, 11, 20),
     ("Петнаесет години по Дејтонскиот", "2010", "year")),
    ("Скопје, Македонија -- Десет години по конфликтот пратениците усвоија нов закон за јазиците.", date(2011, 7, 1),
     ("Десет години по конфликтот", "2011", "year")),
    # the event's written year, not the day of its commemoration
    ("Во петокот (9-ти март) општината ја одбележа годишнината од поплавата во 2009 година.\nТри години по поплавата "
     "куќите се обновени.", date(2012, 3, 12), ("Три години по поплавата", "2012", "year")),
    # one unit without a number
    ("Земјотресот го урна градот во јули 2016 година.\nГодина дена по земјотресот градот е обновен.", date(2018, 1, 1),
     ("Година дена по земјотресот", "2017", "year")),
])
def test_a_count_from_an_event_counts_from_its_date(text, published, expected):
    assert expected in times_by_line(text, published=published)


@pytest.mark.parametrize("text, published", [
    # the event undated
    ("Незадоволството растеше.\nТри години по протестите владата падна.", date(2015, 6, 1)),
    # a span after the event
    ("Протестите почнаа во март 2011 година.\nВо првите три години по протестите владата падна.", date(2015, 6, 1)),
    # months from an event dated only to the year
    ("Референдумот се одржа во 2019 година.\nДва месеца по референдумот парламентот ги усвои измените.", date(2019, 12, 1)),
    # a generic event in a story of another country
    ("Атина, Грција -- Десет години по конфликтот пратениците усвоија нов закон за јазиците.", date(2011, 7, 1)),
    # the day of a commemoration is not the day of the event it marks
    ("Во петокот (9-ти март) општината ја одбележа годишнината од поплавата.\nТри години по поплавата куќите се обновени.",
     date(2012, 3, 12)),
    # "недела" alone is also Sunday; a unit repeated is no event
    ("Земјотресот го урна градот во јули 2016 година.\nНедела по земјотресот градот е празен.", date(2018, 1, 1)),
    ("Година по година цените растат.", date(2018, 1, 1)),
])
def test_a_count_from_an_undated_event_or_a_span_is_no_date(text, published):
    assert _counts(times_by_line(text, published=published)) == []


def test_this_season_is_the_year_of_publication():
    assert ("оваа сезона", "2025", "year") in times("Хотелите очекуваат рекорден број гости оваа сезона.",
                                                    published=date(2025, 9, 4))
    assert times("Хотелите ја очекуваат сезоната со рекорден број гости.", published=date(2025, 9, 4)) == []


def test_a_year_a_forecast_is_for_does_not_date_a_past_month():
    text = "Фондот ја намали проекцијата за 2026 година на 2,1 отсто, од 2,5 отсто колку што предвидуваше во март."
    assert ("март", "2025-03", "month") in times(text, published=date(2025, 9, 4))
    # a year the act is told in does
    text = "Фондот во 2024 година ја намали проекцијата на 2,1 отсто, од 2,5 отсто колку што предвидуваше во март."
    assert ("март", "2024-03", "month") in times(text, published=date(2025, 9, 4))
