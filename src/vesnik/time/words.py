"""The date words of a language, read from `vesnik/lang/<lang>/dates.yaml` into lookup tables."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from vesnik.lang import yaml_data

DIRECTIONS = {"previous": -1, "this": 0, "next": 1}


@dataclass(frozen=True)
class DateWords:
    """Lower-case word -> meaning tables; see the header of dates.yaml for each key."""

    month_names: dict[str, int]
    month_abbreviations: dict[str, int]
    weekdays: dict[str, int]  # ISO weekday, 1 = Monday
    weekend: tuple[str, ...]  # after a modifier
    weekend_alone: tuple[str, ...]
    units_singular: dict[str, str]  # word -> day / week / month / year
    units_plural: dict[str, str]
    counted_units: dict[str, tuple[str, int]]  # word -> (unit, multiple), only after a number
    numbers: dict[str, int]
    roman_months: tuple[str, ...]  # "ix" for "IX" in "15.IX.2026", January first (lower case like every word)
    number_links: tuple[str, ...]  # "триесет и пет": ten and unit joined
    ordinal_days: dict[str, int]  # "први" -> 1, "дваесет и петти" -> 25 (a day before a month name)
    directions: dict[str, int]  # modifier -> -1 / 0 / +1
    unit_clauses: dict[str, int]  # relative clause after a unit -> -1 / +1
    deictic: dict[str, tuple[str, int]]  # word -> (unit, offset)
    anaphoric: dict[str, tuple[str, int]]  # phrase -> (unit, offset from the previous date of the text)
    later: tuple[str, ...]
    count_apposition_prepositions: tuple[str, ...]  # "Четири години подоцна, во 2012 година": the date the count names
    account_day_parts: tuple[str, ...]  # "вечерта": the evening of the day told before
    interval_before_openers: tuple[str, ...]  # "еден ден откако X": X a day before
    earlier: tuple[str, ...]
    event_count_links: tuple[str, ...]  # "Четири години по конфликтот": a count from an event
    event_possessives: tuple[str, ...]
    event_complement_links: tuple[str, ...]
    event_count_spans: tuple[str, ...]  # "во првите две години по масакрот": a span, no date
    year_words: tuple[str, ...]
    year_adjectives: tuple[str, ...]  # "фискалната 2024": the year word left out
    ordinal_suffixes: tuple[str, ...]
    decade_suffixes: tuple[str, ...]
    present_age_words: tuple[str, ...]
    century_words: tuple[str, ...]
    holiday_nouns: tuple[str, ...]
    holiday_weekday_words: tuple[str, ...]  # "Велики петок": a feast, no date
    habitual_words: tuple[str, ...]  # "секој понеделник": no date; "секоја година на 8 март": recurs
    frequency_words: tuple[str, ...]  # "еднаш во неделата": a frequency
    frequency_units: tuple[str, ...]  # after a number: "седум дена во неделата"
    ago: tuple[str, ...]
    ago_fillers: tuple[str, ...]  # words between "пред" and its number
    one_unit_tails: tuple[str, ...]  # after a unit without a number: one of it ("пред месец дена")
    relative_words: tuple[str, ...]  # a year in the relative clause they open is not the sentence's
    aside_openers: tuple[str, ...]  # with relative words: a date in the clause they open dates only it
    participle_attribute_endings: tuple[str, ...]  # "законот донесен на 2 мај": the date is the participle's
    passive_auxiliaries: tuple[str, ...]
    participle_lookalikes: tuple[str, ...]
    t_participle_endings: tuple[str, ...]  # "прекината на 3 март": shared with nouns with an article
    t_participle_forms: tuple[str, ...]  # the endings of the stem's forms that must be known for them
    date_frame_nouns: tuple[str, ...]  # "извршен во ноќта меѓу сабота и недела"
    night_words: tuple[str, ...]  # "во ноќта меѓу понеделник и вторник": dated by the day it ends on
    between_prepositions: tuple[str, ...]
    setting_participles: tuple[str, ...]  # "на седницата одржана на 15 декември": the act's setting
    setting_prepositions: tuple[str, ...]
    after: tuple[str, ...]
    after_from: tuple[str, ...]
    within: tuple[str, ...]  # "за десет дена": like `after`, only with `within_units`
    within_units: tuple[str, ...]
    weekday_prepositions: tuple[str, ...]
    weekday_copulas: tuple[str, ...]
    week_event_links: tuple[str, ...]  # "неделата пред изборите" is the week, not Sunday
    year_prepositions: tuple[str, ...]
    year_or_amount_prepositions: tuple[str, ...]
    year_topic_nouns: tuple[str, ...]  # "буџетот за 2026": before "за", they make the number a year
    reported_period_nouns: tuple[str, ...]  # "податоците за септември": the month reported on, not ahead
    reported_subject_links: tuple[str, ...]  # "извештајот за работата во првиот квартал"
    superlative_prefixes: tuple[str, ...]  # "најмасовните напади оваа година": the year compared over
    superlative_endings: tuple[str, ...]
    superlative_since_links: tuple[str, ...]  # "најмногу од 2014 година": a comparison's start, no year of the acts
    named_acts: tuple[str, ...]  # a year "од" after them is part of the act's name
    named_act_links: tuple[str, ...]
    attribute_links: tuple[str, ...]  # "договорот од 2018": the date is the noun's
    date_relatives: tuple[str, ...]  # "од октомври 2008, кога ...": the date is that clause's
    since_times_of_day: tuple[str, ...]  # "од вторник наутро": since that moment, no noun's attribute
    until_links: tuple[str, ...]  # "до февруари 2028": a deadline, no act's date
    end_deadline_links: tuple[str, ...]  # "пред крајот на годината": a deadline too
    period_end_parts: tuple[str, ...]
    occasion_sequence_links: tuple[str, ...]  # "по вчерашниот разговор": the act follows that day's occasion
    aorist_homonyms: tuple[str, ...]  # future markers that are also aorists ("допатува")
    previous_of_text: tuple[str, ...]  # "Лани …, а претходната година": the unit before the one just told
    period_parts: tuple[str, ...]
    period_ordinals: tuple[str, ...]
    ordinal_period_parts: tuple[str, ...]  # "недела" in "првата недела од јануари": a part only after an ordinal
    period_links: tuple[str, ...]
    seasons: tuple[str, ...]  # definite forms, which may stand before a year
    season_months: dict[str, tuple[int, int]]  # definite and indefinite form -> (first month, last month)
    season_adverbs: dict[str, tuple[int, int]]  # "наесен" -> (first month, last month): the next season not over
    whole_words: tuple[str, ...]
    year_part_nouns: dict[str, int]  # noun -> parts in a year
    year_part_ordinals: dict[str, int]  # ordinal -> which part, -1 the last
    coordinators: tuple[str, ...]
    list_links: tuple[str, ...]
    future_markers: tuple[str, ...]
    ongoing_markers: tuple[str, ...]
    future_particles: tuple[str, ...]
    predicate_links: tuple[str, ...]
    predicate_relatives: tuple[str, ...]  # "што почнаа во саботата ќе продолжат": the future is the main clause's
    comma_clause_openers: tuple[str, ...]
    contrast_openers: tuple[str, ...]  # ", а ќе ...": a future clause set against the sentence's past year
    intention_markers: tuple[str, ...]
    readiness_words: tuple[str, ...]  # "подготвена за гласање во април": for an act to come
    readiness_links: tuple[str, ...]
    imperative_endings: tuple[str, ...]  # "Во вторник гласајте": a call to act is for what comes
    deadline_nouns: tuple[str, ...]
    present_copulas: tuple[str, ...]
    schedule_copulas: tuple[str, ...]
    plural_schedule_copulas: tuple[str, ...]  # "се на 15 март": a schedule too
    schedule_day_prepositions: tuple[str, ...]
    numeric_date_prepositions: tuple[str, ...]
    bare_day_prepositions: tuple[str, ...]  # "на 5-ти.": a day of the month of publication
    day_ordinal_suffixes: tuple[str, ...]  # the masculine endings of such a day ("ден"), not "21-та" (a year)
    numeric_date_blockers: tuple[str, ...]
    year_amount_units: tuple[str, ...]
    year_amount_links: tuple[str, ...]
    forward_prepositions: tuple[str, ...]
    weekday_forward_prepositions: tuple[str, ...]
    past_copulas: tuple[str, ...]
    past_endings: tuple[str, ...]
    past_ending_non_verbs: tuple[str, ...]  # "таа": ends like "траеја" and is a pronoun
    noun_shared_past_endings: dict[str, tuple[str, ...]]  # "ија" -> the stem's other past endings ("ил", "ив")
    conditional_particles: tuple[str, ...]  # "би": the l-form after it is no past
    told_past_words: tuple[str, ...]  # with the past copulas: a clause told in the past ("имаше")
    told_past_endings: tuple[str, ...]  # "победивме", "рековте"
    told_past_stops: tuple[str, ...]
    past_clause_openers: tuple[str, ...]
    week_day_hedges: tuple[str, ...]  # "следната недела, најверојатно во средата"  # "откако" without "ќе": a clause of what was done before  # "беше одлучено да се одржи на ...": the past verb before it does not count
    range_openers: tuple[str, ...]  # "од" of "од <date> до <date>"
    range_links: tuple[str, ...]  # "до" of it
    clause_words: tuple[str, ...]
    verb_cue_words: tuple[str, ...]
    parenthetical_openers: tuple[str, ...]
    verb_cue_endings: tuple[str, ...]
    non_verb_words: tuple[str, ...]
    definite_endings: tuple[str, ...]
    participle_endings: tuple[str, ...]  # verb forms that end like a noun's article ("започната", "тегнете")


def _table(groups: dict | list, start: int = 1) -> dict[str, int]:
    items = groups.items() if isinstance(groups, dict) else enumerate(groups, start)
    return {word.lower(): int(key) for key, words in items for word in words}


def _tuple(words: list[str]) -> tuple[str, ...]:
    return tuple(w.lower() for w in words)


@dataclass(frozen=True)
class AnchorEvent:
    """A well-known event counts are made from (`anchor_events.yaml`)."""

    value: str  # ISO date, as precise as the event is known
    phrases: tuple[str, ...]
    places: tuple[str, ...]  # the dateline must name one, when given


@cache
def anchor_events(lang: str) -> tuple[AnchorEvent, ...]:
    return tuple(AnchorEvent(str(event["date"]), _tuple(event["phrases"]), _tuple(event.get("places", ())))
                 for event in yaml_data(lang, "anchor_events")["events"])


@cache
def date_words(lang: str) -> DateWords:
    data = yaml_data(lang, "dates")
    units = data["units"]
    return DateWords(
        month_names=_table([m["names"] for m in data["months"]]),
        month_abbreviations=_table([m["abbreviations"] for m in data["months"]]),
        weekdays=_table(data["weekdays"]),
        units_singular={w.lower(): unit for unit, forms in units.items() for w in forms["singular"]},
        units_plural={w.lower(): unit for unit, forms in units.items() for w in forms["plural"]},
        counted_units={w.lower(): (unit, int(multiple)) for w, (unit, multiple) in data["counted_units"].items()},
        numbers=_table(data["numbers"]),
        ordinal_days=_table(data["ordinal_days"]),
        directions={w.lower(): DIRECTIONS[kind] for kind, words in data["relative"].items() for w in words},
        unit_clauses=_table(data["unit_clauses"]),
        deictic={w.lower(): (unit, int(offset)) for w, (unit, offset) in data["deictic"].items()},
        anaphoric={w.lower(): (unit, int(offset)) for w, (unit, offset) in data["anaphoric"].items()},
        seasons=_tuple([w for season in data["seasons"] for w in season["definite"]]),
        season_months={w.lower(): (int(season["months"][0]), int(season["months"][1])) for season in data["seasons"]
                       for w in (*season["definite"], *season["indefinite"])},
        season_adverbs={w.lower(): (int(season["months"][0]), int(season["months"][1])) for season in data["seasons"]
                        for w in season.get("adverbs", ())},
        year_part_nouns={w.lower(): int(parts) for w, parts in data["year_part_nouns"].items()},
        year_part_ordinals=_table(data["year_part_ordinals"]),
        noun_shared_past_endings={ending.lower(): _tuple(others) for ending, others in data["noun_shared_past_endings"].items()},
        **{key: _tuple(data[key]) for key in (
            "weekend", "weekend_alone", "year_words", "year_adjectives", "ordinal_suffixes", "decade_suffixes", "present_age_words", "century_words", "holiday_nouns", "holiday_weekday_words", "habitual_words", "frequency_words", "frequency_units", "ago", "ago_fillers", "one_unit_tails", "relative_words", "aside_openers", "participle_attribute_endings", "passive_auxiliaries", "participle_lookalikes", "t_participle_endings", "t_participle_forms", "date_frame_nouns", "night_words", "between_prepositions", "setting_participles", "setting_prepositions", "after", "after_from", "within", "within_units", "weekday_prepositions", "weekday_copulas", "week_event_links", "year_prepositions", "year_or_amount_prepositions", "year_topic_nouns", "reported_period_nouns", "reported_subject_links", "superlative_prefixes", "superlative_endings", "superlative_since_links", "roman_months", "number_links", "named_acts", "named_act_links", "attribute_links", "date_relatives", "since_times_of_day", "until_links", "end_deadline_links", "period_end_parts", "occasion_sequence_links", "aorist_homonyms", "previous_of_text",
            "period_parts", "period_ordinals", "ordinal_period_parts", "period_links", "whole_words", "coordinators", "list_links", "future_markers", "ongoing_markers", "future_particles", "predicate_links", "predicate_relatives", "intention_markers", "imperative_endings", "readiness_words", "readiness_links", "deadline_nouns", "present_copulas", "schedule_copulas", "plural_schedule_copulas", "schedule_day_prepositions", "numeric_date_prepositions", "bare_day_prepositions", "day_ordinal_suffixes", "numeric_date_blockers", "year_amount_units", "year_amount_links", "forward_prepositions", "weekday_forward_prepositions", "past_copulas", "past_endings", "past_ending_non_verbs", "conditional_particles", "told_past_words", "told_past_endings", "told_past_stops", "past_clause_openers", "week_day_hedges", "range_openers", "range_links",
            "clause_words", "comma_clause_openers", "contrast_openers", "verb_cue_words", "parenthetical_openers", "verb_cue_endings", "non_verb_words", "definite_endings", "participle_endings", "later", "count_apposition_prepositions", "earlier", "event_count_links", "event_possessives", "event_complement_links", "event_count_spans", "interval_before_openers", "account_day_parts")},
    )
