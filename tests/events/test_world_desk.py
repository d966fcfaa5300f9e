"""World-desk copy (wars, sanctions, diplomacy): sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only


def test_a_singular_verb_after_a_told_plural_clause_goes_on_with_the_speaker():
    # `ги повика` cannot be the plural subject's of `ги прекршија`: the spokeswoman asks
    doc = coded("Портпаролката на японската влада изјави дека Филипините ги прекршија договорите и ги повика "
                "филипинските власти да ги почитуваат.",
                [Ent(("Портпаролката на японската влада",), "PER", "JPN", "GOV"), Ent(("Филипините",), country="PHL"),
                 Ent(("филипинските власти",), "ORG", "PHL", "GOV")])
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.actor) == [("JPN", "GOV")] and codes(doc, ev.recipient) == [("PHL", "GOV")]


def test_a_complaint_lodged_with_a_body_accuses_the_one_complained_of():
    doc = coded("Ерменија поднесе нова жалба до Советот за безбедност против Азербејџан.",
                [Ent(("Ерменија",), country="ARM"), Ent(("Советот за безбедност",), "ORG", "UNO", "IGO"),
                 Ent(("Азербејџан",), country="AZE")])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [("ARM", None)] and codes(doc, ev.recipient) == [("AZE", None)]
    # an appeal against a ruling is no such complaint
    doc = coded("Одбраната поднесе жалба до Апелациониот суд против пресудата.", [])
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_members_consenting_to_a_sanctions_package_sanction_the_target():
    doc = coded("Министрите на ЕУ се согласија за нов пакет санкции против Белорусија.",
                [Ent(("ЕУ",), "ORG", "EUR", "IGO"), Ent(("Белорусија",), country="BLR")])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.recipient) == [("BLR", None)]
    assert not [e for e in doc.events if e.type == "AGREE"]


def test_an_offer_to_buy_more_of_a_states_goods_is_an_agreement():
    doc = coded("Индија понуди да го зголеми увозот на американска нафта.",
                [Ent(("Индија",), country="IND"), Ent(("американска",), country="USA", kind="demonym")])
    ev = only(doc, "AGREE")
    assert codes(doc, ev.actor) == [("IND", None)]


def test_calling_a_decision_blackmail_beside_another_statement_is_criticism():
    doc = coded("Премиерот ја нарече одлуката „уцена“ и изјави дека Канада нема да попушти.",
                [Ent(("Премиерот",), "PER", "CAN", "GOV"), Ent(("Канада",), country="CAN")])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "disapprove" and codes(doc, ev.actor) == [("CAN", "GOV")]
