"""A protest before a body's building (`пред зградата на X`, `пред седиштето на X`) is aimed at the body, as one
before the body itself (`пред Собранието`) is (invented sentences)."""
import pytest

from tests.events.helpers import pipeline_events


@pytest.mark.parametrize("text, expected", [
    ("Стотици граѓани протестираа пред седиштето на Владата во Скопје.", ("PROTEST", ["MKD"], ["MKD"])),
    ("Илјадници земјоделци протестираа во Брисел пред зградата на Европскиот совет.", ("PROTEST", ["BEL"], ["EUR"])),
    ("Стотици студенти вчера протестираа пред зградата на Европската комисија во Скопје.", ("PROTEST", ["MKD"], ["EUR"])),
])
def test_a_protest_before_a_building_is_aimed_at_its_body(text, expected):
    assert expected in pipeline_events(text)
