"""An answer to an accusation that says what the speaker's side does not do (`одговори дека Македонија не бара
дозвола од …`) is a rebuttal: REJECT toward the accuser, the negated act its content (guidelines: Statements carried
by a speech verb, a retort). Invented 2026 diplomatic copy; without an accusation before, no event."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

MINISTER = Ent(("Ана Трајковска", "Трајковска"), "PER", "MKD", "GOV")
MACEDONIA = Ent(("Македонија",), country="MKD")
HUNGARY = Ent(("Унгарија",), country="HUN")
EMBASSY = Ent(("Унгарската амбасада",), "ORG", "HUN", "GOV")


def test_an_answer_that_the_own_state_asks_nothing_rebuts_the_accuser():
    for answer in ("Трајковска одговори дека Македонија не бара дозвола од Унгарија за своите вежби.",
                   "Трајковска возврати дека Македонија не побара ништо од Унгарија."):
        doc = coded("Унгарската амбасада ја обвини Македонија дека ги загрозува односите. " + answer,
                    [MINISTER, MACEDONIA, HUNGARY, EMBASSY], quotes=True)
        ev = only(doc, "REJECT")
        assert ev.actor == ["E1"] and ev.recipient == ["E4"], answer
        assert not [e for e in doc.events if e.type == "REQUEST"], answer


def test_without_an_accusation_the_negated_demand_is_no_rebuttal():
    doc = coded("Трајковска одговори дека Македонија не бара дозвола од Унгарија за своите вежби.",
                [MINISTER, MACEDONIA, HUNGARY], quotes=True)
    assert not [e for e in doc.events if e.type == "REJECT"]
    told = coded("Унгарската амбасада ја обвини Македонија дека ги загрозува односите. "
                 "Трајковска изјави дека Македонија не бара дозвола од Унгарија за своите вежби.",
                 [MINISTER, MACEDONIA, HUNGARY, EMBASSY], quotes=True)
    assert not [e for e in told.events if e.type == "REJECT"]
