"""Actors a clause does not name but carries: a subject pronoun set off by commas before a verb that opens
its own clause, a `Тие` going on with the unnamed group a `Тие` before it stood for, and the speaker of a
quote a verbal adverb after its attribution goes with (sentences written for these tests)."""
from __future__ import annotations

from tests.events.helpers import GREECE, SERBIA, Ent, coded, pipeline_document

TRADE_UNIONS = "Синдикалците"
STOJANOVSKI = Ent(("Игор Стојановски", "Стојановски"), "PER", "MKD", "GOV")
DIMOVA = Ent(("Весна Димова", "Димова"), "PER", "MKD", "GOV")
NIKOLOV = Ent(("Никола Николов", "Николов"), "PER", "BGR", "GOV")


def _events(doc, kind):
    return [e for e in doc.events if e.type == kind]


def test_a_plural_pronoun_set_off_by_commas_before_a_bare_verb_is_the_group_before():
    doc = coded(f"{TRADE_UNIONS} ја обвинија Владата за ниските плати. Тие, исто така, повикаа на дијалог со Грција.",
                [GREECE])
    calls = _events(doc, "REQUEST")
    assert len(calls) == 1 and calls[0].actor == _events(doc, "ACCUSE")[0].actor


def test_a_singular_pronoun_set_off_by_commas_before_a_bare_verb_is_the_person_before():
    doc = coded("Стојановски го пофали Николов. Тој, сепак, повика на дијалог со Србија.", [STOJANOVSKI, NIKOLOV, SERBIA])
    calls = _events(doc, "REQUEST")
    assert len(calls) == 1 and calls[0].actor == ["E1"]


def test_a_pronoun_set_off_by_commas_standing_for_no_actor_gives_no_call():
    doc = coded("Цените на горивата пак растат. Тие, исто така, повикаа на дијалог со Грција.", [GREECE])
    assert not _events(doc, "REQUEST")
    doc = coded("Законот стапи на сила. Тој, сепак, повика на дијалог со Србија.", [SERBIA])
    assert not _events(doc, "REQUEST")


def test_a_plural_pronoun_goes_on_with_the_group_a_plural_pronoun_before_stood_for():
    doc = coded(f"{TRADE_UNIONS} ја обвинија Владата за ниските плати. Тие ја критикуваа Србија за долговите. "
                "Тие ја повикаа Грција на дијалог.", [SERBIA, GREECE])
    unions = _events(doc, "ACCUSE")[0].actor
    assert [e.actor for e in doc.events if "E2" in e.recipient] == [unions]


def test_a_plural_pronoun_past_a_sentence_about_something_else_finds_no_group():
    doc = coded(f"{TRADE_UNIONS} ја обвинија Владата за ниските плати. Цените на горивата пак растат. "
                "Тие ја повикаа Грција на дијалог.", [GREECE])
    assert not [e for e in doc.events if "E1" in e.recipient]


def test_a_verbal_adverb_after_a_quotes_attribution_is_the_speakers_act():
    for text in ("Стојановски зборуваше на собирот. „Ова е срамота“, рече тој, нарекувајќи го Николов лажго.",
                 "Стојановски зборуваше на собирот. „Ова е срамота“, изјави тој за телевизијата, обвинувајќи го Николов за кризата.",
                 "„Не ќе попуштиме“, рече Весна Димова, обвинувајќи го Николов за кризата."):
        doc = coded(text, [STOJANOVSKI, NIKOLOV, DIMOVA], quotes=True)
        blame = _events(doc, "ACCUSE")
        speaker = "E3" if "Димова" in text else "E1"
        assert len(blame) == 1 and (blame[0].actor, blame[0].recipient) == ([speaker], ["E2"]), text


def test_a_verbal_adverb_past_another_name_after_the_attribution_is_not_the_speakers():
    doc = coded("Стојановски зборуваше на собирот. „Ова е срамота“, рече тој, а Димова, обвинувајќи го Николов, замина.",
                [STOJANOVSKI, NIKOLOV, DIMOVA], quotes=True)
    assert not [e for e in doc.events if e.actor == ["E1"]]


SDSM = Ent(("СДСМ",), "ORG", "MKD", "PTY")
PARLIAMENT = Ent(("Собранието",), "ORG", "MKD", "LEG")
POLICE = Ent(("МВР",), "ORG", "MKD", "COP")


def test_a_noun_act_a_light_verb_makes_in_a_told_clause_with_no_subject_is_the_speakers():
    for text, kind in (("Од СДСМ соопштија дека ќе поднесат тужба против Стојановски.", "ACCUSE"),
                       ("Од СДСМ најавија дека поднеле кривична пријава против Стојановски.", "ACCUSE"),
                       ("МВР соопшти дека отворило истрага против Стојановски.", "ACCUSE")):
        doc = coded(text, [SDSM if "СДСМ" in text else POLICE, STOJANOVSKI], quotes=True)
        acts = _events(doc, kind)
        assert len(acts) == 1 and (acts[0].actor, acts[0].recipient) == (["E1"], ["E2"]), text


def test_a_noun_act_in_a_told_clause_with_a_subject_of_its_own_is_that_subjects():
    doc = coded("Од СДСМ соопштија дека Собранието ќе поднесе тужба против Стојановски.", [SDSM, PARLIAMENT, STOJANOVSKI],
                quotes=True)
    assert [e.actor for e in _events(doc, "ACCUSE")] == [["E2"]]


def test_a_noun_act_no_verb_makes_in_a_told_clause_is_not_the_speakers():
    doc = coded("Од СДСМ соопштија дека тужбата против Стојановски е неоснована.", [SDSM, STOJANOVSKI], quotes=True)
    assert not [e for e in doc.events if e.actor == ["E1"]]


def test_a_negated_future_in_a_told_clause_with_no_subject_is_the_speakers_refusal():
    for text in ("Стојановски го пофали Николов. Тој, сепак, повтори дека нема да попушти пред Србија.",
                 "Весна Димова изјави дека нема да попушти пред Србија."):
        doc = coded(text, [STOJANOVSKI, NIKOLOV, DIMOVA, SERBIA], quotes=True)
        refusals = _events(doc, "REJECT")
        assert len(refusals) == 1 and refusals[0].actor == (["E3"] if "Димова" in text else ["E1"]), text


def test_a_negated_future_in_a_told_clause_with_its_own_subject_is_not_the_speakers():
    doc = coded("Стојановски го пофали Николов. Тој рече дека Србија нема да попушти пред Грција.",
                [STOJANOVSKI, NIKOLOV, SERBIA, GREECE], quotes=True)
    assert [e.actor for e in _events(doc, "REJECT")] in ([], [["E3"]])


NATO = Ent(("НАТО",), "ORG", "NATO", "IGO")
ARMY = Ent(("Армијата на Србија",), "ORG", "SRB", "MIL")
EMBASSY = Ent(("амбасадата на Грција",), "ORG", "GRC", "GOV")


def test_a_forces_на_phrase_before_a_target_after_врз_is_the_attacker():
    for text, attacker in (("Војната започна по нападот на НАТО врз Србија.", NATO),
                           ("Во нападот на Армијата на Србија врз Косово загинаа десетици луѓе.", ARMY)):
        doc = coded(text, [attacker, SERBIA if attacker is NATO else Ent(("Косово",), country="KOS")])
        attacks = _events(doc, "ASSAULT")
        assert len(attacks) == 1 and (attacks[0].actor, attacks[0].recipient) == (["E1"], ["E2"]), text


def test_a_на_phrase_with_no_target_after_it_is_what_is_attacked_not_the_attacker():
    doc = coded("Нападот на амбасадата на Грција беше осуден од сите партии.", [EMBASSY])
    assert not [e for e in _events(doc, "ASSAULT") if e.actor == ["E1"]]


def test_a_verbal_adverb_in_a_sentence_a_pronoun_opens_is_the_person_before():
    for text, person in (("Стојановски зборуваше на собирот. Тој говореше за платите, обвинувајќи го Николов за кризата.",
                          "E1"),
                         ("Весна Димова зборуваше на собирот. Таа говореше за платите, обвинувајќи го Николов за кризата.",
                          "E3")):
        doc = coded(text, [STOJANOVSKI, NIKOLOV, DIMOVA])
        blame = _events(doc, "ACCUSE")
        assert len(blame) == 1 and (blame[0].actor, blame[0].recipient) == ([person], ["E2"]), text


def test_a_verbal_adverb_in_a_sentence_whose_pronoun_stands_for_no_person_has_no_actor():
    doc = coded("Законот стапи на сила. Тој говореше за платите, обвинувајќи го Николов за кризата.", [NIKOLOV])
    assert not _events(doc, "ACCUSE")


def test_a_told_clause_with_no_subject_after_a_plural_pronoun_is_the_group_or_the_names_before():
    doc = coded("Стојановски и Николов ја обвинија Србија за кризата. Тие додадоа дека ќе ја посетат Грција.",
                [STOJANOVSKI, NIKOLOV, SERBIA, GREECE])
    assert [sorted(e.actor) for e in doc.events if "E4" in e.recipient] == [["E1", "E2"]]
    doc = coded(f"{TRADE_UNIONS} ја обвинија Владата за ниските плати. Тие додадоа дека ќе ја посетат Грција.", [GREECE])
    visits = [e for e in doc.events if "E1" in e.recipient]
    assert len(visits) == 1 and visits[0].actor == _events(doc, "ACCUSE")[0].actor


def test_a_told_clause_with_its_own_subject_or_a_pronoun_for_no_one_is_not_the_pronouns():
    doc = coded("Стојановски и Николов ја обвинија Србија за кризата. Тие додадоа дека Весна Димова ќе ја посети Грција.",
                [STOJANOVSKI, NIKOLOV, SERBIA, GREECE, DIMOVA])
    assert [e.actor for e in doc.events if "E4" in e.recipient] == [["E5"]]
    doc = coded("Цените на горивата пак растат. Тие додадоа дека ќе ја посетат Грција.", [GREECE])
    assert not doc.events


def test_a_capital_speaking_for_its_government_keeps_its_name_and_no_empty_mention():
    # the speaker's group has no words in the act's own clause: the derived government is named after the capital
    doc = pipeline_document("Косово вчера прогласи независност од Србија, а Белград најави дека тоа нема да го прифати.")
    by_id = {e.id: e for e in doc.entities}
    rejects = [ev for ev in doc.events if ev.type == "REJECT"]
    assert [(by_id[a].name, by_id[a].country, by_id[a].sector) for ev in rejects for a in ev.actor] == [("Белград", "SRB", "GOV")]
    assert all(e.name for e in doc.entities) and all(m.text for e in doc.entities for m in e.mentions)
