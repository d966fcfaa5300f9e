"""Search queries over the folded text, and snippets cut from the original text.

A query is words and "quoted phrases"; every one must match (AND). Each word, and the last
word of a phrase, matches as a prefix of a word (`влада` finds `владата`). Words are folded
like the text (`fold.py`), so `vucic` finds `Вучиќ` and `Скопје` finds `Skopje`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from vesnik.text.translit import fold, fold_with_offsets

_TERM = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"[^\W_]+")
_BLANKS = str.maketrans("\n\r\t\f\v", "     ")


@dataclass(frozen=True)
class Hit:
    """A found document: `snippet` is cut from its original text around the first match;
    `highlights` are the (start, end) offsets of the matches within `snippet`."""

    doc_id: str
    title: str | None
    published: date | None
    snippet: str
    highlights: tuple[tuple[int, int], ...] = field(default=())
    url: str | None = None
    source: str | None = None


def parse_query(query: str) -> list[list[str]]:
    """The terms of a query, each a list of folded words (one word, or a phrase)."""
    terms = []
    for phrase, word in _TERM.findall(query):
        words = _WORD.findall(fold(phrase or word))
        if words:
            terms.append(words)
    return terms


def fts_query(terms: list[list[str]]) -> str:
    """An FTS5 MATCH expression: all terms, each a phrase whose last word is a prefix."""
    return " ".join('"' + " ".join(words) + '"*' for words in terms)


def like_patterns(terms: list[list[str]]) -> list[str]:
    """LIKE patterns for the backends without FTS: the words of each term in order."""
    return ["%" + "%".join(words) + "%" for words in terms]


def _pattern(words: list[str]) -> re.Pattern[str]:
    body = r"[\W_]+".join(re.escape(word) for word in words)
    return re.compile(r"(?<![^\W_])" + body)


def snippet(text: str, terms: list[list[str]], width: int = 200) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A piece of `text` of about `width` characters around the first match of `terms`."""
    folded, offsets = fold_with_offsets(text)
    spans: list[tuple[int, int]] = []
    for words in terms:
        for match in _pattern(words).finditer(folded):
            start, end = match.span()
            # end of the match in the original: after the char the last folded char came from
            spans.append((offsets[start], offsets[end - 1] + 1))
    spans.sort()
    if not spans:
        cut_start, cut_end = 0, min(len(text), width)
    else:
        first_start, first_end = spans[0]
        cut_start = max(0, first_start - width // 3)
        cut_end = min(len(text), max(first_end, cut_start + width))
    cut_start = _word_start(text, cut_start)
    cut_end = _word_end(text, cut_end)
    prefix = "…" if cut_start > 0 else ""
    suffix = "…" if cut_end < len(text) else ""
    piece = text[cut_start:cut_end].translate(_BLANKS)
    shift = len(prefix) - cut_start
    highlights = tuple(
        (start + shift, end + shift) for start, end in spans if start >= cut_start and end <= cut_end
    )
    return prefix + piece + suffix, highlights


def _word_start(text: str, i: int) -> int:
    """Move `i` back to the start of the word it falls in (at most 20 chars)."""
    j = i
    while j > 0 and i - j < 20 and not text[j - 1].isspace():
        j -= 1
    return j if j == 0 or text[j - 1].isspace() else i


def _word_end(text: str, i: int) -> int:
    """Move `i` on to the end of the word it falls in (at most 20 chars)."""
    j = i
    while j < len(text) and j - i < 20 and not text[j].isspace():
        j += 1
    return j if j == len(text) or text[j].isspace() else i
