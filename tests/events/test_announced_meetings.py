"""A meeting one side announces (`најави нова рунда разговори`, `најави итна средба`) is its promise to meet:
AGREE of the announcer, though the sentence names no one else who will sit there (guidelines: future cooperative
acts, a meeting to come). A meeting of one participant told as held stays no event."""
from tests.events.helpers import Ent, coded

OLE = Ent(("Ларс Оле",), "PER", "NOR", "GOV")


def test_talks_announced_by_one_side_are_its_agree():
    doc = coded("Норвешкиот министер Ларс Оле најави нова рунда разговори за петок.", [OLE])
    [ev] = doc.events
    assert ev.type == "AGREE" and ev.actor == ["E1"]


def test_talks_held_with_no_other_side_named_are_no_event():
    doc = coded("Норвешкиот министер Ларс Оле вчера водеше нова рунда разговори.", [OLE])
    assert not doc.events


def test_an_urgent_meeting_announced_is_agree():
    doc = coded("Ларс Оле најави итна средба во сабота.", [OLE])
    assert [ev.type for ev in doc.events] == ["AGREE"]


def test_an_urgent_meeting_held_by_one_is_no_event():
    doc = coded("Ларс Оле одржа итна средба во сабота.", [OLE])
    assert not doc.events
