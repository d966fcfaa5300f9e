"""Requests, promises, agreements and concessions (invented sentences in the style of 2024–2026
agency copy)."""
from tests.events.helpers import SERBIA, VUCIC, Ent, coded, codes, only

KURTI = Ent(("Албин Курти",), type="PER", country="KOS", sector="GOV")
BRUSSELS = Ent(("Брисел",), country="BEL")
GOVERNMENT = Ent(("Владата",), type="ORG", country="MKD", sector="GOV")
KOSOVO_STATE = Ent(("Косово",), country="KOS")


def test_advocating_a_course_is_a_call_for_change():
    doc = coded("Албин Курти се залага за побрзо отворање на преговорите.", [KURTI])
    request = only(doc, "REQUEST")
    assert request.rule.startswith("request.advocate")
    assert request.mode == "change"
    assert codes(doc, request.actor) == [("KOS", "GOV")]


def test_advocacy_in_the_imperfect_or_with_a_promise_is_no_call():
    assert not coded("Курти долго време се залагаше за реформи.", [Ent(("Курти",), type="PER", country="KOS")]).events
    doc = coded("Албин Курти се заложи дека ќе ги исплати платите.", [KURTI])
    assert not [e for e in doc.events if e.type == "REQUEST"]


def test_an_expectation_laid_on_a_named_party_is_a_demand_of_it():
    doc = coded("Вучиќ очекува од Брисел да ги отвори новите кластери.", [VUCIC, BRUSSELS])
    request = only(doc, "REQUEST")
    assert request.rule.startswith("request.expect_from")
    assert codes(doc, request.actor) == [("SRB", "GOV")]
    assert codes(doc, request.recipient) == [("EUR", "IGO")]  # Brussels stands for the EU


def test_an_expectation_with_no_one_named_or_an_impersonal_one_is_no_demand():
    assert not coded("Вучиќ очекува раст од три отсто оваа година.", [VUCIC]).events
    assert not coded("Се очекува од Брисел да ги отвори новите кластери.", [BRUSSELS]).events


def test_demands_accepted_are_a_concession_to_whoever_made_them():
    doc = coded("Владата ги прифати барањата на синдикатите по тридневниот штрајк.", [GOVERNMENT])
    concession = only(doc, "CONCEDE")
    assert concession.rule.startswith("concede.accept_demands")
    assert codes(doc, concession.actor) == [("MKD", "GOV")]
    assert codes(doc, concession.recipient) == [("MKD", "LAB")]
    assert not [e for e in doc.events if e.type == "REQUEST"]  # the demands are the thing accepted


def test_demands_met_in_an_impersonal_passive_concede_nothing():
    doc = coded("Да се натера Србија да попушти значи да се прифатат нејзините барања.", [SERBIA])
    assert not [e for e in doc.events if e.rule.startswith("concede.accept_demands")]


def test_a_contested_measure_withdrawn_is_a_concession():
    doc = coded("Владата ги повлече спорните измени на Изборниот законик по критиките на опозицијата.", [GOVERNMENT])
    concession = only(doc, "CONCEDE")
    assert concession.rule.startswith("concede.withdraw_veto")
    assert codes(doc, concession.actor) == [("MKD", "GOV")]


def test_a_demand_given_up_is_a_concession():
    doc = coded("Грција се откажа од барањето за воени репарации од Германија.",
                [Ent(("Грција",), country="GRC"), Ent(("Германија",), country="DEU")])
    concession = only(doc, "CONCEDE")
    assert concession.rule.startswith("concede.drop_demand")
    assert codes(doc, concession.actor) == [("GRC", None)]
    assert not [e for e in doc.events if e.type == "REQUEST"]


def test_a_veto_lifted_is_a_concession_not_a_veto():
    doc = coded("Турција го укина ветото за членството на Шведска во НАТО.",
                [Ent(("Турција",), country="TUR"), Ent(("Шведска",), country="SWE"),
                 Ent(("НАТО",), type="ORG", country="IGO", sector="IGO")])
    concession = only(doc, "CONCEDE")
    assert concession.rule.startswith("concede.lift")
    assert not [e for e in doc.events if e.type == "REJECT"]


def test_consenting_to_talks_is_an_agreement_whose_talks_are_its_content():
    doc = coded("Ердоган прифати да разговара со Трамп за Украина.",
                [Ent(("Ердоган",), type="PER", country="TUR", sector="GOV"),
                 Ent(("Трамп",), type="PER", country="USA", sector="GOV"), Ent(("Украина",), country="UKR")])
    agreement = only(doc, "AGREE")
    assert agreement.rule.startswith("agree.accept_to")
    assert codes(doc, agreement.actor) == [("TUR", "GOV")]
    assert codes(doc, agreement.recipient) == [("USA", "GOV")]
    assert not [e for e in doc.events if e.type == "CONSULT"]


def test_consent_denied_is_no_agreement():
    doc = coded("Ердоган не прифати да разговара со Трамп.",
                [Ent(("Ердоган",), type="PER", country="TUR", sector="GOV"),
                 Ent(("Трамп",), type="PER", country="USA", sector="GOV")])
    assert not [e for e in doc.events if e.type == "AGREE"]


def test_whom_a_promise_or_commitment_is_for_is_its_recipient():
    ukraine = Ent(("Украина",), country="UKR")
    doc = coded("ЕУ вети 50 милијарди евра помош за Украина до 2027 година.",
                [Ent(("ЕУ",), type="ORG", country="EUR", sector="IGO"), ukraine])
    promise = only(doc, "AGREE")
    assert codes(doc, promise.recipient) == [("UKR", None)]
    doc = coded("Макрон и Мерц се обврзаа да ја зголемат помошта за Украина.",
                [Ent(("Макрон",), type="PER", country="FRA", sector="GOV"),
                 Ent(("Мерц",), type="PER", country="DEU", sector="GOV"), ukraine])
    commitment = only(doc, "AGREE")
    assert codes(doc, commitment.actor) == [("FRA", "GOV"), ("DEU", "GOV")]
    assert codes(doc, commitment.recipient) == [("UKR", None)]


def test_an_attempt_to_reach_an_agreement_is_no_agreement_reached():
    belgrade, pristina = Ent(("Белград",), country="SRB"), Ent(("Приштина",), country="KOS")
    doc = coded("Белград и Приштина повторно се обидоа да постигнат договор за енергетиката.", [belgrade, pristina])
    assert not [e for e in doc.events if e.type == "AGREE"]
    doc = coded("Белград и Приштина постигнаа договор за енергетиката.", [belgrade, pristina])
    assert only(doc, "AGREE").rule.startswith("agree.reached")


def test_a_warning_to_keep_away_from_a_disaster_is_an_appeal_not_a_threat():
    centre = Ent(("Центарот за управување со кризи",), type="ORG", country="MKD", sector="GOV")
    doc = coded("Центарот за управување со кризи ги предупреди граѓаните да не патуваат во планините поради невремето.",
                [centre])
    appeal = only(doc, "REQUEST")
    assert appeal.rule.startswith("request.warn_of_nature")
    assert codes(doc, appeal.recipient) == [("MKD", "CVL")]
    assert not [e for e in doc.events if e.type == "THREATEN"]
    # a warning that something will happen is a statement, no appeal
    assert not coded("Центарот за управување со кризи предупреди дека невремето ќе трае до петок.", [centre]).events


def test_a_truce_announced_is_a_concession_and_talks_broken_off_are_not():
    kremlin = Ent(("Кремљ",), type="ORG", country="RUS", sector="GOV")
    doc = coded("Кремљ најави еднострано примирје за Велигден.", [kremlin])
    concession = only(doc, "CONCEDE")
    assert concession.rule.startswith("concede.announce_truce")
    assert codes(doc, concession.actor) == [("RUS", "GOV")]
    assert not [e for e in doc.events if e.type == "RETREAT"]
    doc = coded("Кремљ најави прекин на преговорите.", [kremlin])
    assert not [e for e in doc.events if e.type == "CONCEDE"]


def test_a_promise_to_end_a_war_is_a_promise_not_a_threat():
    trump, lukashenko = (Ent(("Трамп",), type="PER", country="USA", sector="GOV"),
                         Ent(("Лукашенко",), type="PER", country="BLR", sector="GOV"))
    for sentence in ("Трамп вети дека ќе стави крај на војната во Украина.", "Трамп вети дека ќе ја заврши војната."):
        doc = coded(sentence, [trump, Ent(("Украина",), country="UKR")])
        assert only(doc, "AGREE").rule == "agree.promise+date:publication", sentence
        assert not [e for e in doc.events if e.type in ("THREATEN", "ASSAULT")], sentence
    doc = coded("Лукашенко вети дека ќе ја мобилизира војската.", [lukashenko])
    assert only(doc, "THREATEN").rule.startswith("agree.promise+content→THREATEN")


def test_an_agreement_reached_between_two_parties_and_one_side_telling_of_it_are_one_agreement():
    belgrade, pristina = Ent(("Белград",), country="SRB"), Ent(("Приштина",), country="KOS")
    thaci = Ent(("Тачи",), type="PER", country="KOS", sector="GOV")
    doc = coded("Постигнатиот договор меѓу Белград и Приштина предвидува размена на затвореници.", [belgrade, pristina])
    agreement = only(doc, "AGREE")
    assert codes(doc, agreement.actor) == [("SRB", None), ("KOS", None)]
    doc = coded("Белград и Приштина постигнаа договор во петокот. „Ова е голем чекор“, рече Тачи по "
                "постигнувањето на договорот.", [belgrade, pristina, thaci])
    agreement = only(doc, "AGREE")
    assert {c for c, _ in codes(doc, agreement.actor)} == {"SRB", "KOS"}
    assert len(agreement.also_triggers) == 1


def test_both_sides_called_on_are_the_pair_told_of_last():
    ents = [Ent(("Курти",), "PER", "KOS", "GOV"), Ent(("Вучиќ",), "PER", "SRB", "GOV"), Ent(("Калас",), "PER", "EUR", "IGO"),
            Ent(("Брисел",), country="BEL")]
    doc = coded("Курти и Вучиќ не се сретнаа во Брисел. Калас ги повика двете страни да ги спроведат договорите од Брисел.", ents)
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E3"] and sorted(ev.recipient) == ["E1", "E2"]


def test_both_sides_called_on_by_a_pair_of_mediators_are_the_sides_of_the_dispute_told():
    ents = [Ent(("Азербејџан",), country="AZE"), Ent(("Ерменија",), country="ARM"), Ent(("Турција",), country="TUR"),
            Ent(("Иран",), country="IRN")]
    doc = coded("Азербејџан ја обвини Ерменија за гранатирање на границата. "
                "Турција и Иран ги повикаа двете страни да се воздржат.", ents)
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E3", "E4"] and sorted(ev.recipient) == ["E1", "E2"] and "recipient:pair" in ev.rule


def test_a_pay_rise_offered_to_a_union_is_an_offer():
    union = Ent(("синдикатот на медицинските сестри",), "ORG", "MKD", "LAB")
    doc = coded("Владата му понуди зголемување на платите од 6 отсто на синдикатот на медицинските сестри.",
                [GOVERNMENT, union])
    ev = only(doc, "AGREE")
    assert ev.trigger.text == "понуди" and codes(doc, ev.actor) == [("MKD", "GOV")]


def test_a_demand_for_a_release_naming_no_one_is_made_of_who_detained_them():
    doc = coded("Азербејџанската полиција приведе двајца ерменски новинари во Баку. Ереван побара нивно ослободување.",
                [Ent(("Азербејџанската полиција",), "ORG", "AZE", "COP"), Ent(("Баку",), country="AZE"),
                 Ent(("Ереван",), country="ARM"), Ent(("ерменски",), country="ARM", kind="demonym")])
    assert only(doc, "REQUEST").recipient == ["E1"]
    # prisoners of another state: not those the police told of held
    doc = coded("Азербејџанската полиција приведе двајца ерменски новинари во Баку. Ереван побара ослободување "
                "на затворениците во Русија.", [Ent(("Азербејџанската полиција",), "ORG", "AZE", "COP"),
                                                Ent(("Баку",), country="AZE"), Ent(("Ереван",), country="ARM"),
                                                Ent(("Русија",), country="RUS")])
    assert "recipient:undone_act" not in only(doc, "REQUEST").rule
    # no detention told before: no one to ask
    doc = coded("Ереван побара ослободување на затворениците.", [Ent(("Ереван",), country="ARM")])
    assert only(doc, "REQUEST").recipient == []


def test_a_loan_proposed_for_a_state_is_an_offer_not_a_demand():
    commission = Ent(("Комисијата",), "ORG", "EUR", "IGO")
    doc = coded("Комисијата предложи заем од 40 милијарди евра за Молдавија.", [commission, Ent(("Молдавија",), country="MDA")])
    assert [(e.type, codes(doc, e.recipient)) for e in doc.events] == [("AGREE", [("MDA", None)])]


def test_a_proposed_package_of_measures_against_a_state_is_no_offer():
    commission = Ent(("Комисијата",), "ORG", "EUR", "IGO")
    doc = coded("Комисијата предложи пакет мерки против Белорусија.", [commission, Ent(("Белорусија",), country="BLR")])
    assert "AGREE" not in [e.type for e in doc.events]


def test_a_warning_to_someone_that_they_must_act_is_a_demand():
    fund = Ent(("ММФ",), "ORG", "IGO", "IGO")
    government = Ent(("Владата на Молдавија",), "ORG", "MDA", "GOV")
    doc = coded("ММФ ја предупреди Владата на Молдавија дека мора да го намали дефицитот.", [fund, government])
    assert [(e.type, codes(doc, e.recipient)) for e in doc.events] == [("REQUEST", [("MDA", "GOV")])]


def test_a_warning_of_what_must_be_watched_with_no_one_warned_is_no_demand():
    doc = coded("Економистите предупредија дека инфлацијата ќе мора да се следи.", [])
    assert "REQUEST" not in [e.type for e in doc.events]


def test_the_body_before_which_support_is_promised_is_no_recipient():
    greece = Ent(("Атина",), country="GRC")
    commission = Ent(("Европската комисија",), "ORG", "EUR", "IGO")
    doc = coded("Атина ќе го поддржи проектот пред Европската комисија.", [greece, commission])
    assert "E2" not in only(doc, "AGREE").recipient


def test_a_name_in_what_someone_asked_is_to_do_is_not_whom_the_call_is_to():
    doc = coded("Претседателот Миро Шкабар ги повика посредниците да извршат притисок врз Азербејџан.",
                [Ent(("Миро Шкабар",), "PER", "ARM", "GOV"), Ent(("Азербејџан",), country="AZE")])
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E1"] and "E2" not in ev.recipient


def test_a_demand_joined_to_the_same_speakers_act_asks_its_recipient():
    # `го повика амбасадорот … и побара објаснување`: asked of the one just summoned, whoever the subject
    doc = coded("Шефот на дипломатијата Никос Дендијас го повика српскиот амбасадор на разговор и побара објаснување.",
                [Ent(("Никос Дендијас",), "PER", "GRC", "GOV"), Ent(("српскиот",), country="SRB", kind="demonym")])
    assert codes(doc, only(doc, "REQUEST").recipient) == [("SRB", "GOV")]


def test_a_promise_to_fulfil_conditions_is_agree_a_broken_promise_none():
    minister = Ent(("Ѓорѓиевска",), "PER", "MKD", "GOV")
    doc = coded("Ѓорѓиевска вети дека министерството ќе ги исполни барањата на рударите до септември.", [minister])
    assert codes(doc, only(doc, "AGREE").actor) == [("MKD", "GOV")]
    union = Ent(("Синдикатот на рударите",), "ORG", "MKD", "LAB")
    assert not [e for e in coded("Синдикатот на рударите тврди дека Ѓорѓиевска не ги исполнила ветувањата.",
                                 [union, minister]).events if e.type == "AGREE"]


def test_what_a_party_says_it_can_offer_is_an_offer_dated_when_told():
    minister = Ent(("Бесник Идризи",), "PER", "MKD", "GOV")
    doc = coded("Министерот Бесник Идризи изјави дека Владата може да понуди покачување од осум отсто од март.",
                [minister, GOVERNMENT], published="2026-10-20")
    ev = only(doc, "AGREE")
    assert ev.trigger.text == "понуди" and ev.status == "asserted" and "possibility offered" in ev.rule
    assert ev.date == "2026-10-20"  # the month is the offered rise's


def test_a_forecast_of_an_offer_or_an_offer_as_a_purpose_is_no_offer():
    assert not coded("Аналитичарите предвидуваат дека Владата може да понуди покачување од осум отсто.",
                     [GOVERNMENT]).events
    doc = coded("Синдикатот штрајкува за да може да му понуди Владата покачување од осум отсто.",
                [GOVERNMENT, Ent(("Синдикатот",), "ORG", "MKD", "LAB")])
    assert [e.type for e in doc.events] == ["PROTEST"]  # the strike; the rise is its purpose


def test_money_a_state_will_allot_is_a_promise_of_aid():
    doc = coded("Норвешкиот премиер Јонас Гар Стере најави дека Норвешка ќе издвои 40 милиони евра за обнова на Албанија.",
                [Ent(("Јонас Гар Стере",), "PER", "NOR", "GOV"), Ent(("Норвешка",), country="NOR"),
                 Ent(("Албанија",), country="ALB")])
    ev = only(doc, "AGREE")
    assert ev.trigger.text == "издвои" and "future→AGREE" in ev.rule


def test_money_allotted_from_the_budget_at_home_is_no_aid():
    assert not coded("За мерката од буџетот се издвојуваат 500 милиони денари.", []).events
    assert not coded("Владата издвои 500 милиони денари од буџетот за субвенции на земјоделците.", [GOVERNMENT]).events


def test_money_a_state_will_set_aside_for_another_is_a_promise_of_aid():
    doc = coded("Ирска соопшти дека ќе одвои 15 милиони евра за помош на Чад.",
                [Ent(("Ирска",), country="IRL"), Ent(("Чад",), country="TCD")])
    ev = only(doc, "AGREE")
    assert ev.trigger.text == "одвои" and codes(doc, ev.recipient) == [("TCD", None)]
    assert not coded("Владата одвои 5 милиони денари од буџетот за субвенции на земјоделците.", [GOVERNMENT]).events


def test_a_conflictual_act_promised_is_that_act_in_the_future():
    # guidelines (one's own future acts): `вети дека ќе го раскине договорот` is REJECT future, not AGREE
    leader = Ent(("Алек Ронсон",), "PER", "GBR", "PTY")
    doc = coded("Алек Ронсон вети дека неговата партија ќе го раскине договорот со Норвешка ако победи на изборите.",
                [leader, Ent(("Норвешка",), country="NOR")])
    ev = only(doc, "REJECT")
    assert ev.status == "future" and ev.actor == ["E1"] and ev.recipient == ["E2"]
    assert not [e for e in doc.events if e.type == "AGREE"]


def test_aid_promised_not_to_be_sent_is_aid_negated():
    leader = Ent(("Алек Ронсон",), "PER", "GBR", "PTY")
    doc = coded("Алек Ронсон вети дека новата влада нема да испраќа оружје во Грузија.",
                [leader, Ent(("Грузија",), country="GEO")])
    ev = only(doc, "AID")
    assert ev.status == "negated" and ev.actor == ["E1"] and ev.recipient == ["E2"]
    # aid promised is still a promise (AGREE)
    doc = coded("Алек Ронсон вети дека ќе испрати оружје во Грузија.", [leader, Ent(("Грузија",), country="GEO")])
    assert only(doc, "AGREE").actor == ["E1"]


def test_an_agreement_torn_up_is_a_rejection_of_its_other_side():
    government = Ent(("Владата",), "ORG", "SRB", "GOV")
    doc = coded("Владата го раскина договорот со Унгарија.", [government, Ent(("Унгарија",), country="HUN")])
    ev = only(doc, "REJECT")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.status == "asserted"


def test_a_refusal_promised_is_the_refusal():
    # guidelines (refusal vs. negation): `нема да го поддржи` is an announced refusal, promised or not
    leader = Ent(("Алек Ронсон",), "PER", "GBR", "PTY")
    doc = coded("Алек Ронсон вети дека неговата влада нема да ја поддржи Ирска.", [leader, Ent(("Ирска",), country="IRL")])
    ev = only(doc, "REJECT")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]
    assert not [e for e in doc.events if e.type == "AGREE"]


def test_a_promise_to_respect_the_peoples_will_is_agree():
    doc = coded("Вучиќ изјави дека Србија ќе ја почитува волјата на граѓаните на Косово.", [VUCIC, SERBIA, KOSOVO_STATE])
    assert [e.type for e in doc.events] == ["AGREE"]


def test_respect_for_the_peoples_will_told_as_a_habit_is_no_promise():
    doc = coded("Вучиќ изјави дека Србија секогаш ја почитувала волјата на граѓаните на Косово.", [VUCIC, SERBIA, KOSOVO_STATE])
    assert not [e for e in doc.events if e.type == "AGREE"]


def test_a_promise_to_keep_agreed_deadlines_is_agree():
    doc = coded("Курти рече дека Владата ќе ги почитува сите рокови договорени со опозицијата.",
                [Ent(("Курти",), type="PER", country="KOS", sector="GOV")])
    assert [e.type for e in doc.events] == ["AGREE"]


def test_a_call_for_reform_or_early_elections_asks_a_change():
    # PLOVER REQUEST change: a change of policy, law or government asked
    doc = coded("Вучиќ ја повика Владата да ги забрза реформите во судството.", [VUCIC, GOVERNMENT])
    assert only(doc, "REQUEST").mode == "change"
    doc = coded("Албин Курти побара распишување предвремени избори.", [KURTI])
    assert only(doc, "REQUEST").mode == "change"


def test_a_call_that_names_no_change_keeps_no_mode():
    # the negative twins: calm or a view asked names no change of policy or government
    doc = coded("Вучиќ ја повика Владата да ги смири страстите во судницата.", [VUCIC, GOVERNMENT])
    assert only(doc, "REQUEST").mode is None
    doc = coded("Албин Курти побара мислење од граѓаните.", [KURTI])
    assert not [e for e in doc.events if e.type == "REQUEST" and e.mode == "change"]


def test_a_call_to_raise_wages_asks_a_change():
    doc = coded("Вучиќ побара од Владата да ги зголеми платите на медицинските сестри.", [VUCIC, GOVERNMENT])
    assert only(doc, "REQUEST").mode == "change"
    # the negative twin: thanking the nurses asked of the government names no change
    doc = coded("Вучиќ побара од Владата да им се заблагодари на медицинските сестри.", [VUCIC, GOVERNMENT])
    assert only(doc, "REQUEST").mode is None


def test_a_call_for_restraint_asks_no_release_or_ceasefire():
    # restraint asked is no PLOVER yield (release, ceasefire, sanctions ended): no mode of its own
    doc = coded("Албин Курти ја повика Србија да се воздржи од нови потези на северот.", [KURTI, SERBIA])
    assert only(doc, "REQUEST").mode is None
    # the twin: a release asked is yield
    doc = coded("Албин Курти ја повика Србија да ги ослободи уапсените полицајци.", [KURTI, SERBIA])
    assert only(doc, "REQUEST").mode == "yield"
