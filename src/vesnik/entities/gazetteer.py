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
from itertools import accumulate, compress

from vesnik.text.translit import fold, to_latin

WORD = re.compile(r"\w+", re.UNICODE)
WORDS_AND_GAPS = re.compile(rf"({WORD.pattern})")
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
    # an acronym written in a non-Latin script, its letters in capitals: text in that script must spell it
    # so (`СОС` folds as `ШОС` does, s/š, and is not that acronym)
    spelling: str | None = None


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


def _native_spelling(words: list[str]) -> str | None:
    """The words joined in capitals when they are written in a script other than Latin, else None."""
    joined = "".join(words).upper()
    return joined if to_latin(joined) != joined else None


class Gazetteer:
    def __init__(self, entries: Iterable[tuple[str, str, str, str]]):
        """`entries`: (form as written, actor id, kind, label)."""
        self.index: dict[tuple[str, ...], list[Form]] = defaultdict(list)
        self.prefixes: set[tuple[str, ...]] = set()  # every beginning of an indexed key: matching stops where none goes on
        for text, actor_id, kind, label in entries:
            words = WORD.findall(text)
            if not words:
                continue
            form = Form(actor_id, kind, label, tuple(w[:1].isupper() for w in words), _native_spelling(words) if kind == "acronym" else None)
            key = tuple(_key(w) for w in words)
            if form not in self.index[key]:
                self.index[key].append(form)
            self.prefixes.update(key[:n] for n in range(1, len(key) + 1))
        self.first_keys = frozenset(prefix[0] for prefix in self.prefixes)
        self.one_word_keys = frozenset(key[0] for key in self.index if len(key) == 1)

    def __len__(self) -> int:
        return len(self.index)

    def find(self, text: str) -> list[Match]:
        # (on every text: the words, their spans and the gaps between them come from C-level calls,
        # and only a word that opens an indexed key is looked at further)
        parts = WORDS_AND_GAPS.split(text)  # gap, word, gap, …, word, gap: word i is parts[2i + 1]
        tokens = parts[1::2]
        keys = list(map(_key, tokens))
        offsets = list(accumulate(map(len, parts)))  # word i runs from offsets[2i] to offsets[2i + 1]
        opening = map(self.first_keys.__contains__, keys)
        matches: list[Match] = []
        resume = 0
        for i in compress(range(len(keys)), opening):
            if i < resume or (keys[i] not in self.one_word_keys and (keys[i], *keys[i + 1:i + 2]) not in self.prefixes):
                continue  # (most such words open only longer keys that the next word does not go on)
            longest = self._longest(parts, tokens, keys, i)
            if longest:
                n, fitting = longest
                found = Match(offsets[2 * i], offsets[2 * (i + n) - 1], fitting)
                if any(q in text[found.start:found.end] for q in OPENING) and text[found.end:found.end + 1] in CLOSING:
                    found.end += 1  # the name's closing quotation mark, as its opening one is inside
                matches.append(found)
                resume = i + n
        return matches

    def _longest(self, parts: list[str], tokens: list[str], keys: list[str], i: int) -> tuple[int, list[Form]] | None:
        """The number of words and the forms of the longest indexed key that begins at word i,
        is joined as a name is and fits the words' case (`parts` as `find` cuts the text)."""
        lengths, key, n = [], (keys[i],), 1  # of the indexed keys beginning there, walking their prefixes
        while True:
            if key in self.index:
                lengths.append(n)
            if i + n == len(keys):
                break
            key += (keys[i + n],)
            if key not in self.prefixes:
                break
            n += 1
        for n in reversed(lengths):
            if not all(map(JOINER.match, parts[2 * i + 2:2 * (i + n):2])):
                continue
            words = tokens[i:i + n]
            fitting = [f for f in self.index[tuple(keys[i:i + n])] if self._fits(f, words)]
            if all(map(str.isupper, words)):  # `НИС` as written is the company's acronym, not the folded city `Ниш`
                fitting.sort(key=lambda f: f.kind != "acronym")
            if fitting:
                return n, fitting
        return None

    @staticmethod
    def _fits(form: Form, words: list[str]) -> bool:
        if form.kind == "acronym":  # `НАТО`, also with lower-case letters inside (`БиХ`), not `Бих`
            return (all(w.isupper() or w.isdigit() or sum(ch.isupper() for ch in w) >= 2 for w in words)
                    and form.spelling in (None, _native_spelling(words) or form.spelling))
        if form.kind == "demonym":
            return True
        if form.kind == "anaphor" and not words[0][:1].isupper():
            return False  # `Алијансата` may stand for NATO; `полицијата` is a common noun
        return all(w[:1].isupper() for cap, w in zip(form.capitals, words) if cap)
