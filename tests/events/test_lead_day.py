"""The story's day told in the lead carries to its parties' later acts, however far into the account, when no other
day is told between; another's act keeps the publication date (sentences written for these tests)."""
from __future__ import annotations

from tests.events.helpers import Ent, coded

PUBLISHED = "2025-04-16"
BUYER = Ent(("Телеком Србија",), "ORG", "SRB", "BUS")
GOVERNMENT = Ent(("Владата на Црна Гора",), "ORG", "MNE", "GOV")
LEAD = ("Телеком Србија минатиот четврток (10-ти април) купи 60 отсто од акциите на еден оператор во Подгорица. "
        "Операторот има околу милион корисници. Пазарот во земјата расте брзо. Купувачот е меѓу најголемите во регионот. ")


def _agreement(text: str):
    doc = coded(text, [BUYER, GOVERNMENT], PUBLISHED)
    return next(e for e in doc.events if e.type == "AGREE")


def test_a_party_of_the_lead_agreeing_later_takes_the_leads_day():
    ev = _agreement(LEAD + "Телеком Србија, исто така, се согласи да ги задржи сите вработени.")
    assert ev.date == "2025-04-10" and "date:lead" in ev.rule


def test_another_agreeing_later_keeps_the_publication_date():
    ev = _agreement(LEAD + "Владата на Црна Гора, исто така, се согласи да ги задржи сите вработени.")
    assert ev.date == PUBLISHED


def test_a_party_agreeing_after_another_day_told_keeps_the_publication_date():
    ev = _agreement(LEAD.replace("Пазарот во земјата расте брзо.", "Пазарот во земјата на 2 април доби нов закон.")
                    + "Телеком Србија, исто така, се согласи да ги задржи сите вработени.")
    assert ev.date == PUBLISHED
