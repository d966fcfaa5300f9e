"""One act told several times (lead, body, recap) is one event; two acts of a kind stay two."""
from __future__ import annotations

from datetime import date

import pytest

from vesnik.document import Document
from vesnik.events import EventStep
from vesnik.pipeline.default import build_pipeline
from tests.events.helpers import SERBIA, Ent, coded, document, pipeline_document, pipeline_events


def _of(doc, etype):
    return [e for e in doc.events if e.type == etype]


def test_talks_and_meetings_on_the_days_of_a_visit_are_the_visit():
    ents = [Ent(("Џон Смит",), "PER", "USA", "GOV"), Ent(("Македонија",), country="MKD"),
            Ent(("Марко Марковски",), "PER", "MKD", "GOV"), Ent(("Ана Петрова",), "PER", "MKD", "GOV")]
    doc = coded("Државниот секретар Џон Смит вчера допатува во дводневна посета на Македонија. "
                "Денеска Џон Смит се сретна со премиерот Марко Марковски. "
                "Марко Марковски и Џон Смит разговараа за енергетиката.", ents, published="2026-03-11")
    ev, = _of(doc, "CONSULT")
    assert ev.mode == "visit" and ev.actor == ["E1"] and ev.date == "2026-03-10" and len(ev.also_triggers) == 2
    # a meeting of the same sides a week later, elsewhere, is another meeting
    later = coded("Џон Смит вчера допатува во посета на Македонија. "
                  "На 18 март Џон Смит и Марко Марковски повторно се сретнаа во Брисел.",
                  ents + [Ent(("Брисел",), country="BEL")], published="2026-03-11")
    assert len(_of(later, "CONSULT")) == 2


def test_a_visit_abroad_gathers_no_one_of_the_visitor_s_side_told_by_another_name():
    ents = [Ent(("Црногорскиот претседател",), "PER", "MNE", "GOV"), Ent(("Србија",), country="SRB"),
            Ent(("Филип Вујановиќ",), "PER", "MNE", "GOV"), Ent(("Тадиќ",), "PER", "SRB", "GOV")]
    doc = coded("Црногорскиот претседател во вторник ја посети Србија. "
                "Филип Вујановиќ и Тадиќ разговараа во Белград.", ents)
    ev, = _of(doc, "CONSULT")
    assert set(ev.recipient) == {"E2", "E4"}


def test_meetings_told_for_the_week_and_then_by_day_stay_one_a_day():
    ents = [Ent(("Марко Марковски",), "PER", "MKD", "GOV"), Ent(("Агим Гаши",), "PER", "KOS", "GOV")]
    doc = coded("Марко Марковски и Агим Гаши оваа недела двапати се сретнаа. "
                "Во понеделникот Марко Марковски и Агим Гаши се сретнаа во Скопје. "
                "Во четвртокот Марко Марковски и Агим Гаши повторно се сретнаа во Брисел.", ents, published="2025-06-20")
    assert sorted(e.date for e in _of(doc, "CONSULT")) == ["2025-06-16", "2025-06-19"]


def test_a_protest_named_again_by_its_noun_is_that_protest_unless_told_elsewhere():
    ents = [Ent(("Белград",), country="SRB"), Ent(("Ниш",), country="SRB"),
            Ent(("владата на Србија",), "ORG", "SRB", "GOV")]
    doc = coded("Илјадници студенти вчера протестираа во Белград против владата на Србија. "
                "Протестот во Белград беше мирен.", ents, published="2025-03-16")
    ev, = _of(doc, "PROTEST")
    assert [t.text for t in ev.also_triggers] == ["Протестот"]
    two = coded("Илјадници студенти вчера протестираа во Белград против владата на Србија. "
                "Протестот во Ниш беше мирен.", ents, published="2025-03-16")
    assert len(_of(two, "PROTEST")) == 2


def test_a_strike_named_again_by_its_noun_with_no_actor_of_its_own_is_that_strike():
    ents = [Ent(("Синдикатот на рудари",), "ORG", "MKD", "LAB")]
    doc = coded("Синдикатот на рудари во понеделникот започна штрајк во рудникот. "
                "Во штрајкот учествуваат над 800 рудари.", ents, published="2025-03-18")
    ev, = _of(doc, "PROTEST")
    assert [t.text for t in ev.also_triggers] == ["штрајкот"]


def test_an_act_told_as_done_once_more_is_a_new_act():
    ents = [Ent(("Марко Марковски",), "PER", "MKD", "GOV"), Ent(("Бугарија",), country="BGR")]
    doc = coded("Премиерот Марко Марковски ја обвини Бугарија за блокадата. "
                "Марко Марковски повторно ја обвини Бугарија во четвртокот.", ents, published="2025-11-05")
    assert sorted(e.date for e in _of(doc, "ACCUSE")) == ["2025-10-30", "2025-11-05"]
    told_again = coded("Премиерот Марко Марковски ја обвини Бугарија за блокадата. "
                       "Марко Марковски ја обвини Бугарија во четвртокот.", ents, published="2025-11-05")
    assert len(_of(told_again, "ACCUSE")) == 1


def test_a_call_told_as_one_more_is_a_second_call_aimed_like_the_first():
    ents = [Ent(("Ана Петрова",), "PER", "MKD", "GOV"), Ent(("Албанија",), country="ALB")]
    doc = coded("Министерката Ана Петрова во вторникот ја повика Албанија да ги отвори граничните премини. "
                "Таа, исто така, повика на заедничка стратегија за водоснабдување.", ents, published="2025-04-10")
    calls = _of(doc, "REQUEST")
    assert len(calls) == 2 and all(e.recipient == ["E2"] and e.date == "2025-04-08" for e in calls)
    told_again = coded("Министерката Ана Петрова во вторникот ја повика Албанија да ги отвори граничните премини. "
                       "Таа повика на заедничка стратегија за водоснабдување.", ents, published="2025-04-10")
    assert len(_of(told_again, "REQUEST")) == 1


@pytest.mark.parametrize("later, calls", [
    ("Петрова повика на заедничка стратегија за водоснабдување.", 2),  # about another thing: a second call
    ("Петрова повика граничните премини да се отворат до летото.", 1),  # the same crossings: the call told again
])
def test_a_later_call_about_other_things_is_a_second_call(later, calls):
    ents = [Ent(("Ана Петрова", "Петрова"), "PER", "MKD", "GOV"), Ent(("Албанија",), country="ALB")]
    doc = coded("Министерката Ана Петрова во вторникот ја повика Албанија да ги отвори граничните премини. "
                "Според податоците на министерството, транзитот низ премините опаднал за третина. " + later,
                ents, published="2025-04-10")
    assert len(_of(doc, "REQUEST")) == calls


@pytest.mark.parametrize("verb, calls", [("додаде", 2), ("рече", 1)])  # (`рече`: the call told again in a quote)
def test_a_statement_added_to_one_before_is_a_second_act(verb, calls):
    ents = [Ent(("Марко Марковски",), "PER", "MKD", "GOV"), Ent(("Бугарија",), country="BGR")]
    doc = coded("Премиерот Марко Марковски ја повика Бугарија да ја повлече блокадата. "
                f"„Бараме од Бугарија да ги почитува договорите“, {verb} тој.", ents, quotes=True)
    assert len(_of(doc, "REQUEST")) == calls


def test_a_visit_that_met_someone_holds_a_second_meeting_with_another():
    ents = [Ent(("Џон Смит",), "PER", "USA", "GOV"), Ent(("Македонија",), country="MKD"),
            Ent(("Марко Марковски",), "PER", "MKD", "GOV"), Ent(("Ана Петрова",), "PER", "MKD", "GOV")]
    doc = coded("Џон Смит вчера допатува во посета на Македонија. "
                "Денеска Џон Смит се сретна со премиерот Марко Марковски. "
                "Потоа Џон Смит се сретна и со претседателката Ана Петрова.", ents, published="2026-03-11")
    visit, other = sorted(_of(doc, "CONSULT"), key=lambda e: e.sentence)
    assert "E3" in visit.recipient and "E4" in other.actor + other.recipient and "E4" not in visit.recipient


def test_a_headline_attack_on_one_city_is_not_the_body_s_attack_on_another():
    ents = [Ent(("Русија",), country="RUS"), Ent(("Киев",), country="UKR"), Ent(("Одеса",), country="UKR")]
    doc = coded("Русија ја нападна Одеса\n\n"
                "Русија попладнето ја нападна Киев со ракети. "
                "Навечер Русија ја нападна Одеса со дронови.", ents)
    attacks = sorted(_of(doc, "ASSAULT"), key=lambda e: e.sentence)
    assert len(attacks) == 2 and [t.text for t in attacks[1].also_triggers] == ["нападна"]
    assert attacks[0].also_triggers == []


def test_a_protest_named_again_in_a_place_is_the_one_told_there():
    ents = [Ent(("Белград",), country="SRB"), Ent(("Ниш",), country="SRB"),
            Ent(("владата на Србија",), "ORG", "SRB", "GOV")]
    doc = coded("Илјадници студенти вчера протестираа во Белград против владата на Србија. "
                "Студентите маршираа низ центарот. "
                "Студенти во саботата протестираа и во Ниш против владата на Србија. "
                "Протестот во Ниш помина мирно.", ents, published="2025-03-16")
    evidence = {e.sentence: [t.text for t in e.also_triggers] for e in _of(doc, "PROTEST")}
    assert evidence[2] == ["Протестот"] and evidence[1] == []


def test_a_meeting_told_again_undated_in_its_place_with_one_more_person_is_that_meeting():
    ents = [Ent(("Вучиќ",), "PER", "SRB", "GOV"), Ent(("Рама",), "PER", "ALB", "GOV"),
            Ent(("Фон дер Лајен",), "PER", "EUR", "GOV"), Ent(("Брисел",), country="BEL")]
    doc = coded("Вучиќ и Рама се сретнаа во понеделникот во Брисел на маргините на самитот. "
                "Патувањето на Вучиќ во Брисел му даде прва можност заедно да се сретне со Рама и Фон дер Лајен.",
                ents, published="2026-03-11")
    ev, = _of(doc, "CONSULT")
    assert ev.date == "2026-03-09" and len(ev.also_triggers) == 1 and "E3" not in ev.actor + ev.recipient


def test_an_arrest_and_a_seizure_by_the_same_police_are_two_acts():
    ents = [Ent(("Полицијата",), "ORG", "MKD", "COP")]
    doc = coded("Полицијата вчера уапси тројца осомничени за шверц на цигари. "
                "При претресот Полицијата заплени 500 кутии цигари.", ents, published="2026-02-04")
    assert sorted(e.mode for e in _of(doc, "COERCE")) == ["arrest", "seize"]
    # the arrest told again is one arrest with both mentions as its evidence
    once = coded("Полицијата вчера уапси тројца осомничени за шверц на цигари во Струга. "
                 "Апсењето го изврши Полицијата по долга потера.", ents + [Ent(("Струга",), "GPE", "MKD")],
                 published="2026-02-04")
    ev, = _of(once, "COERCE")
    assert len(ev.also_triggers) == 1


def test_arrests_by_the_same_police_in_two_towns_are_two_arrests():
    ents = [Ent(("Полицијата",), "ORG", "MKD", "COP"), Ent(("Битола",), "GPE", "MKD"), Ent(("Охрид",), "GPE", "MKD")]
    doc = coded("Полицијата вчера изврши апсења во Битола. "
                "Во Охрид, пак, Полицијата изврши апсења по протестот.", ents, published="2026-02-04")
    assert sorted(e.location for e in _of(doc, "COERCE")) == ["E2", "E3"]


def test_a_quote_of_blame_after_an_accusation_by_the_same_speaker_is_its_evidence():
    ents = [Ent(("Петар Петровски",), "PER", "MKD", "GOV"), Ent(("Агим Гаши",), "PER", "KOS", "GOV")]
    accused = "Министерот Петар Петровски во понеделникот го обвини Агим Гаши дека ги крие податоците. "
    doc = coded(accused + "„Агим Гаши лаже за сè“, рече Петар Петровски на прес-конференција.", ents,
                published="2026-02-04", quotes=True)
    ev, = _of(doc, "ACCUSE")
    assert ev.mode == "allege" and [t.text for t in ev.also_triggers] == ["рече"]
    # the same blame on another day is another accusation
    later = coded(accused + "„Агим Гаши лаже за сè“, рече Петар Петровски на прес-конференција во вторникот.", ents,
                  published="2026-02-04", quotes=True)
    assert len(_of(later, "ACCUSE")) == 2


def test_a_headline_under_a_section_and_date_line_is_the_body_s_act_told_again():
    ents = [Ent(("војската",), "ORG", "GMB", "MIL"), Ent(("Адама Бах",), "PER", "GMB", "GOV")]
    body = "Група офицери од војската во вторникот ја презеде власта и го уапси претседателот Адама Бах."
    doc = coded("СВЕТ 12.03.2026 / 10:15\n\nПуч во Гамбија: војската го уапси претседателот\n\n" + body, ents,
                published="2026-03-12")
    ev, = [e for e in _of(doc, "COERCE") if e.mode == "arrest"]
    assert ev.date == "2026-03-10" and [t.text for t in ev.also_triggers] == ["уапси"]
    # a body whose first line ends in a full stop has no headline above it
    lead = coded("СВЕТ 12.03.2026 / 10:15\n\nВојската го уапси претседателот.\n\n" + body, ents, published="2026-03-12")
    assert len([e for e in _of(lead, "COERCE") if e.mode == "arrest"]) == 2


def test_a_capital_s_demand_in_the_headline_is_its_official_s_demand_in_the_body():
    ents = [Ent(("Белград",), country="SRB"), Ent(("Брисел",), "ORG", "EUR", "IGO"),
            Ent(("Марко Јовановиќ",), "PER", "SRB", "GOV"), Ent(("Вашингтон",), "ORG", "USA", "GOV")]
    doc = document("Белград бара реакција од Брисел\n\n"
                   "Министерот Марко Јовановиќ денеска ги повика Брисел и Вашингтон да реагираат на затворањето "
                   "на канцеларијата.", ents)
    doc.entities[0].kb_id = "gpe:city:belgrade"  # a capital the knowledge base knows, standing for its government
    doc.entities[2].kb_id = "per:marko-jovanovikj"  # a named official, no unnamed kind of actor
    ev, = _of(EventStep("mk")(doc), "REQUEST")
    assert ev.actor == ["E3"] and set(ev.recipient) == {"E2", "E4"} and [t.text for t in ev.also_triggers] == ["бара"]


def test_a_killing_an_attack_did_in_the_attack_s_sentence_is_the_attack():
    ents = [Ent(("Курдската администрација",), "ORG", "SYR", "GOV"), Ent(("турски",), country="TUR", kind="demonym"),
            Ent(("Кобани",), country="SYR")]
    doc = coded("Здравствените власти во Кобани, кои ги води Курдската администрација, соопштија дека "
                "турски воздушен напад во вторникот убил петмина.", ents, published="2026-03-12")
    ev, = _of(doc, "ASSAULT")  # not a killing by the administration the relative clause names
    assert ev.actor == ["E2"] and ev.date == "2026-03-10" and [t.text for t in ev.also_triggers] == ["убил"]


def test_a_joint_act_of_two_states_told_again_with_their_ministers_is_one_act():
    ents = [SERBIA, Ent(("Црна Гора",), country="MNE"), Ent(("Ана Вујошевиќ",), "PER", "MNE", "GOV")]
    doc = document("Србија и Црна Гора вчера потпишаа меморандум за изградба на нов автопат. "
                   "Меморандумот го потпишаа српскиот министер за инфраструктура и црногорската министерка Ана Вујошевиќ.",
                   ents, published="2026-07-15")
    doc.entities[0].kb_id, doc.entities[1].kb_id = "gpe:SRB", "gpe:MNE"
    ev, = _of(EventStep("mk")(doc), "SUPPORT")
    assert set(ev.actor) == {"E1.GOV", "E2.GOV"} and len(ev.also_triggers) == 1
    # one party's own act the next day stays its own
    doc = document("Србија и Црна Гора вчера потпишаа меморандум за изградба на нов автопат. "
                   "Денеска Ана Вујошевиќ ја поддржа иницијативата на Брисел.", ents, published="2026-07-15")
    doc.entities[0].kb_id, doc.entities[1].kb_id = "gpe:SRB", "gpe:MNE"
    assert len(_of(EventStep("mk")(doc), "SUPPORT")) == 2


def test_a_headline_naming_the_actor_shorter_is_the_body_s_act_of_that_country_told_again():
    ents = [Ent(("Бунтовниците",), "ORG", "MLI", "REB"), Ent(("Малиските милиции",), "ORG", "MLI", "UAF"),
            Ent(("француски",), country="FRA", kind="demonym")]
    doc = document("Бунтовниците заплениле конвој кај Гао\n\n"
                   "Малиските милиции во понеделникот заплениле конвој со француски камиони кај Гао.", ents)
    doc.entities[0].kb_id = "org:invented-rebels"  # a group the knowledge base knows: no unnamed kind
    ev, = _of(EventStep("mk")(doc), "COERCE")
    assert ev.actor == ["E2"] and [t.text for t in ev.also_triggers] == ["заплениле"]


def test_headline_prisoners_freed_are_the_body_s_prisoners_whatever_country_each_gives_them():
    ents = [Ent(("Египет",), country="EGY"), Ent(("египетските власти",), "ORG", "EGY", "GOV"),
            Ent(("затвореници",), "ORG", "EGY", "CRM"), Ent(("либиски затвореници",), "ORG", "LBY", "CRM")]
    doc = coded("Египет ослободи 40 затвореници\n\n"
                "Египетските власти вчера ослободија 40 либиски затвореници.", ents, published="2026-03-12")
    ev, = _of(doc, "RETREAT")
    assert ev.recipient == ["E4"] and len(ev.also_triggers) == 1


def test_one_warning_read_by_two_rules_is_one_threat():
    ents = [Ent(("Петар Петров",), "PER", "MKD", "LAB"), Ent(("Синдикатот на металци",), "ORG", "MKD", "LAB"),
            Ent(("Владата",), "ORG", "MKD", "GOV")]
    for text in ("Претседателот на Синдикатот на металци, Петар Петров, им се обрати на собраните и предупреди дека "
                 "од понеделник фабриките ќе бидат затворени доколку Владата не ги исполни барањата.",
                 "Лидерот на Синдикатот на металци, Петар Петров, застана пред работниците и предупреди дека "
                 "штрајкот ќе продолжи доколку Владата не ги исполни барањата."):
        ev, = _of(coded(text, ents, published="2025-05-10", quotes=True), "THREATEN")
        assert ev.actor == ["E1"] and ev.recipient == ["E3"]


def test_a_headline_act_of_one_named_body_is_not_merged_into_another_body_s_like_act():
    ents = [Ent(("Светска банка", "Светската банка"), "ORG", "IGO", "IGO"), Ent(("Азиската банка за развој",), "ORG", "IGO", "IGO"),
            Ent(("Европската комисија",), "ORG", "IGO", "IGO"), Ent(("Министерството за образование",), "ORG", "MKD", "GOV")]
    body = "\n\n{} во петокот одобри кредит од 30 милиони евра на Министерството за образование."

    def aid(headline, lender):
        doc = document(headline + body.format(lender), ents, published="2025-05-10")
        for ent, kb in zip(doc.entities, ("org:wb", "org:adb", "org:ec")):
            ent.kb_id = kb
        return _of(EventStep("mk")(doc), "AID")
    for headline, lender in (("Светска банка одобри 80 милиони евра за Министерството за образование", "Азиската банка за развој"),
                             ("Европската комисија одобри 10 милиони евра за Министерството за образование", "Светската банка")):
        assert len(aid(headline, lender)) == 2
    # the same bank told again in the body is one act
    ev, = aid("Светска банка одобри 30 милиони евра за Министерството за образование", "Светската банка")
    assert ev.actor == ["E1"] and len(ev.also_triggers) == 1


def test_a_headline_sending_that_the_body_tells_as_promised_is_the_body_s_promise():
    ents = [Ent(("Италија",), country="ITA"), Ent(("Либан",), country="LBN"), Ent(("Норвешка",), country="NOR"),
            Ent(("Молдавија",), country="MDA")]
    for text in ("Италија испраќа хуманитарна помош во Либан\n\n"
                 "Италија следната недела ќе испрати хуманитарна помош во Либан, соопшти министерството.",
                 "Норвешка донира опрема на Молдавија\n\n"
                 "Норвешка следниот месец ќе донира медицинска опрема на Молдавија, соопшти владата.",
                 "Италија испраќа лекови во Молдавија\n\nИталија утре ќе испрати авион со лекови во Молдавија."):
        ev, = coded(text, ents, published="2025-05-10").events
        assert ev.type == "AGREE" and len(ev.also_triggers) == 1
    # another state's promise in the body is another act
    doc = coded("Италија испраќа лекови во Молдавија\n\nНорвешка утре ќе испрати авион со лекови во Молдавија.",
                ents, published="2025-05-10")
    assert sorted(e.type for e in doc.events) == ["AGREE", "AID"]


def test_a_headline_acceptance_of_a_capital_s_proposal_is_the_body_s_acceptance_held_elsewhere():
    # the capital stands for its government, no second place beside the town of the talks
    for text in ("Молдавија прифати предлог за примирје, Москва молчи\n\n"
                 "Молдавската делегација вчера во Истанбул се согласи со рускиот предлог за примирје.",
                 "Грузија прифати предлог од Анкара\n\nГрузиската делегација вчера во Баку се согласи со турскиот предлог за транзит."):
        assert len([e for e in pipeline_events(text) if e[0] == "AGREE"]) == 1


def test_a_passive_headline_arrest_is_the_lead_s_arrest_whatever_sides_it_guessed():
    for text in ("Разбиена мрежа за трговија со луѓе, уапсени 12 лица во три земји\n\n"
                 "Полициите од три балкански земји вчера уапсија 12 лица осомничени за трговија со луѓе.",
                 "Интерпол: приведени 30 лица во седум држави\n\n"
                 "Полициите од седум држави вчера привеле 30 лица осомничени за измами.",
                 "Акција на Европол, уапсени 40 лица во пет земји\n\n"
                 "Полициите од пет европски земји вчера уапсија 40 лица осомничени за трговија со оружје."):
        assert len([e for e in pipeline_events(text) if e[0] == "COERCE"]) == 1


def test_a_headline_arrest_is_not_told_again_by_a_seizure_in_the_body():
    for headline in ("Уапсени двајца осомничени за пукањето во Струмица",
                     "Пукање во Струмица: уапсени двајца осомничени"):
        text = (f"{headline}\n\nПолицијата синоќа во Струмица запленила автоматска пушка и пиштол во куќата на "
                "еден од осомничените.")
        doc = build_pipeline().run_one(Document(id="t", source="t", raw_text=text)).document
        seizure = next(e for e in doc.events if e.type == "COERCE" and e.mode == "seize")
        assert all(t.text != "уапсени" for t in seizure.also_triggers), headline  # the arrest stays its own act


def test_a_headline_word_the_body_reads_with_what_the_headline_left_out_is_the_body_s_act():
    # an acquittal, a strike threatened on a condition, a crossing blocked: the headline's word, another type
    for text, etype in (
            ("Ослободен поранешниот градоначалник на Куманово\n\nПоранешниот градоначалник на Куманово беше "
             "ослободен од обвинение за злоупотреба на службената положба, одлучи Основниот суд.", "CONCEDE"),
            ("Тетово: ослободен директорот на болницата\n\nДиректорот на тетовската болница вчера беше ослободен "
             "од обвинение поради недостаток на докази.", "CONCEDE"),
            ("Здравствените работници најавуваат штрајк\n\nСиндикатот на здравството вчера соопшти дека медицинските "
             "сестри ќе стапат во генерален штрајк на 1 мај доколку Владата не ги зголеми платите.", "THREATEN"),
            ("Рударите најавуваат штрајк\n\nСиндикатот на рударите соопшти дека рударите ќе стапат во штрајк во "
             "понеделник доколку компанијата не ги исплати платите.", "THREATEN"),
            ("Превозниците го блокираа „Табановце“\n\nМакедонските превозници утрово со камиони го блокираа "
             "граничниот премин Табановце, соопшти полицијата.", "PROTEST"),
            ("Бугарските земјоделци го блокираа „Деве Баир“\n\nБугарските земјоделци вчера со трактори го "
             "блокираа граничниот премин Деве Баир.", "PROTEST")):
        assert [e[0] for e in pipeline_events(text)] == [etype], text


def test_an_accusation_in_the_passive_and_the_prosecutors_sentence_demand_are_one_act():
    for text in ("Поранешниот министер Марко Петров е обвинет за перење пари, а обвинителството бара десет години "
                 "затвор за него.",
                 "Градоначалничката на Битола е обвинета за злоупотреба на службената положба, а обвинителството бара "
                 "осум години затвор за неа.",
                 "Директорот на болницата беше обвинет за примање поткуп, а обвинителството бара пет години затвор."):
        assert [e[0] for e in pipeline_events(text)] == ["ACCUSE"], text
    # another hand's accusation beside it is another act
    assert len(pipeline_events("Директорот на болницата беше обвинет за примање поткуп, а синдикатот го обвини "
                               "министерот за здравство за молчење.")) == 2


def test_a_request_its_recipient_decides_on_the_sentence_after_is_that_request():
    for text in ("Обвинителството на Србија соопшти дека од Германија ќе побара екстрадиција на двајца осомничени. "
                 "Германскиот суд ќе одлучува за барањето во наредните недели.",
                 "Македонското обвинителство ќе побара од Австрија екстрадиција на поранешниот директор. Австрискиот "
                 "суд ќе одлучува за барањето до крајот на месецот.",
                 "Хрватската полиција ќе побара од Словенија екстрадиција на осомничениот. Словенечкиот суд ќе "
                 "одлучува за барањето наредната недела."):
        assert [e[0] for e in pipeline_events(text)] == ["REQUEST"], text


def test_a_search_and_the_seizure_that_follows_it_are_two_acts():
    # (guidelines, Counting: two acts in one sentence are two events; a search has no mode of its own)
    police = Ent(("Полицијата",), "ORG", "MKD", "COP")
    for sentence in ("Полицијата извршила претреси во четири куќи во Штип и одзела пари, пиштол и два телефона.",
                     "Вчера Полицијата изврши рација во една фабрика во Велес и одзеде документи и компјутери.",
                     "Полицијата изврши претрес на три адреси во Кичево и заплени пет килограми марихуана."):
        doc = coded(sentence, [police])
        assert sorted((e.mode or "") for e in _of(doc, "COERCE")) == ["", "seize"], sentence


def test_a_search_alone_is_one_act_without_mode():
    # (negative twin: no seizure told, no second act, and the search itself seizes nothing)
    police = Ent(("Полицијата",), "ORG", "MKD", "COP")
    for sentence in ("Полицијата изврши претрес во еден стан во Гостивар.",
                     "Полицијата извршила претреси на пет адреси во Струмица и Радовиш."):
        doc = coded(sentence, [police])
        ev, = _of(doc, "COERCE")
        assert ev.mode is None, sentence


def test_a_passive_headline_is_the_act_of_the_lead_after_a_dateline():
    # the dateline stands between headline and lead: the hand the lead names is the headline's, no prosecutors
    for text in ("Грчката полиција обвинета за насилство врз мигранти\n\nАтина, 3 март 2026 (МИА) – Норвешкиот совет "
                 "за бегалци во извештај ја обвини грчката полиција за насилни враќања во Турција.",
                 "Унгарска полиција обвинета за враќања во Србија\n\nБелград, 5 мај 2026 (МИА) – Оксфам во извештајот "
                 "ја обвини унгарската полиција за насилство врз мигранти."):
        assert [actors for etype, actors, _ in pipeline_events(text) if etype == "ACCUSE"] == [["NGO"]]


def test_a_passive_headline_is_not_an_act_told_after_the_leads_own():
    # twin: the lead tells another act first; the accusation after it is no headline's retelling
    text = ("Унгарска полиција обвинета за враќања во Србија\n\nБелград, 5 мај 2026 (МИА) – Србија ги засили патролите "
            "на границата. Оксфам во извештајот ја обвини унгарската полиција за насилство врз мигранти.")
    assert len([e for e in pipeline_events(text) if e[0] == "ACCUSE"]) == 2


def test_an_arrest_told_again_in_the_passive_about_the_same_person_is_that_arrest():
    ents = [Ent(("Петар Стојанов", "Стојанов"), "PER", "MKD", "CVL"), Ent(("полицијата",), "ORG", "MKD", "COP")]
    doc = coded("Поранешниот директор Петар Стојанов е уапсен под сомнение за проневера. "
                "Стојанов беше уапсен во својот дом во Битола, соопшти полицијата.", ents)
    ev, = _of(doc, "COERCE")
    assert len(ev.also_triggers) == 1
    # a seizure told in the passive after the arrest is another act (another mode)
    two = coded("Поранешниот директор Петар Стојанов е уапсен под сомнение за проневера. "
                "Во неговиот дом беа запленети 50.000 евра, соопшти полицијата.", ents)
    assert len(_of(two, "COERCE")) == 2
    # another person arrested in the passive is another arrest
    other = coded("Поранешниот директор Петар Стојанов е уапсен под сомнение за проневера. "
                  "Неговиот заменик Иван Ристов беше уапсен во Битола, соопшти полицијата.",
                  ents + [Ent(("Иван Ристов",), "PER", "MKD", "CVL")])
    assert len(_of(other, "COERCE")) == 2


def test_a_count_of_arrests_to_date_is_no_retelling_of_the_night_s_arrests():
    ents = [Ent(("полицијата", "Полицијата"), "ORG", "MKD", "COP")]
    doc = coded("Полицијата во саботата навечер уапси 40 демонстранти во Скопје. "
                "Според полицијата, од почетокот на немирите досега се уапсени над 300 лица.", ents, published="2025-05-12")
    assert len(_of(doc, "COERCE")) == 2
    # told again without the count to date, the passive is the night's arrest
    once = coded("Полицијата во саботата навечер уапси 40 демонстранти во Скопје. "
                 "Според полицијата, тие се уапсени кај Собранието.", ents, published="2025-05-12")
    assert len(_of(once, "COERCE")) == 1


def test_a_passive_accusation_by_a_hand_of_its_own_is_another_accusation():
    ents = [Ent(("Марко Илиев", "Илиев"), "PER", "MKD", "GOV"), Ent(("Опозицијата",), "ORG", "MKD", "PTY"),
            Ent(("синдикатот на лекарите",), "ORG", "MKD", "LAB")]
    two = coded("Опозицијата го обвини министерот Марко Илиев за корупција. "
                "Илиев беше обвинет за корупција од страна на синдикатот на лекарите.", ents)
    assert len(_of(two, "ACCUSE")) == 2
    # told again in the passive with no hand of its own, it is the opposition's accusation
    one = coded("Опозицијата го обвини министерот Марко Илиев за корупција. "
                "Илиев беше обвинет за корупција на прес-конференција во Скопје.", ents)
    ev, = _of(one, "ACCUSE")
    assert ev.actor == ["E2"] and len(ev.also_triggers) == 1


def test_an_act_named_by_its_definite_noun_as_the_scene_of_a_statement_is_the_act_told_before():
    ents = [Ent(("Владата",), "ORG", "MKD", "GOV"), Ent(("Стојан Ристов",), "PER", "MKD", "PTY", kb_id="per:stojan-ristov"),
            Ent(("Здружението на пензионери",), "ORG", "MKD", "CVL", kb_id="org:mkd:pensioners")]
    told = ("Членови на Здружението на пензионери вчера {} пред Владата во Скопје. Тие носеа транспаренти. "
            "Претседателот Стојан Ристов на {} изјави дека пензиите се ниски.")
    ev, = _of(coded(told.format("протестираа", "протестот"), ents, published="2025-04-10"), "PROTEST")
    assert ev.actor == ["E3"] and [t.text for t in ev.also_triggers] == ["протестот"]
    # an indefinite noun names no act told before; nor does the noun of another mode (a strike told first)
    assert len(_of(coded(told.format("протестираа", "протест"), ents, published="2025-04-10"), "PROTEST")) == 2
    assert len(_of(coded(told.format("штрајкуваа", "протестот"), ents, published="2025-04-10"), "PROTEST")) == 2


def test_a_protest_named_again_with_its_article_is_that_protest_whoever_the_sentence_names():
    ents = [Ent(("Петар Петров",), "PER", "MKD", "LAB"), Ent(("Скопје",), country="MKD"),
            Ent(("Владата",), "ORG", "MKD", "GOV"), Ent(("Ференц Шабо",), "PER", "HUN", "GOV"), Ent(("Куманово",), country="MKD")]
    lead = ("Стотици земјоделци вчера протестираа пред Владата во Скопје. "
            "Земјоделците бараат повисоки откупни цени за пченицата. ")
    for told, noun in (("Петар Петров на протестот изјави дека цените се пониски од трошоците.", "протестот"),
                       ("Протестот го организираше Петар Петров.", "Протестот")):
        ev, = _of(coded(lead + told, ents, published="2026-03-11"), "PROTEST")
        assert [t.text for t in ev.also_triggers] == [noun]
    # a protest without the article is another one, and so is one told far later or in another place
    # (as the scene of a statement, `на протестот`, the noun is the protest told before whoever speaks: see above)
    for told in ("Протест организираше и Петар Петров.",
                 "Цената на пченицата е 12 денари. Жетвата почна во јуни. Складовите се полни. Берзата е затворена. "
                 "Протестот го организираше Петар Петров.",
                 "Петар Петров го организираше протестот во Куманово."):
        assert len(_of(coded(lead + told, ents, published="2026-03-11"), "PROTEST")) == 2


def test_the_lead_of_a_headline_holds_the_act_its_own_sentence_told_just_before():
    # the headline's agreement is the lead's `договорија`; the patrols told before it in that sentence are its content
    head = "Белград и Будимпешта договорија заеднички патроли, Австрија вети опрема за границата\n\n"
    lead = ("Србија и Унгарија ќе воспостават заеднички патроли на северната граница, договорија вчера во Суботица "
            "министрите за внатрешни работи на двете земји Ивица Дачиќ и Шандор Пинтер")
    doc = pipeline_document(head + lead + ".", date(2026, 4, 10))
    agreed, = [e for e in _of(doc, "AGREE") if e.sentence == 1]
    assert {t.text for t in agreed.also_triggers} == {"договорија", "заеднички патроли"}
    # another side's promise in the lead's sentence is an act of its own
    doc = pipeline_document(head + lead + ", а Австрија вети дека ќе испрати опрема.", date(2026, 4, 10))
    assert len([e for e in _of(doc, "AGREE") if e.sentence == 1]) == 2


def test_a_demonstration_and_its_crowd_s_violence_told_in_one_sentence_are_one_riot():
    ents = [Ent(("Охрид",), country="MKD"), Ent(("канадската амбасада",), "ORG", "CAN", "GOV")]
    for told in ("Во Охрид синоќа стотици студенти протестираа пред канадската амбасада, а дел од нив фрлаа камења "
                 "кон зградата.", "Пред канадската амбасада во Охрид синоќа протестираа стотици студенти, кои фрлаа "
                 "јајца кон зградата."):
        doc = coded(told, ents, published="2026-05-14")
        ev, = _of(doc, "PROTEST")
        assert ev.mode == "riot" and len(ev.also_triggers) == 1
    # a blockade told with the demonstration is an act of its own
    doc = coded("Во Охрид синоќа стотици студенти протестираа пред канадската амбасада, а дел од нив го блокираа "
                "кејот.", ents, published="2026-05-14")
    assert len(_of(doc, "PROTEST")) == 2


def test_a_protest_named_with_its_article_as_the_object_of_a_verb_of_doing_is_the_protest_told_before():
    ents = [Ent(("Битола",), country="MKD"), Ent(("Владата",), "ORG", "MKD", "GOV"),
            Ent(("Синдикатот на рударите",), "ORG", "MKD", "LAB", kb_id="org:mkd:miners-union")]
    lead = "Стотици рудари вчера протестираа во Битола против Владата. Рударите носеа транспаренти. "
    told = "Синдикатот на рударите, кој {}, побара средба со премиерот."
    ev, = _of(coded(lead + told.format("ги организира протестите"), ents, published="2026-02-12"), "PROTEST")
    assert [t.text for t in ev.also_triggers] == ["протестите"]
    # without its article the noun names protests of their own
    assert len(_of(coded(lead + told.format("организира протести"), ents, published="2026-02-12"), "PROTEST")) == 2


def test_a_protest_gerund_after_its_crowd_s_blockade_tells_that_blockade():
    ents = [Ent(("Велес",), country="MKD"), Ent(("министерот",), "PER", "MKD", "GOV"),
            Ent(("Партијата на земјоделците",), "ORG", "MKD", "PTY", kb_id="org:mkd:farmers-party")]
    blocked = "Приврзаници на Партијата на земјоделците вчера блокираа неколку патишта кај Велес, "
    ev, = _of(coded(blocked + "протестирајќи против одлуката на министерот.", ents, published="2026-07-02"), "PROTEST")
    assert ev.mode == "obstruct"
    # a protest told with a finite verb after the blockade is a protest of its own
    doc = coded(blocked + "а потоа протестираа пред зградата на министерот.", ents, published="2026-07-02")
    assert len(_of(doc, "PROTEST")) == 2
