"""A judged act's noun names the act told by that noun before another act of its kind told since, and act nouns that
are triggers only inside a word sequence (`воздушни удари`, `воени вежби`) or of none (`пресудата`) still name the
kind of act judged (sentences written for these tests)."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, events_of


def test_strikes_judged_by_their_noun_are_aimed_at_the_strikers_not_at_a_later_attack():
    air_force = Ent(("Воздухопловството на Чиле",), "ORG", "CHL", "MIL")
    rebels = Ent(("Бунтовниците",), "ORG", "PER", "REB")
    ministry = Ent(("Министерството за надворешни работи на Норвешка",), "ORG", "NOR", "GOV")
    told = ("Воздухопловството на Чиле изврши воздушни удари врз позициите на бунтовниците. Бунтовниците потоа "
            "извршија напади со дронови врз пристаништето. Министерството за надворешни работи на Норвешка ги нарече "
            "{} „неприфатливи“.")
    doc = coded(told.format("ударите"), [air_force, rebels, ministry])
    called = [e for e in events_of(doc, "ACCUSE") if e.trigger.text.startswith("нарече")]
    assert len(called) == 1 and codes(doc, called[0].recipient) == [("CHL", "MIL")]
    # the attacks told by their own noun are the rebels', told last
    doc = coded(told.format("нападите"), [air_force, rebels, ministry])
    called = [e for e in events_of(doc, "ACCUSE") if e.trigger.text.startswith("нарече")]
    assert len(called) == 1 and codes(doc, called[0].recipient) == [("PER", "REB")]



def test_a_verdict_called_excessive_is_aimed_at_the_court_not_at_the_last_actor_told():
    court = Ent(("Врховниот суд на Перу",), "ORG", "PER", "JUD")
    convicted = Ent(("Луис Гарсија", "Гарсија"), "PER", "PER", "GOV")
    minister = Ent(("Ханс Мајер",), "PER", "DEU", "GOV")
    told = ("Врховниот суд на Перу вчера го осуди поранешниот министер Луис Гарсија на десет години затвор. Германскиот "
            "министер Ханс Мајер се закани со санкции против Перу. Гарсија не беше присутен во судницата. Неговите "
            "адвокати изјавија дека {} е „апсурдно претерана“.")
    doc = coded(told.format("пресудата"), [court, convicted, minister], quotes=True)
    blamed = [e for e in events_of(doc, "ACCUSE") if e.trigger.text == "изјавија"]
    assert len(blamed) == 1 and codes(doc, blamed[0].recipient) == [("PER", "JUD")]
    # a statement judged names no act of those told: the last act's maker, as before
    doc = coded(told.format("изјавата"), [court, convicted, minister], quotes=True)
    blamed = [e for e in events_of(doc, "ACCUSE") if e.trigger.text == "изјавија"]
    assert len(blamed) == 1 and codes(doc, blamed[0].recipient) == [("DEU", "GOV")]
