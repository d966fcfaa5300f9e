"""A counted pair right after a verb that is no count of states (`ги пофали двете делегации`, `им честиташе на
двајцата министри`): the pair the text told of last is praised or addressed (invented sentences); not new people
counted (`уапси двајца мажи`) nor a count of three with no three told (`трите делегации`)."""
import pytest

from tests.events.helpers import pipeline_events

PAIR = "Владите на Перу и Чиле вчера потпишаа договор за рибарството. "


@pytest.mark.parametrize("text, expected", [
    (PAIR + "Американскиот државен секретар ги пофали двете делегации за храброста.", ("SUPPORT", ["USA"], ["PER", "CHL"])),
    (PAIR + "Американскиот државен секретар им честиташе на двајцата министри за храброста.",
     ("SUPPORT", ["USA"], ["PER", "CHL"])),
])
def test_counted_pair_object_is_the_pair_told_last(text, expected):
    assert expected in pipeline_events(text)


@pytest.mark.parametrize("text, kind", [
    (PAIR + "Американскиот државен секретар ги пофали трите делегации за храброста.", "SUPPORT"),
    (PAIR + "Американската полиција вчера уапси двајца мажи осомничени за шверц.", "COERCE"),
    (PAIR + "Американскиот државен секретар ги пофали двајца рибари за храброста.", "SUPPORT"),
])
def test_no_pair_told_or_new_people_counted_are_not_the_pair(text, kind):
    events = pipeline_events(text)
    assert not any(sorted(c for c in recipients if c) == ["CHL", "PER"] for k, _, recipients in events if k == kind)
