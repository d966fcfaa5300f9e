"""Rule-based sentence boundaries over characters, fast enough to run on every document.

A line break ends a sentence, unless the text is hard-wrapped: a line that does not end in
terminal punctuation, followed by one that starts with a lower-case letter, is one sentence
going on. Within a line, terminal punctuation (with any quotes or
brackets that close after it) followed by space and a capital, digit or opening quote
ends one, unless the word before the full stop is an abbreviation of the language (data:
`vesnik/lang/<lang>/abbreviations.tsv`) or an initial. Numbers such as `2.000` and `2,9`
never match, because a boundary needs white space after the punctuation. A dateline opening
a line (`Скопје, 12 март 2025 (МИА) –`, `БЕЛГРАД, Србија --`) is a sentence of its own.
"""
from __future__ import annotations

import re

from vesnik.lang import Resources

BOUNDARY = re.compile(r"[.!?…]+[“”\"»’')\]]*(?=[ \t]+[„\"«“(\[–—-]?[ \t]*[^\W_])", re.UNICODE)
WORD_BEFORE = re.compile(r"(\S+)$")
LINE = re.compile(r"[^\n]+")
ENDS_SENTENCE = re.compile(r"[.!?…:;“”\"»’')\]]\s*$")
# a dateline opening a line: a place in capitals (`БЕЛГРАД, Србија --`), a place and a source in
# brackets (`Скопје, 12 март 2025 (МИА) –`) or a place and a date (`Тирана, 7 мај –`), then a dash; it is no part of the first sentence's
# clause (the agency is not its subject)
DATELINE = re.compile(r"(?:[^\W\d_a-zа-џ][^\W\da-zа-џ.-]+(?: [^\W\d_a-zа-џ][^\W\da-zа-џ.-]+){0,2}, [^\n()]{1,40}?"
                      r"|[^\W\d_][\w.-]*(?: [^\W\d_][\w.-]*){0,2}, [^\n()]{0,40}?\([^()\n]{2,30}\)"
                      r"|[^\W\d_][\w.-]*(?: [^\W\d_][\w.-]*){0,2}, \d{1,2}(?:\.? [^\W\d_]+|\.\d{1,2}\.)(?: ?\d{4})?\.?)"
                      r"[ \t]*(?:–|—|--|-)[ \t]+(?=[„\"«]?[^\W\d_])")


class SentenceSplitter:
    def __init__(self, res: Resources):
        self.abbreviations = res.abbreviations
        self.final_abbreviations = res.sentence_final_abbreviations

    def split(self, text: str) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for block_start, block_end in _blocks(text):
            start = block_start
            dateline = DATELINE.match(text, block_start, block_end)
            if dateline:
                spans.append((start, dateline.end()))
                start = dateline.end()
            for m in BOUNDARY.finditer(text, block_start, block_end):
                if self._is_boundary(text, start, m):
                    spans.append((start, m.end()))
                    start = m.end()
            spans.append((start, block_end))
        return [trimmed for s, e in spans if (trimmed := _trim(text, s, e))]

    def _is_boundary(self, text: str, start: int, m: re.Match) -> bool:
        after = text[m.end():m.end() + 8].lstrip(" \t„\"«“([–—-")
        if not after or not (after[0].isupper() or after[0].isdigit()):
            return False
        if not m.group().startswith("."):
            return True
        before = WORD_BEFORE.search(text, start, m.start())
        if before is None:
            return False
        written = before.group(1).lstrip("„\"«“([")
        word = written.lower()
        if word in self.abbreviations:
            return word in self.final_abbreviations and not written[:1].isupper()
        return not (len(word) == 1 and word.isalpha())  # an initial: "К. Остин"


def _blocks(text: str) -> list[tuple[int, int]]:
    """Lines, with the lines of a hard-wrapped paragraph joined."""
    blocks: list[tuple[int, int]] = []
    for line in LINE.finditer(text):
        if (blocks and text[blocks[-1][1]:line.start()] == "\n" and line.group()[:1].islower()
                and not ENDS_SENTENCE.search(text, blocks[-1][0], blocks[-1][1])):
            blocks[-1] = (blocks[-1][0], line.end())
        else:
            blocks.append(line.span())
    return blocks


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None
