"""Unnamed groups as actors — a passive's agent, civil society, analysts, businesses:
sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import KOSOVO, MACEDONIA, SERBIA, VUCIC, Ent, codes, coded, only

MINISTER = Ent(("Тошковски",), "PER", "MKD", "GOV")


def test_an_unnamed_collective_after_the_agent_preposition_criticises():
    doc = coded("Министерот Тошковски беше критикуван од опозицијата поради одлуката.", [MINISTER])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [(None, "PTY")] and codes(doc, ev.recipient) == [("MKD", "GOV")]
    assert "passive" in ev.rule and "actor:collective" in ev.rule


def test_the_agent_phrase_od_strana_na_names_civil_society_by_its_adjective():
    doc = coded("Министерот Тошковски беше остро критикуван од страна на невладините организации.", [MINISTER])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [(None, "NGO")] and codes(doc, ev.recipient) == [("MKD", "GOV")]


def test_a_passive_agent_collective_comes_before_the_entrys_default_unnamed_actor():
    # `беше обвинет` alone is the prosecutors' act; here the text says who accused him
    doc = coded("Министерот Тошковски беше обвинет од граѓанските здруженија за злоупотреба.", [MINISTER])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [(None, "NGO")]


def test_analysts_and_activists_are_civilian_collectives():
    # (a role noun, `аналитичар`, before the verb's clitic heads no `на` phrase after the verb)
    doc = coded("Аналитичарите ја пофалија одлуката на Македонија.", [MACEDONIA])
    ev = only(doc, "SUPPORT")
    assert codes(doc, ev.actor)[0][1] == "CVL" and codes(doc, ev.recipient) == [("MKD", None)]
    doc = coded("Активистите го обвинија министерот Тошковски за злоупотреба.", [MINISTER])
    assert codes(doc, only(doc, "ACCUSE").actor)[0][1] == "CVL"


def test_prosecutors_are_the_judiciary_and_businesses_an_economic_collective():
    doc = coded("Обвинителите се повлекоа од случајот.", [])
    assert codes(doc, only(doc, "RETREAT").actor) == [("MKD", "JUD")]  # (a story naming no state is the home state's)
    doc = coded("Министерот Тошковски ги обвини големите градежни фирми дека ги креваат цените.", [MINISTER])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("MKD", "BUS")]  # the accuser's own country's firms


def test_officers_named_by_their_service_are_the_police():
    doc = coded("Полициските службеници извршија претрес во станот на осомничениот во Битола.", [])
    assert codes(doc, only(doc, "COERCE").actor) == [("MKD", "COP")]
    doc = coded("Полициски службеници приведоа тројца навивачи по натпреварот.", [])
    assert codes(doc, only(doc, "COERCE").actor) == [("MKD", "COP")]


def test_trades_that_strike_and_march_are_collectives():
    doc = coded("Рударите протестираа пред управната зграда на рудникот.", [])
    assert codes(doc, only(doc, "PROTEST").actor) == [("MKD", "CVL")]
    doc = coded("Штрајкувачите го блокираа влезот на фабриката.", [])
    assert codes(doc, only(doc, "PROTEST").actor) == [("MKD", "LAB")]


def test_crowds_blocking_a_legislature_or_an_embassy_protest_but_a_state_blocking_a_deal_rejects_it():
    for text in ("Демонстрантите го блокираа парламентот.", "Студентите ја блокираа амбасадата."):
        doc = coded(text, [])
        assert only(doc, "PROTEST").mode == "obstruct" and not [e for e in doc.events if e.type == "REJECT"]
    doc = coded("Унгарија го блокираше договорот за Украина.", [Ent(("Унгарија",), country="HUN")])
    assert only(doc, "REJECT") and not [e for e in doc.events if e.type == "PROTEST"]


def test_an_inspectorate_fining_a_firm_is_a_state_body():
    doc = coded("Инспекторатот ја казни фирмата со 5.000 евра поради непријавени работници.", [])
    assert codes(doc, only(doc, "SANCTION").actor) == [("MKD", "GOV")]


def test_representatives_of_a_body_met_are_that_body():
    doc = coded("Министерот Тошковски се сретна со претставниците на синдикатот на полицијата.", [MINISTER])
    ev = only(doc, "CONSULT")
    assert sorted(codes(doc, ev.actor + ev.recipient)) == [("MKD", "GOV"), ("MKD", "LAB")]


def test_the_leadership_of_a_body_met_or_acting_is_that_body():
    doc = coded("Министерот Тошковски се сретна со раководството на синдикатот на цариниците.", [MINISTER])
    ev = only(doc, "CONSULT")
    assert sorted(codes(doc, ev.actor + ev.recipient)) == [("MKD", "GOV"), ("MKD", "LAB")]
    party = Ent(("Левица",), "ORG", "MKD", "PTY")
    doc = coded("Раководството на Левица ги повика пензионерите на протест.", [party])
    assert codes(doc, only(doc, "REQUEST").actor) == [("MKD", "PTY")]


def test_hauliers_are_a_business_collective_that_demands():
    doc = coded("Српските превозници побараа од хрватските власти да го отворат граничниот премин.",
                [Ent(("Српските",), country="SRB", kind="demonym"), Ent(("хрватските",), country="HRV", kind="demonym")])
    assert codes(doc, only(doc, "REQUEST").actor) == [("SRB", "BUS")]


def test_a_ruling_coalition_is_a_party_actor():
    doc = coded("Министерот Тошковски ја обвини опозициската коалиција дека ги лаже граѓаните.", [MINISTER])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("MKD", "PTY")]


def test_an_organisation_named_by_what_it_deals_with_is_no_actor_of_it():
    # `организации за вонредни состојби`: emergency services, not a state of emergency declared
    doc = coded("Пожарникарите и другите организации за вонредни состојби им помагаат на луѓето.", [])
    assert not [e for e in doc.events if e.type == "COERCE"]


def test_an_unnamed_collective_after_an_acts_noun_is_not_taken_for_its_agent():
    # `нападите од опозицијата` are words said against her: no assault by the opposition
    doc = coded("Премиерката продолжи со планот и покрај нападите од опозицијата.", [])
    assert not [e for e in doc.events if e.type == "ASSAULT"]



def test_the_people_counted_after_more_than_are_the_object():
    doc = coded("Ерменската полиција приведе повеќе од сто демонстранти пред Собранието.",
                [Ent(("Ерменската полиција",), type="ORG", country="ARM", sector="COP")])
    ev = only(doc, "COERCE")
    assert codes(doc, ev.recipient) == [("ARM", "CVL")]


def test_followers_of_a_cause_are_a_civilian_collective():
    tbilisi = Ent(("Тбилиси",), country="GEO")
    doc = coded("Група поддржувачи на независноста приведени од полицијата во Тбилиси беа пуштени вечерта.", [tbilisi])
    assert codes(doc, only(doc, "COERCE").recipient) == [("GEO", "CVL")]
    doc = coded("Полицијата во Тбилиси приведе десетина приврзаници на опозицијата.", [tbilisi])
    assert codes(doc, only(doc, "COERCE").recipient) == [("GEO", "CVL")]


def test_who_organises_a_protest_holds_it():
    doc = coded("Во Ереван опозицијата организираше протест пред Собранието.", [Ent(("Ереван",), country="ARM")])
    assert codes(doc, only(doc, "PROTEST").actor) == [("ARM", "PTY")]


def test_a_state_after_the_collectives_verb_is_whom_it_acts_on_not_its_owner():
    # `од Црна Гора` after `побараа` is whom the authorities ask; they are of the sentence's place
    tirana = Ent(("Тирана",), country="ALB")
    doc = coded("Во Тирана, властите побараа од Црна Гора да го екстрадира осомничениот.",
                [tirana, Ent(("Црна Гора",), country="MNE")])
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.actor)[0][0] == "ALB" and codes(doc, ev.recipient) == [("MNE", None)]


def test_an_unnamed_police_is_of_the_state_whose_officials_the_story_names_not_of_the_victims_demonym():
    # the tourists' demonym names the state most often, but the minister says whose police acts
    bulgarian = Ent(("бугарски",), country="BGR", kind="demonym")
    doc = coded("Петмина бугарски туристи се повредени во несреќа кај Дојран. Другите бугарски туристи се вратија дома. "
                "Министерот Тошковски ја посети болницата. Возачот е уапсен.",
                [bulgarian, Ent(("Дојран",), country="MKD"), MINISTER])
    assert codes(doc, only(doc, "COERCE").actor) == [("MKD", "COP")]
    # home officials who only react to a story abroad, naming no place of their state, say nothing of its police
    doc = coded("Експлозија во Лондон уби тројца луѓе. Лондон е во шок. Министерот Тошковски изрази сочувство. "
                "Осомничениот е уапсен.", [Ent(("Лондон",), country="GBR"), MINISTER])
    assert codes(doc, only(doc, "COERCE").actor) == [("GBR", "COP")]


def test_thieves_and_robbers_arrested_are_criminals_of_the_sentences_place():
    doc = coded("Во Белград, полицијата уапси тројца крадци кои ограбувале станови.", [Ent(("Белград",), country="SRB")])
    assert codes(doc, only(doc, "COERCE").recipient) == [("SRB", "CRM")]


def test_a_place_far_into_the_verbs_complement_is_not_where_the_unnamed_body_acts():
    # `во северна Сирија` is where the operations are, not the parliament's state
    doc = coded("Турција стравува од нови напади врз Анкара. Парламентот го продолжуваше мандатот на војската "
                "за операции против бунтовниците во северна Сирија.",
                [Ent(("Турција",), country="TUR"), Ent(("Анкара",), country="TUR"), Ent(("Сирија",), country="SYR")])
    assert codes(doc, only(doc, "MOBILIZE").actor) == [("TUR", "LEG")]


def test_an_unnamed_prosecution_goes_on_for_the_state_whose_police_the_sentence_before_placed():
    # Minsk, the state named the most, is whom he spied for, not who charges him
    doc = coded("Белорускиот инженер Павел Морозов беше приведен во Вилнус. Тој е обвинет за шпионажа во корист на Минск.",
                [Ent(("Павел Морозов", "Морозов"), "PER", "BLR", "BUS"), Ent(("Вилнус",), country="LTU"),
                 Ent(("Минск",), country="BLR"), Ent(("Белорускиот",), country="BLR", kind="demonym")])
    assert codes(doc, only(doc, "ACCUSE").actor) == [("LTU", "JUD")]


def test_professors_are_an_unnamed_collective_of_academics():
    doc = coded("Министерот Петровски го укина државниот испит. Професорите ја критикуваа одлуката.",
                [Ent(("Петровски",), "PER", "MKD", "GOV")])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor)[0][1] == "EDU" and ev.recipient == ["E1"]


def test_they_after_a_bare_plural_collective_that_acted_are_that_collective():
    doc = coded("Илјадници земјоделци протестираа пред Владата. Тие бараат исплата на субвенциите.",
                [Ent(("Владата",), "ORG", "MKD", "GOV")])
    protest, request = only(doc, "PROTEST"), only(doc, "REQUEST")
    assert request.actor == protest.actor and codes(doc, request.actor)[0][1] == "CVL"


def test_with_no_place_told_the_unnamed_police_is_of_the_state_of_the_person_arrested():
    # the story is Macedonian news, but nothing says the Greek was arrested at home
    doc = coded("Скопје и Софија ги продолжија разговорите. Грчкиот бизнисмен Јанис Пападопулос беше уапсен поради перење пари.",
                [Ent(("Скопје",), country="MKD"), Ent(("Софија",), country="BGR"),
                 Ent(("Јанис Пападопулос",), "PER", "GRC", "BUS")])
    assert codes(doc, only(doc, "COERCE").actor) == [("GRC", "COP")]
    # a place told wins
    doc = coded("Грчкиот бизнисмен Јанис Пападопулос беше уапсен во Битола поради перење пари.",
                [Ent(("Јанис Пападопулос",), "PER", "GRC", "BUS"), Ent(("Битола",), country="MKD")])
    assert codes(doc, only(doc, "COERCE").actor) == [("MKD", "COP")]


def test_a_states_side_named_by_its_demonym_acts_for_its_government():
    doc = coded("Бугарската страна повторно го блокираше почетокот на преговорите со Скопје.",
                [Ent(("Бугарската",), country="BGR", kind="demonym"), Ent(("Скопје",), country="MKD")])
    assert codes(doc, only(doc, "REJECT").actor) == [("BGR", "GOV")]
    # a bare side is a side of anything: `they` of the sentence before accuse, not a state
    doc = coded("Од друга страна, тие ја обвинија Владата за корупција.", [Ent(("Владата",), "ORG", "MKD", "GOV")])
    assert not doc.events


def test_members_of_a_body_act_for_the_body():
    doc = coded("Членовите на синдикатот протестираа пред Владата во понеделникот.", [Ent(("Владата",), "ORG", "MKD", "GOV")])
    assert codes(doc, only(doc, "PROTEST").actor) == [("MKD", "LAB")]
    # and the members of an association named by whom it gathers
    doc = coded("Членовите на здружението на новинарите ја обвинија полицијата за напад врз фоторепортер.", [])
    assert [sector for _, sector in codes(doc, only(doc, "ACCUSE").actor)] == ["NGO"]
    # met, they are no subject
    doc = coded("Министерот Тошковски се сретна со членовите на синдикатот.", [MINISTER])
    assert "LAB" in [sector for _, sector in codes(doc, only(doc, "CONSULT").actor)]


def test_a_church_and_its_clergy_are_religious_actors():
    doc = coded("Свештениците ја повикаа Владата да го повлече законот.", [Ent(("Владата",), "ORG", "MKD", "GOV")])
    assert codes(doc, only(doc, "REQUEST").actor) == [("MKD", "REL")]


def test_firefighters_evacuating_people_give_relief():
    doc = coded("Пожарникарите ги евакуираа жителите на селото кај Кочани.", [Ent(("Кочани",), country="MKD")])
    assert codes(doc, only(doc, "AID").actor) == [("MKD", "CVL")]


def test_a_single_non_governmental_body_is_an_ngo():
    doc = coded("Невладиниот сектор бара оставка од министерот за животна средина.", [])
    assert [sector for _, sector in codes(doc, only(doc, "REQUEST").actor)] == ["NGO"]


def test_leaders_of_the_region_are_of_no_one_state():
    costa = Ent(("Антонио Коста",), "PER", "EUR", "IGO")
    doc = coded("Бугарија ги блокираше преговорите. Антонио Коста ги повика лидерите од регионот да ги забрзаат реформите.",
                [Ent(("Бугарија",), country="BGR"), costa])
    assert codes(doc, only(doc, "REQUEST").recipient) == [(None, "GOV")]


def test_a_collective_an_object_clitic_doubles_is_no_subject_of_the_next_verb():
    # `ја презедоа власта`: `власта` is what the officers took, they arrest the president
    doc = coded("Офицерите ја презедоа власта во Либревил и го уапсија претседателот Жан Нзуе.",
                [Ent(("Либревил",), country="GAB"), Ent(("Жан Нзуе",), "PER", "GAB", "GOV")])
    arrest = only(doc, "COERCE")
    assert codes(doc, arrest.actor) == [("GAB", "MIL")] and arrest.recipient == ["E2"]


def test_a_part_of_a_collective_acts_for_it():
    # `Дел од пратениците го критикуваа …`: the part told by a partitive word and `од` is the collective's act
    doc = coded("Дел од пратениците го критикуваа министерот Тошковски.", [MINISTER])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [(None, "LEG")] and ev.recipient == ["E1"]
    doc = coded("Двајца од синдикалците го повикаа министерот Тошковски на средба.", [MINISTER])
    assert codes(doc, only(doc, "AGREE").actor)[0][1] == "LAB"
    # a part of a collective governed by a preposition is no subject (`Со дел од пратениците …`)
    doc = coded("Со дел од пратениците министерот Тошковски се сретна пред Собранието.", [MINISTER])
    assert all(codes(doc, e.actor)[:1] != [(None, "LEG")] for e in doc.events)

def test_molotov_cocktails_thrown_by_demonstrators_are_a_riot():
    doc = coded("Демонстрантите фрлија молотовљеви коктели кон зградата на општината.", [])
    assert only(doc, "PROTEST").mode == "riot" and not [e for e in doc.events if e.type == "ASSAULT"]


def test_a_plural_clitic_no_name_fits_stands_for_the_unnamed_collective_before_it():
    # `им вети`, `ги повика да`: with no plural named, the collective told earlier in the sentence is addressed
    doc = coded("Министерот Тошковски излезе пред пензионерите и им вети дека пензиите ќе пораснат.", [MINISTER])
    assert codes(doc, only(doc, "AGREE").recipient) == [("MKD", "CVL")]
    doc = coded("Министерот Тошковски ги прими советниците и ги повика да го поддржат буџетот.", [MINISTER])
    assert codes(doc, only(doc, "REQUEST").recipient) == [("MKD", "LEG")]


# `компанијата` after a company was named is that company, as subject or object (not the speaker's country)
def test_the_company_named_before_is_the_one_blamed_or_speaking():
    dairy = Ent(("„Млекара Вардар“",), "ORG", "SRB", "BUS")
    minister = Ent(("Беса Имери",), "PER", "MKD", "GOV")
    doc = coded("Српската „Млекара Вардар“ ја купи фабриката во Струмица. Беса Имери ја обвини компанијата дека не ги "
                "платила фармерите.", [dairy, minister])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("SRB", "BUS")]
    doc = coded("Српската „Млекара Вардар“ ја купи фабриката во Струмица. Компанијата ја обвини Беса Имери дека ги "
                "блокира дозволите.", [dairy, minister])
    assert codes(doc, only(doc, "ACCUSE").actor) == [("SRB", "BUS")]


# `банката` after a development bank was named is that bank, an international body, not an unnamed firm
def test_the_bank_named_before_is_the_bank_of_any_sector():
    bank = Ent(("Европската инвестициска банка", "ЕИБ"), "ORG", "IGO", "IGO")
    doc = coded("Европската инвестициска банка одобри заем за пругата. Министерот Петар Петров ја пофали банката "
                "за брзата одлука.", [bank, Ent(("Петар Петров",), "PER", "MKD", "GOV")])
    assert codes(doc, only(doc, "SUPPORT").recipient) == [("IGO", "IGO")]


def test_the_bank_after_an_international_bank_was_named_is_that_bank():
    bank = Ent(("Светската банка", "СБ"), "ORG", "IGO", "IGO", name_en="World Bank")
    doc = coded("Од СБ соопштија дека банката ќе обезбеди заем од 40 милиони евра за Албанија.",
                [bank, Ent(("Албанија",), country="ALB")])
    ev = next(e for e in doc.events if e.trigger.text.startswith("обезбеди"))
    assert codes(doc, ev.actor) == [("IGO", "IGO")]


def test_the_competent_authorities_and_a_paramilitary_are_named_by_their_adjective():
    doc = coded("Министерот Тошковски ги повика надлежните институции да го истражат случајот.", [MINISTER])
    assert codes(doc, only(doc, "REQUEST").recipient) == [("MKD", "GOV")]
    sudan = Ent(("Судан",), country="SDN")
    doc = coded("Владата на Судан ја обвини паравоената формација за нападот врз пазарот.", [sudan])
    assert [s for _, s in codes(doc, only(doc, "ACCUSE").recipient)] == ["REB"]


# a part of a body's members acts for the body, as the members do (`Некои членови на партијата …`)
def test_a_part_of_the_members_of_an_unnamed_body_acts_for_it():
    doc = coded("Дел од членовите на синдикатот ја критикуваа Владата за новиот закон.", [Ent(("Владата",), "ORG", "MKD", "GOV")])
    assert [s for _, s in codes(doc, only(doc, "ACCUSE").actor)] == ["LAB"]
    doc = coded("Мнозинството од членовите на партијата го поддржаа предлогот на Владата.", [Ent(("Владата",), "ORG", "MKD", "GOV")])
    assert [s for _, s in codes(doc, only(doc, "SUPPORT").actor)] == ["PTY"]


def test_a_part_of_the_members_governed_by_a_preposition_is_no_subject():
    doc = coded("Министерот Тошковски се сретна со дел од членовите на синдикатот и ги пофали.", [MINISTER])
    assert codes(doc, only(doc, "SUPPORT").actor) == [("MKD", "GOV")]  # the minister praises, not the members


def test_negotiating_teams_of_two_states_talk_for_their_states():
    doc = coded("Преговарачките тимови на Србија и Косово вчера разговараа во Брисел за енергетиката.", [SERBIA, KOSOVO])
    assert sorted(codes(doc, only(doc, "CONSULT").actor)) == [("KOS", None), ("SRB", None)]
    # the teams asked by someone named before them: he asks, they are asked
    doc = coded("Претседателот Вучиќ ги повика преговарачките тимови на Србија и Косово да се вратат на масата.",
                [VUCIC, SERBIA, KOSOVO])
    assert codes(doc, only(doc, "REQUEST").actor) == [("SRB", "GOV")]


def test_a_bodys_efforts_and_checks_backed_are_aimed_at_the_body():
    doc = coded("Министерот Тошковски ги поддржа напорите на полицијата.", [MINISTER])
    assert codes(doc, only(doc, "SUPPORT").recipient) == [("MKD", "COP")]
    doc = coded("Министерот Тошковски ги поздрави контролите на инспекторите.", [MINISTER])
    assert codes(doc, only(doc, "SUPPORT").recipient) == [("MKD", "GOV")]
    # the efforts for someone's sake are not that one's
    doc = coded("Министерот Тошковски ги поддржа напорите за заштита на граѓаните.", [MINISTER])
    assert codes(doc, only(doc, "SUPPORT").recipient) == []


def test_the_resignation_demanded_of_a_collective_is_aimed_at_it():
    doc = coded("Опозицијата побара оставка на владата.", [])
    assert codes(doc, only(doc, "REQUEST").recipient) == [("MKD", "GOV")] and "recipient:implied" not in only(doc, "REQUEST").rule
    # a protection demanded for a group is not asked of it
    doc = coded("Опозицијата побара заштита на граѓаните.", [])
    assert codes(doc, only(doc, "REQUEST").recipient) != [("MKD", "CVL")]


def test_a_rival_congratulated_is_of_the_losers_own_state():
    doc = coded("Министерот Тошковски го призна поразот и му честиташе на противникот.", [MINISTER])
    assert codes(doc, only(doc, "SUPPORT").recipient) == [("MKD", "OPP")]
    doc = coded("Министерот Тошковски го призна поразот и му честиташе на тимот.", [MINISTER])
    assert codes(doc, only(doc, "SUPPORT").recipient) == []


UNION = Ent(("ЕУ",), "ORG", "EUR", "IGO")
PREMIER = Ent(("Мелони",), "PER", "ITA", "GOV")


def test_an_organisations_members_told_bare_as_an_object_are_its_members():
    doc = coded("Премиерката Мелони рече дека планот на ЕУ е добар и ги повика членките да го прифатат.", [UNION, PREMIER])
    assert codes(doc, only(doc, "REQUEST").recipient) == [("EUR", "GOV")]
    # as a subject they are no collective of their own
    doc = coded("Премиерката Мелони ја пофали ЕУ. Членките не постигнаа согласност за изјава.", [UNION, PREMIER])
    assert all(codes(doc, ev.actor) != [("EUR", "GOV")] for ev in doc.events)


VIENNA = Ent(("Виена",), "LOC", "AUT")


def test_an_organs_owner_stands_after_its_portfolio():
    # `на ЕУ` after `за внатрешни работи` is whose the ministers are, not the meeting's place
    doc = coded("На состанокот во Виена, министрите за внатрешни работи на ЕУ се договорија за нови правила за азил.",
                [VIENNA, UNION])
    assert [c for c, _ in codes(doc, only(doc, "AGREE").actor)] == ["EUR"]
    # without an owner the place tells their state
    doc = coded("На состанокот во Виена, министрите за внатрешни работи се договорија за нови правила за азил.",
                [VIENNA, UNION])
    assert [c for c, _ in codes(doc, only(doc, "AGREE").actor)] == ["AUT"]


COURT = Ent(("Европскиот суд за човекови права",), "ORG", "IGO", "JUD")
SKOPJE = Ent(("Скопје",), "LOC", "MKD")


def test_the_court_is_the_court_told_before():
    # `судот` after the Strasbourg court is named stands for it, not for a court of the protest's town
    doc = coded("Европскиот суд за човекови права вчера ја отфрли тужбата. "
                "Во Скопје стотици граѓани протестираа против одлуката на судот.", [COURT, SKOPJE])
    assert [c for c, _ in codes(doc, only(doc, "PROTEST").recipient)] == ["IGO"]
    # with no court named before, the court is one of the town's state
    doc = coded("Владата вчера ја отфрли тужбата. "
                "Во Скопје стотици граѓани протестираа против одлуката на судот.", [SKOPJE])
    assert [c for c, _ in codes(doc, only(doc, "PROTEST").recipient)] == ["MKD"]


TRIBUNAL = Ent(("Меѓународниот трибунал за воени злосторства",), "ORG", "UNO", "JUD")
FUGITIVE = Ent(("Марко Петровски",), "PER", "SRB", "MIL")


def test_a_body_anaphor_under_the_recipient_preposition_is_the_body_named_before():
    # `на трибуналот` is whom he is handed to: the tribunal named before, not the man handed over
    doc = coded("Меѓународниот трибунал за воени злосторства го обвини Марко Петровски за злосторства. "
                "Министерот Вучиќ изјави дека Србија ќе го предаде Марко Петровски на трибуналот.", [TRIBUNAL, FUGITIVE, VUCIC])
    ev = next(ev for ev in doc.events if ev.type in ("AGREE", "COOPERATE"))
    assert [c for c, _ in codes(doc, ev.recipient)] == ["UNO"] and "recipient:told_body" in ev.rule
    # no tribunal named before: no body for the anaphor to stand for
    doc = coded("Обвинителите го обвинија Марко Петровски за злосторства. "
                "Министерот Вучиќ изјави дека Србија ќе го предаде Марко Петровски на трибуналот.", [FUGITIVE, VUCIC])
    assert all("recipient:told_body" not in ev.rule for ev in doc.events)


COMMISSION = Ent(("Државната изборна комисија",), "ORG", "MKD", "GOV")
EUROPEAN_UNION = Ent(("Европската унија",), "ORG", "EUR", "IGO")
CONSTITUTIONAL_COURT = Ent(("Уставниот суд",), "ORG", "MKD", "JUD")
COUNCIL = Ent(("Советот за безбедност на ОН",), "ORG", "UNO", "IGO")
OPPOSITION_LEADER = Ent(("Мицкоски",), "PER", "MKD", "PTY")


def test_a_bare_commission_object_is_the_commission_named_before():
    # `ја обвини комисијата`: the commission named a sentence before, by a name whose head noun is the kind
    doc = coded("Државната изборна комисија ги објави резултатите. "
                "Мицкоски вчера ја обвини комисијата за измама.", [COMMISSION, OPPOSITION_LEADER])
    assert only(doc, "ACCUSE").recipient == [e.id for e in doc.entities if e.name == "Државната изборна комисија"]
    # a body of another kind named before is no commission
    doc = coded("Уставниот суд ги објави резултатите. "
                "Мицкоски вчера ја обвини комисијата за измама.", [CONSTITUTIONAL_COURT, OPPOSITION_LEADER])
    court = [e.id for e in doc.entities if e.name == "Уставниот суд"]
    assert only(doc, "ACCUSE").recipient != court


def test_a_bare_union_or_council_subject_is_the_one_named_before():
    # `Унијата`: a word of the name told before is the kind (`Европската унија`), so it acts
    doc = coded("Европската унија ги објави условите. Унијата вчера ја критикуваше Србија поради одлуката.", [EUROPEAN_UNION, SERBIA])
    assert codes(doc, only(doc, "ACCUSE").actor) == [("EUR", "IGO")]
    doc = coded("Советот за безбедност на ОН ја усвои резолуцијата. Советот вчера ја критикуваше Србија поради нападите.",
                [COUNCIL, SERBIA])
    assert codes(doc, only(doc, "ACCUSE").actor) == [("UNO", "IGO")]


def test_a_council_its_adjective_names_or_its_owner_follows_is_not_the_one_named_before():
    doc = coded("Советот за безбедност на ОН ја усвои резолуцијата. Воениот совет ја отфрли резолуцијата.", [COUNCIL])
    assert codes(doc, only(doc, "REJECT").actor) == [(None, "MIL")]
    doc = coded("Европската унија ги објави условите. Мицкоски ја критикуваше комисијата на Србија поради одлуката.",
                [EUROPEAN_UNION, OPPOSITION_LEADER, SERBIA])
    assert ("EUR", "IGO") not in codes(doc, only(doc, "ACCUSE").recipient)


UN_MISSION = Ent(("Мисијата на ОН на Косово",), "ORG", "UNO", "IGO")
MINISTER_FOR_KOSOVO = Ent(("Самарџиќ",), "PER", "SRB", "GOV")


def test_a_kind_noun_after_a_definite_adjective_is_the_body_named_before():
    # `меѓународната мисија`: the article is on the adjective, so it is the mission told before
    doc = coded("Мисијата на ОН на Косово ја презеде контролата. "
                "Самарџиќ вчера ја обвини меѓународната мисија за насилство.", [UN_MISSION, MINISTER_FOR_KOSOVO])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("UNO", "IGO")]
    # the bare indefinite noun (`обвини мисија`) is no anaphor
    doc = coded("Мисијата на ОН на Косово ја презеде контролата. "
                "Самарџиќ вчера ја обвини мисија за насилство.", [UN_MISSION, MINISTER_FOR_KOSOVO])
    assert ("UNO", "IGO") not in codes(doc, only(doc, "ACCUSE").recipient)


def test_a_definite_crowd_told_again_keeps_the_country_of_the_crowd_told_before():
    known = [Ent(("Германија",), country="DEU"), Ent(("Берлин",), country="DEU"), Ent(("Варшава",), country="POL"),
             Ent(("Јан Ковалски", "Ковалски"), "PER", "POL", "GOV")]
    story = "Германија воведе нови правила за мигрантите, а Берлин ги брани мерките. Германија ќе ги задржи контролите. "
    doc = coded(story + "Илјадници луѓе вчера протестираа во Варшава. "
                "Демонстрантите го обвинија премиерот Јан Ковалски дека попушта пред Германија.", known)
    assert codes(doc, only(doc, "ACCUSE").actor) == [("POL", "CVL")]
    # an indefinite plural is not the crowd told again: of the state the story names most, as before
    twin = coded(story + "Илјадници луѓе вчера протестираа во Варшава. "
                 "Демонстранти го обвинија премиерот Јан Ковалски дека попушта пред Германија.", known)
    assert codes(twin, only(twin, "ACCUSE").actor) == [("DEU", "CVL")]
