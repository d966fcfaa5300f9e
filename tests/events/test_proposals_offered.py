"""A thing proposed to a side (`им предложи на САД нов договор`) is an offer, AGREE; a proposal that the side act
(`им предложи на САД да …`) stays a request (invented sentences, session 39)."""
from tests.events.helpers import Ent, coded

MOSCOW = Ent(("Москва",), country="RUS")
USA = Ent(("САД",), country="USA")


def test_a_treaty_proposed_to_a_side_is_an_offer():
    doc = coded("Москва им предложи на САД нов договор за контрола на вооружувањето.", [MOSCOW, USA])
    assert [(e.type, e.actor, e.recipient) for e in doc.events] == [("AGREE", ["E1"], ["E2"])]


def test_a_proposal_that_the_side_act_is_a_request():
    doc = coded("Москва им предложи на САД да ги повлечат ракетите од Европа.", [MOSCOW, USA])
    assert [(e.type, e.actor, e.recipient) for e in doc.events] == [("REQUEST", ["E1"], ["E2"])]
