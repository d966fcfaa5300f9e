"""Quotes, speakers, reporting chains and numeric claims on sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest
import spacy

from vesnik.clean import CleanStep
from vesnik.document import Document, Entity, Mention
from vesnik.quotes import QuoteStep
from vesnik.segment import SegmentStep

CLEAN, SEGMENT = CleanStep("mk"), SegmentStep("mk")


def entity(ident: str, name: str, type_: str, *surfaces: str, sector: str | None = None) -> tuple[Entity, tuple[str, ...]]:
    return Entity(id=ident, name=name, type=type_, sector=sector), (surfaces or (name,))


def analyse(text: str, *entities: tuple[Entity, tuple[str, ...]], step: QuoteStep | None = None,
            published: date | None = None, speaker: str | None = None, demonyms: tuple[str, ...] = ()) -> Document:
    """Clean and split `text`, add the entities with a mention at every occurrence of their
    surface forms (longer forms first, no overlaps; the `demonyms` forms as demonym mentions),
    and run the quotes stage."""
    doc = SEGMENT(CLEAN(Document(id="t", source="test", raw_text=text, published=published, speaker=speaker)))
    doc.language = "mk"
    taken: list[tuple[int, int]] = []
    for ent, surfaces in entities:
        for surface in sorted(surfaces, key=len, reverse=True):
            start = doc.text.find(surface)
            while start >= 0:
                end = start + len(surface)
                if not any(s < end and start < e for s, e in taken):
                    ent.mentions.append(Mention(start=start, end=end, text=surface, sentence=doc.sentence_of(start),
                                                kind="demonym" if surface in demonyms else "name"))
                    taken.append((start, end))
                start = doc.text.find(surface, end)
        doc.entities.append(ent)
    return (step or QuoteStep("mk"))(doc)


def only(doc: Document, direct: bool | None = None):
    quotes = [q for q in doc.quotes if direct is None or q.direct == direct]
    assert len(quotes) == 1, [(q.text, q.rule) for q in doc.quotes]
    return quotes[0]


# --- direct quotes -----------------------------------------------------------------------

@pytest.mark.parametrize("opening, closing", [("„", "“"), ('"', '"'), ("«", "»"), ("“", "”")])
def test_every_quotation_style(opening, closing):
    doc = analyse(f"{opening}Владата ќе ги намали даноците{closing}, изјави Марко Петровски.")
    q = only(doc)
    assert (q.text, q.direct, q.speaker_text, q.rule) == ("Владата ќе ги намали даноците", True, "Марко Петровски", "direct:inverted")


def test_colon_before_the_quote_and_role_before_the_name():
    q = only(analyse("Градоначалникот Петар Илиев рече: „Мостот ќе биде готов до зима.“"))
    assert q.speaker_text == "Петар Илиев" and q.rule == "direct:colon" and q.text == "Мостот ќе биде готов до зима."


def test_quote_split_by_the_verb_has_one_speaker_and_the_pronoun_resolves():
    doc = analyse("Министерката Ана Стојановска го посети градот. „Ова е првиот дел“, рече таа. „Ова е вториот дел.“")
    first, second = doc.quotes
    assert first.speaker_text == second.speaker_text == "Ана Стојановска"
    assert first.rule == "direct:inverted+pronoun" and second.rule == "direct:continued"


def test_quote_split_inside_one_sentence():
    doc = analyse("„Ова е првиот дел“, рече Никола Трајков, „а ова е вториот дел“.")
    assert [q.speaker_text for q in doc.quotes] == ["Никола Трајков", "Никола Трајков"]


def test_quote_spanning_sentences_is_one_quote():
    q = only(analyse("„Работиме секој ден. Резултатите ќе дојдат“, изјави Јована Ристова."))
    assert q.text == "Работиме секој ден. Резултатите ќе дојдат" and q.speaker_text == "Јована Ристова"


def test_quote_over_paragraphs_closes_in_the_last_one():
    q = only(analyse("„Работиме секој ден.\nРезултатите ќе дојдат“, изјави Јована Ристова."))
    assert q.text == "Работиме секој ден.\nРезултатите ќе дојдат"


def test_partial_quote_takes_the_speaker_of_its_clause():
    doc = analyse("Премиерот Стефан Николов изјави дека владата ќе ја „целосно поддржи“ реформата.")
    partial = only(doc, direct=True)
    assert partial.text == "целосно поддржи" and partial.speaker_text == "Стефан Николов"
    indirect = only(doc, direct=False)
    assert indirect.text == "владата ќе ја „целосно поддржи“ реформата"


def test_naming_verb_quotes_a_characterisation():
    q = only(analyse("Опозицијата ја нарече одлуката „срамна“."))
    assert q.speaker_text == "Опозицијата" and q.rule == "direct:naming"


def test_titles_and_names_in_quotation_marks_are_not_quotes():
    step = QuoteStep("mk")
    doc = analyse("Весникот „Нова зора“ и бендот „The Night Riders“ гостуваа во „Градски Парк Арена“.", step=step)
    assert doc.quotes == [] and step.stats["titles in quotation marks"] == 3


def test_a_quoted_name_that_matches_an_entity_is_no_quote():
    paper = entity("E1", "Дневен весник", "ORG", "Дневен весник", sector="JRN")
    assert analyse("Статијата ја објави „Дневен весник“ во петокот.", paper).quotes == []


def test_scare_quote_without_a_speaker_is_dropped():
    step = QuoteStep("mk")
    doc = analyse("Зградата е позната како „стариот магацин“ во целиот град.", step=step)
    assert doc.quotes == [] and step.stats["scare quotes dropped"] == 1


# --- indirect speech ---------------------------------------------------------------------

def test_indirect_speech_after_the_verb():
    q = only(analyse("Министерот Петар Илиев изјави дека буџетот ќе биде зголемен."))
    assert (q.text, q.direct, q.speaker_text, q.rule) == ("буџетот ќе биде зголемен", False, "Петар Илиев", "indirect:that")


def test_a_second_complement_after_a_contrast_goes_on_with_the_statement():
    doc = analyse("Премиерката Ана Ковач рече дека буџетот е стабилен, но дека „трошоците растат побрзо од планираното“.",
                  entity("K", "Ана Ковач", "PER"))
    assert only(doc, direct=False).text == "буџетот е стабилен, но дека „трошоците растат побрзо од планираното“"
    assert only(doc, direct=True).text == "трошоците растат побрзо од планираното"


def test_indirect_speech_ends_before_a_new_clause():
    q = only(analyse("Илиев нагласи дека цените ќе паднат, а опозицијата бара оставка."))
    assert q.text == "цените ќе паднат"


def test_inverted_attribution():
    q = only(analyse("Буџетот ќе биде зголемен следната година, изјави Илиев."))
    assert (q.text, q.speaker_text, q.rule) == ("Буџетот ќе биде зголемен следната година", "Илиев", "indirect:inverted")


def test_according_to_before_and_after():
    before = only(analyse("Според полицијата, нападот бил планиран со месеци."))
    assert (before.text, before.speaker_text, before.rule) == ("нападот бил планиран со месеци", "полицијата", "indirect:according_to")
    after = only(analyse("Нападот бил планиран со месеци, според Ројтерс."))
    assert (after.text, after.speaker_text) == ("Нападот бил планиран со месеци", "Ројтерс")


def test_according_to_without_a_source_is_no_attribution():
    assert analyse("Според тоа, седницата ќе продолжи утре.").quotes == []


@pytest.mark.parametrize("text, cue_text", [
    ("Се верува дека нападот бил планиран со месеци.", "нападот бил планиран со месеци"),
    ("Беше соопштено дека седницата е одложена.", "седницата е одложена"),
    ("Нападот наводно бил планиран со месеци.", "Нападот наводно бил планиран со месеци"),
    ("Беше кажано дека седницата е одложена.", "седницата е одложена"),
    ("Се очекува премиерот да се сретне со делегацијата во петок.", "премиерот да се сретне со делегацијата во петок"),
])
def test_hearsay_has_no_speaker(text, cue_text):
    q = only(analyse(text))
    assert q.text == cue_text and q.speaker is None and q.speaker_text is None
    assert q.rule.endswith("unattributed")


@pytest.mark.parametrize("text", [
    "Тој не изјави дека ќе се повлече.",
    "Тој би рекол дека е невин.",
    "Таа одби да каже дека ќе се повлече.",
])
def test_negated_hypothetical_and_requested_speech_are_not_quotes(text):
    assert analyse(text).quotes == []


def test_a_complaint_and_a_hint_report_what_follows():
    assert only(analyse("Илиев се пожали дека реформата доцни.")).speaker_text == "Илиев"
    assert only(analyse("Извор од партијата навести дека министерот ќе поднесе оставка.")).text == "министерот ќе поднесе оставка"


def test_the_holder_named_after_a_roles_complement_speaks():
    doc = analyse("Многу луѓе се заробени, изјави портпаролот на агенцијата Сутопо Пурво Нугрохо.",
                  entity("E1", "Сутопо Пурво Нугрохо", "PER"))
    assert only(doc).speaker == "E1"


def test_a_name_speaks_before_its_body_and_its_address():
    doc = analyse("Експертот, Тифани Нг од Универзитетот на Мичиген, исто така забележа дека тоа е првиот карилон.",
                  entity("E1", "Тифани Нг", "PER"), entity("E2", "Универзитет на Мичиген", "ORG", "Универзитетот на Мичиген"))
    assert only(doc).speaker == "E1"
    doc = analyse("Професор Марко Петровски, од Институтот за рак од Бетезда, Мериленд, рече: „Резултатите се добри“.",
                  entity("E1", "Марко Петровски", "PER"), entity("E2", "Бетезда", "GPE"), entity("E3", "Мериленд", "GPE"))
    assert only(doc).speaker == "E1"


def test_an_adverb_opening_a_time_adverbial_ends_the_speaker_phrase():
    doc = analyse("Бројот на жртви се искачи на 832, изјави агенцијата за катастрофи на земјата рано во неделата.")
    assert only(doc).speaker_text == "агенцијата за катастрофи на земјата"


def test_a_cue_in_a_later_clause_of_a_report_is_a_statement_of_its_own():
    doc = analyse("Авиокомпанијата сега вели дека еден човек исчезнал, откако претходно изјави дека патниците биле евакуирани.")
    assert [(q.text, q.speaker_text, q.reported_by) for q in doc.quotes] == [
        ("еден човек исчезнал", "Авиокомпанијата", None), ("патниците биле евакуирани", "Авиокомпанијата", None)]


def test_according_to_the_words_of_someone_and_to_unnamed_authorities():
    assert only(analyse("Според каталонските власти, речиси 1.000 луѓе биле повредени.")).speaker_text == "каталонските власти"
    assert only(analyse("Според зборовите на генералот, тој поминал 100 часа во разговори.")).speaker_text == "зборовите на генералот"


def test_according_to_an_armed_force_named_by_its_demonym_and_not_the_states_name_opening_the_statement():
    russia = Entity(id="E1", name="Русија", type="GPE", country="RUS")
    q = only(analyse("Според украинските воздухопловни сили, Русија лансирала 300 дронови врз Украина.", (russia, ("Русија",))))
    assert q.speaker_text == "украинските воздухопловни сили" and q.speaker is None
    assert only(analyse("Според сите проценки, сезоната била добра.")).speaker_text == "сите проценки"


def test_according_to_an_air_force_and_the_state_opening_the_statement_before_an_adverbial():
    ukraine = Entity(id="E1", name="Украина", type="GPE", country="UKR")
    q = only(analyse("Според руското воено воздухопловство, Украина во текот на ноќта испукала 40 беспилотни летала.",
                     (ukraine, ("Украина",))))
    assert (q.speaker_text, q.speaker) == ("руското воено воздухопловство", None)


def test_a_speech_verb_reaches_its_deka_past_an_addressee_with_пред():
    doc = analyse("Министерот изјави пред светските лидери на Главното собрание на ОН дека реформите ќе продолжат.")
    assert only(doc).text == "реформите ќе продолжат"


def test_a_part_of_a_period_ends_a_speaker_phrase():
    doc = analyse("Штрајковите можат да предизвикаат тензии, предупреди агенцијата на крајот од една година која забележа низа протести.")
    assert only(doc).speaker_text == "агенцијата"


def test_the_outlet_spoken_to_ends_where_its_name_does():
    doc = analyse("„Овој чин ќе предизвика штета“, рече за SETimes Енгин Јилмаз, директор на здружението.",
                  entity("S", "SETimes", "ORG", sector="JRN"), entity("J", "Енгин Јилмаз", "PER"))
    assert only(doc).speaker == "J"


def test_an_inverted_speaker_may_be_described_by_a_relative_clause_and_expressed_views_are_cues():
    doc = analyse("Тензиите можат да пораснат и понатаму во текот на следните месеци, предупреди агенцијата, која во текот на "
                  "изминатата година забележа низа штрајкови и протести на работниците во челичарниците.")
    assert only(doc).speaker_text == "агенцијата"
    assert only(analyse("Министрите изразија оптимизам дека спорот ќе биде решен.")).text == "спорот ќе биде решен"


def test_opinion_verbs_need_a_named_source():
    assert only(analyse("Илиев смета дека реформата ќе успее.")).speaker_text == "Илиев"
    assert only(analyse("Се смета дека реформата ќе успее.")).rule == "indirect:hearsay+unattributed"


def test_dropped_subject_takes_the_previous_speaker():
    doc = analyse("Министерот Петар Илиев изјави дека буџетот ќе биде зголемен. Додаде дека даноците нема да се менуваат.")
    assert [q.speaker_text for q in doc.quotes] == ["Петар Илиев", "Петар Илиев"]
    assert doc.quotes[1].rule == "indirect:that+dropped"


def test_dropped_subject_after_an_office_takes_the_person_apposed_to_it():
    def person():
        return entity("E1", "Марко Стојанов", "PER", "Марко Стојанов")
    doc = analyse("Заменик-директорот за меѓународна соработка, Марко Стојанов, отпатува во Виена и изјави дека "
                  "разговорите се тешки.", person())
    assert only(doc).speaker == "E1"
    doc = analyse("Заменик-директорот за меѓународна соработка на Србија, Марко Стојанов, отпатува во Виена и изјави дека "
                  "разговорите се тешки.", person())
    assert only(doc).speaker == "E1"
    # no name apposed: the office stays the speaker
    doc = analyse("Заменик-директорот за меѓународна соработка отпатува во Виена и изјави дека разговорите се тешки.", person())
    assert only(doc).speaker_text == "Заменик-директорот"


def test_a_body_keeps_the_whole_complement_of_its_linker():
    q = only(analyse("Белгиското министерство за внатрешни работи соопшти дека границата е затворена."))
    assert q.speaker_text == "Белгиското министерство за внатрешни работи"
    # the verb after the complement is no part of it
    q = only(analyse("Дваесет проценти од анкетираните изјавиле дека границата е затворена."))
    assert q.speaker_text == "Дваесет проценти од анкетираните"


# --- speakers and entities ---------------------------------------------------------------

def test_speaker_is_the_entity_of_the_name():
    person = entity("E1", "Петар Илиев", "PER", "Петар Илиев", "Илиев")
    doc = analyse("Петар Илиев пристигна. Тој изјави дека буџетот ќе биде зголемен.", person)
    q = only(doc)
    assert q.speaker == "E1" and q.speaker_text == "Петар Илиев" and q.rule == "indirect:that+pronoun"


def test_pronoun_refers_to_the_name_apposed_to_an_opening_role_phrase():
    party = entity("E1", "СДСМ", "ORG", "СДСМ")
    person = entity("E2", "Венко Филипче", "PER", "Венко Филипче")
    doc = analyse("Лидерот на СДСМ, Венко Филипче, одржа прес-конференција. Тој рече дека Владата е виновна за кризата.",
                  party, person)
    assert only(doc).speaker == "E2"


def test_feminine_pronoun_skips_the_men():
    doc = analyse("Марија Петковска и Иван Марков се сретнаа. Таа изјави дека договорот е готов.")
    assert only(doc).speaker_text == "Марија Петковска"


def test_role_phrase_resolves_to_the_person_with_that_role():
    person = entity("E1", "Владимир Путин", "PER", "Владимир Путин")
    doc = analyse("Рускиот претседател Владимир Путин пристигна во Пекинг. Претседателот изјави дека посетата е важна.", person)
    q = only(doc)
    assert q.speaker == "E1" and q.rule == "indirect:that+role"


def test_name_in_apposition_after_a_role():
    q = only(analyse("„Мерката е лоша“, рече министерот за финансии, Ана Ристовска."))
    assert q.speaker_text == "Ана Ристовска"


def test_quote_after_a_sentence_its_speaker_opens():
    q = only(analyse("Илиев го критикуваше потегот. „Ова не смее да се повтори.“"))
    assert q.speaker_text == "Илиев" and q.rule == "direct:previous_subject"


def test_dialogue_line():
    q = only(analyse("Водителот праша нешто.\nГостинот: „Тоа е точно.“"))
    assert q.speaker_text == "Гостинот" and q.rule == "direct:colon"


def test_as_reported_by_is_an_inverted_attribution():
    q = only(analyse("Владата ќе додели нови средства, како што објави министерот Петар Илиев."))
    assert q.speaker_text == "Петар Илиев" and q.text == "Владата ќе додели нови средства"


def test_without_entities_the_speaker_text_stays():
    q = only(analyse("Портпаролот изјави дека нема промени."))
    assert q.speaker is None and q.speaker_text == "Портпаролот"


# --- reporting chain ---------------------------------------------------------------------

def test_agency_reports_what_a_person_said():
    person = entity("E1", "Александар Вучиќ", "PER", "Вучиќ")
    agency = entity("E2", "Танјуг", "ORG", "Танјуг", sector="JRN")
    q = only(analyse("Танјуг соопшти дека Вучиќ изјавил дека изборите ќе бидат во мај.", person, agency))
    assert (q.text, q.speaker, q.reported_by) == ("изборите ќе бидат во мај", "E1", "E2")


def test_agency_after_the_statement_reports_it():
    person = entity("E1", "Иван Марков", "PER", "Иван Марков")
    agency = entity("E2", "МИА", "ORG", "МИА", sector="JRN")
    q = only(analyse("Претседателот Иван Марков изјави дека ќе патува во Рим, објави агенцијата МИА.", person, agency))
    assert (q.speaker, q.reported_by) == ("E1", "E2") and "reported_by=МИА" in q.rule


def test_jave_is_how_agencies_report_and_se_jave_is_no_speech():
    person = entity("E1", "Иван Марков", "PER", "Марков")
    agency = entity("E2", "Ројтерс", "ORG", "Ројтерс", sector="JRN")
    q = only(analyse("Како што јавува Ројтерс, Марков изјавил дека е подготвен за разговори.", person, agency))
    assert (q.text, q.speaker, q.reported_by) == ("е подготвен за разговори", "E1", "E2")
    q = only(analyse("Марков рече дека разговорите продолжуваат, јавија агенциите.", person))
    assert q.text == "разговорите продолжуваат" and q.speaker == "E1"
    assert analyse("Марков се јави во полицијата во понеделникот.", person).quotes == []


def test_information_and_estimates_speak_for_whoever_gave_them():
    fund = entity("E1", "ММФ", "ORG", "ММФ", sector="IGO")
    q = only(analyse("Според проценките на ММФ, економијата ќе расте три отсто.", fund))
    assert (q.speaker, q.text) == ("E1", "економијата ќе расте три отсто")


def test_agency_as_the_only_attribution_is_the_speaker():
    agency = entity("E2", "МИА", "ORG", "МИА", sector="JRN")
    q = only(analyse("„Средбата заврши без договор“, соопшти МИА.", agency))
    assert (q.speaker, q.reported_by) == ("E2", None)


def test_outlet_it_was_said_to_relays_the_statement():
    q = only(analyse("„Ќе победиме“, изјави Марко Петровски за Sport Daily."))
    assert q.speaker_text == "Марко Петровски" and q.rule == "direct:inverted+reported_by=Sport Daily"


def test_reporting_chain_without_entities_is_in_the_rule():
    q = only(analyse("Танјуг соопшти дека Вучиќ изјавил дека изборите ќе бидат во мај."))
    assert q.speaker_text == "Вучиќ" and q.reported_by is None and q.rule == "indirect:that+reported_by=Танјуг"


@pytest.mark.parametrize("text, content", [
    ("Според Ројтерс, цените на струјата ќе паднат, изјавил министерот Иван Марков.", "цените на струјата ќе паднат"),
    ("Според агенцијата Ројтерс, мостот ќе биде затворен до мај, рекол Марков.", "мостот ќе биде затворен до мај"),
    ("Според Ројтерс, фабриката ќе отпушти 40 работници, нагласил Иван Марков во петокот.", "фабриката ќе отпушти 40 работници"),
])
def test_source_before_an_inverted_attribution_relays_its_speaker(text, content):
    person = entity("E1", "Иван Марков", "PER", "Иван Марков", "Марков")
    agency = entity("E2", "Ројтерс", "ORG", "Ројтерс", sector="JRN")
    doc = analyse(text, person, agency)
    q = only(doc)
    assert (q.text, q.speaker, q.reported_by, q.rule) == (content, "E1", "E2", "indirect:inverted+reported_by=Ројтерс")
    assert all(c.source == "E1" for c in doc.claims)


def test_outlet_attributing_after_a_source_relays_the_source():
    # negative twin: an outlet's inverted attribution relays what the source before it says
    body = entity("E1", "Заводот за статистика", "ORG", "Заводот за статистика", sector="GOV")
    outlet = entity("E2", "Канал Север", "ORG", "Канал Север", sector="JRN")
    q = only(analyse("Според Заводот за статистика, невработеноста ќе падне, објавија од Канал Север.", body, outlet))
    assert (q.speaker, q.reported_by) == ("E1", "E2")
    q = only(analyse("Според Заводот за статистика, невработеноста ќе падне.", body))
    assert (q.speaker, q.reported_by) == ("E1", None)


@pytest.mark.parametrize("text", [
    # a relay set off by commas between the speaker's verb and its `дека`
    "Министерот Иван Марков рекол, пренесува Фокус, дека рудникот ќе биде затворен.",
    "Министерот Иван Марков изјави, како што јави Фокус, дека рудникот ќе биде затворен.",
    "Министерот Иван Марков рече, според Фокус, дека рудникот ќе биде затворен.",
    # an outlet citing someone in a verbal adverb between it and its verb
    "Фокус, цитирајќи го министерот Иван Марков, пишува дека рудникот ќе биде затворен.",
    "Агенцијата Фокус, цитирајќи го Иван Марков, објави дека рудникот ќе биде затворен.",
    "Фокус, повикувајќи се на Иван Марков, пишува дека рудникот ќе биде затворен.",
])
def test_relay_set_off_by_commas_relays_the_speaker(text):
    person = entity("E1", "Иван Марков", "PER", "Иван Марков")
    agency = entity("E2", "Фокус", "ORG", "Фокус", sector="JRN")
    q = only(analyse(text, person, agency))
    assert (q.text, q.speaker, q.reported_by) == ("рудникот ќе биде затворен", "E1", "E2")


@pytest.mark.parametrize("text", [
    "Министерот Иван Марков рече, по средбата со Петар Илиев, дека рудникот ќе биде затворен.",  # where he spoke
    "Министерот Иван Марков, цитирајќи го законот, рече дека рудникот ќе биде затворен.",  # a person cites, no outlet
])
def test_phrase_set_off_by_commas_that_relays_nothing(text):
    # negative twins of the relays set off by commas
    person = entity("E1", "Иван Марков", "PER", "Иван Марков")
    other = entity("E2", "Петар Илиев", "PER", "Петар Илиев")
    q = only(analyse(text, person, other))
    assert (q.text, q.speaker, q.reported_by) == ("рудникот ќе биде затворен", "E1", None)


@pytest.mark.parametrize("text, relay", [
    ("Пожарот е изгаснат, објави Канал Север. „Штетата е огромна“, изјави Иван Марков за каналот.", "E2"),
    ("Пожарот е изгаснат, објави Канал Север. Иван Марков изјави за телевизијата дека штетата е огромна.", "E2"),
    ("Канал Север објави дека пожарот е изгаснат. Иван Марков рече за станицата дека штетата е огромна.", "E2"),
    # negative twin: a person named last is no outlet to refer back to
    ("Пожарот е изгаснат, рече Петар Илиев. „Штетата е огромна“, изјави Иван Марков за каналот.", None),
])
def test_statement_to_an_outlet_noun_is_relayed_by_the_outlet_named_before(text, relay):
    person = entity("E1", "Иван Марков", "PER", "Иван Марков")
    outlet = entity("E2", "Канал Север", "ORG", "Канал Север", sector="JRN")
    other = entity("E3", "Петар Илиев", "PER", "Петар Илиев")
    q = next(q for q in analyse(text, person, outlet, other).quotes if q.speaker == "E1")
    assert q.reported_by == relay


def test_hearsay_inside_a_report_is_relayed_by_nobody():
    agency = entity("E2", "МИА", "ORG", "МИА", sector="JRN")
    q = only(analyse("Наводно, министерот поднел оставка уште во мај, објави МИА во петокот.", agency))
    assert (q.speaker, q.reported_by, q.rule) == (None, None, "indirect:hearsay+unattributed")


def test_document_level_source_between_its_citations():
    person = entity("E1", "Петар Илиев", "PER", "Петар Илиев", "Илиев")
    agency = entity("E2", "МИА", "ORG", "МИА", sector="JRN")
    doc = analyse(
        "Министерот Петар Илиев изјави дека ќе патува во Рим, објави МИА. "
        "Илиев рече дека средбата е важна. "
        "„Патувањето е закажано“, соопшти МИА. "
        "Илиев додаде дека ќе се врати во петок.",
        person, agency,
    )
    by_text = {q.text: q for q in doc.quotes}
    between = by_text["средбата е важна"]
    assert between.reported_by == "E2" and between.rule.endswith("default_source")
    assert by_text["ќе се врати во петок"].reported_by is None  # after the last citation


# --- numeric claims ----------------------------------------------------------------------

@pytest.mark.parametrize("text, kind, value, unit, approximate, span", [
    ("Во нападот загинаа најмалку 12 луѓе.", "dead", 12, "people", "најмалку", "12 луѓе"),
    ("Околу 2.000 војници се убиени.", "dead", 2000, "people", "Околу", "2.000 војници"),
    ("Речиси 300 лица се повредени.", "injured", 300, "people", "Речиси", "300 лица"),
    ("Полицијата приведе над 40 лица, кои потоа беа уапсени.", "arrested", 40, "people", "над", "40 лица"),
    ("Државата испрати уште 6.000 војници.", "troops", 6000, "people", None, "6.000 војници"),
    ("Проектот чини 2,9 милијарди евра.", "money", 2.9e9, "EUR", None, "2,9 милијарди евра"),
    ("Донацијата изнесува 350.000 долари.", "money", 350000, "USD", None, "350.000 долари"),
    ("Казната е 250.000 американски долари.", "money", 250000, "USD", None, "250.000 американски долари"),
    ("Во нападот, 30 се повредени.", "injured", 30, "people", None, "30"),
    ("Погребани се 775 жртви.", "dead", 775, "people", None, "775 жртви"),
    ("Бројот на жртви од земјотресот се искачи на 45.", "dead", 45, "people", None, "45"),
    ("Фондот доби 5 милиони канадски долари.", "money", 5e6, "CAD", None, "5 милиони канадски долари"),
    ("Невработеноста падна на 15 отсто.", "percent", 15, "percent", None, "15 отсто"),
    ("Инфлацијата е 3,5%.", "percent", 3.5, "percent", None, "3,5%"),
    ("Протестот го поддржаа три милиони граѓани.", "count", 3e6, "people", None, "три милиони граѓани"),
    ("На средбата дојдоа повеќе од дваесет и пет лидери.", "count", 25, "people", "повеќе од", "дваесет и пет лидери"),
    ("Двајца загинаа во несреќата.", "dead", 2, "people", None, "Двајца"),
    ("Двајца работници добија награда.", "count", 2, "people", None, "Двајца работници"),
    ("Предлогот доби 61 глас.", "count", 61, "vote", None, "61 глас"),
    ("Фестивалот прикажа 186 долгометражни филмови.", "count", 186, None, None, "186 долгометражни филмови"),
    ("Едно од пет деца има профил.", None, None, None, None, None),
    ("Тој наведе три причини за оставката.", None, None, None, None, None),
    ("Десетици илјадници претпријатија се затворени.", None, None, None, None, None),
    ("Стотици луѓе протестираа пред Владата.", None, None, None, None, None),
    ("Десетина туристи се повредени.", "injured", 10, "people", "Десетина", "Десетина туристи"),
    ("Фестивалот прикажа шест филмови и 186 кратки филмови.", "count", 186, None, None, "186 кратки филмови"),
    ("Цената е 150-те евра од минатата година.", "money", 150, "EUR", None, "150-те евра"),
    ("Стапката се качи од 19 на 24 отсто.", "percent", 19, "percent", None, "19"),  # and 24 отсто
])
def test_claims(text, kind, value, unit, approximate, span):
    claims = analyse(text).claims
    if kind is None:
        assert claims == []
        return
    assert len(claims) == 1 or "19" in text, claims
    c = claims[0]
    assert (c.kind, c.value, c.unit, c.approximate, c.text) == (kind, pytest.approx(value), unit, approximate, span)


@pytest.mark.parametrize("text", [
    "Изборите се одржаа во 2019 година.",
    "Договорот важи пет години.",
    "Седницата е закажана за 3 октомври.",
    "Натпреварот почна во 15.00 часот.",
    "Тоа е предвидено во член 5 од законот.",
    "Се очекуваат до 10 инчи дожд.",
    "Ветрот дуваше со 85 mph.",
    "Собирот почнува во 6 наутро.",
])
def test_dates_durations_and_article_numbers_are_not_claims(text):
    assert analyse(text).claims == []


def test_claim_source_is_the_speaker_of_its_clause():
    doc = analyse("Полицијата соопшти дека над 40 лица се уапсени.")
    c = doc.claims[0]
    assert (c.kind, c.source_text, c.rule) == ("arrested", "Полицијата", "claim:arrested")


def test_claim_in_hearsay_has_no_source():
    c = analyse("Се верува дека загинаа 30 војници.").claims[0]
    assert c.source_text is None and c.rule == "claim:dead+unattributed"


def test_a_transcripts_speaker_states_the_numbers_no_one_else_does():
    text = ("Буџетот за болниците е намален за 12 отсто. Министерот рече дека ќе се вработат 300 лекари. "
            "Се верува дека се заминати 500 медицински сестри. Јас, Сашо Ристовски, го тврдам тоа.")
    doc = analyse(text, entity("E1", "Сашо Ристовски", "PER"), speaker="Сашо Ристовски")
    by_value = {c.value: c for c in doc.claims}
    assert (by_value[12].source_text, by_value[12].source, by_value[12].rule) == \
        ("Сашо Ристовски", "E1", "claim:percent+speech_speaker")
    assert by_value[300].source_text == "Министерот"  # told by someone else in the speech
    assert by_value[500].source_text is None  # hearsay stays without a source
    assert analyse(text).claims[0].source_text is None  # an article states its numbers itself


# --- the stage and the spaCy component ---------------------------------------------------

def test_stage_counts_and_skips_other_languages():
    step = QuoteStep("mk")
    analyse("„Ова е добро“, рече Илиев. Се верува дека загинаа 30 војници.", step=step)
    assert step.stats["quotes direct"] == 1 and step.stats["quotes indirect"] == 1
    assert step.stats["quotes unattributed"] == 1 and step.stats["claims dead"] == 1
    other = Document(id="x", source="x", text="Ovo je dobro, rekao je Ilić.", language="hr")
    assert step(other).quotes == [] and step.stats["documents in another language"] == 1


def test_spacy_component_reads_raw_quotation_marks_and_entities():
    nlp = spacy.blank("mk")
    nlp.add_pipe("vesnik_sentencizer")
    nlp.add_pipe("vesnik_quotes")
    doc = nlp.make_doc("«Владата ќе ги намали даноците», изјави Марко Петровски. Се верува дека загинаа 30 војници.")
    doc.ents = [doc.char_span(doc.text.index("Марко"), doc.text.index("Петровски") + len("Петровски"), label="PER")]
    doc = nlp(doc)
    quote = doc._.quotes[0]
    assert quote.text == "Владата ќе ги намали даноците" and quote.speaker_text == "Марко Петровски" and quote.speaker == "E1"
    assert [(s.label_, s._.speaker) for s in doc.spans["quotes"]] == [("direct", "Марко Петровски"), ("indirect", None)]
    assert [(c.kind, c.value) for c in doc._.claims] == [("dead", 30)]


def test_spacy_component_without_a_sentencizer():
    nlp = spacy.blank("mk")
    nlp.add_pipe("vesnik_quotes")
    doc = nlp("Тој рече дека е добро. „Навистина“, додаде Илиев.")
    assert [q.sentence for q in doc._.quotes] == [0, 1]


def test_pronoun_refers_to_the_last_speaker_not_to_a_name_in_an_adverbial():
    doc = analyse(
        "Марко Петров рече дека ќе се повлече. Зборувајќи во емисијата водена од Ана Илиева, тој рече дека одлуката е конечна.",
        entity("E1", "Марко Петров", "PER", "Марко Петров"), entity("E2", "Ана Илиева", "PER", "Ана Илиева"))
    last = [q for q in doc.quotes if "конечна" in q.text]
    assert last and last[0].speaker == "E1", [(q.text, q.speaker_text, q.rule) for q in doc.quotes]


def test_name_before_an_apposition_chain_is_the_subject():
    doc = analyse("Иван Трајков, експерт во Институтот за економија, вели дека растот ќе забави.")
    assert only(doc).speaker_text == "Иван Трајков"


def test_a_title_before_the_verb_does_not_hide_the_indirect_speech():
    doc = analyse("Петар Стојанов, шефот на „Работнички“ рече дека тимот ќе победи.",
                  entity("E1", "Работнички", "ORG", "Работнички"))
    q = only(doc)
    assert q.text == "тимот ќе победи" and q.speaker_text == "Петар Стојанов"


def test_the_corpus_own_outlet_relays_nothing_but_another_outlet_does():
    own = only(analyse("„Ќе победиме“, рече за SETimes министерот Петар Стојанов."))
    other = only(analyse("„Ќе победиме“, изјави Петар Стојанов за „Post“."))
    assert "reported_by" not in (own.rule or "")
    assert "reported_by=Post" in (other.rule or "")


def test_cues_whose_contents_hold_each_other_are_not_nested():
    """Two cues whose contents each hold the other's start once made a parent cycle, and the
    reporting chain looped for ever on an Assembly speech."""
    from vesnik.quotes.cues import Cue, CueFinder
    from vesnik.quotes.extract import _reporter

    a = Cue(kind="speech", form="that", start=0, end=5, content_start=6, content_end=40, token=0)
    b = Cue(kind="speech", form="that", start=10, end=15, content_start=0, content_end=30, token=2)
    inner = Cue(kind="speech", form="that", start=20, end=25, content_start=26, content_end=28, token=4)
    CueFinder._nest([a, b, inner])
    assert a.parent is None and b.parent is None and inner.parent is b
    assert _reporter(inner, None) is None


# --- rules added from the train articles ---------------------------------------------------

def test_a_relay_quoting_someone_reports_the_words_of_the_person_quoted():
    doc = analyse("„Ние сме сигурни во успехот“, Ројтерс го цитираше министерот за надворешни работи, Петар Илиев.",
                  entity("R", "Ројтерс", "ORG", sector="JRN"), entity("P", "Петар Илиев", "PER"))
    q = only(doc)
    assert (q.text, q.speaker_text, q.reported_by) == ("Ние сме сигурни во успехот", "Петар Илиев", "R")


def test_a_body_speaks_through_its_document():
    q = only(analyse("Во извештајот на Стејт департментот се вели дека борбата против корупцијата е слаба."))
    assert (q.text, q.speaker_text) == ("борбата против корупцијата е слаба", "Стејт департментот")
    assert "unattributed" not in q.rule


def test_a_verbal_adverb_after_an_attribution_keeps_its_speaker():
    doc = analyse("Марко Петровски ја критикуваше одлуката. Таа е „неправедна“, рече тој, додавајќи дека "
                  "владата ќе ја повлече.", entity("M", "Марко Петровски", "PER"))
    # the clause before the inverted verb is his too (GUIDELINES: the clause before `…, изјави X`)
    assert [(q.text, q.speaker_text) for q in doc.quotes if not q.direct] == [("Таа е „неправедна“", "Марко Петровски"),
                                                                               ("владата ќе ја повлече", "Марко Петровски")]


def test_a_sentence_initial_common_word_is_no_speaker_a_later_pronoun_refers_to():
    doc = analyse("Министерот Марко Петровски го објави извештајот. Истиот покажува слабости, рече тој. "
                  "„Ќе ги поправиме“, рече тој.", entity("M", "Марко Петровски", "PER"))
    assert [q.speaker_text for q in doc.quotes] == ["Марко Петровски", "Марко Петровски"]


def test_according_to_without_a_comma_and_an_expected_act():
    doc = analyse("Според амбасадорот Петар Илиев договорот е многу значаен. Илиев се очекува да се сретне со премиерот.",
                  entity("P", "Петар Илиев", "PER", "Петар Илиев", "Илиев"))
    first, second = doc.quotes
    assert (first.text, first.speaker_text) == ("договорот е многу значаен", "Петар Илиев")
    assert (second.text, second.speaker) == ("Илиев се очекува да се сретне со премиерот", None)
    assert "unattributed" in second.rule


def test_an_outlet_named_before_the_verb_is_no_speaker_but_reports():
    doc = analyse("Вук Јеремиќ го објави случајот. Тој за белградскиот канал Б92 изјави дека случајот е важен.",
                  entity("V", "Вук Јеремиќ", "PER"), entity("B", "Б92", "ORG", sector="JRN"))
    q = only(doc)
    assert (q.text, q.speaker_text, q.reported_by) == ("случајот е важен", "Вук Јеремиќ", "B")


def test_a_demonym_before_a_role_opens_the_phrase_of_the_person_who_speaks():
    doc = analyse("Австрискиот министер за надворешни работи Михаел Шпинделегер ја посети Приштина. "
                  "„Косово мора да напредува.“", entity("M", "Михаел Шпинделегер", "PER"))
    q = only(doc)
    assert (q.text, q.speaker_text, q.rule) == ("Косово мора да напредува.", "Михаел Шпинделегер", "direct:previous_subject")


def test_an_inverted_attribution_after_a_quotation_may_end_in_a_long_adverbial():
    q = only(analyse("„Корупцијата ги поткопува судовите низ целиот свет“, предупреди Марко Петровски во својот "
                     "нов годишен извештај објавен во четвртокот (24-ти мај) во Берлин."))
    assert (q.speaker_text, q.rule) == ("Марко Петровски", "direct:inverted")


TRUMP = (Entity(id="T", name="Доналд Трамп", type="PER", kb_id="per:donald-trump"), ("Доналд Трамп", "Трамп"))


def test_a_role_no_earlier_mention_explains_is_the_documents_holder_of_that_office():
    text = ("Трамп се сретна со сенаторите. Претседателот изјави дека гласањето е важно. "
            "„Ќе победиме“, изјави тој.")
    doc = analyse(text, TRUMP, entity("S", "Кристина Форд", "PER", "Кристина Форд"), published=date(2018, 10, 1))
    assert [(q.speaker, q.rule) for q in doc.quotes] == [("T", "indirect:that+role"), ("T", "direct:inverted+pronoun")]
    before_office = analyse(text, TRUMP, published=date(2015, 10, 1))
    assert before_office.quotes[0].speaker is None  # not president in 2015


MISAJLOVSKI = (Entity(id="M", name="Владо Мисајловски", type="PER", kb_id="per:vlado-misajlovski"), ("Владо Мисајловски",))


def test_a_role_that_names_its_portfolio_takes_only_a_holder_of_that_body():
    text = "Министерот за одбрана Владо Мисајловски ја посети касарната. {} изјави дека работата продолжува."
    defence = analyse(text.format("Министерот за одбрана"), MISAJLOVSKI, published=date(2026, 3, 12))
    assert defence.quotes[0].speaker == "M"
    # another ministry's minister, and a woman, is not the defence minister the text names
    for role in ("Министерот за европски прашања", "Министерката"):
        assert analyse(text.format(role), MISAJLOVSKI, published=date(2026, 3, 12)).quotes[0].speaker is None


def test_a_role_that_names_a_town_takes_only_the_holder_of_that_towns_office():
    gjorgjievski = (Entity(id="G", name="Орце Ѓорѓиевски", type="PER", kb_id="per:orce-gjorgjievski"), ("Орце Ѓорѓиевски",))
    tetovo = (Entity(id="T", name="Тетово", type="GPE", country="MKD", kb_id="gpe:city:tetovo"), ("Тетово",))
    skopje = (Entity(id="S", name="Скопје", type="GPE", country="MKD", kb_id="gpe:city:skopje"), ("Скопје",))
    text = "Градоначалникот на Скопје Орце Ѓорѓиевски го отвори мостот. „Ќе ја поправиме улицата“, изјави градоначалникот на {}."
    # Skopje's mayor is not the mayor of another town the text names
    assert analyse(text.format("Тетово"), gjorgjievski, skopje, tetovo, published=date(2026, 3, 12)).quotes[0].speaker != "G"
    assert analyse(text.format("Скопје"), gjorgjievski, skopje, tetovo, published=date(2026, 3, 12)).quotes[0].speaker == "G"


def test_a_role_takes_the_holder_named_before_it_when_another_holder_is_named_after():
    mucunski = (Entity(id="M", name="Тимчо Муцунски", type="PER", kb_id="per:timcho-mucunski"), ("Тимчо Муцунски", "Муцунски"))
    georgiev = (Entity(id="G", name="Георг Георгиев", type="PER", kb_id="per:georg-georgiev"), ("Георг Георгиев",))
    doc = analyse("Муцунски ја посети Виена. „Разговаравме отворено“, рече министерот. "
                  "Во Софија, Георг Георгиев изјави дека позицијата е непроменета.", mucunski, georgiev,
                  published=date(2025, 12, 16))
    assert [q.speaker for q in doc.quotes] == ["M", "G"]


def test_a_surname_takes_the_gender_of_the_full_name_for_pronouns():
    doc = analyse("Марко Петров ја слушаше Ана Форд. Форд сведочеше пред судот. „Ќе се бориме“, рече тој.",
                  entity("M", "Марко Петров", "PER"), entity("F", "Ана Форд", "PER", "Ана Форд", "Форд"))
    assert only(doc).speaker == "M"


def test_continued_is_a_speech_verb():
    q = only(analyse("Марко Петров го отвори собирот. Тој продолжи: „Ова е само почеток.“", entity("M", "Марко Петров", "PER")))
    assert (q.speaker, q.text) == ("M", "Ова е само почеток.")


def test_names_inside_a_relative_clause_before_the_verb_do_not_speak():
    q = only(analyse("Марко Петров, кој неодамна се ожени со глумицата од серијата, Ана Ристова, исто 31, призна дека има „силни чувства“ за тоа.",
                     entity("M", "Марко Петров", "PER"), entity("A", "Ана Ристова", "PER")), direct=False)
    assert q.speaker == "M"


def test_a_manner_adverb_may_stand_between_the_quotation_and_its_verb():
    q = only(analyse("Марко Петров зборуваше на собирот. „Многу сме блиску до целта“, свечено изјави тој.",
                     entity("M", "Марко Петров", "PER")))
    assert (q.speaker, q.rule) == ("M", "direct:inverted+pronoun")


def test_a_cue_with_no_subject_inside_a_named_speakers_statement_is_part_of_it():
    doc = analyse("Тоа што одлуката доаѓа брзо укажува дека случајот не бил сложен, изјави Ана Ристова.",
                  entity("A", "Ана Ристова", "PER"))
    assert [(q.speaker, q.reported_by) for q in doc.quotes] == [("A", None)]


def test_a_denial_that_is_a_quote_of_its_speaker():
    q = only(analyse("Марко Петров отфрли дека владата го користела проблемот.", entity("M", "Марко Петров", "PER")))
    assert (q.speaker, q.text) == ("M", "владата го користела проблемот")


def test_testimony_and_predictions_are_statements_of_their_subject():
    q = only(analyse("Марко Петров сведочеше дека обвинетиот бил во градот.", entity("M", "Марко Петров", "PER")))
    assert (q.speaker, q.text) == ("M", "обвинетиот бил во градот")
    q = only(analyse("Ана Ристова предвидува дека цените ќе паднат.", entity("A", "Ана Ристова", "PER")))
    assert (q.speaker, q.text) == ("A", "цените ќе паднат")


def test_a_name_and_a_colon_opening_a_sentence_is_a_headline_statement_but_not_an_outlets_question():
    doc = analyse("Мицкоски: Нема да дозволиме понижување на народот\nПремиерот зборуваше во Струмица.",
                  entity("M", "Христијан Мицкоски", "PER", "Мицкоски"))
    q = only(doc)
    assert (q.speaker, q.direct, q.text) == ("M", False, "Нема да дозволиме понижување на народот")
    doc = analyse("SETimes: Како ја оценувате ситуацијата на север?\nДревс: Ситуацијата останува кревка и напната.",
                  entity("S", "SETimes", "ORG", sector="JRN"), entity("D", "Ерхард Древс", "PER", "Древс"))
    assert [(q.speaker, q.text) for q in doc.quotes] == [("D", "Ситуацијата останува кревка и напната")]


def test_the_person_after_a_role_of_a_named_party_speaks():
    q = only(analyse("„Нема да се откажеме“, порача лидерот на Левица Димитар Апасиев.",
                     entity("L", "Левица", "ORG"), entity("A", "Димитар Апасиев", "PER")))
    assert q.speaker == "A"


def test_a_noun_speaker_ends_before_a_second_article_a_date_or_an_adverb():
    q = analyse("Според изворите идејата „одговара“ со агендата на партијата.").quotes[0]
    assert (q.text, q.speaker_text) == ("идејата „одговара“ со агендата на партијата", "изворите")
    q = only(analyse("Фирмата победи на тендерот, објавија официјалните претставници на 24-ти септември."))
    assert q.speaker_text == "официјалните претставници"
    q = next(q for q in analyse("Актерот неодамна откри дека сопругата е најдобрата работа во неговиот живот.").quotes)
    assert q.speaker_text == "Актерот"


def test_a_definite_common_noun_opening_the_sentence_is_a_noun_speaker_with_its_complement():
    q = only(analyse("Следачите на стилот предвидуваат дека огромните шешири ќе дојдат во продавниците."))
    assert (q.speaker_text, q.text) == ("Следачите на стилот", "огромните шешири ќе дојдат во продавниците")


def test_a_source_noun_keeps_its_chain_of_complements():
    q = only(analyse("Во меѓувреме, агенцијата за ублажување на катастрофи вели дека пристапот до градот е ограничен."))
    assert q.speaker_text == "агенцијата за ублажување на катастрофи"


def test_the_outlet_of_a_statement_through_its_section_relays_the_nested_view_too():
    doc = analyse("Во изјава за делот за култура на Сандеј Тајмс, Кит рече дека тој верува дека „нешто не е во ред“.",
                  (Entity(id="T", name="Сандеј тајмс", type="ORG", sector="JRN"), ("Сандеј Тајмс",)),
                  entity("K", "Кит Харингтон", "PER", "Кит"))
    assert {q.text: q.reported_by for q in doc.quotes}["нешто не е во ред"] == "T"


def test_unofficial_information_is_a_source():
    q = only(analyse("Според неофицијални информации, седницата ќе биде одложена."))
    assert (q.speaker_text, q.text) == ("неофицијални информации", "седницата ќе биде одложена")


def test_reactions_of_a_party_are_its_statements():
    q = only(analyse("Од опозициската СДСМ реагираа дека Владата ја води земјата во изолација.",
                     entity("S", "СДСМ", "ORG")))
    assert (q.speaker, q.text) == ("S", "Владата ја води земјата во изолација")


def test_a_role_of_a_named_state_is_its_holder_of_that_office():
    widodo = (Entity(id="J", name="Џоко Видодо", type="PER", kb_id="per:joko-widodo"), ("Јоко Видодо",))
    indonesia = (Entity(id="I", name="Индонезија", type="GPE", kb_id="gpe:IDN", country="IDN"), ("Индонезија",))
    moon = (Entity(id="M", name="Мун Џае-ин", type="PER", kb_id="per:moon-jae-in"), ("Мун Џае-ин",))
    doc = analyse("Мун Џае-ин и Јоко Видодо разговараа. Претседателот на Индонезија, по средбата во Палу, "
                  "ѝ порача на војската: „Барам од сите вас да работите.“", moon, widodo, indonesia,
                  published=date(2018, 9, 30))
    assert only(doc).speaker == "J"


def test_an_opening_verbal_adverb_is_no_speaker_the_role_after_it_is():
    trump = (Entity(id="T", name="Доналд Трамп", type="PER", kb_id="per:donald-trump"), ("Доналд Трамп",))
    doc = analyse("Доналд Трамп одржа говор. Продолжувајќи да го брани кандидатот, претседателот сугерираше дека "
                  "демократите користат наводи.", trump, published=date(2018, 10, 2))
    assert only(doc, direct=False).speaker == "T"


def test_the_subject_after_an_opening_adverbial_speaks_past_its_apposition():
    doc = analyse("Марко Петров го сними протестот. Во саботата Иван Јовев, еден од лидерите кои се во затвор, "
                  "објави дека ќе се кандидира. „Ова е најдобриот начин“, изјави тој.",
                  entity("M", "Марко Петров", "PER"), entity("I", "Иван Јовев", "PER"))
    assert [q.speaker for q in doc.quotes] == ["I", "I"]


def test_pred_before_a_noun_is_a_preposition_in_the_adverbial_before_the_verb_not_a_clause():
    doc = analyse("Претседателката на синдикатот, Вера Стојкова, на собир пред зградата на општината изјави дека "
                  "платите доцнат три месеци.", entity("V", "Вера Стојкова", "PER"))
    assert only(doc).speaker == "V"


def test_a_state_described_by_a_relative_clause_speaks_not_the_names_inside_it():
    doc = analyse("Грција, којашто има провинција наречена Македонија, тврди дека името е полагање право.",
                  entity("G", "Грција", "GPE"), entity("M", "Македонија", "GPE"))
    assert only(doc).speaker == "G"


def test_a_pronoun_prefers_the_subject_of_the_latest_sentence_naming_a_fitting_person():
    doc = analyse("Марко Петров ја критикуваше Ана Ристова поради кандидатот Иван Јовев. „Ова е срамота“, рече тој.",
                  entity("M", "Марко Петров", "PER"), entity("A", "Ана Ристова", "PER"), entity("I", "Иван Јовев", "PER"))
    assert only(doc).speaker == "M"


def test_a_second_attribution_right_after_the_first_relays_it():
    doc = analyse("„Ќе помогнеме“, изјави Марко Петров пред новинарите, пренесува МИА.",
                  entity("M", "Марко Петров", "PER"), entity("A", "МИА", "ORG", sector="JRN"))
    q = only(doc)
    assert (q.speaker, q.reported_by) == ("M", "A")


def test_concluded_that_and_past_impersonal_belief_are_cues():
    doc = analyse("Градоначалникот Марко Петров заклучи дека проектот ќе успее. "
                  "Капетанот најпрво се сметаше дека загинал во несреќата.", entity("M", "Марко Петров", "PER"))
    assert [(q.text, q.speaker) for q in doc.quotes][0] == ("проектот ќе успее", "M")
    assert any("unattributed" in q.rule and "загинал" in q.text for q in doc.quotes)


def test_a_noun_subject_keeps_its_complements_up_to_the_verb_but_not_a_time_adverbial():
    doc = analyse("Властите во БиХ изјавија дека заклучоците укажуваат на реформи. "
                  "Властите во петокот изјавија дека реформите ќе продолжат.")
    assert [q.speaker_text for q in doc.quotes] == ["Властите во БиХ", "Властите"]


def test_a_parenthesised_date_stays_in_the_clause_of_the_speaker():
    doc = analyse("Водачот на партијата, Томислав Николиќ, во неделата (10-ти април) инсистираше на тоа дека "
                  "декември е последниот можен датум.", entity("N", "Томислав Николиќ", "PER"))
    assert only(doc, direct=False).speaker == "N"


def test_a_relative_pronoun_subject_hands_the_speech_to_its_name():
    doc = analyse("Марко Петров, 45, кој живее во Лидни вели дека неговиот син имал голем потенцијал.",
                  entity("M", "Марко Петров", "PER"))
    assert only(doc, direct=False).speaker == "M"


def test_after_but_and_an_adverb_the_sentence_subject_speaks():
    doc = analyse("Тојота не можеше да каже колку ќе трае, но долгорочно предупреди дека трошоците ќе растат.",
                  entity("T", "Тојота", "ORG"))
    assert only(doc, direct=False).speaker == "T"


def test_an_inverted_attribution_runs_through_a_parenthesised_date():
    doc = analyse("Франција треба да одигра поактивна улога во спорот, рече во петокот (15-ти мај) македонскиот "
                  "премиер Никола Груевски, по разговорите со Саркози.",
                  entity("G", "Никола Груевски", "PER"), entity("S", "Саркози", "PER"))
    q = only(doc)
    assert (q.speaker, q.text, q.rule) == ("G", "Франција треба да одигра поактивна улога во спорот", "indirect:inverted")


def test_a_party_or_body_after_an_opening_od_speaks_and_pojasni_is_a_cue():
    doc = analyse("Од СДСМ велат дека Владата не ги исполни ветувањата. Министерот Марко Петров појасни дека "
                  "буџетот е стабилен.", entity("S", "СДСМ", "ORG"), entity("M", "Марко Петров", "PER"))
    assert [(q.speaker, q.text) for q in doc.quotes] == [("S", "Владата не ги исполни ветувањата"), ("M", "буџетот е стабилен")]


def test_a_body_after_od_right_after_the_verb_speaks():
    doc = analyse("Соопштија од ВМРО-ДПМНЕ дека Филипче треба да се извини. Изјавија од полицијата дека возачот е уапсен.",
                  entity("V", "ВМРО-ДПМНЕ", "ORG"), entity("F", "Филипче", "PER"))
    assert [(q.speaker, q.speaker_text, q.text) for q in doc.quotes] == [
        ("V", "ВМРО-ДПМНЕ", "Филипче треба да се извини"), (None, "полицијата", "возачот е уапсен")]


def test_an_opening_kako_shto_attribution_reports_the_clause_after_its_comma():
    doc = analyse("Како што информираат од МВР, возачот е уапсен. Како што е познато, изборите ќе бидат во мај.",
                  entity("P", "МВР", "ORG"))
    assert [(q.speaker, q.text, q.rule) for q in doc.quotes] == [("P", "возачот е уапсен", "indirect:according_to")]


def test_ova_go_izjavi_attributes_the_sentence_before_it():
    quoted = analyse("„Нема да ги промениме ставовите.“ Ова го изјави денеска премиерот Марко Петров по средбата.",
                     entity("M", "Марко Петров", "PER"))
    assert [(q.speaker, q.direct, q.rule) for q in quoted.quotes] == [("M", True, "direct:backward")]
    plain = analyse("Владата нема да ги промени ставовите. Тоа го соопшти Марко Петров.", entity("M", "Марко Петров", "PER"))
    assert [(q.speaker, q.text) for q in plain.quotes] == [("M", "Владата нема да ги промени ставовите")]


def test_a_relative_clause_after_od_x_is_what_x_says():
    doc = analyse("Реагираа и од СДСМ, кои оценија дека одлуката е штетна.", entity("S", "СДСМ", "ORG"))
    assert only(doc).speaker == "S"


def test_an_apposed_description_yields_to_the_name_it_describes():
    doc = analyse("Ана Ристова, член на Европскиот парламент и известувач за Косово, изјави дека студијата "
                  "испраќа позитивна порака.", entity("A", "Ана Ристова", "PER"), entity("E", "Европскиот парламент", "ORG"),
                  entity("K", "Косово", "GPE"))
    assert only(doc, direct=False).speaker == "A"


def test_a_verbal_adverb_after_a_non_speech_clause_speaks_for_the_sentence_subject():
    doc = analyse("Турскиот премиер Реџеп Ердоган ги повика Франција и Грција да не ги менуваат критериумите, "
                  "тврдејќи дека правилата не можат да се променат.", entity("E", "Реџеп Ердоган", "PER"),
                  entity("F", "Франција", "GPE"), entity("G", "Грција", "GPE"))
    assert only(doc, direct=False).speaker == "E"


def test_a_feminine_title_before_a_name_makes_her_the_referent_of_taa():
    doc = analyse("Сенаторката Карен Јанкел ја посети Ана Марковиќ и Марко Петров. „Ќе се кандидирам“, рече таа.",
                  entity("K", "Карен Јанкел", "PER"), entity("M", "Марко Петров", "PER"))
    assert only(doc).speaker == "K"


def test_an_interview_named_in_an_opening_adverbial_gives_the_outlet():
    doc = analyse("Во интервју за МИА, Марко Петров рече дека реформите продолжуваат. "
                  "Во интервју за SETimes, Марко Петров рече дека изборите се фер.",
                  entity("A", "МИА", "ORG", sector="JRN"), entity("M", "Марко Петров", "PER"),
                  entity("S", "SETimes", "ORG", sector="JRN"))
    assert [(q.speaker, q.reported_by) for q in doc.quotes] == [("M", "A"), ("M", None)]


def test_a_parenthesis_of_sentence_adverbs_leaves_the_subject_before_it():
    doc = analyse("Синдикатот, исто така, истакна дека платите се ниски.")
    assert only(doc, direct=False).speaker_text == "Синдикатот"


def test_a_verb_after_a_parenthesis_is_no_inverted_attribution():
    doc = analyse("Министерката Ана Петрова, исто така, побара нови мерки, нагласувајќи дека буџетот е тесен.",
                  entity("A", "Ана Петрова", "PER"))
    assert only(doc, direct=False).speaker == "A"


def test_a_verbal_adverb_after_a_clause_that_opens_with_its_verb_speaks_for_the_subject_before_it():
    doc = analyse("Во интервју за весникот, поранешниот министер, Петар Илиев, го нападна нејзиниот нов план „Мост“ "
                  "за Скопје, велејќи дека предлогот е скап.", entity("P", "Петар Илиев", "PER"), entity("S", "Скопје", "GPE"))
    assert only(doc, direct=False).speaker == "P"


def test_a_verbal_adverb_right_after_a_statement_speaks_for_its_speaker():
    doc = analyse("Во интервјуто Марко Петров призна дека нема да игра следната сезона, велејќи дека тимот е „уморен“.",
                  entity("P", "Марко Петров", "PER"))
    assert [(q.speaker, q.rule) for q in doc.quotes] == [("P", "indirect:that"), ("P", "indirect:that"), ("P", "direct:that")]


def test_a_common_noun_subject_keeps_its_adjectives_and_complements():
    doc = analyse("Во Тетово локалните противници на оваа реформа тврдеа дека законот е лош.", entity("T", "Тетово", "GPE"))
    assert only(doc, direct=False).speaker_text == "локалните противници на оваа реформа"


def test_a_noun_phrase_inside_an_adverbial_is_no_subject():
    doc = analyse("Марко Петров рече дека е подготвен. На прес-конференцијата на партијата изјави дека ќе се кандидира.",
                  entity("P", "Марко Петров", "PER"))
    assert [q.speaker for q in doc.quotes] == ["P", "P"]


def test_a_phrase_opened_by_vkluchuvajkji_names_only_some_of_the_subject():
    doc = analyse("Поддржувачите на договорот, вклучувајќи го и премиерот Петар Илиев, тврдат дека цената вреди.",
                  entity("P", "Петар Илиев", "PER"))
    assert only(doc, direct=False).speaker_text == "Поддржувачите на договорот"


def test_a_clitic_between_a_quotation_and_its_verb_keeps_the_attribution_inverted():
    doc = analyse("Тој гледаше вести. „Се сеќавам на старите емисии.“ ми рече Марко Петров. „Беа подобри.“",
                  entity("P", "Марко Петров", "PER"))
    assert [(q.speaker, q.rule) for q in doc.quotes] == [("P", "direct:inverted"), ("P", "direct:continued")]


def test_a_clitic_after_a_relative_pronoun_makes_no_inverted_attribution():
    doc = analyse("Адвокатите ќе го тужат весникот Вечер, кој ги објави обвинувањата.", entity("V", "Вечер", "ORG"))
    assert doc.quotes == []


def test_a_time_phrase_and_a_place_that_open_the_sentence_are_no_subject():
    doc = analyse("Минатата недела во Брисел, Марко Петров, кој ја води делегацијата, ги пофали партнерите, "
                  "но рече дека преговорите се тешки.", entity("P", "Марко Петров", "PER"), entity("B", "Брисел", "GPE"))
    assert only(doc, direct=False).speaker == "P"


def test_nameshto_opens_an_adverbial_not_a_subject():
    doc = analyse("Министерката Ана Илиева не ги спомна изборите. Наместо тоа министерката ги нагласи реформите и додаде: „Ова е само почеток.“",
                  entity("A", "Ана Илиева", "PER"))
    assert only(doc, direct=True).speaker == "A"


def test_she_goes_to_a_woman_whose_name_shows_no_gender_not_to_a_title():
    doc = analyse("Карен Смит зборуваше за книгата „Падингтон“. „Татко ми беше тивок човек“, рече таа.",
                  entity("K", "Карен Смит", "PER"), entity("P", "Падингтон", "PER"))
    assert only(doc, direct=True).speaker == "K"


def test_she_skips_a_man_a_pronoun_already_called_he():
    doc = analyse("Дејвид Браун го води паркот. „Имаме стари згради“, рече тој. Елизабет Грин ја повика јавноста да помогне. "
                  "Таа рече: „Треба многу да учиме.“", entity("D", "Дејвид Браун", "PER"), entity("E", "Елизабет Грин", "PER"))
    assert [q.speaker for q in doc.quotes if q.direct] == ["D", "E"]


def test_a_name_after_another_names_complement_is_a_referent():
    doc = analyse("Портпаролот на Петров Ана Илиева гостуваше на телевизија. На прашањето за изборите, таа одговори: „Датумот не е утврден.“",
                  entity("P", "Петров", "PER"), entity("A", "Ана Илиева", "PER"))
    assert only(doc, direct=True).speaker == "A"


def test_a_feminine_title_before_a_name_tells_its_gender_to_a_later_pronoun():
    doc = analyse("Пратеничката Максин Вотерс ја отфрли критиката. Џон Смит изјави дека ќе ја тужи. „Тоа е празна закана“, рече таа.",
                  entity("M", "Максин Вотерс", "PER"), entity("J", "Џон Смит", "PER"))
    assert [q.speaker for q in doc.quotes] == ["J", "M"]


def test_an_unnamed_document_speaks_for_the_body_the_text_cited_last():
    doc = analyse("Министерството за здравство предупреди дека болниците се преполни. „Недостигаат лекари и сестри“, "
                  "се вели во извештајот. „Состојбата е сериозна“, се вели во истото.", entity("M", "Министерството за здравство", "ORG"))
    assert [q.speaker for q in doc.quotes] == ["M", "M", "M"]


def test_according_to_a_document_names_the_body_that_wrote_it():
    doc = analyse("Според годишниот Извештај за слободата на медиумите на Репортери без граници, земјата напредува.",
                  entity("R", "Репортери без граници", "ORG"))
    assert only(doc).speaker == "R"
    doc = analyse("Според соопштението на полициската станица, осомничениот е уапсен.")
    assert only(doc).speaker_text == "полициската станица"


def test_words_describing_a_postposed_source_are_no_statement():
    doc = analyse("Бројот на жртвите расте, според Марко Петров, портпарол на полицијата.", entity("P", "Марко Петров", "PER"))
    q = only(doc)
    assert (q.text, q.speaker) == ("Бројот на жртвите расте", "P")


def test_a_source_after_a_described_speaker_relays_the_quotation():
    doc = analyse("„Ова е добро за градот“, рече Ана Илиева, професорка од Универзитетот во Скопје, според МИА.",
                  entity("A", "Ана Илиева", "PER"), entity("M", "МИА", "ORG", sector="JRN"))
    q = only(doc)
    assert (q.speaker, q.reported_by) == ("A", "M")


def test_a_verbal_adverb_goes_on_with_the_outlet_of_the_attribution_before_it():
    doc = analyse("„Зградата се урна“, изјави Марко Петров за Франс прес, додавајќи дека семејството е безбедно.",
                  entity("P", "Марко Петров", "PER"), entity("F", "Франс прес", "ORG", sector="JRN"))
    assert [(q.speaker, q.reported_by) for q in doc.quotes] == [("P", "F"), ("P", "F")]


def test_a_reporter_citing_a_source_in_a_verbal_adverb_relays_it():
    mia = entity("M", "МИА", "ORG", sector="JRN")
    q = only(analyse("Преговорите ќе завршат до јуни, објави агенцијата МИА, цитирајќи дипломатски извори.", mia))
    assert (q.speaker_text, q.reported_by) == ("дипломатски извори", "M")
    vecer = entity("V", "Вечер", "ORG", sector="JRN")
    q = only(analyse("Испораката на бродот е одложена, според весникот Вечер, повикувајќи се на портпарол на армијата.", vecer))
    assert (q.speaker_text, q.reported_by) == ("портпарол на армијата", "V")


def test_a_relay_quoting_his_statement_quotes_the_man_named_before():
    doc = analyse("Марко Петров зборуваше во Брисел. „Договорот е близу“, МИА ја цитираше неговата изјава.",
                  entity("P", "Марко Петров", "PER"), entity("M", "МИА", "ORG", sector="JRN"))
    q = only(doc)
    assert (q.speaker, q.reported_by) == ("P", "M")


def test_a_name_an_object_clitic_doubles_after_the_verb_is_its_object_not_the_speaker():
    doc = analyse("Синдикатите го обвинија Марко Петров дека ги крие податоците.", entity("P", "Марко Петров", "PER"))
    assert only(doc).speaker_text == "Синдикатите"


def test_od_after_an_opening_adverbial_names_who_speaks():
    doc = analyse("Од 2015 година, од Црвениот крст тврдат дека им помогнале на илјадници луѓе.", entity("C", "Црвениот крст", "ORG"))
    assert only(doc).speaker == "C"


def test_an_indefinite_plural_noun_of_speakers_is_a_subject():
    doc = analyse("Во петокот високи владини претставници нагласија дека реформите ќе продолжат.")
    assert only(doc).speaker_text == "високи владини претставници"


def test_threats_pledges_and_chants_quote_their_words():
    doc = analyse("Петар Илиев се закануваше со „тотална блокада“ на парламентот.", entity("P", "Петар Илиев", "PER"))
    assert [(q.text, q.speaker) for q in doc.quotes] == [("тотална блокада", "P")]
    doc = analyse("Демонстрантите извикуваа „Оставка!“ пред владата.")
    assert only(doc).speaker_text == "Демонстрантите"


def test_an_adjective_with_the_article_opens_a_subject_after_an_adverbial():
    doc = analyse("Пред зградата стоеја студенти, а од другата страна пензионираните рудари извикуваа „Правда за сите!“")
    assert only(doc).speaker_text == "пензионираните рудари"
    doc = analyse("Марко Петров рече дека неговата канцеларија ги известила „надлежните институции“.", entity("P", "Марко Петров", "PER"))
    assert {q.speaker for q in doc.quotes} == {"P"}  # a possessive with the article is no subject's article


def test_a_noun_of_speakers_keeps_where_they_are():
    doc = analyse("Ана Илиева вели дека многумина во опозицијата сметаат оти изборите се нефер.", entity("A", "Ана Илиева", "PER"))
    assert only(doc).speaker_text == "многумина во опозицијата"


def test_according_to_before_a_colon_and_a_quotation_gives_only_the_direct_quote():
    q = only(analyse("Според портпаролот на владата: „Планот за реформи е готов.“"))
    assert (q.direct, q.text) == (True, "Планот за реформи е готов.")


def test_an_abbreviation_between_the_verb_and_deka_does_not_end_the_clause():
    doc = analyse("Марко Петров изјави пред Генералното собрание на О.Н. дека ракетите се закана.", entity("P", "Марко Петров", "PER"))
    q = only(doc)
    assert (q.text, q.speaker) == ("ракетите се закана", "P")


def test_a_verbal_adverb_after_an_inverted_attribution_leaves_the_statement_before_it():
    doc = analyse("Марко Петров ја посети болницата. Телата на некои жртви се најдени под шутот, рече тој, "
                  "додавајќи дека 540 луѓе биле повредени.", entity("P", "Марко Петров", "PER"))
    assert [(q.text, q.speaker) for q in doc.quotes] == [("Телата на некои жртви се најдени под шутот", "P"),
                                                         ("540 луѓе биле повредени", "P")]


def test_a_clause_that_ends_in_a_title_before_an_inverted_verb_is_a_statement():
    doc = analyse("Владата ќе го обнови филмското студио „Вардар филм“, како што објави неговиот менаџер Драган Паневски.",
                  entity("D", "Драган Паневски", "PER"), entity("V", "Вардар филм", "ORG"))
    q = only(doc)
    assert (q.text, q.speaker) == ("Владата ќе го обнови филмското студио „Вардар филм“", "D")


def test_a_second_speech_verb_after_i_opens_a_statement_of_its_own():
    doc = analyse("Марко Петров рече дека владата ќе падне и рече дека изборите ќе бидат во мај.", entity("P", "Марко Петров", "PER"))
    assert [(q.text, q.speaker) for q in doc.quotes] == [("владата ќе падне", "P"), ("изборите ќе бидат во мај", "P")]


def test_a_warning_after_an_accusation_is_a_statement_of_the_same_speaker():
    doc = analyse("Марко Петров го обвини Косово дека ги малтретира Србите и предупреди дека секоја нова провокација "
                  "ќе добие одговор.", entity("P", "Марко Петров", "PER"), entity("K", "Косово", "GPE"))
    assert [(q.text, q.speaker) for q in doc.quotes] == [("ги малтретира Србите", "P"),
                                                         ("секоја нова провокација ќе добие одговор", "P")]


def test_a_reported_clause_quoted_whole_is_both_an_indirect_and_a_direct_quote():
    doc = analyse("Марко Петров рече дека „правилата не можат да се менуваат“.", entity("P", "Марко Петров", "PER"))
    assert sorted((q.direct, q.speaker) for q in doc.quotes) == [(False, "P"), (True, "P")]
    doc = analyse("Марко Петров рече дека: „Правилата не можат да се менуваат.“", entity("P", "Марко Петров", "PER"))
    assert [(q.direct, q.speaker) for q in doc.quotes] == [(True, "P")]


def test_a_verbal_adverb_that_opens_the_sentence_speaks_for_the_main_clause_subject():
    doc = analyse("Велејќи дека тужбата е „уцена“, Марко Петров рекол дека ќе се брани на суд.", entity("P", "Марко Петров", "PER"))
    assert [(q.text, q.speaker) for q in doc.quotes] == [("тужбата е „уцена“", "P"), ("уцена", "P"), ("ќе се брани на суд", "P")]


def test_verbal_adverbs_of_naming_and_noting_are_cues_and_a_pronoun_subject_speaks_for_them():
    petrov = entity("P", "Марко Петров", "PER")
    doc = analyse("Марко Петров зборуваше на собирот. Тој го нападна планот, нарекувајќи го „опасна авантура“.", petrov)
    assert [(q.text, q.speaker) for q in doc.quotes] == [("опасна авантура", "P")]
    doc = analyse("Марко Петров зборуваше за Русија. Тој го спореди пристапот на Вашингтон и Москва, забележувајќи дека е ист.",
                  petrov, entity("W", "Вашингтон", "GPE"), entity("M", "Москва", "GPE"))
    assert [(q.text, q.speaker) for q in doc.quotes] == [("е ист", "P")]


def test_a_role_phrase_ends_in_its_holder_past_a_bodys_name():
    doc = analyse("„Проектот донесе многу“, рече поранешниот претставник на Фондот за развој Марко Петров.",
                  entity("P", "Марко Петров", "PER"), entity("F", "Фондот за развој", "ORG"))
    assert only(doc).speaker == "P"


def test_a_parenthesis_between_dashes_before_the_verb_hides_no_subject():
    doc = analyse("Владината коалиција -- предводена од Социјалистичката партија (СП) -- призна дека кризата ќе трае.",
                  entity("S", "Социјалистичката партија", "ORG", "Социјалистичката партија", "СП"))
    assert only(doc).speaker_text == "Владината коалиција"


def test_a_person_of_the_media_sector_is_no_agency_that_relays_others():
    doc = analyse("„Градењето е проблем“, рече Марко Петров. „Мафијата е силна“, рече Ана Илиева. „Ќе тужиме“, додаде Марко Петров.",
                  entity("P", "Марко Петров", "PER", sector="JRN"), entity("A", "Ана Илиева", "PER"))
    assert [(q.speaker, q.reported_by) for q in doc.quotes] == [("P", None), ("A", None), ("P", None)]


def test_a_manner_adverb_before_the_verb_leaves_the_apposed_subject():
    doc = analyse("Свештеникот Марко Петров, синот на поранешниот свештеник, гордо го нарече карилонот „ѕвона на сиромашните“.",
                  entity("P", "Марко Петров", "PER"))
    assert only(doc).speaker == "P"
    doc = analyse("Здружението на граѓани, исто така, истакна дека Марко Петров бил роден во Битола.", entity("P", "Марко Петров", "PER"))
    assert only(doc).speaker_text == "Здружението на граѓани"


def test_a_common_noun_opening_the_sentence_keeps_its_complement_for_a_later_verb():
    doc = analyse("Член на градскиот совет рече дека буџетот е добар, но забележа дека долгот расте.")
    assert [q.speaker_text for q in doc.quotes] == ["Член на градскиот совет", "Член на градскиот совет"]


def test_a_verb_after_a_relative_clause_on_its_subject_is_no_inverted_attribution():
    doc = analyse("Жител на Битола, кој не сакаше неговото име да биде објавено, изрази рамнодушност кон празникот.")
    assert doc.quotes == []
    doc = analyse("„Турција е блиску до Европа, која е нејзин партнер“, рече Марко Петров.", entity("P", "Марко Петров", "PER"))
    assert only(doc, direct=True).speaker == "P"


def test_a_named_speaker_closing_the_sentence_attributes_past_a_relative_clause():
    doc = analyse("Пожарникарите го изгаснаа пожарот кај Струга, кој гореше два дена, соопшти Дирекцијата за заштита и спасување.",
                  entity("D", "Дирекција за заштита и спасување", "ORG", "Дирекцијата за заштита и спасување"))
    quote = only(doc)
    assert quote.speaker == "D" and quote.text.startswith("Пожарникарите го изгаснаа") and quote.text.endswith("два дена")
    assert analyse("Денот на градот, кој беше прославен вчера, претставува голем празник.").quotes == []


def test_a_verbal_adverb_attributes_nothing_before_it_and_phrases_after_a_relative_clause_keep_it_open():
    doc = analyse("Во снимката може да се слушне маж како вика, предупредувајќи ги луѓето на улицата за бранот.")
    assert doc.quotes == []
    doc = analyse("Хрватска, која ја подобри оценката за два поени, дозволувајќи ѝ да скокне, на 82-рото место, "
                  "покажа напредок во шест области.", entity("H", "Хрватска", "GPE"))
    assert doc.quotes == []


def test_hearsay_after_a_quotation_of_several_sentences_attributes_the_whole_quotation():
    doc = analyse("„Реформите се бавни. Буџетот на државата е мал“, се вели во извештајот на Фондот.", entity("F", "Фондот", "ORG"))
    q = only(doc)
    assert (q.direct, q.speaker) == (True, "F")


def test_a_new_clause_after_a_postposed_source_leaves_the_statement_before_it():
    q = only(analyse("Сведоците виделе тројца маскирани мажи, според полицијата, но бројката не е потврдена."))
    assert (q.text, q.speaker_text) == ("Сведоците виделе тројца маскирани мажи", "полицијата")


def test_an_imperfective_speech_verb_quotes_its_words():
    doc = analyse("Марко Петров стоеше пред зградата. Тој постојано повторува „ова е ужасно“.", entity("P", "Марко Петров", "PER"))
    assert [(q.text, q.speaker) for q in doc.quotes] == [("ова е ужасно", "P")]


def test_a_quantifier_before_an_indefinite_plural_noun_makes_a_subject():
    doc = analyse("Владата го објави законот, кој, ако биде усвоен, некои економисти стравуваат дека ќе ги зголеми цените.")
    assert only(doc).speaker_text == "некои економисти"


def test_a_statement_noun_before_deka_speaks_for_its_owner_or_the_subject_that_made_it():
    q = only(analyse("Министерот замина од средбата со изјава дека е постигнат напредок."))
    assert (q.text, q.speaker_text) == ("е постигнат напредок", "Министерот")
    q = only(analyse("Судот ги разгледа обвинувањата на Ана Илиева дека договорот бил фалсификуван.", entity("A", "Ана Илиева", "PER")))
    assert (q.text, q.speaker) == ("договорот бил фалсификуван", "A")
    q = only(analyse("Тој беше во центарот на шпекулациите дека ќе се кандидира."))
    assert q.speaker is None and "unattributed" in q.rule


def test_a_clause_set_off_by_commas_between_the_verb_and_deka_keeps_the_cue():
    doc = analyse("Марко Петров рече, пред да се затвори вратата на лифтот, дека ќе зборува утре.", entity("P", "Марко Петров", "PER"))
    q = only(doc)
    assert (q.text, q.speaker) == ("ќе зборува утре", "P")


def test_an_opinion_in_a_relative_clause_opened_by_a_preposition_is_the_sentence_subjects():
    doc = analyse("Земјите од Западен Балкан предложија проекти за кои сметаа дека се витални за регионот.",
                  entity("B", "Западен Балкан", "LOC"))
    assert only(doc).speaker_text == "Земјите од Западен Балкан"
    doc = analyse("Земјите од регионот предложија проекти за кои сметаа дека се витални за регионот.")
    assert only(doc).speaker_text == "Земјите"


def test_an_interview_named_after_the_speakers_apposition_gives_an_unknown_outlet():
    q = only(analyse("„Пазарот ќе се стабилизира до летото“, рече Никола Димитров, поранешен министер за "
                     "надворешни работи, во интервјуто за Фокус Медиа."))
    assert (q.speaker_text, q.rule) == ("Никола Димитров", "direct:inverted+reported_by=Фокус Медиа")


def test_an_interview_with_an_outlet_gives_the_outlet():
    q = only(analyse("Во ексклузивно интервју со Дојче Веле, Христијан Мицкоски рече дека владата ќе ги намали даноците."))
    assert (q.speaker_text, q.rule) == ("Христијан Мицкоски", "indirect:that+reported_by=Дојче Веле")


def test_a_statement_about_a_person_names_no_outlet():
    q = only(analyse("Во изјавата за Заев, Мицкоски рече дека тој ја загубил довербата на граѓаните.",
                     entity("Z", "Зоран Заев", "PER", "Заев")))
    assert (q.speaker_text, q.reported_by, q.rule) == ("Мицкоски", None, "indirect:that")


def test_an_interview_outlet_is_not_the_one_of_a_statement_nested_in_another_cue():
    q = only(analyse("Во интервју за Фокус, Петров рече дека Ковачевски изјавил дека изборите ќе бидат во мај."))
    assert (q.speaker_text, q.rule) == ("Ковачевски", "indirect:that+reported_by=Петров")


@pytest.mark.parametrize("text, outlet", [
    ("„Ова го кажав уште лани и нема да се откажам“, рече тој за Телеграф.", "Телеграф"),
    ("Вучиќ за Пинк изјави дека Србија нема да воведе санкции против Русија.", "Пинк"),
])
def test_an_unknown_organisation_right_by_the_speech_verb_is_the_outlet(text, outlet):
    doc = analyse(text, entity("V", "Александар Вучиќ", "PER", "Вучиќ"), entity("O", outlet, "ORG"))
    q = only(doc)
    assert q.reported_by == "O" and q.rule.endswith(f"+reported_by={outlet}")


@pytest.mark.parametrize("text, known", [
    ("„Работата оди бавно“, рече тој за Стопанската комора.", None),  # a body's name: what was spoken about
    ("Мицкоски рече за Собранието дека работи бавно.", "KB-1"),  # a body the knowledge base knows
])
def test_a_body_named_after_the_verb_is_what_was_spoken_about(text, known):
    body = entity("B", "Стопанската комора" if known is None else "Собранието", "ORG")
    body[0].kb_id = known
    assert all(q.reported_by is None and "reported_by" not in q.rule for q in analyse(text, body).quotes)


def test_a_partial_quote_in_narration_about_a_place_is_the_narrators():
    doc = analyse("Албанија падна за 17 места на листата „како резултат на корупцијата и слабите институции“, "
                  "објаснуваат авторите на извештајот.", entity("AL", "Албанија", "GPE"))
    q = only(doc, direct=True)
    assert (q.speaker_text, q.reported_by, q.rule) == ("авторите на извештајот", None, "direct:inverted")


def test_a_partial_quote_in_narration_is_its_subjects_when_that_is_a_person():
    doc = analyse("Вучиќ „високо ги пофали“ односите со Кина, објави Танјуг.",
                  entity("V", "Александар Вучиќ", "PER", "Вучиќ"), entity("T", "Танјуг", "ORG", sector="JRN"))
    q = only(doc, direct=True)
    assert (q.speaker, q.reported_by, q.rule) == ("V", "T", "direct:subject+reported_by=Танјуг")


def test_as_quoted_by_an_outlet_after_an_inverted_attribution_relays_it():
    q = only(analyse("„Мостот ќе биде готов до зима“, рече градоначалникот, како што цитира Фокус."))
    assert (q.text, q.speaker_text, q.rule) == ("Мостот ќе биде готов до зима", "градоначалникот", "direct:inverted+reported_by=Фокус")


def test_an_outlets_informant_speaks_and_the_outlet_relays():
    doc = analyse("Извор на Скај Њуз навести дека Стармер ќе го смени министерот.",
                  entity("S", "Скај њуз", "ORG", "Скај Њуз", sector="JRN"), entity("K", "Кир Стармер", "PER", "Стармер"))
    q = only(doc)
    assert (q.speaker_text, q.reported_by) == ("Извор на Скај Њуз", "S")


def test_an_outlet_noun_refers_back_to_the_outlet_named_last():
    doc = analyse("Министерот поднел оставка, објави Ројтерс. Тој изјавил дека е невин, додаде агенцијата.",
                  entity("R", "Ројтерс", "ORG", sector="JRN"))
    q = {q.text: q for q in doc.quotes}["е невин"]
    assert (q.reported_by, q.rule) == ("R", "indirect:that+reported_by=Ројтерс")


def test_a_naming_in_an_interview_is_relayed_by_its_outlet():
    doc = analyse("Премиерот Мицкоски ги обвини критичарите за „ширење паника“ во интервју за весникот Слободен печат.",
                  entity("M", "Христијан Мицкоски", "PER", "Мицкоски"), entity("S", "Слободен печат", "ORG", sector="JRN"))
    q = only(doc)
    assert (q.text, q.speaker, q.reported_by, q.rule) == ("ширење паника", "M", "S", "direct:naming+reported_by=Слободен печат")


def test_the_interview_refers_back_to_the_outlet_named_before():
    doc = analyse("Во изјава за весникот Гардијан, Мицкоски рече дека Македонија ќе остане во НАТО. "
                  "Тој се пожали на бирократијата. Во интервјуто тој исто така призна дека размислува за нови избори.",
                  entity("G", "Гардијан", "ORG", sector="JRN"), entity("M", "Христијан Мицкоски", "PER", "Мицкоски"))
    assert [(q.text, q.reported_by) for q in doc.quotes] == [
        ("Македонија ќе остане во НАТО", "G"), ("размислува за нови избори", "G")]


def test_a_relay_after_a_quotation_opened_by_a_colon_relays_its_speaker():
    doc = analyse("Премиерот Мицкоски им порача на пратениците: „Работете и дење и ноќе.“, објави Ројтерс.",
                  entity("M", "Христијан Мицкоски", "PER", "Мицкоски"), entity("R", "Ројтерс", "ORG", sector="JRN"))
    q = only(doc)
    assert (q.speaker, q.reported_by, q.rule) == ("M", "R", "direct:colon+reported_by=Ројтерс")


def test_a_latin_name_in_the_speakers_title_is_no_outlet():
    q = only(analyse("Кина ќе ја предводи трката, изјави инвеститорот и практичар за AI, Каи-Фу Ли."))
    assert (q.speaker_text, q.rule) == ("Каи-Фу Ли", "indirect:inverted")


def test_media_named_by_an_adjective_alone_are_the_outlet():
    doc = analyse("„Не ја уништуваме природата“, изјави Марко Петров за македонските медиуми.", entity("P", "Марко Петров", "PER"))
    q = only(doc)
    assert (q.speaker, q.reported_by, q.rule) == ("P", None, "direct:inverted+reported_by=македонските медиуми")


def test_what_is_expected_with_no_subject_before_se_ochekuva_is_hearsay_with_the_cue_in_it():
    q = only(analyse("Во октомври се очекуваат силни ветрови на целиот брег."))
    assert (q.text, q.speaker) == ("Во октомври се очекуваат силни ветрови на целиот брег", None)
    q = only(analyse("Според експертите, најлошото се очекува напролет."))
    assert q.speaker_text == "експертите"


def test_an_attribution_between_commas_attributes_the_words_around_it_not_a_naming():
    doc = analyse("Марко Петров зборуваше на митингот. Демократите, рече тој, имаат мисија да „попречуваат“.",
                  entity("P", "Марко Петров", "PER"))
    assert [(q.text, q.speaker) for q in doc.quotes] == [("имаат мисија да „попречуваат“", "P"), ("попречуваат", "P")]


def test_a_role_and_its_apposed_name_before_a_request_make_no_inverted_statement():
    doc = analyse("Генералниот секретар на ОН, Антонио Гутереш, побара итен прекин на огнот во регионот.",
                  entity("E1", "Антонио Гутереш", "PER"), entity("E2", "ОН", "ORG"))
    assert doc.quotes == []


def test_a_statement_that_ends_in_a_name_between_commas_keeps_its_inverted_attribution():
    doc = analyse("Полицијата го уапси осомничениот, Марко Петровски, соопшти Министерството за внатрешни работи.",
                  entity("E1", "Марко Петровски", "PER"), entity("E2", "Министерството за внатрешни работи", "ORG"))
    q = only(doc)
    assert q.speaker_text == "Министерството за внатрешни работи" and q.rule == "indirect:inverted"


def test_an_unknown_name_after_a_place_preposition_does_not_speak_for_the_phrase():
    strip = Entity(id="E1", name="Појасот", type="ORG")
    doc = analyse("Во нападите загинаа најмалку 30 лица, според здравствените власти во Појасот.", (strip, ("Појасот",)))
    q = only(doc)
    assert (q.speaker_text, q.speaker) == ("здравствените власти во Појасот", None)
    syria = Entity(id="E1", name="Сирија", type="GPE", kb_id="gpe:syria")
    known = only(analyse("Во нападите загинаа најмалку 30 лица, според здравствените власти во Сирија.", (syria, ("Сирија",))))
    assert known.speaker == "E1"


def test_a_person_speaks_about_the_person_after_за():
    doc = analyse("Мицкоски за Заев рече дека го потпишал договорот без поддршка.",
                  entity("M", "Христијан Мицкоски", "PER", "Мицкоски"), entity("Z", "Зоран Заев", "PER", "Заев"))
    q = only(doc)
    assert (q.speaker, q.speaker_text) == ("M", "Мицкоски")


def test_a_body_keeps_its_за_complement():
    doc = analyse("Министерството за внатрешни работи соопшти дека патот е затворен.",
                  entity("O", "Министерство за внатрешни работи", "ORG", "Министерството за внатрешни работи"))
    assert only(doc).speaker == "O"


def test_an_outlet_named_with_a_number_or_in_quotation_marks_after_an_interview():
    doc = analyse("Филипче изјави за ТВ 21 дека партијата ќе гласа против буџетот.", entity("F", "Венко Филипче", "PER", "Филипче"))
    assert "reported_by=ТВ 21" in only(doc).rule
    doc = analyse("Мицкоски во интервју за Канал 5 изјави дека изборите ќе бидат во рок.",
                  entity("M", "Христијан Мицкоски", "PER", "Мицкоски"), entity("K", "Канал 5", "ORG", sector="JRN"))
    q = only(doc)
    assert (q.speaker, q.reported_by) == ("M", "K") and "reported_by=Канал 5" in q.rule
    doc = analyse("Нетанјаху во интервју за „Тајмс оф Израел“ изјави дека војната ќе продолжи.",
                  entity("N", "Бенјамин Нетанјаху", "PER", "Нетанјаху"))
    q = only(doc)
    assert (q.speaker, q.direct) == ("N", False) and "reported_by=Тајмс оф Израел" in q.rule


def test_the_one_met_in_a_phrase_between_commas_is_not_the_speaker():
    doc = analyse("Премиерот Андреј Пленковиќ, по средбата со австрискиот канцелар Кристијан Штокер, изјави дека "
                  "границата ќе остане отворена.", entity("P", "Андреј Пленковиќ", "PER", "Андреј Пленковиќ"),
                  entity("S", "Кристијан Штокер", "PER", "Кристијан Штокер"))
    assert only(doc).speaker == "P"


def test_an_english_of_belongs_to_the_name():
    doc = analyse("Тајмс оф Израел објави дека армијата се повлекла од градот.")
    assert only(doc).speaker_text == "Тајмс оф Израел"


def test_hearsay_inside_a_statement_is_the_speakers():
    doc = analyse("Неговата сопруга изјави дека тој наводно бил претепан во притвор.")
    q = only(doc)
    assert (q.text, q.speaker_text, q.rule) == ("тој наводно бил претепан во притвор", "Неговата сопруга", "indirect:that")


@pytest.mark.parametrize("text, source, statement", [
    ("Според документите министерот потпишал дека ќе ги исплати средствата.", "документите",
     "министерот потпишал дека ќе ги исплати средствата"),
    ("Според обвинителството поранешниот директор примил мито од 50.000 евра.", "обвинителството",
     "поранешниот директор примил мито од 50.000 евра"),
    ("Според Ројтерс преговорите продолжуваат во Брисел следната недела.", "Ројтерс",
     "преговорите продолжуваат во Брисел следната недела"),
])
def test_according_to_without_a_comma_ends_before_the_next_definite_noun(text, source, statement):
    q = only(analyse(text))
    assert (q.speaker_text, q.text) == (source, statement)


def test_according_to_an_outlets_sources_the_outlet_relays():
    q = only(analyse("Според изворите на МИА договорот ќе биде потпишан во петок.", entity("A", "МИА", "ORG", sector="JRN")))
    assert (q.speaker_text, q.reported_by) == ("изворите на МИА", "A")


def test_a_german_дер_belongs_to_the_name():
    doc = analyse("Орбан за Фон дер Лајен рече дека ја води Унијата во погрешна насока.",
                  entity("O", "Виктор Орбан", "PER", "Орбан"), entity("L", "Урсула фон дер Лајен", "PER", "Фон дер Лајен"))
    assert only(doc).speaker == "O"


# --- interviews ----------------------------------------------------------------------------

INTERVIEW = ("Министерот Петар Петров во интервју за „Весник“ зборува за преговорите.\n"
             "Господине министер, што очекувате од Софија?\n"
             "– Очекувам компромис. Ние не бараме ништо ново.\n"
             "Што договоривте во Вашингтон?\n"
             "– Се сретнав со државниот секретар.\n")


def test_an_interviews_answers_are_the_interviewees_quotes_relayed_by_the_outlet():
    doc = analyse(INTERVIEW, entity("E1", "Петар Петров", "PER"), entity("E2", "Весник", "ORG", sector="JRN"))
    answers = [q for q in doc.quotes if q.rule.startswith("direct:interview")]
    assert [q.text for q in answers] == ["Очекувам компромис. Ние не бараме ништо ново.", "Се сретнав со државниот секретар."]
    assert {q.speaker for q in answers} == {"E1"} and {q.reported_by for q in answers} == {"E2"}


def test_no_interview_without_an_interview_in_the_lead_nor_when_the_questions_are_quoted():
    not_named = INTERVIEW.replace("во интервју за „Весник“ ", "")
    assert not analyse(not_named, entity("E1", "Петар Петров", "PER")).quotes
    quoted = ("Петар Петров во интервју за „Весник“ рече дека е загрижен.\n"
              "Тој праша: „Што ги учиме децата?\n"
              "Кој е одговорен?\n"
              "Училиштата треба да одговорат“.")
    assert not [q for q in analyse(quoted, entity("E1", "Петар Петров", "PER")).quotes if "interview" in q.rule]


def test_the_interviewer_named_in_the_lead_is_not_the_interviewee():
    text = INTERVIEW.replace("Министерот Петар Петров во интервју за „Весник“",
                             "Во интервју со дописничката на „Весник“ Ана Анова, министерот Петар Петров")
    doc = analyse(text, entity("E1", "Петар Петров", "PER"), entity("E3", "Ана Анова", "PER"))
    assert {q.speaker for q in doc.quotes if "interview" in q.rule} == {"E1"}


def test_the_agency_of_the_dateline_is_the_article_s_own_outlet_not_a_relay():
    person = entity("E1", "Иван Марков", "PER", "Марков")
    agency = entity("E2", "МИА", "ORG", "МИА", sector="JRN")
    text = "„Не ги прифаќаме обвинувањата“, рече Марков за МИА."
    q = only(analyse("Скопје, 3 декември (МИА) – Министерот одговори на критиките.\n\n" + text, person, agency))
    assert (q.speaker, q.reported_by) == ("E1", None)
    q = only(analyse("Скопје, 3 декември (Фена) – Министерот одговори на критиките.\n\n" + text, person, agency))
    assert (q.speaker, q.reported_by) == ("E1", "E2")  # told to another agency, that agency relays it


def test_an_unquoted_statement_ends_at_an_attribution_another_relays():
    doc = analyse("Новиот мост ќе биде готов до зима, рече Марко Петров, пренесува МИА.",
                  entity("M", "Марко Петров", "PER"), entity("A", "МИА", "ORG", sector="JRN"))
    q = only(doc)
    assert (q.text, q.speaker, q.reported_by) == ("Новиот мост ќе биде готов до зима", "M", "A")


def test_added_in_agency_copy_is_a_speech_verb_for_a_pronoun_across_paragraphs():
    doc = analyse("Лидерот Марко Петров изјави дека изборите ќе бидат фер.\n\nОпозицијата реагираше на неговите зборови.\n\n"
                  "Тој дополни дека ОБСЕ ќе испрати набљудувачи.", entity("M", "Марко Петров", "PER"))
    assert [(q.text, q.speaker) for q in doc.quotes] == [("изборите ќе бидат фер", "M"), ("ОБСЕ ќе испрати набљудувачи", "M")]


def test_an_outlet_after_a_that_statement_relays_it_and_says_nothing_itself():
    doc = analyse("Министерството за одбрана соопшти дека вежбата ќе трае до петок, како што објави Фокус.",
                  entity("D", "Министерство за одбрана", "ORG", "Министерството за одбрана"), entity("F", "Фокус", "ORG", sector="JRN"))
    q = only(doc)
    assert (q.text, q.speaker, q.reported_by) == ("вежбата ќе трае до петок", "D", "F")


def test_a_role_phrase_keeps_the_state_that_ends_its_complement():
    doc = analyse("Министерот за надворешни работи на Унгарија изјави дека Будимпешта ќе одговори.",
                  entity("H", "Унгарија", "GPE"), entity("B", "Будимпешта", "GPE"))
    q = only(doc)
    assert (q.speaker_text, q.speaker) == ("Министерот за надворешни работи на Унгарија", "H")


def test_the_person_a_long_role_phrase_ends_in_speaks_past_a_body_and_a_state():
    doc = analyse("Портпаролот на Министерството за надворешни работи на Русија Марија Захарова изјави дека Москва ќе одговори.",
                  entity("Z", "Марија Захарова", "PER"), entity("M", "Министерството за надворешни работи", "ORG"),
                  entity("R", "Русија", "GPE"), entity("W", "Москва", "GPE"))
    q = only(doc)
    assert (q.speaker_text, q.speaker) == ("Марија Захарова", "Z")


def test_a_feminine_pronoun_goes_to_a_woman_named_as_an_object_when_no_subject_fits():
    doc = analyse("Вучиќ се сретна со Урсула фон дер Лајен. Таа рече дека Србија мора да ги усогласи санкциите.",
                  entity("V", "Александар Вучиќ", "PER", "Вучиќ"), entity("U", "Урсула фон дер Лајен", "PER"),
                  entity("S", "Србија", "GPE"))
    assert only(doc).speaker == "U"


def test_a_masculine_pronoun_keeps_the_subject_over_an_object():
    doc = analyse("Вучиќ се сретна со Урсула фон дер Лајен. Тој рече дека Србија ќе ги усогласи санкциите.",
                  entity("V", "Александар Вучиќ", "PER", "Вучиќ"), entity("U", "Урсула фон дер Лајен", "PER"),
                  entity("S", "Србија", "GPE"))
    assert only(doc).speaker == "V"


def test_a_role_refers_back_to_the_name_its_phrase_ended_in_past_the_complement():
    doc = analyse("Министерката за животна средина Ана Петровска ја посети депонијата.\n\nПроблемот трае со децении.\n\n"
                  "„Ќе ја затвориме старата депонија“, изјави министерката.", entity("A", "Ана Петровска", "PER"))
    q = only(doc)
    assert (q.speaker, q.rule) == ("A", "direct:inverted+role")


def test_the_noun_before_a_relative_clause_without_commas_speaks():
    doc = analyse("Компанијата што го гради автопатот сега вели дека работите доцнат.")
    assert only(doc).speaker_text == "Компанијата"


def test_how_with_a_relative_word_opens_no_subject():
    doc = analyse("Како што Марко Петров изјави на Инстаграм дека го напушта брендот, партнерот замина.",
                  entity("M", "Марко Петров", "PER"))
    q = only(doc)
    assert q.text.startswith("го напушта брендот") and q.speaker == "M"


@pytest.mark.parametrize("sentence", [
    "Премиерот Марко Петров ги нападна критичарите, кога изјави дека опозицијата лаже.",
    "Но премиерот Марко Петров ги нападна критичарите, кога изјави дека опозицијата лаже.",
    "Премиерот Марко Петров го критикуваше буџетот, откако претходно изјави дека опозицијата лаже.",
])
def test_a_subordinate_clause_with_no_subject_shares_the_main_clauses(sentence):
    q = only(analyse(sentence, entity("P", "Марко Петров", "PER")))
    assert (q.text, q.speaker) == ("опозицијата лаже", "P")


def test_a_source_close_to_a_body_speaks_unlinked_and_unrelayed():
    government = entity("G", "Владата", "ORG")
    said = only(analyse("Извор близок до Владата изјави дека реконструкцијата ќе биде следната недела.", government))
    assert (said.speaker_text, said.speaker, said.reported_by) == ("Извор близок до Владата", None, None)
    cited = only(analyse("Според извор близок до Владата, реконструкцијата е готова.", entity("G", "Владата", "ORG")))
    assert (cited.speaker_text, cited.speaker, cited.reported_by) == ("извор близок до Владата", None, None)


def test_a_pronoun_refers_to_the_possessor_of_the_sentences_subject():
    doc = analyse("„Мислам дека ќе гласам“, рече Кенеди. Гласот на Греам, сепак, е цврст. „Мојата одлука е донесена“, рече тој.",
                  entity("K", "Џон Кенеди", "PER", "Кенеди"), entity("G", "Линдзи Греам", "PER", "Греам"))
    assert [q.speaker for q in doc.quotes] == ["K", "G"]


def test_a_possessor_of_an_object_is_no_referent():
    doc = analyse("Претседателот Марко Петров ја спомена номинацијата на Брет Кавано. „Ова е важен ден“, рече тој.",
                  entity("P", "Марко Петров", "PER"), entity("B", "Брет Кавано", "PER"))
    assert only(doc).speaker == "P"


@pytest.mark.parametrize("sentence, speaker", [
    ("Во Владата велат дека иницијативата е политичка.", "G"),
    ("Во Скопје премиерот рече дека иницијативата е политичка.", None),
])
def test_a_body_after_an_opening_in_speaks_for_a_plural_verb_alone(sentence, speaker):
    q = only(analyse(sentence, entity("G", "Владата", "ORG"), entity("S", "Скопје", "GPE")))
    assert q.speaker == speaker and q.speaker_text == ("Владата" if speaker else "премиерот")


def test_a_particle_between_commas_leaves_the_subject_before_it():
    q = only(analyse("Руската страна, пак, соопшти дека ќе продолжат контактите."))
    assert q.speaker_text == "Руската страна"


def test_a_body_a_speaker_preposition_names_speaks_past_an_aside_between_commas():
    q = only(analyse("Од Левица, во писмена реакција, одговорија дека буџетот е нереален.",
                     entity("L", "Левица", "ORG")))
    assert q.speaker == "L"


def test_how_a_named_subject_said_it_attributes_the_clause_after_the_comma():
    q = only(analyse("Како што Марко Петров изјави на прес-конференцијата, тендерот ќе биде објавен во јануари.",
                     entity("P", "Марко Петров", "PER")))
    assert (q.text, q.speaker, q.rule) == ("тендерот ќе биде објавен во јануари", "P", "indirect:according_to")


def test_how_something_happens_is_no_attribution():
    doc = analyse("Како што Кина станува поактивна, така САД изјавија дека ќе вложат повеќе.",
                  entity("C", "Кина", "GPE"), entity("U", "САД", "GPE"))
    assert [q.rule for q in doc.quotes] == ["indirect:that"]


def test_a_description_keeps_its_hyphenated_age():
    q = only(analyse("Тој ја освои титулата. Но 38-годишниот тенисер изјави дека ова е една од најтешките победи."))
    assert q.speaker_text == "38-годишниот тенисер"


def test_a_body_named_with_a_coordinator_and_its_abbreviation_speaks_whole():
    agency = entity("A", "Агенцијата за процена и примена на технологијата", "ORG")
    doc = analyse("Агенцијата за процена и примена на технологијата на Индонезија (БППТ) изјави дека земјотресот бил силен.",
                  agency, entity("I", "Индонезија", "GPE"), entity("B", "БППТ", "ORG"))
    q = only(doc)
    assert (q.speaker_text, q.speaker, q.rule) == ("Агенцијата за процена и примена на технологијата на Индонезија", "A", "indirect:that")


def test_a_bodys_name_keeps_its_place_complement():
    doc = analyse("Државната метеоролошка станица во Феникс објави во твит дека дождот ќе трае.",
                  entity("S", "Државната метеоролошка станица", "ORG"), entity("P", "Феникс", "GPE"))
    q = only(doc)
    assert (q.speaker_text, q.speaker) == ("Државната метеоролошка станица во Феникс", "S")


def test_a_capitalised_common_noun_keeps_its_words_before_a_place():
    q = only(analyse("Еден Член на собранието од Лабуристичката партија рече дека името е смешно.",
                     entity("L", "Лабуристичката партија", "ORG")))
    assert q.speaker_text == "Еден Член на собранието од Лабуристичката партија"


def test_a_role_refers_back_to_the_name_apposed_to_its_phrase():
    doc = analyse("Генералниот секретар на ОН, Антонио Гутереш, предупреди дека кризата се забрзува. "
                  "„Немаме време за губење“, рече генералниот секретар.",
                  entity("G", "Антонио Гутереш", "PER"), entity("U", "ОН", "ORG"))
    assert [q.speaker for q in doc.quotes] == ["G", "G"]


def test_a_name_apposed_to_a_persons_phrase_takes_no_title_from_it():
    doc = analyse("Ана Дејвис поставува картички на мостот. Синот на г-ѓа Дејвис, Тајлер имал 13 години. "
                  "„Не сакам никој да страда“, рече таа.",
                  entity("A", "Ана Дејвис", "PER", "Ана Дејвис", "Дејвис"), entity("T", "Тајлер", "PER"))
    assert only(doc).speaker == "A"


def test_a_role_phrase_after_the_verb_ends_in_its_holder_past_a_place():
    doc = analyse("„Ќе бараме одговорност“, изјави претседателот на Комисијата за европски прашања во Собранието Марко Петров.",
                  entity("P", "Марко Петров", "PER"), entity("K", "Комисијата за европски прашања", "ORG"),
                  entity("S", "Собранието", "ORG"))
    assert only(doc).speaker == "P"


def test_a_capitalised_adjective_opening_the_clause_keeps_its_noun_before_a_place():
    q = only(analyse("Локалната управа во Куманово соопшти дека патот е затворен.", entity("K", "Куманово", "GPE")))
    assert q.speaker_text == "Локалната управа во Куманово"


def test_a_guest_appearance_names_the_broadcaster_as_the_outlet():
    doc = analyse("Гостувајќи на Канал 5, Венко Филипче рече дека изборите ќе бидат предвремени. "
                  "Гостувајќи на Мицкоски, Вучиќ рече дека нема да има санкции.",
                  entity("K", "Канал 5", "ORG", sector="JRN"), entity("F", "Венко Филипче", "PER"),
                  entity("M", "Христијан Мицкоски", "PER", "Мицкоски"), entity("V", "Александар Вучиќ", "PER", "Вучиќ"))
    assert [(q.speaker, q.reported_by) for q in doc.quotes] == [("F", "K"), ("V", None)]


def test_a_body_after_od_speaks_for_a_verb_opening_the_sentence():
    q = only(analyse("Соопштија од СДСМ дека Владата мора да поднесе оставка.",
                     entity("S", "Социјалдемократски сојуз на Македонија", "ORG", "СДСМ")))
    assert (q.speaker, q.speaker_text) == ("S", "СДСМ")
    q = only(analyse("Изјави од Брисел дека разговорите продолжуваат.", entity("B", "Брисел", "GPE")))
    assert q.speaker_text is None  # where it was said from


def test_a_subject_before_the_verb_speaks_from_the_place_after_od():
    person = entity("P", "Горан Илиевски", "PER", "Горан Илиевски", "Илиевски")
    q = only(analyse("Илиевски порача од притворот Шутка дека обвинението е измислено.", person))
    assert (q.speaker, q.speaker_text) == ("P", "Илиевски")
    # no subject before the verb: the body after `од` speaks
    q = only(analyse("Порачаа од Комората дека обвинението е измислено.", entity("K", "Стопанска комора", "ORG", "Комората")))
    assert q.speaker == "K"


def test_a_parenthesis_then_an_interview_adverbial_leave_the_subject_before_them():
    doc = analyse("Тимчо Муцунски, пак, во интервју за ТВ 24 истакна дека разговорите продолжуваат. "
                  "Венко Филипче, исто така, гостувајќи на Канал 5 рече дека изборите ќе бидат предвремени.",
                  entity("T", "24 Вести", "ORG", "ТВ 24", sector="JRN"), entity("K", "Канал 5", "ORG", sector="JRN"),
                  entity("M", "Тимчо Муцунски", "PER"), entity("F", "Венко Филипче", "PER"))
    assert [(q.speaker, q.reported_by) for q in doc.quotes] == [("M", "T"), ("F", "K")]


def test_coordinated_verbs_share_the_body_after_od():
    q = only(analyse("Од СДСМ реагираа и оценија дека Владата ја изолира земјата.",
                     entity("S", "Социјалдемократски сојуз на Македонија", "ORG", "СДСМ")))
    assert (q.speaker, q.speaker_text) == ("S", "СДСМ")


@pytest.mark.parametrize("relay", ["како што пренесува Танјуг", "според Танјуг", "пренесува Танјуг", "цитиран од Танјуг"])
def test_a_relay_between_commas_before_the_verb_leaves_the_subject_before_it(relay):
    q = only(analyse(f"Вучиќ, {relay}, рече дека Србија нема да попушти.",
                     entity("T", "Танјуг", "ORG", sector="JRN"), entity("V", "Александар Вучиќ", "PER", "Вучиќ")))
    assert (q.speaker, q.reported_by) == ("V", "T")


def test_a_relay_joined_by_a_after_the_attribution_relays_the_statement():
    q = only(analyse("„Ќе продолжиме со реформите“, изјави министерката Марија Петрова, а пренесе МИА.",
                     entity("M", "МИА", "ORG", sector="JRN"), entity("P", "Марија Петрова", "PER")))
    assert (q.speaker, q.reported_by) == ("P", "M")
    other = only(analyse("Премиерот изјави дека Владата ќе го поддржи предлогот, а опозицијата тоа го отфрли."))
    assert other.reported_by is None  # `а` before any other verb opens a clause of its own


def test_a_described_outlet_between_commas_relays_and_the_role_and_name_before_it_is_no_statement():
    q = only(analyse("Хрватскиот премиер Андреј Пленковиќ, како што пренесе хрватската државна телевизија, изјавил дека "
                     "Загреб ќе ја поддржи иницијативата.", entity("P", "Андреј Пленковиќ", "PER")))
    assert (q.speaker, q.text, q.rule) == ("P", "Загреб ќе ја поддржи иницијативата", "indirect:that+reported_by=телевизија")


def test_an_interview_between_commas_before_the_verb_leaves_the_subject_before_it():
    q = only(analyse("Министерката Ана Ковач, во интервју за германскиот весник Зидојче цајтунг, изјави дека "
                     "бригадата ќе биде распоредена до летото.", entity("K", "Ана Ковач", "PER"),
                     entity("Z", "Зидојче цајтунг", "ORG", sector="JRN")))
    assert (q.speaker, q.reported_by) == ("K", "Z")


def test_a_name_apposed_to_the_role_a_preposition_governs_is_no_subject():
    q = only(analyse("Хрватскиот премиер Андреј Пленковиќ на средбата со словенечкиот министер за надворешни работи "
                     "Марко Новак во Загреб изјавил дека соработката е одлична.",
                     entity("P", "Андреј Пленковиќ", "PER"), entity("N", "Марко Новак", "PER")))
    assert q.speaker == "P"


@pytest.mark.parametrize("text", [
    "Пленковиќ на својата мрежа Икс Фрејм напиша дека соработката е одлична.",
    "Пленковиќ по телефонскиот разговор со словенечкиот колега Марко Новак изјави дека соработката е одлична.",
])
def test_a_role_or_outlet_and_the_name_after_it_a_preposition_governs_are_no_subject(text):
    q = only(analyse(text, entity("P", "Андреј Пленковиќ", "PER", "Пленковиќ"), entity("N", "Марко Новак", "PER"),
                     entity("X", "Икс Фрејм", "ORG")))
    assert q.speaker_text == "Пленковиќ"


def test_a_person_between_commas_before_the_verb_is_no_relay():
    q = only(analyse("Вучиќ, според него, рече дека Србија нема да попушти.", entity("V", "Александар Вучиќ", "PER", "Вучиќ")))
    assert (q.speaker, q.reported_by) == ("V", None)


@pytest.mark.parametrize("statement", ["„Нема да има предвремени избори.“", "Нема да има предвремени избори"])
def test_an_outlet_between_a_headline_speaker_and_the_colon_relays(statement):
    q = only(analyse(f"Мицкоски за Сител: {statement}", entity("S", "Сител", "ORG", sector="JRN"),
                     entity("M", "Христијан Мицкоски", "PER", "Мицкоски")))
    assert (q.speaker, q.reported_by) == ("M", "S")


def test_a_person_between_a_headline_speaker_and_the_colon_is_no_outlet():
    q = only(analyse("Мицкоски за Заев: Тој ги излажа граѓаните за цените",
                     entity("M", "Христијан Мицкоски", "PER", "Мицкоски"), entity("Z", "Зоран Заев", "PER", "Заев")))
    assert (q.speaker, q.reported_by) == ("M", None)


def test_a_place_clause_shares_the_main_clauses_subject_and_its_appearance():
    doc = analyse("Панче Тошковски гостуваше на ТВ 21, каде рече дека полицијата ќе биде на терен. "
                  "Марко Петров се појави на суд, каде што изјави дека е невин.",
                  entity("T", "ТВ 21", "ORG", sector="JRN"), entity("P", "Панче Тошковски", "PER"), entity("M", "Марко Петров", "PER"))
    assert [(q.speaker, q.reported_by) for q in doc.quotes] == [("P", "T"), ("M", None)]


def test_a_parenthesis_then_one_adverbial_leave_the_subject_before_them():
    q = only(analyse("Мицкоски, пак, на Фејсбук напиша дека парите ќе одат за патишта.",
                     entity("M", "Христијан Мицкоски", "PER", "Мицкоски")))
    assert (q.speaker, q.speaker_text) == ("M", "Мицкоски")


def test_a_headline_speaker_before_an_outlet_of_two_words():
    q = only(analyse("Христијан Мицкоски за Канал 5: Нема избори оваа година",
                     entity("K", "Канал 5", "ORG", sector="JRN"), entity("M", "Христијан Мицкоски", "PER")))
    assert (q.speaker, q.speaker_text, q.reported_by, q.direct) == ("M", "Христијан Мицкоски", "K", False)


def test_the_party_refers_back_to_the_party_named_last_not_a_person():
    doc = analyse("Од ВМРО-ДПМНЕ брзо реагираа. „Филипче нема морално право да зборува за цени“, велат од партијата.",
                  entity("V", "ВМРО-ДПМНЕ", "ORG", sector="PTY"), entity("F", "Венко Филипче", "PER", "Филипче", sector="PTY"))
    q = only(doc)
    assert (q.speaker, q.speaker_text) == ("V", "ВМРО-ДПМНЕ")


def test_the_spokesman_of_the_party_speaks_for_the_party_named_last():
    party = entity("L", "Левица", "ORG", sector="PTY")
    doc = analyse("Од Левица најавија тужба. „Судот пак пресуди политички“, рече портпаролот на партијата.", party)
    q = next(q for q in doc.quotes if q.direct)
    assert (q.speaker, q.speaker_text) == ("L", "портпаролот на партијата")
    # a spokesman of another body is no party's
    doc = analyse("Од Левица најавија тужба. „Судот пак пресуди политички“, рече портпаролот на судот.", party)
    assert next(q for q in doc.quotes if q.direct).speaker != "L"


def test_an_outlet_citing_sources_after_its_that_clause_relays_them():
    doc = analyse("Ројтерс објави дека Москва ќе ги повлече трупите, цитирајќи тројца американски функционери. "
                  "Мицкоски рече дека владата ќе ги намали даноците, повикувајќи се на извештајот на ММФ.",
                  entity("R", "Ројтерс", "ORG", sector="JRN"), entity("M", "Христијан Мицкоски", "PER", "Мицкоски"),
                  entity("I", "Меѓународен монетарен фонд", "ORG", "ММФ"))
    assert [(q.text, q.speaker_text, q.reported_by) for q in doc.quotes] == [
        ("Москва ќе ги повлече трупите", "тројца американски функционери", "R"),
        ("владата ќе ги намали даноците", "Мицкоски", None)]


def test_apostrophising_and_alarming_report_a_statement():
    q = only(analyse("„Одлуката на Софија е срамна“, апострофираше Марко Петров.", entity("P", "Марко Петров", "PER")))
    assert (q.speaker, q.text) == ("P", "Одлуката на Софија е срамна")
    q = only(analyse("Од СДСМ алармираат дека Владата ги заробила институциите.", entity("S", "СДСМ", "ORG")))
    assert (q.speaker, q.text) == ("S", "Владата ги заробила институциите")


# --- a state's organ speaking ------------------------------------------------------------

GERMANY = (Entity(id="G", name="Германија", type="GPE", kb_id="gpe:DEU", country="DEU", name_en="Germany"), ("Германија",))


def test_a_states_intelligence_service_speaks_not_the_state():
    doc = analyse("Разузнавачката служба на Германија во понеделникот процени дека напаѓачите се обучени во странство.",
                  GERMANY)
    q = only(doc)
    organ = next(e for e in doc.entities if e.id == q.speaker)
    assert (organ.id, organ.type, organ.country, organ.sector, organ.name_en) == (
        "G.SPY", "ORG", "DEU", "SPY", "Germany's intelligence service")
    assert organ.name == "Разузнавачката служба на Германија" == q.speaker_text


def test_a_states_government_speaks_but_a_role_phrase_names_a_person():
    doc = analyse("Владата на Германија соопшти дека мерките ќе важат до крајот на годината.", GERMANY)
    assert only(doc).speaker == "G.GOV"
    doc = analyse("Портпаролот на Владата на Германија соопшти дека мерките ќе важат до крајот на годината.", GERMANY)
    assert not any(e.id.startswith("G.") for e in doc.entities)


@pytest.mark.parametrize("call", ["и ги повика партнерите да ја засилат помошта", "и им побара на партнерите да ја засилат помошта"])
def test_a_call_after_the_statement_ends_it_past_its_clitics(call):
    q = only(analyse(f"Министерката Ана Ковач изјави дека бригадата ќе биде распоредена до летото {call}.",
                     entity("K", "Ана Ковач", "PER")))
    assert q.text == "бригадата ќе биде распоредена до летото"


def test_a_parenthesis_then_a_chain_of_adverbials_leave_the_subject_before_them():
    doc = analyse("Адвокатот Марко Петров рече дека жалбата е готова. "
                  "Премиерот Иван Стојанов, пак, на прес-конференција во Охрид оцени дека реформата е клучна. "
                  "Лидерката Ана Ристова, пак, на својот профил на Фејсбук напиша дека изборите ќе бидат фер.",
                  entity("M", "Марко Петров", "PER"), entity("I", "Иван Стојанов", "PER"),
                  entity("A", "Ана Ристова", "PER"), entity("O", "Охрид", "GPE"), entity("F", "Фејсбук", "ORG"))
    assert [q.speaker for q in doc.quotes] == ["M", "I", "A"]


def test_an_apposed_name_then_the_outlet_it_spoke_to_speaks_and_the_outlet_relays():
    q = only(analyse("Портпаролката на полицијата, мајор Ана Илиевска, за агенцијата Анадолија изјави дека патот е затворен.",
                     entity("A", "Ана Илиевска", "PER"), entity("N", "Анадолија", "ORG", sector="JRN")))
    assert (q.speaker, q.reported_by) == ("A", "N")


def test_a_relay_after_an_attribution_with_an_adverbial_of_occasion_relays_it():
    doc = analyse("„Ќе помогнеме“, изјави Марко Петров по средбата со градоначалниците во Битола, пренесува МИА.",
                  entity("M", "Марко Петров", "PER"), entity("B", "Битола", "GPE"), entity("A", "МИА", "ORG", sector="JRN"))
    q = only(doc)
    assert (q.speaker, q.reported_by) == ("M", "A")


def test_an_office_after_a_possessive_speaks_for_its_owner():
    doc = analyse("Пратеникот Марко Петров изјави дека седницата е нелегална. "
                  "Спикерот Иван Стојанов ја закажа седницата за петок, а неговиот кабинет соопшти дека расправата ќе трае два дена.",
                  entity("M", "Марко Петров", "PER"), entity("I", "Иван Стојанов", "PER"))
    assert [q.speaker for q in doc.quotes] == ["M", "I"]


def test_a_body_described_by_a_relative_clause_speaks_in_its_own_statement():
    q = only(analyse("Мисијата на Светската банка, која престојуваше во Битола, во своето соопштение оцени дека растот ќе забави.",
                     entity("W", "Светската банка", "ORG"), entity("B", "Битола", "GPE")))
    assert q.speaker_text.startswith("Мисијата на Светската банка")


def test_a_paraphrase_of_an_office_speaks_for_the_person_named_with_that_office():
    def stevic():
        return entity("S", "Лазар Стевиќ", "PER", "Лазар Стевиќ")
    text = "{} Лазар Стевиќ допатува во Рим. „Соработката е добра“, додаде {}."
    for named, paraphrase in (("Министерот за надворешни работи", "шефот на дипломатијата"),
                              ("Шефот на дипломатијата", "министерот"), ("Министерот за одбрана", "шефот на одбраната")):
        assert only(analyse(text.format(named, paraphrase), stevic())).speaker == "S"
    # the paraphrase names the foreign minister, not the defence minister nor the premier
    for named in ("Министерот за одбрана", "Премиерот"):
        assert only(analyse(text.format(named, "шефот на дипломатијата"), stevic())).speaker is None


def test_a_body_of_one_state_seated_in_anothers_capital_does_not_speak_for_the_capital():
    text = "Унгарската амбасада во Рим соопшти дека конзулатот ќе работи и во сабота."
    hungary = Entity(id="E1", name="Унгарија", type="GPE", country="HUN", kb_id="gpe:hungary",
                     mentions=[Mention(start=0, end=len("Унгарската"), text="Унгарската", sentence=0, kind="demonym")])
    rome = Entity(id="E2", name="Рим", type="GPE", country="ITA", kb_id="gpe:rome")
    q = only(analyse(text, (hungary, ()), (rome, ("Рим",))))
    assert q.speaker_text == "Унгарската амбасада во Рим" and q.speaker != "E2"
    italian = Entity(id="E1", name="Италија", type="GPE", country="ITA", kb_id="gpe:italy",
                     mentions=[Mention(start=0, end=len("Италијанската"), text="Италијанската", sentence=0, kind="demonym")])
    own = only(analyse("Италијанската влада во Рим соопшти дека конзулатот ќе работи и во сабота.",
                       (italian, ()), (Entity(id="E2", name="Рим", type="GPE", country="ITA", kb_id="gpe:rome"), ("Рим",))))
    assert own.speaker == "E2"


# --- session 32: present-tense asking, `се прашува`, long quotes continued, opening subjects ---

def test_a_present_tense_question_verb_attributes_the_quotation():
    doc = analyse("„Кој ќе ги плати сметките?“ прашува Ана Стојанова. „Никој не знае.“")
    assert [q.speaker_text for q in doc.quotes] == ["Ана Стојанова", "Ана Стојанова"]
    twin = analyse("„Кој ќе ги плати сметките?“ Ана Стојанова го прочита писмото. „Никој не знае.“")
    assert twin.quotes[0].speaker_text is None


def test_wondering_after_se_does_not_cut_a_reported_clause():
    q = only(analyse("Марко Петров рече дека нешто не е во ред и се прашува како да се реши проблемот."), direct=False)
    assert q.text == "нешто не е во ред и се прашува како да се реши проблемот"
    twin = analyse("Марко Петров рече дека нешто не е во ред и прашува како да се реши проблемот.")
    assert [q.text for q in twin.quotes if not q.direct] == ["нешто не е во ред"]


def test_a_quote_continues_one_of_several_sentences_in_the_paragraph_before():
    doc = analyse("„Тоа не е точно. Ние сме чесни. Никого не навредивме,“ изјави Марко Петров за „Post“.\n"
                  "„Но, дали вие би го направиле истото?“", entity("M", "Марко Петров", "PER"))
    last = doc.quotes[-1]
    assert (last.speaker, last.rule) == ("M", "direct:continued+reported_by=Post")
    twin = analyse("„Тоа не е точно. Ние сме чесни. Никого не навредивме,“ изјави Марко Петров за „Post“.\n"
                   "Судот ќе одлучи. Тоа ќе трае. Сведоците чекаат.\n"
                   "„Но, дали вие би го направиле истото?“", entity("M", "Марко Петров", "PER"))
    assert twin.quotes[-1].speaker is None


def test_an_opening_role_or_noun_speaks_past_a_description_after_it():
    assert only(analyse("Министерката, 45, изјави дека училиштата се отвораат.")).speaker_text == "Министерката"
    assert only(analyse("Податоците, собрани од 74 училишта, покажаа дека учениците напредуваат.")).speaker_text == "Податоците"
    twin = only(analyse("Во петокот, на седницата, изјави дека училиштата се отвораат."))
    assert twin.speaker_text is None


def test_a_share_of_people_before_the_verb_speaks():
    assert only(analyse("Освен тоа, 38 проценти изјавиле дека владата лаже.")).speaker_text == "38 проценти"
    assert only(analyse("Педесет и осум проценти од гласачите рекоа дека таа не треба да се кандидира.")).speaker_text == \
        "Педесет и осум проценти од гласачите"
    assert only(analyse("Околу половина од учесниците рекле дека разговарале со семејството.")).speaker_text == "половина од учесниците"
    # a percent that modifies a noun after it is no share of people
    assert only(analyse("Околу 20 проценти повеќе граѓани рекле дека се задоволни.")).speaker_text is None


def test_a_share_is_relayed_by_the_poll_of_a_body():
    doc = analyse("Анкетата на Галуп покажува дека 41 процент од граѓаните ја поддржуваат владата, додека 35 проценти рекле дека се против.",
                  entity("G", "Галуп", "ORG"))
    assert [(q.speaker_text, q.reported_by) for q in doc.quotes] == [("Анкетата на Галуп", None), ("35 проценти", "G")]
    inside = only(analyse("Околу половина од учесниците во студијата на Галуп рекле дека разговарале со семејството.",
                          entity("G", "Галуп", "ORG")))
    assert inside.reported_by == "G" and "reported_by=Галуп" in inside.rule
    # a person who spoke before relays no share
    twin = analyse("Министерот Марко Петров рече дека владата е стабилна. Освен тоа, 35 проценти рекле дека се против.",
                   entity("P", "Марко Петров", "PER"))
    assert twin.quotes[-1].reported_by is None


def test_a_relative_pronoun_right_after_a_persons_name_stands_for_it():
    q = only(analyse("Поддршка дојде од Ана Петровска која на Твитер напиша: „Браво за храброста.“", entity("A", "Ана Петровска", "PER")))
    assert q.speaker == "A"
    twin = only(analyse("Поддршка дојде од училиштето кое на Твитер напиша: „Браво за храброста.“", entity("A", "Ана Петровска", "PER")))
    assert twin.speaker is None


def test_a_share_speaking_is_a_count_of_the_poll_that_relays_it():
    doc = analyse("Само 10 проценти од учесниците во студијата на Галуп рекле дека зборувале со децата.", entity("G", "Галуп", "ORG"))
    assert [(c.text, c.source, c.source_text) for c in doc.claims] == [("10 проценти", "G", "Галуп")]
    twin = analyse("Само 10 проценти од учесниците во студијата рекле дека зборувале со децата.", entity("G", "Галуп", "ORG"))
    assert [(c.text, c.source) for c in twin.claims] == [("10 проценти", None)]


def test_a_share_after_a_relayed_share_keeps_its_relay():
    doc = analyse("Околу половина од учесниците во студијата на Галуп рекле дека разговарале со семејството. "
                  "Само 10 проценти рекле дека зборувале со децата.", entity("G", "Галуп", "ORG"))
    assert [q.reported_by for q in doc.quotes] == ["G", "G"]
    twin = analyse("Марко Петров рече дека разговарал со семејството. Само 10 проценти рекле дека зборувале со децата.",
                   entity("G", "Галуп", "ORG"), entity("P", "Марко Петров", "PER"))
    assert [q.reported_by for q in twin.quotes] == [None, None]


def test_a_news_sources_cue_after_a_colon_quotation_relays_it():
    q = only(analyse("Претседателот Марко Петров пристигна во градот и порача: „Работете ден и ноќ. Дали сте подготвени?“ објави „Канал Пет“.",
                     entity("P", "Марко Петров", "PER")))
    assert q.speaker == "P" and "reported_by=Канал Пет" in q.rule
    twin = only(analyse("Претседателот Марко Петров пристигна во градот и порача: „Работете ден и ноќ. Дали сте подготвени?“",
                        entity("P", "Марко Петров", "PER")))
    assert twin.speaker == "P" and "reported_by" not in twin.rule


# --- session 33: indefinite and counted subjects, speakers and where they are ----------------

PETROV = entity("P", "Марко Петров", "PER")


@pytest.mark.parametrize("clause, speaker", [
    ("Другите молчеа, а една жена призна дека цените се превисоки.", "една жена"),
    ("Иако гласањето не обврзува, доволно членови на советот рекоа дека ќе го почитуваат.", "доволно членови на советот"),
    ("На крајот од собирот, група студенти изјавија дека ќе протестираат.", "група студенти"),
    ("Салата молчеше, а еден човек изјави за весникот: „Сите се исплашија.“", "еден човек"),
])
def test_an_indefinite_or_counted_subject_speaks(clause, speaker):
    doc = analyse("Марко Петров зборуваше за буџетот. " + clause, PETROV)
    assert [q.speaker_text for q in doc.quotes] == [speaker]


def test_an_indefinite_word_inside_an_adverbial_is_no_subject():
    doc = analyse("Марко Петров изјави дека буџетот е готов. Во една емисија рече дека цените се превисоки.", PETROV)
    assert [q.speaker for q in doc.quotes] == ["P", "P"]


def test_speakers_and_where_they_are_speak_after_a_clause_opener():
    doc = analyse("Марко Петров зборуваше за платите. Рокот е месец, како што работниците во фабриката велат дека беше порано.", PETROV)
    assert [q.speaker_text for q in doc.quotes] == ["работниците во фабриката"]
    twin = analyse("Марко Петров изјави дека платите доцнат. Рокот е месец, а на средбата во фабриката рече дека беше порано.", PETROV)
    assert [q.speaker for q in twin.quotes] == ["P", "P"]


def test_a_subject_borrowed_from_an_earlier_sentence_relays_nothing():
    doc = analyse("Марко Петров зборуваше за изборите. Сепак, анкетата објавена во четвртокот покажа дека "
                  "многу гласачи мислат дека тој треба да се повлече.", PETROV)
    inner = next(q for q in doc.quotes if q.text.startswith("тој"))
    assert (inner.speaker_text, inner.reported_by) == ("многу гласачи", None) and "reported_by" not in inner.rule
    twin = analyse("Марко Петров изјави дека многу гласачи мислат дека тој треба да се повлече.", PETROV)
    inner = next(q for q in twin.quotes if q.text.startswith("тој"))
    assert (inner.speaker_text, inner.reported_by) == ("многу гласачи", "P")


def test_a_place_in_the_adverbial_after_an_inverted_speaker_is_no_speaker():
    q = only(analyse("Бројот на заразени е намален, рекоа здравствените власти на собир во градот Охрид.",
                     entity("O", "Охрид", "GPE")))
    assert (q.speaker, q.speaker_text) == (None, "здравствените власти")
    twin = only(analyse("Бројот на заразени е намален, рече 40-годишната професорка по хемија Ана Стојанова.",
                        entity("A", "Ана Стојанова", "PER")))
    assert twin.speaker == "A"
    twin = only(analyse("Бројот на заразени е намален, соопшти полицијата на Охрид.", entity("O", "Охрид", "GPE")))
    assert twin.speaker_text == "полицијата на Охрид"


def test_a_body_named_in_a_roles_complement_leaves_the_apposed_name_to_speak():
    q = only(analyse("„Патиштата до пристаништата се лоши“, рече за МИА претседателот на македонската Стопанска комора, Бранко Азески.",
                     entity("K", "Стопанска комора", "ORG"), entity("B", "Бранко Азески", "PER")))
    assert (q.speaker, q.speaker_text) == ("B", "Бранко Азески")
    twin = only(analyse("„Патиштата до пристаништата се лоши“, рече за МИА советникот на министерката Ана Стојанова.",
                        entity("A", "Ана Стојанова", "PER")))
    assert (twin.speaker, twin.speaker_text) == ("A", "Ана Стојанова")


@pytest.mark.parametrize("cue", ["рече", "ѝ рече"])
def test_one_mark_closes_an_inner_quotation_and_the_quote_before_its_cue(cue):
    doc = analyse(f"„Владата инсистира на реформи и се противи на „законот за даноци“, {cue} Ана Стојанова. Потоа замина.",
                  entity("A", "Ана Стојанова", "PER"))
    q = only(doc)
    assert (q.text, q.speaker, q.rule) == ("Владата инсистира на реформи и се противи на „законот за даноци", "A", "direct:inverted")


def test_an_inner_quotation_closed_before_other_words_leaves_the_quote_open():
    doc = analyse("„Министерството го спомена „законот за даноци“, а потоа го повлече предлогот“, рече Ана Стојанова.",
                  entity("A", "Ана Стојанова", "PER"))
    q = only(doc)
    assert q.text.endswith("а потоа го повлече предлогот") and q.speaker == "A"


def test_a_bodys_web_page_is_a_document_that_makes_the_body_the_speaker():
    q = only(analyse("„Институтот ќе отвори нови курсеви“, се вели на веб-страницата на Институтот Ново знаење.",
                     entity("I", "Институтот Ново знаење", "ORG")))
    assert q.speaker == "I"
    twin = only(analyse("„Институтот ќе отвори нови курсеви“, се вели на средбата на Институтот Ново знаење.",
                        entity("I", "Институтот Ново знаење", "ORG")))
    assert twin.speaker is None


def test_an_indefinite_statement_noun_after_a_verb_of_speech_makes_no_second_quote():
    doc = analyse("Синдикатите изразија уверување дека платите ќе пораснат.")
    assert [(q.text, q.speaker_text) for q in doc.quotes] == [("платите ќе пораснат", "Синдикатите")]
    twin = analyse("Пратеничката Ана Стојанова ги отфрли обвинувањата дека член на нејзиниот тим ги објавил податоците.",
                   entity("A", "Ана Стојанова", "PER"))
    assert any(q.speaker is None and q.text.startswith("член на нејзиниот тим") for q in twin.quotes)


def test_a_relative_pronoun_doubled_by_its_clitic_before_a_label_is_the_object():
    q = only(analyse("Синдикатот жестоко го нападна новиот закон, кој го нарече „срамен и неправеден“."))
    assert (q.text, q.speaker_text) == ("срамен и неправеден", "Синдикатот")
    twin = only(analyse("Синдикатот жестоко го нападна министерот Петар Илиев, кој го окарактеризира предлогот како „срамен и неправеден“.",
                        entity("P", "Петар Илиев", "PER")))
    assert twin.speaker == "P"


def test_an_adverb_after_an_opening_common_noun_is_no_part_of_the_subject():
    q = only(analyse("Опозицијата гласно ја осуди одлуката, која ја опиша како „срамна“."))
    assert q.speaker_text == "Опозицијата"
    twin = only(analyse("Македонското министерство го опиша предлогот како „срамен“."))
    assert twin.speaker_text == "Македонското министерство"


def test_an_outlet_read_into_a_speakers_name_stays_out_of_the_speaker():
    q = only(analyse("„Договорот е голем чекор напред“, рече Ана Стојанова за SETimes.",
                     entity("A", "Ана Стојанова за SETimes", "ORG")))
    assert (q.speaker, q.speaker_text) == ("A", "Ана Стојанова")
    twin = only(analyse("„Договорот е голем чекор напред“, рече Министерството за здравство.",
                        entity("M", "Министерството за здравство", "ORG")))
    assert twin.speaker_text == "Министерството за здравство"


def test_a_member_of_a_body_speaks_after_an_opening_adverb():
    doc = analyse("Марко Петров изјави дека нема договор. Јавно познат член на советот изјавил дека буџетот доцни.", PETROV)
    assert [q.speaker_text for q in doc.quotes] == ["Марко Петров", "познат член на советот"]
    twin = analyse("Марко Петров изјави дека нема договор. По средбата со член на советот изјавил дека буџетот доцни.", PETROV)
    assert [q.speaker for q in twin.quotes] == ["P", "P"]


def test_a_things_evidence_inside_a_statement_is_the_speakers_argument():
    # (`покажува` with a plain noun as subject: no statement of the attack's, relayed by the speaker)
    doc = analyse("Премиерката изјави дека нападот покажува оти соседите не сакаат мир.")
    q = only(doc)
    assert (q.text, q.speaker_text, q.rule) == ("нападот покажува оти соседите не сакаат мир", "Премиерката", "indirect:that")
    # inside a news source's report the study still speaks, the agency relays it
    doc = analyse("Агенцијата објави дека истражувањето покажува оти соседите не сакаат мир.")
    q = only(doc)
    assert (q.text, q.speaker_text) == ("соседите не сакаат мир", "истражувањето") and "reported_by=Агенцијата" in q.rule


def test_the_document_a_body_speaks_in_is_an_adverbial_before_the_body():
    doc = analyse("Во соопштението амбасадата предупреди дека испораките ќе имаат сериозни последици.")
    assert only(doc).speaker_text == "амбасадата"
    doc = analyse("Во извештајот комисијата оцени дека реформите доцнат.")
    assert only(doc).speaker_text == "комисијата"
    # a possessive or an adjective between the preposition and the document
    doc = analyse("Во своето соопштение амбасадата предупреди дека испораките ќе имаат сериозни последици.")
    assert only(doc).speaker_text == "амбасадата"
    doc = analyse("Во нивниот годишен извештај инспекторите оценија дека реформите доцнат.")
    assert only(doc).speaker_text == "инспекторите"
    # with no words after it, the document itself is what the cue has
    doc = analyse("Во соопштението се предупреди дека испораките ќе имаат сериозни последици.")
    assert only(doc).speaker_text == "соопштението"


def test_a_role_form_that_qualifies_a_group_is_no_role():
    doc = analyse("Шефот на пратеничката група изјави дека буџетот е нереален.")
    assert only(doc).speaker_text == "Шефот на пратеничката група"
    doc = analyse("Пратеничката изјави дека буџетот е нереален.")
    assert only(doc).speaker_text == "Пратеничката"


# --- speakers the sentence around a cue gives ------------------------------------------------

def test_a_role_with_a_states_adjective_does_not_refer_back_to_the_holder_of_that_office_of_another_state():
    doc = analyse("Поранешниот украински претседател Иван Петренко ја потпиша спогодбата. "
                  "Рускиот претседател рече дека Киев мора да ја спроведе.",
                  entity("P", "Иван Петренко", "PER"), (Entity(id="U", name="Украина", type="GPE", country="UKR"), ("украински",)),
                  (Entity(id="R", name="Русија", type="GPE", country="RUS"), ("Рускиот",)), demonyms=("украински", "Рускиот"))
    assert only(doc).speaker != "P"


def test_a_role_with_the_same_states_adjective_refers_back_to_the_holder_of_that_office():
    doc = analyse("Поранешниот руски претседател Иван Петренко ја потпиша спогодбата. "
                  "Рускиот претседател рече дека Киев мора да ја спроведе.",
                  entity("P", "Иван Петренко", "PER"), (Entity(id="R", name="Русија", type="GPE", country="RUS"), ("руски", "Рускиот")),
                  demonyms=("руски", "Рускиот"))
    assert only(doc).speaker == "P"


def test_a_dropped_subject_after_a_contrast_is_the_person_an_opening_role_phrase_ends_in():
    doc = analyse("Поранешниот претседател Иван Петренко ја потпиша спогодбата. Претседателот на Европскиот совет Марко Јанев "
                  "изјави дека санкциите остануваат, но предупреди дека Унијата е подготвена да дејствува.",
                  entity("P", "Иван Петренко", "PER"), entity("E", "Европски совет", "ORG", "Европскиот совет"), entity("M", "Марко Јанев", "PER"))
    assert [q.speaker for q in doc.quotes] == ["M", "M"]


def test_a_dropped_subject_after_an_opening_role_phrase_without_a_name_is_the_roles_holder_named_before():
    doc = analyse("Поранешниот претседател Иван Петренко ја потпиша спогодбата. Претседателот на Европскиот совет "
                  "изјави дека санкциите остануваат, но предупреди дека Унијата е подготвена да дејствува.",
                  entity("P", "Иван Петренко", "PER"), entity("E", "Европски совет", "ORG", "Европскиот совет"))
    assert doc.quotes[-1].speaker == "P"


def test_time_words_and_place_adverbials_after_a_parenthesis_leave_the_subject_before_it():
    doc = analyse("Ана Петрова го прими Марко Јанев. Јанев, пак, денеска во Охрид изјави дека владата лаже.",
                  entity("A", "Ана Петрова", "PER"), entity("M", "Марко Јанев", "PER", "Марко Јанев", "Јанев"))
    assert only(doc).speaker == "M"


def test_a_time_word_before_a_common_noun_subject_leaves_that_subject():
    doc = analyse("Ана Петрова го прими Марко Јанев. Јанев, пак, денеска граѓаните во Охрид изјавија дека владата лаже.",
                  entity("A", "Ана Петрова", "PER"), entity("M", "Марко Јанев", "PER", "Марко Јанев", "Јанев"))
    assert "граѓаните" in only(doc).speaker_text


def test_a_set_parenthesis_phrase_before_a_request_verb_makes_no_inverted_attribution():
    doc = analyse("Марко Јанев, од своја страна, побара Агенцијата да испрати опрема.",
                  entity("M", "Марко Јанев", "PER"), entity("A", "Агенцијата", "ORG"))
    assert not any(q.speaker == "A" for q in doc.quotes)


def test_an_inverted_attribution_after_a_statement_still_names_its_speaker():
    doc = analyse("Границата е долга и опремата е стара, изјави Марко Јанев.", entity("M", "Марко Јанев", "PER"))
    assert only(doc).speaker == "M"


def test_a_dropped_subject_of_a_kako_shto_aside_is_the_subject_of_its_sentence():
    doc = analyse("„Соработката е добра“, изјави Ана Петрова. Марко Јанев побара помош од министерството, бидејќи, "
                  "како што рече, границата е долга.", entity("A", "Ана Петрова", "PER"), entity("M", "Марко Јанев", "PER"))
    aside = next(q for q in doc.quotes if "границата" in q.text)
    assert aside.speaker == "M"


def test_a_kako_shto_aside_in_a_sentence_without_a_subject_goes_on_with_the_last_speaker():
    doc = analyse("„Соработката е добра“, изјави Ана Петрова. Следната година, како што рече, ќе стигне новата опрема.",
                  entity("A", "Ана Петрова", "PER"))
    aside = next(q for q in doc.quotes if "опрема" in q.text)
    assert aside.speaker == "A"


@pytest.mark.parametrize("document, body", [("соопштението", "F"), ("соопштението на Фондот", "D")])
def test_an_unnamed_statement_after_a_sentence_about_a_body_is_that_bodys_a_named_one_its_owners(document, body):
    doc = analyse("„Ова е внатрешна работа“, изјави Марко Јанев. Министерството за надворешни работи ги осуди апсењата. "
                  f"„Режимот одговара со репресија“, се вели во {document}.",
                  entity("M", "Марко Јанев", "PER"), entity("F", "Министерството за надворешни работи", "ORG"), entity("D", "Фондот", "ORG"))
    assert [q.speaker for q in doc.quotes] == ["M", body]


@pytest.mark.parametrize("clause, speaker", [("По потпишувањето, од синдикатот предупредија", "синдикатот"),
                                             ("По потпишувањето предупредија", "Марко Јанев")])
def test_a_body_after_od_speaks_also_past_an_opening_adverbial_and_its_comma(clause, speaker):
    doc = analyse(f"„Договорот е добар“, изјави Марко Јанев. {clause} дека ќе излезат на улица.", entity("M", "Марко Јанев", "PER"))
    assert doc.quotes[-1].speaker_text == speaker
