"""Invented sentences for counts from an event ("Три години по протестите"), the season of the year and a year a
forecast is for (issue #4): each rule with a near-identical sentence where it must not fire."""
from __future__ import annotations

from datetime import date

from tests.time.test_time import times, times_by_line


def _counts(found):
    return [t for t in found if " по " in t[0] or " после " in t[0]]


def test_a_count_from_an_event_the_text_dates_before_it():
    text = "Протестите почнаа во март 2011 година.\nТри години по протестите владата падна."
    assert ("Три години по протестите", "2014", "year") in times_by_line(text, published=date(2015, 6, 1))
    # undated, the event gives no date to count from
    assert _counts(times_by_line("Незадоволството растеше.\nТри години по протестите владата падна.",
                                 published=date(2015, 6, 1))) == []


def test_a_count_from_an_event_the_text_dates_after_it():
    text = "Пет години по земјотресот градот е обновен.\nЗемјотресот го урна центарот во јули 2016 година."
    assert ("Пет години по земјотресот", "2021", "year") in times_by_line(text, published=date(2022, 2, 1))


def test_a_span_after_an_event_is_no_date():
    text = "Протестите почнаа во март 2011 година.\nВо првите три години по протестите владата падна."
    assert _counts(times_by_line(text, published=date(2015, 6, 1))) == []


def test_months_count_only_from_an_event_dated_to_the_month():
    text = "Референдумот се одржа на 12 мај 2019 година.\nДва месеца по референдумот парламентот ги усвои измените."
    assert ("Два месеца по референдумот", "2019-07", "month") in times_by_line(text, published=date(2019, 12, 1))
    text = "Референдумот се одржа во 2019 година.\nДва месеца по референдумот парламентот ги усвои измените."
    assert _counts(times_by_line(text, published=date(2019, 12, 1))) == []


def test_a_known_event_the_text_does_not_date():
    text = "Петнаесет години по Дејтонскиот договор земјата сè уште чека уставни реформи."
    assert ("Петнаесет години по Дејтонскиот", "2010", "year") in times(text, published=date(2010, 11, 20))


def test_a_generic_event_is_the_known_one_of_the_datelines_country():
    text = "Скопје, Македонија -- Десет години по конфликтот пратениците усвоија нов закон за јазиците."
    assert ("Десет години по конфликтот", "2011", "year") in times(text, published=date(2011, 7, 1))
    text = "Атина, Грција -- Десет години по конфликтот пратениците усвоија нов закон за јазиците."
    assert _counts(times(text, published=date(2011, 7, 1))) == []


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


def test_a_date_told_from_publication_near_a_mention_is_no_date_of_the_event():
    # the day of a commemoration is not the day of the event it marks
    text = "Во петокот (9-ти март) општината ја одбележа годишнината од поплавата.\nТри години по поплавата куќите се обновени."
    assert _counts(times_by_line(text, published=date(2012, 3, 12))) == []
    text = "Во петокот (9-ти март) општината ја одбележа годишнината од поплавата во 2009 година.\nТри години по поплавата куќите се обновени."
    assert ("Три години по поплавата", "2012", "year") in times_by_line(text, published=date(2012, 3, 12))


def test_one_unit_without_a_number_counts_from_the_event_too():
    text = "Земјотресот го урна градот во јули 2016 година.\nГодина дена по земјотресот градот е обновен."
    assert ("Година дена по земјотресот", "2017", "year") in times_by_line(text, published=date(2018, 1, 1))
    # "недела" alone is also Sunday; a unit repeated is no event
    text = "Земјотресот го урна градот во јули 2016 година.\nНедела по земјотресот градот е празен."
    assert _counts(times_by_line(text, published=date(2018, 1, 1))) == []
    assert times("Година по година цените растат.", published=date(2018, 1, 1)) == []
