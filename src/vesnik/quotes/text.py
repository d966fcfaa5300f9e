"""Tokens of the text with their sentence, and the quotation-mark spans, for the quotes stage.

Quotation marks are first normalised the way the clean stage does (`„…“`, same length, so
offsets hold), so the stage reads `"…"`, `«…»`, `“…”` and `„…“` alike also when it runs on
text that did not go through the clean stage (the spaCy component).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import NamedTuple

from vesnik.clean.repair import normalise_punctuation
from vesnik.lang import resources
from vesnik.quotes.lexicon import reporting_words

# Numbers with their separators, words with inner hyphens and apostrophes (and a web domain's
# ending: `LiverpoolFC.com`), any other character alone.
TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:[-'’][^\W\d_]+)*(?:\.(?:com|org|net|mk|eu|uk|rs|bg|ru|info)\b)?|\S", re.UNICODE)
OPEN, CLOSE = "„", "“"
MARK_OR_LINE = re.compile("[„“\n]")
AFTER_CLOSE = re.compile(r",[ \t]*(\w+(?:[ \t]+\w+){0,2})")  # `“, рече`, `“, му рече`


class Token(NamedTuple):
    i: int
    start: int
    end: int
    text: str
    low: str
    sentence: int

    @property
    def cap(self) -> bool:
        return self.text[0].isupper()

    @property
    def word(self) -> bool:
        return self.text[0].isalpha()


@dataclass
class Marked:
    """A pair of quotation marks: `open`/`close` are the marks' offsets; the words between."""

    open: int
    close: int  # offset of the closing mark, or the end of the line for an unclosed quote
    start: int
    end: int
    closed: bool
    title: bool = False  # a name or title in quotation marks, not a quote


@dataclass
class Text:
    text: str
    lang: str
    sentences: list[tuple[int, int]]
    tokens: list[Token] = field(default_factory=list)
    marked: list[Marked] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)
    _sentence_ends: list[int] = field(default_factory=list)
    _sentence_ranges: list[range] = field(default_factory=list)  # each sentence's tokens (asked for again and again)

    @classmethod
    def read(cls, text: str, sentences: list[tuple[int, int]], lang: str) -> Text:
        """Abbreviations of the language keep their full stop: `г.`. The last text read is kept:
        the quotes and the events stages read the same document one after the other."""
        return _read(text, tuple(sentences), lang)

    @classmethod
    def _read(cls, text: str, sentences: tuple[tuple[int, int], ...], lang: str) -> Text:
        abbreviations = resources(lang).abbreviations
        text = normalise_punctuation(text)
        sentences = list(sentences) or [(0, len(text))]
        ends = [e for _, e in sentences]
        spans = list(map(re.Match.span, TOKEN.finditer(text)))
        words = [text[s:e] for s, e in spans]
        for n in reversed([n for n, word in enumerate(words) if word == "."]):  # an abbreviation keeps its full stop: `г.`
            if n and words[n] == "." and spans[n - 1][1] == spans[n][0] and words[n - 1].lower() in abbreviations:
                spans[n - 1] = (spans[n - 1][0], spans[n][1])
                words[n - 1] += "."
                del spans[n], words[n]
        starts = [s for s, _ in spans]
        # each sentence's tokens run up to the first that starts at or after its end (spaces between
        # sentences go to the next; the last takes the rest): a bisect per sentence, not per token
        bounds = [bisect_left(starts, end) for end in ends[:-1]] + [len(starts)]
        sentence_of: list[int] = []
        for sentence, (first, bound) in enumerate(zip([0, *bounds], bounds)):
            sentence_of += [sentence] * (bound - first)
        make = partial(tuple.__new__, Token)  # the C constructor: this runs for every token
        tokens = list(map(make, zip(range(len(spans)), starts, [e for _, e in spans], words,
                                    map(str.lower, words), sentence_of)))
        doc = cls(text, lang, sentences, tokens)
        doc._starts = starts
        doc._sentence_ends = ends
        doc._sentence_ranges = [range(doc.token_at(start), doc.token_at(end)) for start, end in sentences]
        doc.marked = doc._quotation_marks()
        return doc

    def token_at(self, offset: int) -> int:
        """Index of the first token starting at or after `offset`."""
        return bisect_right(self._starts, offset - 1)

    def sentence_tokens(self, sentence: int) -> range:
        return self._sentence_ranges[sentence]

    def sentence_of(self, offset: int) -> int:
        return min(bisect_right(self._sentence_ends, offset), len(self.sentences) - 1)

    def inside_marks(self, offset: int) -> Marked | None:
        for m in self.marked:
            if m.open <= offset <= m.close:
                return m
        return None

    def is_partial(self, m: Marked) -> bool:
        """A quotation inside a sentence (`ќе ја „целосно поддржи“`), not one that is the sentence."""
        first = self.token_at(m.open)
        sentence_first = self.sentence_tokens(self.tokens[first].sentence).start
        opens_clause = first == sentence_first or self.tokens[first - 1].text in ":–"
        return not (opens_clause and self.text[m.start:m.start + 1].isupper())

    def _quotation_marks(self) -> list[Marked]:
        """Outermost „…“ pairs. A quotation may run over paragraphs; one still open when a
        new paragraph opens another quotation ends at the end of its own paragraph."""
        found: list[Marked] = []
        depth = 0
        opened = line_end = -1
        text = self.text
        for m in MARK_OR_LINE.finditer(text):
            i, ch = m.start(), m.group()
            if ch == "\n":
                if depth and line_end < 0:
                    line_end = i
            elif ch == OPEN:
                if depth and line_end >= 0:
                    found.append(self._marked(opened, line_end, closed=False))
                    depth = 0
                if not depth:
                    opened, line_end = i, -1
                depth += 1
            elif depth:
                depth -= 1
                if depth and self._closes_before_cue(i + 1):
                    depth = 0  # `„X инсистира на „Y“, рече Z`: one mark closes the inner quotation and the quote
                if not depth:
                    found.append(self._marked(opened, i, closed=True))
        if depth:
            found.append(self._marked(opened, line_end if line_end >= 0 else len(text), closed=False))
        return found

    def _closes_before_cue(self, after: int) -> bool:
        """A comma and a verb of speech (past its clitics) follow offset `after`."""
        words = reporting_words(self.lang)
        found = AFTER_CLOSE.match(self.text, after)
        if found is None:
            return False
        following = found.group(1).lower().split()
        while following[:-1] and following[0] in words.clitics:
            following.pop(0)
        return following[0] in words.verbs

    def _marked(self, opened: int, close: int, closed: bool) -> Marked:
        start, end = opened + 1, close
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and (self.text[end - 1].isspace() or self.text[end - 1] in ",;:–"):
            end -= 1
        return Marked(opened, close, start, end, closed)


@lru_cache(maxsize=1)
def _read(text: str, sentences: tuple[tuple[int, int], ...], lang: str) -> Text:
    return Text._read(text, sentences, lang)
