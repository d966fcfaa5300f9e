"""Peoples as parties (guidelines, issue #5): a people named by its noun (`Србите`, `двајца Срби осомничени`)
acts for the state where the text says it lives (a residence adjective, a place in its sentence, the same people
told before, the story's state for its local people or counted members), not for its kin-state; with nothing telling
where, for its own state. Through the whole pipeline, on sentences written for these tests.
"""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only, pipeline_events


def events_of(text: str, type_: str) -> list[tuple[list[str | None], list[str | None]]]:
    return [(actors, recipients) for t, actors, recipients in pipeline_events(text) if t == type_]


def test_counted_members_with_a_residence_adjective_are_of_that_place():
    assert events_of("Косовската полиција уапси тројца косовски Срби осомничени за палење автомобили.",
                     "COERCE") == [(["KOS"], ["KOS"])]


def test_counted_members_in_a_story_of_another_state_than_a_home_of_that_people_stay_its_own():
    assert events_of("Унгарската полиција уапси тројца Срби осомничени за шверц на мигранти.",
                     "COERCE") == [(["HUN"], ["SRB"])]


def test_a_people_acting_in_a_place_of_a_state_it_is_a_community_of_is_that_states():
    assert events_of("Илјадници Срби вчера протестираа во Бања Лука против одлуката на високиот претставник.",
                     "PROTEST")[0][0] == ["BIH"]


def test_a_people_acting_in_its_own_state_is_its_states():
    assert events_of("Илјадници Срби вчера протестираа во Белград против одлуката на владата.",
                     "PROTEST")[0][0] == ["SRB"]


def test_the_local_people_of_a_story_are_of_the_storys_state():
    text = ("Тензиите на северот на Косово растат. "
            "Командантот на КФОР ги повика локалните Срби да ги отстранат барикадите.")
    assert events_of(text, "REQUEST") == [(["IGO"], ["KOS"])]


def test_a_bare_people_in_a_story_of_another_state_stays_its_own():
    # (`преговорите меѓу косовските Албанци и Србите`: a bare people may be the kin-state's side)
    text = ("Тензиите на северот на Косово растат. "
            "Командантот на КФОР ги повика Србите да ги отстранат барикадите.")
    assert events_of(text, "REQUEST") == [(["IGO"], ["SRB"])]


def test_a_people_told_before_where_it_lives_is_the_same_people_later():
    text = ("Косовските Срби во Митровица вчера протестираа против мисијата. "
            "Лидерот на Српска листа ги повика Србите да не соработуваат со мисијата.")
    assert events_of(text, "REQUEST") == [(["KOS"], ["KOS"])]


def test_one_member_told_where_he_lives_does_not_place_the_whole_people():
    text = ("Полицијата во Митровица го уапси еден косовски Србин. "
            "Лидерот на Српска листа ги повика Србите да не соработуваат со мисијата.")
    assert events_of(text, "REQUEST") == [(["KOS"], ["SRB"])]


def test_a_place_outside_a_quote_does_not_tell_where_the_people_in_it_lives():
    minister = Ent(("Петар Јанковиќ",), "PER", "SRB", "GOV")
    people, place = Ent(("Србите",), country="SRB", kind="demonym"), Ent(("Приштина",), country="KOS")
    outside = coded("Министерот Петар Јанковиќ го нарече апсењето „прогон на Србите“ од страна на режимот во Приштина.",
                    [minister, people, place])
    inside = coded("Министерот Петар Јанковиќ го нарече апсењето „прогон на Србите во Приштина“.", [minister, people, place])
    assert codes(outside, only(outside, "ACCUSE").recipient) == [("SRB", None)]
    assert codes(inside, only(inside, "ACCUSE").recipient) == [("KOS", "CVL")]
