"""Trigger words and constructions added to close gaps in the lexicon, on sentences written for
these tests (agency copy as it is written, not taken from any article)."""
from __future__ import annotations

from tests.events.helpers import CROATIA, KOSOVO, MACEDONIA, SERBIA, Ent, codes, coded, only


def test_coming_to_terms_is_agree_with_both_sides_as_actors():
    doc = coded("Владите на Македонија и Грција се спогодија за новото име.", [MACEDONIA, Ent(("Грција",), country="GRC")])
    ev = only(doc, "AGREE")
    assert sorted(codes(doc, ev.actor)) == [("GRC", None), ("MKD", None)] and ev.recipient == []
    assert ev.trigger.text == "се спогодија"


def test_opposing_in_the_imperfect_is_reject_of_the_state_opposed():
    doc = coded("Грција со години се противеше на членството на Македонија во НАТО.",
                [Ent(("Грција",), country="GRC"), MACEDONIA, Ent(("НАТО",), "ORG", "IGO", "IGO")])
    ev = only(doc, "REJECT")
    assert codes(doc, ev.actor) == [("GRC", None)] and codes(doc, ev.recipient) == [("MKD", None)]


def test_protesters_clashing_with_the_police_riot_and_armies_clashing_assault():
    riot = coded("Демонстрантите се судрија со полицијата пред Собранието во Скопје.", [Ent(("Скопје",), country="MKD")])
    ev = only(riot, "PROTEST")
    assert ev.mode == "riot" and codes(riot, ev.actor) == [("MKD", "CVL")] and codes(riot, ev.recipient) == [("MKD", "COP")]
    fight = coded("Украинската војска се судри со проруските бунтовници кај Доњецк.",
                  [Ent(("Украинската",), country="UKR", kind="demonym"), Ent(("проруските",), country="RUS", kind="demonym"),
                   Ent(("Доњецк",), country="UKR")])
    ev = only(fight, "ASSAULT")
    assert codes(fight, ev.actor) == [("UKR", "MIL")] and codes(fight, ev.recipient) == [("RUS", "REB")]
    assert not coded("Возилото се судри со камион на автопатот кај Велес.", [Ent(("Велес",), country="MKD")]).events


def test_a_stabbing_is_assault_with_a_primitive_weapon():
    doc = coded("Маж од Битола избоде двајца соседи по кавга во дворот.", [Ent(("Битола",), country="MKD")])
    ev = only(doc, "ASSAULT")
    assert ev.mode == "primitive" and ev.trigger.text == "избоде"


def test_a_victim_found_with_gunshot_wounds_was_shot_by_someone_unnamed():
    doc = coded("Маж од Битола е пронајден со прострелни рани во својот автомобил.", [Ent(("Битола",), country="MKD")])
    ev = only(doc, "ASSAULT")
    assert ev.mode == "firearms" and ev.trigger.text == "прострелни рани"
    assert codes(doc, ev.actor) == [("MKD", "UNK")]  # not the town the victim is from
    assert codes(doc, ev.recipient) == [("MKD", "CVL")]  # the man found


def test_an_offensive_launched_by_an_army_is_its_assault_but_a_diplomatic_one_is_none():
    doc = coded("Руската армија започна офанзива кон Харков.",
                [Ent(("Руската",), country="RUS", kind="demonym"), Ent(("Харков",), country="UKR")])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [("RUS", "MIL")] and codes(doc, ev.recipient) == [("UKR", None)]
    assert not coded("Србија започна дипломатска офанзива во Африка.", [SERBIA]).events


def test_a_trial_noun_is_no_event_in_football():
    assert not coded("Фудбалерите на Вардар се жалеа на лошото судење на натпреварот.", []).events


def test_staying_away_from_a_reception_is_reject_meet_and_attending_a_ceremony_a_meeting():
    person = Ent(("Петров",), "PER", "MKD", "GOV")
    away = coded("Претседателот Петров не присуствуваше на приемот во амбасадата на Србија.", [person, SERBIA])
    ev = only(away, "REJECT")
    assert ev.mode == "meet" and codes(away, ev.actor) == [("MKD", "GOV")]
    came = coded("Министерот Петров присуствуваше на свеченоста по повод Денот на државноста на Хрватска.",
                 [person, Ent(("Хрватска",), country="HRV")])
    ev = only(came, "CONSULT")
    assert codes(came, ev.actor) == [("MKD", "GOV")] and codes(came, ev.recipient) == [("HRV", None)]


def test_deportation_of_a_states_citizens_is_coerce_deport():
    doc = coded("Германија ги депортираше косовските државјани.",
                [Ent(("Германија",), country="DEU"), Ent(("косовските",), country="KOS", kind="demonym")])
    ev = only(doc, "COERCE")
    assert ev.mode == "deport" and codes(doc, ev.actor) == [("DEU", None)] and codes(doc, ev.recipient) == [("KOS", "CVL")]


def test_concessions_made_in_talks_are_concede():
    doc = coded("Белград направи нови отстапки во преговорите со Приштина за енергетиката.",
                [Ent(("Белград",), country="SRB"), Ent(("Приштина",), country="KOS")])
    ev = only(doc, "CONCEDE")
    assert codes(doc, ev.actor) == [("SRB", None)] and codes(doc, ev.recipient) == [("KOS", None)]


def test_the_police_seizing_in_a_purpose_clause_is_coerce_seize():
    doc = coded("Полицијата на Србија успеа да заплени оружје во Нови Пазар.",
                [SERBIA, Ent(("Нови Пазар",), country="SRB")])
    ev = only(doc, "COERCE")
    assert ev.mode == "seize" and codes(doc, ev.actor) == [("SRB", "COP")]


def test_a_denial_with_its_content_is_reject():
    doc = coded("Петар Петров негираше дека Владата знаела за договорот.", [Ent(("Петар Петров",), "PER", "MKD", "GOV")])
    ev = only(doc, "REJECT")
    assert codes(doc, ev.actor) == [("MKD", "GOV")] and ev.trigger.text == "негираше"


def test_held_in_custody_by_the_police_is_coerce_arrest_but_keeping_a_place_is_none():
    doc = coded("Полицијата го задржа осомничениот за убиството во Куманово.", [Ent(("Куманово",), country="MKD")])
    ev = only(doc, "COERCE")
    assert ev.mode == "arrest" and codes(doc, ev.actor) == [("MKD", "COP")] and codes(doc, ev.recipient) == [("MKD", "CRM")]
    passive = only(coded("Осомничениот за кражбата беше задржан во притвор во Куманово.", [Ent(("Куманово",), country="MKD")]), "COERCE")
    assert "actor:unnamed" in passive.rule
    assert not coded("Вардар ја задржа првата позиција на табелата.", []).events


def test_buildings_that_collapsed_were_destroyed_by_no_one():
    doc = coded("Војската на Србија ги сруши куќите во селото.", [SERBIA])
    assert only(doc, "ASSAULT").mode == "destroy"
    assert not coded("Во Србија се срушија десетици стари куќи.", [SERBIA]).events  # collapsed


COURT = Ent(("Кривичниот суд",), "ORG", "MKD", "JUD")
DEFENDANT = Ent(("Петар Петров",), "PER", "MKD", "ELI")


def test_a_court_ordering_custody_is_coerce_arrest_by_the_court():
    doc = coded("Кривичниот суд му одреди 30 дена притвор на Петар Петров.", [COURT, DEFENDANT])
    ev = only(doc, "COERCE")
    assert ev.mode == "arrest" and codes(doc, ev.actor) == [("MKD", "JUD")] and codes(doc, ev.recipient) == [("MKD", "ELI")]


def test_an_acquittal_is_concede_not_an_accusation():
    doc = coded("Кривичниот суд го ослободи од обвинението Петар Петров.", [COURT, DEFENDANT])
    ev = only(doc, "CONCEDE")
    assert codes(doc, ev.actor) == [("MKD", "JUD")] and codes(doc, ev.recipient) == [("MKD", "ELI")]
    assert not [e for e in doc.events if e.type == "ACCUSE"]
    passive = coded("Петар Петров беше ослободен од обвинението за злоупотреба на службената положба.", [DEFENDANT])
    ev = only(passive, "CONCEDE")
    assert codes(passive, ev.recipient) == [("MKD", "ELI")] and "actor:unnamed" in ev.rule  # the court, unnamed
    verdict = coded("Кривичниот суд донесе ослободителна пресуда за Петар Петров.", [COURT, DEFENDANT])
    assert codes(verdict, only(verdict, "CONCEDE").recipient) == [("MKD", "ELI")]


def test_a_ruling_against_a_state_is_sanction_convict():
    doc = coded("Европскиот суд за човекови права донесе пресуда против Македонија.",
                [Ent(("Европскиот суд за човекови права",), "ORG", "IGO", "JUD"), MACEDONIA])
    ev = only(doc, "SANCTION")
    assert ev.mode == "convict" and codes(doc, ev.actor) == [("IGO", "JUD")] and codes(doc, ev.recipient) == [("MKD", None)]


def test_demonstrators_gathering_before_the_government_protest_against_it():
    doc = coded("Илјадници демонстранти се собраа пред Владата во Скопје.", [Ent(("Скопје",), country="MKD")])
    ev = only(doc, "PROTEST")
    assert ev.mode == "demo" and codes(doc, ev.actor) == [("MKD", "CVL")] and codes(doc, ev.recipient) == [("MKD", "GOV")]
    assert not coded("Иницијативата собра потписи за митингот, а илјадници луѓе се собраа на концертот во Скопје.",
                     [Ent(("Скопје",), country="MKD")]).events


def test_a_call_to_someone_named_by_the_dative_clitic_is_consult_phone():
    doc = coded("Петар Петров му се јави на српскиот премиер Милош Вучевиќ.",
                [Ent(("Петар Петров",), "PER", "MKD", "GOV"), Ent(("српскиот",), country="SRB", kind="demonym"),
                 Ent(("Милош Вучевиќ",), "PER", "SRB", "GOV")])
    ev = only(doc, "CONSULT")
    assert ev.mode == "phone" and ev.trigger.text == "му се јави"
    assert codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("SRB", "GOV")]


def test_not_allowing_someone_in_is_reject():
    doc = coded("Властите на Косово не му дозволија на Петар Петров да ја посети Грачаница.",
                [KOSOVO, Ent(("Петар Петров",), "PER", "SRB", "GOV"), Ent(("Грачаница",), country="KOS")])
    ev = only(doc, "REJECT")
    assert codes(doc, ev.actor) == [("KOS", "GOV")] and codes(doc, ev.recipient) == [("SRB", "GOV")]


def test_finding_common_ground_is_agree_of_both_sides():
    doc = coded("Србија и Косово најдоа заеднички јазик за енергетиката.", [SERBIA, KOSOVO])
    ev = only(doc, "AGREE")
    assert sorted(codes(doc, ev.actor)) == [("KOS", None), ("SRB", None)] and ev.recipient == []


def test_orders_and_lobbying_are_requests():
    order = coded("Премиерот Петар Петров им нареди на министрите да ги намалат трошоците.",
                  [Ent(("Петар Петров",), "PER", "MKD", "GOV")])
    ev = only(order, "REQUEST")
    assert codes(order, ev.actor) == [("MKD", "GOV")] and codes(order, ev.recipient) == [("MKD", "GOV")]
    lobby = coded("Амбасадорот на САД лобираше кај пратениците да го поддржат договорот со Грција.",
                  [Ent(("САД",), country="USA"), Ent(("Грција",), country="GRC")])
    assert codes(lobby, only(lobby, "REQUEST").actor) == [("USA", "GOV")]


def test_a_siege_is_coerce_restrict_of_the_besieged_place():
    doc = coded("Опсадата на Сараево од страна на Југословенската народна армија траеше четири години.",
                [Ent(("Југословенската народна армија",), "ORG", "YUG", "MIL"), Ent(("Сараево",), country="BIH")])
    ev = only(doc, "COERCE")
    assert ev.mode == "restrict" and codes(doc, ev.actor) == [("YUG", "MIL")] and codes(doc, ev.recipient) == [("BIH", None)]


def test_an_apology_is_concede():
    doc = coded("Петар Петров се извини на граѓаните на Србија.", [Ent(("Петар Петров",), "PER", "MKD", "GOV"), SERBIA])
    ev = only(doc, "CONCEDE")
    assert codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("SRB", "CVL")]


def test_reproaches_and_objections_are_accuse_disapprove():
    sdsm, vmro = Ent(("СДСМ",), "ORG", "MKD", "PTY"), Ent(("ВМРО-ДПМНЕ",), "ORG", "MKD", "PTY", name_en="VMRO-DPMNE")
    doc = coded("СДСМ ја прозва ВМРО-ДПМНЕ за неисполнетите ветувања.", [sdsm, vmro])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "disapprove" and ev.actor == ["E1"] and ev.recipient == ["E2"]
    doc = coded("ВМРО-ДПМНЕ му замери на премиерот Петар Петров за спорот со Бугарија.",
                [vmro, Ent(("Петар Петров",), "PER", "MKD", "GOV"), Ent(("Бугарија",), country="BGR")])
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]
    doc = coded("СДСМ упати остри замерки до ВМРО-ДПМНЕ.", [sdsm, vmro])
    assert only(doc, "ACCUSE").recipient == ["E2"]


def test_deprived_of_liberty_is_the_police_arresting():
    suspect, town = Ent(("Петар Петров",), "PER", "MKD", "CRM"), Ent(("Куманово",), country="MKD")
    doc = coded("Полицијата го лиши од слобода Петар Петров во Куманово.", [suspect, town])
    ev = only(doc, "COERCE")
    assert ev.mode == "arrest" and codes(doc, ev.actor) == [("MKD", "COP")] and ev.recipient == ["E1"]
    doc = coded("Петар Петров беше лишен од слобода во Куманово.", [suspect, town])
    ev = only(doc, "COERCE")
    assert codes(doc, ev.actor) == [("MKD", "COP")] and ev.recipient == ["E1"]


def test_strikes_from_the_air_and_opening_fire_are_assault():
    doc = coded("Израелската армија изврши воздушни удари врз Газа.",
                [Ent(("Израелската",), country="ISR", kind="demonym"), Ent(("Газа",), country="PSE")])
    ev = only(doc, "ASSAULT")
    assert ev.mode == "aerial" and codes(doc, ev.actor) == [("ISR", "MIL")] and codes(doc, ev.recipient) == [("PSE", None)]
    doc = coded("Полицијата отвори оган врз демонстрантите во Тбилиси.", [Ent(("Тбилиси",), country="GEO")])
    ev = only(doc, "ASSAULT")
    assert ev.mode == "firearms" and codes(doc, ev.actor) == [("GEO", "COP")] and codes(doc, ev.recipient) == [("GEO", "CVL")]


def test_wounded_in_a_shootout_is_assault_but_not_in_an_accident_nor_early_elections():
    doc = coded("Двајца полицајци беа ранети во престрелката во Куманово.", [Ent(("Куманово",), country="MKD")])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [("MKD", "UNK")] and codes(doc, ev.recipient) == [("MKD", "COP")]
    assert not coded("Тројца патници беа ранети во сообраќајната несреќа кај Велес.", [Ent(("Велес",), country="MKD")]).events
    assert not coded("Владата на Македонија распиша рани избори.", [MACEDONIA]).events


def test_hackers_attacking_a_website_is_coerce_cyber_not_assault():
    doc = coded("Хакерската група „Анонимус“ ја нападна веб-страницата на Владата на Косово.",
                [Ent(("Анонимус",), "ORG", "NGO", "CVL"), KOSOVO])
    ev = only(doc, "COERCE")
    assert ev.mode == "cyber" and not [e for e in doc.events if e.type == "ASSAULT"]
    doc = coded("Русија изврши хакерски напад врз серверите на Министерството за одбрана на Украина.",
                [Ent(("Русија",), country="RUS"), Ent(("Украина",), country="UKR")])
    ev = only(doc, "COERCE")
    assert ev.mode == "cyber" and codes(doc, ev.actor) == [("RUS", None)]


def test_declining_to_comment_is_no_refusal():
    person = Ent(("Петар Петров",), "PER", "MKD", "GOV")
    assert not coded("Петар Петров одби да ги коментира наводите.", [person]).events
    assert only(coded("Петар Петров одби да се сретне со амбасадорот на Србија.", [person, SERBIA]), "REJECT").actor == ["E1"]


def test_a_quote_calling_a_named_actor_discriminatory_or_dysfunctional_is_criticism():
    speaker = Ent(("Петар Петров",), "PER", "MKD", "PTY")
    doc = coded("„Одлуката на Владата на Србија е чиста дискриминација“, рече Петар Петров.", [speaker, SERBIA], quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and codes(doc, ev.recipient) == [("SRB", None)]
    doc = coded("„Оваа нефункционална администрација во Скопје мора да си оди“, рече Петар Петров.",
                [speaker, Ent(("Скопје",), country="MKD")], quotes=True)
    assert only(doc, "ACCUSE").actor == ["E1"]


def test_a_promise_of_retaliation_is_a_threat_not_an_agreement():
    china, usa = Ent(("Пекинг",), country="CHN"), Ent(("САД",), country="USA")
    doc = coded("Пекинг вети дека ќе им возврати на САД за новите царини.", [china, usa])
    ev = only(doc, "THREATEN")
    assert codes(doc, ev.actor) == [("CHN", None)] and codes(doc, ev.recipient) == [("USA", None)]
    assert not [e for e in doc.events if e.type == "AGREE"]
    doc = coded("Пекинг вети дека ќе ги зголеми инвестициите во САД.", [china, usa])
    assert only(doc, "AGREE").actor == ["E1"]


def test_threatened_in_the_aorist_plural_and_the_l_participle():
    doc = coded("Русија и Белорусија се заканија со контрамерки против Полска.",
                [Ent(("Русија",), country="RUS"), Ent(("Белорусија",), country="BLR"), Ent(("Полска",), country="POL")])
    ev = only(doc, "THREATEN")
    assert sorted(codes(doc, ev.actor)) == [("BLR", None), ("RUS", None)] and codes(doc, ev.recipient) == [("POL", None)]


def test_aorist_plurals_and_l_participles_of_frequent_verbs_are_triggers():
    from vesnik.events.lexicon import event_lexicon
    lex = event_lexicon("mk")
    for form, etype in (("поздравија", "SUPPORT"), ("пофалиле", "SUPPORT"), ("обвинил", "ACCUSE"), ("отфрлиле", "REJECT"),
                        ("забранија", "COERCE"), ("предупредил", "THREATEN"), ("ослободиле", "RETREAT"), ("застрелал", "ASSAULT"),
                        ("доделија", "AID"), ("замолија", "REQUEST"), ("извинил", "CONCEDE")):
        assert etype in {t.type for t in lex.single.get(form, ())}, form
    doc = coded("Министрите на ЕУ ја поздравија одлуката на Србија.", [Ent(("ЕУ",), "ORG", "EUR", "IGO"), SERBIA])
    assert only(doc, "SUPPORT").trigger.text == "поздравија"


def test_recommending_that_talks_be_concluded_is_support():
    doc = coded("Европската комисија ѝ препорача на Хрватска нов круг разговори за рибарството.",
                [Ent(("Европската комисија",), "ORG", "EUR", "IGO"), Ent(("Хрватска",), country="HRV")])
    ev = only(doc, "SUPPORT")
    assert codes(doc, ev.actor) == [("EUR", "IGO")] and codes(doc, ev.recipient) == [("HRV", None)]


def test_recommending_a_government_to_act_is_a_request_but_advice_to_no_one_named_is_none():
    bank = Ent(("Светската банка",), "ORG", "IGO", "IGO")
    cabinet = Ent(("Владата",), "ORG", "SRB", "GOV")
    doc = coded("Светската банка ѝ препорача на Владата да ги скрати субвенциите за јавните претпријатија.", [bank, cabinet])
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.actor) == [("IGO", "IGO")] and codes(doc, ev.recipient) == [("SRB", "GOV")]
    assert not coded("Нутриционистите препорачуваат да се јаде повеќе овошје.", []).events


def test_a_match_reports_attacks_demands_and_resignations_are_the_games():
    team = Ent(("Вардар",), "ORG", "MKD", "BUS")
    assert not coded("Вардар напаѓаше цело полувреме, а голманот на Работнички побара пенал.", [team]).events
    assert not coded("Тренерот на Вардар поднесе оставка по поразот во првенството.", [team]).events
    players = [Ent(("Петар Петров",), "PER", "MKD"), Ent(("Марко Марковски",), "PER", "MKD")]
    assert not coded("Селекторот ги повика Петар Петров и Марко Марковски за квалификациите.", players).events  # a call-up
    riot = coded("Навивачите на Вардар се судрија со полицијата по натпреварот во Скопје.",
                 [team, Ent(("Скопје",), country="MKD")])
    assert only(riot, "PROTEST").mode == "riot"  # fans rioting is still coded
    assert only(coded("Владата на Србија поднесе оставка.", [SERBIA]), "RETREAT").mode == "resign"


def test_a_warning_of_a_flood_is_no_threat():
    office = Ent(("Управата за хидрометеоролошки работи",), "ORG", "MKD", "GOV")
    assert not coded("Управата за хидрометеоролошки работи ги предупреди граѓаните на можни поплави.", [office]).events
    doc = coded("Русија ја предупреди Молдавија на последици.", [Ent(("Русија",), country="RUS"), Ent(("Молдавија",), country="MDA")])
    assert codes(doc, only(doc, "THREATEN").recipient) == [("MDA", None)]


def test_insisting_on_something_is_a_demand_insisting_that_something_is_so_is_not():
    greece = Ent(("Грција",), country="GRC")
    doc = coded("Грција инсистира на промена на уставот на Македонија.", [greece, MACEDONIA])
    assert only(doc, "REQUEST").actor == ["E1"]
    doc = coded("Грција инсистираше дека уставот на Македонија содржи територијални претензии.", [greece, MACEDONIA])
    assert not [e for e in doc.events if e.type == "REQUEST"]


def test_proposing_to_open_talks_with_a_state_supports_it():
    doc = coded("Европската комисија предложи отворање на пристапните преговори со Албанија.",
                [Ent(("Европската комисија",), "ORG", "EUR", "IGO"), Ent(("Албанија",), country="ALB")])
    ev = only(doc, "SUPPORT")
    assert codes(doc, ev.actor) == [("EUR", "IGO")] and codes(doc, ev.recipient) == [("ALB", None)]


def test_expressed_indignation_or_protest_is_accuse_disapprove():
    doc = coded("Министерството за надворешни работи на Македонија изрази остар протест до Бугарија.",
                [MACEDONIA, Ent(("Бугарија",), country="BGR")])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "disapprove" and codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("BGR", None)]
    assert not [e for e in doc.events if e.type == "PROTEST"]  # a government's protest is verbal
    doc = coded("Изразувајќи загриженост за реформите, Петар Петров ја повика Србија да го смени законот.",
                [Ent(("Петар Петров",), "PER", "MKD", "GOV"), SERBIA])
    assert only(doc, "ACCUSE").actor == ["E1"] and only(doc, "REQUEST").recipient == ["E2"]


def test_support_given_to_a_state_is_the_givers_and_a_guarantee_given_is_agree():
    germany = Ent(("Германија",), country="DEU")
    doc = coded("Германија даде целосна поддршка на Македонија за членството во ЕУ.", [germany, MACEDONIA])
    ev = only(doc, "SUPPORT")
    assert codes(doc, ev.actor) == [("DEU", None)] and codes(doc, ev.recipient) == [("MKD", None)]
    doc = coded("САД дадоа гаранции на Тајван за неговата одбрана.",
                [Ent(("САД",), country="USA"), Ent(("Тајван",), country="TWN")])
    ev = only(doc, "AGREE")
    assert codes(doc, ev.actor) == [("USA", None)] and codes(doc, ev.recipient) == [("TWN", None)]


def test_congratulations_and_thanks_sent_are_support():
    person = Ent(("Петар Петров",), "PER", "MKD", "GOV")
    doc = coded("Петар Петров упати честитки до новиот премиер на Хрватска.", [person, Ent(("Хрватска",), country="HRV")])
    ev = only(doc, "SUPPORT")
    assert codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("HRV", "GOV")]
    doc = coded("Петар Петров изрази благодарност до Германија за помошта.", [person, Ent(("Германија",), country="DEU")])
    assert codes(doc, only(doc, "SUPPORT").recipient) == [("DEU", None)]


def test_a_reinforced_military_or_police_presence_is_mobilize():
    doc = coded("НАТО го засили военото присуство во Естонија.",
                [Ent(("НАТО",), "ORG", "IGO", "IGO"), Ent(("Естонија",), country="EST")])
    ev = only(doc, "MOBILIZE")
    assert codes(doc, ev.actor) == [("IGO", "IGO")] and ev.location == "E2"
    assert not coded("Компанијата го зголеми своето присуство на пазарот во Србија.", [SERBIA]).events


def test_a_retreat_one_cannot_or_will_not_make_is_a_refusal_to_yield():
    doc = coded("Русија не сака да ги повлече трупите од Украина.", [Ent(("Русија",), country="RUS"), Ent(("Украина",), country="UKR")])
    ev = only(doc, "REJECT")
    assert codes(doc, ev.actor) == [("RUS", None)] and not [e for e in doc.events if e.type == "RETREAT"]
    doc = coded("„Србија не може да ги повлече своите војници од границата“, рече Петар Петров.",
                [SERBIA, Ent(("Петар Петров",), "PER", "SRB", "GOV")], quotes=True)
    assert only(doc, "REJECT").type == "REJECT" and not [e for e in doc.events if e.type == "RETREAT"]
    doc = coded("Русија ги повлече трупите од Украина.", [Ent(("Русија",), country="RUS"), Ent(("Украина",), country="UKR")])
    assert only(doc, "RETREAT").mode == "withdraw"


def test_invoking_or_citing_with_se_is_no_call():
    assert only(coded("Грција ја повика Турција да ги повлече бродовите.", [Ent(("Грција",), country="GRC"),
                                                                           Ent(("Турција",), country="TUR")]), "REQUEST")
    assert not coded("Владата на Србија се повика на резолуцијата на ОН.", [SERBIA]).events
    citing = coded("Армијата на Србија го зазеде ридот, повикувајќи се на наредбата на Владата на Србија.", [SERBIA])
    assert "REQUEST" not in {ev.type for ev in citing.events}


def test_a_state_protesting_to_another_complains_officially_people_protesting_at_a_place_demonstrate():
    doc = coded("Грција протестираше кај Белград поради изјавите.", [Ent(("Грција",), country="GRC"), Ent(("Белград",), country="SRB")])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "disapprove" and codes(doc, ev.actor) == [("GRC", None)] and codes(doc, ev.recipient)[0][0] == "SRB"
    people = coded("Стотина граѓани протестираа кај Владата на Србија.", [SERBIA])
    assert only(people, "PROTEST").mode == "demo"


def test_seeking_help_or_measures_with_no_one_asked_is_no_request_but_asking_it_of_someone_is():
    gov = Ent(("Владата", "на", "Србија"), "ORG", "SRB", "GOV")
    assert not coded("Владата на Србија бара помош за поплавените села.", [gov]).events
    assert not coded("Владата на Србија бара нови мерки против сиромаштијата.", [gov]).events
    assert not coded("Владата на Србија бара можности за извоз во Македонија.", [gov, MACEDONIA]).events
    assert not coded("Србија и Македонија бараат решение за спорот.", [SERBIA, MACEDONIA]).events
    assert only(coded("Србија бара решение од Македонија за спорот.", [SERBIA, MACEDONIA]), "REQUEST")
    asked = coded("Владата на Србија бара помош од Македонија за поплавените села.", [gov, MACEDONIA])
    assert only(asked, "REQUEST")
    demand = coded("Владата на Србија бара од Македонија да ја отвори границата.", [gov, MACEDONIA])
    assert only(demand, "REQUEST")


def test_a_meeting_postponed_is_no_consult_but_one_held_is():
    vucic = Ent(("Александар", "Вучиќ"), "PER", "SRB", "GOV")
    kurti = Ent(("Албин", "Курти"), "PER", "KOS", "GOV")
    postponed = coded("Средбата на Александар Вучиќ со Албин Курти е одложена за следната недела.", [vucic, kurti])
    assert not [ev for ev in postponed.events if ev.type == "CONSULT"]
    held = coded("Средбата на Александар Вучиќ со Албин Курти се одржа во вторникот.", [vucic, kurti])
    assert only(held, "CONSULT")


def test_visiting_a_festival_or_a_writers_tour_is_no_consult_but_a_presidents_visit_is():
    writer = Ent(("Марко", "Петров"), "PER", "SRB")
    assert not coded("Писателот Марко Петров ќе ја посети Македонија на книжевниот фестивал.", [writer, MACEDONIA]).events
    president = Ent(("Александар", "Вучиќ"), "PER", "SRB", "GOV")
    assert only(coded("Претседателот Александар Вучиќ ја посети Македонија.", [president, MACEDONIA]), "CONSULT").mode == "visit"


def test_in_protest_or_a_form_of_protest_is_no_protest_held_but_a_protest_against_a_state_is():
    union = Ent(("Синдикатот",), "ORG", "MKD", "LAB")
    assert not [ev for ev in coded("Синдикатот ја напушти седницата во знак на протест.", [union]).events
                if ev.type == "PROTEST"]
    assert not coded("Синдикатот рече дека блокадите не се облик на мирен протест.", [union]).events
    assert only(coded("Синдикатот организираше протест против Србија.", [union, SERBIA]), "PROTEST")


def test_refusals_with_the_future_negative_are_reject():
    bulgaria = Ent(("Бугарија",), country="BGR")
    gov = Ent(("Владата",), "ORG", "MKD", "GOV")
    doc = coded("Владата нема да прифати нови услови од Бугарија.", [gov, bulgaria])
    ev = only(doc, "REJECT")
    assert ev.trigger.text == "нема да прифати" and ev.status == "asserted"
    assert codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("BGR", None)]
    doc = coded("Србија нема да го признае Косово.", [SERBIA, KOSOVO])
    ev = only(doc, "REJECT")
    assert codes(doc, ev.actor) == [("SRB", None)] and codes(doc, ev.recipient) == [("KOS", None)]
    doc = coded("Бугарија нема да ја поддржи одлуката на Македонија.", [bulgaria, MACEDONIA])
    assert codes(doc, only(doc, "REJECT").recipient) == [("MKD", None)] and not [e for e in doc.events if e.type == "SUPPORT"]
    doc = coded("Македонија нема да попушти пред притисокот на Бугарија.", [MACEDONIA, bulgaria])
    assert codes(doc, only(doc, "REJECT").recipient) == [("BGR", None)]


def test_not_accepting_is_reject_only_of_something_proposed_and_not_in_the_passive():
    gov = Ent(("Владата",), "ORG", "SRB", "GOV")
    doc = coded("Владата не го прифати предлогот на Косово.", [gov, KOSOVO])
    assert codes(doc, only(doc, "REJECT").recipient) == [("KOS", None)]
    assert not coded("Министерот не прифати да одговара на прашањата на новинарите.", []).events
    assert not coded("Предлогот не е прифатен од Владата.", [gov]).events


def test_barring_with_the_future_negative_bars_the_person_the_clitic_doubles():
    tadic = Ent(("Борис", "Тадиќ"), "PER", "SRB", "GOV")
    authorities = Ent(("Владата на Косово",), "ORG", "KOS", "GOV")
    doc = coded("Борис Тадиќ планира посета на манастир. Владата на Косово рече дека нема да му дозволат да влезе.",
                [tadic, authorities])
    ev = only(doc, "REJECT")
    assert ev.trigger.text == "нема да му дозволат"
    assert codes(doc, ev.actor) == [("KOS", "GOV")] and codes(doc, ev.recipient) == [("SRB", "GOV")]
    # no one barred: a rally's boast, no refusal of anyone
    assert not coded("„Нема да дозволиме да се извлечете со тоа“, рече тој.", []).events


def test_a_news_source_reporting_in_its_own_clause_is_no_recipient():
    serbia_gov = Ent(("Владата на Србија",), "ORG", "SRB", "GOV")
    reuters = Ent(("Ројтерс",), "ORG", "GBR", "JRN")
    doc = coded("Владата на Србија го отфрли планот, како што јави Ројтерс.", [serbia_gov, reuters])
    assert only(doc, "REJECT").recipient == []


def test_boycotting_sessions_is_reject_meet_and_a_consumer_boycott_a_protest():
    mps = Ent(("ДУИ",), "ORG", "MKD", "PTY")
    assembly = Ent(("Собранието",), "ORG", "MKD", "LEG")
    doc = coded("ДУИ ја бојкотираше седницата на Собранието.", [mps, assembly])
    ev = only(doc, "REJECT")
    assert ev.mode == "meet" and codes(doc, ev.recipient) == [("MKD", "LEG")]
    doc = coded("Граѓаните во Скопје ги бојкотираат производите на трговските синџири.", [Ent(("Скопје",), country="MKD")])
    assert only(doc, "PROTEST").mode == "boycott"


def test_students_blocking_crossroads_protest_and_do_not_reject():
    doc = coded("Студентите во Белград блокираа неколку раскрсници во центарот на градот.", [Ent(("Белград",), country="SRB")])
    ev = only(doc, "PROTEST")
    assert ev.mode == "obstruct" and codes(doc, ev.actor) == [("SRB", "CVL")]
    assert not [e for e in doc.events if e.type == "REJECT"]


def test_a_premier_welcoming_a_visitor_hosts_a_visit():
    doc = coded("Албанскиот премиер Еди Рама го пречека Мицкоски во Тирана.",
                [Ent(("Еди Рама",), "PER", "ALB", "GOV"), Ent(("Мицкоски",), "PER", "MKD", "GOV"),
                 Ent(("Тирана",), country="ALB")])
    ev = only(doc, "CONSULT")
    assert ev.mode == "visit" and codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("ALB", "GOV")]
    assert not [e for e in doc.events if e.type == "SUPPORT"]


def test_a_court_annulling_a_law_sanctions_its_government_but_a_government_repealing_one_is_no_event():
    doc = coded("Уставниот суд го укина Законот за употреба на јазиците.",
                [Ent(("Уставниот суд",), "ORG", "MKD", "JUD")])
    ev = only(doc, "SANCTION")
    assert ev.mode == "convict" and codes(doc, ev.actor) == [("MKD", "JUD")] and codes(doc, ev.recipient) == [("MKD", "GOV")]
    assert not coded("Владата го укина законот за даночна амнестија.", [Ent(("Владата",), "ORG", "MKD", "GOV")]).events


def test_a_force_reinforcing_its_patrols_mobilizes():
    doc = coded("КФОР ги засили патролите на граничните премини.", [Ent(("КФОР",), "ORG", "IGO", "MIL")])
    ev = only(doc, "MOBILIZE")
    assert codes(doc, ev.actor) == [("IGO", "MIL")] and ev.trigger.text == "засили патролите"
    # the imperfective told of an ongoing reinforcement (`изјави дека мисијата ја зголемува присутноста на патролите`)
    doc = coded("ЕУФОР ја зголемува присутноста на патролите во Брчко.", [Ent(("ЕУФОР",), "ORG", "EUR", "MIL")])
    assert codes(doc, only(doc, "MOBILIZE").actor) == [("EUR", "MIL")]


def test_destroying_institutions_in_a_statement_is_blame_not_an_attack():
    doc = coded("Лидерот на СДСМ Венко Филипче изјави дека Владата на Мицкоски ги уништува институциите.",
                [Ent(("СДСМ",), "ORG", "MKD", "PTY"), Ent(("Венко Филипче",), "PER", "MKD", "PTY"),
                 Ent(("Владата",), "ORG", "MKD", "GOV"), Ent(("Мицкоски",), "PER", "MKD", "GOV")], quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.mode == "disapprove" and ev.actor == ["E2"] and codes(doc, ev.recipient)[0] == ("MKD", "GOV")
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_destroying_trust_or_relations_is_blame_not_an_attack_destroying_depots_is():
    ents = [Ent(("Рама",), "PER", "ALB", "GOV"), Ent(("Вучиќ",), "PER", "SRB", "GOV")]
    for harmed in ("ја уништува довербата меѓу народите", "ги уништува односите меѓу двете земји"):
        doc = coded(f"Рама рече дека Вучиќ {harmed}.", ents, quotes=True)
        assert not [e for e in doc.events if e.type == "ASSAULT"], harmed
    doc = coded("Војската на Вучиќ ги уништи складиштата со оружје.", ents)
    assert only(doc, "ASSAULT").mode == "destroy"


def test_a_warrant_to_bring_someone_in_is_the_issuers_threat_of_arrest_to_that_person():
    doc = coded("Обвинителството на Србија издаде налог за приведување на Марко Петровиќ.",
                [Ent(("Обвинителството",), "ORG", "SRB", "JUD"), SERBIA, Ent(("Марко Петровиќ",), "PER", "SRB", "PTY")])
    ev = only(doc, "THREATEN")
    assert ev.mode == "arrest" and codes(doc, ev.actor) == [("SRB", "JUD")] and codes(doc, ev.recipient) == [("SRB", "PTY")]


def test_a_passive_conviction_is_a_courts_sanction_of_the_convict():
    doc = coded("Поранешниот премиер Никола Груевски е осуден во отсуство на две години затвор.",
                [Ent(("Никола Груевски",), "PER", "MKD", "ELI")])
    ev = only(doc, "SANCTION")
    assert ev.mode == "convict" and [sector for _, sector in codes(doc, ev.actor)] == ["JUD"] and ev.recipient == ["E1"]


def test_protest_notes_in_the_plural_are_official_complaints():
    doc = coded("Хрватска и Србија си разменија протестни ноти поради инцидентот на границата.", [CROATIA, SERBIA])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "disapprove" and sorted(codes(doc, ev.actor)) == [("HRV", None), ("SRB", None)]


def test_an_acquittal_reaches_past_a_long_description_of_the_unnamed_official_acquitted():
    doc = coded("Судот го ослободи поранешниот министер за финансии од сите обвиненија.", [MACEDONIA])
    ev = only(doc, "CONCEDE")
    assert [sector for _, sector in codes(doc, ev.actor)] == ["JUD"] and [s for _, s in codes(doc, ev.recipient)] == ["GOV"]


def test_a_message_that_someone_do_something_is_a_demand_but_a_message_that_something_is_so_none():
    doc = coded("Мицкоски му порача на Радев да престане да се меша во внатрешните работи на Македонија.",
                [Ent(("Мицкоски",), "PER", "MKD", "GOV"), Ent(("Радев",), "PER", "BGR", "GOV"), MACEDONIA])
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]
    assert not coded("Мицкоски порача дека Владата е стабилна.", [Ent(("Мицкоски",), "PER", "MKD", "GOV")]).events


def test_withdrawing_a_veto_is_a_concession_not_a_rejection():
    doc = coded("Франција го повлече ветото за почеток на преговорите со Албанија.",
                [Ent(("Франција",), country="FRA"), Ent(("Албанија",), country="ALB")])
    ev = only(doc, "CONCEDE")
    assert codes(doc, ev.actor) == [("FRA", None)] and codes(doc, ev.recipient) == [("ALB", None)]
    assert not [e for e in doc.events if e.type == "REJECT"]


def test_prosecutors_seeking_custody_request_and_do_not_accuse():
    doc = coded("Обвинителството побара притвор за осомничениот градоначалник.",
                [Ent(("Обвинителството",), "ORG", "MKD", "JUD")])
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.actor) == [("MKD", "JUD")]
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_a_president_signing_a_law_supports_the_parliament_that_passed_it():
    doc = coded("Претседателката Гордана Силјановска-Давкова го потпиша указот за прогласување на законот.",
                [Ent(("Гордана Силјановска-Давкова",), "PER", "MKD", "GOV")])
    ev = only(doc, "SUPPORT")
    assert ev.actor == ["E1"] and codes(doc, ev.recipient) == [("MKD", "LEG")]


def test_an_intergovernmental_conference_with_a_candidate_is_a_meeting_of_both_sides():
    doc = coded("ЕУ ја одржа првата меѓувладина конференција со Северна Македонија.",
                [Ent(("ЕУ",), "ORG", "EUR", "IGO"), Ent(("Северна Македонија",), country="MKD")])
    ev = only(doc, "CONSULT")
    assert sorted(codes(doc, ev.actor + ev.recipient)) == [("EUR", "IGO"), ("MKD", None)]


def test_closing_another_sides_institutions_restricts_the_state_the_demonym_names():
    doc = coded("Косовската Влада ги затвори српските паралелни институции на северот.",
                [Ent(("Косовската Влада",), "ORG", "KOS", "GOV"), Ent(("српските",), country="SRB", kind="demonym")])
    ev = only(doc, "COERCE")
    assert ev.mode == "restrict" and codes(doc, ev.actor) == [("KOS", "GOV")] and codes(doc, ev.recipient) == [("SRB", None)]



def test_closing_another_sides_premises_restricts_it_but_an_owner_closing_his_own_does_not():
    doc = coded("Косовската полиција ги затвори просториите на паралелните српски општини.",
                [Ent(("Косовската полиција",), "ORG", "KOS", "COP"), Ent(("српски",), country="SRB", kind="demonym")])
    ev = only(doc, "COERCE")
    assert ev.mode == "restrict" and codes(doc, ev.actor) == [("KOS", "COP")] and codes(doc, ev.recipient) == [("SRB", None)]
    assert not coded("Сопственикот ги затвори просториите на продавницата поради реновирање.", []).events


def test_proceedings_opened_against_someone_investigate_but_a_procedure_for_something_is_none():
    doc = coded("Државната комисија за спречување корупција отвори постапка против двајца пратеници.",
                [Ent(("Државната комисија за спречување корупција",), "ORG", "MKD", "GOV")])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "investigate" and codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("MKD", "LEG")]
    assert not coded("Министерството покрена постапка за набавка на возила.",
                     [Ent(("Министерството",), "ORG", "MKD", "GOV")]).events


def test_a_retaliation_announced_for_the_future_is_a_threat():
    iran = Ent(("Иран",), country="IRN")
    ev = only(coded("Иран ќе одговори со сила на секој напад врз својата територија.", [iran]), "THREATEN")
    assert ev.mode == "violence" and ev.status == "asserted" and ev.actor == ["E1"]


def test_aiming_missiles_at_a_state_is_a_threat_against_it():
    doc = coded("Русија ќе ги насочи своите ракети кон Полска.",
                [Ent(("Русија",), country="RUS"), Ent(("Полска",), country="POL")])
    ev = only(doc, "THREATEN")
    assert codes(doc, ev.actor) == [("RUS", None)] and codes(doc, ev.recipient) == [("POL", None)]


def test_carrying_on_the_war_under_a_condition_is_a_threat():
    doc = coded("Москва ќе ја продолжи војната доколку Украина не ги прифати условите.",
                [Ent(("Москва",), country="RUS"), Ent(("Украина",), country="UKR")])
    assert [e.type for e in doc.events] == ["THREATEN"]
    assert codes(doc, doc.events[0].actor) == [("RUS", None)]


def test_not_tolerating_under_a_warning_is_a_threat_to_the_one_warned():
    doc = coded("Србија ја предупреди Приштина дека нема да толерира нови провокации на северот.",
                [SERBIA, Ent(("Приштина",), country="KOS", sector="GOV")], quotes=True)
    ev = only(doc, "THREATEN")
    assert codes(doc, ev.actor) == [("SRB", None)] and codes(doc, ev.recipient) == [("KOS", "GOV")]
    assert "ACCUSE" not in [e.type for e in doc.events]


def test_a_second_statement_of_a_warning_is_still_under_it():
    doc = coded("Србија ја предупреди Приштина дека нема да толерира упади на полицијата и дека ќе одговори со сила.",
                [SERBIA, Ent(("Приштина",), country="KOS", sector="GOV")], quotes=True)
    ev = only(doc, "THREATEN")
    assert ev.trigger.text == "ќе одговори" and codes(doc, ev.recipient) == [("KOS", "GOV")]


def test_a_part_of_a_place_or_a_place_near_is_where_not_whom():
    kfor = Ent(("КФОР",), type="ORG", country="IGO", sector="IGO")
    doc = coded("КФОР ги засили патролите на северот на Косово по инцидентот кај Звечан.",
                [kfor, KOSOVO, Ent(("Звечан",), country="KOS")])
    ev = only(doc, "MOBILIZE")
    assert codes(doc, ev.actor) == [("IGO", "IGO")] and ev.recipient == []


def test_a_threat_is_to_whom_its_condition_names():
    doc = coded("Иран се закани дека ќе го затвори теснецот ако САД го нападнат.",
                [Ent(("Иран",), country="IRN"), Ent(("САД",), country="USA")])
    ev = only(doc, "THREATEN")
    assert ev.rule.startswith("threaten.threaten_reflexive")  # the verb, not the plural noun `закани`
    assert codes(doc, ev.actor) == [("IRN", None)] and codes(doc, ev.recipient) == [("USA", None)]


def test_a_blockade_held_out_under_a_condition_is_a_threat():
    doc = coded("Унгарија ќе го блокира пакетот санкции доколку ЕУ не ги одмрзне средствата.",
                [Ent(("Унгарија",), country="HUN"), Ent(("ЕУ",), type="ORG", country="EUR", sector="IGO")])
    assert [e.type for e in doc.events] == ["THREATEN"]
    assert codes(doc, doc.events[0].actor) == [("HUN", None)]


SDSM = Ent(("СДСМ",), "ORG", "MKD", "PTY")
VMRO = Ent(("ВМРО-ДПМНЕ",), "ORG", "MKD", "PTY")


def test_an_interpellation_or_a_no_confidence_motion_is_criticism_of_its_target():
    doc = coded("СДСМ поднесе интерпелација за министерот Петар Петров.", [SDSM, Ent(("Петар Петров",), "PER", "MKD", "GOV")])
    ev = only(doc, "ACCUSE")
    assert (ev.mode, ev.actor, ev.recipient, ev.trigger.text) == ("disapprove", ["E1"], ["E2"], "поднесе интерпелација")
    doc = coded("СДСМ поднесе иницијатива за недоверба на Владата.", [SDSM, Ent(("Владата",), "ORG", "MKD", "GOV")])
    assert only(doc, "ACCUSE").recipient == ["E2"]


def test_a_sharp_attack_on_a_party_is_verbal_even_beside_a_people():
    doc = coded("Лидерот Петар Петров остро ја нападна ВМРО-ДПМНЕ, обвинувајќи ја дека ги заборавила Албанците.",
                [Ent(("Петар Петров",), "PER", "MKD", "PTY"), VMRO, Ent(("Албанците",), country="ALB", kind="demonym")])
    assert [e.type for e in doc.events if e.type == "ASSAULT"] == []
    assert only(doc, "ACCUSE").recipient == ["E2"]


def test_a_blocked_street_is_a_protest_and_a_minister_is_no_mine():
    doc = coded("Демонстрантите ја блокираа улицата „Илинденска“ речиси два часа.", [])
    assert [(e.type, e.mode) for e in doc.events] == [("PROTEST", "obstruct")]
    doc = coded("Бандата ги нападна министерските возила во Скопје.", [Ent(("Скопје",), country="MKD")])
    assert only(doc, "ASSAULT").mode is None


def test_a_body_after_an_opening_od_is_the_subject():
    doc = coded("Од ВМРО-ДПМНЕ ги отфрлија обвинувањата на СДСМ.", [VMRO, SDSM])
    assert only(doc, "REJECT").actor == ["E1"]
    # an adjective between the preposition and the party (`опозициската`, `владејачката`)
    doc = coded("Од опозициската СДСМ ги отфрлија обвинувањата на ВМРО-ДПМНЕ.", [SDSM, VMRO])
    assert only(doc, "REJECT").actor == ["E1"]
    doc = coded("Од владејачката ВМРО-ДПМНЕ го критикуваа задолжувањето и ја обвинија СДСМ за долговите.", [VMRO, SDSM])
    assert {(e.type, tuple(e.actor)) for e in doc.events} == {("ACCUSE", ("E1",))}


def test_an_acronym_in_brackets_before_a_relative_pronoun_is_its_antecedent():
    doc = coded("Протестот го организираше Синдикатот за образование (СОНК), кој ѝ упати ултиматум на Владата.",
                [Ent(("Синдикатот за образование", "СОНК"), "ORG", "MKD", "LAB"), Ent(("Владата",), "ORG", "MKD", "GOV")])
    ev = only(doc, "THREATEN")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_a_source_declining_to_be_named_refuses_nothing():
    ents = [Ent(("Европската унија",), "ORG", "EUR", "IGO"), SERBIA]
    assert not coded("Дипломат на Европската унија, кој одби да биде именуван, рече дека разговорите продолжуваат.", ents).events
    assert only(coded("Србија одби да го прифати планот на Европската унија.", ents), "REJECT")


def test_praise_or_criticism_received_is_given_by_its_od_to_the_subject():
    ents = [MACEDONIA, Ent(("Брисел",), "ORG", "EUR", "IGO")]
    doc = coded("Македонија доби пофалби од Брисел за реформите.", ents)
    ev = only(doc, "SUPPORT")
    assert codes(doc, ev.actor) == [("EUR", "IGO")] and codes(doc, ev.recipient) == [("MKD", None)]
    doc = coded("Македонија доби критики од Брисел за изборите.", ents)
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [("EUR", "IGO")] and codes(doc, ev.recipient) == [("MKD", None)]
    # with no one named who praises, no event
    assert not coded("Македонија, која доби пофалби за реформите, ги продолжува преговорите.", ents).events


def test_demonstrating_a_quality_is_no_protest_but_people_demonstrating_against_someone_is():
    assert not coded("Партијата демонстрираше сила и решеност пред изборите.", [Ent(("Партијата",), "ORG", "MKD", "PTY")]).events
    assert not coded("Ова е демонстрирање на подготвеноста на Владата на Србија.", [SERBIA]).events
    assert not coded("Пратениците на Србија ја демонстрираат својата нетрпеливост.", [SERBIA]).events
    people = coded("Илјадници граѓани демонстрираа против Владата на Србија.", [SERBIA])
    assert only(people, "PROTEST").mode == "demo"


def test_a_hope_told_in_the_past_or_to_you_is_no_announcement_of_support():
    fisnik = Ent(("Фисник", "Реџепи"), "PER", "MKD", "PTY")
    assert not coded("Фисник Реџепи, се надевав дека ќе го поддржите предлогот.", [fisnik]).events
    assert not coded("Колега Реџепи, се надевате дека Владата на Србија ќе го поддржи предлогот.", [fisnik, SERBIA]).events


def test_what_someone_could_or_should_have_done_is_no_act_told_done():
    gov = Ent(("Владата", "на", "Србија"), "ORG", "SRB", "GOV")
    could = coded("Владата на Србија можеше да го одбие предлогот на Косово.", [gov, Ent(("Косово",), country="KOS")])
    assert not [ev for ev in could.events if ev.status in ("asserted", "future")]
    should = coded("Владата на Србија требаше да го осуди нападот врз новинарите.", [gov])
    assert not [ev for ev in should.events if ev.status in ("asserted", "future")]


def test_a_belief_about_another_actors_act_is_a_forecast_not_an_announcement():
    gov = Ent(("Владата", "на", "Србија"), "ORG", "SRB", "GOV")
    assert not coded("Верувам дека Владата на Србија ќе го поддржи планот.", [gov]).events
    assert not coded("Пратеникот мисли дека Владата на Србија нема да го прифати планот.", [gov]).events
    assert coded("Пратеникот рече дека Владата на Србија ќе го поддржи планот.", [gov]).events


def test_agreeing_with_a_view_or_knowing_how_to_act_is_no_event():
    fisnik = Ent(("Фисник", "Реџепи"), "PER", "MKD", "PTY")
    assert not coded("Фисник Реџепи се согласи со новинарите дека изборите беа фер.", [fisnik]).events
    assert only(coded("Фисник Реџепи се согласи да ја повлече тужбата.", [fisnik]), "AGREE")
    assert not coded("Граѓаните на Србија знаат да протестираат кога е потребно.", [SERBIA]).events


def test_harmonising_laws_with_requirements_is_no_request():
    eu = Ent(("Европската", "унија"), "ORG", "EUR", "IGO")
    assert not coded("Измените носат целосна хармонизација со барањата на Европската унија.", [eu]).events
    assert only(coded("Барањето на Европската унија до Владата на Србија стигна вчера.", [eu, SERBIA]), "REQUEST")


def test_the_aorist_uslovi_after_an_object_clitic_is_a_condition_set_not_the_noun():
    sofia = Ent(("Софија",), country="BGR", sector="GOV")
    doc = coded("Софија минатиот месец го услови отворањето на кластерот со уставни измени.", [sofia])
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E1"] and ev.trigger.text == "го услови"
    # the noun `услови` (conditions) is none
    assert not coded("Софија ги исполни сите услови за членство.", [sofia]).events


def test_promises_recalled_in_the_imperfect_inside_a_quote_are_a_complaint_not_a_promise():
    union = Ent(("Ана Илиева",), "PER", "MKD", "LAB")
    doc = coded("„Министерот ни ветуваше покачување, а сега вели дека нема пари“, рече Ана Илиева.", [union], quotes=True)
    assert not [e for e in doc.events if e.type == "AGREE"]
    # told by the narrator, the same form is a promise
    minister = Ent(("Петар Стојанов",), "PER", "MKD", "GOV")
    doc = coded("Министерот Петар Стојанов ветуваше покачување на платите во секој говор.", [minister], quotes=True)
    assert only(doc, "AGREE").actor == ["E1"]
def test_a_foreign_police_the_home_police_work_with_gives_the_unnamed_arresters_no_state():
    doc = coded("МВР соопшти дека акцијата траела два дена во Скопје и Тетово. Во координација со австриската "
                "Сојузна служба за заштита, приведени се петмина осомничени.",
                [Ent(("МВР",), "ORG", "MKD", "COP"), Ent(("Скопје",), country="MKD"), Ent(("Тетово",), country="MKD"),
                 Ent(("Сојузна служба за заштита",), "ORG", "AUT", "COP")])
    assert codes(doc, only(doc, "COERCE").actor) == [("MKD", "COP")]


def test_shooting_in_the_imperfective_is_a_firearms_assault_but_a_sports_shooting_is_none():
    doc = coded("Војниците стрелаа врз цивилите кај Мосул.", [Ent(("Мосул",), country="IRQ")])
    ev = only(doc, "ASSAULT")
    assert ev.mode == "firearms" and ev.trigger.text == "стрелаа"
    assert not coded("Македонските спортисти се натпреваруваа во стрелање со пушка во Загреб.", [CROATIA]).events


def test_thanks_in_the_imperfective_are_support_but_thanks_to_something_are_none():
    doc = coded("Македонската влада ѝ благодари на Хрватска за помошта при пожарите.",
                [Ent(("Македонската",), country="MKD", kind="demonym"), CROATIA])
    ev = only(doc, "SUPPORT")
    assert ev.trigger.text == "благодари"
    assert codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("HRV", None)]
    assert not coded("Благодарение на Хрватска, пожарите брзо беа изгаснати.", [CROATIA]).events


def test_razing_and_setting_on_fire_by_a_named_side_are_destruction_but_by_a_flood_none():
    doc = coded("Српските паравоени единици ги опожарија куќите во селото кај Призрен.",
                [Ent(("Српските",), country="SRB", kind="demonym"), Ent(("Призрен",), country="KOS")])
    ev = only(doc, "ASSAULT")
    assert ev.mode == "destroy" and ev.trigger.text == "опожарија"
    assert not coded("Поплавата ги разурна куќите во селото кај Призрен.", [Ent(("Призрен",), country="KOS")]).events
