"""An accusation's (or criticism's) noun answered by another's verb (a denial) with its accuser named in `на`: the accuser's own act,
merged with that accuser's accusation when the story told it before."""
import pytest

from tests.events.helpers import Ent, coded, events_of, only

JUDGE = Ent(("Марко Петров", "Петров"), "PER", "MKD", "JUD")
WITNESS = Ent(("Ана Илиевска", "Илиевска"), "PER", "MKD", "CVL")


NOUNS = ["обвинувањата", "критиките"]  # an accusation, criticism


@pytest.mark.parametrize("noun", NOUNS)
def test_a_denied_accusation_with_its_accuser_named_is_the_accusers_act(noun):
    doc = coded(f"Судијата Марко Петров се појави пред комисијата, негирајќи ги {noun} на Ана Илиевска дека "
                "ја заплашувал.", [JUDGE, WITNESS])
    accusation = only(doc, "ACCUSE")
    assert accusation.trigger.text == noun and accusation.actor == ["E2"]
    assert only(doc, "REJECT").actor == ["E1"]


@pytest.mark.parametrize("noun", NOUNS)
def test_a_denied_accusation_with_no_accuser_named_is_no_act(noun):
    doc = coded(f"Судијата Марко Петров се појави пред комисијата, негирајќи ги {noun} дека ја заплашувал "
                "Ана Илиевска.", [JUDGE, WITNESS])
    assert not events_of(doc, "ACCUSE") and only(doc, "REJECT").actor == ["E1"]


def test_a_denied_accusation_told_before_is_that_accusation():
    doc = coded("Ана Илиевска во понеделникот го обвини судијата Марко Петров дека ја заплашувал. "
                "Петров денеска ги негираше обвинувањата на Илиевска.", [JUDGE, WITNESS])
    accusation = only(doc, "ACCUSE")
    assert accusation.trigger.text == "обвини" and accusation.actor == ["E2"]


def test_a_refused_request_with_its_maker_named_is_left_to_the_refusal():
    doc = coded("Судијата Марко Петров се појави пред комисијата, одбивајќи го барањето на Ана Илиевска за "
                "изземање.", [JUDGE, WITNESS])
    assert not events_of(doc, "REQUEST") and only(doc, "REJECT").actor == ["E1"]

