"""A meeting noun a plural possessive opens inside the sentence (`откако X ја опиша нивната прва средба`): the pair the
sentence named before it met."""
from tests.events.helpers import Ent, coded, events_of, only

PETROV = Ent(("Марко Петров", "Петров"), "PER", "MKD", "GOV")
ILIEVSKA = Ent(("Ана Илиевска", "Илиевска"), "PER", "SRB", "GOV")
RISTOV = Ent(("Јован Ристов", "Ристов"), "PER", "BGR", "GOV")


def test_their_meeting_is_the_pair_the_sentence_named():
    doc = coded("Ана Илиевска изјави дека е подготвена за нова средба откако Марко Петров ја опиша нивната прва "
                "средба во Охрид како корисна.", [PETROV, ILIEVSKA])
    meeting = only(doc, "CONSULT")
    assert sorted(meeting.actor + meeting.recipient) == ["E1", "E2"]


def test_his_meeting_names_no_pair():
    doc = coded("Ана Илиевска изјави дека е подготвена за нова средба откако Марко Петров ја опиша неговата прва "
                "средба во Охрид како корисна.", [PETROV, ILIEVSKA])
    assert not events_of(doc, "CONSULT")


def test_their_meeting_with_three_people_named_is_no_pair():
    doc = coded("Ана Илиевска и Јован Ристов изјавија дека се подготвени за нова средба откако Марко Петров ја опиша "
                "нивната прва средба во Охрид како корисна.", [PETROV, ILIEVSKA, RISTOV])
    assert not events_of(doc, "CONSULT")


def test_their_meeting_joins_the_other_person_to_the_subject():
    doc = coded("Ана Илиевска изјави дека Марко Петров доцнеше на нивната средба во Охрид.", [PETROV, ILIEVSKA])
    meeting = only(doc, "CONSULT")
    assert sorted(meeting.actor + meeting.recipient) == ["E1", "E2"]


def test_his_meeting_joins_no_one_to_the_subject():
    doc = coded("Ана Илиевска изјави дека Марко Петров доцнеше на неговата средба во Охрид.", [PETROV, ILIEVSKA])
    assert not events_of(doc, "CONSULT")
