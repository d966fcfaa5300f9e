"""Numbers the text states: casualties, troops, money, percentages and counts of people or units.

A number is digits in the Macedonian style (`2.000`, `2,9`, `300.000`; a dot before a group
of three digits groups thousands, a comma marks decimals), a numeral written as words
(`дваесет и пет`, `три`), a collective numeral (`двајца`) or an approximate quantity noun
(`десетина`), optionally times a scale word (`милијарди`). Its kind comes from what follows it
or stands near it in the clause (words in claims.yaml):
- a currency (word or sign) -> `money` with the ISO code; a percent word or sign -> `percent`;
- a casualty word in the clause (`убиени`, `ранети`, `уапсени`, also after the verb: `2.000
  војници … се убиени`) -> `dead` / `injured` / `arrested`, unit `people`;
- a word for forces (`војници`, `полицајци`) -> `troops`; a word for people -> `count` of
  `people`; a countable noun -> `count` with its English unit; another noun after a number
  in digits -> `count` with no unit (a number in words counting such a noun, `три причини`,
  describes rather than reports);
- anything else (dates, years, durations, measures, ordinals, scores) is no claim.
The hedge right before the number (`околу`, `повеќе од`) is kept as written; the claim's
span is the number and its unit or head noun, without the hedge.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from vesnik.quotes.lexicon import ClaimWords
from vesnik.quotes.text import Text

THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
THOUSANDS_COMMA = re.compile(r"\d{1,3}(?:,\d{3}){2,}|\d{1,3},\d{3}(?=$)")
DECIMAL = re.compile(r"\d+(?:,\d+)?")
HEAD_REACH = 3  # words between the number and its noun (`2.000 севернокорејски војници`)
KIND_REACH_AFTER = 12  # words after the number in which a casualty word counts
NUMBER_OF_REACH = 10  # words back from a bare number to the `бројот на X` it gives
KIND_REACH_BEFORE = 4
CLAUSE_END = set(",;.!?:…") | {"„", "“", "(", ")"}
CASUALTIES = ("dead", "injured", "arrested")


@dataclass
class Number:
    first: int  # first token (a currency sign before the digits, or the number)
    number: int  # the token of the number itself
    after: int  # the token after the number and its scale word
    value: float
    people: bool  # a collective numeral counts people by itself (`двајца`)


@dataclass
class FoundClaim:
    start: int
    end: int
    kind: str
    value: float
    unit: str | None
    approximate: str | None
    hedge_start: int | None


class ClaimFinder:
    def __init__(self, words: ClaimWords, doc: Text):
        self.words = words
        self.doc = doc
        self.tokens = doc.tokens

    def find(self) -> list[FoundClaim]:
        found: list[FoundClaim] = []
        starts = self.words.number_starts
        candidates = [t.i for t in self.tokens if t.text[0].isdigit() or t.low in starts]
        done = 0  # tokens before this one belong to a number already read
        for i in candidates:
            if i < done:
                continue
            number = self._number_at(i)
            if number is None:
                continue
            claim = self._claim(number)
            done = self.doc.token_at(claim.end) if claim is not None else number.after
            if claim is not None:
                found.append(claim)
        return found

    # --- numbers -------------------------------------------------------------------------

    def _number_at(self, i: int) -> Number | None:
        w = self.words
        tok = self.tokens[i]
        first = i
        if tok.low in w.currencies and len(tok.text) == 1 and i + 1 < len(self.tokens) and self.tokens[i + 1].text[0].isdigit():
            i += 1
            tok = self.tokens[i]
        if tok.text[0].isdigit():
            value = self._digits(tok.text)
            if value is None:
                return None
            end = i + 1
        elif tok.low in w.person_numerals:
            return Number(first, i, i + 1, w.person_numerals[tok.low], True)
        elif tok.low in w.vague:
            return Number(first, i, i + 1, w.vague[tok.low], False)
        elif tok.low in w.number_words:
            value, end = self._number_words(i)
        else:
            return None
        if end < len(self.tokens) and self.tokens[end].low in w.scales:
            value *= w.scales[self.tokens[end].low]
            end += 1
        if end + 1 < len(self.tokens) and self.tokens[end].text == "-" and self.tokens[end + 1].low in w.definite_suffixes:
            end += 2  # `150-те евра`
        return Number(first, i, end, value, False)

    @staticmethod
    def _digits(text: str) -> float | None:
        if THOUSANDS.fullmatch(text):
            return float(text.replace(".", "").replace(",", "."))
        if THOUSANDS_COMMA.fullmatch(text):
            return float(text.replace(",", ""))
        if DECIMAL.fullmatch(text):
            return float(text.replace(",", "."))
        return None  # `15.00` (a time), `3.5` (not Macedonian), dates

    def _number_words(self, i: int) -> tuple[float, int]:
        w = self.words
        value = 0.0
        j = i
        while j < len(self.tokens):
            low = self.tokens[j].low
            if low in w.number_words:
                value += w.number_words[low]
                j += 1
            elif low in w.joiners and j + 1 < len(self.tokens) and self.tokens[j + 1].low in w.number_words and j > i:
                j += 1
            else:
                break
        return value, j

    # --- kinds ---------------------------------------------------------------------------

    def _claim(self, n: Number) -> FoundClaim | None:
        w = self.words
        toks = self.tokens
        after = n.after
        if self._not_a_claim(n):
            return None
        kind = unit = None
        end = after
        unit_at = self._range_end(after) or after  # `од 19 на 24 отсто`: the unit after the range
        nxt = toks[unit_at].low if unit_at < len(toks) else ""
        if n.first < n.number:
            kind, unit = "money", w.currencies[toks[n.first].low]
        elif nxt in w.currencies:
            kind, unit, end = "money", w.currencies[nxt], max(end, unit_at + 1) if unit_at == after else end
        elif nxt in w.currency_adjectives and unit_at + 1 < len(toks) and toks[unit_at + 1].low in w.currencies:
            kind, unit, end = "money", w.currency_adjectives[nxt], max(end, unit_at + 2) if unit_at == after else end
        elif nxt in w.percent:
            kind, unit, end = "percent", "percent", max(end, unit_at + 1) if unit_at == after else end
        else:
            head = self._head(after)
            if head is not None:
                kind, unit, end = head
            elif n.people:
                kind, unit = "count", "people"
            elif (predicate := self._casualty_predicate(after)) is not None:
                kind, unit = predicate, "people"  # `а 30 се повредени`
            elif (counted := self._number_of(n.first)) is not None:
                kind, unit = counted, "people"  # `Бројот на жртви … се искачи на 45`
            if kind in ("count", "troops") and unit in ("people", None):
                kind = self._casualty(n.first, after) or kind
                unit = "people" if kind in CASUALTIES else unit
        in_words = not toks[n.number].text[0].isdigit()
        if kind is None or (kind == "count" and in_words and (n.value == 1 or unit is None)):
            return None  # `три причини`: a number in words counting a noun of no known unit describes
        approximate, hedge_start = self._hedge(n.first)
        if approximate is None and toks[n.number].low in w.vague:
            approximate = toks[n.number].text  # `десетина туристи`: the word is its own hedge
        return FoundClaim(toks[n.first].start, toks[end - 1].end, kind, n.value, unit, approximate, hedge_start)

    def _range_end(self, after: int) -> int | None:
        """The token after the second number of a range that starts after the first one."""
        toks = self.tokens
        if after + 1 < len(toks) and toks[after].low in self.words.range_words and toks[after + 1].text[0].isdigit():
            return after + 2
        return None

    def _head(self, after: int) -> tuple[str, str | None, int] | None:
        """The noun the number counts, within a few words: (kind, unit, token after it). A known
        word decides the kind and unit; else the plain words after the number are a count of
        something (unit None)."""
        w = self.words
        j, plain_end = after, None
        while j < len(self.tokens) and j - after < HEAD_REACH:
            tok = self.tokens[j]
            if not tok.word or tok.low in w.not_claim_words:
                break
            kind = w.kinds.get(tok.low)
            if kind == "troops":
                return "troops", "people", j + 1
            if kind in CASUALTIES:  # a predicate (`загинаа`) is not in the span; a noun (`жртви`) is
                return kind, "people", j + 1 if tok.low in w.people_nouns else after
            if tok.low in w.people_nouns:
                return "count", "people", j + 1
            if tok.low in w.count_nouns:
                return "count", w.count_nouns[tok.low], j + 1
            if tok.low in w.not_heads or (tok.cap and j > after):
                break
            plain_end = plain_end or j + 1
            j += 1
        if plain_end is None or self._ratio(after):
            return None
        while plain_end < len(self.tokens) and plain_end - after < HEAD_REACH and self._plain(self.tokens[plain_end]):
            plain_end += 1
        return "count", None, plain_end

    def _plain(self, tok) -> bool:
        w = self.words
        return tok.word and not tok.cap and tok.low not in w.not_heads and tok.low not in w.not_claim_words

    def _ratio(self, after: int) -> bool:
        """`едно од пет деца`: the first number counts a part of the second."""
        toks = self.tokens
        return after + 1 < len(toks) and toks[after].low in self.words.ratio_words and self._is_number(toks[after + 1])

    def _is_number(self, tok) -> bool:
        return tok.text[0].isdigit() or tok.low in self.words.number_words

    def _casualty_predicate(self, after: int) -> str | None:
        """A bare number whose verb says what befell them (`30 се повредени`, `45 загинаа`):
        the casualty kind of that verb, past an auxiliary."""
        j = after
        while j < len(self.tokens) and self.tokens[j].low in self.words.auxiliaries:
            j += 1
        kind = self.words.kinds.get(self.tokens[j].low) if j < len(self.tokens) else None
        return kind if kind in CASUALTIES else None

    def _number_of(self, first: int) -> str | None:
        """A bare number that a `бројот на X` earlier in its sentence counts (`Бројот на жртви од
        земјотресот се искачи на 45`): the kind of X, or a count when X are people."""
        sentence = self.tokens[first].sentence
        for j in range(first - 1, max(first - NUMBER_OF_REACH, 0) - 1, -1):
            tok = self.tokens[j]
            if tok.sentence != sentence or tok.text in CLAUSE_END:
                return None
            if tok.low in self.words.number_of_heads and self.tokens[j + 1].low == "на" and j + 2 < first:
                noun = self.tokens[j + 2].low
                kind = self.words.kinds.get(noun)
                return kind if kind in CASUALTIES else "count" if noun in self.words.people_nouns else None
        return None

    def _casualty(self, first: int, after: int) -> str | None:
        """A casualty word near the number in its clause, the nearest one."""
        best: tuple[int, str] | None = None
        for j in range(after, min(after + KIND_REACH_AFTER, len(self.tokens))):
            tok = self.tokens[j]
            if tok.text in CLAUSE_END:
                break
            kind = self.words.kinds.get(tok.low)
            if kind in CASUALTIES:
                best = (j - after, kind)
                break
        for j in range(first - 1, max(first - KIND_REACH_BEFORE, 0) - 1, -1):
            tok = self.tokens[j]
            if tok.text in CLAUSE_END:
                break
            kind = self.words.kinds.get(tok.low)
            if kind in CASUALTIES and (best is None or first - j < best[0]):
                best = (first - j, kind)
                break
        return best[1] if best else None

    def _not_a_claim(self, n: Number) -> bool:
        """Dates, durations, measures, ordinals, article numbers and years."""
        w = self.words
        toks = self.tokens
        nxt = toks[n.after] if n.after < len(toks) else None
        if nxt is not None and (nxt.low in w.not_claim_words or (nxt.text == "-" and nxt.start == toks[n.after - 1].end)):
            return True  # `3-ти`: an ordinal
        prev = toks[n.first - 1] if n.first > 0 else None
        glued_before = prev is not None and prev.end == toks[n.first].start and prev.text in "./-"
        glued_after = nxt is not None and nxt.start == toks[n.after - 1].end and nxt.word  # `47от`, a part number
        if glued_before or glued_after or (prev is not None and prev.low in w.not_claim_words):
            return True
        if prev is not None and prev.low in w.ratio_words and n.first >= 2 and self._is_number(toks[n.first - 2]):
            return True  # the whole of a ratio: `едно од пет деца`
        number = toks[n.number].text
        low, high = w.year_range
        counted = nxt is not None and (nxt.low in w.currencies or nxt.low in w.percent or nxt.low in w.kinds
                                       or nxt.low in w.people_nouns or nxt.low in w.count_nouns)
        return number.isdigit() and len(number) == 4 and low <= int(number) <= high and not counted

    def _hedge(self, first: int) -> tuple[str | None, int | None]:
        if first == 0:
            return None, None
        for seq in self.words.hedges.get(self.tokens[first - 1].low, ()):
            start = first - len(seq)
            if start >= 0 and all(self.tokens[start + k].low == word for k, word in enumerate(seq)):
                tok = self.tokens[start]
                return self.doc.text[tok.start:self.tokens[first - 1].end], tok.start
        return None, None
