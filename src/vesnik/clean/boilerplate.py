"""Scraper furniture around an article: share/like/tweet lines, counters and metadata fields.

A line is furniture when, once dates, numbers, metadata keys, share words and platform
names (data: `lang/common/`) are set aside, nothing of a sentence is left; so is a credit or
metadata line (`Фото: МИА`, `Објавено во: Македонија`), a page's call to the reader
(`Преземете ја нашата апликација`, a cookie notice), a link to other pages (`Прочитајте
повеќе: …`, `Тагови: …`), a breadcrumb trail (`Почетна » Македонија » Политика`, also of two
short segments: `Почетна » Свет`, `13.06.2025 11:30 | Свет`), a
copyright line, and a list of other articles' headlines under a heading (`Поврзани вести`) up
to the next line that ends like a sentence. The rule is the same for every language and every position in the document;
the words are data.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import cache
from itertools import islice

from vesnik.lang import common, credit_keys, hour_words, link_keys, promo_openings

TOKEN = re.compile(r"\w[\w'’.-]*|[^\w\s]", re.UNICODE)
WORD = re.compile(r"\S+")
ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.+Z-]*)?(?!\d)")
DOTTED_DATE = re.compile(r"(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)")
NUMBER = re.compile(r"^[\d.,:/+-]+[kKmM]?$")
MAX_FURNITURE_TOKENS = 16
MAX_CREDIT_WORDS = 6  # the key and a name: `Фото: Архива на МИА`
MAX_KEY_WORDS = 2  # words before the colon of a metadata line: `Објавено во: Македонија`
# a breadcrumb trail: short segments between `»`, `›`, `>`, `|` or a spaced `/` (`Почетна » Македонија
# » Политика`, `Насловна / Свет / Европа`)
BREADCRUMB = re.compile(r"^[^.!?:„“\"]{1,40}(?:(?:\s*[»›>|]\s*|\s+/\s+)[^.!?:„“\"»›>|]{1,40}){2,}$")
# a trail of two short segments (`Почетна » Свет`, a time stamp and its section: `13.06.2025 11:30 | Свет`)
SHORT_TRAIL = re.compile(r"^\s*(?P<first>[^.!?:„“\"»›|]+?)\s+(?P<mark>[»›|])\s+(?P<second>[^.!?:„“\"»›|]+?)\s*$")
MAX_TRAIL_WORDS = 3
MAX_SECTION_WORDS = 2  # a section's name in a share bar: `Свет`, `Северна Македонија`
CLOCK = r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)"
CONNECTOR_LETTERS = 2  # a word this short between a bar's fields joins them ("на", "во", "on", "u")
# the fields of a page's byline run together with `|` or a bullet (`10 јуни 2025 | 16:48 | Автор: И. Петровска`)
FIELD_SEPARATOR = re.compile(r"\s+[|•·]\s+")
NUMBERS = re.compile(r"^[\d.,:/ -]+$")  # a time or a counter as one of those fields
COPYRIGHT = ("©", "(c)", "copyright")
# A headline in a list of links: no sentence end, not longer than a long title.
SENTENCE_END = re.compile(r"[.!?…][“”\"»’)]*$")
MAX_HEADLINE_WORDS = 25


# A place name (one to three capitalised words) and a comma at the start of a line, then
# the date (in figures, or day, month name and year).
DATELINE = re.compile(r"\s*[^\W\d_][\w.-]*(?: [^\W\d_][\w.-]*){0,2},\s*(?P<date>\d{1,2}[^\n]{0,40})")
# The dateline opens the body, which a headline (and a lead) may stand above.
DATELINE_LINES = 3
# An item's dateline on a page of news briefs: a line opening with the item's place in capitals (its state
# may follow), then a double hyphen or a dash, then the item's day in brackets or its text
# (`БЕЛГРАД, Србија -- (вторник, 4-ти мај)`, `ПРИШТИНА, Косово -- Премиерот …`, `ТИРАНА - (12/05/10)`).
ITEM_DATELINE = re.compile(r"(?m)^(?P<place>[^\W\d_]{2,}(?:[ -][^\W\d_]{2,})?)(?P<state>, [^\W\d_][^\n,]{0,40}?)?[ \t]+(?:--|[-–—])"
                           r"(?:[ \t]*\((?P<day>[^()\n]*\d[^()\n]*)\))?")
BRIEF_ITEMS = 2  # item datelines that make a page of briefs (one is an ordinary article's dateline)
WORD_DATE = re.compile(r"(\d{1,2})(?:-?ти)?\.?\s+([^\W\d_]+)\s+(\d{4})")


def find_dates(line: str, month_names: dict[str, int] | None = None) -> list[date]:
    found = []
    for m in WORD_DATE.finditer(line):
        if month_names and m.group(2).lower() in month_names:
            found.append(_safe_date(int(m.group(3)), month_names[m.group(2).lower()], int(m.group(1))))
    for m in ISO_DATE.finditer(line):
        found.append(_safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for m in DOTTED_DATE.finditer(line):
        found.append(_safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1))))
    return [d for d in found if d is not None]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


@cache
def clock_time() -> re.Pattern:
    """A clock time, with the word for "o'clock" some pages write after it (`10:33 ч.`, `10:33 часот`)."""
    hours = "|".join(map(re.escape, sorted(hour_words(), key=len, reverse=True)))
    return re.compile(rf"{CLOCK}(?:\s*(?:{hours})(?!\w)\.?)?", re.I)


def is_furniture(line: str, month_names: dict[str, int] | None = None, in_dated_bar: bool = False) -> bool:
    """True when the line holds no sentence, only share words, counters, dates (also with a
    month's name, given `month_names`) and keys; or only such fields separated by `|`
    (`in_dated_bar`: the field is one of a dated bar's, so a section may stand before its share words)."""
    stripped = line.strip()
    if not stripped or stripped.count(" ") > MAX_FURNITURE_TOKENS:
        return False
    fields = FIELD_SEPARATOR.split(stripped)
    if len(fields) > 1:
        dated_bar = any(_only_date(field, month_names) or is_furniture(field, month_names) and _dated(field)
                        for field in fields)
        if all(NUMBERS.match(field) or is_furniture(field, month_names, dated_bar)
               or dated_bar and len(field.split()) <= MAX_TRAIL_WORDS and not SENTENCE_END.search(field)
               for field in fields):
            # a dated byline naming its outlet or section: `Слободен печат | 12.02.2026 | 09:15`,
            # `date 2025-12-03 | Слободен печат | Македонија Сподели на Facebook`
            return True
    if month_names and word_date(stripped, month_names) is not None:
        stripped = WORD_DATE.sub(" ", stripped).strip()
        if not stripped:
            return True
    _, share_words, metadata_keys = common()
    if _links_elsewhere(stripped) or BREADCRUMB.match(stripped) or stripped.lower().startswith(COPYRIGHT) \
            or _after_key(stripped).lower().startswith(promo_openings()):
        return True
    without_dates = DOTTED_DATE.sub(" ", ISO_DATE.sub(" ", stripped))
    undated = clock_time().sub(" ", without_dates)
    if _short_trail(undated, dated=undated != stripped):
        return True
    tokens = TOKEN.findall(undated)
    if len(tokens) > MAX_FURNITURE_TOKENS:
        return False
    words = [t for t in tokens if t[0].isalnum()]
    key_words = words[:tokens.index(":")] if ":" in tokens[:MAX_KEY_WORDS + 1] else []
    if key_words and (key_words[0].lower() in credit_keys() or key_words[0].lower() in metadata_keys) \
            and len(words) <= MAX_CREDIT_WORDS:
        return True  # `Фото: МИА`, `Извор: Ројтерс`, `Објавено во: Македонија`
    share_hits = 0
    others = []
    for token in words:
        low = token.lower().rstrip(":.")
        if low in share_words or _glued_share_words(token, share_words):
            share_hits += 1
        elif not (NUMBER.match(low) or low in metadata_keys or len(low) <= CONNECTOR_LETTERS):
            others.append(token)
    dated = without_dates != stripped or in_dated_bar
    if others:
        # a dated share bar may carry its section's name (`12.03.2026 Економија Сподели на Facebook`)
        return dated and share_hits > 0 and len(others) <= MAX_SECTION_WORDS and not SENTENCE_END.search(stripped)
    return share_hits > 0 or dated or any(w.lower() in metadata_keys for w in words)


def furniture_head(line: str, month_names: dict[str, int] | None = None) -> int | None:
    """Where a line's sentences start when a scraper ran the page's dated share bar into them
    (`date 2026-03-02 12 shares Share Tweet  World  The board …` on one line): the end of the
    longest run of leading words that is itself a dated share bar and ends on a share word, a
    number or a date, or on a section's name set off by a wider gap; None when the line does not
    open so or nothing of a sentence follows."""
    _, share_words, _ = common()
    # (on every line of every text: only the words a bar can hold are read, and only a line that opens
    # with a date in figures (the cheaper test, first) and a share word among them is tried word by word)
    words = list(islice(WORD.finditer(line.rstrip("\n")), MAX_FURNITURE_TOKENS + 1))
    if len(words) < 2 or not _dated(line[:words[-1].end()]) \
            or not any(w.group().lower().rstrip(":.") in share_words for w in words):
        return None
    head = None
    for i, word in enumerate(words[:-1]):
        prefix = line[:word.end()]
        last = word.group().lower().rstrip(":.")
        closes = (last in share_words or NUMBER.match(last) or _dated(last)
                  or line[word.end():words[i + 1].start()].count(" ") > 1)
        if closes and _dated(prefix) and is_furniture(prefix, month_names) \
                and any(w.group().lower().rstrip(":.") in share_words for w in words[:i + 1]):
            head = words[i + 1].start()
    rest = line[head:] if head is not None else ""
    return head if rest[:1].isupper() and SENTENCE_END.search(rest.rstrip()) else None


def _dated(field: str) -> bool:
    """The field holds a date in figures."""
    return DOTTED_DATE.search(field) is not None or ISO_DATE.search(field) is not None


def _glued_share_words(token: str, share_words: frozenset[str]) -> bool:
    """Platform names a scraper ran together (`FacebookTwitterViberEmail`)."""
    starts = [i for i, ch in enumerate(token) if ch.isupper()]
    if len(starts) < 2 or starts[0] != 0:
        return False
    parts = [token[a:b] for a, b in zip(starts, starts[1:] + [len(token)])]
    return all(p.lower() in share_words for p in parts)


def _only_date(field: str, month_names: dict[str, int] | None) -> bool:
    """The field is a date in figures or in words, and nothing else."""
    rest = DOTTED_DATE.sub("", ISO_DATE.sub("", field))
    if month_names and word_date(rest, month_names) is not None:
        rest = WORD_DATE.sub("", rest)
    return rest != field and not rest.strip(" ,.")


def _short_trail(line: str, dated: bool) -> bool:
    """Two short segments between `»` or `›`, or between `|` after a date or time (a headline may
    hold a bar: `Мицкоски | Владата ќе одлучи`)."""
    m = SHORT_TRAIL.match(line)
    return (m is not None and (m["mark"] != "|" or dated)
            and all(len(m[seg].split()) <= MAX_TRAIL_WORDS for seg in ("first", "second")))


def heads_link_list(line: str) -> bool:
    """`Поврзани вести`, `Најчитано:`: a line that is only a link key heads other pages' headlines."""
    return line.strip().rstrip(":").strip().lower() in link_keys()


def is_listed_headline(line: str) -> bool:
    """A line of such a list: short and not ending like a sentence."""
    stripped = line.strip()
    return len(stripped.split()) <= MAX_HEADLINE_WORDS and not SENTENCE_END.search(stripped)


def _after_key(line: str) -> str:
    """The line without a short key and its colon in front (`Колачиња: Користиме колачиња …`)."""
    head, colon, rest = line.partition(":")
    return rest.strip() if colon and 0 < len(head.split()) <= MAX_KEY_WORDS else line


def _links_elsewhere(line: str) -> bool:
    """`ПРОЧИТАЈТЕ ПОВЕЌЕ: …`, `Тагови: …`: a link key and a colon open the line."""
    head, colon, _ = line.partition(":")
    return bool(colon) and head.strip().lower() in link_keys()


def dateline_date(text: str, month_names: dict[str, int]) -> tuple[date | None, bool]:
    """The date of a dateline opening an article's body (`Скопје, 12 март 2025 (МИА) –`,
    `Белград, 12.03.2025 –`): a place name, a comma and a full date at the start of one of the
    first lines, below the headline. A dateline without its year (`Скопје, 25 ноември (МИА) –`)
    takes the year that puts it nearest the full dates the article writes (most of them, the
    later on a tie): news tells of days around its own. Also whether the year was so inferred."""
    lines = [line for line in text.split("\n") if line.strip()][:DATELINE_LINES]
    for line in lines:
        m = DATELINE.match(line)
        if m is None:
            continue
        found = _full_date(m.group("date"), month_names)
        if found is not None:
            return found, False
        day_month = DAY_MONTH.match(m.group("date"))
        month = day_month and month_names.get(day_month.group(2).lower())
        if month:
            inferred = _nearest_year(int(day_month.group(1)), month, find_dates(text, month_names))
            return inferred, inferred is not None
    return None, False


DAY_MONTH = re.compile(r"(\d{1,2})(?:-?ти)?\.?\s+([^\W\d_]+)")


def _nearest_year(day: int, month: int, written: list[date]) -> date | None:
    """The day and month in the year nearest most of the written dates."""
    votes: Counter[date] = Counter()
    for when in written:
        options = [d for d in (_safe_date(when.year + k, month, day) for k in (-1, 0, 1)) if d is not None]
        if options:
            votes[min(options, key=lambda d: abs((d - when).days))] += 1
    return max(votes, key=lambda d: (votes[d], d)) if votes else None


DATELINE_SOURCE = re.compile(r"\(([^()\n]{1,40})\)\s*[–—-]")  # `(МИА) –`: the agency the dateline names


def dateline_source(text: str) -> str | None:
    """The news agency a dateline opening the article names (`Скопје, 3 декември (МИА) –` -> `МИА`):
    the article's own source."""
    lines = [line for line in text.split("\n") if line.strip()][:DATELINE_LINES]
    for line in lines:
        m = DATELINE.match(line)
        source = DATELINE_SOURCE.search(m.group("date")) if m is not None else None
        if source is not None:
            return source.group(1).strip()
    return None


def word_date(line: str, month_names: dict[str, int]) -> tuple[date, int, int] | None:
    """The first day, month name and year of a line (`4 февруари 2025`), with its span."""
    for m in WORD_DATE.finditer(line):
        month = month_names.get(m.group(2).lower())
        found = month and _safe_date(int(m.group(3)), month, int(m.group(1)))
        if found:
            return found, m.start(), m.end()
    return None


def _full_date(rest: str, month_names: dict[str, int]) -> date | None:
    numeric = find_dates(rest[:12])
    if numeric:
        return numeric[0]
    found = word_date(rest, month_names)
    return found[0] if found is not None and found[1] == 0 else None


def brief_items(text: str) -> list[tuple[re.Match, int]]:
    """The items of a page of news briefs: each item's dateline (`ITEM_DATELINE`) and the end of the item (the next
    dateline, or the end of the text), in text order; none when the text has fewer than `BRIEF_ITEMS` such datelines.
    Each item is a story of its own, set and dated by its dateline."""
    # (a state or a day tells a dateline from a name in capitals opening a line: `НАТО - …`)
    found = [m for m in ITEM_DATELINE.finditer(text) if m["place"].isupper() and (m["state"] or m["day"])]
    if len(found) < BRIEF_ITEMS:
        return []
    return list(zip(found, [m.start() for m in found[1:]] + [len(text)]))
