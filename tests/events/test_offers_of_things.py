"""Equipment, training, an exchange or a contract offered to someone is an offer (guidelines: AGREE), as aid or
talks offered are; `понуди` with none of the offer words stays no event (a proof, a resignation offered)."""
from tests.events.helpers import Ent, coded

DANE = Ent(("Ерик Холм",), "PER", "DNK", "GOV")
ESTONIA = Ent(("Естонија",), country="EST")
FIRM = Ent(("Нордгас",), "ORG", "NOR", "BUS")
UTILITY = Ent(("Балтенерго",), "ORG", "LTU", "BUS")


def _agree(doc):
    return [e for e in doc.events if e.type == "AGREE"]


def test_equipment_and_training_offered_are_an_offer():
    doc = coded("Данскиот министер Ерик Холм ѝ понуди на Естонија опрема и обука за граничната полиција.", [DANE, ESTONIA])
    [ev] = _agree(doc)
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_an_exchange_offered_is_an_offer():
    doc = coded("Ерик Холм ѝ понуди на Естонија размена на искуства за заштита од сајбер-напади.", [DANE, ESTONIA])
    assert len(_agree(doc)) == 1


def test_a_contract_offered_is_an_offer():
    doc = coded("Компанијата Нордгас во понеделникот ѝ понуди на Балтенерго договор за испорака на гас.", [FIRM, UTILITY])
    [ev] = _agree(doc)
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_a_proof_offered_is_no_offer():
    assert not _agree(coded("Ерик Холм понуди докази дека Естонија не ги прекршила правилата.", [DANE, ESTONIA]))
