"""People told with the place they come from (`… од Куманово протестираа`) are of that place's state, not of
the story's other side: sentences written for these tests (names invented)."""
from __future__ import annotations

import pytest

from tests.events.helpers import pipeline_events


@pytest.mark.parametrize("text", [
    "Косовската влада ја забрани увозот на млеко од Македонија. Неколку стотини одгледувачи на крави од Куманово "
    "и Крива Паланка денеска протестираа пред Владата на Косово.",
    "Србија го забрани увозот на вино од Македонија. Стотици винари од Кавадарци протестираа пред српската амбасада.",
])
def test_protesters_from_a_home_town_are_of_its_state(text):
    assert [a for t, a, _ in pipeline_events(text) if t == "PROTEST"] == [["MKD"]]


def test_protesters_from_a_foreign_town_are_of_its_state():
    text = "Бугарија ги затвори граничните премини за камиони од Грција. Неколку десетици возачи од Солун го блокираа патот кон Бугарија."
    assert [a for t, a, _ in pipeline_events(text) if t == "PROTEST"] == [["GRC"]]


def test_a_place_named_after_the_act_is_no_origin_of_its_people():
    # twin: `од Македонија` after the verb is where the imports come from, not the protesters
    text = ("Косовската влада ја забрани увозот на млеко од Македонија. Неколку стотини луѓе протестираа пред Владата "
            "на Косово против увозот од Македонија.")
    assert [a for t, a, _ in pipeline_events(text) if t == "PROTEST"] == [["KOS"]]
