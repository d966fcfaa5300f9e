"""Transliteration and folding of names and text: `Вучиќ`, `Vučić` and `VUCIC` fold alike.

`to_latin` writes Cyrillic (Macedonian first, and the letters of the neighbouring Cyrillic
languages) in Latin letters, one ASCII spelling per letter (ш -> sh, ќ -> kj, џ -> dzh).

`fold` is the search key: `to_latin`, lower case, accents dropped (š -> s, ǵ -> g), and the
digraphs that Latin spellings of Macedonian write in several ways cut to one letter
(sh/š/s, ch/č/c, zh/ž/z, gj/ǵ/g, lj/l, nj/n), so `Kovačevski`, `Kovachevski`, `Kovacevski`
and `Ковачевски` all fold to `kovacevski`. ќ (kj, ḱ) folds to c like Serbian ć/ћ, and
đ/ђ (dj) to g like ѓ, since Macedonian writes Serbian names with ќ and ѓ: `Вучиќ`, `Vučić`
and `Vucic` fold alike, as do `Ѓоковиќ`, `Đoković` and `Djokovic`. The same function folds
the indexed text and the query, so the lossy steps only ever join spellings, never split them.

`fold_with_offsets` also returns, for every folded character, the offset of the character of
the original text it came from, so a match found in the folded copy can be cut from the
original text.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Lower-case Cyrillic -> Latin. Macedonian first; then Serbian, Bulgarian, Russian, Ukrainian,
# Belarusian letters that appear in quotes and names.
_CYRILLIC: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ѓ": "gj", "е": "e", "ж": "zh",
    "з": "z", "ѕ": "dz", "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m",
    "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ќ": "kj",
    "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "ch", "џ": "dzh", "ш": "sh",
    # Serbian
    "ђ": "dj", "ћ": "c",
    # Bulgarian, Russian, Ukrainian, Belarusian
    "й": "j", "щ": "sht", "ъ": "a", "ь": "", "ю": "ju", "я": "ja", "ы": "y", "э": "e",
    "ё": "e", "є": "je", "і": "i", "ї": "ji", "ґ": "g", "ў": "u", "ѝ": "i",
}

# Latin letters that Unicode does not decompose into a base letter and a mark.
_LATIN_EXTRA: dict[str, str] = {
    "đ": "dj", "ḱ": "kj", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h",
    "þ": "th", "ð": "d",
}

# After lower-casing and dropping accents: digraphs folded to one letter.
_DIGRAPHS = {"sh": "s", "ch": "c", "zh": "z", "kj": "c", "gj": "g", "dj": "g", "lj": "l", "nj": "n"}


def _latin_letter(char: str) -> str | None:
    """The Latin spelling of a Cyrillic letter (in the letter's case), or None for other chars."""
    lower = char.lower()
    latin = _CYRILLIC.get(lower)
    if latin is None or lower == char:
        return latin
    return latin.capitalize()


def to_latin(text: str) -> str:
    """Cyrillic letters in Latin (`Скопје` -> `Skopje`, `ШТИП` -> `SHTIP`); other text as it is."""
    out: list[str] = []
    for i, char in enumerate(text):
        latin = _latin_letter(char)
        if latin is None:
            out.append(char)
            continue
        if len(latin) > 1 and latin[0].isupper() and _upper_word(text, i):
            latin = latin.upper()
        out.append(latin)
    return "".join(out)


def _upper_word(text: str, i: int) -> bool:
    """Whether the capital at `i` stands in an all-capitals word (then `Ш` -> `SH`, not `Sh`)."""
    for j in (i + 1, i - 1):
        if 0 <= j < len(text) and text[j].isalpha():
            return text[j].isupper()
    return False


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    latin = _CYRILLIC.get(char.lower())
    if latin is not None:
        return latin
    lower = char.lower()
    if lower.isascii():
        return lower
    extra = _LATIN_EXTRA.get(lower)
    if extra is not None:
        return extra
    decomposed = unicodedata.normalize("NFKD", lower)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the offset in `text` it comes from."""
    chars: list[str] = []
    offsets: list[int] = []
    joined = False  # the last folded char already stands for a digraph: it joins no further
    for i, char in enumerate(text):
        for c in _fold_char(char):
            digraph = _DIGRAPHS.get(chars[-1] + c) if chars and not joined else None
            if digraph is not None:
                chars[-1] = digraph
                joined = True
                continue
            chars.append(c)
            offsets.append(i)
            joined = False
    return "".join(chars), offsets


@lru_cache(maxsize=16384)  # the linking and quotes stages fold the same names again and again
def fold(text: str) -> str:
    """The search key of `text` (see the module doc): `fold_with_offsets(text)[0]`, faster."""
    return _DIGRAPH_RE.sub(_join, "".join(map(_fold_char, text)))


# left to right, without overlaps: the same joins as the loop in fold_with_offsets
_DIGRAPH_RE = re.compile("|".join(_DIGRAPHS))


def _join(match: re.Match[str]) -> str:
    return _DIGRAPHS[match.group()]
