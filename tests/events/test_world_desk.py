"""World-desk copy (wars, sanctions, diplomacy): sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only


def test_a_singular_verb_after_a_told_plural_clause_goes_on_with_the_speaker():
    # `ги повика` cannot be the plural subject's of `ги прекршија`: the spokeswoman asks
    doc = coded("Портпаролката на японската влада изјави дека Филипините ги прекршија договорите и ги повика "
                "филипинските власти да ги почитуваат.",
                [Ent(("Портпаролката на японската влада",), "PER", "JPN", "GOV"), Ent(("Филипините",), country="PHL"),
                 Ent(("филипинските власти",), "ORG", "PHL", "GOV")])
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.actor) == [("JPN", "GOV")] and codes(doc, ev.recipient) == [("PHL", "GOV")]
