"""A retort of the police or a ministry of the interior (`од МВР возвратија дека апсењето е извршено според закон`)
defends its own conduct against the accusation told before: REJECT toward the accuser, as any retort (GUIDELINES
"Statements carried by a speech verb": a retort ... a defence of one's own conduct → REJECT toward the accuser). The
police telling what happened stay a source of facts. Sentences written for this test."""
from __future__ import annotations

from vesnik.document import Document
from vesnik.pipeline.default import build_pipeline


def events(text: str) -> list[tuple[str, str, list[str]]]:
    """(type, trigger, recipient names) of each event."""
    doc = build_pipeline().run_one(Document(id="t", source="t", raw_text=text)).document
    names = {e.id: e.name for e in doc.entities}
    return [(ev.type, ev.trigger.text, [names[r] for r in ev.recipient]) for ev in doc.events]


def test_a_police_retort_rejects_the_accuser():
    found = events("Хелсиншкиот комитет ја обвини полицијата дека со прекумерна сила ги растерала демонстрантите во Битола. "
                   "Од Министерството за внатрешни работи возвратија дека полицијата постапила според закон.")
    rejections = [ev for ev in found if ev[0] == "REJECT" and ev[1] == "возвратија"]
    assert len(rejections) == 1 and rejections[0][2] and "Хелсин" in rejections[0][2][0]


def test_a_ministry_retort_to_an_opposition_charge_rejects_it():
    found = events("Опозицијата го обвини министерот за внатрешни работи дека ги злоупотребува службите. "
                   "Министерството за внатрешни работи одговори дека сите постапки се во согласност со законот.")
    assert [ev for ev in found if ev[0] == "REJECT" and ev[1] == "одговори"]


def test_a_police_retort_with_no_accusation_told_is_no_event():
    found = events("Полицијата во Прилеп уапси двајца осомничени за кражба. "
                   "Од Министерството за внатрешни работи возвратија дека акцијата била спроведена според закон.")
    assert not [ev for ev in found if ev[0] == "REJECT"]


def test_the_police_telling_facts_make_no_rejection():
    found = events("Опозицијата ја обвини полицијата за неактивност. "
                   "Министерството за внатрешни работи соопшти дека двајца мигранти нелегално ја преминале границата.")
    assert not [ev for ev in found if ev[0] == "REJECT"]
