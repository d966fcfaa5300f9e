"""Statements that are events (blame, praise, expectations, threats, refusals) told with a
reporting verb: invented 2024–2026 agency copy."""
from __future__ import annotations

from vesnik.events import EventStep
from vesnik.quotes import QuoteStep

from tests.events.helpers import VUCIC, Ent, codes, coded, document, only, pipeline_events

KURTI = Ent(("Албин Курти", "Курти"), "PER", "KOS", "GOV")
MICKOSKI = Ent(("Христијан Мицкоски", "Мицкоски"), "PER", "MKD", "GOV")


def test_words_of_aggression_war_crimes_corruption_and_betrayal_in_a_statement_are_blame():
    serbia = Ent(("Србија",), country="SRB")
    for sentence in ("Курти изјави дека Србија е агресор на северот.",
                     "Курти рече дека Србија врши воени злосторства врз цивилите.",
                     "Курти оцени дека Србија води авторитарна политика кон соседите.",
                     "Курти изјави дека Србија ја изневери довербата на медијаторите.",
                     "„Однесувањето на Србија е недопустливо“, изјави Курти."):
        doc = coded(sentence, [KURTI, serbia], quotes=True)
        ev = only(doc, "ACCUSE")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.rule.startswith("accuse.reported_criticism"), sentence


def test_a_war_crimes_tribunal_named_in_a_statement_is_no_blame():
    doc = coded("Курти рече дека Србија мора да соработува со Трибуналот за воени злосторства.",
                [KURTI, Ent(("Србија",), country="SRB")], quotes=True)
    assert not [e for e in doc.events if e.type == "ACCUSE"]
    assert only(doc, "REQUEST").recipient == ["E2"]


def test_an_important_partner_visible_progress_and_a_strategic_partnership_are_praise():
    rubio = Ent(("Марко Рубио", "Рубио"), "PER", "USA", "GOV")
    serbia = Ent(("Србија",), country="SRB")
    for sentence in ("Рубио рече дека Србија е важен партнер во регионот.",
                     "Рубио изјави дека Србија е верен сојузник.",
                     "Рубио рече дека Србија направи видлив напредок во реформите.",
                     "Рубио рече дека Србија и неговата земја имаат стратешко партнерство."):
        doc = coded(sentence, [rubio, serbia], quotes=True)
        ev = only(doc, "SUPPORT")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.rule.startswith("support.reported_praise"), sentence


def test_an_expectation_laid_on_a_name_is_a_request():
    doc = coded("„Очекуваме од Бугарија да ги почитува европските вредности“, изјави Мицкоски.",
                [MICKOSKI, Ent(("Бугарија",), country="BGR")], quotes=True)
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E1"] and codes(doc, ev.recipient) == [("BGR", None)]


def test_an_obligation_in_a_fact_told_is_no_demand():
    ents = [MICKOSKI, Ent(("Владата",), "ORG", "MKD", "GOV"), Ent(("Европската комисија",), "ORG", "EUR", "IGO")]
    fact = coded("Мицкоски рече дека не е добро што Владата мора да позајмува пари за платите.", ents, quotes=True)
    assert not [e for e in fact.events if e.type == "REQUEST"]
    given = coded("Мицкоски рече дека со оглед на тоа што Европската комисија треба да го објави извештајот, ќе чекаат.",
                  ents, quotes=True)
    assert not [e for e in given.events if e.type == "REQUEST"]
    demand = coded("Мицкоски рече дека Европската комисија треба да го објави извештајот.", ents, quotes=True)
    assert only(demand, "REQUEST").recipient == ["E3"]


def test_consequences_announced_without_a_verb_of_warning_are_a_threat():
    macron = Ent(("Емануел Макрон", "Макрон"), "PER", "FRA", "GOV")
    doc = coded("„Ќе има сериозни последици за Русија доколку продолжи“, изјави Макрон.",
                [macron, Ent(("Русија",), country="RUS")], quotes=True)
    ev = only(doc, "THREATEN")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.rule.startswith("threaten.reported_warning")
    for forecast in ("„Последиците од поплавите се сериозни за Русија“, изјави Макрон.",
                     "Макрон изјави дека ќе има последици за Русија од падот на цената на нафтата."):
        doc = coded(forecast, [macron, Ent(("Русија",), country="RUS")], quotes=True)
        assert not [e for e in doc.events if e.type == "THREATEN"], forecast


def test_accusations_of_the_unnamed_opposition_called_groundless_are_denied_to_it():
    doc = coded("Мицкоски изјави дека обвинувањата на опозицијата се целосно неосновани.", [MICKOSKI], quotes=True)
    ev = only(doc, "REJECT")
    assert ev.actor == ["E1"] and codes(doc, ev.recipient) == [("MKD", "PTY")] and ev.rule.startswith("reject.reported_denial")


def test_claims_called_a_lie_are_denied_to_their_author():
    peskov = Ent(("Дмитриј Песков", "Песков"), "PER", "RUS", "GOV")
    doc = coded("Песков изјави дека тврдењата на Киев за нападот се целосна лага.",
                [peskov, Ent(("Киев",), country="UKR")], quotes=True)
    ev = only(doc, "REJECT")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.rule.startswith("reject.reported_denial")
    assert not [e for e in doc.events if e.type == "ACCUSE"]
    lie = coded("Песков изјави дека Киев шири лага за нападот.", [peskov, Ent(("Киев",), country="UKR")], quotes=True)
    assert only(lie, "ACCUSE").recipient == ["E2"]


def test_a_friend_a_credible_ally_and_a_great_contribution_are_praise():
    rutte = Ent(("Марк Руте", "Руте"), "PER", "IGO", "IGO")
    for sentence in ("Руте оцени дека Албанија е кредибилен сојузник.",
                     "Руте рече дека Албанија дава огромен придонес во мисијата.",
                     "Руте истакна дека Албанија е пријател на Алијансата."):
        doc = coded(sentence, [rutte, Ent(("Албанија",), country="ALB")], quotes=True)
        ev = only(doc, "SUPPORT")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"], sentence


def test_assimilation_in_a_statement_is_blame():
    doc = coded("Мицкоски изјави дека она што го прави Бугарија е класичен пример за асимилација.",
                [MICKOSKI, Ent(("Бугарија",), country="BGR")], quotes=True)
    assert only(doc, "ACCUSE").recipient == ["E2"]


def test_calling_someone_names_is_criticism_and_a_name_given_is_not():
    vucic = Ent(("Александар Вучиќ", "Вучиќ"), "PER", "SRB", "GOV")
    doc = coded("Курти го опиша Вучиќ како диктатор.", [KURTI, vucic])
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.rule.startswith("accuse.name_calling")
    zone = coded("Советот ја нарече Сребреница заштитена зона од секој непријателски чин.",
                 [Ent(("Советот",), "ORG", "UNO", "IGO"), Ent(("Сребреница",), country="BIH")])
    assert not [e for e in zone.events if e.type == "ACCUSE"]


def test_a_good_neighbour_and_an_excellent_partner_are_praise():
    doc = coded("Мицкоски рече дека Грција е добар сосед и одличен партнер.",
                [MICKOSKI, Ent(("Грција",), country="GRC")], quotes=True)
    assert only(doc, "SUPPORT").recipient == ["E2"]


def test_blame_told_after_according_to_is_the_sources_criticism():
    zakharova = Ent(("Марија Захарова", "Захарова"), "PER", "RUS", "GOV")
    doc = coded("Според Захарова, одлуката на Молдавија е непријателски чин.",
                [zakharova, Ent(("Молдавија",), country="MDA")], quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.trigger.text == "Според"


def test_readiness_to_go_on_with_the_dialogue_is_an_intention_to_meet():
    doc = coded("Курти изјави дека Косово е подготвено да продолжи со дијалогот со Србија.",
                [KURTI, Ent(("Косово",), country="KOS"), Ent(("Србија",), country="SRB")], quotes=True)
    ev = only(doc, "AGREE")
    assert codes(doc, ev.actor) == [("KOS", None)] and ev.recipient == ["E3"]


def test_a_denial_naming_no_accuser_answers_the_accusation_before_it():
    peskov = Ent(("Дмитриј Песков", "Песков"), "PER", "RUS", "GOV")
    ents = [Ent(("Украина",), country="UKR"), Ent(("Русија",), country="RUS"), peskov]
    doc = coded("Украина ја обвини Русија за нападот. Песков изјави дека тоа не е вистина.", ents, quotes=True)
    ev = only(doc, "REJECT")
    assert ev.actor == ["E3"] and ev.recipient == ["E1"] and ev.rule.startswith("reject.reported_denial")
    alone = coded("Песков изјави дека тоа не е вистина.", ents, quotes=True)
    assert not [e for e in alone.events if e.type == "REJECT"]


def test_a_promise_of_force_is_a_threat_and_a_promise_of_help_is_not():
    vucic = Ent(("Вучиќ",), "PER", "SRB", "GOV")
    force = coded("Вучиќ вети дека ќе ја мобилизира војската.", [vucic])
    ev = only(force, "THREATEN")
    assert ev.actor == ["E1"] and "content→THREATEN" in ev.rule
    help_ = coded("Вучиќ вети дека ќе испрати помош во Косово.", [vucic, Ent(("Косово",), country="KOS")])
    assert not [e for e in help_.events if e.type == "THREATEN"] and only(help_, "AGREE").actor == ["E1"]


def test_insincerity_and_a_double_game_are_blame_and_friends_and_allies_praise():
    merz = Ent(("Фридрих Мерц", "Мерц"), "PER", "DEU", "GOV")
    china = Ent(("Кина",), country="CHN")
    for sentence in ("Мерц оцени дека Кина игра двојна игра во регионот.", "„Кина не е искрена кон нас“, рече Мерц."):
        assert only(coded(sentence, [merz, china], quotes=True), "ACCUSE").recipient == ["E2"], sentence
    friends = coded("Мерц рече дека Кина и Германија се пријатели и сојузници.",
                    [merz, china, Ent(("Германија",), country="DEU")], quotes=True)
    assert only(friends, "SUPPORT").recipient == ["E2"]


def test_statements_called_unacceptable_are_criticism_of_their_author():
    vucic = Ent(("Вучиќ",), "PER", "SRB", "GOV")
    doc = coded("Курти ги нарече изјавите на Вучиќ неприфатливи.", [KURTI, vucic])
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_a_response_announced_under_a_condition_is_a_threat_to_the_one_it_names():
    lukashenko = Ent(("Лукашенко",), "PER", "BLR", "GOV")
    doc = coded("Лукашенко изјави дека Белорусија ќе одговори ако НАТО распореди ракети во Финска.",
                [lukashenko, Ent(("Белорусија",), country="BLR"), Ent(("НАТО",), "ORG", "IGO", "IGO"), Ent(("Финска",), country="FIN")],
                quotes=True)
    ev = only(doc, "THREATEN")
    assert codes(doc, ev.recipient) == [("IGO", "IGO")]


def test_a_headline_statement_after_the_speakers_name_and_a_colon_is_the_speakers():
    greece = Ent(("Грција",), country="GRC")
    doc = coded("Мицкоски: Грција е сигурен партнер\n\nПремиерот денеска беше во Атина.", [MICKOSKI, greece], quotes=True)
    ev = only(doc, "SUPPORT")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.trigger.text == "Мицкоски"


def test_attackers_named_in_a_demand_are_no_blame():
    doc = coded("„Србија мора да ги предаде напаѓачите“, изјави Курти.", [KURTI, Ent(("Србија",), country="SRB")], quotes=True)
    assert only(doc, "REQUEST").recipient == ["E2"]
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_an_interview_answer_after_the_speakers_name_further_on_is_no_headline():
    doc = coded("Разговор со премиерот.\n\nМицкоски: Грција е сигурен партнер.", [MICKOSKI, Ent(("Грција",), country="GRC")],
                quotes=True)
    assert not [e for e in doc.events if e.type == "SUPPORT" and e.trigger.text == "Мицкоски"]


def test_the_one_a_statement_refers_to_is_its_recipient():
    filipce = Ent(("Филипче",), "PER", "MKD", "PTY")
    doc = coded("„Тој е лажго и манипулатор“, рече Мицкоски, мислејќи на Филипче.", [MICKOSKI, filipce], quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and "+recipient:referred" in ev.rule


def test_a_threat_has_no_target_in_the_speakers_own_state_it_defends():
    netanyahu = Ent(("Нетанјаху",), "PER", "ISR", "GOV")
    doc = coded("„Ќе одговориме брзо и решително на секој напад врз Израел“, изјави Нетанјаху.",
                [netanyahu, Ent(("Израел",), country="ISR", kb_id="gpe:ISR")], quotes=True)
    ev = only(doc, "THREATEN")
    assert ev.actor == ["E1"] and ev.recipient == []


def test_a_promise_to_meet_obligations_is_agree_and_meeting_them_is_not():
    eu = Ent(("ЕУ",), "ORG", "EUR", "IGO")
    doc = coded("Мицкоски рече дека Владата ќе ги исполни сите обврски кон ЕУ.", [MICKOSKI, eu], quotes=True)
    assert only(doc, "AGREE").recipient == ["E2"]
    done = coded("Мицкоски рече дека Владата ги исполни сите обврски кон ЕУ.", [MICKOSKI, eu], quotes=True)
    assert not [e for e in done.events if e.type == "AGREE"]


def test_a_word_of_blame_after_против_is_a_topic_fought_and_no_blame():
    meloni = Ent(("Мелони",), "PER", "ITA", "GOV")
    doc = coded("Мелони рече дека Албанија е клучен партнер во борбата против нелегалната миграција.",
                [meloni, Ent(("Албанија",), country="ALB")], quotes=True)
    assert only(doc, "SUPPORT").recipient == ["E2"]
    assert not [e for e in doc.events if e.type == "ACCUSE"]
    blame = coded("Мелони рече дека Албанија ја толерира нелегалната миграција.",
                  [meloni, Ent(("Албанија",), country="ALB")], quotes=True)
    assert only(blame, "ACCUSE").recipient == ["E2"]


def test_the_act_someone_is_blamed_for_is_only_alleged():
    ents = [KURTI, Ent(("Белград",), country="SRB")]
    doc = coded("Курти изјави дека Белград е одговорен за нападот на полицијата.", ents, quotes=True)
    assert only(doc, "ACCUSE").recipient == ["E2"]
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_a_duty_laid_on_the_speakers_own_state_is_no_demand_and_on_his_party_is_one():
    def requests(text, ents, kb_ids):
        doc = document(text, ents)
        for ent, kb_id in zip(doc.entities, kb_ids):
            ent.kb_id = kb_id
        return [e for e in EventStep("mk")(QuoteStep("mk")(doc)).events if e.type == "REQUEST"]

    macedonia, serbia = Ent(("Македонија",), country="MKD"), Ent(("Србија",), country="SRB")
    assert not requests("Мицкоски рече дека Македонија треба да биде економски посилна.", [MICKOSKI, macedonia],
                        ["per:hristijan-mickoski", "gpe:MKD"])
    demand = requests("Мицкоски рече дека Србија треба да ги почитува договорите.", [MICKOSKI, serbia],
                      ["per:hristijan-mickoski", "gpe:SRB"])
    assert len(demand) == 1 and demand[0].recipient == ["E2.GOV"]
    # a leader's call on his own party is a demand on it (train gold: `лабуристичката партија треба да …`)
    filipce, sdsm = Ent(("Венко Филипче", "Филипче"), "PER", "MKD", "PTY"), Ent(("СДСМ",), "ORG", "MKD", "PTY")
    call = requests("Филипче изјави дека СДСМ мора да ја врати довербата на граѓаните.", [filipce, sdsm],
                    ["per:venko-filipche", "org:mkd:sdsm"])
    assert len(call) == 1 and call[0].recipient == ["E2"]


def test_saying_it_is_time_for_a_name_to_act_asks_that_name():
    sofia = Ent(("Софија",), country="BGR", sector="GOV")
    for sentence in ("„Време е Софија да ја тргне блокадата“, изјави Мицкоски.",
                     "Мицкоски рече дека е крајно време Софија да ги почитува договорите."):
        ev = only(coded(sentence, [MICKOSKI, sofia], quotes=True), "REQUEST")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.rule.startswith("request.reported_necessity"), sentence
    kosovo = Ent(("Косово",), country="KOS")
    doc = coded("Мицкоски рече дека е време да се донесе одлука за Косово.", [MICKOSKI, kosovo], quotes=True)
    assert not [e for e in doc.events if e.type == "REQUEST"]


def test_calling_an_accusation_untrue_or_a_lie_denies_it_to_the_accuser():
    ents = [Ent(("Ана Петровска",), "PER", "MKD", "PTY"), MICKOSKI]
    for answer in ("Мицкоски рече дека тоа не е точно.", "Мицкоски изјави дека тоа е чиста лага.",
                   "Мицкоски рече дека наводите се невистинити."):
        doc = coded("Ана Петровска го обвини Мицкоски дека крие информации за тендерот. " + answer, ents, quotes=True)
        ev = only(doc, "REJECT")
        assert ev.actor == ["E2"] and ev.recipient == ["E1"] and ev.rule.startswith("reject.reported_denial"), answer
        assert not [e for e in doc.events if e.type == "ACCUSE" and e.actor == ["E2"]], answer


def test_a_name_in_the_clause_denied_is_not_the_accuser():
    doc = coded("Вучиќ рече дека не е точно дека Русија ќе добие гас од Србија.",
                [VUCIC, Ent(("Русија",), country="RUS"), Ent(("Србија",), country="SRB")], quotes=True)
    assert not [e for e in doc.events if e.type == "REJECT"]


def test_unconstitutional_laws_failure_populism_and_captured_institutions_are_blame():
    ents = [Ent(("Ана Петровска",), "PER", "MKD", "PTY"), Ent(("Владата",), "ORG", "MKD", "GOV")]
    for sentence in ("Ана Петровска рече дека законот што го донесе Владата е неуставен.",
                     "Ана Петровска изјави дека Владата целосно потфрли во борбата со загадувањето.",
                     "Ана Петровска оцени дека Владата води популистичка политика и ја заблудува јавноста.",
                     "Ана Петровска рече дека Владата ги заробила институциите.",
                     "Ана Петровска изјави дека Владата бега од одговорност за пожарите.",
                     "Ана Петровска рече дека Владата шири лажни вести за опозицијата."):
        ev = only(coded(sentence, ents, quotes=True), "ACCUSE")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.rule.startswith("accuse.reported_criticism"), sentence


def test_a_state_said_to_have_no_right_to_act_is_blamed():
    ev = only(coded("Мицкоски изјави дека Софија нема право да го негира македонскиот идентитет.",
                    [MICKOSKI, Ent(("Софија",), country="BGR", sector="GOV")], quotes=True), "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_a_step_forward_and_a_job_well_done_are_praise_of_another_not_of_ones_own_party():
    ents = [Ent(("Марта Кос",), "PER", "EUR", "IGO"), Ent(("Црна Гора",), country="MNE")]
    for sentence in ("Марта Кос рече дека одлуката на Црна Гора е голем чекор напред.",
                     "Марта Кос изјави дека Црна Гора направи одлична работа во преговорите."):
        ev = only(coded(sentence, ents, quotes=True), "SUPPORT")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"], sentence
    doc = document("Филипче рече дека СДСМ направи одлична работа на изборите.",
                   [Ent(("Филипче",), "PER", "MKD", "PTY"), Ent(("СДСМ",), "ORG", "MKD", "PTY")])
    doc.entities[0].kb_id, doc.entities[1].kb_id = "per:venko-filipche", "org:mkd:sdsm"
    assert not [e for e in EventStep("mk")(QuoteStep("mk")(doc)).events if e.type == "SUPPORT"]


def test_claims_called_spin_or_baseless_are_denied_to_their_author_even_a_rival_at_home():
    ents = [Ent(("ВМРО-ДПМНЕ",), "ORG", "MKD", "PTY"), Ent(("СДСМ",), "ORG", "MKD", "PTY")]
    ev = only(coded("Од ВМРО-ДПМНЕ рекоа дека тоа е спин на СДСМ.", ents, quotes=True), "REJECT")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.rule.startswith("reject.reported_denial")
    doc = coded("Вучиќ изјави дека обвинувањата на Хрватска се без никаква основа.",
                [VUCIC, Ent(("Хрватска",), country="HRV")], quotes=True)
    ev = only(doc, "REJECT")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_not_standing_idly_by_under_a_condition_is_a_threat():
    ev = only(coded("Вучиќ рече дека Србија нема да стои со скрстени раце ако Приштина ги нападне Србите.",
                    [VUCIC, Ent(("Србија",), country="SRB"), Ent(("Приштина",), country="KOS", sector="GOV")], quotes=True),
              "THREATEN")
    assert ev.actor == ["E1"] and ev.recipient == ["E3"]


def test_an_act_in_a_clause_called_untrue_is_not_coded():
    ents = [VUCIC, Ent(("Србија",), country="SRB"), Ent(("Русија",), country="RUS")]
    doc = coded("Вучиќ рече дека не е точно дека Србија ќе воведе санкции против Русија.", ents, quotes=True)
    assert not [e for e in doc.events if e.type == "SANCTION"]
    told = coded("Вучиќ рече дека обвинувањата се неосновани и дека Србија ќе воведе санкции против Русија.", ents, quotes=True)
    assert only(told, "SANCTION").recipient == ["E3"]
    assert not [e for e in told.events if e.type == "REJECT" and e.recipient == ["E3"]]  # no author in the next clause


def test_calling_a_party_spiteful_or_arrogant_is_criticism_of_it():
    ents = [Ent(("Ана Петровска",), "PER", "MKD", "PTY"), Ent(("СДСМ",), "ORG", "MKD", "PTY")]
    for sentence in ("Ана Петровска ги нарече пратениците на СДСМ „злобни и безобразни“.",
                     "„Ова е срамна седница“, рече Ана Петровска, нарекувајќи ги пратениците на СДСМ „бесрамни“.",
                     "Ана Петровска ја опиша раководството на СДСМ како арогантно."):
        doc = coded(sentence, ents, quotes=True)
        assert [e for e in doc.events if e.type == "ACCUSE" and e.actor == ["E1"] and e.recipient], sentence


def test_an_unnamed_minister_can_be_blamed_or_asked_in_a_statement():
    ents = [Ent(("Ана Петровска",), "PER", "MKD", "PTY"), Ent(("Скопје",), country="MKD")]
    blame = only(coded("Ана Петровска рече во Скопје дека министерот за здравство е некомпетентен.", ents, quotes=True),
                 "ACCUSE")
    ask = only(coded("Ана Петровска рече во Скопје дека министерот за финансии мора веднаш да ги објави договорите.", ents,
                     quotes=True), "REQUEST")
    for doc_event in (blame, ask):
        assert doc_event.actor == ["E1"] and len(doc_event.recipient) == 1 and doc_event.recipient[0].startswith("R")


def test_a_superlative_or_anti_ethnic_judgement_is_blame():
    ents = [Ent(("Ана Петровска",), "PER", "MKD", "PTY"), Ent(("Владата",), "ORG", "MKD", "GOV")]
    for sentence in ("Според Ана Петровска, Владата е најкорумпираната досега.",
                     "Ана Петровска рече дека Владата е антиалбанска и дискриминаторска."):
        ev = only(coded(sentence, ents, quotes=True), "ACCUSE")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"], sentence


def test_a_high_price_to_pay_under_a_condition_is_a_threat():
    ev = only(coded("Доналд Трамп рече дека Иран ќе плати висока цена ако продолжи со програмата.",
                    [Ent(("Доналд Трамп",), "PER", "USA", "GOV"), Ent(("Иран",), country="IRN")], quotes=True), "THREATEN")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_blame_after_another_sides_act_told_in_a_statement_is_criticism_of_its_author():
    ents = [Ent(("Володимир Зеленски", "Зеленски"), "PER", "UKR", "GOV"), Ent(("Унгарија",), country="HUN"),
            Ent(("Украина",), country="UKR")]
    doc = coded("Зеленски рече дека Унгарија ги блокира парите за Украина и дека тоа е неприфатливо.", ents, quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.rule.startswith("accuse.reported_criticism+recipient:judged")


def test_a_state_called_an_example_for_the_region_is_praised_and_ones_own_is_not():
    ents = [Ent(("Фридрих Мерц", "Мерц"), "PER", "DEU", "GOV"), Ent(("Полска",), country="POL")]
    ev = only(coded("Мерц изјави дека Полска е пример за целиот регион.", ents, quotes=True), "SUPPORT")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]
    own = coded("Мицкоски рече дека Македонија е пример за регионот.", [MICKOSKI, Ent(("Македонија",), country="MKD")],
                quotes=True)
    assert not own.events


def test_self_criticism_of_ones_own_party_or_state_is_no_accusation():
    filipce, sdsm = Ent(("Венко Филипче", "Филипче"), "PER", "MKD", "PTY"), Ent(("СДСМ",), "ORG", "MKD", "PTY")
    doc = document("Филипче рече дека СДСМ направи грешка што не ги слушаше граѓаните.", [filipce, sdsm])
    doc.entities[0].kb_id, doc.entities[1].kb_id = "per:venko-filipche", "org:mkd:sdsm"
    assert not [e for e in EventStep("mk")(QuoteStep("mk")(doc)).events if e.type == "ACCUSE"]
    own = document("Вучиќ рече дека Србија погрешно ја водела политиката кон Косово.",
                   [VUCIC, Ent(("Србија",), country="SRB"), Ent(("Косово",), country="KOS")])
    own.entities[1].kb_id = "gpe:SRB"
    assert not [e for e in EventStep("mk")(QuoteStep("mk")(own)).events if e.type == "ACCUSE"]
    other = coded("Вучиќ рече дека Хрватска и Албанија склучија сојуз против Србија и дека тоа е провокација.",
                  [VUCIC, Ent(("Хрватска",), country="HRV"), Ent(("Албанија",), country="ALB"), Ent(("Србија",), country="SRB")],
                  quotes=True)
    assert [e for e in other.events if e.type == "ACCUSE" and e.actor == ["E1"] and e.recipient == ["E2"]]


def test_a_farce_empty_promises_and_a_harmful_policy_are_blame():
    ents = [Ent(("Ана Петровска",), "PER", "MKD", "PTY"), Ent(("Владата",), "ORG", "MKD", "GOV")]
    for sentence in ("Ана Петровска рече дека изборите што ги организираше Владата беа фарса.",
                     "Ана Петровска изјави дека Владата ги изигра граѓаните со празни ветувања.",
                     "Ана Петровска рече дека Владата води штетна политика кон земјоделците."):
        ev = only(coded(sentence, ents, quotes=True), "ACCUSE")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"], sentence
    assert not coded("Ана Петровска рече дека штетните материи во воздухот се опасни.", ents, quotes=True).events


def test_a_sentence_crediting_a_poll_tells_shares_not_a_demand():
    ents = [Ent(("Тексас",), country="USA"), Ent(("Мери Џонс",), "PER", "USA", "LEG")]
    doc = coded("Сенаторката Мери Џонс ја објави кандидатурата. Гласачите од Тексас рекоа дека "
                "сенаторката не треба да се кандидира, според анкетата на весникот.", ents, quotes=True)
    assert [e for e in doc.events if e.type == "REQUEST"] == []


def test_a_name_opening_a_statement_with_a_bare_da_is_told_to_act():
    ents = [Ent(("Албин Курти", "Курти"), "PER", "KOS", "GOV"), VUCIC]
    doc = coded("„Вучиќ да ги повлече трупите од границата“, рече Курти.", ents, quotes=True)
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.rule.startswith("request.reported_obligation")
    assert not [e for e in doc.events if e.type == "RETREAT"]  # the act asked for is not done
    own = document("„Србија да стане членка на ЕУ е нашата најголема цел“, рече Вучиќ.", [VUCIC, Ent(("Србија",), country="SRB")])
    own.entities[1].kb_id = "gpe:SRB"
    assert not [e for e in EventStep("mk")(QuoteStep("mk")(own)).events if e.type == "REQUEST"]



def test_a_name_before_or_after_the_jussive_neka_at_a_statements_head_is_told_to_act():
    ents = [Ent(("Албин Курти", "Курти"), "PER", "KOS", "GOV"), Ent(("Белград",), country="SRB", sector="GOV")]
    for sentence in ("„Нека Белград прво ги повлече трупите од границата“, рече Курти.",
                     "„Белград нека ги повлече трупите од границата“, рече Курти."):
        doc = coded(sentence, ents, quotes=True)
        ev = only(doc, "REQUEST")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"], sentence
        assert not [e for e in doc.events if e.type == "RETREAT"], sentence  # the act asked for is not done

def test_a_states_ministry_named_by_its_demonym_speaks_for_that_state():
    ents = [Ent(("Руското",), country="RUS", kind="demonym"), Ent(("Лондон",), country="GBR", sector="GOV")]
    doc = coded("Руското министерство за надворешни работи соопшти дека Лондон води непријателска политика.", ents, quotes=True)
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [("RUS", "GOV")] and ev.recipient == ["E2"]


def test_a_future_act_announced_by_two_states_together_is_theirs_both():
    doc = coded("Австрија и Чешка најавија дека ќе го блокираат предлогот на Комисијата.",
                [Ent(("Австрија",), country="AUT"), Ent(("Чешка",), country="CZE")], quotes=True)
    assert sorted(codes(doc, only(doc, "REJECT").actor)) == [("AUT", None), ("CZE", None)]


def test_a_capitals_warning_is_one_threat_though_its_government_and_the_city_both_speak():
    # the warning verb's entry codes the government the capital stands for; the statement
    # the quotes stage gives the city is the same act, not a second one
    doc = document("Атина предупреди дека ќе ја повлече поддршката за преговорите на Албанија доколку правата на "
                   "малцинството не бидат почитувани.", [Ent(("Атина",), country="GRC"), Ent(("Албанија",), country="ALB")])
    doc.entities[0].kb_id = "gpe:city:athens"
    doc = EventStep("mk")(QuoteStep("mk")(doc))
    assert [(e.type, e.recipient) for e in doc.events] == [("THREATEN", ["E2"])]


def test_a_call_on_unnamed_partners_after_a_statement_is_a_request_of_the_speaker():
    kovac = Ent(("Ана Ковач", "Ковач"), "PER", "HRV", "GOV")
    doc = coded("Министерката Ана Ковач изјави дека бригадата ќе биде распоредена до летото и ги повика "
                "европските партнери побрзо да ја засилат помошта.", [kovac], quotes=True)
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E1"] and ev.recipient == []


def test_a_response_announced_to_a_buildup_or_in_due_time_is_a_threat():
    for sentence in ("Амбасадата на Иран предупреди дека Техеран ќе одговори на секое засилување на силите во Заливот.",
                     "Хутите соопштија дека ќе „одговорат во вистинско време“ на нападот."):
        doc = coded(sentence, [Ent(("Техеран",), country="IRN"), Ent(("Хутите",), "ORG", "YEM", "REB")])
        assert [e.rule.split("+")[0] for e in doc.events if e.type == "THREATEN"] == ["threaten.respond"], sentence


def test_a_refusal_after_a_demand_made_of_its_actor_answers_the_demander():
    party = Ent(("Левица",), "ORG", "MKD", "PTY")
    minister = Ent(("Марко Илиќ", "Илиќ"), "PER", "MKD", "GOV")
    doc = coded("Левица побара оставка од министерот Марко Илиќ. Илиќ изјави дека нема да поднесе оставка.",
                [party, minister], quotes=True)
    refusal = only(doc, "REJECT")
    assert refusal.actor == ["E2"] and refusal.recipient == ["E1"]


# guidelines, statements carried by a speech verb: a warning of what lasts until the one warned gives in is a
# threat (PLOVER THREATEN, coercive warnings), a union's to its own government too; a forecast with `додека` is none
def test_a_warning_that_a_blockade_lasts_until_demands_are_met_is_a_threat():
    union = Ent(("Синдикатот на земјоделци",), "ORG", "MKD", "LAB")
    government = Ent(("Владата",), "ORG", "MKD", "GOV")
    doc = coded("Синдикатот на земјоделци предупреди дека блокадата ќе трае додека Владата не попушти.",
                [union, government], quotes=True)
    ev = only(doc, "THREATEN")
    assert ev.trigger.text == "предупреди" and codes(doc, ev.recipient) == [("MKD", "GOV")]
    assert not [e for e in coded("Синдикатот на земјоделци предупреди дека цените ќе растат додека трае сушата на "
                                 "Владата.", [union, government], quotes=True).events if e.type == "THREATEN"]


# a warning of the speaker's own sanction (`нема да бидат платени`, `ќе има цена`) is a threat, a promised payment none
def test_a_warning_of_unpaid_strike_days_or_of_a_price_is_a_threat():
    minister = Ent(("Јаневска",), "PER", "MKD", "GOV")
    union = Ent(("Синдикатот за образование",), "ORG", "MKD", "LAB")
    doc = coded("Јаневска предупреди дека деновите на штрајк на Синдикатот за образование нема да бидат платени.",
                [minister, union], quotes=True)
    assert codes(doc, only(doc, "THREATEN").recipient) == [("MKD", "LAB")]
    doc = coded("Бесент предупреди дека секоја ескалација на Кина ќе има цена.",
                [Ent(("Бесент",), "PER", "USA", "GOV"), Ent(("Кина",), country="CHN")], quotes=True)
    assert codes(doc, only(doc, "THREATEN").recipient) == [("CHN", None)]
    assert not [e for e in coded("Јаневска изјави дека деновите на Синдикатот за образование ќе бидат платени.",
                                 [minister, union], quotes=True).events if e.type == "THREATEN"]


def test_a_warning_in_a_second_deka_clause_is_to_the_one_the_first_blamed():
    sides = [Ent(("Ерменската армија",), "ORG", "ARM", "MIL"), Ent(("Азербејџан",), country="AZE")]
    # (the second clause names no one: the threat is to the one the first clause blamed)
    doc = coded("Ерменската армија соопшти дека Азербејџан го прекршил примирјето и ги нападнал нејзините позиции и "
                "предупреди дека секоја нова провокација ќе добие силен одговор.", sides, quotes=True)
    threat = only(doc, "THREATEN")
    assert (threat.trigger.text, threat.actor, threat.recipient) == ("предупреди", ["E1"], ["E2"])
    assert threat.rule.startswith("threaten.reported_warning+recipient:addressed_before")


def test_trampling_the_rules_or_a_voting_machine_is_blame():
    mp = Ent(("Ташевска",), "PER", "MKD", "PTY")
    majority = Ent(("ВМРО-ДПМНЕ",), "ORG", "MKD", "PTY")
    for said in ("ВМРО-ДПМНЕ ги гази правилата на Собранието", "ВМРО-ДПМНЕ го претвори Собранието во гласачка машина"):
        doc = coded(f"„{said}“, изјави Ташевска.", [mp, majority], quotes=True)
        ev = only(doc, "ACCUSE")
        assert ev.trigger.text == "изјави" and codes(doc, ev.recipient) == [("MKD", "PTY")]


def test_a_ministers_refusal_or_promise_for_his_own_state_is_his_act():
    minister = Ent(("Ана Новак",), "PER", "SVN", "GOV")
    ents = [minister, Ent(("Словенија",), country="SVN"), Ent(("Љубљана",), country="SVN"), Ent(("Хрватска",), country="HRV")]
    doc = coded("Министерката Ана Новак изјави дека Словенија нема да ги прифати условите на Хрватска.", ents, quotes=True)
    assert codes(doc, only(doc, "REJECT").actor) == [("SVN", "GOV")]
    doc = coded("Ана Новак изјави дека Љубљана ќе ѝ испрати помош на Хрватска.", ents, quotes=True)
    assert [doc.entities[0].id] == only(doc, "AGREE").actor
    # a fact attributed after it is the state's own act
    doc = coded("Словенија ги отфрли условите на Хрватска, изјави Ана Новак.", ents, quotes=True)
    assert only(doc, "REJECT").actor == [doc.entities[1].id]
def test_playing_with_the_countrys_future_is_blame():
    ents = [Ent(("Стојаноски",), "PER", "MKD", "PTY"), Ent(("Владата",), "ORG", "MKD", "GOV")]
    doc = coded("Стојаноски оцени дека Владата си игра со иднината на државата.", ents, quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]
    assert not coded("Стојаноски рече дека децата си играат со топка во паркот.", ents[:1], quotes=True).events


# a warning naming no one is to the one the speaker has just asked; the strike it names is no new strike
def test_a_bare_warning_after_a_call_threatens_those_called_and_names_no_new_strike():
    minister = Ent(("Петровска",), "PER", "MKD", "GOV")
    nurses = Ent(("медицинските сестри",), "ORG", "MKD", "MED")
    doc = coded("Петровска ги повика медицинските сестри да се вратат на работа. Таа предупреди дека деновите на "
                "штрајк нема да бидат платени.", [minister, nurses], quotes=True)
    assert codes(doc, only(doc, "THREATEN").recipient) == [("MKD", "MED")]
    assert not [e for e in doc.events if e.type == "PROTEST"]
    # a warning of a bad outcome is still none, whoever was asked before
    doc = coded("Петровска ги повика медицинските сестри да се вратат на работа. Таа предупреди дека зимата ќе биде "
                "тешка.", [minister, nurses], quotes=True)
    assert not [e for e in doc.events if e.type == "THREATEN"]


def test_a_retort_telling_the_other_side_s_conduct_blames_it():
    # (guidelines: a retort that blames the accuser is one ACCUSE toward it; the act it tells is only alleged)
    zagreb = Ent(("Загреб",), country="HRV", sector="GOV")
    for conduct in ("не ја ратификува спогодбата за граница", "го блокира договорот за граница"):
        doc = coded(f"Загреб го обвини Мицкоски за вмешување. Мицкоски возврати дека Загреб веќе две години {conduct}.",
                    [zagreb, MICKOSKI], quotes=True)
        retort = [e for e in doc.events if e.trigger.text == "возврати"]
        assert len(retort) == 1 and retort[0].type == "ACCUSE" and retort[0].recipient == ["E1"], conduct
        assert [e.trigger.text for e in doc.events] == ["обвини", "возврати"], conduct
    # the speaker's own side opening it is a denial, still a REJECT
    doc = coded("Загреб го обвини Мицкоски за вмешување. Мицкоски возврати дека Македонија никого не уценува.",
                [zagreb, MICKOSKI, Ent(("Македонија",), country="MKD")], quotes=True)
    assert [e.type for e in doc.events if e.trigger.text == "возврати"] == ["REJECT"]


def test_calling_a_rival_a_hireling_or_the_worst_is_criticism():
    leader = Ent(("Зоран Ристов",), "PER", "MKD", "PTY")
    rival = Ent(("Елена Поповска",), "PER", "MKD", "LEG")
    for words in ("„платеник на Владата“", "„најлошата претседателка досега“", "„марионета на странците“"):
        doc = coded(f"Зоран Ристов вчера ја нарече Елена Поповска {words}.", [leader, rival])
        ev = only(doc, "ACCUSE")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_an_organ_telling_its_own_state_s_warning_blames_no_one_of_it():
    for sentence in ("Руското Министерство за надворешни работи предупреди дека Москва „нема да дозволи никакво мешање "
                     "во изборите“.",
                     "Српското Министерство за одбрана предупреди дека Белград „нема да дозволи никакви провокации на "
                     "границата“.",
                     "Турското Министерство за надворешни работи предупреди дека Анкара „нема да дозволи никакво мешање "
                     "во внатрешните работи“."):
        assert [e[0] for e in pipeline_events(sentence)] == ["THREATEN"], sentence
    # another state's act told so is still judged
    assert pipeline_events("Украинското Министерство за надворешни работи изјави дека Москва „нема да дозволи никакво "
                           "мешање“ и дека тоа е срамно.") == [("ACCUSE", ["UKR"], ["RUS"])]


def test_a_retort_that_the_strike_lasts_until_a_demand_is_met_is_one_threat_quoted_words_and_all():
    for sentence in ("Претседателот на синдикатот Петар Петровски возврати дека штрајкот ќе продолжи „сè додека Владата "
                     "не ги исполни барањата“.",
                     "Лидерот на земјоделците Марко Марковски одговори дека блокадите ќе продолжат сè додека Владата не ги "
                     "исплати субвенциите.",
                     "Лидерката на синдикатот Ана Петрова возврати дека протестите ќе продолжат „сè додека министерот не "
                     "си замине“."):
        assert [e[0] for e in pipeline_events(sentence)] == ["THREATEN"], sentence
    # a retort of blame stays blame
    assert [e[0] for e in pipeline_events("Министерот Марко Петров возврати дека опозицијата „лаже за буџетот“.")] == ["ACCUSE"]


def test_the_accusations_a_denial_answers_are_the_accuser_s_act_told_before():
    for text in ("Левица вчера поднесе интерпелација за министерот за здравство Марко Петров. Од Министерството "
                 "одговорија дека обвинувањата на Левица се неточни.",
                 "ВМРО-ДПМНЕ остро ја критикуваше градоначалничката на Скопје. Од Градот денеска одговорија дека "
                 "обвинувањата на ВМРО-ДПМНЕ се неточни.",
                 "Синдикатот ја осуди Владата за кршење на колективниот договор. Владата вчера одговори дека "
                 "обвинувањата на синдикатот се неточни."):
        assert sorted(e[0] for e in pipeline_events(text)) == ["ACCUSE", "REJECT"], text
    # accusations told first in the denial stay an act of their author
    assert sorted(e[0] for e in pipeline_events("Од Министерството одговорија дека обвинувањата на Левица се "
                                                "неточни.")) == ["ACCUSE", "REJECT"]
