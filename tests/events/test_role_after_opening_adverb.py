"""A bare role noun right after an opening adverb of time (`Денеска претседателката …`) stands for the person
named before with that role, as one opening the sentence does (invented sentences)."""
from tests.events.helpers import Ent, coded, only

PETROVSKA = Ent(("Ана Петровска",), "PER", "MKD", "GOV")
PREMIER = Ent(("словенечкиот премиер",), "PER", "SVN", "GOV")


def test_the_role_after_a_date_word_is_the_holder_named_before():
    doc = coded("Претседателката Ана Петровска допатува во Љубљана. "
                "Денеска претседателката ќе се сретне со словенечкиот премиер.", [PETROVSKA, PREMIER])
    assert only(doc, "AGREE").actor == ["E1"]


def test_another_role_after_a_date_word_is_not_that_holder():
    doc = coded("Претседателката Ана Петровска допатува во Љубљана. "
                "Денеска министерката ќе се сретне со словенечкиот премиер.", [PETROVSKA, PREMIER])
    assert not [ev for ev in doc.events if "E1" in ev.actor]
