"""The time stage on sentences written for these tests (publication date 2025-09-04, a Thursday)."""
from __future__ import annotations

import re
from datetime import date

import pytest
import spacy

import vesnik.segment  # noqa: F401  (registers vesnik_sentencizer)
from vesnik.document import Document, Sentence
from vesnik.time import TimeStep, governing_time, matcher

PUBLISHED = date(2025, 9, 4)


def times(text: str, published: date | None = PUBLISHED) -> list[tuple[str, str | None, str | None]]:
    found = matcher().find(text, [(0, len(text))], published)
    return [(f.expression.text, f.expression.value, f.expression.precision) for f in found]


def times_by_line(text: str, published: date | None = PUBLISHED) -> list[tuple[str, str | None, str | None]]:
    """`times` with each line a sentence, as the segmenter splits a merged record."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    return [(f.expression.text, f.expression.value, f.expression.precision) for f in matcher().find(text, lines, published)]


@pytest.mark.parametrize("text, expected", [
    # explicit dates
    ("Договорот е потпишан на 4 септември 2025.", ("4 септември 2025", "2025-09-04", "day")),
    ("Состанокот беше на 4-ти септември.", ("4-ти септември", "2025-09-04", "day")),
    ("Самитот се одржа на 10-ти мај во Брисел.", ("10-ти мај", "2025-05-10", "day")),
    ("Изборите (20-ти април) поминаа мирно.", ("20-ти април", "2025-04-20", "day")),
    ("Фабриката е затворена во 2009 година.", ("2009 година", "2009", "year")),
    ("Тој живееше таму во 2009.", ("2009", "2009", "year")),
    ("Во 2019-тата година беа отворени 500 работни места.", ("2019-тата година", "2019", "year")),
    ("Војната почна во 2022-ра година.", ("2022-ра година", "2022", "year")),
    ("Проектот ќе заврши во 2027-ма.", ("2027-ма", "2027", "year")),
    ("Законот важи од 03.11.2009 наваму.", ("03.11.2009", "2009-11-03", "day")),
    ("Одлуката од 3.11.2009 г. е поништена.", ("3.11.2009 г.", "2009-11-03", "day")),
    ("Рокот истекува во септември 2025.", ("септември 2025", "2025-09", "month")),
    ("Договорот од 12 фебруар 2010 важи и денеска.", ("12 фебруар 2010", "2010-02-12", "day")),
    ("Извештајот е од 4 септ. 2025.", ("4 септ. 2025", "2025-09-04", "day")),
    ("Signed on 4 September 2025 in Skopje.", ("4 September 2025", "2025-09-04", "day")),
    ("Пописот е од 2024-03-31.", ("2024-03-31", "2024-03-31", "day")),
    ("Кризата почна во декември.", ("декември", "2024-12", "month")),  # long after publication: last year's
    ("Концертот е на 2-ри октомври.", ("2-ри октомври", "2025-10-02", "day")),  # soon after: this year's
    # weekdays: the last one on or before the publication date, the next one in a future clause
    ("Во среда двајцата лидери се сретнаа.", ("среда", "2025-09-03", "day")),
    ("Агенцијата објави во четврток.", ("четврток", "2025-09-04", "day")),
    ("Министерот во понеделникот даде оставка.", ("понеделникот", "2025-09-01", "day")),
    ("Двајцата ќе се сретнат во петок.", ("петок", "2025-09-05", "day")),
    ("Во петок, министрите ќе се сретнат.", ("петок", "2025-09-05", "day")),
    ("Гласањето нема да заврши до сабота.", ("сабота", "2025-09-06", "day")),
    ("Оваа среда пратениците гласаа.", ("Оваа среда", "2025-09-03", "day")),
    ("Минатиот петок падна договорот.", ("Минатиот петок", "2025-08-29", "day")),
    ("Следниот вторник почнува судењето.", ("Следниот вторник", "2025-09-09", "day")),
    ("Судот одлучи во вторникот (2-ри септември).", ("вторникот", "2025-09-02", "day")),
    ("Судот одлучи во вторникот (2-ри септември).", ("2-ри септември", "2025-09-02", "day")),
    ("Интервјуто е во недела, 31 август.", ("недела", "2025-08-31", "day")),
    ("Емисијата е вечерва, сабота, 6 септември 2025.", ("вечерва", "2025-09-06", "day")),
    # words that count from the publication date
    ("Денес пратениците гласаат.", ("Денес", "2025-09-04", "day")),
    ("Полицијата вчера уапси двајца.", ("вчера", "2025-09-03", "day")),
    ("Протестот беше завчера.", ("завчера", "2025-09-02", "day")),
    ("Утре почнува конференцијата.", ("Утре", "2025-09-05", "day")),
    ("Министерот вчеравечер изјави дека ќе поднесе оставка.", ("вчеравечер", "2025-09-03", "day")),
    ("Утревечер ќе се одржи концертот.", ("Утревечер", "2025-09-05", "day")),
    # yesterday's as the adjective of an occasion
    ("Опозицијата ја бојкотираше вчерашната седница.", ("вчерашната", "2025-09-03", "day")),
    ("Седницата ќе се одржи прекутре.", ("прекутре", "2025-09-06", "day")),
    ("Договорот потпишан минатата година важи.", ("минатата година", "2024", "year")),
    ("Цените пораснаа претходната година.", ("претходната година", "2024", "year")),
    ("Оваа година буџетот е поголем.", ("Оваа година", "2025", "year")),
    ("Изборите се следната година.", ("следната година", "2026", "year")),
    ("Серијата завршува следното лето.", ("следното лето", "2026", "year")),
    ("Идејата беше дадена за време на посетата на Москва, во јули, и за неа ќе се разговара.", ("јули", "2025-07", "month")),
    ("Фестивалот се одржа претходното лето.", ("претходното лето", "2024", "year")),
    ("Оваа недела владата донесе уредба.", ("Оваа недела", "2025-W36", "week")),
    ("Минатата недела падна снег.", ("Минатата недела", "2025-W35", "week")),
    ("Следната недела стигнува помошта.", ("Следната недела", "2025-W37", "week")),
    ("Минатиот викенд имаше протести.", ("Минатиот викенд", "2025-W35", "week")),
    ("Цената ќе се зголеми следниот месец.", ("следниот месец", "2025-10", "month")),
    ("Минатиот месец извозот опадна.", ("Минатиот месец", "2025-08", "month")),
    ("Тој пристигна пред два дена.", ("пред два дена", "2025-09-02", "day")),
    ("Тој пристигна пред 2 дена.", ("пред 2 дена", "2025-09-02", "day")),
    ("Фабриката е затворена пред три години.", ("пред три години", "2022", "year")),
    ("Минатиот август беше најтопол.", ("Минатиот август", "2025-08", "month")),
    ("Овој август беше најтопол.", ("Овој август", "2025-08", "month")),
    ("Законот стапи во сила на почетокот на годината.", ("почетокот на годината", "2025", "year")),
    ("Лани извозот порасна.", ("Лани", "2024", "year")),
    ("Војната почна во пролетта 1992 година.", ("пролетта 1992 година", "1992", "year")),
    ("Во 2004 година се пресели, а во март се врати.", ("март", "2004-03", "month")),
    ("Тоа се случи во декември минатата година.", ("декември минатата година", "2024-12", "month")),
    ("Во мај лани извозот порасна.", ("мај лани", "2024-05", "month")),
    ("Партијата е основана пред два месеца.", ("пред два месеца", "2025-07", "month")),
    ("Мостот е изграден пред една деценија.", ("пред една деценија", "2015", "year")),
    ("Договорот е потпишан пред месец дена.", ("пред месец дена", "2025-08", "month")),
    ("Независноста е прогласена пред триесет години.", ("пред триесет години", "1995", "year")),
    ("Реформата ќе почне оваа есен.", ("оваа есен", "2025", "year")),
    ("Минатото лето беше суво.", ("Минатото лето", "2024", "year")),
])
def test_resolves(text, expected):
    assert expected in times(text)


SUNDAY, MONDAY, NEW_YEAR = date(2025, 6, 1), date(2025, 6, 2), date(2026, 1, 1)


@pytest.mark.parametrize("published, text, expected", [
    # agency copy on a Sunday (ISO week 2025-W22)
    (SUNDAY, "Премиерот во петок се сретна со германскиот канцелар.", [("петок", "2025-05-30", "day")]),
    (SUNDAY, "Владата во понеделник ќе ја разгледа одлуката.", [("понеделник", "2025-06-02", "day")]),
    (SUNDAY, "В среда Собранието ќе одржи седница.", [("среда", "2025-06-04", "day")]),
    (SUNDAY, "Во недела се одржаа локалните избори во Грција.", [("недела", "2025-06-01", "day")]),
    (SUNDAY, "Пратениците минатата недела гласаа за буџетот.", [("минатата недела", "2025-W21", "week")]),
    (SUNDAY, "Следната недела во Скопје пристигнува делегација на ЕУ.", [("Следната недела", "2025-W23", "week")]),
    (SUNDAY, "Вчера попладне полицијата уапси двајца осомничени.", [("Вчера", "2025-05-31", "day")]),
    (SUNDAY, "Утре наутро министрите ќе отпатуваат за Брисел.", [("Утре", "2025-06-02", "day")]),
    (SUNDAY, "Во изминатите 24 часа регистрирани се 15 нови случаи.", []),
    (SUNDAY, "Пред една недела Владата го усвои законот.", [("Пред една недела", "2025-W21", "week")]),
    (SUNDAY, "На почетокот на месецот цените на горивата пораснаа.", [("почетокот на месецот", "2025-06", "month")]),
    (SUNDAY, "Кон крајот на годината се очекува нов кредит.", [("крајот на годината", "2025", "year")]),
    (SUNDAY, "Договорот ќе биде потпишан на 5 јуни.", [("5 јуни", "2025-06-05", "day")]),
    (SUNDAY, "Рокот за понудите е 5.6.2025.", [("5.6.2025", "2025-06-05", "day")]),
    (SUNDAY, "Стратегијата предвидува помалку емисии до 2030 година.", [("2030 година", "2030", "year")]),
    (SUNDAY, "Инвестицијата ќе заврши во 2026-та.", [("2026-та", "2026", "year")]),
    (SUNDAY, "Оваа година извозот порасна за пет отсто.", [("Оваа година", "2025", "year")]),
    (SUNDAY, "Годинава се очекува раст од три отсто.", [("Годинава", "2025", "year")]),
    (SUNDAY, "Лани дефицитот беше 4,4 отсто.", [("Лани", "2024", "year")]),
    (SUNDAY, "Преклани беа одржани парламентарни избори.", [("Преклани", "2023", "year")]),
    (SUNDAY, "Идната година ќе се одржат локални избори.", [("Идната година", "2026", "year")]),
    (SUNDAY, "На крајот на минатиот месец инфлацијата беше 4 отсто.", [("крајот на минатиот месец", "2025-05", "month")]),
    (SUNDAY, "Во првата половина од годината БДП порасна.", [("првата половина од годината", "2025", "year")]),
    (SUNDAY, "Викендов во Охрид се одржа самитот.", [("Викендов", "2025-W22", "week")]),
    # on a Monday
    (MONDAY, "Во саботата беа пријавени нови напади во Харков.", [("саботата", "2025-05-31", "day")]),
    (MONDAY, "Викендот полицијата приведе 30 возачи.", [("Викендот", "2025-W22", "week")]),
    (MONDAY, "Изминатиов викенд имаше силни невремиња.", [("Изминатиов викенд", "2025-W22", "week")]),
    (MONDAY, "Пред три дена беше потпишан прекинот на огнот.", [("Пред три дена", "2025-05-30", "day")]),
    (MONDAY, "Во мај инфлацијата изнесуваше 3,1 отсто.", [("мај", "2025-05", "month")]),
    (MONDAY, "Во понеделник, 2 јуни, Владата ќе одржи седница.", [
        ("понеделник", "2025-06-02", "day"), ("2 јуни", "2025-06-02", "day")]),
    # on the first of January (a Thursday, ISO week 2026-W01)
    (NEW_YEAR, "Лани економијата порасна за 2,5 отсто.", [("Лани", "2025", "year")]),
    (NEW_YEAR, "Оваа година ќе се одржат претседателски избори.", [("Оваа година", "2026", "year")]),
    (NEW_YEAR, "Во декември инфлацијата забави.", [("декември", "2025-12", "month")]),
    (NEW_YEAR, "Вчера беше последниот ден од годината.", [("Вчера", "2025-12-31", "day")]),
    (NEW_YEAR, "Минатата недела Владата го донесе буџетот.", [("Минатата недела", "2025-W52", "week")]),
    (NEW_YEAR, "Во февруари ќе се одржи самит на НАТО.", [("февруари", "2026-02", "month")]),
    (NEW_YEAR, "Во вторник преговорите беа прекинати.", [("вторник", "2025-12-30", "day")]),
    (NEW_YEAR, "Преговорите ќе продолжат во вторник.", [("вторник", "2026-01-06", "day")]),
    (NEW_YEAR, "Следниот месец ќе почне примената.", [("Следниот месец", "2026-02", "month")]),
    (NEW_YEAR, "Во последниот квартал од минатата година извозот опадна.", [
        ("последниот квартал од минатата година", "2025", "year")]),
])
def test_agency_copy_on_a_sunday_a_monday_and_new_year(published, text, expected):
    assert times(text, published=published) == expected


def test_a_day_of_a_month_named_relative_to_publication():
    assert times("Рокот за пријави е до 15-ти овој месец.") == [("15-ти овој месец", "2025-09-15", "day")]
    assert times("Договорот беше потпишан на 28-ми минатиот месец.") == [("28-ми минатиот месец", "2025-08-28", "day")]
    assert times("Платите ќе бидат исплатени до 20 месецов.") == [("20 месецов", "2025-09-20", "day")]
    assert times("Тој доби 15 овој месец.") == [("овој месец", "2025-09", "month")]  # an amount


def test_future_clause_resolves_forward_and_past_clause_backward():
    assert times("Министрите се сретнаа, а во петок ќе заминат.") == [("петок", "2025-09-05", "day")]
    assert times("Тие ќе се сретнат, а во петок заминаа.") == [("петок", "2025-08-29", "day")]
    assert times("Таа ќе наполни 16 години во ноември.") == [("ноември", "2025-11", "month")]
    assert times("Концертот го планира за 2-ри јуни.") == [("2-ри јуни", "2026-06-02", "day")]


def test_a_clause_without_a_verb_takes_the_tense_of_the_clause_it_continues():
    assert times("Премиерот утре ќе ја посети Струмица, а во петок Битола.")[1:] == [("петок", "2025-09-05", "day")]
    assert times("Разговорите ќе продолжат утре, во петок и во сабота.")[1:] == [
        ("петок", "2025-09-05", "day"), ("сабота", "2025-09-06", "day")]
    assert times("Министрите ќе се сретнат во понеделник, а во петок разговараа.")[1:] == [("петок", "2025-08-29", "day")]
    assert times("Разговорите ќе продолжат во понеделник, а во петок заврши првата рунда.")[1:] == [
        ("петок", "2025-08-29", "day")]  # "заврши" may be a verb: only words known to be none make a clause verbless
    assert times("Таа ќе го прими амбасадорот во вторник, а во петок државниот секретар.")[1:] == [
        ("петок", "2025-09-05", "day")]
    # a clause cut only by commas has its verb after them
    assert times("Со надеж дека ќе заштеди, владата во петок, исто така, одлучи да ги намали платите.") == [
        ("петок", "2025-08-29", "day")]


def test_a_weekend_is_the_week_of_the_weekend_its_modifier_or_tense_points_to():
    saturday, sunday, monday = date(2025, 9, 6), date(2025, 9, 7), date(2025, 9, 8)
    assert times("Викендот полицијата приведе 20 возачи.") == [("Викендот", "2025-W35", "week")]
    assert times("Викендот полицијата приведе 20 возачи.", published=monday) == [("Викендот", "2025-W36", "week")]
    assert times("Викендов полицијата приведе 20 возачи.", published=sunday) == [("Викендов", "2025-W36", "week")]
    assert times("За викендот се очекуваат врнежи.", published=saturday) == [("викендот", "2025-W36", "week")]
    assert times("За викендот се очекуваат врнежи.", published=monday) == [("викендот", "2025-W37", "week")]
    assert times("Овој викенд ќе има протест.") == [("Овој викенд", "2025-W36", "week")]
    assert times("Изминатиов викенд имаше протести.", published=monday) == [("Изминатиов викенд", "2025-W36", "week")]
    assert times("Следниот викенд ќе се одржи саемот.") == [("Следниот викенд", "2025-W37", "week")]
    assert times("Следниот викенд ќе се одржи саемот.", published=sunday) == [("Следниот викенд", "2025-W37", "week")]
    assert times("Тие работат и за викенд.") == []
    # the weekend of a story told years before publication is not dated by the text
    assert times("Во 1992 година избегале од градот. Братот дошол за време на викендот.") == [
        ("1992 година", "1992", "year")]
    # ... but one told ahead after such a story is the coming weekend
    assert times("Затворањето траеше од 1995 до 1996 година. Ако нема договор до викендот, ќе стане најдолго.")[-1] == (
        "викендот", "2025-W36", "week")
    assert times("Затворањето траеше од 1995 до 1996 година. Договор немаше ни за викендот.")[-1] == (
        "1996 година", "1996", "year")


def test_a_clause_without_a_verb_after_one_without_a_verb_takes_the_side_of_its_day_word():
    assert times("Премиерот утре во Брисел, во петок во Рим.")[1:] == [("петок", "2025-09-05", "day")]
    assert times("Премиерот вчера во Брисел, во петок во Рим.")[1:] == [("петок", "2025-08-29", "day")]


def test_present_tense_of_a_scheduled_event_resolves_forward():
    assert times("Сведочењето продолжува во вторник.") == [("вторник", "2025-09-09", "day")]
    assert times("Натпреварот започнува во сабота.") == [("сабота", "2025-09-06", "day")]
    assert times("Во среда имаме седница.") == [("среда", "2025-09-10", "day")]
    assert times("Изложбата завршува во недела.") == [("недела", "2025-09-07", "day")]
    assert times("Понудата истекува во вторник.") == [("вторник", "2025-09-09", "day")]
    assert times("Одлуката стапува на сила на 1 јуни.", published=date(2025, 3, 12)) == [("1 јуни", "2025-06-01", "day")]
    assert times("Комисијата треба да одлучи во март.") == [("март", "2026-03", "month")]
    assert times("Седницата би требало да се одржи во петок.") == [("петок", "2025-09-05", "day")]


def test_a_present_deadline_a_schedule_or_a_wish_points_ahead():
    march = date(2025, 3, 12)
    assert times("Рокот за пријавување е 30 јуни.", published=march) == [("30 јуни", "2025-06-30", "day")]
    assert times("Рокот за пријавување беше 30 декември.", published=march) == [("30 декември", "2024-12-30", "day")]
    assert times("Таа рече дека 15-ти ноември е крајниот датум за пријави.", published=march) == [
        ("15-ти ноември", "2025-11-15", "day")]
    assert times("Средбата е закажана за 20 мај.", published=march) == [("20 мај", "2025-05-20", "day")]
    assert times("Средбата беше закажана за 20 мај.", published=date(2025, 9, 1)) == [("20 мај", "2025-05-20", "day")]
    assert times("Протестот е најавен за сабота.") == [("сабота", "2025-09-06", "day")]
    assert times("Протестот беше најавен за сабота.") == [("сабота", "2025-08-30", "day")]
    assert times("Опозицијата сака избори пред 1-ви ноември.", published=march) == [("1-ви ноември", "2025-11-01", "day")]



def test_a_range_of_weekdays_told_in_a_present_that_goes_on_is_not_over_by_publication():
    tuesday, saturday = date(2025, 9, 2), date(2025, 9, 6)
    assert times("Саемот трае од петок до недела.", published=tuesday) == [
        ("петок", "2025-09-05", "day"), ("недела", "2025-09-07", "day")]
    assert times("Саемот трае од петок до недела.", published=saturday) == [
        ("петок", "2025-09-05", "day"), ("недела", "2025-09-07", "day")]
    assert times("Саемот ќе трае од петок до недела.", published=saturday) == [
        ("петок", "2025-09-12", "day"), ("недела", "2025-09-14", "day")]
    assert times("Штрајкот трае од понеделник.", published=saturday) == [("понеделник", "2025-09-01", "day")]


def test_a_visit_told_in_the_present_is_scheduled():
    assert times("Премиерот во петок заминува за Брисел.") == [("петок", "2025-09-05", "day")]
    assert times("Премиерот во петок отпатува за Брисел.") == [("петок", "2025-08-29", "day")]


def test_a_match_told_in_the_present_is_scheduled():
    assert times("Тимот во среда ја дочекува Шкендија.") == [("среда", "2025-09-10", "day")]
    assert times("Ракометарите во сабота играат против Шпанија.") == [("сабота", "2025-09-06", "day")]
    assert times("Ракометарите во сабота одиграа против Шпанија.") == [("сабота", "2025-08-30", "day")]
    # "игра" is also the noun: a verb only before its opponent or its match
    assert times("Репрезентацијата во вторникот игра пријателски натпревар со Грција.") == [("вторникот", "2025-09-09", "day")]
    assert times("Репрезентацијата во вторник игра против Грција.") == [("вторник", "2025-09-09", "day")]
    assert times("Во вторникот игра беше прекината поради дождот.") == [("вторникот", "2025-09-02", "day")]


def test_a_present_that_is_also_an_aorist_tells_nothing_beside_a_date_with_a_month():
    october = date(2025, 10, 27)
    assert times("Министерката на 12 октомври допатува во Рим.", published=october) == [("12 октомври", "2025-10-12", "day")]
    assert times("Министерката на 12 ноември допатува во Рим.", published=october) == [("12 ноември", "2025-11-12", "day")]
    assert times("Министерката во петок допатува во Рим.", published=october) == [("петок", "2025-10-31", "day")]


def test_a_fronted_date_takes_the_tense_of_the_clause_after_an_aside():
    assert times("Во петок, како што соопшти МВР, ќе биде затворен патот.") == [("петок", "2025-09-05", "day")]
    assert times("Во петок, според МВР, беа уапсени двајца.") == [("петок", "2025-08-29", "day")]


def test_do_before_a_date_points_ahead_unless_the_clause_is_in_the_past():
    assert times("Рокот е до петок.") == [("петок", "2025-09-05", "day")]
    assert times("Рокот беше до петок.") == [("петок", "2025-08-29", "day")]
    assert times("Преговорите траеја до петок.") == [("петок", "2025-08-29", "day")]
    # a first or second person plural of the aorist tells the past too
    assert times("До крајот на август собравме 20 милиони денари.") == [("крајот на август", "2025-08", "month")]
    assert times("До крајот на август ќе собереме 20 милиони денари.") == [("крајот на август", "2026-08", "month")]


def test_a_copula_right_before_the_date_tells_a_schedule():
    assert times("Средбата е во петок.") == [("петок", "2025-09-05", "day")]
    assert times("Изборите се во март.") == [("март", "2026-03", "month")]
    assert times("Тие се сретнаа во петок.") == [("петок", "2025-08-29", "day")]


def test_a_plural_copula_before_na_and_a_day_tells_a_schedule():
    november = date(2025, 11, 12)
    assert times("Локалните избори се на 15 март, соопшти ДИК.", published=november) == [("15 март", "2026-03-15", "day")]
    assert times("Првото барање е на 17 јули.", published=november) == [("17 јули", "2025-07-17", "day")]
    assert times("Пратениците се на 15 март сретнаа со амбасадорите.", published=november) == [
        ("15 март", "2025-03-15", "day")]


def test_capitalised_nedelata_before_a_copula_at_a_sentence_start_is_sunday():
    assert times("На 29-ти август пристигнаа гостите. Неделата беше ден за одмор.") == [
        ("29-ти август", "2025-08-29", "day"), ("Неделата", "2025-08-31", "day")]
    assert times("Тој рече дека неделата е важна.") == []
    assert times("Неделата што помина беше мирна.") == [("Неделата што помина", "2025-W35", "week")]


def test_a_unit_with_a_relative_clause_that_places_it_is_like_a_modifier():
    new_year = date(2026, 1, 1)
    assert times("Годината што измина беше тешка.", published=new_year) == [("Годината што измина", "2025", "year")]
    assert times("Во неделата што следува ќе се одржат разговори.") == [("неделата што следува", "2025-W37", "week")]
    assert times("Викендот што измина беше мирен.") == [("Викендот што измина", "2025-W35", "week")]


def test_today_set_against_a_decade_or_century_is_the_present_age():
    assert times("Денес земјата е поинаква од 1990-тите.") == [("Денес", None, "day")]
    assert times("Градот беше почитуван повеќе во 19 век отколку денес.") == [("денес", None, "day")]
    assert times("Денес министерот ја посети Битола.") == [("Денес", "2025-09-04", "day")]


def test_a_day_and_month_named_as_a_holiday_in_parentheses_recurs_every_year():
    assert times("Се слават 8-ми септември (Денот на независноста) и 2-ри август (Годишнината од востанието).") == [
        ("8-ми септември", None, "day"), ("2-ри август", None, "day")]
    assert times("Тој ќе допатува на 8-ми мај, Денот на Европа.", published=date(2025, 3, 12)) == [
        ("8-ми мај", "2025-05-08", "day")]


def test_a_season_or_quarter_without_a_year_is_its_year_by_the_tense():
    assert times("Летото беше исклучително топло.", published=date(2025, 3, 12)) == [("Летото", "2024", "year")]
    assert times("Туристите ќе пристигнат летото.", published=date(2025, 3, 12)) == [("летото", "2025", "year")]
    assert times("Штрајкот траеше цело лето.") == [("цело лето", "2025", "year")]
    assert times("Во последното тримесечје извозот порасна.", published=date(2025, 2, 10)) == [
        ("последното тримесечје", "2024", "year")]
    assert times("Извозот во третото тримесечје од 2010 порасна.") == [("третото тримесечје од 2010", "2010", "year")]
    assert times("Во второто полугодие ќе се вработат 100 лица.", published=date(2025, 3, 12)) == [
        ("второто полугодие", "2025", "year")]
    assert times("Во третото полугодие.") == []
    assert times("Меѓу мај и летото цените пораснаа.", published=date(2025, 10, 1)) == [
        ("мај", "2025-05", "month"), ("летото", "2025", "year")]


def test_a_last_or_next_season_is_the_last_one_over_or_the_next_one_not_begun():
    november, march = date(2025, 11, 20), date(2026, 3, 4)
    assert times("Минатата зима беше блага.", published=date(2025, 10, 1)) == [("Минатата зима", "2025", "year")]
    assert times("Хотелите беа полни минатото лето.", published=november) == [("минатото лето", "2025", "year")]
    assert times("Мостот ќе биде готов до следното лето.", published=march) == [("следното лето", "2026", "year")]
    assert times("Претходната есен имаше суша.", published=march) == [("Претходната есен", "2025", "year")]
    # the season just over is still this one: last summer told in September is the year before
    assert times("Минатото лето беше суво.", published=date(2025, 9, 20)) == [("Минатото лето", "2024", "year")]


def test_a_month_reported_or_paid_for_is_not_ahead_in_a_future_clause():
    october = date(2025, 10, 8)
    assert times("Податоците за септември ќе бидат објавени во петок.", published=october)[0] == (
        "септември", "2025-09", "month")
    assert times("Пензиите за октомври ќе бидат исплатени од 15-ти.", published=october)[0] == (
        "октомври", "2025-10", "month")
    assert times("Саемот ќе се одржи во септември.", published=october) == [("септември", "2026-09", "month")]


def test_a_past_aside_does_not_take_a_later_year_of_its_sentence():
    december = date(2025, 12, 10)
    assert times("Хрватска ќе ја напушти шемата на 1 март 2026, по одлуката донесена во јули.", published=december) == [
        ("1 март 2026", "2026-03-01", "day"), ("јули", "2025-07", "month")]
    assert times("Мостот ќе биде отворен во 2026 година, најверојатно во јули.", published=december) == [
        ("2026 година", "2026", "year"), ("јули", "2026-07", "month")]


def test_what_is_expected_after_ochekuva_is_to_come():
    december = date(2025, 12, 22)
    assert times("Министерството очекува мерките да се применуваат во февруари.", published=december) == [
        ("февруари", "2026-02", "month")]
    assert times("Во февруари цените паднаа.", published=december) == [("февруари", "2025-02", "month")]


def test_a_day_of_istiot_mesec_is_in_the_month_of_the_previous_date():
    june = date(2026, 6, 22)
    assert times("Осомничениот е приведен на 3 март, а пуштен на 12 истиот месец.", published=june) == [
        ("3 март", "2026-03-03", "day"), ("12 истиот месец", "2026-03-12", "day")]
    assert times("Тој доби 15 истиот месец.", published=june) == [("истиот месец", None, "month")]


def test_a_date_in_an_aside_of_a_done_participle_is_not_ahead():
    january = date(2026, 1, 5)
    assert times("Уредбата донесена на 30 декември стапува на сила денес.", published=january) == [
        ("30 декември", "2025-12-30", "day"), ("денес", "2026-01-05", "day")]
    assert times("Ќе го коментирам говорот одржан во ноември.", published=january) == [("ноември", "2025-11", "month")]
    # what is set for a day stays ahead
    assert times("Ќе разговараме за седницата закажана за 20 март.", published=january) == [("20 март", "2026-03-20", "day")]


def test_a_bare_number_after_za_is_a_year_only_when_closed_or_written_as_a_year_elsewhere():
    assert times("Извештајот за 2024, кој го објави агенцијата, покажува раст.") == [("2024", "2024", "year")]
    assert times("Извештајот за 2024 покажува раст. Буџетот за 2024 година е усвоен.") == [
        ("2024", "2024", "year"), ("2024 година", "2024", "year")]
    assert times("Министерот за 2000 евра купи компјутер.") == []
    assert times("Билетите се продаваат за 2000.") == []


def test_a_bare_year_after_money_set_aside_and_za_is_a_year():
    assert times("Фермерите бараат субвенциите за 2025 да бидат исплатени веднаш.") == [("2025", "2025", "year")]
    assert times("Помошта за 2000 семејства е одобрена.") == []


def test_a_date_that_ends_a_short_quotation_is_a_name():
    assert times("Тој го доби орденот „Осми септември“ за заслуги.") == []
    assert times("Фестивалот „Мај 2010“ се одржа во Охрид.") == []
    assert times("„Дојдов во вторник“, рече тој.") == [("вторник", "2025-09-02", "day")]
    # a street or school named by a numbered date
    assert times("Колоната тргна по улицата „11 Октомври“ кон центарот.") == []
    assert times("„Стигнавме на 3 март“, рече тој.") == [("3 март", "2025-03-03", "day")]


def test_no_part_of_a_quoted_date_name_is_a_date():
    assert times("Учениците од гимназијата „1. мај“ победија на натпреварот.") == []
    assert times("Наградата „23-ти октомври“ ја доби познат писател.") == []


def test_a_compound_numeral_counts_as_its_sum():
    assert times("Манастирот е обновен пред дваесет и две години.") == [("пред дваесет и две години", "2003", "year")]
    assert times("Фабриката е отворена во 1990 година. Триесет и пет години подоцна е затворена.") == [
        ("1990 година", "1990", "year"), ("Триесет и пет години подоцна", "2025", "year")]


def test_lanskata_godina_is_last_year_and_sets_the_year_of_its_sentence():
    assert times("Ланската година фестивалот беше одржан во јули.", published=date(2025, 11, 12)) == [
        ("Ланската година", "2024", "year"), ("јули", "2024-07", "month")]


def test_a_one_word_anaphor_stands_alone():
    assert times("Законот е изгласан на 1 ноември, а утредента синдикатите протестираа.", published=date(2025, 11, 12)) == [
        ("1 ноември", "2025-11-01", "day"), ("утредента", "2025-11-02", "day")]


def test_a_month_in_roman_numerals_between_a_day_and_a_year():
    assert times("Рочиштето е закажано за 15.IX.2026 година.") == [("15.IX.2026 година", "2026-09-15", "day")]
    assert times("Одлуката е донесена на 3. V 2025 г.") == [("3. V 2025 г.", "2025-05-03", "day")]
    assert times("Види ја точката 3.IV од извештајот.") == []


def test_coordinated_parts_take_the_rest_from_the_full_date():
    assert times("Фестивалот трае од 20-ти до 23-ти ноември 2024.") == [
        ("20-ти", "2024-11-20", "day"), ("23-ти ноември 2024", "2024-11-23", "day")]
    assert times("План меѓу 1948 и 1951 година.") == [("1948", "1948", "year"), ("1951 година", "1951", "year")]
    assert times("Анкетата помеѓу јуни и септември 2006 година.") == [
        ("јуни", "2006-06", "month"), ("септември 2006 година", "2006-09", "month")]


def test_a_range_of_weekdays_does_not_end_before_it_starts():
    wednesday = date(2025, 3, 12)
    assert times("Од вторник до четврток ќе се одржува саемот.", published=wednesday) == [
        ("вторник", "2025-03-18", "day"), ("четврток", "2025-03-20", "day")]
    assert times("Од вторник до четврток се одржуваше саемот.", published=wednesday) == [
        ("вторник", "2025-03-04", "day"), ("четврток", "2025-03-06", "day")]


def test_a_range_joined_by_a_dash_does_not_end_before_it_starts():
    assert times("Распустот е 29 декември – 5 јануари.", published=date(2025, 12, 15)) == [
        ("29 декември", "2025-12-29", "day"), ("5 јануари", "2026-01-05", "day")]
    assert times("Сезоната трае од мај до октомври.", published=date(2025, 6, 4)) == [
        ("мај", "2025-05", "month"), ("октомври", "2025-10", "month")]


def test_a_range_of_months_not_ahead_that_would_end_long_after_publication_is_last_years():
    january = date(2026, 1, 14)
    assert times("Во периодот јануари–ноември увозот опадна за 4 отсто.", published=january) == [
        ("јануари", "2025-01", "month"), ("ноември", "2025-11", "month")]
    assert times("Од февруари до јуни ќе трае реконструкцијата.", published=january) == [
        ("февруари", "2026-02", "month"), ("јуни", "2026-06", "month")]


def test_a_range_of_years_is_two_years_and_a_range_of_amounts_none():
    assert times("Се запишаа во академската година 2008-2009.") == [("2008", "2008", "year"), ("2009", "2009", "year")]
    assert times("Платите се меѓу 1500-2000 денари.") == []
    assert times("Граѓанската војна од 1946-49 ја подели земјата.") == [("1946", "1946", "year"), ("49", "1949", "year")]
    assert times("Податоците од 2005-2040 се проекции.") == [("2005", "2005", "year")]  # too far apart for a range


def test_a_month_after_a_range_of_years_is_in_the_one_its_tense_places_it_else_the_last():
    assert times("Сезоната 2025/26 почнува во октомври.") == [
        ("2025", "2025", "year"), ("26", "2026", "year"), ("октомври", "2025-10", "month")]
    assert times("Во сезоната 2008/09, во март, клубот ја освои титулата.")[2:] == [("март", "2009-03", "month")]


def test_period_parts_join_the_span_and_keep_the_precision():
    assert times("На крајот на 2007 година имаше 1.835 случаи.") == [("крајот на 2007 година", "2007", "year")]
    assert times("Ќе се реши до крајот на јуни.") == [("крајот на јуни", "2026-06", "month")]
    assert times("Преговорите продолжија во текот на летото 2018.") == [("летото 2018", "2018", "year")]
    assert times("Студентите спијат малку во текот на неделата.") == []


@pytest.mark.parametrize("text", [
    "Во 1990-тите години војната ја уништи земјата.",  # a decade
    "Тие студирале на Јеил во 1980тите.",  # a decade written without the hyphen
    "Тој доби 2009 гласа.",  # a bare number
    "Вработените паднаа од 1500 на 500.",  # below the bare-year range
    "Премиерот Јун Сук Јол пристигна.",  # a name, not the short month
])
def test_not_dates(text):
    assert times(text) == []


def test_a_count_after_po_is_a_date_only_in_a_future_clause():
    assert times("По два месеца ќе се одржат избори.") == [("По два месеца", "2025-11", "month")]
    assert times("По 35 години обидување таа остана трудна.") == []
    assert times("Законот ќе се применува по две години од објавувањето.") == []


def test_days_or_weeks_after_za_are_a_date_only_in_a_future_clause():
    assert times("Конечната листа ќе биде објавена за десет дена.") == [("за десет дена", "2025-09-14", "day")]
    assert times("За две недели почнува грејната сезона, а Владата ќе одлучи за три дена.") == [
        ("За две недели", "2025-W38", "week"), ("за три дена", "2025-09-07", "day")]
    assert times("Мостот беше изграден за 40 дена.") == []  # how long it took
    assert times("Новата влада ќе раководи со државата за четири години.") == []  # years: a span of time


def test_anaphoric_dates_count_from_the_previous_date_of_the_text():
    assert times("Договорот е потпишан на 10-ти мај 2019. Следниот ден тие заминаа.") == [
        ("10-ти мај 2019", "2019-05-10", "day"), ("Следниот ден", "2019-05-11", "day")]
    assert times("Фабриката е отворена во 1987 година, а пет години подоцна затворена. Таа година беше тешка.") == [
        ("1987 година", "1987", "year"), ("пет години подоцна", "1992", "year"), ("Таа година", "1992", "year")]
    assert times("Во среда се сретнаа. Претходниот ден пристигнаа.") == [
        ("среда", "2025-09-03", "day"), ("Претходниот ден", "2025-09-02", "day")]


def test_an_anaphoric_day_passes_over_a_coarser_date_to_a_day_named_just_before():
    text = "Завчера сведочеше вештакот, кој рече дека проблемот го забележал пред две години. Истиот ден судот ги одби предлозите."
    assert times_by_line(text.replace(". ", ".\n")) == [
        ("Завчера", "2025-09-02", "day"), ("пред две години", "2023", "year"), ("Истиот ден", "2025-09-02", "day")]


def test_the_same_day_is_the_day_told_last_past_coarser_dates_and_plans():
    # the deal's day, two sentences back, past the plan's day after publication and a year told between
    text = ("Министерката во вторникот потпиша договор за заем, а парите ќе стигнат на 1 декември.\n"
            "Банката лани одобри слични заеми на три општини.\nИстиот ден Комората ја критикуваше Владата.")
    assert times_by_line(text) == [("вторникот", "2025-09-02", "day"), ("1 декември", "2025-12-01", "day"),
                                   ("лани", "2024", "year"), ("Истиот ден", "2025-09-02", "day")]
    # told ahead, the same day is the plan's
    assert times("Собирот ќе се одржи на 20 септември. Истиот ден ќе биде отворен и саемот.") == [
        ("20 септември", "2025-09-20", "day"), ("Истиот ден", "2025-09-20", "day")]


def test_the_same_evening_or_morning_is_the_day_told_last():
    assert times("Министерката во вторникот ја откажа посетата. Загреб реагираше уште истата вечер.") == [
        ("вторникот", "2025-09-02", "day"), ("истата вечер", "2025-09-02", "day")]
    assert times("Нападот се случи во понеделникот, а истото утро беше уапсен и осомничениот.") == [
        ("понеделникот", "2025-09-01", "day"), ("истото утро", "2025-09-01", "day")]


def test_one_unit_without_a_number_before_or_after_the_previous_date():
    assert times("Концертот е закажан за 12 септември, а ден претходно ќе има проба.") == [
        ("12 септември", "2025-09-12", "day"), ("ден претходно", "2025-09-11", "day")]
    assert times("Клубот е основан во 1950 година, а година подоцна доби стадион.") == [
        ("1950 година", "1950", "year"), ("година подоцна", "1951", "year")]


def test_a_count_later_counts_only_from_a_date_of_its_own_or_the_previous_sentence():
    text = "Во 1938 година семејството живееше во Прага. Мајка ми беше депортирана. Таа преживеа и 60 години подоцна ме испрати таму."
    sentences = [(0, 45), (45, 71), (71, len(text))]
    found = matcher().find(text, sentences, PUBLISHED)
    assert [(f.expression.text, f.expression.value) for f in found] == [("1938 година", "1938"), ("60 години подоцна", None)]
    assert times("Клубот е основан во 1950 година. Пет години подоцна доби стадион.") == [
        ("1950 година", "1950", "year"), ("Пет години подоцна", "1955", "year")]


def test_a_count_of_decades_counts_ten_years_each():
    assert times("Градот е основан во 1901 година, а две децении подоцна изгоре.") == [
        ("1901 година", "1901", "year"), ("две децении подоцна", "1921", "year")]


def test_anaphoric_dates_without_a_fine_enough_earlier_date_stay_unresolved():
    assert times("Следниот ден тие заминаа.") == [("Следниот ден", None, "day")]
    assert times("Во 2009 година се вратија, а следниот ден заминаа.") == [
        ("2009 година", "2009", "year"), ("следниот ден", None, "day")]


def test_without_publication_date_relative_expressions_stay_unresolved():
    assert times("Во среда се сретнаа, на 4 септември 2025.", published=None) == [
        ("среда", None, "day"), ("4 септември 2025", "2025-09-04", "day")]


def test_impossible_dates_are_unresolved():
    found = matcher().find("Рокот е 31 јуни 2025.", [(0, 21)], PUBLISHED)
    assert [(f.expression.value, f.expression.precision, f.problem) for f in found] == [(None, "day", "impossible date")]


def _document(text: str, published: date | None = PUBLISHED) -> Document:
    sentences, start = [], 0
    for i, part in enumerate(text.split(". ")):
        end = start + len(part) + (2 if start + len(part) < len(text) else 0)
        sentences.append(Sentence(index=i, start=start, end=min(end, len(text))))
        start = end
    return Document(id="t", source="t", text=text, published=published, sentences=sentences)


def test_step_fills_times_with_offsets_into_the_text_and_counts():
    doc = _document("Во среда се сретнаа. Вчера заминаа. Минатата година потпишаа договор.")
    step = TimeStep()
    step(doc)
    assert [(t.text, t.sentence, t.value, t.relative) for t in doc.times] == [
        ("среда", 0, "2025-09-03", True), ("Вчера", 1, "2025-09-03", True), ("Минатата година", 2, "2024", True)]
    assert all(doc.text[t.start:t.end] == t.text for t in doc.times)
    step(_document("Во среда се сретнаа.", published=None))
    assert step.stats["expressions"] == 4
    assert step.stats["resolved"] == 3
    assert step.stats["unresolved: no publication date"] == 1


def test_governing_time_prefers_the_same_clause_then_the_nearest():
    text = "Во среда министрите се сретнаа, а вчера премиерот изјави дека минатата година потпишале договор."
    doc = TimeStep()(_document(text))
    def governing(word: str) -> str | None:
        start = text.index(word)
        t = governing_time(doc, start, start + len(word))
        return t.text if t else None
    assert governing("сретнаа") == "среда"
    assert governing("изјави") == "вчера"
    assert governing("потпишале") == "минатата година"
    assert governing_time(TimeStep()(_document("Министрите се сретнаа.")), 14, 21) is None


def test_an_act_in_a_night_between_two_days_is_dated_by_the_day_it_ends_on():
    # (two days not of a night are each a date: the nearer dates the act)
    for night, expected in (("во ноќта ", "вторник"), ("", "понеделник")):
        text = f"Дроновите го погодија пристаништето {night}меѓу понеделник и вторник."
        act = text.index("погодија")
        assert governing_time(TimeStep()(_document(text)), act, act + 8).text == expected


def test_governing_time_looks_past_the_year_a_budget_or_plan_is_for():
    text = "Пратениците ја почнаа расправата за буџетот за 2027 година, а пред Собранието протестираа работници."
    doc = TimeStep()(_document(text))
    start = text.index("протестираа")
    assert governing_time(doc, start, start + 11) is None  # the publication date, not 2027
    text = "Владата вчера го усвои планот за 2027 година."
    doc = TimeStep()(_document(text))
    start = text.index("усвои")
    assert governing_time(doc, start, start + 5).text == "вчера"


def test_governing_time_sees_through_the_parentheses_of_a_date():
    text = "Судот во понеделникот (1-ви септември) ја донесе пресудата, а вчера ја објави."
    doc = TimeStep()(_document(text))
    start = text.index("донесе")
    assert governing_time(doc, start, start + 6).text == "1-ви септември"
    start = text.index("објави")
    assert governing_time(doc, start, start + 6).text == "вчера"


def test_governing_time_looks_past_the_month_or_year_a_plan_or_payment_is_for_but_not_a_day():
    text = "Лозарите вчера протестираа, барајќи исплата на субвенциите за минатата година."
    doc = TimeStep()(_document(text))
    start = text.index("барајќи")
    assert governing_time(doc, start, start + 7).text == "вчера"
    text = "Синдикатот најави протест за плати за 20 септември."
    doc = TimeStep()(_document(text))
    start = text.index("најави")
    assert governing_time(doc, start, start + 6).text == "20 септември"


def test_governing_time_looks_past_a_date_in_an_aside():
    def governing(text: str, word: str) -> str | None:
        doc = TimeStep()(_document(text))
        start = text.index(word)
        t = governing_time(doc, start, start + len(word))
        return t.text if t else None
    # a relative clause set off by commas
    assert governing("Во вторник министерот Петар Стојанов, кој во 2021 година беше амбасадор, се сретна со колегата.",
                     "се сретна") == "вторник"
    # a concessive clause
    assert governing("Минатата недела, иако штрајкот почна уште во јануари, Владата ги прими синдикатите.",
                     "прими") == "Минатата недела"
    # a participle after a noun, with the date it takes
    assert governing("Против одлуката донесена на 2 август протестираа стотици земјоделци во петокот.",
                     "протестираа") == "петокот"
    assert governing("Амбасадорите вчера, по состанокот одржан во ноќта меѓу сабота и недела, потпишаа изјава.",
                     "потпишаа") == "вчера"
    # but a gathering held on the date is where the act took place
    assert governing("На седницата одржана на 12 јуни пратениците го одбија годишниот извештај на Советот за 2024 година.",
                     "одбија") == "12 јуни"
    # a participial clause set off by commas, even after a one-word subject
    assert governing("Штрајкот, закажан уште во јануари, почна вчера во рудникот.", "Штрајкот") == "вчера"
    # the act of the aside keeps its own date
    assert governing("Во петокот полицијата ги уапси земјоделците кои на 2 август протестираа пред Владата.",
                     "протестираа") == "2 август"
    # not a participle: a noun of people before its date, nor a predicate after an auxiliary
    assert governing("Илјадници граѓани во саботата протестираа, а денеска ќе има нов протест.", "протестираа") == "саботата"
    assert governing("Екипата победи со 40 поени во саботата, а вчера тренерот ја пофали.", "победи") == "саботата"
    assert governing("Општината купи 20 стана во јуни, а вчера ги додели на семејствата.", "купи") == "јуни"  # counted: a noun
    assert governing("Вчера министерот најави дека законот ќе биде донесен во октомври.", "донесен") == "октомври"
    # yesterday's occasion that the act follows or precedes dates the occasion, not the act
    assert governing("Владата го повлече предлогот по вчерашниот разговор со синдикатите.", "повлече") is None
    assert governing("Владата на вчерашната седница го повлече предлогот.", "повлече") == "вчерашната"


def test_spacy_component():
    nlp = spacy.blank("mk")
    nlp.add_pipe("vesnik_sentencizer")
    nlp.add_pipe("vesnik_time", config={"published": "2025-09-04"})
    doc = nlp("Во среда се сретнаа. Договорот е од минатата година.")
    assert [(s.text, s.label_, s._.time_value) for s in doc.spans["times"]] == [
        ("среда", "day", "2025-09-03"), ("минатата година", "year", "2024")]
    assert [t.sentence for t in doc._.times] == [0, 1]
    doc = nlp.make_doc("Вчера заминаа.")
    doc._.published = date(2024, 1, 1)
    assert nlp(doc).spans["times"][0]._.time_value == "2023-12-31"


def test_this_weekday_in_a_future_clause_is_the_coming_one():
    sunday = date(2025, 9, 7)
    assert times("Овој петок ќе се одржи протест.", published=sunday) == [("Овој петок", "2025-09-12", "day")]
    assert times("Овој петок беше одржан протест.", published=sunday) == [("Овој петок", "2025-09-05", "day")]
    assert times("Оваа среда ќе гласаат.", published=date(2025, 9, 3)) == [("Оваа среда", "2025-09-03", "day")]


def test_future_weekday_of_the_publication_day_is_next_week():
    assert times("Пратениците ќе гласаат во четврток.") == [("четврток", "2025-09-11", "day")]
    assert times("Пратениците гласаа во четврток.") == [("четврток", "2025-09-04", "day")]


def test_coordinated_part_shares_the_tense_of_its_date():
    assert times("Фестивалот ќе трае од 20-ти до 23-ти август.") == [
        ("20-ти", "2026-08-20", "day"), ("23-ти август", "2026-08-23", "day")]


def test_a_date_before_a_joined_future_predicate_keeps_its_own_tense():
    wednesday = date(2025, 11, 12)
    assert times("Саемот почна во вторникот и ќе трае до недела.", published=wednesday) == [
        ("вторникот", "2025-11-11", "day"), ("недела", "2025-11-16", "day")]
    assert times("Огласот беше објавен на 3 ноември и ќе биде отворен до 3 декември.", published=wednesday) == [
        ("3 ноември", "2025-11-03", "day"), ("3 декември", "2025-12-03", "day")]
    assert times("Советот одлучи во вторникот и ќе ја објави одлуката во петок.", published=wednesday) == [
        ("вторникот", "2025-11-11", "day"), ("петок", "2025-11-14", "day")]
    # a future of its own before the joined one stays the future
    assert times("Министерот во петок ќе допатува и ќе се сретне со градоначалникот.", published=wednesday) == [
        ("петок", "2025-11-14", "day")]


def test_a_meeting_in_the_present_tense_is_scheduled():
    assert times("Премиерот во четврток се среќава со претседателот на Европскиот совет.",
                 published=date(2025, 11, 12)) == [("четврток", "2025-11-13", "day")]
    assert times("Канцеларот во петок доаѓа во Скопје.", published=date(2025, 11, 12)) == [("петок", "2025-11-14", "day")]


def test_a_range_end_is_not_ahead_by_its_do_and_not_before_its_start():
    assert times("Саемот траеше од 10-ти до 14-ти август.") == [
        ("10-ти", "2025-08-10", "day"), ("14-ти август", "2025-08-14", "day")]
    assert times("Изложбата беше отворена од ноември до јануари.", published=date(2025, 3, 10)) == [
        ("ноември", "2024-11", "month"), ("јануари", "2025-01", "month")]
    assert times("Распустот трае од 29-ти декември до 5-ти јануари.", published=date(2025, 12, 15)) == [
        ("29-ти декември", "2025-12-29", "day"), ("5-ти јануари", "2026-01-05", "day")]
    assert times("Ќе се реши до крајот на јуни.") == [("крајот на јуни", "2026-06", "month")]  # no range: ahead


def test_a_dateline_dates_its_part_of_a_merged_record():
    text = ("Прв напис од денот на објавувањето. Тој пристигна вчера.\n"
            "Наслов на втор напис\n"
            "Министерот во понеделникот (7-ми декември) отпатува. Тоа беше минатата недела.\n"
            "(Извори – 04/12/09-11/12/09)\n"
            "Од Автор за Весник во Белград -- 02/12/10\n"
            "Владата вчера одлучи.")
    assert times(text) == [
        ("вчера", "2025-09-03", "day"),  # the record's own date
        ("понеделникот", "2009-12-07", "day"), ("7-ми декември", "2009-12-07", "day"),
        ("минатата недела", "2009-W49", "week"),  # the week before the note's 11/12/09
        ("04/12/09", "2009-12-04", "day"), ("11/12/09", "2009-12-11", "day"),
        ("02/12/10", "2010-12-02", "day"), ("вчера", "2010-12-01", "day"),  # after the byline
    ]


def test_a_dateline_written_with_dots_dates_its_part_too():
    text = ("Прв напис од денот на објавувањето.\n"
            "Од Автор за Весник во Охрид -- 02.12.10\n"
            "Владата вчера одлучи.")
    assert times_by_line(text)[-1] == ("вчера", "2010-12-01", "day")


def test_a_past_month_of_a_story_dated_early_in_january_is_last_years():
    text = ("Прв напис од денот на објавувањето.\n"
            "Од Автор за Весник во Битола -- 02/01/10\n"
            "На 28-ми декември имаше протест пред Собранието.")
    assert times_by_line(text)[-1] == ("28-ми декември", "2009-12-28", "day")


def test_a_source_note_in_a_bylines_place_dates_the_story_after_it():
    text = ("Прв напис од денот на објавувањето.\n"
            "Наслов на напис\n"
            "Вовед на написот.\n"
            "(Разни извори – 16/01/09)\n"
            "Владата вчера одлучи.\n"
            "Наслов на втор напис\n"
            "Министерот вчера отпатува.\n"
            "(Извори – 11/12/09)")
    assert times_by_line(text) == [
        ("16/01/09", "2009-01-16", "day"), ("вчера", "2009-01-15", "day"),
        ("вчера", "2009-12-10", "day"), ("11/12/09", "2009-12-11", "day")]  # the next story's note dates it


def test_a_question_headline_belongs_to_the_story_its_byline_dates():
    text = ("Нов мост над реката\n"
            "Од Автор за Весник во Струга -- 14/05/11\n"
            "Мостот чинеше многу.\n"
            "Дали протестот вчера ќе помогне?\n"
            "Граѓаните се надеваат.\n"
            "Од Автор за Весник во Битола -- 02/12/10\n"
            "Текст.")
    assert times_by_line(text)[1] == ("вчера", "2010-12-01", "day")


def test_a_numeric_date_range_is_read_in_the_order_that_makes_it_a_range():
    assert times("(Извори – 03/10/24 – 03/17/24)") == [("03/10/24", "2024-03-10", "day"), ("03/17/24", "2024-03-17", "day")]
    assert times("(Извори – 09/28/24-05/10/24)") == [("09/28/24", "2024-09-28", "day"), ("05/10/24", "2024-10-05", "day")]
    assert times("Рокот беше 05/10/24.") == [("05/10/24", "2024-10-05", "day")]  # day first when both can be


def test_a_byline_dates_the_headline_and_lead_of_its_story_too():
    text = ("Прв напис од денот на објавувањето.\n"
            "Нов мост над реката\n"
            "Градот вчера го отвори мостот.\n"
            "Од Автор за Весник во Струга -- 14/05/11\n"
            "Мостот чинеше многу.")
    assert times(text)[:1] == [("вчера", "2011-05-13", "day")]


def test_weekdays_joined_without_a_preposition():
    assert times("Ќе работат во понеделник, вторник и среда.") == [
        ("понеделник", "2025-09-08", "day"), ("вторник", "2025-09-09", "day"), ("среда", "2025-09-10", "day")]
    assert times("Самитот беше во петокот (29-ти август) и саботата.") == [
        ("петокот", "2025-08-29", "day"), ("29-ти август", "2025-08-29", "day"), ("саботата", "2025-08-30", "day")]


def test_a_weekday_named_right_after_a_word_for_the_day_is_that_day():
    assert times("Денеска (четврток) се одржува протест.") == [("Денеска", "2025-09-04", "day"), ("четврток", "2025-09-04", "day")]
    assert times("Седницата продолжува утре, во петок.") == [("утре", "2025-09-05", "day"), ("петок", "2025-09-05", "day")]
    assert times("Тој пристигна вчера, во понеделник ќе се сретне со претседателот.") == [
        ("вчера", "2025-09-03", "day"), ("понеделник", "2025-09-08", "day")]


def test_a_weekday_without_a_preposition_is_a_date_but_not_nedela():
    assert times("Понеделникот беше ден на жалост.") == [("Понеделникот", "2025-09-01", "day")]
    assert times("Неделата беше тешка.") == []
    assert times("Верниците го прославија Велики Петок.") == []  # a holiday's name


def test_an_agreed_act_puts_a_later_weekday_forward_but_not_the_day_of_the_agreement():
    assert times("Одборот се согласи да се состане повторно во вторник.") == [("вторник", "2025-09-09", "day")]
    assert times("На 1-ви септември одлучија да започнат разговори.") == [("1-ви септември", "2025-09-01", "day")]


def test_a_future_day_a_few_days_before_publication_stays_in_its_year():
    assert times("Преговорите ќе почнат на 2-ри септември.") == [("2-ри септември", "2025-09-02", "day")]


def test_a_day_and_month_in_figures_after_a_preposition_but_not_an_amount_or_an_hour():
    assert times("Седницата беше на 30.06 во Собранието.") == [("30.06", "2025-06-30", "day")]
    assert times("Па така на 23.02. 2021 година тој купи имот.") == [("23.02. 2021 година", "2021-02-23", "day")]
    assert times("Цената падна на 12.5 денари, а состанокот е во 10.30 часот.") == []


def test_a_feast_kept_in_the_present_is_on_the_coming_day():
    assert times("Католичките верници во недела го слават празникот Сите светци.") == [("недела", "2025-09-07", "day")]
    assert times("Во саботата се одбележува Денот на шумите.") == [("саботата", "2025-09-06", "day")]
    assert times("Во понеделникот го славеа патрониот празник.") == [("понеделникот", "2025-09-01", "day")]


def test_a_day_and_month_in_figures_with_a_slash_after_a_preposition_but_not_a_share():
    assert times("Пријавите се примаат до 20/09 во општината.") == [("20/09", "2025-09-20", "day")]
    assert times("Предлогот го поддржаа на 2/3 од советниците.") == []


def test_a_bare_year_after_a_part_of_a_period_and_a_count_with_only():
    assert times("На почетокот на 2018, групата објави 390 ветувања.") == [("почетокот на 2018", "2018", "year")]
    assert times("Испораката е одложена до првата половина на 2019.") == [("првата половина на 2019", "2019", "year")]
    assert times("Продажбата падна во третата четвртина на 2021.") == [("третата четвртина на 2021", "2021", "year")]
    assert times("Бебето се роди пред само два месеци.") == [("пред само два месеци", "2025-07", "month")]
    assert times("Барањето е поднесено пред повеќе од две години.") == [("пред повеќе од две години", "2023", "year")]
    assert times("Компанијата бара 2018 нови вработени.") == []



def test_a_year_that_closes_the_name_of_a_legal_act_is_no_date():
    assert times("Ќе важи Конвенцијата за заштита на реките од 2003 година.") == []
    assert times("Уставот од 1991 е изменет.") == []
    assert times("Собирот од 1944 година е важен.") == [("1944 година", "1944", "year")]  # an event, not an act


def test_a_year_after_the_year_word_and_a_year_inside_a_relative_clause():
    assert times("Приходите за фискалната година 2006 пораснаа.") == [("2006", "2006", "year")]
    assert times("Словенија, која пристапи во Унијата во 2004 година, од декември ги блокира преговорите.") == [
        ("2004 година", "2004", "year"), ("декември", "2024-12", "month")]


def test_numeric_claims_take_the_date_that_governs_them_else_the_publication_date_with_a_flag():
    from vesnik.pipeline.default import build_pipeline

    doc = build_pipeline().run_one(Document(
        id="t", source="t", raw_text="Во среда загинаа 12 лица во Скопје. Полицијата уапси тројца осомничени.",
        published=PUBLISHED)).document
    assert [(c.kind, c.date, c.date_from_publication) for c in doc.claims] == [
        ("dead", "2025-09-03", False), ("arrested", "2025-09-04", True)]


def test_the_week_before_or_after_an_event_is_no_sunday():
    assert times("Во неделата пред изборите партиите се закануваа.") == []
    assert times("Во неделата по референдумот ќе има протести.") == []
    assert times("Во неделата пред 10 часот беше мирно.") == [("неделата", "2025-08-31", "day")]
    assert times("Ќе се сретнат во недела по наше време.") == [("недела", "2025-09-07", "day")]


def test_a_fronted_date_before_a_clause_of_time_takes_the_tense_of_the_main_clause():
    assert times("Во петок, кога ќе се одржи седницата, министерот ќе биде отсутен.") == [("петок", "2025-09-05", "day")]
    assert times("Во петок, кога се одржа седницата, министерот беше отсутен.") == [("петок", "2025-08-29", "day")]


def test_a_day_of_the_month_written_as_an_ordinal_word():
    assert times("Пописот ќе почне на први октомври и ќе трае еден месец.") == [("први октомври", "2025-10-01", "day")]
    assert times("Рокот за пријави истекува на дваесет и петти септември.") == [("дваесет и петти септември", "2025-09-25", "day")]
    assert times("Училиштата се затворија од триесет и први август до втори септември.") == [
        ("триесет и први август", "2025-08-31", "day"), ("втори септември", "2025-09-02", "day")]
    assert times("Студентите протестираа на први и втори септември.") == [
        ("први", "2025-09-01", "day"), ("втори септември", "2025-09-02", "day")]
    # capitalised inside a sentence: a holiday or a street, not taken (nor its month)
    assert times("Собирот на Осми март беше масовен, а граѓаните се собраа на булеварот Осми септември.") == []


def test_more_words_for_today_and_for_two_days_off():
    assert times("Утринава во несреќата кај Велес загинаа две лица.") == [("Утринава", "2025-09-04", "day")]
    assert times("Прекуутре ќе пристигне генералниот секретар.") == [("Прекуутре", "2025-09-06", "day")]
    assert times("Прекувчера беше откриена лабораторијата.") == [("Прекувчера", "2025-09-02", "day")]


def test_a_weekday_named_right_after_a_date_is_that_date():
    assert times("Предлогот ќе биде разгледан на седницата на 16 септември (вторник).") == [
        ("16 септември", "2025-09-16", "day"), ("вторник", "2025-09-16", "day")]
    assert times("Собранието на 2 септември, во вторник, го донесе законот.") == [
        ("2 септември", "2025-09-02", "day"), ("вторник", "2025-09-02", "day")]
    assert times("Изборите се на 19.10.2025 (недела).") == [("19.10.2025", "2025-10-19", "day"), ("недела", "2025-10-19", "day")]
    # a weekday that opens a clause of its own is placed by that clause
    assert times("Тој пристигна на 2 септември, во вторник ќе се сретне со премиерот.") == [
        ("2 септември", "2025-09-02", "day"), ("вторник", "2025-09-09", "day")]


def test_a_date_without_a_year_set_off_after_a_day_word_is_that_day():
    new_years_eve = date(2025, 12, 31)
    assert times("Од утре, 1 јануари, поскапуваат цигарите.", new_years_eve) == [
        ("утре", "2026-01-01", "day"), ("1 јануари", "2026-01-01", "day")]
    assert times("Прекувчера (на 30 декември) продавниците работеа до полноќ.", date(2026, 1, 1)) == [
        ("Прекувчера", "2025-12-30", "day"), ("30 декември", "2025-12-30", "day")]
    # not set off: a date of its own
    assert times("Денеска граѓаните добија известување за поскапувањата од 1 јануари.", date(2025, 3, 10)) == [
        ("Денеска", "2025-03-10", "day"), ("1 јануари", "2025-01-01", "day")]


def test_a_recurring_weekday_is_no_date_and_a_recurring_day_has_no_year():
    assert times("Пазарот во населбата работи секој понеделник и четврток.") == []
    assert times("Состаноците на советот се одржуваат во секоја сабота.") == []
    assert times("Рударите работат седум дена во неделата, а инспекторите доаѓаат еднаш во неделата.") == []
    assert times("Секоја година на 8 март се одбележува Меѓународниот ден на жената.") == [("8 март", None, "day")]
    assert times("Секој 1 мај синдикатите организираат марш.") == [("1 мај", None, "day")]
    # hours before a weekday are its time, not a frequency
    assert times("Дождови паднаа во вечерните часови во понеделник.") == [("понеделник", "2025-09-01", "day")]


def test_a_year_after_an_adjective_of_the_year_word_and_a_numeric_date_with_spaces():
    assert times("Буџетскиот дефицит во фискалната 2024 изнесуваше 4,5 отсто од БДП.") == [("2024", "2024", "year")]
    assert times("Рокот за уплата е 8. 11. 2025 година.") == [("8. 11. 2025 година", "2025-11-08", "day")]
    assert times("Седницата на 3. 4. 2025 г. беше прекината.") == [("3. 4. 2025 г.", "2025-04-03", "day")]
    assert times("Тимот освои 3. 2. место на турнирот.") == []


def test_a_fronted_date_followed_by_another_bare_adverbial_takes_the_tense_of_the_clause_after_both():
    new_year = date(2025, 12, 29)
    assert times("На 7 јануари, на Божиќ, продавниците нема да работат.", new_year) == [("7 јануари", "2026-01-07", "day")]
    assert times("Во петок, во Брисел, министрите ќе се сретнат.") == [("петок", "2025-09-05", "day")]
    assert times("Во петок, во Брисел, министрите се сретнаа.") == [("петок", "2025-08-29", "day")]


def test_a_return_or_a_start_told_in_the_present_is_scheduled():
    new_year = date(2026, 1, 2)
    assert times("Министерството соопшти дека од понеделник учениците се враќаат во клупите.", new_year) == [
        ("понеделник", "2026-01-05", "day")]
    assert times("Кампањата за попис стартува во понеделник.") == [("понеделник", "2025-09-08", "day")]
    assert times("Следната недела, на 5 јануари, учениците се враќаат на училиште.", date(2025, 12, 29)) == [
        ("Следната недела", "2026-W02", "week"), ("5 јануари", "2026-01-05", "day")]


def test_a_bare_number_after_za_is_a_year_after_a_noun_of_what_is_planned_or_reported_for_one():
    assert times("Буџетот за 2026 предвидува дефицит од 3,5 отсто.") == [("2026", "2026", "year")]
    assert times("Извештајот за 2024 покажува дека сиромаштијата е намалена.") == [("2024", "2024", "year")]
    assert times("Планот за 2000 нови станови е готов.") == []  # a round count
    assert times("Општината издвои средства за 2024 ученици.") == []


def test_a_season_adverb_is_the_next_season_not_over_unless_told_in_the_past():
    assert times("Предвремените избори можат да се одржат наесен.", date(2026, 5, 15)) == [("наесен", "2026", "year")]
    assert times("Назима цените на парното ќе пораснат.", date(2026, 5, 15)) == [("Назима", "2027", "year")]
    assert times("Договорот беше потпишан напролет.", date(2025, 12, 10)) == [("напролет", "2025", "year")]


def test_a_season_adverb_written_in_two_words_is_the_season_without_its_preposition():
    assert times("Конгресот на партијата ќе се одржи на пролет.", date(2026, 1, 20)) == [("пролет", "2026", "year")]
    assert times("Конгресот на партијата ќе се одржи на пролетниот собир.", date(2026, 1, 20)) == []


def test_an_ordinal_week_of_a_month_is_that_month_and_what_is_possible_is_to_come():
    published = date(2025, 12, 22)
    assert times("Нова рунда е можна во првата недела од јануари.", published) == [
        ("првата недела од јануари", "2026-01", "month")]
    assert times("Нова рунда беше можна во првата недела од јануари.", published) == [
        ("првата недела од јануари", "2025-01", "month")]
    # without an ordinal "недела" is the weekday
    assert times("Нова рунда е можна во недела од јануари.", published)[0] == ("недела", "2025-12-28", "day")

def test_a_period_reported_on_with_its_subject_between_is_not_pushed_ahead_by_the_future():
    published = date(2026, 4, 30)
    assert times("Советот ќе расправа за извештајот за работата во првиот квартал.", published) == [
        ("првиот квартал", "2026", "year")]
    assert times("Советот ќе расправа за работата во првиот квартал.", published) == [("првиот квартал", "2027", "year")]

def test_the_year_of_a_price_set_for_a_period_is_no_year_of_the_sentence():
    published = date(2025, 12, 1)
    assert times("Одлуката за цената за првата половина од 2026 година се очекува до 20-ти декември.", published) == [
        ("првата половина од 2026 година", "2026", "year"), ("20-ти декември", "2025-12-20", "day")]
    # in that half year, it is the sentence's year
    assert times("Одлуката за цената во првата половина од 2026 година се очекува на 20-ти јуни.", published) == [
        ("првата половина од 2026 година", "2026", "year"), ("20-ти јуни", "2026-06-20", "day")]

def test_a_range_of_years_a_plan_is_for_is_two_years_and_no_year_of_the_sentence():
    published = date(2025, 12, 3)
    assert times("Буџетот за 2026/2027 ќе биде усвоен до средината на декември.", published) == [
        ("2026", "2026", "year"), ("2027", "2027", "year"), ("средината на декември", "2025-12", "month")]
    # a range of a season's years places a month without one in it
    assert times("Сезоната 2025/2026 почнува во август.", published) == [
        ("2025", "2025", "year"), ("2026", "2026", "year"), ("август", "2026-08", "month")]


def test_an_approximate_numeral_counts_as_its_round_number():
    published = date(2025, 12, 3)
    assert times("Пред десетина дена министерот го најави планот.", published) == [("Пред десетина дена", "2025-11-23", "day")]
    assert times("Десетина дена министерот го најавуваше планот.", published) == []

def test_a_next_unit_announced_in_the_past_is_counted_from_publication():
    published = date(2025, 10, 20)
    assert times_by_line("Кампањата почна на 29 септември.\nОд синдикатот најавија штрајк во текот на следната недела.",
                         published)[-1] == ("следната недела", "2025-W44", "week")
    # told as done, it is the week after the date told before it
    assert times_by_line("Кампањата почна на 29 септември.\nОд синдикатот штрајкуваа во текот на следната недела.",
                         published)[-1] == ("следната недела", "2025-W41", "week")


def test_a_weekday_with_its_time_of_day_takes_the_date_set_after_it():
    published = date(2025, 10, 20)
    assert times("Молкот почнува в петок на полноќ, 31 октомври.", published) == [
        ("петок", "2025-10-31", "day"), ("31 октомври", "2025-10-31", "day")]
    assert times("Молкот почнува в петок на полноќ, а гласањето е на 2 ноември.", published) == [
        ("петок", "2025-10-24", "day"), ("2 ноември", "2025-11-02", "day")]


def test_a_range_of_weekdays_set_off_by_commas_takes_the_tense_of_the_clause_after_it():
    published = date(2026, 4, 30)
    assert times("За празниците, од петок до недела, автобусите ќе возат по посебен ред.", published) == [
        ("петок", "2026-05-01", "day"), ("недела", "2026-05-03", "day")]
    assert times("За празниците, од петок до недела, автобусите возеа по посебен ред.", published) == [
        ("петок", "2026-04-24", "day"), ("недела", "2026-04-26", "day")]


def test_a_year_a_plan_or_report_is_for_does_not_place_a_tensed_month_of_its_sentence():
    january = date(2026, 1, 12)
    assert times("Ребалансот за 2026 година беше изгласан во декември.", january) == [
        ("2026 година", "2026", "year"), ("декември", "2025-12", "month")]
    assert times("Извештајот за 2025 година ќе биде објавен во март.", january) == [
        ("2025 година", "2025", "year"), ("март", "2026-03", "month")]
    # untensed, the month is in the year the plan is for
    assert times("Програмата за 2026 година предвидува исплати од март.", date(2025, 12, 20)) == [
        ("2026 година", "2026", "year"), ("март", "2026-03", "month")]


def test_a_day_soon_after_publication_told_with_a_past_copula_is_last_years():
    assert times("Седницата од 20 септември беше прекината поради инцидент.") == [("20 септември", "2024-09-20", "day")]
    assert times("Судењето беше одложено за 20 септември.") == [("20 септември", "2025-09-20", "day")]  # set for a later day
    assert times("Концертот е на 20 септември.") == [("20 септември", "2025-09-20", "day")]


def test_a_day_soon_after_publication_near_a_past_verb_is_last_years_but_not_after_da():
    assert times("Во програмата со која победивме на 20 септември ветивме реформи.") == [("20 септември", "2024-09-20", "day")]
    assert times("Имаше усогласување во март и во октомври.") == [
        ("март", "2025-03", "month"), ("октомври", "2024-10", "month")]
    assert times("Тој говор беше поадекватен да го кажува на 20 септември.") == [("20 септември", "2025-09-20", "day")]


def test_a_weekday_before_a_date_that_keeps_its_preposition_and_the_week_before_one():
    assert times("Во петокот, на 29 август, Собранието го избра новиот правобранител.") == [
        ("петокот", "2025-08-29", "day"), ("29 август", "2025-08-29", "day")]
    assert times("Следната недела, на 10 септември, учениците се враќаат на училиште.") == [
        ("Следната недела", "2025-W37", "week"), ("10 септември", "2025-09-10", "day")]


def test_a_movable_feast_named_by_a_weekday_and_an_act_with_a_number_in_its_name_are_no_dates():
    assert times("Велики петок е неработен ден за православните верници.") == []
    assert times("На Велики петок верниците постат, а седницата е во петок.") == [("петок", "2025-09-05", "day")]
    assert times("Резолуцијата 1244 од 1999 година е сè уште на сила.") == []


def test_a_day_and_a_one_digit_month_in_figures_with_the_closing_dot():
    assert times("Исплатата ќе почне на 8.9., соопшти Фондот.") == [("8.9", "2025-09-08", "day")]
    assert times("Стапката падна на 1.7 отсто, а цената е на 3.5. денари.") == []


def test_a_month_in_the_year_of_the_previous_date_of_the_text():
    assert times("Во 2019 година договорот беше ратификуван. Во февруари истата година земјата го доби новото име. "
                 "Две години подоцна беа отворени преговорите.") == [
        ("2019 година", "2019", "year"), ("февруари истата година", "2019-02", "month"), ("Две години подоцна", "2021", "year")]
    assert times("Законот беше донесен во 2008 година, а на 3 март таа година стапи на сила.") == [
        ("2008 година", "2008", "year"), ("3 март таа година", "2008-03-03", "day")]


def test_an_ordinal_ending_written_on_the_number():
    assert times("Седницата беше на 2ри септември, а продолжи на 21ви.") == [
        ("2ри септември", "2025-09-02", "day"), ("21ви", "2025-09-21", "day")]
    assert times("Во 2018та се вратија четиригодишните студии.") == [("2018та", "2018", "year")]
    assert times("Во 1990тите години тоа не беше можно.") == []


def test_indefinite_modifiers_and_each_next_one():
    assert times("Следна недела започнуваме преговори со синдикатите.") == [("Следна недела", "2025-W37", "week")]
    assert times("Тоа е следна фаза од проектот.") == []
    assert times("Секоја наредна година имаме сè помалку земјоделци.") == []


def test_a_list_of_years_with_commas():
    assert times("Во 2015, 2016 и 2017 година соодносот се промени.") == [
        ("2015", "2015", "year"), ("2016", "2016", "year"), ("2017 година", "2017", "year")]
    assert times("Кризата во 2019, 2020, 2021, како што рече, беше тешка.") == [
        ("2019", "2019", "year"), ("2020", "2020", "year"), ("2021", "2021", "year")]
    assert times("Во 2019, 2000 луѓе ја напуштија земјата.") == [("2019", "2019", "year")]  # a count after the comma


def test_a_postponement_told_in_the_present_points_ahead():
    assert times("Седницата, која требаше да се одржи во вторник, е одложена за понеделник.") == [
        ("вторник", "2025-09-02", "day"), ("понеделник", "2025-09-08", "day")]


def test_the_same_month_last_year_and_a_weekday_after_megju():
    assert times("Инфлацијата во август изнесуваше 4,1 отсто во однос на истиот месец лани.") == [
        ("август", "2025-08", "month"), ("истиот месец лани", "2024-08", "month")]
    assert times("Извозот во јули порасна во однос на истиот месец минатата година.") == [
        ("јули", "2025-07", "month"), ("истиот месец минатата година", "2024-07", "month")]
    assert times("Резултатите ги објавија во ноќта меѓу неделата и понеделникот.") == [
        ("неделата", "2025-08-31", "day"), ("понеделникот", "2025-09-01", "day")]


def test_text_whose_lower_case_changes_its_length_is_read_word_by_word_alike():
    # "İ" lower-cases to two characters: the openers are then found word by word, with the same result
    assert times("İstanbul: во среда, пред два дена, на 3 септември.") == times("Istanbul: во среда, пред два дена, на 3 септември.") == [
        ("среда", "2025-09-03", "day"), ("пред два дена", "2025-09-02", "day"), ("3 септември", "2025-09-03", "day")]


def test_the_start_of_a_numeric_range_takes_the_year_of_its_end():
    assert times("Конкурсот е отворен од 10.9 до 20.9.2025.") == [("10.9", "2025-09-10", "day"), ("20.9.2025", "2025-09-20", "day")]
    assert times("Празниците 30.12.–05.01.2025 поминаа мирно.") == [("30.12", "2024-12-30", "day"), ("05.01.2025", "2025-01-05", "day")]


def test_a_weekday_in_parentheses_after_a_day_and_month_with_its_closing_dot():
    assert times("Натпреварот беше на 30.8. (сабота).") == [("30.8", "2025-08-30", "day"), ("сабота", "2025-08-30", "day")]


def test_a_past_copula_with_a_scheduling_participle_sets_the_date_rather_than_telling_it_past():
    assert times("Изборите, кои беа закажани на 20 септември, се одложени.") == [("20 септември", "2025-09-20", "day")]


def test_an_undated_story_after_a_dated_one_in_a_merged_record_is_dated_like_it():
    text = ("Прв напис од денот на објавувањето.\n"
            "Наслов на втор напис\n"
            "Министерот вчера отпатува.\n"
            "(Извори – 04/12/09-11/12/09)\n"
            "Наслов на трет напис без датум\n"
            "Владата минатата година одлучи.")
    # the record's date is its first story's; the third story follows the dated second
    assert times_by_line(text)[-1] == ("минатата година", "2008", "year")


def test_a_weekday_something_is_announced_for_lies_ahead_but_not_a_month_or_a_past_schedule():
    assert times("Синдикатот најави протест за петок.") == [("петок", "2025-09-05", "day")]
    assert times("Седницата беше закажана за петок.") == [("петок", "2025-08-29", "day")]
    assert times("Министерот во петок изјави дека нема проблем.") == [("петок", "2025-08-29", "day")]


def test_a_date_told_in_the_past_in_a_sentence_about_last_year_is_in_that_year():
    assert times("Сезоната заврши порано минатата година, кога финалето беше на 5-ти мај.") == [
        ("минатата година", "2024", "year"), ("5-ти мај", "2024-05-05", "day")]
    # only a date told in the past: the year a comparison names is not the sentence's
    assert times("Извозот е поголем во споредба со минатата година, според податоците од 2-ри септември.") == [
        ("минатата година", "2024", "year"), ("2-ри септември", "2025-09-02", "day")]


def test_a_future_clause_set_against_a_past_year_of_the_sentence_does_not_take_it():
    assert times("Во 2024 година извозот порасна, а новиот извештај ќе биде објавен на 30 септември.") == [
        ("2024 година", "2024", "year"), ("30 септември", "2025-09-30", "day")]
    # without the contrast the year stays the sentence's ("Ќе ве потсетам во 2017 година, август месец")
    assert times("Ќе ве потсетам што се случи во 2017 година во август.") == [
        ("2017 година", "2017", "year"), ("август", "2017-08", "month")]


def test_a_date_in_a_past_relative_clause_before_a_future_main_verb_keeps_the_past():
    assert times("Протестите што почнаа во понеделникот ќе продолжат до петок.") == [
        ("понеделникот", "2025-09-01", "day"), ("петок", "2025-09-05", "day")]
    # a present verb in the relative clause leaves the future: "кои го поддржуваат ... ќе гласаат"
    assert times("Пратениците кои го поддржуваат предлогот во понеделник ќе гласаат за него.") == [
        ("понеделник", "2025-09-08", "day")]


def test_a_forecast_or_announcement_in_the_present_points_ahead():
    assert times("Метеоролозите најавуваат врнежи од снег од саботата.") == [("саботата", "2025-09-06", "day")]
    assert times("Синдикатот најави протест, кој се одржа во понеделникот.") == [("понеделникот", "2025-09-01", "day")]


def test_a_day_and_month_in_words_that_starts_a_range_takes_the_year_of_its_end():
    assert times("Претходниот штрајк траеше од 28 ноември до 2 декември 2024 година.") == [
        ("28 ноември", "2024-11-28", "day"), ("2 декември 2024 година", "2024-12-02", "day")]
    assert times("Фестивалот траеше од 28 декември до 3 јануари 2024.") == [
        ("28 декември", "2023-12-28", "day"), ("3 јануари 2024", "2024-01-03", "day")]


def test_a_weekend_after_za_lies_ahead_and_a_deadline_noun_may_be_a_loanword():
    assert times("Прогноза за викендот: сончево и топло") == [("викендот", "2025-W36", "week")]
    assert times("Дедлајнот за пријавите е 15 март.") == [("15 март", "2026-03-15", "day")]


def test_a_headline_without_a_verb_announces_but_a_verbless_sentence_with_a_full_stop_does_not():
    assert times("Мицкоски во понеделник во Брисел") == [("понеделник", "2025-09-08", "day")]
    assert times("Протест пред Собранието во петок") == [("петок", "2025-09-05", "day")]
    assert times_by_line("Прво изјави, па демант.\nВо понеделник.") == [("понеделник", "2025-09-01", "day")]


def test_a_verbless_clause_of_a_headline_announces_unless_a_later_clause_tells_it_done():
    assert times("Средба на министрите во понеделник, Скопје го чека извештајот") == [("понеделник", "2025-09-08", "day")]
    assert times("Средба на министрите во понеделник, договорот беше потпишан") == [("понеделник", "2025-09-01", "day")]
    # a headline with a verb before the date is placed by that verb
    assert times("Министрите се сретнаа во понеделник, Скопје го чека извештајот") == [("понеделник", "2025-09-01", "day")]


def test_a_day_named_alone_is_in_the_month_its_clause_and_the_publication_day_place_it():
    # published on the 4th of September
    assert times("Пакетот мерки беше претставен на 2-ри.") == [("2-ри", "2025-09-02", "day")]
    assert times("Рокот за пријавување истекува на 30-ти.") == [("30-ти", "2025-09-30", "day")]
    assert times("Пензиите ќе се исплаќаат на 1-ви.") == [("1-ви", "2025-10-01", "day")]
    assert times("Седницата беше на 28-ми, а никој не дојде.") == [("28-ми", "2025-08-28", "day")]
    # not a place, a list before a month, or a year
    assert times("Тимот се пласираше на 5-ти ред.") == []
    assert times("Состанокот е на 9-ти и 10-ти октомври.") == [("9-ти", "2025-10-09", "day"), ("10-ти октомври", "2025-10-10", "day")]
    # after a date of the sentence, its month ("до 19.01, а не до 14-ти")
    assert times("Рокот беше до 19.08, а не до 14-ти.") == [("19.08", "2025-08-19", "day"), ("14-ти", "2025-08-14", "day")]
    assert times("Долговите се исплаќаат почнувајќи од 21-та, рата по рата.") == []


@pytest.mark.parametrize("text, word, expected", [
    # a date after "од" that follows a noun or a name is that thing's: it governs no act
    ("Премиерот го критикуваше договорот со Грција од 2018 година.", "критикуваше", None),
    ("Министерката во вторник ги осуди санкциите од 2022 година.", "осуди", "вторник"),
    ("Владата ја поздрави одлуката на судот од 23 мај.", "поздрави", None),
    # after a verb it is since when; a range's start and the moment of a `кога` clause count
    ("Студентите протестираат од понеделник.", "протестираат", "понеделник"),
    # a day with its time of day after it is since that moment, even after a name (a place has no date)
    ("Десетина цивили загинаа во гранатирањето на Харков од четврток наутро.", "гранатирањето", "четврток"),
    ("Посетата на Белград од октомври 2022 година, кога Црна Гора го призна договорот, е прва.", "призна",
     "октомври 2022 година"),    # a deadline or the end of a stretch dates no act; a range's end does
    ("Мицкоски и Мерц ќе работат заедно до 2027 година.", "работат", None),
    ("Зеленски вчера побара трупите да се повлечат до петок.", "побара", "вчера"),
    ("Зеленски побара трупите да се повлечат до петок.", "побара", None),
    ("Вучиќ и Орбан се сретнаа од 10 до 11 мај во Будимпешта.", "сретнаа", "10"),
    # `од` before a name asks someone: the date after `до` is a deadline, no range's end
    ("Синдикатот побара од Владата до 15 мај да ги исплати платите.", "побара", None),
])
def test_a_date_that_is_a_nouns_attribute_or_a_deadline_governs_no_act(text, word, expected):
    doc = TimeStep()(_document(text))
    start = text.index(word)
    t = governing_time(doc, start, start + len(word))
    assert (t.text if t else None) == expected


def test_the_next_day_counts_from_the_date_before():
    assert times("Министерот на 1 септември допатува во Загреб. Утредента се сретна со премиерот.") == [
        ("1 септември", "2025-09-01", "day"), ("Утредента", "2025-09-02", "day")]


def test_a_present_that_is_also_an_aorist_is_past_beside_a_definite_weekday():
    assert times("Орбан во понеделникот допатува во Скопје.") == [("понеделникот", "2025-09-01", "day")]
    assert times("Орбан во понеделник допатува во Скопје.") == [("понеделник", "2025-09-08", "day")]
    assert times("Орбан во понеделникот ќе допатува во Скопје.") == [("понеделникот", "2025-09-08", "day")]
    # "сабота" is indefinite though it ends like the article; a past rest of the sentence makes the aorist
    assert times("Претседателката во сабота допатува во Рим.") == [("сабота", "2025-09-06", "day")]
    assert times("Премиерот во понеделник допатува во Атина, каде разговараше со колегата.") == [
        ("понеделник", "2025-09-01", "day")]


def test_a_day_something_was_announced_or_called_for_lies_ahead_but_not_the_day_of_the_announcement():
    assert times("Од опозицијата најавија протест пред Владата во сабота.") == [("сабота", "2025-09-06", "day")]
    assert times("Синдикатот најави штрајк од понеделник.") == [("понеделник", "2025-09-08", "day")]
    assert times("Земјоделците најавија блокада на патот Битола–Прилеп во среда.") == [("среда", "2025-09-10", "day")]
    assert times("Во вторник синдикатот најави штрајк.") == [("вторник", "2025-09-02", "day")]


def test_a_date_before_a_present_copula_and_a_noun_is_scheduled_but_not_before_a_participle():
    assert times("Во недела е вториот круг од изборите.") == [("недела", "2025-09-07", "day")]
    assert times("Во сабота се изборите за претседател на партијата.") == [("сабота", "2025-09-06", "day")]
    assert times("Во понеделник е започната постапката.") == [("понеделник", "2025-09-01", "day")]
    assert times("Во декември се тегнете со буџетот.", published=date(2025, 6, 20)) == [("декември", "2024-12", "month")]


def test_arriving_and_opening_in_the_present_are_scheduled():
    assert times("Пратката со лекови стигнува во среда.") == [("среда", "2025-09-10", "day")]
    assert times("Саемот на книгата се отвора во петок.") == [("петок", "2025-09-05", "day")]


def test_a_call_to_act_and_a_vote_or_sitting_in_the_present_point_ahead():
    assert times("Опозицијата повика на протест во сабота.") == [("сабота", "2025-09-06", "day")]
    # an invitation is to a meeting to come, even with the definite weekday
    assert times("Министерката ги покани земјоделците на средба во четвртокот.", date(2025, 9, 3)) == [("четвртокот", "2025-09-04", "day")]
    assert times("Собранието во вторник гласа за буџетот.") == [("вторник", "2025-09-09", "day")]
    assert times("Собранието во вторникот гласа за буџетот.") == [("вторникот", "2025-09-02", "day")]
    assert times("Комисијата заседава во понеделник.") == [("понеделник", "2025-09-08", "day")]


def test_a_day_early_next_year_told_in_december_without_a_past_word_is_next_years():
    december = date(2025, 12, 20)
    assert times("Новите тарифи за паркирање важат од 1 февруари.", december) == [("1 февруари", "2026-02-01", "day")]
    assert times("Мостот беше отворен на 10 јануари.", december) == [("10 јануари", "2025-01-10", "day")]  # told in the past
    assert times("Новите тарифи за паркирање важат од 1 март.", december) == [("1 март", "2025-03-01", "day")]  # not soon
    # a roundup's dateline may lie weeks from its items: the year stays the dateline's
    text = ("Прв напис од денот на објавувањето.\n"
            "Од Автор за Весник во Битола -- 20/12/10\n"
            "Пазарот работи со ново работно време од 10 јануари.")
    assert times_by_line(text)[-1] == ("10 јануари", "2010-01-10", "day")


def test_a_month_right_after_last_year_is_in_that_year_whatever_the_tense():
    # the aorist is not read as past; the year word just before the month places it
    assert times("Владата лани во октомври воведе нови такси.") == [
        ("лани", "2024", "year"), ("октомври", "2024-10", "month")]
    assert times("Министерот минатата година, на 12 ноември, ја ратификува спогодбата.") == [
        ("минатата година", "2024", "year"), ("12 ноември", "2024-11-12", "day")]


def test_the_same_evening_and_a_few_hours_later_are_the_day_told_before():
    assert times("Опозицијата во вторникот ја напушти седницата. Нејзините пратеници уште истата вечер "
                 "блокираа неколку улици.") == [
        ("вторникот", "2025-09-02", "day"), ("истата вечер", "2025-09-02", "day")]
    assert times("Владата во понеделникот го потпиша договорот. Неколку часа подоцна, Собранието го ратификуваше.") == [
        ("понеделникот", "2025-09-01", "day"), ("Неколку часа подоцна", "2025-09-01", "day")]


def test_a_weekend_after_za_in_a_clause_of_plural_l_forms_is_the_one_just_over():
    monday = date(2025, 9, 8)
    assert times("Бунтовниците за викендот нападнале две села.", published=monday) == [("викендот", "2025-W36", "week")]
    assert times("За викендот се очекуваат врнежи.", published=monday) == [("викендот", "2025-W37", "week")]


def test_a_period_s_end_after_before_is_a_deadline_not_a_season_or_a_day():
    for text in ("Тој е подготвен да се сретне со премиерот уште пред крајот на годината.",
                 "Министрите ќе се сретнат пред крајот на месецот."):
        assert matcher().until_date(text, text.index("крајот"))
    for text, word in (("Владата ќе ги намали цените на струјата пред зимата.", "зимата"),
                       ("Словачка го повлече ветото пред вчерашниот разговор.", "вчерашниот")):
        assert not matcher().until_date(text, text.index(word))


def test_a_short_adverbial_between_the_link_and_a_joined_future_keeps_the_date_in_its_own_past():
    wednesday = date(2025, 6, 18)
    assert times("„Во вторникот ги добив извештаите и до крајот на месецот ќе имам целосна слика“, рече тој.",
                 published=wednesday)[0] == ("вторникот", "2025-06-17", "day")
    assert times("Комисијата заседаваше во понеделникот и од септември ќе работи со нов состав.",
                 published=wednesday)[0] == ("понеделникот", "2025-06-16", "day")


def test_the_publication_year_in_the_sentence_does_not_hold_back_a_future_month():
    december = date(2024, 12, 16)
    assert times("Седницата е закажана за 27.12.2024, а расправата ќе продолжи во јануари.", published=december) == [
        ("27.12.2024", "2024-12-27", "day"), ("јануари", "2025-01", "month")]
    # another year in the sentence still sets it
    assert times("Во 2023 година, во јануари, беше донесен законот.", published=december)[1] == ("јануари", "2023-01", "month")


def test_the_same_day_set_beside_a_date_is_that_date_even_ahead():
    assert times("Вчера заседаваше комисијата. Вториот круг ќе биде на 8 мај, истиот ден со локалните избори.",
                 published=date(2024, 4, 21))[-1] == ("истиот ден", "2024-05-08", "day")


def test_a_part_of_the_month_after_a_named_month_is_of_that_month():
    june = date(2025, 6, 18)
    assert times("Министерот рече дека законот ќе влезе во собраниска процедура во јули, најдоцна до средината на месецот.",
                 published=june)[-1] == ("средината на месецот", "2025-07", "month")
    assert times("Платите ќе бидат исплатени до крајот на месецот.", published=june) == [("крајот на месецот", "2025-06", "month")]


def test_the_previous_year_after_a_year_told_in_the_sentence_is_the_one_before_it():
    july = date(2026, 7, 9)
    assert times("Лани беа исплатени 300 субвенции, а претходната година двојно повеќе.", published=july) == [
        ("Лани", "2025", "year"), ("претходната година", "2024", "year")]
    assert times("Во 2020 година извозот опадна, а претходната година растеше.", published=july)[-1] == (
        "претходната година", "2019", "year")
    # alone it is the year before publication
    assert times("Продажбата е поголема отколку претходната година.", published=july) == [("претходната година", "2025", "year")]


def test_a_verbless_opening_before_a_future_clause_is_ahead():
    thursday = date(2026, 7, 9)
    assert times("Скопје: Во сабота голем концерт на плоштадот, градот ќе ги затвори улиците во центарот",
                 published=thursday)[0] == ("сабота", "2026-07-11", "day")
    # before a past clause it is the last one
    assert times("Во сабота голем концерт на плоштадот, градот ги затвори улиците во центарот.",
                 published=thursday)[0] == ("сабота", "2026-07-04", "day")


def test_a_date_in_a_past_clause_after_last_year_is_last_years():
    assert times("Минатата година двете страни се обвинуваа за нападот на 24 септември.", published=date(2024, 9, 12)) == [
        ("Минатата година", "2023", "year"), ("24 септември", "2023-09-24", "day")]


def test_the_suffix_of_an_ordinal_date_is_no_verb_of_its_clause():
    # "наместо на 10-ти јуни" has no verb of its own: it continues the future clause before it
    assert times("Сезоната ќе почне на 12 јуни, наместо на 10-ти јуни.", published=date(2026, 1, 19)) == [
        ("12 јуни", "2026-06-12", "day"), ("10-ти јуни", "2026-06-10", "day")]


@pytest.mark.parametrize("text, published, expected", [
    ("Бурата почна минатиот четврток, а до саботата навечер спасувачите потврдија 12 жртви.", date(2026, 3, 3),
     ("саботата", "2026-02-28", "day")),
    ("До петокот вечерта двете општини изјавија дека патот е расчистен.", date(2026, 3, 3), ("петокот", "2026-02-27", "day")),
    ("До средата земјоделците пријавија штета на над 300 хектари.", date(2026, 3, 6), ("средата", "2026-03-04", "day")),
    # a noun with the same ending leaves the clause untensed: the date ahead stays ahead
    ("До петокот судијата ќе одлучи за притворот.", date(2026, 3, 3), ("петокот", "2026-03-06", "day")),
    ("Новата линија до Охрид ќе работи до саботата.", date(2026, 3, 3), ("саботата", "2026-03-07", "day")),
])
def test_an_aorist_that_ends_like_a_noun_tells_the_past(text, published, expected):
    assert expected in times(text, published=published)


def test_a_counted_day_set_beside_its_date_is_that_date():
    assert times("Тимот патува во петок. Три дена подоцна, на 9 април, игра во Софија.", published=date(2026, 4, 1)) == [
        ("петок", "2026-04-03", "day"), ("Три дена подоцна", "2026-04-09", "day"), ("9 април", "2026-04-09", "day")]
    assert times("Делегацијата пристигна во Рим на 2 мај, а два дена подоцна (на 5 мај) се сретна со папата.",
                 published=date(2026, 5, 20))[1:] == [("два дена подоцна", "2026-05-05", "day"), ("5 мај", "2026-05-05", "day")]
    # without a date beside it, the count counts
    assert times("Тимот патува во петок. Три дена подоцна игра во Софија.", published=date(2026, 4, 1))[1] == (
        "Три дена подоцна", "2026-04-06", "day")


def test_a_date_set_beside_a_count_is_in_the_year_counted_to():
    # a date without a year beside a count is in the year the count reaches, not placed by its own untensed clause
    assert times("Финалето е закажано за 3 јуни, а реваншот една недела подоцна, на 10 јуни.", published=date(2026, 2, 10))[1:] == [
        ("една недела подоцна", "2026-W24", "week"), ("10 јуни", "2026-06-10", "day")]
    # a count from a day gone by keeps the date beside it in that year
    assert times("Финалето беше на 3 јуни, а реваншот една недела подоцна, на 10 јуни.", published=date(2026, 2, 10))[1:] == [
        ("една недела подоцна", "2025-W24", "week"), ("10 јуни", "2025-06-10", "day")]


def test_a_particle_clause_shares_the_modal_of_the_clause_before():
    text = "Според статутот, членовите треба да го изберат претседателот до крајот на декември, а советот да се состане на почетокот на февруари."
    assert times(text, published=date(2026, 11, 20))[1] == ("почетокот на февруари", "2027-02", "month")
    # the clause before told in the past shares no modal
    text = "Според статутот, членовите го избраа претседателот до крајот на декември, а советот да се состане на почетокот на февруари."
    assert times(text, published=date(2026, 11, 20))[1] == ("почетокот на февруари", "2026-02", "month")


@pytest.mark.parametrize("text, expected", [
    ("Одлуката е одложена за следната година, кога Полска го презема претседавањето од 1 јануари.", ("1 јануари", "2027-01-01", "day")),
    ("Мостот ќе биде готов идната година, кога во март се отвора и новиот пат.", ("март", "2027-03", "month")),
    ("Реформата се префрла за следната година, кога на 15 мај истекува мандатот на советот.", ("15 мај", "2027-05-15", "day")),
])
def test_a_date_in_the_clause_of_time_of_a_year_ahead_is_in_that_year(text, expected):
    assert expected in times(text, published=date(2026, 6, 20))


def test_a_purpose_clause_puts_its_date_ahead_not_the_act_before_it():
    june = date(2026, 6, 24)
    assert ("ноември", "2026-11", "month") in times(
        "Министерот изјави дека законот мора да помине, за локалните избори да се одржат во ноември.", published=june)
    assert ("декември", "2026-12", "month") in times(
        "Премиерката ги повика пратениците, за буџетот да биде донесен во декември.", published=june)
    # the day of the act the purpose follows is that act's
    assert times("Лидерите се сретнаа во вторникот за да ја договорат седницата во петок.", published=june) == [
        ("вторникот", "2026-06-23", "day"), ("петок", "2026-06-26", "day")]


def test_two_hyphens_set_off_an_aside_from_the_purpose_clause_before_it():
    # the date of the aside is placed by its own clause, not by the purpose before the hyphens
    assert ("март", "2026-03", "month") in times(
        "Белград треба да ги уапси бегалците, за да може да почнат разговорите -- првично закажани за март, но одложени.",
        published=date(2026, 7, 1))


def test_the_same_day_is_an_acts_not_the_day_of_a_noun_told_with_it():
    november = date(2026, 11, 25)
    assert times("Судот во петокот (20-ти ноември) ја укина првостепената одлука од 3-ти март 2024 година. Истиот ден "
                 "работниците протестираа пред зградата.", published=november)[-1] == ("Истиот ден", "2026-11-20", "day")
    assert times("Министерството во вторникот ја објави ревидираната листа од 14 јуни 2025 година. Истиот ден се огласија "
                 "и синдикатите.", published=november)[-1] == ("Истиот ден", "2026-11-24", "day")
    # the day of the act itself stays the anchor
    assert times("Владата на 3-ти март 2024 година ја донесе одлуката. Истиот ден работниците протестираа.",
                 published=november)[-1] == ("Истиот ден", "2024-03-03", "day")


@pytest.mark.parametrize("text, date_text", [
    ("Судот ја поништи првостепената пресуда од 15 април 2011 година.", "15 април 2011 година"),
    ("Владата ја повлече спорната одлука од 3 март.", "3 март"),
])
def test_a_date_after_a_noun_known_with_its_article_is_the_nouns(text, date_text):
    start = text.index(date_text)
    assert matcher().attributive(text, start, start + len(date_text))


def test_a_date_after_a_t_participle_is_past_whatever_the_main_verb():
    march = date(2025, 3, 12)
    assert times("Министерот најави дека ќе ја продолжат изградбата на патот, прекината на 5 март.",
                 published=march) == [("5 март", "2025-03-05", "day")]
    assert times("Клубот ќе ги врати тренинзите, започнати на 2 март.", published=march) == [("2 март", "2025-03-02", "day")]
    # a noun with its article ends like such a participle: the future clause still places the date
    assert times("Министерот најави дека ќе ја продолжат изградбата на патот, а владата на 5 март.",
                 published=march) == [("5 март", "2025-03-05", "day")]
    assert times("Министерот рече дека изградбата ќе продолжи, а седницата на 5 јануари.",
                 published=march) == [("5 јануари", "2026-01-05", "day")]


def test_a_relative_clause_on_what_a_plan_is_for_tells_its_act_not_its_year():
    january = date(2026, 1, 8)
    assert times("Планот за 2026 година, кој Владата го усвои на 20-ти ноември, предвидува нови вработувања.",
                 published=january)[-1] == ("20-ти ноември", "2025-11-20", "day")
    assert times("Стратегијата за 2026 година, која министерството ја претстави на 15 декември, ќе се применува.",
                 published=january)[-1] == ("15 декември", "2025-12-15", "day")
    # what the plan provides for stays in its year
    assert times("Буџетот за 2026 година предвидува покачување на платите од 1 март.",
                 published=january)[-1] == ("1 март", "2026-03-01", "day")


def test_this_year_told_after_another_year_moves_the_account_to_now():
    october = date(2026, 10, 20)
    assert times("Тужбата беше поднесена во мај 2024 година, а расправата почна дури оваа година, на 3 февруари.",
                 published=october)[-1] == ("3 февруари", "2026-02-03", "day")
    assert times("Договорот е потпишан во 2023 година, а годинава, на 5 март, стапи во сила.",
                 published=october)[-1] == ("5 март", "2026-03-05", "day")
    # without it the sentence's year holds
    assert times("Договорот е потпишан во 2023 година, а на 5 март стапи во сила.",
                 published=october)[-1] == ("5 март", "2023-03-05", "day")


def test_a_schedule_or_plan_that_provides_for_months_looks_ahead():
    december = date(2024, 12, 20)
    assert times("Календарот предвидува и трки во мај и август.", published=december) == [
        ("мај", "2025-05", "month"), ("август", "2025-08", "month")]
    assert times("Планот предвидува пуштање на мостот во април.", published=december) == [("април", "2025-04", "month")]
    assert times("Мостот беше пуштен во април.", published=december) == [("април", "2024-04", "month")]


def test_a_promise_a_call_to_act_or_readiness_for_an_act_looks_ahead():
    assert times("Министрите ветија завршување на патот до март.") == [("март", "2026-03", "month")]
    assert times("Министерот во април вети нови плати.") == [("април", "2025-04", "month")]  # the promise's own day
    assert times("Во вторник гласајте за својот кандидат.") == [("вторник", "2025-09-09", "day")]
    assert times("Граѓани, во недела излезете и гласајте.") == [("недела", "2025-09-07", "day")]
    assert times("Во вторник гласаа за својот кандидат.") == [("вторник", "2025-09-02", "day")]
    january = date(2024, 1, 15)
    assert times("Тој рече дека опозицијата е подготвена за гласање уште во април.", published=january) == [
        ("април", "2024-04", "month")]
    assert times("Партиите се спремни за избори во мај.", published=january) == [("мај", "2024-05", "month")]
    # told in the past it is done; a noun for an act is no readiness ("правила за гласање")
    assert times("Партиите беа подготвени за гласање во април.", published=january) == [("април", "2023-04", "month")]
    assert times("Комисијата објави правила за гласање во април.", published=january) == [("април", "2023-04", "month")]


def test_a_date_since_which_something_goes_on_in_the_present_lies_shortly_before_publication():
    december = date(2024, 12, 27)
    assert times("Граничните премини се преполни, а граѓаните од 19-ти декември патуваат со часови.",
                 published=december) == [("19-ти декември", "2024-12-19", "day")]
    assert times("Рибарите од 10-ти декември стигнуваат со празни мрежи.", published=december) == [
        ("10-ти декември", "2024-12-10", "day")]
    # with a future particle, or long before publication, it is ahead
    assert times("Граѓаните од 19-ти декември ќе патуваат со часови.", published=december) == [
        ("19-ти декември", "2025-12-19", "day")]
    assert times("Граѓаните од 1 ноември патуваат со часови.", published=december) == [("1 ноември", "2025-11-01", "day")]


def test_a_day_word_in_a_quotation_counts_from_the_day_its_speech_tag_names():
    # published on Thursday 4 September 2025
    assert times("„Денеска го отворивме новиот мост“, изјави вчера градоначалникот.")[0] == ("Денеска", "2025-09-03", "day")
    assert times("Градоначалникот во понеделникот изјави: „Утре почнуваат работите на мостот“.")[1] == ("Утре", "2025-09-02", "day")
    # a tag with no day of its own, or a day of another clause, leaves the words told now
    assert times("„Денеска го отворивме новиот мост“, изјави градоначалникот.") == [("Денеска", "2025-09-04", "day")]
    assert times("„Денеска го отворивме новиот мост“, изјави градоначалникот, кој вчера се врати од Виена.")[0] == (
        "Денеска", "2025-09-04", "day")


def test_a_month_still_to_come_in_a_future_clause_of_its_own_is_not_in_the_sentences_later_year():
    assert times("Законот мора да се донесе пред изборите во мај 2026 година, а Собранието ќе гласа за него во декември.")[-1] == (
        "декември", "2025-12", "month")
    # a month this year has passed is in that year; so is one the year's own clause tells
    assert times("Законот мора да се донесе пред изборите во мај 2026 година, а Собранието ќе гласа за него во март.")[-1] == (
        "март", "2026-03", "month")
    assert times("Во 2026 година Собранието ќе гласа за законот во декември.")[-1] == ("декември", "2026-12", "month")


def test_a_year_closing_a_list_after_i_is_a_year_when_it_follows_shortly():
    assert times("Буџетите за 2026 и 2027 ќе бидат усвоени следниот месец.") == [
        ("2026", "2026", "year"), ("2027", "2027", "year"), ("следниот месец", "2025-10", "month")]
    # not a round count after an earlier year, nor the year of a following year word or ordinal
    assert times("Фабриката работеше во 2019 и 2000 работници беа отпуштени.") == [("2019", "2019", "year")]
    assert times("Во 2019 и 2020 година продажбата растеше.") == [("2019", "2019", "year"), ("2020 година", "2020", "year")]
    assert times("Во 2019 и 2020-тата година продажбата растеше.")[-1] == ("2020-тата година", "2020", "year")


def test_budgets_in_the_plural_are_for_a_year():
    assert times("Буџетите за 2027 ќе ги разгледа Собранието.") == [("2027", "2027", "year")]
    assert times("Училиштата за 2027 ученици ќе ги отвори Владата.") == []


def test_a_past_relative_clause_before_a_modal_main_verb_keeps_its_date_past():
    assert times("Планот што го усвоија на 12-ти март треба да се спроведе до крајот на годината.")[0] == (
        "12-ти март", "2025-03-12", "day")
    # the date in the main clause after the modal is ahead
    assert times("Планот треба да се спроведе на 12-ти март.") == [("12-ти март", "2026-03-12", "day")]


def test_a_number_in_the_range_of_years_before_a_unit_of_money_is_an_amount():
    assert times("Цените пораснаа од 1850 до 2005 денари.") == []
    assert times("Платата се зголеми од 1950 на 2100 евра, а цените се движат 1850–2005 денари.") == []
    # without the unit, years
    assert times("Цените пораснаа од 2005 до 2010 година.") == [("2005", "2005", "year"), ("2010 година", "2010", "year")]
    assert times("Цените растеа 2005–2010, за 12 отсто.") == [("2005", "2005", "year"), ("2010", "2010", "year")]
    # a year with its year word before a change of an amount is a year ("за 2026 година на 3 отсто")
    assert times("Проекцијата за раст за 2026 година е намалена од 4 на 3 отсто.")[0] == ("2026 година", "2026", "year")
    assert times("Дефицитот ќе се намали од 4,2 отсто во 2025 година на 3,5 отсто.") == [("2025 година", "2025", "year")]
