"""What a date expression means, and the ISO value it resolves to against the publication date.

No words of any language here: the matcher turns words into a `Meaning`, and `resolve`
does the calendar arithmetic.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta


WRITTEN_BEFORE = timedelta(days=7)  # how far before publication a future-tense day may lie in the same year (a week's roundup)
SOON = timedelta(days=62)  # how far after the publication date a yearless date without a future word may lie
SATURDAY, SUNDAY = 6, 7  # ISO weekdays


@dataclass(frozen=True)
class Meaning:
    """The calendar content of one expression; unset fields are what the text leaves open.

    - explicit parts: `year`, `month`, `day` (e.g. month and day of "10-ти мај");
    - `weekday` (1 = Monday), optionally with `direction`;
    - `direction`: -1 previous, 0 this, +1 next ("минатиот петок", "овој август");
    - `unit` and `offset`: so many days/weeks/months/years from the publication date
      ("вчера" = day -1, "пред три години" = year -3, "следната недела" = week +1), or
      with `from_text` from the date of the previous expression of the text ("следниот ден");
    - `through_month`: a season or quarter, the months `month` to `through_month`, valued as
      its year ("летото" = 6 to 8); with a `direction` of -1 or +1 the last one over or the next
      one not begun ("минатото лето", "следната пролет");
    - `weekend`: the weekend the tense points to, valued as its ISO week ("викендот"; with a
      modifier it is the week's: "минатиот викенд" = week -1).
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    direction: int | None = None
    unit: str | None = None
    offset: int = 0
    from_text: bool = False
    through_month: int | None = None
    weekend: bool = False

    def with_parts(self, **parts: int | None) -> Meaning:
        return replace(self, **parts)

    @property
    def precision(self) -> str:
        if self.through_month is not None:
            return "year"
        if self.weekend:
            return "week"
        if self.day is not None or self.weekday is not None:
            return "day"
        if self.month is not None:
            return "month"
        return self.unit or "year"

    @property
    def absolute(self) -> bool:
        """Resolvable without the publication date (the year is written)."""
        return self.year is not None and self.weekday is None and self.unit is None

    @property
    def year_left_open(self) -> bool:
        """A month (and day) with no year and nothing relative: "10-ти мај", "во март"."""
        return self.month is not None and self.year is None and self.unit is None and self.direction is None

    @property
    def needs_tense(self) -> bool:
        """Resolved backwards or forwards by the tense of its clause (no year, no modifier but "this"
        before a weekday: "овој петок ќе ..." told on a Sunday is the coming one)."""
        this_weekday = self.direction == 0 and self.weekday is not None
        return self.year is None and self.unit is None and (self.direction is None or this_weekday) and (
            self.weekday is not None or self.month is not None or self.weekend)


@dataclass(frozen=True)
class Resolution:
    value: str | None
    precision: str | None
    relative: bool
    problem: str | None = None  # why it is unresolved


def resolve(meaning: Meaning, published: date | None, future: bool = False, past: bool = False,
            exact_date: bool = True) -> Resolution:
    """The ISO value of `meaning`; relative parts count from `published`.

    Without a year, a weekday is the closest occurrence on or before the publication date, or
    the first one after it when `future` (the clause is in the future tense); a weekend is the
    ISO week of the one so placed (`_weekend`). A month or a day
    and month without a year is in the publication year, the next year if `future` puts it before
    the publication date, the year before if it lies more than `SOON` after it (annotation
    guidelines: the year of publication unless the tense places it on the other side); a day
    early next year, `SOON` after publication and not `past`, is next year's, when `published` is
    the exact date of the text (not a roundup's dateline, which may lie weeks from its items).
    """
    try:
        if meaning.through_month is not None:
            return _part_of_year(meaning, published, future)
        if meaning.absolute:
            return _explicit(meaning.year, meaning.month, meaning.day, relative=False)
        if published is None:
            return Resolution(None, meaning.precision, True, "no publication date")
        if meaning.unit == "year" and meaning.month is not None:  # "декември минатата година"
            return _explicit(published.year + meaning.offset, meaning.month, meaning.day, relative=True)
        if meaning.unit == "month" and meaning.day is not None:  # "15-ти овој месец"
            return _explicit(*_month_shifted(published, meaning.offset), meaning.day, relative=True)
        if meaning.unit is not None:
            return _shifted(meaning.unit, meaning.offset, published)
        if meaning.weekend:
            return _week_of(_weekend(published, future))
        if meaning.weekday is not None:
            return Resolution(_weekday(meaning.weekday, meaning.direction, published, future).isoformat(), "day", True)
        year = _month_year(meaning, published, future, past, exact_date)
        return _explicit(year, meaning.month, meaning.day, relative=True)
    except ValueError:
        return Resolution(None, meaning.precision, not meaning.absolute, "impossible date")


# the precisions of a date that an expression counting in a unit can start from
_ANCHORS_FOR_UNIT = {"day": {"day"}, "week": {"day", "week"}, "month": {"day", "month"},
                     "year": {"day", "week", "month", "year"}}


def anchor_date(value: str, precision: str, unit: str) -> date | None:
    """The date to count `unit`s from when the previous expression resolved to `value`: its
    first day, or None when it is coarser than the unit ("следниот ден" after "2009")."""
    if precision not in _ANCHORS_FOR_UNIT[unit]:
        return None
    if precision == "week":
        year, week = value.split("-W")
        return date.fromisocalendar(int(year), int(week), 1)
    year, month, day = [*map(int, value.split("-")), 1, 1][:3]
    return date(year, month, day)


def _explicit(year: int, month: int | None, day: int | None, relative: bool) -> Resolution:
    if month is None:
        return Resolution(f"{year:04d}", "year", relative)
    if day is None:
        date(year, month, 1)  # validates the month
        return Resolution(f"{year:04d}-{month:02d}", "month", relative)
    return Resolution(date(year, month, day).isoformat(), "day", relative)


def _shifted(unit: str, offset: int, published: date) -> Resolution:
    if unit == "day":
        return Resolution((published + timedelta(days=offset)).isoformat(), "day", True)
    if unit == "week":
        return _week_of(published + timedelta(weeks=offset))
    if unit == "month":
        year, month = _month_shifted(published, offset)
        return Resolution(f"{year:04d}-{month:02d}", "month", True)
    return Resolution(f"{published.year + offset:04d}", "year", True)


def _month_shifted(published: date, offset: int) -> tuple[int, int]:
    """The year and month `offset` months from the publication date's."""
    months = published.year * 12 + published.month - 1 + offset
    return months // 12, months % 12 + 1


def _week_of(day: date) -> Resolution:
    iso = day.isocalendar()
    return Resolution(f"{iso.year:04d}-W{iso.week:02d}", "week", True)


def _weekend(published: date, future: bool) -> date:
    """A day of the weekend meant: the latest begun by publication (on a Saturday or Sunday its
    own, on a Monday the one just over), or in a future clause the first not yet over."""
    if future:
        return published + timedelta(days=SUNDAY - published.isoweekday())
    return _weekday(SATURDAY, None, published, False)


def _weekday(weekday: int, direction: int | None, published: date, future: bool) -> date:
    back = (published.isoweekday() - weekday) % 7  # days back to the latest such day, 0 = today
    forward = (weekday - published.isoweekday()) % 7
    if direction == 0:  # this week's, or in a future clause the coming one (today's included)
        return published + timedelta(days=forward if future else weekday - published.isoweekday())
    if direction == -1:
        return published - timedelta(days=back or 7)
    if direction == 1:
        return published + timedelta(days=forward or 7)
    return published + timedelta(days=forward or 7) if future else published - timedelta(days=back)


def _part_of_year(meaning: Meaning, published: date | None, future: bool) -> Resolution:
    """The year of a season or quarter: the one its sentence names, else the latest one begun by
    the publication date, or in a future clause the next one not yet over; the previous one is the
    latest over before the publication month but the one just over ("минатото лето" told in
    September is last year's, the one just over is still "ова лето"), the next one the first
    begun after the publication month."""
    if meaning.year is not None:
        return Resolution(f"{meaning.year:04d}", "year", False)
    if published is None:
        return Resolution(None, "year", True, "no publication date")
    if meaning.direction == -1:
        over_last_month = (published.month - meaning.through_month) % 12 == 1
        return Resolution(f"{published.year - (meaning.through_month >= published.month) - over_last_month:04d}", "year", True)
    if meaning.direction == 1:
        return Resolution(f"{published.year + (meaning.month <= published.month):04d}", "year", True)
    month = meaning.through_month if future else meaning.month
    return Resolution(f"{_month_year(Meaning(month=month), published, future):04d}", "year", True)


def _month_year(meaning: Meaning, published: date, future: bool, past: bool = False, exact_date: bool = True) -> int:
    """The year of a month (and day) written without one."""
    if meaning.direction == 0:
        return published.year
    here = (published.month, published.day if meaning.day is not None else 0)
    there = (meaning.month, meaning.day or 0)
    if meaning.direction == -1:
        return published.year if there < here else published.year - 1
    if meaning.direction == 1:
        return published.year if there > here else published.year + 1
    if future:
        if there >= here:
            return published.year
        # a date just before publication told in the future tense was written a little earlier
        # (a weekly roundup dated at its end), not about next year
        behind = published - date(published.year, meaning.month, meaning.day or 1)
        return published.year if meaning.day is not None and behind <= WRITTEN_BEFORE else published.year + 1
    if there <= here:
        # a day early next year, soon after publication, with no past word is to come ("цените
        # важат од 1 февруари", "почнувајќи од 1 јануари" told in December)
        if meaning.day is not None and not past and exact_date and date(published.year + 1, meaning.month, meaning.day) - published <= SOON:
            return published.year + 1
        return published.year
    # after the publication date with no future word: soon after it is an event to come told in
    # the present tense ("концертот е на 2-ри јуни"); further, or in a clause told in the past
    # ("седницата од 12 ноември беше прекината" in October), it is last year's
    ahead = date(published.year, meaning.month, meaning.day or 1) - published
    return published.year if ahead <= SOON and not past else published.year - 1


def period_bounds(value: str) -> tuple[date, date] | None:
    """The first and last day of an ISO date, month, year or week value."""
    try:
        if "-W" in value:
            year, week = (int(p) for p in value.split("-W"))
            return date.fromisocalendar(year, week, 1), date.fromisocalendar(year, week, 7)
        parts = [int(p) for p in value.split("-")]
    except ValueError:
        return None
    if len(parts) == 3:
        return date(*parts), date(*parts)
    if len(parts) == 2:
        year, month = parts
        return date(year, month, 1), date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return (date(parts[0], 1, 1), date(parts[0], 12, 31)) if parts else None


def period_end(value: str) -> date | None:
    """The last day of an ISO date, month, year or week value."""
    bounds = period_bounds(value)
    return bounds[1] if bounds else None


def period_start(value: str) -> date | None:
    """The first day of an ISO date, month, year or week value."""
    bounds = period_bounds(value)
    return bounds[0] if bounds else None
