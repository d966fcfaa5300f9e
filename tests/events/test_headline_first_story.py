"""A headline's first story is the lead's, told in other words: its act takes the lead's only past day; an act after
a comma in the headline is another story or a reaction. An act the headline announces takes the day still to come
that dates its word in the account (sentences written for these tests)."""
from __future__ import annotations

from tests.events.helpers import Ent, coded

PUBLISHED = "2025-03-12"
ESTONIA = Ent(("Естонија",), country="EST")
ESTONIAN_MINISTRY = Ent(("Естонското Министерство за надворешни работи",), "ORG", "EST", "GOV")
BELARUS = Ent(("Белорусија",), country="BLR")
MINSK = Ent(("Минск",), country="BLR")
ENTITIES = [ESTONIA, ESTONIAN_MINISTRY, BELARUS, MINSK]
LEAD = ("\n\nЕстонското Министерство за надворешни работи вчера му даде рок од 72 часа на првиот секретар "
        "во амбасадата на Белорусија да ја напушти земјата.")


def _headline_act(text: str, entities, kind: str):
    return next(e for e in coded(text, entities, PUBLISHED).events if e.sentence == 0 and e.type == kind)


def test_the_headlines_first_act_takes_the_leads_day_told_in_other_words():
    ev = _headline_act("Естонија протера дипломат на Белорусија" + LEAD, ENTITIES, "SANCTION")
    assert ev.date == "2025-03-11" and "date:headline" in ev.rule
    # (after a comma: another story or a reaction)
    ev = _headline_act("Скандал во Талин, Естонија протера дипломат на Белорусија" + LEAD, ENTITIES, "SANCTION")
    assert ev.date == PUBLISHED


SLOVAK_OPPOSITION = Ent(("Прогресивна Словачка",), "ORG", "SVK", "OPP")
SLOVAKIA = Ent(("Словачка",), country="SVK")


ANNOUNCED = ("Опозицијата во Братислава не ги признава резултатите, најави протест\n\n"
             "Прогресивна Словачка вчера изјави дека нема да ги признае резултатите од изборите. "
             "Партијата ги повика граѓаните на протест пред Владата{}.")


def test_a_protest_the_headline_announces_takes_the_day_the_account_sets_it_for():
    ev = _headline_act(ANNOUNCED.format(" во саботата"), [SLOVAK_OPPOSITION, SLOVAKIA], "PROTEST")
    assert ev.date == "2025-03-15" and "date:headline" in ev.rule
    # (set for no day: the publication date)
    assert _headline_act(ANNOUNCED.format(""), [SLOVAK_OPPOSITION, SLOVAKIA], "PROTEST").date == PUBLISHED
