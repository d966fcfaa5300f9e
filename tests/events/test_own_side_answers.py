"""What a statement says the speaker's own side does not do, or will do in answer to hostile acts, or what it asks
another to do, is no blame: a negation before clitics (`не ја блокирала`, `нема намера да го блокира`) denies the act; a warning that the
speaker's state, or for an official of a union that union, will answer the acts it calls hostile is a threat
(guidelines: THREATEN, statements about one's own future acts worded as a threat), not an ACCUSE; a blame word in
the `да` clause of an obligation is what the demand asks (REQUEST); a label quoted in the speaker's refusal tells
what is refused; a plain answer's later clause blames the side it names only with words of blame. Sentences written
for these tests; each has a twin where the blame, or no threat, stays."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, events_of, only

MINISTER = Ent(("Ана Трајковска", "Трајковска"), "PER", "MKD", "GOV")
MACEDONIA = Ent(("Македонија",), country="MKD")
HUNGARY = Ent(("Унгарија",), country="HUN")
ENVOY = Ent(("Игор Волков", "Волков"), "PER", "RUS", "GOV")
MOSCOW = Ent(("Москва",), "GPE", "RUS")
SOFIA = Ent(("Софија",), "GPE", "BGR")
ENVOY_EU = Ent(("Јан Новак", "Новак"), "PER", "EUR", "IGO")
UNION = Ent(("Унијата",), "ORG", "EUR", "IGO")
BELGIUM_PM = Ent(("Марк Петерс", "Петерс"), "PER", "BEL", "GOV")


def test_a_negation_before_clitics_denies_the_act():
    doc = coded("Трајковска возврати дека Македонија не ја блокирала средбата со Унгарија.",
                [MINISTER, MACEDONIA, HUNGARY], quotes=True)
    assert not events_of(doc, "ACCUSE")
    doc = coded("Трајковска возврати дека Унгарија ја блокирала средбата со Македонија.",
                [MINISTER, MACEDONIA, HUNGARY], quotes=True)
    assert only(doc, "ACCUSE").recipient == ["E3"]


def test_own_state_answering_hostile_steps_is_a_threat():
    doc = coded("Волков предупреди дека Москва ќе ги земе предвид непријателските чекори на Софија.",
                [ENVOY, MOSCOW, SOFIA], quotes=True)
    ev = only(doc, "THREATEN")
    assert ev.actor == ["E1"] and not events_of(doc, "ACCUSE")
    # what the other side will do is no threat of the speaker's
    doc = coded("Волков предупреди дека Софија ќе ги земе предвид непријателските чекори на Москва.",
                [ENVOY, MOSCOW, SOFIA], quotes=True)
    assert not events_of(doc, "THREATEN")


def test_a_union_official_warns_for_the_union():
    doc = coded("Новак предупреди дека Унијата ќе одговори на секој хибриден напад врз членките.",
                [ENVOY_EU, UNION], quotes=True)
    assert only(doc, "THREATEN").actor == ["E1"] and not events_of(doc, "ACCUSE")
    # a member state's premier telling what the union will do is no threat of his own
    doc = coded("Петерс предупреди дека Унијата ќе одговори на секој хибриден напад врз членките.",
                [BELGIUM_PM, UNION], quotes=True)
    assert not [e for e in events_of(doc, "THREATEN") if e.actor == ["E1"] and "reported_warning" in e.rule]


def test_blame_inside_what_an_obligation_asks_is_the_demand():
    doc = coded("„Унгарија мора да ги повлече погрешните изјави за Македонија“, изјави Трајковска.",
                [MINISTER, MACEDONIA, HUNGARY], quotes=True)
    assert only(doc, "REQUEST").recipient == ["E3"] and not events_of(doc, "ACCUSE")
    # blame told before the demand stays
    doc = coded("„Унгарија даде погрешни изјави и мора да ги повлече“, изјави Трајковска.",
                [MINISTER, MACEDONIA, HUNGARY], quotes=True)
    assert only(doc, "ACCUSE").recipient == ["E3"]


def test_a_label_quoted_in_an_own_refusal_is_no_blame():
    doc = coded("Трајковска изјави дека Македонија нема да попушти пред „незаконските“ барања на Унгарија.",
                [MINISTER, MACEDONIA, HUNGARY], quotes=True)
    assert not events_of(doc, "ACCUSE")
    # the label in a statement that blames stays a blame
    doc = coded("Трајковска изјави дека Унгарија поставува „незаконски“ барања.",
                [MINISTER, MACEDONIA, HUNGARY], quotes=True)
    assert only(doc, "ACCUSE").recipient == ["E3"]


OPPOSITION = Ent(("Зелената партија",), "ORG", "MKD", "PTY")
DEFENCE = Ent(("Министерството за одбрана",), "ORG", "MKD", "GOV")
UNION_OF_STAFF = Ent(("Синдикатот на вработените",), "ORG", "MKD", "LAB")


def test_a_plain_answer_turns_on_the_other_side_only_with_words_of_blame():
    accused = "Зелената партија го обвини Министерството за одбрана дека ги крие набавките. "
    doc = coded(accused + "Министерството за одбрана одговори дека сите набавки се според законот и дека "
                "Синдикатот на вработените редовно се информира.", [OPPOSITION, DEFENCE, UNION_OF_STAFF], quotes=True)
    assert only(doc, "REJECT").actor == ["E2"] and len(events_of(doc, "ACCUSE")) == 1
    doc = coded(accused + "Министерството за одбрана одговори дека сите набавки се според законот и дека "
                "Синдикатот на вработените ги злоупотребува податоците.", [OPPOSITION, DEFENCE, UNION_OF_STAFF], quotes=True)
    assert [e.recipient for e in events_of(doc, "ACCUSE") if e.actor == ["E2"]] == [["E3"]]
