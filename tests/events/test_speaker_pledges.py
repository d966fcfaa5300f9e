"""What speakers say of their own future acts (invented sentences): readiness told in a `дека` clause with its
subject dropped after a pronoun speaker is the speaker's own; help promised, readiness for talks, diplomacy or a
vote is AGREE, help given or refused and talks or a vote told as a fact are not."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

PETROV = Ent(("Горан Петров", "Петров"), "PER", "SRB", "GOV")
STUDENTS = Ent(("студентите",), "ORG", "SRB", "CVL")
UNION = Ent(("синдикатот",), "ORG", "SRB", "LAB")


def test_readiness_after_a_copula_is_the_pronoun_speakers_own():
    for sentence in ("Горан Петров зборуваше вчера. Тој рече дека е подготвен да разговара со студентите.",
                     "Горан Петров зборуваше вчера. Тој додаде дека е спремен да преговара со синдикатот.",
                     "Горан Петров зборуваше вчера. Тој ги повика студентите да се вратат и рече дека е подготвен "
                     "да разговара со нив."):
        doc = coded(sentence, [PETROV, STUDENTS, UNION], quotes=True)
        ev = only(doc, "AGREE")
        assert ev.actor == ["E1"] and "actor:speaker" in ev.rule, sentence


def test_a_passive_after_a_copula_keeps_the_speaker_out_of_the_actors():
    doc = coded("Горан Петров зборуваше вчера. Тој рече дека бил нападнат од студентите.", [PETROV, STUDENTS], quotes=True)
    assert all("E1" not in ev.actor for ev in doc.events)


GREECE = Ent(("Грција",), country="GRC")
SERBIA = Ent(("Србија",), country="SRB")
GOVERNMENT = Ent(("Владата",), "ORG", "SRB", "GOV")


def test_help_promised_to_a_named_state_is_agreement():
    for sentence in ("Горан Петров изјави дека Грција ќе ѝ помогне на Србија во преговорите.",
                     "Горан Петров рече дека Грција ќе ѝ помага на Србија со струја оваа зима."):
        doc = coded(sentence, [PETROV, GREECE, SERBIA], quotes=True)
        ev = only(doc, "AGREE")
        assert ev.actor == ["E2"] and ev.recipient == ["E3"] and ev.rule.startswith("agree.pledged_help"), sentence


def test_help_given_or_refused_is_no_pledge():
    for sentence in ("Горан Петров изјави дека Грција ѝ помогна на Србија.",
                     "Горан Петров изјави дека Грција нема да ѝ помогне на Србија."):
        doc = coded(sentence, [PETROV, GREECE, SERBIA], quotes=True)
        assert not [e for e in doc.events if e.rule.startswith("agree.pledged_help")], sentence


def test_readiness_for_talks_diplomacy_or_a_vote_is_agreement():
    for sentence, entry in (("Горан Петров рече дека Владата е подготвена на разговор со синдикатот.", "agree.ready_to_talk"),
                            ("Горан Петров рече дека Србија останува отворена за дипломатија со Грција.", "agree.ready_to_talk"),
                            ("Горан Петров изјави дека Владата е подготвена да гласа за законот.", "agree.ready_to_act")):
        doc = coded(sentence, [PETROV, GREECE, SERBIA, GOVERNMENT, UNION], quotes=True)
        ev = only(doc, "AGREE")
        assert ev.rule.startswith(entry) and ev.actor in (["E4"], ["E3"]), sentence


def test_talks_or_a_vote_told_as_a_fact_is_no_readiness():
    for sentence in ("Горан Петров рече дека разговорот со синдикатот бил тежок.",
                     "Горан Петров рече дека гласањето за законот е во петок."):
        doc = coded(sentence, [PETROV, GOVERNMENT, UNION], quotes=True)
        assert not [e for e in doc.events if e.type == "AGREE"], sentence
