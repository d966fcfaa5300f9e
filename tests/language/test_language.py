"""Language identification: Macedonian told apart from its neighbours, measured on NTREX."""
from __future__ import annotations

import json
from collections import defaultdict

from tests.shared_data import LID, SEED, needs_shared
from vesnik.document import Document
from vesnik.language import DOCUMENT_SAMPLE, identifier
from vesnik.pipeline.default import build_pipeline


def analyse(raw: str) -> Document:
    return build_pipeline().run_one(Document(id="t", source="t", raw_text=raw)).document


@needs_shared
def test_seed_is_macedonian_and_so_are_its_sentences():
    doc = analyse(SEED.read_text())
    assert doc.language == "mk" and not doc.warnings
    assert {s.language for s in doc.sentences} == {"mk"}


@needs_shared
def test_documents_of_neighbouring_languages_are_told_apart():
    docs: dict[tuple[str, str], list[str]] = defaultdict(list)
    with open(LID, encoding="utf-8") as fh:
        for row in map(json.loads, fh):
            if row["lang"] in ("mk", "bg", "sr-Cyrl", "ru", "uk"):
                docs[(row["lang"], row["doc"])].append(row["text"])
    ident = identifier()
    wrong = [(lang, d) for (lang, d), lines in list(docs.items())[::4]
             if ident.identify(" ".join(lines)[:DOCUMENT_SAMPLE]).language != lang]
    assert len(docs) // 4 > 100 and wrong == []


@needs_shared
def test_sentences_of_neighbouring_languages():
    per_lang: dict[str, list[str]] = defaultdict(list)
    with open(LID, encoding="utf-8") as fh:
        for row in map(json.loads, fh):
            per_lang[row["lang"]].append(row["text"])
    ident = identifier()
    for lang in ("mk", "bg", "sr-Cyrl", "ru", "uk"):
        sample = per_lang[lang][::20]
        right = sum(ident.identify(s).language == lang for s in sample)
        assert right / len(sample) >= 0.93, (lang, right, len(sample))


def test_other_language_is_tagged_and_warned_but_still_segmented():
    doc = analyse("Влада Републике Србије усвојила је нови закон. Министар је рекао да ће ступити на снагу у јуну.")
    assert doc.language == "sr-Cyrl"
    assert len(doc.sentences) == 2
    assert any("deeper analysis" in w.message for w in doc.warnings)


def test_a_foreign_sentence_inside_a_macedonian_document():
    doc = analyse("Премиерот се сретна со новинарите во Скопје и им одговараше на прашањата. "
                  "The prime minister said the talks were very productive and would continue next week. "
                  "Потоа тој замина за Брисел, каде ќе се сретне со претставниците на Европската комисија.")
    assert doc.language == "mk"
    assert [s.language for s in doc.sentences] == ["mk", "en", "mk"]
