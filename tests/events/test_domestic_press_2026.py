"""Domestic Macedonian press copy of 2025–2026 (Assembly fights, protests, ministers, mayors): gaps a blind set
of invented portal articles showed (invented sentences)."""
from tests.events.helpers import Ent, codes, coded, only

GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")


def test_sending_word_that_protests_go_on_until_a_demand_is_met_is_a_threat():
    leader = Ent(("Мила Трајковска",), "PER", "MKD", "PTY")
    doc = coded("Мила Трајковска порача дека блокадите ќе продолжат сè додека Владата не ги повлече измените.",
                [leader, GOVERNMENT], quotes=True)
    ev = only(doc, "THREATEN")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]
    # without an until, word that one will not give in stays no threat
    doc = coded("Мила Трајковска порача дека партијата нема да попушти пред Владата.", [leader, GOVERNMENT], quotes=True)
    assert not [e for e in doc.events if e.type == "THREATEN"]


def test_a_plain_saying_that_a_strike_lasts_until_a_demand_is_met_is_a_threat():
    leader = Ent(("Иван Лазов",), "PER", "MKD", "LAB")
    doc = coded("Иван Лазов изјави дека штрајкот ќе трае сè додека Владата не го потпише колективниот договор.",
                [leader, GOVERNMENT], quotes=True)
    ev = only(doc, "THREATEN")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]
    # without an until, a plain saying of what will be done stays no threat
    doc = coded("Иван Лазов изјави дека штрајкот ќе трае три дена.", [leader, GOVERNMENT], quotes=True)
    assert not [e for e in doc.events if e.type == "THREATEN"]


def test_accepting_a_call_to_talks_is_an_agreement_not_a_call():
    mayor = Ent(("Лазар Митков",), "PER", "MKD", "GOV")
    ministry = Ent(("Министерството за финансии",), "ORG", "MKD", "GOV")
    doc = coded("Лазар Митков го прифати повикот на Министерството за финансии за средба.", [mayor, ministry])
    ev = only(doc, "AGREE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]
    assert not [e for e in doc.events if e.type == "REQUEST"]


def test_employers_rejecting_a_union_demand_are_a_business_actor():
    union = Ent(("ССМ",), "ORG", "MKD", "LAB")
    doc = coded("Работодавачите го отфрлија барањето на ССМ за повисока минимална плата.", [union])
    ev = only(doc, "REJECT")
    assert [sector for _, sector in codes(doc, ev.actor)] == ["BUS"] and ev.recipient == ["E1"]


def test_we_will_take_to_the_streets_if_a_demand_is_not_met_is_a_threat():
    leader = Ent(("Јован Стерјов",), "PER", "MKD", "SOC")
    doc = coded("„Ако Владата не ги зголеми пензиите, ќе излеземе на улица“, рече Јован Стерјов.",
                [leader, GOVERNMENT], quotes=True)
    ev = only(doc, "THREATEN")
    assert ev.actor == ["E1"]


def test_a_petition_handed_over_or_read_out_is_a_request_to_its_addressee():
    minister = Ent(("Јана Велкова",), "PER", "MKD", "GOV")
    doc = coded("Активистите ѝ предадоа петиција на министерката Јана Велкова.", [minister])
    assert only(doc, "REQUEST").recipient == ["E1"]
    doc = coded("Организаторите прочитаа петиција упатена до министерката Јана Велкова.", [minister])
    assert only(doc, "REQUEST").recipient == ["E1"]


def test_a_raise_by_so_many_percent_that_strikers_demand_is_no_poll_share():
    doc = coded("Околу 300 вработени протестираа пред Владата, барајќи зголемување на платите за 20 отсто.", [GOVERNMENT])
    assert codes(doc, only(doc, "REQUEST").recipient) == [("MKD", "GOV")]
    # a poll's share of civilians still tells no demand
    doc = coded("Дури 62 отсто од вработените бараат Владата да ги зголеми платите.", [GOVERNMENT])
    assert not [e for e in doc.events if e.type == "REQUEST"]


def test_a_party_goes_on_past_a_that_clause_of_a_noun_inside_what_it_said():
    party = Ent(("СДСМ",), "ORG", "MKD", "PTY")
    doc = coded("Од СДСМ оценија дека одлуката е признание дека опозицијата била во право и побараа Владата да го "
                "повлече законот.", [party, GOVERNMENT])
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_a_road_blocked_at_the_protesters_own_towns_is_aimed_at_their_authorities():
    farmers = Ent(("Лозарите",), "ORG", "MKD", "CVL")
    towns = [Ent(("Кавадарци",), "GPE", "MKD"), Ent(("Неготино",), "GPE", "MKD")]
    doc = coded("Лозарите утрово го блокираа патот Кавадарци–Неготино.", [farmers, *towns])
    assert codes(doc, only(doc, "PROTEST").recipient) == [("MKD", "GOV")]
    # the same blockade threatened
    doc = coded("Лозарите најавија дека ќе го блокираат патот Кавадарци–Неготино доколку не добијат откупна цена.",
                [farmers, *towns])
    assert codes(doc, only(doc, "THREATEN").recipient) == [("MKD", "GOV")]


def test_a_strike_is_aimed_at_the_employer_its_sentence_names():
    ministry = Ent(("Министерството за образование",), "ORG", "MKD", "GOV")
    town = Ent(("Куманово",), "GPE", "MKD")
    doc = coded("Наставниците во Куманово од утрово се во штрајк, откако пропаднаа преговорите со "
                "Министерството за образование.", [ministry, town])
    ev = only(doc, "PROTEST")
    assert ev.mode == "strike" and ev.recipient == ["E1"]
    # the strike told again with no one named is the same strike
    union = Ent(("Синдикатот на наставниците",), "ORG", "MKD", "LAB")
    doc = coded("Наставниците во Куманово од утрово се во штрајк, откако пропаднаа преговорите со "
                "Министерството за образование. Штрајкот го организира Синдикатот на наставниците.", [ministry, union, town])
    assert len([e for e in doc.events if e.type == "PROTEST"]) == 1
    # a strike whose sentence names no employer has no target
    assert only(coded("Наставниците во Куманово од утрово се во штрајк.", [town]), "PROTEST").recipient == []


def test_a_strike_in_the_states_services_or_a_general_strike_is_aimed_at_the_government():
    union = Ent(("Синдикатот на просветните работници",), "ORG", "SRB", "LAB")
    ministry = Ent(("Министерството за просвета",), "ORG", "SRB", "GOV")
    for sentence in ("Синдикатот на просветните работници во понеделникот започна штрајк во основните училишта ширум земјата.",
                     "Синдикатот на просветните работници најави генерален штрајк за следната недела.",
                     "Штрајкот на Синдикатот на просветните работници ги затвори градинките и болниците во Ниш."):
        doc = coded(sentence, [union, ministry])
        ev = only(doc, "PROTEST")
        assert codes(doc, ev.recipient) == [("SRB", "GOV")] and "recipient:state_employer" in ev.rule, sentence
    # the employer the sentence names wins
    doc = coded("Синдикатот на просветните работници започна штрајк во училиштата, откако пропаднаа преговорите со "
                "Министерството за просвета.", [union, ministry])
    assert only(doc, "PROTEST").recipient == ["E2"]
    # a strike at a workplace of no state service names no target
    doc = coded("Синдикатот на просветните работници започна штрајк во рудникот Бор.", [union, ministry])
    assert only(doc, "PROTEST").recipient == []


def test_a_warning_of_a_protest_is_aimed_where_the_protest_would_be():
    residents = Ent(("Здружението Чиста Брегалница",), "ORG", "MKD", "NGO")
    doc = coded("Здружението Чиста Брегалница предупреди дека ќе ги блокира патиштата доколку не се запре "
                "изградбата на рудникот.", [residents])
    assert codes(doc, only(doc, "THREATEN").recipient) == [("MKD", "GOV")]
    # a condition with a side of its own tells whom the protest would answer, not the authorities named: the
    # side is unnamed, of the actor's country (GUIDELINES, targets named by no one)
    doc = coded("Здружението Чиста Брегалница предупреди дека ќе ги блокира патиштата доколку рудникот започне "
                "со работа.", [residents])
    ev = only(doc, "THREATEN")
    assert "recipient:domestic" in ev.rule and [country for country, _ in codes(doc, ev.recipient)] == ["MKD"]
    # a warned strike whose sentence names no employer: the warning presses someone unnamed at home (the nurses'
    # employer, GUIDELINES, targets named by no one)
    union = Ent(("Синдикатот на медицинските сестри",), "ORG", "MKD", "LAB")
    doc = coded("Синдикатот на медицинските сестри предупреди дека ќе стапи во штрајк доколку не се постигне "
                "договор.", [union])
    ev = only(doc, "THREATEN")
    assert "recipient:domestic" in ev.rule and [country for country, _ in codes(doc, ev.recipient)] == ["MKD"]
