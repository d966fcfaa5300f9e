"""Forms of trigger verbs the lexicon gained from their paradigms (scripts/lang/trigger_gaps.py, issue #5): another
person, tense, participle or the verbal noun of a listed verb fires its entry, on sentences written for these tests,
each with a twin whose verb is no trigger."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, events_of, only

SERBIA = Ent(("Србија",), country="SRB")
KOSOVO = Ent(("Косово",), country="KOS")
ALBANIA = Ent(("Албанија",), country="ALB")


def test_the_first_person_plural_present_in_a_quote_is_an_arrest():
    doc = coded("„Ние ќе ги уапсиме организаторите“, изјави министерот на Србија.", [SERBIA], quotes=True)
    assert only(doc, "COERCE").trigger.text == "уапсиме"
    assert not events_of(coded("„Ние ќе ги пребројиме организаторите“, изјави министерот на Србија.", [SERBIA],
                               quotes=True), "COERCE")


def test_the_imperfect_third_person_plural_is_a_welcome():
    doc = coded("Албанија и Косово ја поздравуваа одлуката на Србија.", [ALBANIA, KOSOVO, SERBIA])
    assert only(doc, "SUPPORT").trigger.text == "поздравуваа"
    assert not events_of(coded("Албанија и Косово ја коментираа одлуката на Србија.", [ALBANIA, KOSOVO, SERBIA]),
                         "SUPPORT")


def test_the_verbal_noun_with_its_article_is_a_boycott():
    doc = coded("Албанија го најави бојкотирањето на самитот во Србија.", [ALBANIA, SERBIA])
    assert only(doc, "REJECT").trigger.text == "бојкотирањето"
    assert not events_of(coded("Албанија го најави организирањето на самитот во Србија.", [ALBANIA, SERBIA]), "REJECT")


def test_the_definite_feminine_passive_participle_is_an_arrest():
    doc = coded("Уапсената активистка од Косово беше пуштена по два дена.", [KOSOVO])
    assert only(doc, "COERCE").trigger.text == "Уапсената"
    assert not events_of(coded("Уморната активистка од Косово беше пуштена по два дена.", [KOSOVO]), "COERCE")


def test_the_adverbial_participle_is_a_deportation():
    doc = coded("Србија ги врати мигрантите, депортирајќи ги во Албанија.", [SERBIA, ALBANIA])
    assert only(doc, "COERCE").trigger.text == "депортирајќи"
    assert not events_of(coded("Србија ги прими мигрантите, сместувајќи ги во Албанија.", [SERBIA, ALBANIA]), "COERCE")


def test_the_definite_plural_of_a_noun_entry_is_a_meeting():
    doc = coded("Србија и Албанија ги завршија состаноците во Тирана.", [SERBIA, ALBANIA])
    assert only(doc, "CONSULT").trigger.text == "состаноците"
    assert not events_of(coded("Србија и Албанија ги завршија прегледите во Тирана.", [SERBIA, ALBANIA]), "CONSULT")
