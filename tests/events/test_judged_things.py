"""A judgement of a thing named by a common noun no list holds (`го поздрави исходот`, `ја критикуваше
продажбата`, the noun alone) is aimed, like one of a listed act noun, at whoever acted in the sentence before; every sentence
here is invented."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

IVANOV = Ent(("Иван Иванов",), "PER", "BGR", "GOV")
LUND = Ent(("Ана Лунд",), "PER", "EUR", "IGO")
SALE = "Иван Иванов вчера соопшти дека владата ќе ја продаде државната железница."
RESULTS = "Иван Иванов вчера ги прогласи резултатите од изборите."


def test_a_definite_noun_heading_the_object_is_the_act_of_the_one_who_acted_before():
    for text, kind in ((f"{SALE} Ана Лунд ја критикуваше продажбата.", "ACCUSE"),
                       (f"{SALE} Ана Лунд ја критикуваше продажбата и побара јавен тендер.", "ACCUSE"),
                       (f"{RESULTS} Ана Лунд го поздрави исходот.", "SUPPORT")):
        ev = only(coded(text, [IVANOV, LUND]), kind)
        assert ev.actor == ["E2"] and ev.recipient == ["E1"] and "recipient:judged_act" in ev.rule, text


def test_an_adjective_before_its_bare_noun_or_a_noun_told_whose_is_no_thing_judged():
    # (the article stands on the adjective: `продажната цена`, `двете страни` head no act of the one before; a
    # complement says what is judged, maybe of someone else: `продажбата на пристаништето`)
    for text, kind in ((f"{SALE} Ана Лунд ја критикуваше продажната цена.", "ACCUSE"),
                       (f"{SALE} Ана Лунд ја критикуваше продажбата на пристаништето.", "ACCUSE"),
                       (f"{RESULTS} Ана Лунд ги поздрави двете страни.", "SUPPORT")):
        ev = only(coded(text, [IVANOV, LUND]), kind)
        assert "E1" not in ev.recipient and "recipient:judged_act" not in ev.rule, text


def test_refusals_words_of_blame_and_agreements_are_left_to_their_own_passes():
    # (a refusal answers a demand or a charge: `_answer_demands`, `_answer_accusations`)
    for text, kind in ((f"{SALE} Ана Лунд ги отфрли резултатите.", "REJECT"),
                       (f"{SALE} Ана Лунд ги критикуваше обвинувањата.", "ACCUSE"),
                       (f"{SALE} Ана Лунд го поздрави договорот.", "SUPPORT")):
        ev = only(coded(text, [IVANOV, LUND]), kind)
        assert "recipient:judged_act" not in ev.rule, text
