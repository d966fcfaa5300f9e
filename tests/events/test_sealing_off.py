"""An area sealed off by the police (`го блокираше подрачјето`) and premises sealed by inspectors (`запечати пет
градилишта`) are PLOVER COERCE restrict; a parliament blocked stays a refusal, sealed ballot boxes no event. Every
sentence here is invented."""
from __future__ import annotations

from tests.events.helpers import Ent, coded

SKOPJE = Ent(("Скопје",), country="MKD")
OPPOSITION = Ent(("Нова сила",), "ORG", "MKD", "PTY")


def types(sentence: str, ents: list[Ent]) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in coded(sentence, ents).events]


def test_an_area_sealed_off_by_the_police_is_coerce_restrict():
    for sentence in ("Полицијата веднаш го блокираше подрачјето околу Скопје по пукањето.",
                     "Специјалците го блокираа селото крај Скопје и претресоа неколку куќи."):
        assert ("COERCE", "restrict") in types(sentence, [SKOPJE]), sentence


def test_premises_sealed_by_inspectors_are_coerce_restrict():
    for sentence in ("Пазарниот инспекторат во Скопје запечати три маркети поради високите маржи.",
                     "Инспекторите во Скопје минатата недела запечатија две дивоградби и еден угостителски објект."):
        assert ("COERCE", "restrict") in types(sentence, [SKOPJE]), sentence


def test_a_parliament_blocked_or_ballots_sealed_are_no_coercion():
    assert [t for t, _ in types("Нова сила го блокираше Собранието цела недела.", [OPPOSITION])] == ["REJECT"]
    assert not types("Комисијата во Скопје ги запечати гласачките кутии по пребројувањето.", [SKOPJE])
