"""A short name that is another word or another person's (`Лиу`, `Пас`, `Гардата`) links to the actor the
document names in full or by its state: sentences written for these tests."""
from __future__ import annotations

from functools import cache

import pytest

from vesnik.document import Document
from vesnik.pipeline.default import build_pipeline


@cache
def _pipeline():
    return build_pipeline(until="linking")


def _kb_ids_of(text: str, written: str) -> set[str | None]:
    doc = _pipeline().run_one(Document(id="t", source="t", raw_text=text)).document
    return {e.kb_id for e in doc.entities if any(m.text == written for m in e.mentions)}


@pytest.mark.parametrize("text, kb_id", [
    ("Кинескиот вицепремиер Лиу Хе допатува во Вашингтон. Лиу ја повика американската страна на дијалог.", "per:liu-he"),
    ("Кинескиот дипломат Лиу Јинсонг го прими јапонскиот амбасадор. Лиу изрази незадоволство од изјавите.", "per:liu-jinsong"),
    ("Портпаролот на кинеската крајбрежна стража Лиу Деџун ги обвини Филипините. Лиу рече дека бродот го прекршил правилото.",
     "per:liu-dejun"),
])
def test_a_bare_chinese_surname_is_the_liu_the_document_names(text, kb_id):
    assert _kb_ids_of(text, "Лиу") == {kb_id}


@pytest.mark.parametrize("text, written, kb_id", [
    ("Боливискиот претседател Родриго Пас ја посети Бразилија. Пас ја повика опозицијата на разговори.", "Пас", "per:rodrigo-paz"),
    ("Иран заплени уште еден танкер. Гардата го обвини екипажот за шверц на гориво.", "Гардата", "org:irn:irgc"),
    ("Во Унгарија опозицијата јача. Тиса го обвини Орбан за корупција.", "Тиса", "org:hun:tisza"),
    ("Премиерот на Папуа Нова Гвинеја Џејмс Марапе ја посети Канбера. Марапе ја критикуваше Австралија.", "Марапе", "per:james-marape"),
    # office holders, leaders and bodies of 2025-2026 news the knowledge base gained (the kbq probe), by their
    # names; a namesake keeps its own entry
    ("Градоначалникот на Битола Тони Коњановски потпиша договор со германска фирма.", "Тони Коњановски", "per:toni-konjanovski"),
    # the twin: the MP who shares his surname stays himself
    ("Пратеникот Никола Коњановски поднесе амандман на буџетот.", "Никола Коњановски", "per:nikola-konjanovski"),
    ("Претседателот на косовското Собрание Димал Баша ја закажа седницата за вторник.", "Димал Баша", "per:dimal-basha"),
    # the twin: the bare surname is still the Albanian politician's
    ("Албанската опозиција се собра во Тирана. Баша ги повика поддржувачите на протест.", "Баша", "per:lulzim-basha"),
    ("Лидерот на Демократската партија на Србите го посети Куманово.", "Демократската партија на Србите", "org:mkd:dps"),
    ("Водачот на хаитските банди Џими Шеризие се закани со нови напади врз полицијата.", "Џими Шеризие", "per:jimmy-cherizier"),
])
def test_a_short_name_links_where_its_actor_or_state_is_named(text, written, kb_id):
    assert _kb_ids_of(text, written) == {kb_id}


@pytest.mark.parametrize("text, written", [
    ("Играчот даде прецизен пас. Пас беше клучен за победата.", "Пас"),
    ("На скарата имаше барбекју. Барбекју беше подготвено за гостите.", "Барбекју"),  # the Haitian gang leader's nickname
])
def test_a_short_name_that_is_another_word_links_nowhere_without_context(text, written):
    assert _kb_ids_of(text, written) <= {None}
