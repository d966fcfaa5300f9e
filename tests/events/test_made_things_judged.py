"""A judgement of a thing an authority made (a budget, law, resolution, decision) is aimed at its maker, as an
earlier sentence told it made (`Владата го усвои буџетот. … Опозицијата го критикуваше буџетот`); a thing whose
maker the story does not tell gives no maker. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.events.helpers import Ent, coded, only

GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")
LEVICA = Ent(("Левица",), "ORG", "MKD", "PTY")
PARLIAMENT_EU = Ent(("Европскиот парламент",), "ORG", "EUR", "IGO")
GEORGIA_GOV = Ent(("Грузиската влада",), "ORG", "GEO", "GOV")
AZERBAIJAN = Ent(("Азербејџан",), country="AZE")
ASSEMBLY_ALB = Ent(("Собранието на Албанија",), "ORG", "ALB", "LEG")
JOURNALISTS = Ent(("Здружението на новинари",), "ORG", "MKD", "NGO")
COUNCIL = Ent(("Советот на Европа",), "ORG", "IGO", "IGO")
HUNGARY = Ent(("Унгарија",), country="HUN")
MINISTRY = Ent(("Министерството за здравство",), "ORG", "MKD", "GOV")
UNION = Ent(("Синдикатот на лекари",), "ORG", "MKD", "LAB")


def test_criticism_of_a_budget_is_aimed_at_the_government_that_adopted_it():
    doc = coded("Владата вчера го усвои буџетот за следната година. Левица остро го критикуваше буџетот.",
                [GOVERNMENT, LEVICA])
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E2"] and ev.recipient == ["E1"] and "recipient:thing_maker" in ev.rule


def test_a_resolution_condemned_after_other_acts_is_the_adopting_body_s():
    doc = coded("Европскиот парламент вчера ја усвои резолуцијата за Грузија. Азербејџан испрати помош на Грузија. "
                "Грузиската влада ја осуди резолуцијата.", [PARLIAMENT_EU, GEORGIA_GOV, AZERBAIJAN])
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E2"] and ev.recipient == ["E1"]


def test_a_decision_rejected_is_the_body_that_made_it():
    doc = coded("Советот на Европа донесе одлука за мониторинг. Унгарија ја отфрли одлуката.", [COUNCIL, HUNGARY])
    ev = only(doc, "REJECT")
    assert ev.actor == ["E2"] and ev.recipient == ["E1"]


def test_a_quoted_blame_of_a_law_is_aimed_at_the_assembly_that_passed_it():
    doc = coded("Собранието на Албанија вчера го изгласа законот за медиумите. „Законот е напад врз слободата на "
                "печатот“, изјави Здружението на новинари.", [ASSEMBLY_ALB, JOURNALISTS], quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E2"] and ev.recipient == ["E1"]


def test_another_thing_made_gives_no_maker():
    doc = coded("Владата вчера ја усвои стратегијата за енергетика. Левица го критикуваше буџетот.", [GOVERNMENT, LEVICA])
    assert "thing_maker" not in only(doc, "ACCUSE").rule


def test_a_thing_the_judge_made_itself_gives_no_maker():
    doc = coded("Владата вчера го усвои буџетот. Владата го пофали буџетот.", [GOVERNMENT])
    assert all("thing_maker" not in ev.rule for ev in doc.events)


def test_a_thing_announced_in_a_content_clause_was_not_made_by_the_announcer():
    # `објави дека мерките …`: the measures are the content of the announcement, not a thing it made
    doc = coded("Министерството за здравство објави дека мерките ќе важат до крајот на месецот. "
                "Синдикатот на лекари ги критикуваше мерките.", [MINISTRY, UNION])
    assert "thing_maker" not in only(doc, "ACCUSE").rule


COUNCIL_OF_EUROPE = Ent(("Советот на Европа",), "ORG", "IGO", "IGO")
CROATIA_GOV = Ent(("Владата на Хрватска",), "ORG", "HRV", "GOV")
UNIONS = Ent(("Сојузот на синдикати",), "ORG", "HRV", "LAB")
INA = Ent(("ИНА",), "ORG", "HRV", "BUS")


def test_blame_said_of_a_made_thing_is_its_maker_s_not_a_name_in_the_blame():
    doc = coded("Собранието на Албанија вчера го усвои законот за медиумите. Здружението на новинари изјави дека "
                "законот е „неприфатлив и спротивен на стандардите на Советот на Европа“.", [ASSEMBLY_ALB, JOURNALISTS, COUNCIL_OF_EUROPE],
                quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E2"] and ev.recipient == ["E1"]
    doc = coded("Владата на Хрватска донесе уредба за цените на горивата. Сојузот на синдикати рече дека уредбата е "
                "„неоправдан подарок за ИНА на грбот на работниците“.", [CROATIA_GOV, UNIONS, INA], quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E2"] and ev.recipient == ["E1"]


def test_blame_of_a_thing_whose_maker_is_not_told_keeps_the_name_in_it():
    doc = coded("Собранието на Албанија вчера расправаше за медиумите. Здружението на новинари изјави дека "
                "законот е „неприфатлив и спротивен на стандардите на Советот на Европа“.", [ASSEMBLY_ALB, JOURNALISTS, COUNCIL_OF_EUROPE],
                quotes=True)
    assert only(doc, "ACCUSE").recipient != ["E1"]


EDUCATION = Ent(("Министерството за образование",), "ORG", "MKD", "GOV")
EBRD = Ent(("Европската банка за обнова",), "ORG", "IGO", "IGO")
MONTENEGRO_MIN = Ent(("Милош Вуковиќ",), "PER", "MNE", "GOV")
FRANCE = Ent(("Франција",), country="FRA")
GERMANY = Ent(("Германија",), country="DEU")
ITALY = Ent(("Италија",), country="ITA")
ESTONIA = Ent(("Естонија",), country="EST")
BELARUS_MFA = Ent(("Белоруското министерство",), "ORG", "BLR", "GOV")
CONST_COURT = Ent(("Уставниот суд",), "ORG", "MKD", "JUD")
VENICE = Ent(("Венецијанската комисија",), "ORG", "IGO", "IGO")
SERBIA_GOV = Ent(("Владата на Србија",), "ORG", "SRB", "GOV")


def test_a_proposal_welcomed_is_aimed_at_whoever_proposed_it_with_no_noun():
    doc = coded("Советот на Европа во вторникот предложи земјите членки да ги укинат таксите за странските студенти. "
                "Министерството за образование го поздрави предлогот.", [COUNCIL_OF_EUROPE, EDUCATION])
    ev = only(doc, "SUPPORT")
    assert ev.recipient == ["E1"] and "recipient:thing_maker" in ev.rule
    doc = coded("Франција и Германија минатиот месец предложија заеднички фонд за одбрана. Италија го критикуваше "
                "предлогот како прескап.", [FRANCE, GERMANY, ITALY])
    assert sorted(only(doc, "ACCUSE").recipient) == ["E1", "E2"]


def test_a_decision_welcomed_after_a_loan_approved_is_the_lender_s():
    # (not the demand told since by another)
    doc = coded("Европската банка за обнова вчера одобри кредит од 20 милиони евра за пристаништето. Владата на Србија "
                "побара сличен кредит. Министерот Милош Вуковиќ ја поздрави одлуката.", [EBRD, SERBIA_GOV, MONTENEGRO_MIN])
    assert only(doc, "SUPPORT").recipient == ["E1"]


def test_a_withdrawal_welcomed_is_aimed_at_all_who_withdrew():
    doc = coded("Франција и Германија вчера го повлекоа нацртот за нови царини на челикот. "
                "Италија го поздрави повлекувањето на нацртот.", [FRANCE, GERMANY, ITALY])
    assert sorted(only(doc, "SUPPORT").recipient) == ["E1", "E2"]


def test_expulsions_condemned_are_the_expelling_state_s():
    doc = coded("Естонија минатата недела протера двајца дипломати поради шпионажа. "
                "Белоруското министерство ги осуди протерувањата како непријателски.", [ESTONIA, BELARUS_MFA])
    assert only(doc, "ACCUSE").recipient == ["E1"]


def test_an_opinion_criticised_is_the_court_s_that_gave_it():
    doc = coded("Уставниот суд во петокот донесе советодавно мислење за изборниот закон. "
                "Венецијанската комисија остро го критикуваше мислењето.", [CONST_COURT, VENICE])
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E2"] and ev.recipient == ["E1"]


def test_a_proposal_or_decision_still_to_come_has_no_maker_yet():
    doc = coded("Советот на Европа следната недела ќе предложи нови правила за студентите. "
                "Министерството за образование го поздрави предлогот.", [COUNCIL_OF_EUROPE, EDUCATION])
    assert "thing_maker" not in only(doc, "SUPPORT").rule
    doc = coded("Од Советот на Европа се очекува да одлучи за таксите за студентите. "
                "Министерството за образование ја поздрави одлуката.", [COUNCIL_OF_EUROPE, EDUCATION])
    assert "thing_maker" not in only(doc, "SUPPORT").rule


def test_the_judge_s_own_proposal_or_another_thing_gives_no_maker():
    doc = coded("Министерството за образование предложи укинување на таксите. "
                "Министерството за образование го пофали предлогот.", [EDUCATION])
    assert all("thing_maker" not in ev.rule for ev in doc.events)
    doc = coded("Советот на Европа во вторникот предложи укинување на таксите. "
                "Министерството за образование го поздрави извештајот.", [COUNCIL_OF_EUROPE, EDUCATION])
    assert "thing_maker" not in only(doc, "SUPPORT").rule


SPECIAL_COURT = Ent(("Специјалниот суд",), "ORG", "KOS", "JUD")
SELF_DETERMINATION = Ent(("Самоопределување",), "ORG", "KOS", "PTY")
VETERANS = Ent(("Здружението на ветерани",), "ORG", "KOS", "CVL")


def test_a_verdict_judged_after_its_adjective_is_the_court_s():
    # (`ослободителната пресуда`: the article on the adjective, the noun bare)
    doc = coded("Специјалниот суд во понеделникот го ослободи од обвиненијата поранешниот командант. "
                "Самоопределување ја критикуваше ослободителната пресуда.", [SPECIAL_COURT, SELF_DETERMINATION])
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E2"] and ev.recipient == ["E1"]
    doc = coded("Специјалниот суд во понеделникот го осуди поранешниот командант на 15 години затвор. "
                "Здружението на ветерани ја осуди строгата пресуда.", [SPECIAL_COURT, VETERANS])
    assert [ev.recipient for ev in doc.events if ev.type == "ACCUSE"] == [["E1"]]


def test_a_verdict_no_one_was_told_to_give_is_not_a_court_s():
    doc = coded("Самоопределување ја критикуваше ослободителната пресуда.", [SPECIAL_COURT, SELF_DETERMINATION])
    assert "E1" not in only(doc, "ACCUSE").recipient


ENVOY = Ent(("Џон Смит", "Смит"), "PER", "IGO", "IGO")
SERB_PARTY = Ent(("Српската народна партија",), "ORG", "BIH", "PTY")
BOSNIAK_PARTY = Ent(("Бошњачката демократска партија",), "ORG", "BIH", "PTY")
CROAT_PARTY = Ent(("Хрватската заедница",), "ORG", "BIH", "PTY")


def test_a_thing_judged_again_by_another_is_aimed_at_the_maker_the_first_judgement_found():
    doc = coded("Високиот претставник Џон Смит минатата недела ги наметна мерките за Советот на министри. "
                "Српската народна партија ги отфрли мерките и го обвини Смит за мешање. "
                "Бошњачката демократска партија ги поддржа мерките.", [ENVOY, SERB_PARTY, BOSNIAK_PARTY])
    assert only(doc, "REJECT").recipient == ["E1"]
    ev = only(doc, "SUPPORT")
    assert ev.recipient == ["E1"] and "recipient:judged_alike" in ev.rule


def test_another_thing_judged_or_a_judgement_of_the_judge_s_own_state_is_no_maker():
    doc = coded("Високиот претставник Џон Смит минатата недела ги наметна мерките за Советот на министри. "
                "Српската народна партија ги отфрли мерките и го обвини Смит за мешање. "
                "Бошњачката демократска партија го поддржа предлогот.", [ENVOY, SERB_PARTY, BOSNIAK_PARTY])
    assert "judged_alike" not in only(doc, "SUPPORT").rule
    doc = coded("Хрватската заедница минатата недела ги предложи мерките за Советот на министри. "
                "Српската народна партија ги отфрли мерките. "
                "Бошњачката демократска партија ги поддржа мерките.", [CROAT_PARTY, SERB_PARTY, BOSNIAK_PARTY])
    assert "judged_alike" not in only(doc, "SUPPORT").rule


def test_a_handover_welcomed_is_aimed_at_whoever_handed_over():
    britain_mil = Ent(("Британските војници",), "ORG", "GBR", "MIL")
    cyprus_gov = Ent(("Владата на Кипар",), "ORG", "CYP", "GOV")
    doc = coded("Британските војници минатата недела ја предадоа базата кај Ларнака на кипарската армија. "
                "Владата на Кипар ја поздрави предавањето на базата.", [britain_mil, cyprus_gov])
    assert only(doc, "SUPPORT").recipient == ["E1"]
    # (one still to come is no one's yet)
    doc = coded("Британските војници следната недела ќе ја предадат базата кај Ларнака на кипарската армија. "
                "Владата на Кипар ја поздрави предавањето на базата.", [britain_mil, cyprus_gov])
    assert "thing_maker" not in only(doc, "SUPPORT").rule



ROMANIA_GOV = Ent(("Владата на Романија",), "ORG", "ROU", "GOV")
FARMERS = Ent(("Здружението на земјоделци",), "ORG", "ROU", "CVL")
MOLDOVA = Ent(("Молдавија",), country="MDA")
BANJA_LUKA_CROWD = Ent(("Здружението на борци",), "ORG", "BIH", "CVL")
EU = Ent(("ЕУ",), "ORG", "EUR", "IGO")
JUDGE = Ent(("Ана Петрова",), "PER", "SRB", "JUD")
MAYOR = Ent(("Марко Илиќ",), "PER", "SRB", "GOV")
IMPOSED = "Високиот претставник Џон Смит минатата недела ги наметна мерките за Советот на министри. "

# (text where the maker is told, its twin where it is not, entities, the judgement's type, the maker)
MAKERS_TOLD = {
    # a thing fronted before its making verb, which a clitic doubles: the name after the verb (with no clitic the
    # noun is no object of the verb, and the name after it made nothing)
    "fronted": ("Уредбата за увоз на жито ја донесе Владата на Романија во петокот. Здружението на земјоделци ја критикуваше уредбата.",
                "Уредбата за увоз на жито стапи во сила, соопшти Владата на Романија во петокот. "
                "Здружението на земјоделци ја критикуваше уредбата.", [ROMANIA_GOV, FARMERS], "ACCUSE", "E1"),
    # the subject of a relative clause that tells the thing made (not one that tells it commented)
    "relative": ("Мерките, кои Џон Смит ги наметна минатата недела, ги менуваат правилата во Советот на министри. "
                 "Српската народна партија ги отфрли мерките.",
                 "Мерките, кои Џон Смит ги коментираше минатата недела, ги менуваат правилата во Советот на министри. "
                 "Српската народна партија ги отфрли мерките.", [ENVOY, SERB_PARTY], "REJECT", "E1"),
    # the name in the thing's genitive (not when the thing is itself in another noun's genitive: the breach is told)
    "genitive": ("Молдавија изрази загриженост поради мерките на Владата на Романија за увозот на жито. "
                 "Здружението на земјоделци ги поддржа мерките.",
                 "Молдавија изрази загриженост поради кршењето на мерките на Владата на Романија за увозот на жито. "
                 "Здружението на земјоделци ги поддржа мерките.", [MOLDOVA, ROMANIA_GOV, FARMERS], "SUPPORT", "E2"),
    # a thing told again by another noun of its kind (a thing of another kind is not the measures told made)
    "kind": (IMPOSED + "Српската народна партија ги отфрли измените.",
             IMPOSED + "Српската народна партија го отфрли извештајот.", [ENVOY, SERB_PARTY], "REJECT", "E1"),
    # a protest against a thing made (against something no one was told to make: the authorities, as before)
    "protest": (IMPOSED + "Здружението на борци во среда протестираше во Бања Лука против мерките.",
                IMPOSED + "Здружението на борци во среда протестираше во Бања Лука против сиромаштијата.",
                [ENVOY, BANJA_LUKA_CROWD], "PROTEST", "E1"),
    # a decision of the members of a body, their noun opening the clause (not named after the verb)
    "members": ("Министрите за финансии на ЕУ вчера во Брисел одлучија да го продолжат рокот за Србија. "
                "Владата на Србија ја поздрави одлуката.",
                "Вчера во Брисел одлучија министрите за финансии на ЕУ да го продолжат рокот за Србија. "
                "Владата на Србија ја поздрави одлуката.", [EU, SERBIA_GOV], "SUPPORT", "E1"),
    # the subject of a clause that puts it inside the thing (`во одлуката наведе`), not one that tells it after it
    "within": ("Судијката Ана Петрова во одлуката наведе дека забраната е незаконска. Градоначалникот Марко Илиќ ја поздрави одлуката.",
               "Судијката Ана Петрова по одлуката изјави дека забраната е незаконска. Градоначалникот Марко Илиќ ја поздрави одлуката.",
               [JUDGE, MAYOR], "SUPPORT", "E1"),
}


@pytest.mark.parametrize("case", sorted(MAKERS_TOLD))
def test_a_thing_s_maker_told_in_another_way_is_whom_its_judgement_is_aimed_at(case):
    told, untold, entities, etype, maker = MAKERS_TOLD[case]
    ev = only(coded(told, entities), etype)
    assert ev.recipient == [maker] and "recipient:thing_maker" in ev.rule
    assert "thing_maker" not in only(coded(untold, entities), etype).rule


FRANCE_STATE = Ent(("Франција",), country="FRA")
ARAGHCHI = Ent(("Абас Арагчи", "Арагчи"), "PER", "IRN", "GOV")
KALLAS = Ent(("Каја Калас",), "PER", "EUR", "IGO")
RUSSIA = Ent(("Русија",), country="RUS")


def test_an_act_judged_again_is_aimed_at_the_maker_the_judgement_before_found_not_at_its_judge():
    doc = coded("Франција вчера го затвори својот воздушен простор за иранските авиони. "
                "Иранскиот министер Абас Арагчи го осуди потегот. Арагчи потоа телефонски разговараше со Каја Калас. "
                "Русија го осуди чекорот.", [FRANCE_STATE, ARAGHCHI, KALLAS, RUSSIA])
    assert [ev.recipient for ev in doc.events if ev.type == "ACCUSE"] == [["E1"], ["E1"]]
    # (a judgement before of no act, aimed at a name: no maker of the act judged next)
    doc = coded("Франција вчера го затвори својот воздушен простор за иранските авиони. "
                "Иранскиот министер Абас Арагчи ја осуди Франција. Арагчи потоа телефонски разговараше со Каја Калас. "
                "Русија го осуди чекорот.", [FRANCE_STATE, ARAGHCHI, KALLAS, RUSSIA])
    assert "E1" not in [ev for ev in doc.events if ev.type == "ACCUSE"][-1].recipient


def test_a_thing_judged_again_by_a_noun_of_its_kind_is_aimed_at_the_maker_the_first_judgement_found():
    told = "Високиот претставник Џон Смит вчера разреши шест функционери. Српската народна партија ги отфрли мерките. "
    ev = only(coded(told + "Бошњачката демократска партија ги поддржа измените.", [ENVOY, SERB_PARTY, BOSNIAK_PARTY]), "SUPPORT")
    assert ev.recipient == ["E1"] and "recipient:judged_alike" in ev.rule
    # (a thing of another kind: not the measures judged before)
    ev = only(coded(told + "Бошњачката демократска партија го поддржа извештајот.", [ENVOY, SERB_PARTY, BOSNIAK_PARTY]), "SUPPORT")
    assert "judged_alike" not in ev.rule


MEDIATOR = Ent(("Марко Петров", "Петров"), "PER", "NOR", "GOV")
PREMIER = Ent(("Иван Ковач", "Ковач"), "PER", "HRV", "GOV")


@pytest.mark.parametrize("presented", ["го претстави", "им го предаде својот"])
def test_a_plan_presented_or_handed_over_is_its_presenters_when_judged_after_other_acts(presented):
    doc = coded(f"Посредникот Марко Петров вчера {presented} планот за реформа на судството. Премиерот Иван Ковач "
                "одби да се сретне со партиите. Левица го осуди планот.", [MEDIATOR, PREMIER, LEVICA])
    ev = only(doc, "ACCUSE")
    assert ev.recipient == ["E1"] and "recipient:thing_maker" in ev.rule


@pytest.mark.parametrize("handled", ["го прочита", "им го покажа својот"])
def test_a_plan_only_read_or_shown_tells_no_maker(handled):
    doc = coded(f"Посредникот Марко Петров вчера {handled} планот за реформа на судството. Премиерот Иван Ковач "
                "одби да се сретне со партиите. Левица го осуди планот.", [MEDIATOR, PREMIER, LEVICA])
    assert "recipient:thing_maker" not in only(doc, "ACCUSE").rule
