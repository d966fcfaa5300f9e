"""Time stage: date expressions in the text, resolved against the publication date.

`TimeStep` fills `Document.times` with `TimeExpression` records (offsets into the cleaned
text). Explicit dates ("4 септември 2025", "03.11.2009", "2009 година") resolve by themselves;
a weekday resolves to the closest one on or before the publication date, or the next one when
its clause is in the future tense (a weekend likewise, as its ISO week); a month or a day and
month without a year to the year of publication, or the one on the other side when the tense or
the distance says so;
deictic and relative expressions ("вчера", "минатата година", "пред два дена", "следната
недела") count from the publication date; anaphoric ones ("следниот ден", "таа година",
"30 години подоцна") from the previous date of the text; a count from an event ("четири години по конфликтот")
from a date the text gives the event, else a known event's (`lang/<lang>/anchor_events.yaml`). Values are ISO: `2019-06-12` (day), `2019-W24`
(week), `2019-06` (month), `2019` (year). Without a publication date the relative ones stay
unresolved (`value` None, `precision` still set) and are counted by why. In records that merge
several articles a dateline (source note or byline with a numeric date) dates its own part.
The conventions (spans without a leading preposition, a weekday written with its date is a
second expression with that date's value ...) are those of `annotations/time/GUIDELINES.md`.

The same matcher is the spaCy component `vesnik_time` (`vesnik.time.component`), and
`governing_time` gives later stages (events) the date of a span, and `reference_date` the date
a span with no expression is told on (its part's in a merged record); the stage itself dates the
numeric claims the quotes stage found, flagging those only the publication date dates.

The words are data (`vesnik/lang/<lang>/dates.yaml`). dateparser's partial Macedonian was
measured and is not used at run time: it resolves 21 of 44 written test expressions (not the
ordinals "10-ти мај", nor "во среда", "пред два дена", "минатиот петок", "2009 година") and
33% of the 214 gold surfaces of the test split, at ~1-3 ms a call (`search_dates` ~70 ms a
sentence), against this stage's budget of 2 ms a whole article; its Macedonian data supplied
some of dates.yaml instead (see its header).
"""
from __future__ import annotations

from datetime import date
from functools import cache

from vesnik.document import Document, TimeExpression
from vesnik.lang import resources
from vesnik.pipeline import PipelineStep
from vesnik.quotes.lexicon import reporting_words
from vesnik.time.matcher import Found, TimeMatcher
from vesnik.time.words import anchor_events, date_words

__all__ = ["TimeStep", "TimeMatcher", "Found", "dating_times", "governing_time", "matcher", "ranked_times", "reference_date"]


@cache
def matcher(lang: str = "mk") -> TimeMatcher:
    return TimeMatcher(date_words(lang), resources(lang).wordforms, frozenset(reporting_words(lang).verbs),
                       anchor_events(lang))


def count_found(stats, found: list[Found]) -> None:
    """Add what was found to a stage's counts: expressions, resolved, unresolved by reason."""
    stats["expressions"] += len(found)
    for f in found:
        stats["resolved" if f.problem is None else f"unresolved: {f.problem}"] += 1


class TimeStep(PipelineStep):
    name = "time"

    def __init__(self, lang: str = "mk"):
        super().__init__()
        self.lang = lang
        self.matcher = matcher(lang)

    def process(self, doc: Document) -> Document:
        found, doc._dated_parts = self.matcher.find_with_parts(doc.text, [(s.start, s.end) for s in doc.sentences],
                                                               doc.published)
        doc.times = [f.expression for f in found]
        count_found(self.stats, found)
        for claim in doc.claims:  # the quotes stage found them; they take the date that governs them
            governing = governing_time(doc, claim.start, claim.end, self.lang)
            if governing is not None and governing.value:
                claim.date, claim.date_from_publication = governing.value, False
            else:
                told = reference_date(doc, claim.start)
                claim.date, claim.date_from_publication = (told.isoformat() if told else None), told is not None
            self.stats["claims dated by the publication date" if claim.date_from_publication else "claims dated"] += 1
        return doc


def reference_date(doc: Document, offset: int) -> date | None:
    """The date a span at `offset` is told on when no expression dates it: that of the part of a
    merged record it stands in (`(Разни извори – 04/12/09-11/12/09)`; the innermost: a brief's item within its page),
    else the publication date."""
    return next((day for start, end, day in reversed(doc._dated_parts) if start <= offset < end), doc.published)


def dating_times(doc: Document, sentence: int, lang: str = "mk") -> list[TimeExpression]:
    """The time expressions of a sentence that may date its acts: not a noun's attribute
    ("договорот од 2018", a year in parentheses: "пописот (2021)"), a deadline ("до февруари 2028"), what a plan or report is for ("буџетот за 2026"),
    the day of an occasion the act follows ("по вчерашниот разговор") or the first day of a night between two."""
    time_matcher = matcher(lang)
    return [t for t in doc.times if t.sentence == sentence
            and not time_matcher.attributive(doc.text, t.start, t.end) and not time_matcher.until_date(doc.text, t.start)
            and not (t.precision == "year" and time_matcher.alone_in_parentheses(doc.text, t.start, t.end))
            and not time_matcher.topic_date(doc.text, t.start, t.precision)
            and not time_matcher.sequenced_occasion(doc.text, t.start, t.rule)
            and not time_matcher.night_start(doc.text, t.start)]


def governing_time(doc: Document, start: int, end: int, lang: str = "mk") -> TimeExpression | None:
    """The time expression that dates the span doc.text[start:end] (an event trigger, a claim): the first of
    `ranked_times`, None when the sentence has none."""
    return next(iter(ranked_times(doc, start, end, lang)), None)


def ranked_times(doc: Document, start: int, end: int, lang: str = "mk") -> list[TimeExpression]:
    """The time expressions that may date the span doc.text[start:end], the one that governs it first.

    Only expressions of the span's own sentence count, and not those that are a noun's attribute
    ("договорот од 2018"), a deadline ("до февруари 2028") or what a plan or report is for
    ("буџетот за 2026"). One in the same clause is preferred
    (clauses end at punctuation and at clause words such as "дека", "кога"; a fronted
    "Во петок, ..." belongs to the clause after its comma); among equals the nearest by
    characters comes first, and on a tie the earlier one. Unresolved expressions (value None)
    are listed too: the caller decides.
    """
    index = doc.sentence_of(start)
    time_matcher = matcher(lang)
    candidates = dating_times(doc, index, lang)
    if not candidates:
        return []
    sentence = next(((s.start, s.end) for s in doc.sentences if s.index == index), (0, len(doc.text)))
    clauses = time_matcher.clause
    span_start, span_end = clauses(doc.text, sentence, start, end)

    def rank(t: TimeExpression) -> tuple[bool, bool, int, int]:
        # the clauses are taken around each span, so the punctuation inside a time expression
        # ("понеделникот (10-ти мај)") and the comma after a fronted one do not separate them
        time_start, time_end = clauses(doc.text, sentence, t.start, t.end)
        in_clause = (span_start <= t.end and t.start <= span_end) or (time_start <= start and end <= time_end)
        # a date in an aside that does not hold the span dates the aside's act ("Муцунски, кој во 2023 ...")
        aside = time_matcher.aside(doc.text, sentence, t.start, t.end)
        elsewhere = aside is not None and not (aside[0] <= start and end <= aside[1])
        distance = max(0, t.start - end, start - t.end)
        return (elsewhere, not in_clause, distance, t.start)

    return sorted(candidates, key=rank)


from vesnik.time import component  # noqa: E402,F401  (registers the spaCy factory "vesnik_time")
