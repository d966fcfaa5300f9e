"""An interview's answers are the interviewee's direct speech.

A portal's interview is laid out as a lead that names the person and the interview (`Министерот
X во интервју за „Y“ зборува за …`), then questions, each a paragraph ending in a question mark,
each followed by the answer's paragraphs, often opened by a dash (`– Очекувам …`). No quotation
mark or speech verb marks the answers, so the cue finder cannot see them: here each answer
is a statement of the person the lead names, relayed by the outlet it names after `за`/`со`
(not the publishing outlet's own): a statement the cue finder found opening the answer
(`Древс: …`) of that person runs to the answer's end; else the answer's sentences no other
statement covers become one direct statement each run (rule `direct:interview`). A document is read
as an interview only when its lead has an interview noun with a person's name in the same
sentence and at least two question paragraphs follow it.
"""
from __future__ import annotations

import re

from vesnik.document import Entity
from vesnik.quotes.lexicon import ReportingWords
from vesnik.quotes.speakers import Speaker
from vesnik.quotes.text import Text
from vesnik.text.translit import fold

MIN_QUESTIONS = 2
OUTLET_REACH = 3  # tokens from the preposition to the outlet's name (`за „Нова Македонија“`)
ANSWER_OPENING = re.compile(r"[\s–—-]*")
# the answerer's name as a label opening an answer (`Генерал Ерхард Древс: …`)
ANSWER_LABEL = re.compile(r"[\s–—-]*(?:[^\W\d_][\w.-]*\s+){0,3}[^\W\d_][\w.-]*:\s+")


def interview_answers(doc: Text, words: ReportingWords,
                      entities: list[Entity]) -> list[tuple[list[tuple[int, int]], Speaker, Speaker | None]]:
    """Each answer of an interview as its sentences' (start, end), with the interviewee and the
    outlet that relays the interview (none when it is the publishing outlet's own)."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", doc.text) if m.group().strip()]
    questions = [n for n, (start, end) in enumerate(lines) if _question(doc.text[start:end])]
    if len(questions) < MIN_QUESTIONS:
        return []
    found = _interviewee(doc, words, entities, lines[questions[0]][0])
    if found is None:
        return []
    person, outlet = found
    if outlet is not None and fold(outlet.text) in {fold(w) for w in words.house_outlets}:
        outlet = None
    answers = []
    for q, question in enumerate(questions):
        following = questions[q + 1] if q + 1 < len(questions) else len(lines)
        if question + 1 == following:
            continue
        start, end = lines[question + 1][0], lines[following - 1][1]
        sentences = [(max(a, start), b) for a, b in doc.sentences if start <= b and a < end]
        sentences = [(_answer_start(doc.text, a, label=not n), b) for n, (a, b) in enumerate(sentences)]
        answers.append(([(a, b) for a, b in sentences if a < b], person, outlet))
    return answers


def _answer_start(text: str, start: int, label: bool) -> int:
    """Past the dash opening an answer and, at its first sentence, the answerer's label."""
    found = ANSWER_LABEL.match(text, start) if label else None
    return (found or ANSWER_OPENING.match(text, start)).end()


def _question(line: str) -> bool:
    """A paragraph of the interviewer's: it ends in a question mark and quotes no one (`Тој
    продолжи: „Што е вродено?` is the speaker's own question)."""
    return line.rstrip().endswith("?") and not any(mark in line for mark in "„“\"«»")


def _interviewee(doc: Text, words: ReportingWords, entities: list[Entity],
                 lead_end: int) -> tuple[Speaker, Speaker | None] | None:
    """The person named in the lead sentence that holds an interview noun (not one named after
    an interviewer's noun: `во интервју со дописничката на X Y`), and the outlet named after
    the noun's preposition."""
    for token in doc.tokens:
        if token.start >= lead_end:
            return None
        if token.low not in words.interview_lead_nouns:
            continue
        s_start, s_end = doc.sentences[token.sentence]
        asking = [doc.tokens[i].end for i in doc.sentence_tokens(token.sentence) if doc.tokens[i].low in words.interviewer_nouns]
        people = sorted(((m, e) for e in entities if e.type == "PER" for m in e.mentions
                         if s_start <= m.start and m.end <= s_end and not _asks(doc, m.start, asking)),
                        key=lambda me: me[0].start)
        if not people:
            continue
        mention, person = people[0]
        speaker = Speaker(mention.start, mention.end, mention.text, "name", entity=person)
        return speaker, _outlet(doc, words, entities, token.i)
    return None


def _asks(doc: Text, start: int, interviewer_nouns_ends: list[int]) -> bool:
    """A name after an interviewer's noun, no comma between (`дописничката на SETimes Y`)."""
    return any(end <= start and "," not in doc.text[end:start] for end in interviewer_nouns_ends)


def _outlet(doc: Text, words: ReportingWords, entities: list[Entity], noun: int) -> Speaker | None:
    after = noun + 1
    if after >= len(doc.tokens) or doc.tokens[after].low not in words.interview_prepositions:
        return None
    reach_end = doc.tokens[min(after + OUTLET_REACH, len(doc.tokens) - 1)].end
    named = sorted(((m, e) for e in entities if e.type == "ORG" for m in e.mentions
                    if doc.tokens[after].end <= m.start < reach_end), key=lambda me: me[0].start)
    if not named:
        return None
    mention, outlet = named[0]
    return Speaker(mention.start, mention.end, mention.text, "name", source=True, entity=outlet)
