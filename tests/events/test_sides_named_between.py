"""`двете страни` after a phrase `меѓу X и Y` (`разговори меѓу српските и косовските власти`): the two named
there are the sides called on, in the same sentence or the one before. On sentences written for these tests,
through the whole pipeline (the demonyms' authorities are no named entities)."""
from __future__ import annotations

from tests.events.helpers import pipeline_events


def called(text: str) -> list[str | None]:
    return sorted(r for type_, _, recipients in pipeline_events(text) if type_ == "REQUEST" for r in recipients)


def test_the_two_sides_are_the_pair_of_talks_between_them_in_the_same_sentence():
    assert called("Повикувајќи на разговори меѓу српските и косовските власти, пратениците "
                  "ги повикаа двете страни да покажат волја за компромис.") == ["KOS", "SRB"]


def test_the_two_sides_are_the_pair_of_a_dispute_between_them_told_before():
    assert called("Министрите зборуваа за спорот меѓу српските и косовските власти. Пратениците "
                  "ги повикаа двете страни да покажат волја за компромис.") == ["KOS", "SRB"]


def test_two_authorities_named_under_another_preposition_are_no_sides():
    assert called("Повикувајќи на разговори со српските и косовските власти, пратениците "
                  "ги повикаа двете страни да покажат волја за компромис.") == []
