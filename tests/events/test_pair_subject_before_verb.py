"""A counted pair of parties before the verb (`двете страни`, `Двајцата премиери`) is the act's subject: the
parties named together before, not the teller the clause would inherit nor a name after the verb; without the
pair the old actor stays. Sentences written for these tests."""
from __future__ import annotations

from vesnik.document import Document
from vesnik.pipeline.default import build_pipeline

MEETING = "Норвешкиот премиер Јонас Гар Стере вчера го пречека шведскиот премиер Улф Кристерсон во Осло. "
RELATIVE = ("Норвешкиот премиер Јонас Гар Стере вчера се сретна со шведскиот премиер Улф Кристерсон во Осло, "
            "каде што {} договор за рибарството.")


def events(text: str, kind: str) -> list[list[str]]:
    """The actors' names of the events of one type the whole pipeline finds."""
    doc = build_pipeline().run_one(Document(id="t", source="t", raw_text=text)).document
    by_id = {e.id: e for e in doc.entities}
    return [sorted(by_id[a].name for a in ev.actor) for ev in doc.events if ev.type == kind]


def agreements(text: str) -> list[list[str]]:
    return events(text, "AGREE")


def test_pair_in_a_relative_clause_is_both_not_the_main_subject():
    assert agreements(RELATIVE.format("двете страни постигнаа")) == [["Јонас Гар Стере", "Улф Кристершон"]]


def test_without_the_pair_the_main_subject_agrees():
    assert agreements(RELATIVE.format("постигна")) == [["Јонас Гар Стере"]]


def test_pair_before_the_verb_not_the_name_after_it():
    text = MEETING + "Двајцата премиери се договорија Светската банка да ги задржи средствата до крајот на зимата."
    assert agreements(text) == [["Јонас Гар Стере", "Улф Кристершон"]]


def test_pair_object_of_a_verb_before_leaves_the_subject():
    # (`ги прими двете делегации и ги повика`: the pair is received and called, the host calls)
    text = ("Норвешка и Шведска подолго време се спорат за рибарството. Норвешкиот премиер Јонас Гар Стере ги прими "
            "двете делегации и ги повика да постигнат договор.")
    assert events(text, "REQUEST") == [["Јонас Гар Стере"]]


def test_pair_told_nowhere_before_keeps_the_teller():
    # (no two parties named before: the announcer of the signing stays its actor)
    text = "Норвешкиот министер Бјорн Арилд Грам изјави дека двете министерства ќе потпишат протокол за соработка."
    assert agreements(text) == [["Бјерн Арилд Грам"]]
