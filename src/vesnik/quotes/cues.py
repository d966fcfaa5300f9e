"""Attribution cues and the stretch of text each one attributes (its content).

Forms (the `form` of a cue, and the second part of a quote's `rule`):
- `that`: a speech or opinion verb with a complementiser, `X изјави дека CONTENT`; the content
  runs to the end of the clause (sentence end, `;`, a comma before `а`/`но`/…, before an
  inverted cue or `според`). Opinion verbs (`смета`, `верува`) count only with a named source.
- `colon`: `X рече: „…“`; the content is the quotation that follows (or the rest of the sentence).
- `inverted`: `CONTENT, изјави X.` / `„…“, рече тој`; the content is the quotation right before,
  else the sentence up to the comma (after an earlier attribution in the same sentence).
- `naming`: `X го нарече … „…“`; only direct quotes in the clause after the verb.
- `according_to`: `според X, CONTENT` / `CONTENT, според X`.
- `hearsay`: impersonal and passive forms (`се верува дека`, `беше соопштено`, `наводно`);
  no speaker (the quote's rule ends in `unattributed`).
A verb after `не`, `би`, `ќе`, `да` or `дали` is no cue (negated, hypothetical, a request).
Cue words inside a direct quotation belong to the quoted speech and are not read.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from vesnik.quotes.lexicon import ReportingWords
from vesnik.quotes.speakers import APPOSED_PHRASES, CLAUSE_PUNCTUATION, SENTENCE_PUNCTUATION, SOURCE_SECTORS, Speaker, Speakers
from vesnik.quotes.text import CLOSE, OPEN, Marked, Text

COMPLEMENTISER_REACH = 14  # words between a verb and its `дека` ("рече на самитот во Бечиќи, Црна Гора, дека")
HEADLINE_NAME_WORDS = 3  # `Сиљановска-Давкова:`, `Христијан Мицкоски:` before a headline statement
HEADLINE_OUTLET_WORDS = 3  # `за Канал 5` between a headline's speaker and its colon
HEADLINE_STATEMENT_WORDS = 3  # and at least these words after the colon
COLON_REACH = 8  # words between a verb and its colon ("изјави за The Sunday Telegraph:")
PARENTHETICAL_MAX_LEAD = 4  # words before a mid-sentence `, рекла таа,` that are no statement
RELAY_GAP = 4  # words between an inverted attribution and a second one that relays it (`изјави X пред комитетот, објавува Y`)
ATTRIBUTION_TAIL = 10  # words after an inverted speaker before its clause ends
RAISED_SUBJECT_REACH = 4  # words of the subject between an opening `Се очекува` and its `да`
STATEMENT_NOUN_REACH = 4  # words between a statement noun and its `дека` (`обвинувањата на Кристина Форд дека`)


@dataclass
class Cue:
    kind: str  # speech | opinion | naming | source | impersonal
    form: str  # that | colon | inverted | naming | according_to | hearsay
    start: int
    end: int
    content_start: int
    content_end: int
    token: int
    speaker: Speaker | None = None
    quote: Marked | None = None  # the quotation a colon or inverted cue points to
    outlet: Speaker | None = None  # the news outlet it was said to (`изјави за SETimes`)
    parent: Cue | None = None
    inner: bool = False  # another cue (not a naming one) stands in its content: it only relays
    evidence: bool = False  # a thing shows it (`нападот покажува дека`): inside a statement, its argument

    def covers(self, offset: int) -> bool:
        return self.content_start <= offset < self.content_end

    @property
    def unattributed(self) -> bool:
        return self.kind == "impersonal"


class CueFinder:
    def __init__(self, words: ReportingWords, doc: Text, speakers: Speakers):
        self.words = words
        self.doc = doc
        self.tokens = doc.tokens
        self.speakers = speakers
        self.cue_starts = words.cue_starts
        self.quoted = [False] * len(doc.tokens)
        for m in doc.marked:
            for i in range(doc.token_at(m.open), doc.token_at(m.close + 1)):
                self.quoted[i] = True

    def find(self) -> list[Cue]:
        cues: list[Cue] = []
        in_sentence: list[Cue] = []  # the cues found so far in the current sentence
        sentence, span, done = -1, range(0), 0
        for i in [t.i for t in self.tokens if t.low in self.cue_starts]:
            if i < done or self.quoted[i]:
                continue
            if self.tokens[i].sentence != sentence:
                sentence = self.tokens[i].sentence
                span, in_sentence = self.doc.sentence_tokens(sentence), []
            cue = self._cue_at(i, span, in_sentence)
            if cue is not None:
                in_sentence.append(cue)
                cues.append(cue)
                done = self.doc.token_at(cue.end)
        cues += self._headline_statements(cues)
        cues.sort(key=lambda c: c.start)
        for cue in cues:
            speaker = cue.speaker
            cue.evidence = (speaker is not None and speaker.kind == "noun" and speaker.entity is None and not speaker.source
                            and self.words.verbs.get(self.tokens[cue.token].low, ("", ""))[1] in self.words.evidence_verbs)
        self._nest(cues, self._later_clause)
        return [c for c in cues if not self._qualifies_a_statement(c)]

    @staticmethod
    def _qualifies_a_statement(cue: Cue) -> bool:
        """`Сопругата изјави дека тој наводно бил …`: hearsay inside a speaker's statement is the
        speaker's word, no report of its own, and so is a thing's evidence (`изјави дека нападот покажува оти …`);
        inside a news source's report it stays hearsay (`Наводно, …, објави МИА`: the agency only relays)."""
        parent = cue.parent
        return ((cue.unattributed or cue.evidence) and parent is not None and parent.form != "naming"
                and parent.speaker is not None and not parent.speaker.source)

    def _headline_statements(self, found: list[Cue]) -> list[Cue]:
        """`Мицкоски: Нема да дозволиме …`: a sentence that opens with a person's or a body's
        name and a colon, its words unquoted, is that speaker's statement (the headline form of
        Macedonian news, and the answers of an interview); not an outlet's."""
        cues = []
        for sentence in range(len(self.doc.sentences)):
            span = self.doc.sentence_tokens(sentence)
            colon = next((i for i in range(span.start, min(span.stop, span.start + HEADLINE_NAME_WORDS + HEADLINE_OUTLET_WORDS + 1))
                          if self.tokens[i].text == ":"), None)
            if colon is None or colon == span.start or span.stop - colon - 1 < HEADLINE_STATEMENT_WORDS:
                continue
            outlet = self.speakers.colon_outlet(colon)
            if colon - span.start > HEADLINE_NAME_WORDS and outlet is None:
                continue
            first, after = self.tokens[span.start], self.tokens[colon + 1]
            named = self.speakers.mentions_in(first.start, self.tokens[colon - 1].end)
            if (self.quoted[colon + 1] or not named or named[0].start != first.start
                    or named[-1].end != self.tokens[colon - 1].end or named[0].entity.type not in ("PER", "ORG")
                    or named[0].entity.sector == "JRN"  # an interviewer's question (`SETimes: Како …?`)
                    or any(c.start <= after.start < c.content_end for c in found)):
                continue
            speaker = self.speakers.dialogue_speaker(colon)
            last = span.stop - 1 if self.tokens[span.stop - 1].word else span.stop - 2  # without the full stop
            if speaker is not None:
                cue = self._cue("speech", "colon", colon, colon + 1, self.tokens[last].end, speaker)
                cue.outlet = outlet
                cues.append(cue)
        return cues

    def _cue_at(self, i: int, span: range, earlier: list[Cue]) -> Cue | None:
        tok = self.tokens[i]
        low = tok.low
        hearsay = self._impersonal_at(i)
        if hearsay:
            return self._hearsay(i, hearsay, span, earlier)
        if low in self.words.source_cues:
            return self._according_to(i, span, earlier)
        if low in self.words.verbs and not self._blocked(i, span.start) and not self._other_sense(i, span.start):
            return self._verb(i, span, earlier)
        if low in self.words.statement_nouns:
            return self._statement_noun(i, span, earlier)
        return None

    def _statement_noun(self, i: int, span: range, earlier: list[Cue]) -> Cue | None:
        """`обвинувањата на Форд дека …`: the owner after `на` says the `дека` clause, and after `со`
        the clause's subject (`Тој замина со изјава дека …`); `шпекулациите дека …` with neither is hearsay."""
        compl = self._ahead(i, span, self.words.complementisers, STATEMENT_NOUN_REACH)
        if compl is None or compl + 1 >= span.stop:
            return None
        if not self.tokens[i].low.endswith(self.words.definite_endings) and any(c.content_start == self.tokens[compl + 1].start for c in earlier):
            # `изразија уверување дека …`: the verb's cue already holds the clause; a noun with the
            # article is someone else's words (`ги отфрли обвинувањата дека …`)
            return None

        speaker = self.speakers.document_owner(i, compl)
        if speaker is None and i > span.start and self.tokens[i - 1].low in self.words.statement_prepositions:
            speaker = self.speakers.subject_of(i)  # `Тој замина со изјава дека`: the subject made it
        kind = "speech" if speaker is not None else "impersonal"
        return self._cue(kind, "that", i, compl + 1, self._content_end(compl + 1, span), speaker)

    # --- verbs ---------------------------------------------------------------------------

    def _verb(self, i: int, span: range, earlier: list[Cue]) -> Cue | None:
        cue = self._verb_cue(i, span, earlier)
        if cue is not None and cue.form == "that" and cue.outlet is None:
            cue.outlet = self.speakers.relay_after(i)
            if cue.outlet is not None:  # `рекол, пренесува Y, дека`: the relay's verb is no cue of its own
                cue.end = max(cue.end, cue.outlet.end)
        if cue is not None and cue.form != "naming":
            cue.outlet = (cue.outlet or self.speakers.outlet(i) or self.speakers.relay_parenthesis(i) or self._continued_outlet(cue, earlier)
                          or self.speakers.informant_outlet(cue.speaker))
        elif cue is not None:  # `за` after a naming verb is what was named (`го обвини за „…“`), but an interview is not
            cue.outlet = cue.outlet or self.speakers.interview_outlet(i)
        return cue

    def _continued_outlet(self, cue: Cue, earlier: list[Cue]) -> Speaker | None:
        """`изјави X за Асошиејтед Прес, додавајќи дека …`: a verbal adverb that goes on with the
        speaker of an earlier cue was said to that cue's outlet."""
        if cue.speaker is None or not self.tokens[cue.token].low.endswith(self.words.gerund_endings):
            return None
        return next((c.outlet for c in reversed(earlier) if c.speaker is not None and c.speaker.start == cue.speaker.start), None)

    def _verb_cue(self, i: int, span: range, earlier: list[Cue]) -> Cue | None:
        verb_class, _ = self.words.verbs[self.tokens[i].low]
        if verb_class == "quoting":  # `A, изјави X, како што цитира Y`: else Y relays X like any inverted relay
            return self._quoting(i, span) or self._inverted(i, span, earlier, verb_class)
        if verb_class == "speech":
            backward = self._backward(i, span, verb_class)
            if backward is not None:
                return backward
        if verb_class != "naming" and self._after_quotation(i, span):
            return self._inverted(i, span, earlier, verb_class)
        compl = self._ahead(i, span, self.words.complementisers, COMPLEMENTISER_REACH)
        if compl is not None and verb_class != "naming":
            main = self._main_clause_after_opening_gerund(i, compl, span)
            if main is not None:  # `Велејќи дека тужбата е „изнудување“, Пласко рекол …`: the main clause's subject speaks
                return self._cue(verb_class, "that", i, compl + 1, self.tokens[main - 1].start,
                                 self.speakers.opening_subject(main, span.stop))
            speaker = self._gerund_speaker(i, span, earlier) or self._speaker_around(i, compl)
            if verb_class == "opinion" and speaker is None:
                speaker = self.speakers.subject_of(i)  # `… проекти за кои сметаа дека`: the sentence's subject holds the view
            if verb_class == "opinion" and speaker is None:
                return None
            cue = self._cue(verb_class, "that", i, compl + 1, self._content_end(compl + 1, span), speaker)
            if self.speakers.news_source(speaker):  # `X пишува дека …, повикувајќи се на дипломатски извори`: the sources speak, X relays
                self._relay_citation(cue, self._cited_before(speaker, i, span) or self._cited_by(self.doc.token_at(cue.content_end), span))
            return cue
        if verb_class == "naming" or (verb_class == "speech" and not self._parenthetical(i, span) and self._quotation_in_clause(i, span)):
            return self._cue(verb_class, "naming", i, i + 1, self._content_end(i + 1, span), self.speakers.before(i))
        if verb_class == "opinion":
            return None
        colon = self._ahead(i, span, {":"}, COLON_REACH)
        if colon is not None:
            speaker = self._speaker_around(i, colon)
            after = colon + 1
            marked = self._quotation_at(after, span)
            end = marked.end if marked else self.tokens[span.stop - 1].end
            cue = self._cue(verb_class, "colon", i, i + 1, end, speaker, content_start=self._offset(after, span))
            cue.quote = marked
            return cue
        opened = self._as_reported(i, span, verb_class)
        return opened if opened is not None else self._inverted(i, span, earlier, verb_class)

    def _parenthetical(self, i: int, span: range) -> bool:
        """The verb and its speaker stand between commas (`Демократите, рече тој, имаат мисија да
        „…“`): an inverted attribution of the words around it, not a naming of a later quotation."""
        if i - 1 <= span.start or self.tokens[i - 1].text != ",":
            return False
        speaker = self.speakers.after(i)
        tail = self.doc.token_at(speaker.end) if speaker is not None else span.stop
        return tail < span.stop and self.tokens[tail].text == ","

    def _backward(self, i: int, span: range, verb_class: str) -> Cue | None:
        """`„…“ Ова го изјави денеска премиерот X`: a sentence that opens with a demonstrative
        and a clitic before the verb attributes the sentence before it (its quotation, if it is
        one) to the speaker after the verb."""
        lead = [t.low for t in self.tokens[span.start:i]]
        if len(lead) < 2 or lead[0] not in self.words.backward_demonstratives or any(w not in self.words.clitics for w in lead[1:]):
            return None
        sentence = self.tokens[i].sentence
        speaker = self.speakers.after(i)
        if sentence == 0 or speaker is None:
            return None
        before = self.doc.sentence_tokens(sentence - 1)
        last = before.stop - 1
        while last > before.start and self.tokens[last].text in SENTENCE_PUNCTUATION:
            last -= 1
        if last <= before.start:
            return None
        cue = self._cue(verb_class, "backward", i, i + 1, self.tokens[last].end, speaker,
                        content_start=self.tokens[before.start].start)
        marked = self._quotation_at(before.start, before)
        if marked is not None and marked.close >= self.tokens[last].start:
            cue.quote = marked
        cue.end = max(cue.end, speaker.end)
        return cue

    def _as_reported(self, i: int, span: range, verb_class: str) -> Cue | None:
        """`Како што информираат од МВР, возачот е уапсен`: an attribution opening the sentence
        with `како што`, the statement after its comma (like `Според МВР, …`); the speaker may
        stand before the verb (`Како што Мицкоски изјави на прес-конференцијата, …`)."""
        lead = [t.low for t in self.tokens[span.start:i]]
        opening = next((n for n, w in enumerate(lead) if w not in self.words.inverted_openers), len(lead))
        if opening == 0 or (opening < len(lead) and opening < 2):
            return None
        comma = next((k for k in range(i + 1, span.stop) if self.tokens[k].text == ","), None)
        if comma is None or comma + 1 >= span.stop:
            return None
        speaker = self.speakers.after(i, comma) if opening == len(lead) else self.speakers.before(i)
        if speaker is None or (opening < len(lead) and speaker.start != self.tokens[span.start + opening].start):
            return None  # `Како што Кина станува поактивна, …`: no attribution
        cue = self._cue(verb_class, "according_to", i, i + 1, self._content_end(comma + 1, span), speaker,
                        content_start=self.tokens[comma + 1].start)
        cue.end = max(cue.end, self.tokens[comma - 1].end)
        return cue

    def _main_clause_after_opening_gerund(self, i: int, compl: int, span: range) -> int | None:
        """First token of the main clause after a verbal adverb that opens the sentence (`Велејќи
        дека …, X рекол`): past the first comma outside quotations after its `дека`."""
        if i != span.start or not self.tokens[i].low.endswith(self.words.gerund_endings):
            return None
        comma = next((k for k in range(compl + 1, span.stop - 1) if self.tokens[k].text == "," and not self.quoted[k]), None)
        return comma + 1 if comma is not None else None

    def _gerund_speaker(self, i: int, span: range, earlier: list[Cue]) -> Speaker | None:
        """`…, рече тој, додавајќи дека …`, `тој призна дека …, велејќи дека …`: a verbal adverb
        right after an attribution or its statement has the subject of its verb, the speaker of
        the cue before it in the sentence."""
        if not self.tokens[i].low.endswith(self.words.gerund_endings) or i - 1 < span.start or self.tokens[i - 1].text != ",":
            return None
        comma = self.tokens[i - 1].start
        before = [c for c in earlier if span.start <= c.token < i and c.speaker is not None]
        if before and (comma <= before[-1].end + 2 or before[-1].content_end <= comma <= before[-1].content_end + 2):
            return before[-1].speaker
        # `X ги повика Франција и Грција да …, тврдејќи дека …`, `Тој го спореди …, забележувајќи дека`: the subject of the sentence
        subject = self.speakers.sentence_subject(i)
        if subject is not None and subject.kind in ("name", "pronoun", "role"):
            return subject
        # `Во интервју …, X, го нападна планот, велејќи …`: a clause that opens with its verb has
        # the subject before its comma (not the words right before the verbal adverb, its object)
        main = self.speakers.clause_start(i - 1)
        while main < i - 1 and self.tokens[main].low in self.words.clitics:
            main += 1
        opens_with_verb = main < i - 1 and self.speakers.clause_subject(i - 1) is None
        return self.speakers.before(main) if opens_with_verb else None

    def _quoting(self, i: int, span: range) -> Cue | None:
        """`„…“, Ројтерс го цитираше министерот X`: the quotation right before the relay's
        subject is the words of the person quoted after the verb; the relay reports them."""
        relay = self.speakers.before(i, apposition=False)
        if relay is None:
            return None
        j = self.doc.token_at(relay.start) - 1
        while j >= span.start and self.tokens[j].text in ",–":
            j -= 1
        marked = self.doc.inside_marks(self.tokens[j].start) if j >= span.start and self.tokens[j].text == CLOSE else None
        speaker = self.speakers.possessor(i + 1) or self.speakers.after(i)  # `АФП ја цитираше неговата изјава`
        if marked is None or marked.title or speaker is None:
            return None
        cue = self._cue("speech", "inverted", i, i + 1, marked.end, speaker, content_start=marked.start)
        cue.quote, cue.outlet = marked, relay
        cue.end = max(cue.end, speaker.end)
        return cue

    def _quotation_in_clause(self, i: int, span: range) -> bool:
        """A partial quotation after a speech verb in its clause: `ја оцени како „историска“`."""
        end = self._content_end(i + 1, span)
        for m in self.doc.marked:
            if not m.title and self.tokens[i].end < m.open < end and self.doc.is_partial(m):
                return True
        return False

    def _speaker_around(self, verb: int, stop: int) -> Speaker | None:
        """A speaker named between the verb and its `дека`/colon (`рече тој дека`), else the
        subject before the verb (also when an object clitic before the verb makes the name
        after it its object: `Србите го обвинија КФОР дека`)."""
        doubled = verb > 0 and self.tokens[verb - 1].low in self.words.object_clitics
        after = self.speakers.after(verb, stop) if stop > verb + 1 and not doubled else None
        if after is not None and after.kind != "noun" and after.start == self.tokens[verb + 1].start:
            return after
        if (after is not None and verb + 2 < stop and self.tokens[verb + 1].low in self.words.speaker_prepositions
                and after.start == self.tokens[verb + 2].start and not self.speakers.is_place(after)):
            # `соопштија од ВМРО-ДПМНЕ дека`, `Соопштија од СДСМ дека`: the body after its preposition
            # speaks (not a place: `Изјави од Брисел`), unless the clause names its subject before the
            # verb (`Стојков порача од затворот дека`: where he speaks from)
            return self.speakers.before(verb) or after
        return self.speakers.before(verb)

    def _after_quotation(self, i: int, span: range) -> bool:
        """The verb follows a closing quotation mark (`„…“, рече`, also `„…“. рече тој` and `„…“ ми
        рече тој`, a clitic before the verb)."""
        j = self._past_clitics_after_quotation(i, span)
        while j >= span.start and self.tokens[j].text in ",–.":
            j -= 1
        # a title closes before the verb in `шефот на „Sunderland“ рече дека`
        return j >= span.start and self.tokens[j].text == CLOSE and not self._title_at(j)

    def _past_clitics_after_quotation(self, i: int, span: range) -> int:
        """The token before verb i, past its clitics when a quotation closes before them (`„…“ ми
        рече тој`, `„…“, му кажа X`); elsewhere a clitic keeps the verb in its clause (`…, кое ги објави`)."""
        j = i - 1
        while j > span.start and self.tokens[j].low in self.words.clitics:
            j -= 1
        k = j
        while k > span.start and self.tokens[k].text in ",–.":
            k -= 1
        return j if j < i - 1 and self.tokens[k].text == CLOSE else i - 1

    def _inverted(self, i: int, span: range, earlier: list[Cue], verb_class: str) -> Cue | None:
        """`…, изјави X` or `„…“ рече X`: the verb follows a comma, a dash or a quotation."""
        if self.speakers.parenthesis_before(i) is not None:
            return None  # `X, исто така, побара …`: the comma sets off a parenthesis, not the statement
        if self._after_relative_clause(i, span) and not self._closing_attribution(i, span):
            return None  # `Жител …, кој не сакаше …, изрази …`: the comma closes a relative clause on the subject
        if self._after_apposed_name(i, span):
            return None  # `Генералниот секретар на ОН, Антонио Гутереш, побара …`: the subject, then its verb
        if self.tokens[i].low.endswith(self.words.gerund_endings) and not self._after_quotation(i, span):
            return None  # `…, предупредувајќи ги луѓето …`: a verbal adverb goes on with its sentence, it attributes nothing before it
        j = lead = self._past_clitics_after_quotation(i, span)
        if j - 1 >= span.start and self.speakers.adverb(self.tokens[j]) and self.tokens[j - 1].text in ",–":
            j -= 1  # `„…“, свечено изјави тој`
        relay_verb = self.tokens[i].low in self.words.relay_openers
        while j >= span.start and (self.tokens[j].text in ",–" or self.tokens[j].low in self.words.inverted_openers
                                   or (relay_verb and self.tokens[j].low in self.words.relay_conjunctions)):
            j -= 1  # `A, како што објави X`; `A, изјави X, а пренесе МИА`
        if j > span.start and self.tokens[j].text == "." and self.tokens[j - 1].text == CLOSE:
            j -= 1  # `„…“. рече тој`: a stray full stop
        after_quotation = j >= span.start and self.tokens[j].text == CLOSE
        if j < span.start or (j == lead and not after_quotation):
            return None
        speaker = self.speakers.after(i)
        if self._relay_parenthesis_at(self.doc.token_at(speaker.end) if speaker else i + 1, span):
            return None  # `Премиерот X, како што пренесе Y, изјавил дека …`: Y relays the statement after it
        relayed = self._relayed(earlier, j, speaker)
        if relayed is not None:  # `„…“, изјави X пред комитетот, објавува Y`: Y relays X
            relayed.outlet = relayed.outlet or speaker
            return None
        tail = self.doc.token_at(speaker.end) if speaker else i + 1
        cited = self._cited_by(tail, span)
        # `„…“, предупреди X во својот нов извештај од …`: after a quotation, a long adverbial may follow
        adverbial = after_quotation and tail < span.stop and self.tokens[tail].low in self.words.prepositions
        if not adverbial and not self._attribution_ends(tail, span):
            return None
        marked = self.doc.inside_marks(self.tokens[j].start) if after_quotation else None
        if marked is not None and marked.title:
            if j == lead:
                return None  # `„Вечер“ објави`: the title names who speaks, no statement before it
            marked = None  # `… студио „Вардар филм“, како што објави X`: the clause ends in a title
        if marked is not None and not self.doc.is_partial(marked):
            cue = self._cue(verb_class, "inverted", i, i + 1, marked.end, speaker, content_start=marked.start)
            cue.quote = marked
        else:
            start = self._scope_start(span, earlier, self.tokens[j].end)
            cue = self._cue(verb_class, "inverted", i, i + 1, self.tokens[j].end, speaker, content_start=start)
            tail = self.doc.token_at(speaker.end) if speaker else i + 1
            if (tail + 1 < span.stop and self.tokens[tail].text == "," and not self.quoted[tail + 1]
                    and self.tokens[tail + 1].low not in self.words.prepositions and cited is None
                    and not self.tokens[tail + 1].low.endswith(self.words.gerund_endings)
                    and not self._relay_follows(tail + 1, span)):  # `…, рече тој, додавајќи дека …`: a cue of its own
                # `A, велат критичарите, B`: the statement goes on after the attribution (not an
                # adverbial of it, `…, за време на посетата`); when A is only a connective
                # (`Покрај тоа, рекла таа, B`) it is B alone
                cue.content_end = self._content_end(tail + 1, span)
                if sum(t.word for t in self.tokens[self.doc.token_at(start):j]) < PARENTHETICAL_MAX_LEAD:
                    cue.content_start = self.tokens[tail + 1].start
        if speaker is not None:
            cue.end = max(cue.end, speaker.end)
        self._relay_citation(cue, cited)
        if cue.quote is None and not self.speakers.news_source(cue.speaker):
            self._source_relays(cue, earlier)
        return cue

    @staticmethod
    def _source_relays(cue: Cue, earlier: list[Cue]) -> None:
        """`Според Ројтерс, A, изјавил X`: X's statement A stands in the content of the source cue
        before it, which relays it (reported_by); the inverted cue speaks for A alone and nests in
        the source's content, which runs on over the attribution. Not when an outlet attributes
        (`Според органот …, A, изјавија од X`: the outlet relays what the source says)."""
        source = next((c for c in reversed(earlier) if c.form == "according_to" and c.start < c.content_start
                       and cue.content_start <= c.content_start < cue.content_end <= c.content_end <= cue.start), None)
        if source is not None:
            cue.content_start = source.content_start
            source.content_end = cue.end

    def _relay_parenthesis_at(self, comma: int, span: range) -> bool:
        """The comma at `comma` closes a relay set off by commas before the subject's own speech verb."""
        if comma >= span.stop or self.tokens[comma].text != ",":
            return False
        verb = comma + 1
        while verb < span.stop and self.tokens[verb].low in self.words.clitics:
            verb += 1
        return verb < span.stop and self.tokens[verb].low in self.words.verbs and self.speakers.relay_parenthesis(verb) is not None

    def _cited_by(self, comma: int, span: range) -> Speaker | None:
        """Whom a reporter cites in a verbal adverb after the comma that ends it (`…, објави
        агенцијата X, цитирајќи дипломатски извори`)."""
        if comma + 1 >= span.stop or self.tokens[comma].text != ",":
            return None
        citing = self._sequence_at(self.words.citing_adverbs, comma + 1)
        return self.speakers.after(comma + len(citing)) if citing else None

    def _cited_before(self, reporter: Speaker, verb: int, span: range) -> Speaker | None:
        """Whom a reporter cites in a verbal adverb set off by commas between it and its verb
        (`Гардијан, цитирајќи го министерот X, пишува дека …`)."""
        cited = self._cited_by(self.doc.token_at(reporter.end), span) if reporter.end <= self.tokens[verb].start else None
        return cited if cited is not None and cited.end < self.tokens[verb].start else None

    @staticmethod
    def _relay_citation(cue: Cue, cited: Speaker | None) -> None:
        """The one cited speaks under the cue; its speaker relays (reported_by)."""
        if cited is not None and cue.speaker is not None:
            cue.outlet, cue.speaker = cue.speaker, cited
            cue.end = max(cue.end, cited.end)

    def _after_relative_clause(self, i: int, span: range) -> bool:
        """The verb at i follows `, кој …,`: a relative clause set off by commas right before it,
        also past phrases a verbal adverb or a preposition opens (`Хрватска, која ја подобри …,
        дозволувајќи …, на 82-рото место …, покажа`)."""
        comma = i - 1
        if comma <= span.start or self.tokens[comma].text != "," or self.quoted[comma - 1] or self.tokens[comma - 1].text == CLOSE:
            return False
        for _ in range(APPOSED_PHRASES):
            opening = next((k for k in range(comma - 1, span.start - 1, -1) if self.tokens[k].text in ",–"), None)
            if opening is None or opening + 1 >= comma:
                return False
            first = self.tokens[opening + 1].low
            if first in self.words.relative_pronouns:
                return True
            if not (first.endswith(self.words.gerund_endings) or first in self.words.prepositions):
                return False
            comma = opening
        return False

    def _closing_attribution(self, i: int, span: range) -> bool:
        """`… на пожарот, кој гори трет ден, соопшти Центарот.`: the verb, then its speaker right
        after it, and the sentence ends: an attribution of all before it, past a relative clause
        on the statement's last noun."""
        speaker = self.speakers.after(i)
        if speaker is None or speaker.entity is None or i + 1 >= span.stop or speaker.start != self.tokens[i + 1].start:
            return False  # a named speaker (`…, претставува импресивен повод`: a verb and its object)
        tail = self.doc.token_at(speaker.end)
        return tail == span.stop - 1 and self.tokens[tail].text in SENTENCE_PUNCTUATION

    def _after_apposed_name(self, i: int, span: range) -> bool:
        """The verb at i follows `ROLE, NAME,` opening the sentence: a person's name alone between
        two commas names the subject its role phrase describes; it is no statement."""
        comma = i - 1
        if comma <= span.start or self.tokens[comma].text != "," or self.quoted[comma - 1]:
            return False
        opening = next((k for k in range(comma - 1, span.start - 1, -1) if self.tokens[k].text in ",–"), None)
        if opening is None or opening <= span.start or any(t.text in ",–" for t in self.tokens[span.start:opening]):
            return False
        if not any(t.low in self.words.roles for t in self.tokens[span.start:min(opening, span.start + 2)]):
            return False  # `Полицијата го уапси осомничениот, X, соопшти МВР`: a statement that ends in a name
        names = self.speakers.mentions_in(self.tokens[opening + 1].start, self.tokens[comma - 1].end)
        return (len(names) == 1 and names[0].entity.type == "PER" and names[0].start == self.tokens[opening + 1].start
                and names[0].end == self.tokens[comma - 1].end)

    def _relay_follows(self, i: int, span: range) -> bool:
        """`…, рече X, пренесува Y` / `…, како што објави Y`: after the attribution's comma another
        attribution relays it; the statement does not go on there."""
        while i < span.stop and self.tokens[i].low in self.words.inverted_openers:
            i += 1
        return i < span.stop and self.tokens[i].low in self.words.verbs

    def _relayed(self, earlier: list[Cue], j: int, speaker: Speaker | None) -> Cue | None:
        """The inverted attribution a second one right after it relays: only a short adverbial
        (`пред комитетот`) stands between the first one's speaker and token j; or the colon
        attribution whose quotation ends there (`X порача: „…“, објави Y`)."""
        if speaker is None or speaker.kind != "name" or not earlier:
            return None
        prev = earlier[-1]
        # `X соопшти дека A, како што објави Y`: A ends where the outlet relays it (without `како
        # што`, `…, објави МИА` stays a citation of the agency's own)
        as_told = any(t.low in self.words.inverted_openers for t in self.tokens[j + 1:self.doc.token_at(speaker.start)])
        if (prev.form == "that" and as_told and prev.speaker is not None and speaker.entity is not None
                and speaker.entity.sector in SOURCE_SECTORS and prev.end <= self.tokens[j].start < prev.content_end):
            prev.content_end = self.tokens[j].end
            return prev
        last = prev.content_end if prev.form == "colon" else prev.end  # a colon's statement follows its speaker
        if prev.form not in ("inverted", "colon") or prev.speaker is None or last > self.tokens[j].end:
            return None
        between = self.tokens[self.doc.token_at(last):j + 1]
        words = sum(t.word for t in between)
        # `„…“, рече Кос по средбата со министрите во Брисел, пренесува МИА`: an adverbial of
        # place and occasion may run up to an attribution's tail
        adverbial = bool(between) and between[0].low in self.words.prepositions and words <= ATTRIBUTION_TAIL
        if any(t.low in self.words.verbs for t in between) or (words > RELAY_GAP and not adverbial):
            return None
        return prev

    # --- source phrases and hearsay ------------------------------------------------------

    def _according_to(self, i: int, span: range, earlier: list[Cue]) -> Cue | None:
        nxt = i + 1
        if nxt >= span.stop or self.tokens[nxt].low in self.words.not_sources:
            return None
        phrase_end = nxt
        while phrase_end < span.stop and self.tokens[phrase_end].text not in ",;" and self.tokens[phrase_end].text not in SENTENCE_PUNCTUATION:
            phrase_end += 1
        speaker = self.speakers.source_phrase(i, phrase_end)
        if not self._names_a_source(speaker):
            return None
        content_first = phrase_end + 1  # after the comma that closes the source phrase
        at_end = phrase_end >= span.stop or self.tokens[phrase_end].text in SENTENCE_PUNCTUATION
        before = i - 1
        if (not at_end and before > span.start and self.tokens[before].text == ","
                and (self._describes_name_before(phrase_end + 1, span) or self.tokens[phrase_end + 1].low in self.words.content_breaks)):
            # `…, според Ројтерс, политиколог од …`: what follows the source describes it; `…, според изјавата, но
            # полицијата …`: a new clause follows; either way the statement precedes
            at_end = True
        if at_end and before < span.start:
            # `Според амбасадорот X договорот е …`: no comma; the statement follows the source's name,
            # and opens with the next definite noun (`Според документите министерот потпишал …`)
            cut = self.speakers.next_noun_phrase(nxt, self.doc.token_at(speaker.end))
            if cut is not None:
                speaker = self.speakers.source_phrase(i, cut)
                if not self._names_a_source(speaker):
                    return None
            phrase_end = content_first = self.doc.token_at(speaker.end)
            at_end = content_first >= span.stop or self.tokens[content_first].text in SENTENCE_PUNCTUATION
        if at_end and before > span.start:
            end = self.tokens[before].start if self.tokens[before].text == "," else self.tokens[before].end
            cue = self._cue("source", "according_to", i, i + 1, end, speaker, content_start=self._scope_start(span, earlier, end))
        else:
            if content_first >= span.stop:
                return None
            cue = self._cue("source", "according_to", i, i + 1, self._content_end(content_first, span), speaker,
                            content_start=self.tokens[content_first].start)
        cue.end = max(cue.end, self.tokens[phrase_end - 1].end)
        self._relay_citation(cue, self._cited_by(phrase_end, span))  # `според весникот X, повикувајќи се на портпарол`
        cue.outlet = cue.outlet or self.speakers.informant_outlet(cue.speaker)  # `според изворите на МИА`
        return cue

    def _describes_name_before(self, i: int, span: range) -> bool:
        """The words at token i, after a comma, describe the name before it (`според X, политиколог
        од …`, `рече X, поранешен претседател на …`), no statement: a verbal adverb or a relative
        pronoun (`повикувајќи се на …`, `која ја објави …`), or an indefinite word before a role or
        a linker (`објавен во четвртокот`); a statement's subject is definite (`бројот на жртвите е …`)."""
        first = self.tokens[i] if i < span.stop else None
        if first is None or not first.word or first.cap:
            return False
        if first.low.endswith(self.words.gerund_endings) or first.low in self.words.relative_pronouns:
            return True
        nxt = self.tokens[i + 1] if i + 1 < span.stop else None
        indefinite = not first.low.endswith(self.words.definite_endings) and first.low not in self.words.prepositions
        return indefinite and nxt is not None and (nxt.low in self.words.roles or nxt.low in self.words.name_linkers
                                                   or nxt.low in self.words.prepositions)

    def _names_a_source(self, speaker: Speaker | None) -> bool:
        """`според X` attributes when X is a name, a pronoun, a role, or a noun that can speak."""
        if speaker is None:
            return False
        if speaker.kind != "noun":
            return True
        first = self.doc.token_at(speaker.start)
        words = self.tokens[first:self.doc.token_at(speaker.end)]
        return any(t.low in self.words.source_nouns or t.low in self.words.speaker_nouns for t in words)

    def _hearsay(self, i: int, words: tuple[str, ...], span: range, earlier: list[Cue]) -> Cue | None:
        last = i + len(words) - 1
        compl = self._ahead(last, span, self.words.complementisers, 1)
        if compl is not None:
            cue = self._cue("impersonal", "hearsay", i, compl + 1, self._content_end(compl + 1, span), None)
        elif len(words) == 1:  # `наводно` qualifies its own clause
            first = self.speakers.clause_start(i)
            cue = self._cue("impersonal", "hearsay", i, last + 1, self._content_end(i, span), None,
                            content_start=self.tokens[first].start)
        elif (words[-1] in self.words.raising_impersonal and last + 1 < span.stop and self.tokens[last + 1].low in self.words.subjunctive_particles
              and self.speakers.clause_start(i) < i):
            first = self.speakers.clause_start(i)  # `Тој се очекува да се состане …`: the subject belongs to the statement
            cue = self._cue("impersonal", "hearsay", i, last + 1, self._content_end(last + 1, span), None,
                            content_start=self.tokens[first].start)
        elif (words[-1] in self.words.raising_impersonal and self.speakers.clause_start(i) == i
              and self._ahead(last, span, {"да"}, RAISED_SUBJECT_REACH + 1) is not None):
            # `Се очекува премиерот да се сретне …`: the subject follows the cue
            cue = self._cue("impersonal", "hearsay", i, last + 1, self._content_end(last + 1, span), None)
        elif (words[-1] in self.words.raising_impersonal and last + 1 < span.stop and self.tokens[last + 1].word
              and self.speakers.past_opening_adverbials(self.speakers.clause_start(i), i) == i):
            # `Во октомври се очекуваат интензивни промени …`: what is expected (no subject before the cue) is the statement
            first = self.speakers.clause_start(i)
            cue = self._cue("impersonal", "hearsay", i, last + 1, self._content_end(last + 1, span), None,
                            content_start=self.tokens[first].start)
        elif i > span.start and self.tokens[i - 1].text == ",":
            cue = self._cue("impersonal", "hearsay", i, last + 1, self.tokens[i - 1].start, None,
                            content_start=self._scope_start(span, earlier, self.tokens[i - 1].start))
            marked = self.doc.inside_marks(self.tokens[i - 2].start) if i - 2 >= 0 and self.tokens[i - 2].text == CLOSE else None
            if marked is not None and not marked.title and not self.doc.is_partial(marked):
                # `„…. …“, се вели во извештајот`: the whole quotation, also from an earlier sentence
                cue.quote, cue.content_start, cue.content_end = marked, marked.start, marked.end
        else:
            return None  # `се смета за …`: no report
        cue.end = self.tokens[compl if compl is not None else last].end
        cited, source = self.speakers.document_source(i, last + 1)
        if cited:  # a document speaks for its body; unnamed, for the body the sentence before names, else the one last cited
            cue.kind, cue.speaker = "speech", source or self.speakers.issuer_before(cue.content_start)
        return cue

    def _impersonal_at(self, i: int) -> tuple[str, ...] | None:
        return self._sequence_at(self.words.impersonal, i)

    def _sequence_at(self, table: dict[str, tuple[tuple[str, ...], ...]], i: int) -> tuple[str, ...] | None:
        for seq in table.get(self.tokens[i].low, ()):
            if i + len(seq) <= len(self.tokens) and all(self.tokens[i + k].low == w for k, w in enumerate(seq)):
                return seq
        return None

    # --- spans ---------------------------------------------------------------------------

    def _cue(self, kind: str, form: str, i: int, after: int, content_end: int, speaker: Speaker | None,
             content_start: int | None = None) -> Cue:
        tok = self.tokens[i]
        if content_start is None:
            content_start = self.tokens[after].start if after < len(self.tokens) else content_end
        if speaker is not None and speaker.kind == "name" and not speaker.gender:
            speaker.gender = self.speakers.verb_gender(tok)
        return Cue(kind, form, tok.start, tok.end, content_start, content_end, i, speaker)

    def _content_end(self, i: int, span: range) -> int:
        """End offset of the clause that starts at token i: sentence end, `;`, or a comma
        before a coordinator, an inverted cue or `според`; quotations are passed whole."""
        j = i
        last_end = self.tokens[i].start if i < span.stop else self.tokens[span.stop - 1].end
        while j < span.stop:
            tok = self.tokens[j]
            if self.quoted[j]:
                last_end = tok.end
                j += 1
                continue
            if tok.text == ";" or (tok.text in SENTENCE_PUNCTUATION and j == span.stop - 1):
                break
            if tok.text in ",–" and j + 1 < span.stop and self._ends_content(j + 1):
                break
            if tok.low in self.words.coordinators and self._verb_after_clitics_ends(j + 1, span):
                break  # `рече дека A и рече дека B`, `… и ги повика X`: the second verb opens a statement of its own
            if tok.text not in SENTENCE_PUNCTUATION:
                last_end = tok.end
            j += 1
        return last_end

    def _verb_after_clitics_ends(self, i: int, span: range) -> bool:
        """The words from token i, past the clitics a verb takes before it (`и ги повика`), end a
        reported clause (`_ends_content`)."""
        while i < span.stop and self.tokens[i].low in self.words.clitics:
            i += 1
        # `… и се прашува како …`: a verb in another sense after `се` is no statement of its own
        return i < span.stop and self._ends_content(i) and not self._other_sense(i, span.start)

    def _ends_content(self, i: int) -> bool:
        low = self.tokens[i].low
        w = self.words
        nxt = self.tokens[i + 1].low if i + 1 < len(self.tokens) else ""
        # `рече дека A, но дека „B“`: a second complement of the same verb goes on with the statement
        return ((low in w.content_breaks and nxt not in w.complementisers) or low in w.source_cues or (low in w.verbs and w.verbs[low][0] != "naming")
                or self._impersonal_at(i) is not None or bool(self._sequence_at(w.citing_adverbs, i)))

    def _attribution_ends(self, i: int, span: range) -> bool:
        """An inverted attribution is short: after the speaker, at most a few words (`за
        SETimes`) before the sentence, the clause, a relative clause on the speaker or the
        quotation goes on."""
        j = i
        while j < span.stop and j - i <= ATTRIBUTION_TAIL:
            tok = self.tokens[j]
            if tok.text in ",;:" or tok.text in SENTENCE_PUNCTUATION or tok.text == OPEN:
                return True
            if tok.low in self.words.relative_pronouns:  # `предупреди агенцијата …, која забележа …`: it describes the speaker
                return True
            j += 1
        return j >= span.stop

    def _scope_start(self, span: range, earlier: list[Cue], end: int) -> int:
        """Where a statement attributed after it (ending at `end`) starts: past an earlier
        attribution of the sentence that closed its own statement (`„…“, рече тој, а …`), else
        the sentence start — also when nothing but that attribution's apposition lies between
        (`„…“, рече Хидер, политиколог …, според Ројтерс`: Reuters relays Hider)."""
        sentence_start = self.tokens[span.start].start
        start = sentence_start
        for cue in earlier:
            if cue.content_end <= cue.start:
                start = max(start, cue.end)
        i = self.doc.token_at(start)
        while i < span.stop and self.tokens[i].text in ",–":
            i += 1
        between = self.tokens[i:self.doc.token_at(end)]
        apposed = start > sentence_start and (sum(t.word for t in between) < 2 or self._describes_name_before(i, span))
        if apposed or any(c.speaker and c.speaker.end >= end for c in earlier):
            return sentence_start
        return self.tokens[i].start if i < span.stop else start

    def _ahead(self, i: int, span: range, targets: set | frozenset, reach: int) -> int | None:
        """The first of `targets` within `reach` tokens after i in the same clause (commas may
        stand between: `рече, запрашан за …, дека`; another cue verb or a clause opener may not)."""
        j = i + 1
        while j < span.stop and j - i <= reach:
            tok = self.tokens[j]
            if tok.low in targets or tok.text in targets:
                return j
            if tok.text == OPEN and self._title_at(j):
                j = self.doc.token_at(self.doc.inside_marks(tok.start).close + 1)
                continue  # `рече на собирот „Leave Means Leave“ во Солихал дека`
            abbreviation = tok.text == "." and j + 1 < span.stop  # `пред Генералното собрание на О.Н. дека`: the sentence goes on
            if (tok.text in CLAUSE_PUNCTUATION and tok.text != ",") or (tok.text in SENTENCE_PUNCTUATION and not abbreviation) or self.quoted[j]:
                return None
            if tok.low in self.words.clause_openers and not self.speakers.preposition_at(j) and self.tokens[j - 1].text == ",":
                # `и рече, пред да се затвори вратата, дека …`: a clause set off by commas between the verb and `дека`
                closing = next((k for k in range(j + 1, min(span.stop, i + reach + 1)) if self.tokens[k].text == ","), None)
                if closing is not None and closing + 1 < span.stop and self.tokens[closing + 1].low in targets:
                    return closing + 1
                return None
            if tok.text == "," and j == i + 1:
                closing = self.speakers.relay_closing(j)  # `рекол, пренесува Y, дека`: the relay sets itself off
                if closing is not None and closing + 1 < span.stop and self.tokens[closing + 1].low in targets:
                    return closing + 1
            if tok.low in self.words.verbs or (tok.low in self.words.clause_openers and not self.speakers.preposition_at(j)):
                return None
            j += 1
        return None

    def _title_at(self, i: int) -> bool:
        marked = self.doc.inside_marks(self.tokens[i].start)
        return marked is not None and marked.title

    def _quotation_at(self, i: int, span: range) -> Marked | None:
        if i < span.stop and self.tokens[i].text == OPEN:
            marked = self.doc.inside_marks(self.tokens[i].start)
            if marked is not None and not marked.title:
                return marked
        return None

    def _offset(self, i: int, span: range) -> int:
        return self.tokens[i].start if i < len(self.tokens) else self.tokens[span.stop - 1].end

    def _other_sense(self, i: int, first: int) -> bool:
        """`се јави во полиција`: with the reflexive particle right before it the verb is no speech."""
        return i > first and self.tokens[i].low in self.words.reflexive_other_sense and self.tokens[i - 1].low in self.words.reflexive_particles

    def _blocked(self, i: int, first: int) -> bool:
        j = i - 1
        while j >= first and j >= i - 3:
            low = self.tokens[j].low
            if low in self.words.blocking_particles:
                return True
            if low not in self.words.clitics:
                return False
            j -= 1
        return False

    @staticmethod
    def _nest(cues: list[Cue], later_clause: Callable[[Cue, Cue], int | None] = lambda cue, parent: None) -> None:
        """Each cue's parent: the narrowest other cue whose content holds it. A cue in a later
        clause of that content (`рече дека …, иако додаде: „…“`, `вели дека …, откако претходно
        изјави дека …`) is no relay: the content ends before that clause."""
        for cue in cues:
            # two cues whose contents hold each other's start are not nested (no cycles)
            holders = [c for c in cues if c is not cue and c.covers(cue.start) and not cue.covers(c.start)]
            if holders:
                parent = min(holders, key=lambda c: c.content_end - c.content_start)
                cut = later_clause(cue, parent)
                if cut is not None:
                    parent.content_end = cut
                    continue
                cue.parent = parent
                cue.parent.inner = cue.parent.inner or (cue.form != "naming" and not CueFinder._qualifies_a_statement(cue))

    def _later_clause(self, cue: Cue, parent: Cue) -> int | None:
        """Where a clause that a subordinator opens after a comma starts before `cue`, within
        the parent's content (not its first words): the offset of that comma, else None."""
        first = self.doc.token_at(parent.content_start)
        for j in range(cue.token - 1, first + 1, -1):
            if (self.tokens[j].text == "," and self.tokens[j + 1].low in self.words.narrative_clause_openers
                    and self.doc.inside_marks(self.tokens[j].start) is None):
                return self.tokens[j].start
        return None
