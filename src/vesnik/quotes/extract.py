"""The quotes stage's one implementation, shared by `QuoteStep` and the spaCy component:
text, sentences and entities in; quotes, claims and counts out.

Rules (`Quote.rule`, parts joined by `+`):
- `direct:<form>` / `indirect:<form>`: the form of the attribution (see `cues`: that, colon,
  inverted, naming, according_to, hearsay; and for direct quotes `subject` — the subject of
  the quote's clause — `continued`, `previous_subject` and `unattributed`, see `direct` and
  `_continue` below; `interview`: an answer of an interview, see `interview`);
- `unattributed`: hearsay with no source (`се верува дека`, `наводно`): no speaker;
- `pronoun` / `role` / `outlet` / `dropped` / `continued`: how the speaker was resolved
  (`speakers`; `outlet`: `додаде агенцијата` is the outlet named last);
- `reported_by=<text>`: the source that relays the statement as written (`МИА`), also when
  no entity is known for it (then `Quote.reported_by` stays None);
- `default_source`: the reporting chain came from the document-level source (below).

Reporting chain: a statement inside the content of another cue (`МИА соопшти дека Заев
изјавил …`, `Заев изјави дека …, објави МИА`) is the inner speaker's, `reported_by` the
outer one; the outer cue makes no quote of its own. When the agency is the only attribution,
it is the speaker.

Document-level default source: when one news source (an agency noun in the speaker phrase,
or an entity of the media sector) is cited as a speaker or relay at least twice (an outlet a
person spoke to, `рече за SETimes`, does not count), a statement between
its first and last citation whose speaker is a person and that has no `reported_by` gets it
(rule `default_source`). The text supports it there: the article attributes the passage
around the statement to that source. Hearsay, organisations' own statements and statements
outside that stretch are left alone.

Claims: the source of a number is the speaker of the narrowest cue whose content holds it
(or of the direct quote it stands in); none when the article states it itself (rule
`claim:<kind>`), or when the cue is hearsay (`claim:<kind>+unattributed`). In a speech's
transcript the speaker states what no cue attributes (`+speech_speaker`).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from vesnik.document import Claim, Entity, Quote
from vesnik.quotes.claims import ClaimFinder
from vesnik.quotes.cues import Cue, CueFinder
from vesnik.quotes.direct import CONTINUATION_WINDOW, attribute, mark_titles
from vesnik.quotes.interview import interview_answers
from vesnik.quotes.lexicon import claim_words, reporting_words
from vesnik.quotes.speakers import Speaker, Speakers
from vesnik.quotes.text import Text
from vesnik.text.translit import fold

MIN_INDIRECT_WORDS = 2
DEFAULT_SOURCE_MIN_CITATIONS = 2


@dataclass
class Statement:
    start: int
    end: int
    direct: bool
    form: str
    speaker: Speaker | None
    reporter: Speaker | None
    cue: Cue | None
    unattributed: bool = False
    default_source: bool = False


@dataclass
class Extraction:
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)


def extract(text: str, sentences: list[tuple[int, int]], entities: list[Entity], lang: str, stats: Counter,
            published: date | None = None, speech_speaker: str | None = None) -> Extraction:
    """`speech_speaker`: whose speech the text is (a transcript), the source of the numbers no one else states."""
    words = reporting_words(lang)
    doc = Text.read(text, sentences, lang)
    if not doc.tokens:
        return Extraction()
    speakers = Speakers(words, doc, entities, published)
    mark_titles(doc, words, speakers)
    stats["titles in quotation marks"] += sum(m.title for m in doc.marked)
    cues = CueFinder(words, doc, speakers).find()
    speakers.forget_referents_inside([(c.content_start, c.content_end) for c in cues if not c.unattributed]
                                     + [(m.start, m.end) for m in doc.marked if not m.title])
    _resolve_cues(cues, speakers)
    statements = _indirect(cues, doc) + _direct(cues, doc, speakers, stats)
    statements += _interview(statements, interview_answers(doc, words, entities))
    statements.sort(key=lambda s: s.start)
    _continue(statements, doc, speakers)
    _share_relays(statements, doc)
    _default_source(statements)
    quotes = [_quote(n, s, text, doc) for n, s in enumerate(statements, 1)]
    claims = _claims(doc, text, cues, statements, lang)
    if speech_speaker:
        _speech_sources(claims, speech_speaker, entities)
    _count(stats, statements, claims)
    return Extraction(quotes, claims)


def _resolve_cues(cues: list[Cue], speakers: Speakers) -> None:
    previous: list[Speaker] = []
    for cue in sorted(cues, key=lambda c: c.start):
        if cue.unattributed:
            continue
        first_subject = speakers.subject_of(cue.token) if cue.speaker is None else None
        if (cue.speaker is None and first_subject is None and cue.parent is not None
                and cue.parent.speaker is not None and cue.parent.speaker.kind == "name"):
            # a cue with no subject in its sentence inside a named speaker's statement (`Тоа …
            # укажува дека …, изјави X`) is part of that statement
            cue.speaker = cue.parent.speaker
        cue.speaker = speakers.resolve(cue.speaker, cue.token, previous, first_subject)
        if cue.speaker is not None:
            cue.speaker.cited_at = cue.start
            if not cue.speaker.how:
                speakers.remember(cue.speaker)
            previous.append(cue.speaker)


def _reporter(cue: Cue | None, speaker: Speaker | None) -> Speaker | None:
    """Who relays what `speaker` said under `cue`: the outlet it was said to (or that an
    enclosing cue of the same speaker was: `рече за X дека тој верува дека …`), else the
    nearest enclosing cue's speaker that is someone else."""
    if cue is not None and cue.outlet is not None:
        return cue.outlet
    outer = cue.parent if cue is not None else None
    seen: set[int] = set()
    while outer is not None and id(outer) not in seen:  # nested cues can point at each other
        seen.add(id(outer))
        if outer.speaker is not None and outer.speaker.how != "dropped" and not same_speaker(outer.speaker, speaker):
            return outer.speaker  # not a subject borrowed from an earlier sentence (`една анкета … покажа дека`)
        if outer.outlet is not None:
            return outer.outlet
        outer = outer.parent
    return None


def same_speaker(a: Speaker | None, b: Speaker | None) -> bool:
    if a is None or b is None:
        return a is b
    if a.entity is not None and b.entity is not None:
        return a.entity.id == b.entity.id
    return fold(a.text) == fold(b.text)


def _interview(statements: list[Statement], answers) -> list[Statement]:
    """An interview's answers (see `interview`): a statement of the interviewee opening an
    answer runs to its end; else each run of the answer's sentences no statement covers is one."""
    found = []
    for sentences, person, outlet in answers:
        first_start, first_end = sentences[0]
        opening = next((s for s in statements if first_start <= s.start < first_end and same_speaker(s.speaker, person)), None)
        if opening is not None:
            opening.end = max(opening.end, sentences[-1][1])
            continue
        run: list[tuple[int, int]] = []
        for start, end in sentences + [(-1, -1)]:
            if start >= 0 and not any(s.start < end and start < s.end for s in statements):
                run.append((start, end))
            elif run:
                found.append(Statement(run[0][0], run[-1][1], True, "interview", person, outlet, None))
                run = []
    return found


def _indirect(cues: list[Cue], doc: Text) -> list[Statement]:
    found = []
    for cue in cues:
        if cue.form == "naming" or cue.inner or cue.quote is not None:
            continue
        start, end = cue.content_start, cue.content_end
        tokens = doc.tokens[doc.token_at(start):doc.token_at(end)]
        # `рече дека „…“` is a reported clause that happens to be quoted whole (annotated twice, as a
        # partial quote is); a bare quotation after a colon (`според X: „…“`, `рече дека: „…“`) is the direct quote alone
        reported_clause = cue.form == "that" and doc.text[start:start + 1] != ":"
        if sum(t.word for t in tokens) < MIN_INDIRECT_WORDS or (not reported_clause and _only_quotation(doc, start, end)):
            continue
        found.append(Statement(start, end, False, cue.form, cue.speaker, _reporter(cue, cue.speaker), cue,
                               unattributed=cue.unattributed))
    return found


def _only_quotation(doc: Text, start: int, end: int) -> bool:
    """The span holds a quotation and nothing else, also after a colon (`Според X: „…“`)."""
    while start < end and doc.text[start] in ": ":
        start += 1
    return any(m.open <= start <= m.start and m.end <= end <= m.close + 1 for m in doc.marked)


def _direct(cues: list[Cue], doc: Text, speakers: Speakers, stats: Counter) -> list[Statement]:
    found = []
    for m in doc.marked:
        if m.title or m.end <= m.start:
            continue
        attribution = attribute(doc, m, cues, speakers)
        if attribution is None:
            stats["scare quotes dropped"] += 1
            continue
        cue, speaker = attribution.cue, attribution.speaker
        if attribution.form == "subject":
            speaker = speakers.resolve(speaker, doc.token_at(m.open), [], None)
            reporter = cue.speaker if cue is not None and not same_speaker(cue.speaker, speaker) else _reporter(cue, speaker)
        else:
            reporter = _reporter(cue, speaker) or attribution.outlet
        if reporter is None:
            # `X порача: „…“ објави Y`: a news source's cue on a quotation another cue attributes relays it
            reporter = next((c.speaker for c in cues if c is not cue and c.quote is m and c.speaker is not None
                             and c.speaker.source and not same_speaker(c.speaker, speaker)), None)
        unattributed = cue is not None and cue.unattributed and attribution.form != "subject"
        found.append(Statement(m.start, m.end, True, attribution.form, speaker, reporter, cue, unattributed))
    return found


def _continue(statements: list[Statement], doc: Text, speakers: Speakers) -> None:
    """A full quote outside any cue continues the last attributed statement nearby; else,
    right after a sentence of the same paragraph that a person opens (`Пахор го критикуваше
    потегот. „…“`), it is that person's (rule `direct:previous_subject`)."""
    for n, statement in enumerate(statements):
        if statement.form != "continued":
            continue
        sentence = doc.sentence_of(statement.start)
        for prev in reversed(statements[:n]):
            # counted from where the earlier quote ends: a quote of several sentences is one quote
            if sentence - doc.sentence_of(max(prev.start, prev.end - 1)) > CONTINUATION_WINDOW:
                break
            if prev.speaker is not None and prev.end <= statement.start:
                statement.speaker, statement.reporter = prev.speaker, prev.reporter
                break
        if statement.speaker is None:
            statement.speaker = _previous_subject(statement, doc, speakers)
            statement.form = "previous_subject" if statement.speaker is not None else "unattributed"


def _previous_subject(statement: Statement, doc: Text, speakers: Speakers) -> Speaker | None:
    sentence = doc.sentence_of(statement.start)
    if sentence == 0:
        return None
    previous_start, _ = doc.sentences[sentence - 1]
    if "\n" in doc.text[previous_start:statement.start]:
        return None
    subject = speakers.sentence_subject(doc.sentence_tokens(sentence - 1).stop - 1)
    if subject is None or subject.kind != "name" or (subject.entity is not None and subject.entity.type != "PER"):
        return None
    return speakers.resolve(subject, doc.token_at(statement.start), [], None)


def _share_relays(statements: list[Statement], doc: Text) -> None:
    """A share of people (`35 проценти рекле дека …`) answered the poll or study of a body
    named in its phrase (`половина од учесниците во студијата на X`) or that spoke just before,
    in the same or the previous sentence (`Анкетата на X покажува дека …, додека 35 проценти
    рекле …`): the body relays their statement."""
    for n, s in enumerate(statements):
        if s.speaker is None or not s.speaker.share or s.reporter is not None:
            continue
        body = s.speaker.entity
        named = next((m for m in body.mentions if s.speaker.start <= m.start < s.speaker.end), None) if body is not None else None
        if named is not None and body.type == "ORG":
            s.reporter = Speaker(named.start, named.end, named.text, "name", entity=body)
            continue
        sentence = doc.sentence_of(s.start)
        for prev in reversed(statements[:n]):
            if sentence - doc.sentence_of(prev.start) > 1:
                break
            body = prev.speaker
            if body is not None and body.share and prev.reporter is not None:
                s.reporter = prev.reporter  # `Половина од учесниците во студијата на X … Само 10 проценти рекле`
                break
            if body is not None and not body.share and body.entity is not None and body.entity.type == "ORG":
                s.reporter = body
                break


def _default_source(statements: list[Statement]) -> None:
    """An agency the article cites (as speaker or relay, not an outlet someone spoke to) at
    least twice relays the people's statements between its first and last citation."""
    citations: dict[str, list[Statement]] = {}
    for s in statements:
        if s.speaker is not None and s.speaker.source:
            citations.setdefault(_key(s.speaker), []).append(s)
    for s in statements:
        relayed = s.reporter is not None and s.reporter.source and (s.cue is None or s.reporter is not s.cue.outlet)
        if relayed:
            citations.setdefault(_key(s.reporter), []).append(s)
    cited = {k: v for k, v in citations.items() if len(v) >= DEFAULT_SOURCE_MIN_CITATIONS}
    if len(cited) != 1:
        return
    (cites,) = cited.values()
    source = next(s.speaker if s.speaker is not None and s.speaker.source else s.reporter for s in cites)
    first, last = min(s.start for s in cites), max(s.end for s in cites)
    for s in statements:
        person = s.speaker is not None and not s.speaker.source and (s.speaker.entity is None or s.speaker.entity.type == "PER")
        if person and s.reporter is None and first <= s.start <= last and not same_speaker(s.speaker, source):
            s.reporter = source
            s.default_source = True


def _key(speaker: Speaker) -> str:
    return speaker.entity.id if speaker.entity is not None else fold(speaker.text)


def _quote(n: int, s: Statement, text: str, doc: Text) -> Quote:
    parts = [f"{'direct' if s.direct else 'indirect'}:{s.form}"]
    if s.unattributed:
        parts.append("unattributed")
    if s.speaker is not None and s.speaker.how and s.form != "continued":
        parts.append(s.speaker.how)
    # hearsay names no source, so none relays it either (`X соопшти дека тој наводно …`)
    speaker, reporter = (None, None) if s.unattributed else (s.speaker, s.reporter)
    if reporter is not None:
        parts.append(f"reported_by={reporter.text}")
    if s.default_source:
        parts.append("default_source")
    return Quote(
        id=f"Q{n}",
        text=text[s.start:s.end],
        start=s.start,
        end=s.end,
        sentence=doc.sentence_of(s.start),
        direct=s.direct,
        speaker=speaker.entity.id if speaker is not None and speaker.entity is not None else None,
        speaker_text=speaker.text if speaker is not None else None,
        reported_by=reporter.entity.id if reporter is not None and reporter.entity is not None else None,
        rule="+".join(parts),
    )


def _claims(doc: Text, text: str, cues: list[Cue], statements: list[Statement], lang: str) -> list[Claim]:
    claims = []
    for n, found in enumerate(ClaimFinder(claim_words(lang), doc).find(), 1):
        source, unattributed = _claim_source(found.start, cues, statements)
        rule = f"claim:{found.kind}" + ("+unattributed" if unattributed else "")
        claims.append(Claim(
            id=f"C{n}", kind=found.kind, value=found.value, unit=found.unit, approximate=found.approximate,
            start=found.start, end=found.end, text=text[found.start:found.end], sentence=doc.sentence_of(found.start),
            source=source.entity.id if source is not None and source.entity is not None else None,
            source_text=source.text if source is not None else None, rule=rule,
        ))
    return claims


def speech_speaker_entity(speaker: str, entities: list[Entity]) -> Entity | None:
    """The person entity the text names by the transcript speaker's name, if any."""
    key = fold(speaker)
    return next((e for e in entities if e.type == "PER" and key in {fold(e.name), *(fold(m.text) for m in e.mentions)}), None)


def _speech_sources(claims: list[Claim], speaker: str, entities: list[Entity]) -> None:
    """In a transcript the speaker states in their own voice what the speech attributes to no one
    (quotes guidelines: numeric claims)."""
    entity = speech_speaker_entity(speaker, entities)
    for claim in claims:
        if claim.source_text is None and not claim.rule.endswith("+unattributed"):
            claim.source, claim.source_text = (entity.id if entity else None), speaker
            claim.rule += "+speech_speaker"


def _claim_source(offset: int, cues: list[Cue], statements: list[Statement]) -> tuple[Speaker | None, bool]:
    # `35 проценти рекле дека …`: the share is the count of the poll that relays it
    counted = next((s.reporter for s in statements if s.speaker is not None and s.speaker.share and s.reporter is not None
                    and s.speaker.start <= offset < s.speaker.end), None)
    if counted is not None:
        return counted, False
    quoted = [s for s in statements if s.direct and s.start <= offset < s.end]
    if quoted:
        return quoted[0].speaker, quoted[0].unattributed
    holders = [c for c in cues if c.covers(offset) and c.form != "naming"]
    if not holders:
        return None, False
    cue = min(holders, key=lambda c: c.content_end - c.content_start)
    return (None, True) if cue.unattributed else (cue.speaker, False)


def _count(stats: Counter, statements: list[Statement], claims: list[Claim]) -> None:
    for s in statements:
        stats["quotes direct" if s.direct else "quotes indirect"] += 1
        if s.unattributed:
            stats["quotes unattributed"] += 1
        elif s.speaker is None:
            stats["speakers none"] += 1
        elif s.speaker.resolved:
            stats["speakers resolved"] += 1
            if s.speaker.entity is not None:
                stats["speakers linked to an entity"] += 1
        else:
            stats["speakers unresolved"] += 1
        if s.reporter is not None:
            stats["quotes with reported_by"] += 1
    for c in claims:
        stats[f"claims {c.kind}"] += 1
