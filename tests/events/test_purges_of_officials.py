"""Officials or staff removed from office in numbers are a purge (PLOVER COERCE restrict), a name or a mind
changed, or one person leaving a post, is not (trigger entry `coerce.remove_officials`)."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only

MINISTRY = Ent(("Министерството за внатрешни работи",), "ORG", "MDA", "GOV")


def test_staff_suspended_in_numbers_are_a_purge_but_a_suspended_fee_is_not():
    doc = coded("Министерството за внатрешни работи вчера суспендира 2.300 вработени по неуспешниот бунт.", [MINISTRY])
    ev = only(doc, "COERCE")
    assert ev.rule.startswith("coerce.remove_officials") and ev.mode == "restrict"
    assert codes(doc, ev.actor) == [("MDA", "GOV")]
    assert not any(e.type == "COERCE" for e in coded(
        "Министерството за внатрешни работи вчера ја суспендира таксата за пасоши по неуспешниот бунт.", [MINISTRY]).events)


def test_officials_removed_by_a_passive_are_purged_by_the_state_but_a_changed_name_is_not():
    doc = coded("Во Молдавија од должност се отстранети и над 400 судии.", [Ent(("Молдавија",), country="MDA")])
    ev = only(doc, "COERCE")
    assert ev.rule.startswith("coerce.remove_officials") and codes(doc, ev.actor) == [("MDA", "GOV")]
    assert not coded("Пејачот од Молдавија го смени своето уметничко име.", [Ent(("Молдавија",), country="MDA")]).events
