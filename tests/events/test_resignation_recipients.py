"""A resignation is aimed at the one it is handed to: the body after `до` or `на`, or the name that is to
accept it later in the sentence (`дали премиерот ќе ја прифати`); a name after the verb that only tells
what the resignation followed is no recipient. On sentences written for these tests.
"""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

MINISTER = Ent(("Дарко Стојановски", "Стојановски"), "PER", "MKD", "GOV")
PREMIER = Ent(("Зоран Величков", "Величков"), "PER", "MKD", "GOV")
GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")
PRESIDENT = Ent(("Марко Бојанов", "Бојанов"), "PER", "MKD", "GOV")


def test_a_resignation_is_handed_to_the_one_who_is_to_accept_it():
    doc = coded("Министерот за култура Дарко Стојановски поднесе оставка, но не е јасно дали Величков ќе ја прифати.",
                [MINISTER, PREMIER])
    ev = only(doc, "RETREAT")
    assert ev.recipient == ["E2"]
    assert "recipient:accepter" in ev.rule


def test_the_accepting_verb_may_be_followed_by_the_resignation_itself():
    doc = coded("Министерот Дарко Стојановски поднесе оставка, а Величков уште истиот ден ја прифати оставката.",
                [MINISTER, PREMIER])
    assert only(doc, "RETREAT").recipient == ["E2"]


def test_a_name_accepting_something_else_is_no_recipient():
    # negative twin: the premier accepts a programme, not the resignation
    doc = coded("Министерот Дарко Стојановски поднесе оставка, а Величков ја прифати програмата на партијата.",
                [MINISTER, PREMIER])
    assert only(doc, "RETREAT").recipient == []


def test_a_resignation_handed_to_the_government():
    doc = coded("Директорот Дарко Стојановски вчера поднесе оставка до Владата.", [MINISTER, GOVERNMENT])
    assert only(doc, "RETREAT").recipient == ["E2"]


def test_a_resignation_handed_to_a_person_in_the_dative():
    doc = coded("Премиерот Зоран Величков вчера му ја поднесе оставката на претседателот Марко Бојанов.", [PREMIER, PRESIDENT])
    assert only(doc, "RETREAT").recipient == ["E2"]


def test_the_news_a_resignation_followed_is_no_recipient():
    # negative twin: the president only made the decision the resignation followed
    doc = coded("Министерот Дарко Стојановски вчера поднесе оставка, еден ден откако претседателот Марко Бојанов ја "
                "објави одлуката за повлекување.", [MINISTER, PRESIDENT])
    assert only(doc, "RETREAT").recipient == []
