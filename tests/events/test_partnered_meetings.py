"""A meeting noun in a circumstance phrase that names its partner (`во телефонскиот разговор со Y`, `по рундите
разговори со Y`) is a meeting of its clause's subject with Y, however far before it the subject stands, and the
dropped subject of a told clause is the teller's; a meeting told over (`по разговорот со Y`) keeps no time to come
of its clause. A meeting on a topic (`за средбата со Y`), one a possessive gives to others (`нивниот разговор`)
or a process a clause to come is set in (`ќе плати во преговорите со Y`) is not (sentences written for these tests)."""
from __future__ import annotations

from tests.events.helpers import GREECE, SERBIA, Ent, coded, events_of

PETROV = Ent(("Никола Петров", "Петров"), "PER", "MKD", "GOV")
RADEVA = Ent(("Марија Радева",), "PER", "BGR", "GOV")


def _sides(event) -> set[str]:
    return set(event.actor) | set(event.recipient)


def test_the_subject_far_before_a_meeting_phrase_met_its_partner():
    for text in ("Министерот Никола Петров ја покренал темата и во телефонскиот разговор со Марија Радева.",
                 "Министерот Никола Петров поминал повеќе од десет часа во разговори со Марија Радева.",
                 "Никола Петров ги повторил своите ставови за границата по средбата со Марија Радева."):
        meetings = events_of(coded(text, [PETROV, RADEVA]), "CONSULT")
        assert [_sides(e) for e in meetings] == [{"E1", "E2"}], text


def test_the_teller_met_the_partner_named_in_the_told_clause():
    doc = coded("Никола Петров објави дека по три рунди разговори со Марија Радева постигнал договор.", [PETROV, RADEVA])
    assert [_sides(e) for e in events_of(doc, "CONSULT")] == [{"E1", "E2"}]


def test_a_meeting_told_over_keeps_no_time_to_come_of_its_clause():
    doc = coded("Никола Петров подоцна соопшти дека мерката ќе биде повлечена од понеделник, по разговорот со Марија Радева.",
                [PETROV, RADEVA], published="2024-05-10")
    meetings = events_of(doc, "CONSULT")
    assert [_sides(e) for e in meetings] == [{"E1", "E2"}] and meetings[0].date == "2024-05-10"


def test_a_meeting_as_topic_of_others_or_a_process_to_come_is_no_meeting_of_the_subject():
    for text, entities in (("Никола Петров изјави дека не знаел ништо за средбата со Марија Радева.", [PETROV, RADEVA]),
                           ("Никола Петров ја покренал темата и во нивниот разговор со Марија Радева.", [PETROV, RADEVA]),
                           ("Србија ќе плати двојно во трговските преговори со Грција.", [SERBIA, GREECE])):
        assert not events_of(coded(text, entities), "CONSULT"), text
