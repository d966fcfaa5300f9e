"""Verbs and phrases real news uses that the trigger lexicon lacked (issue #5), on sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, events_of, only

MINISTER = Ent(("Николовска",), "PER", "MKD", "GOV")
DEPUTY = Ent(("Трајковски",), "PER", "MKD", "GOV")


def test_defending_ones_own_decision_is_a_rebuttal_but_defending_a_person_is_support():
    doc = coded("Министерката Николовска вчера го бранеше буџетот од критиките во Собранието.", [MINISTER])
    ev = only(doc, "REJECT")
    assert ev.trigger.text == "го бранеше" and codes(doc, ev.actor) == [("MKD", "GOV")]
    doc = coded("Министерката Николовска вчера ја бранеше својата политика за тендерите.", [MINISTER])
    assert only(doc, "REJECT").trigger.text == "ја бранеше"
    # the twins: a person defended is backed (SUPPORT), interests defended are no act
    doc = coded("Министерката Николовска вчера го бранеше заменикот Трајковски од критиките.", [MINISTER, DEPUTY])
    assert not events_of(doc, "REJECT") and only(doc, "SUPPORT").trigger.text == "го бранеше"
    assert not coded("Министерката Николовска вчера ги бранеше интересите на земјоделците.", [MINISTER]).events


IRAN_MINISTER = Ent(("Арагчи",), "PER", "IRN", "GOV")
FRANCE = Ent(("Франција",), country="FRA")
BELGRADE, PRISTINA = Ent(("Белград",), country="SRB"), Ent(("Приштина",), country="KOS")


def test_talks_ended_without_an_agreement_are_an_agreement_not_reached_by_all_their_sides():
    doc = coded("Министерот Арагчи вчера во Женева се сретна со министерот на Франција, но средбата заврши без договор.",
                [IRAN_MINISTER, FRANCE])
    ev = only(doc, "AGREE")
    assert ev.status == "negated" and ev.trigger.text == "заврши без договор"
    assert sorted(c for c, _ in codes(doc, ev.actor)) == ["FRA", "IRN"] and not ev.recipient
    assert only(doc, "CONSULT").status == "asserted"
    doc = coded("Разговорите меѓу Белград и Приштина во сабота завршија без договор.", [BELGRADE, PRISTINA])
    assert only(doc, "AGREE").status == "negated"
    # the twins: talks ending with an agreement reached one; talks that ended is no agreement at all
    doc = coded("Разговорите меѓу Белград и Приштина во сабота завршија со договор за енергетиката.", [BELGRADE, PRISTINA])
    assert only(doc, "AGREE").status == "asserted"
    assert not events_of(coded("Разговорите меѓу Белград и Приштина завршија во сабота.", [BELGRADE, PRISTINA]), "AGREE")


def test_a_negation_that_is_a_word_of_the_sequence_does_not_negate_it():
    doc = coded("Министерот Арагчи предупреди дека нападите нема да останат без одговор.", [IRAN_MINISTER])
    assert only(doc, "THREATEN").status != "negated"


def test_talks_promised_to_go_on_are_a_meeting_to_come_but_talks_that_went_on_are_held():
    doc = coded("Министерот Арагчи изјави дека Иран ќе ги продолжи преговорите со Франција.",
                [IRAN_MINISTER, Ent(("Иран",), country="IRN"), FRANCE])
    ev = only(doc, "AGREE")
    assert ev.trigger.text == "ќе ги продолжи преговорите" and codes(doc, ev.recipient) == [("FRA", None)]
    # the twin: told in the past, the talks went on (a meeting held, no promise)
    doc = coded("Иран вчера ги продолжи преговорите со Франција.", [Ent(("Иран",), country="IRN"), FRANCE])
    assert not events_of(doc, "AGREE")


COMMISSIONER = Ent(("Кос",), "PER", "EUR", "IGO")


def test_regret_over_a_blockade_is_disapproval_and_regret_at_an_outcome_no_concession():
    doc = coded("Еврокомесарката Кос вчера изрази жалење поради блокадата на преговорите.", [COMMISSIONER])
    assert only(doc, "ACCUSE").mode == "disapprove" and not events_of(doc, "CONCEDE")
    # the twins: regret at an outcome or because of a cause is no act; regret for one's own words stays a concession
    assert not coded("Еврокомесарката Кос вчера изрази жалење за исходот на преговорите.", [COMMISSIONER]).events
    assert not coded("Еврокомесарката Кос вчера изрази жалење што не е постигнат договор.", [COMMISSIONER]).events
    assert not coded("Еврокомесарката Кос вчера изрази жалење поради лошото време.", [COMMISSIONER]).events
    doc = coded("Еврокомесарката Кос вчера изрази жалење за својата изјава.", [COMMISSIONER])
    assert only(doc, "CONCEDE").trigger.text == "изрази жалење"


PM = Ent(("Ристовски",), "PER", "MKD", "GOV")
POLICE = Ent(("полицијата",), "ORG", "MKD", "COP")


def test_an_act_ordered_by_its_noun_is_no_request_but_an_order_to_someone_is():
    doc = coded("Премиерот Ристовски вчера нареди повлекување на единиците од границата.", [PM])
    assert not events_of(doc, "REQUEST")
    doc = coded("Премиерот Ристовски вчера нареди евакуација на жителите од селата.", [PM])
    assert not events_of(doc, "REQUEST")
    # the twin: an order to the police to act is a request of them
    doc = coded("Премиерот Ристовски вчера ѝ нареди на полицијата да ги затвори граничните премини.", [PM, POLICE])
    assert only(doc, "REQUEST").trigger.text == "нареди"


def test_defending_someones_nomination_backs_that_one_but_defending_ones_interests_is_none():
    doc = coded("Министерката Николовска ја бранеше кандидатурата на Трајковски пред пратениците.", [MINISTER, DEPUTY])
    ev = only(doc, "SUPPORT")
    assert ev.recipient == ["E2"]
    # the twin: interests of someone defended are no act
    assert not coded("Министерката Николовска ги бранеше интересите на Трајковски пред пратениците.", [MINISTER, DEPUTY]).events
