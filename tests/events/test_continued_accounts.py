"""Dates carried along an account: a headline's act told again in the lead (sentences written for these tests)."""
from __future__ import annotations

from tests.events.helpers import Ent, coded

HUNGARY = Ent(("Унгарија",), country="HUN")
HUNGARIAN_GOVERNMENT = Ent(("Унгарската влада",), "ORG", "HUN", "GOV")
RUSSIA = Ent(("Русија",), country="RUS")
LITHUANIA = Ent(("Литванија",), country="LTU")
PUBLISHED = "2025-03-12"  # a Wednesday


def _headline_event(doc, kind):
    return next(e for e in doc.events if e.sentence == 0 and e.type == kind)


def test_a_headline_act_whose_recipient_is_no_party_takes_the_lead_acts_day():
    doc = coded("Унгарија го затвори воздушниот простор за руски авиони\n\n"
                "Будимпешта, 12 март (МИА) – Унгарската влада вчера го затвори својот воздушен простор "
                "за сите авиокомпании во руска сопственост.", [HUNGARY, HUNGARIAN_GOVERNMENT], PUBLISHED)
    ev = _headline_event(doc, "SANCTION")
    assert ev.date == "2025-03-11" and "date:headline" in ev.rule


def test_a_headline_act_told_in_the_lead_by_the_same_trigger_uncoded_takes_the_leads_day():
    doc = coded("Русија изведе воени вежби на Балтикот\n\n"
                "Москва, 12 март (МИА) – Северната флота во вторникот започна големи воени вежби во Балтичкото Море, "
                "во кои учествуваат дваесет бродови.", [RUSSIA], PUBLISHED)
    assert _headline_event(doc, "MOBILIZE").date == "2025-03-11"


def test_a_headline_act_the_lead_tells_in_a_content_clause_takes_the_leads_day():
    doc = coded("Унгарија го затвори воздушниот простор за руски авиони\n\n"
                "Будимпешта, 12 март (МИА) – Унгарската влада вчера соопшти дека го затвори својот воздушен простор "
                "за сите авиокомпании во руска сопственост.", [HUNGARY, HUNGARIAN_GOVERNMENT], PUBLISHED, quotes=True)
    assert _headline_event(doc, "SANCTION").date == "2025-03-11"


def test_a_headline_over_a_lead_with_no_day_keeps_the_publication_date():
    doc = coded("Унгарија го затвори воздушниот простор за руски авиони\n\n"
                "Будимпешта, 12 март (МИА) – Унгарската влада го затвори својот воздушен простор "
                "за сите авиокомпании во руска сопственост.", [HUNGARY, HUNGARIAN_GOVERNMENT], PUBLISHED)
    assert _headline_event(doc, "SANCTION").date == PUBLISHED


def test_another_sides_reaction_in_the_headline_keeps_the_publication_date():
    doc = coded("Русија изведе воени вежби на Балтикот, Литванија ги осуди\n\n"
                "Москва, 12 март (МИА) – Северната флота во вторникот започна големи воени вежби во Балтичкото Море.",
                [RUSSIA, LITHUANIA], PUBLISHED)
    assert _headline_event(doc, "MOBILIZE").date == "2025-03-11"
    assert _headline_event(doc, "ACCUSE").date == PUBLISHED


PETROU = Ent(("Јанис Петру", "Петру"), "PER", "GRC", "GOV")
GREECE = Ent(("Грција",), country="GRC")
ALBANIA = Ent(("Албанија",), country="ALB")
ALBANIAN_MINISTER = Ent(("Елса Хоџа", "Хоџа"), "PER", "ALB", "GOV")


def test_the_same_speakers_further_words_take_the_day_of_the_dated_statement():
    doc = coded("Министерот Јанис Петру вчера во Собранието изјави дека соработката со соседите е приоритет. "
                "Петру ја обвини Албанија за кршење на договорот.", [PETROU, GREECE, ALBANIA], PUBLISHED, quotes=True)
    ev = next(e for e in doc.events if e.type == "ACCUSE")
    assert ev.date == "2025-03-11"


def test_a_pronoun_speakers_added_words_after_a_quote_take_the_statements_day():
    doc = coded("Министерот Јанис Петру во вторникот изјави дека соработката со соседите е приоритет. "
                "„Тоа е нашата цел“, рече Петру. Тој ја повика Албанија да го почитува договорот.",
                [PETROU, GREECE, ALBANIA], PUBLISHED, quotes=True)
    ev = next(e for e in doc.events if e.type == "REQUEST")
    assert ev.date == "2025-03-11"


def test_another_speakers_reaction_to_a_dated_statement_keeps_the_publication_date():
    doc = coded("Министерот Јанис Петру вчера во Собранието изјави дека соработката со соседите е приоритет. "
                "Елса Хоџа ја обвини Грција за кршење на договорот.",
                [PETROU, GREECE, ALBANIA, ALBANIAN_MINISTER], PUBLISHED, quotes=True)
    ev = next(e for e in doc.events if e.type == "ACCUSE")
    assert ev.date == PUBLISHED


SERBIA = Ent(("Србија",), country="SRB")
SERBIAN_MINISTER = Ent(("Марко Ѓорѓевиќ", "Ѓорѓевиќ"), "PER", "SRB", "GOV")
DUTCH_MINISTER = Ent(("Хенк Вермеер",), "PER", "NLD", "GOV")


def test_an_act_at_the_session_referred_back_to_takes_its_day_past_a_year_in_an_aside():
    doc = coded("Министрите на Унијата вчера во Брисел ја сослушаа Србија во постапката, која е отворена уште во 2019 година. "
                "На седницата, холандскиот министер Хенк Вермеер побара Србија да ги спроведе реформите.",
                [SERBIA, DUTCH_MINISTER], PUBLISHED, quotes=True)
    assert next(e for e in doc.events if e.type == "REQUEST").date == "2025-03-11"


def test_an_act_on_the_margins_of_the_session_takes_its_day_past_a_year_in_an_aside():
    doc = coded("Министрите на Унијата вчера во Брисел ја сослушаа Србија во постапката, која е отворена уште во 2019 година. "
                "На маргините на седницата, Марко Ѓорѓевиќ ги отфрли забелешките на партнерите.",
                [SERBIA, SERBIAN_MINISTER], PUBLISHED, quotes=True)
    assert next(e for e in doc.events if e.type == "REJECT").date == "2025-03-11"


def test_an_act_with_no_link_to_the_session_keeps_the_publication_date():
    doc = coded("Министрите на Унијата вчера во Брисел ја сослушаа Србија во постапката, која е отворена уште во 2019 година. "
                "Холандскиот министер Хенк Вермеер побара Србија да ги спроведе реформите.",
                [SERBIA, DUTCH_MINISTER], PUBLISHED, quotes=True)
    assert next(e for e in doc.events if e.type == "REQUEST").date == PUBLISHED


def test_an_announcement_after_the_same_speakers_dated_statement_takes_its_day():
    court = Ent(("Уставниот суд",), "ORG", "GRC", "JUD")
    doc = coded("Министерот Јанис Петру вчера изјави дека Грција нема да ја почитува одлуката на арбитражата. "
                "Тој најави дека ќе поднесе жалба до Уставниот суд.", [PETROU, GREECE, court], PUBLISHED, quotes=True)
    appeal = next(e for e in doc.events if e.sentence == 1)
    assert appeal.status == "future" and appeal.date == "2025-03-11"


def test_a_pronoun_speakers_next_act_takes_the_telling_day_past_a_day_inside_what_was_said():
    doc = coded("Министерот Јанис Петру вчера изјави дека владата ќе ги отвори граничните премини уште денеска. "
                "Тој ја обвини Албанија за кршење на договорот.",
                [PETROU, GREECE, ALBANIA], PUBLISHED, quotes=True)
    assert next(e for e in doc.events if e.type == "ACCUSE").date == "2025-03-11"


def test_a_day_only_inside_what_was_said_dates_no_telling():
    doc = coded("Министерот Јанис Петру изјави дека владата вчера ги отвори граничните премини. "
                "Тој ја обвини Албанија за кршење на договорот.",
                [PETROU, GREECE, ALBANIA], PUBLISHED, quotes=True)
    assert next(e for e in doc.events if e.type == "ACCUSE").date == PUBLISHED



SERBIAN_ARMY = Ent(("Српската армија",), "ORG", "SRB", "MIL")


def test_a_headline_act_the_lead_tells_again_by_its_word_takes_the_lead_words_day():
    doc = coded("Србија започна воени вежби кај границата\n\n"
                "Српската армија во вторникот започна заеднички вежби на пешадијата и воздухопловството во близина на границата.",
                [SERBIA, SERBIAN_ARMY], PUBLISHED)
    ev = _headline_event(doc, "MOBILIZE")
    assert ev.date == "2025-03-11" and "date:headline" in ev.rule


def test_a_headline_act_whose_words_the_lead_does_not_repeat_keeps_the_publication_date():
    # (after a comma: the headline's first story is the lead's whatever its words, test_headline_first_story.py)
    doc = coded("Напнатост на југ, Србија започна воени вежби кај границата\n\n"
                "Српската армија во вторникот ги доврши заедничките маневри на пешадијата и воздухопловството во близина на границата.",
                [SERBIA, SERBIAN_ARMY], PUBLISHED)
    assert _headline_event(doc, "MOBILIZE").date == PUBLISHED


def _after_joint_signing(speaker):
    return coded("Министрите Марко Ѓорѓевиќ и Јанис Петру вчера во Солун потпишаа договор за изградба на нов железнички "
                 f"коридор. Потпишувањето траеше половина час. {speaker} изјави дека земјата ќе ѝ помогне на Србија да го "
                 "заврши проектот.", [SERBIAN_MINISTER, PETROU, ALBANIAN_MINISTER, SERBIA], PUBLISHED, quotes=True)


def test_one_of_a_dated_joint_acts_doers_next_act_takes_its_day():
    assert next(e for e in _after_joint_signing("Петру").events if e.type == "AGREE").date == "2025-03-11"


def test_a_next_act_by_one_who_was_not_among_the_joint_doers_keeps_the_publication_date():
    assert next(e for e in _after_joint_signing("Хоџа").events if e.type == "AGREE").date == PUBLISHED
