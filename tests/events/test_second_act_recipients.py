"""One actor, two acts in one sentence: a promise or threat naming no one, told after its actor praised, called on,
met or judged someone, is aimed at that one; not when it is told in a relative clause about a name between, done
together by several, or names another side in its own words."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only

CHANCELLOR = Ent(("Олаф Бергман",), "PER", "DEU", "GOV")
FINLAND = Ent(("Финска",), country="FIN")
ESTONIA, LATVIA = Ent(("Естонија",), country="EST"), Ent(("Летонија",), country="LVA")


def test_a_promise_after_praise_is_made_to_the_one_praised():
    doc = coded("Германскиот канцелар Олаф Бергман ја пофали Финска за реформите и вети дека Берлин ќе продолжи "
                "да ја поддржува нејзината кандидатура.", [CHANCELLOR, FINLAND, Ent(("Берлин",), country="DEU")])
    assert codes(doc, only(doc, "AGREE").recipient) == [("FIN", None)]


def test_a_promise_after_welcoming_a_decision_is_made_to_its_maker_and_one_after_praise_and_a_demand_to_the_one_praised():
    premier = Ent(("Марко Петровски",), "PER", "MKD", "GOV")
    commission = Ent(("Комисијата",), "ORG", "EUR", "IGO")
    doc = coded("Премиерот Марко Петровски ја поздрави одлуката на Комисијата и вети дека Владата ќе ги исполни "
                "сите обврски.", [premier, commission])
    assert codes(doc, only(doc, "AGREE").recipient) == [("EUR", "IGO")]
    minister, hungary = Ent(("Јан Новак",), "PER", "CZE", "GOV"), Ent(("Унгарија",), country="HUN")
    doc = coded("Чешкиот министер Јан Новак ја пофали Унгарија за соработката, но побара побрзи реформи и вети дека "
                "Прага ќе помогне.", [minister, hungary])
    assert codes(doc, only(doc, "AGREE").recipient) == [("HUN", None)]


def test_a_promise_after_a_call_on_two_sides_is_made_to_both():
    envoy = Ent(("Марија Лундквист",), "PER", "SWE", "GOV")
    doc = coded("Шведската министерка Марија Лундквист ги повика Естонија и Летонија да покажат флексибилност и "
                "вети дека Стокхолм ќе продолжи да посредува.", [envoy, ESTONIA, LATVIA, Ent(("Стокхолм",), country="SWE")])
    promise = only(doc, "AGREE")
    assert sorted(c for c, _ in codes(doc, promise.recipient)) == ["EST", "LVA"]


def test_a_threat_after_a_demand_is_aimed_at_the_one_asked():
    ministry = Ent(("Министерството за надворешни работи на Јапонија",), "ORG", "JPN", "GOV")
    korea = Ent(("Јужна Кореја",), country="KOR")
    doc = coded("Министерството за надворешни работи на Јапонија побара од Јужна Кореја итно објаснување и се "
                "закани дека ќе одговори со иста мера.", [ministry, korea])
    assert codes(doc, only(doc, "THREATEN").recipient) == [("KOR", None)]


def test_a_promise_naming_another_side_in_its_own_words_is_not_made_to_the_one_praised():
    union = Ent(("ЕУ",), "ORG", "EUR", "IGO")
    doc = coded("Германскиот канцелар Олаф Бергман ја пофали Финска за реформите и вети дека Берлин ќе продолжи "
                "со преговорите со ЕУ.", [CHANCELLOR, FINLAND, Ent(("Берлин",), country="DEU"), union])
    assert "EUR" not in [c for c, _ in codes(doc, only(doc, "AGREE").recipient)]
    assert "FIN" not in [c for c, _ in codes(doc, only(doc, "AGREE").recipient)]


def test_a_commitment_in_a_relative_clause_about_a_name_between_does_not_go_on_from_the_act_before():
    doc = coded("Предлогот на САД наиде на отпор од Финска, којашто ја потврди својата посветеност на проектот.",
                [FINLAND, Ent(("САД",), country="USA")])
    assert "recipient:act_before" not in only(doc, "AGREE").rule


def test_an_agreement_reached_together_after_congratulations_takes_no_recipient_from_them():
    premier = Ent(("Ана Виртанен",), "PER", "FIN", "GOV")
    estonian = Ent(("Карис",), "PER", "EST", "GOV")
    doc = coded("Финската премиерка Ана Виртанен синоќа телефонски му честиташе на Карис и договорија да се "
                "сретнат до крајот на месецот.", [premier, estonian])
    agreements = [e for e in doc.events if e.type == "AGREE"]
    assert agreements and all("recipient:act_before" not in e.rule for e in agreements)


def test_a_refusal_to_yield_after_a_judgement_is_aimed_at_the_one_judged():
    premier, union = Ent(("Ана Виртанен",), "PER", "FIN", "GOV"), Ent(("синдикатот САК",), "ORG", "FIN", "LAB")
    doc = coded("Финската премиерка Ана Виртанен ги осуди блокадите на синдикатот САК и изјави дека нема да го "
                "повлече законот.", [premier, union])
    assert codes(doc, only(doc, "REJECT").recipient) == [("FIN", "LAB")]
    minister, serbia = Ent(("Јан Новак",), "PER", "CZE", "GOV"), Ent(("Србија", "Белград"), country="SRB")
    doc = coded("Чешкиот министер Јан Новак ја критикуваше Србија и изјави дека нема да го повлече предлогот.",
                [minister, serbia])
    assert codes(doc, only(doc, "REJECT").recipient) == [("SRB", None)]
    # the one judged refusing: its own act, no recipient from the judgement of it
    doc = coded("Чешкиот министер Јан Новак ја критикуваше Србија, а Белград изјави дека нема да го повлече предлогот.",
                [minister, serbia])
    refusal = only(doc, "REJECT")
    assert "recipient:act_before" not in refusal.rule and codes(doc, refusal.recipient) == [("CZE", "GOV")]


def test_a_capture_or_seizure_after_an_attack_hits_the_side_attacked():
    forces, syrian = Ent(("Турските сили",), "ORG", "TUR", "MIL"), Ent(("сириски",), country="SYR", kind="demonym")
    # (the agency the report is credited to, past a comma, is no side of the capture)
    doc = coded("Турските сили вчера соборија сириски воен хеликоптер и заробија еден пилот, јавува Ројтерс.",
                [forces, syrian, Ent(("Ројтерс",), "ORG", "GBR", "JRN")])
    assert codes(doc, only(doc, "COERCE").recipient) == [("SYR", None)]
    guard, turkish = Ent(("Грчката крајбрежна стража",), "ORG", "GRC", "COP"), Ent(("турски",), country="TUR", kind="demonym")
    doc = coded("Грчката крајбрежна стража отвори оган врз два турски рибарски чамци и ги заплени, соопшти министерството.",
                [guard, turkish])
    assert codes(doc, only(doc, "COERCE").recipient) == [("TUR", None)]


def test_a_promise_after_a_refusal_takes_the_recipient_the_refusal_gets_from_the_accusation_told_before():
    states = [Ent(("Ерменија", "Ереван"), country="ARM"), Ent(("Азербејџан", "Баку"), country="AZE")]
    doc = coded("Баку ја обвини Ерменија за прекршување на примирјето. Ереван ги отфрли обвинувањата и вети дека "
                "Ерменија ќе ги почитува договорите.", states)
    assert codes(doc, only(doc, "AGREE").recipient) == [("AZE", None)]
    doc = coded("Баку ја обвини Ерменија за прекршување на примирјето. Ереван ги отфрли обвинувањата и порача дека "
                "Ерменија останува посветена на примирјето.", states)
    assert codes(doc, only(doc, "AGREE").recipient) == [("AZE", None)]
    # a promise naming a third state in its own words is not made to the accuser
    doc = coded("Баку ја обвини Ерменија за прекршување на примирјето. Ереван ги отфрли обвинувањата и вети дека "
                "Ерменија ќе ги почитува договорите со Иран.", states + [Ent(("Иран",), country="IRN")])
    assert "AZE" not in [c for c, _ in codes(doc, only(doc, "AGREE").recipient)]
