"""An attack noun opening its sentence in a scene adverbial (`Во нападот …`) whose verb tells an attack is that
attack's scene, one act told by the verb; with no attack verb after it the noun is the act (invented sentences)."""
from datetime import date

from tests.events.helpers import events_of, pipeline_document

DAY = date(2025, 5, 20)


def test_an_attack_noun_framing_an_attack_verb_is_one_act():
    doc = pipeline_document("Во воздушниот напад врз Киев руските сили убија тројца цивили.", DAY)
    assert [e.trigger.text for e in events_of(doc, "ASSAULT")] == ["убија"]


def test_an_attack_noun_framing_a_toll_is_the_act():
    doc = pipeline_document("Во воздушниот напад на руската армија врз Киев загинаа тројца цивили.", DAY)
    assert [e.trigger.text for e in events_of(doc, "ASSAULT")] == ["воздушниот напад"]
