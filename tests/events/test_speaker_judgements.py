"""A speaker judging a named actor or its act in a reported clause (invented sentences): unreasonable, hasty,
needless or cosmetic measures, pretending, frightening, humiliating, no moral right — ACCUSE disapprove; a state of
affairs, praise and a neutral report are not."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

PETROV = Ent(("Горан Петров", "Петров"), "PER", "MKD", "PTY")
GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")
UNION = Ent(("синдикатот",), "ORG", "MKD", "LAB")


def test_a_judgement_of_an_actor_or_its_act_is_blame():
    for sentence in ("Горан Петров изјави дека барањата на синдикатот се „неразумни“.",
                     "Горан Петров рече дека одлуката на Владата е исхитрена и непотребна.",
                     "„Владата се прави дека проблемот со водата не постои“, рече Горан Петров.",
                     "Горан Петров изјави дека Владата ги заплашува вработените во синдикатот.",
                     "Горан Петров возврати дека Владата „нема морално право“ да зборува за реформи.",
                     "Горан Петров рече дека новите мерки на Владата се само козметички измени.",
                     "Горан Петров изјави дека Владата ја понижи струката со новиот закон."):
        doc = coded(sentence, [PETROV, GOVERNMENT, UNION], quotes=True)
        ev = only(doc, "ACCUSE")
        assert ev.actor == ["E1"] and ev.rule.startswith("accuse.reported_criticism"), sentence


def test_a_state_of_affairs_praise_or_a_report_is_no_blame():
    for sentence in ("Горан Петров рече дека понижувањето на бездомните е сè поголемо.",
                     "Горан Петров изјави дека барањата на синдикатот се разумни и оправдани.",
                     "Горан Петров рече дека Владата ќе ги разгледа барањата на синдикатот."):
        doc = coded(sentence, [PETROV, GOVERNMENT, UNION], quotes=True)
        assert not [e for e in doc.events if e.type == "ACCUSE"], sentence
