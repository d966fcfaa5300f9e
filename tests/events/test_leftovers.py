"""Constructions left over from the recent-news rounds (invented sentences)."""
from tests.events.helpers import Ent, coded, only

MICKOSKI = Ent(("Мицкоски",), type="PER", country="MKD", sector="GOV")
ZAEV = Ent(("Заев",), type="PER", country="MKD", sector="ELI")
KURTI = Ent(("Курти",), type="PER", country="KOS", sector="GOV")
SERBIA = Ent(("Србија",), country="SRB")


def test_a_date_inside_the_deka_clause_dates_what_is_told_not_the_accusation():
    doc = coded("Мицкоски го обвини Заев дека во 2020 година ја предал земјата.", [MICKOSKI, ZAEV],
                published="2026-03-11")
    assert only(doc, "ACCUSE").date == "2026-03-11"


def test_a_date_in_the_accusations_own_clause_still_dates_it():
    doc = coded("Курти во понеделникот ја обвини Србија дека во 2023 година го организирала нападот.",
                [KURTI, SERBIA], published="2026-03-11")
    assert only(doc, "ACCUSE").date == "2026-03-09"
