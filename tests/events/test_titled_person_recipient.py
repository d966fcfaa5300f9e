"""A state or body that only qualifies the title of a person named right after it (`критичарот на Србија Арбен
Гаши`) is not the nearest recipient: the person is. On sentences written for these tests.
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
