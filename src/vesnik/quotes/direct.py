"""Quotation marks: which mark a title or a name, and who said the ones that are quotes.

A span in quotation marks is a title or name, not a quote (rule documented here and counted
as `titles`), when
- an entity mention covers most of it (`„Нова Македонија“` once the entities stage knows it), or
- it follows a noun that names a work or an organisation (`весникот „…“`, `операцијата „…“`,
  `title_nouns` in reporting.yaml), or
- it is in Latin letters inside text in another script (`„The High Breed“` in Cyrillic), or
- it is short and name-like: at most four words, no clause punctuation inside, starting with
  a capital, and every word of four letters or more capitalised (`„Тексас Трибјун“`,
  `„The High Breed“`, `„Home Depot“`) — unless a speech verb attributes it right away.

A quote's speaker, in order:
1. the cue whose content holds it (`рече: „…“`, `„…“, изјави X`, `X изјави дека … „…“ …`), the
   narrowest one; when that cue only relays others (an agency's `…, објави МИА`) or narrates
   (`…, според MIA`), a partial quote takes the subject of its own clause (`Вучиќ „високо ги
   пофали“ …`) and the cue becomes its `reported_by`;
2. a full quote outside any cue: the speaker of the last attributed quote of the same or the
   two sentences before (`„…“, рече тој. „…“` — rule `direct:continued`), else none
   (`direct:unattributed`);
3. a partial quote outside any cue is a scare quote (or a title the rules above missed):
   dropped, and counted; inside a statement even one word is the speaker's (`независноста е
   „незаконска“`, the quotes guidelines). A full quote after `Име:` opening the sentence is that speaker's (a dialogue).
"""
from __future__ import annotations

from dataclasses import dataclass

from vesnik.document import PLACE_TYPES
from vesnik.quotes.cues import Cue
from vesnik.quotes.lexicon import ReportingWords
from vesnik.quotes.speakers import Speaker, Speakers
from vesnik.quotes.text import Marked, Text

TITLE_MAX_WORDS = 4
TITLE_CASE_MIN_LENGTH = 4  # shorter words (на, of, и) may stay lower case in a title
INNER_PUNCTUATION = set(".!?,:;")
CONTINUATION_WINDOW = 2  # sentences
# Attributions whose content is the source's narration, not the speaker's words: a partial
# quote in it belongs to the subject of its own clause.
NARRATED_FORMS = {"inverted", "according_to"}


@dataclass
class Attribution:
    speaker: Speaker | None
    form: str
    cue: Cue | None  # the cue that attributes it, or whose content holds it
    outlet: Speaker | None = None  # `Мицкоски за Сител: „…“`: the outlet a colon's speaker spoke to


def mark_titles(doc: Text, words: ReportingWords, speakers: Speakers) -> None:
    for m in doc.marked:
        m.title = _is_title(doc, m, words, speakers)


def _is_title(doc: Text, m: Marked, words: ReportingWords, speakers: Speakers) -> bool:
    inner = doc.text[m.start:m.end]
    if len(inner) < 2:
        return True
    if _other_script(inner, doc.text[max(0, m.open - 60):m.open]):
        return True
    covered = sum(min(x.end, m.end) - max(x.start, m.start) for x in speakers.mentions_in(m.start, m.end))
    if covered >= 0.8 * (m.end - m.start):
        return True
    first = doc.token_at(m.open)
    if first > 0 and doc.tokens[first - 1].low in words.title_nouns:
        return True
    if first > 1 and doc.tokens[first - 1].low in words.interview_prepositions and doc.tokens[first - 2].low in words.interview_nouns:
        return True  # `во интервју за „Тајмс оф Израел“ изјави`: the outlet's name
    tokens = doc.tokens[doc.token_at(m.start):doc.token_at(m.end)]
    name_words = [t for t in tokens if t.word]
    if not name_words or len(name_words) > TITLE_MAX_WORDS or any(t.text in INNER_PUNCTUATION for t in tokens):
        return False
    title_case = name_words[0].cap and all(t.cap for t in name_words if len(t.text) >= TITLE_CASE_MIN_LENGTH)
    return title_case and not _attributed_right_away(doc, m, words)


def _other_script(inner: str, before: str) -> bool:
    """Latin words quoted in text that is not Latin name something: a band, a firm, a work
    (`„The High Breed“`)."""
    if not inner.isascii() or not any(c.isalpha() for c in inner):
        return False
    return not before[-60:].isascii()


def _attributed_right_away(doc: Text, m: Marked, words: ReportingWords) -> bool:
    after = doc.token_at(m.close + 1)
    while after < len(doc.tokens) and doc.tokens[after].text in ",–":
        after += 1
    before = doc.token_at(m.open) - 1
    return (after < len(doc.tokens) and doc.tokens[after].low in words.verbs) or (before >= 0 and doc.tokens[before].text == ":")


def _relays(cue: Cue) -> bool:
    """`…, објави МИА` narrates; `…, рече министерот Кларк` gives the minister's own words."""
    return cue.form == "according_to" or cue.speaker is None or cue.speaker.source


def _may_speak(subject: Speaker | None) -> bool:
    """The subject of a narrated clause speaks a partial quote in it when it is someone: a
    person or a body, a pronoun or a role (`Вучиќ „високо ги пофали“ …, објави Танјуг`), not a
    place or thing the narration is about (`Албанија падна на листата „…“, објаснуваат
    авторите`: the quotation is the authors')."""
    if subject is None:
        return False
    if subject.entity is not None:
        return subject.entity.type not in PLACE_TYPES
    return subject.kind in ("pronoun", "role")


def attribute(doc: Text, m: Marked, cues: list[Cue], speakers: Speakers) -> Attribution | None:
    """Who said the quotation `m` (before resolving pronouns); None for a scare quote."""
    pointing = next((c for c in cues if c.quote is m), None)
    holders = [c for c in cues if c.covers(m.start)]
    cue = pointing or (min(holders, key=lambda c: c.content_end - c.content_start) if holders else None)
    partial = doc.is_partial(m)
    narrated = cue is not None and (cue.inner or (cue.form in NARRATED_FORMS and _relays(cue)))
    if cue is not None and not (narrated and partial and pointing is None):
        return Attribution(cue.speaker, cue.form, cue)
    if cue is not None:
        subject = speakers.subject_of(doc.token_at(m.open))
        return Attribution(subject, "subject", cue) if _may_speak(subject) else Attribution(cue.speaker, cue.form, cue)
    first = doc.token_at(m.open)
    if not partial and first > 0 and doc.tokens[first - 1].text == ":":
        speaker = speakers.dialogue_speaker(first - 1)
        if speaker is not None:
            return Attribution(speaker, "colon", None, speakers.colon_outlet(first - 1))
    just_before = next((c for c in cues if c.end <= m.open and not doc.text[c.end:m.open].strip(" ,–")), None)
    if just_before is not None:  # `„…“, рече тој, „…“`: the second part goes on the first
        return Attribution(just_before.speaker, "continued", just_before)
    return None if partial else Attribution(None, "continued", None)
