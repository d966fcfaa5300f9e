"""Praise, backing received, meetings and help in relief, on sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import MACEDONIA, SERBIA, TRUMP, VUCIC, Ent, coded, codes, only

GERMANY = Ent(("Германија",), country="DEU")
ORBAN = Ent(("Виктор Орбан", "Орбан"), "PER", "HUN", "GOV")


def test_imperfective_praise_needs_an_accusative_clitic():
    doc = coded("Американскиот претседател Доналд Трамп постојано го фалеше Виктор Орбан.", [TRUMP, ORBAN])
    ev = only(doc, "SUPPORT")
    assert ev.trigger.text == "го фалеше"
    assert codes(doc, ev.actor) == [("USA", "GOV")] and codes(doc, ev.recipient) == [("HUN", "GOV")]
    # with a dative clitic `фали` lacks: no praise
    assert not coded("На Владата во Скопје ѝ фалеше храброст за реформите.", [Ent(("Скопје",), country="MKD")]).events


def test_backing_received_is_the_backers_support_money_received_stays_aid():
    doc = coded("Македонија доби поддршка од Германија за продолжување на евроинтеграциите.", [MACEDONIA, GERMANY])
    ev = only(doc, "SUPPORT")
    assert not [e for e in doc.events if e.type == "AID"]
    assert codes(doc, ev.actor) == [("DEU", None)] and codes(doc, ev.recipient) == [("MKD", None)]
    money = coded("Србија доби финансиска поддршка од Германија за реформите во енергетиката.", [SERBIA, GERMANY])
    ev = only(money, "AID")
    assert codes(money, ev.actor) == [("DEU", None)] and codes(money, ev.recipient) == [("SRB", None)]
    poll = coded("Кандидатот на Македонија доби поддршка од 3 отсто од испитаниците во анкетата.", [MACEDONIA])
    assert not poll.events


MICKOSKI = Ent(("Христијан Мицкоски", "Мицкоски"), "PER", "MKD", "GOV")
MERZ = Ent(("Фридрих Мерц", "Мерц"), "PER", "DEU", "GOV")


def test_talks_in_a_phrase_set_off_by_commas_are_the_clause_subjects():
    doc = coded("Премиерот Христијан Мицкоски рече во петокот, по разговорите со канцеларот Фридрих Мерц, "
                "дека ќе продолжи со реформите.", [MICKOSKI, MERZ])
    ev = only(doc, "CONSULT")
    assert ev.trigger.text == "разговорите"
    assert codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("DEU", "GOV")]


def test_a_joint_press_conference_tells_that_the_two_met():
    doc = coded("Мицкоски одржа заедничка прес-конференција со унгарскиот премиер Виктор Орбан во Скопје.",
                [MICKOSKI, ORBAN, Ent(("Скопје",), country="MKD")])
    ev = only(doc, "CONSULT")
    assert ev.trigger.text == "заедничка прес-конференција"
    assert {c for c, _ in codes(doc, ev.actor + ev.recipient)} == {"MKD", "HUN"}


def test_a_photo_caption_in_parentheses_puts_no_distance_between_a_subject_and_its_act():
    doc = coded("Премиерот Мицкоски (лево) зборува на заедничката прес-конференција со Виктор Орбан.", [MICKOSKI, ORBAN])
    ev = only(doc, "CONSULT")
    assert {c for c, _ in codes(doc, ev.actor + ev.recipient)} == {"MKD", "HUN"}


def test_help_putting_out_fires_is_humanitarian_aid():
    doc = coded("Италија ѝ помогна на Македонија во гаснењето на пожарите.", [Ent(("Италија",), country="ITA"), MACEDONIA])
    ev = only(doc, "AID")
    assert ev.mode == "humanitarian"
    assert codes(doc, ev.actor) == [("ITA", None)] and codes(doc, ev.recipient) == [("MKD", None)]


def test_a_sum_approved_for_a_named_party_is_economic_aid():
    doc = coded("ЕУ ѝ одобри на Македонија 100 милиони евра од Планот за раст.",
                [Ent(("ЕУ",), "ORG", "EUR", "IGO"), MACEDONIA])
    ev = only(doc, "AID")
    assert ev.mode == "economic" and not [e for e in doc.events if e.type == "SUPPORT"]
    assert codes(doc, ev.actor) == [("EUR", "IGO")] and codes(doc, ev.recipient) == [("MKD", None)]
    # a sum approved for no one named is domestic spending, no aid
    assert not coded("Владата одобри 10 милиони евра за изградба на патот.", []).events


def test_a_visitor_received_in_the_passive_is_the_actor():
    doc = coded("Премиерот Мицкоски беше примен од францускиот претседател Емануел Макрон во Париз.",
                [MICKOSKI, Ent(("Емануел Макрон",), "PER", "FRA", "GOV"), Ent(("Париз",), country="FRA")])
    ev = only(doc, "CONSULT")
    assert ev.mode == "visit"
    assert codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("FRA", "GOV")]


def test_an_honorary_title_awarded_is_support_a_title_won_is_none():
    doc = coded("Градоначалникот на Скопје му ја додели титулата почесен граѓанин на американскиот амбасадор.",
                [Ent(("Скопје",), country="MKD"), Ent(("американскиот",), country="USA", kind="demonym")])
    ev = only(doc, "SUPPORT")
    assert ev.trigger.text == "додели титулата" and codes(doc, ev.recipient)[0][0] == "USA"
    assert not coded("Ракометарите на Вардар ја освоија титулата шампион.", []).events


ALBANIA = Ent(("Албанија",), country="ALB")
COMMISSION = Ent(("Европската комисија",), "ORG", "EUR", "IGO")


def test_the_green_light_given_or_received_is_support():
    given = coded("Европската комисија даде зелено светло за отворање на преговорите со Албанија.", [COMMISSION, ALBANIA])
    ev = only(given, "SUPPORT")
    assert ev.trigger.text == "даде зелено светло"
    assert codes(given, ev.actor) == [("EUR", "IGO")] and codes(given, ev.recipient) == [("ALB", None)]
    got = coded("Македонија доби зелено светло од Европската комисија за исплата на траншата.", [MACEDONIA, COMMISSION])
    ev = only(got, "SUPPORT")
    assert codes(got, ev.actor) == [("EUR", "IGO")] and codes(got, ev.recipient) == [("MKD", None)]


def test_approving_the_opening_of_talks_endorses_the_state():
    doc = coded("Европскиот совет одобри отворање пристапни преговори со Украина.",
                [Ent(("Европскиот совет",), "ORG", "EUR", "IGO"), Ent(("Украина",), country="UKR")])
    ev = only(doc, "SUPPORT")
    assert ev.trigger.text == "одобри отворање" and codes(doc, ev.recipient) == [("UKR", None)]


def test_ties_strengthened_in_the_aorist():
    doc = coded("Унгарија и Србија ги зајакнаа економските односи.", [Ent(("Унгарија",), country="HUN"), SERBIA])
    ev = only(doc, "SUPPORT")
    assert sorted(c for c, _ in codes(doc, ev.actor)) == ["HUN", "SRB"]


def test_a_video_call_is_a_talk_by_phone():
    doc = coded("Зеленски имаше видеоразговор со Мицкоски.", [Ent(("Зеленски",), "PER", "UKR", "GOV"), MICKOSKI])
    ev = only(doc, "CONSULT")
    assert ev.mode == "phone" and ev.trigger.text == "видеоразговор"


def test_an_official_staying_or_arriving_after_the_verb_is_on_a_visit():
    skopje = Ent(("Скопје",), country="MKD")
    doc = coded("Во Скопје престојува германската министерка Аналена Бербок.",
                [skopje, Ent(("Аналена Бербок",), "PER", "DEU", "GOV")])
    ev = only(doc, "CONSULT")
    assert ev.mode == "visit" and codes(doc, ev.actor) == [("DEU", "GOV")] and codes(doc, ev.recipient) == [("MKD", None)]
    assert not coded("Во кампот кај Гевгелија престојуваат мигранти од Сирија.",
                     [Ent(("Гевгелија",), country="MKD"), Ent(("Сирија",), country="SYR")]).events
    came = coded("Словенечката претседателка Наташа Пирц Мусар допатува во официјална посета на Скопје.",
                 [Ent(("Наташа Пирц Мусар",), "PER", "SVN", "GOV"), skopje])
    ev = only(came, "CONSULT")
    assert codes(came, ev.actor) == [("SVN", "GOV")] and codes(came, ev.recipient) == [("MKD", None)]


def test_a_headline_statement_to_a_state_is_no_telling_of_a_signing_that_state_joins():
    text = ("Мицкоски: Грција е важен партнер\n\nМицкоски и Кирјакос Мицотакис во Атина потпишаа меморандум за "
            "соработка во енергетиката.")
    doc = coded(text, [MICKOSKI, Ent(("Кирјакос Мицотакис",), "PER", "GRC", "GOV"), Ent(("Грција", "Атина"), country="GRC")],
                quotes=True)
    signed = next(e for e in doc.events if e.trigger.text == "потпишаа меморандум")
    assert sorted(c for c, _ in codes(doc, signed.actor)) == ["GRC", "MKD"] and not signed.recipient


def test_an_act_two_named_sides_carry_out_together_is_cooperation():
    doc = coded("Вучиќ и Орбан во петокот заеднички го пуштија во употреба нафтоводот.",
                [Ent(("Вучиќ",), "PER", "SRB", "GOV"), ORBAN])
    ev = only(doc, "COOPERATE")
    assert ev.trigger.text == "заеднички го пуштија" and sorted(c for c, _ in codes(doc, ev.actor)) == ["HUN", "SRB"]
    assert not coded("Граѓаните заеднички организираа чистење на паркот во Скопје.", [Ent(("Скопје",), country="MKD")]).events


def test_a_letter_sent_or_received_is_contact_at_a_distance():
    costa = Ent(("Антонио Кошта",), "PER", "PRT", "IGO")
    doc = coded("Мицкоски испрати писмо до претседателот на Европскиот совет Антонио Кошта.", [MICKOSKI, costa])
    ev = only(doc, "CONSULT")
    assert ev.mode == "phone" and codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("PRT", "IGO")]
    got = coded("Орбан доби писмо од Мицкоски.", [ORBAN, MICKOSKI])
    ev = only(got, "CONSULT")
    assert codes(got, ev.actor) == [("MKD", "GOV")] and codes(got, ev.recipient)[0][0] == "HUN"
    assert not [e for e in coded("Мицкоски испрати протестно писмо до Орбан.", [MICKOSKI, ORBAN]).events
                if e.type == "CONSULT"]


def test_a_signer_whose_role_has_a_scope_after_its_body_signs_with_the_first():
    minister = Ent(("Петар Ристов",), "PER", "MKD", "GOV")
    bank = Ent(("ЕБОР",), "ORG", "IGO", "IGO")
    region = Ent(("Западен Балкан",), "LOC")
    director = Ent(("Ана Павлова",), "PER", "IGO", "IGO")
    doc = coded("Министерот за финансии Петар Ристов и директорката на ЕБОР за Западен Балкан Ана Павлова "
                "го потпишаа договорот за заемот.", [minister, bank, region, director])
    assert sorted(codes(doc, only(doc, "SUPPORT").actor)) == [("IGO", "IGO"), ("MKD", "GOV")]


def test_an_address_announced_before_a_foreign_parliament_is_a_meeting_to_come():
    president = Ent(("Петрова",), "PER", "MKD", "GOV")
    sabor = Ent(("Хрватскиот сабор",), "ORG", "HRV", "LEG")
    doc = coded("Петрова утре ќе се обрати пред пратениците во Хрватскиот сабор.", [president, sabor])
    assert [e.type for e in doc.events] == ["AGREE"]


def test_an_address_to_a_body_by_letter_is_no_meeting():
    mayor = Ent(("Петрова",), "PER", "MKD", "GOV")
    doc = coded("Петрова се обрати до Собранието со барање за помош.", [mayor])
    assert "CONSULT" not in [e.type for e in doc.events]


def test_taking_part_in_a_round_of_a_dialogue_is_a_meeting():
    doc = coded("Вучиќ и Курти учествуваа на новата рунда од дијалогот.", [VUCIC, Ent(("Курти",), "PER", "KOS", "GOV")])
    assert [e.type for e in doc.events] == ["CONSULT"]


def test_a_call_with_two_partners_each_under_its_own_preposition_has_both_as_recipients():
    kyiv = Ent(("Олена Бондар",), "PER", "UKR", "GOV")
    paris = Ent(("Пол Дипон",), "PER", "FRA", "GOV")
    london = Ent(("Џон Смит",), "PER", "GBR", "GOV")
    doc = coded("Олена Бондар телефонски разговараше со Пол Дипон и со Џон Смит.", [kyiv, paris, london])
    assert sorted(only(doc, "CONSULT").recipient) == ["E2", "E3"]


def test_a_demand_made_at_a_meeting_is_made_of_the_one_met():
    minister = Ent(("Петар Ристов",), "PER", "MKD", "GOV")
    envoy = Ent(("американскиот",), country="USA", kind="demonym")
    doc = coded("Петар Ристов се сретна со американскиот амбасадор и побара изземање од царините.", [minister, envoy])
    assert codes(doc, only(doc, "REQUEST").recipient) == [("USA", "GOV")]


def test_an_approved_negotiating_framework_endorses_the_candidate():
    council = Ent(("Советот на ЕУ",), "ORG", "EUR", "IGO")
    doc = coded("Советот на ЕУ ја одобри преговарачката рамка за Молдавија.", [council, Ent(("Молдавија",), country="MDA")])
    assert [(e.type, codes(doc, e.recipient)) for e in doc.events] == [("SUPPORT", [("MDA", None)])]


def test_a_visit_told_as_scheduled_is_one_to_come():
    doc = coded("Посетата на Петрова на Варшава е закажана за март.",
                [Ent(("Петрова",), "PER", "MKD", "GOV"), Ent(("Варшава",), country="POL")])
    assert [e.type for e in doc.events] == ["AGREE"]


def test_a_meeting_told_as_scheduled_before_the_noun_is_one_to_come():
    petrova = Ent(("Петрова",), "PER", "MKD", "GOV")
    for text in ("За четврток е закажана средба меѓу Петрова и Орбан.", "Закажана е средба меѓу Петрова и Орбан."):
        doc = coded(text, [petrova, ORBAN])
        assert [e.type for e in doc.events] == ["AGREE"], text


def test_a_meeting_a_day_ahead_with_треба_да_is_scheduled_but_without_a_date_it_is_an_obligation():
    minister = Ent(("Ана Петрова",), "PER", "MKD", "GOV")
    doc = coded("Ана Петрова утре треба да се сретне со Виктор Орбан.", [minister, ORBAN])
    assert only(doc, "AGREE").date == "2024-05-11"
    doc = coded("Ана Петрова треба да се сретне со Виктор Орбан.", [minister, ORBAN])
    assert not doc.events


def test_support_of_the_speakers_own_capital_is_for_the_state_named_after_it():
    doc = coded("Претседателот Јанез Новак ја изрази поддршката на Љубљана за пристапувањето на Црна Гора во ЕУ.",
                [Ent(("Јанез Новак",), "PER", "SVN", "GOV"), Ent(("Љубљана",), country="SVN"), Ent(("Црна Гора",), country="MNE"),
                 Ent(("ЕУ",), "ORG", "EUR", "IGO")])
    ev = only(doc, "SUPPORT")
    assert codes(doc, ev.actor) == [("SVN", "GOV")] and codes(doc, ev.recipient) == [("MNE", None)]


def test_a_meeting_in_a_third_country_has_the_subject_call_on_its_partner():
    minister = Ent(("Петар Ралев",), "PER", "MKD", "GOV")
    colleague = Ent(("Јан Новак",), "PER", "CZE", "GOV")
    doc = coded("Министерот Петар Ралев вчера во Женева се сретна со чешкиот министер Јан Новак.",
                [minister, colleague, Ent(("Женева",), country="CHE")])
    ev = only(doc, "CONSULT")
    assert codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("CZE", "GOV")]


def test_the_body_whose_summit_hosts_or_that_mediates_a_meeting_is_no_third_participant():
    minister = Ent(("Петар Ралев",), "PER", "MKD", "GOV")
    colleague = Ent(("Јан Новак",), "PER", "CZE", "GOV")
    bodies = [minister, colleague, Ent(("НАТО",), "ORG", "IGO"), Ent(("ЕУ",), "ORG", "EUR"), Ent(("Рим",), country="ITA")]
    for sentence in ("Министерот Петар Ралев се сретна со чешкиот министер Јан Новак на самитот на НАТО во Рим.",
                     "Министерот Петар Ралев се сретна со чешкиот министер Јан Новак во рамките на дијалогот посредуван од ЕУ."):
        doc = coded(sentence, bodies)
        ev = only(doc, "CONSULT")
        assert codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("CZE", "GOV")]
    # a body the meeting is held at or with, not a summit's owner nor a mediator, makes it a gathering: both actors
    for sentence in ("Министерот Петар Ралев се сретна со чешкиот министер Јан Новак во седиштето на НАТО во Рим.",
                     "Министерот Петар Ралев се сретна со чешкиот министер Јан Новак во рамките на дијалогот со ЕУ."):
        doc = coded(sentence, bodies)
        ev = only(doc, "CONSULT")
        assert sorted(codes(doc, ev.actor)) == [("CZE", "GOV"), ("MKD", "GOV")] and ev.recipient == []


def test_a_body_the_next_act_names_is_no_third_participant_of_the_call_before_it():
    sides = [Ent(("Петар Ралев",), "PER", "MKD", "GOV"), Ent(("Јан Новак",), "PER", "CZE", "GOV"),
             Ent(("Марк Руте", "Руте"), "PER", "IGO", "GOV")]
    doc = coded("Министерот Петар Ралев телефонски разговараше со чешкиот министер Јан Новак и го повика Руте на средба.", sides)
    ev = only(doc, "CONSULT")
    assert codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("CZE", "GOV")]
    # named within the call's own words, the body still makes it a gathering
    doc = coded("Министерот Петар Ралев телефонски разговараше со чешкиот министер Јан Новак за писмото на Руте.", sides)
    ev = only(doc, "CONSULT")
    assert sorted(codes(doc, ev.actor)) == [("CZE", "GOV"), ("MKD", "GOV")] and ev.recipient == []


def test_the_pair_that_agreed_after_a_call_are_both_its_actors():
    doc = coded("Министерот Петар Ралев телефонски разговараше со Јан Новак и двајцата се договорија да се сретнат.",
                [Ent(("Петар Ралев",), "PER", "MKD", "GOV"), Ent(("Јан Новак",), "PER", "CZE", "GOV")])
    ev = only(doc, "AGREE")
    assert sorted(codes(doc, ev.actor)) == [("CZE", "GOV"), ("MKD", "GOV")] and ev.recipient == []


def test_a_pair_meeting_a_partner_named_after_the_act_calls_on_that_partner():
    ralev, novak = Ent(("Петар Ралев", "Ралев"), "PER", "MKD", "GOV"), Ent(("Јан Новак", "Новак"), "PER", "CZE", "GOV")
    known = [ralev, novak, Ent(("Ференц Тот",), "PER", "HUN", "GOV"), Ent(("Женева",), country="CHE")]
    opening = "Министерот Петар Ралев и чешкиот министер Јан Новак вчера допатуваа во Женева на конференцијата за енергетика. "
    doc = coded(opening + "Двајцата министри потоа се сретнаа со унгарскиот колега Ференц Тот.", known)
    ev = next(e for e in doc.events if e.trigger.text == "се сретнаа")
    assert sorted(codes(doc, ev.actor)) == [("CZE", "GOV"), ("MKD", "GOV")] and codes(doc, ev.recipient) == [("HUN", "GOV")]
    # a partner the clause names before the act may be of the pair (`двајцата`): all meet as actors
    twin = coded(opening + "Со унгарскиот колега Ференц Тот двајцата министри потоа се сретнаа.", known)
    ev = next(e for e in twin.events if e.trigger.text == "се сретнаа")
    assert sorted(codes(twin, ev.actor)) == [("CZE", "GOV"), ("HUN", "GOV"), ("MKD", "GOV")] and ev.recipient == []


def test_an_investment_or_resignation_welcomed_is_of_whoever_made_or_handed_it_in():
    firm = Ent(("Крка",), "ORG", "SVN", "BUS")
    minister = Ent(("Министерот Горан Петров",), "PER", "MKD", "GOV")
    doc = coded("Словенечката Крка вчера потпиша договор со Владата за нова фабрика за лекови во Штип. "
                "Министерот Горан Петров ја поздрави инвестицијата.", [firm, minister])
    welcome = next(e for e in doc.events if e.trigger.text == "поздрави")
    assert welcome.recipient == ["E1"] and "recipient:judged_act" in welcome.rule
    premier = Ent(("Премиерот Јанез Јанша",), "PER", "SVN", "GOV")
    doc = coded("Премиерот Јанез Јанша утрово поднесе оставка. Опозициската Левица ја поздрави оставката.",
                [premier, Ent(("Левица",), "ORG", "SVN", "PTY")])
    assert only(doc, "SUPPORT").recipient == ["E1"]


def test_a_lawsuit_or_veto_judged_is_of_whoever_filed_or_cast_it():
    minister = Ent(("Министерката Ана Трајкова",), "PER", "MKD", "GOV")
    doc = coded("Министерката Ана Трајкова ја поздрави тужбата на општината против рудникот.", [minister])
    assert codes(doc, only(doc, "SUPPORT").recipient) == [("MKD", "GOV")]
    president = Ent(("Претседателот Зоран Миланов",), "PER", "HRV", "GOV")
    doc = coded("Претседателот Зоран Миланов вчера стави вето на законот за медиуми. "
                "Новинарското здружение го поздрави ветото.", [president, Ent(("Новинарското здружение",), "ORG", "HRV", "MED")])
    assert only(doc, "SUPPORT").recipient == ["E1"]


def test_a_crowd_welcoming_the_freed_is_no_meeting():
    ents = [Ent(("азербејџанската служба за затвори",), "ORG", "AZE", "GOV"),
            Ent(("ерменски затвореници",), "ORG", "ARM", "CRM"), Ent(("Ереван",), country="ARM")]
    doc = coded("Вчера азербејџанската служба за затвори ослободи 12 ерменски затвореници, кои беа пренесени "
                "во Ереван, каде што ги пречекаа илјадници луѓе.", ents, published="2026-03-12")
    assert not [e for e in doc.events if e.type == "CONSULT"]
    assert only(doc, "RETREAT").recipient == ["E2"]


def test_thanks_told_by_a_gerund_with_its_dative_clitic():
    ents = [Ent(("Роберт Голоб",), "PER", "SVN", "GOV"), Ent(("Австрија",), country="AUT"), Ent(("Словенија",), country="SVN")]
    doc = coded("Роберт Голоб го најави отворањето на пругата, благодарејќи ѝ на Австрија за помошта.", ents)
    ev = only(doc, "SUPPORT")
    assert codes(doc, ev.actor) == [("SVN", "GOV")] and codes(doc, ev.recipient) == [("AUT", None)]
    # `благодарејќи на` with no clitic is `thanks to`, no act
    doc = coded("Благодарејќи на помошта од Австрија, Словенија ја обнови пругата.", ents)
    assert "SUPPORT" not in [e.type for e in doc.events]


def test_places_visited_named_by_their_country_s_adjective_make_the_country_the_host():
    council = Ent(("Советот на Европа",), "ORG")
    for sentence, demonym, country in (
            ("Делегацијата на Советот на Европа ги посети српските затвори во март.", "српските", "SRB"),
            ("Инспекторите на Советот на Европа ги посетија грчките бегалски кампови.", "грчките", "GRC")):
        doc = coded(sentence, [council, Ent((demonym,), country=country, kind="demonym")])
        assert codes(doc, only(doc, "CONSULT").recipient) == [(country, None)], sentence
    # (negative twin: places of no named country leave the visit with one participant, no meeting)
    doc = coded("Делегацијата на Советот на Европа ги посети затворите во март.", [council])
    assert not [e for e in doc.events if e.type == "CONSULT"]


def test_an_agreement_the_two_who_met_reached_together_has_both_as_actors():
    croatian = Ent(("Гордан Грлиќ Радман",), "PER", "HRV", "GOV")
    slovenian = Ent(("Тања Фајон",), "PER", "SVN", "GOV")
    met = ("Министерот за надворешни работи Гордан Грлиќ Радман вчера во Љубљана се сретна со словенечката министерка "
           "Тања Фајон, во прва посета по изборите. Според соопштението на МНР, ")
    doc = coded(met + "двајцата министри разговарале за границата и за пругата, и се договориле да формираат заедничка "
                "комисија.", [croatian, slovenian])
    agreed = only(doc, "AGREE")
    assert sorted(codes(doc, agreed.actor)) == [("HRV", "GOV"), ("SVN", "GOV")] and not agreed.recipient
    # one side's own agreement told by a singular verb takes no partner as its actor
    doc = coded(met + "министерот разговарал за границата и за пругата, и се договорил да формира заедничка комисија.",
                [croatian, slovenian])
    assert codes(doc, only(doc, "AGREE").actor) == [("HRV", "GOV")]
    armenian = Ent(("Арарат Мирзојан", "Мирзојан"), "PER", "ARM", "GOV")
    azeri = Ent(("Џејхун Бајрамов",), "PER", "AZE", "GOV")
    talks = ("Ерменскиот министер Арарат Мирзојан и азербејџанскиот министер Џејхун Бајрамов вчера разговараа во Абу Даби. "
             "По средбата, Мирзојан ")
    doc = coded(talks + "изјави дека страните се договориле за размена на заробеници.", [armenian, azeri])
    agreed = only(doc, "AGREE")
    assert sorted(codes(doc, agreed.actor)) == [("ARM", "GOV"), ("AZE", "GOV")] and not agreed.recipient
    # a promise after the meeting is one side's, to the other
    doc = coded(talks + "вети помош за бегалците.", [armenian, azeri])
    promised = only(doc, "AGREE")
    assert codes(doc, promised.actor) == [("ARM", "GOV")] and codes(doc, promised.recipient) == [("AZE", "GOV")]
