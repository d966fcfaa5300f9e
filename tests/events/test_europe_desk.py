"""Europe desk copy (EU summits, NATO's eastern flank, Aegean disputes): sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only

MADRID = Ent(("Мадрид",), country="ESP")
WARSAW = Ent(("Варшава",), country="POL")


def test_refusing_a_spending_target_or_a_quota_is_a_refusal():
    doc = coded("Мадрид повтори дека нема да ја прифати целта од пет отсто за одбрана.", [MADRID])
    assert only(doc, "REJECT").actor == ["E1"]
    doc = coded("Варшава не прифаќа мигрантски квоти од Брисел.", [WARSAW])
    assert only(doc, "REJECT").actor == ["E1"]


def test_an_act_called_hostile_is_criticism():
    kremlin = Ent(("Песков",), "PER", "RUS", "GOV")
    doc = coded("Песков ја нарече одлуката „непријателски чекор“.", [kremlin])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "disapprove" and ev.actor == ["E1"]


def test_a_navy_sending_frigates_mobilises():
    navy = Ent(("Италијанската морнарица",), "ORG", "ITA", "MIL")
    doc = coded("Италијанската морнарица испрати две фрегати во Јонското Море.", [navy])
    ev = only(doc, "MOBILIZE")
    assert ev.mode == "troops" and ev.actor == ["E1"]


def test_leaders_told_with_their_union_before_stay_its_members_when_thanked():
    # the clitic's plural collective takes the body it was told with, not the speaker's country
    eu = Ent(("Европската унија",), "ORG", "EUR", "IGO")
    sandu = Ent(("Маја Санду",), "PER", "MDA", "GOV")
    doc = coded("Лидерите на Европската унија синоќа одобрија заем за Молдавија. Санду рече дека е среќна. "
                "Молдавската претседателка Маја Санду, која се обрати до лидерите преку видеоврска, им се заблагодари "
                "за поддршката.", [eu, sandu])
    assert [c for c, _ in codes(doc, only(doc, "SUPPORT").recipient)] == ["EUR"]


def test_a_name_right_after_a_gathering_opens_its_own_phrase():
    # `На церемонијата Х …`: the ceremony is no one's, its named speaker is the subject
    minister = Ent(("Кајса Оломонс",), "PER", "SWE", "GOV")
    doc = coded("На конференцијата Кајса Оломонс ја повика Унгарија да го крене ветото.",
                [minister, Ent(("Унгарија",), country="HUN")])
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_a_role_and_name_after_a_relative_clause_open_the_main_clause():
    # `…, на која присуствуваше X, германскиот министер Y ја повика …`: Y, not the guest of the relative clause
    guest = Ent(("Гитанас Науседа",), "PER", "LTU", "GOV")
    host = Ent(("Борис Писториус",), "PER", "DEU", "GOV")
    doc = coded("На церемонијата, на која присуствуваше и Гитанас Науседа, германскиот министер Борис Писториус "
                "ја повика Русија да ги прекине провокациите.", [guest, host, Ent(("Русија",), country="RUS")])
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E2"] and ev.recipient == ["E3"]


def test_an_envoy_summoned_stays_a_protest_with_a_reflexive_possessive_elsewhere():
    # `својот` far from the verb is no envoy of one's own (`… за дел од својот гребен`)
    ministry = Ent(("Министерството за надворешни работи",), "ORG", "GRC", "GOV")
    envoy = Ent(("турскиот амбасадор",), "PER", "TUR", "GOV")
    doc = coded("Министерството за надворешни работи го повика турскиот амбасадор и му врачи демарш, откако бродот "
                "влезе во водите кои Грција ги смета за дел од својот гребен.", [ministry, envoy])
    assert only(doc, "ACCUSE").mode == "disapprove"
    assert not [e for e in doc.events if e.type == "REQUEST"]


def test_funds_withheld_from_a_member_state_are_a_sanction():
    commission = Ent(("Европската комисија",), "ORG", "EUR", "IGO")
    doc = coded("Европската комисија ќе ѝ одземе на Словачка 80 милиони евра од кохезионите фондови.",
                [commission, Ent(("Словачка",), country="SVK")])
    ev = only(doc, "SANCTION")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.status == "future"
    assert not [e for e in doc.events if e.type == "COERCE"]


def test_a_loan_agreed_for_a_state_is_aid():
    eu = Ent(("Министрите на ЕУ",), "ORG", "EUR", "IGO")
    doc = coded("Министрите на ЕУ се договорија за заем од пет милијарди евра за Молдавија.",
                [eu, Ent(("Молдавија",), country="MDA")])
    ev = only(doc, "AID")
    assert ev.mode == "economic" and ev.actor == ["E1"] and ev.recipient == ["E2"]
    assert not [e for e in doc.events if e.type == "AGREE"]
