"""Macedonian domestic politics: parties, parliament, government, prosecutors and courts
(invented sentences in the style of 2024–2026 portals)."""
import pytest

from tests.events.helpers import GREECE, MACEDONIA, SERBIA, Ent, codes, coded, only

MICKOSKI = Ent(("Мицкоски",), "PER", "MKD", "GOV")
SOFIA = Ent(("Софија",), country="BGR")
GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")
LEVICA = Ent(("Левица",), "ORG", "MKD", "PTY")
ALLIANCE = Ent(("Алијанса за Албанците",), "ORG", "MKD", "PTY")


def test_a_refusal_to_change_the_constitution_under_pressure_is_reject_yield():
    doc = coded("Мицкоски изјави дека Македонија нема да го менува уставот под притисок од Софија.",
                [MICKOSKI, MACEDONIA, SOFIA])
    ev = only(doc, "REJECT")
    assert ev.mode == "yield" and codes(doc, ev.actor) == [("MKD", None)] and codes(doc, ev.recipient) == [("BGR", None)]
    # a change of the law the government itself plans, with no side pressing for it, is no refusal
    assert not coded("Министерот рече дека нема да се менува законот за плати оваа година.", []).events


def test_boycotting_a_vote_or_a_sitting_of_parliament_is_reject_meet():
    doc = coded("Левица го бојкотираше гласањето во Собранието.", [LEVICA])
    ev = only(doc, "REJECT")
    assert ev.mode == "meet" and codes(doc, ev.actor) == [("MKD", "PTY")]
    assert [e.type for e in coded("Пратениците на Левица го бојкотираа пленарното заседание.", [LEVICA]).events] == ["REJECT"]


def test_changes_to_a_law_announced_as_not_accepted_are_rejected():
    doc = coded("Алијанса за Албанците нема да прифати промени на законот за јазиците.", [ALLIANCE])
    assert codes(doc, only(doc, "REJECT").actor) == [("MKD", "PTY")]


def test_a_law_the_government_will_not_withdraw_is_a_refusal_and_one_withdrawn_a_concession():
    doc = coded("Владата нема да го повлече законот за странски агенти.", [GOVERNMENT])
    assert codes(doc, only(doc, "REJECT").actor) == [("MKD", "GOV")]
    doc = coded("Владата го повлече законот за странски агенти по протестите.", [GOVERNMENT])
    assert codes(doc, only(doc, "CONCEDE").actor) == [("MKD", "GOV")]


def test_a_case_opened_against_someone_is_an_investigation():
    minister = Ent(("Арбен Таравари",), "PER", "MKD", "GOV")
    commission = Ent(("Антикорупциската комисија",), "ORG", "MKD", "GOV")
    doc = coded("Антикорупциската комисија отвори предмет против министерот Арбен Таравари.", [commission, minister])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "investigate" and codes(doc, ev.recipient) == [("MKD", "GOV")]
    # a subject taught at school is no case
    assert not coded("Училиштето отвори нов предмет за информатика.", []).events


def test_the_party_opening_a_sentence_with_od_is_the_party_named_before():
    dui = Ent(("ДУИ",), "ORG", "MKD", "PTY")
    doc = coded("Пратениците на ДУИ го напуштија Собранието. Од партијата бараат Владата да го повлече предлогот.",
                [dui, GOVERNMENT])
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E1"] and codes(doc, ev.recipient) == [("MKD", "GOV")]
    # with no party named before, the unnamed party of the country acts
    doc = coded("Од партијата бараат Владата да го повлече предлогот.", [GOVERNMENT])
    assert codes(doc, only(doc, "REQUEST").actor) == [("MKD", "PTY")]


def test_a_plural_verb_after_what_the_opening_body_said_is_that_body_s_act():
    vmro = Ent(("ВМРО-ДПМНЕ",), "ORG", "MKD", "PTY", name_en="VMRO-DPMNE")
    sdsm = Ent(("СДСМ",), "ORG", "MKD", "PTY", name_en="SDSM")
    doc = coded("Од ВМРО-ДПМНЕ возвратија дека СДСМ лаже и ги обвинија за криминал во енергетиката.", [vmro, sdsm])
    assert only(doc, "ACCUSE").actor == ["E1"]
    # a singular verb goes on with the name of the told clause
    doc = coded("Мицкоски рече дека СДСМ лаже и ја обвини Владата.", [MICKOSKI, sdsm, GOVERNMENT])
    assert only(doc, "ACCUSE").actor == ["E2"]


def test_a_protest_announced_by_the_body_opening_the_sentence_is_its_own_and_on_the_coming_day():
    sdsm = Ent(("СДСМ",), "ORG", "MKD", "PTY")
    # a Monday's article: the Saturday announced is the coming one
    doc = coded("Од СДСМ најавија протест пред Владата во сабота.", [sdsm, GOVERNMENT], published="2025-09-08")
    ev = only(doc, "PROTEST")
    assert ev.actor == ["E1"] and ev.status == "future" and ev.date == "2025-09-13"
    # a weekday before the announcement dates the announcing, not the protest
    doc = coded("СДСМ во сабота најави протест пред Владата.", [sdsm, GOVERNMENT], published="2025-09-08")
    assert only(doc, "PROTEST").date == "2025-09-06"


def test_a_party_calling_the_other_party_s_accusations_lies_rejects_them():
    vmro = Ent(("ВМРО-ДПМНЕ",), "ORG", "MKD", "PTY")
    sdsm = Ent(("СДСМ",), "ORG", "MKD", "PTY")
    doc = coded("Од ВМРО-ДПМНЕ одговорија дека обвинувањата на СДСМ се лага.", [vmro, sdsm], quotes=True)
    ev = only(doc, "REJECT")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]
    doc = coded("Од ВМРО-ДПМНЕ изјавија дека тврдењата на СДСМ се лага.", [vmro, sdsm], quotes=True)
    ev = only(doc, "REJECT")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]
    # a place of the speaker's own country is still no author of the claims
    doc = coded("Мицкоски изјави дека тврдењата во Скопје се лага.", [MICKOSKI, Ent(("Скопје",), country="MKD")], quotes=True)
    assert all(e.recipient != ["E2"] for e in doc.events)


def test_a_retort_is_a_statement_of_its_body():
    vmro = Ent(("ВМРО-ДПМНЕ",), "ORG", "MKD", "PTY")
    sdsm = Ent(("СДСМ",), "ORG", "MKD", "PTY")
    doc = coded("Од ВМРО-ДПМНЕ возвратија дека СДСМ лаже за тендерите.", [vmro, sdsm], quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.trigger.text == "возвратија"


def test_councillors_are_a_council_s_members():
    sdsm = Ent(("СДСМ",), "ORG", "MKD", "PTY")
    mayor = Ent(("Орце Ѓорѓиевски",), "PER", "MKD", "GOV")
    doc = coded("Советниците од СДСМ го обвинија градоначалникот Орце Ѓорѓиевски за нетранспарентност.", [sdsm, mayor])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [("MKD", "LEG")] and ev.recipient == ["E2"]


def test_a_resignation_announced_as_refused_is_a_rejection():
    minister = Ent(("Тошковски",), "PER", "MKD", "GOV")
    doc = coded("Тошковски изјави дека нема да поднесе оставка.", [minister])
    assert only(doc, "REJECT").actor == ["E1"]
    # one not handed in is only a negated report
    doc = coded("Тошковски не поднесе оставка.", [minister])
    assert only(doc, "RETREAT").status == "negated"


def test_spreading_panic_is_blame():
    vmro = Ent(("ВМРО-ДПМНЕ",), "ORG", "MKD", "PTY")
    levica = Ent(("Левица",), "ORG", "MKD", "PTY")
    doc = coded("Од ВМРО-ДПМНЕ возвратија дека Левица шири паника.", [vmro, levica], quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_an_unnamed_body_that_speaks_acts_in_what_it_announces():
    gashi = Ent(("Африм Гаши",), "PER", "MKD", "LEG")
    doc = coded("Од опозицијата најавија дека ќе бараат оставка од претседателот на Собранието Африм Гаши.", [gashi],
                quotes=True)
    ev = only(doc, "REQUEST")
    assert [doc.entities[-1].id] == ev.actor and codes(doc, ev.actor)[0][1] == "PTY" and ev.status == "future"


def test_members_of_a_body_boycotting_its_sitting_are_the_actor():
    doc = coded("Пратениците од опозицијата го бојкотираа гласањето за буџетот.", [])
    assert codes(doc, only(doc, "REJECT").actor) == [("MKD", "LEG")]  # (a story naming no state is the home state's)
    # a municipal council boycotted
    doc = coded("Советниците од опозицијата го бојкотираа советот.", [])
    assert codes(doc, only(doc, "REJECT").actor) == [("MKD", "LEG")]


SDSM = Ent(("СДСМ",), "ORG", "MKD", "PTY")


def test_the_side_pressing_a_refusal_after_da_is_its_recipient_named_or_unnamed():
    # the trigger runs on past `да`; the pressing side is in that clause
    doc = coded("Мицкоски изјави дека уставот нема да се менува под притисок од СДСМ.", [MICKOSKI, SDSM])
    ev = only(doc, "REJECT")
    assert codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("MKD", "PTY")]
    doc = coded("Владата нема да го менува уставот под притисок од опозицијата.", [GOVERNMENT])
    ev = only(doc, "REJECT")
    assert codes(doc, ev.actor) == [("MKD", "GOV")] and [r.name for r in doc.entities if r.id in ev.recipient] == ["опозицијата"]


FILIPCE = Ent(("Филипче",), "PER", "MKD", "PTY")
PRESIDENT = Ent(("Сиљановска-Давкова",), "PER", "MKD", "GOV")
SSM = Ent(("ССМ",), "ORG", "MKD", "LAB")


def test_blame_for_leading_the_country_into_isolation_is_criticism():
    doc = coded("Филипче рече дека Мицкоски ја води земјата кон изолација.", [FILIPCE, MICKOSKI], quotes=True)
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [("MKD", "PTY")] and codes(doc, ev.recipient) == [("MKD", "GOV")]


def test_an_accusation_a_rebuttal_calls_a_lie_is_no_accusation_of_its_own():
    doc = coded("Од Вмро-ДПМНЕ возвратија дека обвинувањата на СДСМ се лага.", [SDSM], quotes=True)
    assert [e.type for e in doc.events if e.type == "ACCUSE"] == []


def test_a_president_refusing_to_sign_the_decree_rejects_the_parliament():
    doc = coded("Сиљановска-Давкова одби да го потпише указот за законот за обвинителството.", [PRESIDENT])
    ev = only(doc, "REJECT")
    assert ev.trigger.text == "одби да го потпише указот" and codes(doc, ev.recipient) == [("MKD", "LEG")]



def test_a_president_announcing_he_will_not_sign_the_decree_rejects_the_parliament():
    doc = coded("Претседателката Сиљановска-Давкова соопшти дека нема да го потпише указот за законот за странците.", [PRESIDENT])
    ev = only(doc, "REJECT")
    assert codes(doc, ev.recipient) == [("MKD", "LEG")] and not [e for e in doc.events if e.type == "SUPPORT"]
    # a plain report that the decree was not signed stays a negated signing
    doc = coded("Претседателката Сиљановска-Давкова не го потпиша указот за законот за странците.", [PRESIDENT])
    assert only(doc, "SUPPORT").status == "negated"


def test_representatives_received_for_a_meeting_consult_their_host():
    doc = coded("Мицкоски ги прими претставниците на ССМ на средба.", [MICKOSKI, SSM])
    ev = only(doc, "CONSULT")
    assert codes(doc, ev.actor) == [("MKD", "LAB")] and codes(doc, ev.recipient) == [("MKD", "GOV")]


def test_police_securing_a_protest_is_no_protest_and_promises_broken_no_promise():
    assert not [e for e in coded("Полицијата соопшти дека ќе обезбеди мирно одвивање на протестот.", []).events
                if e.type == "PROTEST"]
    doc = coded("Трендафилов рече дека Владата не ги исполнила ветувањата.",
                [Ent(("Трендафилов",), "PER", "MKD", "LAB"), GOVERNMENT], quotes=True)
    assert [e.type for e in doc.events] == ["ACCUSE"]


def test_visas_lifted_for_a_states_citizens_concede_to_that_state():
    doc = coded("Владата ги укина визите за државјаните на Русија.", [GOVERNMENT, Ent(("Русија",), country="RUS")])
    ev = only(doc, "CONCEDE")
    assert codes(doc, ev.actor) == [("MKD", "GOV")] and [c for c, _ in codes(doc, ev.recipient)] == ["RUS"]


def test_a_law_the_head_of_state_named_by_name_returns_to_parliament_is_rejected():
    parliament = Ent(("Собранието",), "ORG", "MKD", "LEG")
    doc = coded("Сиљановска-Давкова го врати законот во Собранието на повторно одлучување.", [PRESIDENT, parliament])
    ev = only(doc, "REJECT")
    assert codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("MKD", "LEG")]


def test_the_genitive_of_what_is_alleged_is_not_the_accused():
    albanians = Ent(("Албанците",), country="ALB")
    doc = coded("ДУИ ја обвини ВЛЕН за предавство на Албанците.",
                [Ent(("ДУИ",), "ORG", "MKD", "PTY"), Ent(("ВЛЕН",), "ORG", "MKD", "PTY"), albanians])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("MKD", "PTY")]
    # a clitic object whose antecedent is not found leaves the accused unnamed
    doc = coded("Од ДУИ ги обвинија за предавство на Албанците.", [Ent(("ДУИ",), "ORG", "MKD", "PTY"), albanians])
    assert only(doc, "ACCUSE").recipient == []


def test_a_resignation_asked_for_in_the_second_person_is_no_resignation():
    doc = coded("Филипче до Мицкоски: Поднесете оставка.", [FILIPCE, MICKOSKI])
    assert not [e for e in doc.events if e.type == "RETREAT"]
    assert [e.type for e in coded("Мицкоски поднесе оставка.", [MICKOSKI]).events] == ["RETREAT"]


def test_criticism_called_baseless_is_a_denial_of_its_author():
    doc = coded("Мицкоски рече дека критиките на СДСМ се неосновани.", [MICKOSKI, SDSM], quotes=True)
    ev = only(doc, "REJECT")
    assert codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("MKD", "PTY")]
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_demands_of_an_unnamed_collective_are_theirs_not_the_subjects():
    doc = coded("Владата ги игнорира барањата на граѓаните.", [GOVERNMENT])
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.actor) == [("MKD", "CVL")]


KASAMI, MORACE = Ent(("Касами",), "PER", "MKD", "GOV"), Ent(("Мораче",), "PER", "MKD", "GOV")


# an answer to someone (a dative clitic before `одговори`) is a retort like `возврати`
@pytest.mark.parametrize("said", ["возврати", "му одговори"])
def test_a_retort_with_no_other_act_rebuts_the_accusation_before_it(said):
    doc = coded(f"Касами ја критикуваше Министерката за одлуката. Мораче {said} дека одлуката е донесена по инспекција.",
                [KASAMI, MORACE], quotes=True)
    ev = only(doc, "REJECT")
    assert ev.trigger.text == said.split()[-1] and [e.name for e in doc.entities if e.id in ev.recipient] == ["Касами"]
    # with no accusation before it there is nothing it answers
    assert not coded(f"Мораче {said} дека одлуката е донесена по инспекција.", [MORACE], quotes=True).events


def test_a_bare_answer_answers_a_reporter_not_an_accusation():
    doc = coded("Касами ја критикуваше Министерката за одлуката. Мораче одговори: „Одлуката е донесена по инспекција.“",
                [KASAMI, MORACE], quotes=True)
    assert not [e for e in doc.events if e.type == "REJECT"]


def test_violating_rights_is_blame():
    kurti = Ent(("Курти",), "PER", "KOS", "GOV")
    doc = coded("Курти изјави дека Србија ги прекршува правата на Албанците.", [kurti, SERBIA], quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_a_law_challenged_before_the_constitutional_court_is_an_allegation():
    dui = Ent(("ДУИ",), "ORG", "MKD", "PTY")
    doc = coded("ДУИ поднесе иницијатива пред Уставниот суд за законот за странски агенти.", [dui])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "allege" and codes(doc, ev.actor) == [("MKD", "PTY")] and codes(doc, ev.recipient) == [("MKD", "GOV")]
    # an initiative to amend a law, with no court, is no challenge
    assert not coded("ДУИ поднесе иницијатива за измена на законот за плати.", [dui]).events


def test_demands_judged_legitimate_by_a_minister_are_no_demand_made():
    assert not coded("Мицкоски изјави дека земјоделците имаат легитимни барања.", [MICKOSKI]).events
    doc = coded("Левица ги повтори своите барања до Владата.", [LEVICA, GOVERNMENT])
    assert only(doc, "REQUEST")


def test_a_union_s_demand_with_no_one_named_is_made_of_its_government():
    union = Ent(("Синдикатот на здравството",), "ORG", "MKD", "LAB")
    doc = coded("Синдикатот на здравството побара покачување на платите за 15 отсто.", [union])
    assert codes(doc, only(doc, "REQUEST").recipient) == [("MKD", "GOV")]
    # a party's own demand too, as every directed act of a party naming no one (GUIDELINES, targets named by no one)
    doc = coded("Левица побара покачување на платите за 15 отсто.", [LEVICA])
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.recipient) == [("MKD", "GOV")] and "recipient:domestic" in ev.rule
    # a demand about another state's place is not made of one's own government
    doc = coded("Синдикатот на здравството побара ослободување на лекарите затворени во Иран.", [union, Ent(("Иран",), country="IRN")])
    assert codes(doc, only(doc, "REQUEST").recipient) != [("MKD", "GOV")]
    # an expectation needs its addressee named (`од вас` is none): no demand of the government
    doc = coded("Она што граѓаните очекуваат од вас се подобри решенија.", [])
    assert not doc.events


def test_a_sentence_to_prison_reaches_past_a_long_description_of_several_convicts():
    court = Ent(("Апелациониот суд Битола",), "ORG", "MKD", "JUD")
    doc = coded("Апелациониот суд Битола ги осуди поранешниот директор на Агенцијата за катастар Горан Илиевски и "
                "тројца негови вработени на по три години затвор.",
                [court, Ent(("Горан Илиевски",), "PER", "MKD")])
    ev = only(doc, "SANCTION")
    assert ev.mode == "convict" and codes(doc, ev.actor) == [("MKD", "JUD")]


def test_a_charge_raised_is_the_prosecutors_act_also_in_a_reported_clause():
    office = Ent(("Основното јавно обвинителство Велес",), "ORG", "MKD", "JUD")
    doc = coded("Основното јавно обвинителство Велес соопшти дека подигна обвинение против двајца царински службеници.", [office])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "allege" and codes(doc, ev.actor) == [("MKD", "JUD")]


def test_the_force_whose_action_made_the_arrests_is_the_agent_of_the_passive():
    customs = Ent(("Царинската управа",), "ORG", "MKD", "GOV")
    doc = coded("Четворицата беа уапсени во акција на Царинската управа кај Делчево.", [customs])
    assert codes(doc, only(doc, "COERCE").actor) == [("MKD", "GOV")]


def test_the_retold_feminine_of_bringing_someone_in_is_an_arrest():
    doc = coded("Полицијата во Прилеп привела тројца младинци кои скршиле излози.", [Ent(("Прилеп",), country="MKD")])
    assert only(doc, "COERCE").mode == "arrest"


def test_support_or_solidarity_expressed_with_a_protest_is_no_complaint():
    union = Ent(("Синдикатот на металци",), "ORG", "MKD", "LAB")
    doc = coded("Синдикатот на металци изрази целосна поддршка за протестот на рударите.", [union])
    assert only(doc, "SUPPORT") and not [e for e in doc.events if e.type == "ACCUSE"]
    doc = coded("Синдикатот на металци изрази солидарност со рударите во штрајк.", [union])
    assert codes(doc, only(doc, "SUPPORT").actor) == [("MKD", "LAB")]


def test_a_resignation_demanded_of_no_one_named_is_asked_of_the_government():
    zdravje = Ent(("Синдикатот на лекари",), "ORG", "MKD", "LAB")
    doc = coded("Левица ја критикуваше министерката за култура и побара нејзина оставка.", [LEVICA])
    assert codes(doc, only(doc, "REQUEST").recipient) == [("MKD", "GOV")]
    # a resignation asked of someone named goes to that one
    director = Ent(("Петре Наумов",), "PER", "MKD", "MED")
    doc = coded("Синдикатот на лекари побара оставка од директорот на болницата Петре Наумов.", [zdravje, director])
    assert codes(doc, only(doc, "REQUEST").recipient) == [("MKD", "MED")]


def test_an_offer_or_a_request_after_a_meeting_in_the_sentence_goes_to_the_one_met():
    union = Ent(("Синдикатот на рудари",), "ORG", "MKD", "LAB")
    doc = coded("Мицкоски вечерта се сретна со Синдикатот на рудари и понуди повисоки плати од јуни.", [MICKOSKI, union])
    assert codes(doc, only(doc, "AGREE").recipient) == [("MKD", "LAB")]
    rama = Ent(("Рама",), "PER", "ALB", "GOV")
    doc = coded("Мицкоски се сретна со Рама во Охрид и побара заедничка железничка линија.", [MICKOSKI, rama])
    assert codes(doc, only(doc, "REQUEST").recipient) == [("ALB", "GOV")]
    # another's request after the meeting is not addressed to its participants
    doc = coded("Мицкоски се сретна со Синдикатот на рудари, а Левица побара седница на Собранието.", [MICKOSKI, union, LEVICA])
    assert codes(doc, only(doc, "REQUEST").recipient) != [("MKD", "LAB")]


def test_protesters_chased_away_by_the_police_are_crowd_control():
    doc = coded("Полицијата ги разбрка демонстрантите пред Владата.", [GOVERNMENT])
    assert only(doc, "ASSAULT").mode == "crowd-control"
    # no crowd, no dispersal
    assert not coded("Ветерот ги разбрка облаците над Охрид.", [Ent(("Охрид",), country="MKD")]).events


def test_a_prosecutor_asking_the_court_for_a_measure_is_a_request_and_prison_sought_at_trial_an_allegation():
    office = Ent(("Обвинителството",), "ORG", "MKD", "JUD")
    doc = coded("Обвинителството побара од судот да им ги одземе становите на двајцата поранешни директори.", [office])
    assert only(doc, "REQUEST").actor == ["E1"] and not [e for e in doc.events if e.type == "ACCUSE"]
    doc = coded("Обвинителството бараше пет години затвор за двајцата поранешни директори.", [office])
    assert only(doc, "ACCUSE").mode == "allege"
    # the defence asking the court is a request
    lawyer = Ent(("Адвокатот Петар Ристов",), "PER", "MKD", "CVL")
    doc = coded("Адвокатот Петар Ристов побара од судот одложување на рочиштето.", [lawyer])
    assert only(doc, "REQUEST")


def test_a_demand_after_the_content_of_an_accusation_is_the_accusers_and_made_of_the_accused():
    doc = coded("Левица ја обвини Владата дека ги крие договорите со странските инвеститори и побара нивно објавување.",
                [LEVICA, GOVERNMENT])
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.actor) == [("MKD", "PTY")] and codes(doc, ev.recipient) == [("MKD", "GOV")]


def test_a_criminal_complaint_told_in_the_passive_is_filed_by_the_police():
    doc = coded("Против Зоран Трпевски ќе биде поднесена кривична пријава за тешка кражба.",
                [Ent(("Зоран Трпевски",), "PER", "MKD")])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "allege" and codes(doc, ev.actor)[0][1] == "COP" and codes(doc, ev.recipient) == [("MKD", None)]
    # a charge raised in the passive stays the prosecutors'
    doc = coded("Против Зоран Трпевски е подигнато обвинение за тешка кражба.", [Ent(("Зоран Трпевски",), "PER", "MKD")])
    assert codes(doc, only(doc, "ACCUSE").actor)[0][1] == "JUD"


def test_a_prosecution_forming_a_case_opens_an_inquiry_and_a_government_forming_a_group_does_not():
    prosecutors = Ent(("Основното јавно обвинителство Битола",), "ORG", "MKD", "JUD")
    doc = coded("Основното јавно обвинителство Битола формираше предмет за пожарот во фабриката.", [prosecutors])
    ev = only(doc, "ACCUSE")
    assert (ev.mode, ev.actor) == ("investigate", ["E1"])
    assert not coded("Владата формираше работна група за предметот.", [Ent(("Владата",), "ORG", "MKD", "GOV")]).events
    # told in the l-form of `отвори` after a reporting verb, a case opened is one formed
    doc = coded("Основното јавно обвинителство Битола соопшти дека отворило предмет за набавките.", [prosecutors], quotes=True)
    assert (only(doc, "ACCUSE").mode, only(doc, "ACCUSE").actor) == ("investigate", ["E1"])


def test_taking_a_matter_to_court_is_suing():
    director = Ent(("Борис Стојанов",), "PER", "MKD", "BUS")
    ministry = Ent(("Министерството за финансии",), "ORG", "MKD", "GOV")
    doc = coded("Борис Стојанов најави дека ќе го однесе Министерството за финансии на суд.", [director, ministry])
    ev = only(doc, "ACCUSE")
    assert (ev.mode, ev.actor, ev.status) == ("allege", ["E1"], "future") and ev.trigger.text.endswith("на суд")
    # money carried to a court building is no lawsuit
    assert not coded("Борис Стојанов ги однесе документите во судот.", [director]).events
    # nor is a rule that refers to a court (`се однесува на`)
    assert not coded("Одлуката на Министерството за финансии се однесува на судот.", [ministry]).events


def test_an_inspectorates_inspection_is_an_inquiry():
    inspectorate = Ent(("Државниот пазарен инспекторат",), "ORG", "MKD", "GOV")
    doc = coded("Државниот пазарен инспекторат вчера изврши вонреден надзор во трговскиот центар.", [inspectorate])
    ev = only(doc, "ACCUSE")
    assert (ev.mode, ev.actor) == ("investigate", ["E1"])


def test_a_foreign_firm_does_not_make_an_unnamed_minister_its_states():
    # `германската фирма` names the investor's state, not the state the story is about
    doc = coded("Пратеникот ја обвини министерката дека го крие договорот со германската фирма.",
                [Ent(("германската",), country="DEU", kind="demonym")])
    ev = only(doc, "ACCUSE")
    assert [c for c, _ in codes(doc, ev.recipient)] == ["MKD"]


def test_the_state_attorneys_office_sues_for_the_state():
    firm = Ent(("„Градба Инвест“",), "ORG", "MKD", "BUS")
    doc = coded("Државното правобранителство поднесе тужба против „Градба Инвест“ до Основниот граѓански суд.", [firm])
    ev = only(doc, "ACCUSE")
    assert [sector for _, sector in codes(doc, ev.actor)] == ["GOV"] and ev.recipient == ["E1"]


def test_a_demand_after_a_told_clause_is_the_collective_speakers_not_its_objects():
    # `Од синдикатот ја критикуваа Владата дека … и побараа`: the union asks, the government criticised is no asker
    doc = coded("Од синдикатот ја критикуваа Владата дека ги крие бројките и побараа од неа да ги објави.", [GOVERNMENT])
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.actor) == [("MKD", "LAB")]
    doc = coded("Синдикалците ја критикуваа Владата дека ги крие бројките и побараа од Владата да ги објави.", [GOVERNMENT])
    assert codes(doc, only(doc, "REQUEST").actor) == [("MKD", "LAB")]


def test_a_director_general_is_no_general():
    # `генералниот` is an adjective: the director of a firm, not a military general
    doc = coded("Синдикатот го обвини генералниот директор на „Пошта“ дека ги одолговлекува разговорите.", [MACEDONIA])
    assert [sector for _, sector in codes(doc, only(doc, "ACCUSE").recipient)] == ["BUS"]
    doc = coded("Синдикатот го обвини генералот дека ги одолговлекува разговорите.", [MACEDONIA])
    assert [sector for _, sector in codes(doc, only(doc, "ACCUSE").recipient)] == ["MIL"]


def test_a_body_named_after_a_plural_verb_under_od_is_its_actor():
    # `Одлуката ја осудија од Синдикатот …`: the union condemned it (the object fronted, doubled by `ја`)
    union = Ent(("Синдикатот на здравството",), "ORG", "MKD", "LAB")
    doc = coded("Одлуката на министерот ја осудија од Синдикатот на здравството.", [union])
    assert only(doc, "ACCUSE").actor == ["E1"]
    # a place a people is sent back from is no actor
    assert not coded("Мигрантите ги вратија од Грција.", [GREECE]).events


def test_stepping_up_cooperation_announced_is_agree():
    doc = coded("Министерот изјави дека Македонија и Грција ќе ја засилат соработката на границата.", [MACEDONIA, GREECE])
    ev = only(doc, "AGREE")
    assert sorted(c for c, _ in codes(doc, ev.actor)) == ["GRC", "MKD"]
    # controls stepped up are no ties
    assert not coded("Полицијата ги засили контролите на границата со Грција.", [GREECE]).events
