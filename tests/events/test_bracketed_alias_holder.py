"""A role's holder named after the bracketed acronym of the role's complement (`лидерот на Демократската партија
(ДП) Ана Ристова`) is the participant, coordinated with the name before the role, as without the brackets."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

PARTY = [Ent(("Марко Илиев",), "PER", "MKD", "GOV"), Ent(("Демократската партија", "ДП"), "ORG", "MKD", "PTY"),
         Ent(("Ана Ристова",), "PER", "MKD", "PTY")]


def test_a_holder_after_the_acronym_in_brackets_joins_the_compound_subject():
    doc = coded("Премиерот Марко Илиев и лидерот на Демократската партија (ДП) Ана Ристова во вторникот постигнаа договор.", PARTY)
    assert sorted(only(doc, "AGREE").actor) == ["E1", "E3"]


def test_with_no_holder_after_the_brackets_the_body_is_the_participant():
    doc = coded("Премиерот Марко Илиев и лидерот на Демократската партија (ДП) во вторникот постигнаа договор.", PARTY[:2])
    assert sorted(only(doc, "AGREE").actor) == ["E1", "E2"]
