"""One sentence as the event coder sees it: its tokens, its clauses, and the names in it
grouped into participants (coordinated names form one group) with the preposition that
governs each group.

No parser is involved: a clause ends at `;`/`:`, before a complementiser (`дека`), a
subjunctive `да`, a relative pronoun, and after a comma before a clause opener or a speech
verb. A group's governor is the first preposition found within a few words before it; words
in between may be titles and adjectives (`со српскиот претседател Вучиќ`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from operator import methodcaller

from vesnik.events.lexicon import EventLexicon
from vesnik.quotes.text import CLOSE, OPEN, Token

GOVERNOR_REACH = 4  # words between a preposition and the name it governs
ROLE_COMPLEMENT_WORDS = 3  # lower-case words between a role noun and its `на` ("министерот за надворешни работи на")
HOLDER_COMPLEMENT_WORDS = 7  # words of a role's complement before its holder ("министерката за енергетика, рударство и минерални суровини Х")
ROLE_ADJECTIVES = 2  # lower-case words before a coordinated role ("и грчкиот министер за …")
COORDINATION_REACH = 4  # words between two coordinated names ("Заев и српскиот претседател Вучиќ")
FUTURE_REACH = 6  # words from a comma to the future particle of the main clause after a condition ("ако …, од 15 декември ќе")
HEAD_MODIFIER_WORDS = 5  # words of a phrase describing a subject's head (`луѓе со знамиња на ЕУ`)
SPLICED_NAME_WORDS = 3  # words of a name opening a clause after a comma (`Абдел Фатах ел Сиси` is cut short, its verb then missed)
ADVERBIAL_ASIDE_WORDS = 8  # words of a verbless adverbial set off by commas after a subject (`, само половина час по протестот,`)
DEFINITE_ENDINGS = ("от", "та", "то", "те")  # the definite article, on the first word of its noun phrase
QUOTE_MARKS = {OPEN, CLOSE, '"', "«", "»"}


@dataclass
class Participant:
    """A name in the sentence standing for an entity (or a derived one, `руската армија`)."""

    entity: str
    first: int  # token indices, end exclusive
    end: int


@dataclass
class Group:
    """Coordinated participants: one compound actor or recipient."""

    members: list[Participant]
    governor: str | None = None  # the preposition before the group (before its organ noun, if it has one)
    head: str | None = None  # the noun before a governing `на` ("посетата на Заев", "Владата на Македонија")
    head_at: int | None = None  # its token index
    organ: str | None = None  # the sector of that noun when it names an organ of the group's country or body
    clause: int = 0

    @property
    def first(self) -> int:
        return self.members[0].first

    @property
    def end(self) -> int:
        return self.members[-1].end

    @property
    def entities(self) -> list[str]:
        if len(self.members) == 1:  # (most groups: read again and again by the coder)
            return [self.members[0].entity]
        return list(dict.fromkeys([p.entity for p in self.members]))


@dataclass
class Clause:
    first: int
    end: int
    opener: str | None = None  # the word that opened it (дека, да, кои, а, a speech verb)
    before_opener: tuple[str, ...] = ()  # the two words before the opener ("нема да", "за да")
    own_subject: bool = False  # opened by `и` before a subject of its own (`… и косовските власти уапсија`)
    resumes_subject: bool = False  # the sentence's subject goes on past a relative clause set off by commas


@dataclass
class SentenceView:
    index: int
    tokens: list[Token]  # the whole document's tokens
    first: int
    end: int
    clauses: list[Clause] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)

    def clause_of(self, i: int) -> int:
        for n, clause in enumerate(self.clauses):
            if clause.first <= i < clause.end:
                return n
        return len(self.clauses) - 1

    @cached_property
    def lows(self) -> list[str]:
        """The sentence's words in lower case (read once: the coder asks for them again and again)."""
        return [t.low for t in self.tokens[self.first:self.end]]

    @cached_property
    def low_set(self) -> frozenset[str]:
        return frozenset(self.lows)

    def words(self, first: int, end: int) -> list[str]:
        if self.first <= first <= end <= self.end:
            return self.lows[first - self.first:end - self.first]
        return [t.low for t in self.tokens[first:end]]

    def contains(self, first: int, end: int, beginnings: tuple[str, ...]) -> bool:
        return any(map(methodcaller("startswith", beginnings), self.words(first, end)))

    def has_sequence(self, first: int, end: int, sequences) -> bool:
        words = self.words(first, end)
        present = set(words)  # only a sequence whose first word is there needs the scan
        return any(tuple(words[i:i + len(seq)]) == seq for seq in sequences if seq[0] in present
                   for i in range(len(words) - len(seq) + 1))


CLAUSE_PUNCTUATION = frozenset({";", ":", ","})  # the marks after which `split_clauses` tests a word further


def split_clauses(view: SentenceView, lex: EventLexicon, apposed: frozenset[int] = frozenset()) -> list[Clause]:
    """`apposed`: commas that close a name apposed to the subject (`Лидерот на X, Име Презиме,
    побара`): a verb after one goes on with that subject's clause."""
    rep = lex.reporting
    openers_after_comma, always = lex.comma_clause_openers, lex.clause_openers
    starts = [view.first]
    own = set()  # starts of clauses with a subject of their own
    aside = None  # start of a relative clause set off by a comma after the bare subject (`Додик, кој …,`)
    inner = None  # start of a relative clause set off by a comma after the first clause's verb (`ја осуди акцијата, која …`)
    resumed = set()  # starts of clauses that go on with the sentence's subject past it
    lows, may_split = view.lows, lex.clause_split_words
    for i in range(view.first + 1, view.end):
        low = lows[i - view.first]
        prev = lows[i - view.first - 1]
        if prev not in CLAUSE_PUNCTUATION and low not in may_split:
            continue  # no test below holds (this runs on every word)
        if prev in (";", ":"):
            starts.append(i)
        elif aside is not None and starts[-1] != aside and prev == "," and _predicate_follows(view, i, lex):
            # `Додик, кој го обвини Сарајево дека …, ја поздрави одлуката`: the subject's own verb, not
            # part of what the relative clause tells (right after the relative clause itself, that
            # clause's comma already hands the verb to its antecedent)
            starts.append(i)
            resumed.add(i)
            aside = None
        elif (aside is not None and starts[-1] == aside and prev == "," and view.tokens[aside].low not in lex.object_relatives
              and _predicate_past_adverbial(view, i, lex)):
            # `Гроси, кој го посети Техеран, во саботата предупреди дека …`: past the relative clause and a short
            # adverbial, the subject's own verb (not past `кого`: that clause has a subject of its own)
            starts.append(i)
            resumed.add(i)
            aside = None
        elif (inner is not None and starts[-1] != inner and prev == "," and low in lex.comma_openers
              and _predicate_follows(view, i + 1, lex)):
            # `X го осуди нападот, кој …, и ги повика сојузниците`: the comma before `и` closes the relative
            # clause; the verb after it is the first clause's subject's
            starts.append(i)
            resumed.add(i)
            inner = None
        elif prev == "," and _source_aside(view, starts[-1], i - 1, lex) and (
                _predicate_follows(view, i, lex) or (low in lex.future and _predicate_follows(view, i + 1, lex))):
            # `Обвинителството … и, како што соопштија оттаму, ќе ја обжали одлуката`: past the source set off by
            # commas the verb goes on with the sentence's subject
            starts.append(i)
            resumed.add(i)
        elif (low in lex.coordinators and prev != "," and _closed_source_aside(view, starts[-1], i, lex)
              and _predicate_follows(view, i + 1, lex)):
            # `Х ја осуди, како што ја нарече, „инвазијата“ и предупреди …`: the source aside ended at its comma, what
            # follows it was the first verb's object; the verb after `и` goes on with the sentence's subject
            starts.append(i)
            resumed.add(i)
        elif (aside is not None and starts[-1] == aside and prev == "," and low not in lex.relative_openers
              and _predicate_follows(view, i, lex) and not _governed_antecedent(view, aside, lex)):
            # `Лидерите на членките, кои вчера се собраа …, го поддржаа договорот`: past the relative clause set off by
            # commas the verb is the sentence's subject's
            starts.append(i)
            resumed.add(i)
            aside = None
        elif low in always or (prev == "," and (low in openers_after_comma or (low in rep.verbs and i - 1 not in apposed
                                                                                   and past_parenthetical(view, i - 3, lex) != i)
                                                 or (_spliced_subject(view, i, lex)
                                                     and view.tokens[starts[-1]].low not in rep.verbs))):
            if i != starts[-1]:
                if aside is not None and starts[-1] == aside and prev == "," and low in rep.verbs:
                    # `Гувернерката, која в среда се сретна со …, одговори дека …`: the subject's own speech verb
                    resumed.add(i)
                    aside = None
                starts.append(i)
                if len(starts) == 2 and prev == "," and low in lex.relative_openers:
                    if _verb_in(view, view.first, i, lex):
                        inner = i
                    else:
                        aside = i
        elif prev == "," and view.tokens[starts[-1]].low in lex.hypothetical_openers and _future_follows(view, i, lex):
            starts.append(i)  # `ако барањата не се исполнат, од 15 декември ќе започне штрајк`: the condition ends
        elif (prev == "," and starts[-1] == view.first and view.tokens[view.first].low in rep.subject_sharing_subordinators
              and _verb_in(view, view.first, i - 1, lex)):
            starts.append(i)  # `Откако медиумите ги исмеаја …, портпаролот … негираше`: the time or reason ends
        elif (low in rep.subject_sharing_subordinators and _subject_after(view, i, lex, bare_name=True)
              and (_verb_in(view, starts[-1], i, lex)
                   or any(t.low in lex.passive_auxiliaries for t in view.tokens[starts[-1]:i]))):
            # `Тројца беа ранети кога руска ракета удри …`, `ловците биле подигнати во воздух откако руски
            # дронови ги нападнале …`: a time clause with its own subject, no comma (a passive's auxiliary is its verb)
            starts.append(i)
            own.add(i)
        elif (low in lex.coordinators and view.tokens[i].word and prev != "," and lows[starts[-1] - view.first] in lex.subjunctive
              and _past_plural_after(view, i + 1, lex)):
            # `побараа Владата да го објави текстот и ја обвинија дека …`: a past plural verb cannot go on with the
            # `да` clause (whose verb is present), it goes on with the sentence's subject
            starts.append(i)
            resumed.add(i)
        elif (low in lex.coordinators and view.tokens[i].word and prev != "," and _verb_in(view, starts[-1], i, lex)
              and _subject_after(view, i, lex) and not _listed_names_before(view, i, lex)):
            starts.append(i)
            own.add(i)
    clauses = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else view.end
        # the first clause has an opener only when a condition opens the sentence (`Ако X поднесе оставка, …`)
        opener = view.tokens[start].low if n or view.tokens[start].low in lex.hypothetical_openers else None
        before = tuple(t.low for t in view.tokens[max(view.first, start - 2):start] if t.low != ",")
        clauses.append(Clause(start, end, opener, before, start in own, start in resumed))
    return clauses


def _past_plural_after(view: SentenceView, i: int, lex: EventLexicon) -> bool:
    """Object clitics at token i, then a verb with a past third person plural ending (`ја обвинија`, `ги осудиле`);
    a clitic is asked for, since nouns too end so (`Србија`)."""
    k = i
    while k < view.end and view.tokens[k].low in lex.verb_clitics:
        k += 1
    return i < k < view.end and view.tokens[k].low.endswith(lex.past_plural_endings)


def past_parenthetical(view: SentenceView, i: int, lex: EventLexicon) -> int:
    """The token after a discourse word set off by commas at token i (`, пак,`), else i."""
    if (view.first <= i and i + 3 <= view.end and view.tokens[i].text == "," and view.tokens[i + 2].text == ","
            and view.tokens[i + 1].low in lex.parenthetical_words):
        return i + 3
    return i


def past_adverbial_aside(view: SentenceView, i: int, lex: EventLexicon) -> int:
    """The token after a short verbless adverbial phrase set off by commas at token i (`Од ВМРО-ДПМНЕ, само
    половина час по протестот, одржаа …`): lower-case words with a preposition among them; else i."""
    if i >= view.end or view.tokens[i].text != ",":
        return i
    close = next((j for j in range(i + 1, min(view.end, i + 2 + ADVERBIAL_ASIDE_WORDS)) if view.tokens[j].text == ","), None)
    words = view.tokens[i + 1:close] if close is not None else ()
    if (words and all(t.word and not t.cap for t in words) and any(t.low in lex.governors for t in words)
            and not _verb_in(view, i + 1, close, lex)):
        return close + 1
    return i


def _verb(view: SentenceView, i: int, lex: EventLexicon) -> bool:
    """Token i is a verb the lexicons know: a light or speech verb, or a verb trigger's form (not
    a verbal noun among its forms: `предавањето`)."""
    return view.tokens[i].low in lex.verb_forms


def _listed_names_before(view: SentenceView, i: int, lex: EventLexicon) -> bool:
    """`и` at token i closes a list of names set off by commas that no preposition governs (`министрите X, Y и Z го
    обвинија …`; not `во Скопје, Тетово и Куманово полицијата …`): the name after it is the list's last, no subject of
    a clause of its own."""
    k, items = i - 1, 0
    while True:
        end = k
        while k >= view.first and k > end - SPLICED_NAME_WORDS and view.tokens[k].cap:
            k -= 1
        if k == end:
            return False
        items += 1
        if k < view.first or view.tokens[k].text != ",":
            return items > 1 and (k < view.first or view.tokens[k].low not in lex.governors)
        k -= 1


def _verb_in(view: SentenceView, first: int, end: int, lex: EventLexicon) -> bool:
    return not lex.verb_forms.isdisjoint(view.words(first, end))


def _subject_after(view: SentenceView, i: int, lex: EventLexicon, bare_name: bool = False) -> bool:
    """`и` at token i, then a subject of its own and its verb: an organ or collective (its head,
    after at most two lower-case words: `и косовските власти уапсија`), a subject pronoun or a name with a clitic
    before the verb (`… против Москва и Брисел ги поддржа мерките`), not a second verb of the first
    subject nor a second name of a list. With `bare_name` (after a subordinator, which opens no
    list) a name right before its verb will do too (`откако Комисијата вети исклучок`)."""
    k = next((k for k in range(i + 1, min(view.end, i + 4)) if view.tokens[k].low in lex.sector_heads), None)
    if k is not None and all(t.word and not t.cap for t in view.tokens[i + 1:k + 1]):
        k = _past_head_modifier(view, k + 1, lex)
    elif i + 1 < view.end and view.tokens[i + 1].low in lex.subject_pronouns:
        k = i + 2  # `го уапси осомничениот и тој ја обвини …`: the pronoun names someone else
    else:
        k = i + 1
        while k < view.end and k <= i + SPLICED_NAME_WORDS and view.tokens[k].cap:
            k += 1
        if k == i + 1 or k >= view.end or (view.tokens[k].low not in lex.reporting.clitics
                                           and not (bare_name and _verb(view, k, lex))):
            return False
    verb_clitic = False  # (a word after an object clitic is its verb: `и Србија го презеде претседателството`)
    while k < view.end and view.tokens[k].low in lex.reporting.clitics | lex.reflexive:
        verb_clitic |= view.tokens[k].low in lex.reporting.object_clitics | lex.dative_clitics | lex.reflexive
        k += 1
    return k < view.end and (_verb(view, k, lex) or (verb_clitic and view.tokens[k].word and not view.tokens[k].cap))


def _source_aside(view: SentenceView, start: int, end: int, lex: EventLexicon) -> bool:
    """Tokens [start, end) are a source set off inside the sentence: `како што` and a speech verb (`како што
    соопштија оттаму`)."""
    # (`како` stays with the clause before: `што` opens the aside)
    words = [t.low for t in view.tokens[start - 1:end]]
    return (start > view.first + 1 and len(words) > 2 and words[0] in lex.reporting.inverted_openers
            and words[1] in lex.reporting.inverted_openers and any(w in lex.reporting.verbs for w in words[2:]))


def _closed_source_aside(view: SentenceView, start: int, end: int, lex: EventLexicon) -> bool:
    """The clause at `start` is a source aside (see `_source_aside`) that a comma before token `end` closed."""
    comma = next((i for i in range(start + 1, end) if view.tokens[i].text == ","), None)
    return comma is not None and _source_aside(view, start, comma, lex)


def _governed_antecedent(view: SentenceView, aside: int, lex: EventLexicon) -> bool:
    """The phrase before the relative clause at `aside` (from the comma before it) names no one, or opens with a
    preposition (`На разговорите, кои …, учествуваа …`; not the speaking body's `Од`: `Од ДУИ, чиј …, ја обвинија …`):
    no subject for the verb past the clause."""
    first = next((j + 1 for j in range(aside - 2, view.first - 1, -1) if view.tokens[j].text == ","), view.first)
    low = view.tokens[first].low
    if not any(t.low in lex.sector_heads or (n and t.cap) for n, t in enumerate(view.tokens[first:aside - 1])):
        return True  # no name nor body before it (`Пожарот во кампот, кој …, го осуди министерот`): a thing, no subject
    return low in lex.governors and not (first == view.first and low in lex.source_subject_prepositions)


def _predicate_follows(view: SentenceView, i: int, lex: EventLexicon) -> bool:
    """Token i opens a predicate with no subject before it: clitics, then a verb (`ја поздрави`)."""
    k = i
    while k < view.end and view.tokens[k].low in lex.reporting.clitics | lex.reflexive:
        k += 1
    return k < view.end and _verb(view, k, lex)


def _predicate_past_adverbial(view: SentenceView, i: int, lex: EventLexicon) -> bool:
    """Token i opens a preposition and one lower-case word (`во саботата`, `на седницата`), then a predicate."""
    return (i + 2 < view.end and view.tokens[i].low in lex.governors and view.tokens[i + 1].word
            and not view.tokens[i + 1].cap and _predicate_follows(view, i + 2, lex))


def _past_head_modifier(view: SentenceView, k: int, lex: EventLexicon) -> int:
    """Token k follows a collective's head; past a short phrase describing it (`десетици илјади луѓе со знамиња на ЕУ
    ја блокираа`: a preposition and a few words, no comma) to the clitic or verb, else k."""
    if k < view.end and view.tokens[k].low in lex.head_modifier_prepositions:
        for j in range(k + 1, min(view.end, k + 1 + HEAD_MODIFIER_WORDS)):
            if not view.tokens[j].word:
                break
            if view.tokens[j].low in lex.reporting.clitics or _verb(view, j, lex):
                return j
    return k


def _future_follows(view: SentenceView, i: int, lex: EventLexicon) -> bool:
    """A future particle within a few words from token i, before any comma: a main clause."""
    for tok in view.tokens[i:min(view.end, i + FUTURE_REACH)]:
        if tok.text == ",":
            return False
        if tok.low in lex.future:
            return True
    return False


def _spliced_subject(view: SentenceView, i: int, lex: EventLexicon) -> bool:
    """A comma, then a name (or two joined by `и`) and its verb (`Вашингтон воведе царини, Брисел најави контрамерки`): a
    clause of its own, with its own subject (a name in a list goes on to `и`, not to a verb). After
    a speech verb's parenthesis (`…, рече Цикотиќ, БиХ ќе аплицира`) the statement goes on. The name may follow its
    lower-case role (`…, на која присуствуваше X, германскиот министер Борис Писториус ја повика …`)."""
    if not view.tokens[i].cap:
        role_end = next((k for k in range(i, min(i + 2 + ROLE_COMPLEMENT_WORDS, view.end))
                         if not view.tokens[k].word or view.tokens[k].cap), None)
        if (role_end is None or not view.tokens[role_end].cap
                or not any(lex.is_role(t.low) for t in view.tokens[i:role_end])):
            return False
        i = role_end
    k = i + 1
    while k < view.end and k < i + SPLICED_NAME_WORDS and view.tokens[k].cap:
        k += 1
    # a second name joined by a coordinator (`осуден, САД и ЕУ бараат`): one compound subject, unless a
    # name before the comma makes it the end of a list (`Мицкоски, Рама и Кос се сретнаа`)
    if (k + 1 < view.end and view.tokens[k].low in lex.coordinators and view.tokens[k].word and view.tokens[k + 1].cap
            and i - 2 >= view.first and not view.tokens[i - 2].cap):
        k += 2
        while k < view.end and k < i + 2 * SPLICED_NAME_WORDS + 1 and view.tokens[k].cap:
            k += 1
    while k < view.end and view.tokens[k].low in lex.reporting.clitics:
        k += 1
    if k >= view.end:
        return False
    low = view.tokens[k].low
    return low in lex.light_verbs or low in lex.reporting.verbs or any(not t.noun for t in lex.single.get(low, ()))


def group_participants(view: SentenceView, participants: list[Participant], lex: EventLexicon,
                       blockers: set[int], persons: frozenset[str] = frozenset()) -> list[Group]:
    """Coordinated participants into groups, each with its governing preposition. `blockers`
    are token indices (triggers, speech verbs) that neither coordination nor government crosses;
    `persons` the entity ids of people, whose role's complement is no participant."""
    modifiers = _role_complements(view, participants, lex, persons)
    participants = [p for p in participants if p.first not in modifiers]
    groups: list[Group] = []
    for part in sorted(participants, key=lambda p: p.first):
        last = groups[-1] if groups else None
        if last and (_coordinated(view, last, part.first, lex, blockers, modifiers) or _apposition(view, last, part, lex, blockers)
                     or _bracketed_alias(view, last, part, lex) or _listed_after_preposition(view, last, part, lex, blockers, persons)):
            last.members.append(part)
        else:
            groups.append(_governed_group(view, part, lex, blockers, participants, frozenset(modifiers)))
    return groups


def _role_complements(view: SentenceView, participants: list[Participant], lex: EventLexicon,
                      persons: frozenset[str]) -> set[int]:
    """Token indices of the names that only say whose a role is, its holder named right after
    them (`претседателот на Србија Александар Вучиќ`, `водачот на кипарските Турци Мехмет Али
    Талат`, `директорот на Агенцијата, Панче Јовановски`), and a state's role with its holder after
    the role's complement (`унгарскиот шеф на дипломатијата Петер Сијарто`): the person is the
    participant."""
    by_first = {p.first: p for p in participants}
    found: set[int] = set()
    for part in participants:
        if not _after_role(view, part.first, lex):
            continue
        run, nxt = [part], _next_name(view, by_first, part.end, lex)
        while True:
            at = run[-1].end
            if nxt is None and at < view.end and view.tokens[at].low in lex.coordinators and view.tokens[at].word:
                # (owners joined by `и` before their holders: `Министрите на Турција и Ерменија, X и Y`)
                nxt = by_first.get(at + 1)
                nxt = nxt if nxt is not None and nxt.entity not in persons else None
            if nxt is None or nxt.entity in persons:
                break
            run.append(nxt)
            nxt = _next_name(view, by_first, nxt.end, lex)
        if nxt is not None and part.entity not in persons:
            found |= set(range(part.first, run[-1].end)) | ({run[-1].end} if view.tokens[run[-1].end].text == ")" else set())
        elif nxt is None and part.entity not in persons and _second_role_of_holder(view, participants, part, lex, persons):
            found |= set(range(part.first, part.end))
    for part in participants:  # `унгарскиот шеф на дипломатијата Петер Сијарто`: the role's holder
        if part.entity in persons or not lex.is_role(view.tokens[part.end - 1].low):
            continue
        # (the role's scope may be a name, `американскиот пратеник за Блискиот Исток Стив Виткоф`: no participant either)
        scopes = {i for p in participants if p.entity not in persons and part.end < p.first for i in range(p.first, p.end)}
        holder = next((p for p in participants if p.entity in persons and p.first > part.end + 1
                       and _holder_complement(view, part.end, p.first, scopes, lex)), None)
        if holder is not None:
            # (the complement too: `Х и министерот за животна средина Y` coordinates Х with the holder)
            found |= set(range(part.first, holder.first))
    return found


def _second_role_of_holder(view: SentenceView, participants: list[Participant], part: Participant, lex: EventLexicon,
                           persons: frozenset[str]) -> bool:
    """The role complement `part` is followed by `и` and a second role with no article of its own, then a person
    (`Лидерот на Г17 Плус и министер за економија Х`): one holder of both roles, the body only says whose the first is
    (`X и министерот за …`, with its own article, may be a second person)."""
    at = part.end
    if at + 1 >= view.end or view.tokens[at].low not in lex.coordinators or not view.tokens[at].word:
        return False
    role = view.tokens[at + 1]
    if not lex.is_role(role.low) or role.low.endswith(DEFINITE_ENDINGS):
        return False
    holder = next((p for p in participants if p.first > at + 1), None)
    if holder is None or holder.entity not in persons:
        return False
    scopes = {i for p in participants if p.first < holder.first and p.entity not in persons for i in range(p.first, p.end)}
    return holder.first == at + 2 or _holder_complement(view, at + 2, holder.first, scopes, lex)


def _holder_complement(view: SentenceView, first: int, end: int, scopes: set[int], lex: EventLexicon) -> bool:
    """Tokens `first`..`end` are a role's complement and its holder's name follows: a linker opens it and
    lower-case words (or the scope's name) fill it, a comma or a coordinator only inside a list of fields
    (`за енергетика, рударство и минерални суровини`); a coordinator or a comma right before the name
    coordinates or apposes another person instead (`министерот за финансии и Х`)."""
    between = view.tokens[first:end]
    if view.tokens[first].low not in lex.reporting.name_linkers or between[-1].low in lex.coordinators or not between[-1].word:
        return False
    words = [t for t in between if t.word and t.i not in scopes]
    return len(words) <= HOLDER_COMPLEMENT_WORDS and all((t.word and not t.cap) or t.i in scopes or t.text == "," for t in between)


def _governed_group(view: SentenceView, part: Participant, lex: EventLexicon, blockers: set[int],
                    participants: list[Participant], complements: frozenset[int] = frozenset()) -> Group:
    """A group with its governor. `Владата на Македонија`, `амбасадорот на Србија`: when `на`
    follows a noun naming an organ or an official, the phrase stands for that organ of the
    country, and the preposition before the organ noun (or none) governs the whole."""
    group = Group([part], clause=view.clause_of(part.first))
    group.governor, group.head_at = _governor(view, part.first, lex, blockers, participants, complements)
    if group.head_at is None:
        return group
    if group.governor == lex.genitive and any(t.low in lex.site_nouns for t in view.tokens[group.head_at + 2:part.first]):
        group.head_at = None  # `полицијата на граничниот премин Јариње`: a site named, the police's place
        return group
    if group.governor == lex.genitive and not lex.head_sector(view.tokens[group.head_at].low):
        # `министерката за надворешни работи на Грција`: the role past its complement heads the phrase
        # (members, `Министрите за … на ЕУ`, act for the body instead: see the coder's possessor subject)
        role = role_of(view, group.head_at + 1, lex)
        if role is not None and role >= view.clauses[group.clause].first and view.tokens[role].low not in lex.member_heads:
            group.head_at = role
    group.head = view.tokens[group.head_at].low
    if group.governor == lex.genitive:
        group.organ = lex.head_sector(group.head)
        # `со делегацијата на ММФ`: what governs the members governs the body; `од северниот дел на Газа`: the place;
        # `пред зградата на ДИК`: the body
        if group.organ or group.head in lex.member_heads or group.head in lex.place_parts or group.head in lex.seat_heads:
            before = view.tokens[group.head_at - 1] if group.head_at > view.first else None
            if group.head in lex.place_parts and before is not None and before.i in blockers and before.low in lex.governors:
                # (a place part a trigger's words end with: `излегоа на улиците на Ереван`, in Yerevan)
                group.governor = before.low
            else:
                group.governor, _ = _governor(view, group.head_at, lex, blockers, participants, complements)
    return group


def _opens_clause(view: SentenceView, first: int, participants: list[Participant], lex: EventLexicon) -> bool:
    """The name at token `first` is followed right by a verb's clitic (`… ја нападнаа`): a verb's subject."""
    end = next((p.end for p in participants if p.first == first), None)
    return end is not None and end < view.end and view.tokens[end].low in lex.verb_clitics


def _after_role(view: SentenceView, first: int, lex: EventLexicon) -> bool:
    """A `на` before token `first`, maybe past one lower-case adjective, completes a role noun (`претседателот на`,
    `лидерот на опозициската СП`)."""
    at = first - 1
    if at - 1 > view.first and view.tokens[at].word and not view.tokens[at].cap and view.tokens[at].low != lex.genitive:
        at -= 1
    return at > view.first and view.tokens[at].low == lex.genitive and role_of(view, at, lex) is not None


def role_of(view: SentenceView, at: int, lex: EventLexicon) -> int | None:
    """The role noun a preposition at token `at` completes, directly or past the role's
    lower-case complement (`комесарот за проширување на`): its index, else None."""
    for i in range(at - 1, max(view.first, at - 1 - ROLE_COMPLEMENT_WORDS) - 1, -1):
        tok = view.tokens[i]
        if lex.is_role(tok.low) or tok.low in lex.member_heads:  # `министрите` (the stem's vowel drops)
            return i
        if not tok.word or tok.cap or tok.low in lex.verb_clitics:
            return None
    return None


def _apposed_role_governor(view: SentenceView, role: int, lex: EventLexicon) -> str | None:
    """The preposition right before a role (past one adjective) whose holder is named after a
    comma (`со претседателот на Европскиот совет, X`); none when it links the role to another
    noun (`претседателот на претседателството на БиХ, X`, `кандидат за градоначалник на Белград, X`)."""
    at = role - 1
    if at > view.first and view.tokens[at].word and view.tokens[at].low.endswith(DEFINITE_ENDINGS) and view.tokens[at].low not in lex.governors:
        at -= 1
    low = view.tokens[at].low if at >= view.first else None
    return low if low in lex.governors and low not in lex.reporting.name_linkers else None


def _next_name(view: SentenceView, by_first: dict[int, Participant], end: int, lex: EventLexicon) -> Participant | None:
    """The name right after token `end`, after a comma there (an apposition: `директорот на
    Агенцијата, Панче Јовановски`) or after a linker of the role's scope (`директорката на Светска
    банка за Западен Балкан Ксенија Јовановиќ`), past a party member's noun after the comma (`гувернерот на
    Џорџија, републиканецот X`), and past the brackets of an alias (`лидерот на Демократската партија (ДП) Ана Ристова`)."""
    if end not in by_first and end < view.end and (view.tokens[end].text == "," or view.tokens[end].low in lex.reporting.name_linkers):
        end += 1
    if end not in by_first and end < view.end and view.tokens[end].text in ("(", ")"):
        end += 1
    if end not in by_first and end < view.end and view.tokens[end].low in lex.apposition_descriptors:
        end += 1
    return by_first.get(end)


def _coordinated(view: SentenceView, group: Group, first: int, lex: EventLexicon, blockers: set[int],
                 modifiers: set[int] = frozenset()) -> bool:
    """A name joins the group before it when a coordinator follows the group directly and only
    lower-case words (titles, adjectives) stand between it and the name, in one clause, or a
    role with its complement (`Петров и претседателот на Србија Вучиќ`), or members or an official of a body
    (`Петров и претставници на ММФ`), or the group's own preposition again (`со Макрон и со Стармер`). A comma alone joins
    bare names only (`САД, ЕУ и НАТО`, not `во ОН, Трамп`)."""
    # (the linker of a role's complement goes with it, past one adjective: `лидерот на опозициската СП Х`)
    between = [t for t in view.tokens[group.end:first] if t.i not in modifiers
               and not (t.low in lex.reporting.name_linkers and (t.i + 1 in modifiers or (
                   t.i + 2 in modifiers and view.tokens[t.i + 1].word and not view.tokens[t.i + 1].cap)))]
    if not between or (group.clause != view.clause_of(first) and not _apposed_coordination(view, group, first, lex)):
        return False
    if between[0].low not in lex.coordinators or any(t.i in blockers for t in between):
        return False
    if between[0].word and _role_before_holder(view, between[1:], first, lex):
        return True  # `Х и министерот за животна средина и просторно планирање Y`
    if len([t for t in between if t.word]) > COORDINATION_REACH:
        return False
    # (a comma alone before a role sets off an apposition: `Јан Гелфанд, шеф на Црвениот крст`)
    worded = any(t.word and t.low in lex.coordinators for t in between)
    if not worded and group.governor is not None:
        return False
    # (the group's preposition said again after the coordinator: `со Макрон и со Стармер`)
    repeated = between[1].i if len(between) > 1 and group.governor is not None and between[1].low == group.governor else None
    return all(t.low in lex.coordinators or (t.word and not t.cap and t.low not in lex.governors) or t.i == repeated
               or _members_of(view, t, first, lex) or (worded and _official_of(view, t, first, lex)) for t in between[1:])


def _role_before_holder(view: SentenceView, between: list[Token], first: int, lex: EventLexicon) -> bool:
    """`between` is a role (past at most two lower-case adjectives) and its complement before its holder's name
    at `first`."""
    role = next((n for n, t in enumerate(between[:ROLE_ADJECTIVES + 1]) if not t.word or t.cap or lex.is_role(t.low)), None)
    if role is None or not lex.is_role(between[role].low) or any(
            t.low in lex.governors or t.low in lex.coordinators or t.low in lex.verb_clitics for t in between[:role]):
        return False
    at = between[role].i + 1
    return at == first or (first > at + 1 and _holder_complement(view, at, first, set(), lex))


def _listed_after_preposition(view: SentenceView, group: Group, part: Participant, lex: EventLexicon,
                              blockers: set[int], persons: frozenset[str]) -> bool:
    """`во Скопје, Куманово и Тетово`: a bare name after a comma continues a governed group's
    list when a coordinator and another name close the list right after it, and it is a person
    only if the name before is one (`од Пактот на СРС, Бишчевиќ и Бусек ќе работат`: the subjects)."""
    after = part.end
    return (group.governor is not None and (part.entity in persons) == (group.members[-1].entity in persons) and [t.text for t in view.tokens[group.end:part.first]] == [","]
            and group.clause == view.clause_of(part.first) and after + 1 < view.end
            and view.tokens[after].low in lex.coordinators and view.tokens[after + 1].cap
            and not any(i in blockers for i in range(group.end, after + 2)))


def _apposition(view: SentenceView, group: Group, part: Participant, lex: EventLexicon, blockers: set[int]) -> bool:
    """The same entity named again after its role's complement, with or without a comma
    (`Српскиот министер за финансии, Петар Јовановиќ`; `Муцунски и грчкиот министер за надворешни
    работи Ѓоргос Герапетритис`: a role and its holder): one participant. Not past a relative word, which opens
    a clause of its own (`сатира со Х во која ѕвездата …`: the subject of that clause)."""
    between = view.tokens[group.end:part.first]
    words = between[:-1] if between and between[-1].text == "," else between
    return (part.entity in group.entities and len(between) <= ROLE_COMPLEMENT_WORDS + 1 and bool(between)
            and all(t.word and not t.cap and t.i not in blockers and t.low not in lex.relative_openers for t in words))


def _bracketed_alias(view: SentenceView, group: Group, part: Participant, lex: EventLexicon) -> bool:
    """A name in brackets right after one a preposition governs (`со германската Федерална криминалистичка служба
    (БКА)`): its acronym or other name, under the same preposition, no subject of a verb after it. (After a
    possessor's `на` it names the whole phrase: `Организацијата на потрошувачите на Македонија (ОПМ)`.) The same entity's
    acronym in brackets is it again under any governor (`Х и директорот на Европската банка за обнова и развој (ЕБОР)`)."""
    return ((group.governor not in (None, lex.genitive) or part.entity == group.members[-1].entity)
            and part.first == group.end + 1 and view.tokens[group.end].text == "("
            and part.end < view.end and view.tokens[part.end].text == ")")


def _apposed_coordination(view: SentenceView, group: Group, first: int, lex: EventLexicon) -> bool:
    """`Српскиот министер, Петар Јовановиќ, и директорот на банката, Јанис Папас, потпишаа`: a bare
    name set off by commas as a role's apposition, then `и` opening the next clause: the comma
    closed the apposition, not a clause, and the names are one compound subject."""
    k = view.clause_of(first)
    return (group.governor is None and k == group.clause + 1 and view.clauses[k].opener in lex.coordinators
            and group.members[-1].first - 1 > view.first and view.tokens[group.members[-1].first - 1].text == ","
            and view.tokens[group.end].text == "," and view.tokens[group.end + 1].i == view.clauses[k].first)


def _members_of(view: SentenceView, tok, first: int, lex: EventLexicon) -> bool:
    """The `на` of members right before the name (`Петров и претставници на ММФ`): the members act for it."""
    return tok.low == lex.genitive and tok.i + 1 == first and view.tokens[tok.i - 1].low in lex.member_heads


def _official_of(view: SentenceView, tok, first: int, lex: EventLexicon) -> bool:
    """The `на` of an unnamed official right before a capitalised name (`Петров и регионалниот директор на ЕБОР`):
    the official acts for the body (not a demonym's, which qualifies a noun after it: `водачот на хрватските Срби`)."""
    return tok.low == lex.genitive and tok.i + 1 == first and view.tokens[first].cap and lex.is_role(view.tokens[tok.i - 1].low)


def _kind_of_name(low: str, lex: EventLexicon) -> bool:
    """A noun naming the kind of the name after it: a town, an outlet, a party."""
    return low in lex.settlement_nouns or low in lex.reporting.outlet_nouns or low in lex.reporting.party_nouns


def _governor(view: SentenceView, first: int, lex: EventLexicon, blockers: set[int],
              participants: list[Participant], complements: frozenset[int] = frozenset()) -> tuple[str | None, int | None]:
    """The preposition governing the name at token `first`, and the index of the word before
    it (the possessed noun of `X на Y`). A name set off by a comma after a role phrase is the
    role's holder (`со претседателот на Европскиот совет, Антонио Коста`): what governs the role
    governs it. The name of a role's complement (`complements`, its tokens) is part of the role's
    phrase: its own prepositions govern nothing (`Директорот на Канцеларијата за Косово и
    Метохија Петар Петковиќ`: no `за`)."""
    clause_start = view.clauses[view.clause_of(first)].first
    taken = {i for p in participants for i in range(p.first, p.end)}
    apposed = first - 2 >= clause_start and view.tokens[first - 1].text == "," and view.tokens[first].cap  # a name, not a role
    i = first - 2 if apposed else first - 1
    definite = 0
    skipped = 0
    while i >= clause_start and first - i - skipped <= GOVERNOR_REACH:
        tok = view.tokens[i]
        if tok.i in complements:
            run = i
            # (past the linker between the complement's names: `пратеникот на ОН за Сирија Геир Педерсен`)
            while run - 1 >= clause_start and (view.tokens[run - 1].i in complements or (
                    run - 2 >= clause_start and view.tokens[run - 1].low in lex.reporting.name_linkers
                    and view.tokens[run - 2].i in complements)):
                run -= 1
            skipped += i - run + 1
            i = run - 1
            continue
        if tok.i in blockers or tok.i in taken:
            break
        if tok.low in lex.coordinators and _opens_clause(view, first, participants, lex):
            # `купуваат имот на месечината и српските хакери ја нападнаа …`: a name after `и` that a verb
            # follows is the subject of the next clause, not a second object of the preposition before
            break
        if i == first - 1 and (tok.low in lex.document_nouns or tok.low in lex.reporting.document_nouns
                               or tok.low.startswith(lex.gathering_stems)):
            # `Во писмото Владата ја повика …`, `На церемонијата Х изјави …`: a document or a gathering names no one,
            # the name after it opens its own phrase
            break
        if (i == first - 1 and tok.word and not tok.cap and tok.low.endswith(DEFINITE_ENDINGS) and not lex.is_role(tok.low)
                and not _kind_of_name(tok.low, lex) and _opens_clause(view, first, participants, lex)):
            # `По инцидентот МВР ги засили …`: a name takes no noun before it without `на` but its kind's (`градот
            # Куманово`, `агенцијата Танјуг`), so one a verb's clitic follows is the subject of that verb, past the noun
            # that ended the preposition's phrase
            break
        if tok.word and not tok.cap and len(tok.low) > 4 and tok.low.endswith(DEFINITE_ENDINGS) and tok.low not in lex.governors:
            definite += 1
            if definite > 1:  # `На денот на поднесувањето српскиот претседател Борис Тадиќ`: one article a
                break         # noun phrase, so a second one opens the phrase of the name, no preposition's
            before = view.tokens[i - 1] if i - 1 >= clause_start else None
            if (before is not None and before.word and before.cap and before.i not in taken
                    and before.low not in lex.governors and before.low not in lex.preposition_phrase_ends):
                # `напиша на Твитер американскиот претседател Доналд Трамп`: the article opens the name's phrase; a
                # preposition before the capitalised word ahead of it governs that word, not the name
                break
        for words, prep in lex.preposition_phrases if tok.low in lex.preposition_phrase_ends else ():
            if i - len(words) + 1 >= clause_start and tuple(view.words(i - len(words) + 1, i + 1)) == words:
                return prep, None
        if tok.low in lex.governors:
            role = role_of(view, i, lex) if i < first - 1 else None
            if role is not None and role >= clause_start:
                # `од министерот за внатрешни работи Панче Тошковски`, `комесарот за проширување на
                # ЕУ Оли Рен`: the name is the role's; what governs the role governs it
                if apposed:
                    return _apposed_role_governor(view, role, lex), None
                return _governor(view, role, lex, blockers, participants, complements)[0], None
            if apposed and not lex.is_role(view.tokens[first - 2].low):
                return None, None  # `за економијата, X рече`: the comma ended the phrase before the name
            return tok.low, (i - 1 if i - 1 >= clause_start and view.tokens[i - 1].word else None)
        if not tok.word and tok.text not in QUOTE_MARKS:
            break
        i -= 1
    return None, None
