"""A warning that the speaker's own state, named alone, will not do something (`нема да плаќа`, `нема да го
потпише`): a benefit withheld, a threat; not when the state will not yield (a refusal), nor when it is told what it
will do (a forecast as often as an act). Invented sentences."""
from __future__ import annotations

from tests.events.helpers import Ent, coded

AUSTRIA = Ent(("Австрија",), country="AUT")
HUNGARY = Ent(("Унгарија",), country="HUN")
NOVAK = Ent(("Новак",), "PER", "AUT", "GOV")
PARTY = Ent(("Зелената партија",), "ORG", "AUT", "PTY")
PARTIES = [AUSTRIA, HUNGARY, NOVAK, PARTY]


def types(text: str) -> list[str]:
    return [e.type for e in coded(text, PARTIES, quotes=True).events]


def test_a_warning_that_the_speakers_state_will_not_pay_is_a_threat():
    doc = coded("Канцеларот Новак ја повика Унгарија да ги почитува правилата и предупреди дека Австрија нема да плаќа "
                "за туѓите долгови.", PARTIES, quotes=True)
    assert [(e.type, e.actor) for e in doc.events if e.type == "THREATEN"] == [("THREATEN", ["E3"])]
    assert "THREATEN" in types("Новак предупреди дека Австрија нема да го потпише договорот со Унгарија.")


def test_the_same_words_told_without_a_warning_or_of_another_state_are_no_threat():
    assert "THREATEN" not in types("Новак изјави дека Австрија нема да плаќа за туѓите долгови.")
    assert "THREATEN" not in types("Новак предупреди дека Унгарија нема да плаќа за туѓите долгови.")


def warnings(text: str) -> list[str]:
    return [e.rule for e in coded(text, PARTIES, quotes=True).events if e.rule.startswith("threaten.reported_warning")]


def test_the_speakers_state_that_will_not_yield_refuses_and_one_that_will_act_is_no_threat():
    # (giving way refused told by a trigger is that trigger's event, judged as such; the warning adds none)
    assert warnings("Новак предупреди дека Австрија нема да нуди нови отстапки на Унгарија.") == []
    assert types("Новак предупреди дека Австрија нема да ги предаде своите позиции.") == []
    assert warnings("Новак предупреди дека Австрија нема да плаќа за туѓите долгови.") != []
    assert "THREATEN" not in types("Новак предупреди дека Австрија ќе плаќа сè повеќе за енергија.")


def test_a_party_of_the_speaker_is_no_state_withholding():
    assert "THREATEN" not in types("Новак предупреди дека Зелената партија нема да гласа за буџетот.")
