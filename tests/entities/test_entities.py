"""Entities and linking on real and written Macedonian sentences."""
from __future__ import annotations

from datetime import date

import pytest
import spacy

from vesnik.document import Document, Entity, Mention
from vesnik.entities import EntityStep
from vesnik.ingest import new_document, read_inputs
from vesnik.linking import LinkStep
from vesnik.pipeline.default import build_pipeline

from tests.shared_data import SEED, needs_shared


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline(until="linking")


def analyse(pipeline, text: str, published: date | None = date(2025, 9, 4)) -> Document:
    doc = new_document("t", "test", text)
    doc.published = published
    return pipeline.run_one(doc).document


def mentioned_as(doc: Document, text: str):
    """The entity with a mention written so (`Владата`)."""
    return next(e for e in doc.entities if any(m.text == text for m in e.mentions))


def entity(doc: Document, name: str):
    found = [e for e in doc.entities if e.name == name or e.name_en == name]
    assert found, f"{name!r} not among {[(e.name, e.name_en) for e in doc.entities]}"
    return found[0]


def entities_with_model_spans(text: str, spans) -> Document:
    """The entities stage on `text` with a stand-in model whose entities are `spans(doc)`: a list of
    (first token, end token, label) — what a model that read the names so would give."""
    from spacy.tokens import Span

    from vesnik.segment import SegmentStep

    def tagged(doc):
        doc.ents = [Span(doc, first, end, label=label) for first, end, label in spans(doc)]
        return doc

    class Model:
        pipeline = [("ner", tagged)]

    step = EntityStep()
    step.model = Model()
    return step(SegmentStep()(Document(id="t", source="t", text=text, language="mk")))


@needs_shared
def test_seed_entities(pipeline):
    doc = pipeline.run_one(next(read_inputs([str(SEED)]))).document
    kim = entity(doc, "Kim Jong-un")
    assert kim.country == "PRK" and kim.sector == "GOV" and kim.type == "PER" and kim.wikidata == "Q56226"
    assert {m.text for m in kim.mentions} >= {"Ким Џонг Ун", "Ким"}
    putin = entity(doc, "Vladimir Putin")
    assert (putin.country, putin.sector) == ("RUS", "GOV") and len([m for m in putin.mentions if m.text == "Путин"]) >= 5
    assert entity(doc, "Xi Jinping").country == "CHN"
    kcna = entity(doc, "Korean Central News Agency")
    assert {m.text for m in kcna.mentions} == {"КЦНА", "KCNA"} and kcna.sector == "JRN"
    assert entity(doc, "Rodong Sinmun").type == "ORG"
    assert entity(doc, "Beijing").country == "CHN"
    assert entity(doc, "North Korea").country == "PRK"
    assert entity(doc, "South Korea").country == "KOR"
    russia = entity(doc, "Russia")  # `руската армија`: a demonym mention of Russia, not a name
    assert any(m.kind == "demonym" and m.text == "руската" for m in russia.mentions)


def test_role_on_the_article_date(pipeline):
    text = "Претседателот Борис Тадиќ се сретна со новинарите во Белград. Тадиќ рече дека разговорите продолжуваат."
    in_office = entity(analyse(pipeline, text, date(2010, 6, 1)), "Boris Tadić")
    assert (in_office.country, in_office.sector) == ("SRB", "GOV")
    assert [m.text for m in in_office.mentions] == ["Борис Тадиќ", "Тадиќ"]
    after = entity(analyse(pipeline, text, date(2016, 6, 1)), "Boris Tadić")
    assert after.sector != "GOV"


def test_acronyms_scripts_and_definite_forms(pipeline):
    doc = analyse(pipeline, "НАТО ја зголеми помошта. Алијансата соопшти дека NATO ќе остане во Косово. "
                            "Putin и Путин се истата личност, а ММФ и Фондот бараат реформи.")
    nato = entity(doc, "North Atlantic Treaty Organization")
    assert {m.text for m in nato.mentions} == {"НАТО", "Алијансата", "NATO"} and nato.country == "IGO"
    assert {m.text for m in entity(doc, "Vladimir Putin").mentions} == {"Putin", "Путин"}
    assert {m.text for m in entity(doc, "International Monetary Fund").mentions} == {"ММФ", "Фондот"}


def test_a_person_with_another_transcription_of_a_middle_name_is_the_known_actor(pipeline):
    doc = analyse(pipeline, "Турскиот претседател Реџеп Таип Ердоган се закани со воена операција.")
    erdogan = entity(doc, "Recep Tayyip Erdoğan")
    assert erdogan.country == "TUR" and erdogan.sector == "GOV" and erdogan.mentions[0].text == "Реџеп Таип Ердоган"


def test_a_person_in_another_transcription_of_a_letter_is_the_known_actor(pipeline):
    doc = analyse(pipeline, "Директорот на ЦИА Џон Ратклиф пристигна во Израел. "
                            "Претседателот Володимир Зеленскиј се сретна со него.")
    assert entity(doc, "John Ratcliffe").mentions[0].text == "Џон Ратклиф"
    assert entity(doc, "Volodymyr Zelenskyy").country == "UKR"


def test_an_organ_the_model_joins_to_a_known_persons_name_is_left_out_of_it(pipeline):
    doc = analyse(pipeline, "Началникот на рускиот Генералштаб Валериј Герасимов изјави дека армијата напредува.")
    gerasimov = entity(doc, "Valery Gerasimov")
    assert gerasimov.mentions[0].text == "Валериј Герасимов" and gerasimov.country == "RUS"


def test_a_home_organ_of_a_foreign_territory_is_that_territorys(pipeline):
    doc = analyse(pipeline, "Според Министерството за здравство на Газа, загинаа 40 лица.")
    ministry = next(e for e in doc.entities if e.name.startswith("Министерств"))
    assert (ministry.country, ministry.sector, ministry.kb_id) == ("PSE", "GOV", None)


def test_a_government_in_a_capital_is_that_states_whatever_state_the_story_names_most(pipeline):
    doc = analyse(pipeline, "Грчкиот премиер Кирјакос Мицотакис изјави дека Атина ќе ги почитува договорите. "
                            "Грција нема нови барања. Владата во Скопје ја поздрави изјавата.")
    government = next(e for e in doc.entities if e.mentions[0].text == "Владата")
    assert (government.kb_id, government.country) == ("org:mkd:government", "MKD")


def test_a_government_in_a_capital_the_knowledge_base_has_no_government_of_is_that_states(pipeline):
    doc = analyse(pipeline, "Украина побара нови испораки на гас. Владата во Братислава ја одби понудата.")
    government = next(e for e in doc.entities if e.mentions[0].text == "Владата")
    assert (government.country, government.sector) == ("SVK", "GOV")


def test_a_government_in_a_sentence_opening_with_a_town_is_that_towns_states(pipeline):
    doc = analyse(pipeline, "Србија ги затвори премините со Косово. Белград ја обвини Приштина. "
                            "Во Скопје, Владата повика на смирување.")
    government = next(e for e in doc.entities if e.mentions[0].text == "Владата")
    assert (government.kb_id, government.country) == ("org:mkd:government", "MKD")
    # the town of another clause, not opening the sentence, places nothing
    other = analyse(pipeline, "Србија ги затвори премините со Косово. Белград ја обвини Приштина. "
                              "Владата соопшти дека во Скопје нема тензии.")
    assert next(e for e in other.entities if e.mentions[0].text == "Владата").country != "MKD"


def test_the_commission_in_brussels_is_the_european_commission_in_a_story_about_a_member_state(pipeline):
    # Brussels stands for the EU: `Комисијата` there is the EU's, not a Slovak commission
    doc = analyse(pipeline, "Словачка го смени законот за судиите. Во Брисел, Комисијата ја критикуваше Братислава.")
    commission = next(e for e in doc.entities if e.mentions[0].text == "Комисијата")
    assert (commission.kb_id, commission.country) == ("org:european-commission", "EUR")


def test_a_surname_with_a_letter_more_that_transcription_does_not_explain_stays_unknown(pipeline):
    # `Меха` is not `Мехај`: a final ј after a vowel other than и is no transcription
    doc = analyse(pipeline, "Новинарот разговараше со пензионерот Арменд Меха од Призрен.")
    meha = next(e for e in doc.entities if e.name.startswith("Арменд"))
    assert meha.kb_id is None
    # two known people a letter apart keep their own entries (Albania's ruler, Kosovo's minister)
    doc = analyse(pipeline, "Историчарот зборуваше за режимот на Енвер Хоџа во Албанија.")
    hoxha = next(e for e in doc.entities if e.name.startswith("Енвер"))
    assert hoxha.kb_id == "per:enver-hoxha"


def test_a_home_organ_after_a_foreign_demonym_or_before_na_and_a_state_is_that_states(pipeline):
    doc = analyse(pipeline, "Соопштението на руското Министерство за одбрана е објавено вчера. "
                            "Министерството за одбрана на Србија реагираше. Министерството за одбрана ја демантираше веста.")
    ministries = [e for e in doc.entities if e.name.startswith("Министерств")]
    assert [(e.mentions[0].text, e.country, e.sector, e.kb_id) for e in ministries] == [
        ("Министерство за одбрана", "RUS", "MIL", None),
        ("Министерството за одбрана", "SRB", "MIL", None),
        ("Министерството за одбрана", "MKD", "MIL", "org:mkd:ministry-of-defence")]


def test_a_surname_the_model_found_alone_takes_the_unknown_given_name_before_it(pipeline):
    doc = analyse(pipeline, "Портпаролката на ЕУ Набила Масрали рече дека Унијата очекува реформи.\nВчера Масрали не зборуваше.")
    person = entity(doc, "Набила Масрали")
    assert person.type == "PER" and person.country == "EUR" and [m.text for m in person.mentions] == ["Набила Масрали", "Масрали"]


def test_macedonian_judicial_bodies_are_known(pipeline):
    doc = analyse(pipeline, "Основното јавно обвинителство Скопје побара притвор. Судскиот совет избра нов претседател.")
    assert [(e.name_en, e.country, e.sector) for e in doc.entities] == [
        ("Basic Public Prosecutor's Office Skopje", "MKD", "JUD"), ("Judicial Council of North Macedonia", "MKD", "JUD")]


def test_the_constitution_and_laws_are_no_entities(pipeline):
    doc = analyse(pipeline, "Бугарија нема да го поддржи почетокот на преговорите ако Македонија не ги внесе "
                            "Бугарите во Уставот. Законот за јазиците е донесен во 2019 година.")
    assert [e.name_en for e in doc.entities] == ["Bulgaria", "North Macedonia"]


def test_decisions_amendments_and_bills_are_no_entities(pipeline):
    doc = analyse(pipeline, "Пратениците го одбија Амандманот за бришење на член 12 и ја донесоа Одлуката за "
                            "именување членови на Советот. Министерот го поддржа Предлогот за измени на Законот за "
                            "данок на додадена вредност.")
    assert not [e for e in doc.entities if e.type == "ORG"]


def test_unknown_person_gets_country_and_sector_from_the_role_phrase(pipeline):
    doc = analyse(pipeline, "Српскиот министер за земјоделство Драган Петровиќ изјави дека извозот расте. "
                            "Петровиќ додаде дека ќе има нови мерки.")
    person = entity(doc, "Драган Петровиќ")
    assert person.kb_id is None and person.type == "PER"
    assert (person.country, person.sector) == ("SRB", "GOV")
    assert len(person.mentions) == 2


def test_a_role_of_a_named_body_takes_the_bodys_country_and_sector_not_the_seat_of_the_office(pipeline):
    doc = analyse(pipeline, "Директорот на Агенцијата за национална безбедност, Горан Стојков, ги информираше пратениците. "
                            "Амбасадорката на ЕУ во Скопје, Мајкл Миклеу, го посети Битола.")
    assert (entity(doc, "Горан Стојков").country, entity(doc, "Горан Стојков").sector) == ("MKD", "SPY")
    assert (entity(doc, "Мајкл Миклеу").country, entity(doc, "Мајкл Миклеу").sector) == ("EUR", "IGO")


def test_a_states_envoy_at_an_international_body_is_of_the_state(pipeline):
    # `во ОН` says where the envoy sits; the demonym says whose envoy he is
    doc = analyse(pipeline, "Чилеанскиот претставник во ОН Хорхе Валдивија го критикуваше ветото.")
    assert (entity(doc, "Хорхе Валдивија").country, entity(doc, "Хорхе Валдивија").sector) == ("CHL", "GOV")
    # with no state in the phrase the body stays the owner
    doc = analyse(pipeline, "Претставникот во ОН Хорхе Валдивија го критикуваше ветото.")
    assert entity(doc, "Хорхе Валдивија").country == "UNO"


def test_a_role_of_a_body_with_a_capitalised_unknown_name_reaches_the_known_owner_after_it(pipeline):
    doc = analyse(pipeline, "Шефот на Делегацијата на ЕУ во Сараево, Лука Мартини, ги повика партиите на дијалог.")
    assert (entity(doc, "Лука Мартини").country, entity(doc, "Лука Мартини").sector) == ("EUR", "IGO")


def test_a_model_place_opening_with_a_given_name_is_a_person():
    from vesnik.entities import given_names

    assert "Џеј" in given_names() and "Велика" not in given_names()  # `Велика Британија`
    # (a model that took the name for a place)
    doc = entities_with_model_spans("Проектот го води Џеј Берзофски.", lambda doc: [(3, 5, "GPE")])
    assert [(e.name, e.type) for e in doc.entities] == [("Џеј Берзофски", "PER")]


def test_a_persons_name_holds_no_preposition_even_when_the_model_typed_it_an_organisation():
    doc = entities_with_model_spans("„Ова е корисно“, рече Џеј Берзофски за SETimes.",
                                    lambda doc: [(7, 11, "ORG")])  # `Џеј Берзофски за SETimes`
    assert ("Џеј Берзофски", "PER") in {(e.name, e.type) for e in doc.entities}


def test_a_model_name_across_a_datelines_dash_keeps_the_words_after_it():
    text = "РИМ – Германија ќе финансира два системи за противвоздушна одбрана „Патриот“."
    doc = entities_with_model_spans(text, lambda doc: [(0, 3, "ORG")])  # `РИМ – Германија`, as a model joined them
    assert "РИМ – Германија" not in {e.name for e in doc.entities}
    assert "Германија" in {m.text for e in doc.entities for m in e.mentions}


def test_a_capitalised_common_noun_phrase_opening_a_sentence_is_no_name_but_a_body_is():
    text = "Повисоката административна такса се зголеми. Институтот за геофизика објави."
    doc = entities_with_model_spans(text, lambda doc: [(0, 3, "ORG"), (6, 9, "ORG")])
    assert [(e.name, e.type) for e in doc.entities] == [("Институтот за геофизика", "ORG")]


def test_a_model_name_ends_before_a_clitic_or_an_adverb_and_a_known_place_takes_no_complement():
    # (a model that ran the names on)
    text = "Институтот за геофизика денеска објави дека Вашингтон за евроатланската интеграција на земјата."
    doc = entities_with_model_spans(text, lambda doc: [(0, 4, "ORG"), (6, 12, "ORG")])
    assert {(e.name, e.type) for e in doc.entities} == {("Институтот за геофизика", "ORG"), ("Вашингтон", "GPE")}
    # (an unknown name in the sentence, or the model would not read it)
    doc = entities_with_model_spans("Џо Бајден за владината програма зборуваше со Рамирез.", lambda doc: [(0, 5, "ORG")])
    assert [(e.name, e.type) for e in doc.entities] == [("Џо Бајден", "PER")]


def test_an_institution_opening_a_sentence_is_a_name_but_the_police_is_not(pipeline):
    doc = analyse(pipeline, "Владата што е конституирана сега ќе биде влада на малцинството.")
    assert [(m.text, e.type) for e in doc.entities for m in e.mentions] == [("Владата", "ORG")]
    assert analyse(pipeline, "Полицијата го затвори патот.").entities == []


def test_a_party_and_its_leader_side_by_side_are_two_names(pipeline):
    doc = analyse(pipeline, "„Нема да се откажеме“, порача лидерот на Левица Димитар Апасиев.")
    assert {(e.name, e.type) for e in doc.entities} >= {("Левица", "ORG"), ("Димитар Апасиев", "PER")}


def test_a_first_name_that_is_also_a_common_word_stays_in_the_name_within_a_sentence(pipeline):
    doc = analyse(pipeline, "Лидерот на коалицијата, Бил Пасулевски, порача дека коалицијата е стабилна.")
    assert "Бил Пасулевски" in {e.name for e in doc.entities if e.type == "PER"}


def test_an_unknown_double_surname_is_one_name(pipeline):
    doc = analyse(pipeline, "Каматната стапка не се менува, соопшти гувернерката Анита Петковска-Бежоска.")
    assert "Анита Петковска-Бежоска" in {e.name for e in doc.entities if e.type == "PER"}


def test_an_unknown_organisation_opening_with_a_demonym_is_of_that_country(pipeline):
    doc = analyse(pipeline, "Министерот Марко Петров од Скопје зборуваше. Кинеската државна телевизија ја осуди одлуката на Тајван.")
    assert entity(doc, "Кинеската државна телевизија").country == "CHN"
    # a demonym and one common noun is no name (guidelines: `руската армија`); the state stays,
    # and the events stage makes its organ of it (CHN GOV)
    doc = analyse(pipeline, "Министерот Марко Петров од Скопје зборуваше. Кинеската влада ја осуди одлуката на Тајван.")
    assert not any(e.type == "ORG" and "Кинеската" in m.text for e in doc.entities for m in e.mentions)
    assert entity(doc, "China").mentions[0].text == "Кинеската"


def test_an_unknown_organisation_whose_name_ends_with_a_state_is_of_that_state(pipeline):
    doc = analyse(pipeline, "Јапонската влада додели опрема за Архивата на БиХ, според соопштението.")
    archive = next(e for e in doc.entities if e.type == "ORG" and e.name.startswith("Архивата"))
    assert archive.country == "BIH"


def test_an_unknown_organisation_of_a_demonym_owner_is_of_that_state_not_of_a_state_named_later(pipeline):
    # not the country of the name later in the sentence (before: CHN)
    # (the president's office is in the knowledge base now: the premier's is not)
    doc = analyse(pipeline, "Канцеларијата на тајванскиот премиер ја осуди изјавата на Кина за вежбите.")
    office = next(e for e in doc.entities if e.type == "ORG" and e.name.startswith("Канцеларијата"))
    assert office.country == "TWN"


def test_an_institutions_anaphor_is_of_the_state_the_document_names_most(pipeline):
    doc = analyse(pipeline, "Илјадници студенти протестираа во Белград против Владата на Србија. Србија е во криза. "
                            "Полицијата употреби солзавец. Северна Македонија го следи случајот.")
    # not Macedonia's police, named once in passing: the Serbian one, which the events stage derives
    assert not any(m.text == "Полицијата" and e.country == "MKD" for e in doc.entities for m in e.mentions)


def test_xi_by_his_family_name_where_he_is_named(pipeline):
    doc = analyse(pipeline, "Путин се сретна со Си Џинпинг во Пекинг. Фотографиите ги покажаа Путин и Си еден до друг.")
    assert [m.text for m in entity(doc, "Xi Jinping").mentions] == ["Си Џинпинг", "Си"]
    assert not any("еден" in m.text for e in doc.entities for m in e.mentions)


def test_a_kind_of_body_before_a_name_is_not_part_of_it(pipeline):
    doc = analyse(pipeline, "Кинеската компанија Синохидро ќе го гради автопатот.")
    company = entity(doc, "Синохидро")
    assert (company.type, company.country) == ("ORG", "CHN")


def test_spacy_components_on_a_blank_pipeline():
    import vesnik.entities.components  # noqa: F401 — registers the factories

    nlp = spacy.blank("mk")
    nlp.add_pipe("vesnik_entities")
    doc = nlp("Ким Џонг Ун и Владимир Путин се сретнаа во Пекинг.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert {("Ким Џонг Ун", "PER"), ("Владимир Путин", "PER"), ("Пекинг", "GPE")} <= ents
    assert next(e for e in doc.ents if e.text == "Пекинг").kb_id_ == "gpe:city:beijing"

    gazetteer_only = spacy.blank("mk")
    gazetteer_only.add_pipe("vesnik_gazetteer")
    assert [e.text for e in gazetteer_only("Северна Кореја и Русија.").ents] == ["Северна Кореја", "Русија"]


def test_model_alone_and_knowledge_base_alone_are_configurable(pipeline):
    text = "Непознатиот бизнисмен Трајче Мирчевски од Кавадарци ја посети Москва."
    model_only = EntityStep(use_gazetteer=False)
    kb_only = EntityStep(use_model=False)
    doc = analyse(pipeline, text)
    assert entity(doc, "Трајче Мирчевски").type == "PER"
    base = build_pipeline(until="language").run_one(new_document("t", "test", text)).document
    assert any(e.name == "Трајче Мирчевски" for e in model_only(base.model_copy()).entities)
    assert not any(e.name == "Трајче Мирчевски" for e in kb_only(base.model_copy()).entities)


def test_a_surname_joins_the_person_named_in_full_not_another_actor_with_it(pipeline):
    doc = analyse(pipeline, "Македонскиот претседател Ѓорге Иванов го посети Брисел. Иванов се сретна со Хавиер Солана.",
                  published=date(2010, 5, 14))
    ivanov = entity(doc, "Gjorge Ivanov")
    assert [m.text for m in ivanov.mentions] == ["Ѓорге Иванов", "Иванов"]
    assert not any(e.kb_id == "per:dushko-ivanov" for e in doc.entities)


@pytest.mark.parametrize("name, surname", [
    ("Бојан Димовски", "Димовски"),  # the surname an anaphor of a known person
    ("Горан Трајковски", "Трајковски"),  # the surname alone the late president's name
])
def test_a_surname_of_an_unknown_person_named_in_full_is_not_a_known_namesake(pipeline, name, surname):
    doc = analyse(pipeline, f"Претседателот на синдикатот, {name}, изјави дека штрајкот продолжува. "
                            f"{surname} рече дека работниците се незадоволни.", published=date(2025, 9, 10))
    person = entity(doc, name)
    assert person.kb_id is None and [m.text for m in person.mentions] == [name, surname]


def test_the_employers_organisation_and_the_teachers_union_by_their_other_names(pipeline):
    doc = analyse(pipeline, "Организацијата на работодавачи на Македонија и Синдикатот за образование, наука и култура "
                            "денеска потпишаа договор.", published=date(2025, 9, 10))
    assert (entity(doc, "Organisation of Employers of Macedonia").country, entity(doc, "Organisation of Employers of Macedonia").sector) == ("MKD", "BUS")
    assert entity(doc, "Trade Union of Education, Science and Culture").sector == "LAB"


def test_an_unknown_body_in_a_text_naming_no_place_is_of_the_one_state_of_its_known_actors(pipeline):
    # (the Administrative Court of the first version of this test is known since 28 November 2026: another unknown body)
    doc = analyse(pipeline, "Државната комисија за жалби по јавни набавки го поништи решението на Агенцијата за катастар "
                            "на недвижности. Комисијата утврди дека постапката била незаконска.", published=date(2025, 11, 25))
    board = entity(doc, "Државната комисија")  # (the model cuts the name after its head)
    assert board.kb_id is None and board.country == "MKD"


def test_the_administrative_court_in_a_text_of_home_bodies_is_the_home_one(pipeline):
    doc = analyse(pipeline, "Управниот суд го поништи решението на Агенцијата за катастар на недвижности. "
                            "Судот утврди дека постапката била незаконска.", published=date(2025, 11, 25))
    court = entity(doc, "Управен суд на Република Северна Македонија")
    assert (court.kb_id, court.country, court.sector) == ("org:mkd:administrative-court", "MKD", "JUD")


def test_a_role_phrase_without_a_state_places_a_known_person_of_no_dated_role_in_the_documents_state(pipeline):
    doc = analyse(pipeline, "Министерот за здравство Албрим Хоџа денеска во Скопје ги повика лекарите да се вратат на работа.",
                  published=date(2025, 10, 3))
    person = entity(doc, "Albrim Hodzha")
    assert (person.country, person.sector) == ("MKD", "GOV")


def test_initials_of_a_suspect_are_a_person(pipeline):
    doc = analyse(pipeline, "Полицијата во Куманово го уапси Б.К. осомничен за кражба. Според МВР, т.е. полицијата, "
                            "Б.К. признал.", published=date(2025, 10, 3))
    person = entity(doc, "Б.К.")
    assert person.type == "PER" and [m.text for m in person.mentions] == ["Б.К.", "Б.К."]
    assert not any(e.name == "т.е." for e in doc.entities)


def test_an_organ_named_with_its_country_is_two_entities(pipeline):
    doc = analyse(pipeline, "Разузнавачката агенција на Јужна Кореја соопшти дека загинале војници.")
    korea = entity(doc, "South Korea")
    assert [m.text for m in korea.mentions] == ["Јужна Кореја"]
    assert not any("Јужна Кореја" in e.name and e is not korea for e in doc.entities)


def test_two_known_names_joined_by_a_preposition_in_one_model_span_are_two_entities():
    from vesnik.entities import Candidate, merge

    text = "Гаспром во Македонија ќе гради гасовод. Мисијата на ОБСЕ во Србија соопшти."
    gazprom = Candidate(0, 7, "ORG", "gazetteer")
    macedonia = Candidate(text.index("Македонија"), text.index("Македонија") + 10, "GPE", "gazetteer")
    serbia = Candidate(text.index("Србија"), text.index("Србија") + 6, "GPE", "gazetteer")
    mission = Candidate(text.index("Мисијата"), serbia.end, "ORG", "model")  # its first part no known name: kept whole
    kept = merge([gazprom, macedonia, serbia], [Candidate(0, macedonia.end, "ORG", "model"), mission], text, frozenset({"на", "во"}))
    assert [(text[c.start:c.end], c.label) for c in kept] == [
        ("Гаспром", "ORG"), ("Македонија", "GPE"), ("Мисијата на ОБСЕ во Србија", "ORG")]


def test_an_unknown_organ_of_a_known_state_is_two_entities_but_another_name_keeps_its_country():
    from vesnik.entities import Candidate, merge

    text = "Државниот парламент на Србија и Демократската партија на Србија."
    first, second = text.index("Србија"), text.rindex("Србија")
    serbia = [Candidate(at, at + 6, "GPE", "gazetteer", actors=["gpe:SRB"]) for at in (first, second)]
    model = [Candidate(0, first + 6, "ORG", "model"), Candidate(text.index("Демократската"), second + 6, "ORG", "model")]
    kept = merge(serbia, model, text, frozenset({"на"}), organ_stems=("парламент",))
    assert [(text[c.start:c.end], c.label) for c in kept] == [
        ("Државниот парламент", "ORG"), ("Србија", "GPE"), ("Демократската партија на Србија", "ORG")]


def test_a_demonym_and_one_common_noun_is_no_name_but_a_longer_proper_name_is():
    from vesnik.entities import Candidate, merge

    text = "Руските сили нападнаа. Хрватската разузнавачка служба соопшти."
    demonyms = [Candidate(0, 7, "GPE", "gazetteer", "demonym"), Candidate(text.index("Хрватската"), text.index("Хрватската") + 10, "GPE", "gazetteer", "demonym")]
    model = [Candidate(0, 12, "ORG", "model"), Candidate(text.index("Хрватската"), text.index(" соопшти"), "ORG", "model")]
    kept = merge(demonyms, model, text)
    assert [(text[c.start:c.end], c.kind) for c in kept] == [
        ("Руските", "demonym"), ("Хрватската разузнавачка служба", "name")]


def test_the_model_skips_sentences_without_a_capitalised_word_and_keeps_offsets(pipeline):
    step = next(s for s in pipeline.steps if s.name == "entities")
    skipped_before = step.stats["sentences without a capitalised word left to the rules"]
    # (a paragraph break: a sentence opening in lower case after a full stop is not split off)
    doc = analyse(pipeline, "сите се согласија дека е добро. Министерот Марко Петровски допатува во Скопје.\n\n"
                            "нема повеќе што да се каже за тоа. Таму го пречека Ана Илиевска.")
    names = {m.text for e in doc.entities for m in e.mentions}
    assert {"Марко Петровски", "Скопје", "Ана Илиевска"} <= names
    assert step.stats["sentences without a capitalised word left to the rules"] - skipped_before == 2


def test_a_known_acronym_with_lower_case_letters_is_found_but_not_a_capitalised_word():
    from vesnik.entities import gazetteer

    assert [m.forms[0].actor_id for m in gazetteer().find("Изборите во БиХ поминаа.")] == ["gpe:BIH"]
    assert gazetteer().find("Бих сакал да дојдам.") == []


def test_a_lone_unknown_surname_goes_but_one_with_a_full_name_or_a_role_stays():
    from vesnik.entities import Candidate

    step = EntityStep("mk", use_model=False, use_gazetteer=False)
    text = "Марко Петровски дојде. Петровски рече. Министерот Илиев рече. Набуко е проект."
    spans = [Candidate(text.index(w), text.index(w) + len(w), "PER", "model")
             for w in ("Марко Петровски", "Петровски рече", "Илиев", "Набуко")]
    spans[1] = Candidate(text.index("Петровски рече"), text.index("Петровски рече") + 9, "PER", "model")
    kept = step._without_lone_surnames(text, spans)
    assert [text[c.start:c.end] for c in kept] == ["Марко Петровски", "Петровски", "Илиев"]


def test_a_generic_court_is_macedonias_only_in_a_story_that_names_macedonia(pipeline):
    abroad = analyse(pipeline, "Сенаторите во Вашингтон гласаа во петокот. Врховниот суд ќе одлучи за законот.")
    assert all(e.kb_id != "org:mkd:supreme-court" for e in abroad.entities)
    home = analyse(pipeline, "Владата на Македонија го донесе законот. Врховниот суд ќе одлучи за него.")
    assert entity(home, "Supreme Court of North Macedonia").kb_id == "org:mkd:supreme-court"


def test_institutions_of_a_story_that_names_no_state_are_the_home_states(pipeline):
    doc = analyse(pipeline, "Уставниот суд ги поништи одредбите од законот. Претходно Владата побара од судот итно да одлучи.")
    assert entity(doc, "Constitutional Court of North Macedonia").country == "MKD"
    assert entity(doc, "Government of North Macedonia").country == "MKD"
    unknown = analyse(pipeline, "Основниот суд Скопје 1 го осуди поранешниот министер на четири години затвор.")
    assert next(e for e in unknown.entities if e.name.startswith("Основниот суд")).country == "MKD"
    person = analyse(pipeline, "Синдикалната лидерка Александра Петкова ја обвини Владата за ниските плати.")
    assert entity(person, "Александра Петкова").country == "MKD"


def test_a_demonym_without_its_article_before_one_name_is_a_given_name(pipeline):
    doc = analyse(pipeline, "Македонка Стојановска, претседателка на синдикатот, ја обвини Владата.")
    assert [(e.name, e.type) for e in doc.entities if e.type == "PER"] == [("Македонка Стојановска", "PER")]
    assert not any(e.kb_id == "gpe:MKD" for e in doc.entities)
    described = analyse(pipeline, "Американката Вилијамс ја победи Стојановска во финалето.")
    assert any(m.text == "Американката" and e.kb_id == "gpe:USA" for e in described.entities for m in e.mentions)


def test_an_unknown_one_word_place_only_the_model_found_needs_a_place_word_before_it():
    from vesnik.document import Entity, Mention
    from vesnik.linking import LinkStep

    text = "Компанијата го основа Инрапт. Несреќата се случи во Дорнвик."
    doc = new_document("t", "test", text)
    doc.text = text
    for ident, name in (("E1", "Инрапт"), ("E2", "Дорнвик")):
        start = text.index(name)
        doc.entities.append(Entity(id=ident, name=name, type="GPE", rule="model", mentions=[
            Mention(start=start, end=start + len(name), text=name, sentence=0, rule="model")]))
    step = LinkStep()
    linked = step(doc)
    assert [e.name for e in linked.entities] == ["Дорнвик"]
    assert step.stats["unknown one-word places dropped: no place word before them"] == 1


def test_names_in_latin_letters_nothing_else_claims_are_organisations():
    kb_only = build_pipeline(until="linking")
    kb_only.steps[[s.name for s in kb_only.steps].index("entities")] = EntityStep(use_model=False)
    doc = analyse(kb_only, "Шкотскиот клуб St. Mirren и компанијата Truly објавија соработка во 15:00 BST, "
                           "а моделот F125 не беше спомнат.")
    orgs = {e.name for e in doc.entities if e.type == "ORG"}
    assert {"St. Mirren", "Truly"} <= orgs
    assert not {"BST", "F125"} & {e.name for e in doc.entities}


def test_a_social_network_is_an_organisation_as_a_company_but_not_as_the_medium_of_a_post(pipeline):
    doc = analyse(pipeline, "Министерот напиша на Твитер дека Фејсбук и Гугл мора да платат данок.")
    assert {e.name for e in doc.entities if e.type == "ORG"} == {"Фејсбук", "Гугл"}
    assert "Твитер" not in {e.name for e in doc.entities}


def test_a_known_organisation_name_does_not_take_a_prepositional_complement():
    from vesnik.entities import Candidate, merge

    text = "предлогот на ВМРО-ДПМНЕ за измени на Изборниот законик"
    at = text.index("ВМРО-ДПМНЕ")
    party = Candidate(at, at + len("ВМРО-ДПМНЕ"), "ORG", "gazetteer", "name", ["org:mkd:vmro-dpmne"])
    spans = merge([party], [Candidate(at, len(text), "ORG", "model")], text, frozenset({"за", "на"}), frozenset({"за", "на"}))
    assert [text[c.start:c.end] for c in spans] == ["ВМРО-ДПМНЕ"]
    fund = "Фондот за здравствено осигурување"
    anaphor = Candidate(0, len("Фондот"), "ORG", "gazetteer", "anaphor", ["org:x"])
    spans = merge([anaphor], [Candidate(0, len(fund), "ORG", "model")], fund, frozenset({"за", "на"}), frozenset({"за", "на"}))
    assert [fund[c.start:c.end] for c in spans] == [fund]


def test_a_person_span_opening_with_a_known_place_or_a_demonym_loses_it():
    from vesnik.entities import Candidate, merge

    text = "претседателот на Мексико Андрес Мануел Лопез Обрадор и Американецот Џордан Спит"
    at = text.index
    gazetteer_spans = [Candidate(at("Мексико"), at("Мексико") + 7, "GPE", "gazetteer", "name", ["gpe:MEX"]),
                       Candidate(at("Американецот"), at("Американецот") + 12, "GPE", "gazetteer", "demonym", ["gpe:USA"])]
    model_spans = [Candidate(at("Мексико"), at(" и "), "PER", "model"), Candidate(at("Американецот"), len(text), "PER", "model")]
    names = [(text[c.start:c.end], c.label, c.kind) for c in merge(gazetteer_spans, model_spans, text)]
    assert ("Андрес Мануел Лопез Обрадор", "PER", "name") in names and ("Мексико", "GPE", "name") in names
    assert ("Џордан Спит", "PER", "name") in names and ("Американецот", "GPE", "demonym") in names


def test_a_name_ending_with_a_borrowed_street_word_is_a_location(pipeline):
    doc = analyse(pipeline, "Тој живее на Тлателолко Плаза со семејството. Несреќата се случи на Инвероу Гарденс.")
    assert {("Тлателолко Плаза", "LOC"), ("Инвероу Гарденс", "LOC")} <= {(e.name, e.type) for e in doc.entities}


def test_feasts_and_the_name_of_god_are_no_entities_whatever_the_model_says():
    model = spacy.blank("mk")  # a stand-in model that tags them, as fold models of the cross-validation did
    model.add_pipe("entity_ruler").add_patterns([{"label": "PER", "pattern": "Божиќ"}, {"label": "ORG", "pattern": "Господ"},
                                                 {"label": "PER", "pattern": "Марија Петрова"}])
    step = EntityStep()
    step.model = model
    text = "„Неколку дена пред Божиќ забележавме промена“, рече Марија Петрова. Домот е „дар од Господ“."
    doc = step(build_pipeline(until="language").run_one(new_document("t", "test", text)).document)
    assert {e.name for e in doc.entities} == {"Марија Петрова"}


def test_a_presenter_named_after_the_role_word_is_a_journalist(pipeline):
    doc = analyse(pipeline, "Водителот Крис Валас праша зошто нема брифинзи.")
    assert (entity(doc, "Крис Валас").type, entity(doc, "Крис Валас").sector) == ("PER", "JRN")


def test_a_time_adverb_after_a_name_is_no_part_of_it(pipeline):
    doc = analyse(pipeline, "Премиерот Мицкоски денеска го посети Брисел.")
    assert "Мицкоски денеска" not in {e.name for e in doc.entities}


def test_a_known_name_with_a_trailing_verb_in_a_model_span_is_the_known_name():
    from vesnik.entities import Candidate, merge

    text = "ММФ и Фондот бараат реформи. Министерството за надворешни работи одговори."
    at = text.index
    gazetteer_spans = [Candidate(at("Фондот"), at("Фондот") + 6, "ORG", "gazetteer", "anaphor", ["org:imf"]),
                       Candidate(at("Министерството"), at("Министерството") + 14, "ORG", "gazetteer", "anaphor", ["org:mkd:mfa"])]
    model_spans = [Candidate(at("Фондот"), at(" реформи"), "ORG", "model"),
                   Candidate(at("Министерството"), at(" одговори"), "ORG", "model")]
    kept = {text[c.start:c.end] for c in merge(gazetteer_spans, model_spans, text, function_words=frozenset({"за", "на"}))}
    assert kept == {"Фондот", "Министерството за надворешни работи"}


def test_a_verb_ends_an_organisations_name(pipeline):
    doc = analyse(pipeline, "Невладината организација МАНС испрати писмо до владата.")
    assert [(m.text, e.type) for e in doc.entities for m in e.mentions] == [("МАНС", "ORG")]


def test_a_known_organ_written_with_its_state_is_the_organ_and_the_state(pipeline):
    doc = analyse(pipeline, "Аналитичар од Министерството за правда на САД сведочеше со часови.")
    ministry = entity(doc, "United States Department of Justice")
    assert [m.text for m in ministry.mentions] == ["Министерството за правда"] and ministry.country == "USA"
    assert [m.text for m in entity(doc, "United States").mentions] == ["САД"]


def test_a_home_ministrys_name_followed_by_another_state_is_that_states_ministry(pipeline):
    doc = analyse(pipeline, "Марк Руте изјави дека Министерството за одбрана на Србија не одговорило.")
    ministry = entity(doc, "Министерството за одбрана")
    assert (ministry.kb_id, ministry.country) == (None, "SRB")
    home = analyse(pipeline, "Министерството за одбрана соопшти дека Македонија ќе испрати војници.")
    assert entity(home, "Ministry of Defence").kb_id == "org:mkd:ministry-of-defence"


def test_a_given_name_that_is_a_common_word_opens_a_sentence_with_its_person(pipeline):
    doc = analyse(pipeline, "Пол Ровлет, аналитичар од Вашингтон, сведочеше со часови.")
    assert entity(doc, "Пол Ровлет").type == "PER"


def test_a_known_name_and_a_coordinated_common_noun_are_not_one_name(pipeline):
    doc = analyse(pipeline, "Советот на Европа и потписничките на конвенцијата се согласија.")
    assert [m.text for e in doc.entities for m in e.mentions] == ["Советот на Европа"]


def test_a_street_named_after_a_person_is_one_place_not_the_person(pipeline):
    doc = analyse(pipeline, "Протестот почна на Булеварот Гоце Делчев во Скопје.")
    street = entity(doc, "Булеварот Гоце Делчев")
    assert (street.type, street.kb_id) == ("LOC", None)
    assert not any(e.type == "PER" for e in doc.entities)


def test_two_unknown_capitalised_words_that_are_no_words_of_the_language_name_a_person():
    from vesnik.entities import EntityStep

    step = EntityStep()
    nlp = spacy.blank("mk")
    for text, label in (("Џесика Чемберс", "PER"), ("Бијело Поље", "GPE"), ("Горно Оризари", "GPE")):
        doc = nlp(f"Вчера во Мемфис {text} изјави дека нема да се откаже.")
        start = doc.text.index(text)
        doc.ents = [doc.char_span(start, start + len(text), label="GPE")]
        spans = step._typed_model_spans(doc, doc.text)
        assert [(doc.text[c.start:c.end], c.label) for c in spans] == [(text, label)]


def test_an_unknown_person_typed_as_a_place_by_the_model_is_a_person(pipeline):
    doc = analyse(pipeline, "Вчера попладнето, пред судот во Мемфис, Џесика Чемберс изјави дека нема да се откаже од тужбата.")
    assert entity(doc, "Џесика Чемберс").type == "PER"


def test_an_institutions_anaphor_is_of_the_state_named_before_it_not_of_one_named_more_later(pipeline):
    doc = analyse(pipeline, "Премиерот Христијан Мицкоски денеска во Скопје рече дека Македонија ќе ги продолжи реформите. "
                            "Фон дер Лајен ги пофали реформите што ги спроведува Владата. "
                            "Русија изврши напад врз Украина. Украина побара помош, а Украина доби оружје. Украина се брани.")
    assert mentioned_as(doc, "Владата").country == "MKD"


def test_a_thing_of_a_known_person_is_the_person_but_a_bodys_name_stays_whole():
    from vesnik.entities import Candidate, merge

    text = "Митингот на Трамп почна. Друштвото на Кромвел реагираше."
    trump, cromwell = text.index("Трамп"), text.index("Кромвел")
    known = [Candidate(trump, trump + 5, "PER", "gazetteer", actors=["per:donald-trump"]),
             Candidate(cromwell, cromwell + 7, "PER", "gazetteer", actors=["per:oliver-cromwell"])]
    model = [Candidate(0, trump + 5, "ORG", "model"), Candidate(text.index("Друштвото"), cromwell + 7, "ORG", "model")]
    kept = merge(known, model, text, body_stems=("друштв",))
    assert [(text[c.start:c.end], c.label) for c in kept] == [("Трамп", "PER"), ("Друштвото на Кромвел", "ORG")]


def test_the_model_skips_sentences_whose_capitalised_words_are_all_known_names():
    step = EntityStep()
    pipeline = build_pipeline(until="linking")
    pipeline.steps[[s.name for s in pipeline.steps].index("entities")] = step
    doc = analyse(pipeline, "Владимир Путин и Си Џинпинг се сретнаа во Пекинг. Потоа Путин го прими Џесика Чемберс.")
    assert step.stats["sentences whose capitalised words are all known names left to the knowledge base"] == 1
    assert {e.name_en or e.name for e in doc.entities} >= {"Vladimir Putin", "Xi Jinping", "Beijing", "Џесика Чемберс"}


def test_a_role_the_text_gives_a_known_person_chooses_among_the_actors_roles(pipeline):
    # the article's date may be wrong; the text says he heads an EU body, and the knowledge base
    # has that role of his
    doc = analyse(pipeline, "Претседателот на ЕУ, Херман ван Ромпуј, пристигна во Букурешт.", date(2006, 10, 16))
    rompuy = entity(doc, "Herman Van Rompuy")
    assert (rompuy.country, rompuy.sector) == ("EUR", "IGO")
    doc = analyse(pipeline, "Поранешниот претседател на ЕУ Херман ван Ромпуј пристигна во Букурешт.", date(2020, 1, 10))
    assert entity(doc, "Herman Van Rompuy").country == "BEL"


def test_an_acronym_in_brackets_is_the_names_in_this_document(pipeline):
    doc = analyse(pipeline, "Федерацијата на германски индустрии (BDI) ги повика САД да не се мешаат. "
                            "Претставник на BDI рече дека ќе има штети.")
    bdi = entity(doc, "Federation of German Industries")
    assert {m.text for m in bdi.mentions} == {"Федерацијата на германски индустрии", "BDI"} and bdi.country == "DEU"
    assert not [e for e in doc.entities if e.kb_id == "org:mkd:dui"]
    # after the owner state, the acronym is still the owned body's, not the home ministry so called
    doc = analyse(pipeline, "Министерството за внатрешни работи на Косово (МВР) соопшти дека се уапсени двајца. "
                            "МВР ќе објави детали.")
    ministry = next(e for e in doc.entities if e.type == "ORG")
    assert ministry.kb_id is None and ministry.country == "KOS" and [m.text for m in ministry.mentions].count("МВР") == 2


def test_a_part_of_a_known_body_is_of_that_body_not_of_its_seat(pipeline):
    doc = analyse(pipeline, "Мисијата на ОБСЕ во Босна и Херцеговина изрази задоволство од изборите.")
    mission = next(e for e in doc.entities if e.name.startswith("Мисијата"))
    assert (mission.country, mission.sector) == ("IGO", "IGO")


def test_a_city_name_after_a_river_or_mountain_is_the_feature(pipeline):
    doc = analyse(pipeline, "Поплавите на реката Сана предизвикаа штети, а бунтовниците го нападнаа Сана.")
    types = sorted((e.type, e.kb_id) for e in doc.entities if any(m.text == "Сана" for m in e.mentions))
    assert types == [("GPE", "gpe:city:sanaa"), ("LOC", None)]


def test_a_home_organ_in_a_story_that_names_only_another_state_is_that_states(pipeline):
    doc = analyse(pipeline, "Хрватска и Словенија потпишаа договор во Загреб. Хрватска ќе ја отвори границата. "
                            "Андреј Пленковиќ ќе продолжи да работи со Министерството за надворешни работи до јуни.")
    ministry = next(e for e in doc.entities if e.name.startswith("Министерството"))
    assert ministry.kb_id is None and (ministry.country, ministry.sector) == ("HRV", "GOV")
    # Macedonian news speaking of another state: the home ministry stays
    for text in ("Македонија и Хрватска потпишаа договор. Министерството за надворешни работи го поздрави.",
                 "Министерството за надворешни работи ја осуди агресијата врз Украина. Украина има право на одбрана.",
                 "Украина и Украина. Министерството за надворешни работи ја поздрави изјавата на Зеленски.",
                 "Украина и Украина. Муцунски рече дека Зеленски и Министерството за надворешни работи се согласуваат."):
        assert entity(analyse(pipeline, text), "Ministry of Foreign Affairs").country == "MKD", text


def test_a_home_organ_right_after_the_towns_of_another_state_is_that_states(pipeline):
    doc = analyse(pipeline, "Во Турција и вчера се протестираше. Илјадници луѓе излегоа на улиците во Истанбул и Анкара. "
                            "Министерството за внатрешни работи соопшти дека се приведени 300 лица.")
    ministry = next(e for e in doc.entities if e.name.startswith("Министерството"))
    assert ministry.kb_id is None and ministry.country == "TUR"


def test_a_bodys_name_without_its_owner_is_a_short_form_of_it(pipeline):
    doc = analyse(pipeline, "Комитетот за надворешни работи на Европскиот парламент усвои резолуција за Србија. "
                            "Комитетот за надворешни работи, од 76 членови, ја поздрави реформата.")
    committees = [e for e in doc.entities if e.name_en and "Foreign Affairs" in e.name_en]
    assert len(committees) == 1 and len(committees[0].mentions) == 2 and committees[0].country == "EUR"


def test_an_organ_whose_na_names_another_state_is_no_short_form_of_the_home_one():
    # `Владата на Мицкоски` (a name the model found) … `Владата на Холандија`: the Dutch government
    text = "Вајц ја обвини Владата на Мицкоски. Парламентот побара од Владата на Холандија да почека."
    home = Entity(id="E1", name="Владата на Мицкоски", type="ORG", kb_id="org:mkd:government",
                  mentions=[Mention(start=15, end=34, text="Владата на Мицкоски", sentence=0)])
    dutch_at = text.index("Владата на Холандија")
    dutch = Entity(id="E2", name="Владата", type="ORG",
                   mentions=[Mention(start=dutch_at, end=dutch_at + 7, text="Владата", sentence=1)])
    kept = LinkStep("mk")._merge_short_forms([home, dutch], {dutch_at: "NLD"})
    assert [e.id for e in kept] == ["E1", "E2"] and len(home.mentions) == 1


def test_an_acronym_that_is_a_common_word_is_matched_only_in_capitals(pipeline):
    doc = analyse(pipeline, "„Знам дека ова е тешко“, рече таа. Партијата ЗНАМ објави листа.")
    assert [m.text for e in doc.entities if e.kb_id == "org:mkd:znam" for m in e.mentions] == ["ЗНАМ"]


def test_the_government_anaphor_is_of_the_state_the_story_is_about_also_abroad(pipeline):
    doc = analyse(pipeline, "Хрватска ги заврши преговорите со ЕУ. Загреб се надева на членство, а Хрватска "
                            "ќе ги исполни условите. Владата соопшти дека реформите продолжуваат.")
    assert entity(doc, "Government of Croatia").country == "HRV"


def test_an_anaphor_of_a_un_body_stands_where_the_un_is_named(pipeline):
    doc = analyse(pipeline, "Силите на ОН ја штитеа зоната. Советот за безбедност донесе резолуција.")
    assert [e.country for e in doc.entities if e.kb_id == "org:un-security-council"] == ["UNO"]


def test_a_one_word_short_form_after_several_bodies_is_the_one_named_last(pipeline):
    doc = analyse(pipeline, "Советот за безбедност на ОН заседаваше во петокот. Министрите го основаа Советот за "
                            "регионална соработка. Советот ќе почне со работа во 2008 година.")
    rcc = next(e for e in doc.entities if e.kb_id == "org:rcc")
    assert "Советот" in {m.text for m in rcc.mentions}


def test_an_unknown_body_pri_a_known_one_is_part_of_it(pipeline):
    doc = analyse(pipeline, "Министерот присуствуваше на свеченоста на Институтот за социјална наука, при "
                            "Универзитетот Билги во Истанбул.")
    institute = next(e for e in doc.entities if e.name.startswith("Институтот"))
    assert (institute.country, institute.sector) == ("TUR", "EDU")


@pytest.mark.parametrize("text, form, ident, code", [
    ("Украинскиот министер за надворешни работи Андриј Сибига допатува во Скопје. Сибига побара нови санкции.",
     "Сибига", "per:andrii-sybiha", ("UKR", "GOV")),
    ("Американскиот пратеник Стив Виткоф разговараше со Путин. Виткоф рече дека средбата била корисна.",
     "Виткоф", "per:steve-witkoff", ("USA", "GOV")),
    ("Портпаролката на Белата куќа Каролин Левит изјави дека претседателот ќе потпише.",
     "Каролин Левит", "per:karoline-leavitt", ("USA", "GOV")),
    ("Генералниот секретар на Хезболах Наим Касем рече дека групата нема да се разоружа.",
     "Наим Касем", "per:naim-qassem", ("LBN", "REB")),
    ("Европската комесарка Марта Кос допатува во Скопје. Комесарката Кос рече дека реформите мора да продолжат.",
     "Кос", "per:marta-kos", ("EUR", "IGO")),
    ("Новиот папа Лав Четиринаесетти повика на мир.", "Лав Четиринаесетти", "per:pope-leo-xiv", ("VAT", "REL")),
    ("Директорот на ЦИА Џон Ретклиф допатува во Киев.", "Џон Ретклиф", "per:john-ratcliffe", ("USA", "SPY")),
    ("Султанот на Оман Хаитам бин Тарик посредуваше во разговорите.", "Хаитам бин Тарик", "per:haitham-bin-tariq",
     ("OMN", "GOV")),
    # a commissioner is the EU's, not the state of a demonym beside him
    ("Еврокомесарот Марош Шефчович разговараше со американскиот министер Хауард Лутник.", "Марош Шефчович",
     "per:maros-sefcovic", ("EUR", "IGO")),
    # a configuration of the Council of the EU, not a body of its seat's state (an organ of the EU: IGO, as the guidelines code it)
    ("Бугарија го блокираше усвојувањето на заклучоците на Советот за општи работи во Брисел.", "Советот за општи работи",
     "org:council-of-the-eu", ("EUR", "IGO")),
    # office holders of 2025 by the short forms portals write
    ("Министерот за правда Филков ги претстави измените на законот за судовите.", "Филков", "per:igor-filkov",
     ("MKD", "GOV")),
    ("Министерката Јаневска најави нови учебници за основните училишта во Македонија.", "Јаневска",
     "per:vesna-janevska", ("MKD", "GOV")),
    # a common surname, an anaphor: the Macedonian minister where Macedonia is the story's state
    ("Владата во Скопје го усвои планот. Вицепремиерот Николоски најави тендер за патот.", "Николоски",
     "per:aleksandar-nikoloski", ("MKD", "GOV")),
    # one surname, two office holders: the one in office on the day, of the state named
    ("Претседателката на Косово Османи ги повика партиите во Приштина на дијалог.", "Османи", "per:vjosa-osmani",
     ("KOS", "GOV")),
    # one Cyrillic acronym, two bodies: Sudan's paramilitaries at war, the press-freedom NGO in its index
    ("Во Дарфур, Брзите сили за поддршка (РСФ) го гранатираа кампот. Армијата соопшти дека РСФ се повлекоа.", "РСФ",
     "org:rsf", ("SDN", "REB")),
    ("Репортери без граници (РСФ) го објави индексот на слобода на печатот. РСФ ги повика властите да ги штитат новинарите.",
     "РСФ", "org:reporters-without-borders", ("NGO", "NGO")),
    # one acronym, two bodies: a regional police sector with its city in a Macedonian story, Russia's spies
    ("Полицајци од СВР Битола уапсија двајца осомничени за кражба во Прилеп.", "СВР", "org:mkd:interior-sectors",
     ("MKD", "COP")),
    ("Американските служби тврдат дека руската СВР стои зад хакерскиот напад врз Министерството за финансии на САД.",
     "СВР", "org:rus:svr", ("RUS", "SPY")),
    # the war in Sudan, the Sahel juntas and the UN relief chief in 2026 news
    ("Шефот на хуманитарните операции на ОН Том Флечер го посети Порт Судан.", "Том Флечер", "per:tom-fletcher",
     ("UNO", "IGO")),
    ("Командантот на паравоените сили Хемедти прогласи паралелна влада во Дарфур.", "Хемедти",
     "per:mohamed-hamdan-dagalo", ("SDN", "REB")),
    ("Генералот Абдурахмане Тчијани го прими амбасадорот на Русија во Нијамеј.", "Абдурахмане Тчијани",
     "per:abdourahamane-tchiani", ("NER", "GOV")),
    ("Јужноафриканскиот претседател Рамафоза беше домаќин на самитот во Јоханесбург.", "Рамафоза",
     "per:cyril-ramaphosa", ("ZAF", "GOV")),
    ("Претседателката на ЕБОР Рено-Басо потпиша заем за железничката пруга кон Бугарија.", "Рено-Басо",
     "per:odile-renaud-basso", ("IGO", "IGO")),
])
def test_actors_of_the_2025_news_are_linked_with_their_role(pipeline, text, form, ident, code):
    doc = analyse(pipeline, text)
    linked = [(e.kb_id, e.country, e.sector) for e in doc.entities for m in e.mentions if m.text == form]
    assert (ident, *code) in linked


@pytest.mark.parametrize("text, form, ident", [
    ("Претседателот на Светската банка Банга ја посети Киев.", "Банга", "per:ajay-banga"),
    # a surname two people bear (Danilo Türk): the one serving the body named
    ("Високиот комесар на ОН за човекови права Тирк ги осуди нападите врз цивили.", "Тирк", "per:volker-turk"),
    ("Лидерите на ЕУ се состанаа во Брисел. Претседателот на Европскиот совет Кошта рече дека договорот е близу.",
     "Кошта", "per:antonio-costa"),
])
def test_an_officials_short_form_stands_where_the_body_served_is_named(pipeline, text, form, ident):
    doc = analyse(pipeline, text)
    assert ident in [e.kb_id for e in doc.entities for m in e.mentions if m.text == form]


def test_an_officials_short_form_is_no_person_where_no_body_of_the_office_is_named(pipeline):
    doc = analyse(pipeline, "Во Битола, Кошта ли многу новиот пазар, прашуваат граѓаните на Македонија.")
    assert not [e for e in doc.entities if e.kb_id == "per:antonio-costa"]


def test_a_surname_that_is_a_common_word_is_no_person_alone(pipeline):
    doc = analyse(pipeline, "Во паркот пееше еден црн кос. Кос е птица што живее во градовите.")
    assert not [e for e in doc.entities if e.kb_id == "per:marta-kos"]


def test_a_billionaire_is_a_title_not_part_of_the_name(pipeline):
    doc = analyse(pipeline, "Милијардерот Илон Маск го критикуваше буџетот.")
    musk = entity(doc, "Elon Musk")
    assert [m.text for m in musk.mentions] == ["Илон Маск"] and musk.country == "USA"


@pytest.mark.parametrize("text, span, ident", [
    ("Агенцијата за храна и ветеринарство забрани увоз на живина од Бугарија.",
     "Агенцијата за храна и ветеринарство", "org:mkd:food-and-veterinary-agency"),
    ("Државниот пазарен инспекторат затвори три продавници во Прилеп.",
     "Државниот пазарен инспекторат", "org:mkd:state-market-inspectorate"),
    ("Фондот за здравствено осигурување објави нова листа на лекови.",
     "Фондот за здравствено осигурување", "org:mkd:health-insurance-fund"),
    ("Министерката за социјална политика, демографија и млади најави нови мерки.", None, None),
])
def test_macedonian_agencies_keep_their_long_names(pipeline, text, span, ident):
    doc = analyse(pipeline, text, date(2026, 3, 12))
    names = [(m.text, e.kb_id, e.country) for e in doc.entities for m in e.mentions if m.kind == "name"]
    # the model alone cuts such a name to its head (`Агенцијата`); a portfolio is no body
    assert names[:1] == ([(span, ident, "MKD")] if span else [])


def test_a_captain_is_a_title_not_part_of_the_name(pipeline):
    doc = analyse(pipeline, "Капетанот Иван Стојанов ја предводеше единицата кај Кичево.", date(2026, 3, 12))
    assert "Иван Стојанов" in {m.text for e in doc.entities for m in e.mentions}


def test_a_given_name_after_a_known_body_opens_a_person(pipeline):
    doc = analyse(pipeline, "Портпаролот на Владата Марко Трошановски рече дека одлуката е едногласна.", date(2026, 3, 12))
    names = [(m.text, e.type) for e in doc.entities for m in e.mentions if m.kind == "name"]
    assert names == [("Владата", "ORG"), ("Марко Трошановски", "PER")]


def test_the_harbour_authority_keeps_its_name_beside_a_captain(pipeline):
    doc = analyse(pipeline, "Капетанијата на пристаништето во Бар соопшти дека капетанот на бродот Јован Илиев е безбеден.",
                  date(2026, 3, 12))
    names = {m.text for e in doc.entities for m in e.mentions if m.kind == "name"}
    # the title is `капетанот`, not every word that opens so
    assert "Јован Илиев" in names and any(n.startswith("Капетанијата на пристаништето") for n in names)


@pytest.mark.parametrize("text, name, country", [
    ("Скопје, 5 мај 2026 (МИА) – Фирмата Лозар ќе отвори нова винарница во Неготино.", "Лозар", "MKD"),
    ("Скопје, 5 мај 2026 (МИА) – Здружението Чист воздух предупреди дека загадувањето е високо.", "Чист воздух", "MKD"),
    ("Скопје, 5 мај 2026 (МИА) – Хрватската компанија Јадранка ќе гради хотел во Охрид.", "Јадранка", "HRV"),
])
def test_a_name_after_a_kind_of_body_is_an_organisation(pipeline, text, name, country):
    doc = analyse(pipeline, text, date(2026, 5, 5))
    # the model misses or types a person an unknown firm or association the kind word introduces;
    # with no other cue it is of the state the Macedonian article is about
    assert (name, "ORG", country) in {(m.text, e.type, e.country) for e in doc.entities for m in e.mentions}


def test_a_person_after_a_firm_named_by_its_kind_stays_a_person(pipeline):
    doc = analyse(pipeline, "Извршниот директор на компанијата Џон Милер ја претстави новата стратегија.", date(2026, 5, 5))
    assert ("Џон Милер", "PER") in {(m.text, e.type) for e in doc.entities for m in e.mentions}


def test_a_mayor_after_a_foreign_diplomat_is_of_the_home_state(pipeline):
    doc = analyse(pipeline, "Битола, 5 мај 2026 (МИА) – Италијанскиот амбасадор Марко Росини и градоначалникот "
                  "Петар Стефановски ја отворија изложбата.", date(2026, 5, 5))
    people = {e.name: e.country for e in doc.entities if e.type == "PER"}
    # the demonym is the ambassador's role phrase, not the mayor's: a mayor with no state named is the home state's
    assert people == {"Марко Росини": "ITA", "Петар Стефановски": "MKD"}


def test_a_role_owned_by_a_union_or_a_company_is_of_that_kind_of_body(pipeline):
    doc = analyse(pipeline, "Претседателот на синдикатот Трајче Спасовски најави штрајк, а директорот на "
                  "компанијата Горан Митровски ги отфрли барањата.")
    people = {e.name: (e.country, e.sector) for e in doc.entities if e.type == "PER"}
    assert people == {"Трајче Спасовски": ("MKD", "LAB"), "Горан Митровски": ("MKD", "BUS")}


def test_a_state_named_only_as_an_envoys_is_not_the_state_the_story_is_about(pipeline):
    # an ambassador's state says whose envoy he is: the government he praises is the home state's
    doc = analyse(pipeline, "Германскиот амбасадор ја пофали Владата за реформите во правосудството.")
    assert next(e for e in doc.entities if e.mentions[0].text == "Владата").country == "MKD"
    doc = analyse(pipeline, "Амбасадорот на САД се сретна со Министерството за економија.")
    assert next(e for e in doc.entities if e.mentions[0].text.startswith("Министерството")).country == "MKD"
    # the state's own government, named as such, stays that state's
    doc = analyse(pipeline, "Германската влада ја пофали Владата на Србија.")
    assert {e.country for e in doc.entities if e.type == "ORG"} == {"DEU", "SRB"}


@pytest.mark.parametrize("text, ident", [
    ("Хелсиншкиот комитет за човекови права реагираше на говорот на омраза.", "org:mkd:helsinki-committee"),
    ("Од МЦМС соопштија дека граѓанскиот сектор е исклучен од консултациите.", "org:mkd:mcms"),
    ("Транспарентност Интернешнл Македонија ја објави анализата за корупцијата.", "org:mkd:ti-macedonia"),
])
def test_macedonian_ngos_are_linked(pipeline, text, ident):
    doc = analyse(pipeline, text, date(2026, 5, 5))
    assert any(e.kb_id == ident and e.country == "MKD" and e.sector == "NGO" for e in doc.entities)


def test_a_known_name_with_a_quoted_part_is_matched_whole(pipeline):
    doc = analyse(pipeline, "Скопје, 5 мај 2026 (МИА) – Универзитетот „Св. Кирил и Методиј“ потпиша договор со "
                  "Техничкиот универзитет во Минхен.", date(2026, 5, 5))
    ukim = [(m.text, e.country) for e in doc.entities if e.kb_id == "org:mkd:ukim" for m in e.mentions]
    # not only the quoted part, and not the country of the place later in the sentence
    assert ukim == [("Универзитетот „Св. Кирил и Методиј“", "MKD")]


def test_a_club_known_with_its_prefix_named_bare_in_a_sentence_about_sport_is_the_club(pipeline):
    doc = analyse(pipeline, "Фудбалерите на Вардар вчера победија во дербито. Сопственикот на Вардар 1961 најави нови "
                            "засилувања. Реката Вардар се излеа кај Велес по силните дождови.", date(2026, 5, 5))
    club = entity(doc, "FK Vardar")
    assert club.type == "ORG" and club.country == "MKD"
    assert [m.text for m in club.mentions] == ["Вардар", "Вардар 1961"]
    river = [e for e in doc.entities if e.type == "LOC" and any(m.sentence == 2 for m in e.mentions)]
    assert river and not any(m.sentence == 2 for m in club.mentions)


def test_a_kind_of_institution_or_venue_before_a_quoted_name_makes_one_name_of_the_kinds_type(pipeline):
    doc = analyse(pipeline, "Пациентот е пренесен во Клиничката болница „Свети Наум Охридски“ во Скопје. Концертот ќе "
                            "се одржи во Националната арена „Тоше Проески“. Натпреварот е на стадионот „Гоце Делчев“.",
                  date(2026, 5, 5))
    spans = {(m.text, e.type) for e in doc.entities for m in e.mentions}
    assert ("Клиничката болница „Свети Наум Охридски“", "ORG") in spans
    assert ("Националната арена „Тоше Проески“", "LOC") in spans
    assert ("Гоце Делчев", "LOC") in spans  # after a lower-case kind, only the quoted part
    assert not {"Наум Охридски", "Тоше Проески"} & {text for text, _ in spans}


def test_a_faculty_with_its_seat_is_one_name_and_a_coordinated_complement_stays_in_a_bodys_name(pipeline):
    doc = analyse(pipeline, "Економскиот факултет во Прилеп доби нова зграда. Студентите на Факултетот за "
                            "информатички науки и компјутерско инженерство протестираа пред ректоратот.", date(2026, 5, 5))
    spans = {(m.text, e.type) for e in doc.entities for m in e.mentions}
    assert ("Економскиот факултет во Прилеп", "ORG") in spans
    assert ("Факултетот за информатички науки и компјутерско инженерство", "ORG") in spans
    assert "Прилеп" not in {text for text, _ in spans}


def test_another_known_club_in_the_sentence_makes_a_bare_club_name_the_club(pipeline):
    doc = analyse(pipeline, "Вардар 1961 загуби од Шкендија.", date(2026, 5, 5))
    assert [m.text for m in entity(doc, "FK Vardar").mentions] == ["Вардар 1961"]


def test_russian_oblasts_and_middle_eastern_broadcasters_of_world_copy_are_known(pipeline):
    doc = analyse(pipeline, "Дронови погодија рафинерија во Саратовска област, јави телевизијата Ал Масира.")
    assert entity(doc, "Saratov Oblast").country == "RUS" and entity(doc, "Al Masirah").country == "YEM"


def test_west_african_bodies_and_the_emirates_by_their_short_forms_are_known(pipeline):
    doc = analyse(pipeline, "Економската заедница на западноафриканските држави (ЕКОВАС) ја осуди хунтата. "
                            "Нигерија им се заблагодари на Емиратите.")
    assert entity(doc, "Economic Community of West African States").country == "IGO"
    assert entity(doc, "United Arab Emirates").country == "ARE"


def test_an_anaphoric_organ_after_a_speaker_of_one_state_is_that_states(pipeline):
    doc = analyse(pipeline, "Србија доби критики од Брисел. Вучиќ рече дека Србија нема да воведе санкции. "
                            "Премиерот Христијан Мицкоски изјави дека Владата нема да ги прифати измените.")
    assert mentioned_as(doc, "Владата").country == "MKD"


def test_a_citizen_named_after_his_demonym_is_of_that_state_not_of_the_place_of_arrest(pipeline):
    doc = analyse(pipeline, "Бугарскиот државјанин Иван Петков беше приведен на аеродромот во Скопје.")
    person = entity(doc, "Иван Петков")
    assert (person.country, person.sector) == ("BGR", "CVL")


@pytest.mark.parametrize("text", [
    # after a party of one state in its sentence: that state's
    "Хрватскиот министер Гордан Грлиќ Радман ја посети Атина. Грција и Хрватска потпишаа договор. "
    "Левица го поздрави договорот, но ја критикуваше Владата за тајноста.",
    # in a story naming two states as often: the home state's
    "Комесарката Марта Кос разговараше во Софија за Скопје. Таа ја повика Владата да ги продолжи реформите.",
    # after an unnamed opposition, in a story that names the home state, though another state most
    "Полскиот министер Радослав Сикорски допатува во Скопје. Сикорски рече дека Полска и Варшава ќе останат "
    "најголем поддржувач на пристапувањето. Опозицијата побара од Владата да ги објави договорите."])
def test_an_anaphoric_government_after_a_home_party_or_on_a_tie_is_the_home_states(pipeline, text):
    assert mentioned_as(analyse(pipeline, text), "Владата").country == "MKD"


def test_an_unknown_organisation_named_with_its_seat_is_of_the_seats_state(pipeline):
    doc = analyse(pipeline, "Студентите протестираа пред Народната библиотека во Белград. "
                            "Делегација на Амбасадата на Кувајт во Скопје го посети градот.")
    library = next(e for e in doc.entities if e.name.startswith("Народната библиотека"))
    assert library.country == "SRB"
    assert next(e for e in doc.entities if e.name.startswith("Амбасадата")).country == "KWT"


def test_an_unknown_organisation_takes_its_sector_from_its_head_noun(pipeline):
    doc = analyse(pipeline, "Основниот суд Крива Паланка го осуди поранешниот директор на затворот на две години.")
    court = next(e for e in doc.entities if e.type == "ORG" and e.name.startswith("Основниот суд"))
    assert (court.country, court.sector) == ("MKD", "JUD")


def test_an_acronym_of_parties_of_two_states_is_the_one_of_the_state_the_story_names(pipeline):
    doc = analyse(pipeline, "Премиерот на Црна Гора оствари средба во Подгорица. Опозициската ДПС ја обвини Владата "
                            "дека ги крие договорите за аеродромот.")
    assert mentioned_as(doc, "ДПС").country == "MNE"
    assert mentioned_as(doc, "Владата").country == "MNE"


def test_a_home_organ_after_another_states_police_and_town_is_that_states(pipeline):
    doc = analyse(pipeline, "Српската полиција синоќа приведе десет лица во Крагуевац, соопшти Министерството за внатрешни работи.")
    assert mentioned_as(doc, "Министерството за внатрешни работи").country == "SRB"


def test_a_bare_government_after_the_home_government_named_with_its_demonym_is_the_home_one(pipeline):
    doc = analyse(pipeline, "Пожарот кај Струмица е изгаснат. Австриската влада испрати авион по барање на македонската "
                            "Влада. Австрија испрати и пожарникари. Владата соопшти дека ќе ги обештети семејствата.")
    government = [e for e in doc.entities if any(m.text == "Владата" for m in e.mentions)]
    assert [(e.kb_id, e.country) for e in government] == [("org:mkd:government", "MKD")]


def test_a_home_organ_after_a_demonym_of_the_state_the_story_is_about_is_that_states(pipeline):
    doc = analyse(pipeline, "Судот во Загреб го осуди директорот на болницата во Осиек. Директорот ја негираше вината. "
                            "Хрватскиот сојуз на лекари ја поздрави пресудата и го критикуваше Министерството за здравство.")
    assert mentioned_as(doc, "Министерството за здравство").country == "HRV"
    # in a story that names no other state twice, the home ministry stays home
    doc = analyse(pipeline, "Хрватскиот сојуз на лекари го поздрави Министерството за здравство за новиот закон.")
    assert mentioned_as(doc, "Министерството за здравство").country == "MKD"


def test_a_multinational_mining_group_is_known(pipeline):
    doc = analyse(pipeline, "Активистите од Лозница повторно протестираа против рудникот на Рио Тинто.")
    assert (mentioned_as(doc, "Рио Тинто").country, mentioned_as(doc, "Рио Тинто").sector) == ("MNC", "BUS")


def test_a_known_organ_named_for_another_state_is_one_name_of_its_own_state(pipeline):
    # `на Тајван` is what China's office deals with, not whose it is
    doc = analyse(pipeline, "Канцеларијата за прашања на Тајван го обвини Тајпеј за провокации.")
    office = mentioned_as(doc, "Канцеларијата за прашања на Тајван")
    assert (office.kb_id, office.country, office.sector) == ("org:chn:taiwan-affairs-office", "CHN", "GOV")


def test_the_assemblys_committee_stays_macedonian_in_a_story_about_bulgaria(pipeline):
    doc = analyse(pipeline, "Софија повторно ги блокира преговорите. Претседателот на собраниската Комисија за европски "
                            "прашања рече дека Бугарија уценува.")
    committee = mentioned_as(doc, "собраниската Комисија за европски прашања")
    assert (committee.kb_id, committee.country, committee.sector) == ("org:mkd:assembly-committee-european-affairs", "MKD", "LEG")


def test_new_year_is_a_date_not_a_name(pipeline):
    doc = analyse(pipeline, "Марко Илиевски ги повика колегите на средба по Нова Година.")
    assert "Нова Година" not in [m.text for e in doc.entities for m in e.mentions]


def test_a_quoted_full_name_after_a_descriptor_or_where_something_is_is_an_organisation(pipeline):
    doc = analyse(pipeline, "Договорот го потпиша производителот на мебел „Дрвопласт Интернешнл“ од Прилеп. "
                            "Работниците во „Металотехна“ штрајкуваа.")
    assert entity(doc, "Дрвопласт Интернешнл").type == "ORG"
    assert entity(doc, "Металотехна").type == "ORG"


def test_a_clinical_centre_or_a_school_named_after_a_person_is_no_person(pipeline):
    doc = analyse(pipeline, "Пациентката е пренесена во Клиничкиот центар „Мајка Тереза“. "
                            "Учениците од ООУ „Кирил Пејчиновиќ“ беа на екскурзија.")
    assert not [e for e in doc.entities if e.type == "PER"]
    assert {e.name for e in doc.entities} >= {"Клиничкиот центар „Мајка Тереза“", "ООУ „Кирил Пејчиновиќ“"}


def test_a_name_ends_where_a_glued_sentence_starts():
    def over_the_border(doc):  # `Петревска. Паралелно`, over the sentences' border
        start = next(t.i for t in doc if t.text == "Петревска")
        return [(start, start + 3, "PER")]

    text = "„Ова е голем ден“, изјави Петревска. Паралелно, фирмата Бетонекс склучи договор."  # a glued full stop, spaced
    doc = entities_with_model_spans(text, over_the_border)
    assert not [e for e in doc.entities if "Паралелно" in e.name]


def test_a_body_with_its_article_before_a_persons_name_is_left_out_of_it(pipeline):
    doc = analyse(pipeline, "Директорот на Канцеларијата Петар Петковиќ ја осуди одлуката на Приштина.")
    assert entity(doc, "Petar Petković").type == "PER"
    assert not [e for e in doc.entities if e.name.startswith("Канцеларијата")]


def test_a_name_after_the_noun_initiative_names_a_project_not_a_body_or_place(pipeline):
    doc = analyse(pipeline, "Црногорскиот премиер, кој ја предложи иницијативата Јадрански Мост, ги покани Хрватска и Албанија.")
    assert "Јадрански Мост" not in {e.name for e in doc.entities}
    assert {"Хрватска", "Албанија"} <= {e.name for e in doc.entities}


def test_an_ambiguous_acronym_in_an_agency_credit_is_the_press_agency(pipeline):
    # `ДПА` is a party and the German agency: in the credit after the last sentence, the agency
    doc = analyse(pipeline, "Министерот ги повика сојузниците на помош.(ДПА/МИА)")
    assert mentioned_as(doc, "ДПА").kb_id == "org:dpa"
    # the party's acronym in brackets after its name stays the party
    doc = analyse(pipeline, "Демократската партија на Албанците (ДПА) ја критикуваше Владата.")
    assert mentioned_as(doc, "ДПА").kb_id == "org:mkd:dpa"


def test_a_bodys_head_noun_alone_is_a_short_form_of_the_body_named_before():
    # `Европскиот совет … Советот`: the head noun of the name told before, not another council
    text = "Претседателот на Европскиот совет зборуваше. Во заклучоците, Советот ја повикува Србија."
    council_at, short_at = text.index("Европскиот совет"), text.index("Советот")
    council = Entity(id="E1", name="Европски совет", type="ORG",
                     mentions=[Mention(start=council_at, end=council_at + 16, text="Европскиот совет", sentence=0)])
    short = Entity(id="E2", name="Советот", type="ORG",
                   mentions=[Mention(start=short_at, end=short_at + 7, text="Советот", sentence=1)])
    kept = LinkStep("mk")._merge_short_forms([council, short], {})
    assert [e.id for e in kept] == ["E1"] and len(council.mentions) == 2


def test_a_head_noun_alone_is_no_short_form_of_a_body_named_by_a_title():
    text = "Членовите на здружението Зелен град протестираа. Советниците ја блокираат работата на Градот."
    title_at, short_at = text.index("Зелен град"), text.index("Градот")
    title = Entity(id="E1", name="Зелен град", type="ORG",
                   mentions=[Mention(start=title_at, end=title_at + 10, text="Зелен град", sentence=0)])
    short = Entity(id="E2", name="Градот", type="ORG",
                   mentions=[Mention(start=short_at, end=short_at + 6, text="Градот", sentence=1)])
    assert [e.id for e in LinkStep("mk")._merge_short_forms([title, short], {})] == ["E1", "E2"]

@pytest.mark.parametrize("text, long_form, name, short, joined", [
    # `Европскиот совет … Советот`: the head noun of the body's name told before with its article
    ("Претседателот на Европскиот совет зборуваше. Во заклучоците, Советот ја повикува Србија.",
     "Европскиот совет", "Европски совет", "Советот", True),
    # a body named by a title is not what its last word names (`здружението Зелен град … Градот`)
    ("Членовите на здружението Зелен град протестираа. Советниците ја блокираат работата на Градот.",
     "Зелен град", "Зелен град", "Градот", False),
])
def test_a_bodys_head_noun_alone_is_a_short_form_of_the_body_named_before_by_a_phrase(text, long_form, name, short, joined):
    long_at, short_at = text.index(long_form), text.index(short)
    body = Entity(id="E1", name=name, type="ORG",
                  mentions=[Mention(start=long_at, end=long_at + len(long_form), text=long_form, sentence=0)])
    alone = Entity(id="E2", name=short, type="ORG",
                   mentions=[Mention(start=short_at, end=short_at + len(short), text=short, sentence=1)])
    kept = LinkStep("mk")._merge_short_forms([body, alone], {})
    assert [e.id for e in kept] == (["E1"] if joined else ["E1", "E2"])


def test_a_known_name_with_commas_is_matched_whole(pipeline):
    doc = analyse(pipeline, "Министерот се сретна со Самостојниот синдикат за здравство, фармација и социјална заштита.", date(2026, 5, 5))
    union = next(e for e in doc.entities if e.kb_id == "org:mkd:health-workers-union")
    assert (union.country, union.sector) == ("MKD", "LAB")


def test_a_quoted_name_ending_with_a_firms_word_is_a_company_not_the_place_inside(pipeline):
    doc = analyse(pipeline, "Народната банка ја казни „Охрид банка“, а „Струмица Металс“ отпушти 30 работници.", date(2026, 5, 5))
    for name in ("Охрид банка", "Струмица Металс"):
        firm = entity(doc, name)
        assert (firm.type, firm.sector) == ("ORG", "BUS")
    assert not [e for e in doc.entities if e.type == "GPE"]


def test_a_ministry_owned_by_a_gulf_demonym_is_that_states(pipeline):
    doc = analyse(pipeline, "Оманското Министерство за надворешни работи објави дека министерот разговарал со колегата од Техеран.",
                  published=date(2026, 2, 10))
    ministry = mentioned_as(doc, "Министерство за надворешни работи")
    assert ministry.country == "OMN" and ministry.kb_id != "org:mkd:ministry-of-foreign-affairs"


def test_an_office_named_before_its_holder_is_of_the_holders_state(pipeline):
    doc = analyse(pipeline, "Палестинските власти соопштија дека Газа е под опсада. "
                            "Канцеларијата на премиерот Бенјамин Нетанјаху соопшти дека Израел нема да се повлече.",
                  published=date(2026, 2, 10))
    assert mentioned_as(doc, "Канцеларијата на премиерот").country == "ISR"


def test_a_place_told_as_where_a_minister_stays_is_not_the_storys_country(pipeline):
    doc = analyse(pipeline, "СДСМ ја обвини Владата за долгот. Министерот за надворешни работи Тимчо Муцунски, од Париз, "
                            "каде што престојува оваа недела, одговори дека компанијата Алфатекс ќе добие субвенција.",
                  published=date(2026, 3, 2))
    assert mentioned_as(doc, "Алфатекс").country == "MKD"


def test_a_government_named_by_its_head_is_of_his_state(pipeline):
    doc = analyse(pipeline, "Во Белград вчера српскиот министер за надворешни работи ја критикуваше "
                            "Владата на Андреј Пленковиќ за границата.", published=date(2026, 3, 2))
    assert mentioned_as(doc, "Владата").kb_id == "org:hrv:government"


def test_an_unknown_office_named_with_its_holder_inside_is_of_his_state(pipeline):
    doc = analyse(pipeline, "Во Лондон и Париз вчера се зборуваше за војната. Британскиот премиер ја пофали "
                            "Канцеларијата на Володимир Зеленски за храброста.", published=date(2026, 3, 2))
    assert mentioned_as(doc, "Канцеларијата на Володимир Зеленски").country == "UKR"


def test_the_spokesman_of_the_party_is_of_the_party_named_before(pipeline):
    doc = analyse(pipeline, "Во Вашингтон и Њујорк вчера се зборуваше за царините. Од ВМРО-ДПМНЕ реагираа набрзо. "
                            "Портпаролот на партијата, Петар Стојковски, рече дека опозицијата лаже.",
                  published=date(2026, 3, 2))
    assert (mentioned_as(doc, "Петар Стојковски").country, mentioned_as(doc, "Петар Стојковски").sector) == ("MKD", "PTY")


@pytest.mark.parametrize("text, mention, country, sector", [
    ("Претседателот на Сојузот на синдикатите, Слободан Трендафилов, најави протест пред Владата.",
     "Слободан Трендафилов", "MKD", "LAB"),
    ("Командантот на КФОР, генерал-мајор Енрико Бардуани, ги посети базите на север.", "Енрико Бардуани", "IGO", "MIL"),
    ("Гренландскиот премиер Јенс-Фредерик Нилсен ги отфрли повиците од Вашингтон.", "Јенс-Фредерик Нилсен", "GRL", "GOV"),
    ("Портпаролот на Хамас Хазем Касем изјави дека движењето го проучува предлогот.", "Хазем Касем", "PSE", "REB"),
    ("Пензионираниот генерал Бен Хоџис оцени дека фронтот ќе се стабилизира.", "Бен Хоџис", "USA", "ELI"),
    ("Евроџаст соопшти дека акцијата ја координирале обвинители од пет држави.", "Евроџаст", "EUR", "IGO"),
    ("Израелското тело КОГАТ соопшти дека влегле 200 камиони со помош.", "КОГАТ", "ISR", "GOV"),
    ("Синдикатот на лекарите „Хипократ“ најави штрајк во болниците.", "Синдикатот на лекарите „Хипократ“", "MKD", "LAB"),
    ("Канцеларијата за контрола на странските средства (ОФАК) стави три фирми на црната листа.", "ОФАК", "USA", "GOV"),
    ("Според Европската служба за надворешни дејства, средбата е одложена.", "Европската служба за надворешни дејства", "EUR", "IGO"),
    ("Предлогот го одби Домот на народите во Сараево.", "Домот на народите", "BIH", "LEG"),
])
def test_actors_the_third_blind_round_found_missing_or_mislinked(pipeline, text, mention, country, sector):
    actor = mentioned_as(analyse(pipeline, text, published=date(2025, 6, 4)), mention)
    assert actor.kb_id and (actor.country, actor.sector) == (country, sector)


def test_an_interior_minister_is_government_and_a_namesakes_surname_does_not_take_him(pipeline):
    doc = analyse(pipeline, "Министерот за внатрешни работи Панче Тошковски најави контроли на границата. "
                            "Премиерот на Република Српска Саво Миниќ изјави дека нема да попушти. Миниќ додаде дека ќе се обрати на судот.",
                  published=date(2026, 3, 4))
    minister, premier = entity(doc, "Панче Тошковски"), entity(doc, "Саво Миниќ")
    assert (minister.country, minister.sector) == ("MKD", "GOV")
    assert (premier.country, premier.sector) == ("BIH", "GOV") and [m.text for m in premier.mentions] == ["Саво Миниќ", "Миниќ"]


@pytest.mark.parametrize("text, form, ident, code", [
    # the four blind desks of 28 November 2026: actors missing or mislinked
    ("Нечирван Барзани, претседателот на Курдистанскиот регион, го прими во Ербил шефот на турската дипломатија.",
     "Нечирван Барзани", "per:nechirvan-barzani", ("IRQ", "GOV")),
    ("Делегација на Регионалната влада на Курдистан разговараше во Багдад за буџетот.",
     "Регионалната влада на Курдистан", "org:irq:kurdistan-regional-government", ("IRQ", "GOV")),
    ("Портпаролот на иракската влада рече дека Ирак нема да дозволи напади од својата територија.",
     "иракската", "gpe:IRQ", ("IRQ", None)),
    ("Според турски медиуми, агенти на МИТ уапсиле тројца осомничени во Анкара.", "МИТ", "org:tur:mit", ("TUR", "SPY")),
    ("Истражувачите од МИТ во Бостон развија нова батерија, објави американскиот институт.", "МИТ", "org:mit",
     ("USA", "EDU")),
    ("Чешкиот премиер разговараше со лидерите на СПД во Прага за новиот буџет.", "СПД", "org:cze:spd", ("CZE", "PTY")),
    ("Германскиот канцелар побара поддршка од СПД во Бундестагот за буџетот во Берлин.", "СПД", "org:deu:spd",
     ("DEU", "PTY")),
    ("Американските санкции ја погодија рафинеријата на НИС во Панчево.", "НИС", "org:nis", ("SRB", "BUS")),
    ("Народниот правобранител Насер Зибери побара од Владата да ги исплати долговите.", "Насер Зибери",
     "per:naser-ziberi", ("MKD", "GOV")),
    ("Штедачите ќе ги обештети Фондот за осигурување на депозити, соопшти Народната банка.",
     "Фондот за осигурување на депозити", "org:mkd:deposit-insurance-fund", ("MKD", "GOV")),
    ("Градоначалникот на Битола поднесе тужба до Управниот суд против решението на Министерството за финансии.",
     "Управниот суд", "org:mkd:administrative-court", ("MKD", "JUD")),
    ("Лидерот на Странката на слободата и правдата Драган Ѓилас повика на протест во Белград.", "Драган Ѓилас",
     "per:dragan-djilas", ("SRB", "PTY")),
    ("Светската програма за храна (ВФП) предупреди дека залихите во Газа се при крај.", "ВФП", "org:wfp", ("UNO", "IGO")),
    ("Судот во Луксембург ја казни Полска поради реформата на судството.", "Судот во Луксембург",
     "org:court-of-justice-of-the-eu", ("EUR", "JUD")),
    ("Земјоделците предводени од ФНСЕА блокираа патишта кон Париз.", "ФНСЕА", "org:fra:fnsea", ("FRA", "LAB")),
    # Middle East and Vatican copy of 2025: a party, the Holy See in lower case, a corps named in full
    ("Делегации на Фатах и Хамас разговараа во Каиро за управувањето со Газа.", "Фатах", "org:pse:fatah", ("PSE", "PTY")),
    ("Светата столица понуди да биде домаќин на разговорите.", "Светата столица", "gpe:VAT", ("VAT", None)),
    ("Корпусот на Исламската револуционерна гарда соопшти дека ги запленил двата танкери.",
     "Корпусот на Исламската револуционерна гарда", "org:irn:irgc", ("IRN", "MIL")),
    ("Генералот Фатах ал Бурхан ги отфрли условите на посредниците.", "Фатах ал Бурхан", "per:abdel-fattah-al-burhan", ("SDN", "GOV")),
    ("Премиерот Шебаз Шариф изјави дека Пакистан ќе одговори.", "Шебаз Шариф", "per:shehbaz-sharif", ("PAK", "GOV")),
    ("Газпром ги запре испораките, а Нафтогаз ја обвини Москва.", "Нафтогаз", "org:ukr:naftogaz", ("UKR", "BUS")),
])
def test_actors_the_four_blind_desks_of_28_november_2026_found_missing_or_mislinked(pipeline, text, form, ident, code):
    actor = mentioned_as(analyse(pipeline, text, date(2026, 3, 5)), form)
    assert (actor.kb_id, actor.country, actor.sector) == (ident, *code)


@pytest.mark.parametrize("text, form, ident, code", [
    # the front-page blind set of 28 November 2026: actors its copy named that the files lacked
    ("Гувернерот на Илиноис Џеј Би Прицкер ја обвини федералната влада дека ги загрозува граѓаните.", "Џеј Би Прицкер",
     "per:jb-pritzker", ("USA", "GOV")),
    ("Агентите на Службата за имиграција и царина (ИЦЕ) приведоа педесетина луѓе во Чикаго.", "ИЦЕ", "org:usa:ice",
     ("USA", "COP")),
    ("Германскиот министер за внатрешни работи Александер Добринт најави построги контроли на границите.",
     "Александер Добринт", "per:alexander-dobrindt", ("DEU", "GOV")),
    ("Министерот за енергетика Парвиз Шахбазов го потпиша меморандумот во Баку.", "Парвиз Шахбазов",
     "per:parviz-shahbazov", ("AZE", "GOV")),
    ("Азербејџанската компанија СОКАР ќе испорачува гас од 2027 година.", "СОКАР", "org:aze:socar", ("AZE", "BUS")),
    ("Францускиот претседател се спротивстави на договорот со Меркосур.", "Меркосур", "org:mercosur", ("IGO", "IGO")),
])
def test_actors_the_front_page_blind_set_of_28_november_2026_found_missing(pipeline, text, form, ident, code):
    actor = mentioned_as(analyse(pipeline, text, date(2026, 3, 5)), form)
    assert (actor.kb_id, actor.country, actor.sector) == (ident, *code)


@pytest.mark.parametrize("text, name, country", [
    ("Бугарскиот европратеник Стефан Драгоманов вчера ја критикуваше Владата во Скопје.", "Стефан Драгоманов", "BGR"),
    ("Австриската европратеничка Ингрид Шелхамер побара нов пристап кон Скопје.", "Ингрид Шелхамер", "AUT"),
    ("Хрватскиот европарламентар Иво Марушиќ ја поздрави одлуката на Советот.", "Иво Марушиќ", "HRV"),
])
def test_a_member_of_the_european_parliament_the_kb_lacks_is_of_the_demonyms_state(pipeline, text, name, country):
    person = entity(analyse(pipeline, text), name)
    assert (person.country, person.sector) == (country, "LEG")


@pytest.mark.parametrize("text, kb_id", [
    ("Фискалниот совет предупреди дека дефицитот е превисок.", "org:mkd:fiscal-council"),
    ("Претставници на Лукоил Македонија не одговорија на прашањата.", "org:mkd:lukoil-macedonia"),
    ("Делегацијата на Европскиот комитет за спречување тортура ги посети затворите.", "org:cpt"),
    ("Министерот за одбрана Владимир Мисајловски допатува во Брисел.", "per:vlado-misajlovski"),
    ("Претседателот Габриел Борич му честиташе на победникот.", "per:gabriel-boric"),
    ("Портпаролот на грчката влада Павлос Маринакис изјави дека Атина ќе гласа против.", "per:pavlos-marinakis"),
    ("Кинеската народноослободителна армија започна вежби кај островот.", "org:chn:pla"),
    ("Борците на Сириските демократски сили се повлекоа од градот.", "org:sdf"),
])
def test_actors_of_the_blind_desks_of_28_november_2026_link_in_a_sentence(pipeline, text, kb_id):
    assert kb_id in {e.kb_id for e in analyse(pipeline, text).entities}


@pytest.mark.parametrize("text, kb_id, anaphor", [
    ("КЗК ја казни фирмата „Нафтекс“. Комисијата за заштита на конкуренцијата (КЗК) изрече казна од 40.000 евра. "
     "Од „Нафтекс“ ги отфрлија наодите на Комисијата.", "org:mkd:competition-commission", "Комисијата"),
    ("АХВ затвори две фарми. Агенцијата за храна и ветеринарство (АХВ) соопшти дека најде болест. "
     "Сопствениците ја обвинија Агенцијата за доцнење.", "org:mkd:food-and-veterinary-agency", "Агенцијата"),
    ("ФЗО ги намали цените. Фондот за здравствено осигурување (ФЗО) објави нова листа на лекови. "
     "Аптеките побараа средба со Фондот.", "org:mkd:health-insurance-fund", "Фондот"),
])
def test_a_body_named_first_by_its_acronym_takes_its_later_head_noun(pipeline, text, kb_id, anaphor):
    # the headline's acronym comes first, but the head noun is the full name's (`Комисијата за …`)
    assert mentioned_as(analyse(pipeline, text), anaphor).kb_id == kb_id


@pytest.mark.parametrize("text, form, ident, code", [
    # the three blind sets of 28 November 2026 (Asia, the Americas, security): actors the files lacked,
    # in sentences written for the test
    ("Филипинскиот претседател Фердинанд Маркос Јуниор ја посети базата на островот Палаван.",
     "Фердинанд Маркос Јуниор", "per:ferdinand-marcos-jr", ("PHL", "GOV")),
    ("Бродовите на Кинеската крајбрежна стража повторно се приближија до филипинските рибари.",
     "Кинеската крајбрежна стража", "org:chn:coast-guard", ("CHN", "COP")),
    ("Непалскиот претседател Рам Чандра Паудел ги повика партиите на нов дијалог.", "Рам Чандра Паудел",
     "per:ram-chandra-paudel", ("NPL", "GOV")),
    ("Хонгконшкиот лидер Џон Ли најави нов закон за безбедност.", "Џон Ли", "per:john-lee-ka-chiu", ("HKG", "GOV")),
    ("Кубанскиот претседател Мигел Дијас-Канел го прими рускиот министер во Хавана.", "Мигел Дијас-Канел",
     "per:miguel-diaz-canel", ("CUB", "GOV")),
    ("Пратениците на Партијата на националната акција гласаа против буџетот.", "Партијата на националната акција",
     "org:mex:pan", ("MEX", "PTY")),
    ("Премиерката Камла Персад-Бисесар ги бранеше заедничките вежби со американската морнарица.",
     "Камла Персад-Бисесар", "per:kamla-persad-bissessar", ("TTO", "GOV")),
    ("Генералот Кристофер Донахју ги посети американските војници во Полска.", "Кристофер Донахју",
     "per:christopher-donahue", ("USA", "MIL")),
    ("Српскиот министер за правда Ненад Вујиќ допатува во Подгорица.", "Ненад Вујиќ", "per:nenad-vujic", ("SRB", "GOV")),
    ("Хеленската полиција уапси тројца кријумчари кај Кукуш.", "Хеленската полиција", "org:grc:police", ("GRC", "COP")),
    ("Специјалците од Единицата за брзо распоредување го обезбедија натпреварот во Скопје.",
     "Единицата за брзо распоредување", "org:mkd:rapid-deployment-unit", ("MKD", "COP")),
    ("Гувернерот на провинцијата Аксел Кисилоф ја критикуваше економската политика.", "Аксел Кисилоф",
     "per:axel-kicillof", ("ARG", "GOV")),
])
def test_actors_the_three_blind_sets_of_28_november_2026_found_missing(pipeline, text, form, ident, code):
    actor = mentioned_as(analyse(pipeline, text, date(2026, 3, 5)), form)
    assert (actor.kb_id, actor.country, actor.sector) == (ident, *code)


def test_santiago_de_cuba_is_cubas_not_the_chilean_capital(pipeline):
    doc = analyse(pipeline, "Илјадници жители на Сантијаго де Куба останаа без струја по бурата.", date(2026, 3, 5))
    assert {e.kb_id for e in doc.entities} >= {"gpe:city:santiago-de-cuba"} and "gpe:city:santiago" not in {e.kb_id for e in doc.entities}


def test_a_surname_two_people_share_goes_to_the_one_the_text_names(pipeline):
    doc = analyse(pipeline, "Медиумскиот магнат Џими Лаи доби нова пресуда во Хонгконг. Лаи ќе поднесе жалба.", date(2026, 3, 5))
    assert mentioned_as(doc, "Лаи").kb_id == "per:jimmy-lai"


@pytest.mark.parametrize("text, form, ident, code", [
    ("Индискиот министер за внатрешни работи Амит Шах ја посети границата во Кашмир.", "Амит Шах", "per:amit-shah", ("IND", "GOV")),
    ("Пратениците на БЈП го поддржаа законот во Њу Делхи.", "БЈП", "org:ind:bjp", ("IND", "PTY")),
    ("Кандидатот на Куоминтанг победи на локалните избори во Тајпеј.", "Куоминтанг", "org:twn:kuomintang", ("TWN", "PTY")),
    ("Агентите на Европол помогнаа во акцијата против кријумчарите во Шпанија.", "Европол", "org:europol", ("EUR", "IGO")),
])
def test_parties_and_ministers_of_2025_2026_news_link_in_a_sentence(pipeline, text, form, ident, code):
    actor = mentioned_as(analyse(pipeline, text, date(2026, 3, 5)), form)
    assert (actor.kb_id, actor.country, actor.sector) == (ident, *code)


@pytest.mark.parametrize("text, name, country", [
    ("Командантот на Копнените сили на САД во Европа, генерал Роберт Хендерсон, вчера се сретна со "
     "министерот за одбрана Горан Петрески во Скопје.", "Роберт Хендерсон", "USA"),
    ("Командантот на морнарицата на Грција, адмирал Стефанос Лиакос, ја посети касарната во Штип.",
     "Стефанос Лиакос", "GRC"),
    ("Командантот на мисијата на Италија, полковник Марко Бертони, разговараше со градоначалникот на Тетово.",
     "Марко Бертони", "ITA"),
])
def test_a_rank_in_apposition_to_a_role_takes_the_state_that_role_names(pipeline, text, name, country):
    assert entity(analyse(pipeline, text), name).country == country


@pytest.mark.parametrize("text, full, surname, country", [
    ("Парламентот на Боливија ја прогласи премиерката на Доминика, Ана Лорен-Бристоу, за непожелна личност. "
     "Претседателот на Боливија ја обвини за провокација.\nЛорен-Бристоу ги отфрли обвинувањата.",
     "Ана Лорен-Бристоу", "Лорен-Бристоу", "DMA"),
    ("Министерот за финансии на Перу, Карлос Ибара-Мендоза, доби поддршка од Чиле. Чиле и Аргентина потпишаа договор. "
     "Ибара-Мендоза потоа отпатува за Сантијаго.", "Карлос Ибара-Мендоза", "Ибара-Мендоза", "PER"),
])
def test_a_hyphenated_surname_named_again_alone_is_the_person_named_in_full(pipeline, text, full, surname, country):
    doc = analyse(pipeline, text)
    person = entity(doc, full)
    assert surname in [m.text for m in person.mentions]
    assert person.country == country


@pytest.mark.parametrize("text, place, known", [
    # (Santiago de Cuba, the case that showed it, is in the knowledge base since; Compostela is not)
    ("Протести во Сантијаго де Компостела поради новиот закон. Полицијата во Сантијаго де Компостела приведе "
     "десетици демонстранти.", "Сантијаго де Компостела", "Сантијаго"),
    ("Поплавите во Сан Хосе де Окоа однесоа десетици куќи, соопштија властите на Доминиканската Република.",
     "Сан Хосе де Окоа", "Сан Хосе"),
    ("Илјадници луѓе протестираа во Валенсија дел Мар против новиот закон.", "Валенсија дел Мар", "Валенсија"),
])
def test_a_known_place_followed_by_a_name_particle_and_a_name_is_one_unknown_place(pipeline, text, place, known):
    doc = analyse(pipeline, text)
    found = entity(doc, place)
    assert found.kb_id is None and found.type == "GPE"
    assert len(found.mentions) == text.count(place)
    assert not [e for e in doc.entities if e.name == known or any(m.text == known for m in e.mentions)]


@pytest.mark.parametrize("text, name, country", [
    ("Конгоанскиот претседател Феликс Тшисекеди вчера во Киншаса разговараше со руандскиот министер.", "Félix Tshisekedi", "COD"),
    ("Во Луанда, Чисекеди рече дека прекинот на огнот мора да се почитува.", "Félix Tshisekedi", "COD"),
    ("Египетскиот претседател го прими Исајас Афеворки во Каиро.", "Isaias Afwerki", "ERI"),
    ("Во Адис Абеба, министерот Јемане Гебремескел изјави дека Асмара нема да попушти.", "Yemane Gebremeskel", "ERI"),
    ("Рускиот преговарач Владимир Мединскиј рече дека Москва ќе ги продолжи разговорите во Истанбул.", "Vladimir Medinsky", "RUS"),
    ("Мисијата на ОН за поддршка во Либија (УНСМИЛ) ги повика милициите во Бенгази да се повлечат.", "United Nations Support Mission in Libya", "UNO"),
    ("Комисијата на ЕКОВАС во петокот соопшти дека ќе испрати мисија во Гвинеја.", "ECOWAS Commission", "IGO"),
    ("Во Ниамеј, АЕС најави заеднички сили од пет илјади војници.", "Alliance of Sahel States", "IGO"),
])
def test_african_leaders_and_bodies_keep_their_own_country_whatever_the_story_names(pipeline, text, name, country):
    assert entity(analyse(pipeline, text), name).country == country


def test_a_first_name_the_militia_rada_shares_stays_a_persons(pipeline):
    doc = analyse(pipeline, "Србинот Раде Петровиќ победи на натпреварот во Ниш.")
    assert entity(doc, "Раде Петровиќ").type == "PER"


def test_an_african_capital_standing_for_its_government_is_that_states(pipeline):
    doc = analyse(pipeline, "Асмара вчера ги отфрли барањата на Адис Абеба за пристап до морето.")
    assert mentioned_as(doc, "Асмара").country == "ERI"


def test_a_complement_with_the_definite_article_is_no_part_of_an_institutions_name():
    # (a model that ran `Владата` on into what the sentence says about it; a body's own
    # complement is bare: `Агенцијата за заштита на природата`)
    from vesnik.entities import Candidate, merge

    step = EntityStep(use_model=False)

    def kept(text: str, first: str, end: str) -> list[str]:
        model = Candidate(text.index(first), text.rindex(end), "ORG", "model")
        found = merge(step._gazetteer_spans(text), [model], text, step.joiners, frozenset(step.not_name_endings),
                      step.organ_stems, step.coordinators, step.body_stems, step.articles, step._definite)
        return [text[c.start:c.end] for c in found]

    assert kept("Министерката ја пофали Владата за заложбите во образованието.", "Владата", ".") == ["Владата"]
    assert kept("Претседателката го повика Собранието за усвојувањето на буџетот.", "Собранието", ".") == ["Собранието"]
    assert kept("Комесарот ја поздрави Комисијата за реформите во судството.", "Комисијата", ".") == ["Комисијата"]
    assert kept("Министерот ја пофали Агенцијата за заштита на природата.", "Агенцијата", ".") == [
        "Агенцијата за заштита на природата"]


def test_an_institution_named_bare_in_home_news_set_partly_abroad_is_the_home_states(pipeline):
    # (the state named most has no body of that name: the home state's, which the story names, is meant)
    doc = analyse(pipeline, "Министерот за економија на Северна Македонија отпатува во Вашингтон. Во Вашингтон ќе разговара "
                            "со американската администрација за царините на САД. Во петокот ќе се сретне со Стопанската комора.")
    assert mentioned_as(doc, "Стопанската комора").country == "MKD"
    visit = ("Претседателот на Северна Македонија вчера допатува во Љубљана, каде се сретна со словенечкиот премиер. ")
    doc = analyse(pipeline, visit + "Пред да замине за Словенија, тој го врати законот во Собранието.")
    assert mentioned_as(doc, "Собранието").country == "MKD"
    # (twins: an assembly `на Словенија` is Slovenia's; a story that never names the home state keeps its own)
    doc = analyse(pipeline, visit + "Словенечкиот премиер ќе го предложи законот во Собранието на Словенија.")
    assert mentioned_as(doc, "Собранието").country == "SVN"
    doc = analyse(pipeline, "Словенечкиот премиер вчера во Љубљана се сретна со синдикатите. Тој рече дека законот ќе го "
                            "предложи во Собранието.")
    assert mentioned_as(doc, "Собранието").country != "MKD"


@pytest.mark.parametrize("text, demonym, country", [
    ("Руандската армија ги нападна бунтовниците северно од Гома.", "Руандската", "RWA"),
    ("Камбоџанскиот министер за одбрана го обвини Тајланд за гранатирањето.", "Камбоџанскиот", "KHM"),
    ("Еритрејскиот министер за информации ја осуди изјавата на Етиопија.", "Еритрејскиот", "ERI"),
    ("Буркинскиот лидер го примил амбасадорот на Мали.", "Буркинскиот", "BFA"),
    ("Еквадорската полиција уапси двајца Колумбијци.", "Еквадорската", "ECU"),
    ("Гласачите ја казнија таџикистанската влада.", "таџикистанската", "TJK"),
])
def test_a_demonym_of_a_state_beyond_europe_names_its_state(pipeline, text, demonym, country):
    assert mentioned_as(analyse(pipeline, text), demonym).country == country


@pytest.mark.parametrize("text, country", [
    ("Конгоанската армија ги нападна бунтовниците кај Гома.", "COD"),
    ("Конгоанската армија ги нападна бунтовниците кај Бразавил.", "COG"),
    ("Конгоанската армија ги нападна бунтовниците.", "COD"),
])
def test_the_adjective_of_both_congos_is_the_one_the_places_tell(pipeline, text, country):
    assert mentioned_as(analyse(pipeline, text), "Конгоанската").country == country


@pytest.mark.parametrize("text, form, published, ident, code", [
    # an MEP the knowledge base knows takes the state that elected him or her (GUIDELINES), not the Parliament
    ("Британскиот европратеник Најџел Фараж повторно ги нападна преговарачите во Брисел.", "Најџел Фараж",
     date(2017, 6, 12), "per:nigel-farage", ("GBR", "LEG")),
    ("Фараж најави дека ќе гласа против секој нов рок за излез.", "Фараж", date(2019, 2, 20), "per:nigel-farage",
     ("GBR", "LEG")),
    ("Малтешката пратеничка во Европскиот парламент Роберта Мецола побара поголема транспарентност.", "Роберта Мецола",
     date(2016, 4, 8), "per:roberta-metsola", ("MLT", "LEG")),
    ("Претседателката на Европскиот парламент Роберта Мецола ги повика лидерите на единство.", "Роберта Мецола",
     date(2023, 4, 8), "per:roberta-metsola", ("EUR", "LEG")),
    ("Бугарскиот европратеник Радан Канев повторно се спротивстави на преговарачката рамка.", "Радан Канев",
     date(2024, 10, 3), "per:radan-kanev", ("BGR", "LEG")),
    # bodies and people of the Balkan news of 2005–2010 and the world news of 2018–2019 the files lacked
    ("Управниот одбор на Советот за спроведување на мирот (ПИК) ги осуди изјавите на лидерите од двата ентитети.",
     "ПИК", date(2008, 2, 27), "org:peace-implementation-council", ("IGO", "IGO")),
    ("Амбасадорите на ПИК ќе се состанат следната недела во Сараево.", "ПИК", date(2009, 6, 30),
     "org:peace-implementation-council", ("IGO", "IGO")),
    ("Шефот на УНМИК Јоаким Рикер ги повика косовските Срби да учествуваат на изборите.", "Јоаким Рикер",
     date(2007, 10, 2), "per:joachim-rucker", ("UNO", "IGO")),
    ("Главниот обвинител на Трибуналот Серж Брамерц ја пофали соработката на Загреб.", "Серж Брамерц",
     date(2009, 11, 5), "per:serge-brammertz", ("UNO", "JUD")),
    ("Српскиот министер за Косово Слободан Самарџиќ ја отфрли мисијата на ЕУ.", "Слободан Самарџиќ",
     date(2008, 2, 10), "per:slobodan-samardzic", ("SRB", "GOV")),
    ("Специјалниот претставник на ЕУ Ерван Фуере се сретна со лидерите на партиите.", "Ерван Фуере",
     date(2008, 5, 14), "per:erwan-fouere", ("EUR", "IGO")),
    ("Британскиот министер за внатрешни работи Саџид Џавид ја потпиша наредбата за екстрадиција.", "Саџид Џавид",
     date(2019, 6, 13), "per:sajid-javid", ("GBR", "GOV")),
    ("Адвокатот Руди Џулијани изјави дека претседателот нема да сведочи.", "Руди Џулијани", date(2018, 8, 2),
     "per:rudy-giuliani", ("USA", "JUD")),
    ("Портпаролот на талибанската влада Забиулах Муџахид ги отфрли обвинувањата.", "Забиулах Муџахид",
     date(2023, 3, 1), "per:zabihullah-mujahid", ("AFG", "GOV")),
    ("Турската агенција АФАД испрати шатори и ќебиња во погодените села.", "АФАД", date(2023, 2, 8),
     "org:tur:afad", ("TUR", "GOV")),
    ("Бунтовниците од ФДЛР нападнаа неколку села во Северно Киву.", "ФДЛР", date(2009, 5, 10), "org:fdlr",
     ("RWA", "REB")),
    ("Шефицата на Координациониот центар за Косово Санда Рашковиќ-Ивиќ ги повика Србите да не ги бојкотираат "
     "институциите.", "Санда Рашковиќ-Ивиќ", date(2006, 4, 3), "per:sanda-raskovic-ivic", ("SRB", "GOV")),
    ("Лидерот на кипарските Турци Дервиш Ероглу се сретна со претседателот Христофијас во Никозија.", "Дервиш Ероглу",
     date(2011, 1, 26), "per:dervis-eroglu", ("CYP", "GOV")),
    ("Претседателот на Трибуналот Теодор Мерон го отвори судењето во Хаг.", "Теодор Мерон", date(2004, 2, 12),
     "per:theodor-meron", ("UNO", "JUD")),
    # Macedonia's interior and defence ministers of 2004–2017, by the date of the story
    ("Министерката за внатрешни работи Гордана Јанкулоска ја пофали акцијата на полицијата во Тетово.",
     "Гордана Јанкулоска", date(2008, 11, 7), "per:gordana-jankuloska", ("MKD", "GOV")),
    ("Министерот за одбрана Зоран Коњановски ги испрати војниците во Авганистан.", "Зоран Коњановски",
     date(2009, 3, 2), "per:zoran-konjanovski", ("MKD", "GOV")),
    ("Еленовски изјави дека армијата е подготвена за членство во НАТО.", "Еленовски", date(2007, 5, 14),
     "per:lazar-elenovski", ("MKD", "GOV")),
    # the world news of 2018–2019: office holders of those years the files lacked, by the date of the story
    ("Министерот за правда Џеф Сешнс ги отфрли критиките на претседателот.", "Џеф Сешнс", date(2018, 8, 24),
     "per:jeff-sessions", ("USA", "GOV")),
    ("Шкотската премиерка Никола Стерџен побара нов референдум за независност.", "Никола Стерџен", date(2019, 4, 24),
     "per:nicola-sturgeon", ("GBR", "GOV")),
    ("Италијанскиот министер за внатрешни работи Матео Салвини ги затвори пристаништата за бродовите со мигранти.",
     "Матео Салвини", date(2018, 6, 11), "per:matteo-salvini", ("ITA", "GOV")),
    ("Салвини ја обвини владата дека ги изневерила гласачите.", "Салвини", date(2020, 5, 2), "per:matteo-salvini",
     ("ITA", "PTY")),
    ("Новозеландската премиерка Џасинда Ардерн ја осуди нападот врз џамиите.", "Џасинда Ардерн", date(2019, 3, 16),
     "per:jacinda-ardern", ("NZL", "GOV")),
])
def test_actors_of_the_real_news_style_desks_of_28_november_2026_the_files_lacked_or_misplaced(pipeline, text, form, published, ident, code):
    actor = mentioned_as(analyse(pipeline, text, published), form)
    assert (actor.kb_id, actor.country, actor.sector) == (ident, *code)


@pytest.mark.parametrize("text", [
    # the copy writes its own state's bodies with a capital, another state's in lower case: a capitalised
    # `Владата` inside a sentence of a story that names the home state is its government, whichever state it names most
    "Српските превозници ја блокираа границата кај Прешево. Србија бара од владата во Белград пониски такси, а "
    "српските синдикати најавија нови блокади. Министерот Тимчо Муцунски разговараше со српскиот колега, "
    "а извозниците побараа Владата да им ги надомести загубите.",
    "Албанија ги затвори пазарите за увоз на млеко. Тирана тврди дека мерката е привремена, а албанската влада "
    "ќе ја преиспита за еден месец. Производителите од Битола протестираа пред Владата барајќи помош.",
    "Бугарските рибари ги блокираа пристаништата во Варна и Бургас, незадоволни од бугарската влада. Од Струмица "
    "јавуваат дека и македонските рибари се загрижени, а нивното здружение ја повика Владата на средба.",
])
def test_a_capitalised_government_inside_a_sentence_is_the_home_states(pipeline, text):
    government = mentioned_as(analyse(pipeline, text, date(2025, 11, 20)), "Владата")
    assert (government.kb_id, government.country) == ("org:mkd:government", "MKD")


@pytest.mark.parametrize("text, form", [
    # a story that names no place or person of the home state: its capitalised `Владата` is the story's state's
    ("Протестите во Лион и Париз продолжуваат, соопшти Министерството за внатрешни работи. Синдикатите "
     "предупредија дека штрајковите ќе траат доколку Владата не ја повлече реформата.", "Владата"),
    ("Италијанските земјоделци ги блокираа патиштата кон Рим. Нивниот сојуз порача дека Владата мора да ги "
     "намали даноците на горивото.", "Владата"),
])
def test_a_capitalised_government_in_a_story_set_wholly_abroad_is_not_the_home_states(pipeline, text, form):
    government = mentioned_as(analyse(pipeline, text, date(2025, 11, 20)), form)
    assert government.country != "MKD"


@pytest.mark.parametrize("text, mention, kb_id", [
    # armed movements news writes in lower case as well as capitalised
    ("Владата го осуди нападот на талибанците врз полициската станица.", "талибанците", "org:taliban"),
    ("Бродот го нападнаа хутите кај бреговите на Јемен.", "хутите", "org:houthis"),
])
def test_armed_movements_written_in_lower_case(pipeline, text, mention, kb_id):
    assert mentioned_as(analyse(pipeline, text, published=date(2019, 5, 6)), mention).kb_id == kb_id


@pytest.mark.parametrize("text, person, country", [
    ("Високиот претставник на ОН за бегалци Тарек Нур ал Џабер ги осуди нападите врз камповите.", "Тарек Нур ал Џабер", "UNO"),
    ("Специјалниот известувач на ОН за слобода на изразување Карим бин Салех ја осуди пресудата.", "Карим бин Салех", "UNO"),
    ("Високиот комесар на ОН за човекови права Самир Хади ал Масри ја осуди одлуката.", "Самир Хади ал Масри", "UNO"),
])
def test_a_person_named_with_a_particle_after_a_bodys_role_is_the_bodys_person(pipeline, text, person, country):
    doc = analyse(pipeline, text)
    found = mentioned_as(doc, person)
    assert (found.type, found.country) == ("PER", country)


def test_an_office_named_after_its_holder_is_no_person_after_a_role(pipeline):
    # the negative twin: `на` before the name makes him the office's owner, not a person after a role
    doc = analyse(pipeline, "Во Лондон вчера се зборуваше за војната. Британскиот премиер ја пофали "
                            "Канцеларијата на Рашид ал Фарук за храброста.")
    assert mentioned_as(doc, "Канцеларијата на Рашид ал Фарук").type == "ORG"


@pytest.mark.parametrize("text, person, country", [
    # a demonym written from the adjective `хондурасен` as well as `хондурашки`
    ("Хондурасниот министер за внатрешни работи Карлос Мендоса Рејес ја посети границата.", "Карлос Мендоса Рејес", "HND"),
    ("Хондурашкиот министер за внатрешни работи Карлос Мендоса Рејес ја посети границата.", "Карлос Мендоса Рејес", "HND"),
    ("Во Мексико вчера пристигна хондурасната министерка за образование Лусија Флорес Бања.", "Лусија Флорес Бања", "HND"),
])
def test_a_demonyms_spelling_variant_gives_the_persons_state(pipeline, text, person, country):
    assert mentioned_as(analyse(pipeline, text), person).country == country


def test_the_us_trade_representative_of_2018_is_american_in_a_story_of_china(pipeline):
    doc = analyse(pipeline, "Кинеската влада вчера соопшти дека Пекинг ќе одговори на царините. Кинескиот министер "
                            "за трговија разговараше со Роберт Лајтхајзер во Пекинг.", published=date(2018, 9, 20))
    assert mentioned_as(doc, "Роберт Лајтхајзер").country == "USA"


@pytest.mark.parametrize("text, body, person, country", [
    ("Претседателот на Комисијата на АУ Мохамед Исуфу Баре го поздрави договорот.", "Комисијата на АУ", "Мохамед Исуфу Баре", "IGO"),
    ("Шефот на Мисијата на ОН Јусуф Али Карим го поздрави договорот.", "Мисијата на ОН", "Јусуф Али Карим", "UNO"),
    ("Директорката на Канцеларијата на ОН Марија Петреска Илиевска ја отвори конференцијата.",
     "Канцеларијата на ОН", "Марија Петреска Илиевска", "UNO"),
])
def test_a_person_after_a_body_of_a_known_one_is_a_person_of_it(pipeline, text, body, person, country):
    doc = analyse(pipeline, text)
    assert mentioned_as(doc, body).type == "ORG"
    assert (mentioned_as(doc, person).type, mentioned_as(doc, person).country) == ("PER", country)


def test_a_body_of_a_known_one_with_a_place_after_it_stays_whole():
    # the negative twin: no given name after the known body, so the model's span is one name
    from vesnik.entities import Candidate, merge

    text = "Шефот на Мисијата на ОН Скопје Центар го поздрави договорот."
    un = Candidate(text.index("ОН"), text.index("ОН") + 2, "ORG", "gazetteer")
    mission = Candidate(text.index("Мисијата"), text.index(" го"), "ORG", "model")
    assert [(text[c.start:c.end], c.label) for c in merge([un], [mission], text)] == [("Мисијата на ОН Скопје Центар", "ORG")]


@pytest.mark.parametrize("text, published, form, ident", [
    ("Папата Бенедикт XVI го прими во Ватикан хрватскиот претседател.", date(2006, 6, 10), "Бенедикт XVI", "per:pope-benedict-xvi"),
    ("Папата Јован Павле Втори ја посети Бугарија.", date(2002, 5, 24), "Јован Павле Втори", "per:pope-john-paul-ii"),
])
def test_the_popes_of_setimes_years_are_the_holy_sees_religious_heads(pipeline, text, published, form, ident):
    actor = mentioned_as(analyse(pipeline, text, published), form)
    assert (actor.kb_id, actor.country, actor.sector) == (ident, "VAT", "REL")


def test_a_byline_the_model_read_as_one_organisation_is_the_person_and_the_outlet():
    # an unknown given name, so only the known outlet after `за` tells the byline apart
    doc = entities_with_model_spans("„Пазарот е празен“, рече жителката Зорица Трајаноска за SETimes.",
                                    lambda doc: [(8, 12, "ORG")])  # `Зорица Трајаноска за SETimes`
    found = {(e.name, e.type, e.kb_id) for e in doc.entities}
    assert ("Зорица Трајаноска", "PER", None) in found
    assert ("SETimes", "ORG", "org:setimes") in found
    assert not any(" за " in m.text for e in doc.entities for m in e.mentions)


def test_a_bodys_complement_after_za_is_no_outlet():
    text = "Министерството за внатрешни работи и Агенцијата за храна и ветеринарство објавија извештај."
    doc = entities_with_model_spans(text, lambda doc: [(0, 4, "ORG"), (5, 10, "ORG")])
    names = {(e.name, e.type) for e in doc.entities}
    assert ("Министерството за внатрешни работи", "ORG") in names
    assert ("Агенцијата за храна и ветеринарство", "ORG") in names


def test_a_name_before_za_and_a_word_that_is_no_outlet_stays_whole():
    doc = entities_with_model_spans("Зорица Трајаноска за Маркетинг објави нов оглас.",
                                    lambda doc: [(0, 4, "ORG")])  # an unknown firm, not a byline
    assert [(e.name, e.type) for e in doc.entities] == [("Зорица Трајаноска за Маркетинг", "ORG")]


def test_a_body_the_model_read_with_the_outlet_after_it_stays_a_body_without_the_outlet():
    doc = entities_with_model_spans("Тоа го соопшти Дирекцијата за заштита на природата за Ројтерс.",
                                    lambda doc: [(3, 10, "ORG")])
    found = {(e.name, e.type, e.kb_id) for e in doc.entities}
    assert found == {("Дирекцијата за заштита на природата", "ORG", None), ("Ројтерс", "ORG", "org:reuters")}


@pytest.mark.parametrize("text, published, surface, expected", [
    ("Законодавно-правната комисија денеска го поддржа предлогот на законот.", date(2025, 9, 4), "Законодавно-правната комисија",
     ("org:mkd:assembly-committee-legislative", "MKD", "LEG")),
    ("Истрагата ја води УСКОК, соопшти обвинителството во Загреб.", date(2025, 9, 4), "УСКОК", ("org:hrv:uskok", "HRV", "JUD")),
    ("Трупите на ИСАФ се повлекоа од Кабул.", date(2025, 9, 4), "ИСАФ", ("org:isaf", "IGO", "MIL")),
    ("Министерот Ставрос Папаставрос пристигна во Скопје.", date(2025, 9, 4), "Ставрос Папаставрос", ("per:stavros-papastavrou", "GRC", "GOV")),
    ("Перуанскиот претседател Хосе Хери прогласи вонредна состојба.", date(2025, 9, 4), "Хосе Хери", ("per:jose-jeri", "PER", "GOV")),
    ("Шефот на УНМИК Михаел Штајнер денеска се сретна со косовските лидери во Приштина.", date(2003, 3, 4),
     "Михаел Штајнер", ("per:michael-steiner", "UNO", "IGO")),
    ("Портпаролот Игор Конашенков изјави дека руските авиони не летале над градот.", date(2019, 5, 6),
     "Игор Конашенков", ("per:igor-konashenkov", "RUS", "MIL")),
    ("Риек Машар ги отфрли условите на владата во Џуба.", date(2018, 6, 20),
     "Риек Машар", ("per:riek-machar", "SSD", "REB")),
    ("Премиерот Хасан Диаб поднесе оставка по експлозијата во пристаништето.", date(2020, 8, 10),
     "Хасан Диаб", ("per:hassan-diab", "LBN", "GOV")),
    ("Ирачкиот премиер Адел Абдул Махди ја најави својата оставка.", date(2019, 11, 29),
     "Адел Абдул Махди", ("per:adil-abdul-mahdi", "IRQ", "GOV")),
    ("Германската пратеничка Дорис Пак ја посети Тетово.", date(2008, 5, 12),
     "Дорис Пак", ("per:doris-pack", "DEU", "LEG")),
    ("Фестивалот е во Мастрихт, соопштија организаторите.", date(2019, 3, 1),
     "Мастрихт", ("gpe:city:maastricht", "NLD", None)),
    ("Претседателот Жозеф Кабила не се кандидираше на изборите.", date(2018, 8, 9),
     "Жозеф Кабила", ("per:joseph-kabila", "COD", "GOV")),
    ("Чадскиот претседател Идрис Деби загина на фронтот.", date(2021, 4, 20),
     "Идрис Деби", ("per:idriss-deby", "TCD", "GOV")),
    ("Воениот совет го предводи Махамат Идрис Деби.", date(2021, 4, 21),
     "Махамат Идрис Деби", ("per:mahamat-idriss-deby", "TCD", "GOV")),
    ("Високиот претставник Карл Билт ги повика лидерите во Сараево.", date(1996, 5, 6),
     "Карл Билт", ("per:carl-bildt", "IGO", "IGO")),
    # NATO's Secretary General, and (twin) his state's foreign minister before it
    ("Хавиер Солана ги повика страните да ги продолжат преговорите.", date(1997, 5, 6),
     "Хавиер Солана", ("per:javier-solana", "IGO", "IGO")),
    ("Хавиер Солана ги повика страните да ги продолжат преговорите.", date(1994, 5, 6),
     "Хавиер Солана", ("per:javier-solana", "ESP", "GOV")),
])
def test_actors_the_gap_search_found_unlinked_link_with_their_country(pipeline, text, published, surface, expected):
    doc = analyse(pipeline, text, published)
    entity = next(e for e in doc.entities if any(m.text == surface for m in e.mentions))
    assert (entity.kb_id, entity.country, entity.sector) == expected


@pytest.mark.parametrize("text, surface, not_id", [
    ("Комисијата денеска го поддржа предлогот на законот.", "Комисијата", "org:mkd:assembly-committee-legislative"),
    ("Анализата на ДНА го потврди идентитетот.", "ДНА", "org:rou:dna"),
    ("Оркестарот изведе дела од Бах и Моцарт.", "Бах", "per:thomas-bach"),
    ("Партијата Свобода собра најмногу гласови.", "Свобода", "per:hannes-swoboda"),
    ("Пратеникот Џеф Тејлор побара истрага.", "Џеф Тејлор", "per:william-taylor"),
])
def test_their_twins_with_a_bare_word_or_a_common_acronym_do_not(pipeline, text, surface, not_id):
    doc = analyse(pipeline, text)
    assert not_id not in {e.kb_id for e in doc.entities if any(m.text == surface for m in e.mentions)}




@pytest.mark.parametrize("text, one", [
    # known people's names side by side in one person's name (`Џон Хауард` and `Џонсон`) are one person's name
    ("Пасторот Џон Хауард Џонсон ја отвори новата сала.", True),
    # a party and its leader side by side stay two names
    ("Пратеникот на Левица Димитар Апасиев ја отвори новата сала.", False),
])
def test_a_person_span_made_of_known_peoples_names_is_one_name(text, one):
    from vesnik.entities import Candidate, merge

    first, second = ("Џон Хауард", "Џонсон") if one else ("Левица", "Димитар Апасиев")
    at, end = text.index(first), text.index(second) + len(second)
    gazetteer_spans = [Candidate(at, at + len(first), "PER" if one else "ORG", "gazetteer", "name", ["x:first"]),
                       Candidate(end - len(second), end, "PER", "gazetteer", "name", ["x:second"])]
    kept = [text[c.start:c.end] for c in merge(gazetteer_spans, [Candidate(at, end, "PER", "model")], text)]
    assert kept == ([text[at:end]] if one else [first, second])


@pytest.mark.parametrize("text, johnson", [
    # the surname of a private person named in full with other given names is not the known namesake's
    ("Пасторот Џон Хауард Џонсон ја отвори новата сала. Џонсон рече дека парохијата расте.", False),
    ("Британскиот премиер Борис Џонсон ја отвори новата сала. Џонсон рече дека парохијата расте.", True),
    ("Британскиот премиер ја отвори новата сала. Џонсон рече дека парохијата расте.", True),
])
def test_a_full_name_with_other_given_names_does_not_link_to_the_surnames_known_bearer(pipeline, text, johnson):
    doc = analyse(pipeline, text, published=date(2020, 5, 4))
    surname = mentioned_as(doc, "Џонсон")
    assert (surname.kb_id == "per:boris-johnson") == johnson


@pytest.mark.parametrize("name, kb_id, same", [
    ("Б. Џонсон", "per:boris-johnson", True),  # an initial
    ("Стенли Џонсон", "per:boris-johnson", False),
    ("Александер Вучиќ", "per:aleksandar-vucic", True),  # another transcription of the given name
    ("Драган Вучиќ", "per:aleksandar-vucic", False),
    ("Али Талат", "per:mehmet-ali-talat", True),  # a middle name
    ("Али Ердоган", "per:recep-tayyip-erdogan", False),
])
def test_a_person_named_in_full_may_be_the_known_bearer_of_the_surname_only_by_one_of_their_given_names(name, kb_id, same):
    person = Entity(id="E1", name=name, type="PER", mentions=[Mention(start=0, end=len(name), text=name, sentence=0)])
    assert LinkStep("mk")._same_given_name(person, kb_id) == same


@pytest.mark.parametrize("text, word, joined", [
    # a known given name none of the surname's known bearer's: another person's full name, not linked
    ("Гостите ги пречека свештеникот Дејвид Џонсон пред црквата.", "Дејвид Џонсон", True),
    # a capitalised word that is no given name stays out of the name, and the surname keeps its link
    ("Гостите ги пречека пред Собранието Џонсон со својот тим.", "Џонсон", False),
])
def test_a_known_surname_after_another_persons_given_name_is_that_persons_name(text, word, joined):
    from vesnik.entities import Candidate

    at = text.index("Џонсон")
    found = EntityStep("mk", use_model=False)._with_given_names(
        text, [Candidate(at, at + 6, "PER", "gazetteer", "name", ["per:boris-johnson"])])
    assert [(text[c.start:c.end], c.actors) for c in found] == [(word, [] if joined else ["per:boris-johnson"])]


@pytest.mark.parametrize("second, linked", [
    ("Дејвид Џонсон", False),  # a father and his son named in full, neither the known bearer: the bare surname is one of them
    ("Б. Џонсон", True),  # one of them may be the known bearer (his initial): the surname keeps its link
])
def test_a_surname_several_others_named_in_full_bear_is_not_its_known_bearer(second, linked):
    text = f"Свештеникот Џон Џонсон и синот {second} ја обновија црквата. Џонсон рече дека парохијата расте."
    people = [Entity(id=f"E{i}", name=name, type="PER", kb_id=kb_id,
                     mentions=[Mention(start=at, end=at + len(name), text=name, sentence=0)])
              for i, (name, kb_id, at) in enumerate([("Џон Џонсон", None, text.index("Џон Џонсон")),
                                                     (second, None, text.index(second)),
                                                     ("Џонсон", "per:boris-johnson", text.rindex("Џонсон"))], start=1)]
    kept = LinkStep("mk")._merge_short_forms(people, {})
    assert (kept[-1].kb_id == "per:boris-johnson") == linked and len(kept) == 3


def first_names_added(text: str, people: list[str], model_alone: list[str] = ()) -> list[str]:
    """The words `_with_first_names` makes mentions of, given the people named in full (and the
    one-word persons the model found after an opening quote) as candidates."""
    from vesnik.entities import Candidate

    found = [Candidate(text.index(p), text.index(p) + len(p), "PER", "model") for p in people]
    found += [Candidate(text.index(f"„{w}") + 1, text.index(f"„{w}") + 1 + len(w), "PER", "model") for w in model_alone]
    out = EntityStep("mk", use_model=False)._with_first_names(text, sorted(found, key=lambda c: c.start))
    return [text[c.start:c.end] for c in out if c.rule == "given name"]


@pytest.mark.parametrize("text, people, added", [
    # a quote calls the person named in full by the given name alone
    ("Сенаторот Дамјан Фелтов го бранеше судијата. „Дамјан ништо не сторил“, додаде пратеникот.",
     ["Дамјан Фелтов"], ["Дамјан"]),
    # two people share the given name: it is neither's
    ("Сенаторот Дамјан Фелтов и министерот Дамјан Силјанов се сретнаа. „Дамјан ништо не сторил“, додаде пратеникот.",
     ["Дамјан Фелтов", "Дамјан Силјанов"], []),
    # a given name written before the full name is not yet that person's
    ("„Дамјан ништо не сторил“, додаде пратеникот за сенаторот Дамјан Фелтов.", ["Дамјан Фелтов"], []),
    # a given name that is also a noun: a name where its capital letter tells, not where it opens a sentence
    ("Сценаристката Вера Фелтова ја напиша драмата, а публиката ја поздрави Вера.", ["Вера Фелтова"], ["Вера"]),
    ("Сценаристката Вера Фелтова ја напиша драмата. Вера во подобро утре ѝ недостига.", ["Вера Фелтова"], []),
    # the word before another capitalised word opens another person's name
    ("Сенаторот Дамјан Фелтов го бранеше судијата, а зборуваше и Дамјан Ристевски.", ["Дамјан Фелтов"], []),
])
def test_a_given_name_alone_after_a_full_name_is_that_person(text, people, added):
    assert first_names_added(text, people) == added


@pytest.mark.parametrize("text, joined", [
    # the model's one-word person of the given name becomes the mention (not dropped as a lone surname)
    ("Сенаторот Дамјан Фелтов го бранеше судијата. „Дамјан ништо не сторил“, додаде пратеникот.", True),
    ("„Дамјан ништо не сторил“, додаде пратеникот за сенаторот Дамјан Фелтов.", False),
])
def test_the_models_given_name_alone_after_a_full_name_is_that_person(text, joined):
    assert first_names_added(text, ["Дамјан Фелтов"], ["Дамјан"]) == (["Дамјан"] if joined else [])


@pytest.mark.parametrize("text, linked", [
    ("Американската сенаторка Хилари Клинтон зборуваше во Њујорк. „Хилари секогаш победува“, рече советникот.", True),
    ("„Хилари секогаш победува“, рече советникот. Американската сенаторка Хилари Клинтон зборуваше во Њујорк.", False),
])
def test_a_known_persons_given_name_alone_after_the_full_name_is_linked_to_them(pipeline, text, linked):
    doc = analyse(pipeline, text)
    quoted = [e for e in doc.entities if any(m.text == "Хилари" for m in e.mentions)]
    assert bool(quoted and quoted[0].kb_id == "per:hillary-clinton") == linked
