"""Attacks and coercion told again are one act, and violence named only as background is none (invented
sentences, each with a near twin where the rule must not fire)."""
from datetime import date

from tests.events.helpers import events_of, pipeline_document

DAY = date(2026, 3, 12)
STRIKE = "Македонската армија вчера изврши воздушни удари врз јужна Албанија. "


def test_hits_by_no_hand_just_after_an_attack_are_that_attack():
    doc = pipeline_document(STRIKE + "Според македонската армија, гаѓани биле складишта за муниција и ракетни лансери"
                            " на бунтовничката група.", DAY)
    assert len(events_of(doc, "ASSAULT")) == 1
    doc = pipeline_document(STRIKE + "Според Генералштабот, сите ракети ги погодиле целите.", DAY)
    assert len(events_of(doc, "ASSAULT")) == 1


def test_hits_on_a_day_of_their_own_are_another_attack():
    doc = pipeline_document(STRIKE + "Според македонската армија, во саботата гаѓани биле складишта за муниција и"
                            " ракетни лансери на бунтовничката група.", DAY)
    assert len(events_of(doc, "ASSAULT")) == 2
    doc = pipeline_document(STRIKE + "Според Генералштабот, во саботата ракети ги погодиле целите.", DAY)
    assert len(events_of(doc, "ASSAULT")) == 2


STRIKE_TOLD = "Македонската армија вчера изврши воздушни удари врз бази на вооружена група во јужна Албанија. "


def test_the_attackers_side_speaking_of_its_attack_retells_it():
    doc = pipeline_document(STRIKE_TOLD + "„Ние ги напаѓаме само терористите во планините“, рече министерот за одбрана"
                            " Владо Мисајловски.", DAY)
    assert len(events_of(doc, "ASSAULT")) == 1


def test_the_other_side_speaking_of_its_own_attacks_is_another_act():
    doc = pipeline_document(STRIKE_TOLD + "„Ние ги напаѓаме само терористите во планините“, рече албанскиот премиер"
                            " Еди Рама.", DAY)
    assert len(events_of(doc, "ASSAULT")) == 2
