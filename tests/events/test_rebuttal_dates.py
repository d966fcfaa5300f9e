"""A rebuttal of what was said against the actor is a reaction told on its own day, not an act of the dated
episode before it (sentences written for these tests)."""
from __future__ import annotations

from tests.events.helpers import KOSOVO, SERBIA, coded

PUBLISHED = "2025-06-12"


def _reject(answer: str):
    doc = coded("Делегациите на Србија и Косово вчера разговараа во Брисел за граничните премини. "
                f"Косово ја обвини Србија за блокадата на патот. {answer}", [SERBIA, KOSOVO], PUBLISHED)
    return next(e for e in doc.events if e.type == "REJECT")


def test_a_rebuttal_of_accusations_after_a_dated_meeting_keeps_the_publication_date():
    assert _reject("Србија ги отфрли обвинувањата на Косово.").date == PUBLISHED


def test_a_sides_refusal_of_a_proposal_after_a_dated_meeting_takes_the_meetings_day():
    assert _reject("Србија ги отфрли предлозите на Косово.").date == "2025-06-11"
