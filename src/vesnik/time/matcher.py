"""Find date expressions in text and resolve them: one implementation for the pipeline step
and the spaCy component.

Regular expressions are built from a language's date words (`DateWords`), so the code names no
word of any language. One pass of a combined pattern finds the cores (a date, a weekday after a
preposition, a modifier with a unit, "N units ago", a deictic word ...); a few look-backs then
join what belongs to them: a weekday before a date in parentheses ("во понеделникот (10-ти
мај)"), a period part before a date ("крајот на 2007 година"), and a bare day, month or year
coordinated with a following full date ("од 20-ти до 23-ти ноември").

Resolution counts from the publication date, except in records that merge several articles:
there a dateline (a source note "(… – 04/12/09-11/12/09)" or a byline "… -- 02/12/10") dates
its own part of the text. Without a year, a month takes the year written earlier in its sentence.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta

from vesnik.clean.boilerplate import ITEM_DATELINE, brief_items
from vesnik.clean.repair import CLOSING_QUOTES, OPENING_QUOTES
from vesnik.document import TimeExpression
from vesnik.time.calendar import SOON, Meaning, Resolution, anchor_date, resolve
from vesnik.time.words import AnchorEvent, DateWords

YEAR = r"(?<![\d.,])(?:1\d|20)\d\d(?!\d|[.,]\d|-\d\d-\d\d)"  # 1000-2099, not part of a longer number or ISO date
DAY = r"(?<![\d.,/])(?:[12]\d|3[01]|0?[1-9])(?!\d)"
WORD = re.compile(r"\w+")
VOWELS = frozenset("аеиоуaeiou")  # a finite verb form ends in one, or in a consonant of `verb_cue_endings`
DIGITS = re.compile(r"\d+")
# a dash between two words joins them ("патот Скопје–Велес"); spaced, it sets off a clause (so do two hyphens: "преговорите -- закажани за март --")
CLAUSE_PUNCTUATION = r"[,;:()\[\]„“”\"«»]|(?<!\w)[–—]|[–—](?!\w)|(?<!\S)--(?!\S)"
WEEK = timedelta(weeks=1)
MAX_YEAR_RANGE = 30  # "2008-2009", "1992–1995" are ranges of years; "1500-2000" a range of amounts
# a past verb tells the time of a date only near it: run-on speech has no commas between clauses
# ("го имаше Владата за линеарно зголемување на пензиите ... во септември предвидени се средства")
PAST_WORDS_AROUND = 6
JOINED_ADVERBIAL_WORDS = 4  # words between "и" and the future particle of a joined predicate ("и од понеделник ќе …")
INTENTION_OBJECT_WORDS = 5  # words of the act's object between an agreement verb and its "да" ("се договорија разговорите за спорот да …")
ROUND_COUNT = 100  # "за 2000 нови станови": a round number after "за" is more likely a count than a year
EARLIEST_BARE_YEAR = 1800  # "во 1870" is a year, "од 1500 (вработени)" more likely a count
CLOSING_PUNCTUATION = re.compile(r"\s*[,;:)]")  # not a full stop: "се продаваат за 2000." is a price
# "три години подоцна" counts from a date of its own or the previous sentence; a date further
# back is not the event it counts from (that one is undated: "се пресели во Канада и 40 години подоцна ...").
# A demonstrative ("таа година", "тој ден") may point further back.
COUNTED_FROM_SENTENCES = 1
SAME_DAY_SENTENCES = 3  # "Истиот ден", "тој ден" point back to the day told last up to so many sentences before
DAYS_TOLD_SENTENCES = 2  # a day in so many sentences before "Неделата беше" makes it Sunday
# A weekend with no modifier right after (in its own or the previous sentence) a written date so many
# years or more before publication is a weekend of that story, which the text does not date ("Во 1992
# година избегале ... дошол за време на викендот"): vague, not taken. One told ahead is still to come
# ("траеше од 1995 до 1996 година. Ако нема договор до викендот, ќе …").
STORY_PAST_YEARS = 2
# a participle dates the date a few words after it ("извршен во ноќта меѓу сабота и недела"); shorter
# words with its endings are nouns ("ден", "план", "цена")
PARTICIPLE_WORDS = 6
SETTING_WORDS = 4  # words searched before a participle for the preposition of its noun ("на вонредната седница на Собранието одржана")
MIN_PARTICIPLE = 5
SINCE_BEFORE = timedelta(days=31)  # how far before publication "од <date>" with a present tense is the start of what goes on
SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?…][\"“”»]?\s+|\n\s*)$")
CAPITALISED_WORD_BEFORE = re.compile(r"(?<!\w)[^\W\d_]\w*[ \t]+$")  # a word right before, on the same line (checked for a capital)
LOOK_BACK = 48  # characters searched before a core for what joins it
RANGE_START_WORDS = 4  # "од 7-ми ноември 2008 година до"
UPPER = "A-ZЀ-Я"  # capitals of the Latin and Cyrillic scripts
NAME_WORDS = 8  # words between the noun of a named act and the year of its name
SUPERLATIVE_SCOPE_WORDS = 6  # "најжестоките напади со ракети врз Украина оваа година"
SUPERLATIVE_LOOK_BACK = 100  # characters searched before a month or year for its superlative
NAME_LOOK_BACK = 150  # characters searched before a year for the title of a named act
# a date that ends a short quotation of capitalised words is a name ("орденот „Осми септември“",
# "„Мај 2010“", the street "„11 Октомври“"), not a quoted sentence ("„Дојдов во вторник“")
QUOTED_NAME_BEFORE = re.compile(r"[„“\"«](?:(?:\d+|[^\W\d_a-z\u0430-\u045f][\w-]*)\s+){0,3}$")
QUOTED_NAME_AFTER = re.compile(r"[“”\"»]")
# a count from an event ("Четири години по конфликтот") finds another mention of the event by its words'
# stems (without the article) of so many letters or more, with an ending of up to so many letters
MIN_EVENT_STEM = 4
EVENT_STEM_ENDING = 4
DATELINE_HEAD = 400  # characters of the text's head searched for a dateline (the place a known event needs)
SPEECH_TAG_WORDS = 4  # words from a quotation's mark to a day its speech tag tells ("“, изјави министерот вчера")


def _alt(words: Iterable[str]) -> str:
    """Whole-word alternation, longest first."""
    return r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + r")(?!\w)"


@dataclass(frozen=True)
class Found:
    expression: TimeExpression
    problem: str | None  # why it is unresolved, or None


@dataclass
class _Core:
    start: int
    end: int
    meaning: Meaning
    rule: str
    tense_from: tuple[int, int] | None = None  # the span whose clause sets the tense, if not its own
    only_ahead: bool = False  # a date only in a clause that points forward ("по два месеца ќе ...")
    only_among_days: bool = False  # a date only where the text tells days: a day just before it
    vague_in_past_story: bool = False  # no date right after a date years before publication (`STORY_PAST_YEARS`)
    habitual: bool = False  # a weekday that recurs ("секој понеделник"): no date, not taken
    year_offset: int | None = None  # "истиот месец лани": the year, counted from publication, of a date from the text
    ahead: bool = False  # told of what is to come unless its clause is told in the past ("наесен")
    event_start: int | None = None  # where the event a count is made from is named ("по конфликтот")
    counted_from: date | None = None  # the date of that event


class TimeMatcher:
    def __init__(self, words: DateWords, wordforms: frozenset[str] = frozenset(), verb_forms: frozenset[str] = frozenset(),
                 events: tuple[AnchorEvent, ...] = ()):
        self.words = w = words
        self.events = events
        # to tell an aorist from a noun that ends like it: the language's known word forms, and forms known to be verbs
        self.wordforms, self.verb_forms = wordforms, verb_forms
        self.noun_shared_endings = tuple(w.noun_shared_past_endings)
        month = _alt(w.month_names)
        month_any = rf"(?:{month}|{_alt(w.month_abbreviations)}\.?)"
        weekday = _alt(w.weekdays)
        direction = _alt(w.directions)
        # the ending after a hyphen ("5-ти", "2009-та") or written on the number ("5ти март")
        suffixes = "|".join(re.escape(x) for x in sorted(w.ordinal_suffixes, key=len, reverse=True))
        ordinal = rf"(?:\s?-\s?{_alt(w.ordinal_suffixes)}|(?<=\d)(?:{suffixes})(?!\w))"
        year_word = _alt(w.year_words)
        # the ending that makes a number a decade, with or without a hyphen: "1990-тите", "1980тите"
        decade_ending = rf"(?:\s?-\s?)?(?:{'|'.join(map(re.escape, w.decade_suffixes))})(?!\w)"
        year_full = rf"{YEAR}(?:{ordinal})?(?:\s+{year_word})?"
        calendar_units = {word for word, unit in w.units_singular.items() if unit != "day"}  # "next day" is anaphoric
        year_units = {word for word, unit in w.units_singular.items() if unit == "year"}
        month_units = {word for word, unit in w.units_singular.items() if unit == "month"}  # "во јануари месец"
        tens = _alt(word for word, n in w.numbers.items() if n >= 20 and n % 10 == 0)
        units = _alt(word for word, n in w.numbers.items() if n < 10)
        number = rf"(?:\d{{1,3}}|{tens}\s+{_alt(w.number_links)}\s+{units}|{_alt(w.numbers)})"
        coordinator = rf"\s*(?:{_alt(w.coordinators)}|[-–])\s*"
        period_part = (rf"(?:(?:{_alt(w.period_ordinals)}\s+)?{_alt(w.period_parts)}"
                       rf"|{_alt(w.period_ordinals)}\s+{_alt(w.ordinal_period_parts)})")
        self.period_before = re.compile(
            rf"(?:{period_part}\s+{_alt(w.period_links)}|{_alt(w.seasons)})\s+$", re.I)
        period = rf"(?P<pu_part>{period_part})\s+{_alt(w.period_links)}\s+(?P<pu_u>{_alt(calendar_units)})"
        # a season or part of the year without a year: "летото", "цело лето", "последното тримесечје"
        definite_seasons = _alt(w.seasons)
        indefinite_seasons = _alt(set(w.season_months) - set(w.seasons))
        year_part = (rf"(?P<yp_season>{definite_seasons}|(?:{_alt(w.whole_words)})\s+{indefinite_seasons})"
                     rf"|(?P<yp_adverb>{_alt(w.season_adverbs)})"
                     rf"|(?P<yp_ord>{_alt(w.year_part_ordinals)})\s+(?P<yp_noun>{_alt(w.year_part_nouns)})")
        all_units = {**w.units_singular, **w.units_plural, **w.counted_units}
        ago = (rf"(?P<ago_w>{_alt(w.ago)})\s+(?:{_alt(w.ago_fillers)}\s+)?"
               rf"(?:(?P<ago_n>{number})\s+(?P<ago_u>{_alt(all_units)})|(?P<ago_one>{_alt(calendar_units)})\s+{_alt(w.one_unit_tails)})")
        within_units = {word for word, unit in {**w.units_singular, **w.units_plural}.items() if unit in w.within_units}
        after = (rf"(?:{_alt(w.after)}|{_alt(w.within)}(?=\s+{number}\s+{_alt(within_units)}))"
                 rf"\s+(?P<aft_n>{number})\s+(?P<aft_u>{_alt(all_units)})(?!\s+{_alt(w.after_from)})")
        iso = r"(?<![\d-])(?P<iso_y>(?:1\d|20)\d\d)-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)(?!\d)"
        numeric = (rf"(?<![\d.,/])(?P<num_d>\d{{1,2}})(?P<num_sep>[./])(?P<num_m>\d{{1,2}})(?P=num_sep)"
                   rf"(?P<num_y>\d{{4}}|\d\d)(?!\d)(?:\s*{year_word})?")
        # the month as a Roman numeral, with a full year: "15.IX.2026", "3. V 2025 г.", "21/XII/2023" (upper case only)
        roman_month = "|".join(sorted((numeral.upper() for numeral in w.roman_months), key=len, reverse=True))
        roman = (rf"(?<![\d.,/])(?P<rom_d>\d{{1,2}})(?:\.\s?(?-i:(?P<rom_m>{roman_month}))(?:\.\s?|\s)|/(?-i:(?P<rom_sm>{roman_month}))/)"
                 rf"(?P<rom_y>(?:1\d|20)\d\d)(?![\d.,]\d)"
                 rf"(?:\s*{year_word})?")
        # with a space after the dots, and then only with a full year: "8. 11. 2025 година"
        numeric_spaced = (rf"(?<![\d.,/])(?P<nsp_d>\d{{1,2}})\.\s(?P<nsp_m>\d{{1,2}})\.\s?(?P<nsp_y>{YEAR})"
                          rf"(?:\s*{year_word})?")
        # a day and month in figures without a year, after a preposition ("На 30.06"), not an amount
        # or an hour ("на 12.5", "во 10.30 часот": two-digit month that is a month, no unit after)
        # (a one-digit month only with the closing dot: "на 1.7.", not "на 1.7 милиони"); with a slash only
        # two digits each ("до 15/04"), not a share ("на 2/3 од гласовите")
        numeric_day_month = (rf"{_alt(w.numeric_date_prepositions)}\s+(?:(?P<ndm_d>\d{{1,2}})\.(?P<ndm_m>\d\d|\d(?=\.))"
                             rf"|(?P<ndm_sd>\d\d)/(?P<ndm_sm>\d\d))"
                             rf"(?:\.\s+(?P<ndm_y>{YEAR})(?:\s+{year_word})?)?"  # "на 23.02. 2021 година"
                             rf"(?![\d/])(?![.,]\d)(?!\.?\s*{_alt(w.numeric_date_blockers)})")
        # "1-ви септември идната година", "во мај лани"
        self.year_adverbs = {word: offset for word, (unit, offset) in w.deictic.items() if unit == "year"}
        # ... or the year of the previous date of the text: "во февруари истата година", "на 3 март таа година"
        self.anaphoric_years = {phrase: offset for phrase, (unit, offset) in w.anaphoric.items() if unit == "year"}
        relative_year = rf"{_alt(self.anaphoric_years)}|{direction}\s+{_alt(year_units)}|{_alt(self.year_adverbs)}"
        # the day in figures ("4-ти", "4.", "4") or an ordinal word ("први", "дваесет и петти")
        ordinal_day = _alt(w.ordinal_days).replace(r"\ ", r"\s+")
        day_month = (rf"(?:(?P<dm_d>{DAY})(?:{ordinal}|\.)?|(?P<dm_w>{ordinal_day}))\s+(?P<dm_m>{month_any})"
                     rf"(?:(?:\s+|,\s*)(?P<dm_y>{year_full})|\s+(?P<dm_ry>{relative_year}))?")
        # a day of a month named relative to publication: "до 15-ти овој месец", "на 3-ти следниот месец", "5-ти месецов"
        self.month_adverbs = {word: offset for word, (unit, offset) in w.deictic.items() if unit == "month"}
        # (with an ordinal ending or after a preposition: "доби 15 овој месец" is an amount)
        # ... or the month of the previous date of the text: "на 8-ми истиот месец"
        self.anaphoric_months = {phrase for phrase, (unit, offset) in w.anaphoric.items() if unit == "month" and offset == 0}
        anaphoric_month = _alt(self.anaphoric_months).replace(r"\ ", r"\s+")
        day_of_relative_month = (rf"(?:(?P<drm_p>{_alt(w.numeric_date_prepositions)})\s+)?(?P<drm_d>{DAY})(?P<drm_o>{ordinal}|\.)?\s+"
                                 rf"(?:(?P<drm_dir>{direction})\s+{_alt(month_units)}|(?P<drm_adv>{_alt(self.month_adverbs)})"
                                 rf"|(?P<drm_an>{anaphoric_month}))")
        # a day alone with an ordinal ending, closing its clause or before a verb ("беше претставен на 5-ти.",
        # "на 30-ти ќе биде"): a day of the month of publication; not a list ("на 5-ти, 6-ти и 7-ми мај"), a place ("на 5-ти ред")
        day_suffixes = "|".join(re.escape(x) for x in w.day_ordinal_suffixes)
        day_ordinal = rf"(?:\s?-\s?{_alt(w.day_ordinal_suffixes)}|(?<=\d)(?:{day_suffixes})(?!\w))"
        bare_day = (rf"{_alt(w.bare_day_prepositions)}\s+(?P<bd_d>{DAY})(?P<bd_o>{day_ordinal})"
                    rf"(?=\s*(?:[.;:)]|,(?!\s*\d))|\s*$|\s+(?:{_alt(w.future_particles)}|{_alt(w.past_copulas)}|{_alt(w.schedule_copulas)}))")
        month_year = (rf"(?:(?P<my_dir>{direction})\s+)?(?P<my_m>{month})(?:\s+{_alt(month_units)})?"
                      rf"(?:\s+(?P<my_y>{year_full})|\s+(?P<my_ry>{relative_year}))?")
        modified = (rf"(?P<rel_dir>{direction})\s+"
                    rf"(?:(?P<rel_u>{_alt(calendar_units)})|(?P<rel_wd>{weekday})|(?P<rel_we>{_alt(w.weekend)}))")
        weekend = rf"(?P<we>{_alt(w.weekend_alone)})"
        # "(во) неделата што следува": a preposition before it is left out of the span
        unit_clause = (rf"(?:{_alt(w.weekday_prepositions)}\s+)?(?:(?P<uc_u>{_alt(calendar_units)})|(?P<uc_we>{_alt(w.weekend_alone)}))"
                       rf"\s+(?P<uc_rel>{_alt(w.unit_clauses)})")
        year = (rf"(?:(?:(?P<yr_p>{_alt(w.year_prepositions)})|(?P<yr_pa>{_alt(w.year_or_amount_prepositions)}))\s+)?"
                rf"(?P<yr_y>{YEAR})(?P<yr_o>{ordinal})?"
                rf"(?!{decade_ending})(?:\s+(?P<yr_w>{year_word}))?")
        # two years joined by a hyphen or a slash (`академската 2008-2009`, `1992–1995`): each is an expression
        # the second may keep only its last two digits (`1950-53`)
        # (also after "за": two years a few apart are no amount, "буџетот за 2026/2027")
        year_range = rf"(?:(?:{_alt(w.year_prepositions)}|{_alt(w.year_or_amount_prepositions)})\s+)?(?P<yrr_a>{YEAR})\s?[-–/]\s?(?P<yrr_b>{YEAR}|\d\d(?![\d.,-]\d))(?:\s+{year_word})?"
        on_weekday = rf"{_alt(w.weekday_prepositions)}\s+(?P<wd_d>{weekday})"
        # a weekday named without a preposition (`Понеделникот беше ден на жалост`); not `недела`,
        # which is also the week
        bare_weekdays = [day for day in w.weekdays if day not in w.units_singular]
        bare_weekday = rf"(?P<bw_d>{_alt(bare_weekdays)})"
        week_weekdays = [day for day in w.weekdays if day in w.units_singular]
        weekday_before_copula = rf"(?P<wc_d>{_alt(week_weekdays)})(?=\s+{_alt(w.weekday_copulas)})"
        deictic = rf"(?P<dx>{_alt(w.deictic)})"
        # "истиот месец лани": the month of the previous date, in the year named relative to publication
        anaphoric = rf"(?P<an>{_alt(w.anaphoric)})(?:\s+(?P<an_ry>{direction}\s+{_alt(year_units)}|{_alt(self.year_adverbs)}))?"
        counted = (rf"(?P<cnt_n>{number})\s+(?P<cnt_u>{_alt(all_units)})\s+"
                   rf"(?:(?P<cnt_later>{_alt(w.later)})|{_alt(w.earlier)})")
        # "десет години по потпишувањето на договорот": the event's noun, and a complement that holds no date word
        date_word = _alt({*w.month_names, *w.weekdays, *w.deictic, *all_units, *w.anaphoric})
        event_word = rf"(?!{date_word}|{_alt(w.relative_words)})[^\W\d_][\w-]*"
        # (one unit without a number, "Година (дена) по земјотресот"; not "недела", which is also Sunday, nor a season)
        one_units = {word for word, unit in w.units_singular.items() if unit != "day" and word not in w.weekdays
                     and word not in w.season_months and not word.endswith(w.definite_endings)}
        counted_event = (rf"(?:(?P<cev_n>{number})\s+(?P<cev_u>{_alt(all_units)})"
                         rf"|(?P<cev_one>{_alt(one_units)})(?:\s+{_alt(w.one_unit_tails)})?)\s+{_alt(w.event_count_links)}\s+"
                         rf"(?P<cev_ev>(?:{_alt(w.event_possessives)}\s+)?{event_word}"
                         rf"(?:\s+{_alt(w.event_complement_links)}\s+{event_word}(?:\s+{event_word})?)?)")
        self.event_span_before = re.compile(rf"{_alt(w.event_count_spans)}\s+$", re.I)
        self.clause_end = re.compile(r"[,.;:!?()\n„“”\"«»]")
        # tried in this order at one position: the longer or more specific reading first
        alternatives: dict[str, tuple[str, Callable[[re.Match], _Core | None]]] = {
            "period": (period, self._period), "year_part": (year_part, self._year_part), "ago": (ago, self._ago), "after": (after, self._after), "counted": (counted, self._counted),
            "counted_event": (counted_event, self._counted_event),
            "anaphoric": (anaphoric, self._anaphoric), "iso": (iso, self._iso),
            "numeric": (numeric, self._numeric), "roman": (roman, self._roman), "numeric_spaced": (numeric_spaced, self._numeric_spaced), "numeric_day_month": (numeric_day_month, self._numeric_day_month),
            "day_of_relative_month": (day_of_relative_month, self._day_of_relative_month), "day_month": (day_month, self._day_month),
            "bare_day": (bare_day, self._bare_day),
            "month_year": (month_year, self._month_year), "unit_clause": (unit_clause, self._unit_clause), "modified": (modified, self._modified),
            "year_range": (year_range, self._year_range), "year": (year, self._year), "on_weekday": (on_weekday, self._on_weekday), "deictic": (deictic, self._deictic),
            "bare_weekday": (bare_weekday, self._bare_weekday), "weekend": (weekend, self._weekend),
            "weekday_before_copula": (weekday_before_copula, self._weekday_before_copula),
        }
        self.handlers = {name: handler for name, (_, handler) in alternatives.items()}
        self.pattern = re.compile("|".join(f"(?P<{name}>{regex})" for name, (regex, _) in alternatives.items()), re.I)
        # tried where two numbers joined by a dash are no range of years: the first may be a year alone
        self.pattern_without_range = re.compile("|".join(
            f"(?P<{name}>{regex})" for name, (regex, _) in alternatives.items() if name != "year_range"), re.I)
        # the pattern is only tried where a word that can open an expression starts (or a digit):
        # a set lookup per word is far cheaper than trying every alternative at every character
        self.openers = frozenset(word.split()[0] for word in (
            *w.weekday_prepositions, *w.year_prepositions, *w.directions, *w.month_names, *w.ago, *w.after, *w.within,
            *w.period_parts, *w.period_ordinals, *w.seasons, *w.season_adverbs, *w.whole_words, *w.deictic, *w.anaphoric, *w.numbers, *w.ordinal_days, *bare_weekdays, *week_weekdays, *w.weekend_alone, *calendar_units, *w.numeric_date_prepositions))
        # most openers are prepositions, numerals or modifiers that start a match only before a date
        # word or a number ("во среда", "на 30.06", "пред два дена"): where the next word is neither,
        # the pattern is not tried (a cheap check for the commonest words of the text, "на", "во", "за")
        self.opening = re.compile(rf"(?<!\w)(?:\d|{_trie(self.openers)}(?!\w))")  # on lower-cased text
        standing = {*w.month_names, *w.weekdays, *w.deictic, *w.weekend_alone, *w.seasons, *w.season_adverbs,
                    *(phrase for phrase in w.anaphoric if " " not in phrase)}  # "утредента" stands alone
        self.needs_next = self.openers - standing
        self.next_words = frozenset(part.rstrip(".") for word in _all_words(w) for part in word.split())
        self.week_around_event = re.compile(rf"\s+{_alt(w.week_event_links)}\s+[^\W\d_]", re.I)
        # what joins a core from before it
        # (after the comma the date may keep its preposition: "во петокот, на 7 март,"; a time of day may stand
        # before the comma: "в петок на полноќ, 31 октомври")
        self.weekday_before = re.compile(rf"(?P<weekday>(?:{direction}\s+)?{weekday})(?:\s+{_alt(w.since_times_of_day)})?"
                                         rf"\s*(?P<open>[(,])\s*"
                                         rf"(?:{_alt(w.numeric_date_prepositions)}\s+)?$", re.I)
        # a word for the day itself before such a weekday: "вечерва, сабота, 29 септември"
        today_words = [word for word, (unit, offset) in w.deictic.items() if unit == "day" and offset == 0]
        self.today_before = re.compile(rf"(?P<today>{_alt(today_words)})\s*,\s*$", re.I)
        self.paren_after = re.compile(r"\s*\)")
        self.paren_before = re.compile(r"\(\s*$")
        # a date set off after a word for a day, naming it: "утре, 1 јануари", "вчера (на 30 декември)"
        self.apposition = re.compile(rf"\s*[,(]\s*(?:{_alt(w.numeric_date_prepositions)}\s+)?", re.I)
        self.count_apposition = re.compile(rf"\s*[,(]\s*(?:{_alt(w.count_apposition_prepositions)}\s+)?", re.I)
        # the name of the day right after a word for it or a date: "денеска (среда)", "на 15.03. (сабота)", "утре, во четврток." (set off
        # by punctuation, not opening a clause of its own: "пристигна вчера, во понеделник ќе ...")
        self.weekday_naming_day = re.compile(
            rf"(?:(?<=\d)\.)?\s*(?:\(\s*(?P<paren>{weekday})\s*\)|,\s*(?:{_alt(w.weekday_prepositions)}\s+)?(?P<comma>{weekday})(?=\s*(?:[,.;)]|$)))", re.I)
        self.weekday_after = re.compile(
            rf"\s*(?:\([^()\n]*\)\s*)?(?:{_alt(w.coordinators)}|,)\s*(?P<weekday>{weekday})", re.I)
        self.day_coordinated = re.compile(rf"(?P<d>{DAY}(?:{ordinal}|\.)?|{ordinal_day}){coordinator}$", re.I)
        self.month_coordinated = re.compile(rf"(?P<m>{month}){coordinator}$", re.I)
        self.year_coordinated = re.compile(rf"(?P<y>{YEAR}(?:{ordinal})?)(?:{coordinator}|\s*,\s*)$", re.I)
        self.numeric_range_start = re.compile(rf"(?<![\d.,/])(?P<d>\d{{1,2}})\.(?P<mo>\d{{1,2}})\.?\s*(?:[-–]|{_alt(w.range_links)})\s*$", re.I)
        # "од 28 ноември до 2 декември 2024": a day and month in words before a full date
        self.day_month_range_start = re.compile(rf"(?P<d>{DAY})(?:{ordinal}|\.)?\s+(?P<mo>{month}){coordinator}$", re.I)
        self.year_listed = re.compile(rf"(?P<y>{YEAR}(?:{ordinal})?)\s*,\s*$", re.I)
        year_list_end = rf"(?=\s*(?:[,;.)]|{_alt(w.coordinators)}\s|$))"
        self.year_following = re.compile(rf"\s*,\s*(?P<y>{YEAR}){year_list_end}", re.I)
        self.amount_after = re.compile(rf"(?:(?:\s*[-–]\s*|\s+{_alt(w.year_amount_links)}\s+)\d[\d.,]*)?\s*{_alt(w.year_amount_units)}(?!\w)", re.I)
        self.year_closing = re.compile(rf"\s+{_alt(w.list_links)}\s+(?P<y>{YEAR})(?!(?:{ordinal})?\s+{year_word}|{ordinal})(?P<end>{year_list_end})?", re.I)
        # clauses, for the tense of an expression and for governing_time
        self.week_apposition = re.compile(
            rf",\s*(?:{_alt(w.week_day_hedges)}\s+)?(?:{_alt(w.weekday_prepositions)}\s+)?", re.I)
        self.clause_break = re.compile(rf"{CLAUSE_PUNCTUATION}|{_alt(w.clause_words)}", re.I)
        self.comma_clause_openers = frozenset(w.lower() for w in w.comma_clause_openers)
        self.contrast = re.compile(rf",\s*{_alt(w.contrast_openers)}", re.I)
        self.contrast_topic = re.compile(rf",\s*{_alt(w.contrast_openers)}\s+(?P<word>\w[\w-]*)", re.I)
        self.verb_cue_words = frozenset(w.verb_cue_words)
        self.non_verb_words = frozenset((*w.non_verb_words, *w.month_names, *w.weekdays, *w.units_singular,
                                         *w.units_plural, *w.directions, *w.deictic, *w.weekend))
        # a day word after publication tells the tense of a clause with no verb ("Мицкоски утре во Брисел")
        self.later_day_word = re.compile(_alt(word for word, (unit, offset) in w.deictic.items() if offset > 0), re.I)
        self.parenthetical_openers = frozenset(w.parenthetical_openers)
        self.past_copulas = frozenset(w.past_copulas)
        self.told_past = frozenset((*w.past_copulas, *w.told_past_words))
        # the participles of what is scheduled ("закажана" of "е закажана"): a past copula with them
        # sets a date, it does not tell it in the past ("Изборите, кои беа закажани на 12 ноември")
        self.scheduled_participles = frozenset(phrase.split()[1] for phrase in w.future_markers
                                               if len(phrase.split()) == 2 and phrase.split()[0] in w.schedule_copulas)
        self.future = re.compile(_alt(w.future_markers), re.I)
        self.ongoing = re.compile(_alt(w.ongoing_markers), re.I)
        self.future_particle = re.compile(_alt(w.future_particles), re.I)
        # a modal ending in the particle that opens its verb ("треба да"), and that particle: a clause joined to the
        # modal's with the particle alone shares the modal ("треба да положат …, а Собранието да се конституира …")
        self.modal_particle = re.compile(_alt(w.told_past_stops), re.I)
        self.particle_modal = re.compile(_alt(marker for marker in w.future_markers
                                              if " " in marker and marker.rsplit(" ", 1)[1] in w.told_past_stops), re.I)
        self.relative_before = re.compile(rf"{_alt(w.predicate_relatives)}\s*$", re.I)
        # the link, a short adverbial maybe ("и до 30 јуни ќе имам"), then the particle
        self.future_predicate = re.compile(rf"{_alt(w.predicate_links)}\s+(?:[\w.-]+\s+){{0,{JOINED_ADVERBIAL_WORDS}}}?(?:{_alt(w.future_particles)})", re.I)
        # an agreement or decision to act with the act's object before its `да` ("се договорија разговорите за
        # спорот да продолжат во јануари")
        gapped = {}  # the last word of a multiword marker (its particle) -> the words before it
        for marker in w.intention_markers:
            if " " in marker:
                head, particle = marker.rsplit(" ", 1)
                gapped.setdefault(particle, []).append(head)
        self.intention = re.compile("|".join([_alt(w.intention_markers), *(
            _alt(heads) + r"(?:\s+[^\W\d]+){1,%d}\s+" % INTENTION_OBJECT_WORDS + _alt([particle])
            for particle, heads in gapped.items())]), re.I)
        self.readiness = re.compile(rf"{_alt(w.readiness_words)}\s+{_alt(w.readiness_links)}", re.I)
        self.deadline = re.compile(_alt(w.deadline_nouns), re.I)
        # a date set off by commas after a deadline noun names the deadline ("До рокот за пријави, 30 јуни, …")
        self.deadline_apposition_before = re.compile(rf"{_alt(w.deadline_nouns)}(?:\s+[^\W\d][\w-]*){{0,3}}\s*,\s*$", re.I)
        self.present_copula = re.compile(_alt(w.present_copulas), re.I)
        self.forward_before = re.compile(
            rf"(?:{_alt(w.forward_prepositions)}|{_alt(w.schedule_copulas)}\s+{_alt(w.weekday_prepositions)}"
            rf"|{_alt(w.plural_schedule_copulas)}\s+{_alt(w.schedule_day_prepositions)})\s+$", re.I)
        self.weekday_forward_before = re.compile(rf"{_alt(w.weekday_forward_prepositions)}\s+$", re.I)
        self.schedule_copula_after = re.compile(rf"\s+{_alt(w.schedule_copulas)}\s+(?P<word>[^\W\d]+)", re.I)
        # a date a past clause set for a later day: "беше одложено за 14 април", "траеше до петок"
        self.forward_or_set_for_before = re.compile(
            rf"(?:{_alt(w.forward_prepositions)}|{_alt(w.year_or_amount_prepositions)})\s+$", re.I)
        # before the end of a range: its opener, a date of a few words, the link; the date opens with a number
        # or a word that may open one (`остатокот од долгот ќе биде платен до средината на ноември` is a deadline)
        # and has no word of a name (`побара од Владата до 15 мај да …` asks someone, the date is a deadline)
        self.range_end_before = re.compile(
            rf"{_alt(w.range_openers)}\s+(?=\d|{_trie(self.openers)}(?!\w))"
            rf"(?:(?-i:(?![{UPPER}]))[^\s,;:()]+\s+){{1,{RANGE_START_WORDS}}}{_alt(w.range_links)}\s+$", re.I)
        self.year_word_before = re.compile(rf"(?:(?<!\w){_alt(w.year_words)}|{_alt(w.year_adjectives)})\s+$", re.I)
        # a decade or century that "денес" is set against: "1990-тите", "19 век", "XX век"
        self.era = re.compile(rf"(?<!\d)\d{{2,4}}{decade_ending}"
                              rf"|(?<!\w)(?:\d{{1,2}}(?:{ordinal})?|[IVXLC]+)\s+{_alt(w.century_words)}", re.I)
        self.present_age_words = frozenset(w.present_age_words)
        self.holiday_after = re.compile(rf"\s*\(\s*{_alt(w.holiday_nouns)}", re.I)
        # what makes a weekday or a date recur: "секој понеделник", "два пати во неделата", "секоја година"
        self.habitual_before = re.compile(rf"{_alt(w.habitual_words)}\s+(?:{_alt(w.weekday_prepositions)}\s+|{_alt(w.numeric_date_prepositions)}\s+)?$", re.I)
        self.frequency_before = re.compile(rf"(?:{_alt(w.frequency_words)}|{number}\s+{_alt(w.frequency_units)})"
                                           rf"\s+{_alt(w.weekday_prepositions)}\s+$", re.I)
        self.habitual_year = re.compile(rf"{_alt(w.habitual_words)}\s+{_alt(year_units)}", re.I)
        self.year_word_after = re.compile(rf"\s+{_alt(w.year_words)}", re.I)
        self.year_topic_before = re.compile(rf"{_alt(w.year_topic_nouns)}\s+$", re.I)
        self.for_year_before = re.compile(rf"(?<!\w){_alt(w.year_or_amount_prepositions)}\s+$", re.I)
        self.topic_period_before = re.compile(
            rf"{_alt(w.year_topic_nouns)}\s+{_alt(w.year_or_amount_prepositions)}\s+$", re.I)
        self.reported_period_before = re.compile(
            rf"{_alt(w.reported_period_nouns)}\s+{_alt(w.year_or_amount_prepositions)}\s+"
            rf"(?:[^\W\d][\w-]*\s+{_alt(w.reported_subject_links)}\s+)?$", re.I)
        self.superlative_scope_before = re.compile(
            rf"(?<!\w)(?:{'|'.join(w.superlative_prefixes)})\w+(?:{'|'.join(w.superlative_endings)})"
            rf"(?:\s+[^\W\d][\w-]*){{0,{SUPERLATIVE_SCOPE_WORDS}}}\s+$", re.I)
        # a superlative and "од" up to a year: the start of the span compared over ("најмногу од 2014 година")
        self.superlative_since_before = re.compile(
            rf"(?<!\w)(?:{'|'.join(w.superlative_prefixes)})\w+(?:\s+[^\W\d][\w-]*){{0,{SUPERLATIVE_SCOPE_WORDS}}}"
            rf"\s+{_alt(w.superlative_since_links)}\s+$", re.I)
        # the name of a legal act up to the year: its noun, a few words without punctuation, "од"
        # (its number may stand in the name: "Резолуцијата 1244 од 1999")
        self.named_act_before = re.compile(rf"(?P<act>{_alt(w.named_acts)})(?:\s+(?:[^\W\d][\w-]*|\d+(?:/\d+)?)){{0,{NAME_WORDS}}}"
                                           rf"\s+{_alt(w.named_act_links)}\s+$", re.I)
        # "договорот од 2018": the word before the link, and the "до" that would make it a range's start
        self.attribute_before = re.compile(rf"(?P<word>[^\W\d][\w-]*)\s+{_alt(w.attribute_links)}\s+$", re.I)
        self.until_before = re.compile(rf"(?<!\w){_alt(w.until_links)}\s+$", re.I)
        self.night_start_before = re.compile(rf"{_alt(w.night_words)}\s+{_alt(w.between_prepositions)}\s+$", re.I)
        self.since_before = re.compile(rf"(?<!\w){_alt(w.range_openers)}\s+$", re.I)
        self.end_deadline_before = re.compile(rf"(?<!\w){_alt(w.end_deadline_links)}\s+$", re.I)
        self.period_end_at = re.compile(rf"{_alt(w.period_end_parts)}(?!\w)", re.I)
        self.occasion_sequence_before = re.compile(rf"(?<!\w){_alt(w.occasion_sequence_links)}\s+$", re.I)
        self.time_clause_after = re.compile(rf"\s*,?\s*{_alt(w.date_relatives)}", re.I)
        self.range_link_after = re.compile(rf"\s+{_alt(w.range_links)}\s", re.I)
        self.range_or_relative_after = re.compile(rf"\s+{_alt(w.range_links)}\s|,?\s+{_alt(w.date_relatives)}(?!\w)"
                                                  rf"|\s+{_alt(w.since_times_of_day)}(?!\w)", re.I)
        # a year written inside a relative clause set off by commas (`Словенија, која пристапи во
        # Унијата во 2004 година, од декември …`) is not the year of the rest of the sentence
        self.relative_clause_year = re.compile(rf",\s*{_alt(w.relative_words)}(?!\w)[^,]*$", re.I)
        self.aside_clause_before = re.compile(rf",\s*{_alt((*w.relative_words, *w.aside_openers))}(?!\w)[^,]*$", re.I)
        self.not_before_participle = frozenset((*self.non_verb_words, *self.verb_cue_words, *w.passive_auxiliaries))
        self.prepositions = frozenset(w.non_verb_words) - frozenset(w.coordinators) - frozenset(w.clause_words)
        self.participle_to_date = frozenset((*self.non_verb_words, *w.coordinators, *w.date_frame_nouns))

    # --- public -------------------------------------------------------------------------

    def find(self, text: str, sentences: list[tuple[int, int]], published: date | None) -> list[Found]:
        """Every date expression of `text`, resolved against `published`.

        `sentences` are (start, end) character spans in order; an expression's `sentence` is
        the index of the one it starts in.
        """
        return self.find_with_parts(text, sentences, published)[0]

    def find_with_parts(self, text: str, sentences: list[tuple[int, int]],
                        published: date | None) -> tuple[list[Found], list[tuple[int, int, date]]]:
        """`find`, and the parts of a merged record that carry their own date: (start, end, date)."""
        sentences = sentences or [(0, len(text))]
        starts = [s for s, _ in sentences]
        found = []
        cores = self._cores(text)
        for core in cores:
            if core.rule == "counted_event":
                core.counted_from = self._event_counted_from(text, sentences, cores, core)
        # a count from an event that neither the text nor the known events date is no date
        cores = [core for core in cores if core.rule != "counted_event" or core.counted_from]
        parts = _dated_parts(text, cores)
        year_sentence, year, year_end = -1, None, 0  # the last year written in the current sentence, and where it ends
        topic_year = False  # that year is what a plan or report is for ("буџетот за 2026 година")
        told_year: int | None = None  # the last other year it names relative to publication ("минатата година")
        told_year_end = 0  # where that year expression ends
        range_years: tuple[int, int] | None = None  # the range of years it ends, if it does ("сезоната 2025/26")
        previous: Resolution | None = None  # the last resolved expression, for those that count from it
        previous_sentence = -1
        earlier: list[tuple[Resolution, int]] = []  # every resolved expression and its sentence, in order
        acts_days: list[tuple[Resolution, int]] = []  # those of them that date no noun ("пресудата од 15 април")
        for core in cores:
            index = max(0, bisect.bisect_right(starts, core.start) - 1)
            anchor = _date_of_part(parts, core.start)
            rule = core.rule if anchor is None else f"{core.rule}+dateline"
            if index != year_sentence:
                year_sentence, year, range_years, told_year = index, None, None, None
            meaning = core.meaning
            if (meaning.year_left_open and year and not range_years
                    # a year told relative to publication after it takes over ("во јуни 2012 година, а во септември
                    # минатата година објави …, рок до 5 март": not March 2012)
                    and not (told_year and told_year_end > year_end)
                    and not self._new_topic_after_year(text, year_end, core.start)
                    and not self._future_after_past_year(text, sentences[index], core, year, year_end, anchor or published)
                    and not self._coming_month_after_later_year(text, sentences[index], core, year, year_end, anchor or published)
                    and not self._past_aside_in_later_year(text, sentences[index], core, year, anchor or published)
                    # (nor a relative clause on what the plan is for: what was done with it, "Буџетот за 2026
                    # година, кој Собранието го изгласа на 23-ти декември" told in January 2026 is last December)
                    and not (topic_year and (self._tensed(text, sentences[index], core) or self._told_in_past(text, sentences[index], core)
                                             or self._in_relative_clause(text, sentences[index][0], core)))
                    # the publication year sets nothing a future clause does not ("седница за 27.12.2024, а расправата
                    # ќе продолжи во јануари" told in December 2024 is next January)
                    and not (year == (anchor or published or date.min).year and self._ahead(text, sentences[index], core))):
                # "Во 2004 година ... во март": the sentence has set the year
                meaning, rule = meaning.with_parts(year=year), f"{rule}+year_of_sentence"
            elif meaning.year_left_open and told_year and (self._told_past(text, sentences[index], core)
                                                           or self._told_in_past(text, sentences[index], core)
                                                           or len(WORD.findall(text, told_year_end, core.start)) <= 1
                                                           or self._in_time_clause_of(text, told_year_end, core)):
                # told in the past in a sentence about another year: "минатата година, кога финалето беше на 5-ти мај";
                # or right after that year, whatever the tense: "лани во јули", "минатата година, на 3 март";
                # or in the clause of time that names that year's moment: "следната година, кога … од 1 јануари"
                meaning, rule = meaning.with_parts(year=told_year), f"{rule}+year_of_sentence"
            elif (meaning.absolute and not self._in_relative_clause(text, sentences[index][0], core)
                  and not self._superlative_since(text, core)):
                year, year_end = meaning.year, core.end
                # (the second year of a range is the plan's as its first is: "буџетот за 2026/2027")
                # (a year something is for, "проекцијата за 2019 година", is a topic too)
                topic_year = (self.topic_date(text, core.start, meaning.precision)
                              or self.for_year_before.search(text, max(0, core.start - LOOK_BACK), core.start) is not None
                              or core.rule == "year_range" and range_years is not None and topic_year)
                range_years = ((range_years or (year,))[0], year) if core.rule == "year_range" else None
            elif ((core.rule == "deictic" and meaning.unit == "day"
                   or core.rule in ("deictic", "relative_unit") and meaning.unit == "year" and meaning.offset == 0)
                  and year and year_end <= core.start):
                # a day or this year told from publication after the year moves the account to now ("лидер на
                # протестите од есента 2014 година, денеска беше пуштен од затвор, каде издржуваше казна од мај": this
                # May; "поднесено во јануари 2025, а претресот почна дури годинава, на 20 април")
                year = None
            if core.habitual:
                continue
            if core.only_ahead and not self._ahead(text, sentences[index], core):
                continue
            if core.only_among_days and not any(f.expression.precision == "day" and f.expression.sentence >= index - DAYS_TOLD_SENTENCES
                                                for f in found):
                continue
            if (core.vague_in_past_story and _in_past_story(previous, index - previous_sentence, anchor or published)
                    and not self._ahead(text, sentences[index], core)):
                continue
            future = meaning.needs_tense and (self._ahead(text, sentences[index], core)
                                              or core.ahead and not self._told_past(text, sentences[index], core))
            if (core.rule == "relative_unit" and meaning.offset > 0 and self._told_in_past(text, sentences[index], core)
                    # (not what the past verb announces or plans: "најавија седница следната недела" is from publication)
                    and not self._ahead(text, sentences[index], core)):
                # "Во 2011 ... Следната година се натпреваруваше": a year after publication cannot be told as done;
                # the year after the date told last, when there is one
                base = _text_anchor(earlier, index, meaning.unit, COUNTED_FROM_SENTENCES)
                if base:
                    meaning, rule = meaning.with_parts(from_text=True), f"{rule}+told_past"
            if timeless := self._timeless(text, sentences[index], core):
                res = Resolution(None, meaning.precision, True, timeless)
            elif core.counted_from:
                res = resolve(meaning, core.counted_from)
            elif meaning.from_text:
                near = core.rule != "counted" or index - previous_sentence <= COUNTED_FROM_SENTENCES
                # "the same day" is the day told last, past the coarser dates and, unless told ahead, the plans told
                # after it ("потпиша во средата … ќе стапи во сила на 1 мај, лани склучи … Истиот ден X воведе …")
                same_day = meaning.unit == "day" and meaning.offset == 0
                ahead = same_day and self._ahead(text, sentences[index], core)
                # (told ahead, the day told last that is still to come: "… избори за 11 мај, соопшти кабинетот во
                # вторникот. Локалните избори ќе се одржат истиот ден")
                latest = (anchor or published) if same_day and not ahead else None
                earliest = (anchor or published) if ahead else None
                # "the same day" is an act's: not the day of a noun told with it ("ја поништи пресудата од 15 април
                # 2011 … Истиот ден")
                base = near and _text_anchor(acts_days if same_day else earlier, index, meaning.unit,
                                             SAME_DAY_SENTENCES if same_day else COUNTED_FROM_SENTENCES, latest, earliest)
                res = resolve(meaning, base) if base else Resolution(None, meaning.precision, True, "no earlier date close enough in the text")
                if same_day and found and found[-1].expression.precision == "day" and found[-1].expression.value and (
                        self.apposition.fullmatch(text, found[-1].expression.end, core.start)):
                    # "ќе се одржи на 8 мај, истиот ден со парламентарните": the date it is set beside, ahead or not
                    res, rule = replace(res, value=found[-1].expression.value, problem=None), f"{rule}+apposition"
                if core.year_offset is not None and res.value:
                    res = _in_year(res, (anchor or published).year + core.year_offset if (anchor or published) else None)
            else:
                if core.rule == "bare_day" and previous and previous_sentence == index and previous.precision in ("day", "month"):
                    # "беше на 2ри септември, а продолжи на 21ви": the month of the sentence's date
                    year_and_month = [int(part) for part in previous.value.split("-")[:2]]
                    meaning, rule = Meaning(year=year_and_month[0], month=year_and_month[1], day=meaning.day), f"{rule}+month_of_sentence"
                elif core.rule == "bare_day" and (anchor or published):
                    meaning = meaning.with_parts(offset=self._bare_day_month(text, sentences[index], core, anchor or published))
                res = resolve(meaning, anchor or published, future, meaning.year_left_open and not future and self._told_past(text, sentences[index], core),
                              exact_date=anchor is None)
                if future and meaning.year_left_open and meaning.day is not None and self._since_present(text, sentences[index], core, res, anchor or published):
                    # "граѓаните од 19-ти декември патуваат со часови" told on the 27th: going on since then
                    meaning = meaning.with_parts(year=int(res.value[:4]) - 1)
                    res, future, rule = resolve(meaning, None), False, f"{rule}+since"
                if (core.rule == "relative_unit" and meaning.offset == -1 and meaning.unit in ("month", "year") and found
                        and found[-1].expression.sentence == index and found[-1].expression.precision == meaning.unit
                        and found[-1].expression.value and text[core.start:core.end].split()[0].lower() in self.words.previous_of_text):
                    # "Лани …, а претходната година": the one before the unit just told
                    told = found[-1].expression
                    res, rule = resolve(meaning, anchor_date(told.value, told.precision, meaning.unit)), f"{rule}+before_told"
                if (core.rule == "period" and meaning.unit == "month" and found and found[-1].expression.sentence == index
                        and found[-1].expression.precision == "month" and found[-1].expression.value):
                    # "во јули, најдоцна до средината на месецот": the month just named, not the current one
                    res, rule = replace(res, value=found[-1].expression.value), f"{rule}+month_of_sentence"
                if (meaning.year_left_open and range_years and not topic_year and res.value
                        and not range_years[0] <= int(res.value[:4]) <= range_years[1]):
                    # after a range of years a month is in either; the tense places it, else the last year
                    # ("сезоната 2025/26 почнува во август" in June 2025 is August 2025)
                    meaning = meaning.with_parts(year=range_years[1])
                    res, rule = resolve(meaning, None), f"{rule}+year_of_sentence"
                if (meaning.weekday is not None and meaning.direction is None and found
                        and (week := self._week_told_before(text, index, core, found[-1].expression))):
                    # "следната недела, најверојатно во средата": the day of the week just told
                    res, rule = replace(res, value=(week + timedelta(days=meaning.weekday - 1)).isoformat()), f"{rule}+day_of_week_told"
                if meaning.year_left_open and meaning.day is not None and res.value and found and (
                        day_word := self._day_word_named(text, core, found[-1].expression)):
                    # "од утре, 1 јануари" told on 31 December: the date is that day, in its year
                    meaning = meaning.with_parts(year=_nearest_year(meaning.month, meaning.day, day_word))
                    res, rule = resolve(meaning, None), f"{rule}+year_of_day_word"
                elif meaning.year_left_open and found and self._before_range_start(text, sentences[index], core, res, found[-1]):
                    later = meaning.with_parts(year=int(res.value[:4]) + 1)
                    base = anchor or published
                    if (not future and base and date(later.year, later.month, later.day or 1) - base > SOON
                            and not self._ongoing(text, sentences[index], core)):
                        # a range neither ahead nor going on that would end long after publication is last
                        # year's: "во периодот јануари–декември извозот порасна" told in January
                        range_start = found[-1].expression
                        range_start.value = f"{int(range_start.value[:4]) - 1:04d}{range_start.value[4:]}"
                        rule = f"{rule}+range_of_last_year"
                    else:
                        meaning, res = later, resolve(later, None)
                        rule = f"{rule}+after_range_start"
                elif (meaning.weekday is not None and res.value and found and self._ends_range(text, sentences[index], core, found[-1])
                      and self._ongoing(text, sentences[index], core)):
                    # "трае од петок до недела": not over by publication, it ends on or after it and starts before its end
                    base = anchor or published
                    end_day = base + timedelta(days=(meaning.weekday - base.isoweekday()) % 7)
                    range_start = found[-1].expression
                    start_weekday = date.fromisoformat(range_start.value).isoweekday()
                    range_start.value = (end_day - timedelta(days=(end_day.isoweekday() - start_weekday) % 7)).isoformat()
                    res, future = replace(res, value=end_day.isoformat()), False
                    rule = f"{rule}+ongoing_range"
                elif meaning.weekday is not None and found and self._before_range_start(text, sentences[index], core, res, found[-1]):
                    # "од вторник до четврток": ahead the end is a week later, behind the start a week earlier
                    if future:
                        res = replace(res, value=(date.fromisoformat(res.value) + WEEK).isoformat())
                    else:
                        range_start = found[-1].expression
                        range_start.value = (date.fromisoformat(range_start.value) - WEEK).isoformat()
                    rule = f"{rule}+range_of_weekdays"
            if (res.value and res.precision == "day" and not meaning.from_text and found
                    and (counted := found[-1].expression).rule.startswith("counted") and counted.value
                    and counted.precision in ("day", "week") and self.apposition.fullmatch(text, counted.end, core.start)):
                # "Четири дена подоцна, на 6 јуни, …": the count names the date the text sets beside it; a date without
                # a year is in the year counted to ("закажан за 4 мај, а вториот две недели подоцна, на 18 мај")
                if meaning.year_left_open:
                    meaning = meaning.with_parts(year=_nearest_year(meaning.month, meaning.day,
                                                                    anchor_date(counted.value, counted.precision, "week")))
                    res, rule = resolve(meaning, None), f"{rule}+year_of_count"
                if counted.precision == "day":
                    counted.value, counted.rule = res.value, f"{counted.rule}+apposition"
            if (res.value and res.precision in ("month", "year") and meaning.absolute and found
                    and (counted := found[-1].expression).rule.startswith("counted") and counted.precision == res.precision
                    and self.count_apposition.fullmatch(text, counted.end, core.start)):
                # "Четири години подоцна, во 2012 година, …": the count names the date written beside it
                counted.value, counted.rule = res.value, f"{counted.rule}+apposition"
                found[-1] = replace(found[-1], problem=None)
            if res.value is not None:
                previous, previous_sentence = res, index
                earlier.append((res, index))
                if not self.attributive(text, core.start, core.end):
                    acts_days.append((res, index))
                if (meaning.unit == "year" and not meaning.from_text and res.precision in ("year", "month")
                        and int(res.value[:4]) != (anchor or published).year and not self._in_relative_clause(text, sentences[index][0], core)):
                    told_year, told_year_end = int(res.value[:4]), core.end  # also of "септември минатата година"
            found.append(Found(TimeExpression(
                start=core.start, end=core.end, text=text[core.start:core.end], sentence=index,
                value=res.value, precision=res.precision, relative=res.relative or meaning is not core.meaning,
                rule=f"{rule}+future" if future else rule), res.problem))
        parts = sorted(parts + _item_parts(text, found), key=lambda p: p.start)
        self._date_quoted_days(text, sentences, found, parts, published)
        return found, [(p.start, p.end, p.date) for p in parts]

    def _date_quoted_days(self, text: str, sentences: list[tuple[int, int]], found: list[Found],
                          parts: list[_DatedPart], published: date | None) -> None:
        """A day word inside a quotation counts from the day its speech tag dates the words ("„Денеска го
        потпишавме договорот“, изјави вчера министерот": yesterday), when the tag names one: a day told in the
        clause of a verb of speech right after the closing mark, or before the opening one ("Министерот вчера
        изјави: „…“")."""
        starts = [s for s, _ in sentences]
        for f in found:
            day_word = f.expression
            if not (day_word.rule.startswith("deictic") and day_word.precision == "day" and day_word.value):
                continue
            opening = max(text.rfind(mark, 0, day_word.start) for mark in OPENING_QUOTES)
            closing = min((at for mark in CLOSING_QUOTES if (at := text.find(mark, day_word.end)) != -1), default=-1)
            if opening == -1 or closing == -1 or any(text.find(mark, opening + 1, closing) != -1
                                                     for mark in (*OPENING_QUOTES, *CLOSING_QUOTES)):
                continue
            tag_sentences = {max(0, bisect.bisect_right(starts, at) - 1) for at in (opening, closing)}
            tags = [sentences[k] for k in tag_sentences]
            speech_day = next((t.expression for t in found if t.expression.precision == "day" and t.expression.value
                               and not opening <= t.expression.start < closing
                               and any(a <= t.expression.start < b for a, b in tags)
                               and self._speech_clause(text, tags, t.expression, opening, closing)), None)
            base = _date_of_part(parts, day_word.start) or published
            if speech_day is None or base is None or speech_day.value == base.isoformat():
                continue
            shift = date.fromisoformat(speech_day.value) - base
            day_word.value = (date.fromisoformat(day_word.value) + shift).isoformat()
            day_word.rule = f"{day_word.rule}+speech_day"

    def _speech_clause(self, text: str, tags: list[tuple[int, int]], told: TimeExpression, opening: int, closing: int) -> bool:
        """Is the day `told` in the clause of a verb of speech that tells the quotation from `opening` to `closing`: right
        after the closing mark (",“ изјави вчера X") or right before the opening one ("X вчера изјави: „")?"""
        if told.start > closing:
            start, end = closing + 1, told.start
        else:
            start, end = told.end, opening
        words = WORD.findall(text, start, end)
        between = text[start:end]
        return (any(word.lower() in self.verb_forms for word in words) and len(words) <= SPEECH_TAG_WORDS
                and not self.clause_break.search(between.strip(" ,:“”„«»\"")))


    def _in_time_clause_of(self, text: str, told_end: int, core: _Core) -> bool:
        """Does the expression stand in a clause of time opened right after an expression ending at `told_end`
        ("следната година, кога Шпанија го презема претседавањето од 1 јануари"), with no other clause break?"""
        opened = self.time_clause_after.match(text, told_end)
        return bool(opened and opened.end() <= core.start and not self.clause_break.search(text, opened.end(), core.start))

    def _day_word_named(self, text: str, core: _Core, before: TimeExpression) -> date | None:
        """The day of a word for a day ("утре", "вчера") that the date at `core` names in apposition, set
        off by a comma or in parentheses right after it ("од утре, 1 јануари", "вчера (30 декември)")."""
        if not (before.rule.startswith("deictic") and before.precision == "day" and before.value):
            return None
        return date.fromisoformat(before.value) if self.apposition.fullmatch(text, before.end, core.start) else None

    def _future_after_past_year(self, text: str, sentence: tuple[int, int], core: _Core, year: int, year_end: int,
                                base: date | None) -> bool:
        """Is the expression in a future clause set against the sentence's earlier year, one before publication?
        ("Во третиот квартал од 2025 БДП порасна, а прогнозата ќе биде објавена на 30 март" told in 2026 is this
        March; not "Ќе ве потсетам во 2017 година август месец")"""
        if base is None or year >= base.year or not self.contrast.search(text, year_end, core.start):
            return False
        clause_start, clause_end = self.clause(text, sentence, *(core.tense_from or (core.start, core.end)))
        return self.future_particle.search(text, clause_start, clause_end) is not None

    def _superlative_since(self, text: str, core: _Core) -> bool:
        """Is the year where a superlative's comparison starts ("порасна најмногу од 2014 година", "највисоката
        инфлација од 2008"), a span that runs to now and so no year of the sentence's acts? Not when a clause of time
        names its moment ("најголемиот број од 2010 година, кога во јули …") or a range starts at it."""
        return (core.meaning.precision == "year"
                and bool(self.superlative_since_before.search(text, max(0, core.start - SUPERLATIVE_LOOK_BACK), core.start))
                and not self.range_or_relative_after.match(text, core.end))

    def _new_topic_after_year(self, text: str, year_end: int, start: int) -> bool:
        """Is there, between the sentence's year and the expression, a clause set against the year's that opens on a
        noun of its own ("основана во 2016 година, а директорот се приклучи во март": this March; "растот е најголем од
        2014 година, а невработеноста падна во август")? Not one that goes on about the same thing ("Во 2004 година се
        пресели, а во март се врати": March 2004; ", а не до март")."""
        return any(self._noun_with_article(m["word"]) for m in self.contrast_topic.finditer(text, year_end, start))

    def _coming_month_after_later_year(self, text: str, sentence: tuple[int, int], core: _Core, year: int, year_end: int,
                                       base: date | None) -> bool:
        """Is the expression a month still to come this year, in a future clause of its own after the sentence's
        later year? ("договорот мора да помине пред изборите во мај 2019 година, а парламентот ќе гласа во
        декември" told in October 2018 is this December; not "Во 2019 година ќе гласаат во декември")"""
        if base is None or year <= base.year or core.meaning.month is None or core.meaning.month < base.month:
            return False
        clause_start, clause_end = self.clause(text, sentence, *(core.tense_from or (core.start, core.end)))
        return year_end <= clause_start and self.future_particle.search(text, clause_start, clause_end) is not None

    def _past_aside_in_later_year(self, text: str, sentence: tuple[int, int], core: _Core, year: int, base: date | None) -> bool:
        """Is the expression in an aside with no future particle ("по одлуката донесена во јули") in a sentence
        whose year is after publication? What the aside tells is done, not in that year ("Бугарија ќе го воведе
        еврото на 1 јануари 2026, по одлуката донесена во јули" told in December 2025 is last July)."""
        if base is None or year <= base.year:
            return False
        aside = self.aside(text, sentence, core.start, core.end)
        return aside is not None and not self.future_particle.search(text, *aside)

    def _week_told_before(self, text: str, index: int, core: _Core, told: TimeExpression) -> date | None:
        """The Monday of the week an expression of the same sentence told right before the weekday, set off by a
        comma and maybe a hedge ("следната недела, најверојатно во средата"), else None."""
        if told.sentence != index or told.precision != "week" or not told.value or "-W" not in told.value:
            return None
        if not self.week_apposition.fullmatch(text, told.end, core.start):
            return None
        year, week = told.value.split("-W")
        return date.fromisocalendar(int(year), int(week), 1)

    def _tensed(self, text: str, sentence: tuple[int, int], core: _Core) -> bool:
        """Is the clause of the expression told ahead or in the past? Then a year the sentence names as what
        a plan or report is for does not place it: the act is dated against publication ("Буџетот за 2026
        година беше изгласан во декември" told in January 2026 is last December)."""
        return self._ahead(text, sentence, core) or self._told_past(text, sentence, core) or self._past_clause(text, sentence, core)

    def _past_clause(self, text: str, sentence: tuple[int, int], core: _Core) -> bool:
        """Is the expression in a clause a past-clause opener begins, with no future particle ("откако
        компанијата на 2 јануари ја намали прогнозата")?"""
        clause_start, clause_end = self.clause(text, sentence, core.start, core.end)
        opener = [m.group().lower() for m in self.clause_break.finditer(text, sentence[0], core.start)][-1:]
        return bool(opener) and opener[0] in self.words.past_clause_openers and not self.future_particle.search(
            text, clause_start, clause_end)

    def _timeless(self, text: str, sentence: tuple[int, int], core: _Core) -> str | None:
        """Why an expression names no one date, or None: "денес" set against a decade or
        century is the present age; a day and month with a holiday's name after it in
        parentheses ("8-ми септември (Денот на независноста)") recurs every year."""
        if text[core.start:core.end].lower() in self.present_age_words and self.era.search(text, *sentence):
            return "the present age"
        if core.meaning.year_left_open and core.meaning.day is not None:
            if self.holiday_after.match(text, core.end):
                return "a yearly holiday"
            clause_start = self.clause(text, sentence, core.start, core.end)[0]
            if (self.habitual_before.search(text, max(sentence[0], core.start - LOOK_BACK), core.start)
                    or self.habitual_year.search(text, clause_start, core.start)):
                return "a yearly date"  # "секоја година на 8 март", "секој 1 мај"
        return None

    def _before_range_start(self, text: str, sentence: tuple[int, int], core: _Core, res: Resolution, start: Found) -> bool:
        """Is the expression the end of a range "од <start> до ..." resolved before its start?"""
        start_value = start.expression.value
        return bool(self._ends_range(text, sentence, core, start) and res.value
                    and res.value < start_value[:len(res.value)])

    def _ends_range(self, text: str, sentence: tuple[int, int], core: _Core, start: Found) -> bool:
        """Is the expression the end of a range "од <start> до ..." or "<start>-..." whose start is resolved?"""
        opened = self.range_end_before.search(text, max(sentence[0], core.start - LOOK_BACK), core.start)
        dashed = RANGE_DASH.fullmatch(text, start.expression.end, core.start)
        return bool((dashed or (opened and opened.start() < start.expression.start)) and start.expression.value)

    def _ongoing(self, text: str, sentence: tuple[int, int], core: _Core) -> bool:
        """Is the clause in a present tense that tells an event goes on ("трае"), with no future particle?"""
        clause_start, clause_end = self.clause(text, sentence, *(core.tense_from or (core.start, core.end)))
        return bool(self.ongoing.search(text, clause_start, clause_end)
                    and not self.future_particle.search(text, clause_start, clause_end))

    def _in_relative_clause(self, text: str, sentence_start: int, core: _Core) -> bool:
        """The expression stands in a relative clause that a comma closes after it."""
        opened = self.relative_clause_year.search(text, sentence_start, core.start)
        closed = text.find(",", core.end)
        return opened is not None and closed != -1 and "." not in text[core.end:closed]

    def attributive(self, text: str, start: int, end: int) -> bool:
        """Is the date text[start:end] an attribute of the noun or name before its "од" ("договорот од
        2018", "санкциите врз Иран од 2006"), so that it dates that thing and not the clause's act?
        Not after a verb ("протестираат од понеделник": since), nor a range's start ("од 20 до 24"), nor
        the moment of a clause of time after it ("од октомври 2008, кога ..."), nor a day with its time of
        day after it ("во Газа од вторник наутро": since that moment). The period a plan or report
        is for is its attribute too ("Буџетот за 2027 година")."""
        if self.topic_period_before.search(text, max(0, start - LOOK_BACK), start):
            return True
        before = self.attribute_before.search(text, max(0, start - LOOK_BACK), start)
        return bool(before and not self.range_or_relative_after.match(text, end)
                    and before["word"].lower() not in self.non_verb_words
                    and (self._no_verb(before["word"]) or self._has_article_form(before["word"].lower())))

    def aside(self, text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int] | None:
        """The aside the date text[start:end] stands in, whose act it dates: a relative or concessive
        or participial clause after a comma, to the next comma ("Муцунски, кој во 2023 година беше пратеник,
        ...", "Протестот, најавен во февруари, ..."), or a passive participle after a noun, to the date
        ("законот донесен на 2 мај"); None if neither."""
        sent_start, sent_end = sentence
        comma = text.rfind(",", sent_start, start)
        opener = WORD.search(text, comma, start) if comma != -1 else None
        if self.aside_clause_before.search(text, sent_start, start) or (opener and self._participle(opener.group())):
            closing = text.find(",", end, sent_end)
            return comma, closing if closing != -1 else sent_end
        breaks = [m.end() for m in self.clause_break.finditer(text, sent_start, start)]
        words = list(WORD.finditer(text, breaks[-1] if breaks else sent_start, start))
        for i in range(len(words) - 1, max(0, len(words) - PARTICIPLE_WORDS - 1), -1):
            word = words[i].group()
            before = words[i - 1].group().lower() if i else ""
            if (self._participle(word) and before and before not in self.not_before_participle
                    and not before.isdigit() and before not in self.words.numbers):
                return None if self._setting(word, words[max(0, i - SETTING_WORDS):i]) else (words[i].start(), end)
            if not (word.isdigit() or word.lower() in self.participle_to_date):
                return None
        return None

    def _in_done_participle_aside(self, text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
        """Is the date text[start:end] in an aside opened by a passive participle of what is done ("законот
        донесен на 30 декември", "Протестот, одржан во март,"), not of what is set for a day ("закажана за 20 мај")?"""
        aside = self.aside(text, sentence, start, end)
        opener = WORD.search(text, aside[0], start) if aside else None
        return bool(opener and self._participle(opener.group()) and opener.group().lower() not in self.scheduled_participles)

    def _setting(self, participle: str, before: list[re.Match]) -> bool:
        """Is the participle one of a gathering held where the act is told ("на седницата одржана на ...")?"""
        if participle.lower() not in self.words.setting_participles:
            return False
        preposition = next((w.group().lower() for w in reversed(before) if w.group().lower() in self.prepositions), None)
        return preposition in self.words.setting_prepositions

    def _participle(self, word: str) -> bool:
        """May the word be a passive participle ("донесен", "одржана", "прекината")?"""
        if not word.islower() or len(word) < MIN_PARTICIPLE or word in self.words.participle_lookalikes:
            return False
        if word.endswith(self.words.participle_attribute_endings):
            return True
        ending = next((e for e in self.words.t_participle_endings if word.endswith(e)), None)
        return ending is not None and all(word[:-len(ending)] + form in self.wordforms for form in self.words.t_participle_forms)

    def alone_in_parentheses(self, text: str, start: int, end: int) -> bool:
        """Does the date text[start:end] fill a pair of parentheses by itself ("пописот (2021)")?"""
        return bool(self.paren_before.search(text, max(0, start - LOOK_BACK), start) and self.paren_after.match(text, end))

    def until_date(self, text: str, start: int) -> bool:
        """Is the date at `start` a deadline or the end of a stretch ("до февруари 2028", "пред крајот на годината"),
        not a range's end ("од 20 до 24 октомври")?"""
        look_back = max(0, start - LOOK_BACK)
        if self.period_end_at.match(text, start) and self.end_deadline_before.search(text, look_back, start):
            return True
        return bool(self.until_before.search(text, look_back, start) and not self.range_end_before.search(text, look_back, start))

    def night_start(self, text: str, start: int) -> bool:
        """Is the date at `start` the first day of a night between two ("во ноќта меѓу понеделник и вторник"), which
        the night's acts are not dated by?"""
        return self.night_start_before.search(text, max(0, start - LOOK_BACK), start) is not None

    def sequenced_occasion(self, text: str, start: int, rule: str | None) -> bool:
        """Is the deictic date at `start` the day of an occasion the act follows or precedes ("по
        вчерашниот разговор"), not the act's day?"""
        return rule == "deictic" and bool(self.occasion_sequence_before.search(text, max(0, start - LOOK_BACK), start))

    def topic_date(self, text: str, start: int, precision: str | None) -> bool:
        """Is the date at `start` a month or year that a plan, report or payment is for ("субвенциите за
        минатата година", "буџетот за 2026", "податоците за септември"), or the span a superlative compares
        over ("најмасовните напади оваа година"), not when an act is done? A day is
        when ("најавија протест за плати за 1 март")."""
        look_back = max(0, start - LOOK_BACK)
        return precision != "day" and bool(self.topic_period_before.search(text, look_back, start)
                                           or self.reported_period_before.search(text, look_back, start)
                                           or self.superlative_scope_before.search(text, max(0, start - SUPERLATIVE_LOOK_BACK), start))

    def clause(self, text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
        """The clause around text[start:end] within `sentence`: between the nearest clause breaks
        (punctuation, clause words) outside the span. A bare adverbial cut off by punctuation
        belongs to its neighbour: "Во петок, ..." to the clause after it, "..., на 2-ри јуни."
        and "..., во јули, и ..." to the clause before it."""
        sent_start, sent_end = sentence
        before = [m.span() for m in self.clause_break.finditer(text, sent_start, start)]
        clause_start = before[-1][1] if before else sent_start
        after = self.clause_break.search(text, end, sent_end)
        clause_end = after.start() if after else sent_end
        # (so is a bare range: "…, од петок до недела, превозот ќе сообраќа …")
        if len(text[clause_start:start].split()) <= 1 and (
                not WORD.search(text, end, clause_end)
                or self.range_link_after.match(text, end) and not self._has_verb(text, end, clause_end)):
            opener = WORD.search(text, after.end(), sent_end) if after else None
            if opener and not (before and opener.group().lower() in self.comma_clause_openers):
                clause_from = after.end()
                if opener.group().lower() in self.parenthetical_openers and (closing := text.find(",", clause_from, sent_end)) != -1:
                    clause_from = closing + 1  # "Во петок, како што соопшти МВР, ќе ...": the clause after the aside
                following = self.clause_break.search(text, clause_from, sent_end)
                # another bare adverbial after it leads on to the clause after that one
                # ("На 7 јануари, на Божиќ, продавниците нема да работат")
                while following and text[following.start()] == "," and not self._has_verb(text, clause_from, following.start()):
                    following = self.clause_break.search(text, following.end(), sent_end)
                clause_end = following.start() if following else sent_end
            elif before:
                clause_start = before[-2][1] if len(before) > 1 else sent_start
        return clause_start, clause_end

    def _ahead(self, text: str, sentence: tuple[int, int], core: _Core) -> bool:
        """Does the expression point forward: a future clause, or a forward preposition or a
        copula and preposition before it ("до петок", "е во петок")?"""
        start, end = core.tense_from or (core.start, core.end)
        look_back = max(sentence[0], start - LOOK_BACK)
        if core.meaning.day is None and self.reported_period_before.search(text, look_back, start):
            return False  # "податоците за септември ќе бидат објавени": the month reported on
        forward = self.forward_before.search(text, look_back, start) or (
            (core.meaning.weekday is not None or core.meaning.weekend) and self.weekday_forward_before.search(text, look_back, start))
        if core.meaning.month is not None and not forward and self._in_done_participle_aside(text, sentence, start, end):
            # "законот донесен на 30 декември стапува на сила денес": done then (a weekday is left to the
            # clause: the train gold reads "гласа за документот усвоен во средата" as the coming Wednesday);
            # not the end it was set to ("рокот продолжен до 15-ти септември": a deadline ahead)
            return False
        clause_start, clause_end = self.clause(text, sentence, start, end)
        clause_end = self._own_predicate_end(text, clause_start, clause_end, start, end)
        if forward and not self.range_end_before.search(text, look_back, start) and not self._past(text, clause_start, clause_end):
            return True
        if self._scheduled_by_copula_after(text, end):
            return True
        return (self._future_marker(text, core, clause_start, clause_end, sentence[1])
                or self.intention.search(text, clause_start, start) is not None
                or self._imperative(text, clause_start, clause_end)
                or (self.readiness.search(text, clause_start, start) is not None and not self._past(text, clause_start, clause_end))
                or self._present_deadline(text, clause_start, clause_end)
                or (self.deadline_apposition_before.search(text, look_back, start) is not None and not self._past(text, clause_start, clause_end))
                or self._opens_future_sentence(text, sentence, clause_start, clause_end)
                or self._shares_modal(text, sentence[0], clause_start, start)
                # no verb in the rest of the sentence: a clause cut short ("..., а во петок Битола.")
                or (not self._has_verb(text, clause_start, sentence[1]) and self._continues_future_clause(text, sentence[0], clause_start))
                # a headline (no full stop) whose clause has no verb announces ("Мицкоски во понеделник во Брисел"; "Конференција
                # со Црна Гора во вторник, Брисел ги оценува …"), unless a later clause tells it done ("…, договорот беше потпишан")
                or (not self._has_verb(text, sentence[0], clause_end) and not self._past(text, clause_end, sentence[1])
                    and not text[sentence[0]:sentence[1]].rstrip().endswith(".")))

    def _since_present(self, text: str, sentence: tuple[int, int], core: _Core, res: Resolution, base: date | None) -> bool:
        """Is a date set forward only by a present tense ("патуваат") the start of what goes on since ("од
        19-ти декември"), the same date a year earlier lying shortly before publication? No range ("од 19 до
        24"), no future particle."""
        if base is None or not res.value or not self.since_before.search(text, max(sentence[0], core.start - LOOK_BACK), core.start):
            return False
        if self.range_or_relative_after.match(text, core.end):
            return False
        clause_start, clause_end = self.clause(text, sentence, core.start, core.end)
        if self.future_particle.search(text, clause_start, clause_end):
            return False
        day = date.fromisoformat(res.value)
        return timedelta(0) < base - day.replace(year=day.year - 1) <= SINCE_BEFORE

    def _imperative(self, text: str, start: int, end: int) -> bool:
        """Has text[start:end] a plural imperative ("гласајте", "дојдете" is none: also a present)?"""
        return any(word.islower() and word.endswith(self.words.imperative_endings) for word in WORD.findall(text, start, end))

    def _opens_future_sentence(self, text: str, sentence: tuple[int, int], clause_start: int, clause_end: int) -> bool:
        """Is the clause a verbless opening of its sentence (after a label maybe: "Сребреница: Во сабота …") set off
        before a future clause ("Во сабота 31 години од геноцидот, седум жртви ќе бидат погребани")? It is that
        clause's time."""
        if self._has_verb(text, sentence[0], clause_end):
            return False
        following = self.clause_break.search(text, clause_end + 1, sentence[1])
        return self.future_particle.search(text, clause_end, following.start() if following else sentence[1]) is not None

    def _scheduled_by_copula_after(self, text: str, end: int) -> bool:
        """Is the date followed by a present copula and a noun with its article ("Во недела е вториот
        круг"), not a past participle ("е започната")?"""
        after = self.schedule_copula_after.match(text, end)
        return bool(after) and self._noun_with_article(after["word"])

    def _noun_with_article(self, word: str) -> bool:
        """Does the word end in an article ("премиерот", "невработеноста"), not as a past participle does?"""
        word = word.lower()
        return word.endswith(self.words.definite_endings) and not word.endswith(self.words.participle_endings)

    def _future_marker(self, text: str, core: _Core, start: int, end: int, sentence_end: int) -> bool:
        """Has text[start:end] a future marker? A present that is also an aorist ("допатува") is none
        beside a definite weekday ("во понеделникот допатува": last Monday) or a date with a month ("на 12
        октомври допатува"), nor when the rest of the sentence is told in the past ("во четврток допатува
        во Атина, каде разговараше со ...")."""
        day = text[core.start:core.end].lower()
        # the article added to a weekday's name ("саботата"); "сабота" itself ends like one
        definite_day = core.meaning.weekday is not None and any(
            day.endswith(ending) and day[:-len(ending)] in self.words.weekdays for ending in self.words.definite_endings)
        return any(not (m.group(0).lower() in self.words.aorist_homonyms
                        and (definite_day or core.meaning.month is not None or self._past(text, m.end(), sentence_end)))
                   for m in self.future.finditer(text, start, end))

    def _own_predicate_end(self, text: str, clause_start: int, clause_end: int, start: int, end: int) -> int:
        """Where the predicate of text[start:end] ends: before a second, future predicate joined after it
        ("почна во вторникот и ќе трае до недела", "што почнаа во саботата ќе продолжат") when the part up to it
        has a verb and no future of its own."""
        joined = self.future_predicate.search(text, end, clause_end)
        if (not joined and self.relative_before.search(text, max(0, clause_start - LOOK_BACK), clause_start)
                and self._past(text, clause_start, start)):
            # "врнежите што почнаа во саботата ќе продолжат", "договорот што го постигнаа во април треба да се
            # спроведе": the relative clause ends before the main verb
            joined = self.future.search(text, end, clause_end)
        if (joined and not self.future.search(text, clause_start, joined.start())
                and (self._has_verb(text, clause_start, start) or self._has_verb(text, end, joined.start()))):
            return joined.start()
        return clause_end

    def _told_past(self, text: str, sentence: tuple[int, int], core: _Core) -> bool:
        """Is the clause of a date without a year told in the past ("беше прекината", "победивме"; see
        `told_past_words` in dates.yaml), the date not after a preposition that points ahead ("беше
        одложено за 14 април")?"""
        start, end = core.tense_from or (core.start, core.end)
        if self.forward_or_set_for_before.search(text, max(sentence[0], start - LOOK_BACK), start):
            return False
        clause_start, clause_end = self.clause(text, sentence, start, end)
        before = [word.lower() for word in WORD.findall(text, clause_start, start)[-PAST_WORDS_AROUND:]]
        stops = [i for i, word in enumerate(before) if word in self.words.told_past_stops]
        near = [*(before[stops[-1] + 1:] if stops else before), *WORD.findall(text, end, clause_end)[:PAST_WORDS_AROUND]]
        if any(word.lower() in self.scheduled_participles for word in near):
            return False
        return any(word.lower() in self.told_past or word.lower().endswith(self.words.told_past_endings) for word in near)

    def _told_in_past(self, text: str, sentence: tuple[int, int], core: _Core) -> bool:
        """Is the clause of the expression told in the past, with no future particle?"""
        clause_start, clause_end = self.clause(text, sentence, core.start, core.end)
        return self._past(text, clause_start, clause_end) and not self.future_particle.search(text, clause_start, clause_end)

    def _past(self, text: str, start: int, end: int) -> bool:
        """Has text[start:end] a past copula or a past ending ("беше", "траеја", "траеше")?"""
        words = WORD.findall(text, start, end)
        # (an l-form after "би" is a conditional: "би можеле да се приклучат следната година")
        return any((word in self.past_copulas or word.endswith(self.words.past_endings) or self._noun_like_aorist(word))
                   and not (i and words[i - 1].lower() in self.words.conditional_particles)
                   for i, word in enumerate(words) if word.islower() and word not in self.words.past_ending_non_verbs)

    def _noun_like_aorist(self, word: str) -> bool:
        """Is the word an aorist with an ending nouns share ("потврдија", not "полиција" or "судија"): a known
        verb form, or its stem has another past form among the known word forms, and the word no form with an
        article?"""
        ending = next((e for e in self.noun_shared_endings if word.endswith(e)), None)
        if ending is None or self._has_article_form(word):
            return False
        stem = word[:-len(ending)]
        return word in self.verb_forms or any(stem + other in self.wordforms for other in self.words.noun_shared_past_endings[ending])

    def _has_article_form(self, word: str) -> bool:
        """Is the word known with an article added ("линијата"), so a noun?"""
        return any(word + article in self.wordforms for article in self.words.definite_endings)

    def _has_verb(self, text: str, start: int, end: int) -> bool:
        """May text[start:end] have a verb: a word not known to be none (see `verb_cue_words` in dates.yaml)?"""
        return not all(self._no_verb(word) for word in WORD.findall(text, start, end))

    def _no_verb(self, word: str) -> bool:
        """Is the word known to be no finite verb form or participle?"""
        lower = word.lower()
        if lower in self.verb_cue_words:
            return False
        if not word.islower() or lower in self.non_verb_words or lower in self.words.ordinal_suffixes:
            return True  # a name, a number, a date word, a preposition, the suffix of "10-ти"
        if lower.endswith(self.words.verb_cue_endings):
            return False
        if lower.endswith(self.noun_shared_endings) and self._has_article_form(lower):
            return True  # "линија" ("линијата"), not "потврдија"
        return lower.endswith(self.words.definite_endings) or lower[-1] not in VOWELS

    def _shares_modal(self, text: str, sentence_start: int, clause_start: int, start: int) -> bool:
        """Is the clause, up to the date at `start`, a particle's clause joined to a clause with a modal ending in
        that particle ("… треба да положат заклетва до декември, а Собранието да се конституира во јануари")? It
        shares the modal."""
        if self.modal_particle.search(text, clause_start, start) is None:
            return False
        previous = next(((s, e) for s, e in self._clauses_before(text, sentence_start, clause_start) if WORD.search(text, s, e)), None)
        return previous is not None and self.particle_modal.search(text, *previous) is not None

    def _clauses_before(self, text: str, sentence_start: int, clause_start: int) -> list[tuple[int, int]]:
        """The spans between clause breaks from the sentence's start to `clause_start`, nearest first."""
        breaks = [sentence_start, *(x for m in self.clause_break.finditer(text, sentence_start, clause_start)
                                    for x in m.span()), clause_start]
        return list(reversed(list(zip(breaks[::2], breaks[1::2]))))

    def _continues_future_clause(self, text: str, sentence_start: int, clause_start: int) -> bool:
        """Is the nearest clause with a verb before `clause_start` in the sentence a future one, or one
        without a verb that names a later day? A clause without a verb continues it ("... ќе ја посети
        Струмица, а во петок Битола", "Мицкоски утре во Брисел, во петок во Рим")."""
        for previous_start, previous_end in self._clauses_before(text, sentence_start, clause_start):
            if self.future.search(text, previous_start, previous_end):
                return True
            if self._has_verb(text, previous_start, previous_end):
                return False
            if self.later_day_word.search(text, previous_start, previous_end):
                return True  # "Мицкоски утре во Брисел, во петок во Рим"
        return False

    def _present_deadline(self, text: str, clause_start: int, clause_end: int) -> bool:
        """Is the clause a deadline told in the present tense ("рокот за пријави е 30 јуни")?"""
        return bool(self.deadline.search(text, clause_start, clause_end)
                    and self.present_copula.search(text, clause_start, clause_end))

    # --- cores ----------------------------------------------------------------------------

    def _cores(self, text: str) -> list[_Core]:
        cores: list[_Core] = []
        matched_to = 0
        joined: set[int] = set()  # starts of weekdays joined to an earlier one
        for start, word, lowered in self._openings(text):
            if start < matched_to or start in joined:
                continue
            if word in self.needs_next:
                following = WORD.search(lowered, start + len(word))
                if not (following and (following.group()[0].isdigit() or following.group().lower() in self.next_words)):
                    continue
            m = self.pattern.match(text, start)
            core = self.handlers[m.lastgroup](m) if m else None
            if core is None and m and m.lastgroup == "year_range":
                m = self.pattern_without_range.match(text, start)
                core = self.handlers[m.lastgroup](m) if m else None
            if core is None and m and m.lastgroup == "day_month" and m["dm_w"]:
                matched_to = m.end()  # "на Осми март": the holiday's month is no date either
            if core is None:
                continue
            if _is_quoted_name(text, core):
                matched_to = m.end()  # "ООУ „1. мај“": no part of the name is a date either
                continue
            matched_to = m.end()
            cores.append(self._with_period(text, core))
            if m.lastgroup == "year_range":
                cores.append(_Core(m.start("yrr_b"), m.end(), Meaning(year=_range_end(m)), "year_range"))
            # these know more than a bare core found at the same place ("понеделникот" of
            # "понеделникот (10-ти мај)", "јуни" of "јуни и септември 2006"), so they replace it
            for better in (*self._dated_weekday(text, core), *self._coordinated(text, core)):
                cores = [c for c in cores if (c.start, c.end) != (better.start, better.end)]
                cores.append(better)
            for following in [*self._following_weekdays(text, cores[-1]), *self._weekday_naming_day(text, core),
                              *self._following_years(text, core)]:
                cores = [c for c in cores if (c.start, c.end) != (following.start, following.end)]
                cores.append(following)
                joined.add(following.start)  # not found again as a weekday of its own
        return _ordered_ranges(text, _without_overlaps(cores))

    def _openings(self, text: str) -> Iterator[tuple[int, str, str]]:
        """Where a match may start: each word that opens one (as (start, the word in lower case, the
        text to read the next word from)) or starts with a digit (then its first digit). One scan of the
        lower-cased text with a trie of the openers, far cheaper than a set lookup per word in Python."""
        lowered = text.lower()
        if len(lowered) == len(text):
            for m in self.opening.finditer(lowered):
                yield m.start(), m.group(), lowered
            return
        for token in WORD.finditer(text):  # lower case changed the length (rare letters): word by word
            word = token.group()
            if word[0].isdigit() or word.lower() in self.openers:
                yield token.start(), word[0] if word[0].isdigit() else word.lower(), text

    def _following_weekdays(self, text: str, core: _Core) -> Iterator[_Core]:
        """Weekdays joined after a weekday without their own preposition: "во петокот (9-ти јули)
        и саботата", "во понеделник, вторник и среда"; each is resolved as a weekday in the same tense."""
        if core.meaning.weekday is None and not core.rule.startswith("weekday="):
            return
        tense_from = core.tense_from or (core.start, core.end)
        while m := self.weekday_after.match(text, core.end):
            core = _Core(m.start("weekday"), m.end("weekday"), Meaning(weekday=self.words.weekdays[m["weekday"].lower()]),
                         "coordinated+weekday", tense_from=tense_from, habitual=core.habitual)
            yield core

    def _following_years(self, text: str, core: _Core) -> Iterator[_Core]:
        """Bare years listed after a year ("во 2019, 2020, 2021 и 2022", "за 2026 и 2027"), each one ending
        where the list goes on or the sentence or clause ends, or with the year word ("2020, 2021 година")."""
        if core.rule != "year":
            return
        end, year = core.end, core.meaning.year
        while m := self.year_following.match(text, end):
            end, year = m.end("y"), int(m["y"])
            yield _Core(m.start("y"), end, Meaning(year=year), "listed+year")
        # the last after "и" ends the list: a year when the clause goes on past it only if it follows shortly
        # after the one before and is no round count ("за 2026 и 2027 ќе бидат", not "во 2009 и 2000 луѓе")
        if (m := self.year_closing.match(text, end)) and (
                m["end"] is not None or int(m["y"]) % ROUND_COUNT and 0 < int(m["y"]) - year <= MAX_YEAR_RANGE):
            yield _Core(m.start("y"), m.end("y"), Meaning(year=int(m["y"])), "listed+year")

    def _weekday_naming_day(self, text: str, core: _Core) -> Iterator[_Core]:
        """A weekday named right after a word for a day or a date ("денеска (среда)", "утре, во
        четврток", "на 27 мај (вторник)", "на 3 март, во понеделник,") is that day: a second
        expression with its value, whatever the tense (annotation guidelines: the date wins)."""
        deictic_day = core.rule == "deictic" and core.meaning.unit == "day"
        if not (deictic_day or (core.meaning.day is not None and core.meaning.month is not None)):
            return
        if m := self.weekday_naming_day.match(text, core.end):
            group = "paren" if m["paren"] else "comma"
            yield _Core(m.start(group), m.end(group), core.meaning, "weekday=deictic" if deictic_day else f"weekday={core.rule}",
                        tense_from=None if deictic_day else (core.start, core.end))

    def _with_period(self, text: str, core: _Core) -> _Core:
        """The core with a period part or season before it: "крајот на 2007 година", "летото 2009"."""
        period = self.period_before.search(text, max(0, core.start - LOOK_BACK), core.start)
        return replace(core, start=period.start(), rule=f"period+{core.rule}") if period else core

    def _dated_weekday(self, text: str, core: _Core) -> Iterator[_Core]:
        """A weekday written before this date ("во понеделникот (10-ти мај)", "во недела, 30
        септември") is a second expression with the date's value, and so is a word for today
        set before that weekday ("вечерва, сабота, 29 септември")."""
        if core.meaning.day is None:
            return
        weekday = self.weekday_before.search(text, max(0, core.start - LOOK_BACK), core.start)
        words = weekday["weekday"].lower().split() if weekday else []
        if len(words) > 1 and words[-1] in self.words.units_singular:
            return  # "Следната недела, на 5 јануари": with a modifier "недела" is the week
        if weekday and (weekday["open"] == "," or self.paren_after.match(text, core.end)):
            yield _Core(weekday.start("weekday"), weekday.end("weekday"), core.meaning, f"weekday={core.rule}",
                        tense_from=(core.start, core.end))
            if today := self.today_before.search(text, max(0, weekday.start() - LOOK_BACK), weekday.start()):
                yield _Core(today.start("today"), today.end("today"), core.meaning, f"today={core.rule}",
                            tense_from=(core.start, core.end))

    def _coordinated(self, text: str, core: _Core) -> Iterator[_Core]:
        """A bare day, month or year joined to this core by a coordinator takes the rest from it."""
        m = core.meaning
        if (m.month is None and m.year is None) or m.through_month is not None:
            return  # nothing to give, or a season, whose first month is no month of its own
        window_start = max(0, core.start - LOOK_BACK)
        start = m.day is not None and m.year is not None and (self.numeric_range_start.search(text, window_start, core.start)
                                                              or self.day_month_range_start.search(text, window_start, core.start))
        if start:
            # "од 10.3 до 20.3.2025", "28.02.–02.03.2025", "од 28 ноември до 2 декември 2024": the start without
            # its year takes the end's, or the one before when it falls after the end
            month_written = start.group("mo")
            day, month = int(start["d"]), int(month_written) if month_written.isdigit() else self.words.month_names[month_written.lower()]
            year = m.year - 1 if (month, day) > (m.month, m.day) else m.year
            try:
                date(year, month, day)
            except ValueError:
                return
            yield _Core(start.start("d"), start.end("mo"), Meaning(year=year, month=month, day=day), f"coordinated+{core.rule}",
                        tense_from=(core.start, core.end))
            return
        if m.day is not None:
            pattern, part, group = self.day_coordinated, "day", "d"
        elif m.month is not None:
            pattern, part, group = self.month_coordinated, "month", "m"
        else:
            pattern, part, group = self.year_coordinated, "year", "y"
        before = pattern.search(text, window_start, core.start)
        if before:
            word = before.group(group)
            value = (self.words.month_names[word.lower()] if part == "month"
                     else int(DIGITS.match(word)[0]) if word[0].isdigit() else self._ordinal_day(word))
            yield _Core(before.start(group), before.end(group), m.with_parts(**{part: value}), f"coordinated+{core.rule}",
                        tense_from=(core.start, core.end))
            # a list of years: "2015, 2016 и 2017 година", "во 2019, 2020, 2021"
            while part == "year" and (before := self.year_listed.search(text, max(0, before.start() - LOOK_BACK), before.start())):
                yield _Core(before.start("y"), before.end("y"), Meaning(year=int(DIGITS.match(before["y"])[0])),
                            f"coordinated+{core.rule}", tense_from=(core.start, core.end))

    # --- one handler per alternative of the pattern ---------------------------------------

    def _period(self, m: re.Match) -> _Core:
        unit = self.words.units_singular[m["pu_u"].lower()]
        return _Core(m.start("pu_part"), m.end(), Meaning(unit=unit, offset=0), "period")

    def _year_part(self, m: re.Match) -> _Core | None:
        if m["yp_adverb"]:
            first, last = self.words.season_adverbs[m["yp_adverb"].lower()]
            # the span leaves out the preposition of one written in two words ("на пролет" → "пролет")
            start = m.start() + m["yp_adverb"].rfind(" ") + 1
            return _Core(start, m.end(), Meaning(month=first, through_month=last), "season_adverb", ahead=True)
        if m["yp_season"]:
            first, last = self.words.season_months[m["yp_season"].split()[-1].lower()]
        else:
            parts = self.words.year_part_nouns[m["yp_noun"].lower()]
            ordinal = self.words.year_part_ordinals[m["yp_ord"].lower()]
            part = parts if ordinal == -1 else ordinal
            if part > parts:
                return None  # "третото полугодие": no such part
            months = 12 // parts
            first, last = months * (part - 1) + 1, months * part
        return _Core(m.start(), m.end(), Meaning(month=first, through_month=last), "year_part")

    def _count(self, number: str, unit_word: str) -> tuple[int, str]:
        """The count and unit of "два месеца": (2, "month")."""
        # a compound numeral is the sum of its words ("триесет и пет" = 35)
        n = int(number) if number.isdigit() else sum(self.words.numbers.get(word, 0) for word in number.lower().split())
        word = unit_word.lower()
        if word in self.words.counted_units:
            unit, multiple = self.words.counted_units[word]
            return n * multiple, unit
        return n, self.words.units_singular.get(word) or self.words.units_plural[word]

    def _ago(self, m: re.Match) -> _Core:
        n, unit = (1, self.words.units_singular[m["ago_one"].lower()]) if m["ago_one"] else self._count(m["ago_n"], m["ago_u"])
        return _Core(m.start(), m.end(), Meaning(unit=unit, offset=-n), "ago")

    def _after(self, m: re.Match) -> _Core:
        n, unit = self._count(m["aft_n"], m["aft_u"])
        return _Core(m.start(), m.end(), Meaning(unit=unit, offset=n), "after", only_ahead=True)

    def _counted(self, m: re.Match) -> _Core:
        n, unit = self._count(m["cnt_n"], m["cnt_u"])
        return _Core(m.start(), m.end(), Meaning(unit=unit, offset=n if m["cnt_later"] else -n, from_text=True), "counted")

    def _counted_event(self, m: re.Match) -> _Core | None:
        if self.event_span_before.search(m.string, max(0, m.start() - LOOK_BACK), m.start()):
            return None
        n, unit = (1, self.words.units_singular[m["cev_one"].lower()]) if m["cev_one"] else self._count(m["cev_n"], m["cev_u"])
        return _Core(m.start(), m.end(), Meaning(unit=unit, offset=n, from_text=True), "counted_event", event_start=m.start("cev_ev"))

    def _event_counted_from(self, text: str, sentences: list[tuple[int, int]], cores: list[_Core], core: _Core) -> date | None:
        """The date a count from an event starts on: a written date in the sentence of another mention of the
        event's words, the nearest to it (the mention nearest before the count first, then after it); else a
        known event's (`AnchorEvent`) the words after the link name, up to the clause's end."""
        unit = core.meaning.unit
        skipped = {*self.words.event_possessives, *self.words.event_complement_links}
        stems = {word.removesuffix(next((e for e in self.words.definite_endings if word.endswith(e)), ""))
                 for word in map(str.lower, WORD.findall(text, core.event_start, core.end)) if word not in skipped}
        stems = tuple(stem for stem in stems if len(stem) >= MIN_EVENT_STEM)
        written = [(c, day) for c in cores if c.meaning.absolute and c.counted_from is None
                   and (res := resolve(c.meaning, None)).value and (day := anchor_date(res.value, res.precision, unit))]
        starts = [start for start, _ in sentences]
        mentions = [m.start() for m in WORD.finditer(text) if not core.start <= m.start() < core.end
                    and any(m.group().lower().startswith(stem) and len(m.group()) - len(stem) <= EVENT_STEM_ENDING
                            for stem in stems)]
        for at in sorted(mentions, key=lambda at: (at > core.start, abs(at - core.start))):
            sentence = sentences[max(0, bisect.bisect_right(starts, at) - 1)]
            near = [(abs(c.start - at), day) for c, day in written if sentence[0] <= c.start < sentence[1]]
            if near:
                return min(near)[1]
        clause_end = self.clause_end.search(text, core.event_start)
        named = " " + " ".join(text[core.event_start:clause_end.start() if clause_end else len(text)].lower().split()) + " "
        dateline = ITEM_DATELINE.search(text[:DATELINE_HEAD])
        place = " " + " ".join(dateline.group(0).lower().replace(",", " ").split()) + " " if dateline else ""
        for event in self.events:
            if (any(f" {phrase} " in named for phrase in event.phrases)
                    and (not event.places or any(f" {name} " in place for name in event.places))):
                return anchor_date(event.value, ("year", "month", "day")[event.value.count("-")], unit)
        return None

    def _anaphoric(self, m: re.Match) -> _Core:
        unit, offset = self.words.anaphoric[" ".join(m["an"].lower().split())]
        if m["an_ry"] and unit in ("day", "month"):
            first = m["an_ry"].split()[0].lower()
            year_offset = self.year_adverbs[first] if first in self.year_adverbs else self.words.directions[first]
            return _Core(m.start(), m.end(), Meaning(unit=unit, offset=offset, from_text=True), "anaphoric+relative_year",
                         year_offset=year_offset)
        return _Core(m.start(), m.end("an"), Meaning(unit=unit, offset=offset, from_text=True), "anaphoric")

    def _iso(self, m: re.Match) -> _Core:
        return _Core(m.start(), m.end(), Meaning(year=int(m["iso_y"]), month=int(m["iso_m"]), day=int(m["iso_d"])), "iso")

    def _numeric(self, m: re.Match) -> _Core | None:
        readings = _numeric_readings(m.group())
        return _Core(m.start(), m.end(), readings[0], "numeric") if readings else None

    def _roman(self, m: re.Match) -> _Core | None:
        year, month, day = int(m["rom_y"]), self.words.roman_months.index((m["rom_m"] or m["rom_sm"]).lower()) + 1, int(m["rom_d"])
        try:
            date(year, month, day)
        except ValueError:
            return None
        return _Core(m.start(), m.end(), Meaning(year=year, month=month, day=day), "roman")

    def _numeric_spaced(self, m: re.Match) -> _Core | None:
        try:
            date(int(m["nsp_y"]), int(m["nsp_m"]), int(m["nsp_d"]))
        except ValueError:
            return None
        return _Core(m.start(), m.end(), Meaning(year=int(m["nsp_y"]), month=int(m["nsp_m"]), day=int(m["nsp_d"])), "numeric_spaced")

    def _numeric_day_month(self, m: re.Match) -> _Core | None:
        day, month = int(m["ndm_d"] or m["ndm_sd"]), int(m["ndm_m"] or m["ndm_sm"])
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return None
        meaning = Meaning(month=month, day=day, year=int(m["ndm_y"]) if m["ndm_y"] else None)
        return _Core(m.start("ndm_d" if m["ndm_d"] else "ndm_sd"), m.end(), meaning, "numeric_day_month")

    def _with_year(self, meaning: Meaning, written: str | None, relative: str | None) -> Meaning:
        """The year after a month: written ("2009 година"), relative ("минатата година", "лани") or
        that of the previous date of the text ("истата година")."""
        if written:
            return meaning.with_parts(year=int(written[:4]))
        if relative:
            if (phrase := " ".join(relative.lower().split())) in self.anaphoric_years:
                return meaning.with_parts(unit="year", offset=self.anaphoric_years[phrase], from_text=True)
            first = relative.split()[0].lower()
            offset = self.year_adverbs[first] if first in self.year_adverbs else self.words.directions[first]
            return meaning.with_parts(unit="year", offset=offset)
        return meaning

    def _day_of_relative_month(self, m: re.Match) -> _Core | None:
        if not (m["drm_p"] or m["drm_o"]):
            return None
        if m["drm_an"]:
            return _Core(m.start("drm_d"), m.end(), Meaning(day=int(m["drm_d"]), unit="month", from_text=True), "day_of_anaphoric_month")
        offset = self.words.directions[m["drm_dir"].lower()] if m["drm_dir"] else self.month_adverbs[m["drm_adv"].lower()]
        return _Core(m.start("drm_d"), m.end(), Meaning(day=int(m["drm_d"]), unit="month", offset=offset), "day_of_relative_month")

    def _bare_day(self, m: re.Match) -> _Core:
        return _Core(m.start("bd_d"), m.end(), Meaning(day=int(m["bd_d"]), unit="month", offset=0), "bare_day")

    def _bare_day_month(self, text: str, sentence: tuple[int, int], core: _Core, base: date) -> int:
        """The month, counted from that of `base`, of a day named alone: in a clause that points ahead the
        next one for an earlier day ("пензиите ќе се исплаќаат на 1-ви" on the 5th), else the last one for a
        later day ("Седницата беше на 28-ми", "одговорност на 27-ми" on the 10th)."""
        day = core.meaning.day
        if self._ahead(text, sentence, core):
            return 1 if day < base.day else 0
        return -1 if day > base.day else 0

    def _ordinal_day(self, words: str) -> int:
        """The day an ordinal word names: "дваесет и петти" -> 25."""
        return self.words.ordinal_days[" ".join(words.lower().split())]

    def _day_month(self, m: re.Match) -> _Core | None:
        if m["dm_w"] and m["dm_w"][0].isupper() and not SENTENCE_START_BEFORE.search(m.string, max(0, m.start() - LOOK_BACK), m.start()):
            return None  # "на Осми март", "булеварот Осми септември": a holiday or a street
        month = m["dm_m"].rstrip(".").lower()
        month_number = self.words.month_names.get(month) or self.words.month_abbreviations[month]
        day = int(m["dm_d"]) if m["dm_d"] else self._ordinal_day(m["dm_w"])
        meaning = self._with_year(Meaning(month=month_number, day=day), m["dm_y"], m["dm_ry"])
        return _Core(m.start(), m.end(), meaning, "day_month")

    def _month_year(self, m: re.Match) -> _Core:
        month = self.words.month_names[m["my_m"].lower()]
        if m["my_y"] or m["my_ry"]:
            return _Core(m.start(), m.end(), self._with_year(Meaning(month=month), m["my_y"], m["my_ry"]), "month_year")
        if m["my_dir"]:
            direction = self.words.directions[m["my_dir"].lower()]
            return _Core(m.start(), m.end(), Meaning(month=month, direction=direction), "relative_month")
        return _Core(m.start(), m.end(), Meaning(month=month), "month")

    def _modified(self, m: re.Match) -> _Core:
        direction = self.words.directions[m["rel_dir"].lower()]
        # "секоја наредна година", "секој следен понеделник": each one, no date
        habitual = bool(self.habitual_before.search(m.string, max(0, m.start() - LOOK_BACK), m.start()))
        if m["rel_u"] and direction and (season := self.words.season_months.get(m["rel_u"].lower())):
            # "минатото лето" told in November is this year's summer, "следното лето" told in March too;
            # "оваа есен" stays the year of publication
            meaning = Meaning(month=season[0], through_month=season[1], direction=direction)
            return _Core(m.start(), m.end(), meaning, "relative_season", habitual=habitual)
        if m["rel_u"]:
            unit = self.words.units_singular[m["rel_u"].lower()]
            return _Core(m.start(), m.end(), Meaning(unit=unit, offset=direction), "relative_unit", habitual=habitual)
        if m["rel_we"]:  # "минатиот викенд" is the last week's, "овој викенд" the bare one, placed by the tense
            meaning = Meaning(unit="week", offset=direction) if direction else Meaning(weekend=True)
            return _Core(m.start(), m.end(), meaning, "relative_weekend", habitual=habitual)
        weekday = self.words.weekdays[m["rel_wd"].lower()]
        return _Core(m.start(), m.end(), Meaning(weekday=weekday, direction=direction), "relative_weekday", habitual=habitual)

    def _year(self, m: re.Match) -> _Core | None:
        year = int(m["yr_y"])
        after_period = year >= EARLIEST_BARE_YEAR and (
            self.period_before.search(m.string, max(0, m.start() - LOOK_BACK), m.start())
            or self.year_word_before.search(m.string, max(0, m.start() - LOOK_BACK), m.start()))  # `фискалната (година) 2006`
        if not (m["yr_o"] or m["yr_w"] or (m["yr_p"] and year >= EARLIEST_BARE_YEAR) or after_period
                or (m["yr_pa"] and year >= EARLIEST_BARE_YEAR and self._written_as_year(m))
                or (year >= EARLIEST_BARE_YEAR and self.alone_in_parentheses(m.string, m.start(), m.end()))):
            return None  # a bare number is not taken for a year, nor a smaller one after a preposition ("од 1500")
        if self.amount_after.match(m.string, m.end("yr_y")):
            return None  # "од 1850 до 2005 денари": an amount
        act = self.named_act_before.search(m.string, max(0, m.start("yr_y") - NAME_LOOK_BACK), m.start("yr_y"))
        if act and act["act"][0].isupper():
            return None  # "Законот за ... од 2008": part of a name
        return _Core(m.start("yr_y"), m.end(), Meaning(year=year), "year")

    def _written_as_year(self, m: re.Match) -> bool:
        """A bare number after a preposition of years and amounts ("за 2024") is a year when
        punctuation closes it, a noun of what is planned or reported for a year comes before
        ("буџетот за 2026"), or the text writes it with a year word elsewhere."""
        if CLOSING_PUNCTUATION.match(m.string, m.end()):
            return True
        if int(m["yr_y"]) % ROUND_COUNT and self.year_topic_before.search(m.string, max(0, m.start() - LOOK_BACK), m.start()):
            return True  # "буџетот за 2026 предвидува"; not a round count ("планот за 2000 нови станови")
        number = m["yr_y"]
        return any(self.year_word_after.match(m.string, other.end())
                   for other in re.finditer(rf"(?<!\d){number}(?!\d)", m.string))

    def _year_range(self, m: re.Match) -> _Core | None:
        """The first year of a range of years a few apart, both plausible as years (the second
        is added by `_cores`), and no amount (`1850–2005 денари`); anything else (`1500-2000` of a count) is no range."""
        first, second = int(m["yrr_a"]), _range_end(m)
        if not (EARLIEST_BARE_YEAR <= first < second <= first + MAX_YEAR_RANGE) or self.amount_after.match(m.string, m.end("yrr_b")):
            return None
        return _Core(m.start("yrr_a"), m.end("yrr_a"), Meaning(year=first), "year_range")

    def _on_weekday(self, m: re.Match) -> _Core | None:
        day = m["wd_d"].lower()
        if day in self.words.units_singular and day.endswith(self.words.definite_endings) and self.week_around_event.match(m.string, m.end()):
            return None  # "во неделата пред изборите": the week, dated by the event
        return _Core(m.start("wd_d"), m.end(), Meaning(weekday=self.words.weekdays[m["wd_d"].lower()]), "weekday",
                     habitual=self._recurs(m.string, m.start(), m.start("wd_d")))

    def _bare_weekday(self, m: re.Match) -> _Core | None:
        before = CAPITALISED_WORD_BEFORE.search(m.string, max(0, m.start() - LOOK_BACK), m.start())
        if before and m["bw_d"][0].isupper() and before.group()[0].isupper():
            return None  # a capitalised weekday after a capitalised word is a name ("Велики Петок")
        if before and before.group().strip().lower() in self.words.holiday_weekday_words:
            return None  # "Велики петок", "Чиста среда": a holiday, no date
        return _Core(m.start("bw_d"), m.end(), Meaning(weekday=self.words.weekdays[m["bw_d"].lower()]), "weekday",
                     habitual=self._recurs(m.string, m.start(), m.start("bw_d")))

    def _recurs(self, text: str, start: int, weekday_start: int) -> bool:
        """Is the weekday at `weekday_start` (its preposition at `start`) a recurring one: "секој
        понеделник", "во секоја сабота", "седум дена во неделата"?"""
        window = max(0, weekday_start - LOOK_BACK)
        return bool(self.habitual_before.search(text, window, weekday_start) or self.frequency_before.search(text, window, weekday_start))

    def _weekday_before_copula(self, m: re.Match) -> _Core | None:
        if not (m["wc_d"][0].isupper() and SENTENCE_START_BEFORE.search(m.string, max(0, m.start() - LOOK_BACK), m.start())):
            return None  # "неделата е" inside a sentence is the week
        return _Core(m.start(), m.end(), Meaning(weekday=self.words.weekdays[m["wc_d"].lower()]), "weekday",
                     only_among_days=True)

    def _unit_clause(self, m: re.Match) -> _Core:
        direction = self.words.unit_clauses[" ".join(m["uc_rel"].lower().split())]
        start = m.start("uc_u") if m["uc_u"] else m.start("uc_we")
        unit = "week" if m["uc_we"] else self.words.units_singular[m["uc_u"].lower()]  # "викендот што измина": last week's
        return _Core(start, m.end(), Meaning(unit=unit, offset=direction), "unit_clause")

    def _weekend(self, m: re.Match) -> _Core:
        return _Core(m.start(), m.end(), Meaning(weekend=True), "weekend", vague_in_past_story=True)

    def _deictic(self, m: re.Match) -> _Core:
        unit, offset = self.words.deictic[m["dx"].lower()]
        return _Core(m.start(), m.end(), Meaning(unit=unit, offset=offset), "deictic")


def _in_year(res: Resolution, year: int | None) -> Resolution:
    """The resolved month or day moved to `year` ("истиот месец лани"); unresolved without one."""
    if year is None:
        return Resolution(None, res.precision, True, "no publication date")
    value = f"{year:04d}{res.value[4:]}"
    try:
        date.fromisoformat(value if len(value) == 10 else f"{value}-01")
    except ValueError:
        return Resolution(None, res.precision, True, "impossible date")
    return replace(res, value=value)


def _nearest_year(month: int, day: int, near: date) -> int:
    """The year that puts the day and month closest to `near` (the year before, of, or after it)."""
    def distance(year: int) -> int:
        try:
            return abs((date(year, month, day) - near).days)
        except ValueError:  # 29 February
            return 1 << 20
    return min((near.year - 1, near.year, near.year + 1), key=distance)


def _trie(words: Iterable[str]) -> str:
    """A regular expression for the words as a trie of their letters ("в(?:о|торник)"), which the
    engine tries far faster than an alternation of the words."""
    trie: dict = {}
    for word in words:
        node = trie
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(letter) + build(sub) for letter, sub in sorted(node.items()) if letter]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else "(?:" + "|".join(branches) + ")"
        return body + ("?" if "" in node else "")

    return "(?:" + build(trie) + ")"


def _all_words(words: DateWords) -> Iterator[str]:
    """Every word and phrase of the language's date words (the keys of its tables)."""
    for field in fields(words):
        value = getattr(words, field.name)
        yield from (value if isinstance(value, (tuple, dict)) else ())


@dataclass(frozen=True)
class _DatedPart:
    start: int
    end: int
    date: date


# A line ending in a numeric date (or range) after a dash, in merged records: a source note in
# parentheses closing a roundup item ("... (Разни извори – 04/12/09-11/12/09)"), or a byline
# opening a story ("Од ... во Белград -- 02/12/10"); its date may be written with dots too ("02.12.10").
DATELINE = re.compile(r"(?m)^[^\n]*?(?P<note>\([^()\n]*?)?(?:--|[-–])\s*(?P<date>\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
                      r"(?:\s*[-–]\s*(?P<until>\d{1,2}[/.]\d{1,2}[/.]\d{2,4}))?\s*(?(note)\))[ \t]*$")
STORY_HEAD_LINES = 3  # lines from a story's headline to its byline or opening note: the headline's and one or two lead lines
# A headline: a short line that starts with a letter and ends without punctuation, or in a question mark
# ("Може ли Белград да влијае на водачите во Република Српска?").
HEADLINE = re.compile(r"(?m)^[^\W\d_][^\n]{0,150}(?:[^\W_]|\?)$")


def _dated_parts(text: str, cores: list[_Core]) -> list[_DatedPart]:
    """The parts of a merged record that carry their own date, in text order. A source note dates
    the text back to the last headline before it (or only its own paragraph when there is none),
    and not past the previous dateline; a byline, or a note in a byline's place, dates the text
    after it up to the next dateline, and its story's headline and lead just before it."""
    dated = {c.start: c.meaning for c in cores if c.meaning.absolute and c.meaning.day is not None}
    if not dated:
        return []  # a dateline is a written date
    lines = [(m, dated.get(m.start("until") if m["until"] else m.start("date"))) for m in DATELINE.finditer(text)]
    lines = [(m, date(d.year, d.month, d.day)) for m, d in lines if d is not None]
    parts = []
    for i, (m, day) in enumerate(lines):
        since = lines[i - 1][0].end() if i else 0
        story_heads = [h.start() for h in HEADLINE.finditer(text, since, m.start())
                       if text.count("\n", h.start(), m.start()) <= STORY_HEAD_LINES]
        if m["note"] and not (story_heads and _opens_story(text, m)):
            headlines = [h.start() for h in HEADLINE.finditer(text, since, m.start())]
            paragraph = text.rfind("\n", since, m.start()) + 1
            parts.append(_DatedPart(headlines[-1] if headlines else max(since, paragraph), m.end(), day))
        else:
            until = lines[i + 1][0].start() if i + 1 < len(lines) else len(text)
            parts.append(_DatedPart(story_heads[-1] if story_heads else m.start(), until, day))
    # a part that runs to the next dateline stops where the next part starts (that story's headline)
    parts = [replace(p, end=min(p.end, later.start)) for p, later in zip(parts, parts[1:])] + parts[-1:]
    # a story after a dated one with no dateline of its own is dated like the story before it: the
    # record's own date is its first story's (a roundup's undated item between dated ones)
    gaps = [_DatedPart(p.end, later, p.date) for p, later in zip(parts, [q.start for q in parts[1:]] + [len(text)])
            if text[p.end:later].strip()]
    return sorted(parts + gaps, key=lambda p: p.start)


def _opens_story(text: str, note: re.Match) -> bool:
    """A source note alone on its line with the story's text after it, not the next headline,
    stands where a byline would ("Наслов\nВовед\n(Разни извори – 16/01/09)\nТекст …")."""
    if text[note.start():note.start("note")].strip():
        return False
    next_line = text[note.end():].lstrip("\n").split("\n", 1)[0]
    return bool(next_line.strip()) and not HEADLINE.fullmatch(next_line)


def _item_parts(text: str, found: list[Found]) -> list[_DatedPart]:
    """The items of a page of news briefs whose dateline gives their day in brackets (`БЕЛГРАД, Србија -- (вторник,
    4-ти мај)`, `ПРИШТИНА, Косово -- (12/05/10)`): each dated by it, within the page's own dated part."""
    days = [(f.expression.start, f.expression.value) for f in found if f.expression.precision == "day" and f.expression.value]
    return [_DatedPart(m.start(), end, date.fromisoformat(day)) for m, end in brief_items(text) if m["day"]
            for day in [next((v for at, v in days if m.start("day") <= at < m.end("day")), None)] if day]


def _date_of_part(parts: list[_DatedPart], position: int) -> date | None:
    # (the innermost part: a brief's item within the page a source note dates)
    return next((p.date for p in reversed(parts) if p.start <= position < p.end), None)


NUMERIC_PARTS = re.compile(r"(\d{1,2})([./])(\d{1,2})\2(\d{2,4})")
RANGE_DASH = re.compile(r"\s*[-–]\s*")


def _numeric_readings(written: str) -> list[Meaning]:
    """The possible dates of a numeric date, day first before month first. SETimes source notes
    also write the month first with a slash ("02/16/05"; annotation guidelines)."""
    first, separator, second, year = NUMERIC_PARTS.match(written).groups()
    full_year = int(year) if len(year) == 4 else 2000 + int(year) if int(year) < 50 else 1900 + int(year)
    orders = [(int(first), int(second))] + ([(int(second), int(first))] if separator == "/" else [])
    readings = []
    for day, month in orders:
        try:
            date(full_year, month, day)
        except ValueError:
            continue
        if (reading := Meaning(year=full_year, month=month, day=day)) not in readings:
            readings.append(reading)
    return readings


def _ordered_ranges(text: str, cores: list[_Core]) -> list[_Core]:
    """Two numeric dates joined by a dash are a range: each is read in the order (day or month
    first) that puts the start before the end, the shortest such range ("08/31/11-07/09/11" is
    2011-08-31 to 2011-09-07; annotation guidelines)."""
    for i, (start, end) in enumerate(zip(cores, cores[1:])):
        if start.rule != "numeric" or end.rule != "numeric" or not RANGE_DASH.fullmatch(text, start.end, end.start):
            continue
        pairs = [(a, b) for a in _numeric_readings(text[start.start:start.end])
                 for b in _numeric_readings(text[end.start:end.end]) if _day_of(a) <= _day_of(b)]
        if pairs:
            first, last = min(pairs, key=lambda pair: _day_of(pair[1]) - _day_of(pair[0]))
            cores[i], cores[i + 1] = replace(start, meaning=first), replace(end, meaning=last)
    return cores


def _day_of(meaning: Meaning) -> date:
    return date(meaning.year, meaning.month, meaning.day)


def _range_end(m: re.Match) -> int:
    """The second year of a range, completed from the first when it keeps only two digits."""
    first, second = m["yrr_a"], m["yrr_b"]
    return int(second if len(second) == 4 else first[:2] + second)


def _text_anchor(earlier: list[tuple[Resolution, int]], index: int, unit: str, reach: int,
                 latest: date | None = None, earliest: date | None = None) -> date | None:
    """The date an expression of sentence `index` counts `unit`s from: the previous resolved one's,
    or, when that one is coarser than the unit or after `latest` (before `earliest`), the latest fine enough up to
    `reach` sentences before ("Завчера ... пред две години. Истиот ден ..." is the day before yesterday)."""
    for number, (res, sentence) in enumerate(reversed(earlier)):
        if number and index - sentence > reach:
            return None
        if ((day := anchor_date(res.value, res.precision, unit)) and (latest is None or day <= latest)
                and (earliest is None or day >= earliest)):
            return day
    return None


def _in_past_story(previous: Resolution | None, sentences_since: int, published: date | None) -> bool:
    """Is the previous expression, in this or the sentence before, a written date years before publication?"""
    return bool(previous and published and not previous.relative and sentences_since <= COUNTED_FROM_SENTENCES
                and int(previous.value[:4]) <= published.year - STORY_PAST_YEARS)


def _is_quoted_name(text: str, core: _Core) -> bool:
    return bool(QUOTED_NAME_AFTER.match(text, core.end)
                and QUOTED_NAME_BEFORE.search(text, max(0, core.start - LOOK_BACK), core.start))


def _without_overlaps(cores: list[_Core]) -> list[_Core]:
    """Keep the longest of overlapping expressions (the earliest on a tie), in text order."""
    kept: list[_Core] = []
    for core in sorted(cores, key=lambda c: (c.start, -(c.end - c.start))):
        if kept and core.start < kept[-1].end:
            if core.end - core.start > kept[-1].end - kept[-1].start:
                kept[-1] = core
            continue
        kept.append(core)
    return kept
