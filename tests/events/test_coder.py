"""The event coder on sentences written for these tests, with hand-placed entities."""
from __future__ import annotations

import pytest

from vesnik.events import EventStep

from tests.events.helpers import CROATIA, KOSOVO, MACEDONIA, RUSSIA, SERBIA, TRUMP, USA, VUCIC, Ent, coded, codes, document, only


def test_recognition_of_a_state_is_support():
    doc = coded("Хрватска го призна Косово како независна држава.", [CROATIA, Ent(("Косово",), country="KOS")])
    ev = only(doc, "SUPPORT")
    assert codes(doc, ev.actor) == [("HRV", None)]
    assert codes(doc, ev.recipient) == [("KOS", None)]
    assert ev.status == "asserted" and ev.trigger.text == "призна"


def test_expelling_an_ambassador_is_sanction_expel_between_governments():
    doc = coded("Владата на Македонија го протера амбасадорот на Србија.", [MACEDONIA, SERBIA])
    ev = only(doc, "SANCTION")
    assert ev.mode == "expel"
    assert codes(doc, ev.actor) == [("MKD", "GOV")]  # the organ named before `на Македонија`
    assert codes(doc, ev.recipient) == [("SRB", "GOV")]


def test_an_agreement_with_the_imf_is_agree_with_both_parties_as_actors():
    doc = coded("Србија и ММФ постигнаа договор за нов кредитен аранжман.",
                [SERBIA, Ent(("ММФ",), type="ORG", country="IGO", sector="IGO")])
    ev = only(doc, "AGREE")
    assert sorted(codes(doc, ev.actor)) == [("IGO", "IGO"), ("SRB", None)]
    assert ev.recipient == []
    assert ev.trigger.text == "постигнаа договор"


def test_a_threat_has_its_target_after_the_preposition():
    doc = coded("Северна Кореја се заканува со напад врз Јужна Кореја.",
                [Ent(("Северна Кореја",), country="PRK"), Ent(("Јужна Кореја",), country="KOR")])
    ev = only(doc, "THREATEN")
    assert ev.mode == "violence"
    assert codes(doc, ev.actor) == [("PRK", None)] and codes(doc, ev.recipient) == [("KOR", None)]
    assert [e.type for e in doc.events] == ["THREATEN"]  # the attack is what is threatened, not an event


def test_a_protest_by_unnamed_citizens_takes_the_country_of_its_place():
    doc = coded("Илјадници граѓани протестираа против Владата во Скопје.", [Ent(("Скопје",), country="MKD")])
    ev = only(doc, "PROTEST")
    assert ev.mode == "demo"
    assert codes(doc, ev.actor) == [("MKD", "CVL")]
    assert ev.location == "E1"


def test_negated_and_future_events_keep_their_type_with_a_status():
    doc = coded("Грција не ја поддржа Македонија. Македонија ќе го протера српскиот амбасадор.",
                [MACEDONIA, Ent(("Грција",), country="GRC"), Ent(("српскиот",), country="SRB", kind="demonym")])
    support, sanction = doc.events
    assert (support.type, support.status) == ("SUPPORT", "negated")
    assert (sanction.type, sanction.status) == ("SANCTION", "future")
    assert codes(doc, sanction.recipient) == [("SRB", "GOV")]  # `српскиот амбасадор`: demonym + official


def test_an_act_failed_refused_or_prevented_in_a_da_clause_is_negated_one_managed_asserted():
    ents = [SERBIA, KOSOVO, Ent(("Рама",), "PER", "ALB", "GOV"), Ent(("Вучиќ",), "PER", "SRB", "GOV")]
    for verb in ("не успеаја", "не можеа", "не сакаа", "се откажаа"):
        doc = coded(f"Србија и Косово {verb} да се сретнат.", ents)
        assert only(doc, "CONSULT").status == "negated", verb
    assert only(coded("Рама не сакаше да го критикува Вучиќ.", ents), "ACCUSE").status == "negated"
    assert only(coded("Србија и Косово успеаја да се сретнат.", ents), "CONSULT").status == "asserted"


def test_future_cooperation_is_coded_agree():
    doc = coded("Јапонија ќе испрати хуманитарна помош во Албанија.",
                [Ent(("Јапонија",), country="JPN"), Ent(("Албанија",), country="ALB")])
    ev = only(doc, "AGREE")
    assert "future→AGREE" in ev.rule and ev.status == "asserted"
    assert codes(doc, ev.recipient) == [("ALB", None)]


def test_coordinated_actors_meet_on_a_weekday_in_a_city():
    doc = coded("Груевски и Путин се сретнаа во среда во Москва.",
                [Ent(("Груевски",), "PER", "MKD", "GOV"), Ent(("Путин",), "PER", "RUS", "GOV"), Ent(("Москва",), country="RUS")],
                published="2024-05-10")
    ev = only(doc, "CONSULT")
    assert ev.actor == ["E1", "E2"] and ev.recipient == []
    assert ev.trigger.text == "се сретнаа"
    assert ev.date == "2024-05-08" and "date:publication" not in ev.rule
    assert ev.location == "E3" and ev.mode == "meeting"  # in one participant's country, host unclear


def test_a_meeting_in_a_third_country_is_third_party():
    doc = coded("Ким и Путин се сретнаа во Пекинг.",
                [Ent(("Ким",), "PER", "PRK", "GOV"), Ent(("Путин",), "PER", "RUS", "GOV"), Ent(("Пекинг",), country="CHN")])
    assert only(doc, "CONSULT").mode == "third-party"


def test_a_meeting_with_a_side_of_unknown_country_is_no_third_party_meeting():
    doc = coded("Амбасадорот Кристофер Хил се сретна со лидерот на опозицијата во Скопје.",
                [Ent(("Кристофер Хил",), "PER", "USA", "GOV"), Ent(("лидерот на опозицијата",), "PER"),
                 Ent(("Скопје",), country="MKD")])
    assert only(doc, "CONSULT").mode == "meeting"


def test_two_parties_one_an_international_body_hold_a_meeting_a_gathering_is_multilateral():
    two = coded("Премиерот Мицкоски се сретна со Марта Кос во Скопје.",
                [Ent(("Мицкоски",), "PER", "MKD", "GOV"), Ent(("Марта Кос",), "PER", "EUR", "IGO"), Ent(("Скопје",), country="MKD")])
    assert only(two, "CONSULT").mode == "meeting"
    many = coded("Мицкоски, Рама и Кос се сретнаа во Скопје.",
                 [Ent(("Мицкоски",), "PER", "MKD", "GOV"), Ent(("Рама",), "PER", "ALB", "GOV"),
                  Ent(("Кос",), "PER", "EUR", "IGO"), Ent(("Скопје",), country="MKD")])
    assert only(many, "CONSULT").mode == "multilateral"


def test_a_passive_takes_its_recipient_from_the_subject_and_its_actor_from_od():
    doc = coded("Амбасадорот на Србија беше протеран од Владата на Македонија.", [SERBIA, MACEDONIA])
    ev = only(doc, "SANCTION")
    assert "passive" in ev.rule
    assert codes(doc, ev.actor) == [("MKD", "GOV")]
    assert codes(doc, ev.recipient) == [("SRB", "GOV")]


def test_a_passive_without_an_agent_has_no_actor_and_is_dropped():
    doc = coded("Амбасадорот на Србија беше протеран.", [SERBIA])
    assert doc.events == []


def test_an_agency_that_reports_is_not_the_actor():
    doc = coded("Србија ја обвини Хрватска за провокација, соопшти Танјуг.",
                [SERBIA, CROATIA, Ent(("Танјуг",), "ORG", "SRB", "JRN")])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [("SRB", None)] and codes(doc, ev.recipient) == [("HRV", None)]
    assert ev.reported_by == "E3"


def test_according_to_names_the_source():
    doc = coded("Според Танјуг, Србија ја повика Хрватска на разговори.",
                [SERBIA, CROATIA, Ent(("Танјуг",), "ORG", "SRB", "JRN")])
    ev = only(doc, "AGREE")  # an invitation to talks (guidelines: calls to talks)
    assert ev.reported_by == "E3" and ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_a_dropped_subject_is_the_previous_clauses():
    doc = coded("Македонија планира да распореди војници на границата.", [MACEDONIA])
    ev = only(doc, "MOBILIZE")
    assert ev.actor == ["E1"] and ev.status == "future" and "actor:inherited" in ev.rule


def test_the_content_of_a_refusal_is_not_a_second_event():
    doc = coded("Србија одбива да попушти пред Хрватска.", [SERBIA, CROATIA])
    assert [e.type for e in doc.events] == ["REJECT"]


def test_several_events_in_one_sentence():
    doc = coded("Хрватска ја пофали Македонија, а Србија ја критикуваше Грција.",
                [CROATIA, MACEDONIA, SERBIA, Ent(("Грција",), country="GRC")])
    assert [(e.type, e.actor, e.recipient) for e in doc.events] == [
        ("SUPPORT", ["E1"], ["E2"]), ("ACCUSE", ["E3"], ["E4"])]


def test_an_event_told_twice_is_one_event_with_its_evidence():
    text = ("Македонија и Србија потпишаа договор за соработка. "
            "Договорот за соработка го потпишаа Македонија и Србија во Скопје во понеделникот.")
    doc = coded(text, [MACEDONIA, SERBIA, Ent(("Скопје",), country="MKD")])
    ev = only(doc, "SUPPORT")
    assert ev.date == "2024-05-06" and ev.location == "E3"  # filled in from the second mention
    assert [s.text for s in ev.also_triggers] == ["Договорот за соработка го потпишаа"]


def test_an_old_event_is_historical():
    doc = coded("Во 1999 година Македонија и Албанија потпишаа договор.", [MACEDONIA, Ent(("Албанија",), country="ALB")])
    ev = only(doc, "SUPPORT")
    assert ev.status == "historical" and ev.date == "1999"


def test_the_two_leaders_are_the_last_pair_of_actors():
    doc = coded("Ким и Путин се сретнаа во Пекинг. Двајцата лидери потпишаа договор.",
                [Ent(("Ким",), "PER", "PRK", "GOV"), Ent(("Путин",), "PER", "RUS", "GOV"), Ent(("Пекинг",), country="CHN")])
    sign = only(doc, "SUPPORT")
    assert sign.actor == ["E1", "E2"] and "actor:anaphora" in sign.rule


def test_without_a_time_expression_the_date_is_the_publication_date_with_less_confidence():
    doc = coded("Хрватска ја пофали Македонија.", [CROATIA, MACEDONIA])
    ev = only(doc, "SUPPORT")
    assert ev.date == "2024-05-10" and "date:publication" in ev.rule and ev.confidence < 0.7


def test_a_date_after_a_second_act_joined_to_the_trigger_dates_that_act():
    doc = coded("Хрватска ја пофали Македонија и најави средба за сабота.", [CROATIA, MACEDONIA])
    ev = only(doc, "SUPPORT")
    assert ev.date == "2024-05-10" and "date:publication" in ev.rule


@pytest.mark.parametrize("text, etype", [
    ("Хрватска рече дека парите ќе бидат исплатени за две недели и ја повика Македонија на трпение.", "REQUEST"),
    ("Хрватска изјави дека патот ќе биде готов следниот месец и ја пофали Македонија.", "SUPPORT"),
    ("Хрватска изјави дека во петокот ќе ја отвори границата и ја осуди Македонија.", "ACCUSE"),
])
def test_a_future_date_told_in_a_reported_clause_does_not_date_the_speakers_next_act(text, etype):
    ev = only(coded(text, [CROATIA, MACEDONIA]), etype)
    assert ev.date == "2024-05-10" and "date:publication" in ev.rule


def test_a_date_in_a_reported_clause_still_dates_a_future_act_joined_to_it():
    doc = coded("Хрватска изјави дека ќе ги исплати парите следната недела и ќе ја повика Македонија на разговори.",
                [CROATIA, MACEDONIA])
    assert only(doc, "AGREE").date == "2024-W20"


def test_a_missing_recipient_drops_aid_and_is_counted():
    from vesnik.events import EventStep
    from tests.events.helpers import document

    step = EventStep("mk")
    doc = step(document("Јапонија испрати хуманитарна помош.", [Ent(("Јапонија",), country="JPN")]))
    assert doc.events == []
    assert step.stats["dropped: no recipient (AID needs one)"] == 1


def test_a_dropped_subject_is_the_person_of_the_sentence_before():
    doc = coded("Премиерот Марко Петров пристигна во Белград. Тој ја пофали Србија.",
                [Ent(("Марко Петров",), "PER", "MKD", "GOV"), Ent(("Белград",)), SERBIA])
    ev = only(doc, "SUPPORT")
    assert ev.actor == ["E1"] and ev.recipient == ["E3"] and "actor:previous" in ev.rule


def test_the_seat_of_a_body_stands_for_the_body():
    doc = coded("Хрватска го повика Брисел на разговори.", [CROATIA, Ent(("Брисел",), country="BEL")])
    ev = only(doc, "AGREE")
    assert codes(doc, ev.recipient) == [("EUR", "IGO")]


# --- rules added from the train articles' gold events -----------------------------------


def test_a_recipient_no_slot_names_is_the_nearest_name_after_the_trigger():
    doc = coded("Министерот Ри Јонг Хо ги обвини санкциите наметнати од страна на САД.",
                [Ent(("Ри Јонг Хо",), type="PER", country="PRK", sector="GOV"), USA])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.recipient) == [("USA", None)]
    assert "recipient:nearest" in ev.rule


def test_a_name_in_what_is_agreed_is_no_nearest_recipient():
    # `да` and `и да` clauses right after `се согласи` are what is agreed
    for text in ("Владата на Црна Гора се согласи да ги усогласи визните правила со Европската унија.",
                 "Црна Гора се согласи да формира совет и да го стави под надзор на Европската унија."):
        doc = coded(text, [Ent(("Црна Гора",), country="MNE"), Ent(("Европската унија",), "ORG", "EUR", "IGO")])
        ev = only(doc, "AGREE")
        assert [country for country, _ in codes(doc, ev.actor)] == ["MNE"] and ev.recipient == []
    # a dative clitic there names whom the agreement serves
    doc = coded("Косово се согласи да им ги врати имотите на Српската православна црква.",
                [KOSOVO, Ent(("Српската православна црква",), "ORG", "SRB", "REL")])
    assert codes(doc, only(doc, "AGREE").recipient) == [("SRB", "REL")]
    # a refusal's `да` clause still names whom it is aimed at
    doc = coded("Вучиќ одби да се сретне со Аљбин Курти.",
                [Ent(("Вучиќ",), "PER", "SRB", "GOV"), Ent(("Аљбин Курти",), "PER", "KOS", "GOV")])
    assert codes(doc, only(doc, "REJECT").recipient) == [("KOS", "GOV")]


def test_the_na_after_a_readiness_noun_is_whose_readiness_not_the_recipient():
    doc = coded("Пахор ја искажа подготвеноста на Љубљана да помогне во решавањето на спорот на Македонија со Грција.",
                [Ent(("Пахор",), "PER", "SVN", "GOV"), Ent(("Љубљана",), country="SVN"), MACEDONIA,
                 Ent(("Грција",), country="GRC")])
    assert codes(doc, only(doc, "AGREE").recipient) == [("MKD", None)]


def test_a_mere_location_after_the_trigger_is_no_nearest_recipient():
    doc = coded("Министерот Ри Јонг Хо ги обвини санкциите наметнати врз Азија.",
                [Ent(("Ри Јонг Хо",), type="PER", country="PRK", sector="GOV"), Ent(("Азија",), type="LOC", country=None)])
    ev = only(doc, "ACCUSE")
    assert ev.recipient == [] and "recipient:nearest" not in ev.rule


def test_a_reflexive_aorist_is_no_passive_and_a_meeting_on_a_gatherings_margins_has_a_recipient():
    doc = coded("Помпео се состана со Ри на маргините на собранието.",
                [Ent(("Помпео",), type="PER", country="USA", sector="GOV"), Ent(("Ри",), type="PER", country="PRK", sector="GOV")])
    ev = only(doc, "CONSULT")
    assert codes(doc, ev.actor) == [("USA", "GOV")] and codes(doc, ev.recipient) == [("PRK", "GOV")]


def test_a_meeting_in_the_recipients_country_is_a_visit_with_a_host():
    doc = coded("Ван Ромпуј се состана со Емил Бок во Букурешт.",
                [Ent(("Ван Ромпуј",), type="PER", country="EUR", sector="IGO"),
                 Ent(("Емил Бок",), type="PER", country="ROU", sector="GOV"), Ent(("Букурешт",), country="ROU")])
    ev = only(doc, "CONSULT")
    assert codes(doc, ev.actor) == [("EUR", "IGO")] and codes(doc, ev.recipient) == [("ROU", "GOV")]
    assert ev.mode == "visit"


def test_a_verbal_adverb_takes_the_subject_after_its_comma():
    doc = coded("Поздравувајќи ја одлуката на Советот, премиерот Иво Санадер рече дека е голем ден.",
                [Ent(("Иво Санадер",), type="PER", country="HRV", sector="GOV"), Ent(("Советот",), type="ORG", country="EUR", sector="IGO")])
    ev = only(doc, "SUPPORT")
    assert codes(doc, ev.actor) == [("HRV", "GOV")]


def test_the_people_of_a_place_named_with_their_demonym_belong_to_it():
    doc = coded("Босанските Срби протестираа против одлуката.",
                [Ent(("Босанските",), country="BIH", kind="demonym"), Ent(("Срби",), country="SRB", kind="demonym")])
    ev = only(doc, "PROTEST")
    assert codes(doc, ev.actor) == [("BIH", None)]


def test_a_mention_without_a_recipient_merges_into_the_same_act_with_one():
    doc = coded("Војниците на Русија се борат против Украина. Војниците на Русија се борат.",
                [Ent(("Русија",), country="RUS"), Ent(("Украина",), country="UKR")])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.recipient) == [("UKR", None)] and len(ev.also_triggers) == 1


def test_receiving_an_envoy_is_a_visit_with_the_host_as_recipient():
    doc = coded("Претседателот Иванов го прими амбасадорот на Србија.",
                [Ent(("Иванов",), type="PER", country="MKD", sector="GOV"), SERBIA])
    ev = only(doc, "CONSULT")
    assert ev.mode == "visit"
    assert codes(doc, ev.actor) == [("SRB", "GOV")] and codes(doc, ev.recipient) == [("MKD", "GOV")]


def test_shelling_is_an_assault_on_its_object():
    doc = coded("Русија ја гранатираше Украина.", [Ent(("Русија",), country="RUS"), Ent(("Украина",), country="UKR")])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [("RUS", None)] and codes(doc, ev.recipient) == [("UKR", None)]


def test_an_unnamed_group_as_object_is_of_the_actors_country():
    doc = coded("Премиерот Реџеп Тајип Ердоган ги обвини противниците за кризата.",
                [Ent(("Реџеп Тајип Ердоган",), type="PER", country="TUR", sector="GOV")])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.recipient) == [("TUR", "OPP")]


def test_a_couple_as_object_is_an_unnamed_group_of_the_actors_country():
    doc = coded("Премиерот Марко Петров остро го осуди брачниот пар.",
                [Ent(("Марко Петров",), "PER", "MKD", "GOV")])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.recipient) == [("MKD", "CVL")]

def test_trade_unionists_as_object_are_labour_of_the_actors_country():
    doc = coded("Премиерот Марко Петров ги критикуваше синдикалците.",
                [Ent(("Марко Петров",), "PER", "MKD", "GOV")])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.recipient) == [("MKD", "LAB")]

def test_a_passive_with_a_pronoun_subject_has_the_previous_person_as_recipient():
    doc = coded("Марко Петров беше уапсен во петокот. Во декември тој беше обвинет за напад.",
                [Ent(("Марко Петров",), "PER", "MKD")])
    ev = only(doc, "ACCUSE")
    assert ev.recipient == ["E1"] and "recipient:previous" in ev.rule


def test_a_participle_in_t_after_a_form_of_be_is_passive_its_subject_the_victim():
    doc = coded("Новинарката Марија Петреска беше нападната пред својот дом.",
                [Ent(("Марија Петреска",), "PER", "MKD", "JRN")])
    ev = only(doc, "ASSAULT")
    assert ev.recipient == ["E1"] and "E1" not in ev.actor and "passive" in ev.rule


def test_a_subjunctive_plural_in_t_is_no_passive():
    # (an attack done, not one wished for: an attack only told to come is no event, base.DONE_ONLY)
    doc = coded("Војниците на Србија продолжија да ја нападнат Хрватска.", [SERBIA, CROATIA])
    ev = only(doc, "ASSAULT")
    assert "passive" not in ev.rule


def test_a_passive_opening_the_sentence_with_no_subject_has_the_previous_person_as_recipient():
    doc = coded("Полковникот Бернард Ван ги предводеше војниците. Сепак, бил убиен од снајпер четири дена подоцна.",
                [Ent(("Бернард Ван",), "PER", "GBR", "MIL")])
    ev = only(doc, "ASSAULT")
    assert ev.recipient == ["E1"] and "recipient:previous" in ev.rule

def test_a_dative_clitic_before_a_trigger_of_several_words_is_whom_it_is_for():
    guest = Ent(("Реџеп Тајип Ердоган",), "PER", "TUR", "GOV")
    host = Ent(("Христијан Мицкоски",), "PER", "MKD", "GOV")
    doc = coded("Реџеп Тајип Ердоган пристигна во Скопје. Христијан Мицкоски му изрази поддршка за реформите.", [guest, host])
    ev = only(doc, "SUPPORT")
    assert (ev.actor, ev.recipient) == (["E2"], ["E1"]) and "recipient:clitic" in ev.rule
    # also before the light verb of a noun trigger, whose own slots take no `на`
    doc = coded("Реџеп Тајип Ердоган пристигна во Скопје. Христијан Мицкоски му упати покана за нова посета.", [guest, host])
    assert only(doc, "AGREE").recipient == ["E1"]
    # an accusative clitic doubles the trigger's noun, no one it is for
    doc = coded("Реџеп Тајип Ердоган пристигна во Скопје. Христијан Мицкоски ја изрази поддршката за реформите.", [guest, host])
    assert only(doc, "SUPPORT").recipient == []


def test_a_chain_of_pronouns_keeps_the_person():
    doc = coded("Бизнисменот Зоран Петров е осомничен за перење пари. Тој беше обвинет за даночна измама. "
                "Тој е задржан во притвор.", [Ent(("Зоран Петров",), "PER", "MKD", "BUS")])
    assert [(ev.type, ev.recipient) for ev in doc.events] == [("ACCUSE", ["E1"]), ("COERCE", ["E1"])]
    # a pronoun of the other gender breaks the chain
    doc = coded("Бизнисменот Зоран Петров е осомничен за перење пари. Таа беше обвинета за даночна измама. "
                "Тој е задржан во притвор.", [Ent(("Зоран Петров",), "PER", "MKD", "BUS")])
    assert only(doc, "COERCE").recipient == []


def test_a_demand_of_a_pronoun_is_of_the_person_before():
    doc = coded("Зоран Заев зборуваше во Струмица. Христијан Мицкоски побара од него да поднесе оставка.",
                [Ent(("Зоран Заев",), "PER", "MKD", "ELI"), Ent(("Христијан Мицкоски",), "PER", "MKD", "GOV")])
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E2"] and ev.recipient == ["E1"] and "recipient:pronoun" in ev.rule


def test_istiot_before_its_verb_is_the_person_just_named_but_not_before_a_noun_or_an_object_clitic():
    minister = Ent(("Тошковски",), "PER", "MKD", "GOV")
    doc = coded("Министерот Тошковски ја посети Струмица. Истиот ќе го критикува градоначалникот.", [minister])
    assert only(doc, "ACCUSE").actor == ["E1"]
    # `истиот ден` is a time; before `го` it is as often the object (`Истиот го поддржаа …`)
    for text in ("Министерот Тошковски ја посети Струмица. Истиот ден го критикуваше градоначалникот.",
                 "Министерот Тошковски го претстави законот. Истиот го поддржаа пратениците."):
        assert not [e for e in coded(text, [minister]).events if e.actor == ["E1"] and e.type in ("ACCUSE", "SUPPORT")]


def test_a_demand_of_a_pronoun_no_one_before_stands_for_takes_no_name_of_the_demand():
    doc = coded("Христијан Мицкоски побара од нив да ја признаат Србија.",
                [Ent(("Христијан Мицкоски",), "PER", "MKD", "GOV"), SERBIA])
    ev = only(doc, "REQUEST")
    assert ev.recipient == []

def test_a_purpose_phrase_ends_at_its_comma_and_the_main_act_is_asserted():
    doc = coded("Со цел да се осигури напредокот на регионот, Србија и Хрватска вчера се согласија да формираат совет.",
                [SERBIA, CROATIA])
    ev = only(doc, "AGREE")
    assert ev.status == "asserted" and sorted(codes(doc, ev.actor)) == [("HRV", None), ("SRB", None)]


def test_an_obligation_in_a_reported_statement_is_a_request_to_the_name_it_is_laid_on():
    doc = coded("„Хрватска мора, исто така, да соработува целосно со судот“, рече Оли Рен.",
                [CROATIA, Ent(("Оли Рен",), "PER", "FIN", "IGO")], quotes=True)
    ev = only(doc, "REQUEST")
    assert ev.trigger.text == "рече" and ev.actor == ["E2"] and ev.recipient == ["E1"]


def test_an_unknown_person_takes_the_country_the_document_is_about():
    doc = coded("Пожарот во Вашингтон е изгаснат. Јован Јованов го обвини Петар Петров за пожарот.",
                [Ent(("Вашингтон",), country="USA"), Ent(("Јован Јованов",), "PER"), Ent(("Петар Петров",), "PER")])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [("USA", None)] and codes(doc, ev.recipient) == [("USA", None)]
    assert "country:document" in doc.entities[1].rule


def test_an_unnamed_collective_right_after_the_verb_is_its_object_before_a_name_further_on():
    doc = coded("Војската на Мексико пукаше на мирни демонстранти на плоштадот во времето кога движењата во Латинска Америка растеа.",
                [Ent(("Мексико",), country="MEX"), Ent(("Латинска Америка",), type="LOC")])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [("MEX", "MIL")] and codes(doc, ev.recipient) == [("MEX", "CVL")]


def test_a_proposal_or_an_investment_with_no_one_it_is_made_to_is_no_event():
    doc = coded("Владата на Србија предложи замена на долгот. Србија ќе инвестира една милијарда евра од приватизацијата.",
                [SERBIA])
    assert [e.type for e in doc.events] == []


def test_a_verbal_noun_of_improving_ties_is_an_aim_not_an_act():
    doc = coded("Србија и Хрватска одржаа состанок за зајакнување на соработката.", [SERBIA, CROATIA])
    assert "SUPPORT" not in [e.type for e in doc.events]


def test_relief_with_no_named_giver_is_aid_by_the_authorities_of_the_place():
    doc = coded("Во Тетово жителите беа евакуирани по поплавите.", [Ent(("Тетово",), country="MKD")])
    ev = only(doc, "AID")
    assert codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("MKD", "CVL")]


def test_a_demonym_after_the_trigger_is_the_recipient_when_no_name_is():
    doc = coded("САД воведоа нови царини на кинеската стока.",
                [USA, Ent(("кинеската",), country="CHN", kind="demonym")])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.recipient) == [("CHN", None)] and "recipient:demonym" in ev.rule


def test_cutting_supplies_to_a_state_is_sanction():
    doc = coded("Русија го прекина снабдувањето со гас за Украина.", [Ent(("Русија",), country="RUS"), Ent(("Украина",), country="UKR")])
    ev = only(doc, "SANCTION")
    assert ev.mode == "discontinue" and codes(doc, ev.recipient) == [("UKR", None)]


def test_a_reaffirmed_will_to_cooperate_is_agree_and_the_source_is_no_recipient():
    doc = coded("Србија и Хрватска ја потврдија својата „цврста волја“ да ги подобрат односите, според Танјуг.",
                [SERBIA, CROATIA, Ent(("Танјуг",), type="ORG", country="SRB", sector="JRN")])
    ev = only(doc, "AGREE")
    assert sorted(codes(doc, ev.actor)) == [("HRV", None), ("SRB", None)] and ev.recipient == []


def test_refusing_to_recognise_a_state_named_after_the_verb_is_reject_and_not_recognising_negated_support():
    doc = coded("Србија никогаш нема да го признае Косово.", [SERBIA, Ent(("Косово",), country="KOS")])
    ev = only(doc, "REJECT")  # an announced refusal (guidelines: refusals are REJECT)
    assert ev.status == "asserted" and codes(doc, ev.recipient) == [("KOS", None)]
    doc = coded("Србија не го призна Косово.", [SERBIA, Ent(("Косово",), country="KOS")])
    assert only(doc, "SUPPORT").status == "negated"  # a report of recognition not given


def test_tear_gas_against_protesters_is_assault_crowd_control():
    doc = coded("Полицијата во Скопје употреби солзавец против демонстрантите.", [Ent(("Скопје",), country="MKD")])
    ev = only(doc, "ASSAULT")
    assert ev.mode == "crowd-control"
    assert codes(doc, ev.actor) == [("MKD", "COP")] and codes(doc, ev.recipient) == [("MKD", "CVL")]


def test_a_court_sentencing_a_named_person_is_sanction_convict_and_zapreti_threatens():
    doc = coded("Судот го осуди Ратко Младиќ на доживотен затвор. Иран му запрети на Израел со одмазда.",
                [Ent(("Судот",), type="ORG", country="NLD", sector="JUD"), Ent(("Ратко Младиќ",), "PER", "SRB", "MIL"),
                 Ent(("Иран",), country="IRN"), Ent(("Израел",), country="ISR")])
    sanction, threat = only(doc, "SANCTION"), only(doc, "THREATEN")
    assert sanction.mode == "convict" and codes(doc, sanction.recipient) == [("SRB", "MIL")]
    assert codes(doc, threat.actor) == [("IRN", None)] and codes(doc, threat.recipient) == [("ISR", None)]


def test_the_content_of_an_invitation_is_no_event_and_approved_aid_is_aid():
    doc = coded("Петров упати покана до Јованов да ја посети Србија. ЕУ одобри 50 милиони евра помош за Србија.",
                [Ent(("Петров",), "PER", "MKD", "GOV"), Ent(("Јованов",), "PER", "SRB", "GOV"), SERBIA,
                 Ent(("ЕУ",), type="ORG", country="EUR", sector="IGO")])
    assert sorted(e.type for e in doc.events) == ["AGREE", "AID"]
    assert codes(doc, only(doc, "AID").recipient) == [("SRB", None)]


def test_a_name_after_a_role_phrase_is_governed_as_the_role_is():
    doc = coded("Опозицијата бара оставка од министерот за внатрешни работи Панче Тошковски. "
                "Министерот за надворешни работи Тимчо Муцунски го прими амбасадорот на Србија.",
                [Ent(("Панче Тошковски",), "PER", "MKD", "COP"), Ent(("Тимчо Муцунски",), "PER", "MKD", "GOV"), SERBIA])
    assert codes(doc, only(doc, "REQUEST").recipient) == [("MKD", "COP")]
    visit = only(doc, "CONSULT")
    assert codes(doc, visit.actor) == [("SRB", "GOV")] and codes(doc, visit.recipient) == [("MKD", "GOV")]


def test_the_person_named_after_an_office_of_a_body_is_the_participant():
    doc = coded("Претседателот Марко Петров го повика претседателот на Владата на Србија Милош Вучевиќ да дојде во Скопје.",
                [Ent(("Марко Петров",), "PER", "MKD", "GOV"), SERBIA, Ent(("Милош Вучевиќ",), "PER", "SRB", "GOV"),
                 Ent(("Скопје",), country="MKD")])
    ev = only(doc, "REQUEST")
    assert [doc.entities[int(i[1:]) - 1].name for i in ev.recipient] == ["Милош Вучевиќ"]


def test_support_from_someone_has_them_as_the_supporter():
    doc = coded("Со поддршка од Хрватска, Србија го заврши процесот.", [SERBIA, CROATIA])
    ev = only(doc, "SUPPORT")
    assert codes(doc, ev.actor) == [("HRV", None)]


def test_a_common_noun_subject_keeps_the_previous_person_out():
    doc = coded("Премиерот Марко Петров пристигна во Белград. Одборот се согласи да се состане во вторник.",
                [Ent(("Марко Петров",), "PER", "MKD", "GOV"), Ent(("Белград",))])
    # (his arrival is his visit; the board's agreement is not his)
    assert [e for e in doc.events if e.actor == ["E1"] and e.sentence == 1] == []


def test_a_protest_without_a_named_target_is_against_the_authorities_of_the_protesters():
    doc = coded("Илјадници граѓани протестираа во Скопје.", [Ent(("Скопје",), country="MKD")])
    ev = only(doc, "PROTEST")
    assert codes(doc, ev.recipient) == [("MKD", "GOV")] and "recipient:implied" in ev.rule


def test_a_campaign_rally_is_no_protest_but_a_rally_against_the_government_is():
    assert coded("Кандидатот говореше на митингот во Битола.", [Ent(("Битола",), country="MKD")]).events == []
    doc = coded("Опозицијата одржа митинг против Владата во Битола.", [Ent(("Битола",), country="MKD")])
    assert [e.type for e in doc.events] == ["PROTEST"]


def test_a_bare_name_past_a_governed_one_is_not_the_object():
    doc = coded("Србија ја поддржа кандидатурата на Додик за време на кампањата и односите меѓу СНСД и "
                "Демократската партија на Тадиќ се извонредни.",
                [SERBIA, Ent(("Додик",), "PER", "BIH"), Ent(("СНСД",), "ORG", "BIH", "PTY"),
                 Ent(("Демократската партија",), "ORG", "SRB", "PTY"), Ent(("Тадиќ",), "PER", "SRB", "GOV")])
    ev = only(doc, "SUPPORT")
    assert codes(doc, ev.recipient) == [("BIH", None)]


def test_a_person_after_a_role_and_its_country_is_coordinated_with_the_name_before():
    vucic = Ent(("Александар Вучиќ",), "PER", "SRB", "GOV")
    petrov = Ent(("Марко Петров",), "PER", "MKD", "GOV")
    doc = coded("Премиерот Марко Петров и претседателот на Србија Александар Вучиќ се состанаа во Скопје.",
                [petrov, SERBIA, vucic, Ent(("Скопје",), country="MKD")])
    ev = only(doc, "CONSULT")
    assert ev.actor == ["E1", "E3"]
    doc = coded("Марко Петров и водачот на кипарските Турци Мехмет Али Талат се состанаа во Никозија.",
                [petrov, Ent(("кипарските",), country="CYP", kind="demonym"), Ent(("Турци",), country="TUR", kind="demonym"),
                 Ent(("Мехмет Али Талат",), "PER", "CYP", "GOV")])
    assert only(doc, "CONSULT").actor == ["E1", "E4"]


def test_an_attack_on_objects_in_another_state_is_against_that_state():
    ukraine = Ent(("Украина",), country="UKR")
    doc = coded("Русија ги нападна енергетските објекти во Украина.", [Ent(("Русија",), country="RUS"), ukraine])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.recipient) == [("UKR", None)] and "recipient:foreign_place" in ev.rule
    doc = coded("Русија ги нападна објектите во Чеченија.", [Ent(("Русија",), country="RUS"), Ent(("Чеченија",), country="RUS")])
    assert only(doc, "ASSAULT").recipient == []


def test_an_army_withdrawing_is_a_retreat():
    doc = coded("Израелската армија се повлече од градот Џенин.",
                [Ent(("Израелската",), country="ISR", kind="demonym"), Ent(("Џенин",), country="PSE")])
    ev = only(doc, "RETREAT")
    assert (ev.mode, codes(doc, ev.actor)) == ("withdraw", [("ISR", "MIL")])


def test_refusing_to_accept_conditions_is_reject():
    doc = coded("Македонија нема да ги прифати бугарските услови.",
                [MACEDONIA, Ent(("бугарските",), country="BGR", kind="demonym")])
    ev = only(doc, "REJECT")  # guidelines: `не прифати` is an explicit refusal
    assert ev.status == "asserted" and codes(doc, ev.recipient) == [("BGR", None)]


def test_a_place_near_which_an_attack_happened_is_its_location_not_its_target():
    doc = coded("Украинските сили уништија руски тенк во близина на Покровск.",
                [Ent(("Украинските",), country="UKR", kind="demonym"), Ent(("руски",), country="RUS", kind="demonym"),
                 Ent(("Покровск",), country="UKR")])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.recipient) == [("RUS", None)] and ev.location == "E3"


def test_a_meeting_with_a_delegation_of_a_body_is_with_the_body():
    doc = coded("Премиерот Марко Петров се сретна со делегацијата на ММФ.",
                [Ent(("Марко Петров",), "PER", "MKD", "GOV"), Ent(("ММФ",), "ORG", "IGO", "IGO")])
    assert only(doc, "CONSULT").actor == ["E1", "E2"]


def test_a_bodys_official_meeting_a_states_leader_calls_on_him():
    doc = coded("Херман ван Ромпеј, исто така, се состана со премиерот Емил Бок.",
                [Ent(("Херман ван Ромпеј",), "PER", "EUR", "IGO"), Ent(("Емил Бок",), "PER", "ROU", "GOV")])
    ev = only(doc, "CONSULT")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_a_bodys_official_meeting_a_state_on_a_summits_margins_calls_on_it():
    doc = coded("Херман ван Ромпеј се состана со премиерот Емил Бок на маргините на самитот.",
                [Ent(("Херман ван Ромпеј",), "PER", "EUR", "IGO"), Ent(("Емил Бок",), "PER", "ROU", "GOV")])
    ev = only(doc, "CONSULT")
    assert (ev.actor, ev.recipient) == (["E1"], ["E2"])

def test_a_truce_signed_is_a_ceasefire():
    doc = coded("Тајланд и Камбоџа потпишаа примирје.", [Ent(("Тајланд",), country="THA"), Ent(("Камбоџа",), country="KHM")])
    ev = only(doc, "RETREAT")
    assert (ev.mode, ev.actor) == ("ceasefire", ["E1", "E2"])
    assert coded("Примирјето беше прекршено.", []).events == []


def test_the_holder_of_a_role_in_apposition_is_the_participant_and_the_place_visited_the_location():
    doc = coded("Директорот на Агенцијата, Марко Петров, ги информираше пратениците.",
                [Ent(("Агенцијата",), "ORG", "MKD", "SPY"), Ent(("Марко Петров",), "PER", "MKD", "SPY")])
    assert "E1" not in only(doc, "CONSULT").actor
    doc = coded("Амбасадорката на ЕУ во Скопје, Ана Ристова, го посети Битола.",
                [Ent(("ЕУ",), "ORG", "EUR", "IGO"), Ent(("Скопје",), country="MKD"), Ent(("Ана Ристова",), "PER", "EUR", "IGO"),
                 Ent(("Битола",), country="MKD")])
    ev = only(doc, "CONSULT")
    assert (ev.actor, ev.recipient, ev.location) == (["E3"], ["E4"], "E4")


def test_a_name_after_a_date_is_not_governed_by_the_dates_preposition():
    doc = coded("Во средата Петров го информираше комесарот за проширување на ЕУ, Оли Рен, за приоритетите.",
                [Ent(("Петров",), "PER", "MKD", "GOV"), Ent(("ЕУ",), "ORG", "EUR", "IGO"), Ent(("Оли Рен",), "PER", "EUR", "IGO")])
    ev = only(doc, "CONSULT")
    assert (ev.actor, ev.recipient) == (["E1"], ["E3"])


def test_the_holder_of_a_role_with_a_complement_is_governed_like_the_role():
    doc = coded("Петров го информираше комесарот за проширување на ЕУ Оли Рен за приоритетите.",
                [Ent(("Петров",), "PER", "MKD", "GOV"), Ent(("ЕУ",), "ORG", "EUR", "IGO"), Ent(("Оли Рен",), "PER", "EUR", "IGO")])
    assert only(doc, "CONSULT").recipient == ["E3"]


def test_a_meeting_in_a_where_clause_is_the_visitors_and_one_event_with_the_visit():
    montenegro = Ent(("Црногорскиот",), country="MNE", kind="demonym")
    doc = coded("Филип Вујановиќ ја посети Србија. Црногорскиот претседател Филип Вујановиќ во понеделникот "
                "допатува во Србија, каде што се состана со претседателот Борис Тадиќ.",
                [Ent(("Филип Вујановиќ",), "PER", "MNE", "GOV"), SERBIA, Ent(("Борис Тадиќ",), "PER", "SRB", "GOV"), montenegro])
    ev = only(doc, "CONSULT")
    assert ev.actor == ["E1"] and set(ev.recipient) == {"E2", "E3"} and len(ev.also_triggers) >= 1


def test_a_verbal_attack_is_an_accusation_but_an_attack_on_a_state_is_an_assault():
    parties = [Ent(("СДСМ",), "ORG", "MKD", "PTY"), Ent(("Владата",), "ORG", "MKD", "GOV")]
    assert [e.type for e in coded("СДСМ ја нападна Владата поради цените.", parties).events] == ["ACCUSE"]
    states = [Ent(("Русија",), country="RUS"), Ent(("Украина",), country="UKR")]
    assert [e.type for e in coded("Русија ја нападна Украина.", states).events] == ["ASSAULT"]


def test_constructions_of_modern_news_reports():
    russia, ukraine = Ent(("Русија",), country="RUS"), Ent(("Украина",), country="UKR")
    parliament = Ent(("Европскиот парламент",), "ORG", "EUR", "LEG")
    doc = coded("Европскиот парламент усвои резолуција со која ја осудува Русија за нападите врз Украина.",
                [parliament, russia, ukraine])
    assert codes(doc, only(doc, "ACCUSE").actor) == [("EUR", "LEG")]
    doc = coded("Хрватска ги повлече своите дипломати од Белград.", [CROATIA, Ent(("Белград",), country="SRB")])
    assert only(doc, "SANCTION").mode == "withdraw"
    doc = coded("Турција испрати хуманитарна помош за Газа.", [Ent(("Турција",), country="TUR"), Ent(("Газа",), country="PSE")])
    assert codes(doc, only(doc, "AID").recipient) == [("PSE", None)]
    doc = coded("Министерот Марко Петров учествуваше на средбата на министрите за одбрана на НАТО.",
                [Ent(("Марко Петров",), "PER", "MKD", "MIL"), Ent(("НАТО",), "ORG", "IGO", "IGO")])
    assert only(doc, "CONSULT").recipient == ["E2"]


def test_the_pair_that_met_is_who_talked_next_and_one_meeting():
    doc = coded("Премиерот Марко Петров оствари средба со канцеларот Ханс Милер во Берлин. "
                "Двајцата разговараа за европската интеграција.",
                [Ent(("Марко Петров",), "PER", "MKD", "GOV"), Ent(("Ханс Милер",), "PER", "DEU", "GOV"),
                 Ent(("Берлин",), country="DEU")])
    ev = only(doc, "CONSULT")
    assert [t.text for t in ev.also_triggers] == ["разговараа"]


def test_a_blockade_no_one_is_named_for_is_no_protest():
    doc = coded("Марко Петров: „Тоа е блокада на земјата“.", [Ent(("Марко Петров",), "PER", "MKD", "GOV")])
    assert doc.events == []


def test_the_members_of_a_body_meet_among_themselves_and_a_threat_is_not_against_the_actors_own_state():
    doc = coded("Министрите за надворешни работи на ЕУ се сретнаа во Луксембург.",
                [Ent(("ЕУ",), "ORG", "EUR", "IGO"), Ent(("Луксембург",), country="LUX")])
    assert codes(doc, only(doc, "CONSULT").actor) == [("EUR", "IGO")]
    doc = coded("Бенјамин Нетанјаху се закани дека Израел ќе продолжи со операциите.",
                [Ent(("Бенјамин Нетанјаху",), "PER", "ISR", "GOV"), Ent(("Израел",), country="ISR", kb_id="gpe:ISR")])
    assert only(doc, "THREATEN").recipient == []
    doc = coded("Германија ќе испрати уште два системи за противвоздушна одбрана во Украина.",
                [Ent(("Германија",), country="DEU"), Ent(("Украина",), country="UKR")])
    assert codes(doc, only(doc, "AGREE").recipient) == [("UKR", None)]


def test_a_news_source_that_reports_the_clause_is_not_its_actor():
    doc = coded("Како што дознава МИА, министерот ќе поднесе оставка.", [Ent(("МИА",), "ORG", "MKD", "JRN")])
    assert [e for e in doc.events if e.actor == ["E1"]] == []


def test_a_visit_and_the_meeting_held_there_are_one_event():
    doc = coded("Министерот Марко Петров ја посети Хрватска каде се сретна со својот колега Иван Перић.",
                [Ent(("Марко Петров",), "PER", "MKD", "GOV"), CROATIA, Ent(("Иван Перић",), "PER", "HRV", "GOV")])
    ev = only(doc, "CONSULT")
    assert ev.actor == ["E1"] and set(ev.recipient) == {"E2", "E3"}


def test_the_holder_named_after_a_states_role_and_its_complement_is_the_participant():
    doc = coded("Министерот Марко Петров го прими унгарскиот шеф на дипломатијата Петер Сијарто.",
                [Ent(("Марко Петров",), "PER", "MKD", "GOV"), Ent(("унгарскиот",), country="HUN", kind="demonym"),
                 Ent(("Петер Сијарто",), "PER", "HUN", "GOV")])
    ev = only(doc, "CONSULT")
    assert "E3" in ev.actor + ev.recipient and not any("." in p for p in ev.actor + ev.recipient)


def test_an_announced_strike_is_future_and_unions_are_labour():
    assert only(coded("Синдикатите најавија генерален штрајк.", []), "PROTEST").status == "future"
    doc = coded("Синдикатите штрајкуваа вчера.", [])
    assert codes(doc, only(doc, "PROTEST").actor) == [("MKD", "LAB")]  # (a story naming no state is the home state's)


def test_a_phone_call_with_an_unnamed_counterpart_is_with_the_counterparts_government():
    doc = coded("Министерот Марко Петров телефонски разговараше со својата грчка колешка.",
                [Ent(("Марко Петров",), "PER", "MKD", "GOV"), Ent(("грчка",), country="GRC", kind="demonym")])
    ev = only(doc, "CONSULT")
    assert ev.mode == "phone"
    assert codes(doc, ev.actor + ev.recipient) == [("MKD", "GOV"), ("GRC", "GOV")]


def test_a_counterpart_named_earlier_is_that_person_and_one_named_after_its_role_is_too():
    doc = coded("Премиерот Марко Петров го пофали Иван Перић. Петров се сретна со хрватскиот колега во Загреб.",
                [Ent(("Марко Петров", "Петров"), "PER", "MKD", "GOV"), Ent(("Иван Перић",), "PER", "HRV", "GOV"),
                 Ent(("хрватскиот",), country="HRV", kind="demonym"), Ent(("Загреб",), country="HRV")])
    assert set(only(doc, "CONSULT").actor + only(doc, "CONSULT").recipient) == {"E1", "E2"}
    doc = coded("Идејата се роди за време на посетата на македонскиот министер за економија, Марко Петров, во Москва.",
                [Ent(("македонскиот",), country="MKD", kind="demonym"), Ent(("Марко Петров",), "PER", "MKD", "GOV"),
                 Ent(("Москва",), country="RUS")])
    assert only(doc, "CONSULT").actor == ["E2"]


def test_a_role_other_than_a_counterpart_is_not_the_person_of_that_state_named_before():
    # the defence minister named before is no `македонскиот премиер`: the premier stays unnamed
    doc = coded("Министерот за одбрана Марко Петров потпиша договор. Вучиќ го прими во Белград македонскиот премиер.",
                [Ent(("Марко Петров",), "PER", "MKD", "GOV"), Ent(("Вучиќ",), "PER", "SRB", "GOV"),
                 Ent(("Белград",), country="SRB"), Ent(("македонскиот",), country="MKD", kind="demonym")])
    ev = only(doc, "CONSULT")
    assert "E1" not in ev.actor and codes(doc, ev.actor) == [("MKD", "GOV")] and ev.recipient == ["E2"]


def test_unnamed_protesters_take_the_country_of_the_institution_they_protest_at():
    doc = coded("Киев беше нападнат. Илјадници граѓани протестираа пред Собранието.",
                [Ent(("Киев",), country="UKR"), Ent(("Собранието",), "ORG", "MKD", "LEG")])
    assert codes(doc, only(doc, "PROTEST").actor) == [("MKD", "CVL")]


def test_a_place_between_the_verb_and_its_object_is_where_it_happened():
    doc = coded("Претседателката Марија Илиева го прими во Скопје амбасадорот на САД Џон Смит.",
                [Ent(("Марија Илиева",), "PER", "MKD", "GOV"), Ent(("Скопје",), country="MKD"),
                 Ent(("САД",), country="USA"), Ent(("Џон Смит",), "PER", "USA", "GOV")])
    ev = only(doc, "CONSULT")
    assert set(ev.actor + ev.recipient) == {"E1", "E4"} and ev.location == "E2"


def test_a_visit_told_during_another_act_is_its_own_event_with_the_place_after_the_visitor():
    doc = coded("Кина и Русија потпишаа договор за време на посетата на Си Џинпинг на Москва.",
                [Ent(("Кина",), country="CHN"), Ent(("Русија",), country="RUS"),
                 Ent(("Си Џинпинг",), "PER", "CHN", "GOV"), Ent(("Москва",), country="RUS")])
    ev = only(doc, "CONSULT")
    assert ev.actor == ["E3"] and codes(doc, ev.recipient)[0][0] == "RUS"


def test_condemning_a_states_act_targets_that_state():
    doc = coded("Претседателката Марија Илиева ја осуди руската агресија врз Украина.",
                [Ent(("Марија Илиева",), "PER", "MKD", "GOV"), Ent(("руската",), country="RUS", kind="demonym"),
                 Ent(("Украина",), country="UKR")])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("RUS", None)]


def test_rejecting_accusations_answers_the_accuser():
    doc = coded("Премиерот Петар Петров ја обвини Србија за нападот. Белград ги отфрли обвинувањата.",
                [Ent(("Петар Петров",), "PER", "KOS", "GOV"), Ent(("Србија",), country="SRB"),
                 Ent(("Белград",), country="SRB")])
    assert only(doc, "REJECT").recipient == ["E1"]


def test_a_sentence_to_prison_with_a_long_description_of_the_convict():
    doc = coded("Кривичниот суд во Скопје го осуди поранешниот директор на Агенцијата за катастар на пет години затвор.",
                [Ent(("Кривичниот суд",), "ORG", "MKD", "JUD"), Ent(("Скопје",), country="MKD"),
                 Ent(("Агенцијата за катастар",), "ORG", "MKD", "GOV")])
    ev = only(doc, "SANCTION")
    assert ev.mode == "convict" and ev.actor == ["E1"] and ev.recipient == ["E3"]


def test_the_unnamed_subject_of_a_reported_clause_acts_not_the_speaker():
    doc = coded("Министерот Петар Петров изјави дека полицијата приведе 15 лица во Скопје.",
                [Ent(("Петар Петров",), "PER", "MKD", "GOV"), Ent(("Скопје",), country="MKD")])
    assert codes(doc, only(doc, "COERCE").actor) == [("MKD", "COP")]


def test_an_unnamed_official_after_the_preposition_of_the_target_is_the_recipient():
    doc = coded("Обвинителството на Македонија подигна обвинение против поранешниот министер за транспорт.",
                [MACEDONIA])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("MKD", "GOV")]


def test_an_announced_visit_and_the_meeting_there_are_one_event():
    doc = coded("Премиерот Петар Петров ќе допатува во Вашингтон, каде ќе се сретне со државниот секретар Џон Смит.",
                [Ent(("Петар Петров",), "PER", "MKD", "GOV"), Ent(("Вашингтон",), country="USA"),
                 Ent(("Џон Смит",), "PER", "USA", "GOV")])
    ev = only(doc, "AGREE")
    assert ev.actor == ["E1"] and "E3" in ev.recipient


def test_killings_told_with_an_attack_are_the_attack():
    doc = coded("Руските сили извршија напад врз Одеса, при што беа убиени четири цивили.",
                [Ent(("Руските",), country="RUS", kind="demonym"), Ent(("Одеса",), country="UKR")])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [("RUS", "MIL")] and len(ev.also_triggers) == 1


def test_talks_after_a_light_verb_take_its_subject_and_working_together_is_cooperation():
    doc = coded("Премиерот Петар Петров се очекува да оствари разговори со Џон Смит.",
                [Ent(("Петар Петров",), "PER", "MKD", "GOV"), Ent(("Џон Смит",), "PER", "USA", "GOV")])
    assert set(only(doc, "AGREE").actor + only(doc, "AGREE").recipient) == {"E1", "E2"}
    doc = coded("Петров и Смит ќе работат заедно на проектот.",
                [Ent(("Петров",), "PER", "MKD", "GOV"), Ent(("Смит",), "PER", "USA", "GOV")])
    assert only(doc, "AGREE").rule.startswith("cooperate.work_together")


def test_criticising_an_act_targets_whoever_acted_before():
    doc = coded("Претседателот Марко Петров реши да не присуствува на самитот. Премиерот Иван Перић го критикуваше потегот.",
                [Ent(("Марко Петров",), "PER", "SRB", "GOV"), Ent(("Иван Перић",), "PER", "HRV", "GOV")])
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E2"] and ev.recipient == ["E1"]
    doc = coded("Русија изврши масовен напад со дронови врз Киев. Украинскиот претседател Володимир Зеленски го осуди нападот.",
                [Ent(("Русија",), country="RUS"), Ent(("Киев",), country="UKR"), Ent(("Володимир Зеленски",), "PER", "UKR", "GOV")])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("RUS", None)]


def test_a_people_said_to_live_elsewhere_stays_those_people_later():
    doc = coded("Србите во северно Косово протестираа. Србите го обвинија КФОР за насилство.",
                [Ent(("Србите",), country="SRB", kind="demonym"), Ent(("Косово",), country="KOS"),
                 Ent(("КФОР",), "ORG", "IGO", "IGO")])
    assert codes(doc, only(doc, "ACCUSE").actor) == [("KOS", "CVL")]


def test_criticism_of_what_happens_in_another_state_targets_that_state():
    doc = coded("Европската унија изрази загриженост за состојбата со човековите права во Србија.",
                [Ent(("Европската унија",), "ORG", "EUR", "IGO"), SERBIA])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("SRB", None)]


def test_the_patient_after_a_passive_verb_and_no_relay_by_the_actor_himself():
    doc = coded("Како што информираат од МВР, вчера се уапсени тројца осомничени во Скопје.",
                [Ent(("МВР",), "ORG", "MKD", "COP"), Ent(("Скопје",), country="MKD")])
    assert codes(doc, only(doc, "COERCE").recipient) == [("MKD", "CRM")]
    doc = coded("„Ние сме подготвени за разговори со соседите“, рече премиерот Петар Петров.",
                [Ent(("Петар Петров",), "PER", "MKD", "GOV")], quotes=True)
    assert only(doc, "AGREE").reported_by is None


def test_a_states_own_spokesman_is_no_source_of_its_statement_but_a_foreigner_is():
    from vesnik.quotes import QuoteStep
    for speaker, source in ((Ent(("Иван Маринов",), "PER", "BGR", "GOV"), None),
                            (Ent(("Марко Петровиќ",), "PER", "SRB", "CVL"), "E1")):
        doc = document(f"Портпаролот {speaker.names[0]} изјави дека Бугарија е подготвена за разговори со Србија.",
                       [speaker, Ent(("Бугарија",), country="BGR"), SERBIA])
        doc.entities[1].kb_id = "gpe:BGR"  # a state of the knowledge base
        ev = only(EventStep("mk")(QuoteStep("mk")(doc)), "AGREE")
        assert ev.actor == ["E2.GOV"] and ev.reported_by == source


def test_a_minister_is_no_source_of_what_his_capital_says_it_will_do():
    doc = coded("Министерот Иван Маринов рече дека Софија е подготвена за разговори со Србија.",
                [Ent(("Иван Маринов",), "PER", "BGR", "GOV"), Ent(("Софија",), "GPE", "BGR", "GOV"), SERBIA])
    ev = only(doc, "AGREE")
    assert ev.actor == ["E2"] and ev.reported_by is None


def test_an_event_with_no_date_of_its_own_takes_the_date_of_its_part_of_a_merged_record():
    text = ("Преглед на вестите\nВладата на Македонија го протера амбасадорот на Србија.\n"
            "Бизнис: нова линија\nСрбија го протера амбасадорот на Хрватска.\n(Разни извори – 04/12/09-11/12/09)")
    doc = coded(text, [MACEDONIA, SERBIA, CROATIA], published="2005-02-16")
    first, second = doc.events
    assert (first.date, second.date) == ("2005-02-16", "2009-12-11")


def test_an_official_named_by_role_complement_and_state_acts_for_that_states_government():
    doc = coded("Министерката за надворешни работи на Грција ја поздрави одлуката на Албанија.",
                [Ent(("Грција",), country="GRC"), Ent(("Албанија",), country="ALB")])
    support = only(doc, "SUPPORT")
    assert codes(doc, support.actor) == [("GRC", "GOV")]
    assert codes(doc, support.recipient) == [("ALB", None)]


def test_a_dropped_subject_of_a_statement_opening_the_sentence_is_its_speakers_not_the_datelines_agency():
    doc = coded("Скопје, 12 март 2025 (МИА) – Побараа од Косово да ги спроведе реформите, соопшти Европската комисија.",
                [Ent(("МИА",), "ORG", "MKD", "JRN"), Ent(("Косово",), country="XKX"),
                 Ent(("Европската комисија",), "ORG", "EUR", "GOV")], quotes=True)
    request = only(doc, "REQUEST")
    assert codes(doc, request.actor) == [("EUR", "GOV")] and codes(doc, request.recipient) == [("XKX", None)]


def test_retaliation_with_weapons_is_an_assault_but_returning_a_thing_is_not():
    doc = coded("Хезболах возврати со ракети кон северен Израел.",
                [Ent(("Хезболах",), "ORG", "LBN", "REB"), Ent(("Израел",), country="ISR")])
    assert codes(doc, only(doc, "ASSAULT").recipient) == [("ISR", None)]
    doc = coded("Хрватска ги возврати документите на Србија.", [CROATIA, SERBIA])
    assert doc.events == []


def test_aid_with_its_amount_between_verb_and_noun_is_still_aid():
    doc = coded("ЕУ ѝ даде на Украина 50 милијарди евра финансиска помош.",
                [Ent(("ЕУ",), "ORG", "EUR", "IGO"), Ent(("Украина",), country="UKR")])
    assert codes(doc, only(doc, "AID").recipient) == [("UKR", None)]


def test_the_arrested_are_the_people_not_the_place_of_the_arrest():
    doc = coded("Косовската полиција ги уапси двајца српски државјани на граничниот премин Јариње.",
                [Ent(("Косовската полиција",), "ORG", "XKX", "COP"), Ent(("српски",), country="SRB", kind="demonym"),
                 Ent(("Јариње",), country="XKX")])
    assert codes(doc, only(doc, "COERCE").recipient) == [("SRB", "CVL")]


def test_forces_withdrawn_from_a_part_of_a_place_are_withdrawn_from_that_place():
    doc = coded("Израел ги повлече трупите од северниот дел на Газа.",
                [Ent(("Израел",), country="ISR"), Ent(("Газа",), country="PSE")])
    assert codes(doc, only(doc, "RETREAT").recipient) == [("PSE", None)]


def test_a_meeting_noun_under_a_veto_is_what_is_vetoed_not_a_meeting():
    doc = coded("Бугарија стави вето на почетокот на преговорите на Македонија со ЕУ.",
                [Ent(("Бугарија",), country="BGR"), MACEDONIA, Ent(("ЕУ",), "ORG", "EUR", "IGO")])
    assert [e.type for e in doc.events] == ["REJECT"]


def test_members_of_states_after_an_intransitive_verb_are_its_subject():
    doc = coded("На самитот во Охрид учествуваа премиерите на Србија и Албанија.",
                [SERBIA, Ent(("Албанија",), country="ALB"), Ent(("Охрид",), country="MKD")])
    assert sorted(codes(doc, only(doc, "CONSULT").actor)) == [("ALB", None), ("SRB", None)]


def test_a_warning_attributed_after_the_statement_is_the_speakers_and_the_speaker_is_no_recipient():
    doc = coded("ЕУ ќе ги замрзне фондовите за Србија, предупреди Урсула фон дер Лајен.",
                [Ent(("ЕУ",), "ORG", "EUR", "IGO"), SERBIA, Ent(("Урсула фон дер Лајен",), "PER", "DEU", "IGO")], quotes=True)
    threat = only(doc, "THREATEN")
    assert codes(doc, threat.actor) == [("DEU", "IGO")]
    assert all(r not in threat.actor for r in threat.recipient)


def test_capturing_villages_or_annexing_territory_is_a_seizure_but_taking_first_place_is_not():
    doc = coded("Руската армија ги заземе селата Покровск и Торецк.",
                [Ent(("Руската",), country="RUS", kind="demonym"), Ent(("Покровск",), country="UKR"), Ent(("Торецк",), country="UKR")])
    seizure = only(doc, "COERCE")
    assert (seizure.mode, codes(doc, seizure.actor)) == ("seize", [("RUS", "MIL")])
    assert {c for c, _ in codes(doc, seizure.recipient)} == {"UKR"}
    doc = coded("Партијата го заземе првото место на изборите во Србија.", [SERBIA])
    assert doc.events == []


def test_a_ceasefire_talked_about_is_the_topic_of_the_talks_not_a_ceasefire():
    doc = coded("Марко Рубио разговараше со Сергеј Лавров за прекин на огнот.",
                [Ent(("Марко Рубио",), "PER", "USA", "GOV"), Ent(("Сергеј Лавров",), "PER", "RUS", "GOV")])
    assert [e.type for e in doc.events] == ["CONSULT"]


def test_lifting_tariffs_is_a_concession():
    doc = coded("Владата на Косово ги укина царините за стоки од Србија.", [Ent(("Косово",), country="XKX"), SERBIA])
    assert codes(doc, only(doc, "CONCEDE").recipient) == [("SRB", None)]


def test_a_person_and_members_of_a_body_talk_together_and_a_chancellor_in_either_spelling_is_government():
    doc = coded("Министерката Гордана Петрова и претставници на ММФ разговараа за буџетот.",
                [Ent(("Гордана Петрова",), "PER", "MKD", "GOV"), Ent(("ММФ",), "ORG", "IGO", "IGO")])
    assert sorted(codes(doc, only(doc, "CONSULT").actor)) == [("IGO", "IGO"), ("MKD", "GOV")]
    doc = coded("Германскиот канцлер ја посети Македонија.", [Ent(("Германскиот",), country="DEU", kind="demonym"), MACEDONIA])
    assert codes(doc, only(doc, "CONSULT").actor) == [("DEU", "GOV")]


def test_an_agreement_signed_with_a_state_has_it_as_the_recipient_and_so_has_a_meeting_at_a_summit():
    sign = only(coded("Македонија потпиша договор со Србија.", [MACEDONIA, SERBIA]), "SUPPORT")
    assert (sign.actor, sign.recipient) == (["E1"], ["E2"])
    meeting = only(coded("Македонија се сретна со Србија на самитот.", [MACEDONIA, SERBIA]), "CONSULT")
    assert (meeting.actor, meeting.recipient) == (["E1"], ["E2"])
    both = only(coded("Македонија и Србија се сретнаа на самитот.", [MACEDONIA, SERBIA]), "CONSULT")
    assert (both.actor, both.recipient) == (["E1", "E2"], [])


def test_a_subject_meeting_a_partner_of_another_state_calls_on_it():
    doc = coded("Американската амбасадорка Розмари Дикарло во четвртокот разговараше со премиерот Сали Бериша.",
                [Ent(("Розмари Дикарло",), "PER", "USA", "GOV"), Ent(("Сали Бериша",), "PER", "ALB", "GOV")])
    ev = only(doc, "CONSULT")
    assert codes(doc, ev.actor) == [("USA", "GOV")] and codes(doc, ev.recipient) == [("ALB", "GOV")]


def test_a_meeting_within_one_state_keeps_both_as_actors():
    doc = coded("Премиерот Христијан Мицкоски се сретна со претседателката Гордана Сиљановска.",
                [Ent(("Христијан Мицкоски",), "PER", "MKD", "GOV"), Ent(("Гордана Сиљановска",), "PER", "MKD", "GOV")])
    ev = only(doc, "CONSULT")
    assert sorted(ev.actor) == ["E1", "E2"] and ev.recipient == []


def test_an_object_relative_clause_with_a_pronoun_subject_takes_the_person_named_before():
    doc = coded("Министерот Петар Петров рече дека мерките коишто тој ги бара од Србија се неопходни.",
                [Ent(("Петар Петров",), "PER", "MKD", "GOV"), SERBIA])
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("SRB", None)]


def test_a_passive_relative_clause_has_its_antecedent_collective_as_recipient():
    doc = coded("Судењето на мажот којшто е обвинет за убиството почна во Скопје.", [Ent(("Скопје",), country="MKD")])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.recipient) == [("MKD", "CVL")]


def test_seeking_with_neither_its_own_subject_nor_anyone_asked_is_no_demand():
    doc = coded("Компанијата од Хрватска планира да бара нафта во морето.",
                [Ent(("Компанијата",), "ORG", "HRV", "BUS")])
    assert [e for e in doc.events if e.type == "REQUEST"] == []
    assert only(coded("Србија побара од Хрватска помош.", [SERBIA, CROATIA]), "REQUEST").recipient == ["E2"]


def test_a_strike_has_no_implied_recipient_unlike_a_demonstration():
    unions = Ent(("Синдикатите",), "ORG", "SRB", "LAB")
    strike = only(coded("Синдикатите штрајкуваа вчера.", [unions]), "PROTEST")
    assert (strike.mode, strike.recipient) == ("strike", [])
    doc = coded("Синдикатите протестираа вчера.", [unions])
    assert codes(doc, only(doc, "PROTEST").recipient) == [("SRB", "GOV")]


def test_a_third_person_subject_inside_a_quote_is_not_the_speaker():
    speaker = Ent(("Петар Петров",), "PER", "MKD", "GOV")
    own = only(coded("„Бараме од Србија да ги отвори границите“, рече Петар Петров.", [speaker, SERBIA], quotes=True), "REQUEST")
    assert own.actor == ["E1"] and "actor:speaker" in own.rule
    doc = coded("„Таа побара од мене да молчам“, рече Петар Петров.", [speaker], quotes=True)
    assert not any(ev.actor == ["E1"] for ev in doc.events)


def test_reported_blame_of_no_one_named_is_coded_only_on_a_judged_object():
    speaker = Ent(("Петар Петров",), "PER", "MKD", "GOV")
    named = coded("„Србија е виновна за кризата“, рече Петар Петров.", [speaker, SERBIA], quotes=True)
    assert codes(named, only(named, "ACCUSE").recipient) == [("SRB", None)]
    nobody = coded("„Тоа е срам и лудост“, рече Петар Петров.", [speaker], quotes=True)
    assert not [ev for ev in nobody.events if ev.type == "ACCUSE"]
    judged = coded("Петар Петров го опиша законот како „лудост“.", [speaker], quotes=True)
    assert only(judged, "ACCUSE").actor == ["E1"]


def test_after_a_light_verb_the_subject_acts_and_the_genitive_is_the_target():
    doc = coded("ДУИ најави бојкот на седниците на Собранието.",
                [Ent(("ДУИ",), "ORG", "MKD", "PTY"), Ent(("Собранието",), "ORG", "MKD", "LEG")])
    boycott = only(doc, "REJECT")  # guidelines: boycotting a body's sessions is REJECT meet
    assert boycott.mode == "meet" and codes(doc, boycott.actor) == [("MKD", "PTY")]
    assert codes(doc, boycott.recipient) == [("MKD", "LEG")]


def test_ammunition_delivered_to_a_state_is_military_aid_reported_by_whoever_claims_it():
    doc = coded("Србија ѝ испорача на Украина муниција преку трети земји, тврди Русија.",
                [SERBIA, Ent(("Украина",), country="UKR"), Ent(("Русија",), country="RUS")], quotes=True)
    aid = only(doc, "AID")
    assert (aid.mode, codes(doc, aid.actor), codes(doc, aid.recipient)) == ("military", [("SRB", None)], [("UKR", None)])


def test_a_denied_report_answers_the_source_that_published_it():
    doc = coded("Весникот Политико објави дека министерот Петар Петров примил подарок од компанијата. "
                "Петров во средата го негираше извештајот.",
                [Ent(("Политико",), "ORG", "USA", "JRN"), Ent(("Петар Петров", "Петров"), "PER", "MKD", "GOV")], quotes=True)
    ev = only(doc, "REJECT")
    assert codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("USA", "JRN")]
    assert "recipient:rebutted_source" in ev.rule


def test_a_demonym_before_the_nearest_name_is_the_target():
    doc = coded("Адвокатот Марко Марковски покрена судска постапка против командантите на холандскиот баталјон, "
                "кои служеа во мисијата на ОН.",
                [Ent(("Марко Марковски",), "PER", "BIH", "CVL"), Ent(("холандскиот",), country="NLD", kind="demonym"),
                 Ent(("ОН",), "ORG", "UNO", "IGO")])
    ev = only(doc, "ACCUSE")
    # the commanders themselves, of the country their `на` phrase's demonym gives
    assert codes(doc, ev.recipient) == [("NLD", "MIL")]


def test_two_roles_with_their_holders_in_commas_are_one_compound_subject():
    doc = coded("Српскиот министер за финансии, Млаѓан Динкиќ, и генералниот менаџер на НБГ, Такис Арапоглу, "
                "потпишаа договор за продажба на банката.",
                [Ent(("Млаѓан Динкиќ",), "PER", "SRB", "GOV"), Ent(("НБГ",), "ORG", "GRC", "BUS"),
                 Ent(("Такис Арапоглу",), "PER", "GRC", "BUS"), Ent(("Српскиот",), country="SRB", kind="demonym")])
    ev = only(doc, "SUPPORT")
    assert sorted(codes(doc, ev.actor)) == [("GRC", "BUS"), ("SRB", "GOV")]


def test_an_unnamed_group_of_countries_has_no_one_country():
    doc = coded("Земјите од регионот потпишаа договор за слободна трговија во Скопје.", [Ent(("Скопје",), country="MKD")])
    ev = only(doc, "SUPPORT")
    assert codes(doc, ev.actor) == [(None, "GOV")]


def test_the_one_a_dative_clitic_doubles_before_da_acts_in_the_da_clause():
    doc = coded("САД ѝ помогнаа на Србија да уапси двајца осомничени за тероризам.", [USA, SERBIA])
    assert only(doc, "COERCE").actor == ["E2"]


def test_a_dative_doubled_na_phrase_before_the_verb_is_the_recipient():
    doc = coded("Државната комисија, исто така, на претседателот Бујар Нишани му предложи да го одликува Фестивалот.",
                [Ent(("Државната комисија",), "ORG", "ALB", "GOV"), Ent(("Бујар Нишани",), "PER", "ALB", "GOV"),
                 Ent(("Фестивалот",), "ORG", "ALB", "CVL")])
    ev = only(doc, "REQUEST")
    assert ev.recipient == ["E2"]


def test_a_mere_place_under_a_recipient_preposition_gives_way_to_the_demonym_before_it():
    doc = coded("Европската инвестициска банка одобри заем од 10 милиони евра за бугарскиот проект "
                "за зајакнување на брегот на Црното Море.",
                [Ent(("Европската инвестициска банка",), "ORG", "EUR", "IGO"), Ent(("бугарскиот",), country="BGR", kind="demonym"),
                 Ent(("Црното Море",), type="LOC")])
    ev = only(doc, "AID")
    assert codes(doc, ev.recipient) == [("BGR", None)]


def test_an_unnamed_collective_subject_acts_rather_than_the_speaker_of_the_sentence():
    doc = coded("Откако медиумите во Анкара ги исмеаја првичните воени поплаки, портпаролот Мехмет Демир во петокот "
                "негираше дека недостатокот на пари е причината.",
                [Ent(("Мехмет Демир",), "PER", "TUR", "MIL"), Ent(("Анкара",), country="TUR")], quotes=True)
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [("TUR", "JRN")]


def test_an_international_actor_lends_its_unnamed_object_no_country():
    doc = coded("Шефот за безбедност на ЕУ, Хавиер Солана, упати сочувство до семејствата на загинатите во Бугарија.",
                [Ent(("ЕУ",), "ORG", "EUR", "IGO"), Ent(("Хавиер Солана",), "PER", "EUR", "IGO"), Ent(("Бугарија",), country="BGR")])
    ev = only(doc, "SUPPORT")
    assert codes(doc, ev.recipient) == [("BGR", "CVL")]


def test_a_reported_criticism_of_a_thing_judges_its_owner():
    doc = coded("Партијата Левица го опиша предлогот на министерот Петар Петров како „срамота“.",
                [Ent(("Левица",), "ORG", "MKD", "PTY"), Ent(("Петар Петров",), "PER", "MKD", "GOV")], quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_a_reported_obligation_by_coordinated_speakers_has_them_all_as_actors():
    doc = coded("Кина и Русија сметаат дека Советот за безбедност на ОН треба да го награди Пјонгјанг.",
                [Ent(("Кина",), country="CHN"), Ent(("Русија",), country="RUS"),
                 Ent(("Советот за безбедност на ОН",), "ORG", "UNO", "IGO")], quotes=True)
    ev = only(doc, "REQUEST")
    assert sorted(codes(doc, ev.actor)) == [("CHN", None), ("RUS", None)] and ev.recipient == ["E3"]


def test_a_partys_people_as_a_dative_object_are_the_recipient():
    doc = coded("Лидерот на СДСМ, Венко Филипче, им се потсмеваше на конзервативците за нивната конференција.",
                [Ent(("СДСМ",), "ORG", "MKD", "PTY"), Ent(("Венко Филипче",), "PER", "MKD", "PTY")])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.recipient) == [("MKD", "PTY")]


def test_a_partys_people_as_a_bare_object_are_the_recipient():
    doc = coded("Сенаторот Џон Смит почна да ги критикува демократите.", [Ent(("Џон Смит",), "PER", "USA", "LEG")])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.recipient) == [("USA", "PTY")]


def test_the_oppositions_criticism_with_no_target_named_is_aimed_at_the_government():
    doc = coded("Опозицијата во Букурешт остро го критикуваше зголемувањето на ДДВ.", [Ent(("Букурешт",), country="ROU")])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [("ROU", "PTY")] and codes(doc, ev.recipient) == [("ROU", "GOV")]


def test_the_ruling_majority_is_a_party_collective_acting_on_the_opposition():
    doc = coded("Парламентарното мнозинство во Загреб ги одби барањата на опозицијата.", [Ent(("Загреб",), country="HRV")])
    ev = only(doc, "REJECT")
    assert codes(doc, ev.actor) == [("HRV", "PTY")] and codes(doc, ev.recipient) == [("HRV", "PTY")]


def test_the_object_of_the_verb_a_noun_triggers_phrase_completes_is_its_recipient():
    doc = coded("Американскиот пратеник Џон Смит ги увери црногорските власти во поддршката на Вашингтон.",
                [Ent(("Џон Смит",), "PER", "USA", "LEG"), Ent(("црногорските",), country="MNE", kind="demonym"),
                 Ent(("Вашингтон",), country="USA")])
    ev = only(doc, "SUPPORT")
    assert codes(doc, ev.recipient) == [("MNE", "GOV")] and "recipient:verb_object" in ev.rule


def test_a_pronoun_after_toa_shto_is_no_object_relative_of_the_name_before():
    doc = coded("Обвинителката рече дека Марко Марковски не е во Хаг врз основа на тоа што таа го информирала Петар Петров.",
                [Ent(("Марко Марковски",), "PER", "HRV", "MIL"), Ent(("Петар Петров",), "PER", "HRV", "GOV")])
    assert not [e for e in doc.events if e.type == "CONSULT" and "E1" in e.actor]


def test_a_passive_after_but_carries_the_pronoun_subject_of_the_clause_before():
    doc = coded("Помпео ја посети Северна Кореја во јули. Тој си замина со изјава дека е направен напредок, "
                "но беше негиран од Северна Кореја по неколку часови.",
                [Ent(("Помпео",), "PER", "USA", "GOV"), Ent(("Северна Кореја",), country="PRK")])
    ev = only(doc, "REJECT")
    assert codes(doc, ev.actor) == [("PRK", None)] and ev.recipient == ["E1"]


def test_an_unnamed_organ_takes_the_country_of_the_institutions_the_sentence_names():
    doc = coded("Висок функционер минатата недела сведочеше пред Конгресот дека агенцијата уапсила десетици лица.",
                [Ent(("Конгресот",), "ORG", "USA", "LEG")])
    ev = only(doc, "COERCE")
    assert codes(doc, ev.actor) == [("USA", "GOV")]


def test_a_police_appeal_with_no_one_named_asks_the_public():
    doc = coded("Полицијата во Битола побара ако некој има снимки од настанот, да се јави.", [Ent(("Битола",), country="MKD")])
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.actor) == [("MKD", "COP")] and codes(doc, ev.recipient) == [("MKD", "CVL")]


def test_unnamed_terrorists_are_rebels_of_the_place():
    doc = coded("Во средата терористите пукаа на автобус во градот Дијарбакир.", [Ent(("Дијарбакир",), country="TUR")])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [("TUR", "REB")]


def test_an_unnamed_strikes_actor_is_the_workers():
    doc = coded("Штрајковите во пристаништето во Солун продолжија и вчера.", [Ent(("Солун",), country="GRC")])
    ev = only(doc, "PROTEST")
    assert ev.mode == "strike" and codes(doc, ev.actor) == [("GRC", "LAB")]


def test_a_quoted_blame_is_not_aimed_at_the_speakers_own_state():
    from vesnik.events import EventStep
    from vesnik.quotes import QuoteStep
    from tests.events.helpers import document

    doc = document("„Воинствената реторика на Моралес ја поткопа добрата волја на Чиле“, рече Паз Зарате.",
                   [Ent(("Чиле",), country="CHL"), Ent(("Моралес",), "PER", "BOL", "GOV"), Ent(("Паз Зарате",), "PER", "CHL", "ELI")])
    doc.entities[0].kb_id = "gpe:CHL"
    doc = EventStep("mk")(QuoteStep("mk")(doc))
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E3"] and ev.recipient == ["E2"]


def test_a_visitors_statement_with_no_recipient_is_addressed_to_the_host():
    doc = coded("Американската амбасадорка Розмари Дикарло вчера ја посети Тирана. "
                "Дикарло ја потврди поддршката на Вашингтон за реформите во судството.",
                [Ent(("Розмари Дикарло", "Дикарло"), "PER", "USA", "GOV"), Ent(("Тирана",), country="ALB"),
                 Ent(("Вашингтон",), country="USA")])
    ev = only(doc, "SUPPORT")
    assert codes(doc, ev.recipient) == [("ALB", None)] and "recipient:visit_host" in ev.rule


def test_a_statement_another_speaker_tells_is_not_addressed_to_the_visits_host():
    doc = coded("Вучиќ вчера го посети Сараево. Аналитичарот Драган Поповиќ рече: „Откако Србија се согласи да ја "
                "измени резолуцијата, Вучиќ повеќе не е омилен кај националистите.“",
                [Ent(("Вучиќ",), "PER", "SRB", "GOV"), Ent(("Сараево",), country="BIH"), SERBIA,
                 Ent(("Драган Поповиќ",), "PER", "SRB", "EDU")], quotes=True)
    assert only(doc, "AGREE").recipient == []


def test_a_relative_clause_after_a_things_owner_describes_the_thing_not_the_owner():
    doc = coded("Во меѓувреме, законодавството на Србија што бараше создавање Национална комисија за безбедност "
                "немало дејство со месеци.", [SERBIA, Ent(("Национална комисија за безбедност",), "ORG", "SRB", "GOV")])
    assert [e for e in doc.events if e.type == "REQUEST"] == []


def test_a_passive_relative_between_dashes_has_the_name_before_as_patient():
    doc = coded("Со формирањето на СРС -- кој ќе биде финансиран од Европската комисија -- членовите мора да соработуваат.",
                [Ent(("СРС",), "ORG", "IGO", "IGO"), Ent(("Европската комисија",), "ORG", "EUR", "IGO")])
    ev = next(e for e in doc.events if e.trigger.text.endswith("финансиран"))
    assert ev.actor == ["E2"] and ev.recipient == ["E1"]


PETROV = Ent(("Никола Петров", "Петров"), "PER", "MKD", "GOV")
PAPAS = Ent(("Костас Папас",), "PER", "GRC", "GOV")


def test_a_pronoun_subject_before_an_expected_meeting_is_the_person_before():
    doc = coded("Министерот Никола Петров ќе ја посети Атина на 12 јуни. "
                "Тој се очекува да се сретне со грчкиот премиер Костас Папас.",
                [PETROV, Ent(("Атина",), country="GRC"), PAPAS])
    ev = next(e for e in doc.events if e.trigger.text.endswith("сретне"))
    assert codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("GRC", "GOV")]
    assert ev.date == "2024-06-12"  # the visit's date: the account goes on


def test_a_pronoun_of_the_other_gender_is_not_the_person_before():
    doc = coded("Министерката Ана Стојановска ја посети Атина. Тој се очекува да се сретне со премиерот Костас Папас.",
                [Ent(("Ана Стојановска",), "PER", "MKD", "GOV"), Ent(("Атина",), country="GRC"), PAPAS])
    assert not [e for e in doc.events if e.trigger.text.endswith("сретне")]


def test_a_direct_quote_over_two_sentences_is_the_speakers_to_its_end():
    doc = coded("„Регионот мора да остане стабилен. Ние ќе соработуваме со сите соседи“, рече Никола Петров.",
                [PETROV], quotes=True)
    ev = next(e for e in doc.events if e.trigger.text.endswith("соработуваме"))
    assert codes(doc, ev.actor) == [("MKD", "GOV")]


def test_rescuers_rescue_the_people_they_bring_out():
    doc = coded("Во неделата спасувачите спасија две деца од урнатините во Охрид.",
                [Ent(("Охрид",), "GPE", "MKD")])
    ev = only(doc, "AID")
    assert codes(doc, ev.actor) == [("MKD", "CVL")] and codes(doc, ev.recipient) == [("MKD", "CVL")]


def test_charges_filed_by_the_unnamed_police_are_the_polices():
    doc = coded("Полицијата во Битола во понеделникот поднесе обвиненија против поранешниот градоначалник Марко Марковски.",
                [Ent(("Марко Марковски",), "PER", "MKD", "GOV"), Ent(("Битола",), "GPE", "MKD")])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [("MKD", "COP")] and codes(doc, ev.recipient) == [("MKD", "GOV")]


def test_members_of_the_european_parliament_are_eur_and_a_following_they_is_them():
    doc = coded("Европарламентарците во средата ја повикаа Србија да ги забрза реформите во судството. "
                "Тие, исто така, ја пофалија Албанија за напредокот во борбата против корупцијата.",
                [SERBIA, Ent(("Албанија",), country="ALB")])
    request, support = only(doc, "REQUEST"), only(doc, "SUPPORT")
    assert codes(doc, request.actor) == [("EUR", "IGO")] and codes(doc, request.recipient) == [("SRB", None)]
    assert support.actor == request.actor and codes(doc, support.recipient) == [("ALB", None)]


def test_a_refusal_to_yield_is_aimed_at_the_side_its_condition_names():
    doc = coded("„Додека Србија не ги повлече своите сили, нема начин да се разоружаме први“, изјави Никола Петров.",
                [SERBIA, PETROV], quotes=True)
    ev = only(doc, "REJECT")
    assert codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("SRB", None)]


def test_a_reported_obligation_is_coded_beside_another_speakers_demand_in_the_sentence():
    doc = coded("Белград бара итни разговори, но Брисел тврди дека Приштина мора прво да ги исполни обврските.",
                [Ent(("Белград",), country="SRB"), Ent(("Брисел",), "ORG", "EUR", "IGO"), Ent(("Приштина",), country="KOS")],
                quotes=True)
    requests = sorted((e.actor, e.recipient) for e in doc.events if e.type == "REQUEST")
    assert (["E2"], ["E3"]) in requests


def test_a_reported_judgement_of_absurdity_or_unfairness_is_criticism_and_a_neutral_statement_no_event():
    speaker = Ent(("Марко Јанков",), "PER", "BGR", "GOV")
    greece = Ent(("Грција",), country="GRC")
    doc = coded("Министерот Марко Јанков рече дека одлуката на Грција е „апсурдна и нефер“.", [speaker, greece], quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]
    neutral = coded("Министерот Марко Јанков рече дека разговорите со Грција ќе продолжат во мај.", [speaker, greece], quotes=True)
    assert not neutral.events


def test_a_necessity_laid_on_names_in_a_reported_statement_is_a_request_and_its_content_no_agreement():
    ents = [Ent(("Јан Новак",), "PER", "IGO", "IGO"), Ent(("Србија",), country="SRB"), Ent(("Косово",), country="KOS")]
    doc = coded("Генералниот секретар Јан Новак рече дека е исклучително важно Србија и Косово да постигнат договор.",
                ents, quotes=True)
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E1"] and ev.recipient == ["E2", "E3"] and not [e for e in doc.events if e.type == "AGREE"]
    neutral = coded("Генералниот секретар Јан Новак рече дека е важно што Србија и Косово разговараат.", ents, quotes=True)
    assert not [e for e in neutral.events if e.type == "REQUEST"]


def test_an_act_someone_must_do_is_not_told_as_done():
    ents = [Ent(("Србија",), country="SRB"), Ent(("Косово",), country="KOS")]
    must = coded("Србија мора да го потпише договорот со Косово до крајот на годината.", ents)
    assert not [e for e in must.events if e.type in ("SUPPORT", "AGREE")]
    done = coded("Србија го потпиша договорот со Косово во вторникот.", ents)
    assert [e for e in done.events if e.type == "SUPPORT"]


def test_a_judge_stepping_down_from_a_case_resigns_and_a_withdrawn_bill_does_not():
    judge = coded("Судијата Марко Марковски се повлече од процесот против поранешниот министер.",
                  [Ent(("Марко Марковски",), "PER", "MKD", "JUD")])
    assert only(judge, "RETREAT").mode == "resign"
    bill = coded("Владата на Петар Петров го повлече предлогот за измени на законот.", [Ent(("Петар Петров",), "PER", "MKD", "GOV")])
    assert not [e for e in bill.events if e.type == "RETREAT"]


def test_troops_that_withdrew_in_the_aorist_retreat():
    doc = coded("Руските трупи се повлекоа од северниот дел на Украина во вторникот.",
                [Ent(("Украина",), country="UKR")])
    assert only(doc, "RETREAT").mode == "withdraw"


def test_a_stated_opposition_to_a_named_sides_proposal_is_a_rejection():
    ents = [Ent(("Петар Петров",), "PER", "MKD", "GOV"), Ent(("Србија",), country="SRB")]
    doc = coded("Министерот Петар Петров рече дека е против предлогот на Србија.", ents, quotes=True)
    ev = only(doc, "REJECT")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]
    fight = coded("Министерот Петар Петров рече дека борбата против корупцијата е приоритет и за Србија.", ents, quotes=True)
    assert not [e for e in fight.events if e.type == "REJECT"]


def test_an_obligation_laid_on_an_unnamed_organ_is_a_request_and_on_the_economy_no_event():
    ents = [Ent(("Петар Петров",), "PER", "MKD", "GOV")]
    doc = coded("Пратеникот Петар Петров рече дека владата мора веднаш да ги намали даноците.", ents, quotes=True)
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E1"]
    growth = coded("Министерот Петар Петров рече дека економијата треба да расте побрзо.", ents, quotes=True)
    assert not growth.events


def test_an_obligation_in_someone_elses_proposal_is_no_demand_of_the_speaker():
    ents = [Ent(("Петар Петров",), "PER", "MKD", "PTY"), Ent(("Србија",), country="SRB")]
    idea = coded("Пратеникот Петар Петров го отфрли предлогот дека Србија треба да добие повеќе време.", ents, quotes=True)
    assert not [e for e in idea.events if e.type == "REQUEST"]
    own = coded("Пратеникот Петар Петров рече дека Србија треба да добие повеќе време.", ents, quotes=True)
    assert only(own, "REQUEST").recipient == ["E2"]


def test_a_necessity_naming_no_one_before_its_da_concerns_the_other_side_named_after_it():
    ents = [Ent(("Ана Русева",), "PER", "BGR", "GOV"), Ent(("Бугарија",), country="BGR"), Ent(("Македонија",), country="MKD")]
    doc = coded("Министерката Ана Русева истакна дека е од суштинска важност најпрво да се реши спорот меѓу Бугарија и Македонија.",
                ents, quotes=True)
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E1"] and ev.recipient == ["E3"]
    neutral = coded("Министерката Ана Русева истакна дека е важно што спорот меѓу Бугарија и Македонија е решен.", ents, quotes=True)
    assert not [e for e in neutral.events if e.type == "REQUEST"]


def test_an_obligation_quoted_after_its_bearer_is_laid_on_the_bearer_before_the_quote_mark():
    ents = [Ent(("Јан Новак",), "PER", "IGO", "IGO"), Ent(("Србија",), country="SRB")]
    doc = coded("Координаторот Јан Новак рече дека Србија „мора да ги спроведе реформите без одлагање“.", ents, quotes=True)
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]
    group = coded("Координаторот Јан Новак рече дека земјите од регионот „мора да соработуваат“.", ents, quotes=True)
    assert only(group, "REQUEST").recipient == []
    weather = coded("Координаторот Јан Новак рече дека времето „мора да се подобри“.", ents, quotes=True)
    assert not weather.events


def test_an_obligation_in_an_impersonal_passive_is_not_laid_on_the_name_given_something():
    ents = [Ent(("Петар Петров",), "PER", "MKD", "PTY"), Ent(("Марко Марковски",), "PER", "MKD", "PTY")]
    doc = coded("Пратеникот Петар Петров рече дека на Марко Марковски треба да му се даде водството на преговорите.", ents,
                quotes=True)
    assert not [e for e in doc.events if e.type == "REQUEST"]


def test_a_noun_trigger_after_a_reflexive_possessive_is_the_clause_subjects_act():
    doc = coded("Германскиот министер за надворешни работи, Клаус Берг, во четвртокот во Берлин го повтори својот повик "
                "до Србија за дијалог.",
                [Ent(("Клаус Берг",), type="PER", country="DEU", sector="GOV"), SERBIA])
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.actor) == [("DEU", "GOV")]
    assert codes(doc, ev.recipient) == [("SRB", None)]


def test_a_name_after_a_role_past_a_prepositional_phrase_is_the_subject_the_next_sentence_drops():
    # one definite article a noun phrase: `македонскиот премиер` opens a phrase of its own, not `на`'s
    doc = coded("На денот на потпишувањето македонскиот премиер Никола Петров беше во Брисел. "
                "Тој се сретна со Урсула Фон дер Лајен.",
                [Ent(("Никола Петров",), type="PER", country="MKD", sector="GOV"), Ent(("Брисел",), country="BEL"),
                 Ent(("Урсула Фон дер Лајен",), type="PER", country="EUR", sector="IGO")])
    ev = only(doc, "CONSULT")
    assert ("MKD", "GOV") in codes(doc, ev.actor) + codes(doc, ev.recipient)
    assert ("EUR", "IGO") in codes(doc, ev.actor) + codes(doc, ev.recipient)


def test_a_third_persons_possessive_gives_the_noun_to_a_subject_of_its_gender_only():
    doc = coded("Сенаторката Марија Николова е гласна во нејзините критики кон Владата на Србија.",
                [Ent(("Марија Николова",), type="PER", country="MKD", sector="LEG"), SERBIA])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [("MKD", "LEG")]
    assert codes(doc, ev.recipient) == [("SRB", "GOV")]
    doc = coded("Министерката Марија Николова вчера во Собранието одговори на неговите критики кон Србија.",
                [Ent(("Марија Николова",), type="PER", country="MKD", sector="GOV"), SERBIA])
    assert not any(e.type == "ACCUSE" and codes(doc, e.actor) == [("MKD", "GOV")] for e in doc.events)


def test_a_lawsuit_is_the_act_of_the_state_its_na_phrase_names():
    doc = coded("Меѓународниот суд денеска ќе ја разгледа тужбата на Хрватска против Србија за геноцид.",
                [CROATIA, SERBIA])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [("HRV", None)]
    assert codes(doc, ev.recipient) == [("SRB", None)]


def test_an_investigation_opened_in_the_passive_is_the_unnamed_polices():
    doc = coded("Покрената е истрага за убиство откако вчера наутро во Тетово беше пронајдено тело на маж.",
                [Ent(("Тетово",), country="MKD")])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "investigate"
    assert codes(doc, ev.actor) == [("MKD", "COP")]


def test_sanctions_with_a_participle_after_them_are_imposed_by_the_od_agent():
    doc = coded("Иранскиот министер за надворешни работи Али Хосеини во понеделникот ги обвини санкциите наметнати "
                "од страна на Европската унија за економската криза.",
                [Ent(("Али Хосеини",), type="PER", country="IRN", sector="GOV"),
                 Ent(("Европската унија",), type="ORG", country="EUR", sector="IGO")])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.actor) == [("EUR", "IGO")]
    assert codes(doc, ev.recipient) == [("IRN", "GOV")]


def test_reported_praise_of_progress_is_support_of_the_side_that_made_it():
    ents = [Ent(("Јан Новак",), "PER", "EUR", "IGO"), Ent(("ЕУ",), "ORG", "EUR", "IGO"), Ent(("Србија",), country="SRB")]
    doc = coded("Комесарот Јан Новак рече дека Србија постигна значителен напредок на патот кон членство во ЕУ.",
                ents, quotes=True)
    ev = only(doc, "SUPPORT")
    assert ev.actor == ["E1"] and ev.recipient == ["E3"] and ev.trigger.text == "рече"
    neutral = coded("Комесарот Јан Новак рече дека Србија ќе ги продолжи разговорите со ЕУ во јуни.", ents, quotes=True)
    assert not [e for e in neutral.events if e.type == "SUPPORT"]


def test_reported_praise_of_a_persons_courage_is_support_of_that_person():
    ents = [Ent(("Петар Петров",), "PER", "MKD", "GOV"), Ent(("Марија Марковска",), "PER", "MKD", "JUD")]
    doc = coded("Премиерот Петар Петров рече дека „граѓаните ја видоа храброста“ на Марија Марковска.", ents, quotes=True)
    assert [e for e in doc.events if e.type == "SUPPORT"]
    neutral = coded("Премиерот Петар Петров рече дека „граѓаните го видоа извештајот“ на Марија Марковска.", ents, quotes=True)
    assert not [e for e in neutral.events if e.type == "SUPPORT"]


def test_blame_naming_no_one_blames_the_person_the_paragraph_just_had_as_subject():
    ents = [Ent(("Петар Петров",), "PER", "MKD", "GOV"), Ent(("Ана Илиевска",), "PER", "MKD", "CVL")]
    doc = coded("Министерот Петар Петров ја одобри изградбата на новата брана. „Ова е скандал“, рече Ана Илиевска.",
                ents, quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E2"] and ev.recipient == ["E1"] and ev.trigger.text == "рече"
    neutral = coded("Министерот Петар Петров ја одобри изградбата на новата брана. „Ова е голем проект“, рече Ана Илиевска.",
                    ents, quotes=True)
    assert not [e for e in neutral.events if e.type == "ACCUSE"]


def test_an_act_asked_about_in_a_question_is_no_event():
    doc = coded("„Зошто Србија ќе ја нападне Македонија?“, праша Никола Петров.", [SERBIA, MACEDONIA, PETROV], quotes=True)
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_an_act_told_before_a_question_is_still_coded():
    doc = coded("Србија ја нападна Македонија. Што ќе следува?", [SERBIA, MACEDONIA])
    ev = only(doc, "ASSAULT")
    assert ev.status == "asserted"


def test_a_participle_describing_people_is_no_arrest():
    doc = coded("Сите уапсени во Србија беа членови на една партија.", [SERBIA])
    assert not [e for e in doc.events if e.type == "COERCE"]
    doc = coded("Судењето на оние обвинети за нападот во Македонија продолжува.", [MACEDONIA])
    assert not [e for e in doc.events if e.type == "ACCUSE"]
    doc = coded("Собранието го усвои Законот за посебен регистар за лица осудени со правосилна пресуда за насилство.",
                [Ent(("Собранието",), "ORG", "MKD", "LEG")])
    assert not [e for e in doc.events if e.type == "SANCTION"]


def test_a_participle_telling_the_act_is_still_an_arrest():
    doc = coded("Во Србија вчера беа уапсени тројца новинари.", [SERBIA])
    assert only(doc, "COERCE").status == "asserted"


def test_sharing_a_view_in_the_present_is_no_agreement():
    doc = coded("„Со Србија одлично се согласуваме“, рече Никола Петров.", [SERBIA, PETROV], quotes=True)
    assert not [e for e in doc.events if e.type == "AGREE"]


def test_agreeing_in_the_past_is_still_an_agreement():
    doc = coded("Србија и Македонија се согласија да ја отворат границата.", [SERBIA, MACEDONIA])
    assert only(doc, "AGREE").status == "asserted"


def test_talks_that_set_the_scene_of_a_statement_are_no_meeting():
    doc = coded("Во разговорите со Никола Петров, министерот на Србија ја истакна важноста на реформите.", [PETROV, SERBIA])
    assert not [e for e in doc.events if e.type == "CONSULT"]


def test_talks_told_as_held_are_still_a_meeting():
    doc = coded("Никола Петров водеше разговори со министерот на Србија.", [PETROV, SERBIA])
    assert [e for e in doc.events if e.type == "CONSULT"]


def test_an_act_only_possible_or_left_undone_is_no_event():
    doc = coded("Србија би можела да ја нападне Македонија.", [SERBIA, MACEDONIA])
    assert not [e for e in doc.events if e.type == "ASSAULT"]
    doc = coded("Србија може да го добие статусот без да ги уапси бегалците од Македонија.", [SERBIA, MACEDONIA])
    assert not [e for e in doc.events if e.type == "COERCE"]


def test_an_act_a_denied_expectation_or_belief_governs_is_no_event():
    doc = coded("Аналитичарите не очекуваат Србија да се согласи на отстапки кон Косово.", [SERBIA, KOSOVO])
    assert doc.events == []
    doc = coded("Не верувам дека Србија ќе се сретне со Косово пред изборите.", [SERBIA, KOSOVO])
    assert doc.events == []
    # an expectation not denied still announces it
    doc = coded("Аналитичарите очекуваат Србија да се сретне со Косово.", [SERBIA, KOSOVO])
    assert [e.type for e in doc.events] == ["AGREE"]


def test_a_chance_or_a_concession_opening_the_clause_tells_no_act_negated_or_not():
    doc = coded("Србија се подготвува за можноста да не се постигне договор со Косово.", [SERBIA, KOSOVO])
    assert doc.events == []
    doc = coded("Дури и кога Србија ќе го признае Косово, спорот ќе остане.", [SERBIA, KOSOVO])
    assert doc.events == []
    # a deal not reached is told, negated
    assert only(coded("Србија и Косово не постигнаа договор.", [SERBIA, KOSOVO]), "AGREE").status == "negated"


def test_an_attack_in_a_golf_report_is_no_assault():
    doc = coded("Во голф, Србија ја нападна Македонија со три удари.", [SERBIA, MACEDONIA])
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_a_power_to_act_is_no_act():
    doc = coded("Србија нема моќ да ја нападне Македонија.", [SERBIA, MACEDONIA])
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_support_as_a_poll_figure_is_no_event():
    doc = coded("Владата на Србија има поддршка од само 2 отсто во анкетата.", [SERBIA])
    assert not [e for e in doc.events if e.type == "SUPPORT"]
    doc = coded("Македонија изрази поддршка за Србија.", [SERBIA, MACEDONIA])
    assert only(doc, "SUPPORT").status == "asserted"


def test_a_tour_of_a_town_at_home_is_no_meeting():
    bitola = Ent(("Битола",), country="MKD")
    doc = coded("Никола Петров вчера го посети Битола.", [PETROV, bitola])
    assert not [e for e in doc.events if e.type == "CONSULT"]


def test_a_visit_to_a_town_abroad_is_still_a_visit():
    nis = Ent(("Ниш",), country="SRB")
    doc = coded("Никола Петров вчера го посети Ниш.", [PETROV, nis])
    assert only(doc, "CONSULT").recipient == ["E2"]


def test_a_rule_forbidding_an_act_is_no_act():
    doc = coded("Србија смета дека е нелегално да ја нападне Македонија.", [SERBIA, MACEDONIA])
    assert not [e for e in doc.events if e.type == "ASSAULT"]
    doc = coded("Србија смета дека е нелегално што ја нападна Македонија.", [SERBIA, MACEDONIA])
    assert only(doc, "ASSAULT").status == "asserted"


def test_criticism_someone_faces_is_no_event():
    doc = coded("Владата на Србија се соочи со остри критики од Македонија.", [SERBIA, MACEDONIA])
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_criticism_voiced_is_still_an_accusation():
    doc = coded("Македонија упати остри критики кон Србија.", [SERBIA, MACEDONIA])
    assert only(doc, "ACCUSE").status == "asserted"


def test_a_request_after_a_role_and_its_apposed_name_is_the_persons():
    doc = coded("Генералниот секретар на ОН, Антонио Гутереш, побара итен прекин на огнот во регионот.",
                [Ent(("ОН",), "ORG", "UNO", "IGO"), Ent(("Антонио Гутереш",), "PER", "UNO", "IGO")])
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.actor) == [("UNO", "IGO")] and ev.recipient == []


def test_a_name_after_a_comma_is_the_holder_of_the_role_the_preposition_governs():
    doc = coded("Премиерот Марко Петров денеска се сретна со претседателот на Европскиот совет, Антонио Коста.",
                [Ent(("Марко Петров",), "PER", "MKD", "GOV"), Ent(("Европскиот совет",), "ORG", "EUR", "IGO"),
                 Ent(("Антонио Коста",), "PER", "EUR", "IGO")])
    ev = only(doc, "CONSULT")
    assert sorted(ev.actor + ev.recipient) == ["E1", "E3"]
    assert [e.name for e in doc.entities] == ["Марко Петров", "Европскиот совет", "Антонио Коста"]


def test_a_name_after_a_comma_that_ends_a_roles_complement_of_another_noun_is_not_governed():
    doc = coded("Претседателот на претседателството на БиХ, Марко Петровиќ, им честиташе на војниците.",
                [Ent(("БиХ",), country="BIH"), Ent(("Марко Петровиќ",), "PER", "BIH", "GOV")])
    assert only(doc, "SUPPORT").actor == ["E2"]


def test_the_name_after_the_verb_of_a_relative_clause_with_an_object_clitic_is_its_subject():
    doc = coded("Марко Петров се сретна со Иван Иванов. Двајцата разговараа за измените што ги бара Бугарија.",
                [Ent(("Марко Петров",), "PER", "MKD", "GOV"), Ent(("Иван Иванов",), "PER", "BGR", "GOV"),
                 Ent(("Бугарија",), country="BGR")])
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E3"] and ev.recipient == []
    asked = coded("Преговорите се водат за гаранциите што ги бара Украина од САД.",
                  [Ent(("Украина",), country="UKR"), Ent(("САД",), country="USA")])
    ev = only(asked, "REQUEST")
    assert codes(asked, ev.actor) == [("UKR", None)] and codes(asked, ev.recipient) == [("USA", None)]


def test_a_disastrous_or_failed_policy_in_a_reported_statement_is_criticism():
    doc = coded("Лидерот на СДСМ, Марко Петров, изјави дека Владата води катастрофална надворешна политика.",
                [Ent(("СДСМ",), "ORG", "MKD", "PTY"), Ent(("Марко Петров",), "PER", "MKD", "PTY"),
                 Ent(("Владата",), "ORG", "MKD", "GOV")], quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E2"] and codes(doc, ev.recipient) == [("MKD", "GOV")] and ev.rule.startswith("accuse.reported_criticism")


def test_a_bodys_seat_that_a_statement_lays_an_obligation_on_is_the_body():
    doc = coded("Премиерот Марко Петров оцени дека Брисел мора да ги почитува националните интереси.",
                [Ent(("Марко Петров",), "PER", "MKD", "GOV"), Ent(("Брисел",), country="BEL")], quotes=True)
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E1"] and codes(doc, ev.recipient) == [("EUR", "IGO")]


def test_blame_in_a_government_members_statement_is_not_of_his_own_government():
    own = coded("Премиерот Марко Петров изјави дека Владата нема да ги менува измените под диктат.",
                [Ent(("Марко Петров",), "PER", "MKD", "GOV"), Ent(("Владата",), "ORG", "MKD", "GOV")], quotes=True)
    assert [e.type for e in own.events] == []
    opposition = coded("Лидерот на опозицијата Иван Иванов изјави дека Владата води политика под диктат.",
                       [Ent(("Иван Иванов",), "PER", "MKD", "PTY"), Ent(("Владата",), "ORG", "MKD", "GOV")], quotes=True)
    assert only(opposition, "ACCUSE").recipient == ["E2"]


def test_blame_of_the_unnamed_opposition_in_a_reported_statement_is_criticism_of_it():
    doc = coded("ВМРО-ДПМНЕ соопшти дека опозицијата шири лаги за економијата.",
                [Ent(("ВМРО-ДПМНЕ",), "ORG", "MKD", "PTY")], quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and codes(doc, ev.recipient) == [("MKD", "PTY")]


def test_a_feminine_representative_of_a_body_before_her_name_is_one_meeting_participant():
    doc = coded("Муцунски разговараше во Брисел со високата претставничка на ЕУ Каја Калас за проширувањето.",
                [Ent(("Муцунски",), "PER", "MKD", "GOV"), Ent(("Брисел",), country="BEL"),
                 Ent(("ЕУ",), "ORG", "EUR", "IGO"), Ent(("Каја Калас",), "PER", "EUR", "IGO")])
    ev = only(doc, "CONSULT")
    assert sorted(codes(doc, ev.actor + ev.recipient)) == [("EUR", "IGO"), ("MKD", "GOV")]
    assert doc.entities[3].id in ev.actor + ev.recipient  # the person, not only her body


def test_a_refusal_to_accept_is_reject_not_a_negated_agreement():
    doc = coded("Мицкоски рече дека Владата нема да ги прифати условите на Бугарија.",
                [Ent(("Мицкоски",), "PER", "MKD", "GOV"), Ent(("Владата",), "ORG", "MKD", "GOV"),
                 Ent(("Бугарија",), country="BGR")])
    ev = only(doc, "REJECT")
    assert ev.status == "asserted" and codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("BGR", None)]
    assert not [e for e in doc.events if e.type == "AGREE"]


def test_the_news_agency_that_reports_a_refusal_is_not_its_recipient():
    doc = coded("Властите во Приштина го одбија барањето, јави Ројтерс.",
                [Ent(("Приштина",), country="KOS"), Ent(("Ројтерс",), "ORG", "GBR", "JRN")])
    assert only(doc, "REJECT").recipient == []


def test_mayors_congratulated_in_the_dative_are_the_unnamed_recipients():
    doc = coded("Мицкоски им честиташе на новоизбраните градоначалници.", [Ent(("Мицкоски",), "PER", "MKD", "GOV")])
    ev = only(doc, "SUPPORT")
    assert ev.actor == ["E1"] and codes(doc, ev.recipient) == [("MKD", "GOV")]


def test_a_person_named_with_a_quoted_label_of_blame_is_the_one_blamed():
    doc = coded("Додик го нарече високиот претставник Кристијан Шмит „нелегитимен странец“.",
                [Ent(("Додик",), "PER", "BIH", "GOV"), Ent(("Кристијан Шмит",), "PER", "IGO", "IGO")], quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.trigger.text == "нарече"


def test_a_criminal_complaint_against_an_unnamed_official_has_that_official_as_recipient():
    doc = coded("Левица поднесе кривична пријава против министерот за животна средина.",
                [Ent(("Левица",), "ORG", "MKD", "PTY")])
    ev = only(doc, "ACCUSE")
    assert ev.trigger.text == "кривична пријава" and codes(doc, ev.recipient) == [("MKD", "GOV")]


def test_a_sentence_encloses_an_unnamed_convict():
    doc = coded("Кривичниот суд во Скопје го осуди поранешниот министер на пет години затвор.",
                [Ent(("Кривичниот суд во Скопје",), type="ORG", country="MKD", sector="JUD")])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.actor) == [("MKD", "JUD")]
    assert codes(doc, ev.recipient) == [("MKD", "GOV")]  # `поранешниот министер`, inside `осуди … затвор`


def test_an_unnamed_collective_takes_the_country_of_its_na_or_od_phrase():
    doc = coded("Полицијата вчера уапси двајца државјани на Албанија кај граничниот премин. "
                "Полицијата приведе тројца активисти од Косово.",
                [MACEDONIA, Ent(("Албанија",), country="ALB"), KOSOVO,
                 Ent(("Полицијата",), type="ORG", country="MKD", sector="COP")])
    arrest, detention = doc.events
    assert codes(doc, arrest.recipient) == [("ALB", "CVL")]
    assert codes(doc, detention.recipient) == [("KOS", "CVL")]


def test_a_demonym_object_is_the_target_before_a_name_in_the_next_clause():
    doc = coded("Македонија ја осуди руската агресија врз Украина и се приклучи на санкциите на ЕУ.",
                [MACEDONIA, Ent(("руската",), country="RUS", kind="demonym"), Ent(("Украина",), country="UKR"),
                 Ent(("ЕУ",), type="ORG", country="EUR", sector="IGO")])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.recipient) == [("RUS", None)]


def test_a_plural_clitic_asks_the_names_before_not_the_name_in_the_demand():
    doc = coded("Зеленски разговараше со Мерц и Макрон во Берлин. Тој ги повика да воведат нови санкции против Русија.",
                [Ent(("Зеленски",), type="PER", country="UKR", sector="GOV"), Ent(("Мерц",), type="PER", country="DEU", sector="GOV"),
                 Ent(("Макрон",), type="PER", country="FRA", sector="GOV"), Ent(("Берлин",), country="DEU"),
                 Ent(("Русија",), country="RUS")])
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.actor) == [("UKR", "GOV")]
    assert codes(doc, ev.recipient) == [("DEU", "GOV"), ("FRA", "GOV")]  # not Russia, what the sanctions are against


def test_an_announced_alliance_is_agree_of_both_states():
    doc = coded("Србија и Унгарија ќе формираат заеднички воен сојуз.", [SERBIA, Ent(("Унгарија",), country="HUN")])
    ev = only(doc, "AGREE")
    assert sorted(codes(doc, ev.actor)) == [("HUN", None), ("SRB", None)] and ev.recipient == []
    assert ev.trigger.text == "формираат заеднички воен сојуз"


def test_an_unknown_court_takes_the_country_of_the_place_in_its_name():
    doc = coded("Судот во Софија го осуди македонскиот државјанин на три години затвор.",
                [Ent(("Софија",), country="BGR"), Ent(("Судот во Софија",), type="ORG"),
                 Ent(("македонскиот",), country="MKD", kind="demonym")])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.actor) == [("BGR", None)]  # not left without a country on the tie of Bulgaria and Macedonia
    assert codes(doc, ev.recipient) == [("MKD", "CVL")]


def test_releasing_someone_charged_is_an_acquittal_of_that_person():
    doc = coded("Грчкиот суд го ослободи македонскиот возач обвинет за шверц на мигранти.",
                [Ent(("Грчкиот суд",), type="ORG", country="GRC", sector="JUD"),
                 Ent(("македонскиот",), country="MKD", kind="demonym")])
    ev = only(doc, "CONCEDE")
    assert codes(doc, ev.actor) == [("GRC", "JUD")]
    assert codes(doc, ev.recipient) == [("MKD", "CVL")]  # `македонскиот возач`
    assert [e.type for e in doc.events] == ["CONCEDE"]  # `обвинет` describes him: no accusation by the court


def test_an_extradition_by_izruchi_goes_to_the_state_after_vo():
    doc = coded("Германија го изручи во Македонија лицето осудено за измама.", [Ent(("Германија",), country="DEU"), MACEDONIA])
    ev = only(doc, "COOPERATE")
    assert codes(doc, ev.actor) == [("DEU", None)] and codes(doc, ev.recipient) == [("MKD", None)]


def test_barring_entry_is_reject_of_the_person_barred():
    doc = coded("Владата на Косово му забрани влез на српскиот министер Петар Петковиќ.",
                [KOSOVO, Ent(("Петар Петковиќ",), type="PER", country="SRB", sector="GOV")])
    ev = only(doc, "REJECT")
    assert codes(doc, ev.actor) == [("KOS", "GOV")] and codes(doc, ev.recipient) == [("SRB", "GOV")]
    assert not [e for e in doc.events if e.type == "COERCE"]


def test_prosecutors_seeking_a_sentence_accuse_the_defendant():
    doc = coded("Обвинителството на Албанија побара затворска казна од десет години за поранешниот претседател Илир Мета.",
                [Ent(("Албанија",), country="ALB"), Ent(("Илир Мета",), type="PER", country="ALB", sector="ELI")])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "allege"
    assert codes(doc, ev.actor) == [("ALB", "JUD")] and codes(doc, ev.recipient) == [("ALB", "ELI")]
    assert not [e for e in doc.events if e.type == "REQUEST"]


def test_defendants_inside_a_sentence_are_its_recipients():
    doc = coded("Кривичниот суд ги осуди петмината обвинети за убиството на тинејџерот на вкупно 60 години затвор.",
                [MACEDONIA, Ent(("Кривичниот суд",), type="ORG", country="MKD", sector="JUD")])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.recipient) == [("MKD", "CRM")]  # `обвинети`, defendants


def test_a_passive_conviction_is_by_an_unnamed_court():
    doc = coded("Апелациониот суд ја потврди пресудата со која поранешниот директор на Агенцијата беше осуден на шест "
                "години затвор.", [MACEDONIA, Ent(("Агенцијата",), type="ORG", country="MKD", sector="GOV")])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.actor) == [("MKD", "JUD")]


def test_a_criminal_complaint_against_an_unnamed_official():
    doc = coded("Обвинителството поднесе кривична пријава против поранешниот министер за финансии.",
                [MACEDONIA, Ent(("Обвинителството",), type="ORG", country="MKD", sector="JUD")])
    ev = only(doc, "ACCUSE")
    assert ev.trigger.text == "кривична пријава"
    assert codes(doc, ev.actor) == [("MKD", "JUD")] and codes(doc, ev.recipient) == [("MKD", "GOV")]


def test_a_pronoun_coordinated_with_a_name_is_the_person_before():
    doc = coded("Ана Брнабиќ пристигна во Тирана. Таа и Бериша се согласија за потребата од борба против криминалот.",
                [Ent(("Ана Брнабиќ",), type="PER", country="SRB", sector="LEG"), Ent(("Тирана",), country="ALB"),
                 Ent(("Бериша",), type="PER", country="ALB", sector="PTY")])
    ev = only(doc, "AGREE")
    assert codes(doc, ev.actor) == [("SRB", "LEG"), ("ALB", "PTY")]


def test_a_plural_clitic_call_never_asks_the_name_in_the_demand():
    doc = coded("Зеленски се обрати на сојузниците на самитот. Тој ги повика да воведат нови санкции против Русија.",
                [Ent(("Зеленски",), type="PER", country="UKR", sector="GOV"), Ent(("Русија",), country="RUS")])
    ev = only(doc, "REQUEST")
    assert ev.recipient == []  # the allies are no name; Russia is what the sanctions are against


def test_a_name_after_a_demonym_role_coordinated_with_a_name_is_one_participant():
    doc = coded("Муцунски и грчкиот министер за надворешни работи Ѓоргос Герапетритис разговараа во Атина.",
                [Ent(("Муцунски",), type="PER", country="MKD", sector="GOV"),
                 Ent(("грчкиот",), country="GRC", kind="demonym"),
                 Ent(("Ѓоргос Герапетритис",), type="PER", country="GRC", sector="GOV"), Ent(("Атина",), country="GRC")])
    ev = only(doc, "CONSULT")
    assert sorted(codes(doc, ev.actor + ev.recipient)) == [("GRC", "GOV"), ("MKD", "GOV")]


def test_on_a_tie_the_document_is_about_the_country_named_first():
    doc = coded("Скопје. Американскиот амбасадор ја пофали Владата за реформите.",
                [Ent(("Скопје",), country="MKD"), Ent(("Американскиот",), country="USA", kind="demonym"),
                 Ent(("Владата",), type="ORG")])
    ev = only(doc, "SUPPORT")
    assert codes(doc, ev.actor) == [("USA", "GOV")]
    assert codes(doc, ev.recipient) == [("MKD", None)]  # the unknown government: the dateline's country


def test_the_source_of_a_passive_arrest_is_not_its_patient():
    doc = coded("Уапсени се двајца државјани на Косово осомничени за шверц, соопшти МВР.",
                [MACEDONIA, KOSOVO, Ent(("МВР",), type="ORG", country="MKD", sector="COP")], quotes=True)
    ev = only(doc, "COERCE")
    assert codes(doc, ev.recipient) == [("KOS", "CVL")]  # `државјани на Косово`, not the ministry that reports it


def test_a_charge_raised_in_the_passive_is_by_unnamed_prosecutors():
    doc = coded("Против поранешниот министер е подигнато обвинение за злоупотреба на службената положба.", [MACEDONIA])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [("MKD", "JUD")]  # (the story names no state: the home state's)


def test_an_unnamed_collective_after_a_preposition_and_two_modifiers():
    doc = coded("Полицијата поднесе кривична пријава против двајца поранешни министри.",
                [Ent(("Полицијата",), type="ORG", country="MKD", sector="COP")])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.recipient) == [("MKD", "GOV")]


def test_a_collective_noun_right_before_a_name_is_its_title():
    doc = coded("САД воведоа санкции против српската нафтена компанија НИС.",
                [Ent(("САД",), country="USA"), Ent(("српската",), country="SRB", kind="demonym"),
                 Ent(("НИС",), type="ORG", country="SRB", sector="BUS")])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.recipient) == [("SRB", "BUS")]  # НИС, not an unnamed American company


def test_a_demonym_reaches_its_head_noun_past_an_adjective():
    doc = coded("САД воведоа санкции против руски нафтени компании.",
                [USA, Ent(("руски",), country="RUS", kind="demonym")])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.recipient) == [("RUS", "BUS")]


def test_an_imf_arrangement_approved_is_economic_aid():
    imf = Ent(("Меѓународниот монетарен фонд",), "ORG", "IGO", "IGO")
    doc = coded("Меѓународниот монетарен фонд ѝ одобри на Северна Македонија аранжман од 520 милиони евра.",
                [imf, Ent(("Северна Македонија",), country="MKD")])
    ev = only(doc, "AID")
    assert ev.mode == "economic" and codes(doc, ev.recipient) == [("MKD", None)]


def test_a_fronted_phrase_does_not_reach_past_the_verb():
    # `против` governs `поранешниот министер`; the organ named after `поднесе` is the subject
    doc = coded("Кривична пријава против поранешниот министер поднесе Обвинителството на Косово.", [KOSOVO])
    ev = only(doc, "ACCUSE")
    assert [c for c, _ in codes(doc, ev.actor)] == ["KOS"]


def test_a_hunger_strike_begun_by_the_same_protesters_is_a_new_act():
    doc = coded("Студентите протестираа против зголемувањето на школарините. Студентите потоа започнаа штрајк со глад.", [])
    assert [(e.type, e.mode) for e in doc.events] == [("PROTEST", "demo"), ("PROTEST", "hunger")]


def test_a_visit_to_a_city_where_a_host_was_met_is_aimed_at_the_host_alone():
    doc = document("Премиерот Петар Петров допатува во Берлин, каде се сретна со канцеларот Фридрих Мерц.",
                   [Ent(("Петар Петров",), "PER", "MKD", "GOV"), Ent(("Берлин",), country="DEU"),
                    Ent(("Фридрих Мерц",), "PER", "DEU", "GOV")])
    doc.entities[1].kb_id = "gpe:city:berlin"  # a city the knowledge base knows, not a state
    doc = EventStep("mk")(doc)
    ev = only(doc, "CONSULT")
    assert ev.actor == ["E1"] and ev.recipient == ["E3"] and ev.location == "E2"


def test_a_threat_to_cut_ties_with_a_state_threatens_that_state():
    states = [Ent(("Иран",), country="IRN"), Ent(("Израел",), country="ISR")]
    ev = only(coded("Иран се закани дека ќе ги прекине односите со Израел.", states), "THREATEN")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_a_further_promised_delivery_is_a_second_event_but_a_restated_one_is_not():
    states = [Ent(("Германија",), country="DEU"), Ent(("Украина",), country="UKR")]
    further = coded("Германија ќе испрати системи за противвоздушна одбрана во Украина. "
                    "Германија ќе испрати и муниција за артилерија во Украина.", states)
    assert [(e.type, e.actor, e.recipient) for e in further.events] == [("AGREE", ["E1"], ["E2"])] * 2
    restated = coded("Германија ќе испрати системи за противвоздушна одбрана во Украина. "
                     "Министерот потврди дека Германија ќе испрати системи за противвоздушна одбрана во Украина.", states)
    assert len(only(restated, "AGREE").also_triggers) == 1
    # `и` that joins clauses tells no further act (`… и ние сме навикнати`)
    joined = coded("Германија ја поддржа Украина. Германија ја поддржа и ние тоа го поздравуваме.", states)
    assert len(only(joined, "SUPPORT").also_triggers) >= 1


def test_a_dropped_subject_in_a_reported_statement_is_the_resolved_speaker():
    people = [Ent(("Петар Петров",), "PER", "MKD", "GOV"), Ent(("Ана Новак",), "PER", "SVN", "GOV")]
    doc = coded("Премиерот Петар Петров вчера ја посети Охрид. "
                "Тој додаде дека во четвртокот ќе се сретне со министерката Ана Новак.", people, quotes=True)
    ev = only(doc, "AGREE")  # a meeting announced: AGREE (guidelines), by the speaker `Тој` stands for
    assert "E1" in ev.actor and "E2" in ev.actor + ev.recipient
    # a named subject in the statement keeps the act (`дека министерката ќе …`)
    named = coded("Премиерот Петар Петров додаде дека министерката Ана Новак ќе се сретне со градоначалникот во четвртокот.",
                  people, quotes=True)
    assert only(named, "AGREE").actor[0] == "E2"


def test_a_first_person_verb_in_a_quote_is_the_speakers_act_not_a_name_of_the_sentence():
    ents = [Ent(("Петар Петров",), "PER", "MKD", "GOV"), CROATIA, Ent(("ЕУ",), "ORG", "EUR", "IGO")]
    doc = coded("„Откако Хрватска ја продолжи блокадата, ќе бараме поддршка од ЕУ“, рече Петар Петров.", ents, quotes=True)
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E1"] and ev.recipient == ["E3"]


def test_blame_of_a_bodys_seat_in_a_statement_is_of_the_body():
    doc = coded("Премиерот Марко Петров изјави дека Брисел ги уценува граѓаните со европските фондови.",
                [Ent(("Марко Петров",), "PER", "HUN", "GOV"), Ent(("Брисел",), country="BEL")], quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and codes(doc, ev.recipient) == [("EUR", "IGO")]


def test_responsibility_and_disregard_in_a_statement_are_blame_and_the_word_of_duty_is_not():
    ents = [Ent(("Албан Краснићи",), "PER", "KOS", "GOV"), Ent(("Србија",), country="SRB")]
    responsible = coded("Премиерот Албан Краснићи рече дека Србија е одговорна за нападот на северот.", ents, quotes=True)
    ev = only(responsible, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.rule.startswith("accuse.reported_criticism")
    disregard = coded("Премиерот Албан Краснићи изјави дека Србија не ги почитува договорите од Брисел.", ents, quotes=True)
    assert only(disregard, "ACCUSE").recipient == ["E2"]
    duty = coded("Премиерот Албан Краснићи рече дека Србија ја презема одговорноста за преговорите.", ents, quotes=True)
    assert not [e for e in duty.events if e.type == "ACCUSE"]


def test_a_reliable_partner_in_a_statement_is_praise_of_that_partner():
    ents = [Ent(("Марко Петров",), "PER", "MKD", "GOV"), Ent(("Грција",), country="GRC"), Ent(("Македонија",), country="MKD")]
    doc = coded("Министерот Марко Петров рече дека Грција е сигурен партнер на Македонија.", ents, quotes=True)
    ev = only(doc, "SUPPORT")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.rule.startswith("support.reported_praise")
    supporters = coded("Министерот Марко Петров рече дека поддржувачите на Грција ќе дојдат на натпреварот.", ents, quotes=True)
    assert not [e for e in supporters.events if e.type == "SUPPORT"]


def test_a_denial_answers_the_accuser_not_the_speakers_own_state_nor_a_place():
    ents = [Ent(("Стефан Јовић",), "PER", "SRB", "GOV"), Ent(("Србија",), country="SRB"), Ent(("Приштина",), country="KOS"),
            Ent(("Јариње",))]
    doc = coded("„Србија нема никаква врска со нападот во Јариње, а Приштина повторно шири измислици“, рече министерот Стефан Јовић.",
                ents, quotes=True)
    ev = only(doc, "REJECT")
    assert ev.actor == ["E1"] and ev.recipient == ["E3"] and ev.rule.startswith("reject.reported_denial")
    unnamed = coded("„Србија нема никаква врска со нападот во Јариње“, рече министерот Стефан Јовић.", ents, quotes=True)
    assert not unnamed.events


def test_an_intent_denied_in_a_quote_is_an_announced_refusal_of_the_speakers_side():
    ents = [Ent(("Стефан Јовић",), "PER", "SRB", "GOV"), SERBIA, Ent(("Косово",), country="KOS")]
    doc = coded("„Србија нема намера да го признае Косово“, изјави претседателот Стефан Јовић.", ents, quotes=True)
    ev = only(doc, "REJECT")
    assert ev.status == "asserted" and codes(doc, ev.recipient) == [("KOS", None)] and "negated→REJECT" in ev.rule
    doc = coded("„Србија нема да го признае Косово“, изјави претседателот Стефан Јовић.", ents, quotes=True)
    assert only(doc, "REJECT").status == "asserted"


def test_a_future_act_denied_with_never_or_no_longer_is_a_refusal():
    ents = [Ent(("Стефан Јовић",), "PER", "SRB", "GOV"), SERBIA, Ent(("Косово",), country="KOS")]
    for said in ("Јовић изјави дека Србија нема никогаш да го признае Косово.",
                 "Јовић изјави дека Србија никогаш нема да го признае Косово.",
                 "Јовић изјави дека Србија нема веќе да го поддржува Косово.",
                 "Јовић изјави дека Србија нема ни да го признае Косово."):  # (`ни`: not even)
        doc = coded(said, ents)
        assert [e.type for e in doc.events] == ["REJECT"], said
    # (the twin: without `нема`, the same future act is announced)
    assert [e.type for e in coded("Јовић изјави дека Србија ќе го признае Косово.", ents).events] == ["AGREE"]


def test_a_denial_of_accusations_told_inside_the_statement_answers_their_author():
    ents = [Ent(("Албан Краснићи",), "PER", "KOS", "GOV"), Ent(("Белград",), country="SRB")]
    doc = coded("Премиерот Албан Краснићи изјави дека обвинувањата на Белград се целосно неточни.", ents, quotes=True)
    ev = only(doc, "REJECT")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.rule.startswith("reject.reported_denial+recipient:accuser")
    assert only(doc, "ACCUSE").actor == ["E2"]  # the accusation told stays
    repeated = coded("Премиерот Албан Краснићи изјави дека обвинувањата на Белград се повторуваат секоја недела.", ents, quotes=True)
    assert not [e for e in repeated.events if e.type == "REJECT"]


def test_blame_of_the_words_a_rejection_answers_is_of_the_one_rejected():
    ents = [Ent(("Албан Краснићи",), "PER", "KOS", "GOV"), Ent(("Стефан Јовић",), "PER", "SRB", "GOV")]
    doc = coded("Албан Краснићи ги отфрли обвинувањата на Стефан Јовић и рече дека тие се „чиста пропаганда“.", ents, quotes=True)
    assert only(doc, "REJECT").recipient == ["E2"]
    # a statement of another kind than the one the trigger tells; the accusation rejected, told nowhere before, is
    # Jović's own act (an accusation answered with its accuser named: train gold)
    ev = next(e for e in doc.events if e.type == "ACCUSE" and e.trigger.text == "рече")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and "recipient:answered" in ev.rule
    assert [e.actor for e in doc.events if e.type == "ACCUSE" and e.trigger.text == "обвинувањата"] == [["E2"]]
    praised = coded("Албан Краснићи го пофали Стефан Јовић, но рече дека минатата година тој зборуваше „пропаганда“.", ents,
                    quotes=True)
    assert not [e for e in praised.events if e.type == "ACCUSE" and "recipient:answered" in e.rule]


def test_blame_of_a_pronoun_in_a_statement_is_of_the_last_other_person_named():
    ents = [Ent(("Ана Илиевска",), "PER", "MKD", "PTY"), Ent(("Марко Петров",), "PER", "MKD", "GOV")]
    doc = coded("Пратеничката Ана Илиевска ја оцени работата на премиерот Марко Петров и рече дека тој „ја води земјата "
                "во погрешна насока“.", ents, quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and "recipient:pronoun" in ev.rule
    alone = coded("Пратеничката Ана Илиевска рече дека таа „не гледа погрешна насока“ во буџетот.", ents, quotes=True)
    assert not alone.events


def test_readiness_to_cooperate_in_a_statement_is_an_intention_agree():
    doc = coded("Министерот Марко Петров изјави дека Македонија е подготвена да ја поддржи Грција.",
                [Ent(("Марко Петров",), "PER", "MKD", "GOV"), MACEDONIA, Ent(("Грција",), country="GRC")], quotes=True)
    ev = only(doc, "AGREE")
    # (the readiness entry itself codes it since it lists `поддржи`)
    assert codes(doc, ev.actor) == [("MKD", None)] and codes(doc, ev.recipient) == [("GRC", None)] and ev.rule.startswith("agree.ready_to_act")


def test_praise_of_relations_with_a_state_in_a_statement_is_support_of_that_state():
    ents = [Ent(("Марко Петров",), "PER", "MKD", "GOV"), Ent(("Србија",), country="SRB")]
    doc = coded("„Одлично се согласуваме со Србија“, рече премиерот Марко Петров.", ents, quotes=True)
    ev = only(doc, "SUPPORT")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.rule.startswith("support.reported_praise")
    ties = coded("Премиерот Марко Петров рече дека Македонија има одлични односи со Србија.",
                 ents + [MACEDONIA], quotes=True)
    assert only(ties, "SUPPORT").recipient == ["E2"]


def test_a_threat_takes_no_target_from_the_foreign_place_where_its_blow_would_land():
    # the place is where the threatened strikes would fall, not whom the threat warns; the strikes themselves,
    # told as done, are aimed at the state where they fell
    ents = [Ent(("Анкара",), country="TUR"), Ent(("Сирија",), country="SYR")]
    threat = coded("Анкара се закани дека ќе ги продолжи ударите врз складиштата во северна Сирија.", ents)
    ev = only(threat, "THREATEN")
    assert ev.recipient == [] and "recipient:foreign_place" not in ev.rule
    strikes = coded("Анкара ги нападна складиштата во северна Сирија.", ents)
    ev = only(strikes, "ASSAULT")
    assert codes(strikes, ev.recipient) == [("SYR", None)] and "recipient:foreign_place" in ev.rule


def test_an_obligation_laid_on_the_country_is_laid_on_the_state_named_before():
    from vesnik.quotes import QuoteStep

    text = ("Комисијата го објави извештајот за Косово. „Земјата мора да ги забрза реформите во судството“, "
            "рече аналитичарот Арбен Гаши.")
    doc = document(text, [Ent(("Косово",), country="KOS"), Ent(("Арбен Гаши",), "PER", "KOS", "CVL")])
    doc.entities[0].kb_id = "gpe:KOS"  # a state of the knowledge base
    doc = EventStep("mk")(QuoteStep("mk")(doc))
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E2"] and ev.recipient == ["E1.GOV"] and "recipient:anaphora" in ev.rule


def test_breaking_agreements_in_a_statement_after_praise_is_blame_of_the_one_who_breaks_them():
    ents = [Ent(("Стефан Јовић",), "PER", "BIH", "GOV"), SERBIA, Ent(("Република Српска",), "GPE", "BIH"),
            Ent(("Сараево",), country="BIH")]
    doc = coded("„Србија е вистински пријател на Република Српска“, рече Стефан Јовић, додавајќи дека Сараево ги крши договорите.",
                ents, quotes=True)
    assert only(doc, "SUPPORT").recipient == ["E2"]
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E4"] and ev.rule.startswith("accuse.reported_criticism")


def test_hostility_and_insult_in_a_statement_are_blame():
    ents = [Ent(("Иван Петров",), "PER", "RUS", "GOV"), Ent(("Естонија",), country="EST"), Ent(("Русија",), country="RUS")]
    hostile = coded("Министерот Иван Петров изјави дека Естонија води непријателска политика кон Русија.", ents, quotes=True)
    ev = only(hostile, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.rule.startswith("accuse.reported_criticism")
    insult = coded("Министерот Иван Петров рече дека изјавите на Естонија се навредливи.", ents, quotes=True)
    assert only(insult, "ACCUSE").recipient == ["E2"]
    neutral = coded("Министерот Иван Петров изјави дека Естонија води независна политика кон Русија.", ents, quotes=True)
    assert not neutral.events


def test_thanks_in_a_statement_are_support_of_the_state_thanked_not_of_the_speakers_own():
    ents = [Ent(("Марко Петров",), "PER", "MKD", "GOV"), MACEDONIA, Ent(("Словенија",), country="SVN")]
    doc = coded("Премиерот Марко Петров рече дека Македонија е благодарна на Словенија за поддршката.", ents, quotes=True)
    ev = only(doc, "SUPPORT")
    assert ev.actor == ["E1"] and ev.recipient == ["E3"] and ev.rule.startswith("support.reported_praise")


def test_a_state_said_to_be_obliged_to_act_is_asked_to():
    ents = [Ent(("Марко Петров",), "PER", "MKD", "GOV"), Ent(("Грција",), country="GRC")]
    doc = coded("Премиерот Марко Петров рече дека Грција е должна да го почитува договорот.", ents, quotes=True)
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.rule.startswith("request.reported_obligation")
    bound = coded("Премиерот Марко Петров рече дека Грција е обврзана да го почитува договорот.", ents, quotes=True)
    assert only(bound, "REQUEST").recipient == ["E2"]


def test_a_sentence_to_prison_reaches_past_a_two_word_agency_name():
    doc = coded("Основниот суд денеска го осуди поранешниот директор на Управата за јавни приходи на Македонија на "
                "три години затвор.",
                [Ent(("Основниот суд",), "ORG", "MKD", "JUD"), Ent(("Управата за јавни приходи",), "ORG", "MKD", "GOV")])
    assert only(doc, "SANCTION").mode == "convict"


def test_a_federation_fining_clubs_is_a_sanction_of_the_unnamed_clubs():
    doc = coded("Ракометната федерација вчера ги казни двата клуба со по 5.000 евра.",
                [Ent(("Ракометната федерација",), "ORG", "MKD", "NGO")])
    ev = only(doc, "SANCTION")
    assert ev.actor == ["E1"] and codes(doc, ev.recipient) == [("MKD", "BUS")]
    assert not coded("Министерот најави строги казни за виновниците.", []).events


def test_an_od_phrase_after_an_unnamed_collective_is_where_its_people_come_from():
    doc = coded("Уапсени се тројца возачи од Струмица осомничени за шверц.",
                [Ent(("Струмица",), country="MKD")])
    ev = only(doc, "COERCE")
    assert codes(doc, ev.actor) == [("MKD", "COP")] and "E1" not in ev.actor


def test_seized_goods_in_the_passive_are_seized_by_the_unnamed_police():
    doc = coded("При претресите во Битола, Прилеп и Охрид биле запленети 20 килограми марихуана.",
                [Ent(("Битола",), country="MKD"), Ent(("Прилеп",), country="MKD"), Ent(("Охрид",), country="MKD")])
    ev = only(doc, "COERCE")  # `во Битола, Прилеп и Охрид`: all three where, none the seizer
    assert ev.mode == "seize" and codes(doc, ev.actor) == [("MKD", "COP")]


def test_the_police_telling_of_an_illegal_crossing_blame_no_one():
    police = Ent(("МВР",), "ORG", "MKD", "COP")
    doc = coded("Граничната полиција пресретна 20 мигранти од Сирија кои нелегално влегле од Грција, соопшти МВР.",
                [police, Ent(("Сирија",), country="SYR"), Ent(("Грција",), country="GRC")], quotes=True)
    assert not [e for e in doc.events if e.type == "ACCUSE"]
    doc = coded("Министерот Петар Петров изјави дека Грција нелегално ги враќа мигрантите.",
                [Ent(("Петар Петров",), "PER", "MKD", "COP"), Ent(("Грција",), country="GRC")], quotes=True)
    assert only(doc, "ACCUSE").mode == "disapprove"


def test_the_border_police_intercepting_migrants_is_coercion():
    doc = coded("Полицијата кај Куманово вчера пресретна 15 мигранти од Пакистан.",
                [Ent(("Куманово",), country="MKD"), Ent(("Пакистан",), country="PAK")])
    ev = only(doc, "COERCE")
    assert ev.mode == "arrest" and codes(doc, ev.actor) == [("MKD", "COP")]
    assert not coded("Претседателот ги пресретна гостите на аеродромот.", []).events


def test_no_intention_to_ask_negates_the_request():
    doc = coded("Министерот рече дека Владата нема намера да бара нов заем од Банката.",
                [Ent(("Владата",), "ORG", "MKD", "GOV"), Ent(("Банката",), "ORG", "IGO", "IGO")])
    assert only(doc, "REQUEST").status == "negated"


def test_more_aid_without_a_recipient_goes_where_the_aid_before_it_went():
    doc = coded("Грција испрати два авиони во Македонија за гаснење на пожарот. Хрватска испрати 20 пожарникари.",
                [Ent(("Грција",), country="GRC"), MACEDONIA, Ent(("Хрватска",), country="HRV")])
    aid = [e for e in doc.events if e.type == "AID"]
    assert [codes(doc, e.actor) for e in aid] == [[("GRC", None)], [("HRV", None)]]
    assert all(codes(doc, e.recipient) == [("MKD", None)] for e in aid)


def test_an_invitation_to_talks_is_an_agreement_to_meet_and_a_call_to_act_a_request_of_no_meet_mode():
    # guidelines (calls to talks): one who will sit at the table invites (CAMEO 036)
    doc = coded("Петар Петров ги повика синдикатите на нова средба за минималната плата.",
                [Ent(("Петар Петров",), "PER", "MKD", "GOV")])
    ev = only(doc, "AGREE")
    assert not [e for e in doc.events if e.type == "REQUEST"] and ev.actor == ["E1"] and codes(doc, ev.recipient) == [("MKD", "LAB")]
    doc = coded("Петар Петров ги повика синдикатите да го прекинат штрајкот пред средбата.",
                [Ent(("Петар Петров",), "PER", "MKD", "GOV")])
    assert only(doc, "REQUEST").mode != "meet"


def test_a_condition_before_the_comma_leaves_the_announced_act_after_it_a_threat():
    doc = coded("Ако Москва не ги повлече трупите, Унијата ќе воведе нови санкции против Русија.",
                [Ent(("Москва",), country="RUS"), Ent(("Унијата",), "ORG", "EUR", "IGO"), Ent(("Русија",), country="RUS")])
    ev = only(doc, "THREATEN")
    assert ev.actor == ["E2"] and codes(doc, ev.recipient) == [("RUS", None)]


def test_a_veto_held_out_until_the_other_side_acts_is_a_threat_but_a_while_clause_is_no_condition():
    states = [Ent(("Романија",), country="ROU"), Ent(("Молдавија",), country="MDA")]
    doc = coded("Романија ќе го блокира договорот додека Молдавија не ги исполни условите.", states)
    assert only(doc, "THREATEN").actor == ["E1"]
    doc = coded("Романија ќе го блокира договорот, додека Молдавија ги чека преговорите.", states)
    assert only(doc, "REJECT").status == "future"


def test_the_act_an_until_waits_for_is_a_condition_not_a_negated_act():
    states = [Ent(("Азербејџан",), country="AZE"), Ent(("Ереван",), country="ARM")]
    doc = coded("Азербејџан ќе ја продолжи блокадата сè додека Ереван не ги повлече своите трупи од границата.", states)
    assert [e.type for e in doc.events] == ["THREATEN"]
    # a `while` closed by a comma sets no condition: the withdrawal not done is told
    doc = coded("Додека траеја разговорите, Ереван не ги повлече своите трупи од границата.", states)
    assert only(doc, "RETREAT").status == "negated"


def test_a_strike_held_out_until_demands_are_met_is_a_threat():
    doc = coded("Синдикатот на лекарите ќе започне штрајк ако Владата не ги зголеми платите.",
                [Ent(("Синдикатот на лекарите",), "ORG", "MKD", "LAB"), Ent(("Владата",), "ORG", "MKD", "GOV")])
    ev = only(doc, "THREATEN")
    assert ev.actor == ["E1"]


def test_a_headline_telling_the_act_with_states_is_the_body_event_told_again():
    ents = [SERBIA, Ent(("ЕУ",), "ORG", "EUR", "IGO"), Ent(("Петар Петров",), "PER", "SRB", "GOV"),
            Ent(("Комисијата",), "ORG", "EUR", "IGO")]
    body = "Министерот Петар Петров денеска се сретна со претставници на Комисијата во Белград."
    doc = coded("Србија и ЕУ разговараат за енергетиката\n" + body, ents)
    assert len([e for e in doc.events if e.type == "CONSULT"]) == 1
    doc = coded("Србија и ЕУ денеска разговараа за енергетиката.\n" + body, ents)
    assert len([e for e in doc.events if e.type == "CONSULT"]) == 2  # a lead sentence, no headline


def test_a_participle_after_the_object_of_another_verb_describes_it_and_tells_no_verdict():
    doc = coded("Австрија го екстрадираше бегалецот осуден за разбојништво во Куманово.",
                [Ent(("Австрија",), country="AUT"), Ent(("Куманово",), country="MKD")])
    assert not [e for e in doc.events if e.type == "SANCTION"]
    doc = coded("Петар Петров осуден на пет години затвор", [Ent(("Петар Петров",), "PER", "MKD", "ELI")])
    assert only(doc, "SANCTION").recipient == ["E1"]  # a headline's verdict, no auxiliary


def test_an_unnamed_collective_in_a_text_naming_no_place_is_of_the_known_actors_one_state():
    doc = document("Синдикатите протестираа пред зградата. Организацијата на работодавачите го отфрли барањето.",
                   [Ent(("Организацијата на работодавачите",), "ORG", "MKD", "BUS")])
    doc.entities[0].kb_id = "org:mkd:orm"  # a known actor, the only state of the text
    doc = EventStep("mk")(doc)
    assert codes(doc, only(doc, "PROTEST").actor) == [("MKD", "LAB")]


def test_a_request_joined_to_an_act_by_a_coordinator_is_made_of_that_act_s_recipient():
    ents = [Ent(("Петар Петров",), "PER", "MKD", "GOV"), Ent(("Владата",), "ORG", "MKD", "GOV")]
    doc = coded("Градоначалникот Петар Петров ѝ се заблагодари на Владата, но побара дополнителни средства за мостовите.", ents)
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and "recipient:coordinated" in ev.rule
    # a request that stands alone still needs someone asked or a subject of its own
    alone = coded("Градоначалникот Петар Петров ѝ се заблагодари на Владата. Потоа планира да бара средства.", ents)
    assert [e.type for e in alone.events] == ["SUPPORT"]


def test_a_headline_s_event_told_again_in_the_body_is_one_event_at_the_body_s_telling():
    ents = [Ent(("Владата",), "ORG", "MKD", "GOV")]
    doc = coded("Илјадници работници протестираа пред Владата\n\n"
                "Неколку илјади наставници денеска протестираа пред Владата во Скопје, барајќи повисоки плати.", ents)
    ev = only(doc, "PROTEST")
    assert ev.sentence == 1 and [t.text for t in ev.also_triggers] == ["протестираа"]
    # a first sentence that ends in a full stop is no headline: two protests told apart stay two
    two = coded("Работниците протестираа пред Владата во понеделник. Наставниците протестираа пред Владата во среда.", ents)
    assert len([e for e in two.events if e.type == "PROTEST"]) == 2


def test_a_sentence_opened_by_a_bare_role_phrase_is_about_the_person_named_with_that_role():
    ents = [Ent(("Марко Марковски",), "PER", "MKD", "GOV"), Ent(("Ана Петрова",), "PER", "BGR", "GOV"),
            Ent(("Европската комисија",), "ORG", "EUR", "GOV")]
    doc = coded("Премиерот Марко Марковски се сретна со министерката Ана Петрова. "
                "Премиерот ја пофали Европската комисија.", ents)
    assert only(doc, "SUPPORT").actor == ["E1"]
    doc = coded("Премиерот Марко Марковски се сретна со министерката Ана Петрова. "
                "Министерката ја пофали Европската комисија.", ents)
    assert only(doc, "SUPPORT").actor == ["E2"]  # the role and its gender pick the person
    # a role no one was named with, or many holders of it, point to no one
    doc = coded("Премиерот Марко Марковски се сретна со Ана Петрова. Претседателката ја пофали Европската комисија.", ents)
    assert [e.type for e in doc.events if e.type == "SUPPORT"] == []


def test_a_bare_role_phrase_standing_for_a_named_person_is_a_mention_of_that_person():
    ents = [Ent(("Марко Марковски",), "PER", "MKD", "GOV"), Ent(("Европската комисија",), "ORG", "EUR", "GOV")]
    text = "Премиерот Марко Марковски допатува во Брисел. Премиерот ја пофали Европската комисија."
    doc = coded(text, ents)
    role = text.rindex("Премиерот")
    assert only(doc, "SUPPORT").actor == ["E1"]
    assert any(m.start == role and m.kind == "reference" for m in doc.entities[0].mentions)


def test_a_pair_phrase_is_a_mention_of_each_side_and_its_organ_head_makes_states_their_organs():
    ents = [Ent(("Марко Марковски",), "PER", "MKD", "GOV"), Ent(("Агим Гаши",), "PER", "KOS", "GOV")]
    doc = coded("Премиерот Марко Марковски се сретна со премиерот Агим Гаши во Скопје. "
                "Двајцата потпишаа договор за енергетика.", ents)
    assert only(doc, "SUPPORT").actor == ["E1", "E2"]
    assert all(any(m.text == "Двајцата" and m.kind == "reference" for m in e.mentions) for e in doc.entities)
    doc = coded("Хрватска и Србија разговараа за границата. Двете влади потпишаа договор за енергетика.", [CROATIA, SERBIA])
    assert codes(doc, only(doc, "SUPPORT").actor) == [("HRV", "GOV"), ("SRB", "GOV")]  # the governments, not the states


def test_two_people_told_after_a_state_side_are_its_leader_named_before():
    ents = [Ent(("Ана Петрова",), "PER", "MKD", "GOV"), CROATIA, Ent(("Иван Ковач", "Ковач"), "PER", "HRV", "GOV"),
            MACEDONIA, Ent(("Загреб",), country="HRV")]
    for pair in ("Двајцата претседатели", "Двајцата"):
        doc = coded("Претседателката Ана Петрова започна посета на Хрватска, каде што ја прими хрватскиот претседател "
                    "Иван Ковач. Ковач ја изрази поддршката на Загреб за членството на Македонија во ЕУ. "
                    f"{pair} потпишаа заедничка изјава за енергетика.", ents)
        assert sorted(next(e for e in doc.events if "actor:anaphora" in e.rule).actor) == ["E1", "E3"], pair


def test_talks_told_after_a_visit_between_its_sides_are_the_visit():
    ents = [Ent(("Марко Марковски",), "PER", "MKD", "GOV"), Ent(("Косово",), country="KOS"),
            Ent(("Агим Гаши",), "PER", "KOS", "GOV")]
    doc = coded("Министерот Марко Марковски денеска е во посета на Косово, каде што се сретна со премиерот Агим Гаши. "
                "Гаши и Марковски разговараа за енергетските врски.", ents)
    ev = only(doc, "CONSULT")
    assert ev.mode == "visit" and ev.actor == ["E1"] and len(ev.also_triggers) >= 1


def test_a_protest_the_police_guard_is_not_theirs():
    ents = [Ent(("Полицијата",), "ORG", "MKD", "COP"), Ent(("Синдикатот",), "ORG", "MKD", "LAB")]
    doc = coded("Полицијата го обезбедуваше протестот и немаше инциденти.", ents)
    assert [e for e in doc.events if e.type == "PROTEST" and e.actor == ["E1"]] == []
    doc = coded("Синдикатот го организираше протестот пред Собранието.", ents)
    assert only(doc, "PROTEST").actor == ["E2"]


def test_a_call_a_negated_verb_answers_is_still_the_call_made():
    ents = [Ent(("Петар Петров",), "PER", "MKD", "PTY"), Ent(("ВМРО-ДПМНЕ",), "ORG", "MKD", "PTY")]
    doc = coded("Петар Петров повика на протест. Од ВМРО-ДПМНЕ не одговорија на повикот на Петров.", ents)
    ev = only(doc, "REQUEST")
    assert ev.status == "asserted" and ev.actor == ["E1"]


def test_a_bare_role_noun_later_in_the_sentence_is_the_person_but_a_ministry_is_no_minister():
    ents = [Ent(("Марко Марковски",), "PER", "MKD", "GOV"), Ent(("СДСМ",), "ORG", "MKD", "PTY"),
            Ent(("Бугарија",), country="BGR")]
    doc = coded("СДСМ поднесе интерпелација за министерот Марко Марковски. "
                "Пратениците на СДСМ го обвинија министерот дека ја користи полицијата.", ents)
    accusations = [e for e in doc.events if e.type == "ACCUSE"]
    # the interpellation and the accusation are two acts against the same minister
    assert [(e.mode, e.recipient) for e in accusations] == [("disapprove", ["E1"]), ("allege", ["E1"])]
    doc = coded("Министерот Марко Марковски се сретна со колегите. Министерството ја осуди Бугарија.", ents)
    assert only(doc, "ACCUSE").actor != ["E1"]


def test_a_necessity_under_a_condition_asks_no_one():
    ents = [Ent(("Ана Русева",), "PER", "BGR", "GOV"), Ent(("Бугарија",), country="BGR"), Ent(("Македонија",), country="MKD")]
    doc = coded("Министерката Ана Русева истакна дека Бугарија може, доколку е потребно, да ги затвори премините кон Македонија.",
                ents, quotes=True)
    assert not [e for e in doc.events if e.mode == "change" and e.type == "REQUEST"]


def test_refusing_to_abide_by_decisions_is_reject_toward_their_author():
    envoy = Ent(("Шмит",), type="PER", country="IGO", sector="IGO")
    doc = coded("Република Српска нема да ги почитува одлуките на Шмит.",
                [Ent(("Република Српска",), country="BIH"), envoy])
    ev = only(doc, "REJECT")
    assert codes(doc, ev.actor) == [("BIH", None)] and codes(doc, ev.recipient) == [("IGO", "IGO")]


def test_refusing_to_lift_a_veto_is_reject_and_lifting_it_concede():
    bulgaria = Ent(("Бугарија",), country="BGR")
    doc = coded("Бугарија нема да го повлече ветото за Македонија.", [bulgaria, MACEDONIA])
    ev = only(doc, "REJECT")
    assert codes(doc, ev.actor) == [("BGR", None)] and codes(doc, ev.recipient) == [("MKD", None)]
    assert only(coded("Бугарија го повлече ветото за Македонија.", [bulgaria, MACEDONIA]), "CONCEDE")


def test_blocking_a_city_centre_is_a_protest_blockade():
    doc = coded("Студентите го блокираа центарот на Белград.", [Ent(("Белград",), country="SRB")])
    ev = only(doc, "PROTEST")
    assert ev.mode == "obstruct" and not [e for e in doc.events if e.type == "REJECT"]


def test_the_content_of_a_threat_is_not_also_blame():
    ents = [CROATIA, Ent(("Црна Гора",), country="MNE")]
    doc = coded("Хрватска се закани дека ќе го блокира пристапот на Црна Гора во ЕУ.", ents, quotes=True)
    ev = only(doc, "THREATEN")
    assert codes(doc, ev.actor) == [("HRV", None)] and codes(doc, ev.recipient) == [("MNE", None)]
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_a_meeting_without_which_is_negated_and_refusing_to_sit_down_is_reject_meet():
    ents = [Ent(("Курти",), "PER", "KOS", "GOV"), Ent(("Вучиќ",), "PER", "SRB", "GOV")]
    ev = only(coded("Курти и Вучиќ без средба во Брисел.", ents), "CONSULT")
    assert ev.status == "negated"
    ev = only(coded("Вучиќ рече дека нема да седне на маса со Курти.", ents), "REJECT")
    assert ev.mode == "meet" and ev.actor == ["E2"] and ev.recipient == ["E1"]


def test_persecution_in_a_statement_is_blame():
    ents = [Ent(("Вучиќ",), "PER", "SRB", "GOV"), Ent(("Приштина",), country="KOS")]
    ev = only(coded("Вучиќ рече дека Приштина ги прогонува Србите на северот.", ents, quotes=True), "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_two_names_joined_after_a_comma_open_a_clause_with_their_own_verb():
    ents = [Ent(("Додик",), "PER", "BIH", "GOV"), Ent(("САД",), country="USA"), Ent(("ЕУ",), "ORG", "EUR", "IGO")]
    ev = only(coded("Додик осуден, САД и ЕУ бараат почитување на Дејтон.", ents), "REQUEST")
    assert ev.actor == ["E2", "E3"]


def test_a_subject_of_its_own_after_and_opens_a_clause():
    # `и косовските власти уапсија`: the second verb is the authorities', and they are no
    # recipient of the first act
    doc = coded("Србија ги отфрли обвинувањата и косовските власти уапсија двајца Срби.",
                [SERBIA, KOSOVO, Ent(("косовските",), country="KOS", kind="demonym"), Ent(("Срби",), country="SRB", kind="demonym")])
    assert only(doc, "REJECT").recipient == []
    assert [country for country, _ in codes(doc, only(doc, "COERCE").actor)] == ["KOS"]
    # a name with an object clitic and its verb after `и` too: the approval's recipient is not in that clause
    doc = coded("Банката ги одобри средствата за центарот во Осиек, Хрватска и Србија го презеде претседавањето со ЦЕФТА.",
                [CROATIA, SERBIA, Ent(("Банката",), "ORG", "IGO", "BUS"), Ent(("ЦЕФТА",), "ORG", "IGO", "IGO")])
    assert "E4" not in only(doc, "AID").recipient
    # a compound subject with no verb before `и` stays one
    doc = coded("Владата на Косово и опозицијата се согласија за датумот на изборите.", [KOSOVO])
    assert [country for country, _ in codes(doc, only(doc, "AGREE").actor)] == ["KOS", "KOS"]  # both of them


def test_a_time_clause_opening_the_sentence_ends_at_its_comma():
    # the collective of `Откако …,` is no subject of the main clause's verb
    doc = coded("Откако медиумите ги исмеаја изјавите, портпаролот на армијата, генерал Марко Марковски, "
                "негираше дека недостигот на пари е причината.", [Ent(("Марко Марковски",), "PER", "TUR", "MIL")])
    assert codes(doc, only(doc, "REJECT").actor) == [("TUR", "MIL")]


def test_a_pair_referred_back_to_acts_on_the_date_of_their_meeting():
    ents = [Ent(("Рама",), "PER", "ALB", "GOV"), Ent(("Мицотакис",), "PER", "GRC", "GOV")]
    doc = coded("Рама во понеделник се сретна со Мицотакис. Двајцата лидери потпишаа меморандум за соработка.",
                ents, published="2026-02-12")
    assert only(doc, "CONSULT").date == "2026-02-09"
    ev = only(doc, "SUPPORT")
    assert sorted(ev.actor) == ["E1", "E2"] and ev.date == "2026-02-09"


def test_supporters_gathering_in_a_city_is_a_demonstration_and_guests_are_not():
    ents = [Ent(("Бања Лука",), country="BIH"), Ent(("Додик",), "PER", "BIH", "GOV")]
    ev = only(coded("Во Бања Лука вечерта се собраа илјадници приврзаници на Додик.", ents), "PROTEST")
    assert ev.mode == "demo"
    assert not coded("Во Бања Лука се собраа стотици гости на свеченоста.", ents).events


def test_a_role_no_one_named_holds_is_an_unnamed_office_holder_of_the_documents_country():
    doc = coded("Скопје, 12 март 2025 – Министерката за здравство поднесе оставка во понеделникот.",
                [Ent(("Скопје",), country="MKD")])
    resign = only(doc, "RETREAT")
    assert codes(doc, resign.actor) == [("MKD", "GOV")]
    assert "Министерката" in {e.name for e in doc.entities if e.id in resign.actor}


def test_an_office_holder_with_a_seat_after_во_is_of_the_seats_country_and_a_judge_is_one():
    doc = coded("Обвинителот во Ниш отвори истрага против осомничениот. Судијата му определи притвор од 30 дена.",
                [Ent(("Ниш",), country="SRB")])
    inquiry, detention = only(doc, "ACCUSE"), only(doc, "COERCE")
    assert codes(doc, inquiry.actor) == [("SRB", "JUD")]  # the seat is where the office sits, not its owner
    assert codes(doc, detention.actor)[0][1] == "JUD"


def test_an_office_holder_whose_body_follows_во_is_the_bodys_holder_and_acts():
    court = Ent(("Основниот кривичен суд Струмица",), "ORG", "MKD", "JUD")
    doc = coded("Судијата за претходна постапка во Основниот кривичен суд Струмица определи притвор за двајцата "
                "осомничени.", [court])
    detention = only(doc, "COERCE")
    assert codes(doc, detention.actor) == [("MKD", "JUD")]  # the unnamed judge, not dropped for the court's name
    assert detention.actor != ["E1"]
    # a person named in the phrase is still its holder
    judge = Ent(("Мирјана Колевска",), "PER", "MKD", "JUD")
    doc = coded("Судијата во Основниот кривичен суд Струмица Мирјана Колевска определи притвор за осомничениот.",
                [court, judge])
    assert only(doc, "COERCE").actor == ["E2"]


def test_they_after_a_sentence_whose_one_plural_collective_coded_nothing_is_that_collective():
    doc = coded("Реформите мора да продолжат, рекоа европарламентарците. Тие, исто така, ја повикаа Србија да ги "
                "усогласи санкциите.", [SERBIA])
    request = only(doc, "REQUEST")
    assert codes(doc, request.actor) == [("EUR", "IGO")]
    assert codes(doc, request.recipient) == [("SRB", None)]


def test_groups_after_a_passives_agent_act_and_a_place_in_a_later_clause_gives_them_no_country():
    doc = coded("Скопје, 3 март 2025 – Пратеничката Марија Петровска беше критикувана од страна на ветеранските "
                "групи, откако рече дека нејзиниот син служел во Ирак.",
                [Ent(("Скопје",), country="MKD"), Ent(("Ирак",), country="IRQ"),
                 Ent(("Марија Петровска",), type="PER", country="MKD", sector="LEG")])
    blame = only(doc, "ACCUSE")
    assert codes(doc, blame.actor) == [("MKD", "NGO")]
    assert codes(doc, blame.recipient) == [("MKD", "LEG")]


def test_an_unnamed_office_holder_in_a_text_naming_no_state_is_the_home_states():
    doc = coded("Министерот за финансии поднесе оставка во петокот.", [])
    resign = only(doc, "RETREAT")
    assert codes(doc, resign.actor) == [("MKD", "GOV")]


def test_a_pronoun_after_an_unnamed_office_holder_opening_the_sentence_before_is_that_holder():
    doc = coded("Портпаролката на полицијата изјави дека истрагата продолжува. Таа ги повика возачите да бидат "
                "внимателни.", [])
    request = only(doc, "REQUEST")
    assert codes(doc, request.actor) == [("MKD", "GOV")]
    assert "Портпаролката" in {e.name for e in doc.entities if e.id in request.actor}
    # a pronoun of the other gender is not the holder
    assert not coded("Портпаролката на полицијата изјави дека истрагата продолжува. Тој ги повика возачите да "
                     "бидат внимателни.", []).events


def test_a_pronoun_after_a_date_opening_with_истиот_is_the_person_before():
    ents = [Ent(("Андреј Пленковиќ",), "PER", "HRV", "GOV"), Ent(("Никола Спасов",), "PER", "MKD", "GOV"),
            Ent(("Роберт Голоб",), "PER", "SVN", "GOV")]
    doc = coded("Андреј Пленковиќ се сретна со Никола Спасов. Истиот ден тој разговараше и со Роберт Голоб.", ents)
    talk = next(ev for ev in doc.events if ev.trigger.text == "разговараше")
    assert codes(doc, talk.actor) == [("HRV", "GOV")]


def test_a_trigger_with_no_actor_after_a_leading_document_of_a_named_body_is_that_bodys_act():
    doc = coded("Во извештајот на Европската комисија, Владата на Србија е критикувана за притисокот врз медиумите.",
                [Ent(("Европската комисија",), type="ORG", country="EUR", sector="IGO"), SERBIA])
    blame = only(doc, "ACCUSE")
    assert codes(doc, blame.actor) == [("EUR", "IGO")]
    assert codes(doc, blame.recipient) == [("SRB", "GOV")]
    assert "actor:document" in blame.rule


def test_a_pronoun_after_a_role_phrase_with_no_name_is_the_body_the_role_serves():
    doc = coded("Амбасадорката на ЕУ се сретна со министерот Тимчо Муцунски. Таа ја повика Владата да ги забрза "
                "реформите.", [Ent(("ЕУ",), type="ORG", country="EUR", sector="IGO"),
                               Ent(("Тимчо Муцунски",), type="PER", country="MKD", sector="GOV"),
                               Ent(("Владата",), type="ORG", country="MKD", sector="GOV")])
    request = only(doc, "REQUEST")
    assert codes(doc, request.actor) == [("EUR", "IGO")]
    assert codes(doc, request.recipient) == [("MKD", "GOV")]


def test_a_role_phrase_ends_at_a_verbs_clitic_and_an_eu_office_holder_is_the_eus():
    doc = coded("Министерката за економија ја критикуваше Подгорица. Еврокомесарката за проширување ја пофали Црна Гора.",
                [Ent(("Подгорица",), country="MNE"), Ent(("Црна Гора",), country="MNE")])
    blame, praise = only(doc, "ACCUSE"), only(doc, "SUPPORT")
    assert codes(doc, blame.actor) == [("MNE", "GOV")]  # the document's country, not a name past the clitic
    assert codes(doc, praise.actor) == [("EUR", "GOV")]
    assert codes(doc, praise.recipient) == [("MNE", None)]


def test_tie_opening_a_later_clause_is_the_plural_collective_that_opens_the_sentence():
    doc = coded("Незадоволните земјоделци ги блокираа патиштата кај Куманово, а тие потоа побараа средба со Владата.",
                [Ent(("Куманово",), country="MKD"), Ent(("Владата",), type="ORG", country="MKD", sector="GOV")])
    request = only(doc, "REQUEST")
    assert codes(doc, request.actor) == [("MKD", "CVL")]
    assert "actor:collective" in request.rule


def test_a_president_returning_a_law_to_parliament_vetoes_it():
    president = Ent(("Гордана Силјановска-Давкова",), type="PER", country="MKD", sector="GOV")
    assembly = Ent(("Собранието",), type="ORG", country="MKD", sector="LEG")
    doc = coded("Претседателката Гордана Силјановска-Давкова го врати во Собранието законот за странските агенти.",
                [president, assembly])
    ev = only(doc, "REJECT")
    assert codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("MKD", "LEG")]
    assert ev.trigger.text == "врати во Собранието законот"
    # money given back is no veto
    assert not coded("Министерот ги врати парите во буџетот.", []).events


def test_a_possessive_opening_the_object_makes_its_owner_the_recipient():
    ukraine, moscow = Ent(("Украина",), country="UKR"), Ent(("Москва",), country="RUS")
    doc = coded("Украина предложи примирје од 30 дена. Москва го отфрли нејзиниот предлог.", [ukraine, moscow])
    reject = only(doc, "REJECT")
    assert codes(doc, reject.recipient) == [("UKR", None)] and "recipient:possessor" in reject.rule
    # the owner named before the trigger in the sentence; the body the object speaks of is no recipient
    doc = coded("Спорот со Македонија трае, а Грција постојано ги блокираше нејзините обиди за членство во НАТО.",
                [MACEDONIA, Ent(("Грција",), country="GRC"), Ent(("НАТО",), type="ORG", country="IGO")])
    assert codes(doc, only(doc, "REJECT").recipient) == [("MKD", None)]
    # no owner of the pronoun's gender: no recipient, not the name inside the object
    doc = coded("Грција ги блокираше нејзините обиди за членство во НАТО.",
                [Ent(("Грција",), country="GRC"), Ent(("НАТО",), type="ORG", country="IGO")])
    assert only(doc, "REJECT").recipient == []


def test_a_singular_clitic_with_no_object_after_the_verb_is_the_name_before_of_its_gender():
    doc = coded("Трамп го прими Зеленски во Белата куќа. Тој го критикуваше за недостатокот на благодарност кон Америка.",
                [Ent(("Трамп",), type="PER", country="USA", sector="GOV"),
                 Ent(("Зеленски",), type="PER", country="UKR", sector="GOV"), Ent(("Америка",), country="USA")])
    accuse = only(doc, "ACCUSE")
    assert codes(doc, accuse.recipient) == [("UKR", "GOV")] and "recipient:clitic" in accuse.rule
    doc = coded("Бугарија постави нови услови. Мицкоски ја обвини дека ги блокира преговорите со Унијата.",
                [Ent(("Бугарија",), country="BGR"), Ent(("Мицкоски",), type="PER", country="MKD", sector="GOV"),
                 Ent(("Унијата",), type="ORG", country="EUR")])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("BGR", None)]


def test_a_dative_clitic_before_the_thing_given_is_the_person_named_before():
    sandu, macron = (Ent(("Маја Санду", "Санду"), type="PER", country="MDA", sector="GOV"),
                     Ent(("Макрон",), type="PER", country="FRA", sector="GOV"))
    doc = coded("Макрон ја прими Маја Санду во Париз. Тој ѝ вети нови средства за енергетиката.", [sandu, macron])
    agree = only(doc, "AGREE")
    assert codes(doc, agree.recipient) == [("MDA", "GOV")] and "recipient:clitic" in agree.rule
    # the `на` phrase the clitic doubles is the recipient, not the name before
    doc = coded("Макрон ја прими Маја Санду во Париз. Тој им порача на граѓаните на Молдавија да гласаат.",
                [sandu, macron, Ent(("Молдавија",), country="MDA")])
    assert "recipient:clitic" not in only(doc, "REQUEST").rule


def test_a_quoted_act_aimed_at_you_is_aimed_at_whom_the_quote_is_told():
    mickoski = Ent(("Мицкоски",), type="PER", country="MKD", sector="GOV")
    doc = coded("Мицкоски им порача на градоначалниците во Скопје: „Барам од сите вас да ги завршите проектите навреме.“",
                [mickoski, Ent(("Скопје",), country="MKD")], quotes=True)
    request = only(doc, "REQUEST")
    assert codes(doc, request.recipient) == [("MKD", "GOV")] and "recipient:addressee" in request.rule
    # a demand of no one addressed keeps no addressee
    doc = coded("Мицкоски им порача на градоначалниците: „Барам проектите да се завршат навреме.“", [mickoski], quotes=True)
    assert "recipient:addressee" not in only(doc, "REQUEST").rule


def test_the_two_countries_are_the_sides_of_the_last_act_between_two_states():
    slovenia = Ent(("Словенија",), country="SVN")
    doc = coded("Словенија ја обвини Хрватска за загадувањето на реката. Двете земји потоа разговараа во Брисел.",
                [slovenia, CROATIA, Ent(("Брисел",), country="BEL")])
    talks = only(doc, "CONSULT")
    assert sorted(codes(doc, talks.actor)) == [("HRV", None), ("SVN", None)] and "actor:anaphora" in talks.rule
    # `тие` is no count of two: it keeps to coordinated names
    doc = coded("Словенија ја обвини Хрватска за загадувањето на реката. Тие потоа разговараа во Брисел.",
                [slovenia, CROATIA, Ent(("Брисел",), country="BEL")])
    assert not [e for e in doc.events if e.type == "CONSULT" and "actor:anaphora" in e.rule]


def test_a_singular_clitic_takes_its_person_out_of_the_pair_that_acts():
    doc = coded("Министрите на ЕУ се сретнаа со Андриј Сибиха во Брисел. Тие му ветија нов пакет помош.",
                [Ent(("ЕУ",), type="ORG", country="EUR", sector="IGO"),
                 Ent(("Андриј Сибиха",), type="PER", country="UKR", sector="GOV"), Ent(("Брисел",), country="BEL")])
    agree = only(doc, "AGREE")
    assert codes(doc, agree.actor) == [("EUR", "IGO")] and codes(doc, agree.recipient) == [("UKR", "GOV")]


def test_names_opening_a_clause_of_concession_are_no_recipient_of_the_act_before():
    states = [Ent(("Унгарија",), country="HUN"), Ent(("Чешка",), country="CZE"), Ent(("Австрија",), country="AUT")]
    doc = coded("Унгарија ја блокираше одлуката за санкции, иако Чешка и Австрија претходно изразија сомнежи.", states)
    assert only(doc, "REJECT").recipient == []


def test_a_clitic_before_a_place_points_back_to_the_name_before():
    doc = coded("Муцунски се сретна со унгарскиот министер Петер Сијарто и го покани во Скопје.",
                [Ent(("Муцунски",), type="PER", country="MKD", sector="GOV"),
                 Ent(("Петер Сијарто",), type="PER", country="HUN", sector="GOV"), MACEDONIA, Ent(("Скопје",), country="MKD")])
    invite = only(doc, "AGREE")
    assert codes(doc, invite.recipient) == [("HUN", "GOV")] and "recipient:clitic" in invite.rule


def test_a_relative_clause_on_whom_another_acts_has_its_own_subject():
    president = Ent(("Францускиот претседател",), type="PER", country="FRA", sector="GOV")
    doc = coded("Францускиот претседател, кого Трамп го критикуваше минатата недела, ја поддржа Данска во спорот.",
                [president, TRUMP, Ent(("Данска",), country="DNK")])
    accuse, support = only(doc, "ACCUSE"), only(doc, "SUPPORT")
    assert codes(doc, accuse.actor) == [("USA", "GOV")] and codes(doc, accuse.recipient) == [("FRA", "GOV")]
    # past the comma that closes it, the verb is the name before the pronoun's
    assert codes(doc, support.actor) == [("FRA", "GOV")] and codes(doc, support.recipient) == [("DNK", None)]
    # `на кого`: past the role's complement; an unnamed collective is the clause's subject
    doc = coded("Министерот за внатрешни работи, на кого опозицијата му побара оставка, ги отфрли обвинувањата.",
                [Ent(("Министерот",), type="PER", country="MKD", sector="GOV")])
    request = only(doc, "REQUEST")
    assert codes(doc, request.actor) == [(None, "PTY")] and codes(doc, request.recipient) == [("MKD", "GOV")]


def test_a_state_beyond_a_border_where_the_act_takes_place_is_no_recipient():
    states = [RUSSIA, Ent(("Белорусија",), country="BLR"), Ent(("Полска",), country="POL")]
    doc = coded("Русија и Белорусија одржаа заедничка воена вежба во близина на границата со Полска.", states)
    assert only(doc, "COOPERATE").recipient == []


def test_a_role_of_a_state_has_the_roles_gender_for_a_clitic():
    doc = coded("Премиерот го прими амбасадорот на Германија и му се заблагодари за поддршката.",
                [Ent(("Германија",), country="DEU")])
    thanks = only(doc, "SUPPORT")
    assert codes(doc, thanks.recipient) == [("DEU", "GOV")] and "recipient:clitic" in thanks.rule


def test_a_pronoun_of_the_other_gender_than_the_subject_before_is_the_other_person_named():
    kallas = Ent(("Каја Калас",), type="PER", country="EST", sector="GOV")
    doc = coded("Каја Калас се сретна со Вучиќ во Брисел. Тој ѝ вети поддршка за реформите.", [kallas, VUCIC])
    agree = only(doc, "AGREE")
    assert codes(doc, agree.actor) == [("SRB", "GOV")] and codes(doc, agree.recipient) == [("EST", "GOV")]


def test_an_accusative_clitic_before_na_points_back_to_the_name_before():
    meloni = Ent(("Џорџа Мелони", "Мелони"), type="PER", country="ITA", sector="GOV")
    merz = Ent(("Мерц",), type="PER", country="DEU", sector="GOV")
    doc = coded("Мерц разговараше со Џорџа Мелони во Рим. Таа го покани на вечера.", [merz, meloni])
    invite = only(doc, "AGREE")
    assert codes(doc, invite.actor) == [("ITA", "GOV")] and codes(doc, invite.recipient) == [("DEU", "GOV")]


def test_a_promise_of_one_side_of_a_meeting_just_told_is_to_the_other():
    zelensky = Ent(("Зеленски",), type="PER", country="UKR", sector="GOV")
    starmer = Ent(("Стармер", "Британскиот премиер"), type="PER", country="GBR", sector="GOV")
    doc = coded("Зеленски и Стармер се сретнаа во Лондон. Британскиот премиер вети нова воена помош.",
                [zelensky, starmer, Ent(("Лондон",), country="GBR")])
    agree = only(doc, "AGREE")
    assert codes(doc, agree.recipient) == [("UKR", "GOV")] and "recipient:met" in agree.rule


def test_a_clitic_points_back_to_a_person_of_the_actors_own_state():
    doc = coded("Милионска публика го гледаше сведочењето на кандидатот Петар Марковски и жената која го обвини за измама.",
                [Ent(("Петар Марковски",), type="PER", country="MKD", sector="GOV")])
    accuse = only(doc, "ACCUSE")
    assert codes(doc, accuse.recipient) == [("MKD", "GOV")] and codes(doc, accuse.actor)[0][1] == "CVL"


def test_an_unnamed_collective_before_a_relative_pronoun_is_its_subject():
    doc = coded("Српската полиција употреби палки против студентите кои ја блокираа зградата на телевизијата.",
                [Ent(("Српската полиција",), type="ORG", country="SRB", sector="COP")])
    protest = only(doc, "PROTEST")
    assert codes(doc, protest.actor) == [("SRB", "CVL")] and "actor:unnamed" not in protest.rule


def test_an_adverb_before_a_verb_leaves_its_subject_dropped():
    doc = coded("Мицкоски допатува во Белград. Таму се сретна со Вучиќ. Двајцата се договорија за нов гасовод.",
                [Ent(("Мицкоски",), type="PER", country="MKD", sector="GOV"), VUCIC, Ent(("Белград",), country="SRB")])
    agree = only(doc, "AGREE")
    assert sorted(codes(doc, agree.actor)) == [("MKD", "GOV"), ("SRB", "GOV")]


def test_a_dative_clitic_names_the_addressee_over_a_name_in_the_content():
    kallas = Ent(("Каја Калас",), type="PER", country="EST", sector="GOV")
    doc = coded("Каја Калас се сретна со Вучиќ во Брисел. Тој ѝ вети дека Србија ќе ја поддржи.", [kallas, VUCIC, SERBIA])
    agree = only(doc, "AGREE")
    assert codes(doc, agree.recipient) == [("EST", "GOV")] and "recipient:clitic" in agree.rule


def test_the_actors_own_side_among_the_parties_of_a_relation_is_no_recipient():
    doc = coded("Европската комисија предложи почеток на преговорите меѓу Косово и ЕУ.",
                [Ent(("Европската комисија",), type="ORG", country="EUR", sector="GOV"), KOSOVO,
                 Ent(("ЕУ",), type="ORG", country="EUR", sector="GOV")])
    assert codes(doc, only(doc, "SUPPORT").recipient) == [("KOS", None)]


def test_a_dative_clitic_or_a_plural_head_points_back_to_the_name_before():
    china, trump = Ent(("Кина",), country="CHN"), Ent(("Трамп",), type="PER", country="USA", sector="GOV")
    doc = coded("Кина воведе нови ограничувања за извозот на ретки метали. Трамп ѝ се закани со нови царини.", [china, trump])
    assert codes(doc, only(doc, "THREATEN").recipient) == [("CHN", None)]
    # `од нив`: the plural head of the sentence before (`лидерите на ЕУ`)
    doc = coded("Зеленски во вторникот се обрати до лидерите на ЕУ во Брисел. Тој побара од нив нови санкции против Русија.",
                [Ent(("Зеленски",), type="PER", country="UKR", sector="GOV"), Ent(("ЕУ",), type="ORG", country="EUR"),
                 Ent(("Брисел",), country="BEL"), Ent(("Русија",), country="RUS")])
    assert codes(doc, only(doc, "REQUEST").recipient) == [("EUR", None)]


def test_a_clitic_doubling_a_fronted_noun_points_back_to_no_name():
    doc = coded("Лидерите на ЕУ одлучија да започнат преговори со Хрватска, но понудата ја условија со соработка со Трибуналот.",
                [Ent(("ЕУ",), type="ORG", country="EUR"), CROATIA, Ent(("Трибуналот",), type="ORG", country="UNO")])
    assert "recipient:clitic" not in only(doc, "REQUEST").rule


def test_an_accepted_invitation_has_its_author_as_recipient():
    doc = coded("Мицкоски го покани Вучиќ да ја посети Скопје наесен. Вучиќ ја прифати поканата.",
                [Ent(("Мицкоски",), type="PER", country="MKD", sector="GOV"),
                 Ent(("Вучиќ",), type="PER", country="SRB", sector="GOV"), Ent(("Скопје",), country="MKD")])
    accept = next(e for e in doc.events if e.type == "AGREE" and e.sentence == 1)
    assert codes(doc, accept.recipient) == [("MKD", "GOV")] and "recipient:judged_act" in accept.rule


def test_names_set_off_after_the_subject_by_zaedno_so_act_with_it():
    doc = coded("Мицкоски, заедно со Вучиќ и Рама, ја критикуваше ЕУ за бавниот процес на проширување.",
                [Ent(("Мицкоски",), type="PER", country="MKD", sector="GOV"),
                 Ent(("Вучиќ",), type="PER", country="SRB", sector="GOV"),
                 Ent(("Рама",), type="PER", country="ALB", sector="GOV"), Ent(("ЕУ",), type="ORG", country="EUR")])
    accuse = only(doc, "ACCUSE")
    assert sorted(codes(doc, accuse.actor)) == [("ALB", "GOV"), ("MKD", "GOV"), ("SRB", "GOV")]
    assert codes(doc, accuse.recipient) == [("EUR", None)]
    # a meeting told in a phrase set off the same way is no joining (`по средбата со`)
    doc = coded("Мицкоски, по средбата со Вучиќ, ја критикуваше ЕУ.",
                [Ent(("Мицкоски",), type="PER", country="MKD", sector="GOV"),
                 Ent(("Вучиќ",), type="PER", country="SRB", sector="GOV"), Ent(("ЕУ",), type="ORG", country="EUR")])
    assert codes(doc, only(doc, "ACCUSE").actor) == [("MKD", "GOV")]


def test_a_state_with_a_plural_name_is_what_a_plural_clitic_points_back_to():
    doc = coded("Филипините испратија брод во спорните води. Ханој ги обвини за провокација.",
                [Ent(("Филипините",), country="PHL"), Ent(("Ханој",), country="VNM")])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("PHL", None)]


def test_a_trigger_word_in_the_name_of_an_institution_or_law_is_no_act():
    fund = Ent(("Фондот за поддршка на демократијата",), type="ORG", country="MKD")
    assert not coded("Фондот за поддршка на демократијата објави нов повик за проекти.", [fund]).events
    agency = Ent(("Агенцијата",), type="ORG", country="MKD", sector="GOV")
    assert not coded("Агенцијата за финансиска поддршка исплати субвенции на земјоделците.", [agency]).events
    # a noun coordinated before the trigger in the name (`за промоција и поддршка`)
    assert not coded("Агенцијата за промоција и поддршка на туризмот објави нов конкурс.", [agency]).events
    # the same noun with a light verb and a named side stays an act
    doc = coded("Германија изрази поддршка за Македонија.", [Ent(("Германија",), country="DEU"), MACEDONIA])
    assert codes(doc, only(doc, "SUPPORT").actor) == [("DEU", None)]
    # a call for applications asks no one for an act; a call on a state does
    fund = Ent(("Фондот",), type="ORG", country="MKD", sector="GOV")
    assert not coded("Фондот објави нов повик за проекти.", [fund]).events


def test_a_quoted_title_and_what_a_work_tells_are_no_act():
    writer = Ent(("Ристо Ѓорѓиев",), type="PER", country="MKD")
    city = Ent(("Солун",), country="GRC")
    assert not coded("Книгата „Опсада на Солун“ на Ристо Ѓорѓиев доби награда.", [writer, city]).events
    assert not coded("Филмот раскажува за опсадата на Сараево.", [Ent(("Сараево",), country="BIH")]).events
    # a siege told by the narrator is still coded
    doc = coded("Руската војска ја опсади Авдеевка.", [Ent(("Авдеевка",), country="UKR"), Ent(("Руската",), kind="demonym", country="RUS")])
    assert [e.type for e in doc.events] == ["COERCE"]


def test_a_club_signing_players_is_the_games_business():
    club = Ent(("Вардар",), type="ORG", country="MKD", sector="BUS")
    assert not coded("Вардар потпиша договор со двајца нови играчи од Србија.", [club, SERBIA]).events


def test_a_place_that_names_an_agreement_is_no_side_of_it():
    ohrid = Ent(("Охрид",), country="MKD")
    assert not coded("Договорот од Охрид, постигнат во 2023 година, досега не е спроведен.", [ohrid]).events
    # the sides that sign it are still its actors
    doc = coded("Договорот од Дејтон го потпишаа Србија и Хрватска.", [Ent(("Дејтон",), country="USA"), SERBIA, CROATIA])
    assert codes(doc, only(doc, "SUPPORT").actor) == [("SRB", None), ("HRV", None)]
    # a participle after a comma is passive: no actor taken from the sentence before
    kallas = Ent(("Каја Калас",), type="PER", country="EUR", sector="IGO")
    doc = coded("Каја Калас ги повика двете страни на дијалог. Договорот од Охрид, постигнат во 2023 година, досега не е спроведен.",
                [kallas, ohrid])
    assert [e.type for e in doc.events] == ["REQUEST"]
    doc = coded("Договорот, постигнат од Србија и Косово во 2023 година, досега не е спроведен.", [SERBIA, KOSOVO])
    assert codes(doc, only(doc, "AGREE").actor) == [("SRB", None), ("KOS", None)]
    # and so are the sides it was reached between
    doc = coded("Договорот, постигнат во петокот меѓу Приштина и Белград, се однесува на границата.",
                [Ent(("Приштина",), country="KOS"), Ent(("Белград",), country="SRB")])
    assert codes(doc, only(doc, "AGREE").actor) == [("KOS", None), ("SRB", None)]


def test_the_share_of_a_population_a_poll_counts_is_no_act():
    nato = Ent(("НАТО",), type="ORG", country="IGO", sector="IGO")
    assert not coded("Мнозинството граѓани го поддржуваат членството во НАТО.", [nato]).events
    # civilians acting where no poll is told still act
    doc = coded("Граѓаните на Куманово го поддржаа НАТО на собир во центарот.", [nato, Ent(("Куманово",), country="MKD")])
    assert [e.type for e in doc.events] == ["SUPPORT"]


def test_a_need_told_in_a_headline_statement_asks_no_public():
    from vesnik.document import Document
    from vesnik.pipeline.default import build_pipeline

    text = ("Министерот Тошковски: Ситуацијата на границата е стабилна, но бара постојано следење.\n"
            "date 2025-10-14\nМинистерот за внатрешни работи денеска ја посети границата кај Табановце.")
    doc = build_pipeline().run_one(Document(id="t", source="t", raw_text=text)).document
    assert not [e for e in doc.events if e.type == "REQUEST"]
    # a police appeal still asks the public
    ev = only(coded("Полицијата побара ако некој има снимки да ги достави.",
                    [Ent(("Полицијата",), type="ORG", country="MKD", sector="COP")]), "REQUEST")
    assert "recipient:public" in ev.rule


def test_hopes_killed_by_inflation_are_a_figure_of_speech():
    assert not coded("Инфлацијата ги уби надежите на пензионерите за подобар стандард.", []).events
    # a woman named Nadezhda killed is still a killing
    doc = coded("Надежда Петрова беше убиена од непознат напаѓач во Куманово.", [Ent(("Куманово",), country="MKD"),
                Ent(("Надежда Петрова",), type="PER", country="MKD")])
    assert [e.type for e in doc.events] == ["ASSAULT"]


def test_fans_attacking_a_referee_at_a_stadium_hit_him():
    doc = coded("По натпреварот, група навивачи го нападнаа судијата на излезот од стадионот.", [])
    assert [e.type for e in doc.events] == ["ASSAULT"]
    # a party attacking a plan still criticises it
    party = Ent(("Левица",), type="ORG", country="MKD", sector="PTY")
    assert [e.type for e in coded("Левица го нападна планот за енергетика.", [party]).events] == ["ACCUSE"]


def test_an_unnamed_holder_in_a_story_naming_a_state_only_as_an_envoys_is_of_the_home_state():
    doc = coded("Амбасадорот на САД во Скопје се сретна со лидерот на опозицијата.",
                [Ent(("САД",), country="USA"), Ent(("Скопје",), country="MKD")])
    ev = only(doc, "CONSULT")
    assert {c for c, _ in codes(doc, ev.actor + ev.recipient)} == {"USA", "MKD"}


def test_police_in_a_story_naming_no_state_are_the_home_states_and_foreigners_of_no_state():
    doc = coded("Полицијата ги протера двајцата странски државјани поради нелегален престој.", [])
    ev = only(doc, "COERCE")
    assert codes(doc, ev.actor) == [("MKD", "COP")] and codes(doc, ev.recipient) == [(None, "CVL")]
    # a state named only as its citizens' is not where the story is
    doc = coded("Полицијата уапси тројца државјани на Србија.", [SERBIA])
    assert codes(doc, only(doc, "COERCE").actor) == [("MKD", "COP")]


def test_business_between_companies_is_no_event():
    firm = Ent(("Фирмата",), type="ORG", country="MKD", sector="BUS")
    chain = Ent(("синџирот аптеки",), type="ORG", country="SRB", sector="BUS")
    assert not coded("Фирмата потпиша договор за дистрибуција со синџирот аптеки.", [firm, chain]).events
    assert not coded("Фирмата ја поддржа акцијата за собирање облека.", [firm]).events
    # a contract with the government has a state party to it
    government = Ent(("Владата",), type="ORG", country="MKD", sector="GOV")
    doc = coded("Фирмата потпиша договор со Владата за изградба на фабрика.", [firm, government])
    assert codes(doc, only(doc, "SUPPORT").recipient) == [("MKD", "GOV")]
    # and a buyer's promise in a privatisation is made to the selling state
    bank = Ent(("Грчката банка",), type="ORG", country="GRC", sector="BUS")
    assert [e.type for e in coded("Грчката банка се обврза да инвестира 40 милиони евра.", [bank]).events] == ["AGREE"]


def test_any_government_of_a_kind_is_no_actor():
    assert not coded("Секоја влада ветува економски раст, но ниту една не го испорача.", []).events
    government = Ent(("Владата",), type="ORG", country="MKD", sector="GOV")
    assert [e.type for e in coded("Владата ветува дека ќе ги зголеми платите.", [government]).events] == ["AGREE"]


def test_illegal_buildings_demolished_and_records_broken_are_no_attack():
    town = Ent(("Охрид",), country="MKD")
    assert not coded("Општината во Охрид ги урна бесправно изградените објекти на брегот.", [town]).events
    assert not coded("Филмот го сруши рекордот по гледаност во Охрид.", [town]).events
    army = Ent(("руската армија",), type="ORG", country="RUS", sector="MIL")
    doc = coded("Според Киев, руската армија го урна мостот кај Херсон.",
                [army, Ent(("Киев",), country="UKR"), Ent(("Херсон",), country="UKR")])
    assert [e.type for e in doc.events] == ["ASSAULT"]


def test_staff_or_lodging_sought_asks_no_one():
    firms = Ent(("Фирмите",), type="ORG", country="MKD", sector="BUS")
    assert not coded("Фирмите бараат нови работници и кадри.", [firms]).events
    assert not coded("Туристите во Охрид бараат сместување во приватни куќи.", [Ent(("Охрид",), country="MKD")]).events
    # a union demanding pay still demands
    union = Ent(("Синдикатот",), type="ORG", country="MKD", sector="LAB")
    assert [e.type for e in coded("Синдикатот бара повисоки плати од Владата.", [union]).events] == ["REQUEST"]


def test_an_illness_or_a_storm_kills_no_one_by_an_act():
    assert not coded("Болеста го уби познатиот актер на 67-годишна возраст.", []).events
    assert not coded("Ураганот ја погоди Флорида и уби 12 лица.", [Ent(("Флорида",), country="USA")]).events


def test_a_firm_attacking_markets_or_a_state_attacking_with_a_veto_is_no_assault():
    town = Ent(("Кавадарци",), country="MKD")
    assert not coded("Фабриката од Кавадарци ги нападна европските пазари со нов производ.", [town]).events
    bulgaria = Ent(("Бугарија",), country="BGR")
    assert not [e for e in coded("Бугарија нè нападна со ветото во Брисел.", [bulgaria, Ent(("Брисел",), country="BEL")]).events
                if e.type == "ASSAULT"]
    # drones striking a market attack it
    doc = coded("Руски дронови го нападнаа пазарот во Харков.",
                [Ent(("Руски",), country="RUS", kind="demonym"), Ent(("Харков",), country="UKR")])
    assert [e.type for e in doc.events] == ["ASSAULT"]


def test_what_another_is_hoped_to_do_is_no_act():
    bulgaria = Ent(("Бугарија",), country="BGR")
    assert not coded("Министерот се надева дека Бугарија ќе го поддржи отворањето на кластерите.", [bulgaria]).events
    # told as what it will do, it is announced
    doc = coded("Министерот рече дека Бугарија ќе го поддржи отворањето на кластерите.", [bulgaria])
    assert codes(doc, only(doc, "AGREE").actor) == [("BGR", None)]


def test_a_warning_about_scams_or_to_the_public_threatens_no_one():
    ministry = Ent(("Министерството за внатрешни работи",), type="ORG", country="MKD", sector="COP")
    assert not coded("Министерството за внатрешни работи ги предупреди граѓаните за лажни пораки.", [ministry]).events
    # a warning to the public at large is advice
    minister = Ent(("Министерот за здравство",), type="PER", country="MKD", sector="GOV")
    assert not coded("Министерот за здравство ја предупреди јавноста за зголемен број случаи на морбили.", [minister]).events
    # a warning to a state stays a threat
    doc = coded("Русија ја предупреди Молдавија за последиците.", [Ent(("Русија",), country="RUS"), Ent(("Молдавија",), country="MDA")])
    assert codes(doc, only(doc, "THREATEN").recipient) == [("MDA", None)]


def test_civilians_occupying_a_place_coerce_no_one():
    assert not coded("Туристите ги окупираа плажите во Охрид.", [Ent(("Охрид",), country="MKD")]).events
    assert not coded("Студентите ја окупираа библиотеката за време на испитната сесија.", []).events
    # an army occupying a town seizes it
    doc = coded("Руската армија го окупираше Бахмут.", [Ent(("Руската",), country="RUS", kind="demonym"),
                                                       Ent(("Бахмут",), country="UKR")])
    assert [e.type for e in doc.events] == ["COERCE"]


def test_a_sponsor_credited_with_support_acts_no_support():
    eu = Ent(("Европската унија",), type="ORG", country="EUR", sector="IGO")
    assert not coded("Проектот се реализира со поддршка на Европската унија.", [eu]).events
    embassy = Ent(("Амбасадата на САД",), type="ORG", country="USA", sector="GOV")
    assert not coded("Настанот е организиран со финансиска поддршка од Амбасадата на САД.", [embassy]).events
    # support expressed is still an act
    doc = coded("Германија изрази поддршка за Македонија.", [Ent(("Германија",), country="DEU"), MACEDONIA])
    assert codes(doc, only(doc, "SUPPORT").actor) == [("DEU", None)]


def test_an_offer_turned_down_in_the_same_sentence_has_its_author_as_recipient():
    doc = coded("Ердоган понуди посредување, но Вашингтон ја одби понудата.",
                [Ent(("Ердоган",), "PER", "TUR", "GOV"), Ent(("Вашингтон",), country="USA")])
    assert codes(doc, only(doc, "REJECT").recipient) == [("TUR", "GOV")]


def test_a_failed_attempt_to_reach_an_agreement_is_none():
    doc = coded("Неуспешниот обид да се постигне договор меѓу Србија и Косово ги загрижи дипломатите.", [SERBIA, KOSOVO])
    assert not [e for e in doc.events if e.type == "AGREE"]


def test_an_owner_or_customs_officers_sentenced_to_prison_are_the_recipients():
    court = Ent(("Кривичниот суд",), "ORG", "MKD", "JUD")
    doc = coded("Кривичниот суд го осуди сопственикот на хотелот на осум години затвор.", [court, MACEDONIA])
    assert codes(doc, only(doc, "SANCTION").recipient) == [("MKD", "BUS")]
    doc = coded("Кривичниот суд осуди четворица царинци на затворски казни од по три години.", [court, MACEDONIA])
    assert codes(doc, only(doc, "SANCTION").recipient) == [("MKD", "GOV")]


def test_a_joint_statement_signed_is_support_a_statement_given_is_not():
    ents = [VUCIC, Ent(("Ванг Ји",), "PER", "CHN", "GOV")]
    doc = coded("Вучиќ и Ванг Ји потпишаа заедничка изјава за партнерство.", ents)
    assert only(doc, "SUPPORT").rule.startswith("support.sign_statement")
    doc = coded("Вучиќ даде изјава за медиумите по средбата.", ents)
    assert not [e for e in doc.events if e.type == "SUPPORT"]


def test_a_word_of_blame_denied_in_a_statement_is_no_criticism():
    ents = [Ent(("Марко Марковски",), "PER", "MKD", "GOV"), Ent(("Софија",), country="BGR")]
    doc = coded("Министерот Марко Марковски рече дека Скопје „нема да се меша во внатрешните работи на Софија“.", ents, quotes=True)
    assert not [e for e in doc.events if e.type == "ACCUSE"]
    doc = coded("Министерот Марко Марковски рече дека Софија „се меша во внатрешните работи“ на соседите.", ents, quotes=True)
    assert only(doc, "ACCUSE").actor == ["E1"]


def test_members_of_a_named_body_opening_a_clause_are_that_body():
    sector = Ent(("Секторот за внатрешни работи Битола",), "ORG", "MKD", "COP")
    doc = coded("Припадници на Секторот за внатрешни работи Битола уапсија двајца осомничени.", [sector])
    assert only(doc, "COERCE").actor == ["E1"]


def test_an_age_before_the_object_of_an_arrest_or_a_beating_leaves_it_the_object():
    police = Ent(("Полицијата",), "ORG", "MKD", "COP")
    doc = coded("Полицијата уапси 41-годишен маж од Велес.", [police])
    assert codes(doc, only(doc, "COERCE").recipient) == [("MKD", "CVL")]
    doc = coded("Тројца маскирани мажи претепале 17-годишно момче во Гостивар.", [Ent(("Гостивар",), country="MKD")])
    assert codes(doc, only(doc, "ASSAULT").recipient) == [("MKD", "CVL")]


def test_fighter_jets_scrambled_into_the_air_are_a_mobilisation():
    doc = coded("Романија ги крена во воздух своите борбени авиони поради дроновите.", [Ent(("Романија",), country="ROU")])
    assert only(doc, "MOBILIZE").mode == "weapons"


def test_missiles_fired_toward_a_sea_are_a_mobilisation_not_an_attack():
    korea, japan = Ent(("Северна Кореја", "Пјонгјанг"), country="PRK"), Ent(("Јапонија",), country="JPN")
    for said, sea in (("Северна Кореја испука две балистички ракети кон Источното Море, соопшти Јапонија.", "Источното Море"),
                      ("Пјонгјанг лансираше интерконтинентална ракета кон Тихиот Океан, соопшти Јапонија.", "Тихиот Океан"),
                      ("Северна Кореја испука крстосувачки ракети со долг дострел кон морето, соопшти Јапонија.", None)):
        ents = [korea, japan] + ([Ent((sea,), "LOC")] if sea else [])
        doc = coded(said, ents)
        ev = only(doc, "MOBILIZE")
        assert ev.mode == "weapons" and not ev.recipient and not [e for e in doc.events if e.type == "ASSAULT"], said
    doc = coded("Северна Кореја испука балистичка ракета кон Јапонија, чии бродови се во морето.", [korea, japan])
    assert codes(doc, only(doc, "ASSAULT").recipient) == [("JPN", None)]


def test_a_cancelled_working_lunch_is_a_rejected_meeting():
    ents = [Ent(("Марко Петров",), "PER", "MKD", "GOV"), Ent(("Ана Илиева",), "PER", "BGR", "GOV")]
    for said in ("Премиерот Марко Петров го откажа работниот ручек со Ана Илиева.",
                 "Премиерот Марко Петров во последен момент го откажа планираниот ручек со Ана Илиева во Охрид."):
        doc = coded(said, ents + [Ent(("Охрид",), country="MKD")])
        ev = only(doc, "REJECT")
        assert ev.mode == "meet" and ev.actor == ["E1"] and ev.recipient == ["E2"], said


def test_envoys_given_a_deadline_to_leave_are_expelled():
    serbia_gov = Ent(("Владата на Србија",), "ORG", "SRB", "GOV")
    for said in ("Владата на Србија му даде рок од 72 часа на хрватскиот амбасадор да ја напушти земјата.",
                 "Владата на Србија им даде рок од два дена на хрватските дипломати да ја напуштат Србија."):
        doc = coded(said, [serbia_gov, Ent(("хрватскиот", "хрватските"), "GPE", "HRV", kind="demonym"), SERBIA])
        ev = only(doc, "SANCTION")
        assert ev.mode == "expel" and ev.actor == ["E1"] and codes(doc, ev.recipient)[0][0] == "HRV", said
    doc = coded("Владата на Србија им даде рок од два месеци на фирмите да ги платат даноците.", [serbia_gov])
    assert not [e for e in doc.events if e.type == "SANCTION"]


def test_acknowledging_the_rivals_election_victory_is_a_concession():
    ents = [Ent(("Петар Петров",), "PER", "MKD", "PTY"), Ent(("Левица",), "ORG", "MKD", "PTY")]
    doc = coded("Петар Петров ја призна изборната победа на Левица.", ents)
    assert [e.type for e in doc.events] == ["CONCEDE"]


def test_calling_someone_an_enemy_in_a_quote_is_criticism():
    ents = [Ent(("Петар Петров",), "PER", "MKD", "PTY"), Ent(("Собранието",), "ORG", "MKD", "LEG")]
    doc = coded("Петар Петров го нарече Собранието „непријател на граѓаните“.", ents, quotes=True)
    assert only(doc, "ACCUSE").recipient == ["E2"]


def test_the_two_neighbouring_countries_are_the_pair_named_before():
    doc = document("Советот ги отвори преговорите со Србија и Хрватска. Претседателот Ернст Холм ги пофали двете соседни земји.",
                   [SERBIA, CROATIA, Ent(("Ернст Холм",), "PER", "EUR", "IGO")])
    for ent, state in zip(doc.entities, ("gpe:SRB", "gpe:HRV")):
        ent.kb_id = state  # (known states, not towns)
    doc = EventStep("mk")(doc)
    assert codes(doc, only(doc, "SUPPORT").recipient) == [("SRB", "GOV"), ("HRV", "GOV")]


def test_an_increase_offered_to_strikers_is_an_offer():
    doc = coded("Министерот Петар Петров понуди зголемување од осум отсто на рударите.",
                [Ent(("Петар Петров",), "PER", "MKD", "GOV")])
    assert [e.type for e in doc.events] == ["AGREE"]


def test_a_eurocommissioner_told_again_as_the_commissioner_is_the_same_person():
    novak = Ent(("Ана Новак",), "PER", "EUR", "IGO")
    doc = coded("Еврокомесарката за проширување Ана Новак пристигна во Скопје. Комесарката ги пофали реформите на Владата.",
                [novak, Ent(("Скопје",), country="MKD"), Ent(("Владата",), "ORG", "MKD", "GOV")])
    assert only(doc, "SUPPORT").actor == ["E1"]


@pytest.mark.parametrize("named, paraphrase", [
    ("Министерот за надворешни работи", "Шефот на дипломатијата"),
    ("Министерот за надворешни работи", "Првиот дипломат"),
    ("Министерот за одбрана", "Шефот на одбраната"),
    ("Претседателот", "Шефот на државата"),
    ("Шефот на дипломатијата", "Министерот"),
])
def test_an_office_told_again_by_its_paraphrase_is_the_same_person(named, paraphrase):
    doc = coded(f"{named} Лазар Стевиќ пристигна во Загреб. {paraphrase} ја осуди одлуката на Косово.",
                [Ent(("Лазар Стевиќ",), "PER", "SRB", "GOV"), Ent(("Загреб",), country="HRV"), KOSOVO])
    assert only(doc, "ACCUSE").actor == ["E1"]
    assert {m.text for m in doc.entities[0].mentions} > {"Лазар Стевиќ"}  # the paraphrase mentions him


def test_a_role_of_a_state_body_is_no_paraphrase_of_the_head_of_state():
    doc = coded("Претседателот Лазар Стевиќ пристигна во Загреб. Шефот на државната комисија ја осуди одлуката на Косово.",
                [Ent(("Лазар Стевиќ",), "PER", "SRB", "GOV"), Ent(("Загреб",), country="HRV"), KOSOVO])
    assert only(doc, "ACCUSE").actor != ["E1"]


def test_a_demand_joined_to_an_accusation_by_a_named_ministry_of_a_demonym_state_is_the_ministrys_next_act():
    ents = [Ent(("Романското",), country="ROU", kind="demonym"),
            Ent(("Министерство за земјоделство",), "ORG", "ROU", "GOV"), Ent(("Кишинев",), country="MDA")]
    doc = coded("Романското Министерство за земјоделство го обвини Кишинев дека ги крши договорите и побара итни разговори.",
                ents)
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.actor) == [("ROU", "GOV")] and codes(doc, ev.recipient) == [("MDA", None)]


def test_what_a_law_or_its_article_orders_is_no_act():
    inspectorate = Ent(("Инспекторатот",), type="ORG", country="MKD", sector="GOV")
    firm = Ent(("Македонски Телеком",), type="ORG", country="MKD", sector="BUS")
    assert not coded("Членот 12 предвидува Инспекторатот да го казни Македонски Телеком.", [inspectorate, firm]).events
    assert only(coded("Инспекторатот го казни Македонски Телеком, како што предвидува членот 12.", [inspectorate, firm]),
                "SANCTION")


def test_a_trigger_in_the_title_of_a_ratified_agreement_names_no_act():
    eu = Ent(("Европската унија",), type="ORG", country="EUR", sector="IGO")
    doc = coded("Минуваме на Предлог на закон за ратификација на спогодбата меѓу Европската унија и Македонија, "
                "за спроведување на поддршката од Европската унија за реформи.", [eu, MACEDONIA])
    assert not doc.events
    doc = coded("Минуваме на Предлог на закон за буџетот, за спроведување на поддршката од Европската унија за реформи.",
                [eu, MACEDONIA])
    assert [e.trigger.text for e in doc.events] == ["поддршката"]

