"""Act nouns with no act told (issue #5, precision): a noun that is the possessor or topic of another noun
(`организаторите на протестите`, `причина за штрајкот`, `извори блиски до преговорите`, `во знак на поддршка`) and
a noun whose clause tells what it depends on (`помошта … зависи од`); each beside a near-identical sentence where
the act is told, on sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, coded

SERBIA = Ent(("Србија",), country="SRB")
BOSNIA = Ent(("Босна",), country="BIH")


def types(text: str, entities: list[Ent]) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in coded(text, entities).events]


def test_the_organisers_of_protests_tell_no_protest():
    assert types("Организаторите на протестите во Србија изјавија дека ќе продолжат.", [SERBIA]) == []
    assert ("PROTEST", "протестите") in types("Илјадници граѓани на протестите во Србија изјавија дека ќе продолжат.",
                                              [SERBIA])


def test_the_cause_of_a_strike_is_no_strike():
    assert types("Министерот ја укина уредбата, главната причина за штрајкот на рударите во Србија.", [SERBIA]) == []
    assert ("PROTEST", "штрајкот") in types("Министерот ја укина уредбата по штрајкот на рударите во Србија.", [SERBIA])


def test_sources_close_to_talks_tell_no_talks():
    close = "Според извори блиски до преговорите со Босна, Србија понуди нов рок."
    assert "CONSULT" not in [t for t, _ in types(close, [SERBIA, BOSNIA])]
    told = "Според извори, по преговорите со Босна, Србија понуди нов рок."
    assert "CONSULT" in [t for t, _ in types(told, [SERBIA, BOSNIA])]


def test_a_conference_for_support_is_no_support():
    assert types("Србија ќе биде домаќин на конференција за поддршка на Босна.", [SERBIA, BOSNIA]) == []
    assert types("Србија изрази поддршка на Босна.", [SERBIA, BOSNIA]) == [("SUPPORT", "изрази поддршка")]


def test_aid_that_depends_on_a_vote_is_no_aid():
    assert types("Помошта на Србија за Босна зависи од изборите.", [SERBIA, BOSNIA]) == []
    assert [t for t, _ in types("Србија испрати помош за Босна по поплавите.", [SERBIA, BOSNIA])] == ["AID"]


def test_a_participle_before_a_noun_is_an_adjective():
    assert "SANCTION" not in [t for t, _ in types("Новиот закон забранува осудени лица да работат во Србија.", [SERBIA])]
    assert "SANCTION" in [t for t, _ in types("Во Србија вчера беа осудени лица за измама.", [SERBIA])]


def test_there_being_people_arrested_tallies_arrests():
    assert "COERCE" not in [t for t, _ in types("Министерот рече дека притворени лица нема да добијат амнестија во Србија.",
                                                [SERBIA])]
    assert "COERCE" in [t for t, _ in types("Протестот во Србија помина мирно и немало притворени лица.", [SERBIA])]


def test_troops_that_are_deployed_tell_where_they_stand():
    standing = "Србија, чии војници се распоредени во Босна, најави нова вежба."
    assert "MOBILIZE" not in [t for t, _ in types(standing, [SERBIA, BOSNIA])]
    sent = "Србија, чии војници беа распоредени во Босна, најави нова вежба."
    assert "MOBILIZE" in [t for t, _ in types(sent, [SERBIA, BOSNIA])]
    told = "Вчера во Босна се распоредени војници на Србија."
    assert "MOBILIZE" in [t for t, _ in types(told, [SERBIA, BOSNIA])]



KOSOVO = Ent(("Косово",), country="KOS")
VUCIC = Ent(("Вучиќ",), type="PER", country="SRB", sector="GOV")
DACIC = Ent(("Дачиќ",), type="PER", country="SRB", sector="GOV")


def test_talks_fronted_as_the_topic_are_the_talks_told_before():
    told = "Делегацијата на Косово вчера се согласи со предлогот, по долги разговори со претставници на Србија во Брисел. "
    people = [SERBIA, KOSOVO, VUCIC, DACIC]
    assert [t for t, _ in types(told + "Разговорите ги водеа Вучиќ и Дачиќ.", people)] == ["AGREE", "CONSULT"]
    assert [t for t, _ in types(told + "Вучиќ и Дачиќ потоа водеа разговори.", people)] == ["AGREE", "CONSULT", "CONSULT"]
