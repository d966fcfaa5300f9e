"""An event's circumstances. Its place: not a place of what a later clause tells, nor the seat of a body named
in the sentence; either still tells the state an act concerns when the act needs a recipient. Its status: an act
of a whole earlier year is background history."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

MINISTER = Ent(("Министерот Петровски",), "PER", "MKD", "GOV")
OPPOSITION = Ent(("опозицијата",), "ORG", "MKD", "OPP")
OHRID = Ent(("Охрид",), country="MKD")
BITOLA = Ent(("Битола",), country="MKD")


def test_a_place_in_a_told_clause_is_not_the_accusations_place():
    doc = coded("Министерот Петровски вчера ја обвини опозицијата дека собирот во Битола бил платен.",
                [MINISTER, OPPOSITION, BITOLA])
    assert only(doc, "ACCUSE").location is None


def test_a_place_in_the_accusations_own_clause_is_its_place():
    # the negative twin: the place stands in the accusation's own clause
    doc = coded("Министерот Петровски вчера во Битола ја обвини опозицијата дека собирот бил платен.",
                [MINISTER, OPPOSITION, BITOLA])
    assert only(doc, "ACCUSE").location == "E3"


def test_the_seat_of_authorities_called_on_is_not_the_calls_place():
    doc = coded("Министерот Петровски вчера ги повика властите во Охрид да ја отворат плажата.",
                [MINISTER, OHRID])
    assert only(doc, "REQUEST").location is None


def test_a_place_after_the_call_with_no_body_before_it_is_the_calls_place():
    doc = coded("Министерот Петровски вчера ги повика граѓаните во Охрид да ја чуваат плажата.",
                [MINISTER, OHRID])
    assert only(doc, "REQUEST").location == "E2"


CANADA = Ent(("Канада",), country="CAN")
UKRAINE = Ent(("Украина",), country="UKR")


def test_a_place_in_a_told_clause_still_gives_a_donations_recipient():
    doc = coded("Канада вчера донираше 20 милиони долари за болниците кои работат во Украина.", [CANADA, UKRAINE])
    ev = only(doc, "AID")
    assert ev.recipient == ["E2"] and ev.location is None


def test_a_place_in_the_donations_own_clause_is_its_place_and_recipient():
    doc = coded("Канада вчера во Украина донираше 20 милиони долари за болниците.", [CANADA, UKRAINE])
    ev = only(doc, "AID")
    assert ev.recipient == ["E2"] and ev.location == "E2"


def test_an_act_of_last_year_told_in_spring_is_historical():
    doc = coded("Министерот Петровски минатата година ја обвини опозицијата за блокада.", [MINISTER, OPPOSITION],
                published="2025-03-10")
    assert only(doc, "ACCUSE").status == "historical"


def test_an_act_of_this_year_is_asserted():
    doc = coded("Министерот Петровски оваа година ја обвини опозицијата за блокада.", [MINISTER, OPPOSITION],
                published="2025-03-10")
    assert only(doc, "ACCUSE").status == "asserted"


def test_an_act_of_a_month_a_season_back_is_historical_and_last_months_is_not():
    # the months behind the news (invented gold: acts dated two months or more back are background)
    for month, status in (("март", "historical"), ("јуни", "asserted")):
        text = f"Министерот Петровски во {month} ја обвини опозицијата за блокада."
        assert only(coded(text, [MINISTER, OPPOSITION], published="2025-07-10"), "ACCUSE").status == status, month


def test_an_act_done_for_months_right_before_its_verb_is_undated_history():
    doc = coded("Министерот Петровски со месеци ја обвинуваше опозицијата за блокада.", [MINISTER, OPPOSITION],
                published="2025-07-10")
    ev = only(doc, "ACCUSE")
    assert ev.status == "historical" and ev.date is None
    # the span in a clause the act tells is not the act's: the accusation is made on the day
    doc = coded("Министерот Петровски ја обвини опозицијата дека со месеци ја блокира работата.", [MINISTER, OPPOSITION],
                published="2025-07-10")
    ev = only(doc, "ACCUSE")
    assert ev.status == "asserted" and ev.date == "2025-07-10"


def test_a_call_to_return_to_talks_asks_for_a_meeting():
    doc = coded("Министерот Петровски ги повика опозицијата да се врати на преговорите.", [MINISTER, OPPOSITION])
    assert only(doc, "REQUEST").mode == "meet"


def test_a_call_with_no_word_of_its_kind_keeps_no_mode():
    doc = coded("Министерот Петровски ја повика опозицијата да се врати во Собранието.", [MINISTER, OPPOSITION])
    assert only(doc, "REQUEST").mode is None


def test_a_word_of_talks_in_a_later_act_of_the_sentence_is_not_what_is_asked():
    doc = coded("Министерот Петровски ја повика опозицијата да се врати во Собранието, а потоа разговараше со новинарите.",
                [MINISTER, OPPOSITION])
    assert only(doc, "REQUEST").mode is None


SPAIN = Ent(("Шпанија",), country="ESP")
SPANISH_COURT = Ent(("Шпанскиот суд",), "ORG", "ESP", "JUD")


def test_the_asked_state_deciding_on_the_request_names_it_whatever_mode_the_request_took():
    doc = coded("Министерот Петровски ќе побара екстрадиција од Шпанија. Шпанскиот суд ќе одлучува за барањето.",
                [MINISTER, SPAIN, SPANISH_COURT])
    assert [(e.mode, e.sentence) for e in doc.events] == [("assist", 0)]


def test_a_request_of_another_kind_the_court_decides_on_is_another_act():
    doc = coded("Министерот Петровски ќе побара екстрадиција од Шпанија. Шпанскиот суд ќе одлучува за барањето за ослободување.",
                [MINISTER, SPAIN, SPANISH_COURT])
    assert [(e.mode, e.sentence) for e in doc.events] == [("assist", 0), ("yield", 1)]
