"""A judged act's noun told with its article names the act it is, so the judgement is aimed at that act's maker
(sentences written for these tests)."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, events_of


def test_a_condemned_detention_told_by_its_noun_with_the_article_is_aimed_at_the_detainers():
    army = Ent(("Армијата на Чад",), "ORG", "TCD", "MIL")
    leader = Ent(("Жан Мбеки",), "PER", "TCD", "PTY")
    minister = Ent(("Ханс Мајер",), "PER", "DEU", "GOV")
    un_chief = Ent(("Генералниот секретар на ОН",), "ORG", "UNO", "IGO")
    told = ("Армијата на Чад го приведе опозицискиот лидер Жан Мбеки. Германскиот министер Ханс Мајер се закани "
            "со санкции. Генералниот секретар на ОН {} осуди {}.")
    doc = coded(told.format("го", "приведувањето"), [army, leader, minister, un_chief])
    condemned = [e for e in events_of(doc, "ACCUSE") if e.trigger.text == "осуди"]
    assert len(condemned) == 1 and codes(doc, condemned[0].recipient) == [("TCD", "MIL")]
    # an act noun that names no act of those told is aimed at the nearest act's maker, as before
    doc = coded(told.format("ја", "изјавата"), [army, leader, minister, un_chief])
    condemned = [e for e in events_of(doc, "ACCUSE") if e.trigger.text == "осуди"]
    assert len(condemned) == 1 and codes(doc, condemned[0].recipient) == [("DEU", "GOV")]
