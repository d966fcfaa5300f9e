"""An act judged by its noun and a `на` phrase, with an agent's word sequence right after (`го осуди признавањето на X
од страна на Y`), is aimed at the agent Y, who did it, not at X, who underwent it (sentences written for these
tests)."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, events_of

CHINA = Ent(("Кина",), "GPE", "CHN", None)
TAIWAN = Ent(("Тајван",), "GPE", "TWN", None)
PARAGUAY = Ent(("Парагвај",), "GPE", "PRY", None)


def test_a_recognition_condemned_with_its_agent_is_aimed_at_the_agent():
    doc = coded("Кина остро го осуди признавањето на Тајван од страна на Парагвај.", [CHINA, TAIWAN, PARAGUAY])
    condemned = events_of(doc, "ACCUSE")
    assert len(condemned) == 1 and codes(doc, condemned[0].recipient) == [("PRY", None)]
    # `од` alone is no agent's sequence (it may be where from): the `на` phrase stays the recipient
    doc = coded("Кина остро го осуди признавањето на Тајван од Парагвај.", [CHINA, TAIWAN, PARAGUAY])
    condemned = events_of(doc, "ACCUSE")
    assert len(condemned) == 1 and codes(doc, condemned[0].recipient) == [("TWN", None)]
