"""Economy and society copy: regulators, strikes, funds and courts (invented sentences in the
style of 2025–2026 portals)."""
from tests.events.helpers import Ent, codes, coded, only

MINISTER = Ent(("Илир Бериша",), "PER", "MKD", "GOV")
CHAMBER = Ent(("Фармацевтската комора",), "ORG", "MKD", "MED")
UNION = Ent(("Синдикатот на аптекарите",), "ORG", "MKD", "LAB")
OFFICE = Ent(("Управата за јавни приходи",), "ORG", "MKD", "GOV")
FIRMS = Ent(("три српски фирми",), "ORG", "SRB", "BUS")
STRIKERS = Ent(("штрајкувачите",), "ORG", "MKD", "LAB")


def test_a_warning_that_strike_days_will_not_be_paid_them_is_a_threat():
    doc = coded("Илир Бериша ги повика штрајкувачите да се вратат на работа и предупреди дека деновите на штрајк "
                "нема да им бидат платени.", [MINISTER, STRIKERS], quotes=True)
    ev = only(doc, "THREATEN")
    assert codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("MKD", "LAB")]


def test_taking_someones_side_is_support():
    doc = coded("Фармацевтската комора застана на страната на Синдикатот на аптекарите.", [CHAMBER, UNION])
    ev = only(doc, "SUPPORT")
    assert codes(doc, ev.actor) == [("MKD", "MED")] and codes(doc, ev.recipient) == [("MKD", "LAB")]


def test_blocked_bank_accounts_are_seized_not_refused():
    doc = coded("Управата за јавни приходи ги блокираше сметките на три српски фирми.", [OFFICE, FIRMS])
    ev = only(doc, "COERCE")
    assert ev.mode == "seize" and codes(doc, ev.actor) == [("MKD", "GOV")]
    assert not [e for e in doc.events if e.type == "REJECT"]


def test_a_chamber_named_by_its_head_noun_asks_as_a_business_body():
    government = Ent(("Владата",), "ORG", "MKD", "GOV")
    doc = coded("Занаетчиската комора ја критикуваше уредбата.Комората побара од Владата мерката да ја прошири и на "
                "занаетчиите.", [government])
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.actor) == [("MKD", "BUS")] and codes(doc, ev.recipient) == [("MKD", "GOV")]


def test_a_payment_postponed_to_a_state_is_aid_stopped_not_aid():
    commission = Ent(("Европската комисија",), "ORG", "EUR", "IGO")
    doc = coded("Европската комисија ја одложи исплатата на средствата од Планот за раст за Црна Гора.",
                [commission, Ent(("Црна Гора",), country="MNE")])
    ev = only(doc, "SANCTION")
    assert ev.mode == "discontinue" and codes(doc, ev.recipient) == [("MNE", None)]
    assert not [e for e in doc.events if e.type == "AID"]


def test_inspectors_checking_a_firm_investigate_it():
    inspectors = Ent(("Пазарните инспектори",), "ORG", "MKD", "GOV")
    doc = coded("Пазарните инспектори утре ќе ја проверат пекарницата „Клас“ во Кавадарци.",
                [inspectors, Ent(("Клас",), "ORG", "MKD", "BUS")])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "investigate" and ev.status == "future" and codes(doc, ev.recipient) == [("MKD", "BUS")]
    # a check of facts by no inspector is no inquiry into anyone
    assert not coded("Новинарите проверија дали цените се истакнати.", []).events


def test_a_date_inside_quoted_words_does_not_date_the_speakers_act_after_them():
    leader = Ent(("Марко Илиевски",), "PER", "MKD", "LAB")
    government = Ent(("Владата",), "ORG", "MKD", "GOV")
    doc = coded("„Министерот ни вети покачување уште пред две години“, изјави претседателот на синдикатот Марко "
                "Илиевски, кој ја обвини Владата дека ги одолговлекува преговорите.", [leader, government], quotes=True)
    ev = next(e for e in doc.events if e.type == "ACCUSE" and e.trigger.text.startswith("обвини"))
    assert ev.date == "2024-05-10"


def test_firms_that_offer_wages_in_a_relative_clause_make_no_offer():
    assert not [e for e in coded("Банките кои нудат кредити со ниска камата бележат раст на профитот.", []).events
                if e.type == "AGREE"]
    # an offer made to someone stays one
    doc = coded("Илир Бериша им понуди на штрајкувачите покачување на платите.", [MINISTER, STRIKERS])
    assert only(doc, "AGREE")


def test_a_measure_called_a_preelection_ploy_blames_its_author():
    party = Ent(("Левица",), "ORG", "MKD", "PTY")
    government = Ent(("Владата",), "ORG", "MKD", "GOV")
    doc = coded("Левица оцени дека субвенциите за горивата се предизборен трик на Владата.", [party, government],
                quotes=True)
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [("MKD", "PTY")] and codes(doc, ev.recipient) == [("MKD", "GOV")]
