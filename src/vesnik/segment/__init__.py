"""Sentences and tokens.

Sentences come from `SentenceSplitter` (character rules, fast); tokens from spaCy's language
class (`spacy.blank(lang)`), made when a later stage first asks for them, with the same
sentence boundaries. The splitter is also the spaCy component `vesnik_sentencizer`, usable
in any pipeline: `spacy.blank("mk").add_pipe("vesnik_sentencizer")`.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import cache

import spacy
from spacy.attrs import IDX, IS_ALPHA, IS_SPACE, LOWER, NORM, ORTH, PREFIX, SHAPE, SUFFIX
from spacy.language import Language
from spacy.tokens import Doc

from vesnik.document import Document, Sentence
from vesnik.lang import resources
from vesnik.pipeline import PipelineStep
from vesnik.segment.sentences import SentenceSplitter


@cache
def splitter(lang: str) -> SentenceSplitter:
    return SentenceSplitter(resources(lang))


def mark_sentences(doc: Doc, spans: list[tuple[int, int]]) -> Doc:
    """Set token sentence starts from character spans of sentences. Only the first token of each
    sentence is touched (the others stay "not a start")."""
    if not len(doc):
        return doc
    offsets = doc.to_array(IDX).tolist()  # a Token object per token would cost more than tokenizing
    doc[0].is_sent_start = True
    for start, _ in spans:
        i = bisect_left(offsets, start)
        if 0 < i < len(doc):
            doc[i].is_sent_start = True
    return doc


class VesnikSentencizer:
    def __init__(self, lang: str):
        self.splitter = splitter(lang)

    def __call__(self, doc: Doc) -> Doc:
        return mark_sentences(doc, self.splitter.split(doc.text))


@Language.factory("vesnik_sentencizer", default_config={"lang": None})
def make_sentencizer(nlp: Language, name: str, lang: str | None) -> VesnikSentencizer:
    return VesnikSentencizer(lang or nlp.lang)


# chunks of text whose tokens spaCy's tokenizer keeps: its default (10,000) is full within a hundred
# articles; an entry costs ~170 bytes (17 MB at most), less than the vocabulary's lexeme for it
TOKENIZER_CACHE_SIZE = 100_000
# the lexical attributes read from these Docs: the NER model's features (`NORM`, `PREFIX`,
# `SUFFIX`, `SHAPE`) and the entity rules' (`lower_`, `is_alpha`, `is_space`); the vocabulary
# computes every other one (`like_num`, `like_url`, `is_stop` …) for each new word, unread
LEXICAL_ATTRIBUTES_READ = (LOWER, NORM, PREFIX, SUFFIX, SHAPE, IS_ALPHA, IS_SPACE)


@cache
def make_nlp(lang: str = "mk") -> Language:
    """The blank spaCy pipeline that tokenizes documents for later stages.

    spaCy's tokenizer caches no chunk of a text after the first special case it meets in it, and
    its whitespace cases (`\\n` between paragraphs) are met in nearly every text. Those that only
    make the whitespace one token do what the tokenizer does without them: they go, and the
    tokens stay the same. A new word's lexeme gets only the attributes read downstream
    (`LEXICAL_ATTRIBUTES_READ`): the others cost as much as tokenizing it."""
    nlp = spacy.blank(lang)
    getters = nlp.vocab.lex_attr_getters
    nlp.vocab.lex_attr_getters = {attr: getters[attr] for attr in LEXICAL_ATTRIBUTES_READ if attr in getters}
    tokenizer = nlp.tokenizer
    tokenizer.rules = {orth: case for orth, case in tokenizer.rules.items()
                       if not (orth.isspace() and case == [{ORTH: orth}])}
    tokenizer.max_cache_size = TOKENIZER_CACHE_SIZE
    return nlp


def spacy_doc(doc: Document, lang: str = "mk") -> Doc:
    """The spaCy Doc of the document's cleaned text, with its sentences; made once."""
    if doc._spacy_doc is None:
        sdoc = make_nlp(lang)(doc.text)
        doc._spacy_doc = mark_sentences(sdoc, [(s.start, s.end) for s in doc.sentences])
    return doc._spacy_doc


class SegmentStep(PipelineStep):
    name = "segment"

    def __init__(self, lang: str = "mk"):
        super().__init__()
        self.splitter = splitter(lang)

    def process(self, doc: Document) -> Document:
        doc.sentences = [Sentence(index=i, start=s, end=e) for i, (s, e) in enumerate(self.splitter.split(doc.text))]
        self.stats["sentences"] += len(doc.sentences)
        return doc
