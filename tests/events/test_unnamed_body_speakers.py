"""Statements whose speaker is an organ or a crowd no name holds, found by the quotes stage as a phrase
with no entity (`Армијата предупреди дека …`, `Студентите одговорија дека …`): the speaker is the
unnamed organ or collective, as when it acts; sources the news cites, views held and one private
person are not. Invented sentences."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only

VUCIC = Ent(("Вучиќ",), "PER", "SRB", "GOV")
SERBIA = Ent(("Србија",), "GPE", "SRB")


def events_of(text: str, entities: list[Ent]) -> list[tuple]:
    doc = coded(text, entities, quotes=True)
    return [(e.type, e.trigger.text, codes(doc, e.actor), e.recipient) for e in doc.events]


def test_an_unnamed_organ_before_its_speech_verb_speaks():
    doc = coded("Армијата предупреди дека ќе дејствува строго против секој што ќе учествува во грабежи во Србија.",
                [SERBIA], quotes=True)
    ev = only(doc, "THREATEN")  # (the looters: someone unnamed at home, GUIDELINES, targets named by no one)
    assert ev.trigger.text == "предупреди" and codes(doc, ev.actor) == [("SRB", "MIL")]
    assert codes(doc, ev.recipient) == [("SRB", "UNK")]
    # a view held is no act (`смета`: an opinion verb)
    assert events_of("Армијата смета дека ќе дејствува строго против секој што ќе учествува во грабежи во Србија.",
                     [SERBIA]) == []


def test_a_body_of_members_speaks_but_cited_sources_do_not():
    text = "Пратениците оценуваат дека Вучиќ ги лаже граѓаните на Србија."
    assert events_of(text, [VUCIC, SERBIA]) == [("ACCUSE", "оценуваат", [("SRB", "LEG")], ["E1"])]
    assert events_of(text.replace("Пратениците", "Аналитичарите"), [VUCIC, SERBIA]) == []
    assert events_of("Според пратениците, Вучиќ ги лаже граѓаните на Србија.", [VUCIC, SERBIA]) == []


def test_a_collective_after_the_quote_is_a_cited_source():
    assert events_of("„Вучиќ ги лаже граѓаните на Србија“, велат пратениците.", [VUCIC, SERBIA]) == []


def test_a_crowd_speaks_one_private_person_no_one_names_does_not():
    assert events_of("Студентите одговорија дека Вучиќ ги лаже граѓаните на Србија.", [VUCIC, SERBIA]) == [
        ("ACCUSE", "одговорија", [("SRB", "CVL")], ["E1"])]
    assert events_of("Жената одговори дека Вучиќ ги лаже граѓаните на Србија.", [VUCIC, SERBIA]) == []


def test_the_phrases_head_speaks_not_its_complement():
    assert [e[2] for e in events_of("Адвокатите на пратениците изјавија дека Вучиќ ги лаже граѓаните на Србија.",
                                    [VUCIC, SERBIA])] == [[("SRB", "JUD")]]
    assert events_of("Пријателите на пратениците изјавија дека Вучиќ ги лаже граѓаните на Србија.", [VUCIC, SERBIA]) == []
