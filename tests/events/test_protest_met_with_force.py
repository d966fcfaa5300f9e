"""A protest told only through the force aimed at its protesters (`полицијата ги растера демонстрантите`) is coded
beside the force, once, on the force's day; force on a crowd that is no protest's, or a story that codes its
protest already, adds none (invented sentences)."""
from datetime import date

import pytest

from tests.events.helpers import events_of, pipeline_document

DAY = date(2025, 3, 14)


@pytest.mark.parametrize("text", [
    "Војската во четвртокот пукаше на мирни демонстранти на главниот плоштад во Тирана.",
    "Полицијата во Подгорица вчера ги растера демонстрантите со солзавец.",
])
def test_force_on_protesters_tells_their_protest(text):
    doc = pipeline_document(text, DAY)
    force = [e for e in doc.events if e.type in ("ASSAULT", "COERCE")]
    protests = events_of(doc, "PROTEST")
    assert force and len(protests) == 1
    assert protests[0].date == force[0].date
    assert set(protests[0].actor) <= set(force[0].recipient)


@pytest.mark.parametrize("text", [
    # force on fans at a match and on mourners at a funeral: no protest of theirs
    "Војската во четвртокот пукаше на навивачите на главниот стадион во Тирана.",
    "Полицијата во Подгорица вчера ги растера учесниците на погребот со солзавец.",
    # a force only planned: no protest told as held
    "Полицијата во Подгорица утре ќе ги растера демонстрантите со солзавец.",
])
def test_force_on_a_crowd_that_does_not_protest_tells_no_protest(text):
    assert not events_of(pipeline_document(text, DAY), "PROTEST")


def test_a_protest_told_already_is_not_coded_twice():
    doc = pipeline_document("Илјадници граѓани протестираа во Подгорица. Полицијата вчера ги растера демонстрантите"
                            " со солзавец.", DAY)
    assert len(events_of(doc, "PROTEST")) == 1
