"""Neighbours' politics told by Macedonian portals (2025–2026): refusals, attacks in the north of
Kosovo and offers of dialogue. Sentences invented for these tests."""
from tests.events.helpers import Ent, coded, codes, only

ALBANIA = Ent(("Тирана",), country="ALB")
MONTENEGRO = Ent(("Подгорица",), country="MNE")


def test_an_announced_refusal_to_extradite_is_a_rejection():
    doc = coded("Претседателот Фатмир Лека изјави дека Подгорица нема да го изручи осомничениот на Тирана.",
                [Ent(("Фатмир Лека",), "PER", "MNE", "GOV"), MONTENEGRO, ALBANIA])
    assert "COOPERATE" not in [e.type for e in doc.events]
    assert [country for country, _ in codes(doc, only(doc, "REJECT").recipient)] == ["ALB"]


def test_a_stance_kept_toward_a_state_is_refused_to_it():
    doc = coded("Министерот Иван Стојков изјави дека Софија нема да ја промени позицијата кон Тирана.",
                [Ent(("Иван Стојков",), "PER", "BGR", "GOV"), Ent(("Софија",), country="BGR"), ALBANIA])
    assert codes(doc, only(doc, "REJECT").recipient) == [("ALB", None)]


def test_stones_thrown_at_a_patrol_are_an_attack():
    patrol = Ent(("патролата",), "ORG", "KOS", "COP")
    doc = coded("Непознати лица фрлиле камења врз патролата во Зубин Поток.", [patrol])
    assert codes(doc, only(doc, "ASSAULT").recipient) == [("KOS", "COP")]


def test_dialogue_offered_to_students_is_an_offer():
    doc = coded("Премиерот Драган Илиќ им понуди дијалог на студентите.", [Ent(("Драган Илиќ",), "PER", "SRB", "GOV")])
    assert only(doc, "AGREE").actor


def test_the_na_phrase_a_dative_clitic_doubles_after_the_thing_offered_is_the_recipient():
    doc = coded("Премиерот Драган Илиќ им понуди разговори на земјоделците.", [Ent(("Драган Илиќ",), "PER", "SRB", "GOV")])
    assert codes(doc, only(doc, "AGREE").recipient) == [("SRB", "CVL")]


def test_a_protests_organisers_are_civilians_of_the_accusers_state():
    doc = coded("Претседателот Драган Илиќ ги обвини организаторите дека се платени од странство.",
                [Ent(("Драган Илиќ",), "PER", "SRB", "GOV")])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("SRB", "CVL")]


def test_negotiators_met_are_their_states_organ():
    envoy = Ent(("Лука Ферари",), "PER", "EUR", "IGO")
    doc = coded("Лука Ферари се сретна со главните преговарачи на Косово.", [envoy, Ent(("Косово",), country="KOS")])
    assert codes(doc, only(doc, "CONSULT").recipient) == [("KOS", "GOV")]


def test_a_conference_attended_with_a_partner_is_held_with_that_partner_not_the_town():
    doc = coded("Премиерот Марко Вуковиќ во Брисел учествуваше на конференцијата со Европската унија.",
                [Ent(("Марко Вуковиќ",), "PER", "MNE", "GOV"), Ent(("Брисел",), country="BEL"),
                 Ent(("Европската унија",), "ORG", "EUR", "IGO")])
    assert codes(doc, only(doc, "CONSULT").recipient) == [("EUR", "IGO")]


def test_a_rector_speaks_for_the_university():
    university = Ent(("Универзитетот во Ниш",), "ORG", "SRB", None)
    doc = coded("Ректорот на Универзитетот во Ниш го осуди нападот врз студентите.", [university])
    assert only(doc, "ACCUSE").actor == ["E1"]


def test_a_criticism_of_a_law_just_before_is_the_one_its_rejection_answers():
    embassy = Ent(("Амбасадата на САД",), "ORG", "USA", "GOV")
    accuser = Ent(("Зоран Марковиќ",), "PER", "BIH", "PTY")
    leader = Ent(("Недељко Пеиќ",), "PER", "BIH", "GOV")
    doc = coded("Зоран Марковиќ го обвини Недељко Пеиќ за кризата. Амбасадата на САД го критикуваше законот за странски агенти. "
                "Недељко Пеиќ ги отфрли критиките.", [accuser, embassy, leader])
    assert codes(doc, only(doc, "REJECT").recipient) == [("USA", "GOV")]


def test_reinforcement_told_in_reported_speech_mobilizes():
    # the l-form of reported speech (`соопшти дека ги засилила патролите`)
    doc = coded("Мисијата ЕУФОР соопшти дека ги засилила патролите околу Брчко.", [Ent(("ЕУФОР",), "ORG", "EUR", "MIL")])
    assert codes(doc, only(doc, "MOBILIZE").actor) == [("EUR", "MIL")]


def test_protest_notes_sent_in_a_systematic_dispute_are_a_complaint_not_aid():
    # `систематски` is no weapon system: sending notes is no material help
    doc = coded("Министерот Петар Илиев рече дека Белград испратил три протестни ноти до Подгорица, која систематски ги прекршува договорите.",
                [Ent(("Петар Илиев",), "PER", "SRB", "GOV"), Ent(("Белград",), country="SRB"), MONTENEGRO])
    assert "AID" not in [e.type for e in doc.events]
    assert "ACCUSE" in [e.type for e in doc.events]


def test_member_states_told_bare_are_the_members_of_the_organisation_named_before():
    eu = Ent(("ЕУ",), "ORG", "EUR", "IGO")
    doc = coded("Подгорица одржа конференција со ЕУ.Премиерот Андреј Вуковиќ им се заблагодари на земјите членки за поддршката.",
                [MONTENEGRO, eu, Ent(("Андреј Вуковиќ",), "PER", "MNE", "GOV")])
    assert codes(doc, only(doc, "SUPPORT").recipient) == [("EUR", "GOV")]
    # an official of the organisation addressing its own members: no other party
    doc = coded("Лидерите разговараа за ЕУ.Претседателката на Комисијата Ана Линдберг ги повика земјите членки да ја забрзаат помошта.",
                [eu, Ent(("Ана Линдберг",), "PER", "EUR", "IGO")])
    assert not [c for c, _ in codes(doc, only(doc, "REQUEST").recipient) if c]


def test_allies_told_bare_are_the_members_of_the_alliance_named_before():
    nato = Ent(("НАТО",), "ORG", "IGO", "IGO")
    doc = coded("Министрите на НАТО се состанаа во Брисел. Шведскиот министер Карл Олсон побара од сојузниците "
                "да испратат повеќе муниција.", [nato, Ent(("Карл Олсон",), "PER", "SWE", "GOV")])
    assert codes(doc, only(doc, "REQUEST").recipient) == [("IGO", "GOV")]


def test_a_people_told_with_where_it_lives_is_of_that_state():
    # `на` and `од` tell residence as `во` does (`Србите на Косово`, `Бугарите од Македонија`)
    kosovo, serbia = Ent(("Косово",), country="KOS"), Ent(("Србите",), country="SRB", kind="demonym")
    doc = coded("Премиерот Арбен Гаши ги повика Србите на Косово да учествуваат на локалните избори.",
                [Ent(("Арбен Гаши",), "PER", "KOS", "GOV"), serbia, kosovo])
    assert [c for c, _ in codes(doc, only(doc, "REQUEST").recipient)] == ["KOS"]
    doc = coded("Премиерот Арбен Гаши ги повика Србите од Косово да учествуваат на локалните избори.",
                [Ent(("Арбен Гаши",), "PER", "KOS", "GOV"), serbia, kosovo])
    assert [c for c, _ in codes(doc, only(doc, "REQUEST").recipient)] == ["KOS"]


def test_an_organ_a_mission_abroad_speaks_of_is_the_host_states():
    embassy = Ent(("Амбасадата на Холандија",), "ORG", "NLD", "GOV")
    doc = coded("Амбасадата на Холандија во Подгорица ја поздрави одлуката на судот.",
                [embassy, MONTENEGRO])
    assert codes(doc, only(doc, "SUPPORT").recipient) == [("MNE", "JUD")]


def test_a_refusal_to_give_up_a_stance_or_property_is_a_rejection():
    church = Ent(("Митрополитот Амфилохиј",), "PER", "MNE", "REL")
    doc = coded("Митрополитот Амфилохиј изјави дека црквата нема да се откаже од своите светилишта.", [church])
    assert only(doc, "REJECT").type == "REJECT"
    doc = coded("Министерот Никос Папас рече дека Атина нема да се откаже од својот став за спорот.",
                [Ent(("Никос Папас",), "PER", "GRC", "GOV"), Ent(("Атина",), country="GRC")])
    assert "CONCEDE" not in [e.type for e in doc.events] and only(doc, "REJECT")


def test_an_unnamed_organ_warned_of_consequences_is_the_threatened_side():
    office = Ent(("Канцеларијата на високиот претставник",), "ORG", "IGO", "IGO")
    doc = coded("Канцеларијата на високиот претставник ги предупреди властите во Подгорица дека секое одбивање "
                "ќе има последици.", [office, MONTENEGRO], quotes=True)
    assert codes(doc, only(doc, "THREATEN").recipient) == [("MNE", "GOV")]


def test_the_faithful_a_bishop_calls_on_are_the_recipient():
    bishop = Ent(("Владиката Методиј",), "PER", "MNE", "REL")
    doc = coded("Владиката Методиј ги повика верниците во недела да се соберат пред манастирот.", [bishop])
    assert codes(doc, only(doc, "REQUEST").recipient) == [("MNE", "CVL")]


def test_not_answering_a_prosecutors_summons_is_a_refusal_to_it():
    suspect = Ent(("Жељко Марковиќ",), "PER", "BIH", "GOV")
    prosecution = Ent(("Обвинителството",), "ORG", "BIH", "JUD")
    doc = coded("Министерот Жељко Марковиќ вчера не се одзва на повикот на Обвинителството за сослушување.",
                [suspect, prosecution])
    assert codes(doc, only(doc, "REJECT").recipient) == [("BIH", "JUD")]
    doc = coded("Министерот Жељко Марковиќ вчера се одзва на повикот на Обвинителството.", [suspect, prosecution])
    assert "REJECT" not in [e.type for e in doc.events]  # attending is no refusal
