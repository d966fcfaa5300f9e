"""Sentence boundaries on the reference article, on SETimes/NTREX text, and on hard cases."""
from __future__ import annotations

import spacy

from tests.shared_data import SEED, articles, needs_shared
from vesnik.document import Document
from vesnik.pipeline.default import build_pipeline
from vesnik.segment import spacy_doc, splitter


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in splitter("mk").split(text)]


@needs_shared
def test_seed_sentences():
    doc = build_pipeline("segment").run_one(Document(id="seed", source="seed", raw_text=SEED.read_text())).document
    texts = [doc.text[s.start:s.end] for s in doc.sentences]
    assert len(texts) == 15
    assert texts[0].endswith("објави во четврток државната медиумска агенција КЦНА.")
    assert texts[1].startswith("Ким и Путин се сретнаа во среда")
    assert texts[7].startswith("„Другарот Ким Џонг Ун") and texts[7].endswith("соопшти КЦНА.")
    assert texts[10].startswith("Разузнавачката агенција на Јужна Кореја") and "околу 2.000" in texts[10]


@needs_shared
def test_ntrex_lines_are_sentences():
    # NTREX articles are one sentence a line, translated by professionals: a good check that
    # the splitter neither merges lines nor splits inside them
    row = articles()["ntrex-bbc.381790"]
    lines = row["text"].split("\n")
    assert sentences(row["text"]) == lines


def test_abbreviations_numbers_initials_and_quotes():
    text = ("Д-р Петров, т.е. министерот, зборуваше со г-дин Ана во ул. Македонија бр. 5. "
            "Буџетот е 2,9 милијарди евра, односно 2.000 денари по глава. "
            "Роберт К. Остин пишува за SETimes. „Ќе победиме.“ Потоа тој замина. "
            "Дали ќе дојдеш? Да! Тоа е итн. Следната недела.")
    assert sentences(text) == [
        "Д-р Петров, т.е. министерот, зборуваше со г-дин Ана во ул. Македонија бр. 5.",
        "Буџетот е 2,9 милијарди евра, односно 2.000 денари по глава.",
        "Роберт К. Остин пишува за SETimes.",
        "„Ќе победиме.“",
        "Потоа тој замина.",
        "Дали ќе дојдеш?",
        "Да!",
        "Тоа е итн.",
        "Следната недела.",
    ]


def test_quote_closing_after_the_full_stop_with_speech_verb_is_one_sentence():
    assert sentences("„Ова е историски ден.“, рече премиерот. Собранието гласаше.") == [
        "„Ова е историски ден.“, рече премиерот.", "Собранието гласаше."]


def test_a_dateline_opening_a_line_is_a_sentence_of_its_own():
    assert sentences("Скопје, 12 март 2025 (МИА) – Владата ја усвои одлуката.\nБЕЛГРАД, Србија -- Министерот рече дека е задоволен.\n"
                     "Така, Германија -- најголемата економија -- ќе плати.") == [
        "Скопје, 12 март 2025 (МИА) –", "Владата ја усвои одлуката.", "БЕЛГРАД, Србија --", "Министерот рече дека е задоволен.",
        "Така, Германија -- најголемата економија -- ќе плати."]


def test_a_dateline_of_a_place_and_a_date_without_an_agency_is_a_sentence_of_its_own():
    assert sentences("Тирана, 7 мај – Премиерот ја посети Драч.\nАтина, 12.02.2026 – Министерот рече дека е задоволен.") == [
        "Тирана, 7 мај –", "Премиерот ја посети Драч.", "Атина, 12.02.2026 –", "Министерот рече дека е задоволен."]


def test_spacy_component_in_a_blank_pipeline():
    nlp = spacy.blank("mk")
    nlp.add_pipe("vesnik_sentencizer")
    doc = nlp("Проф. Ана дојде во Скопје. Таа рече „да“. Крај.")
    assert [s.text for s in doc.sents] == ["Проф. Ана дојде во Скопје.", "Таа рече „да“.", "Крај."]


def test_tokens_come_from_spacy_with_the_same_sentences():
    doc = build_pipeline("segment").run_one(
        Document(id="t", source="t", raw_text="Владата одлучи.Собранието гласаше за 2.000 мерки.")).document
    sdoc = spacy_doc(doc)
    assert [t.text for t in sdoc][:4] == ["Владата", "одлучи", ".", "Собранието"]
    assert [s.text for s in sdoc.sents] == ["Владата одлучи.", "Собранието гласаше за 2.000 мерки."]


def test_hard_wrapped_lines_go_on_while_a_headline_stays_apart():
    text = ("Наслов без точка\nВладата соопшти дека разговорите со соседите\nќе продолжат следната "
            "недела. Министерот потврди.\n\nНов пасус")
    assert [text[s:e] for s, e in splitter("mk").split(text)] == [
        "Наслов без точка",
        "Владата соопшти дека разговорите со соседите\nќе продолжат следната недела.",
        "Министерот потврди.",
        "Нов пасус",
    ]


def test_the_title_mr_written_in_cyrillic_does_not_end_a_sentence():
    assert sentences("Тоа го изјави Мр. Петровски. Потоа замина.") == ["Тоа го изјави Мр. Петровски.", "Потоа замина."]
