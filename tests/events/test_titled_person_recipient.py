"""A state or body that only qualifies the title of a person named right after it (`критичарот на Србија Арбен
Гаши`) is not the nearest recipient: the person is; nor is one in the title of an actor set off by commas
(`Y, претседателка на Комисијата, …`). On sentences written for these tests.
"""
from __future__ import annotations

from tests.events.helpers import SERBIA, Ent, codes, coded, only

COURT = Ent(("Основниот суд во Приштина",), "ORG", "KOS", "JUD")
ACTIVIST = Ent(("Арбен Гаши",), "PER", "KOS", "CVL")


def test_the_person_after_a_title_naming_a_state_is_the_recipient():
    doc = coded("Основниот суд во Приштина вчера го прогласи за виновен критичарот на Србија Арбен Гаши.",
                [COURT, SERBIA, ACTIVIST])
    assert codes(doc, only(doc, "SANCTION").recipient) == [("KOS", "CVL")]


def test_a_state_after_a_title_with_no_name_after_it_stays_the_recipient():
    doc = coded("Основниот суд во Приштина вчера го прогласи за виновен критичарот на Србија.",
                [COURT, SERBIA])
    assert codes(doc, only(doc, "SANCTION").recipient) == [("SRB", None)]


SENATOR = Ent(("Марта Ристовска",), "PER", "MKD", "LEG")
COMMITTEE = Ent(("Комисијата за финансии",), "ORG", "MKD", "LEG")


def test_a_body_in_the_actors_title_set_off_by_commas_is_not_the_recipient():
    doc = coded("Одлуката ја критикуваше и пратеничката Марта Ристовска, претседателка на Комисијата за финансии, "
                "нарекувајќи ја брзоплета.", [SENATOR, COMMITTEE])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("MKD", "UNK")]


def test_a_body_after_a_comma_but_not_in_apposition_stays_the_recipient():
    doc = coded("Одлуката ја критикуваше и пратеничката Марта Ристовска, мислејќи на Комисијата за финансии.",
                [SENATOR, COMMITTEE])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("MKD", "LEG")]
