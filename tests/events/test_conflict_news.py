"""Events of modern war and security copy (strikes, arms deliveries, threats, exchanges),
each sentence written for this test."""
from __future__ import annotations

from tests.events.helpers import RUSSIA, SERBIA, Ent, coded, codes, only

UKRAINE = Ent(("Украина",), country="UKR")
KYIV = Ent(("Киев",), country="UKR", sector="GOV")


def test_a_light_verb_far_from_its_subject_past_the_nouns_modifiers():
    doc = coded("Русија во ноќта кон вторник изврши масовен напад со дронови врз Киев.", [RUSSIA, KYIV])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [("RUS", None)] and codes(doc, ev.recipient) == [("UKR", "GOV")]


def test_a_passive_light_verb_gives_its_noun_no_subject():
    doc = coded("Во меѓувреме: Никола Петров, пратеник од Битола, состави договор со ФБИ да се спроведе истрага за обвиненијата.",
                [Ent(("Никола Петров",), "PER", "MKD", "LEG"), Ent(("ФБИ",), "ORG", "USA", "COP")])
    assert "ACCUSE" not in [e.type for e in doc.events]


def test_a_condition_without_a_comma_is_no_act():
    doc = coded("Иран се закани со одмазда доколку Израел ги нападне нуклеарните постројки.",
                [Ent(("Иран",), country="IRN"), Ent(("Израел",), country="ISR")])
    assert [e.type for e in doc.events] == ["THREATEN"]


def test_a_negated_act_in_a_condition_is_no_negated_event():
    doc = coded("Израел ќе ја продолжи офанзивата доколку Хамас не ги ослободи заложниците.",
                [Ent(("Израел",), country="ISR"), Ent(("Хамас",), "ORG", "PSE", "REB")])
    assert "RETREAT" not in [e.type for e in doc.events]


def test_sanctions_promised_under_a_condition_are_a_threat():
    doc = coded("Трамп изјави дека ќе воведе нови санкции против Русија доколку Москва не прифати прекин на огнот.",
                [Ent(("Трамп",), "PER", "USA", "GOV"), RUSSIA, Ent(("Москва",), country="RUS", sector="GOV")])
    ev = only(doc, "THREATEN")
    assert codes(doc, ev.actor) == [("USA", "GOV")] and codes(doc, ev.recipient) == [("RUS", None)]
    assert ev.status == "asserted" and ev.mode == "restrict"
    assert "SANCTION" not in [e.type for e in doc.events]


def test_an_attack_announced_after_an_opening_condition_is_a_threat():
    doc = coded("Ако Украина продолжи со нападите, Русија ќе ги нападне центрите за одлучување во Киев.",
                [UKRAINE, RUSSIA, KYIV])
    ev = only(doc, "THREATEN")
    assert codes(doc, ev.actor) == [("RUS", None)]


def test_sanctions_announced_without_a_condition_stay_future_sanctions():
    doc = coded("Европската унија утре ќе воведе нови санкции против Русија.", [Ent(("Европската унија",), "ORG", "EUR", "IGO"), RUSSIA])
    assert only(doc, "SANCTION").status == "future"


def test_the_unnamed_police_belong_to_the_place_the_sentence_before_opened_with():
    doc = coded("Израелската армија ги продолжи операциите во Газа. Во Белград илјадници луѓе протестираа пред амбасадата. "
                "Полицијата уапси 12 демонстранти.",
                [Ent(("Израелската",), country="ISR", kind="demonym"), Ent(("Газа",), country="PSE"),
                 Ent(("Белград",), country="SRB")])
    ev = only(doc, "COERCE")
    assert codes(doc, ev.actor) == [("SRB", "COP")]


def test_a_place_told_on_the_way_sets_no_scene_for_the_next_sentence():
    doc = coded("Македонија и Грција се спогодија. Министерот Никола Петров од Македонија порано служел како војник во Ирак. "
                "Полицијата уапси 12 демонстранти.",
                [Ent(("Никола Петров",), "PER", "MKD", "GOV"), Ent(("Ирак",), country="IRQ"),
                 Ent(("Македонија",), country="MKD"), Ent(("Грција",), country="GRC")])
    ev = only(doc, "COERCE")
    assert codes(doc, ev.actor) == [("MKD", "COP")]


def test_a_denial_takes_no_recipient_from_what_it_says_instead():
    doc = coded("Песков ги отфрли обвинувањата и рече дека руските сили гаѓале исклучиво воени цели во Украина.",
                [Ent(("Песков",), "PER", "RUS", "GOV"), Ent(("руските",), country="RUS", kind="demonym"), UKRAINE])
    ev = only(doc, "REJECT")
    assert codes(doc, ev.actor) == [("RUS", "GOV")] and ev.recipient == []


def test_a_condemned_attack_is_the_attackers_and_a_denial_answers_the_condemnation():
    doc = coded("Русија изврши напад врз Киев. Зеленски ги повика сојузниците да испорачаат системи за одбрана. "
                "Министерството за надворешни работи на Украина го осуди нападот. Песков ги отфрли обвинувањата.",
                [RUSSIA, KYIV, Ent(("Зеленски",), "PER", "UKR", "GOV"),
                 Ent(("Министерството за надворешни работи на Украина",), "ORG", "UKR", "GOV"), Ent(("Песков",), "PER", "RUS", "GOV")])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("RUS", None)]
    assert codes(doc, only(doc, "REJECT").recipient) == [("UKR", "GOV")]


GAZA = Ent(("Газа",), "LOC", "PSE")


def test_aid_for_a_place_that_is_no_state_goes_to_the_place():
    doc = coded("Европската унија одобри 120 милиони евра хуманитарна помош за Газа.",
                [Ent(("Европската унија",), "ORG", "EUR", "IGO"), GAZA])
    ev = only(doc, "AID")
    assert codes(doc, ev.actor) == [("EUR", "IGO")] and codes(doc, ev.recipient) == [("PSE", None)]


def test_aid_for_a_sea_still_has_no_recipient():
    doc = coded("Европската банка одобри заем од 10 милиони евра за проектот по брегот на Црно Море.",
                [Ent(("Европската банка",), "ORG", "EUR", "IGO"), Ent(("Црно Море",), "LOC")])
    assert doc.events == []


def test_aid_delivered_in_another_state_goes_to_that_state():
    doc = coded("Светската програма за храна испорача 2.000 тони храна за раселените во Дарфур.",
                [Ent(("Светската програма за храна",), "ORG", "UNO", "IGO"), Ent(("Дарфур",), "LOC", "SDN")])
    ev = only(doc, "AID")
    assert codes(doc, ev.recipient) == [("SDN", None)]


def test_air_defence_batteries_sent_are_aid():
    doc = coded("Германија испрати уште две батерии „Патриот“ во Украина.", [Ent(("Германија",), country="DEU"), UKRAINE])
    ev = only(doc, "AID")
    assert codes(doc, ev.actor) == [("DEU", None)] and codes(doc, ev.recipient) == [("UKR", None)] and ev.mode == "military"


def test_an_approved_arms_sale_is_military_aid():
    doc = coded("САД одобрија продажба на 3.350 ракети за Украина.", [Ent(("САД",), country="USA"), UKRAINE])
    ev = only(doc, "AID")
    assert codes(doc, ev.recipient) == [("UKR", None)] and ev.mode == "military"
    # a package of weapons approved too; a package of sanctions is no aid
    doc = coded("Шведска одобри нов пакет оружје за Украина вреден две милијарди евра.", [Ent(("Шведска",), country="SWE"), UKRAINE])
    assert only(doc, "AID").mode == "military"
    assert not [e for e in coded("Шведска одобри нов пакет санкции.", [Ent(("Шведска",), country="SWE")]).events if e.type == "AID"]


def test_food_dropped_from_the_air_is_humanitarian_aid():
    doc = coded("Јордан фрли пакети со храна врз Газа.", [Ent(("Јордан",), country="JOR"), GAZA])
    ev = only(doc, "AID")
    assert codes(doc, ev.actor) == [("JOR", None)] and codes(doc, ev.recipient) == [("PSE", None)] and ev.mode == "humanitarian"


def test_a_missile_launched_at_a_state_is_an_assault():
    doc = coded("Хутите испукаа балистичка ракета кон Израел.", [Ent(("Хутите",), "ORG", "YEM", "REB"), Ent(("Израел",), country="ISR")])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [("YEM", "REB")] and codes(doc, ev.recipient) == [("ISR", None)]


def test_a_prisoner_exchange_is_a_release_by_both_sides():
    doc = coded("Русија и Украина разменија по 185 воени заробеници.", [RUSSIA, UKRAINE])
    ev = only(doc, "RETREAT")
    assert sorted(codes(doc, ev.actor)) == [("RUS", None), ("UKR", None)] and ev.recipient == [] and ev.mode == "release"


def test_a_border_closed_to_a_neighbour_restricts_it():
    doc = coded("Полска ги затвори граничните премини со Белорусија.", [Ent(("Полска",), country="POL"), Ent(("Белорусија",), country="BLR")])
    ev = only(doc, "COERCE")
    assert codes(doc, ev.recipient) == [("BLR", None)] and ev.mode == "restrict"


def test_searches_in_the_plural_are_a_raid():
    doc = coded("Германската полиција изврши претреси во 12 станови.", [Ent(("Германската",), country="DEU", kind="demonym")])
    ev = only(doc, "COERCE")
    assert codes(doc, ev.actor) == [("DEU", "COP")]


def test_the_assembly_s_debate_on_an_amendment_is_no_search():
    doc = coded("Отворам претрес по Амандманот на член 10 поднесен од пратеникот Петар Петров.",
                [Ent(("Петар Петров",), "PER", "MKD", "LEG")])
    assert doc.events == []


def test_delegations_of_two_states_meeting_are_the_states():
    doc = coded("Делегациите на Русија и Украина се сретнаа во Истанбул.", [RUSSIA, UKRAINE, Ent(("Истанбул",), country="TUR")])
    ev = only(doc, "CONSULT")
    assert sorted(codes(doc, ev.actor)) == [("RUS", None), ("UKR", None)]


def test_a_numbered_sanctions_package_adopted_is_a_sanction_of_its_adopter():
    doc = coded("Европската унија утре ќе го усвои 19-тиот пакет санкции против Русија.",
                [Ent(("Европската унија",), "ORG", "EUR", "IGO"), RUSSIA])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.actor) == [("EUR", "IGO")] and codes(doc, ev.recipient) == [("RUS", None)] and ev.status == "future"


def test_a_joint_exercise_of_two_states_needs_no_other_recipient():
    doc = coded("Русија и Белорусија започнаа заедничка воена вежба.", [RUSSIA, Ent(("Белорусија",), country="BLR")])
    ev = only(doc, "COOPERATE")
    assert sorted(codes(doc, ev.actor)) == [("BLR", None), ("RUS", None)] and ev.recipient == []


def test_a_states_drones_attacking_are_its_military():
    doc = coded("Украински беспилотни летала ја нападнаа рафинеријата во Рјазан.",
                [Ent(("Украински",), country="UKR", kind="demonym"), Ent(("Рјазан",), country="RUS")])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [("UKR", "MIL")] and codes(doc, ev.recipient) == [("RUS", None)]


def test_the_verb_past_a_closed_relative_clause_is_the_antecedents():
    doc = coded("Катар и Египет, кои посредуваат во преговорите, ги повикаа двете страни да го почитуваат примирјето.",
                [Ent(("Катар",), country="QAT"), Ent(("Египет",), country="EGY")])
    ev = only(doc, "REQUEST")
    assert sorted(codes(doc, ev.actor)) == [("EGY", None), ("QAT", None)]


def test_measures_warned_of_are_a_threat():
    doc = coded("Кина предупреди дека ќе преземе одлучни мерки против Америка.",
                [Ent(("Кина",), country="CHN"), Ent(("Америка",), country="USA"), Ent(("Тајван",), country="TWN")])
    ev = only(doc, "THREATEN")
    assert codes(doc, ev.actor) == [("CHN", None)] and ev.status == "asserted"


def test_sanctions_warned_of_are_a_threat():
    doc = coded("Вашингтон предупреди дека ќе воведе санкции против Иран.",
                [Ent(("Вашингтон",), country="USA", sector="GOV"), Ent(("Иран",), country="IRN")])
    ev = only(doc, "THREATEN")
    assert codes(doc, ev.recipient) == [("IRN", None)]


def test_an_offer_to_host_talks_is_agree():
    doc = coded("Ердоган изјави дека Турција е подготвена да биде домаќин на средба меѓу Путин и Зеленски.",
                [Ent(("Ердоган",), "PER", "TUR", "GOV"), Ent(("Турција",), country="TUR"),
                 Ent(("Путин",), "PER", "RUS", "GOV"), Ent(("Зеленски",), "PER", "UKR", "GOV")])
    ev = only(doc, "AGREE")
    assert codes(doc, ev.actor) == [("TUR", None)] and "CONSULT" not in [e.type for e in doc.events]


EU = Ent(("Европската унија",), "ORG", "EUR", "IGO")


def test_condemned_sanctions_are_their_imposers_and_countermeasures_announced_a_threat():
    doc = coded("Европската унија го усвои новиот пакет санкции против Русија. Москва ги осуди санкциите и најави контрамерки.",
                [EU, RUSSIA, Ent(("Москва",), country="RUS", sector="GOV")])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("EUR", "IGO")]
    assert codes(doc, only(doc, "THREATEN").actor) == [("RUS", "GOV")]


def test_rejected_threats_answer_the_threatener():
    doc = coded("Трамп се закани со нови царини за Кина. Кина ги отфрли заканите.",
                [Ent(("Трамп",), "PER", "USA", "GOV"), Ent(("Кина",), country="CHN")])
    assert codes(doc, only(doc, "REJECT").recipient) == [("USA", "GOV")]


def test_a_condemned_missile_test_is_the_firers():
    doc = coded("Северна Кореја испука балистичка ракета. Јапонија ја осуди ракетната проба.",
                [Ent(("Северна Кореја",), country="PRK"), Ent(("Јапонија",), country="JPN")])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("PRK", None)]


def test_fighter_jets_scrambled_are_a_mobilisation():
    doc = coded("Полска ги крена своите борбени авиони.", [Ent(("Полска",), country="POL")])
    ev = only(doc, "MOBILIZE")
    assert codes(doc, ev.actor) == [("POL", None)] and ev.mode == "weapons"


def test_released_women_hostages_are_civilians_of_their_state():
    doc = coded("Хамас ги ослободи трите израелски заложнички.",
                [Ent(("Хамас",), "ORG", "PSE", "REB"), Ent(("израелски",), country="ISR", kind="demonym")])
    assert codes(doc, only(doc, "RETREAT").recipient) == [("ISR", "CVL")]


def test_soldiers_after_a_possessive_are_the_speakers():
    doc = coded("Израелската армија соопшти дека нејзините војници убиле тројца вооружени Палестинци во Газа.",
                [Ent(("Израелската",), country="ISR", kind="demonym"), Ent(("Палестинци",), country="PSE", kind="demonym"), GAZA])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [("ISR", "MIL")]


def test_citizens_of_a_state_arrested_are_of_that_state():
    doc = coded("Македонската полиција уапси двајца државјани на Косово осомничени за шверц на оружје.",
                [Ent(("Македонската",), country="MKD", kind="demonym"), Ent(("Косово",), country="KOS")])
    ev = only(doc, "COERCE")
    assert codes(doc, ev.actor) == [("MKD", "COP")] and codes(doc, ev.recipient) == [("KOS", "CVL")]


def test_a_threats_target_may_be_a_demonym_in_what_it_threatens():
    doc = coded("Хезболах се закани дека ќе одговори на израелската агресија.",
                [Ent(("Хезболах",), "ORG", "LBN", "REB"), Ent(("израелската",), country="ISR", kind="demonym")])
    ev = only(doc, "THREATEN")
    assert codes(doc, ev.actor) == [("LBN", "REB")] and codes(doc, ev.recipient) == [("ISR", None)]


def test_a_weapon_hitting_a_target_is_an_assault_by_the_state_of_its_demonym():
    doc = coded("Руски дрон погоди цивилен автобус во Херсон, при што загинаа двајца.",
                [Ent(("Руски",), country="RUS", kind="demonym"), Ent(("Херсон",), country="UKR")])
    ev = only(doc, "ASSAULT")
    assert ev.trigger.text == "погоди"
    assert codes(doc, ev.actor) == [("RUS", "MIL")]  # `дрон` is a head noun of the military
    assert codes(doc, ev.recipient) == [("UKR", None)]


def test_a_plane_hitting_the_water_is_no_assault():
    doc = coded("Авионот удри во водата при слетувањето, соопшти авиокомпанијата.", [])
    assert doc.events == []


def test_an_attack_noun_takes_the_demonym_before_it_as_its_actor():
    doc = coded("Петмина цивили загинаа во рускиот напад врз Запорожје.",
                [Ent(("рускиот",), country="RUS", kind="demonym"), Ent(("Запорожје",), country="UKR")])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [("RUS", None)] and codes(doc, ev.recipient) == [("UKR", None)]
    assert "actor:demonym" in ev.rule


def test_people_killed_in_an_air_strike_are_the_victims_of_the_strikes_state():
    doc = coded("Најмалку 20 Палестинци беа убиени во израелски воздушен напад во Рафа.",
                [Ent(("Палестинци",), country="PSE", kind="demonym"), Ent(("израелски",), country="ISR", kind="demonym"),
                 Ent(("Рафа",), country="PSE")])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [("ISR", None)] and codes(doc, ev.recipient) == [("PSE", None)]


def test_a_war_takes_no_demonym_as_its_side():
    doc = coded("Историчарот пишува за англиските граѓански војни.", [Ent(("англиските",), country="GBR", kind="demonym")])
    assert doc.events == []


def test_a_ban_on_imports_from_a_state_is_a_sanction():
    doc = coded("ЕУ ја продолжи забраната за увоз на руска нафта.",
                [Ent(("ЕУ",), "ORG", "EUR", "IGO"), Ent(("руска",), country="RUS", kind="demonym")])
    ev = only(doc, "SANCTION")
    assert ev.mode == "discontinue" and ev.trigger.text == "забраната за увоз"
    assert codes(doc, ev.actor) == [("EUR", "IGO")] and codes(doc, ev.recipient) == [("RUS", None)]


def test_demonstrators_taking_to_the_streets_protest():
    doc = coded("Илјадници демонстранти излегоа на улиците на Тбилиси во недела.", [Ent(("Тбилиси",), country="GEO")])
    ev = only(doc, "PROTEST")
    assert ev.mode == "demo" and ev.trigger.text == "излегоа на улиците"


def test_activists_who_go_out_on_the_streets_as_a_habit_do_not_protest():
    doc = coded("Нашите активисти, коишто излегуваат на улиците секој ден, не го поддржуваат планот.", [])
    assert "PROTEST" not in [e.type for e in doc.events]


def test_a_promised_harsh_response_is_a_threat():
    doc = coded("Иран ветува остар одговор на израелскиот напад.",
                [Ent(("Иран",), country="IRN"), Ent(("израелскиот",), country="ISR", kind="demonym")])
    ev = only(doc, "THREATEN")
    assert codes(doc, ev.actor) == [("IRN", None)] and codes(doc, ev.recipient) == [("ISR", None)]


def test_the_highest_combat_readiness_is_an_alert_far_from_its_verb():
    doc = coded("Србија ја стави армијата во состојба на највисока борбена готовност.", [SERBIA])
    ev = only(doc, "MOBILIZE")
    assert codes(doc, ev.actor) == [("SRB", None)]


def test_after_a_demonym_the_genitive_of_a_shelling_is_its_target():
    doc = coded("Во руското гранатирање на Херсон загинаа двајца цивили.",
                [Ent(("руското",), country="RUS", kind="demonym"), Ent(("Херсон",), country="UKR")])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [("RUS", None)] and codes(doc, ev.recipient) == [("UKR", None)]


def test_a_killing_told_first_is_the_attack_told_in_a_time_clause_without_a_comma():
    doc = coded("Двајца цивили беа убиени кога руски дрон погоди автобус во Херсон.",
                [Ent(("руски",), country="RUS", kind="demonym"), Ent(("Херсон",), country="UKR")])
    ev = only(doc, "ASSAULT")
    assert ev.trigger.text == "погоди" and [s.text for s in ev.also_triggers] == ["убиени"]
    assert codes(doc, ev.actor) == [("RUS", "MIL")] and codes(doc, ev.recipient) == [("UKR", None)]


def test_restrictive_measures_against_a_state_are_sanctions_and_at_home_none():
    doc = coded("Советот на ЕУ воведе нови рестриктивни мерки против Белорусија.",
                [Ent(("Советот на ЕУ",), "ORG", "EUR", "IGO"), Ent(("Белорусија",), country="BLR")])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.recipient) == [("BLR", None)]
    at_home = coded("Владата воведе рестриктивни мерки за угостителите.", [])
    assert "SANCTION" not in [e.type for e in at_home.events]


def test_closing_a_states_consulate_is_a_sanction():
    doc = coded("Полска го затвори рускиот конзулат во Краков.",
                [Ent(("Полска",), country="POL"), Ent(("рускиот",), country="RUS", kind="demonym"),
                 Ent(("Краков",), country="POL")])
    ev = only(doc, "SANCTION")
    assert ev.mode == "withdraw"
    assert codes(doc, ev.actor) == [("POL", None)] and [c for c, _ in codes(doc, ev.recipient)] == ["RUS"]


def test_tanks_entering_a_territory_are_an_assault():
    doc = coded("Израелски тенкови навлегоа во централниот дел на Газа.",
                [Ent(("Израелски",), country="ISR", kind="demonym"), Ent(("Газа",), country="PSE")])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [("ISR", "MIL")] and codes(doc, ev.recipient) == [("PSE", None)]
    assert coded("Туристите навлегоа во старата чаршија.", []).events == []


def test_an_aircraft_carrier_deployed_is_a_mobilisation():
    doc = coded("САД распоредија уште еден носач на авиони во Блискиот Исток.", [Ent(("САД",), country="USA")])
    assert codes(doc, only(doc, "MOBILIZE").actor) == [("USA", None)]


def test_a_passive_hit_by_a_states_missile_is_that_states_assault():
    doc = coded("Станбена зграда во Харков беше погодена од руска ракета.",
                [Ent(("Харков",), country="UKR"), Ent(("руска",), country="RUS", kind="demonym")])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [("RUS", None)] and codes(doc, ev.recipient) == [("UKR", None)]


def test_a_feminine_passive_of_bombing():
    doc = coded("Болницата во Газа беше бомбардирана од израелската авијација.",
                [Ent(("Газа",), country="PSE"), Ent(("израелската",), country="ISR", kind="demonym")])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [("ISR", "MIL")] and codes(doc, ev.recipient) == [("PSE", None)]


def test_the_target_of_an_attack_is_its_recipient_not_its_actor():
    doc = coded("Киев беше цел на масовен руски напад со дронови.",
                [KYIV, Ent(("руски",), country="RUS", kind="demonym")])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [("RUS", None)] and codes(doc, ev.recipient) == [("UKR", "GOV")]
    assert coded("Киев беше цел на напад со дронови.", [KYIV]).events == []  # no attacker named


def test_stopping_the_transit_of_a_states_gas_is_a_sanction():
    doc = coded("Украина го прекина транзитот на руски гас преку својата територија.",
                [UKRAINE, Ent(("руски",), country="RUS", kind="demonym")])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.actor) == [("UKR", None)] and codes(doc, ev.recipient) == [("RUS", None)]


def test_forces_abandoning_their_positions_retreat():
    doc = coded("Руските сили ги напуштија позициите на левиот брег.", [Ent(("Руските",), country="RUS", kind="demonym")])
    ev = only(doc, "RETREAT")
    assert ev.mode == "withdraw" and codes(doc, ev.actor) == [("RUS", "MIL")]


def test_not_ruling_out_force_is_a_threat_told_as_done():
    doc = coded("Трамп не исклучи употреба на воена сила за да го преземе Гренланд.",
                [Ent(("Трамп",), "PER", "USA", "GOV"), Ent(("Гренланд",), country="DNK")])
    ev = only(doc, "THREATEN")
    assert ev.status == "asserted" and codes(doc, ev.recipient) == [("DNK", None)]


def test_ground_operations_or_further_measures_not_ruled_out_threaten():
    brazil = Ent(("Бразил",), country="BRA")
    doc = coded("Лула не исклучи копнени операции против Парагвај.", [Ent(("Лула",), "PER", "BRA", "GOV"),
                                                                    Ent(("Парагвај",), country="PRY")])
    assert codes(doc, only(doc, "THREATEN").recipient) == [("PRY", None)]
    # (told by the passive: `не се исклучени`)
    doc = coded("Бразил соопшти дека не се исклучени дополнителни мерки против Парагвај.", [brazil, Ent(("Парагвај",), country="PRY")])
    assert codes(doc, only(doc, "THREATEN").actor) == [("BRA", None)]


def test_further_relief_measures_not_ruled_out_threaten_no_one():
    doc = coded("Министерот не исклучи нови мерки за поддршка на овоштарите.", [Ent(("Министерот",), "PER", "MKD", "GOV")])
    assert "THREATEN" not in [e.type for e in doc.events]
    doc = coded("Лула исклучи копнени операции против Парагвај.", [Ent(("Лула",), "PER", "BRA", "GOV"),
                                                                Ent(("Парагвај",), country="PRY")])
    assert "THREATEN" not in [e.type for e in doc.events]


def test_troops_sent_to_a_place_of_the_senders_own_state_are_deployed_not_aid():
    doc = coded("Русија испрати дополнителни војници во Калининград.",
                [RUSSIA, Ent(("Калининград",), country="RUS")])
    ev = only(doc, "MOBILIZE")
    assert ev.mode == "troops" and codes(doc, ev.actor) == [("RUS", None)] and ev.recipient == []
    aid = coded("Полска испрати војници во Литванија.", [Ent(("Полска",), country="POL"), Ent(("Литванија",), country="LTU")])
    assert [e.type for e in aid.events] == ["AID"]


def test_arms_or_troops_sent_to_no_other_side_are_deployed_and_relief_is_not():
    turkey = Ent(("Турција",), country="TUR")
    doc = coded("Турција испрати тенкови и артилерија на границата.", [turkey])
    ev = only(doc, "MOBILIZE")
    assert ev.mode == "weapons" and codes(doc, ev.actor) == [("TUR", None)] and "no recipient→MOBILIZE" in ev.rule
    doc = coded("Армијата на Турција испрати уште илјада војници во провинцијата.", [turkey])
    assert only(doc, "MOBILIZE").mode == "troops"
    # relief carried by military aircraft names no one it helps here: no deployment, and no aid without a recipient
    relief = coded("Турција испрати воени авиони со помош и залихи.", [turkey])
    assert relief.events == []
    firefighting = coded("Турција испрати авиони за гаснење на пожарите.", [turkey])
    assert firefighting.events == []


def test_a_protest_against_a_states_offensive_is_aimed_at_that_state():
    doc = coded("Илјадници луѓе демонстрираа во Лондон против израелската офанзива во Газа.",
                [Ent(("Лондон",), country="GBR"), Ent(("израелската",), country="ISR", kind="demonym"),
                 Ent(("Газа",), country="PSE")])
    ev = only(doc, "PROTEST")
    assert codes(doc, ev.recipient) == [("ISR", None)] and "recipient:demonym" in ev.rule


def test_a_light_verb_reaches_its_noun_past_one_of_the_biggest():
    doc = coded("Русија во текот на ноќта изврши еден од најголемите напади со дронови врз Киев.", [RUSSIA, KYIV])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [("RUS", None)] and codes(doc, ev.recipient) == [("UKR", "GOV")]


def test_a_diplomat_declared_persona_non_grata_is_expelled():
    doc = coded("Молдавија го прогласи рускиот дипломат за непожелна личност.",
                [Ent(("Молдавија",), country="MDA"), Ent(("рускиот",), country="RUS", kind="demonym")])
    ev = only(doc, "SANCTION")
    assert ev.mode == "expel" and codes(doc, ev.actor) == [("MDA", None)]
    assert [c for c, _ in codes(doc, ev.recipient)] == ["RUS"]


def test_a_black_list_is_a_sanction():
    doc = coded("Министерството за финансии на САД ги стави на црната листа тројца српски бизнисмени.",
                [Ent(("САД",), country="USA"), Ent(("српски",), country="SRB", kind="demonym")])
    ev = only(doc, "SANCTION")
    assert ev.trigger.text == "стави на црната листа"
    assert [c for c, _ in codes(doc, ev.actor)] == ["USA"] and codes(doc, ev.recipient) == [("SRB", "BUS")]


def test_hostages_handed_over_are_released():
    doc = coded("Хамас ги предаде четворицата израелски заложници на Црвениот крст.",
                [Ent(("Хамас",), "ORG", "PSE", "REB"), Ent(("израелски",), country="ISR", kind="demonym"),
                 Ent(("Црвениот крст",), "ORG", None, "NGO")])
    ev = only(doc, "RETREAT")
    assert ev.mode == "release" and codes(doc, ev.actor) == [("PSE", "REB")]
    assert codes(doc, ev.recipient) == [("ISR", "CVL")]



def test_remains_of_hostages_handed_over_to_a_state_have_it_as_recipient():
    doc = coded("Исламскиот џихад му ги предаде на Израел посмртните останки на двајца заложници.",
                [Ent(("Исламскиот џихад",), "ORG", "PSE", "REB"), Ent(("Израел",), country="ISR")])
    ev = only(doc, "RETREAT")
    assert codes(doc, ev.actor) == [("PSE", "REB")] and codes(doc, ev.recipient) == [("ISR", None)]

def test_soldiers_killed_by_no_one_named_are_killed_by_no_state_a_crime_s_victim_by_the_story_s():
    soldiers = Ent(("руски војници",), "ORG", "RUS", "MIL")
    doc = coded("Русија испрати нови единици кон границата. "
                "Британското разузнавање процени дека околу 3.000 руски војници се убиени минатиот месец.",
                [RUSSIA, soldiers])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [(None, "UNK")] and codes(doc, ev.recipient) == [("RUS", "MIL")]
    crime = coded("Во Србија вчера беше убиен 40-годишен маж.", [SERBIA, Ent(("маж",), "PER")])
    assert codes(crime, only(crime, "ASSAULT").actor) == [("SRB", "UNK")]


def test_a_hardship_that_threatens_people_is_no_threat_by_anyone():
    doc = coded("Во Дарфур на стотици илјади луѓе им се заканува глад.", [Ent(("Дарфур",), country="SDN")])
    assert not [e for e in doc.events if e.type == "THREATEN"]


def test_troops_sent_to_the_border_told_by_a_verbal_adverb_are_a_deployment():
    doc = coded("Владата на Ерменија ја зголеми будноста, испраќајќи нови единици кон границата.",
                [Ent(("Владата на Ерменија",), "ORG", "ARM", "GOV")])
    assert only(doc, "MOBILIZE").actor


def test_an_attack_repelled_is_no_refusal():
    doc = coded("Армијата на Мали го одби нападот на бунтовниците кај Гао.", [Ent(("Мали",), country="MLI")])
    assert not [e for e in doc.events if e.type == "REJECT"]


def test_a_states_delegation_named_by_its_demonym_acts_for_its_government():
    doc = coded("Ерменската делегација вчера побара од Азербејџан итна демаркација на границата.",
                [Ent(("Ерменската",), country="ARM", kind="demonym"), Ent(("Азербејџан",), country="AZE")])
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.actor) == [("ARM", "GOV")]


def test_a_deployment_is_aimed_at_whom_its_preposition_names_not_at_a_place_it_is_near():
    navy = Ent(("Руската морнарица",), "ORG", "RUS", "MIL")
    army = Ent(("Војската на Србија",), "ORG", "SRB", "MIL")
    lithuania = Ent(("Литванија",), country="LTU")
    for sentence, ents in (("Руската морнарица испрати три фрегати во близина на норвешкиот брег.",
                            [navy, Ent(("норвешкиот",), country="NOR", kind="demonym")]),
                           ("Војската на Србија распореди дополнителни единици во областа што граничи со Косово.",
                            [army, Ent(("Косово",), country="KOS")]),
                           ("Руската морнарица испрати три фрегати крај Литванија.", [navy, lithuania])):
        assert only(coded(sentence, ents), "MOBILIZE").recipient == [], sentence
    # forces sent toward a state, exercises around it, forces reinforced around a building: its owner
    doc = coded("Белоруската војска распореди трупи кон Литванија.", [Ent(("Белоруската војска",), "ORG", "BLR", "MIL"), lithuania])
    assert codes(doc, only(doc, "MOBILIZE").recipient) == [("LTU", None)]
    doc = coded("Кина започна големи воени вежби околу Тајван.", [Ent(("Кина",), country="CHN"), Ent(("Тајван",), country="TWN")])
    assert codes(doc, only(doc, "MOBILIZE").recipient) == [("TWN", None)]
    doc = coded("Полицијата во Лима ги засили силите околу амбасадата на Бразил.",
                [Ent(("Полицијата во Лима",), "ORG", "PER", "COP"), Ent(("амбасадата на Бразил",), "ORG", "BRA", "GOV")])
    assert codes(doc, only(doc, "MOBILIZE").recipient) == [("BRA", "GOV")]


def test_shelter_given_to_soldiers_who_fled_is_humanitarian_aid_but_a_shelter_built_is_not():
    colombia, venezuela = Ent(("Колумбија",), country="COL"), Ent(("венецуелски војници",), "ORG", "VEN", "MIL")
    doc = coded("Колумбија им даде засолниште на венецуелски војници кои ја напуштиле својата единица.", [colombia, venezuela])
    ev = only(doc, "AID")
    assert ev.mode == "humanitarian" and codes(doc, ev.actor) == [("COL", None)] and codes(doc, ev.recipient) == [("VEN", "MIL")]
    assert not coded("Колумбија изгради засолниште за венецуелски војници кои ја напуштиле својата единица.",
                     [colombia, venezuela]).events


def test_forces_told_deployed_in_the_passive_after_the_verb_mobilise():
    rome = Ent(("Рим",), country="ITA")
    for text in ("Во Рим беа распоредени 5.000 полицајци и десет оклопни возила.",
                 "Во Рим вчера беа распоредени 5.000 полицајци."):
        ev = only(coded(text, [rome]), "MOBILIZE")
        assert ev.trigger.text == "распоредени", text
    # no force after it, only the shifts of one: shifts laid out are no deployment
    assert "MOBILIZE" not in [e.type for e in coded("Во Рим беа распоредени новите смени за полицијата.", [rome]).events]


def test_a_force_reinforcing_its_posts_or_security_measures_mobilises():
    police = Ent(("Полицијата на ЕУЛЕКС",), "ORG", "EUR", "COP")
    doc = coded("Полицијата на ЕУЛЕКС соопшти дека ги засилила безбедносните мерки на северот.", [police])
    assert only(doc, "MOBILIZE").actor
    doc = coded("Белоруската војска ќе ги засили своите пунктови долж границата.", [Ent(("Белоруската војска",), "ORG", "BLR", "MIL")])
    assert only(doc, "MOBILIZE").status == "future"
    # a ministry's food-safety measures made stricter: no force, no mobilisation
    doc = coded("Министерството за здравство ги засили безбедносните мерки за храната.", [Ent(("Министерството за здравство",), "ORG", "MKD", "GOV")])
    assert "MOBILIZE" not in [e.type for e in doc.events]


def test_a_states_marines_seizing_a_ship_are_its_military():
    spanish = Ent(("Шпанските",), country="ESP", kind="demonym")
    doc = coded("Шпанските маринци го запленија товарниот брод кај Канарските Острови.", [spanish])
    assert codes(doc, only(doc, "COERCE").actor) == [("ESP", "MIL")]
    # the state's tourists are no organ of it: no one seizes
    doc = coded("Шпанските туристи го запленија товарниот брод кај Канарските Острови.", [spanish])
    assert not [ev for ev in doc.events if codes(doc, ev.actor) == [("ESP", "MIL")]]
