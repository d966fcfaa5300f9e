"""An attack by people named as protesters on a building, an office or the police is their riot (guidelines: violent
demonstrators are PROTEST riot); their attack on a person, an attack by others and a protesters' mention in another
clause stay ASSAULT (invented sentences)."""
from datetime import date

import pytest

from tests.events.helpers import events_of, pipeline_document

DAY = date(2025, 5, 20)


@pytest.mark.parametrize("text", [
    "Неколку стотини демонстранти вчера ја нападнаа зградата на општината во Тетово.",
    "Разбеснетите демонстранти синоќа ја нападнаа германската амбасада во Белград.",
])
def test_protesters_attacking_a_building_riot(text):
    doc = pipeline_document(text, DAY)
    assert not events_of(doc, "ASSAULT")
    riots = events_of(doc, "PROTEST")
    assert riots and all(e.mode == "riot" for e in riots)


@pytest.mark.parametrize("text", [
    # others attacking the building
    "Неколку маскирани напаѓачи вчера ја нападнаа зградата на општината во Тетово.",
    # protesters attacking a person
    "Двајца демонстранти вчера го нападнаа новинарот Петар Стојков во Тетово.",
    # protesters named in another clause than the attack
    "Демонстрантите се собраа пред општината во Тетово, откако полицаец вчера го застрела Марко Ристов.",
])
def test_other_attacks_stay_assault(text):
    assert events_of(pipeline_document(text, DAY), "ASSAULT")


def test_an_attack_by_no_hand_told_with_the_riot_is_the_riot():
    doc = pipeline_document("Стотици демонстранти вчера ја нападнаа германската амбасада во Белград, а беше нападнат"
                            " и конзулатот во Ниш.", DAY)
    assert not events_of(doc, "ASSAULT")
    assert {e.mode for e in events_of(doc, "PROTEST")} == {"riot"}
