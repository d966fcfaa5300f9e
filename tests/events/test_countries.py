"""Actor and recipient countries: the causes of type-right, country-wrong events on the invented
pool (invented sentences)."""
from vesnik.events import EventStep

from .helpers import Ent, coded, codes, document, only, pipeline_events


def test_a_bodys_seat_does_not_make_the_story_that_states():
    # `Брисел` stands for the EU: an unnamed minister criticising it is the home state's, not Belgium's
    assert ("ACCUSE", ["MKD"], ["EUR"]) in pipeline_events("Министерот упати остри критики кон Брисел.")


def test_a_municipality_owning_the_object_judged_is_the_recipient():
    doc = coded("Здружението на пчеларите ја осуди одлуката на општината за сечење на липите.", [])
    ev = next(e for e in doc.events if e.type == "ACCUSE")
    assert [doc.text[m.start:m.end] for r in ev.recipient for m in
            next(e for e in doc.entities if e.id == r).mentions] == ["општината"]


def test_towns_of_the_polices_own_state_are_the_scene_of_its_searches():
    doc = coded("Полицијата изврши претреси во Куманово и Кратово.",
                [Ent(("Полицијата",), "ORG", "MKD", "COP"), Ent(("Куманово",), country="MKD"), Ent(("Кратово",), country="MKD")])
    ev = next(e for e in doc.events if e.type == "COERCE")
    # not the towns: the searched are someone unnamed at home (GUIDELINES, targets named by no one)
    assert codes(doc, ev.recipient) == [("MKD", "UNK")] and "recipient:domestic" in ev.rule
    # a state's forces acting in another state's town act on that state
    doc = coded("Српската полиција изврши претреси во Митровица.",
                [Ent(("Српската полиција",), "ORG", "SRB", "COP"), Ent(("Митровица",), country="KOS")])
    assert [e.country for e in doc.entities if e.id in next(e for e in doc.events if e.type == "COERCE").recipient] == ["KOS"]


def _recipient_words(doc, etype):
    ev = next(e for e in doc.events if e.type == etype)
    by_id = {e.id: e for e in doc.entities}
    return [m.text for r in ev.recipient for m in by_id[r].mentions[:1]]


def test_a_pronoun_after_a_charge_is_the_one_the_story_arrested():
    doc = coded("Полицијата во Велес уапси возач од Гевгелија. Обвинителот отвори истрага против него.",
                [Ent(("Велес",), country="MKD"), Ent(("Гевгелија",), country="MKD")])
    assert _recipient_words(doc, "ACCUSE") == _recipient_words(doc, "COERCE") != []


def test_those_taking_part_are_a_collective_of_civilians():
    doc = coded("Полицијата во Ниш приведе четворица учесници во тепачката.", [Ent(("Ниш",), country="SRB")])
    assert [(e.country, e.sector) for e in doc.entities if e.id in next(ev for ev in doc.events if ev.type == "COERCE").recipient] \
        == [("SRB", "CVL")]


def test_the_two_sides_are_the_last_disputes_not_two_states_asked_since():
    doc = document("Турција ја обвини Грција дека ги крши правилата. Премиерот побара од Франција и Италија да посредуваат. "
                   "Генералниот секретар ги повика двете страни на воздржаност.",
                   [Ent(("Турција",), country="TUR"), Ent(("Грција",), country="GRC"), Ent(("Франција",), country="FRA"),
                    Ent(("Италија",), country="ITA")])
    for state in doc.entities:
        state.kb_id = f"gpe:{state.country}"  # (states, as the knowledge base links them)
    doc = EventStep("mk")(doc)
    ev = [e for e in doc.events if e.type == "REQUEST"][-1]
    assert sorted(e.country for e in doc.entities if e.id in ev.recipient) == ["GRC", "TUR"]


def test_a_states_own_service_sent_is_not_whom_the_aid_goes_to():
    doc = coded("Силен земјотрес го погоди Драч во Албанија. Владата на Македонија испрати тим на Дирекцијата за заштита и спасување.",
                [Ent(("Драч",), country="ALB"), Ent(("Албанија",), country="ALB"),
                 Ent(("Владата на Македонија",), "ORG", "MKD", "GOV"),
                 Ent(("Дирекцијата за заштита и спасување",), "ORG", "MKD", "GOV")])
    ev = next(e for e in doc.events if e.type == "AID")
    assert {e.country for e in doc.entities if e.id in ev.recipient} == {"ALB"}


def test_force_used_to_disperse_a_crowd_is_aimed_at_the_crowd():
    doc = coded("Полицијата во Подгорица употреби водени топови за да ја растера толпата пред Собранието.",
                [Ent(("Подгорица",), country="MNE")])
    assert [(e.country, e.sector) for e in doc.entities if e.id in next(ev for ev in doc.events if ev.type == "ASSAULT").recipient] \
        == [("MNE", "CVL")]


def test_a_site_named_after_the_polices_na_is_where_it_acted_not_whose_police_it_is():
    # `на граничниот премин Ќафасан`: the crossing is the place; the Macedonian police made the arrest
    police = Ent(("Македонската полиција",), "ORG", "MKD", "COP")
    doc = coded("Македонската полиција на граничниот премин Ќафасан уапси двајца криумчари.",
                [police, Ent(("Ќафасан",), "LOC", "ALB")], published="2026-04-15")
    assert only(doc, "COERCE").actor == ["E1"]


def test_the_institutions_asked_are_the_states_organs():
    # `ги повика институциите`: the state's institutions, a recipient of the government sector
    doc = coded("Здружението Глас ги повика институциите да ги казнат одговорните за загадувањето.",
                [Ent(("Здружението Глас",), "ORG", "MKD", "NGO")])
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.recipient) == [("MKD", "GOV")]


def test_hostages_released_are_not_of_their_captors_state():
    # the captors' state is not the hostages' (most often another's); a demonym gives theirs
    doc = coded("Бунтовниците од Ал Шабаб ги ослободија заложниците во петокот.",
                [Ent(("Ал Шабаб",), "ORG", "SOM", "REB")])
    assert codes(doc, only(doc, "RETREAT").recipient) == [(None, "CVL")]
    doc = coded("Бунтовниците од Ал Шабаб ги ослободија кенијските заложници во петокот.",
                [Ent(("Ал Шабаб",), "ORG", "SOM", "REB"), Ent(("кенијските",), country="KEN", kind="demonym")])
    assert [c for c, _ in codes(doc, only(doc, "RETREAT").recipient)] == ["KEN"]


def test_ministers_of_an_organisations_member_states_act_for_it_not_for_the_host_city():
    doc = coded("Министрите за финансии на земјите-членки на ОЕБС во вторникот во Виена се договорија да го зголемат буџетот.",
                [Ent(("ОЕБС",), "ORG", "IGO", "IGO"), Ent(("Виена",), country="AUT")])
    assert [c for c, _ in codes(doc, only(doc, "AGREE").actor)] == ["IGO"]


def test_a_states_official_talking_with_a_bodys_official_is_the_actor_and_the_body_the_recipient():
    doc = coded("Премиерот Петровски разговараше со генералниот секретар на ОЕБС Вилијам Хорн.",
                [Ent(("Петровски",), "PER", "MKD", "GOV"), Ent(("Вилијам Хорн",), "PER", "IGO", "IGO"),
                 Ent(("ОЕБС",), "ORG", "IGO", "IGO")])
    ev = only(doc, "CONSULT")
    assert (ev.actor, ev.recipient) == (["E1"], ["E2"])


def test_the_defence_whose_appeal_a_court_rejects_is_the_recipient():
    doc = coded("Апелациониот суд во Штип ја одби жалбата на одбраната како неоснована.",
                [Ent(("Апелациониот суд во Штип",), "ORG", "MKD", "JUD")])
    assert codes(doc, only(doc, "REJECT").recipient) == [("MKD", "JUD")]


def test_members_told_with_their_body_before_go_on_being_its_members():
    # `Лидерите на ОЕБС … Лидерите ја повикаа Ерменија`: the body's leaders, not the state they call on
    doc = coded("Лидерите на ОЕБС се сретнаа во Малта. Лидерите ја повикаа Ерменија да ги ослободи затворениците.",
                [Ent(("ОЕБС",), "ORG", "IGO", "IGO"), Ent(("Малта",), country="MLT"), Ent(("Ерменија",), country="ARM")])
    assert [c for c, _ in codes(doc, only(doc, "REQUEST").actor)] == ["IGO"]


def test_a_name_after_and_that_a_verb_follows_opens_the_next_clause():
    # not a second object of `на` before it: the subject of `ја нападнаа`
    assert ("COERCE", ["SRB"], ["KOS"]) in pipeline_events(
        "Илјадници Романци купуваат парцели на месечината и српските хакери ја нападнаа веб-страницата на Приштина.")
    assert pipeline_events("Романски хакери ја нападнаа веб-страницата на општината и српските медиуми ја објавија веста.") \
        == [("COERCE", ["ROU"], [])]
    # twin: no verb after it, the name is the preposition's too (whose site was attacked)
    assert pipeline_events("Романски хакери ја нападнаа веб-страницата на општината и српските медиуми.") \
        == [("COERCE", ["ROU"], ["SRB"])]


def test_a_peoples_noun_may_be_the_actors_compatriots_but_not_a_word_of_its_own_phrase():
    # Bosnian Serb forces and the Bosniaks they killed are both of Bosnia and Herzegovina
    assert pipeline_events("Во 1993 година сведокот го преживеал масакрот на околу 300 Бошњаци од страна на силите "
                           "на босанските Срби.") == [("ASSAULT", ["BIH"], ["BIH"])]
    # twin: no people named as the victims; the Serbs of the forces' own name are not their target
    assert pipeline_events("Во 1993 година сведокот го преживеал масакрот на околу 300 селани од страна на силите "
                           "на босанските Срби.") == [("ASSAULT", ["BIH"], [])]


def test_a_place_in_brackets_after_a_bodys_name_is_the_short_name_of_its_seat():
    assert pipeline_events("Мисијата на ОБСЕ во Босна и Херцеговина (БиХ) ја пофали општината Бихаќ.") \
        == [("SUPPORT", ["IGO"], ["BIH"])]
    # twin: after a person (here unlinked) the place in brackets is all the text gives of the actor
    assert pipeline_events("Пратеникот Милан Стефановиќ (Србија) ја пофали општината Бихаќ.") == [("SUPPORT", ["SRB"], ["BIH"])]


def test_towns_told_by_a_demonym_are_where_the_unnamed_collective_acts():
    story = "Германија ги заостри контролите на границата. "
    assert ("PROTEST", ["POL"], ["POL"]) in pipeline_events(
        story + "Во сабота илјадници луѓе протестираа во повеќе полски градови против имиграцијата.")
    # twin: the towns are what the protest is about, not where it is held: the story's state
    assert ("PROTEST", ["DEU"], ["DEU"]) in pipeline_events(
        story + "Во сабота илјадници луѓе протестираа против нападите врз полските градови.")


def test_an_agreement_approved_endorses_its_partner_before_its_maker():
    assert pipeline_events("Европската комисија вчера ја одобри спогодбата за слободна трговија со Албанија на ЕУ.") \
        == [("SUPPORT", ["EUR"], ["ALB"])]
    # twin: no partner after `со`, the owner after `на` is the one endorsed
    assert pipeline_events("Европската комисија вчера ја одобри спогодбата за слободна трговија на Албанија.") \
        == [("SUPPORT", ["EUR"], ["ALB"])]


def test_an_emir_is_a_role_whose_demonym_places_an_unknown_name():
    # the Kuwaiti emir phones the Qatari one: two states' heads, actor and recipient
    assert pipeline_events("Кувајтскиот емир Фахад Ал Мансури вчера телефонски разговараше со катарскиот емир "
                           "Тамим бин Хамад Ал Тани.") == [("CONSULT", ["KWT"], ["QAT"])]
    # a bare demonym before the name is no role phrase: nothing places him in Kuwait
    assert pipeline_events("Кувајтскиот Фахад Ал Мансури вчера телефонски разговараше со катарскиот емир "
                           "Тамим бин Хамад Ал Тани.") != [("CONSULT", ["KWT"], ["QAT"])]
