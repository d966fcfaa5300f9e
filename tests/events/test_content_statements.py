"""Statements typed by their content (GUIDELINES, statements carried by a speech verb): a policy or plan judged
unsound, refusals, threats and demands told in a `дека` clause or a quote; every sentence here is invented."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

LEFT = Ent(("Левица",), "ORG", "MKD", "PTY")
GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")
MAYOR = Ent(("Општината",), "ORG", "MKD", "GOV")
SPOKESWOMAN = Ent(("Ана Стојанова",), "PER", "MKD", "PTY")


def test_a_policy_or_plan_judged_unsound_or_unreal_blames_its_owner():
    for sentence in ("Од Левица оценија дека даночната политика на Владата е „неодржлива“.",
                     "Ана Стојанова изјави дека буџетот на Владата е нереален и непрозрачен.",
                     "Ана Стојанова рече дека излегувањето на Владата од дебатата е „бегство од одговорност“."):
        ev = only(coded(sentence, [LEFT, GOVERNMENT, SPOKESWOMAN], quotes=True), "ACCUSE")
        assert ev.recipient == ["E2"] and ev.mode == "disapprove", sentence


def test_an_unsound_situation_blames_no_one():
    for sentence in ("Ана Стојанова рече дека состојбата со долгот е неодржлива.",
                     "Ана Стојанова оцени дека очекувањата за раст се нереални."):
        assert not coded(sentence, [SPOKESWOMAN], quotes=True).events, sentence
