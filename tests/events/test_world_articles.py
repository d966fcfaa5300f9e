"""World news relayed by Macedonian portals, as whole articles (written for these tests)."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only

RUSSIA = Ent(("Русија",), country="RUS")
CHINA = Ent(("Кина",), country="CHN")
EU = Ent(("Европската унија", "ЕУ"), "ORG", "EUR", "IGO")
TRUMP = Ent(("Доналд Трамп", "Трамп"), "PER", "USA", "GOV")


def test_a_package_numbered_with_a_full_stop_is_one_word_before_the_sanctions():
    doc = coded("ЕУ денеска го усвои 20. пакет санкции против Русија.", [EU, RUSSIA])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.actor) == [("EUR", "IGO")] and codes(doc, ev.recipient) == [("RUS", None)]


def test_tariffs_announced_on_a_states_goods_are_its_announced_sanction():
    doc = coded("Трамп најави дополнителни царини од 50 отсто на увозот од Кина.", [TRUMP, CHINA])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.actor) == [("USA", "GOV")] and codes(doc, ev.recipient) == [("CHN", None)]
    assert ev.status == "future"


def test_tariffs_with_no_one_imposing_them_are_no_event():
    doc = coded("Царините ќе влијаат на цените во продавниците.", [])
    assert doc.events == []


TAIWAN = Ent(("Тајван",), country="TWN")
TAIPEI = Ent(("Тајпеј",), country="TWN", sector="GOV")
BEIJING = Ent(("Пекинг",), country="CHN", sector="GOV")
PLA = Ent(("Кинеската армија",), "ORG", "CHN", "MIL")


def test_a_headline_told_again_in_the_body_is_one_event_coded_at_the_body():
    doc = coded("Кина започна воени вежби околу Тајван\n\n"
                "Кинеската армија денеска започна големи воени вежби околу Тајван, соопшти командата.",
                [CHINA, TAIWAN, PLA])
    ev = only(doc, "MOBILIZE")
    assert codes(doc, ev.actor) == [("CHN", "MIL")] and codes(doc, ev.recipient) == [("TWN", None)]
    assert ev.sentence == 1 and [t.text for t in ev.also_triggers] == ["воени вежби"]


def test_a_headline_ending_like_a_sentence_is_no_headline():
    doc = coded("Кина започна воени вежби околу Тајван. Кинеската армија потоа започна воени вежби околу Тајван.",
                [CHINA, TAIWAN, PLA])
    assert len([e for e in doc.events if e.type == "MOBILIZE"]) == 2


def test_a_name_and_its_verb_after_a_comma_open_a_clause_with_their_own_subject():
    doc = coded("Трамп воведе царини на увозот од Кина, Пекинг најави контрамерки", [TRUMP, CHINA, BEIJING])
    sanction, threat = only(doc, "SANCTION"), only(doc, "THREATEN")
    assert codes(doc, sanction.recipient) == [("CHN", None)]
    assert codes(doc, threat.actor) == [("CHN", "GOV")]


def test_the_subject_of_a_clause_after_a_is_no_recipient_and_the_judged_act_told_before_is():
    doc = coded("Кинеската армија денеска започна воени вежби околу Тајван. Командата не даде детали. "
                "Вежбите ќе траат три дена. Тајван ги следи бродовите. "
                "Тајпеј ги осуди вежбите, а Стејт департментот изрази загриженост.",
                [TAIWAN, TAIPEI, PLA, Ent(("Стејт департментот",), "ORG", "USA", "GOV")])
    ev = next(e for e in doc.events if e.type == "ACCUSE" and e.trigger.text == "осуди")
    assert codes(doc, ev.actor) == [("TWN", "GOV")] and codes(doc, ev.recipient) == [("CHN", "MIL")]
