"""A statement that opens by saying what the act just told is (`станува збор за „провокација“`, `се работи за кршење на
законот`) judges that act, as after `тоа е`: with a word of blame, ACCUSE disapprove of its author (GUIDELINES
"Criticism vs. opinion": a negative judgement aimed at an actor's conduct). Sentences written for this test."""
from __future__ import annotations

from vesnik.document import Document
from vesnik.pipeline.default import build_pipeline


def events(text: str) -> list[tuple[str, str, list[str | None], list[str | None]]]:
    """(type, trigger, actor countries, recipient countries) of each event."""
    doc = build_pipeline().run_one(Document(id="t", source="t", raw_text=text)).document
    countries = {e.id: e.country for e in doc.entities}
    return [(ev.type, ev.trigger.text, [countries[a] for a in ev.actor], [countries[r] for r in ev.recipient])
            for ev in doc.events]


def blame(found, verb):
    return [ev for ev in found if ev[0] == "ACCUSE" and ev[1] == verb]


def test_an_incursion_called_a_provocation_blames_its_author():
    found = events("Турски дронови ноќеска нападнаа грчки граничен пункт кај Орестијада. "
                   "Грчкиот премиер изјави дека станува збор за „груба провокација“ и дека ќе го извести НАТО.")
    accused = blame(found, "изјави")
    assert len(accused) == 1 and accused[0][2] == ["GRC"] and accused[0][3] == ["TUR"]


def test_a_violation_told_with_se_raboti_za_blames_its_author():
    found = events("Србија ги затвори граничните премини кон Косово за камиони со стока. "
                   "Косовскиот премиер рече дека се работи за „кршење на договорот за слобода на движење“.")
    accused = blame(found, "рече")
    assert len(accused) == 1 and accused[0][3] == ["SRB"]


def test_a_plain_description_with_stanuva_zbor_za_is_no_blame():
    found = events("Србија ги затвори граничните премини кон Косово за камиони со стока. "
                   "Косовскиот премиер рече дека станува збор за камиони со градежен материјал.")
    assert not blame(found, "рече")


def test_ones_own_sides_act_is_not_blamed():
    found = events("Грчката армија ноќеска изведе вежба кај островот Родос. "
                   "Грчкиот премиер изјави дека станува збор за „провокација“ на која Анкара нема право да се жали.")
    assert not [ev for ev in blame(found, "изјави") if ev[3] == ["GRC"]]


def test_a_retort_calling_the_others_decision_unlawful_blames_its_author():
    found = events("Србија ги протера двајца хрватски дипломати. "
                   "Хрватскиот министер за надворешни работи одговори дека одлуката е „незаконска и неоправдана“.")
    accused = blame(found, "одговори")
    assert len(accused) == 1 and accused[0][3] == ["SRB"]
    assert not [ev for ev in found if ev[0] == "REJECT" and ev[1] == "одговори"]


def test_a_retort_defending_ones_own_decision_stays_a_rejection():
    found = events("Опозицијата ја обвини Владата дека незаконски ги отпушти директорите. "
                   "Владата одговори дека одлуката е донесена според законот.")
    assert not blame(found, "одговори")
