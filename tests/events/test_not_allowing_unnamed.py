"""Not allowing, said of the speaker's own side and naming no one (`„Нема да дозволиме блокади“`, `… дека
полицијата нема да дозволи нереди`): a threat (guidelines: not allowing is THREATEN, in any person) aimed at someone
of the speaker's own country (targets named by no one). Every sentence here is invented; the twins tell another
side's stance or a rule's limit, or name a foreign state in the sentence."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, events_of

MINISTER = Ent(("Петар Стојковски", "Стојковски"), "PER", "MKD", "GOV")
UNION = Ent(("Синдикатот на рударите",), "ORG", "MKD", "LAB")
SERBIA = Ent(("Србија",), country="SRB")



def test_not_allowing_naming_no_one_is_a_threat_to_the_own_country():
    for sentence in ("„Нема да дозволиме блокади на патиштата“, изјави Стојковски.",
                     "Стојковски рече дека Владата нема да дозволи насилството да го наруши редот во градот.",
                     "Стојковски изјави дека полицијата нема да дозволи насилство на улиците."):
        doc = coded(sentence, [MINISTER], quotes=True)
        ev = events_of(doc, "THREATEN")
        assert len(ev) == 1 and ev[0].actor == ["E1"], sentence
        (recipient,) = ev[0].recipient
        assert next(e for e in doc.entities if e.id == recipient).country == "MKD", sentence


def test_another_sides_stance_a_rule_or_a_foreign_state_named_gives_no_domestic_threat():
    doc = coded("Стојковски рече дека Синдикатот на рударите нема да дозволи отпуштања во рудникот.", [MINISTER, UNION],
                quotes=True)
    assert not [e for e in events_of(doc, "THREATEN") if e.actor == ["E1"]]
    assert not coded("Стојковски рече дека буџетот нема да дозволи повеќе од пет нови вработувања.", [MINISTER],
                     quotes=True).events
    doc = coded("„Нема да дозволиме блокади на патиштата кон Србија“, изјави Стојковски.", [MINISTER, SERBIA], quotes=True)
    assert not [e for e in events_of(doc, "THREATEN") for r in e.recipient if r.startswith("C")]
