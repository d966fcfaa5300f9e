"""An explosion is an attack only with a weapon named (issue #5, precision): the months and ministers whose words begin
like a mine (`минатиот`, `министерот`) name none, and the weapon may be named in the sentence before (`Бомба
експлодираше … друга експлозија`); each beside a near-identical text where the explosion is an attack, on sentences
written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, coded

KOSOVO = Ent(("Косово",), country="KOS")


def assaults(text: str) -> list[str]:
    return [e.trigger.text for e in coded(text, [KOSOVO]).events if e.type == "ASSAULT"]


def test_a_minister_is_no_mine():
    assert assaults("Министерот за економија во Косово поднесе оставка по експлозијата во складот за гориво.") == []
    assert assaults("Министерот за економија во Косово поднесе оставка по експлозијата на бомбата пред складот за гориво.")


def test_last_month_is_no_mine():
    assert assaults("Полицијата во Косово минатиот месец уапси двајца осомничени за експлозијата во котларницата.") == []
    assert assaults("Полицијата во Косово минатиот месец уапси двајца осомничени за експлозијата на рачна граната.")


def test_the_weapon_named_in_the_sentence_before():
    bombed = ("Бомба експлодираше во петокот пред седиштето на една партија во Косово. "
              "Следниот ден друга експлозија ја оштети зградата на Владата на Косово.")
    assert assaults(bombed) == ["експлодираше", "експлозија"]
    burst = ("Гасна боца се запали во петокот во ресторан во Приштина. "
             "Следниот ден друга експлозија ја оштети зградата на Владата на Косово.")
    assert assaults(burst) == []
