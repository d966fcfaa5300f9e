"""Event expressions missing from the lexicon (defending someone, taking their side, orders issued, complaints
in the imperfective, mockery, protest camps), on sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import SERBIA, Ent, codes, coded, only

MICKOSKI = Ent(("Мицкоски",), "PER", "MKD", "GOV")
TOSKOVSKI = Ent(("Тошковски",), "PER", "MKD", "GOV")
ORBAN = Ent(("Орбан",), "PER", "HUN", "GOV")
OSCE = Ent(("ОБСЕ",), "ORG", "IGO", "IGO")
USA_TREASURY = Ent(("Министерството за финансии на САД",), "ORG", "USA", "GOV")
DODIK = Ent(("Додик",), "PER", "BIH", "GOV")


def test_defending_someone_against_critics_is_support_but_not_a_lawyer_a_state_or_values():
    doc = coded("Премиерот Мицкоски во понеделникот го бранеше министерот Тошковски од нападите на опозицијата.",
                [MICKOSKI, TOSKOVSKI])
    ev = only(doc, "SUPPORT")
    assert ev.trigger.text == "го бранеше"
    assert codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("MKD", "GOV")]
    assert not [e for e in coded("Адвокатот го брани Тошковски пред Кривичниот суд.", [TOSKOVSKI]).events if e.type == "SUPPORT"]
    assert not coded("Вучиќ ја бранеше Србија пред европратениците.", [Ent(("Вучиќ",), "PER", "SRB", "GOV"), SERBIA]).events
    assert not coded("Мицкоски ги бранеше европските вредности во говорот.", [MICKOSKI]).events
    assert not coded("Израел има право да се брани, изјави министерот.", []).events


def test_standing_in_defence_of_someone_is_support():
    doc = coded("Пленковиќ застана во одбрана на Тошковски.", [Ent(("Пленковиќ",), "PER", "HRV", "GOV"), TOSKOVSKI])
    ev = only(doc, "SUPPORT")
    assert ev.trigger.text == "застана во одбрана" and codes(doc, ev.recipient) == [("MKD", "GOV")]


def test_an_order_issued_is_a_request_but_a_regulation_named_no_event():
    doc = coded("Министерот Тошковски издаде наредба за засилени контроли на граничните премини.", [TOSKOVSKI])
    ev = only(doc, "REQUEST")
    assert ev.trigger.text == "издаде наредба" and codes(doc, ev.actor) == [("MKD", "GOV")]
    assert not coded("Според Наредбата за безбедност на храната, производителите мора да ги означат алергените.", []).events


def test_complaining_in_the_imperfective_to_someone_is_accuse_but_not_of_pain_or_to_no_one():
    doc = coded("Опозицијата со месеци се жали до ОБСЕ за притисоците врз новинарите.", [OSCE])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "disapprove" and ev.trigger.text == "се жали" and codes(doc, ev.recipient) == [("IGO", "IGO")]
    assert not coded("Мицкоски се жалеше на болки во грбот.", [MICKOSKI]).events
    assert not coded("Пациентите се жалат дека немаат лекови.", []).events
    assert not coded("Тој изјави дека жали за загинатите во несреќата.", []).events


def test_mocking_someone_reflexively_is_accuse_disapprove():
    doc = coded("Орбан се подбиваше со Брисел на предизборниот митинг.", [ORBAN, Ent(("Брисел",), "ORG", "EUR", "IGO")])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "disapprove" and ev.trigger.text == "се подбиваше"
    assert codes(doc, ev.actor) == [("HUN", "GOV")] and codes(doc, ev.recipient) == [("EUR", "IGO")]


def test_a_protest_camp_before_the_government_is_protest_but_tents_for_refugees_or_hikers_are_not():
    doc = coded("Студентите поставија шатори пред Владата барајќи оставка на министерот.", [])
    ev = only(doc, "PROTEST")
    assert ev.mode == "demo" and ev.trigger.text == "поставија шатори"
    assert not [e for e in coded("Црвениот крст постави шатори за мигрантите кај граничниот премин.", []).events if e.type == "PROTEST"]
    assert not coded("Планинарите поставија шатори на врвот Солунска Глава.", []).events


def test_camping_told_by_the_verb_alone_or_by_tents_set_up_is_protest_but_not_a_holiday_camp():
    ev = only(coded("Активистите кампуваа преку ноќ пред Собранието барајќи оставка на владата.", []), "PROTEST")
    assert ev.mode == "demo" and ev.trigger.text == "кампуваа"
    assert not coded("Извидниците кампуваа преку ноќ покрај езерото.", []).events
    doc = coded("Пред Собранието стојат шатори поставени од луѓе кои го бојкотираат референдумот.", [])
    assert [e.trigger.text for e in doc.events if e.type == "PROTEST" and e.status == "asserted"][0] == "шатори поставени"
    assert not coded("Во дворот на училиштето има шатори поставени од Црвениот крст за бегалците.", []).events


def test_an_invitation_in_the_imperfective_is_agree():
    doc = coded("Ердоган го поканува Мицкоски на самитот во Анкара.", [Ent(("Ердоган",), "PER", "TUR", "GOV"), MICKOSKI])
    ev = only(doc, "AGREE")
    assert ev.trigger.text == "поканува" and codes(doc, ev.recipient) == [("MKD", "GOV")]


def test_sanctioning_someone_is_sanction_but_a_law_punishing_an_offence_is_none():
    doc = coded("Министерството за финансии на САД го санкционираше Додик.", [USA_TREASURY, DODIK])
    ev = only(doc, "SANCTION")
    assert ev.trigger.text == "санкционираше"
    assert codes(doc, ev.actor) == [("USA", "GOV")] and codes(doc, ev.recipient) == [("BIH", "GOV")]
    assert not coded("Новиот закон санкционира говор на омраза на социјалните мрежи.", []).events
    assert not coded("Прекршокот ќе биде санкциониран со парична казна од 500 евра.", []).events


def test_setting_prisoners_free_is_retreat_release_but_a_song_played_is_none():
    doc = coded("Белорусија пушти на слобода 52 политички затвореници.", [Ent(("Белорусија",), country="BLR")])
    ev = only(doc, "RETREAT")
    assert ev.mode == "release" and codes(doc, ev.actor) == [("BLR", None)]
    freed = only(coded("Новинарот беше пуштен на слобода по три месеци во притвор.", []), "RETREAT")
    assert freed.mode == "release"
    assert not coded("Песната беше пуштена на радио за прв пат во 1985 година.", []).events


def test_aid_told_by_its_arrival_is_aid_from_its_sender():
    doc = coded("Во Газа пристигнаа 200 камиони со хуманитарна помош од Египет.",
                [Ent(("Газа",), country="PSE"), Ent(("Египет",), country="EGY")])
    ev = only(doc, "AID")
    assert ev.mode == "humanitarian" and codes(doc, ev.actor) == [("EGY", None)] and codes(doc, ev.recipient) == [("PSE", None)]
    assert not coded("Мигрантите пристигнаа во Гевгелија барајќи помош.", [Ent(("Гевгелија",), country="MKD")]).events


def test_someone_tried_is_accuse_allege_by_the_court_it_is_held_before_or_an_unnamed_one():
    gruevski, court = Ent(("Груевски",), "PER", "MKD", "PTY"), Ent(("Кривичниот суд",), "ORG", "MKD", "JUD")
    doc = coded("Ќе му се суди на Груевски пред Кривичниот суд.", [gruevski, court])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "allege" and ev.trigger.text == "му се суди" and ev.status == "future"
    assert codes(doc, ev.actor) == [("MKD", "JUD")] and codes(doc, ev.recipient) == [("MKD", "PTY")]
    unnamed = only(coded("На Груевски ќе му се суди за злоупотреба на службената положба.", [gruevski]), "ACCUSE")
    assert unnamed.rule.startswith("accuse.tried") and "actor:unnamed" in unnamed.rule
    trial = coded("Судењето на Груевски продолжува пред Кривичниот суд.", [gruevski, court])
    ev = only(trial, "ACCUSE")
    assert codes(trial, ev.actor) == [("MKD", "JUD")] and codes(trial, ev.recipient) == [("MKD", "PTY")]
    assert not coded("Судејќи по изјавите, Груевски нема да се врати.", [gruevski]).events


def test_the_feminine_l_forms_of_a_verb_code_as_its_other_forms():
    doc = coded("Според агенциите, Унгарија го поддржала Вучиќ пред самитот.",
                [Ent(("Унгарија",), country="HUN"), Ent(("Вучиќ",), "PER", "SRB", "GOV")])
    ev = only(doc, "SUPPORT")
    assert ev.trigger.text == "поддржала" and codes(doc, ev.recipient) == [("SRB", "GOV")]
    doc = coded("Русија ја бомбардирала Одеса минатата ноќ.", [Ent(("Русија",), country="RUS"), Ent(("Одеса",), country="UKR")])
    ev = only(doc, "ASSAULT")
    assert ev.trigger.text == "бомбардирала" and codes(doc, ev.actor) == [("RUS", None)]


def test_calling_someone_arrogant_or_shameless_is_accuse_disapprove():
    doc = coded("Филипче го нарече Мицкоски арогантен и бесрамен лидер.", [Ent(("Филипче",), "PER", "MKD", "PTY"), MICKOSKI])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "disapprove" and codes(doc, ev.recipient) == [("MKD", "GOV")]
    assert not coded("Мицкоски ја оцени соработката со Грција како успешна.", [MICKOSKI, Ent(("Грција",), country="GRC")]).events


def test_a_visa_regime_imposed_on_a_state_is_sanction_but_visas_granted_are_none():
    doc = coded("Русија воведе визен режим за граѓаните на Молдавија.", [Ent(("Русија",), country="RUS"), Ent(("Молдавија",), country="MDA")])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.actor) == [("RUS", None)] and [c for c, _ in codes(doc, ev.recipient)] == ["MDA"]
    assert not coded("Студентите добија визи за студии во Германија.", [Ent(("Германија",), country="DEU")]).events


def test_revoking_journalists_accreditation_is_coerce_censor():
    doc = coded("Властите им ја одзедоа акредитацијата на новинарите на Би-Би-Си.", [Ent(("Би-Би-Си",), "ORG", "GBR", "JRN")])
    ev = only(doc, "COERCE")
    assert ev.mode == "censor" and ev.trigger.text == "одзедоа акредитацијата"
    assert not coded("Продавницата го одзеде производот од полиците.", []).events


def test_downing_drones_is_assault_but_wind_felling_trees_is_none():
    doc = coded("Противвоздушната одбрана на Украина собори 40 руски дронови.",
                [Ent(("Украина",), country="UKR"), Ent(("руски",), country="RUS", kind="demonym")])
    ev = only(doc, "ASSAULT")
    assert ev.trigger.text == "собори"
    assert not coded("Силниот ветер собори неколку дрвја во центарот на Скопје.", [Ent(("Скопје",), country="MKD")]).events
    assert not coded("Опозицијата се обиде да ја собори владата.", []).events


def test_a_phone_call_received_is_consult_phone_from_its_caller_not_a_call_to_act():
    vucic, trump = Ent(("Вучиќ",), "PER", "SRB", "GOV"), Ent(("Трамп",), "PER", "USA", "GOV")
    doc = coded("Вучиќ примил телефонски повик од Трамп.", [vucic, trump])
    ev = only(doc, "CONSULT")
    assert ev.mode == "phone" and codes(doc, ev.actor) == [("USA", "GOV")] and codes(doc, ev.recipient) == [("SRB", "GOV")]
    doc = coded("По телефонскиот повик со Трамп, Вучиќ замина за Москва.", [vucic, trump])
    assert [e.type for e in doc.events] == ["CONSULT"] and doc.events[0].mode == "phone"


def test_mocking_in_the_imperfect_plural_is_accuse_disapprove():
    doc = coded("Лидерите на ЕУ го исмеваа Орбан на самитот.", [Ent(("ЕУ",), "ORG", "EUR", "IGO"), ORBAN])
    ev = only(doc, "ACCUSE")
    assert ev.trigger.text == "исмеваа" and codes(doc, ev.recipient) == [("HUN", "GOV")]


def test_dispersing_protesters_is_assault_crowd_control_but_wind_dispersing_clouds_is_none():
    doc = coded("Полицијата ги растера демонстрантите со солзавец пред Владата.", [])
    ev = only(doc, "ASSAULT")
    assert ev.mode == "crowd-control" and [sector for _, sector in codes(doc, ev.actor)] == ["COP"]
    assert only(coded("Демонстрантите беа растерани од полицијата.", []), "ASSAULT").mode == "crowd-control"
    assert not coded("Ветерот ги растера облаците над Скопје.", [Ent(("Скопје",), country="MKD")]).events


def test_taken_to_jail_is_coerce_arrest_but_a_survey_carried_out_in_a_prison_is_none():
    doc = coded("Марко Петровски беше спроведен во притвор.", [Ent(("Марко Петровски",), "PER", "MKD", "CRM")])
    ev = only(doc, "COERCE")
    assert ev.mode == "arrest" and [sector for _, sector in codes(doc, ev.actor)] == ["COP"]
    assert codes(doc, ev.recipient) == [("MKD", "CRM")]
    assert not coded("Министерството спроведе анкета во затворот Идризово.", []).events


def test_aid_unfrozen_for_a_state_is_concede_and_its_aid_noun_no_second_event():
    doc = coded("ЕУ ја одмрзна финансиската помош за Грузија.", [Ent(("ЕУ",), "ORG", "EUR", "IGO"), Ent(("Грузија",), country="GEO")])
    assert [e.type for e in doc.events] == ["CONCEDE"]
    assert codes(doc, doc.events[0].recipient) == [("GEO", None)]
    assert not coded("Владата ќе ги одмрзне платите на судиите.", []).events


def test_a_meeting_called_off_is_reject_meet():
    doc = coded("Мицкоски го отповика состанокот со синдикатите.", [MICKOSKI])
    assert [(e.type, e.mode) for e in doc.events] == [("REJECT", "meet")]


def test_funding_cut_for_projects_in_a_state_is_sanction_toward_that_state():
    doc = coded("Агенцијата УСАИД го прекина финансирањето на проектите во Македонија.",
                [Ent(("УСАИД",), "ORG", "USA", "GOV"), Ent(("Македонија",), country="MKD")])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.actor) == [("USA", "GOV")] and codes(doc, ev.recipient) == [("MKD", None)]


def test_demonstrators_throwing_stones_riot_but_a_man_or_fans_throwing_do_not_protest():
    doc = coded("Демонстрантите фрлаа камења и молотови коктели кон полицијата.", [])
    ev = only(doc, "PROTEST")
    assert ev.mode == "riot" and ev.trigger.text == "фрлаа камења"
    assert not [e for e in coded("Непознат маж фрли камен кон автобусот.", []).events if e.type == "PROTEST"]
    assert not coded("Навивачите фрлија бакљи на теренот.", []).events


def test_a_visit_put_off_is_reject_meet_but_a_vote_put_off_or_an_impersonal_one_is_none():
    vucic = Ent(("Вучиќ",), "PER", "SRB", "GOV")
    doc = coded("Вучиќ ја одложи посетата на Брисел.", [vucic, Ent(("Брисел",), "ORG", "EUR", "IGO")])
    assert [(e.type, e.mode, e.trigger.text) for e in doc.events] == [("REJECT", "meet", "одложи")]
    assert not coded("Собранието го одложи гласањето за буџетот по средбата на лидерите.", []).events
    assert not [e for e in coded("Средбата би можела да се одложи за следната недела.", []).events if e.type == "REJECT"]


def test_a_suspect_questioned_by_the_police_is_accuse_investigate_but_hearing_a_colleague_is_none():
    doc = coded("Поранешниот директор беше испрашан во полиција повеќе од пет часа.", [])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "investigate" and [sector for _, sector in codes(doc, ev.actor)] == ["COP"]
    assert not coded("Ве сослушав внимателно, колега пратеник.", []).events
    assert not coded("Комисијата ги сослуша кандидатите за членови на Судскиот совет.", []).events
