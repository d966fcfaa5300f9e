"""Find the knowledge base's surface forms in text, in whatever script and case they were indexed.

Forms and text are cut into word tokens and folded (`vesnik.text.translit.fold`: case, accents
and script), so `MIA` in the text meets the form `МИА` and `Vucic` meets `Вучиќ`. Case still
matters where it tells a name from a word: a name's capitalised words must be capitalised in
the text, and an acronym must be written in capitals (`ОН`, not the English word `on`).
The longest match wins.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

from vesnik.text.translit import fold

WORD = re.compile(r"\w+", re.UNICODE)
# what may stand between two words of one name: a space, a hyphen, an apostrophe, an initial's dot,
# a space and an opening quotation mark (`Универзитетот „Св. Кирил и Методиј“`), a comma where
# the form has one (`Синдикатот за здравство, фармација и социјална заштита`: only an indexed
# form goes on across it)
JOINER = re.compile(r"^(?:\s+|\s*[-‐‑–]\s*|['’]|\.\s*|\s+[„«]|,\s+)$")
OPENING, CLOSING = "„«", "“”»"


@dataclass(frozen=True)
class Form:
    actor_id: str
    kind: str  # name, alias, acronym, demonym, capital, anaphor
    label: str  # PER, ORG, GPE, LOC
    capitals: tuple[bool, ...]  # which words of the form start with a capital letter


@dataclass
class Match:
    start: int
    end: int
    forms: list[Form]

    @property
    def label(self) -> str:
        return self.forms[0].label

    @property
    def kinds(self) -> set[str]:
        return {f.kind for f in self.forms}


@lru_cache(maxsize=65536)
def _key(word: str) -> str:
    return fold(word)


class Gazetteer:
    def __init__(self, entries: Iterable[tuple[str, str, str, str]]):
        """`entries`: (form as written, actor id, kind, label)."""
        self.index: dict[tuple[str, ...], list[Form]] = defaultdict(list)
        self.prefixes: set[tuple[str, ...]] = set()  # every beginning of an indexed key: matching stops where none goes on
        for text, actor_id, kind, label in entries:
            words = WORD.findall(text)
            if not words:
                continue
            form = Form(actor_id, kind, label, tuple(w[:1].isupper() for w in words))
            key = tuple(_key(w) for w in words)
            if form not in self.index[key]:
                self.index[key].append(form)
            self.prefixes.update(key[:n] for n in range(1, len(key) + 1))
        self.first_keys = frozenset(prefix[0] for prefix in self.prefixes)

    def __len__(self) -> int:
        return len(self.index)

    def find(self, text: str) -> list[Match]:
        # (on every text: the words' keys and spans come from C-level calls, and only a word that
        # opens an indexed key is looked at further)
        tokens = WORD.findall(text)
        keys = list(map(_key, tokens))
        spans = list(map(re.Match.span, WORD.finditer(text)))
        opening = map(self.first_keys.__contains__, keys)
        matches: list[Match] = []
        resume = 0
        for i in compress(range(len(keys)), opening):
            if i < resume:
                continue
            longest, n = 0, 1
            while i + n <= len(keys) and tuple(keys[i:i + n]) in self.prefixes:
                forms = self.index.get(tuple(keys[i:i + n]))
                if forms is not None and self._joined(text, spans, i, n):
                    words = [(*spans[j], tokens[j]) for j in range(i, i + n)]
                    fitting = [f for f in forms if self._fits(f, words)]
                    if all(w.isupper() for _, _, w in words):  # `НИС` as written is the company's acronym, not the folded city `Ниш`
                        fitting.sort(key=lambda f: f.kind != "acronym")
                    if fitting:
                        longest, found = n, Match(spans[i][0], spans[i + n - 1][1], fitting)
                n += 1
            if longest:
                if any(q in text[found.start:found.end] for q in OPENING) and text[found.end:found.end + 1] in CLOSING:
                    found.end += 1  # the name's closing quotation mark, as its opening one is inside
                matches.append(found)
                resume = i + longest
        return matches

    @staticmethod
    def _joined(text: str, spans: list[tuple[int, int]], i: int, n: int) -> bool:
        return all(JOINER.match(text[spans[j][1]:spans[j + 1][0]]) for j in range(i, i + n - 1))

    @staticmethod
    def _fits(form: Form, words: list[tuple[int, int, str]]) -> bool:
        if form.kind == "acronym":  # `НАТО`, also with lower-case letters inside (`БиХ`), not `Бих`
            return all(w.isupper() or w.isdigit() or sum(ch.isupper() for ch in w) >= 2 for _, _, w in words)
        if form.kind == "demonym":
            return True
        if form.kind == "anaphor" and not words[0][2][:1].isupper():
            return False  # `Алијансата` may stand for NATO; `полицијата` is a common noun
        return all(w[:1].isupper() for cap, (_, _, w) in zip(form.capitals, words) if cap)
