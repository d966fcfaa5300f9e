"""One day of a 2026 portal front page (a government session, agency copy, fans and police, an
alliance's drill). Sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only


def test_a_task_laid_on_a_ministry_is_an_order():
    government = Ent(("Владата",), "ORG", "MKD", "GOV")
    ministry = Ent(("Министерството за животна средина",), "ORG", "MKD", "GOV")
    doc = coded("Владата го задолжи Министерството за животна средина да ги забрза постапките за дозволите.",
                [government, ministry])
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("MKD", "GOV")]


def test_debt_laid_on_a_state_and_a_court_ordering_a_payment_are_no_order():
    government = Ent(("Владата",), "ORG", "MKD", "GOV")
    court = Ent(("Судот",), "ORG", "MKD", "JUD")
    assert not coded("Државата се задолжи на странските пазари за да ги исплати пензиите.", [government]).events
    assert not [e for e in coded("Оваа влада ги задолжува граѓаните за да ги покрие загубите.", [government]).events
                if e.type == "REQUEST"]
    assert not [e for e in coded("Судот го задолжи превозникот да ја плати штетата.", [court]).events
                if e.type == "REQUEST"]


def test_a_source_who_asked_not_to_be_named_asks_no_one():
    usa = Ent(("Вашингтон",), country="USA")
    india = Ent(("Индија",), country="IND")
    secretary = Ent(("Хауард Лутник",), "PER", "USA", "GOV")
    doc = coded("Хауард Лутник вчера разговараше со индиските министри. Според дипломат запознаен со преговорите, кој "
                "побарал анонимност, Вашингтон бара Индија да го намали увозот на руска нафта.", [usa, india, secretary])
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.actor) == [("USA", None)] and codes(doc, ev.recipient) == [("IND", None)]


def test_stones_thrown_at_officers_are_an_attack():
    police = Ent(("Полицајците",), "ORG", "MKD", "COP")
    doc = coded("Полицајците биле гаѓани со камења и шишиња по натпреварот во Тетово.", [police])
    ev = only(doc, "ASSAULT")
    assert ev.mode == "primitive" and codes(doc, ev.recipient) == [("MKD", "COP")]
    # a player shooting at goal attacks no one
    assert not coded("Напаѓачот двапати го гаѓаше голот на домаќините.", []).events


def test_an_alliance_alone_holds_a_joint_exercise():
    nato = Ent(("НАТО",), "ORG", "IGO", "IGO")
    doc = coded("НАТО во понеделникот започна заедничка воена вежба во Романија.", [nato])
    ev = only(doc, "COOPERATE")
    assert codes(doc, ev.actor) == [("IGO", "IGO")]
    # one state's army alone is still no partner of itself
    army = Ent(("Армијата",), "ORG", "ALB", "MIL")
    assert not [e for e in coded("Армијата во понеделникот започна заедничка вежба кај Драч.", [army]).events
                if e.type == "COOPERATE"]


def test_a_call_after_the_quoted_words_of_a_told_clause_is_the_writers():
    rama = Ent(("Еди Рама",), "PER", "ALB", "GOV")
    greek = Ent(("Мицотакис",), "PER", "GRC", "GOV")
    eu = Ent(("Брисел",), "ORG", "EUR", "IGO")
    doc = coded("Еди Рама на Фејсбук напиша дека Мицотакис „ги поткопува добрососедските односи“ и го повика Брисел "
                "да реагира.", [rama, greek, eu])
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.actor) == [("ALB", "GOV")] and codes(doc, ev.recipient) == [("EUR", "IGO")]


def test_arriving_on_a_visit_to_a_capital_is_a_visit_there():
    minister = Ent(("Беате Мајнл-Рајзингер",), "PER", "AUT", "GOV")
    skopje = Ent(("Скопје",), "GPE", "MKD")
    doc = coded("Беате Мајнл-Рајзингер утрово пристигна во еднодневна официјална посета на Скопје.", [minister, skopje])
    ev = only(doc, "CONSULT")
    assert ev.mode == "visit" and codes(doc, ev.actor) == [("AUT", "GOV")] and codes(doc, ev.recipient) == [("MKD", None)]


def test_a_demand_after_an_accusation_whose_told_clause_names_only_objects_is_the_accusers():
    leader = Ent(("Милорад Додик", "Додик"), "PER", "BIH", "PTY")
    envoy = Ent(("Кристијан Шмит",), "PER", "IGO", "IGO")
    eufor = Ent(("ЕУФОР",), "ORG", "EUR", "MIL")
    doc = coded("Милорад Додик вчера зборуваше пред пратениците. Тој го обвини високиот претставник Кристијан Шмит дека "
                "ги поткопува институциите на Републиката и побара од ЕУФОР да ја напушти земјата.", [leader, envoy, eufor])
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.actor) == [("BIH", "PTY")] and codes(doc, ev.recipient) == [("EUR", "MIL")]


def test_denars_approved_for_a_municipality_are_economic_aid():
    government = Ent(("Владата",), "ORG", "MKD", "GOV")
    town = Ent(("Општина Куманово",), "GPE", "MKD")
    doc = coded("Владата вчера одобри 45 милиони денари за Општина Куманово.", [government, town])
    ev = only(doc, "AID")
    assert ev.mode == "economic" and codes(doc, ev.recipient) == [("MKD", None)]


def test_a_threat_named_as_a_danger_is_no_threat_but_one_aimed_at_a_state_is():
    alliance = Ent(("Алијансата",), "ORG", "IGO", "IGO")
    iran = Ent(("Иран",), country="IRN")
    doc = coded("Алијансата ја зголеми подготвеноста поради заканата од Иран.", [alliance, iran])
    assert not [e for e in doc.events if e.type == "THREATEN"]
    doc = coded("Техеран упати нова закана кон Израел.", [Ent(("Техеран",), country="IRN"), Ent(("Израел",), country="ISR")])
    assert codes(doc, only(doc, "THREATEN").recipient) == [("ISR", None)]


def test_a_call_after_a_quote_ending_in_a_relative_clause_is_the_speakers():
    # the relative clause opened inside the quote ends at its closing mark; the speaker goes on after `и`
    speaker = Ent(("Ана Тасевска",), "PER", "MKD", "PTY")
    government = Ent(("Владата",), "ORG", "MKD", "GOV")
    rival = Ent(("Зоран Ристов",), "PER", "MKD", "PTY")
    doc = coded("Ана Тасевска изјави дека Владата „ги штити функционерите што се под истрага“ и го повика Зоран Ристов "
                "да се извини.", [speaker, government, rival])
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E1"] and ev.recipient == ["E3"]


def test_a_call_after_a_quote_opened_past_a_colon_is_the_speakers():
    speaker = Ent(("Ана Тасевска",), "PER", "MKD", "PTY")
    rival = Ent(("Зоран Ристов",), "PER", "MKD", "PTY")
    government = Ent(("Владата",), "ORG", "MKD", "GOV")
    doc = coded("Ана Тасевска рече: „Ако Зоран Ристов не ги слушне граѓаните, ќе ги блокираме патиштата“ и ја повика "
                "Владата да одговори.", [speaker, rival, government], quotes=True)
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E1"] and ev.recipient == ["E3"]


def test_a_call_after_a_quote_told_by_an_unnamed_spokesman_of_the_opening_body_is_that_bodys():
    # the speaker clause `на која портпаролот изјави` names no one: the body after `Од` goes on, past the
    # adverbial set off by commas
    party = Ent(("Левица",), "ORG", "MKD", "PTY")
    government = Ent(("Владата",), "ORG", "MKD", "GOV")
    minister = Ent(("Игор Филков",), "PER", "MKD", "GOV")
    doc = coded("Од Левица, веднаш по завршувањето на протестот, одржаа прес-конференција на која портпаролот изјави дека "
                "Владата „ги крие министрите кои се под истрага“ и го повика Игор Филков да поднесе оставка.",
                [party, government, minister])
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E1"] and ev.recipient == ["E3"]
    assert not [e for e in doc.events if e.type == "PROTEST" and e.actor == ["E1"]]  # the protest is no act of the body


def test_a_call_after_a_quote_of_the_main_clause_holding_a_told_clause_is_the_speakers():
    # the quote opened in the main clause (`како „…`); its `дека` clause ends at the closing mark
    leader = Ent(("Ана Тасевска",), "PER", "MKD", "PTY")
    serbia = Ent(("Белград",), "GPE", "SRB")
    allies = Ent(("ЕУ",), "ORG", "EUR", "IGO")
    doc = coded("Ана Тасевска ја оцени одлуката како „доказ дека Белград не сака добрососедство“ и ја повика ЕУ "
                "да реагира.", [leader, serbia, allies])
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E1"] and ev.recipient == ["E3"]


def test_a_call_after_a_quote_run_on_from_the_sentence_before_is_the_quotes_speakers():
    # no narrator's clause tells the quote that closes before `и`: its speaker goes on, not the name in its condition
    speaker = Ent(("Ана Тасевска",), "PER", "MKD", "PTY")
    premier = Ent(("Зоран Ристов",), "PER", "MKD", "GOV")
    government = Ent(("Владата",), "ORG", "MKD", "GOV")
    doc = coded("Ана Тасевска ја обвини Владата дека ги крие бројките. „Ова е само почеток. Ако Зоран Ристов не ги слушне "
                "граѓаните, ќе ги блокираме патиштата“ и ја повика Владата да одговори.", [speaker, premier, government],
                quotes=True)
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E1"] and ev.recipient == ["E3"]
