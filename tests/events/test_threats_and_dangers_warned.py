"""Coercive warnings and warnings of danger in reported statements (invented sentences; guidelines: statements carried
by a speech verb): regret announced for another is a threat; words of blame inside a threat name what it is against;
a warning of what an act would be, naming no one who would do it, is neither a threat nor blame."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, events_of, only

RUSSIA = Ent(("Русија",), "GPE", "RUS")
SERBIA = Ent(("Србија",), "GPE", "SRB")
USA = Ent(("Вашингтон",), "GPE", "USA")
KOSOVO = Ent(("Косово",), "GPE", "KOS")
SPOKESMAN = Ent(("Иван Марков",), "PER", "AFG", "REB")
PREMIER = Ent(("Марко Петров",), "PER", "SRB", "GOV")


def test_regret_announced_for_another_is_a_threat():
    doc = coded("Портпаролот Иван Марков одговори дека Вашингтон „ќе зажали“ за одлуката.", [SPOKESMAN, USA], quotes=True)
    ev = only(doc, "THREATEN")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]
    twin = coded("Портпаролот Иван Марков одговори дека Вашингтон нема да зажали за одлуката.", [SPOKESMAN, USA], quotes=True)
    assert not events_of(twin, "THREATEN")


def test_a_word_of_blame_inside_a_threat_is_what_it_is_against():
    doc = coded("Премиерот Марко Петров предупреди дека Србија нема да дозволи Косово да ја држи земјата како заложник.",
                [PREMIER, SERBIA, KOSOVO], quotes=True)
    assert events_of(doc, "THREATEN") and not events_of(doc, "ACCUSE")
    twin = coded("Премиерот Марко Петров изјави дека Косово ја држи земјата како заложник.", [PREMIER, SERBIA, KOSOVO], quotes=True)
    assert only(twin, "ACCUSE").recipient == ["E3"]


def test_a_danger_warned_of_with_no_doer_is_no_event():
    doc = coded("Министерот Марко Петров предупреди дека воената интервенција во Србија би била катастрофална.",
                [PREMIER, SERBIA], quotes=True)
    assert not events_of(doc, "ACCUSE") and not events_of(doc, "THREATEN")
    # one naming the side that would do it blames that side
    twin = coded("Министерот Марко Петров предупреди дека интервенцијата на Русија би била катастрофална.",
                 [PREMIER, RUSSIA], quotes=True)
    assert only(twin, "ACCUSE").recipient == ["E2"]


def test_a_price_the_public_will_pay_is_a_harm_warned_of_not_a_threat():
    envoy = Ent(("Ана Новак",), "PER", "UNO", "IGO")
    doc = coded("Ана Новак предупреди дека милиони луѓе што гладуваат ќе ја платат цената.", [envoy], quotes=True)
    assert not events_of(doc, "THREATEN")
    twin = coded("Ана Новак предупреди дека Русија ќе ја плати цената.", [envoy, RUSSIA], quotes=True)
    assert only(twin, "THREATEN").recipient == ["E2"]
    # withheld pay stays a threat to the workers
    minister = Ent(("Марко Петров",), "PER", "MKD", "GOV")
    doc = coded("Министерот Марко Петров предупреди дека работниците нема да бидат платени за деновите на штрајк.",
                [minister], quotes=True)
    assert events_of(doc, "THREATEN")
