"""War and security reports of 2025–2026 agency copy: executions, reinforcements, threats to strike
deliveries, an army's report of its own strike, condemnations after air defence told its part.
Sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import RUSSIA, Ent, codes, coded, only

UKRAINE = Ent(("Украина",), country="UKR")
IRAN = Ent(("Техеран",), country="IRN")


def test_an_execution_is_a_targeted_assault_by_the_state():
    doc = coded("Техеран во саботата погуби двајца мажи обвинети за соработка со странски служби.", [IRAN])
    ev = only(doc, "ASSAULT")
    assert ev.mode == "targeted" and codes(doc, ev.actor) == [("IRN", None)]


def test_reinforcements_sent_to_a_front_town_are_a_deployment_not_aid():
    army = Ent(("Малиската армија",), "ORG", "MLI", "MIL")
    doc = coded("Малиската армија испрати засилувања и оклопни возила кон градот Кидал.", [army])
    assert [(e.type, e.mode) for e in doc.events] == [("MOBILIZE", "troops")]


def test_deliveries_called_a_legitimate_target_are_a_threat():
    spokesman = Ent(("Сергеј Рјабков",), "PER", "RUS", "GOV")
    doc = coded("Сергеј Рјабков изјави дека секој конвој со оружје ќе биде легитимна цел за руските сили.", [spokesman])
    ev = only(doc, "THREATEN")
    assert ev.mode == "violence" and codes(doc, ev.actor) == [("RUS", "GOV")] and ev.recipient == []


def test_a_territory_not_to_be_given_up_is_refused():
    doc = coded("Премиерката рече дека Украина нема да се откаже од својата територија.", [UKRAINE])
    assert codes(doc, only(doc, "REJECT").actor) == [("UKR", None)]


def test_a_response_to_sanctions_announced_is_a_threat():
    doc = coded("Портпаролот рече дека Техеран ќе одговори на новите санкции.", [IRAN])
    assert codes(doc, only(doc, "THREATEN").actor) == [("IRN", None)]


def test_a_condemned_attack_is_not_the_condemners_own_air_defence():
    air = Ent(("Украинските воздушни сили",), "ORG", "UKR", "MIL")
    russia = Ent(("Русија",), country="RUS")
    leader = Ent(("Свириденко",), "PER", "UKR", "GOV")
    doc = coded("Русија ноќеска го нападна Харков со дронови. Украинските воздушни сили соборија 50 дронови. "
                "Свириденко го осуди нападот.", [russia, air, leader, Ent(("Харков",), country="UKR")])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("RUS", None)]


def test_an_army_reporting_its_own_strike_blames_no_one():
    army = Ent(("Израелската армија",), "ORG", "ISR", "MIL")
    group = Ent(("Хезболах",), "ORG", "LBN", "REB")
    doc = coded("Израелската армија соопшти дека убила командант на Хезболах одговорен за ракетните напади.",
                [army, group], quotes=True)
    assert [e.type for e in doc.events] == ["ASSAULT"]


def test_a_charge_with_only_a_clitic_is_of_those_arrested_just_before():
    police = Ent(("Полицијата",), "ORG", "EST", "COP")
    prosecutor = Ent(("Обвинителството",), "ORG", "EST", "JUD")
    suspects = Ent(("тројца државјани",), "ORG", "EST", "CVL")
    doc = coded("Полицијата уапси тројца државјани осомничени за шпионажа. Тие собирале податоци за пристаништето. "
                "Обвинителството ги обвини за велепредавство.", [police, suspects, prosecutor])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("EST", "CVL")]


def test_speakers_named_together_act_together_in_their_statement():
    doc = coded("Шведска и Финска во петокот соопштија дека ќе испратат муниција на Украина.",
                [Ent(("Шведска",), country="SWE"), Ent(("Финска",), country="FIN"), UKRAINE], quotes=True)
    assert codes(doc, only(doc, "AGREE").actor) == [("SWE", None), ("FIN", None)]


def test_the_demonym_of_a_thing_paid_for_is_its_origin_not_the_recipient():
    doc = coded("Канада ќе финансира купување германско оружје за Украина.",
                [Ent(("Канада",), country="CAN"), Ent(("германско",), country="DEU", kind="demonym"), UKRAINE])
    assert codes(doc, only(doc, "AGREE").recipient) == [("UKR", None)]


def test_a_refusal_in_a_relative_clause_answers_the_demand_before_it():
    envoy = Ent(("Келог",), "PER", "USA", "GOV")
    doc = coded("Келог рече дека разговорите напредуваат. Русија побара повлекување на трупите од Херсон, што Украина го одбива.",
                [envoy, RUSSIA, UKRAINE, Ent(("Херсон",), country="UKR")])
    assert codes(doc, only(doc, "REJECT").recipient) == [("RUS", None)]


def test_an_attack_called_unbearable_is_criticism_of_the_attacker():
    who = Ent(("Тедрос",), "PER", "UNO", "IGO")
    doc = coded("Русија го гранатираше Херсон. Тедрос го нарече нападот „неподнослив“.",
                [RUSSIA, Ent(("Херсон",), country="UKR"), who])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("RUS", None)]


def test_other_states_as_the_object_are_not_the_actors_own():
    kremlin = Ent(("Кремљ",), "ORG", "RUS", "GOV")
    doc = coded("Кремљ ги обвини западните земји дека ја продолжуваат војната.", [kremlin])
    assert [c for c, _ in codes(doc, only(doc, "ACCUSE").recipient)] == [None]


def test_a_participle_with_its_reason_after_another_verbs_object_describes_it():
    doc = coded("Саудиска Арабија погуби маж осуден за шверц на дрога.", [Ent(("Саудиска Арабија",), country="SAU")])
    assert [e.type for e in doc.events] == ["ASSAULT"]


def test_a_ceasefire_an_agreement_is_about_is_no_ceasefire_told():
    doc = coded("Отворањето на преминот е дел од договорот за прекин на огнот со посредство на Катар.",
                [Ent(("Катар",), country="QAT")])
    assert doc.events == []


def test_a_crossing_opened_in_a_war_is_access_allowed():
    doc = coded("Израел го отвори преминот Керем Шалом за хуманитарна помош.", [Ent(("Израел",), country="ISR")])
    ev = only(doc, "RETREAT")
    assert ev.mode == "access" and codes(doc, ev.actor) == [("ISR", None)]


def test_a_threat_said_after_a_condemnation_is_not_its_content_and_aims_at_the_condemned():
    usa = Ent(("Вашингтон",), country="USA")
    doc = coded("Вашингтон воведе санкции против Техеран. Техеран ги осуди санкциите и рече дека ќе одговори на санкциите.",
                [usa, IRAN])
    assert codes(doc, only(doc, "THREATEN").recipient) == [("USA", None)]


def test_what_is_said_after_a_condemnation_is_not_the_condemnations_content():
    doc = coded("Иранската влада ги осуди санкциите и рече дека Техеран ќе одговори.",
                [Ent(("Иранската влада",), "ORG", "IRN", "GOV"), IRAN])
    assert sorted(e.type for e in doc.events) == ["ACCUSE", "THREATEN"]


def test_a_hybrid_war_laid_on_a_state_is_an_accusation_told_by_the_verb_that_opens_it():
    premier = Ent(("Кристен Михал",), "PER", "EST", "GOV")
    doc = coded("Кристен Михал изјави дека Русија води хибридна војна против Естонија и најави нови мерки.",
                [premier, RUSSIA, Ent(("Естонија",), country="EST")], quotes=True)
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.recipient) == [("RUS", None)] and ev.trigger.text == "изјави"


def test_hybrid_cars_blame_no_one():
    doc = coded("Министерот изјави дека хибридните возила се поевтини за одржување.", [], quotes=True)
    assert doc.events == []


def test_bodies_handed_back_are_a_release():
    doc = coded("Израел ги ослободи телата на 30 Палестинци.", [Ent(("Израел",), country="ISR")])
    assert only(doc, "RETREAT").mode == "release"


def test_a_statement_is_told_by_the_verb_whose_complementiser_opens_it():
    speaker = Ent(("Сибиха",), "PER", "UKR", "GOV")
    doc = coded("Сибиха изјави дека Москва е виновна за ескалацијата и најави нови разговори со партнерите.",
                [speaker, Ent(("Москва",), country="RUS")], quotes=True)
    assert only(doc, "ACCUSE").trigger.text == "изјави"


def test_an_attack_judged_after_an_accusation_is_the_attackers_deed():
    kallas = Ent(("Калас",), "PER", "EUR", "IGO")
    zelensky = Ent(("Зеленски",), "PER", "UKR", "GOV")
    air = Ent(("Украинските воздушни сили",), "ORG", "UKR", "MIL")
    doc = coded("Русија ноќеска изврши напад врз Лавов. Украинските воздушни сили соборија 20 ракети. "
                "Зеленски ја обвини Русија за воени злосторства. Калас го нарече нападот „варварски“.",
                [RUSSIA, Ent(("Лавов",), country="UKR"), air, zelensky, kallas])
    ev = next(e for e in doc.events if e.type == "ACCUSE" and e.actor == ["E5"])
    assert codes(doc, ev.recipient) == [("RUS", None)]


def test_settlers_with_their_demonym_are_that_states_civilians():
    doc = coded("Израелски доселеници ноќеска го нападнаа Наблус.",
                [Ent(("Израелски",), country="ISR", kind="demonym"), Ent(("Наблус",), country="PSE")])
    assert codes(doc, only(doc, "ASSAULT").actor) == [("ISR", "CVL")]


def test_allies_called_on_after_an_accusation_are_asked():
    doc = coded("Премиерот ја обвини Москва дека ги напаѓа пристаништата и побара од сојузниците да испорачаат ракети.",
                [Ent(("Премиерот",), "PER", "UKR", "GOV"), Ent(("Москва",), country="RUS")])
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.recipient) == [(None, "GOV")]


def test_strikes_claimed_on_military_targets_rebut_the_accuser():
    minister = Ent(("Сибиха",), "PER", "UKR", "GOV")
    doc = coded("Русија го нападна Дњепар. Сибиха ја обвини Москва за напади врз болници. "
                "Кремљ тврди дека ударите биле насочени кон воени објекти.",
                [RUSSIA, Ent(("Дњепар",), country="UKR"), minister, Ent(("Москва",), country="RUS"),
                 Ent(("Кремљ",), "ORG", "RUS", "GOV")])
    assert codes(doc, only(doc, "REJECT").recipient) == [("UKR", "GOV")]


def test_claims_about_military_goals_without_strikes_rebut_no_one():
    doc = coded("Експертите тврдат дека воените цели на Русија не се постигнати.", [RUSSIA])
    assert doc.events == []


def test_a_name_in_the_denied_claim_is_not_the_accuser():
    sudan = Ent(("Судан",), country="SDN")
    uae = Ent(("Емиратите",), country="ARE")
    chad = Ent(("Чад",), country="TCD")
    doc = coded("Судан ги обвини Емиратите за поддршка на бунтовниците. "
                "Емиратите ги отфрлија обвинувањата дека го вооружуваат Чад.", [sudan, uae, chad])
    assert codes(doc, only(doc, "REJECT").recipient) == [("SDN", None)]


def test_a_military_operation_against_someone_is_an_attack_but_not_a_relief_operation_or_a_topic():
    turkey = Ent(("Турција",), country="TUR")
    kurds = Ent(("курдските бунтовници",), "ORG", "SYR", "REB")
    doc = coded("Турција започна воена операција против курдските бунтовници.", [turkey, kurds])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [("TUR", None)] and codes(doc, ev.recipient) == [("SYR", "REB")]
    assert not coded("Турција започна хуманитарна воена операција за евакуација на цивилите.", [turkey]).events
    assert not coded("Министерот зборуваше за воените операции на Турција.", [turkey]).events
