"""World news relayed by Macedonian portals, as whole articles (written for these tests)."""
from __future__ import annotations

from vesnik.events import EventStep

from tests.events.helpers import RUSSIA, TRUMP, VUCIC, Ent, coded, codes, document, only

CHINA = Ent(("Кина",), country="CHN")
EU = Ent(("Европската унија", "ЕУ"), "ORG", "EUR", "IGO")


def test_a_package_numbered_with_a_full_stop_is_one_word_before_the_sanctions():
    doc = coded("ЕУ денеска го усвои 20. пакет санкции против Русија.", [EU, RUSSIA])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.actor) == [("EUR", "IGO")] and codes(doc, ev.recipient) == [("RUS", None)]


def test_tariffs_announced_on_a_states_goods_are_its_announced_sanction():
    doc = coded("Трамп најави дополнителни царини од 50 отсто на увозот од Кина.", [TRUMP, CHINA])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.actor) == [("USA", "GOV")] and codes(doc, ev.recipient) == [("CHN", None)]
    assert ev.status == "future"


def test_tariffs_with_no_one_imposing_them_are_no_event():
    doc = coded("Царините ќе влијаат на цените во продавниците.", [])
    assert doc.events == []


TAIWAN = Ent(("Тајван",), country="TWN")
TAIPEI = Ent(("Тајпеј",), country="TWN", sector="GOV")
BEIJING = Ent(("Пекинг",), country="CHN", sector="GOV")
PLA = Ent(("Кинеската армија",), "ORG", "CHN", "MIL")


def test_a_headline_told_again_in_the_body_is_one_event_coded_at_the_body():
    doc = coded("Кина започна воени вежби околу Тајван\n\n"
                "Кинеската армија денеска започна големи воени вежби околу Тајван, соопшти командата.",
                [CHINA, TAIWAN, PLA])
    ev = only(doc, "MOBILIZE")
    assert codes(doc, ev.actor) == [("CHN", "MIL")] and codes(doc, ev.recipient) == [("TWN", None)]
    assert ev.sentence == 1 and [t.text for t in ev.also_triggers] == ["воени вежби"]


def test_a_headline_ending_like_a_sentence_is_no_headline():
    doc = coded("Кина започна воени вежби околу Тајван. Кинеската армија потоа започна воени вежби околу Тајван.",
                [CHINA, TAIWAN, PLA])
    assert len([e for e in doc.events if e.type == "MOBILIZE"]) == 2


def test_a_name_and_its_verb_after_a_comma_open_a_clause_with_their_own_subject():
    doc = coded("Трамп воведе царини на увозот од Кина, Пекинг најави контрамерки", [TRUMP, CHINA, BEIJING])
    sanction, threat = only(doc, "SANCTION"), only(doc, "THREATEN")
    assert codes(doc, sanction.recipient) == [("CHN", None)]
    assert codes(doc, threat.actor) == [("CHN", "GOV")]


def test_the_subject_of_a_clause_after_a_is_no_recipient_and_the_judged_act_told_before_is():
    doc = coded("Кинеската армија денеска започна воени вежби околу Тајван. Командата не даде детали. "
                "Вежбите ќе траат три дена. Тајван ги следи бродовите. "
                "Тајпеј ги осуди вежбите, а Стејт департментот изрази загриженост.",
                [TAIWAN, TAIPEI, PLA, Ent(("Стејт департментот",), "ORG", "USA", "GOV")])
    ev = next(e for e in doc.events if e.type == "ACCUSE" and e.trigger.text == "осуди")
    assert codes(doc, ev.actor) == [("TWN", "GOV")] and codes(doc, ev.recipient) == [("CHN", "MIL")]


ISRAEL = Ent(("Израел",), country="ISR")


def test_a_leader_arriving_in_a_state_visits_it_and_arriving_migrants_do_not():
    doc = coded("Трамп утрово пристигна во Израел.", [TRUMP, ISRAEL])
    ev = only(doc, "CONSULT")
    assert ev.mode == "visit" and codes(doc, ev.recipient) == [("ISR", None)]
    assert coded("Мигрантите пристигнаа во Израел.", [ISRAEL]).events == []


def test_a_protest_lodged_with_a_state_is_an_official_complaint():
    doc = coded("Токио поднел протест до Пјонгјанг преку дипломатски канали.",
                [Ent(("Токио",), country="JPN", sector="GOV"), Ent(("Пјонгјанг",), country="PRK", sector="GOV")])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "disapprove" and codes(doc, ev.recipient) == [("PRK", "GOV")]
    assert not [e for e in doc.events if e.type == "PROTEST"]


def test_a_pronoun_saying_what_it_will_do_is_the_actor_of_the_act_in_its_deka_clause():
    doc = coded("Зеленски го осуди нападот. Тој додаде дека вечерва ќе разговара со германскиот канцелар Мерц.",
                [Ent(("Зеленски",), "PER", "UKR", "GOV"), Ent(("Мерц",), "PER", "DEU", "GOV")], quotes=True)
    ev = only(doc, "AGREE")
    assert codes(doc, ev.actor) == [("UKR", "GOV")] and codes(doc, ev.recipient) == [("DEU", "GOV")]


def test_two_demonyms_sharing_a_head_noun_are_two_forces():
    doc = coded("Американските и јужнокорејските сили следниот месец ќе одржат заеднички вежби.",
                [Ent(("Американските",), country="USA", kind="demonym"), Ent(("јужнокорејските",), country="KOR", kind="demonym")])
    ev = only(doc, "AGREE")
    assert sorted(codes(doc, ev.actor)) == [("KOR", "MIL"), ("USA", "MIL")]


def test_a_retold_l_form_carries_out_the_act():
    doc = coded("Украинската војска, пак, извела напад со дронови врз Русија.",
                [Ent(("Украинската",), country="UKR", kind="demonym"), RUSSIA])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [("UKR", "MIL")] and codes(doc, ev.recipient) == [("RUS", None)]


def test_ready_to_hand_over_or_negotiate_is_an_offer_to_cooperate():
    doc = coded("Киев е подготвен да преговара со Москва.",
                [Ent(("Киев",), country="UKR", sector="GOV"), Ent(("Москва",), country="RUS", sector="GOV")])
    ev = only(doc, "AGREE")
    assert codes(doc, ev.actor) == [("UKR", "GOV")] and codes(doc, ev.recipient) == [("RUS", "GOV")]


def test_support_given_to_someone_is_the_givers_and_the_outlet_relaying_a_verdict_blames_no_one():
    doc = coded("Белград ќе му пружи поддршка на Додик.",
                [Ent(("Белград",), country="SRB", sector="GOV"), Ent(("Додик",), "PER", "BIH", "PTY")])
    ev = only(doc, "AGREE")
    assert codes(doc, ev.actor) == [("SRB", "GOV")] and codes(doc, ev.recipient) == [("BIH", "PTY")]
    doc = coded("Додик е осуден на една година затвор, јавува ФЕНА.",
                [Ent(("Додик",), "PER", "BIH", "PTY"), Ent(("ФЕНА",), "ORG", "BIH", "JRN")], quotes=True)
    assert [e.type for e in doc.events] == ["SANCTION"]


def test_a_preposition_inside_a_roles_complement_governs_not_the_holder():
    doc = coded("Директорот на Канцеларијата за Косово и Метохија Петар Петковиќ го осуди апсењето.",
                [Ent(("Канцеларијата за Косово и Метохија",), "ORG", "SRB", "GOV"), Ent(("Петар Петковиќ",), "PER", "SRB", "GOV")])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [("SRB", "GOV")] and doc.entities[1].id in ev.actor


def test_the_ones_a_release_or_deportation_noun_names_after_na_are_its_recipients():
    doc = coded("Израел почна со ослободување на палестински затвореници.",
                [ISRAEL, Ent(("палестински",), country="PSE", kind="demonym")])
    ev = only(doc, "RETREAT")
    assert codes(doc, ev.actor) == [("ISR", None)] and [c for c, _ in codes(doc, ev.recipient)] == ["PSE"]
    doc = coded("Продолжува депортирањето на мигрантите од страна на Вашингтон.",
                [Ent(("Вашингтон",), country="USA", sector="GOV")])
    assert codes(doc, only(doc, "COERCE").actor) == [("USA", "GOV")]


def test_an_exchange_welcomed_later_in_the_article_points_back_to_its_sides():
    doc = coded("Русија и Украина во петокот разменија по 300 воени заробеници. Размената се одвиваше на границата. "
                "Посредник беше Турција. Ослободените се пренесени во болници. Трамп ја поздрави размената.",
                [RUSSIA, Ent(("Украина",), country="UKR"), Ent(("Турција",), country="TUR"), TRUMP])
    ev = only(doc, "SUPPORT")
    assert sorted(codes(doc, ev.recipient)) == [("RUS", None), ("UKR", None)]
    assert len([e for e in doc.events if e.type == "RETREAT"]) == 1


LEBANON = Ent(("Либан",), country="LBN")
IDF = Ent(("Израелската армија",), "ORG", "ISR", "MIL")


def test_names_after_the_next_verb_are_not_the_recipient_of_a_judged_act():
    doc = coded("Израелската армија вчера изврши воздушни удари врз Либан. "
                "Либанскиот премиер Јусуф Карам ги осуди ударите и побара од Вашингтон и Париз да посредуваат.",
                [IDF, LEBANON, Ent(("Јусуф Карам",), "PER", "LBN", "GOV"), Ent(("Вашингтон",), country="USA"),
                 Ent(("Париз",), country="FRA")])
    ev = next(e for e in doc.events if e.type == "ACCUSE")
    assert codes(doc, ev.recipient) == [("ISR", "MIL")]
    assert codes(doc, only(doc, "REQUEST").recipient) == [("USA", None), ("FRA", None)]


def test_ships_attacked_are_an_attack_not_criticism():
    doc = coded("Хутите од 2023 година нападнаа над 80 трговски бродови во Црвеното Море.", [Ent(("Хутите",), "ORG", "YEM", "REB")])
    assert not [e for e in doc.events if e.type == "ACCUSE"] and only(doc, "ASSAULT").actor


def test_a_warning_of_a_danger_is_no_threat():
    doc = coded("Египет предупреди на опасност од поширока војна во регионот.", [Ent(("Египет",), country="EGY")])
    assert not [e for e in doc.events if e.type == "THREATEN"]


def test_shooting_oneself_in_the_foot_is_a_figure():
    doc = coded("Министерката Ана Лиднер изјави дека Унијата си пука во сопствената нога.",
                [Ent(("Ана Лиднер",), "PER", "SWE", "GOV")])
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_an_attack_named_again_by_its_noun_is_the_attack_told_before_not_the_speakers():
    doc = coded("Руските сили вчера извршија напад со дронови врз Харков. "
                "Во нападот загинаа тројца цивили, изјави градоначалникот Игор Терехов.",
                [Ent(("Руските сили",), "ORG", "RUS", "MIL"), Ent(("Харков",), country="UKR"),
                 Ent(("Игор Терехов",), "PER", "UKR", "GOV")])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [("RUS", "MIL")] and "нападот" in [t.text for t in ev.also_triggers]


def test_a_meeting_told_in_the_subjects_capital_is_the_guests_visit():
    doc = coded("Иракскиот премиер Мохамед Шиа ал Судани се сретна во Багдад со кувајтскиот министер Абдула ал Јахја.",
                [Ent(("Мохамед Шиа ал Судани",), "PER", "IRQ", "GOV"), Ent(("Багдад",), country="IRQ"),
                 Ent(("Абдула ал Јахја",), "PER", "KWT", "GOV")])
    ev = only(doc, "CONSULT")
    assert ev.mode == "visit" and codes(doc, ev.actor) == [("KWT", "GOV")] and codes(doc, ev.recipient) == [("IRQ", "GOV")]
    # a place further on is the topic's, not the meeting's
    doc = coded("Ал Судани разговараше со Ал Јахја за изградбата на пристаниште во Багдад.",
                [Ent(("Ал Судани",), "PER", "IRQ", "GOV"), Ent(("Багдад",), country="IRQ"), Ent(("Ал Јахја",), "PER", "KWT", "GOV")])
    assert codes(doc, only(doc, "CONSULT").actor) == [("IRQ", "GOV")]


def test_a_package_of_sanctions_approved_is_the_approvers_sanction():
    doc = coded("Советот на ЕУ во вторникот го одобри 21-виот пакет санкции против Русија.",
                [Ent(("Советот на ЕУ",), "ORG", "EUR", "IGO"), RUSSIA])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.actor) == [("EUR", "IGO")] and codes(doc, ev.recipient) == [("RUS", None)]
    assert not [e for e in doc.events if e.type == "SUPPORT"]


def test_retaliatory_measures_announced_are_a_threat():
    doc = coded("Кремљ најави одмазднички мерки против Унијата.", [Ent(("Кремљ",), "ORG", "RUS", "GOV"), EU])
    assert codes(doc, only(doc, "THREATEN").actor) == [("RUS", "GOV")]


def test_reservations_withdrawn_are_a_concession():
    doc = coded("Унгарија ги повлече своите резерви кон заклучоците.", [Ent(("Унгарија",), country="HUN")])
    assert codes(doc, only(doc, "CONCEDE").actor) == [("HUN", None)]


def test_a_condemned_attack_is_the_attackers_not_the_official_who_told_its_toll():
    doc = coded("Руските сили вчера извршија напад со ракети врз Харков. "
                "Во нападот загинаа тројца цивили, изјави градоначалникот Игор Терехов. "
                "Украинскиот министер Андриј Сибиха го осуди нападот.",
                [Ent(("Руските сили",), "ORG", "RUS", "MIL"), Ent(("Харков",), country="UKR"),
                 Ent(("Игор Терехов",), "PER", "UKR", "GOV"), Ent(("Андриј Сибиха",), "PER", "UKR", "GOV")])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("RUS", "MIL")]


def test_an_incursion_of_forces_told_by_its_noun_is_an_attack():
    doc = coded("Израелските сили извршија нов упад во Кунеитра.",
                [Ent(("Израелските сили",), "ORG", "ISR", "MIL"), Ent(("Кунеитра",), country="SYR")])
    assert codes(doc, only(doc, "ASSAULT").actor) == [("ISR", "MIL")]
    assert coded("Неговиот упад во дискусијата ги изненади сите.", []).events == []


def test_the_two_states_as_an_object_are_the_pair_named_together_before():
    doc = document("Советот ги отвори преговорите со Исланд и Норвешка. Претседателот Ернст Холм ги пофали двете земји.",
                   [Ent(("Исланд",), country="ISL"), Ent(("Норвешка",), country="NOR"),
                    Ent(("Ернст Холм",), "PER", "EUR", "IGO")])
    for ent, state in zip(doc.entities, ("gpe:ISL", "gpe:NOR")):
        ent.kb_id = state  # (known states, not towns)
    doc = EventStep("mk")(doc)
    ev = next(e for e in doc.events if e.type == "SUPPORT" and e.trigger.text == "пофали")
    assert codes(doc, ev.recipient) == [("ISL", "GOV"), ("NOR", "GOV")]


def test_that_demand_rejected_answers_the_demand_told_before():
    doc = coded("Москва бара Киев да ги повлече силите од регионот. Украинскиот министер Андриј Сибиха го отфрли тоа барање.",
                [Ent(("Москва",), country="RUS", sector="GOV"), Ent(("Киев",), country="UKR", sector="GOV"),
                 Ent(("Андриј Сибиха",), "PER", "UKR", "GOV")])
    assert codes(doc, only(doc, "REJECT").recipient) == [("RUS", "GOV")]


def test_a_detention_ordered_by_a_court_is_the_detention():
    doc = coded("Судот во Анкара вчера донесе одлука за притвор на опозицискиот градоначалник Мехмет Ајдин.",
                [Ent(("Судот во Анкара",), "ORG", "TUR", "JUD"), Ent(("Мехмет Ајдин",), "PER", "TUR", "GOV")])
    ev = only(doc, "COERCE")
    assert ev.mode == "arrest" and codes(doc, ev.actor) == [("TUR", "JUD")] and codes(doc, ev.recipient) == [("TUR", "GOV")]


def test_forces_put_on_alert_by_a_ministry_in_the_renarrated_neuter():
    doc = coded("Министерството за одбрана на Јапонија ги ставило своите сили во состојба на готовност.",
                [Ent(("Министерството за одбрана на Јапонија",), "ORG", "JPN", "GOV")])
    assert codes(doc, only(doc, "MOBILIZE").actor) == [("JPN", "GOV")]


def test_an_attack_told_with_its_dead_is_an_attack_by_an_unknown_hand():
    doc = coded("Најмалку 12 лица загинаа во напад со дронови врз пазар во Кадугли.", [Ent(("Кадугли",), country="SDN")])
    ev = only(doc, "ASSAULT")
    assert ev.mode == "drone" and "actor:unnamed" in ev.rule
    # a bare attack noun with no dead is more often background
    assert coded("Владата разговараше за напад врз системот.", []).events == []


def test_a_report_rejected_answers_its_author_not_a_state_named_after_the_next_verb():
    doc = coded("Европската комисија вчера ја критикуваше Србија во извештајот. "
                "Вучиќ го отфрли извештајот и рече дека Белград нема да воведе санкции против Москва.",
                [Ent(("Европската комисија",), "ORG", "EUR", "IGO"), Ent(("Србија",), country="SRB"), VUCIC,
                 Ent(("Белград",), country="SRB", sector="GOV"), Ent(("Москва",), country="RUS", sector="GOV")])
    ev = next(e for e in doc.events if e.type == "REJECT" and e.trigger.text == "отфрли")
    assert codes(doc, ev.recipient) == [("EUR", "IGO")]


def test_a_group_destroying_its_own_weapons_disarms():
    doc = coded("Борците на групата вчера симболично го уништија своето оружје.",
                [Ent(("Борците на групата",), "ORG", "TUR", "REB")])
    assert only(doc, "RETREAT").mode == "disarm" and not [e for e in doc.events if e.type == "ASSAULT"]


def test_an_appropriate_response_announced_is_a_threat_and_instructors_sent_are_aid():
    doc = coded("Министерството за надворешни работи на Русија најави соодветен одговор.",
                [Ent(("Министерството за надворешни работи на Русија",), "ORG", "RUS", "GOV")])
    assert codes(doc, only(doc, "THREATEN").actor) == [("RUS", "GOV")]
    doc = coded("Турција во март испрати контингент од 100 инструктори во Сомалија.",
                [Ent(("Турција",), country="TUR"), Ent(("Сомалија",), country="SOM")])
    assert only(doc, "AID").mode == "military"


def test_parties_dissolved_by_a_junta_are_banned_and_a_parliament_dissolved_is_no_event():
    doc = coded("Воената хунта во Нигер ги распушти сите политички партии.", [Ent(("Воената хунта",), "ORG", "NER", "MIL")])
    assert only(doc, "COERCE").mode == "restrict"
    assert coded("Претседателот го распушти парламентот и распиша избори.", []).events == []


def test_a_junta_named_by_its_noun_is_its_states_military_and_parties_it_suspends_are_banned():
    doc = coded("Хунтата во Гвинеја ги суспендираше сите политички партии и уапси двајца опозициски лидери.",
                [Ent(("Гвинеја",), "GPE", "GIN")])
    modes = {e.mode: codes(doc, e.actor) for e in doc.events if e.type == "COERCE"}
    assert modes == {"restrict": [("GIN", "MIL")], "arrest": [("GIN", "MIL")]}


def test_a_warning_conditioned_on_the_others_conduct_is_an_ultimatum():
    doc = coded("Министерот Ави Барак предупреди дека армијата ќе продолжи да дејствува доколку милицијата не се разоружа.",
                [Ent(("Ави Барак",), "PER", "ISR", "GOV")])
    assert codes(doc, only(doc, "THREATEN").actor) == [("ISR", "GOV")]
    # a conditional forecast of prices warns of no one
    doc = coded("Гувернерот предупреди дека цените ќе растат доколку не падне инфлацијата.", [])
    assert not [e for e in doc.events if e.type == "THREATEN"]


def test_those_an_attack_is_in_solidarity_with_are_not_its_target():
    doc = coded("Бунтовниците испукаа ракета кон аеродромот кај Ејлат, во знак на солидарност со Либанците.",
                [Ent(("Бунтовниците",), "ORG", "YEM", "REB"), Ent(("Ејлат",), country="ISR"),
                 Ent(("Либанците",), country="LBN", kind="demonym")])
    assert codes(doc, only(doc, "ASSAULT").recipient) == [("ISR", None)]


def test_an_act_judged_by_a_damning_word_criticises_its_author():
    doc = coded("Унијата вчера воведе нови санкции против Белорусија. Словачка ги повлече своите резерви. "
                "Минск ги оцени санкциите како „нелегитимни“.",
                [EU, Ent(("Белорусија",), country="BLR"), Ent(("Словачка",), country="SVK"),
                 Ent(("Унијата",), "ORG", "EUR", "IGO"), Ent(("Минск",), country="BLR", sector="GOV")])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "disapprove" and codes(doc, ev.recipient) == [("EUR", "IGO")]


def test_a_meeting_with_an_eu_official_in_brussels_is_a_visit_to_the_eu():
    doc = document("Премиерот Петар Петров во Брисел се сретна со комесарката Ана Хорват.",
                   [Ent(("Петар Петров",), "PER", "MKD", "GOV"), Ent(("Брисел",), country="BEL"),
                    Ent(("Ана Хорват",), "PER", "EUR", "IGO")])
    doc.entities[1].kb_id = "gpe:city:brussels"  # (the seat of the EU institutions)
    doc = EventStep("mk")(doc)
    ev = only(doc, "CONSULT")
    assert ev.mode == "visit" and codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("EUR", "IGO")]


def test_a_seat_coordinated_with_a_capital_stands_for_its_body():
    washington = Ent(("Вашингтон",), country="USA")
    brussels = Ent(("Брисел",), country="BEL")
    scholz = Ent(("Шолц",), "PER", "DEU", "GOV")
    doc = coded("Шолц ги повика Вашингтон и Брисел да ја прекинат трговската војна.", [scholz, washington, brussels])
    ev = only(doc, "REQUEST")
    assert sorted(codes(doc, ev.recipient)) == [("EUR", "IGO"), ("USA", None)]


def test_tariffs_proclaimed_with_objavi_are_the_proclaimers_sanction():
    doc = coded("Трамп објави царини од 30 отсто на увозот од Кина.", [TRUMP, CHINA])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.actor) == [("USA", "GOV")] and codes(doc, ev.recipient) == [("CHN", None)]


def test_sanctions_agreed_by_the_union_are_its_sanction_and_no_agreement():
    doc = coded("Министрите на ЕУ се договорија за нов пакет санкции против Русија.", [EU, RUSSIA])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.recipient) == [("RUS", None)]
    assert [e.type for e in doc.events] == ["SANCTION"]


def test_easing_sanctions_agreed_stays_an_agreement():
    doc = coded("Министрите на ЕУ се договорија да ги ублажат санкциите против Сирија.", [EU])
    assert [e.type for e in doc.events] == ["AGREE"]


def test_a_response_announced_is_a_threat():
    doc = coded("Русија ги осуди новите санкции и најави брз одговор.", [RUSSIA])
    assert codes(doc, only(doc, "THREATEN").actor) == [("RUS", None)]


UKRAINE = Ent(("Украина",), country="UKR")


def test_a_present_negated_giving_up_of_demands_is_a_refusal():
    doc = coded("Министерот изјави дека Русија не се откажува од своите барања.", [RUSSIA])
    ev = only(doc, "REJECT")
    assert codes(doc, ev.actor) == [("RUS", None)] and ev.status == "asserted"


def test_territories_not_to_be_given_up_are_refused():
    doc = coded("Украина нема да се откаже од своите територии.", [UKRAINE])
    assert codes(doc, only(doc, "REJECT").actor) == [("UKR", None)]


def test_a_past_negated_giving_up_stays_a_negated_concession():
    doc = coded("Русија не се откажа од своите барања.", [RUSSIA])
    assert [(e.type, e.status) for e in doc.events] == [("CONCEDE", "negated")]


def test_a_condemned_attack_is_the_named_attackers_not_the_unnamed_killer_of_its_passive():
    army = Ent(("Израелската армија",), "ORG", "ISR", "MIL")
    salam = Ent(("Салам",), "PER", "LBN", "GOV")
    doc = coded("Израелската армија изврши напади врз јужен Либан, при што беа убиени тројца луѓе. "
                "Салам го осуди нападот.", [army, Ent(("Либан",), country="LBN"), salam])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("ISR", "MIL")]


def test_a_summoned_woman_charge_daffaires_is_a_protest_to_her_state():
    poland = Ent(("Варшава",), country="POL")
    envoy = Ent(("руската",), country="RUS", kind="demonym")
    doc = coded("Варшава ја повика руската отправничка на работи и ѝ врачи протестна нота.", [poland, envoy])
    assert "REQUEST" not in [e.type for e in doc.events]
    assert any(e.type == "ACCUSE" and codes(doc, e.recipient) == [("RUS", None)] for e in doc.events)


def test_a_name_right_before_its_verb_after_a_subordinator_is_that_clauses_subject():
    orban = Ent(("Орбан",), "PER", "HUN", "GOV")
    germany = Ent(("Германија",), country="DEU")
    doc = coded("Орбан се откажа од блокадата откако Германија вети исклучок за Унгарија.",
                [orban, germany, Ent(("Унгарија",), country="HUN")])
    assert codes(doc, only(doc, "AGREE").actor) == [("DEU", None)]


def test_a_paper_publishing_a_visit_is_not_the_visitor():
    paper = Ent(("Нова Македонија",), "ORG", "MKD", "JRN")
    doc = coded("Весникот „Нова Македонија“ ја објави посетата на Мицкоски.",
                [paper, Ent(("Мицкоски",), "PER", "MKD", "GOV")])
    assert not [e for e in doc.events if "E1" in e.actor]


def test_a_session_of_an_international_body_is_its_members_meeting_and_a_governments_is_not():
    doc = coded("Советот за безбедност на ОН вчера одржа итна седница за Мјанмар.",
                [Ent(("Советот за безбедност на ОН",), "ORG", "UNO", "IGO"), Ent(("Мјанмар",), "GPE", "MMR")])
    assert only(doc, "CONSULT").mode == "multilateral"
    assert coded("Владата на Хрватска вчера одржа итна седница за поплавите.",
                 [Ent(("Владата на Хрватска",), "ORG", "HRV", "GOV")]).events == []


def test_member_states_written_as_one_hyphenated_word_are_the_organisations_actor():
    doc = coded("Државите-членки на Европската унија вчера го одобрија новиот пакет санкции против Белорусија.",
                [EU, Ent(("Белорусија",), country="BLR")])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.actor) == [("EUR", "IGO")] and codes(doc, ev.recipient) == [("BLR", None)]


def test_an_agreement_reached_on_a_sanctions_package_is_the_sanction_not_an_agreement():
    doc = coded("Амбасадорите на ЕУ вчера постигнаа договор за 22-риот пакет санкции против Белорусија.",
                [EU, Ent(("Белорусија",), country="BLR")])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.recipient) == [("BLR", None)] and not [e for e in doc.events if e.type == "AGREE"]
    # an agreement to lift them is no sanction
    doc = coded("Министрите постигнаа договор за укинување на санкциите против Белорусија.",
                [Ent(("Белорусија",), country="BLR")])
    assert not [e for e in doc.events if e.type == "SANCTION"]
