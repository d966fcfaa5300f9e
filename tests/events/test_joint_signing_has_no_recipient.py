"""A mutual act done by its sides together (`Тајланд и Камбоџа ја потпишаа декларацијата`, `Трамп и Ким потпишаа
заедничка изјава`) judges no one's act: an act told before it gives it no recipient (invented sentences)."""
import pytest

from tests.events.helpers import pipeline_events


@pytest.mark.parametrize("text", [
    "Камбоџанскиот премиер Хун Манет вчера предложи прекин на огнот. Тајландскиот премиер го прифати предлогот."
    " Тајланд и Камбоџа ја потпишаа декларацијата во Куала Лумпур.",
    "Американскиот претседател Доналд Трамп и севернокорејскиот лидер Ким Џонг Ун се сретнаа во Сингапур."
    " Јужнокорејскиот претседател ја поздрави средбата. Трамп и Ким потпишаа заедничка изјава за денуклеаризација.",
    "Германија ја повика Србија и Косово на разговори. Србија и Косово го потпишаа договорот во Брисел.",
])
def test_a_joint_signing_is_aimed_at_no_one(text):
    signings = [(actors, recipients) for kind, actors, recipients in pipeline_events(text) if kind == "SUPPORT" and len(actors) > 1]
    assert signings and all(recipients == [] for _, recipients in signings)
