"""Attacks and coercion told again are one act, and violence named only as background is none (invented
sentences, each with a near twin where the rule must not fire)."""
from datetime import date

import pytest

from tests.events.helpers import events_of, pipeline_document

DAY = date(2026, 3, 12)
STRIKE = "Македонската армија вчера изврши воздушни удари врз јужна Албанија. "


@pytest.mark.parametrize("text, acts", [
    # hits by no hand and on no day of their own, just after the attack, are its outcome; on a day of their own, another
    (STRIKE + "Според македонската армија, гаѓани биле складишта за муниција и ракетни лансери на бунтовничката група.", 1),
    (STRIKE + "Според Генералштабот, сите ракети ги погодиле целите.", 1),
    (STRIKE + "Според македонската армија, во саботата гаѓани биле складишта за муниција и ракетни лансери на"
              " бунтовничката група.", 2),
    (STRIKE + "Според Генералштабот, во саботата ракети ги погодиле целите.", 2),
])
def test_hits_told_after_an_attack(text, acts):
    assert len(events_of(pipeline_document(text, DAY), "ASSAULT")) == acts


STRIKE_TOLD = "Македонската армија вчера изврши воздушни удари врз бази на вооружена група во јужна Албанија. "


def test_the_attackers_side_speaking_of_its_attack_retells_it():
    doc = pipeline_document(STRIKE_TOLD + "„Ние ги напаѓаме само терористите во планините“, рече министерот за одбрана"
                            " Владо Мисајловски.", DAY)
    assert len(events_of(doc, "ASSAULT")) == 1


def test_the_other_side_speaking_of_its_own_attacks_is_another_act():
    doc = pipeline_document(STRIKE_TOLD + "„Ние ги напаѓаме само терористите во планините“, рече албанскиот премиер"
                            " Еди Рама.", DAY)
    assert len(events_of(doc, "ASSAULT")) == 2


ARREST = "Полицијата вчера ги уапси Петар Стојков и Марко Ристов во Тетово. "


def _actor_names(doc, ev):
    by_id = {e.id: e for e in doc.entities}
    return {by_id[a].name for a in ev.actor if a in by_id}


def test_the_counted_subject_of_a_passive_is_acted_on():
    doc = pipeline_document(ARREST + "Двајцата беа нападнати во притворот, соопшти адвокатот.", DAY)
    attack = events_of(doc, "ASSAULT")[0]
    assert "Петар Стојков" not in _actor_names(doc, attack)
    doc = pipeline_document("Македонските безбедносни сили вчера ги спречија конвоите да влезат во земјата, а најмалку двајца"
                            " луѓе беа убиени кога војници отворија оган врз демонстранти, јавуваат Ројтерс и Асошиетед прес.", DAY)
    assert len(events_of(doc, "ASSAULT")) == 1


def test_the_counted_subject_of_an_active_verb_is_the_pair_that_acts():
    doc = pipeline_document(ARREST + "Двајцата ги нападнаа полицајците во притворот, соопшти адвокатот.", DAY)
    assert {"Петар Стојков", "Марко Ристов"} <= _actor_names(doc, doc.events[-1])



ARRESTED_ABROAD = "Германската полиција вчера го уапси поранешниот српски министер Петар Стојков на автопатот кај Минхен. "
ARRESTED_IN_SERBIA = "Македонската полиција вчера уапси двајца осомничени во Србија. "


@pytest.mark.parametrize("text, acts", [
    # the passive by no hand tells the arrest again; on a day of its own, another
    (ARRESTED_ABROAD + "Стојков беше приведен само неколку часа откако обвинителството побара негов притвор.", 1),
    (ARRESTED_ABROAD + "Стојков беше приведен и во мај минатата година.", 2),
    # a town of the state told first is that place told closer; a town of another state is another place
    (ARRESTED_IN_SERBIA + "Тие беа уапсени во Ниш, во куќата на роднина.", 1),
    (ARRESTED_IN_SERBIA + "Тие беа уапсени во Сараево, во куќата на роднина.", 2),
])
def test_an_arrest_told_again(text, acts):
    assert len(events_of(pipeline_document(text, DAY), "COERCE")) == acts

def test_fighting_on_the_side_of_a_state_is_no_attack_on_it():
    doc = pipeline_document("Бугарија, чии војници се борат на страната на Атина, ја затвори границата.", DAY)
    assert not events_of(doc, "ASSAULT")


def test_fighting_against_a_state_is_an_attack_on_it():
    doc = pipeline_document("Бугарија, чии војници се борат против Атина, ја затвори границата.", DAY)
    assert len(events_of(doc, "ASSAULT")) == 1
