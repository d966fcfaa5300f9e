"""A role noun followed by a second, indefinite role noun and a name (`заменикот јавен обвинител Х`): one title, and the
name is its holder, not a second, unnamed person the bare role would stand for."""
from tests.events.helpers import Ent, coded, only

MINISTER = Ent(("Марко Петров", "Петров"), "PER", "MKD", "GOV")
DEPUTY = Ent(("Јован Илиев", "Илиев"), "PER", "MKD", "JUD")
PROSECUTOR = Ent(("Ана Ристова", "Ристова"), "PER", "MKD", "JUD")


def test_a_deputy_with_a_second_title_and_a_name_is_that_person():
    doc = coded("Заменикот Јован Илиев беше во Охрид. Вчерашниот состанок на министерот Марко Петров со заменикот "
                "јавен обвинител Ана Ристова траеше два часа.", [MINISTER, DEPUTY, PROSECUTOR])
    meeting = only(doc, "CONSULT")
    assert sorted(meeting.actor + meeting.recipient) == ["E1", "E3"]


def test_a_bare_deputy_stands_for_the_deputy_named_before():
    doc = coded("Заменикот Јован Илиев беше во Охрид. Вчерашниот состанок на министерот Марко Петров со заменикот "
                "траеше два часа.", [MINISTER, DEPUTY, PROSECUTOR])
    meeting = only(doc, "CONSULT")
    assert sorted(meeting.actor + meeting.recipient) == ["E1", "E2"]
