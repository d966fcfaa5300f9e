"""Recipients of the fallback rules narrowed in the recipient audit: sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only

ROMANIA = Ent(("Романија",), country="ROU")
MOLDOVA = Ent(("Молдавија",), country="MDA")
UNION = Ent(("Унијата",), "ORG", "EUR", "IGO")


def test_a_dative_clitic_doubles_the_name_in_a_later_na_phrase_of_its_clause():
    doc = coded("Романија изрази сомнежи за реформите. Министрите на Унијата не ѝ упатија покана за членство "
                "на Молдавија на средбата во Брисел.", [ROMANIA, MOLDOVA, UNION])
    assert codes(doc, only(doc, "AGREE").recipient) == [("MDA", None)]


def test_a_dative_clitic_with_no_name_after_it_points_back():
    doc = coded("Романија изрази сомнежи за реформите. Министрите на Унијата не ѝ упатија покана за членство "
                "на средбата во Брисел.", [ROMANIA, MOLDOVA, UNION])
    ev = only(doc, "AGREE")
    assert codes(doc, ev.recipient) == [("ROU", None)] and "recipient:clitic" in ev.rule


BITOLA = Ent(("Битола",), country="MKD")


def test_an_unknown_attacker_takes_no_country():
    doc = coded("Во Битола непознат напаѓач пукал кон двајца млади мажи пред кафулето.", [BITOLA])
    assert codes(doc, only(doc, "ASSAULT").actor) == [(None, "CRM")]


def test_an_attacker_not_called_unknown_takes_the_places_country():
    doc = coded("Во Битола напаѓач пукал кон двајца млади мажи пред кафулето.", [BITOLA])
    assert codes(doc, only(doc, "ASSAULT").actor) == [("MKD", "CRM")]


STOJKOV = Ent(("Петко Стојков",), "PER", "BGR", "GOV")
PETROV = Ent(("Никола Петров",), "PER", "MKD", "GOV")
GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")


def test_a_name_in_the_subjects_own_phrase_is_no_antecedent_of_the_object_clitic():
    doc = coded("Премиерот Петко Стојков понуди нов план за границата, предлог што Владата предводена од "
                "Никола Петров веднаш го отфрли.", [STOJKOV, PETROV, GOVERNMENT])
    assert codes(doc, only(doc, "REJECT").recipient) == [("BGR", "GOV")]


def test_the_partner_of_a_coordinated_verb_before_is_the_antecedent():
    doc = coded("Никола Петров разговараше со Петко Стојков и го пофали за реформите.", [STOJKOV, PETROV])
    assert codes(doc, only(doc, "SUPPORT").recipient) == [("BGR", "GOV")]


BERLIN = Ent(("Берлин",), "GPE", "DEU")
COURT = Ent(("Врховниот суд",), "ORG", "MKD", "JUD")


def test_a_town_a_man_was_taken_to_owns_nothing_of_his():
    doc = coded("Полицијата го префрли Никола Петров со авион до Берлин, откако Врховниот суд ја одби неговата жалба.",
                [PETROV, BERLIN, COURT])
    assert codes(doc, only(doc, "REJECT").recipient) == [("MKD", "GOV")]


def test_a_town_standing_as_a_subject_can_own_what_is_refused():
    doc = coded("Берлин поднесе нов предлог, но Врховниот суд ја одби неговата жалба.", [BERLIN, COURT])
    assert codes(doc, only(doc, "REJECT").recipient) == [("DEU", None)]
