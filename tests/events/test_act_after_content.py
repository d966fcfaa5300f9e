"""A verb of saying after `и` in a demand's `да` clause tells the subject's own next act, not what is demanded
(`ги повика да се вратат на преговори и најави средба`: the meeting announced is AGREE). Sentences written for
these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

MINISTER = Ent(("Ана Стојанова", "Стојанова"), "PER", "MKD", "GOV")
UNION = Ent(("Синдикатот на медицинари",), "ORG", "MKD", "LAB")


def test_a_meeting_announced_after_a_call_is_an_agreement():
    doc = coded("Стојанова ги повика медицинарите да се вратат на работа и најави средба со Синдикатот на медицинари "
                "во четвртокот.", [MINISTER, UNION])
    assert only(doc, "REQUEST").actor == ["E1"]
    assert only(doc, "AGREE").trigger.text == "средба"


def test_a_meeting_that_is_the_content_of_the_call_is_no_agreement():
    doc = coded("Стојанова ги повика медицинарите да се вратат на работа и на средба со Синдикатот на медицинари "
                "во четвртокот.", [MINISTER, UNION])
    assert only(doc, "REQUEST").actor == ["E1"]
    assert not [e for e in doc.events if e.type == "AGREE"]
