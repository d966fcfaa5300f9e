"""Names listed after one preposition each, with commas and a closing `и` (`се заблагодари на Русија, на ЕУ и на
Турција`), are one compound recipient; a comma alone may open another phrase. On sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, RUSSIA, codes, coded, only

EU = Ent(("ЕУ",), "ORG", "EUR", "IGO")
TURKEY = Ent(("Турција",), country="TUR")
SPEAKER = Ent(("Петковиќ",), "PER", "SRB", "GOV")


def recipients(text: str) -> list[str | None]:
    doc = coded(text, [RUSSIA, EU, TURKEY, SPEAKER])
    return [country for country, _ in codes(doc, only(doc, "SUPPORT").recipient)]


def test_a_comma_list_closed_by_and_names_every_recipient():
    assert recipients("Петковиќ им се заблагодари на Русија, на ЕУ и на Турција за брзата помош.") == ["RUS", "EUR", "TUR"]


def test_a_comma_list_closed_by_an_unnamed_party_keeps_the_names_before_it():
    assert recipients("Петковиќ им се заблагодари на Русија, на ЕУ и на соседните земји за брзата помош.") == ["RUS", "EUR"]


def test_a_comma_before_another_phrase_adds_no_recipient():
    assert recipients("Петковиќ ѝ се заблагодари на Русија, на средбата со ЕУ, за брзата помош.") == ["RUS"]
