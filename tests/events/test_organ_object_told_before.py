"""An unnamed organ told again as the object of another state's organs is the one told before, not the
actors' own (sentences written for these tests)."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only

CHAD = Ent(("Чад",), country="TCD")
PARIS = Ent(("Париз",), country="FRA")
LABOUR = Ent(("Лабуристичката партија",), "ORG", "GBR", "PTY")
LONDON = Ent(("Лондон",), country="GBR")
CHILEAN = Ent(("чилеанската",), country="CHL", kind="demonym")


def test_a_states_organ_calls_on_the_junta_told_before_not_its_own():
    doc = coded("Воената хунта во Чад го уапси опозицискиот лидер. Париз ја повика хунтата да го ослободи "
                "лидерот.", [CHAD, PARIS])
    call = only(doc, "REQUEST")
    assert codes(doc, call.actor)[0][0] == "FRA" and codes(doc, call.recipient) == [("TCD", "MIL")]


def test_with_no_junta_told_before_the_organ_called_on_is_the_actors_own():
    doc = coded("Париз ја повика хунтата да ги ослободи затворениците.", [PARIS])
    assert codes(doc, only(doc, "REQUEST").recipient) == [("FRA", "MIL")]


def test_a_party_criticising_the_government_means_its_own_not_one_told_before():
    doc = coded("Во Лондон допатуваше делегација на чилеанската влада. Лабуристичката партија ја критикуваше "
                "владата поради новите даноци.", [LONDON, CHILEAN, LABOUR])
    criticism = only(doc, "ACCUSE")
    assert codes(doc, criticism.recipient) == [("GBR", "GOV")]
