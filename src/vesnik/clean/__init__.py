"""Clean and repair stage: scraper furniture out, damaged text mended, offsets kept.

`Document.text` becomes the cleaned text; `Document.raw_offset(i)` maps any position in it
back to the input. What is dropped or repaired is counted in the stage's stats.
"""
from __future__ import annotations

import re
import unicodedata
from array import array

from vesnik.clean.boilerplate import (CONNECTOR_LETTERS, clock_time, dateline_date, find_dates, furniture_head,
                                      heads_link_list, is_furniture, is_listed_headline, word_date)
from vesnik.clean.edits import apply_edits, compose
from vesnik.clean.repair import WordRepairer, normalise_punctuation
from vesnik.document import Document
from vesnik.lang import resources
from vesnik.pipeline import DocumentError, PipelineStep
from vesnik.time.words import date_words

INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
LINE = re.compile(r"[^\n]*\n?")
SPACES = re.compile(r"[ \t\u00a0\u2007\u202f\u2009\u200a]{2,}")
BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
# A sentence end glued to the next sentence: "МИА.Заев", "војна.„Премиерот", "рече.“Потоа",
# "(ОФАК).Додик", "останатите 26“.Орбан" (a quote closing on a number).
# (The lookahead on the punctuation first spares the three lookbehinds at every other position.)
GLUED = re.compile(r"(?=[.!?…])(?:(?<=[^\W\d_])|(?<=\w[“”\"»’])|(?<=\w\)))([.!?…]+[“”\"»’]?)(?=[„\"«“]?[^\W\d_])",
                   re.UNICODE)
# a number's full stop glued to a capitalised word: "коридорот 8.Бугарскиот", "2025.Премиерот"
GLUED_NUMBER = re.compile(r"(?<=\d)(\.)(?=[^\W\d_][^\W\d_A-ZА-ЯЀ-Џ]{2})", re.UNICODE)
# A Latin word glued to a capitalised Cyrillic one: "TimesАнтонио".
GLUED_SCRIPTS = re.compile(r"(?<=[a-z]{2})(?=[\u0400-\u042F][\u0430-\u045F])")
# A line whose end lost its line break, glued to the next line's capital: a headline with no full stop
# run into the lead ("… на штедилницаНародната банка соопшти …"), or into a lead opening on a quote
# (`… плата„Малите …`, read on the headline only, before any full stop: a word glued to a quote inside
# a sentence is common).
# Only a word written all in lower case: `ТетовоГостивар`, `ХелиоБит` are names.
GLUED_LINE = re.compile(r"(?<![^\W\d_])[\u0430-\u045F]{4,}(?=[\u0400-\u042F][\u0430-\u045F]{2})")
GLUED_HEADLINE_QUOTE = re.compile(r"(?<![^\W\d_])[\u0430-\u045F]{4,}(?=„[\u0400-\u042F])")
SENTENCE_STOP = re.compile(r"[.!?…]")
URLISH = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|mk|rs|bg|ru|gov|eu|info|edu)\b", re.I)
# An agency's tag glued after the last sentence of a line: "… за каменоломот./ФЕНА/", "… во петок.(МИА)",
# also written as a name ("… во Џеда.(Ројтерс)", "(Танјуг)")
AGENCY_TAG = re.compile(r"(?<=[.!?…“”\"»])[ \t]*(?:/[A-ZА-ЯЀЅЈЉЊЌЏ]{2,8}/|\([A-ZА-ЯЀЅЈЉЊЌЏ](?:[A-ZА-ЯЀЅЈЉЊЌЏ]{1,7}|[^\W\d_A-ZА-ЯЀ-Џ]{2,11})\))"
                        r"[ \t]*(?=\n|$)")
WORD_BEFORE = re.compile(r"([^\W\d_][\w-]*)$", re.UNICODE)
LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


class CleanStep(PipelineStep):
    name = "clean"

    def __init__(self, lang: str = "mk"):
        super().__init__()
        self.res = resources(lang)
        self.month_names = date_words(lang).month_names
        self.weekdays = date_words(lang).weekdays
        self.repairer = WordRepairer(self.res)
        self.stats = self.repairer.stats  # repair counts land in this stage's stats

    def process(self, doc: Document) -> Document:
        raw = doc.raw_text
        if not raw.strip():
            raise DocumentError(doc.source, "document has no text")
        text = raw.replace("\r\n", "\n").replace("\r", "\n")
        offsets = None if len(text) == len(raw) else _crlf_offsets(raw)
        if not unicodedata.is_normalized("NFC", text):
            text, offsets = self._edit(text, offsets, _nfc_edits(text))
        text, offsets = self._edit(text, offsets, self._structural_edits(text, doc))
        text, offsets = self._edit(text, offsets, _strip_edits(text))
        text = self.repairer.repair(normalise_punctuation(text))
        if not text.strip():
            raise DocumentError(doc.source, "nothing is left after removing page furniture (share buttons, counters)")
        if doc.published is None:
            doc.published, inferred = dateline_date(text, self.month_names)
            self.stats["publication dates read from a dateline"] += doc.published is not None
            self.stats["publication years inferred from the article's dates (dateline without a year)"] += inferred
        doc.text = text
        doc._raw_offsets = offsets
        return doc

    @staticmethod
    def _edit(text: str, offsets: array | None, edits: list[tuple[int, int, str]]) -> tuple[str, array | None]:
        """Apply edits; `offsets` is None while the text is still the raw text."""
        if not edits:
            return text, offsets
        new, inner = apply_edits(text, edits)
        return new, inner if offsets is None else compose(inner, offsets)

    def _structural_edits(self, text: str, doc: Document) -> list[tuple[int, int, str]]:
        edits: list[tuple[int, int, str]] = []
        removed: list[tuple[int, int]] = []
        in_link_list = False
        for m in LINE.finditer(text):
            line = m.group()
            if not line.strip():
                continue
            written_date = self._date_line(line)
            furniture = is_furniture(line, self.month_names) or written_date is not None
            heading = heads_link_list(line)
            tail = None if heading or furniture else self._furniture_tail(line)
            if in_link_list and not furniture and is_listed_headline(line[:tail[0]] if tail else line):
                self.stats["headlines of other articles removed"] += 1
                removed.append(m.span())
                edits.append((m.start(), m.end(), ""))
                continue
            tag = None if heading or furniture or tail is not None else AGENCY_TAG.search(line)
            if tag is not None:  # the sentences stay, the agency's tag glued after them goes
                self.stats["agency tags glued after the last sentence removed"] += 1
                removed.append((m.start() + tag.start(), m.start() + tag.end()))
                edits.append((m.start() + tag.start(), m.start() + tag.end(), ""))
            head = None if heading or furniture else furniture_head(line, self.month_names)
            if head is not None:  # the sentences stay, the share bar run on before them goes
                self.stats["furniture run on before the first sentence removed"] += 1
                if doc.published is None:
                    dates = find_dates(line[:head], self.month_names)
                    if dates:
                        doc.published = dates[0]
                        self.stats["publication dates read from furniture"] += 1
                removed.append((m.start(), m.start() + head))
                edits.append((m.start(), m.start() + head, ""))
            if tail is not None:  # the sentences stay, the page's lines glued after them go
                tail_start, heading = tail
                self.stats["furniture glued after the last sentence removed"] += 1
                span = (m.start() + tail_start, m.start() + len(line.rstrip("\n")))
                removed.append(span)
                edits.append((*span, ""))
            in_link_list = heading or (in_link_list and furniture)
            if tail is None and (heading or furniture):
                self.stats["furniture lines removed"] += 1
                if doc.published is None:
                    dates = [written_date] if written_date else find_dates(line, self.month_names)
                    if dates:
                        doc.published = dates[0]
                        self.stats["publication dates read from furniture"] += 1
                removed.append(m.span())
                edits.append((m.start(), m.end(), ""))
        edits.extend(e for e in self._whitespace_edits(text) if not _inside(e, removed))
        edits.extend(e for e in self._glue_edits(text) if not _inside(e, removed))
        edits.extend(e for e in self._glued_line_edits(text, removed) if not _inside(e, removed))
        return _drop_overlaps(edits)

    def _furniture_tail(self, line: str) -> tuple[int, bool] | None:
        """Where page furniture glued after a line's sentences starts, and whether it heads a
        list of other headlines: a scraper joins the page's elements without a space
        (`… најавија од ЕУ.Прочитај повеќе`, `… за петок.Извор: МИА`, `… 2026.Коментари (3)`)."""
        ends = [g.end() for g in GLUED.finditer(line) if self._ends_sentence(line, g.start(), g.end())]
        stop, start, heading = len(line.rstrip("\n")), None, False
        for end in reversed(ends):
            piece = line[end:stop]
            if heads_link_list(piece):
                heading = heading or stop == len(line.rstrip("\n"))
            elif not is_furniture(piece, self.month_names):
                break
            start, stop = end, end
        return None if start is None else (start, heading)

    def _date_line(self, line: str):
        """`Вторник, 4 февруари 2025 | 09:47`: a date in words, a weekday and a time, no sentence."""
        found = word_date(line, self.month_names)
        if found is None:
            return None
        rest = clock_time().sub(" ", line[:found[1]] + " " + line[found[2]:])  # (`, 10:33 ч.`, `во 10:33 часот`)
        # (a connector of two letters or fewer joins the date and its time: `во`, `u`, `at`)
        left = [w for w in rest.split() if LETTER.search(w) and w.strip(",.|").lower() not in self.weekdays
                and len(w.strip(",.|")) > CONNECTOR_LETTERS]
        return None if left else found[0]

    def _whitespace_edits(self, text: str) -> list[tuple[int, int, str]]:
        edits = [(m.start(), m.end(), "") for m in INVISIBLE.finditer(text)]
        edits += [(m.start(), m.end(), " ") for m in SPACES.finditer(text)]
        edits += [(m.start(), m.end(), "\n\n") for m in BLANK_LINES.finditer(text)]
        return _drop_overlaps(edits)

    def _glue_edits(self, text: str) -> list[tuple[int, int, str]]:
        candidates = [(m.start(), m.end(), m.group(1)) for m in GLUED.finditer(text)]
        candidates += [(m.start(), m.end(), m.group(1)) for m in GLUED_NUMBER.finditer(text)
                       if text[m.end()].isupper()]
        candidates += [(m.start(), m.start(), "") for m in GLUED_SCRIPTS.finditer(text)]
        if not candidates:
            return []
        urls = [m.span() for m in URLISH.finditer(text)]
        edits = []
        for start, end, punct in candidates:
            if any(s <= start < e for s, e in urls):
                continue
            if punct and not self._ends_sentence(text, start, end):
                continue
            self.stats["glued sentences separated" if punct else "glued words separated"] += 1
            edits.append((end, end, " "))
        return edits

    def _glued_line_edits(self, text: str, removed: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """Line breaks put back where a line without final punctuation runs into the next."""
        ends = [m.end() for m in GLUED_LINE.finditer(text)]
        headline = next((m for m in LINE.finditer(text) if m.group().strip() and not _inside((m.start(), m.start(), ""), removed)), None)
        if headline is not None:
            first_stop = SENTENCE_STOP.search(text, headline.start(), headline.end())
            ends += [m.end() for m in GLUED_HEADLINE_QUOTE.finditer(text, headline.start(), first_stop.start() if first_stop else headline.end())]
        self.stats["lines run into the next line separated"] += len(ends)
        return [(end, end, "\n") for end in ends]

    def _ends_sentence(self, text: str, start: int, end: int) -> bool:
        """Is the punctuation glued at text[start:end] a sentence end (not an abbreviation)?"""
        following = text[end:end + 2].lstrip("„\"«“")
        if start and text[start - 1].isdigit():
            return following[:1].isupper()  # (GLUED_NUMBER has checked the capitalised word after it)
        stop = start
        # `„ги изневери граѓаните“.Тој`, `(ОФАК).Додик`: the quote or bracket closes first
        while stop > 0 and text[stop - 1] in "“”\"»’)":
            stop -= 1
        if stop < start and text[stop - 1].isdigit():  # `(2025).Следната`
            return following[:1].isupper()
        before = WORD_BEFORE.search(text, max(0, stop - 40), stop)
        word = before.group(1) if before else ""
        if word.lower() in self.res.abbreviations:
            # as the sentence splitter: one that may close a sentence does before a capital (`од првиот ден.Тој`)
            return (word.lower() in self.res.sentence_final_abbreviations and not word[:1].isupper()
                    and following[:1].isupper())
        return len(word) >= 2 and following[:1].isupper()


def _crlf_offsets(raw: str) -> array:
    offsets = array("l")
    i = 0
    while i < len(raw):
        offsets.append(i)
        i += 2 if raw.startswith("\r\n", i) else 1
    offsets.append(len(raw))
    return offsets


def _nfc_edits(text: str) -> list[tuple[int, int, str]]:
    edits = []
    for m in re.finditer(r".[\u0300-\u036f]+", text, re.S):
        composed = unicodedata.normalize("NFC", m.group())
        if composed != m.group():
            edits.append((m.start(), m.end(), composed))
    return edits


def _inside(edit: tuple[int, int, str], spans: list[tuple[int, int]]) -> bool:
    return any(s <= edit[0] and edit[1] <= e and not (edit[0] == e) for s, e in spans)


def _drop_overlaps(edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    kept: list[tuple[int, int, str]] = []
    for edit in sorted(edits):
        if kept and edit[0] < kept[-1][1]:
            continue
        kept.append(edit)
    return kept


def _strip_edits(text: str) -> list[tuple[int, int, str]]:
    """Drop the white space left at the start and the end of the document."""
    lead = len(text) - len(text.lstrip())
    trail = len(text.rstrip())
    edits = [(0, lead, "")] if lead else []
    if trail < len(text) and trail >= lead:
        edits.append((trail, len(text), ""))
    return edits
