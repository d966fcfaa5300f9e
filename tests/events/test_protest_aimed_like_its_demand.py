"""A protest whose protesters ask someone named later in the sentence (`барајќи од X`, `кои бараа од X`) is aimed
at the one asked, not at the home authorities it implies (invented sentences)."""
import pytest

from tests.events.helpers import Ent, codes, coded, pipeline_events


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


def test_an_act_of_the_same_protest_is_aimed_where_the_protest_was():
    mission = Ent(("Мисијата на ЕУ",), "ORG", "EUR", "IGO")
    town, capital = Ent(("Митровица",), "GPE", "KOS"), Ent(("Белград",), "GPE", "SRB")
    doc = coded("Стотици граѓани вчера протестираа во Митровица против Мисијата на ЕУ. "
                "Демонстрантите потоа го блокираа мостот.", [mission, town, capital])
    blockade = next(e for e in doc.events if e.trigger.text == "блокираа")
    assert codes(doc, blockade.recipient) == [("EUR", "IGO")] and "recipient:same_protest" in blockade.rule
    # twin: people of another state, elsewhere, block the bridge: their own authorities, as before
    doc = coded("Стотици граѓани вчера протестираа во Митровица против Мисијата на ЕУ. "
                "Во Белград демонстранти го блокираа мостот.", [mission, town, capital])
    blockade = next(e for e in doc.events if e.trigger.text == "блокираа")
    assert codes(doc, blockade.recipient) == [("SRB", "GOV")] and "recipient:implied" in blockade.rule
