"""Criticism, accusations, denials and refusals in 2024–2026 news phrasing (invented sentences)."""
from __future__ import annotations

from vesnik.events import EventStep
from tests.events.helpers import MACEDONIA, SERBIA, TRUMP, Ent, codes, coded, document, only

KREMLIN = Ent(("Кремљ",), "ORG", "RUS", "GOV")
FINLAND = Ent(("Финска",), country="FIN")
FILIPCE = Ent(("Филипче",), "PER", "MKD", "PTY")
MICKOSKI = Ent(("Мицкоски",), "PER", "MKD", "GOV")
LEVICA = Ent(("Левица",), "ORG", "MKD", "PTY")
DUI = Ent(("ДУИ",), "ORG", "MKD", "PTY")
EU = Ent(("Европската унија",), "ORG", "EUR", "IGO")


def test_a_condemnation_of_a_decision_to_close_a_border_is_no_court_sentence():
    doc = coded("Кремљ ја осуди одлуката на Финска да ја затвори границата.", [KREMLIN, FINLAND])
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]
    assert [e.type for e in doc.events] == ["ACCUSE"]  # the closure condemned is its content


def test_a_sentence_to_prison_is_still_no_condemnation():
    doc = coded("Судот го осуди Филипче на затвор.", [FILIPCE])
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_a_sharp_reaction_told_adverb_first():
    doc = coded("ДУИ остро реагираше на изјавата на Мицкоски.", [DUI, MICKOSKI])
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_a_misdemeanour_complaint_is_a_charge():
    doc = coded("Полицијата поднесе прекршочна пријава против Филипче.", [FILIPCE])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "allege" and ev.recipient == ["E1"]


def test_a_condemnation_told_by_its_noun():
    doc = coded("Европската унија упати осуда до Србија поради нападот врз новинарите.", [EU, SERBIA])
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.mode == "disapprove"


def test_a_note_handed_over_is_the_act_of_who_hands_it():
    # the `на` phrase after the note is its addressee, not its author
    ambassador = Ent(("грчкиот амбасадор",), type="PER", country="GRC", sector="GOV")
    doc = coded("Мицкоски му врачи протестна нота на грчкиот амбасадор поради изјавите за јазикот.", [MICKOSKI, ambassador])
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_a_court_conviction_is_no_condemnation_noun():
    doc = coded("Правосилната осуда на Филипче стигна по три години.", [FILIPCE])
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_accusations_made_against_someone():
    doc = coded("Филипче упати тешки обвинувања кон Мицкоски за аферата со тендерите.", [FILIPCE, MICKOSKI])
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.mode == "allege"


def test_refuting_claims_is_a_denial_of_their_author():
    doc = coded("Мицкоски ги побива тврдењата на Левица за злоупотреба на буџетот.", [MICKOSKI, LEVICA])
    ev = only(doc, "REJECT")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_fighting_is_no_refutation():
    doc = coded("Навивачите се побија со полицијата пред тврдењата на Левица.", [LEVICA])
    assert not [e for e in doc.events if e.type == "REJECT"]


def test_walking_out_of_a_session_is_refusing_to_meet():
    doc = coded("Пратениците на Левица ја напуштија седницата во знак на протест.", [LEVICA])
    ev = only(doc, "REJECT")
    assert ev.mode == "meet" and codes(doc, ev.actor)[0][0] == "MKD"


def test_the_authorities_as_an_unnamed_government():
    doc = coded("Левица ја обвини власта за корупција.", [LEVICA])
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and codes(doc, ev.recipient)[0][1] == "GOV"


def test_members_of_a_collective_told_by_od_are_the_subject():
    doc = coded("Пратениците од опозицијата ја обвинија Владата.", [Ent(("Владата",), "ORG", "MKD", "GOV")])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [("MKD", "LEG")] and ev.recipient == ["E1"]


def test_a_collective_under_na_after_another_is_no_subject():
    # only `од` tells members; `на` leaves the governed collective no subject, as before
    doc = coded("Медиумите на опозицијата ја обвинија Србија.", [SERBIA])
    assert not [e for e in doc.events if e.type == "ACCUSE" and e.actor]


def test_the_unnamed_author_of_rejected_words_is_the_recipient():
    doc = coded("Вучиќ ги отфрли барањата на студентите за предвремени избори.", [Ent(("Вучиќ",), "PER", "SRB", "GOV")])
    ev = only(doc, "REJECT")
    assert ev.actor == ["E1"] and codes(doc, ev.recipient) == [("SRB", "CVL")]


def test_a_rejected_proposal_of_unions():
    doc = coded("Владата го одби предлогот на синдикатите за покачување на платите.",
                [Ent(("Владата",), "ORG", "MKD", "GOV")])
    ev = only(doc, "REJECT")
    assert codes(doc, ev.recipient) == [("MKD", "LAB")]


def test_the_unnamed_holders_of_dismissed_fears_are_the_recipient():
    doc = coded("Министерот ги отфрли стравувањата на земјоделците за новите квоти.",
                [Ent(("Министерот",), "PER", "HRV", "GOV")])
    assert codes(doc, only(doc, "REJECT").recipient) == [("HRV", "CVL")]


def test_the_unnamed_author_of_mocked_promises_or_a_rejected_appeal_is_the_recipient():
    doc = coded("Филипче ги исмеа ветувањата на владата за нови работни места.", [FILIPCE])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("MKD", "GOV")]
    doc = coded("Апелациониот суд ја одби жалбата на обвинителството.", [Ent(("Апелациониот суд",), "ORG", "MKD", "JUD")])
    assert codes(doc, only(doc, "REJECT").recipient) == [("MKD", "JUD")]


def test_criticism_drawn_is_the_critics_act_against_the_author_of_the_words():
    doc = coded("Изјавата на Мицкоски предизвика остри критики од Левица.", [MICKOSKI, LEVICA])
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E2"] and ev.recipient == ["E1"] and "criticism_drawn" in ev.rule


def test_resistance_met_is_a_rejection_of_the_plans_author_by_its_demonym():
    doc = coded("Американскиот став наиде на отпор од Германија.",
                [Ent(("Американскиот",), country="USA", kind="demonym"), Ent(("Германија",), country="DEU")])
    ev = only(doc, "REJECT")
    assert ev.actor == ["E2"] and ev.recipient == ["E1"]


def test_someone_declared_or_held_responsible_is_accused():
    doc = coded("Вучиќ ја прогласи Приштина за одговорна за ескалацијата.",
                [Ent(("Вучиќ",), "PER", "SRB", "GOV"), Ent(("Приштина",), country="KOS")])
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.mode == "allege"
    doc = coded("Украина ја смета Русија за одговорна за нападот.",
                [Ent(("Украина",), country="UKR"), Ent(("Русија",), country="RUS")])
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_a_general_statement_of_responsibility_blames_no_one():
    doc = coded("Филипче смета дека секој граѓанин е одговорен за својата безбедност.", [FILIPCE])
    assert doc.events == []


def test_a_court_declaring_someone_guilty_is_no_accusation_of_blame():
    doc = coded("Судот го прогласи Филипче за одговорен за штетата.", [FILIPCE])
    assert not [e for e in doc.events if e.rule.startswith("accuse.declared_responsible")]


def test_criticism_addressed_with_do_to_an_unnamed_government():
    doc = coded("Критики до власта упати и Левица.", [LEVICA])
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and codes(doc, ev.recipient)[0][1] == "GOV"


def test_a_ministry_reacting_to_statements_objects_to_their_author():
    doc = coded("Министерството реагираше на изјавите на Радев.",
                [Ent(("Министерството",), "ORG", "MKD", "GOV"), Ent(("Радев",), "PER", "BGR", "GOV")])
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.rule.startswith("accuse.react")


def test_reacting_to_a_call_is_no_criticism():
    doc = coded("Полицијата реагираше на повикот на Левица.", [LEVICA])
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_a_sharp_reaction_told_by_its_noun():
    doc = coded("Остра реакција од Левица на изјавата на Мицкоски.", [LEVICA, MICKOSKI])
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_the_actor_inside_the_words_of_the_act():
    doc = coded("„Лажат“, одговори Мицкоски на обвинувањата на Филипче.", [MICKOSKI, FILIPCE])
    ev = only(doc, "REJECT")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]
    doc = coded("„Ова е срамота“, реагираа од Левица по изјавата на Мицкоски.", [LEVICA, MICKOSKI])
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_a_name_doubled_by_a_clitic_inside_the_words_is_no_actor():
    # the one sentenced, not who sentences
    doc = coded("Го осуди Филипче на две години затвор.", [FILIPCE])
    assert doc.events == []


def test_the_act_a_condemnation_noun_is_about_is_no_second_event():
    doc = coded("Осудата на нападот стигна и од Вашингтон.", [Ent(("Вашингтон",), country="USA")])
    assert [e.type for e in doc.events] == ["ACCUSE"]


def test_blame_of_the_previous_government_in_a_quote():
    doc = coded("„За ова е виновна претходната власт“, рече Мицкоски.", [MICKOSKI], quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and codes(doc, ev.recipient) == [("MKD", "GOV")]


def test_a_civilian_power_in_a_quote_is_no_one_blamed():
    doc = coded("„Тоа ќе ја поткопа цивилната власт“, рече Мицкоски.", [MICKOSKI], quotes=True)
    assert doc.events == []


def test_a_reproach_with_prekori():
    doc = coded("Грција ја прекори Македонија за непочитување на договорот.",
                [Ent(("Грција",), country="GRC"), Ent(("Македонија",), country="MKD")])
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_a_complaint_filed_against_someone():
    doc = coded("Левица поднесе пријава до Обвинителството против Мицкоски.",
                [LEVICA, Ent(("Обвинителството",), "ORG", "MKD", "JUD"), MICKOSKI])
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E3"]


def test_an_application_filed_is_no_complaint():
    doc = coded("Левица поднесе пријава за учество на изборите.", [LEVICA])
    assert doc.events == []


def test_a_verbless_headline_of_accusations():
    doc = coded("ДУИ со жестоки обвинувања кон Левица", [DUI, LEVICA])
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_attacks_two_states_go_on_with_are_fighting_not_a_headline_of_accusations():
    doc = coded("Израел и Иран продолжија со меѓусебните напади и во текот на ноќта.",
                [Ent(("Израел",), country="ISR"), Ent(("Иран",), country="IRN")])
    assert [e.type for e in doc.events] == ["ASSAULT"]


def test_accusations_faced_are_no_headline_accusations():
    doc = coded("Левица се соочи со обвинувања кон ДУИ", [LEVICA, DUI])
    assert not [e for e in doc.events if e.rule.startswith("accuse.headline_accusations")]


def test_criticism_from_an_unnamed_collective():
    doc = coded("Остри критики од опозицијата за буџетот на Владата.", [Ent(("Владата",), "ORG", "MKD", "GOV")])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [("MKD", "PTY")]


def test_consent_withheld_is_a_refusal():
    doc = coded("Бугарија не даде согласност за почеток на преговорите со Македонија.",
                [Ent(("Бугарија",), country="BGR"), Ent(("Македонија",), country="MKD")])
    ev = only(doc, "REJECT")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.status == "asserted"


def test_a_president_returning_a_law_to_parliament_refuses_it():
    doc = coded("Претседателката Гордана Сиљановска-Давкова го врати законот во Собранието.",
                [Ent(("Гордана Сиљановска-Давкова",), "PER", "MKD", "GOV"), Ent(("Собранието",), "ORG", "MKD", "LEG")])
    ev = only(doc, "REJECT")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_a_law_returned_by_no_head_of_state_is_no_veto():
    doc = coded("Фирмата го врати законот за трговија на веб-страницата.", [])
    assert doc.events == []


def test_an_association_named_by_its_members_is_the_subject():
    doc = coded("Здружението на новинарите остро го осуди Мицкоски.", [MICKOSKI])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor)[0][1] == "NGO" and ev.recipient == ["E1"]


def test_disputing_a_decision_is_criticism_of_its_author():
    doc = coded("Левица ја оспори одлуката на Владата пред Уставниот суд.",
                [LEVICA, Ent(("Владата",), "ORG", "MKD", "GOV")])
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.mode == "disapprove"


def test_calling_someones_words_a_scandal_criticises_them():
    doc = coded("Опозицијата ја нарече изјавата на Мицкоски „скандал“.", [MICKOSKI])
    ev = only(doc, "ACCUSE")
    assert ev.recipient == ["E1"] and ev.mode == "disapprove"


def test_disputing_the_allegations_is_a_denial_and_disputing_a_decision_criticism():
    ents = [Ent(("Трајков",), "PER", "MKD", "CRM"), Ent(("Обвинителството",), "ORG", "MKD", "JUD"), Ent(("ВЛЕН",), "ORG", "MKD", "PTY")]
    doc = coded("Трајков ги оспори наводите на Обвинителството.", ents)
    ev = only(doc, "REJECT")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]
    doc = coded("ВЛЕН ја оспори одлуката на Обвинителството.", ents)
    assert [e.type for e in doc.events] == ["ACCUSE"]


def test_a_motion_for_custody_told_by_its_noun_is_the_prosecution_s_request_to_the_court():
    ents = [Ent(("Обвинителството",), "ORG", "MKD", "JUD"), Ent(("Стојановски",), "PER", "MKD", "CRM")]
    doc = coded("Барањето за притвор за Стојановски го поднесе Обвинителството.", ents)
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E1"] and "E2" not in ev.recipient  # the suspect is no party to the request
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_a_verdict_called_persecution_or_a_decision_called_provocation_is_criticism():
    court = Ent(("Кривичниот суд",), "ORG", "MKD", "JUD")
    doc = coded("Филипче ја нарече пресудата на Кривичниот суд политички прогон.", [FILIPCE, court])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "disapprove" and codes(doc, ev.recipient) == [("MKD", "JUD")]
    doc = coded("Мицкоски ја нарече одлуката на Финска провокација.", [MICKOSKI, FINLAND])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("FIN", None)]
    doc = coded("Левица ја оцени пресудата на Кривичниот суд како политичка одмазда.", [LEVICA, court])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("MKD", "JUD")]


def test_accusations_called_absurd_are_denied_not_criticised():
    doc = coded("Мицкоски ги нарече обвинувањата на Левица апсурдни.", [MICKOSKI, LEVICA])
    ev = only(doc, "REJECT")
    assert not [e for e in doc.events if e.type == "ACCUSE"] and codes(doc, ev.recipient) == [("MKD", "PTY")]
    doc = coded("Финска ги оцени тврдењата на Кремљ како неосновани.", [FINLAND, KREMLIN])
    assert codes(doc, only(doc, "REJECT").recipient) == [("RUS", "GOV")]
    serious = coded("Мицкоски ги оцени обвинувањата на Левица како сериозни.", [MICKOSKI, LEVICA])
    assert not [e for e in serious.events if e.type == "REJECT"]


def test_an_attack_told_with_words_of_speech_is_verbal_even_with_a_state_named():
    doc = coded("Филипче го нападна Мицкоски во говорот, обвинувајќи го дека ја задолжува Македонија.",
                [FILIPCE, MICKOSKI, Ent(("Македонија",), country="MKD")])
    assert not [e for e in doc.events if e.type == "ASSAULT"]
    assert only(doc, "ACCUSE").mode == "disapprove"
    doc = coded("Војската на Србија го нападна селото со артилерија.", [SERBIA])
    assert only(doc, "ASSAULT")


def test_a_denial_with_its_content_answers_the_accusation_before_it():
    bureau = Ent(("Антикорупциската комисија",), "ORG", "MKD", "GOV")
    minister = Ent(("Игор Стојков", "Стојков"), "PER", "MKD", "GOV")
    doc = coded("Антикорупциската комисија го обвини министерот Игор Стојков за судир на интереси. "
                "Стојков негираше дека прекршил закон.", [bureau, minister])
    assert only(doc, "REJECT").recipient == ["E1"]
    # no accusation against his state before it: the denial answers no one
    doc = coded("Стојков негираше дека прекршил закон.", [minister])
    assert only(doc, "REJECT").recipient == []
    # a minister denying something after an accusation of another minister answers no one
    other = Ent(("Ана Велкова",), "PER", "MKD", "GOV")
    doc = coded("Антикорупциската комисија го обвини министерот Игор Стојков за судир на интереси. "
                "Министерката Ана Велкова негираше дека буџетот ќе има дефицит.", [bureau, minister, other])
    assert only(doc, "REJECT").recipient == []


def test_a_condemned_act_no_trigger_told_is_the_state_s_that_opened_the_sentence_before():
    iran, israel = Ent(("Иран",), country="IRN"), Ent(("Израел",), country="ISR")
    doc = document("Иран објави нова нуклеарна доктрина. Израел го осуди потегот.", [iran, israel])
    doc.entities[0].kb_id = "gpe:IRN"  # a state of the knowledge base
    ev = only(EventStep("mk")(doc), "ACCUSE")
    assert ev.actor == ["E2"] and ev.recipient == ["E1.GOV"]
    doc = document("Иран тестираше нова балистичка ракета. Израел го осуди истрелувањето.", [iran, israel])
    doc.entities[0].kb_id = "gpe:IRN"
    assert only(EventStep("mk")(doc), "ACCUSE").recipient == ["E1.GOV"]  # (the launch is an act judged)


def test_she_after_a_feminine_office_of_a_place_is_its_holder():
    doc = coded("Градоначалничката на Битола беше уапсена поради корупција. Таа ги отфрли обвинувањата.",
                [Ent(("Битола",), country="MKD")])
    assert codes(doc, only(doc, "REJECT").actor) == [("MKD", "GOV")]


def test_an_answer_that_tells_its_content_after_an_accusation_rebuts_it():
    cairo, ankara = Ent(("Каиро",), country="EGY"), Ent(("Анкара",), country="TUR")
    doc = coded("Каиро ја обвини Турција за мешање во Либија. Анкара одговори дека нејзините советници се таму "
                "на покана од Триполи.", [cairo, Ent(("Турција",), country="TUR"), ankara, Ent(("Либија",), country="LBY"),
                                         Ent(("Триполи",), country="LBY")], quotes=True)
    assert codes(doc, only(doc, "REJECT").recipient) == [("EGY", None)]
    # an answer to a reporter's question rebuts no one, even after an accusation
    doc = coded("Новинарите ја прашаа министерката за буџетот. Таа одговори дека дефицитот ќе се намали.", [], quotes=True)
    assert not doc.events
    doc = coded("Каиро ја обвини Турција за мешање во Либија. На прашањето за буџетот, Анкара одговори дека "
                "дефицитот ќе се намали.", [cairo, Ent(("Турција",), country="TUR"), ankara, Ent(("Либија",), country="LBY")],
                quotes=True)
    assert not [e for e in doc.events if e.type == "REJECT"]


def test_a_retort_right_after_a_demand_rejects_the_one_who_made_it():
    vienna, sofia = Ent(("Виена",), country="AUT"), Ent(("Софија",), country="BGR")
    skopje, lisbon = Ent(("Скопје",), country="MKD"), Ent(("Лисабон",), country="PRT")
    for said in ("Софија побара од Скопје итни измени на законот. Скопје одговори дека законот е во согласност со "
                 "европските норми.",
                 "Софија побара од Скопје итни измени на законот. Скопје возврати дека постапката е веќе завршена."):
        doc = coded(said, [sofia, skopje], quotes=True)
        ev = only(doc, "REJECT")
        assert codes(doc, ev.actor) == [("MKD", None)] and codes(doc, ev.recipient) == [("BGR", None)], said
    # a demand told long before is other news: the answer there rebuts no one
    doc = coded("Софија побара од Скопје итни измени на законот. Министрите се сретнаа во Виена. Разговорите траеја "
                "четири часа. Делегациите ручаа заедно во Лисабон. Скопје одговори дека законот е во согласност со "
                "европските норми.", [sofia, skopje, vienna, lisbon], quotes=True)
    assert not [e for e in doc.events if e.type == "REJECT"]


def test_a_status_one_side_claims_refused_is_a_rejection():
    ents = [Ent(("Стефан Јовић",), "PER", "SRB", "GOV"), SERBIA, Ent(("Косово",), country="KOS"),
            Ent(("Грузија",), country="GEO"), Ent(("Абхазија",), country="GEO")]
    for said, target in (("Премиерот Стефан Јовић изјави дека Србија никогаш нема да прифати независност на Косово.", "KOS"),
                         ("Грузија соопшти дека нема да ја прифати независноста на Абхазија.", "GEO")):
        doc = coded(said, ents)
        ev = only(doc, "REJECT")
        assert codes(doc, ev.recipient)[0][0] == target, said


def test_a_denial_by_someone_arrested_answers_the_police_that_arrested_him():
    police = Ent(("Полицијата",), "ORG", "MKD", "COP")
    suspect = Ent(("Марко Петровски", "Петровски"), "PER", "MKD")
    doc = coded("Полицијата го уапси Марко Петровски во Тетово. Петровски негира дека ја поседувал дрогата.",
                [police, suspect, Ent(("Тетово",), country="MKD")])
    assert only(doc, "REJECT").recipient == ["E1"]
    # a denial by another than the one arrested answers no arrest
    doc = coded("Полицијата го уапси Марко Петровски во Тетово. Министерот Тошковски негира дека имало притисок.",
                [police, suspect, Ent(("Тетово",), country="MKD"), Ent(("Тошковски",), "PER", "MKD", "GOV")])
    assert only(doc, "REJECT").recipient == []


def test_a_government_blames_no_one_of_its_own_state():
    # `„прогон на Хрватите“`: the Croats are the victims the capital speaks for, not whom it blames
    police = Ent(("Полицијата на Косово",), "ORG", "KOS", "COP")
    zagreb, croats = Ent(("Загреб",), "GPE", "HRV", "GOV"), Ent(("Хрватите",), country="HRV", kind="demonym")
    doc = document("Полицијата на Косово уапси двајца туристи. "
                   "Загреб го осуди апсењето и го нарече „политички прогон на Хрватите“.", [police, zagreb, croats])
    doc.entities[2].kb_id = "gpe:HRV"  # a state of the knowledge base
    blame = [e for e in EventStep("mk")(doc).events if e.type == "ACCUSE"]
    assert [(e.actor, e.recipient) for e in blame] == [(["E2"], ["E1"])]


def test_a_government_refuses_no_one_of_its_own_state():
    # its state in the refused proposal is what the proposal would bind, not who made it; another state there is
    minister = Ent(("Марко Петров",), "PER", "MKD", "GOV")
    own = document("Министерот Марко Петров ја отфрли идејата Македонија да прифаќа мигранти.", [minister, MACEDONIA])
    own.entities[1].kb_id = "gpe:MKD"  # a state of the knowledge base
    assert only(EventStep("mk")(own), "REJECT").recipient == []
    other = document("Министерот Марко Петров ја отфрли идејата Србија да прифаќа мигранти.", [minister, SERBIA])
    other.entities[1].kb_id = "gpe:SRB"
    assert only(EventStep("mk")(other), "REJECT").recipient == ["E2.GOV"]


def test_a_rejected_resolution_answers_the_body_that_adopted_it():
    parliament = Ent(("Парламентот на Нордија",), "ORG", "XXN", "LEG")
    president = Ent(("Петар Илиев",), "PER", "BGR", "GOV")
    doc = coded("Парламентот на Нордија усвои резолуција со која ја критикува Бугарија. "
                "Петар Илиев ја отфрли резолуцијата.", [parliament, Ent(("Бугарија",), country="BGR"), president])
    assert only(doc, "REJECT").recipient == ["E1"]


def test_a_threat_told_after_a_criticism_is_aimed_at_the_one_criticised():
    doc = coded("Доналд Трамп ја критикуваше Шпанија дека малку троши за одбрана и се закани дека ќе воведе царини.",
                [TRUMP, Ent(("Шпанија",), country="ESP")])
    assert codes(doc, only(doc, "THREATEN").recipient) == [("ESP", None)]


def test_a_protest_note_handed_over_is_the_envoys_not_its_addressees():
    envoy = Ent(("Македонскиот амбасадор",), "ORG", "MKD", "GOV")
    ministry = Ent(("грчкото Министерство",), "ORG", "GRC", "GOV")
    doc = coded("Македонскиот амбасадор му предаде протестна нота на грчкото Министерство.", [envoy, ministry])
    ev = only(doc, "ACCUSE")
    assert (codes(doc, ev.actor), codes(doc, ev.recipient)) == ([("MKD", "GOV")], [("GRC", "GOV")])


def test_calls_on_a_state_refused_by_its_leader_answer_the_caller():
    doc = document("Генералниот секретар Јенс Хаген ја повика Грузија да ги ослободи демонстрантите. "
                   "Премиерот Ираклиј Беридзе ги отфрли повиците.",
                   [Ent(("Јенс Хаген",), "PER", "IGO", "IGO"), Ent(("Грузија",), country="GEO"),
                    Ent(("Ираклиј Беридзе",), "PER", "GEO", "GOV")])
    doc.entities[1].kb_id = "gpe:GEO"  # (a known state)
    ev = only(EventStep("mk")(doc), "REJECT")
    assert ev.recipient == ["E1"] and "recipient:demander" in ev.rule


def test_a_gerund_of_accusing_is_an_accusation_and_one_act_with_a_criticism_before_it():
    states = [Ent(("Бразил",), country="BRA"), Ent(("Аргентина",), country="ARG"), Ent(("Чиле",), country="CHL")]
    doc = coded("Бразил воведе нови царини, обвинувајќи ги Аргентина и Чиле за нелојална конкуренција.", states)
    accusation = only(doc, "ACCUSE")
    assert accusation.actor == ["E1"] and set(accusation.recipient) == {"E2", "E3"}
    party = [Ent(("Левицата",), "ORG", "MKD", "PTY"), Ent(("министерот Стојан Трајков", "Трајков"), "PER", "MKD", "GOV")]
    doc = coded("Левицата го критикуваше министерот Стојан Трајков, обвинувајќи го за прикривање податоци.", party)
    assert only(doc, "ACCUSE").recipient == ["E2"]


def test_concern_over_an_escalation_blames_nobody():
    unit = [Ent(("Мисијата на ОСБЕ",), "ORG", "IGO", "IGO")]
    doc = coded("Мисијата на ОСБЕ изрази загриженост поради ескалацијата на насилството во регионот.", unit)
    assert not [e for e in doc.events if e.type == "ACCUSE"]
    japan, china = Ent(("Јапонија",), country="JPN"), Ent(("Кина",), country="CHN")
    assert [e.type for e in coded("Јапонија изрази сериозна загриженост поради вежбите на Кина.", [japan, china]).events] == ["ACCUSE"]


def test_a_threat_with_no_recipient_after_a_dispute_is_aimed_at_the_other_side():
    states = [Ent(("Летонија",), country="LVA"), Ent(("Белорусија", "Минск"), country="BLR")]
    doc = coded("Летонија протера двајца дипломати на Белорусија. Минск најави реципрочни мерки.", states)
    ev = only(doc, "THREATEN")
    assert ev.actor == ["E2"] and ev.recipient == ["E1"] and "recipient:other_side" in ev.rule
    doc = coded("Летонија ја обвини Белорусија за нелегална миграција. Минск најави реципрочни мерки.", states)
    assert only(doc, "THREATEN").recipient == ["E1"]


def test_a_rejected_promise_told_just_before_is_its_makers():
    minister, union = Ent(("Министерот Петар Илиев",), "PER", "MKD", "GOV"), Ent(("Синдикатот на пензионери",), "ORG", "MKD", "LAB")
    doc = coded("Министерот Петар Илиев им вети на пензионерите зголемување на пензиите. "
                "Синдикатот на пензионери го отфрли ветувањето како празно.", [minister, union])
    ev = only(doc, "REJECT")
    assert ev.actor == ["E2"] and ev.recipient == ["E1"] and "recipient:judged_act" in ev.rule


def test_calls_on_a_government_or_army_refused_for_its_state_answer_the_caller():
    doc = coded("Премиерката Ана Ловрен ја повика Владата на Молдавија да ги укине царините. "
                "Премиерот Иван Рошка ги отфрли повиците.",
                [Ent(("Премиерката Ана Ловрен",), "PER", "ROU", "GOV"), Ent(("Владата на Молдавија",), "ORG", "MDA", "GOV"),
                 Ent(("Премиерот Иван Рошка",), "PER", "MDA", "GOV")])
    ev = only(doc, "REJECT")
    assert ev.actor == ["E3"] and ev.recipient == ["E1"] and "recipient:demander" in ev.rule
    doc = document("Азербејџан побара ерменските сили да се повлечат од границата. Ерменија ги отфрли повиците.",
                   [Ent(("Азербејџан",), country="AZE"), Ent(("ерменските сили",), "ORG", "ARM", "MIL"),
                    Ent(("Ерменија",), country="ARM")])
    doc.entities[2].kb_id = "gpe:ARM"  # (a known state)
    ev = only(EventStep("mk")(doc), "REJECT")
    assert ev.actor == ["E3.GOV"] and ev.recipient == ["E1"]


def test_demands_called_justified_concede_to_those_who_made_them():
    doc = coded("Фармерите бараат Владата да ги исплати субвенциите. Министерот Петар Илиев ги нарече барањата оправдани.",
                [Ent(("Министерот Петар Илиев",), "PER", "MKD", "GOV"), Ent(("Владата",), "ORG", "MKD", "GOV")])
    ev = only(doc, "CONCEDE")
    assert ev.actor == ["E1"] and "recipient:judged_act" in ev.rule
    names = {e.id: e.name for e in doc.entities}
    assert [names[r] for r in ev.recipient] == ["Фармерите"]  # the demanders, an unnamed collective


def answered(doc, type_: str, actor: str, recipient: str, how: str) -> bool:
    """The one event of the type is the actor's, aimed at the recipient an earlier sentence names, found `how`."""
    ev = only(doc, type_)
    return ev.actor == [actor] and ev.recipient == [recipient] and f"recipient:{how}" in ev.rule


def test_a_promise_by_the_one_asked_just_after_a_demand_answers_the_demander():
    union = Ent(("Синдикатот на рударите",), "ORG", "MKD", "LAB")
    minister = Ent(("министерот Горан Велески", "Велески"), "PER", "MKD", "GOV")
    doc = coded("Синдикатот на рударите побара од министерот Горан Велески исплата на заостанатите плати. "
                "Велески вети дека платите ќе бидат исплатени до крајот на месецот.", [union, minister])
    assert answered(doc, "AGREE", "E2", "E1", "demander")
    # a demand made of someone else is not the one a promise answers
    mine = Ent(("рудникот Суводол",), "ORG", "MKD", "BUS")
    doc = coded("Синдикатот на рударите побара од рудникот Суводол исплата на заостанатите плати. "
                "Министерот Горан Велески вети дека платите ќе бидат исплатени до крајот на месецот.",
                [union, mine, Ent(("Министерот Горан Велески",), "PER", "MKD", "GOV")])
    assert only(doc, "AGREE").recipient == []
    # nor is a demand told three sentences before
    doc = coded("Синдикатот на рударите побара од министерот Горан Велески исплата на заостанатите плати. "
                "Рудникот работи со загуба. Цената на јагленот падна. "
                "Велески вети дека платите ќе бидат исплатени до крајот на месецот.", [union, minister])
    assert only(doc, "AGREE").recipient == []


def test_rejected_recommendations_are_of_whoever_made_them_just_before():
    mission = Ent(("Мисијата на Светската банка",), "ORG", "IGO", "IGO")
    premier = Ent(("Премиерот Лазар Ристов",), "PER", "MKD", "GOV")
    minister = Ent(("министерката за финансии Ана Попова",), "PER", "MKD", "GOV")
    doc = coded("Мисијата на Светската банка се сретна со министерката за финансии Ана Попова. "
                "Премиерот Лазар Ристов ги отфрли препораките за замрзнување на платите.", [mission, premier, minister])
    assert answered(doc, "REJECT", "E2", "E1", "judged_act")
    # a rejection of something else is no answer to the mission
    doc = coded("Мисијата на Светската банка се сретна со министерката за финансии Ана Попова. "
                "Премиерот Лазар Ристов ги отфрли шпекулациите за предвремени избори.", [mission, premier, minister])
    assert only(doc, "REJECT").recipient == []


def test_criticism_rejected_just_after_an_attack_on_its_actor_answers_the_attackers():
    party = Ent(("опозициската Народна партија",), "ORG", "SVN", "PTY")
    premier = Ent(("Премиерот Јанез Корошец", "Корошец"), "PER", "SVN", "GOV")
    doc = coded("Премиерот Јанез Корошец беше нападнат од опозициската Народна партија во парламентот. "
                "Корошец ги отфрли критиките.", [party, premier])
    assert answered(doc, "REJECT", "E2", "E1", "accuser")
    # an attack on someone else is not what he answers
    minister = Ent(("Министерката Ана Бизјак",), "PER", "SVN", "GOV")
    doc = coded("Министерката Ана Бизјак беше нападната од опозициската Народна партија во парламентот. "
                "Премиерот Јанез Корошец ги отфрли критиките.", [party, premier, minister])
    ev = only(doc, "REJECT")  # (only someone unnamed at home: GUIDELINES, targets named by no one)
    assert "recipient:accuser" not in ev.rule and codes(doc, ev.recipient) == [("SVN", "UNK")]


def test_a_motion_for_detention_naming_no_one_is_made_to_the_court_not_to_those_just_arrested():
    police = Ent(("Полицијата",), "ORG", "MKD", "COP")
    prosecution = Ent(("Обвинителството",), "ORG", "MKD", "JUD")
    doc = coded("Полицијата утрово уапси двајца царински службеници од Албанија осомничени за поткуп. "
                "Обвинителството ќе побара мерка притвор.",
                [police, prosecution, Ent(("Албанија",), country="ALB")])
    arrest, motion = (only(doc, "COERCE"), only(doc, "REQUEST"))
    assert motion.recipient != arrest.recipient and "recipient:detainees" not in motion.rule
    assert not [e for e in doc.events if e.type == "ACCUSE"]
    # an investigation is often of a case, not of the people arrested (`истрагата за убиството`): of someone
    # unnamed at home (GUIDELINES, targets named by no one)
    doc = coded("Полицијата утрово уапси двајца царински службеници од Албанија осомничени за поткуп. "
                "Обвинителството отвори истрага за пожарот во пазарот.",
                [police, prosecution, Ent(("Албанија",), country="ALB")])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("MKD", "UNK")]


def test_a_detention_naming_no_one_is_of_those_just_arrested_but_a_seizure_stays_of_things():
    police = Ent(("Полицијата во Гостивар",), "ORG", "MKD", "COP")
    court = Ent(("Основниот суд Гостивар",), "ORG", "MKD", "JUD")
    doc = coded("Полицијата во Гостивар синоќа уапси тројца вработени во Фондот за патишта осомничени за измама. "
                "Основниот суд Гостивар вечерта определи притвор од 30 дена.", [police, court])
    arrest, detention = sorted((e for e in doc.events if e.type == "COERCE"), key=lambda e: e.trigger.start)
    assert detention.recipient == arrest.recipient != [] and "recipient:detainees" in detention.rule
    # a seizure takes things, not the people arrested
    doc = coded("Полицијата во Гостивар синоќа уапси тројца вработени во Фондот за патишта осомничени за измама. "
                "При претресот беа запленети 20.000 евра.", [police, court])
    seizures = [e for e in doc.events if e.type == "COERCE" and e.mode == "seize"]
    assert seizures and all(e.recipient == [] for e in seizures)


def test_a_promise_just_after_an_ultimatum_made_of_its_actor_answers_the_ones_who_set_it():
    growers = Ent(("Лозарите од Тиквешијата", "лозарите"), "ORG", "MKD", "AGR")
    ministry = Ent(("Министерството за земјоделство",), "ORG", "MKD", "GOV")
    minister = Ent(("Министерот Петар Илиев",), "PER", "MKD", "GOV")
    doc = coded("Лозарите од Тиквешијата предупредија дека ќе го блокираат патот ако Министерството за земјоделство "
                "не им ги исплати субвенциите. Министерот Петар Илиев вети дека парите ќе бидат исплатени до петок.",
                [growers, ministry, minister])
    assert answered(doc, "AGREE", "E3", "E1", "demander")
    # a warning to someone else is no ultimatum he answers
    doc = coded("Лозарите од Тиквешијата предупредија дека ќе го блокираат патот ако винариите не им ги платат "
                "долговите. Министерот Петар Илиев вети дека парите ќе бидат исплатени до петок.",
                [growers, minister])
    assert only(doc, "AGREE").recipient == []


def test_an_arrest_naming_no_one_is_not_of_a_border_closed_just_before():
    police = Ent(("Полицијата",), "ORG", "GRC", "COP")
    doc = coded("Владата во Атина синоќа го затвори граничниот премин кон Албанија. "
                "Полицијата утрово употреби солзавец против земјоделците, а уапси и двајца нивни претставници.",
                [Ent(("Владата во Атина",), "ORG", "GRC", "GOV"), police, Ent(("Албанија",), country="ALB")])
    arrests = [e for e in doc.events if e.type == "COERCE" and e.mode == "arrest"]
    assert arrests and all("recipient:detainees" not in e.rule for e in arrests)


def test_the_parties_of_a_home_community_are_the_home_states_in_a_domestic_story():
    albanian = Ent(("Албанските",), country="ALB", kind="demonym")
    government = Ent(("Владата",), "ORG", "MKD", "GOV")
    doc = coded("Во Тетово и Скопје вчера се зборуваше за законот. Албанските партии ја обвинија Владата "
                "дека ги игнорира нивните барања.", [Ent(("Тетово",), country="MKD"), Ent(("Скопје",), country="MKD"),
                                                     albanian, government])
    assert codes(doc, only(doc, "ACCUSE").actor) == [("MKD", "PTY")]
    abroad = coded("Во Тирана вчера се зборуваше за буџетот. Албанските партии ја обвинија Владата дека го крие долгот.",
                   [Ent(("Тирана",), country="ALB"), albanian, Ent(("Владата",), "ORG", "ALB", "GOV")])
    assert codes(abroad, only(abroad, "ACCUSE").actor) == [("ALB", "PTY")]


def test_a_party_spokesmans_retort_blames_his_own_states_government():
    spokesman = Ent(("Петар Стојковски",), "PER", "MKD", "PTY")
    doc = coded("Портпаролот на партијата Петар Стојковски возврати дека Владата сака да го смени законот за изборите без расправа.",
                [spokesman, Ent(("Владата",), "ORG", "MKD", "GOV")], quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_being_appalled_by_an_act_is_disapproval_of_its_author():
    doc = coded("Шефицата на мисијата изјави дека е згрозена од нападот на милицијата врз болницата.",
                [Ent(("Шефицата на мисијата",), "PER", "UNO", "IGO"), Ent(("милицијата",), "ORG", "SDN", "REB")])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "disapprove" and codes(doc, ev.recipient) == [("SDN", "REB")]
    assert only(coded("Шефицата на мисијата изјави дека е „згрозена“ од нападот.",
                      [Ent(("Шефицата на мисијата",), "PER", "UNO", "IGO")]), "ACCUSE").mode == "disapprove"
    assert not coded("Гледачите беа згрозени од сцените во филмот.", []).events


def test_rejecting_such_claims_after_a_demonstrative_answers_the_accuser():
    doc = coded("Азербејџанскиот министер Џејхун Бајрамов ја обвини Ерменија дека ги гаѓала неговите позиции. "
                "Ереван ги отфрли ваквите тврдења.",
                [Ent(("Џејхун Бајрамов",), "PER", "AZE", "GOV"), Ent(("Ерменија",), country="ARM"),
                 Ent(("Ереван",), country="ARM", sector="GOV")])
    assert codes(doc, only(doc, "REJECT").recipient) == [("AZE", "GOV")]


def test_a_concern_naming_no_one_is_about_whom_its_actor_calls_on_right_after():
    states = [Ent(("Канада",), country="CAN"), Ent(("Венецуела",), country="VEN")]
    doc = coded("Канада изрази загриженост и ја повика Венецуела на воздржаност.", states)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and "recipient:act_after" in ev.rule
    # violence condemned is aimed at its authors, not at whom the actor then calls on
    doc = coded("Канада го осуди насилството и ја повика Венецуела на истрага.", states)
    assert only(doc, "ACCUSE").recipient != ["E2"]


def test_a_court_finding_someone_guilty_convicts_them():
    court, mayor = Ent(("Основниот суд во Битола",), "ORG", "MKD", "JUD"), Ent(("Марко Тошев",), "PER", "MKD", "GOV")
    doc = coded("Основниот суд во Битола вчера го прогласи за виновен поранешниот градоначалник Марко Тошев "
                "за злоупотреба на службената положба.", [court, mayor])
    ev = only(doc, "SANCTION")
    assert ev.mode == "convict" and ev.actor == ["E1"] and ev.recipient == ["E2"]
    doc = coded("Апелациониот суд ја прогласи пратеничката Нина Колева за виновна по сите точки од обвинението.",
                [Ent(("Апелациониот суд",), "ORG", "MKD", "JUD"), Ent(("Нина Колева",), "PER", "MKD", "PTY")])
    ev = only(doc, "SANCTION")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]
    doc = coded("Поранешниот директор Игор Санев беше прогласен за виновен за перење пари.",
                [Ent(("Поранешниот директор Игор Санев",), "PER", "MKD", "BUS")])
    assert only(doc, "SANCTION").recipient == ["E1"]


def test_a_verdict_welcomed_at_home_after_foreign_criticism_is_the_courts():
    court, leader = Ent(("Врховниот суд на Грузија",), "ORG", "GEO", "JUD"), Ent(("Ника Беридзе",), "PER", "GEO", "OPP")
    critic = Ent(("Шведскиот министер Ула Берг",), "PER", "SWE", "GOV")
    premier = Ent(("Грузискиот премиер Гиорги Ахвледијани",), "PER", "GEO", "GOV")
    for judged in ("ја поздрави пресудата", "ја пофали пресудата како праведна"):
        doc = coded("Врховниот суд на Грузија го прогласи за виновен опозициониот лидер Ника Беридзе. "
                    "Шведскиот министер Ула Берг ја осуди пресудата. "
                    f"Грузискиот премиер Гиорги Ахвледијани {judged}.", [court, leader, critic, premier])
        ev = only(doc, "SUPPORT")
        assert ev.actor == ["E4"] and ev.recipient == ["E1"] and "recipient:judged_act" in ev.rule


def test_the_authorities_of_several_states_called_on_are_those_states_not_the_prisoner_named_after():
    caller = Ent(("Фридрих Мерц",), "PER", "DEU", "GOV")
    for places, countries in ((("Белград", "Приштина"), ["SRB", "KOS"]), (("Анкара", "Баку"), ["TUR", "AZE"])):
        states = [Ent((places[0],), country=countries[0]), Ent((places[1],), country=countries[1])]
        doc = coded(f"Фридрих Мерц ги повика властите во {places[0]} и {places[1]} да го ослободат новинарот Андреј Почобут.",
                    [caller, *states, Ent(("Андреј Почобут",), "PER", "BLR", "MED")])
        ev = only(doc, "REQUEST")
        assert ev.actor == ["E1"] and ev.recipient == ["E2", "E3"]
    doc = coded("Фридрих Мерц ги повика властите во Минск да го ослободат новинарот Андреј Почобут.",
                [caller, Ent(("Минск",), country="BLR"), Ent(("Андреј Почобут",), "PER", "BLR", "MED")])
    assert codes(doc, only(doc, "REQUEST").recipient) == [("BLR", "GOV")]  # one state's: its unnamed organ


def test_a_reply_denying_a_criticism_two_sentences_back_answers_the_critic_not_a_name_before():
    levica, ministry = Ent(("Левица",), "ORG", "MKD", "PTY"), Ent(("Министерството за транспорт",), "ORG", "MKD", "GOV")
    guest = Ent(("Австрискиот министер Лукас Бауер",), "PER", "AUT", "GOV")
    for reply in ("возвратија дека постапката е целосно законска", "одговорија дека постапката била транспарентна"):
        doc = coded("Австрискиот министер Лукас Бауер е во посета на Скопје. Левица ја критикуваше набавката на возовите. "
                    "„Министерот склучува договори зад затворени врати“, се вели во соопштението на партијата. "
                    f"Од Министерството за транспорт {reply}.", [guest, levica, ministry], quotes=True)
        ev = only(doc, "REJECT")
        assert ev.actor == ["E3"] and ev.recipient == ["E2"] and "recipient:accuser" in ev.rule


def test_the_subject_of_a_denied_claim_is_no_recipient_of_the_denial():
    minister = Ent(("Министерот Ана Илиевска",), "PER", "MKD", "GOV")
    albania, pristina = Ent(("Албанија",), country="ALB"), Ent(("Приштина",), country="KOS")
    for sentence, ents in (("Министерот Ана Илиевска отфрли дека Албанија ги добила парите од фондот.", [minister, albania]),
                           ("Министерот Ана Илиевска негираше дека Приштина била исклучена од преговорите.", [minister, pristina])):
        assert only(coded(sentence, ents), "REJECT").recipient == [], sentence
    # a refusal's `да` clause names whom it is aimed at
    doc = coded("Унгарија одби да ја поддржи Украина.", [Ent(("Унгарија",), country="HUN"), Ent(("Украина",), country="UKR")])
    assert codes(doc, only(doc, "REJECT").recipient) == [("UKR", None)]


def test_a_demand_of_foreign_owners_of_a_named_firm_is_made_of_the_owners_state():
    premier = Ent(("Премиерот Петар Петров",), "PER", "MKD", "GOV")
    german = Ent(("германските", "германскиот"), country="DEU", kind="demonym")
    works, mine = Ent(("Железарница Скопје",), "ORG", "MKD", "BUS"), Ent(("Рудникот Бучим",), "ORG", "MKD", "BUS")
    for sentence, ents in (
            ("Премиерот Петар Петров побара од германските сопственици на Железарница Скопје да ги исплатат платите.",
             [premier, german, works]),
            ("Премиерот Петар Петров побара од кинеските акционери на Рудникот Бучим да го продадат уделот.",
             [premier, Ent(("кинеските",), country="CHN", kind="demonym"), mine])):
        doc = coded(sentence, ents)
        assert only(doc, "REQUEST").recipient == ["E2"], sentence
    # a demonym title right before a name is the name's: the person is asked; a firm asked is the firm
    doc = coded("Премиерот Петар Петров побара од германскиот амбасадор Јохан Шулц да ги објасни условите.",
                [premier, german, Ent(("Јохан Шулц",), "PER", "DEU", "GOV")])
    assert only(doc, "REQUEST").recipient == ["E3"]
    doc = coded("Премиерот Петар Петров побара од Железарница Скопје да ги исплати платите.", [premier, works])
    assert only(doc, "REQUEST").recipient == ["E2"]


def test_words_a_demonym_opens_are_its_states_and_a_name_after_them_is_their_content():
    minister = Ent(("Марио Лопез",), "PER", "MEX", "GOV")
    parties = [minister, Ent(("Мексико",), country="MEX"), Ent(("Јапонија",), country="JPN"), Ent(("Кореја",), country="KOR"),
               Ent(("американското", "американските"), "GPE", "USA", kind="demonym")]
    doc = coded("Министерот Марио Лопез го отфрли американското барање Мексико да ги затвори границите.", parties)
    ev = only(doc, "REJECT")
    assert codes(doc, ev.recipient) == [("USA", None)]
    # a demonym before people, not words: the people named are the object
    doc = coded("Министерот Марио Лопез ги отфрли американските сојузници Јапонија и Кореја како посредници.", parties)
    ev = only(doc, "REJECT")
    assert codes(doc, ev.recipient) == [("JPN", None), ("KOR", None)]


def test_an_accusation_of_neglect_is_disapproval():
    # a failure judged in the `дека` clause (neglect, delay, isolation) is PLOVER ACCUSE disapprove
    doc = coded("Левица ја обвини Владата на Мицкоски дека со години ги запоставува пензионерите.", [LEVICA, MICKOSKI])
    assert only(doc, "ACCUSE").mode == "disapprove"
    doc = coded("Филипче го обвини Мицкоски дека ја води земјата во изолација.", [FILIPCE, MICKOSKI])
    assert only(doc, "ACCUSE").mode == "disapprove"


def test_an_accusation_of_a_wrongdoing_stays_an_allegation():
    # the negative twins: a wrongdoing in the `дека` clause is an allegation
    doc = coded("Левица ја обвини Владата на Мицкоски дека ги поткупува пензионерите.", [LEVICA, MICKOSKI])
    assert only(doc, "ACCUSE").mode == "allege"
    doc = coded("Филипче го обвини Мицкоски дека ја води земјата кон пропаст со наместени тендери.", [FILIPCE, MICKOSKI])
    assert only(doc, "ACCUSE").mode == "allege"
