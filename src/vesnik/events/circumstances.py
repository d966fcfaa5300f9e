"""An event's circumstances: its place, status (negated, future, hypothetical), date, mode,
context and reporting source.

A part of the event coder's document run (`vesnik.events.coder`), which mixes it in."""
from __future__ import annotations

from datetime import date, timedelta

from vesnik.document import Entity, PLACE_TYPES
from vesnik.events.base import (ACT_PLACE_REACH, CLOSING_QUOTES, DEMONYM_PLACE_REACH, MISSION_OWNER_REACH, Arguments, Candidate, GATHERING_REACH,
                                INTERNATIONAL, QUESTION_BOUNDS, STATE_SECTORS, STATUS_REACH, UNTIL_REACH, opened_by, has_until)
from vesnik.events.lexicon import Trigger
from vesnik.events.sentence import Group, SentenceView
from vesnik.kb import load_kb
from vesnik.time import governing_time, ranked_times, reference_date
from vesnik.time.calendar import period_end, period_start
from vesnik.time.words import date_words


class Circumstances:
    def _location(self, view: SentenceView, cand: Candidate, args: Arguments, ahead: bool = True, told: bool = False) -> str | None:
        """The place of the event: a GPE/LOC under a location preposition, in the trigger's
        clause, else in its sentence outside what a later clause tells (without `ahead`, in the clauses up to the trigger's and no
        further than ACT_PLACE_REACH words after the trigger: `… го продолжуваше мандатот на
        војската за операции против бунтовниците во северен Ирак` tells the operations' place);
        never one of the participants."""
        used = set(args.actor) | set(args.recipient)
        k = view.clause_of(cand.first)

        def places(groups):
            return self._places_among(view, [g for g in groups if ahead or g.first - cand.end < ACT_PLACE_REACH], used, told)

        # (nor a place of what a later `дека`, `да` or relative clause tells, `ја обвини Турција дека … во Егејот`, nor a
        # body's seat, unless `told` asks for any place the act concerns: `ќе донира … за проекти кои … во Босна`,
        # `ги повика властите во Бања Лука` tell its recipient's state)
        for pool in ([g for g in view.groups if g.clause == k],
                     [g for g in view.groups if (ahead or g.clause <= k) and (told or not self._told_after(view, k, g.clause))]):
            found = places(pool)
            if found:
                return min(found, key=lambda g: abs(g.first - cand.first)).entities[0]
        return self._demonym_place(view, cand, used, ahead)

    def _places_among(self, view: SentenceView, groups: list[Group], used: set[str], told: bool = False) -> list[Group]:
        """The groups that name a place where an act may happen: under a location preposition or a place part's `на`
        (`протестираа на улиците на Ереван`, `на северот на Косово`), no participant, no mission's seat (nor a body's,
        unless `told`: see `_location`)."""
        return [g for g in groups if (g.governor in self.lex.location_prepositions
                                      or g.governor == self.lex.genitive and g.head in self.lex.place_parts) and self._place_group(g)
                and not used & set(g.entities)
                and not self._mission_seat(view, g, self.lex.mission_seat_stems + (() if told else self.lex.body_seat_stems))]

    def _demonym_place(self, view: SentenceView, cand: Candidate, used: set[str], ahead: bool) -> str | None:
        """The state of a demonym before a noun of towns or villages under a location preposition (`протестираа во
        повеќе полски градови`), in the clauses `_location` reads: the act's place when no name gives one."""
        tokens, k = self.text.tokens, view.clause_of(cand.first)
        found = []
        for i in range(view.first + 2, view.end):
            ent = self.demonym_ends.get(i) if tokens[i].low in self.lex.settlement_nouns else None
            if (ent is None or not ent.country or ent.id in used or not (ahead or view.clause_of(i) <= k)
                    or not (ahead or i - cand.end < ACT_PLACE_REACH)):
                continue
            if any(tokens[j].low in self.lex.location_prepositions for j in range(max(view.first, i - 2 - DEMONYM_PLACE_REACH), i - 1)):
                found.append((view.clause_of(i) != k, abs(i - cand.first), ent.id))
        return min(found)[2] if found else None

    def _mission_seat(self, view: SentenceView, group: Group, stems: tuple[str, ...] | None = None) -> bool:
        """A place after a mission noun and at most its owner (`амбасадата во Белград`, `Амбасадата на ЕУ во
        Тирана`): where the mission sits, not where the act happens, unless a preposition of place makes the
        mission the site (`пред конзулатот во Солун`; past a possessive: `пред нивната амбасада во …`). `stems`
        widens the nouns (the place of an act also skips a body's seat: `властите во Анкара`)."""
        stems = stems or self.lex.mission_seat_stems
        mission = next((k for k in range(group.first - 2, max(view.first, group.first - MISSION_OWNER_REACH) - 1, -1)
                        if view.tokens[k].low.startswith(stems)), None)
        return mission is not None and not any(
            t.low in self.lex.mission_site_prepositions for t in view.tokens[max(view.first, mission - 2):mission])

    def _mission_host(self, view: SentenceView) -> str | None:
        """The country of the seat of a mission the sentence names (`Амбасадата на САД во Сараево ја поздрави
        одлуката на судот`): the unnamed organs the mission speaks of are the host state's, not its own."""
        seats = {self.entities[g.entities[0]].country for g in view.groups
                 if g.governor in self.lex.location_prepositions and self._place_group(g) and self._mission_seat(view, g)}
        seats |= {seat for g in view.groups for e in g.entities if (seat := self._seat_in_name(e))}
        return next(iter(seats)) if len(seats) == 1 else None

    def _seat_in_name(self, ident: str) -> str | None:
        """The country of the seat a mission's own name tells (`Американската амбасада во Скопје`, one name)."""
        ent = self.entities.get(ident)
        for m in ent.mentions if ent is not None and ent.type == "ORG" else ():
            words = m.text.split()
            mission = next((i for i, w in enumerate(words) if w.lower().startswith(self.lex.mission_seat_stems)), None)
            if mission is None:
                continue
            at = next((i for i in range(mission + 1, len(words)) if words[i] in self.lex.location_prepositions), None)
            if at is not None and at - mission <= MISSION_OWNER_REACH:
                states = {a.country for a in load_kb().lookup(" ".join(words[at + 1:]), ["name", "alias", "capital"])
                          if a.type in PLACE_TYPES and a.country}
                if len(states) == 1:
                    return states.pop()
        return None

    def _poll_count(self, view: SentenceView, actors: list[str], etype: str) -> bool:
        """A sentence with a poll word whose actors are all civilians (`62 отсто од испитаниците ја
        критикуваат Владата`), or that credits a poll (`…, според анкетата`), tells the share of a
        population a poll counts, no act; so does civilians' backing or refusal where a ballot is told
        (`на изборите граѓаните дадоа поддршка на партијата`)."""
        words = view.words(view.first, view.end)
        civilians = all(a in self.entities and self.entities[a].sector in self.lex.poll_sectors for a in actors)
        if civilians and etype in self.lex.ballot_types and any(w.startswith(self.lex.ballot_words) for w in words):
            return True
        if not any(w.startswith(self.lex.poll_words) and not (  # (`за 20 отсто`, `од осум отсто`: an amount)
                i >= 2 and (words[i - 1][:1].isdigit() or words[i - 1] in self.lex.number_words)
                and words[i - 2] in self.lex.poll_amount_prepositions)
                   for i, w in enumerate(words)):
            return False
        return civilians or view.has_sequence(view.first, view.end, self.lex.poll_sources)

    def _meeting_place(self, view: SentenceView, cand: Candidate) -> str | None:
        """The place a meeting is told in, before its verb or right after it (`во Вашингтон се сретна`,
        `се сретна во Дамаск со …`), not one further in the clause (`разговараше за доаѓањето … во Македонија`)."""
        k = view.clause_of(cand.first)
        found = [g for g in view.groups if g.clause == k and g.governor in self.lex.location_prepositions
                 and self._place_group(g) and (g.first < cand.first or g.first <= cand.end + 1)]
        return found[0].entities[0] if len(found) == 1 else None

    # ---- status, date, mode, context, attribution ------------------------------------------

    def _offered_possibility(self, view: SentenceView, cand: Candidate) -> bool:
        """`може да понуди` right before an offer entry: what a party says it can offer is offered, unless
        someone forecasts it or it is a purpose or a duty (`за да може да понуди`)."""
        lex = self.lex
        return (cand.trigger.offered_possibility
                and view.has_sequence(max(view.first, cand.first - 4), cand.first, lex.offer_modals)
                and not view.contains(view.first, cand.first, lex.forecast_words)
                and not view.has_sequence(view.first, cand.first,
                                          [s for s in lex.hypothetical_sequences if s not in lex.offer_modals]))

    def _setting_ahead(self, view: SentenceView, cand: Candidate) -> bool:
        """A meeting noun set as the scene of its clause (`на состанокот во среда`) whose verb, the first after it
        past a relative aside set off by commas (`, на кој …,`) or brackets, is future (`… ќе одлучат`): the meeting
        is one to come (guidelines: a scheduled meeting is AGREE). A clitic, a coordinator or a told clause first
        (`го избраа`, `и … ќе`, `рекоа дека ќе`) puts the future in another act."""
        lex = self.lex
        if not (cand.trigger.noun and cand.trigger.type == "CONSULT" and cand.first > view.first
                and self.text.tokens[cand.first - 1].low in lex.reporting.prepositions):
            return False
        i = cand.end
        while i < view.end:
            low = self.text.tokens[i].low
            if low in lex.future:
                return True
            if low in lex.relative_openers or low == "(":  # (and a bracketed date: `во среда (28-ми февруари)`)
                close = ")" if low == "(" else ","
                i = next((j for j in range(i, view.end) if self.text.tokens[j].text == close), view.end)
            elif low in lex.reporting.complementisers or low in lex.verb_clitics or (
                    low in lex.coordinators and self.text.tokens[i].word):
                return False
            i += 1
        return False

    def _status(self, view: SentenceView, cand: Candidate) -> tuple[str, list[str]]:
        """From the words just before the trigger (`не`, `ќе`, `би`), the word that opened its
        clause (`ако`, `нема да`, `за да`, `планира да`) and cue sequences in the clause."""
        lex = self.lex
        clause = view.clauses[view.clause_of(cand.first)]
        if clause.opener in lex.subjunctive and self._resumed_clause(view, cand) is not None:
            # `рече дека Србија мора да ги повлече … и ја обвини`: the `да` is the told obligation's; the
            # speaker's verb after `и` has only clitics before it, neither negated nor future
            return "asserted", []
        light = self._light_verb(view, cand) if cand.trigger.noun else None
        anchor = cand.span_first if light is None else light  # (`ќе го усвои 19-тиот пакет санкции`: the verb's status)
        near = set(view.words(max(clause.first, anchor - STATUS_REACH), cand.span_first))
        if cand.trigger.noun and light is None and self._opens_clause(view, cand):
            after = self._verb_after(view, cand)  # `Нова помош за Украина најави Канада`: the verb after tells it
            near |= set(view.words(max(cand.end, after - STATUS_REACH), after + 1)) if after is not None else set()
        if cand.trigger.noun_first and self._opens_clause(view, cand):  # `Санкции против Иран ќе воведе`
            near |= set(view.words(cand.first + 1, cand.end))
        if cand.trigger.sequence:  # `разговорите завршија без договор`: a negation in a sequence's gap negates it
            near |= {w for w in view.words(cand.first + 1, cand.end - 1) if not any(w in part for part in cand.trigger.sequence)}
        if clause.opener in lex.hypothetical_openers:  # (`доколку Хамас не ги ослободи`: a condition, negated or not)
            return "hypothetical", ["condition"]
        # a purpose or possibility phrase reaches to the next comma (`Со цел да се осигури …,
        # земјите се согласија`: the agreement itself is an act); one that opens the clause holds
        # a negation too (`за можноста да не се постигне договор`)
        comma = max((i for i in range(clause.first, cand.first) if self.text.tokens[i].text == ","), default=None)
        if self._frustrated(view, clause):  # before a possibility: `не можеа да се сретнат` tells it not done
            return "negated", ["frustrated"]
        if ((cand.trigger.type == "CONSULT" or cand.trigger.location_as_recipient or cand.trigger.schedulable)
                and opened_by(clause, lex.scheduled_modals) and self._dated_ahead(view)):
            # `утре треба да се сретне`, `во петокот треба да пристигне во X`, `следниот петок треба да ја потпише
            # спогодбата`: a meeting, a trip or a signing set for a day to come
            return "future", ["future:scheduled"]
        if opened_by(clause, lex.hypothetical_sequences) and comma is None:
            return "hypothetical", ["purpose-or-condition"]
        if (near & lex.negation and not self._negated_governor(view, cand, light, anchor)) or opened_by(clause, lex.negated_future):
            return "negated", ["negation"]
        if near & lex.hypothetical:
            return "hypothetical", ["conditional"]
        if self._asked(view, cand):
            return "hypothetical", ["question"]
        if view.has_sequence(clause.first if comma is None else comma + 1, cand.first, lex.hypothetical_sequences):
            return "hypothetical", ["purpose-or-condition"]
        if comma is None and clause.opener in lex.subjunctive and view.has_sequence(
                self._comma_segment_start(view, clause.first), clause.first, lex.hypothetical_sequences):
            return "hypothetical", ["purpose-or-condition"]  # `Во случај Русија да нападне …`: its subject before `да`
        if self._doubted(view, clause):
            return "hypothetical", ["doubted"]
        if near & lex.future:
            return self._said_now(cand) or ("future", ["future"])
        if light is None and self._setting_ahead(view, cand):
            return "future", ["future:setting"]
        if clause.opener in lex.subjunctive and self._future_governed(view, clause):
            return self._said_now(cand) or ("future", ["future:intent"])
        if cand.trigger.announced or cand.trigger.noun and any(w.startswith(lex.future_governors) for w in near):
            return "future", ["future:announced"]  # `синдикатите најавија штрајк`, `планираат протест`, `повикаа на штрајк`
        if cand.trigger.noun and (view.has_sequence(cand.end, clause.end, lex.scheduled_sequences)
                                  or view.has_sequence(max(clause.first, cand.first - 2), cand.first, lex.scheduled_sequences)):
            # `Посетата … е закажана за март`; the phrase right before the noun (`За петок е закажана средба меѓу …`)
            return "future", ["future:scheduled"]
        if not cand.trigger.noun and view.has_sequence(max(clause.first, anchor - STATUS_REACH), cand.span_first,
                                                       lex.habitual_sequences):
            return "historical", ["historical:habitual"]
        if view.has_sequence(clause.first, clause.end, lex.historical_sequences):
            return "historical", ["historical"]
        return "asserted", []

    def _dated_ahead(self, view: SentenceView) -> bool:
        """A time expression of the sentence starts on or after the publication date (`утре`, `во петокот` told
        ahead; `денеска треба да се сретне`: a meeting set for the day of the report, not yet held) or is a period
        that ends after it (`до крајот на месецот`, `оваа недела`: a deadline still open)."""
        published = self.doc.published
        return published is not None and any(
            view.first <= self.text.token_at(t.start) < view.end and t.value
            and ((period_start(t.value) or date.min) >= published or (period_end(t.value) or date.min) > published)
            for t in self.doc.times)

    def _comma_segment_start(self, view: SentenceView, at: int) -> int:
        """The first token after the last comma of the sentence before `at`."""
        return max((i + 1 for i in range(view.first, at) if self.text.tokens[i].text == ","), default=view.first)

    def _negated_governor(self, view: SentenceView, cand: Candidate, light: int | None, anchor: int) -> bool:
        """`не одговорија на повикот`: a noun after a preposition is the object of a negated verb of
        its own, the act it names is not denied."""
        if not cand.trigger.noun or light is not None:
            return False
        negation = max((i for i in range(max(view.first, anchor - STATUS_REACH), cand.span_first)
                        if view.tokens[i].low in self.lex.negation), default=None)
        return negation is not None and any(view.tokens[i].low in self.lex.reporting.prepositions
                                            for i in range(negation + 1, cand.span_first))

    def _until_condition(self, view: SentenceView, cand: Candidate) -> bool:
        """The trigger is the negated verb of an `until` clause (`додека Киев не ги повлече силите`): the condition."""
        tokens = self.text.tokens
        opener = next((i for i in range(cand.first - 1, max(view.first, cand.first - UNTIL_REACH) - 1, -1)
                       if tokens[i].low in self.lex.until_openers or tokens[i].text == ","), None)
        return (opener is not None and tokens[opener].low in self.lex.until_openers
                and any(t.low in self.lex.negation for t in tokens[opener + 1:cand.first]))

    def _conditioned(self, view: SentenceView, cand: Candidate) -> bool:
        """Another clause of the sentence, or its first word, sets a condition (`доколку`, `ако`), or
        an `until` after the trigger does (`додека Тирана не ги исполни условите`)."""
        k = view.clause_of(cand.first)
        tokens = self.text.tokens
        return (tokens[view.first].low in self.lex.hypothetical_openers
                or any(c.opener in self.lex.hypothetical_openers for n, c in enumerate(view.clauses) if n != k)
                or has_until([t.low for t in tokens[cand.end:view.end]], self.lex))

    def _condition_subject(self, view: SentenceView, cand: Candidate, actors: list[str], own: set[str]) -> list[str]:
        """The bare name in another clause of the sentence that sets a condition (`доколку`,
        `ако`, `додека … не`), neither an actor nor of the actors' own country, unless the actors are no organ of
        their state and the name is no place (`Синдикатот најави штрајк доколку Владата не …`: a union
        threatens its government)."""
        k = view.clause_of(cand.first)
        conditions = {n for n, c in enumerate(view.clauses) if n != k and c.opener in self.lex.hypothetical_openers}
        tokens = self.text.tokens
        untils = [i for i in range(cand.end, view.end)  # (`… додека Владата не попушти`: its subject)
                  if tokens[i].low in self.lex.until_openers
                  and has_until(view.words(i, i + 1 + UNTIL_REACH), self.lex)]
        if k and self.text.tokens[view.first].low in self.lex.hypothetical_openers:
            conditions.add(0)  # (`Ако Украина …, Русија ќе …`: the sentence opens with the condition)
        state_side = any(a not in self.entities or self.entities[a].sector in STATE_SECTORS for a in actors)
        group = next((g for g in view.groups
                      if (g.clause in conditions or any(u < g.first <= u + UNTIL_REACH for u in untils))
                      and g.governor is None
                      and not set(g.entities) & set(actors) and not (self._of_countries(g, own) and (
                          state_side or any(self.entities[e].type in PLACE_TYPES for e in g.entities if e in self.entities)))),
                     None)
        return self._group_entities(group) if group is not None else []

    def _warned(self, view: SentenceView, cand: Candidate) -> bool:
        """The trigger's clause is what a verb of warning says (`предупреди дека ќе …`, also past
        its one-word object: `ја предупреди Москва дека …`)."""
        return self._warning_clause(view, cand) is not None

    def _warning_clause(self, view: SentenceView, cand: Candidate, verbs: frozenset[str] | None = None) -> int | None:
        """The `дека` clause right after the verb of warning (or one of `verbs`) whose statement holds the trigger,
        also through a second `и дека` of the same warning (`предупреди дека нема да толерира … и
        дека ќе одговори`)."""
        complementisers = self.lex.reporting.complementisers
        k = self._said_clause(view, cand)
        while view.clauses[k].opener in complementisers:
            clause = view.clauses[k]
            if set(clause.before_opener) & (verbs or self.lex.warning_verbs):
                return k
            if clause.before_opener[-1:] and clause.before_opener[-1] in self.lex.coordinators:
                k = next((n for n in range(k - 1, 0, -1) if view.clauses[n].opener in complementisers), 0)
                continue
            break
        return None

    def _said_clause(self, view: SentenceView, cand: Candidate) -> int:
        """The clause a statement's `дека` opens, also above the `да` of `нема да …` in it."""
        k = view.clause_of(cand.first)
        return k - 1 if k and view.clauses[k].opener in self.lex.subjunctive else k

    def _warned_party(self, view: SentenceView, cand: Candidate) -> list[str]:
        """The named object of the verb of warning, right before its `дека` (`ја предупреди Москва дека`)."""
        k = self._warning_clause(view, cand)
        if k is None:
            return []
        opener_at = view.clauses[k].first
        group = next((g for g in view.groups if g.end == opener_at and g.governor is None and opener_at - g.first == 1), None)
        return self._group_entities(group) if group is not None else []

    def _asked(self, view: SentenceView, cand: Candidate) -> bool:
        """The trigger's sentence part ends in a question mark (`Ќе го нападнете ли …?`): the act
        is asked about, not told (a full stop or a closing quote before it ends the part)."""
        for tok in self.text.tokens[cand.end:view.end]:
            if tok.text == "?":
                return True
            if tok.text in QUESTION_BOUNDS:
                return False
        return False

    def _doubted(self, view: SentenceView, clause) -> bool:
        """A `да`/`дека` clause right after a denied expectation or belief (`не очекуваат Вучиќ да
        се согласи`): what it tells is doubted, no act."""
        k = view.clauses.index(clause)
        if k == 0 or clause.opener not in self.lex.subjunctive | self.lex.reporting.complementisers:
            return False
        prev = view.clauses[k - 1]
        return view.has_sequence(prev.first, prev.end, self.lex.doubted_sequences)

    def _frustrated(self, view: SentenceView, clause) -> bool:
        """A `да` clause right after a failure, inability, unwillingness or prevention (`не
        успеаја да се сретнат`, `беа спречени да присуствуваат`): its act is not done."""
        k = view.clauses.index(clause)
        if k == 0 or clause.opener not in self.lex.subjunctive:
            return False
        words = view.words(view.clauses[k - 1].first, view.clauses[k - 1].end)
        return any(tuple(words[-len(seq):]) == seq for seq in self.lex.frustrated_sequences)

    def _told_generally(self, view: SentenceView, cand: Candidate, sequences: tuple[tuple[str, ...], ...]) -> bool:
        """A verb trigger after one of `sequences` in its clause, or in the clause its `да` clause completes: a subject
        that is nobody or anyone (`никој не може да ѝ забрани`, `Кога некој е обвинет`), or a habit (`секогаш се среќава`)."""
        if cand.trigger.noun:  # (`Никој не ја презеде одговорноста за нападот`: the attack is still told)
            return False
        k = view.clause_of(cand.first)
        clause = view.clauses[k]
        first = view.clauses[k - 1].first if k and clause.opener in self.lex.subjunctive else clause.first
        words = view.words(first, cand.first)
        for seq in sequences:
            starts = [i for i in range(len(words) - len(seq) + 1) if tuple(words[i:i + len(seq)]) == seq]
            # (`„никој не е над законот“ и ги повика …`: a verb after a quote's end or a conjunction has its own subject)
            if starts and not set(words[starts[-1] + len(seq):]) & (self.lex.clause_coordinators | CLOSING_QUOTES):
                return True
        return False

    def _said_now(self, cand: Candidate) -> tuple[str, list[str]] | None:
        """A thanks, praise or apology in the first person after `ќе` or `сакам да` (`сакам да им се заблагодарам`,
        `ќе го поздравам донесувањето`) is given by saying it: asserted, not an intention."""
        if cand.trigger.id in self.lex.performatives and self._first_person_verb(cand):
            return "asserted", ["performative"]
        return None

    def _future_governed(self, view: SentenceView, clause) -> bool:
        """A `да` clause after an intention verb (`планира да`, `ќе ... да`)."""
        k = view.clauses.index(clause)
        if k == 0:
            return False
        prev = view.clauses[k - 1]
        words = view.words(prev.first, prev.end)
        return any(w in self.lex.future for w in words) or any(w.startswith(self.lex.future_governors) for w in words)

    def _date(self, view: SentenceView, first: int, end: int, own_subject: bool = False) -> tuple[str | None, bool]:
        """The date of the trigger's tokens [first, end): its governing time expression, or the next of the
        sentence's when that one dates another act (`изјави вчера дека нема простор … и понуди тоа да се исплати од
        јануари`: the month is the offered thing's, the speech's day dates both acts), else the date of the record's
        part it stands in, else the publication date."""
        tokens = self.text.tokens
        for found in ranked_times(self.doc, tokens[first].start, tokens[end - 1].end, self.lang):
            if (found.value and not self._told_date(view, first, found.start)
                    and not (own_subject and self._contrasted_date(view, first, found.start))
                    and not self._second_predicate_date(end, found.start)
                    and not self._reported_future_date(view, first, found.start)):
                return found.value, False
        told = reference_date(self.doc, tokens[first].start)
        return (told.isoformat(), True) if told else (None, False)

    def _dated_after(self, cand: Candidate) -> bool:
        """The trigger's governing time expression stands after it (`договорија средба во мај`)."""
        tokens = self.text.tokens
        found = governing_time(self.doc, tokens[cand.first].start, tokens[cand.end - 1].end, self.lang)
        return found is not None and found.start >= tokens[cand.end - 1].end

    def _interval_before(self, view: SentenceView, first: int) -> str | None:
        """The day of an act in a clause told a counted number of days, weeks or years before the clause it
        follows (`Протестот се одржа еден ден откако судот ги укина …`, `… точно една година откако беше уапсен`):
        that clause's date less the interval."""
        words = date_words(self.lang)
        tokens = self.text.tokens
        opener = next((k for k in range(first - 1, view.first + 1, -1)
                       if tokens[k].low in words.interval_before_openers or tokens[k].low in words.clause_words), None)
        if opener is None or tokens[opener].low not in words.interval_before_openers:
            return None
        count, unit_word = tokens[opener - 2].low, tokens[opener - 1].low
        unit = words.units_singular.get(unit_word) or words.units_plural.get(unit_word)
        number = words.numbers.get(count) if unit in ("day", "week", "year") else None
        at = opener - 3  # the last word of the clause before
        while at > view.first and not tokens[at].word:
            at -= 1
        if number is None or at < view.first:
            return None
        # (an act with a day of its own in its clause keeps it: `еден ден откако авионите во вторникот извршија напад`)
        own = governing_time(self.doc, tokens[first].start, tokens[first].end, self.lang)
        if own is not None and own.value and own.start > tokens[opener].end:
            return None
        when, _ = self._date(view, at, at + 1)
        if when is None or len(when) != len("YYYY-MM-DD"):
            return None
        day = date.fromisoformat(when)
        if unit == "year":  # (the same day so many years before; 29 February falls back on the 28th)
            return day.replace(year=day.year - number, day=min(day.day, 28) if (day.month, day.day) == (2, 29) else day.day).isoformat()
        return (day - timedelta(days=number * (7 if unit == "week" else 1))).isoformat()

    def _coming_weekday(self, cand: Candidate, when: str | None) -> str | None:
        """A weekday after an act announced for later (`најави протест во сабота`), resolved on or
        before the publication date by a clause with no future word, is the coming one."""
        tokens = self.text.tokens
        found = governing_time(self.doc, tokens[cand.first].start, tokens[cand.end - 1].end, self.lang)
        published = self.doc.published
        if (found is None or found.value != when or found.rule != "weekday" or published is None
                or found.start < tokens[cand.end - 1].end or date.fromisoformat(when) > published):
            return when
        return (date.fromisoformat(when) + timedelta(days=7)).isoformat()

    def _reported_future_date(self, view: SentenceView, first: int, at: int) -> bool:
        """A date in the future told in a `дека` clause before the trigger, the trigger's verb joined after it
        and not in the future (`рече дека парите ќе бидат исплатени за две недели и ги повика работниците`),
        dates what is told, not the speaker's next act."""
        tokens = self.text.tokens
        clause = view.clauses[view.clause_of(first)]
        date_at = self.text.token_at(at)
        if clause.opener not in self.lex.reporting.complementisers or not clause.first < date_at < first:
            return False
        joint = next((k for k in range(first - 1, date_at, -1) if tokens[k].low in self.lex.clause_coordinators), None)
        return (joint is not None and all(tokens[k].low in self.lex.verb_clitics for k in range(joint + 1, first))
                and any(tokens[k].low in self.lex.future for k in range(clause.first, joint)))

    def _second_predicate_date(self, end: int, at: int) -> bool:
        """A date after a second act joined to the trigger's (`изрази солидарност со лекарите и најави протест за
        сабота`, `го отфрли предлогот, но закажа средба во петок`) dates that act, not the trigger's."""
        tokens = self.text.tokens
        for k in range(end, self.text.token_at(at)):
            if tokens[k].low not in self.lex.clause_coordinators:
                continue
            verb = next((t for t in tokens[k + 1:k + 4] if t.low not in self.lex.verb_clitics), None)
            if verb is not None and (verb.low in self.lex.single or verb.low in self.lex.sequences):
                return True
        return False

    def _contrasted_date(self, view: SentenceView, first: int, at: int) -> bool:
        """A date of a clause before a contrasted one with a subject of its own (`… од 1950, но
        Соединетите Држави тврдат`, `…, а Вучиќ изјави`) is not the date of that clause's act, unless
        the contrasted clause sets its act in the evening of that day (`…, а судот доцна вечерта определи`) or the
        date is that of the gathering where both were done."""
        own = view.clause_of(first)
        clause = view.clauses[own]
        if any(t.low in date_words(self.lang).account_day_parts for t in self.text.tokens[clause.first:clause.end]):
            return False
        k = max((n for n, c in enumerate(view.clauses) if self.text.tokens[c.first].start <= at), default=own)
        openers = self.lex.new_subject_openers | self.lex.contrast_openers
        # (nor a relative clause dating the gathering the sentence tells, the scene of both acts: `на самитот, кој
        # заврши синоќа, се договорија …, но Орбан го блокираше …`)
        return (k < own and any(c.opener in openers for c in view.clauses[k + 1:own + 1])
                and not (view.clauses[k].opener in self.lex.relative_openers and self._dated_gathering(view, k)))

    def _told_date(self, view: SentenceView, first: int, at: int) -> bool:
        """A date inside a later `дека`, `да` or relative clause dates what is told, asked or
        described, not the act of the clause before (`го обвини дека во 2020 …`, `го повика
        Собранието да го изгласа законот до крајот на декември`, `условите, кои ги постави пред две години`)."""
        trigger_at = self.text.tokens[first].start
        if any(q.direct and q.start <= at < q.end and not q.start <= trigger_at < q.end for q in self.doc.quotes):
            return True  # `„… што ни го вети пред една година“, изјави X, која ја обвини …`: a date in quoted words dates what they tell
        own = view.clause_of(first)
        k = max((n for n, c in enumerate(view.clauses) if self.text.tokens[c.first].start <= at), default=own)
        if (k == own and view.clauses[own].opener in self.lex.relative_openers and at < self.text.tokens[first].start
                and any(t.text == "," for t in self.text.tokens[self.text.token_at(at):first])
                and not any(t.text == "," for t in self.text.tokens[view.clauses[own].first:self.text.token_at(at)])):
            # `Маркиќ, кој беше уапсен во октомври 2024, ја негираше вината`: the relative, closed before the verb, dates him;
            # one dating a gathering dates what was done at it (`на самитот, кој заврши синоќа, постигнаа договор`), so
            # does one telling the subject's gathering (`Министрите, кои се состанаа во понеделникот, ја поддржаа`); a
            # time after the relative's closing comma is the verb's (`Ромите, кои живеат во Скопје, во понеделникот протестираа`)
            return not (self._dated_gathering(view, own) or self._gathering_told(view.clauses[own].first, first))
        if own == 0 and k > 1 and view.clauses[k].resumes_subject and view.clauses[k - 1].opener in self.lex.relative_openers:
            return False  # (the same, when the predicate past the relative clause opens a clause of its own)
        if (own == 0 and k == 1 and view.clauses[1].opener in self.lex.relative_openers
                and self.text.tokens[view.clauses[1].first - 1].text == ","
                and any(t.text == "," for t in self.text.tokens[view.clauses[1].first:self.text.token_at(at)])):
            # `Протестот на земјоделците, кои бараат …, се одржа вчера`: past the relative clause set off by
            # commas, the sentence's own predicate dates its subject
            return False
        if 0 < k < own and any(c.resumes_subject for c in view.clauses[k + 1:own + 1]):
            # `Вучиќ, кој вчера тврдеше дека …, го повика`: the relative clause's date is its own, also for what the
            # subject's verb after it tells (`X, кој синоќа разговараше со Y, изјави дека Либан останува посветен`); not
            # one telling the subject's gathering, which dates what they did at it (`Лидерите, кои вчера се собраа на самитот, се обврзаа`),
            # nor one on the gathering itself (`Министрите на состанокот во Рим, кој заврши вчера, се договорија`)
            return not (self._dated_gathering(view, k) or self._gathering_told(view.clauses[k].first, view.clauses[k].end))
        if (k == own + 1 and view.clauses[k].opener in self.lex.relative_openers
                and view.clauses[k].first - GATHERING_REACH <= first
                and self.text.tokens[first].low.startswith(self.lex.gathering_stems)):
            return False  # `на самитот во Брисел, кој заврши синоќа, …`: the relative dates the gathering it describes
        if own and k == own - 1 and self._before_closed_relative(view, own) != k:
            return True  # `… примирјето што Израел го потпиша во октомври, и ги повика`: so is a relative's closed by `, и`
        tag = view.clauses[k]
        if k > own and tag.opener in self.lex.reporting.verbs:
            return False  # the speech tag closing the sentence (`…, со кој …, соопшти вчера банката`) dates what it tells
        return self._told_after(view, own, k)

    def _told_after(self, view: SentenceView, own: int, k: int) -> bool:
        """Clause k comes after clause `own` inside a `дека`, `да` or relative clause that follows it (what is told)."""
        subordinate = self.lex.reporting.complementisers | self.lex.subjunctive | self.lex.relative_openers
        return k > own and any(c.opener in subordinate for c in view.clauses[own + 1:k + 1])

    def _dated_gathering(self, view: SentenceView, k: int) -> bool:
        """Relative clause k describes a gathering named just before it (`самитот во Брисел, кој …`)."""
        opener = view.clauses[k].first
        return any(t.low.startswith(self.lex.gathering_stems)
                   for t in view.tokens[max(view.first, opener - GATHERING_REACH):opener])

    def _gathering_told(self, first: int, end: int) -> bool:
        """The tokens [first, end) name a gathering (`кои вчера се собраа на самитот`, `кои се состанаа`)."""
        return any(t.low.startswith(self.lex.gathering_stems) for t in self.text.tokens[first:end])

    def _long_ago(self, when: str) -> bool:
        """The act's date ends `historical_days` or more before the publication, or is a whole earlier year (`минатата
        година`, `во 2024 година` in a story of April 2025): the past behind the news, not its news."""
        end = period_end(when)
        published = self.doc.published
        if not (end and published):
            return False
        return (published - end).days >= self.lex.historical_days or (len(when) == len("YYYY") and end.year < published.year)

    def _mode(self, view: SentenceView, cand: Candidate, etype: str, args: Arguments, location: str | None) -> str | None:
        own = cand.trigger.mode if etype == cand.trigger.type else None
        if own and not cand.trigger.content_mode:
            return own
        for mode, words in self.lex.mode_cues.get(etype, ()):
            if view.contains(view.first, view.end, words):
                return mode
        k = view.clause_of(cand.first)
        asked = [(cand.end, view.clauses[k].end)] + [(c.first, c.end) for n, c in enumerate(view.clauses)
                                                       if self._told_after(view, k, n)]
        for mode, words in self.lex.content_mode_cues.get(etype, ()):  # (in what is asked: its clause and what it tells)
            if any(view.contains(first, end, words) for first, end in asked):
                return mode
        if own or etype != "CONSULT":
            return own
        if args.recipient and self._hosted(args, location):
            return "visit"  # in the recipient's country (guidelines: `visit` is going to the host)
        countries = {self.entities[e].country for e in args.actor + args.recipient if e in self.entities}
        if countries & INTERNATIONAL and len(args.actor) + len(args.recipient) != 2:
            return "multilateral"  # a gathering; two parties, one of them an international body, are a meeting
        place = self.entities.get(location or "")
        # a side of unknown country may be the host (`Амбасадорот на САД во Скопје се сретна со лидерот на опозицијата`)
        if (place is not None and place.country and None not in countries and place.country not in countries
                and self.lex.seats.get(place.kb_id or "") not in countries):  # (`во Брисел` with the EU is no third party)
            return "third-party"
        return "meeting"

    def _context(self, view: SentenceView, trig: Trigger) -> list[str]:
        found = list(trig.context)
        for context, words in self.lex.contexts:
            if context not in found and view.contains(view.first, view.end, words):
                found.append(context)
        return found

    def _reporter(self, view: SentenceView, cand: Candidate, actors: list[str]) -> str | None:
        """Who the text attributes the event to: `според X` or a trailing `..., соопшти X` in
        the sentence, else the quotes stage's attribution, else the speaker of `X изјави дека`
        when the speaker is not the actor. An agency that only reports is never the actor."""
        rep = self.lex.reporting
        for group in view.groups:
            if group.governor in rep.source_cues and group.entities[0] not in actors:
                return group.entities[0]
        k = view.clause_of(cand.first)
        for clause in view.clauses[k + 1:]:
            if clause.opener in rep.verbs:
                after = [g for g in view.groups if clause.first <= g.first < clause.end]
                if after and after[0].entities[0] not in actors:  # `„…“, рече Мицкоски` of his own act: no relay
                    return after[0].entities[0]
        offset = self.text.tokens[cand.first].start
        for quote in self.doc.quotes:
            if quote.start <= offset < quote.end:
                if quote.reported_by:
                    return quote.reported_by
                if quote.speaker and not self._speaks_for(quote.speaker, actors):
                    return quote.speaker
        if k and view.clauses[k].opener in rep.complementisers:
            prev = view.clauses[k - 1]
            if any(t in rep.verbs for t in view.words(prev.first, prev.end)):
                speaker = self._clause_subject(view, k - 1, None)
                if speaker and not any(self._speaks_for(e, actors) for e in speaker.entities):
                    return speaker.entities[0]
        return None

    def _speaks_for(self, speaker: str, actors: list[str]) -> bool:
        """The speaker is an actor or on an actor's own side (`_own_side`: Песков of Russia, a minister of his
        state, a leader of his party; a member of a government of that government or of the capital standing for
        it, `Мелони рече дека Рим …`): the actor's own statement told by him, which he is no source of."""
        if speaker in actors:
            return True
        person = self.entities.get(speaker)
        return person is not None and any(a in self.entities and (
            self._own_side(speaker, self.entities[a]) or self._same_government(person, self.entities[a])) for a in actors)

    @staticmethod
    def _same_government(person: Entity, ent: Entity) -> bool:
        return person.sector == ent.sector == "GOV" and bool(person.country) and person.country == ent.country
