"""Invented sentences for the gaps of issue #4 (date resolution), each with the expression it must give:
parts of a period, intervals in weeks and years, weekends, the words of a day's parts, abbreviated and
Roman months, ranges and years in parentheses (publication date 2025-09-04, a Thursday, ISO week 36)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.time.test_time import _document, times, times_by_line
from vesnik.time import TimeStep, governing_time, matcher


@pytest.mark.parametrize("text, expected", [
    # the time of another act in the sentence (`рече во вторникот дека ... во петокот`): both found
    ("Министерот рече во вторникот дека средбата ќе биде во петокот.", ("вторникот", "2025-09-02", "day")),
    ("Министерот рече во вторникот дека средбата ќе биде во петокот.", ("петокот", "2025-09-05", "day")),
    ("Вчера министерот изјави дека договорот ќе биде потпишан утре.", ("утре", "2025-09-05", "day")),
    ("Премиерот во понеделникот рече дека посетата ќе биде следната недела.", ("следната недела", "2025-W37", "week")),
    # the beginning, middle and end of a period: the value of the period
    ("Владата ќе го донесе законот пред крајот на годината.", ("крајот на годината", "2025", "year")),
    ("Проектот ќе заврши до крајот на месецот.", ("крајот на месецот", "2025-09", "month")),
    ("Фабриката ќе биде отворена пред крајот на месецот.", ("крајот на месецот", "2025-09", "month")),
    ("Пред крајот на септември ќе биде готов извештајот.", ("крајот на септември", "2025-09", "month")),
    ("На почетокот на март ќе почнат работите на патот.", ("почетокот на март", "2026-03", "month")),
    ("Изборите ќе се одржат на почетокот на ноември.", ("почетокот на ноември", "2025-11", "month")),
    ("Министрите се сретнаа на крајот на август.", ("крајот на август", "2025-08", "month")),
    ("Во средината на октомври ќе се одржи самитот.", ("средината на октомври", "2025-10", "month")),
    ("До средината на ноември ќе биде избран нов директор.", ("средината на ноември", "2025-11", "month")),
    ("Кон средината на 2026 година мостот ќе биде готов.", ("средината на 2026 година", "2026", "year")),
    ("Рокот е до крајот на 2026 година.", ("крајот на 2026 година", "2026", "year")),
    ("Кон крајот на 2024-тата цените паднаа.", ("крајот на 2024-тата", "2024", "year")),
    ("На почетокот на годината цените пораснаа.", ("почетокот на годината", "2025", "year")),
    ("На крајот на минатата година беа уапсени двајца.", ("крајот на минатата година", "2024", "year")),
    ("На почетокот на следната година ќе има избори.", ("почетокот на следната година", "2026", "year")),
    ("Во средината на минатиот месец се одржа собирот.", ("средината на минатиот месец", "2025-08", "month")),
    # intervals before publication in days, weeks, weekends, months and years
    ("Пред десет дена градоначалникот ја отвори школата.", ("Пред десет дена", "2025-08-25", "day")),
    ("Пред една недела беше потпишан договорот.", ("Пред една недела", "2025-W35", "week")),
    ("Пред две недели министерот поднесе оставка.", ("Пред две недели", "2025-W34", "week")),
    ("Пред околу две недели двајцата се сретнаа.", ("Пред околу две недели", "2025-W34", "week")),
    ("Пред два викенди беше затворен патот.", ("Пред два викенди", "2025-W34", "week")),
    ("Пред пет месеци реформата почна.", ("Пред пет месеци", "2025-04", "month")),
    ("Пред три години фабриката беше затворена.", ("Пред три години", "2022", "year")),
    ("Пред четири години тие се сретнаа во Охрид.", ("Пред четири години", "2021", "year")),
    ("Пред 15 години беше изградена браната.", ("Пред 15 години", "2010", "year")),
    ("Пред дваесет и две години беше потпишан мирот.", ("Пред дваесет и две години", "2003", "year")),
    # intervals after publication in a future clause
    ("Резултатите ќе бидат објавени за две недели.", ("за две недели", "2025-W38", "week")),
    ("Пресудата ќе биде донесена за три недели.", ("за три недели", "2025-W39", "week")),
    ("Одлуката ќе биде позната за пет дена.", ("за пет дена", "2025-09-09", "day")),
    # weekends: with a modifier the week's, alone the one the tense points to
    ("Изминатиот викенд полицијата уапси тројца.", ("Изминатиот викенд", "2025-W35", "week")),
    ("Изминатиов викенд полицијата уапси тројца.", ("Изминатиов викенд", "2025-W35", "week")),
    ("Минатиот викенд беше одржан фестивалот.", ("Минатиот викенд", "2025-W35", "week")),
    ("Викендот што помина беше мирен.", ("Викендот што помина", "2025-W35", "week")),
    ("Следниот викенд ќе се одржи фестивалот.", ("Следниот викенд", "2025-W37", "week")),
    ("Викендов ќе се одржи фестивалот.", ("Викендов", "2025-W36", "week")),
    ("За викендот ќе врне дожд во Скопје.", ("викендот", "2025-W36", "week")),
    ("Средбата ќе биде за викендот во Охрид.", ("викендот", "2025-W36", "week")),
    ("Тие се сретнаа за викендот во Охрид.", ("викендот", "2025-W35", "week")),
    ("Во текот на викендот беа уапсени петмина.", ("викендот", "2025-W35", "week")),
    ("Следната недела почнуваат преговорите.", ("Следната недела", "2025-W37", "week")),
    ("Следната недела ќе почнат преговорите.", ("Следната недела", "2025-W37", "week")),
    # the parts of this day and of yesterday
    ("Ноќеска беше уапсен осомничениот за грабежот.", ("Ноќеска", "2025-09-04", "day")),
    ("Ноќеска околу три часот избувна пожар.", ("Ноќеска", "2025-09-04", "day")),
    ("Синоќа се случи несреќата кај Велес.", ("Синоќа", "2025-09-03", "day")),
    ("Синоќа доцна беше уапсен возачот.", ("Синоќа", "2025-09-03", "day")),
    ("Утрово пратениците гласаа за буџетот.", ("Утрово", "2025-09-04", "day")),
    ("Попладнево ќе се одржи седница на Владата.", ("Попладнево", "2025-09-04", "day")),
    ("Попладнево министерот ја посети болницата.", ("Попладнево", "2025-09-04", "day")),
    # abbreviated months, Cyrillic and Latin, and Roman months
    ("Договорот е потпишан на 12 ное. 2024.", ("12 ное. 2024", "2024-11-12", "day")),
    ("Одлуката е донесена на 12 ное. минатата година.", ("12 ное. минатата година", "2024-11-12", "day")),
    ("Седницата е закажана за 15 дек.", ("15 дек.", "2025-12-15", "day")),
    ("Состанокот беше на 14 јан.", ("14 јан.", "2025-01-14", "day")),
    ("Седницата се одржа на 7 окт. 2024 во Струмица.", ("7 окт. 2024", "2024-10-07", "day")),
    ("На 2 септ. 2025 се одржа средбата.", ("2 септ. 2025", "2025-09-02", "day")),
    ("На 3 апр. 2025 се одржа средбата.", ("3 апр. 2025", "2025-04-03", "day")),
    ("The meeting was held on 12 Nov. 2024 in Ohrid.", ("12 Nov. 2024", "2024-11-12", "day")),
    ("Решението од 3.IV.2025 е поништено.", ("3.IV.2025", "2025-04-03", "day")),
    ("Решението е донесено на 3. IV 2025.", ("3. IV 2025", "2025-04-03", "day")),
    ("Записникот е од 12.XI.2024 година.", ("12.XI.2024 година", "2024-11-12", "day")),
    ("Законот е донесен на 21/XII/2023.", ("21/XII/2023", "2023-12-21", "day")),
    ("Решението од 5/IV/2025 година е конечно.", ("5/IV/2025 година", "2025-04-05", "day")),
    # ranges: the start takes the month and year of the end
    ("Изложбата ќе трае од 3 до 5 октомври.", ("3", "2025-10-03", "day")),
    ("Изложбата е отворена од 10 до 20 септември.", ("10", "2025-09-10", "day")),
    ("Ќе се одржи од 3-ти до 5-ти октомври.", ("3-ти", "2025-10-03", "day")),
    ("Конференцијата се одржа од 1 до 3 јуни 2024.", ("1", "2024-06-01", "day")),
    ("Конференцијата се одржа од 28 мај до 2 јуни 2024.", ("28 мај", "2024-05-28", "day")),
    ("Тој беше министер (2019-2021) и амбасадор.", ("2019", "2019", "year")),
    # years with an ordinal ending, and a year alone in parentheses
    ("Во 2026-та ќе се отвори фабриката.", ("2026-та", "2026", "year")),
    ("Во 2026-тата ќе има попис.", ("2026-тата", "2026", "year")),
    ("Во 2030-тата година ќе има нов аеродром.", ("2030-тата година", "2030", "year")),
    ("Изборите (2024) донесоа голема промена.", ("2024", "2024", "year")),
    ("Според пописот (2021), градот има 50.000 жители.", ("2021", "2021", "year")),
    ("Романот на Ристовски ( 1998 ) е преведен на шест јазици.", ("1998", "1998", "year")),
    # anaphoric days after a written date
    ("На 3 март 2024 пратеникот пристигна во Битола. Претходниот ден тој се сретна со градоначалникот.",
     ("Претходниот ден", "2024-03-02", "day")),
    ("На 3 март 2024 пратеникот пристигна во Битола. Истиот ден тој се сретна со градоначалникот.",
     ("Истиот ден", "2024-03-03", "day")),
    ("На 5 мај 2023 протестот почна во Тетово. Истата вечер полицијата уапси двајца.", ("Истата вечер", "2023-05-05", "day")),
    ("Претходниот ден, на 2 април 2024, беа уапсени тројца.", ("2 април 2024", "2024-04-02", "day")),
    # a part of the day before or after the one told last
    ("На 3 март 2024 протестот почна. Претходната вечер полицијата уапси двајца.", ("Претходната вечер", "2024-03-02", "day")),
    ("На 3 март 2024 протестот почна. Следната вечер полицијата уапси двајца.", ("Следната вечер", "2024-03-04", "day")),
    ("Судењето почна на 10 јуни 2023. Наредното утро адвокатот побара одложување.", ("Наредното утро", "2023-06-11", "day")),
    ("Седницата беше на 12 мај 2022 година. Претходното попладне министерот се сретна со синдикатите.",
     ("Претходното попладне", "2022-05-11", "day")),
    ("Претходната вечер полицијата уапси двајца.", ("Претходната вечер", None, "day")),  # no day told before it
])
def test_invented_phrases_of_issue_4(text, expected):
    assert expected in times(text)


@pytest.mark.parametrize("text", [
    "За две недели беа уапсени десет лица.",  # a span of time in a past clause
    "Во последните две години невработеноста падна.",  # a span up to now
    "Бројот на вработени (1500) е намален.",  # a count in parentheses, too small for a year
    "Општината ќе добие грант (2026 илјади евра).",  # not alone in its parentheses: an amount
])
def test_spans_and_counts_are_no_dates(text):
    assert times(text) == []


def test_a_year_in_parentheses_is_its_nouns_and_dates_no_act():
    text = "Според пописот (2021), општината вчера го усвои планот."
    doc = TimeStep()(_document(text))
    start = text.index("усвои")
    assert governing_time(doc, start, start + 5).text == "вчера"
    text = "Според пописот (2021), општината го усвои планот."
    doc = TimeStep()(_document(text))
    start = text.index("усвои")
    assert governing_time(doc, start, start + 5) is None  # the publication date, not 2021


@pytest.mark.parametrize("text, date_text, deadline", [
    ("Директорот рече дека остатокот од долгот ќе биде платен до средината на ноември.", "средината на ноември", True),
    ("Парите од грантот ќе стигнат до 15 октомври.", "15 октомври", True),
    ("Делот од патот кон Струга ќе биде готов до крајот на годината.", "крајот на годината", True),
    ("Изложбата е отворена од 10 до 20 септември.", "20 септември", False),  # the end of a range
    ("Продавниците ќе работат од понеделник до петок.", "петок", False),
    ("Мерките важат од минатата недела до 30 септември.", "30 септември", False),
])
def test_a_deadline_after_a_noun_with_its_of_is_no_range_end(text, date_text, deadline):
    assert matcher().until_date(text, text.index(date_text)) is deadline


def test_a_deadline_in_a_reported_clause_does_not_date_the_next_act():
    text = "Директорот на Фондот рече дека остатокот од долгот ќе биде платен до средината на ноември и ги повика аптекарите на трпение."
    doc = TimeStep()(_document(text))
    start = text.index("повика")
    assert governing_time(doc, start, start + 6) is None  # the publication date, not November


@pytest.mark.parametrize("text, expected", [
    # told as done, "next year" or "the next month" counts from the date told last
    ("Фабриката беше затворена во 2019 година. Наредната година работниците протестираа пред Владата.",
     ("Наредната година", "2020", "year")),
    ("На 3 март 2024 беше потпишан договорот, а следниот месец беа исплатени парите.", ("следниот месец", "2024-04", "month")),
    ("Во 2015 тој го напушти клубот. Следната година играше во Грција.", ("Следната година", "2016", "year")),
    # ... not in a future clause
    ("Во 2015 тој го напушти клубот. Следната година ќе игра во Грција.", ("Следната година", "2026", "year")),
])
def test_next_year_told_as_done_follows_the_date_told_last(text, expected):
    assert expected in times(text)


def test_the_pronoun_taa_is_no_past_verb_that_turns_a_deadline_back():
    wednesday = date(2025, 1, 15)
    assert ("понеделник", "2025-01-20", "day") in times("Според законот, таа има рок до понеделник да достави план.", published=wednesday)
    # a past clause still sets it back
    assert ("понеделник", "2025-01-13", "day") in times("Според законот, таа имаше рок до понеделник да достави план.",
                                                       published=wednesday)


@pytest.mark.parametrize("text, expected", [
    # a year told relative to publication after an absolute one takes over the sentence's year
    ("Законот беше донесен во јуни 2012 година, а во септември минатата година Владата најави дека ќе го укине, "
     "оставајќи му на Собранието рок до 5 март.", ("5 март", "2025-03-05", "day")),
    # ... and without it the absolute year stays the sentence's
    ("Законот беше донесен во 2012 година и изменет на 5 март.", ("5 март", "2012-03-05", "day")),
])
def test_a_relative_year_told_after_an_absolute_one_sets_the_sentence_year(text, expected):
    assert expected in times(text, published=date(2025, 1, 20))


@pytest.mark.parametrize("text, published, expected", [
    # a clause set against the year's by ", а" / ", но" does not take it: the publication year and the tense
    ("Фирмата ја основаше со сопругата во 2015 година, а нејзиниот брат им се придружи во март.", date(2025, 9, 4),
     ("март", "2025-03", "month")),
    ("Цените пораснаа најмногу од 2012 година, но бројот на невработени падна во јуни.", date(2025, 9, 4),
     ("јуни", "2025-06", "month")),
    ("Барањето го поднесоа во април 2019 година, а одговорите ги испратија во февруари.", date(2019, 10, 1),
     ("февруари", "2019-02", "month")),
    # ... without a publication date such a month stays unresolved
    ("Цените пораснаа најмногу од 2012 година, а бројот на невработени падна во јуни.", None, ("јуни", None, "month")),
    # ... not one joined by "и" in the same clause run, nor a rejected alternative (", а не"), which share the year
    ("Фирмата ја основаше со сопругата во 2015 година и го прошири бизнисот во март.", date(2025, 9, 4),
     ("март", "2015-03", "month")),
    ("Фабриката работеше до мај 2015 година, а не до март, како што тврдеше министерот.", date(2025, 9, 4),
     ("март", "2015-03", "month")),
    # a year where a superlative's comparison starts runs to now: no year of the sentence's acts
    ("Невработеноста е најниска од 2008 година, откако падна на 3,9 отсто во август.", date(2025, 9, 4),
     ("август", "2025-08", "month")),
    ("Потрошувачката порасна за најмногу од 2015 година во јуни.", None, ("јуни", None, "month")),
    # ... not a year the sentence is told in, nor one a clause of time names as its moment
    ("Невработеноста беше ниска во 2008 година, откако падна на 3,9 отсто во август.", date(2025, 9, 4),
     ("август", "2008-08", "month")),
    ("Бројот на туристи е највисок од 2010 година, кога во јули дојдоа 5.000 луѓе.", date(2025, 9, 4),
     ("јули", "2010-07", "month")),
])
def test_a_contrasted_clause_and_a_superlative_s_start_take_no_year_of_the_sentence(text, published, expected):
    assert expected in times(text, published=published)


@pytest.mark.parametrize("text, expected", [
    # a count of years or months set beside a written date after a comma names that date
    ("Четири години подоцна, во 2012 година, беа одржани нови избори.", ("Четири години подоцна", "2012", "year")),
    ("Во 2003 година заминал во странство. Една година претходно, во 2001, ја завршил школата.",
     ("Една година претходно", "2001", "year")),
    # ... not one with no date beside it, which counts from the date told before it, nor a deadline after it
    ("Во 2003 година заминал во странство. Една година претходно ја завршил школата, во Битола.",
     ("Една година претходно", "2002", "year")),
    ("Четири години подоцна, до 2012 година, беа изградени два моста.", ("Четири години подоцна", None, "year")),
])
def test_a_count_set_beside_a_written_date_names_it(text, expected):
    assert expected in times_by_line(text.replace(". ", ".\n"), published=date(2011, 8, 15))


@pytest.mark.parametrize("text, expected", [
    # a day told from publication after the year moves the account to now: a later month is this year's
    ("Синдикалистот, еден од водачите на штрајкот од зимата 2016 година, денеска беше ослободен од затвор, "
     "каде ја издржуваше казната на која беше осуден во мај.", ("мај", "2025-05", "month")),
    ("Новинарката, позната по истрагите од 2018 година, вчера изјави дека тужбата ја поднела во март.", ("март", "2025-03", "month")),
    # ... not without such a day: the year the sentence told stays its year
    ("Синдикалистот, еден од водачите на штрајкот од зимата 2016 година, беше осуден во мај.", ("мај", "2016-05", "month")),
])
def test_a_day_told_from_publication_after_a_year_ends_that_year_s_reach(text, expected):
    assert expected in times(text, published=date(2025, 6, 17))


@pytest.mark.parametrize("text, expected", [
    # an agreement to act with the act's object before its `да` puts the date after it forward
    ("Двете влади се договорија разговорите за границата да продолжат во јануари.", ("јануари", "2025-01", "month")),
    ("Министрите одлучија седницата на комисијата да се одржи во јануари.", ("јануари", "2025-01", "month")),
    # ... not a date before the verb, the day of the decision
    ("Во јануари министрите одлучија буџетот да го намалат.", ("јануари", "2024-01", "month")),
])
def test_an_agreement_with_its_object_before_da_puts_the_date_forward(text, expected):
    assert expected in times(text, published=date(2024, 12, 10))


@pytest.mark.parametrize("text, expected", [
    # a clause `откако` opens without `ќе` tells a past act: the year a report is for does not place its date
    ("Фирмата ќе ги објави резултатите за последното тромесечје од 2024 година, првите откако на 3 јануари ја намали "
     "прогнозата.", ("3 јануари", "2025-01-03", "day")),
    # ... another clause whose tense no word tells still takes the report's year
    ("Фирмата ќе ги објави резултатите за последното тромесечје од 2024 година, кога на 3 јануари ја намали прогнозата.",
     ("3 јануари", "2024-01-03", "day")),
])
def test_a_past_clause_after_a_reports_year_is_dated_against_publication(text, expected):
    assert expected in times(text, published=date(2025, 1, 26))


@pytest.mark.parametrize("text, expected", [
    # a weekday set off by a comma right after a week is that week's day (published Sunday 2025-03-16)
    ("Министерот рече дека ќе го посети градот следната недела, најверојатно во средата.", ("средата", "2025-03-19", "day")),
    ("Минатата недела, во петокот, делегацијата оствари средба во Брисел.", ("петокот", "2025-03-07", "day")),
    # ... not one in a clause of its own after it
    ("Министерот следната недела ќе го посети градот, а пратениците во средата гласаа за буџетот.", ("средата", "2025-03-12", "day")),
])
def test_a_weekday_apposed_to_a_week_is_that_weeks_day(text, expected):
    assert expected in times(text, published=date(2025, 3, 16))


def test_results_published_on_a_weekday_in_the_present_are_ahead():
    assert ("вторник", "2025-03-18", "day") in times("Компанијата во вторник ги објавува резултатите.", published=date(2025, 3, 16))


@pytest.mark.parametrize("text, expected", [
    # an l-form after "би" is a conditional, not a past clause: "следната година" counts from publication
    ("Албанија и Босна би можеле да се приклучат следната година.", ("следната година", "2006", "year")),
    # ... a past clause after a told year still counts from that year
    ("Во 2001 година се зборуваше за тоа. Следната година тие се приклучиле.", ("Следната година", "2002", "year")),
    # "најрано" ends like a participle and tells no act done then
    ("Датумот за преговорите Скопје го очекува најрано во март.", ("март", "2006-03", "month")),
])
def test_conditionals_and_time_adverbs_are_no_past(text, expected):
    assert expected in times(text, published=date(2005, 11, 23))


def test_the_same_day_told_ahead_is_the_last_day_still_to_come():
    text = ("Претседателот ќе закаже избори за 11 мај, соопшти неговиот кабинет во вторникот.\n"
            "Локалните избори ќе се одржат истиот ден.")
    assert ("истиот ден", "2008-05-11", "day") in times_by_line(text, published=date(2008, 3, 12))
    # told as done, it is the last day on or before publication
    text = ("Министерот во вторникот го потпиша договорот, кој ќе стапи во сила на 1 мај.\nИстиот ден тој се сретна со "
            "амбасадорот.")
    assert ("Истиот ден", "2008-03-11", "day") in times_by_line(text, published=date(2008, 3, 12))


@pytest.mark.parametrize("text, published, expected", [
    # the end a deadline was set to lies ahead, whatever participle sets it
    ("Конкурсот за стипендии продолжен до 20-ти октомври", date(2011, 8, 3), ("20-ти октомври", "2011-10-20", "day")),
    ("Рокот за пријавување, продолжен до 20-ти октомври, важи за сите кандидати.", date(2011, 8, 3), ("20-ти октомври", "2011-10-20", "day")),
    # ... not a date the participle's act was done on
    ("Законот донесен на 20-ти октомври стапува на сила денес.", date(2011, 8, 3), ("20-ти октомври", "2010-10-20", "day")),
    # what is hoped for is to come
    ("Општината се надева на нов мост до градот во октомври.", date(2011, 12, 5), ("октомври", "2012-10", "month")),
    ("Земјоделците се надеваат на подобар род во октомври.", date(2011, 12, 5), ("октомври", "2012-10", "month")),
    # ... not a month told before the hope, in a clause of its own
    ("Во октомври земјата доби статус на кандидат, а сега се надева на датум за преговори.", date(2011, 12, 5),
     ("октомври", "2011-10", "month")),
])
def test_deadlines_set_by_a_participle_and_hopes_lie_ahead(text, published, expected):
    assert expected in times(text, published=published)


def test_a_date_set_beside_a_deadline_noun_lies_ahead():
    # told in January, a March deadline named beside its noun is this March, far ahead as it is
    text = "До рокот за пријави, 29 март, остануваат помалку од 11 недели."
    assert ("29 март", "2019-03-29", "day") in times(text, published=date(2019, 1, 16))
    # ... not when the clause tells it passed
    text = "Рокот за пријави, 29 март, беше пробиен од сите."
    assert ("29 март", "2018-03-29", "day") in times(text, published=date(2019, 1, 16))
