"""`overlap_test` answers what a loop over all spans answers (`s < end and start < e`)."""
from __future__ import annotations

import random

from vesnik.entities import Candidate, merge, overlap_test, propagate


def test_overlap_test_agrees_with_a_loop_over_the_spans():
    rng = random.Random(7)
    for _ in range(200):
        spans = [(s, s + rng.randint(0, 6)) for s in (rng.randint(0, 40) for _ in range(rng.randint(0, 8)))]
        overlaps = overlap_test(spans)
        for start in range(0, 45):
            for end in range(start, start + 8):
                assert overlaps(start, end) == any(s < end and start < e for s, e in spans), (spans, start, end)


def test_a_nested_span_and_a_span_after_a_long_one_are_found():
    overlaps = overlap_test([(20, 24), (0, 30), (40, 41)])  # the long span reaches past the short one after it
    assert overlaps(26, 28) and overlaps(40, 45) and not overlaps(30, 40) and not overlaps(41, 50)
    assert not overlap_test([])(0, 10)


def test_a_name_found_once_is_a_mention_where_no_candidate_stands():
    text = "Марко Станковски дојде. Станковски и Ана Станковски заминаа."
    first = Candidate(0, len("Марко Станковски"), "PER", "model")
    second = Candidate(text.index("Ана"), text.index("Ана") + len("Ана Станковски"), "PER", "model")
    found = propagate(text, [first, second])
    assert [(text[c.start:c.end], c.rule) for c in found] == [
        ("Марко Станковски", "model"), ("Станковски", "propagated"), ("Ана Станковски", "model")]


def test_a_demonym_inside_a_kept_name_is_left_out():
    text = "Македонската академија и македонската влада"
    academy = Candidate(0, len("Македонската академија"), "ORG", "gazetteer", actors=["X1"])
    inside = Candidate(0, len("Македонската"), "GPE", "gazetteer", "demonym")
    at = text.index("македонската")
    outside = Candidate(at, at + len("македонската"), "GPE", "gazetteer", "demonym")
    assert [(c.start, c.kind) for c in merge([academy, inside, outside], [], text)] == [(0, "name"), (at, "demonym")]
