"""A side's own `нема да дозволи` told in a statement (guidelines, not allowing: a warning that it will stop the one
named → THREATEN toward that one), not blame or a denial of what is not allowed; and its negative twins: a rule
that allows no more is no event, and barring entry stays a refusal. Every sentence here is invented."""
from __future__ import annotations

from tests.events.helpers import Ent, coded

MINISTER = Ent(("Ана Рис",), "PER", "POL", "GOV")
WARSAW = Ent(("Варшава",), country="POL")
RUSSIA = Ent(("Русија",), country="RUS")
MAYOR = Ent(("Иво Ласков",), "PER", "MKD", "GOV")
FIRM = Ent(("Еко Чист",), "ORG", "MKD", "BUS")
ACTIVIST = Ent(("Марко Лис",), "PER", "SRB", "PTY")


def test_not_allowing_the_one_named_is_a_threat_to_it_not_blame():
    for sentence, ents, warned in (
            ("Ана Рис додаде дека Варшава нема да дозволи небото да стане „полигон за провокациите на Русија“.",
             [MINISTER, WARSAW, RUSSIA], "E3"),
            ("„Нема да дозволиме Еко Чист и понатаму да ги крши условите од дозволата“, рече Иво Ласков.", [MAYOR, FIRM], "E2"),
            ("Иво Ласков рече дека општината „нема да дозволи“ Еко Чист да ја загадува реката.", [MAYOR, FIRM], "E2")):
        doc = coded(sentence, ents, quotes=True)
        assert [e.type for e in doc.events] == ["THREATEN"], sentence
        assert doc.events[0].actor == ["E1"] and doc.events[0].recipient == [warned], sentence


def test_a_rule_that_allows_no_more_is_no_event():
    # (the police not allowing what no one named does is a threat, as the invented sets' gold codes it:
    # test_not_allowing_unnamed.py)
    assert not coded("Ана Рис рече дека законот нема да дозволи повеќе од два мандата.", [MINISTER], quotes=True).events


def test_barring_entry_told_in_a_statement_stays_a_refusal():
    doc = coded("Ана Рис изјави дека нема да му дозволат на Марко Лис да влезе во земјата.", [MINISTER, ACTIVIST],
                quotes=True)
    assert [e.type for e in doc.events] == ["REJECT"]


def test_another_side_s_not_allowing_stays_its_stance_judged():
    doc = coded("Ана Рис изјави дека Русија „нема да дозволи никакви набљудувачи“ и дека тоа е срамно.",
                [MINISTER, RUSSIA], quotes=True)
    assert [(e.type, e.recipient) for e in doc.events] == [("ACCUSE", ["E2"])]


def test_not_allowing_smugglers_or_cartels_threatens_them_though_no_name_is_given():
    for sentence in ("Ана Рис изјави дека државата нема да дозволи кријумчарите да ја користат земјата како коридор.",
                     "„Нема да дозволиме криумчари да одлучуваат за нашите граници“, рече Ана Рис.",
                     "Ана Рис рече дека Владата нема да дозволи картели да ги диктираат цените на лекови."):
        doc = coded(sentence, [MINISTER], quotes=True)
        assert [e.type for e in doc.events] == ["THREATEN"], sentence
        assert doc.events[0].actor == ["E1"] and len(doc.events[0].recipient) == 1, sentence


def test_smugglers_only_spoken_of_are_no_one_threatened():
    assert not coded("Ана Рис изјави дека кријумчарите се сè побројни на границата.", [MINISTER], quotes=True).events
