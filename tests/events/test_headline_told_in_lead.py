"""A headline's act told again in the lead by the same entry and an actor of the same kind is one event, with
the better-found recipient of the two tellings; two recipients each found by the trigger's own slots, or two
kinds of actor, make two acts (sentences written for these tests)."""
from __future__ import annotations

from tests.events.helpers import Ent, coded

PUBLISHED = "2025-03-12"
PARLIAMENT = Ent(("Естонскиот парламент",), "ORG", "EST", "LEG")
RIIGIKOGU = Ent(("Ригикогу",), "ORG", "EST", "LEG")
TAMM = Ent(("Лина Тамм", "Тамм"), "PER", "EST", "GOV", kb_id="per:tamm")
COMMISSION = Ent(("Европската комисија",), "ORG", "EUR", "IGO", kb_id="org:commission")
HUNGARY_GOV = Ent(("Унгарската влада",), "ORG", "HUN", "GOV")
HEADLINE = "Естонскиот парламент го отфрли буџетот на Тамм\n\n"
ENTITIES = [PARLIAMENT, RIIGIKOGU, TAMM, COMMISSION, HUNGARY_GOV]


def _rejections(text: str):
    return [e for e in coded(text, ENTITIES, PUBLISHED).events if e.type == "REJECT"]


def test_the_lead_retelling_the_headline_is_one_event_with_the_recipient_of_the_triggers_own_slot():
    # the headline's object over the lead's nearest name (the body the budget was agreed with)
    events = _rejections(HEADLINE + "Ригикогу вчера по втор пат го отфрли буџетот што премиерката го договори "
                         "со Европската комисија.")
    assert len(events) == 1
    assert events[0].sentence == 1 and events[0].recipient == ["E3"] and len(events[0].also_triggers) == 1


def test_two_recipients_each_by_its_own_slot_stay_two_acts():
    events = _rejections(HEADLINE + "Ригикогу вчера го отфрли барањето на Европската комисија за нов данок.")
    assert [(e.sentence, e.recipient) for e in events] == [(0, ["E3"]), (1, ["E4"])]


def test_an_actor_of_another_kind_in_the_lead_is_another_act():
    events = _rejections(HEADLINE + "Унгарската влада вчера го отфрли буџетот што премиерката го договори "
                         "со Европската комисија.")
    assert len(events) == 2


NAVY = Ent(("Естонската морнарица",), "ORG", "EST", "MIL")
RUSSIAN = Ent(("руски",), country="RUS", kind="demonym")
TANKER = Ent(("Нарва Стар",), "ORG", "PAN", "BUS")
SEA = Ent(("Балтикот",), "LOC")
GULF = Ent(("Финскиот Залив",), "LOC")


def test_the_lead_tells_the_place_more_closely_and_its_object_outweighs_the_headlines_demonym():
    doc = coded("Естонската морнарица заплени руски танкер во Балтикот\n\nЕстонската морнарица вчера го заплени "
                "танкерот „Нарва Стар“ во Финскиот Залив, соопшти министерството.",
                [NAVY, RUSSIAN, TANKER, SEA, GULF], PUBLISHED)
    assert [(e.sentence, e.recipient, e.location) for e in doc.events if e.type == "COERCE"] == [(1, ["E3"], "E5")]


ARMY = Ent(("Руската армија",), "ORG", "RUS", "MIL")
SUMY = Ent(("Суми",), country="UKR")
POLTAVA = Ent(("Полтава",), country="UKR")


def test_two_towns_shelled_in_headline_and_lead_are_two_attacks():
    doc = coded("Руската армија гранатираше Суми\n\nРуската армија вчера гранатираше Полтава, соопшти градоначалникот.",
                [ARMY, SUMY, POLTAVA], PUBLISHED)
    assert [(e.sentence, e.recipient) for e in doc.events if e.type == "ASSAULT"] == [(0, ["E2"]), (1, ["E3"])]
