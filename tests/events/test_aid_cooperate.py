"""Aid given, received and decided, and cooperation carried out (joint efforts, border crossings,
purchases and sales between named parties), on sentences written for these tests."""
from __future__ import annotations

from vesnik.events import EventStep
from tests.events.helpers import GREECE, MACEDONIA, SERBIA, Ent, coded, codes, document, only


def test_a_contribution_of_money_approved_is_economic_aid():
    doc = coded("Извршниот одбор на ММФ го одобри придонесот од 1,2 милијарди долари за Аргентина.",
                [Ent(("Извршниот одбор на ММФ",), "ORG", "IGO", "IGO"), Ent(("Аргентина",), country="ARG")])
    ev = only(doc, "AID")
    assert ev.mode == "economic" and ev.trigger.text == "одобри придонесот"
    assert codes(doc, ev.actor) == [("IGO", "IGO")] and codes(doc, ev.recipient) == [("ARG", None)]
    assert not coded("Македонија даде голем придонес за мирот во регионот.", [MACEDONIA]).events
    share = coded("Лидерите на еврозоната го одобрија делот од 80 милијарди евра за Грција.",
                  [Ent(("еврозоната",), "ORG", "EUR", "IGO"), GREECE])
    ev = only(share, "AID")
    assert ev.trigger.text == "одобрија делот" and codes(share, ev.recipient) == [("GRC", None)]


def test_aid_received_names_its_giver_by_a_demonym():
    doc = coded("Србија доби американска помош од 20 милиони долари за енергетската транзиција.",
                [SERBIA, Ent(("американска",), country="USA", kind="demonym")])
    ev = only(doc, "AID")
    assert codes(doc, ev.actor) == [("USA", None)] and codes(doc, ev.recipient) == [("SRB", None)]
    assert "actor:demonym" in ev.rule


def test_future_aid_under_an_agreement_signed_is_aid_a_promise_stays_agree():
    decided = coded("Според договорот потпишан во март, Јапонија ќе донира три милиони евра за Албанија.",
                    [Ent(("Јапонија",), country="JPN"), Ent(("Албанија",), country="ALB")])
    ev = only(decided, "AID")  # guidelines: approved earlier, paid later
    assert ev.status == "future" and codes(decided, ev.recipient) == [("ALB", None)]
    tranche = coded("Светска банка ќе исплати втора транша од 40 милиони евра на Македонија.",
                    [Ent(("Светска банка",), "ORG", "IGO", "IGO"), MACEDONIA])
    assert only(tranche, "AID").status == "future"
    promise = coded("ЕУ ќе обезбеди помош од 100 милиони евра за Молдавија.",
                    [Ent(("ЕУ",), "ORG", "EUR", "IGO"), Ent(("Молдавија",), country="MDA")])
    assert [e.type for e in promise.events] == ["AGREE"]


def test_relief_delivered_or_brought_is_aid():
    delivered = coded("Грција доставила 20 тони храна и лекови за Сирија.", [GREECE, Ent(("Сирија",), country="SYR")])
    ev = only(delivered, "AID")
    assert codes(delivered, ev.actor) == [("GRC", None)] and codes(delivered, ev.recipient) == [("SYR", None)]
    brought = coded("Германија донесе лекови и храна во Либан со воени авиони.",
                    [Ent(("Германија",), country="DEU"), Ent(("Либан",), country="LBN")])
    ev = only(brought, "AID")
    assert ev.trigger.text == "донесе лекови" and codes(brought, ev.recipient) == [("LBN", None)]
    assert not coded("Владата донесе одлука за нови даноци.", [MACEDONIA]).events


def test_joint_efforts_and_projects_are_cooperation_of_both_sides():
    doc = coded("Средбата беше резултат на заедничките напори на Македонија и Грција.", [MACEDONIA, GREECE])
    ev = only(doc, "COOPERATE")
    assert sorted(codes(doc, ev.actor)) == [("GRC", None), ("MKD", None)] and ev.recipient == []
    begun = coded("Македонија и Србија започнаа заеднички проект за изградба на железницата.", [MACEDONIA, SERBIA])
    assert sorted(codes(begun, only(begun, "COOPERATE").actor)) == [("MKD", None), ("SRB", None)]
    joined = coded("Бугарија и Романија ги обединија напорите за изградба на нов мост.",
                   [Ent(("Бугарија",), country="BGR"), Ent(("Романија",), country="ROU")])
    assert only(joined, "COOPERATE").trigger.text == "обединија напорите"
    announced = coded("Македонија и Косово ќе работат на заеднички проекти во енергетиката.", [MACEDONIA, Ent(("Косово",), country="KOS")])
    assert [e.type for e in announced.events] == ["AGREE"]  # future cooperation (PLOVER)


def test_a_border_crossing_opened_by_two_leaders_is_cooperation():
    doc = coded("Христијан Мицкоски и Еди Рама отворија нов граничен премин меѓу двете земји.",
                [Ent(("Христијан Мицкоски",), "PER", "MKD", "GOV"), Ent(("Еди Рама",), "PER", "ALB", "GOV")])
    ev = only(doc, "COOPERATE")
    assert sorted(codes(doc, ev.actor)) == [("ALB", "GOV"), ("MKD", "GOV")] and ev.recipient == []


def test_purchases_and_sales_between_named_parties_are_cooperation():
    bought = coded("Србија купи шест авиони „Рафал“ од Франција.", [SERBIA, Ent(("Франција",), country="FRA")])
    ev = only(bought, "COOPERATE")
    assert codes(bought, ev.actor) == [("SRB", None)] and codes(bought, ev.recipient) == [("FRA", None)]
    sold = coded("Азербејџан продаде гас на Бугарија по пониска цена.",
                 [Ent(("Азербејџан",), country="AZE"), Ent(("Бугарија",), country="BGR")])
    ev = only(sold, "COOPERATE")
    assert codes(sold, ev.actor) == [("AZE", None)] and codes(sold, ev.recipient) == [("BGR", None)]
    assert not coded("Државата ги продаде своите акции во банката.", []).events  # sold to no one named


def test_interest_in_investing_is_no_investment():
    assert not coded("Србија е заинтересирана за инвестирање во Црна Гора.",
                     [SERBIA, Ent(("Црна Гора",), country="MNE")]).events


def test_relief_to_survivors_a_gift_of_vehicles_and_a_donation_received_are_aid():
    helped = coded("Владата на Грција им помогна на преживеаните од поплавите.", [Ent(("Владата на Грција",), "ORG", "GRC", "GOV")])
    ev = only(helped, "AID")
    assert codes(helped, ev.actor) == [("GRC", "GOV")] and codes(helped, ev.recipient) == [("GRC", "CVL")]
    gift = coded("Јапонија подари 30 возила на Македонија.", [Ent(("Јапонија",), country="JPN"), MACEDONIA])
    assert codes(gift, only(gift, "AID").recipient) == [("MKD", None)]
    assert not coded("Претседателот му подари икона на патријархот.", []).events  # a present, no aid
    received = coded("Македонија прими 100.000 вакцини од Турција како донација.", [MACEDONIA, Ent(("Турција",), country="TUR")])
    ev = only(received, "AID")
    assert codes(received, ev.actor) == [("TUR", None)] and codes(received, ev.recipient) == [("MKD", None)]
    jets = coded("Украина доби 40 ловци Ф-16 од Холандија.", [Ent(("Украина",), country="UKR"), Ent(("Холандија",), country="NLD")])
    assert codes(jets, only(jets, "AID").actor) == [("NLD", None)]


def test_a_coast_guard_rescues_and_joint_police_operations_cooperate():
    rescue = coded("Италијанската крајбрежна стража спаси 40 мигранти.", [Ent(("Италијанската",), country="ITA", kind="demonym")])
    assert codes(rescue, only(rescue, "AID").actor) == [("ITA", "COP")]
    joint = coded("Полициите на Македонија и Србија спроведоа заедничка акција против шверцерите.", [MACEDONIA, SERBIA])
    ev = only(joint, "COOPERATE")
    assert sorted(codes(joint, ev.actor)) == [("MKD", None), ("SRB", None)] and ev.recipient == []  # the states, by their `на`


def test_money_paid_or_lent_debt_written_off_and_jets_handed_over_are_aid():
    ukraine = Ent(("Украина",), country="UKR")
    paid = coded("ЕУ ѝ исплати на Украина 4,2 милијарди евра од Инструментот за Украина.", [Ent(("ЕУ",), "ORG", "EUR", "IGO"), ukraine])
    ev = only(paid, "AID")
    assert ev.mode == "economic" and codes(paid, ev.recipient) == [("UKR", None)]
    lent = coded("Светска банка ќе ѝ позајми на Македонија 100 милиони долари.", [Ent(("Светска банка",), "ORG", "IGO", "IGO"), MACEDONIA])
    assert [e.type for e in lent.events] == ["AGREE"]  # a loan announced is a promise
    relief = coded("Кина ѝ отпиша на Етиопија долг од 500 милиони долари.", [Ent(("Кина",), country="CHN"), Ent(("Етиопија",), country="ETH")])
    assert codes(relief, only(relief, "AID").recipient) == [("ETH", None)]
    jets = coded("Холандија ѝ ги предаде на Украина првите ловци Ф-16.", [Ent(("Холандија",), country="NLD"), ukraine])
    ev = only(jets, "AID")
    assert ev.mode == "military" and codes(jets, ev.recipient) == [("UKR", None)]
    assert not coded("Владата исплати 10 милиони евра субвенции на земјоделците.", []).events  # at home, no aid


def test_energy_delivered_to_a_named_party_is_trade_and_relief_delivered_stays_aid():
    bulgaria = Ent(("Бугарија",), country="BGR")
    gas = coded("Азербејџан ѝ испорача на Бугарија една милијарда кубни метри гас.", [Ent(("Азербејџан",), country="AZE"), bulgaria])
    ev = only(gas, "COOPERATE")
    assert codes(gas, ev.actor) == [("AZE", None)] and codes(gas, ev.recipient) == [("BGR", None)]
    supply = coded("Норвешка почна да ја снабдува Полска со гас.", [Ent(("Норвешка",), country="NOR"), Ent(("Полска",), country="POL")])
    ev = only(supply, "COOPERATE")
    assert codes(supply, ev.actor) == [("NOR", None)] and codes(supply, ev.recipient) == [("POL", None)]
    relief = coded("Германија ѝ испорача на Украина гас и генератори како помош.", [Ent(("Германија",), country="DEU"), Ent(("Украина",), country="UKR")])
    assert [e.type for e in relief.events] == ["AID"]


def test_a_loan_with_no_recipient_goes_to_the_state_the_sentence_before_is_about():
    text = "Молдавија ја реформира енергетиката. Светската банка одобри заем од 60 милиони долари за новата мрежа."
    doc = document(text, [Ent(("Молдавија",), country="MDA"), Ent(("Светската банка",), "ORG", "IGO", "IGO")])
    doc.entities[0].kb_id = "gpe:MDA"  # a state of the knowledge base
    doc = EventStep("mk")(doc)
    ev = only(doc, "AID")
    assert ev.recipient == ["E1.GOV"] and "recipient:story_state" in ev.rule
    city = document("Битола ја реформира енергетиката. Светската банка одобри заем од 60 милиони долари за мрежата.",
                    [Ent(("Битола",), country="MKD"), Ent(("Светската банка",), "ORG", "IGO", "IGO")])
    assert not [e for e in EventStep("mk")(city).events if e.type == "AID"]


def test_trucks_of_food_arriving_are_relief_not_a_visit():
    doc = coded("Во Харкив пристигнаа камиони со храна од Полска.", [Ent(("Харкив",), country="UKR"), Ent(("Полска",), country="POL")])
    assert [(e.type, e.mode) for e in doc.events] == [("AID", "humanitarian")]
    doc = coded("Вчера во Кордофан пристигнаа првите камиони со храна.", [Ent(("Кордофан",), country="SDN")])
    assert not [e for e in doc.events if e.type == "CONSULT"]


def test_a_case_solved_with_a_foreign_police_is_joint_police_action():
    # `расветли` is the police's word for solving a case: the action the coordination is about
    doc = coded("Министерството за внатрешни работи во соработка со албанската полиција вчера расветли група "
                "што шверцувала цигари преку Ќафасан.",
                [Ent(("Министерството за внатрешни работи",), "ORG", "MKD", "COP"),
                 Ent(("албанската полиција",), "ORG", "ALB", "COP")], published="2026-04-15")
    ev = only(doc, "COOPERATE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]
