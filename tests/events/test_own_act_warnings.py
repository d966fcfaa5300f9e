"""A warning (`предупреди дека …`) of what the speaker's own side will do, its subject dropped or told by a head noun:
a threat (guidelines: THREATEN, coercive warnings; statements about one's own future acts worded as a threat); and
`во спротивно` (otherwise) sets a condition as `ако` does. Sentences written for these tests; each has a twin where a
forecast or a plain statement stays no threat."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

GENERAL = Ent(("Драган Ивановски", "Ивановски"), "PER", "MKD", "MIL")
MINISTER = Ent(("Марко Петрески", "Петрески"), "PER", "MKD", "GOV")


def test_a_warning_of_what_the_speaker_will_do_is_a_threat():
    doc = coded("Ивановски предупреди дека ќе дејствува без милост против секој што ќе ги запали шумите.", [GENERAL], quotes=True)
    ev = only(doc, "THREATEN")
    assert ev.actor == ["E1"] and ev.rule.startswith("threaten.reported_warning")
    # what there will be, with no one doing it, is a forecast
    doc = coded("Ивановски предупреди дека ќе има недостиг на гориво во касарните до крајот на зимата.", [GENERAL], quotes=True)
    assert not [e for e in doc.events if e.type == "THREATEN"]


def test_a_body_told_by_its_head_noun_is_the_speakers_own_side():
    doc = coded("Петрески предупреди дека државата ќе ги затвори сите нелегални пилани во регионот.", [MINISTER], quotes=True)
    assert only(doc, "THREATEN").actor == ["E1"]
    # what a thing will do is a forecast
    doc = coded("Петрески предупреди дека сушата ќе ги намали приносите во регионот.", [MINISTER], quotes=True)
    assert not [e for e in doc.events if e.type == "THREATEN"]


def test_otherwise_sets_a_condition():
    doc = coded("Петрески предупреди дека, во спротивно, ќе бидат преземени мерки против фирмата.", [MINISTER], quotes=True)
    assert only(doc, "THREATEN").actor == ["E1"]
    doc = coded("Петрески предупреди дека, во меѓувреме, ќе бидат преземени мерки против фирмата.", [MINISTER], quotes=True)
    assert not [e for e in doc.events if e.type == "THREATEN"]


def test_a_plain_statement_of_ones_own_plan_is_no_warning():
    doc = coded("Ивановски изјави дека ќе дејствува без милост против секој што ќе ги запали шумите.", [GENERAL], quotes=True)
    assert not [e for e in doc.events if e.type == "THREATEN"]


def test_a_consequence_in_the_conditional_mood_under_a_condition_is_a_threat():
    doc = coded("Петрески предупреди дека, во спротивно општината би требало да ги врати парите.", [MINISTER], quotes=True)
    assert only(doc, "THREATEN").actor == ["E1"]
    # with no condition set, what would be is a forecast
    doc = coded("Петрески предупреди дека, во меѓувреме општината би требало да ги врати парите.", [MINISTER], quotes=True)
    assert not [e for e in doc.events if e.type == "THREATEN"]
