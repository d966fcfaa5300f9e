"""The dates of events: which time expression governs an act (sentences written for these tests)."""
from __future__ import annotations

from tests.events.helpers import GREECE, Ent, coded, only

IRAN = Ent(("Иран",), country="IRN")
MICKOSKI = Ent(("Мицкоски",), "PER", "MKD", "GOV")


def test_a_date_attribute_of_a_noun_does_not_date_the_act():
    doc = coded("Мицкоски го критикуваше договорот со Грција од 2018 година.", [MICKOSKI, GREECE], "2025-03-12")
    ev = only(doc, "ACCUSE")
    assert ev.date == "2025-03-12" and "date:publication" in ev.rule


def test_without_a_publication_date_a_noun_attribute_leaves_the_act_undated():
    doc = coded("Иран бара укинување на санкциите од 2018 година.", [IRAN], None)
    assert only(doc, "REQUEST").date is None


def test_a_date_in_the_requested_act_does_not_date_the_request():
    doc = coded("Мицкоски го повика Собранието да го изгласа законот до крајот на декември.",
                [MICKOSKI, Ent(("Собранието",), "ORG", "MKD", "LEG")], "2025-11-20")
    assert only(doc, "REQUEST").date == "2025-11-20"


def test_a_date_in_a_later_relative_clause_does_not_date_the_act_before_it():
    doc = coded("Мицкоски изјави дека Скопје нема да ги прифати условите, кои Грција ги постави пред две години.",
                [MICKOSKI, Ent(("Скопје",), country="MKD"), GREECE], "2024-10-02")
    assert only(doc, "REJECT").date == "2024-10-02"


def test_a_contrasted_clause_with_a_subject_of_its_own_does_not_take_the_date_before_it():
    usa = Ent(("Соединетите Држави",), country="USA")
    doc = coded("Иран ја прекина соработката во 2019 година, но Соединетите Држави тврдат дека Иран мора да ја запре програмата.",
                [IRAN, usa], "2025-05-10", quotes=True)
    ev = next(e for e in doc.events if e.trigger.text == "тврдат")
    assert ev.type == "REQUEST" and ev.date == "2025-05-10"


def test_a_contrasted_act_with_a_subject_of_its_own_does_not_take_the_date_before_it():
    serbia = Ent(("Србија",), country="SRB")
    doc = coded("Вучиќ на 5 мај ја посети Москва, а Мицкоски ја критикуваше Србија.",
                [Ent(("Вучиќ",), "PER", "SRB", "GOV"), Ent(("Москва",), country="RUS"), MICKOSKI, serbia], "2025-05-10")
    assert only(doc, "CONSULT").date == "2025-05-05"
    assert only(doc, "ACCUSE").date == "2025-05-10"


def test_a_deadline_does_not_date_the_act():
    doc = coded("Мицкоски и Мерц ќе работат заедно до 2027 година.",
                [MICKOSKI, Ent(("Мерц",), "PER", "DEU", "GOV")], "2025-05-14")
    ev = only(doc, "AGREE")
    assert ev.date == "2025-05-14" and "date:publication" in ev.rule


def test_a_dropped_subject_meeting_with_a_partner_as_co_actor_continues_the_date_before():
    ents = [Ent(("Вучиќ",), "PER", "SRB", "GOV"), Ent(("Брисел",), country="BEL"),
            Ent(("Володимир Зеленски",), "PER", "UKR", "GOV")]
    # (a meeting with a host of the visit, `Антонио Коста` in Brussels, is the visit itself: test_retold)
    doc = coded("Вучиќ вчера допатува во Брисел. Се сретна со Володимир Зеленски.", ents, "2025-06-04")
    meeting = next(e for e in doc.events if e.trigger.text == "сретна" or "сретна" in e.trigger.text)
    assert "actor:previous" in meeting.rule and "E1" in meeting.actor and meeting.date == "2025-06-03"


def test_a_pairs_act_two_sentences_after_their_dated_meeting_takes_its_date():
    ana = Ent(("Ана Петрова",), "PER", "SRB", "GOV")
    ivan = Ent(("Иван Марку",), "PER", "KOS", "GOV")
    doc = coded("Ана Петрова се сретна со Иван Марку во вторникот во Брисел. Средбата траеше два часа. "
                "Двајцата се договорија да формираат комисија.", [ana, ivan], published="2026-09-23")
    assert only(doc, "AGREE").date == "2026-09-22"


def test_a_relative_clause_dating_a_gathering_dates_the_act_done_there():
    states = [Ent(("Финска",), country="FIN"), Ent(("Шведска",), country="SWE")]
    doc = coded("На самитот во Осло, кој заврши доцна синоќа, Финска и Шведска постигнаа договор за "
                "заедничка енергетска мрежа.", states, published="2026-03-06")
    assert only(doc, "AGREE").date == "2026-03-05"
    serb = Ent(("Петар Станковиќ",), "PER", "SRB", "CVL")
    doc = coded("Петар Станковиќ, кој беше уапсен во октомври 2024, ја негираше вината пред судот.", [serb],
                published="2026-03-06")
    assert only(doc, "REJECT").date == "2026-03-06"


def test_an_act_at_a_gathering_told_before_takes_the_gatherings_date():
    ents = [Ent(("Финска",), country="FIN"), Ent(("Шведска",), country="SWE"),
            Ent(("Марија Ланг",), "PER", "AUT", "GOV"), Ent(("Иван Петров",), "PER", "BGR", "GOV")]
    text = ("Финска и Шведска во вторникот на самитот во Осло постигнаа договор за енергетиката. "
            "Двете земји ќе градат нов гасовод. Цените на струјата растат. Зимата ќе биде долга. "
            "На маргините на самитот, Марија Ланг се сретна со Иван Петров.")
    def side_meeting(doc):
        return next(e for e in doc.events if e.trigger.text == "се сретна")
    assert side_meeting(coded(text, ents, "2026-03-05")).date == "2026-03-03"
    # with no gathering named as known the meeting keeps the publication date
    assert side_meeting(coded(text.replace("На маргините на самитот, ", ""), ents, "2026-03-05")).date == "2026-03-05"


def test_acts_told_after_a_dated_session_take_its_date_whoever_did_them():
    ents = [Ent(("Советот на Европа",), "ORG", "IGO", "IGO"), Ent(("Ана Лукач",), "PER", "HUN", "GOV"),
            Ent(("Србија",), country="SRB")]
    text = ("Советот на Европа синоќа одржа вонредна седница за медиумските слободи. "
            "Ана Лукач ја обвини Србија дека ги притиска новинарите.")
    ev = only(coded(text, ents, "2026-05-08"), "ACCUSE")
    assert ev.date == "2026-05-07" and "date:session" in ev.rule
    # a date not of a gathering (`синоќа објави извештај`) does not carry over
    plain = text.replace("одржа вонредна седница", "објави извештај")
    assert only(coded(plain, ents, "2026-05-08"), "ACCUSE").date == "2026-05-08"


def test_a_date_in_an_aside_before_a_gathering_dates_the_aside_not_the_acts_told_after_it():
    ents = [Ent(("Ана Лукач",), "PER", "HUN", "GOV"), Ent(("Иван Петров",), "PER", "BGR", "GOV"),
            Ent(("Марко Ланг",), "PER", "AUT", "GOV"), Ent(("Рига",), country="LVA")]
    text = ("Ана Лукач, која пристигна во Рига вчера попладне, присуствуваше на маргините на самитот. "
            "Иван Петров го покани Марко Ланг во Софија.")
    assert only(coded(text, ents, "2026-06-12"), "AGREE").date == "2026-06-12"
    # a date of the gathering itself still carries over (`на самитот, кој заврши синоќа`)
    told = "Самитот, кој заврши вчера попладне, беше бурен. Иван Петров го покани Марко Ланг во Софија."
    assert only(coded(told, ents, "2026-06-12"), "AGREE").date == "2026-06-11"


def test_an_act_a_counted_day_before_the_act_it_follows_takes_that_day():
    ents = [Ent(("Уставниот суд",), "ORG", "MKD", "JUD"), Ent(("Владата",), "ORG", "MKD", "GOV"),
            Ent(("Тетово",), country="MKD")]
    doc = coded("Граѓаните на Тетово денеска излегоа на протест, два дена откако Уставниот суд ја поништи одлуката на Владата.",
                ents, "2026-02-11")
    ev = only(doc, "SANCTION")
    assert ev.date == "2026-02-09" and "date:interval" in ev.rule


def test_an_act_that_evening_takes_the_day_told_before():
    ents = [Ent(("Марко Ланг",), "PER", "AUT", "GOV"), Ent(("Иван Петров",), "PER", "BGR", "GOV"),
            Ent(("Софија",), country="BGR")]
    text = ("Марко Ланг во вторникот допатува во Софија. Разговорите траеја три часа. "
            "Иван Петров вечерта го покани Марко Ланг на вечера.")
    ev = only(coded(text, ents, "2026-06-12"), "AGREE")
    assert ev.date == "2026-06-09" and "date:day_part" in ev.rule
    # the evening of today (`вечерва`) is no part of the day before
    assert only(coded(text.replace("вечерта", "вечерва"), ents, "2026-06-12"), "AGREE").date == "2026-06-12"


def test_a_coming_day_before_a_да_dates_the_act_asked_for_not_the_call():
    ents = [Ent(("Лука Марин",), "PER", "HRV", "PTY"), Ent(("Загреб",), country="HRV")]
    doc = coded("Опозицискиот лидер Лука Марин ги повика граѓаните на Загреб утре повторно да излезат на плоштадот.",
                ents, "2026-04-03")
    assert only(doc, "REQUEST").date == "2026-04-03"


def test_a_time_still_to_come_after_an_act_told_as_done_dates_what_was_agreed_not_the_act():
    ents = [Ent(("Австрија",), country="AUT"), Ent(("Чешка",), country="CZE")]
    doc = coded("Австрија и Чешка договорија заедничка вежба на граничната полиција во мај.", ents, "2026-03-12")
    assert only(doc, "AGREE").date == "2026-03-12"
    # a meeting still to come keeps the day it is set for
    doc = coded("Австрија и Чешка ќе се сретнат во петокот.", ents, "2026-03-11")
    assert only(doc, "AGREE").date == "2026-03-13"


def test_a_pronoun_subjects_act_after_an_undated_quote_continues_the_dated_lead():
    # the quote between carries no time expression: `Таа` goes on with the lead's account of yesterday
    lead = "Лидерката на Левица Ана Стојанова вчера ја обвини Владата дека ги крие податоците за долгот. "
    asked = "Таа побара Владата да ги објави сите договори за кредити."
    ents = [Ent(("Ана Стојанова", "Стојанова"), "PER", "MKD", "PTY"), Ent(("Владата",), "ORG", "MKD", "GOV")]
    doc = coded(lead + "„Граѓаните имаат право да знаат колку должиме“, изјави Стојанова. " + asked, ents, published="2026-04-15")
    assert only(doc, "REQUEST").date == "2026-04-14"
    # a time inside the quote (`денеска`) dates what is said, not the telling: the account goes on past it
    quoted = "„Кредитите што денеска ги земаат ќе ги враќаат нашите деца“, изјави Стојанова. "
    doc = coded(lead + quoted + asked, ents, published="2026-04-15", quotes=True)
    assert only(doc, "REQUEST").date == "2026-04-14"


def test_a_year_after_a_superlative_is_the_span_compared_not_the_acts_date():
    # `оваа година` measures `најжестоките`: the attack is of the day of publication
    doc = coded("Русија изврши еден од најжестоките напади со ракети врз Украина оваа година.",
                [Ent(("Русија",), country="RUS"), Ent(("Украина",), country="UKR")], published="2026-04-15")
    assert only(doc, "ASSAULT").date == "2026-04-15"


def test_an_act_done_at_once_or_at_the_same_time_takes_the_date_of_the_act_told_before():
    ents = [Ent(("Ана Лукач",), "PER", "HUN", "GOV"), Ent(("Советот на Европа", "Советот"), "ORG", "IGO", "IGO"),
            Ent(("Србија",), country="SRB")]
    lead = "Ана Лукач во вторникот ги укина визите за граѓаните на Србија. "
    for told, etype, day in [("Советот на Европа веднаш ја осуди одлуката.", "ACCUSE", "2026-06-09"),
                             # without the adverb, another actor's reaction is of the publication day
                             ("Советот на Европа ја осуди одлуката.", "ACCUSE", "2026-06-12"),
                             # an adverb after the trigger belongs to what is asked (`побара … веднаш да`)
                             ("Советот на Европа побара Србија веднаш да ги пушти новинарите.", "REQUEST", "2026-06-12")]:
        ev = only(coded(lead + told, ents, "2026-06-12"), etype)
        assert ev.date == day and ("date:sequel" in ev.rule) == (day == "2026-06-09")


def test_an_agentless_passive_after_а_keeps_the_date_of_the_clause_before():
    # `приведени се` names no actor of its own: the contrast with `а` does not cut it from the raid's day
    doc = coded("Во акцијата, спроведена вчера наутро, беа претресени шест станови, а приведени се осум лица.",
                [], "2026-10-15")
    assert only(doc, "COERCE").date == "2026-10-14"
    # an actor of its own after `а` keeps the contrast (`а Вучиќ изјави`)
    doc = coded("Пожарот во фабриката избувна во 2019 година, а полицијата приведе осум лица.", [], "2026-10-15")
    assert only(doc, "COERCE").date == "2026-10-15"


def test_a_date_in_the_speech_tag_closing_the_sentence_dates_the_act_it_tells():
    # past a relative clause, `соопшти вчера банката` tells when, not what the relative clause describes
    ents = [Ent(("Светската банка", "банката"), "ORG", "IGO", "IGO"), Ent(("Црна Гора",), country="MNE")]
    doc = coded("Светската банка одобри заем од 40 милиони евра за Црна Гора, со кој ќе се обнови водоводот, "
                "соопшти вчера банката.", ents, "2026-05-20")
    assert only(doc, "AID").date == "2026-05-19"


def test_an_act_that_evening_after_а_takes_the_day_of_the_clause_before():
    ents = [Ent(("Обвинителството",), "ORG", "MKD", "JUD"), Ent(("Основниот суд",), "ORG", "MKD", "JUD")]
    text = ("Обвинителството вчера побара притвор за осумте осомничени, "
            "а Основниот суд доцна вечерта определи 30-дневен притвор за шестмина.")
    assert only(coded(text, ents, "2026-10-15"), "COERCE").date == "2026-10-14"
    # with no evening in it, the contrasted clause with a subject of its own is not of the day before
    assert only(coded(text.replace("доцна вечерта ", ""), ents, "2026-10-15"), "COERCE").date == "2026-10-15"


def test_a_partys_further_act_after_a_dated_meeting_takes_its_day_and_anothers_reaction_does_not():
    ents = [Ent(("Ана Лукач", "Лукач"), "PER", "HUN", "GOV"), Ent(("Марко Ланг", "Ланг"), "PER", "AUT", "GOV"),
            Ent(("Советот на Европа",), "ORG", "IGO", "IGO"), Ent(("Србија",), country="SRB")]
    lead = "Ана Лукач во вторникот во Виена се сретна со Марко Ланг. "
    for told, etype, day in [("Лукач ја повика Србија да ги ослободи новинарите.", "REQUEST", "2026-06-09"),
                             # one who was not at the meeting reacts later, on the day of publication
                             ("Советот на Европа ја повика Србија да ги ослободи новинарите.", "REQUEST", "2026-06-12"),
                             # a past day told between opens another account
                             ("Во понеделникот Србија протера двајца новинари. Лукач ја повика Србија да ги ослободи новинарите.",
                              "REQUEST", "2026-06-12")]:
        ev = only(coded(lead + told, ents, "2026-06-12"), etype)
        assert ev.date == day and ("date:episode" in ev.rule) == (day == "2026-06-09")


def test_a_states_official_after_a_dated_meeting_of_the_states_takes_its_day():
    ents = [Ent(("Ерменија",), country="ARM", sector="GOV"), Ent(("Азербејџан",), country="AZE", sector="GOV"),
            Ent(("Арарат Мирзојан",), "PER", "ARM", "GOV"), Ent(("Баку",), country="AZE", sector="GOV")]
    lead = "Ерменија и Азербејџан во вторникот разговараа во Алмати за границата. "
    ev = only(coded(lead + "Арарат Мирзојан го обвини Баку дека ги одолговлекува преговорите.", ents, "2026-06-12"), "ACCUSE")
    assert ev.date == "2026-06-09" and "date:episode" in ev.rule


def test_deeds_at_a_dated_protest_told_after_it_take_its_day():
    ents = [Ent(("Подгорица",), country="MNE")]
    lead = "Неколку илјади граѓани синоќа протестираа пред Владата во Подгорица. "
    doc = coded(lead + "Дел од демонстрантите фрлија камења и петарди кон зградата. Полицијата приведе 12 лица.",
                ents, "2026-02-11")
    assert {e.type: e.date for e in doc.events if e.sentence > 0} == {"PROTEST": "2026-02-10", "COERCE": "2026-02-10"}
    # four sentences on, the account of the protest is over
    far = lead + "Тие бараат нови избори. Опозицијата ги поддржува. Протестите траат од март. Полицијата приведе 12 лица."
    assert only(coded(far, ents, "2026-02-11"), "COERCE").date == "2026-02-11"


def test_a_raids_seizure_takes_its_day_and_a_courts_order_or_an_arrest_after_an_attack_does_not():
    ents = [Ent(("Полицијата",), "ORG", "MKD", "COP"), Ent(("Основниот суд Струга",), "ORG", "MKD", "JUD")]
    raid = "Полицијата вчера уапси четворица осомничени за шверц на цигари. "
    doc = coded(raid + "Полицијата заплени 300 кутии цигари и два камиони.", ents, "2026-10-15")
    assert all(e.date == "2026-10-14" for e in doc.events if e.type == "COERCE")
    # the court's detention order is an act of its own, later
    doc = coded(raid + "Основниот суд Струга им определи притвор од 30 дена.", ents, "2026-10-15")
    assert next(e for e in doc.events if e.sentence == 1).date == "2026-10-15"
    # an arrest after an attack answers it
    doc = coded("Непознати лица вчера нападнаа патрола кај Струга. Полицијата уапси двајца осомничени.", ents, "2026-10-15")
    assert only(doc, "COERCE").date == "2026-10-15"


def test_the_target_of_a_dated_attack_speaking_after_it_reacts_on_the_day_of_publication():
    ents = [Ent(("Азербејџан",), country="AZE"), Ent(("Ерменија",), country="ARM")]
    doc = coded("Азербејџан вчера изврши напади врз позиции во Ерменија. Ерменија го обвини Азербејџан за агресија.",
                ents, "2026-05-20")
    assert only(doc, "ACCUSE").date == "2026-05-20"
    # the attacker's own further word is told of the attack's day
    doc = coded("Азербејџан вчера изврши напади врз позиции во Ерменија. Азербејџан ја обвини Ерменија за провокации.",
                ents, "2026-05-20")
    assert only(doc, "ACCUSE").date == "2026-05-19"


def test_a_visitors_host_at_a_meeting_told_with_the_visits_day_is_a_party_to_it():
    ents = [Ent(("Лука Марин", "Марин"), "PER", "HRV", "GOV"), Ent(("Јан Новак", "Новак"), "PER", "CZE", "GOV"),
            Ent(("Чешка",), country="CZE"), Ent(("Хрватска",), country="HRV")]
    doc = coded("Лука Марин, кој вчера допатува во Чешка, се сретна со Јан Новак. Новак побара Хрватска да ја поддржи иницијативата.",
                ents, "2026-05-20")
    assert only(doc, "REQUEST").date == "2026-05-19"


def test_the_same_actors_next_act_takes_the_day_of_an_act_dated_in_its_own_sentence():
    ents = [Ent(("Уставниот суд",), "ORG", "SRB", "JUD"), Ent(("Владата",), "ORG", "SRB", "GOV"),
            Ent(("Синдикатот",), "ORG", "SRB", "LAB")]
    lead = "Уставниот суд вчера ја поништи уредбата на Владата за платите. "
    for told, day in [("Уставниот суд во образложението ја повика Владата да донесе нов закон.", "2026-04-14"),
                      # another's call after the ruling is a reaction, of the publication day
                      ("Синдикатот ја повика Владата да донесе нов закон.", "2026-04-15")]:
        ev = only(coded(lead + told, ents, "2026-04-15"), "REQUEST")
        assert ev.date == day


def test_an_act_told_by_a_gerund_takes_the_day_of_its_actors_act_before_it():
    ents = [Ent(("Владата",), "ORG", "MKD", "GOV")]
    # (the day is the account's, carried to the act before the gerund: its sentence has none)
    doc = coded("Илјадници жители на населбата Лисиче синоќа протестираа пред Владата. Демонстрантите ја блокираа главната "
                "улица, барајќи од Владата итно да ја поправи цевката.", ents, "2026-03-11")
    assert [e.date for e in doc.events if e.type == "PROTEST"] == ["2026-03-10", "2026-03-10"]
    ev = only(doc, "REQUEST")
    assert ev.date == "2026-03-10" and "date:gerund" in ev.rule
    # (a day after a relative clause's closing comma dates the gerund by its own search)
    doc = coded("Жителите на населбата Лисиче, каде што нема вода веќе една недела, синоќа ја блокираа главната улица, "
                "барајќи од Владата итно да ја поправи цевката.", ents, "2026-03-11")
    assert only(doc, "PROTEST").date == only(doc, "REQUEST").date == "2026-03-10"


def test_an_invitation_to_a_meeting_on_a_coming_weekday_takes_the_meetings_day():
    ents = [Ent(("Марко Ланг",), "PER", "AUT", "GOV")]
    doc = coded("Министерот Марко Ланг ги покани синдикалците на средба во четвртокот.", ents, "2026-06-09")
    assert only(doc, "AGREE").date == "2026-06-11"
    # the day told before the verb is the invitation's
    doc = coded("Во понеделникот министерот Марко Ланг ги покани синдикалците на средба.", ents, "2026-06-09")
    assert only(doc, "AGREE").date == "2026-06-08"



def test_a_call_to_a_meeting_coded_as_an_invitation_takes_the_meetings_day():
    ents = [Ent(("Марко Ланг",), "PER", "AUT", "GOV")]
    doc = coded("Министерот Марко Ланг ги повика синдикалците на средба во четвртокот.", ents, "2026-06-09")
    assert only(doc, "AGREE").date == "2026-06-11"
    doc = coded("Во понеделникот министерот Марко Ланг ги повика синдикалците на средба.", ents, "2026-06-09")
    assert only(doc, "AGREE").date == "2026-06-08"
    # a call on others to act is dated by the call, not by the day of what it asks
    doc = coded("Министерот Марко Ланг ги повика граѓаните на протест во саботата.", ents, "2026-06-09")
    assert only(doc, "REQUEST").date == "2026-06-09"


def test_an_act_at_a_gathering_the_lead_implies_takes_the_leads_day():
    ents = [Ent(("Австрија",), country="AUT"), Ent(("Јан Новак",), "PER", "CZE", "GOV"), Ent(("Словачка",), country="SVK")]
    doc = coded("Австрија во вторникот го блокираше договорот за проширување. "
                "Чешкиот министер Јан Новак на состанокот ја обвини Словачка дека ги попушта условите.", ents, "2026-05-14")
    ev = only(doc, "ACCUSE")
    assert ev.date == "2026-05-12" and "date:gathering" in ev.rule


def test_a_ceremony_dated_in_a_relative_clause_dates_what_was_done_at_it():
    ents = [Ent(("Јан Новак",), "PER", "CZE", "GOV"), Ent(("Словачка",), country="SVK")]
    doc = coded("На церемонијата во Прага, која се одржа вчера, Јан Новак ја повика Словачка да го ратификува договорот.",
                ents, "2026-05-14")
    assert only(doc, "REQUEST").date == "2026-05-13"


def test_a_meeting_announced_beside_a_dated_arrival_keeps_the_publication_date():
    ents = [Ent(("Јан Новак",), "PER", "CZE", "GOV"), Ent(("Лука Марин",), "PER", "HRV", "GOV"), Ent(("Загреб",), country="HRV")]
    doc = coded("Чешкиот министер Јан Новак, кој во понеделникот допатува во Загреб, ќе се сретне со Лука Марин.", ents, "2026-05-14")
    assert only(doc, "AGREE").date == "2026-05-14"


def test_a_relative_clause_telling_the_subjects_gathering_dates_what_they_did_at_it():
    ents = [Ent(("Министрите за одбрана",), "PER", "EUR", "GOV"), Ent(("Литванија",), country="LTU"),
            Ent(("Лидерите на Алијансата",), "PER", "NTO", "IGO"), Ent(("Виена",), country="AUT")]
    cases = [("Министрите за одбрана, кои се состанаа во средата во Виена, го поддржаа предлогот на Литванија.",
              "SUPPORT", "2026-03-11"),
             ("Лидерите на Алијансата, кои вчера се собраа на самитот во Виена, се обврзаа да ја поддржат Литванија.",
              "AGREE", "2026-03-12"),
             # a relative clause telling something else of the subject still dates only that
             ("Министрите за одбрана, кои беа именувани во средата, го поддржаа предлогот на Литванија.",
              "SUPPORT", "2026-03-13")]
    for text, etype, day in cases:
        assert only(coded(text, ents, "2026-03-13"), etype).date == day, text


def test_one_told_as_leading_the_protest_before_speaks_on_its_day():
    ents = [Ent(("Иван Маркиќ",), "PER", "HRV", "LAB"), Ent(("Владата",), "ORG", "HRV", "GOV"),
            Ent(("Загреб",), country="HRV")]
    protest = "Стотици таксисти вчера протестираа пред Владата во Загреб. "
    led = coded(protest + "Иван Маркиќ, кој ги предводеше протестантите, ја обвини Владата дека ги игнорира барањата.",
                ents, "2026-05-20")
    assert only(led, "ACCUSE").date == "2026-05-19"
    # one not told as taking part in it speaks later, on the day of the report
    other = coded(protest + "Иван Маркиќ ја обвини Владата дека ги игнорира барањата.", ents, "2026-05-20")
    assert only(other, "ACCUSE").date == "2026-05-20"


def test_the_same_actors_next_act_goes_on_with_an_act_dated_to_the_episode():
    ents = [Ent(("Ана Лукач",), "PER", "HUN", "GOV"), Ent(("Иван Петров", "Петров"), "PER", "BGR", "GOV"),
            Ent(("Унгарија",), country="HUN"), Ent(("Будимпешта",), country="HUN")]
    def told(second: str):
        return coded("Ана Лукач вчера се сретна со Иван Петров во Будимпешта. Разговорот траеше два часа. " + second
                     + " „Ова е важен ден“, рече тој. Размената меѓу двете земји расте. Петров ја пофали Унгарија за помошта.",
                     ents, "2026-04-09")
    assert only(told("Петров ја повика Унгарија да ги отвори границите."), "SUPPORT").date == "2026-04-08"
    # four sentences past the meeting with no act of his between, the praise is told as the report's day
    assert only(told("Двете земји имаат долга граница."), "SUPPORT").date == "2026-04-09"


def test_a_time_in_a_relative_clause_on_the_subject_does_not_date_its_speech_verb_after_the_comma():
    ents = [Ent(("Чиле",), country="CHL"), Ent(("Брисел",), "ORG", "EUR", "IGO"), Ent(("ЕУ",), "ORG", "EUR", "IGO")]
    doc = coded("Чиле, кое минатата година потпиша спогодба со ЕУ, побара од Брисел нови разговори за квотите.",
                ents, "2026-03-18")
    assert only(doc, "REQUEST").date == "2026-03-18"


def test_acts_told_after_a_same_time_opening_take_the_day_of_the_last_dated_act():
    ents = [Ent(("Ана Лукач",), "PER", "HUN", "GOV"), Ent(("Србија",), country="SRB")]
    lead = "Ана Лукач во вторникот ги укина визите за граѓаните на Србија. "
    told = "Во исто време пред амбасадата неколку стотици студенти протестираа против одлуката."
    ev = only(coded(lead + told, ents, "2026-06-12"), "PROTEST")
    assert ev.date == "2026-06-09" and "date:sequel" in ev.rule
    # the phrase inside the sentence, not opening it, sets no time of the act
    inside = "Пред амбасадата неколку стотици студенти протестираа против одлуката во исто време со изборите."
    assert only(coded(lead + inside, ents, "2026-06-12"), "PROTEST").date == "2026-06-12"


def test_an_act_at_the_same_session_takes_the_day_of_the_session_told_before():
    ents = [Ent(("Уставниот суд", "Судот"), "ORG", "MKD", "JUD"), Ent(("Левица",), "ORG", "MKD", "PTY")]
    text = ("Уставниот суд на вчерашната седница ги укина спорните одредби од законот за медиуми. "
            "Одлуката е донесена со шест гласа. Новинарите ја поздравија. Синдикатот бара нов закон. "
            "Судот на истата седница ја отфрли иницијативата на Левица.")
    ev = only(coded(text, ents, "2026-04-16"), "REJECT")
    assert ev.date == "2026-04-15" and "date:previous" in ev.rule
    # with no session referred back to, the act keeps the publication date
    plain = text.replace("Судот на истата седница ја отфрли", "Судот ја отфрли")
    assert only(coded(plain, ents, "2026-04-16"), "REJECT").date == "2026-04-16"


def test_a_time_in_a_relative_clause_on_the_subject_does_not_date_what_its_speech_verb_tells():
    ents = [Ent(("Милан Зорић",), "PER", "SRB", "GOV"), Ent(("Србија",), country="SRB")]
    doc = coded("Премиерот Милан Зорић, кој синоќа разговараше со германскиот канцелар, изјави дека Србија "
                "останува посветена на договорот.", ents, "2026-03-04")
    assert only(doc, "AGREE").date == "2026-03-04"
    # the relative clause's own act keeps its time
    assert only(doc, "CONSULT").date == "2026-03-03"


def test_a_relative_clause_dating_the_gathering_dates_a_contrasted_act_at_it():
    ents = [Ent(("Украина",), country="UKR"), Ent(("Роберт Новак",), "PER", "SVK", "GOV")]
    text = ("Министрите на НАТО на состанокот во Рим, кој заврши вчера, се договорија за нова помош за Украина, "
            "но словачкиот министер Роберт Новак го блокираше пакетот.")
    assert only(coded(text, ents, "2026-05-21"), "REJECT").date == "2026-05-20"
    # a date of another act before the contrasted clause is not its date
    other = text.replace("на состанокот во Рим, кој заврши вчера, се договорија", "вчера се договорија")
    assert only(coded(other, ents, "2026-05-21"), "REJECT").date == "2026-05-21"


def test_a_relative_clause_dating_a_gathering_dates_the_gathering_itself():
    ents = [Ent(("Украина",), country="UKR"), Ent(("ЕУ",), "ORG", "EUR", "IGO")]
    doc = coded("Лидерите на ЕУ на самитот во Рим, кој заврши вчера, се договорија за нова помош за Украина.",
                ents, "2026-05-21")
    assert only(doc, "CONSULT").date == "2026-05-20"
    # a relative clause on another noun does not date the meeting
    other = coded("Лидерите на ЕУ на самитот се договорија за помошта, која Украина ја побара вчера.",
                  ents, "2026-05-21")
    assert only(other, "CONSULT").date == "2026-05-21"


def test_a_deed_at_the_scene_of_a_protest_told_before_it_in_the_sentence_takes_its_day():
    ents = [Ent(("Подгорица",), country="MNE")]
    doc = coded("Илјадници граѓани синоќа ги блокираа крстосниците во Подгорица, а полицијата употреби солзавец врз "
                "демонстрантите.", ents, "2026-02-11")
    assert {e.type: e.date for e in doc.events} == {"PROTEST": "2026-02-10", "ASSAULT": "2026-02-10"}
    # another's word on the protest in the same sentence is a reaction of the publication day
    said = coded("Илјадници граѓани синоќа ги блокираа крстосниците во Подгорица, а Владата ги осуди блокадите.",
                 ents, "2026-02-11")
    assert only(said, "ACCUSE").date == "2026-02-11"


def test_a_speech_day_dates_the_said_and_the_joined_offer_past_a_date_of_the_offered_thing():
    minister = Ent(("Тодоров",), "PER", "MKD", "GOV")
    government = Ent(("Владата",), "ORG", "MKD", "GOV")
    doc = coded("Министерот Тодоров вчера изјави дека Владата нема фискален простор за повисоки пензии "
                "и понуди покачувањето да се исплати од март.", [minister, government], "2026-10-14")
    assert only(doc, "REJECT").date == "2026-10-13"
    assert only(doc, "AGREE").date == "2026-10-13"
    doc = coded("Министерот Тодоров во понеделникот изјави дека Владата нема пари за нови субвенции "
                "и понуди помошта да се исплати од јануари.", [minister, government], "2026-10-14")
    assert only(doc, "AGREE").date == "2026-10-12"


_ASIDES_AFTER_THE_SUMMIT = ("Тоа е прва таква изјава оваа година. Претходната средба на министрите заврши без договор. "
                            "Унгарија во мај ја блокираше одлуката. Дипломатите велат дека преговорите биле тешки. "
                            "Следниот самит ќе биде во Рим. Темата на средбата беше енергетиката. ")


def test_an_act_at_the_margins_of_a_summit_named_with_its_day_far_back_takes_that_day():
    ents = [MICKOSKI, Ent(("Мерц",), "PER", "DEU", "GOV"), Ent(("Орбан",), "PER", "HUN", "GOV")]
    doc = coded("Лидерите на Унијата вчера во Брисел ја усвоија заедничката изјава на самитот. " + _ASIDES_AFTER_THE_SUMMIT
                + "На маргините на самитот, Мицкоски се сретна со Мерц.", ents, "2025-11-21")
    assert only(doc, "CONSULT").date == "2025-11-20"
    doc = coded("Лидерите на Унијата во средата се собраа на самитот во Брисел. " + _ASIDES_AFTER_THE_SUMMIT
                + "На маргините на самитот, Мицкоски го критикуваше Орбан.", ents, "2025-11-21")
    assert only(doc, "ACCUSE").date == "2025-11-19"
    # (a session is no summit: the act keeps the publication date)
    doc = coded("Министрите вчера одржаа седница. " + _ASIDES_AFTER_THE_SUMMIT + "Мицкоски на самитот го критикуваше Орбан.",
                ents, "2025-11-21")
    assert only(doc, "ACCUSE").date == "2025-11-21"


def test_an_act_told_as_done_later_takes_the_day_of_the_act_before():
    ents = [MICKOSKI, Ent(("Коста",), "PER", "EUR", "IGO"), Ent(("Филипче",), "PER", "MKD", "PTY"), Ent(("Србија",), country="SRB")]
    doc = coded("Коста во вторникот во Скопје се сретна со Мицкоски. Разговорите траеја два часа. "
                "Коста подоцна се сретна и со Филипче.", ents, "2025-04-17")
    assert [e.date for e in doc.events if e.type == "CONSULT"] == ["2025-04-15", "2025-04-15"]
    doc = coded("Мицкоски вчера ја критикуваше Србија. Коста подоцна го повика Мицкоски на дијалог.", ents, "2025-04-17")
    assert only(doc, "AGREE").date == "2025-04-16"


def test_a_demand_of_the_organisers_of_a_protest_told_before_takes_the_protest_day():
    ents = [Ent(("Владата",), "ORG", "MKD", "GOV"), Ent(("градоначалникот",), "PER", "MKD", "GOV")]
    doc = coded("Неколку илјади земјоделци во четвртокот протестираа пред Владата. "
                "Организаторите побараа од Владата повисоки субвенции.", ents, "2025-12-05")
    assert only(doc, "REQUEST").date == "2025-12-04"
    doc = coded("Стотици граѓани синоќа протестираа пред Општината против сечата на паркот. "
                "Организаторите на протестот побараа од градоначалникот да ја запре сечата.", ents, "2025-12-05")
    assert only(doc, "REQUEST").date == "2025-12-04"
    # (another body's demand after it is a reaction of its own day)
    doc = coded("Стотици граѓани синоќа протестираа пред Општината. Синдикатот побара од Владата повисоки плати.", ents, "2025-12-05")
    assert only(doc, "REQUEST").date == "2025-12-05"


def test_a_day_after_the_relative_clauses_closing_comma_dates_the_subjects_verb():
    serb = Ent(("Петар Станковиќ",), "PER", "SRB", "CVL")
    doc = coded("Петар Станковиќ, кој живее во Ниш, во понеделникот (2-ри март) ја негираше вината пред судот.", [serb],
                published="2026-03-06")
    assert only(doc, "REJECT").date == "2026-03-02"


def test_a_day_inside_the_relative_clause_does_not_date_the_subjects_verb():
    serb = Ent(("Петар Станковиќ",), "PER", "SRB", "CVL")
    doc = coded("Петар Станковиќ, кој во понеделникот (2-ри март) доби покана, ја негираше вината пред судот.", [serb],
                published="2026-03-06")
    assert only(doc, "REJECT").date == "2026-03-06"


def test_an_act_minutes_or_hours_from_the_moment_told_before_takes_its_day():
    ents = [Ent(("Ана Лукач",), "PER", "HUN", "GOV"), Ent(("Србија",), country="SRB"),
            Ent(("Марко Бенет",), "PER", "CAN", "GOV")]
    lead = "Ана Лукач во вторникот ги укина визите за граѓаните на Србија. "
    for told in ("Само неколку минути по одлуката, Марко Бенет ја осуди Унгарија.",
                 "Неколку часа пред тоа, Марко Бенет ја осуди Унгарија.",
                 "Веднаш по одлуката, Марко Бенет ја осуди Унгарија."):
        ev = only(coded(lead + told, ents, "2026-06-12"), "ACCUSE")
        assert ev.date == "2026-06-09" and "date:sequel" in ev.rule, told
    # a span of days is no moment of that day: the reaction keeps the publication date
    later = "Неколку дена подоцна, Марко Бенет ја осуди Унгарија."
    assert only(coded(lead + later, ents, "2026-06-12"), "ACCUSE").date == "2026-06-12"


def test_an_act_told_then_takes_the_time_told_last_even_a_month():
    ents = [Ent(("Белата куќа",), "ORG", "USA", "GOV"), Ent(("Мексико",), country="MEX"),
            Ent(("Клара Руис",), "PER", "MEX", "GOV")]
    lead = "Белата куќа уште во февруари ја обвини мексиканската влада за соработка со картелите. "
    ev = only(coded(lead + "Клара Руис тогаш ги отфрли обвинувањата.", ents, "2026-03-05"), "REJECT")
    assert ev.date == "2026-02" and "date:sequel" in ev.rule
    # without `тогаш` the denial is told on the day of publication
    plain = only(coded(lead + "Клара Руис ги отфрли обвинувањата.", ents, "2026-03-05"), "REJECT")
    assert plain.date == "2026-03-05"


def test_an_act_at_a_gathering_named_with_an_adjective_takes_the_gatherings_day():
    ents = [Ent(("Ана Лукач",), "PER", "HUN", "GOV"), Ent(("Иво Периќ",), "PER", "HRV", "GOV"),
            Ent(("Владата на Србија",), "ORG", "SRB", "GOV"), Ent(("Марко Бенет",), "PER", "SVN", "GOV")]
    lead = ("Ана Лукач и Иво Периќ во средата се сретнаа во Загреб и договорија нови мерки до крајот на годината. "
            "На средбата министрите потпишаа декларација. "
            "По средбата Ана Лукач ја пофали декларацијата. ")
    told = "На заедничката прес-конференција, Марко Бенет ја обвини Владата на Србија за блокадата."
    ev = only(coded(lead + told, ents, "2026-06-12"), "ACCUSE")
    assert ev.date == "2026-06-10"
    # an adjective before no gathering's noun sets no scene: the act keeps the publication date
    other = "На заедничката граница, Марко Бенет ја обвини Владата на Србија за блокадата."
    assert only(coded(lead + other, ents, "2026-06-12"), "ACCUSE").date == "2026-06-12"
