"""A demand, offer or proposal judged unacceptable, unrealistic or an insult by the side it is addressed to is refused
(guidelines: a demand or offer judged by the side it is addressed to): REJECT toward its author; a third side's
judgement of it, and a judgement of an act already done, stay ACCUSE (invented sentences)."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, events_of, only

MINISTER = Ent(("Марија Стојковска", "Стојковска"), "PER", "MKD", "GOV")
UNION = Ent(("Синдикатот на медицинските сестри", "синдикатот"), "ORG", "MKD", "LAB")
GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")
DEPUTY = Ent(("Бојан Илиевски",), "PER", "MKD", "PTY")


def test_a_minister_calling_a_unions_demands_unrealistic_refuses_them():
    for judged in ("се нереални", "се „неприфатливи“", "не се реални"):
        doc = coded(f"Министерката Марија Стојковска изјави дека барањата на синдикатот {judged}.", [MINISTER, UNION], quotes=True)
        ev = only(doc, "REJECT")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.rule.startswith("reject.refused_offer"), judged
        assert not events_of(doc, "ACCUSE"), judged


def test_an_act_done_judged_so_stays_blame():
    doc = coded("Министерката Марија Стојковска изјави дека одлуката на синдикатот е неприфатлива.", [MINISTER, UNION], quotes=True)
    assert only(doc, "ACCUSE").recipient == ["E2"] and not events_of(doc, "REJECT")


def test_a_third_side_judging_the_demands_blames():
    doc = coded("Пратеникот Бојан Илиевски изјави дека барањата на синдикатот се нереални.", [DEPUTY, UNION], quotes=True)
    assert only(doc, "ACCUSE").recipient == ["E2"] and not events_of(doc, "REJECT")


def test_an_offer_told_before_and_called_an_insult_is_refused_toward_its_author():
    doc = coded("Министерката Марија Стојковска им понуди на медицинските сестри покачување од три отсто. "
                "Синдикатот на медицинските сестри одговори дека понудата е навреда за професијата.",
                [MINISTER, UNION], quotes=True)
    ev = only(doc, "REJECT")
    assert ev.actor == ["E2"] and ev.recipient == ["E1"]
    # a judgement of the offer that praises it refuses nothing
    doc = coded("Министерката Марија Стојковска им понуди на медицинските сестри покачување од три отсто. "
                "Синдикатот на медицинските сестри одговори дека понудата е добра основа за разговор.",
                [MINISTER, UNION], quotes=True)
    assert not events_of(doc, "REJECT") and not events_of(doc, "ACCUSE")
