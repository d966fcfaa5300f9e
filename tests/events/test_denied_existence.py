"""A case said not to exist or a reason said not to be seen (`„нема ниту еден потврден случај на …“`, `не гледа причина
зошто …`), said after an accusation, denies it: REJECT, no blame of the speaker's own (issue #5, precision); beside it a
near-identical statement that grants the case or the reason, on sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, coded

COMMISSION = Ent(("Антикорупциската комисија",), "ORG", "MKD", "GOV")
MINISTER = Ent(("Игор Стојков", "Стојков"), "PER", "MKD", "GOV")
ACCUSED = "Антикорупциската комисија го обвини министерот Игор Стојков за злоупотреба на службената положба. "


def types(text: str) -> list[str]:
    return [e.type for e in coded(text, [COMMISSION, MINISTER], quotes=True).events]


def test_no_confirmed_case_denies_the_accusation():
    said = ACCUSED + "Стојков денеска рече дека „нема ниту еден потврден случај на злоупотреба“ во министерството."
    assert types(said) == ["ACCUSE", "REJECT"]
    granted = ACCUSED + "Стојков денеска рече дека „има потврдени случаи на злоупотреба“ во министерството."
    assert "REJECT" not in types(granted)


def test_no_reason_seen_denies_the_accusation():
    said = ACCUSED + "Стојков денеска рече дека не гледа причина зошто комисијата би го обвинила."
    assert types(said) == ["ACCUSE", "REJECT"]
    granted = ACCUSED + "Стојков денеска рече дека гледа причина зошто комисијата би го обвинила."
    assert "REJECT" not in types(granted)
