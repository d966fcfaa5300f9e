"""Punishment announced for whoever does wrong, told only by a speech verb (`рече`, `изјави`, `предупреди`):
a threat toward the culprits (guidelines: Statements carried by a speech verb; Threats). Invented 2026 crime,
protest and border copy; the neutral twins stay no threat."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only

MINISTER = Ent(("Петар Стојковски", "Стојковски"), "PER", "MKD", "GOV")


def test_whoever_is_involved_will_answer_before_the_law_is_a_threat():
    for sentence in ("„Кој и да учествувал во измамата, ќе одговара пред законот“, рече Стојковски.",
                     "Стојковски изјави дека сите што крадат од буџетот ќе одговараат пред правдата.",
                     "„Ќе ги уапсиме сите што шверцуваат цигари преку границата“, рече Стојковски."):
        doc = coded(sentence, [MINISTER], quotes=True)
        ev = only(doc, "THREATEN")
        assert ev.actor == ["E1"] and ev.rule.startswith("threaten.reported_warning"), sentence
        # (no one of another state near: someone unnamed at home, GUIDELINES, targets named by no one)
        assert codes(doc, ev.recipient) == [("MKD", "UNK")] and "recipient:domestic" in ev.rule, sentence


def test_no_one_untouchable_and_future_arrests_of_all_are_the_threat_not_an_arrest():
    doc = coded("Стојковски изјави дека ниту еден криминалец нема да биде недопирлив.", [MINISTER], quotes=True)
    assert only(doc, "THREATEN").actor == ["E1"]
    arrests = coded("Стојковски изјави дека сите што ќе ја преминат границата нелегално ќе бидат уапсени.",
                    [MINISTER], quotes=True)
    assert only(arrests, "THREATEN").actor == ["E1"] and not [e for e in arrests.events if e.type == "COERCE"]


def test_a_warned_collective_is_the_one_punished_of_the_speakers_country():
    doc = coded("Стојковски предупреди дека превозниците што ќе ги кршат прописите ќе бидат казнети.",
                [MINISTER], quotes=True)
    ev = only(doc, "THREATEN")
    assert ev.actor == ["E1"]
    doc = coded("Стојковски предупреди дека трговците што ќе ги кријат цените ќе одговараат со сета строгост на законот.",
                [MINISTER], quotes=True)
    ev = only(doc, "THREATEN")
    assert ev.actor == ["E1"] and codes(doc, ev.recipient) == [("MKD", "BUS")]


def test_procedure_and_neutral_reports_are_no_threat():
    for sentence in ("Стојковски соопшти дека полицијата уапси тројца осомничени за измамата.",
                     "Стојковски изјави дека осомничените ќе бидат приведени кај истражниот судија.",
                     "Стојковски одговори дека тендерот ќе биде распишан до крајот на месецот.",
                     "Стојковски рече дека сите што сакаат да се пријават ќе добијат одговор до петок."):
        doc = coded(sentence, [MINISTER], quotes=True)
        assert not [e for e in doc.events if e.type == "THREATEN"], sentence
