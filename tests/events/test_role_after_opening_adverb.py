"""A bare role noun right after an opening adverb of time (`Денеска претседателката …`) stands for the person
named before with that role, as one opening the sentence does (invented sentences)."""
import pytest

from tests.events.helpers import Ent, coded

PETROVSKA = Ent(("Ана Петровска",), "PER", "MKD", "GOV")
PREMIER = Ent(("словенечкиот премиер",), "PER", "SVN", "GOV")


@pytest.mark.parametrize("role, hers", [("претседателката", True), ("министерката", False)])
def test_the_role_after_a_date_word_is_the_holder_named_before_with_that_role(role, hers):
    doc = coded(f"Претседателката Ана Петровска допатува во Љубљана. Денеска {role} ќе се сретне со словенечкиот премиер.",
                [PETROVSKA, PREMIER])
    # (another role after the date word is not hers)
    assert any(ev.type == "AGREE" and ev.actor == ["E1"] for ev in doc.events) == hers
