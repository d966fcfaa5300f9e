"""Statements typed by their content (GUIDELINES, statements carried by a speech verb): a policy or plan judged
unsound, refusals, threats and demands told in a `дека` clause or a quote; every sentence here is invented."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

LEFT = Ent(("Левица",), "ORG", "MKD", "PTY")
GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")
MAYOR = Ent(("Општината",), "ORG", "MKD", "GOV")
SPOKESWOMAN = Ent(("Ана Стојанова",), "PER", "MKD", "PTY")


def test_a_policy_or_plan_judged_unsound_or_unreal_blames_its_owner():
    for sentence in ("Од Левица оценија дека даночната политика на Владата е „неодржлива“.",
                     "Ана Стојанова изјави дека буџетот на Владата е нереален и непрозрачен.",
                     "Ана Стојанова рече дека излегувањето на Владата од дебатата е „бегство од одговорност“."):
        ev = only(coded(sentence, [LEFT, GOVERNMENT, SPOKESWOMAN], quotes=True), "ACCUSE")
        assert ev.recipient == ["E2"] and ev.mode == "disapprove", sentence


def test_an_unsound_situation_blames_no_one():
    for sentence in ("Ана Стојанова рече дека состојбата со долгот е неодржлива.",
                     "Ана Стојанова оцени дека очекувањата за раст се нереални."):
        assert not coded(sentence, [SPOKESWOMAN], quotes=True).events, sentence


SLOVENIA = Ent(("Словенија",), country="SVN")
FAJON = Ent(("Тања Фајон",), "PER", "SVN", "GOV")
MONTENEGRO = Ent(("Црна Гора",), country="MNE")


def test_a_minister_telling_the_stance_his_state_holds_is_its_actor():
    for sentence in ("„Словенија ја поддржува европската перспектива на Црна Гора“, изјави Тања Фајон.",
                     "Тања Фајон изјави дека Словенија ја поддржува европската перспектива на Црна Гора.",
                     "„Словенија силно го поддржува патот на Црна Гора кон Унијата“, рече Тања Фајон по средбата."):
        ev = only(coded(sentence, [SLOVENIA, FAJON, MONTENEGRO], quotes=True), "SUPPORT")
        assert ev.actor == ["E2"] and ev.recipient == ["E3"] and "actor:spokesperson" in ev.rule, sentence


def test_a_past_act_of_the_state_quoted_by_its_minister_stays_the_states():
    for sentence in ("„Словенија ја поддржа Црна Гора на самитот“, изјави Тања Фајон.",
                     "„Словенија минатата недела ја поддржа кандидатурата на Црна Гора“, рече Тања Фајон."):
        ev = only(coded(sentence, [SLOVENIA, FAJON, MONTENEGRO], quotes=True), "SUPPORT")
        assert ev.actor == ["E1"], sentence


NATO = Ent(("Алијансата",), "ORG", "IGO", "IGO")
LITHUANIA = Ent(("Литванија",), country="LTU")
GERMANY = Ent(("Германија",), country="DEU")
GANG = Ent(("бандата",), "ORG", None, "CRM")


def test_standing_firmly_behind_someone_supports_them():
    for sentence, ents in (("Германија цврсто застана зад Литванија во спорот за транзитот.", [GERMANY, LITHUANIA]),
                           ("Алијансата „цврсто стои зад Литванија“, соопшти портпаролката.", [NATO, LITHUANIA]),
                           ("„Цврсто стоиме зад Литванија“, изјави Тања Фајон.", [FAJON, LITHUANIA])):
        ev = only(coded(sentence, ents, quotes=True), "SUPPORT")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"], sentence


def test_a_gang_behind_an_attack_is_no_support():
    doc = coded("Обвинителството тврди дека бандата стои зад нападот врз Литванија.", [GANG, LITHUANIA], quotes=True)
    assert not [e for e in doc.events if e.type == "SUPPORT"]


def test_a_matter_ruled_out_of_talks_is_a_refusal():
    for sentence in ("Ана Стојанова порача дека уставот „никогаш нема да биде тема на преговори“.",
                     "Ана Стојанова рече дека името не е предмет на преговори.",
                     "Ана Стојанова изјави дека платите нема да бидат тема за разговори со синдикатот."):
        ev = only(coded(sentence, [SPOKESWOMAN, LEFT], quotes=True), "REJECT")
        assert ev.rule.startswith("reject.not_negotiable"), sentence


def test_the_topic_of_talks_told_is_no_refusal():
    doc = coded("Ана Стојанова рече дека темата на преговорите не е позната.", [SPOKESWOMAN], quotes=True)
    assert not doc.events


MAYOR_RISTOV = Ent(("Петар Ристов",), "PER", "MKD", "GOV")


def test_not_allowing_rioters_threatens_them_though_no_name_is_given():
    for sentence in ("„Нема да дозволиме насилниците да го запалат центарот на градот“, рече Петар Ристов.",
                     "Петар Ристов порача дека нема да им дозволи на насилниците да ги уништуваат излозите.",
                     "„Нема да дозволиме насилници да го блокираат градот“, изјави Петар Ристов."):
        ev = only(coded(sentence, [MAYOR_RISTOV], quotes=True), "THREATEN")
        assert ev.actor == ["E1"] and len(ev.recipient) == 1, sentence


PETROVA = Ent(("Ана Петрова",), "PER", "MKD", "GOV")
WORLD_BANK = Ent(("Светска банка",), "ORG", "IGO", "IGO")
OPPOSITION_PARTY = Ent(("ВМРО-ДПМНЕ",), "ORG", "MKD", "PTY")


def test_a_step_declined_that_another_proposes_refuses_the_proposer():
    for sentence in ("Ана Петрова рече дека Владата нема да ги замрзне пензиите, како што предлага Светска банка.",
                     "„Нема да ги зголемиме акцизите, како што препорачува Светска банка“, изјави Ана Петрова.",
                     "Ана Петрова рече дека не ги укинува субвенциите, како што бараше Светска банка, туку ќе ги насочи."):
        ev = only(coded(sentence, [PETROVA, WORLD_BANK], quotes=True), "REJECT")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"], sentence


def test_a_step_taken_as_another_proposes_is_no_refusal():
    for sentence in ("Ана Петрова рече дека Владата ќе ги замрзне пензиите, како што предлага Светска банка.",
                     "Ана Петрова рече дека не е тајна дека реформите, како што предлага Светска банка, ќе траат долго."):
        assert not [e for e in coded(sentence, [PETROVA, WORLD_BANK], quotes=True).events if e.type == "REJECT"], sentence


def test_a_party_declining_what_its_rival_asks_refuses_the_rival():
    ev = only(coded("Ана Петрова изјави дека нема да распише предвремени избори, како што бара ВМРО-ДПМНЕ.",
                    [PETROVA, OPPOSITION_PARTY], quotes=True), "REJECT")
    assert ev.recipient == ["E2"]


ALBANIA = Ent(("Албанија",), country="ALB")
SERBIA = Ent(("Србија",), country="SRB")
COMMISSION = Ent(("Европската комисија",), "ORG", "EUR", "IGO")
COMMISSIONER = Ent(("Ана Марковска",), "PER", "EUR", "IGO")


def test_a_condition_laid_on_what_a_side_is_to_get_asks_that_side():
    ev = only(coded("Ана Марковска рече дека пристапувањето на Србија ќе биде условено со нормализацијата на односите.",
                    [COMMISSIONER, SERBIA], quotes=True), "REQUEST")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]
    for sentence in ("Европската комисија ѝ исплати на Албанија 50 милиони евра. Ана Марковска рече дека следната транша "
                     "ќе зависи од борбата против корупцијата.",
                     "Европската комисија ѝ исплати на Албанија 50 милиони евра. „Останатите средства ќе зависат од "
                     "реформите во судството“, нагласи Ана Марковска."):
        ev = only(coded(sentence, [COMMISSION, ALBANIA, COMMISSIONER], quotes=True), "REQUEST")
        assert ev.actor == ["E3"] and ev.recipient == ["E2"], sentence


def test_a_condition_on_no_side_is_no_demand():
    for sentence in ("Ана Марковска рече дека цената на струјата ќе зависи од временските услови.",
                     "Ана Марковска рече дека успехот зависи од сите нас."):
        assert not coded(sentence, [COMMISSIONER], quotes=True).events, sentence
