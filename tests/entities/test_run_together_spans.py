"""Model spans that run a body's name together with what follows it: a comma and another name, an
anaphor, or an opening quotation mark (invented sentences, a stand-in model that joined the words)."""
from __future__ import annotations

import pytest

from tests.entities.test_entities import entities_with_model_spans


def model_reads(text: str, *names: tuple[str, str]):
    """A stand-in model's spans: each (text, label) at its first place in `text`."""
    def spans(doc):
        found = []
        for name, label in names:
            start = doc.text.index(name)
            span = doc.char_span(start, start + len(name))
            found.append((span.start, span.end, label))
        return found
    return spans


def names(text: str, *read: tuple[str, str]) -> set[tuple[str, str]]:
    doc = entities_with_model_spans(text, model_reads(text, *read))
    return {(m.text, e.type) for e in doc.entities for m in e.mentions if m.kind == "name"}


@pytest.mark.parametrize("text, read, body, person", [
    ("Портпаролката на Агенцијата, Весна Трпковска, рече дека ќе има нов тендер.",
     "Агенцијата, Весна Трпковска", "Агенцијата", "Весна Трпковска"),
    ("Шефот на Кабинетот, Бојан Малинковски, ги презеде документите.",
     "Кабинетот, Бојан Малинковски", "Кабинетот", "Бојан Малинковски"),
])
def test_a_body_a_comma_and_a_persons_name_are_two_names(text, read, body, person):
    found = names(text, (read, "ORG"))
    assert (body, "ORG") in found and (person, "PER") in found
    assert read not in {name for name, _ in found}


@pytest.mark.parametrize("text, read, body", [
    ("Писмото го прими Управата, во Струмица веќе нема вработени.", "Управата, во Струмица", "Управата"),
    ("Предлогот го одби Одборот, а Гевгелија остана без пари.", "Одборот, а Гевгелија", "Одборот"),
])
def test_a_comma_after_a_body_ends_its_name(text, read, body):
    assert read not in {name for name, _ in names(text, (read, "ORG"))}
    assert (body, "ORG") in names(text, (read, "ORG"))


@pytest.mark.parametrize("text, name", [
    ("Анкетата ја спроведе Институтот за демократија, солидарност и граѓанско општество.",
     "Институтот за демократија, солидарност и граѓанско општество"),
    ("Тужбата ја поднесе Здружението за заштита на природата, шумите и водите.",
     "Здружението за заштита на природата, шумите и водите"),
])
def test_a_comma_between_the_nouns_of_a_bodys_complement_is_the_names(text, name):
    assert (name, "ORG") in names(text, (name, "ORG"))


@pytest.mark.parametrize("text, read, body", [
    ("Советот истиот ден ја одложи седницата.", "Советот истиот", "Советот"),
    ("Заводот за статистика истата недела побара нови извештаи.", "Заводот за статистика истата", "Заводот за статистика"),
])
def test_an_anaphor_after_a_body_is_no_part_of_its_name(text, read, body):
    found = names(text, (read, "ORG"))
    assert read not in {name for name, _ in found} and body in {name for name, _ in found}


@pytest.mark.parametrize("text, read, whole", [
    ("Децата се згрижени во Детскиот дом „Ластовица“, каде што добија облека.",
     "Детскиот дом „Ластовица", "Детскиот дом „Ластовица“"),
    ("Акцијата ја организираше Здружението „Чиста река“ од Берово.",
     "Здружението „Чиста", "Здружението „Чиста река“"),
])
def test_a_model_name_that_opens_a_quoted_name_takes_its_closing_mark(text, read, whole):
    assert (whole, "ORG") in names(text, (read, "ORG"))


@pytest.mark.parametrize("text, read", [
    ("Синдикатот ја обвини Управата за „уништување“ на фабриката.", "Управата за „уништување"),
    ("Пратениците го критикуваа Советот за „тајните“ договори.", "Советот за „тајните"),
])
def test_a_model_name_is_cut_before_a_quoted_lower_case_word(text, read):
    found = {name for name, _ in names(text, (read, "ORG"))}
    assert not any("„" in name for name in found)


@pytest.mark.parametrize("text, read, body, person", [
    ("Пратеникот на НДЗ Горан Трајчевски гласаше против.", "НДЗ Горан Трајчевски", "НДЗ", "Горан Трајчевски"),
    ("Претседателот на Коморите Марија Стефановска го отвори саемот.",
     "Коморите Марија Стефановска", "Коморите", "Марија Стефановска"),
])
def test_a_body_and_a_persons_full_name_after_it_are_two_names(text, read, body, person):
    found = names(text, (read, "ORG"))
    assert (person, "PER") in found and body in {name for name, _ in found}
    assert read not in {name for name, _ in found}


def test_a_body_named_after_a_person_stays_whole():
    text = "Стипендиите ги додели ЗКЛ Марија Стефановска Фонд од Битола."
    name = "ЗКЛ Марија Стефановска Фонд"
    assert (name, "ORG") in names(text, (name, "ORG"))
