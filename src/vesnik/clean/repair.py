"""Repairs of damaged web text that keep every character where it was.

Each repair here maps one character to one character, so offsets into the text do not
move; the edits that change length (spacing, removals) live in `vesnik.clean.CleanStep`.
"""
from __future__ import annotations

import re
from collections import Counter

from vesnik.lang import Resources, common

CYRILLIC = re.compile(r"[\u0400-\u04FF]")
LATIN = re.compile(r"[A-Za-z]")
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

DASHES = "‒–—―−"
# the quotation marks the repaired text has (`normalise_punctuation`), which later stages read
OPENING_QUOTES, CLOSING_QUOTES = frozenset({"„", "«"}), frozenset({"“", "»"})
SPACE_LIKE = {"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\t": " "}


# (`„` and `–` are left out: each stays what it is, and normalised text, read again by later
# stages, is full of them)
PUNCTUATION = re.compile("[\"“”«»" + DASHES.replace("–", "") + "".join(SPACE_LIKE) + "]| - ")


def normalise_punctuation(text: str) -> str:
    """Quotes become „…“, dashes (and a hyphen between spaces) an en dash, odd spaces a space."""
    hits = list(PUNCTUATION.finditer(text))
    if not hits:
        return text
    chars = list(text)
    for m in hits:
        i, ch = m.start(), m.group()
        if ch == " - ":
            chars[i + 1] = "–"
        elif ch in SPACE_LIKE:
            chars[i] = SPACE_LIKE[ch]
        elif ch in DASHES:
            chars[i] = "–"
        else:
            chars[i] = "„" if _opens(text, i) else "“"
    return "".join(chars)


def _opens(text: str, i: int) -> bool:
    ch = text[i]
    if ch in "„«":
        return True
    if ch in "»":
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{–-—/:") and not after.isspace()


class WordRepairer:
    """Fixes Latin look-alikes and legacy-font letters inside words of the other script."""

    def __init__(self, res: Resources):
        homoglyphs, _, _ = common()
        self.to_cyrillic = {**homoglyphs, **res.latin_repairs}
        self.to_latin = {c: l for l, c in homoglyphs.items()}
        self.lexical = res.lexical_repairs
        self.wordforms = res.wordforms
        self.stats: Counter[str] = Counter()

    def repair(self, text: str) -> str:
        words = set(WORD.findall(text))
        fixes = {w: self._mixed(w) for w in words if not w.isascii() and LATIN.search(w) and CYRILLIC.search(w)}
        if self.lexical and self._looks_like_language(words):
            unknown = {w for w in words if w.lower() not in self.wordforms and CYRILLIC.match(w)}
            fixes.update((w, self._lexical(w)) for w in unknown if w not in fixes)
        fixes = {w: f for w, f in fixes.items() if f != w}
        if not fixes:
            return text
        return WORD.sub(lambda m: fixes.get(m.group(), m.group()), text)

    def _looks_like_language(self, words: set[str]) -> bool:
        """Lexical repairs only make sense in a text mostly made of this language's words."""
        sample = [w.lower() for w in words if CYRILLIC.match(w)]
        return len(sample) >= 5 and sum(map(self.wordforms.__contains__, sample)) / len(sample) >= 0.6

    def _mixed(self, word: str) -> str:
        cyr = sum(1 for c in word if CYRILLIC.match(c))
        lat = sum(1 for c in word if LATIN.match(c))
        if cyr >= lat and all(c in self.to_cyrillic for c in word if LATIN.match(c)):
            self.stats["latin letters inside Cyrillic words"] += 1
            return "".join(self.to_cyrillic.get(c, c) if LATIN.match(c) else c for c in word)
        if lat > cyr and all(c in self.to_latin for c in word if CYRILLIC.match(c)):
            self.stats["Cyrillic letters inside Latin words"] += 1
            return "".join(self.to_latin.get(c, c) if CYRILLIC.match(c) else c for c in word)
        return word

    def _lexical(self, word: str) -> str:
        low = word.lower()
        if low in self.wordforms:
            return word
        for damaged, repaired in self.lexical.items():
            positions = [i for i, c in enumerate(low) if c == damaged]
            for i in positions:
                candidate = low[:i] + repaired + low[i + 1:]
                if candidate in self.wordforms:
                    self.stats["legacy-font letters"] += 1
                    upper = word[i].isupper()
                    return word[:i] + (repaired.upper() if upper else repaired) + word[i + 1:]
        return word
