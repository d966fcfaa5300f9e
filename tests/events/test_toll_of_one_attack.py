"""Killings and woundings by one actor told in one sentence are one attack when the wounding's target is only a
guess (`убија 12 демонстранти и ранија повеќе од 300`); a wounding of others its own object names is another act
(invented sentences)."""
from datetime import date

from tests.events.helpers import events_of, pipeline_document

DAY = date(2025, 5, 20)


def test_a_killing_and_a_wounding_counted_are_one_attack():
    doc = pipeline_document("Македонските војници вчера убија најмалку 12 демонстранти и ранија повеќе од 300 на"
                            " границата кај Тетово.", DAY)
    assert len(events_of(doc, "ASSAULT")) == 1


def test_a_wounding_of_others_named_is_another_act():
    doc = pipeline_document("Македонските војници вчера убија најмалку 12 демонстранти и ги ранија новинарите Петар"
                            " Стојков и Марко Ристов кај Тетово.", DAY)
    assert len(events_of(doc, "ASSAULT")) == 2
