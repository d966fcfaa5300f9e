"""Whose side a recipient is on: organs placed in a state, sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only

INTERIOR = Ent(("Министерството за внатрешни работи",), "ORG", "MKD", "GOV")
GERMANY = Ent(("Германија",), country="DEU")


def test_unnamed_authorities_in_a_state_are_that_states():
    # an extradition request sent abroad goes to the other state's authorities, not the sender's own
    doc = coded("Министерството за внатрешни работи упати барање до надлежните органи во Германија "
                "за екстрадиција на осомничениот.", [INTERIOR, GERMANY])
    assert codes(doc, only(doc, "REQUEST").recipient) == [("DEU", "GOV")]
