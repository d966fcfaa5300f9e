"""An act of a dated episode, dated by it, with no place of its own happened where the episode did (the police's
arrests at a protest told before): sentences written for these tests."""
from __future__ import annotations

from datetime import date

from tests.events.helpers import only, pipeline_document

PUBLISHED = date(2024, 5, 10)


def _arrest_place(text: str) -> str | None:
    doc = pipeline_document(text, PUBLISHED)
    loc = only(doc, "COERCE").location
    return None if loc is None else next(e.name for e in doc.entities if e.id == loc)


def test_arrests_at_a_protest_told_before_are_at_its_place():
    text = "Илјадници граѓани вчера протестираа во Битола против новите даноци. Полицијата приведе петмина демонстранти."
    assert _arrest_place(text) == "Битола"


def test_arrests_with_a_place_of_their_own_keep_it():
    # twin: the arrests' own place
    text = ("Илјадници граѓани вчера протестираа во Битола против новите даноци. "
            "Полицијата во Охрид приведе петмина демонстранти.")
    assert _arrest_place(text) == "Охрид"


def test_arrests_after_a_protest_with_no_place_have_none():
    # twin: the protest names no place, so neither do the arrests at it
    text = "Илјадници граѓани вчера протестираа против новите даноци. Полицијата приведе петмина демонстранти."
    assert _arrest_place(text) is None


def _request_place(text: str) -> str | None:
    doc = pipeline_document(text, PUBLISHED)
    loc = only(doc, "REQUEST").location
    return None if loc is None else next(e.name for e in doc.entities if e.id == loc)


def test_a_demand_made_after_a_meeting_told_before_is_at_its_place():
    text = ("Министрите за надворешни работи на Бугарија и Грција вчера разговараа во Солун. "
            "Грчкиот министер по средбата побара од Бугарија да ги отвори граничните премини.")
    assert _request_place(text) == "Солун"


def test_a_demand_told_after_a_meeting_but_not_at_it_has_no_place():
    # twin: no `по средбата`, the demand is no act of the meeting
    text = ("Министрите за надворешни работи на Бугарија и Грција вчера разговараа во Солун. "
            "Грчкиот министер денеска побара од Бугарија да ги отвори граничните премини.")
    assert _request_place(text) is None


def test_a_demand_told_on_from_the_same_actors_act_is_at_its_place():
    # the actor's act told before, whose day the demand takes, names the place
    text = ("Грчкиот министер вчера во Солун ја критикуваше Бугарија за затворените премини. "
            "Тој побара од Бугарија да ги отвори граничните премини.")
    assert _request_place(text) == "Солун"


def test_a_demand_told_on_from_an_act_with_no_place_has_none():
    # twin: the act before names no place
    text = ("Грчкиот министер вчера ја критикуваше Бугарија за затворените премини. "
            "Тој побара од Бугарија да ги отвори граничните премини.")
    assert _request_place(text) is None
