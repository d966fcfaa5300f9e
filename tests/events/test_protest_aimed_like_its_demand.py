"""A protest whose protesters ask someone named later in the sentence (`барајќи од X`, `кои бараа од X`) is aimed
at the one asked, not at the home authorities it implies (invented sentences)."""
import pytest

from tests.events.helpers import pipeline_events


@pytest.mark.parametrize("text, expected", [
    ("Превозниците од Северна Македонија вчера го блокираа граничниот премин Табановце, барајќи од српските власти"
     " побрзо царинење.", ("PROTEST", ["MKD"], ["SRB"])),
    ("Во Рамала вчера се одржа протест на стотици луѓе, кои бараа од Советот за безбедност на ОН заштита за селата.",
     ("PROTEST", ["PSE"], ["UNO"])),
    ("Стотици земјоделци од Косово протестираа пред зградата на општината, барајќи од Европската комисија помош.",
     ("PROTEST", ["KOS"], ["EUR"])),
])
def test_a_protest_is_aimed_at_whom_it_asks(text, expected):
    assert expected in pipeline_events(text)


def test_a_protest_asking_no_one_keeps_its_implied_target():
    events = pipeline_events("Стотици земјоделци протестираа пред Собранието во Скопје, барајќи повисоки субвенции.")
    assert any(kind == "PROTEST" and recipients == ["MKD"] for kind, _, recipients in events)
