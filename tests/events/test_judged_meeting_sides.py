"""A welcome or criticism of a meeting with no one named (`го поздрави самитот`, `ја критикуваше средбата`) is aimed at
the sides of the last meeting told, as a welcome of an agreement is at its parties (invented sentences)."""
import pytest

from tests.events.helpers import pipeline_events

MEETING = "Американскиот претседател Доналд Трамп и рускиот претседател Владимир Путин вчера се сретнаа во Хелсинки. "


@pytest.mark.parametrize("text, expected", [
    (MEETING + "Кина го поздрави самитот.", ("SUPPORT", ["CHN"], ["USA", "RUS"])),
    (MEETING + "Украинскиот претседател Володимир Зеленски ја критикуваше средбата.", ("ACCUSE", ["UKR"], ["USA", "RUS"])),
    ("Министерот за надворешни работи Тимчо Муцунски вчера во Софија се сретна со бугарскиот шеф на дипломатијата Георг"
     " Георгиев. Еврокомесарката Марта Кос ја поздрави средбата на двајцата министри.", ("SUPPORT", ["EUR"], ["MKD", "BGR"])),
])
def test_a_judged_meeting_is_aimed_at_its_sides(text, expected):
    assert expected in pipeline_events(text)


def test_a_side_welcoming_its_own_meeting_is_not_aimed_at_itself():
    events = pipeline_events(MEETING + "Путин ја поздрави средбата.")
    assert not any(kind == "SUPPORT" and "RUS" in recipients for kind, _, recipients in events)
