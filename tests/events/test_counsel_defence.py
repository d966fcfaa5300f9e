"""Counsel's statement that opens with the client (`неговиот клиент е невин`, `пукал во самоодбрана`) is the defence's
side of the charge: REJECT toward the author of the last charge, arrest or conviction told before (GUIDELINES "Denials":
a plea of not guilty, a rebuttal, `тврди дека постапиле во самоодбрана`), and the client's act it tells is no event of its
own. Sentences written for this test."""
from __future__ import annotations

import pytest

from vesnik.document import Document
from vesnik.pipeline.default import build_pipeline


def events(text: str) -> list[tuple[str, str, list[str | None], list[str | None]]]:
    """(type, trigger, actor sectors, recipient sectors) of each event."""
    doc = build_pipeline().run_one(Document(id="t", source="t", raw_text=text)).document
    sectors = {e.id: e.sector for e in doc.entities}
    return [(ev.type, ev.trigger.text, [sectors[a] for a in ev.actor], [sectors[r] for r in ev.recipient]) for ev in doc.events]


@pytest.mark.parametrize("text, verb", [
    # self-defence told by counsel after the police's criminal complaint
    ("Полицијата во Куманово поднесе кривична пријава против 40-годишен маж за пукањето во центарот на градот. "
     "Неговиот адвокат изјави дека неговиот клиент пукал во самоодбрана, откако бил нападнат.", "изјави"),
    # innocence told by counsel after the arrest
    ("Полицијата во Битола уапси двајца вработени во општината за примање поткуп. "
     "Адвокатот на едниот од уапсените тврди дека неговиот клиент е невин и дека не знаел ништо за парите.", "тврди"),
])
def test_counsels_defence_rejects_the_police(text, verb):
    found = events(text)
    defence = [ev for ev in found if ev[0] == "REJECT" and ev[1] == verb]
    assert len(defence) == 1 and defence[0][3] == ["COP"]
    assert not [ev for ev in found if ev[0] == "ASSAULT" and ev[1] == "пукал"]  # the client's act is the defence's content


def test_counsels_own_appeal_in_the_same_statement_stays():
    found = events("Судот во Штип го осуди поранешниот директор на болницата на три години затвор. "
                   "Адвокатот на директорот изјави дека неговиот клиент е невин и дека ќе ја обжали пресудата.")
    assert any(ev[0] == "REJECT" and ev[1] == "обжали" for ev in found)


def test_a_client_with_no_charge_told_is_no_defence():
    found = events("Адвокатот Петар Стојанов изјави дека неговиот клиент е задоволен од новиот договор за закуп.")
    assert not [ev for ev in found if ev[0] == "REJECT"]


def test_a_banks_customers_are_no_clients_of_counsel():
    found = events("Полицијата уапси двајца измамници во Велес. "
                   "Директорот на банката изјави дека клиентите на банката не знаеле за измамата.")
    assert not [ev for ev in found if ev[0] == "REJECT"]
