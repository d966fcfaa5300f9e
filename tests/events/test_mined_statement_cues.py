"""Statement cues mined from the reported clauses of gold events (scripts/eval/statement_cues.py), on invented
sentences: deliberate wrongdoing told (`свесно`, `систематски`) is ACCUSE, a matter called another's internal
affair a REJECT of the interference, drills called a stern warning a THREATEN. Neutral twins code none."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

MINISTER = Ent(("Карл Бергер", "Бергер"), "PER", "AUT", "GOV")
NOVA = Ent(("Новаландија",), "GPE", "LUX")
MONACO = Ent(("Монако",), "GPE", "MCO")
ANDORA = Ent(("Андора",), "GPE", "AND")
HOME = Ent(("Ана Ковач", "Ковач"), "PER", "LUX", "GOV")


def test_deliberate_wrongdoing_told_is_blame():
    for manner in ("свесно", "систематски"):
        doc = coded(f"Министерот Карл Бергер изјави дека Новаландија {manner} ги крши правилата на пазарот.",
                    [MINISTER, NOVA], quotes=True)
        ev = only(doc, "ACCUSE")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"], manner


def test_a_plain_act_told_is_no_blame():
    doc = coded("Министерот Карл Бергер изјави дека Новаландија ги менува правилата на пазарот.", [MINISTER, NOVA],
                quotes=True)
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_an_internal_affair_rejects_the_interference():
    doc = coded("Министерката Ана Ковач одговори дека изборите во Новаландија, за кои прашуваше Монако, се "
                "„внатрешна работа на државата“.", [HOME, NOVA, MONACO], quotes=True)
    assert only(doc, "REJECT").actor == ["E1"]


def test_a_matter_of_work_is_no_rejection():
    doc = coded("Министерката Ана Ковач одговори дека изборите во Новаландија, за кои прашуваше Монако, се "
                "„голема работа за државата“.", [HOME, NOVA, MONACO], quotes=True)
    assert not [e for e in doc.events if e.type == "REJECT"]


def test_drills_called_a_stern_warning_threaten():
    doc = coded("Министерот Карл Бергер изјави дека вежбите се „строго предупредување“ за Андора.", [MINISTER, ANDORA],
                quotes=True)
    ev = only(doc, "THREATEN")
    assert ev.actor == ["E1"]


def test_drills_called_routine_are_no_threat():
    doc = coded("Министерот Карл Бергер изјави дека вежбите се „редовна обука“ за Андора.", [MINISTER, ANDORA],
                quotes=True)
    assert not [e for e in doc.events if e.type == "THREATEN"]
