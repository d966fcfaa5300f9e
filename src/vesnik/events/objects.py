"""The object and governed parties of a trigger: `на`/`со`/`против` phrases, clitic doubling,
datives, bordering and partitive phrases that are no party.

A part of the event coder's document run (`vesnik.events.coder`), which mixes it in."""
from __future__ import annotations

from dataclasses import replace

from vesnik.document import Entity, Event, PLACE_TYPES
from vesnik.events.base import Candidate, DISPUTE_TYPES, NOUN_GENITIVE_REACH, OBJECT_REACH, POSSESSIVE_ADJECTIVES, STATE_SECTORS
from vesnik.events.sentence import GOVERNOR_REACH, Group, SentenceView


class ObjectFinding:
    def _object(self, view: SentenceView, cand: Candidate, candidates) -> Group | None:
        _, stop = self._verb_bounds(view, cand, candidates)
        # a word sequence may enclose its object (`го осуди Ратко Младиќ на доживотен затвор`)
        start = cand.first + 1 if cand.trigger.sequence else cand.end
        after = sorted((g for g in view.groups if start <= g.first < stop and not self._document_place(view, g)),
                       key=lambda g: g.first)
        place = None
        while after and after[0].governor in self.lex.location_prepositions and self._place_group(after[0]):
            place = after.pop(0)  # `го прими во Скопје амбасадорот …`: where it happened stands between
            while after and self._place_group(after[0]) and after[0].first - place.end <= 1:
                place = after.pop(0)  # `во Васила, Алјаска`: the rest of the address
        first = after[0] if after else None
        if place is not None and first is not None and (
                first.first - place.end > GOVERNOR_REACH
                or any(w in self.lex.reporting.clitics for w in view.words(place.end, first.first))):
            return None  # a name further on, or after a clitic, belongs to another verb
        # past a name under a preposition (`ја поддржа кандидатурата на Додик … партијата`) a bare
        # name belongs to a later phrase, not to the verb
        return first if first is not None and first.governor is None else None

    def _accepter(self, view: SentenceView, cand: Candidate) -> Group | None:
        """The name that is to accept the act, later in the sentence (`поднесе оставка, но не се знае дали
        премиерот ќе ја прифати`): the subject right before a clitic doubling the act and its accepting verb,
        the verb closing the clause or followed by the act's own noun (not `Владата ја прифати програмата`)."""
        tokens = self.text.tokens
        own_nouns = cand.trigger.sequence[-1] if cand.trigger.sequence else frozenset()
        for verb in range(cand.end + 1, view.end):
            if (tokens[verb].low not in cand.trigger.accepted_by or tokens[verb - 1].low not in self.lex.reporting.object_clitics
                    or (verb + 1 < view.end and tokens[verb + 1].low.isalpha() and tokens[verb + 1].low not in own_nouns)):
                continue
            times = self._time_tokens(view)  # (`X истиот ден ја прифати`: a date between the name and its verb)
            return next((g for g in sorted(view.groups, key=lambda g: -g.end) if cand.end <= g.first and g.end < verb
                         and g.governor is None
                         and all(tokens[i].low in self.lex.reporting.clitics or i in times for i in range(g.end, verb - 1))), None)
        return None

    def _governed(self, view: SentenceView, cand: Candidate, prep: str, candidates, exclude: Group | None = None) -> Group | None:
        k = view.clause_of(cand.first)
        start, stop = self._verb_bounds(view, cand, candidates)
        own = {k, view.clause_of(cand.end - 1)}  # (a trigger running on past `да`: its last word's clause too)
        # (a passive participle that is also a word for people takes its `од` phrase as agent, `обвинет од Трибуналот`,
        # but not a place, where the people come from: `обвинет од Куманово`)
        mine = [g for g in view.groups if g.clause in own and g.governor == prep
                and not (self._origin(view, g) and not (cand.passive and g.first - 2 == cand.end - 1 and not self._place_group(g)))
                and not self._partitive(view, g) and not self._document_place(view, g) and not self._bordering(view, g)]
        # the `на` of a dative a word sequence encloses comes first, its preposition among the trigger's words
        # (`ѝ исплати на Србија втора транша за … на Западен Балкан`), so does a partner's `со`
        # (`потпиша со Киев договор`)
        enclosed = [g for g in view.groups if (prep == self.lex.genitive or prep in self.lex.partner_prepositions)
                    and g.clause in own and cand.first < g.first - 1
                    and g.end <= cand.end and self.text.tokens[g.first - 1].low == prep]
        # (past a judged act and `и`, the next verb's: `го осуди нападот и најави средба на лидерите на …`)
        stop = stop if cand.trigger.noun else min(stop, self._judged_act_end(view, cand))
        after = enclosed or [g for g in mine if cand.end <= g.first < stop]
        if cand.trigger.noun and prep == self.lex.genitive:
            # a noun's genitive follows it closely, or follows the one before it (`посетата на Ердоган
            # на Берлин`: the second is where the visit goes)
            close, reach_end = [], cand.end
            for g in sorted(after, key=lambda g: g.first):
                if g.first - reach_end > (NOUN_GENITIVE_REACH if not close else 1) or any(
                        t.low in self.lex.cause_words or t.low in self.lex.mediation_nouns for t in self.text.tokens[reach_end:g.first]):
                    # (`протест поради изјавата на конзулот`: the genitive of the cause, not of the protest; `преговори со
                    # посредство на Катар`: of the mediator, no side)
                    break
                close.append(g)
                reach_end = g.end
            after = [g for g in close if g is not exclude]
        if after:
            return self._preposition_repeated(view, min(after, key=lambda g: g.first), prep)
        if prep == self.lex.genitive:  # before the trigger `на X` is a possessor, not a recipient,
            # unless a dative clitic doubles it right before the verb (`на претседателот Мојсиу му предложи`)
            if cand.trigger.noun:
                return None
            doubled = [g for g in mine if g.end < cand.first and g.first >= view.clauses[k].first and self._dative_doubled(view, g.end, cand.span_first)]
            return doubled[-1] if doubled else None
        before = [g for g in mine if g.end <= cand.first and g.first >= view.clauses[k].first]
        return max(before, key=lambda g: g.end) if before else None

    def _preposition_repeated(self, view: SentenceView, group: Group, prep: str) -> Group:
        """The group with the names `и` and the same preposition again add to it (`разговараше со катарскиот колега
        и со американскиот државен секретар`): one compound party; so do names a comma and the preposition add
        when `и` and the preposition close the list (`се заблагодари на Русија, на ЕУ и на соседите`), not a comma
        alone, which may open another phrase."""
        tokens = self.text.tokens
        listed = []  # names after a comma, kept once the list is closed
        for g in sorted((g for g in view.groups if g.first > group.end and g.governor in (prep, None)), key=lambda g: g.first):
            end = listed[-1].end if listed else group.end
            between = [t.low for t in tokens[end:g.first]]  # (a role phrase may stand before the name)
            if (len(between) < 2 or between[0] not in self.lex.reporting.coordinators and between[0] != "," or between[1] != prep
                    or any(w in self.lex.governors or w in self.lex.reporting.coordinators for w in between[2:])):
                break
            listed.append(g)
            if between[0] != ",":
                group, listed = replace(group, members=group.members + [m for h in listed for m in h.members]), []
        # (closed by the last listed name's own `и` phrase, `на ЕУ и на Турција`, or by one of no name, `и на соседите`)
        closing = [t.low for t in tokens[listed[-1].end:listed[-1].end + 2]] if listed else []
        if listed and (len(listed[-1].members) > 1 or closing[:1] and closing[0] in self.lex.reporting.coordinators and closing[1:] == [prep]):
            group = replace(group, members=group.members + [m for h in listed for m in h.members])
        return group

    def _judged_act_end(self, view: SentenceView, cand: Candidate) -> int:
        """Where the phrase of a judged act, the object right after the verb, ends (`ги осуди ударите и
        побара од Вашингтон …`, `ја поздрави одлуката, но побара од сојузниците …`): at the next `и` or `но`,
        past which names are the next verb's, or at a word of what the act is called (`го осуди апсењето како
        „напад врз …“`); the sentence end when the object is no act."""
        tokens = self.text.tokens
        if not any(t.low in self.lex.act_objects for t in tokens[cand.end:cand.end + OBJECT_REACH]):
            return view.end
        return next((i for i in range(cand.end, view.end) if tokens[i].low in self.lex.reporting.coordinators
                     or tokens[i].low in self.lex.contrast_openers or tokens[i].low in self.lex.judged_act_labels), view.end)

    def _bordering(self, view: SentenceView, group: Group) -> bool:
        """A place after a place part that is itself under a preposition (`вежба кај границата со
        Полска`): where, not whom (`ја затвори границата со Србија` closes it to Serbia)."""
        return (group.governor is not None and group.first >= view.first + 3 and self._place_group(group)
                and self.text.tokens[group.first - 2].low in self.lex.place_parts
                and self.text.tokens[group.first - 3].low in self.lex.reporting.prepositions)

    def _fact_source(self, speaker: str) -> bool:
        """The police as an institution (not its minister) telling what happened: no blame of its own."""
        ent = self.entities[speaker]
        return ent.type == "ORG" and ent.sector in self.lex.fact_sources

    def _origin(self, view: SentenceView, group: Group) -> bool:
        """`возачи од Куманово`, `мигранти од Авганистан`: an `од` phrase right after an unnamed
        collective says where its people come from; it is neither agent nor source of an act. Not the actor's own
        people (`ги повлече своите војници од Ирак`): they are where the act takes them from."""
        at = group.first - 2
        return (group.governor in self.lex.owner_prepositions and group.governor != self.lex.genitive
                and at >= view.first and self.text.tokens[at + 1].low == group.governor
                and self.text.tokens[at].low in self.lex.sector_heads
                and not (at > view.first and self.text.tokens[at - 1].low in self.lex.own_possessives))

    def _document_place(self, view: SentenceView, group: Group) -> bool:
        """`Договорот од Охрид`: a place right after an agreement and `од` names the agreement (the
        preposition may be inside a trigger's words, so read from the tokens); it is no agent of it."""
        at = group.first - 2
        return (at >= view.first and self.text.tokens[at + 1].low in self.lex.document_place_prepositions
                and self.text.tokens[at].low in self.lex.place_named_documents
                and all(e in self.entities and self.entities[e].type in PLACE_TYPES for e in group.entities))

    def _partitive(self, view: SentenceView, group: Group) -> bool:
        """`Двајца од приведените беа ослободени`: an `од` phrase after a number or a word of a
        part names the whole the part is taken from; it is neither agent nor source of an act."""
        if group.governor not in self.lex.partitive_prepositions:
            return False
        # the preposition stands before the group's modifiers (`од приведените Срби`)
        prep = next((i for i in range(group.first - 1, max(view.first, group.first - 4) - 1, -1)
                     if self.text.tokens[i].low == group.governor), None)
        if prep is None or prep - 1 < view.first:
            return False
        word = self.text.tokens[prep - 1]
        # a number alone, not the end of a model's name (`ловци Ф-16 од Холандија`)
        number = word.low.isdigit() and not (prep - 2 >= view.first and self.text.tokens[prep - 2].end == word.start)
        return word.low in self.lex.partitive_words or number

    def _object_clitic_before(self, view: SentenceView, group: Group) -> bool:
        """A verb with an object clitic (`ги увери`) right before the group: the group is its object."""
        at = group.first - 1
        while (at > view.first and group.first - at <= 2 and view.tokens[at].word and not view.tokens[at].cap
               and view.tokens[at].low not in self.lex.reporting.clitics):
            at -= 1  # the verb itself (and an adverb)
        return at >= view.first and view.tokens[at].low in self.lex.reporting.object_clitics | self.lex.dative_clitics

    def _asked_unnamed(self, view: SentenceView, cand: Candidate) -> bool:
        """Someone no name tells is asked: an object clitic before the verb (`… и ги повика европските
        членки да …`). (Not a preposition after it: `повикува на осуда` calls for a thing.)"""
        i = cand.span_first - 1
        while i >= view.first and view.tokens[i].low in self.lex.reporting.clitics | self.lex.reflexive:
            if view.tokens[i].low in self.lex.reporting.object_clitics | self.lex.dative_clitics:
                return True
            i -= 1
        return False

    def _dative_before(self, view: SentenceView, cand: Candidate) -> bool:
        """A dative clitic among the clitics right before the verb (`им се потсмеваше`): the `на`
        phrase after it is the verb's indirect object."""
        i = cand.span_first - 1
        while i >= view.first and view.tokens[i].low in self.lex.reporting.clitics | self.lex.reflexive:
            if view.tokens[i].low in self.lex.dative_clitics:
                return True
            i -= 1
        return False

    def _dative_doubled(self, view: SentenceView, end: int, verb: int) -> bool:
        """Only clitics, one of them dative (`му`, `ѝ`, `им`), stand between token `end` and the verb."""
        words = view.words(end, verb)
        clitics = self.lex.reporting.clitics | self.lex.reflexive
        return bool(words) and all(w in clitics for w in words) and any(w in self.lex.dative_clitics for w in words)

    def _subject_clause_first(self, view: SentenceView, cand: Candidate) -> int:
        """The first token of the clause whose subject the trigger's is: its own clause's, or, for the `да` clause of a
        scheduling `треба да`, the clause before (`Двајцата премиери треба повторно да се сретнат`: the pair)."""
        k = view.clause_of(cand.first)
        modals = {seq[0] for seq in self.lex.scheduled_modals}  # (an adverb may stand between: `треба повторно да`)
        scheduled = k and view.clauses[k].opener in self.lex.subjunctive and bool(
            modals & set(view.words(view.clauses[k - 1].first, view.clauses[k].first)))
        return view.clauses[k - 1 if scheduled else k].first

    def _pair_anaphor(self, view: SentenceView, cand: Candidate) -> bool:
        first = self._subject_clause_first(view, cand)
        return any(w in self.lex.pair_anaphora or w in self.lex.side_nouns for w in view.words(first, cand.first))

    def _opening_possessive(self, view: SentenceView, cand: Candidate) -> str | None:
        """The gender (or `plural`) of a third-person possessive that opens the sentence and the
        noun trigger's phrase, adjectives at most between them (`Нивната последна средба`): the
        owner, named before, does the act."""
        opening = view.first + (view.tokens[view.first].low in self.lex.reporting.coordinators)
        owner = self._possessive_before(view, cand)
        return owner[1] if owner is not None and owner[0] == opening else None

    def _opens_next_meeting(self, view: SentenceView, cand: Candidate) -> bool:
        """The noun trigger's phrase opens the sentence with `next` (`Следната средба`, `Следната рунда разговори`),
        adjectives or the round's noun at most between them."""
        opening = view.first + (view.tokens[view.first].low in self.lex.reporting.coordinators)
        return (cand.trigger.noun and view.tokens[opening].low in self.lex.next_meeting_openers
                and 0 < cand.first - opening <= 1 + POSSESSIVE_ADJECTIVES)

    def _possessive_before(self, view: SentenceView, cand: Candidate) -> tuple[int, str] | None:
        """Where a third-person possessive opens the noun trigger's phrase, adjectives at most between
        (`нивниот прв состанок`), and its gender (or `plural`)."""
        if not cand.trigger.noun:
            return None
        for at in range(cand.first - 1, max(view.first, cand.first - 1 - POSSESSIVE_ADJECTIVES) - 1, -1):
            gender = self.lex.object_possessives.get(view.tokens[at].low)
            if gender is not None:
                return None if self._name_tokens(view) & set(range(at + 1, cand.first)) else (at, gender)
            if not view.tokens[at].low.isalpha():
                return None
        return None

    def _possessed_partner(self, view: SentenceView, cand: Candidate, actors: list[str]) -> list[str]:
        """The sides of a meeting noun a plural possessive opens (`X … откако Y го оцени нивниот прв
        состанок`) besides the actors found, at most one: the people the sentence names before it, when they and
        the actors make a pair."""
        owner = self._possessive_before(view, cand)
        if owner is None or owner[1] != "plural" or len(actors) > 1:
            return []
        others = list(dict.fromkeys(e for g in view.groups if g.end <= owner[0] for e in g.entities
                                    if e not in actors and e in self.entities and self.entities[e].type == "PER"))
        return others if len(actors) + len(others) == 2 else []

    def _hostile_sides(self, sentence: int) -> list[str]:
        """The actors of the last two hostile acts of the two sentences before, when they are of two countries."""
        recent = [a for s, a in self.hostile_actors if 1 <= sentence - s <= 2 and a in self.entities]
        if len(recent) < 2:
            return []
        last, other = recent[-1], recent[-2]
        countries = {self.entities[last].country, self.entities[other].country}
        return [other, last] if None not in countries and len(countries) == 2 else []

    def _pair_numeral(self, view: SentenceView, cand: Candidate) -> bool:
        return any(w in self.lex.pair_numerals for w in view.words(self._subject_clause_first(view, cand), cand.first))

    def _pair_subject(self, view: SentenceView, cand: Candidate) -> int | None:
        """Where a counted pair of parties opens the act's subject before the verb (`Двајцата министри се договорија`,
        `… дека двете страни ќе продолжат`): not one a preposition governs (`Лидерите на двете земји`), nor the object
        of a verb before (`ги пофали двете страни и ги повика`), nor a pair of things (`двете одлуки`)."""
        heads = self.lex.pair_heads | self.lex.side_heads | self.lex.gathered_officials
        first = self._subject_clause_first(view, cand)
        for i in range(first, cand.first):
            if view.tokens[i].low not in self.lex.pair_numerals or (
                    i > view.first and view.tokens[i - 1].low in self.lex.reporting.prepositions):
                continue
            if any(t.low in self.lex.plural_object_clitics for t in view.tokens[first:i]):
                return None
            after = [t.low for t in view.tokens[i + 1:min(i + 3, cand.first)]]
            if any(w in heads or self.lex.is_role(w) or self.lex.head_sector(w) for w in after) or (
                    view.tokens[i].low in self.lex.pair_people):
                return i
        return None

    def _counted_sides(self, view: SentenceView, cand: Candidate) -> bool:
        """Is the act's subject a pair counted (`двете страни`, `двајцата`) or the sides (`страните`)?"""
        clause = view.clauses[view.clause_of(cand.first)]
        return any(w in self.lex.pair_numerals or w in self.lex.side_nouns for w in view.words(clause.first, cand.first))

    def _pair_referents(self, view: SentenceView, cand: Candidate, actors: list[str]) -> list[str]:
        """`Двајцата потпишаа …`, `Двете влади потпишаа …`: the pair phrase is a mention of each side; a head
        noun of a state organ (`влади`) makes each state named its organ (the governments, not the states), a
        numeral of people or a role head (`Двајцата претседатели`) the one person of its country and the
        role's sector (else GOV) named before."""
        at = next((i for i in range(self._subject_clause_first(view, cand), cand.first)
                   if view.tokens[i].low in self.lex.pair_numerals), None)
        if at is None:
            return actors
        head = view.tokens[at + 1] if at + 1 < cand.first else None
        noun = head is not None and (head.low in self.lex.pair_heads or self.lex.head_sector(head.low) is not None)
        role = noun and (self.lex.is_role(head.low) or head.low in self.lex.gathered_officials)
        # (`двете земји/страни` are the states themselves; a role noun, `двајцата премиери`, the people)
        sector = self.lex.head_sector(head.low) if noun and head.low not in self.lex.pair_heads and not role else None
        end = head.end if noun else view.tokens[at].end
        start, referents = view.tokens[at].start, []
        people = role or view.tokens[at].low in self.lex.pair_people
        for ident in actors:
            ent = self.entities[ident]
            leader = (self._earlier_holder(ent.country, (self.lex.head_sector(head.low) if role else None) or "GOV", start)
                      if people and ent.type in PLACE_TYPES and ent.country else None)
            if sector in STATE_SECTORS and ent.type in PLACE_TYPES and ent.country:
                referents.append(self._derive(ent, sector, start, end, view.index).id)
            elif leader is not None:
                self._refer(leader, start, end, view.index)
                referents.append(leader.id)
            else:
                self._refer(ent, start, end, view.index)
                referents.append(ident)
        officials = self._recent_officials(view) if role else []
        if officials and not (len(set(referents)) > 1 and set(referents) <= self.persons):
            # `X го пречека Y, кој е во посета на Z. Двајцата министри …`: the two who met, not a person and a place
            for ident in officials:
                self._refer(self.entities[ident], start, end, view.index)
            return officials
        return referents

    def _dispute(self, ev: Event) -> bool:
        """A dispute act by one party toward one of another country (`Георгиев ја обвини македонската Влада`), or
        toward the other side of a conflict inside one state (`армијата ги нападна бунтовниците`)."""
        sides = [self.entities.get(i) for i in ev.actor + ev.recipient]
        return (ev.type in DISPUTE_TYPES and len(ev.actor) == 1 and len(sides) == 2
                and all(e is not None and e.country for e in sides)
                and (sides[0].country != sides[1].country or self._opposed_at_home(ev, sides[0], sides[1])))

    def _opposed_at_home(self, ev: Event, one: Entity, other: Entity) -> bool:
        """Two named sides of one state at odds: of different sectors, not both civil organs of the state (a
        ministry and its police act for one side); the army against a government is a side (a warlord's forces)."""
        civil_organs = STATE_SECTORS - {"MIL"}
        return (one.country == other.country and one.sector != other.sector and "UNK" not in (one.sector, other.sector)
                and not {one.sector, other.sector} <= civil_organs
                and not any(flag in ev.rule for flag in ("actor:unnamed", "recipient:domestic")))

    def _dispute_without(self, actors: list[str], states: bool) -> tuple[int, list[str]]:
        """(sentence, sides) of the dispute none of whose sides is one of the actors or of an actor's country and
        sector: who calls on `двете страни` is no side, so a spokeswoman of the EU means the two states of the
        dispute told before, not Kosovo and the EU after Pristina criticised Brussels. Of the disputes, that of the
        story's conflict, the countries most dispute acts were told between, the last of those on a tie: a border
        closed by a neighbour told late does not make the sides of a civil war. `двете земји` (`states`) are never
        the two sides inside one state."""
        own = {(e.country, e.sector) for e in (self.entities.get(a) for a in actors) if e is not None}
        fit = [(at, sides) for at, sides in self.disputes if not any(
            s in actors or s in self.entities and (self.entities[s].country, self.entities[s].sector) in own for s in sides)
            and not (states and len(self._countries_of(sides)) < 2)]
        return max(fit, key=lambda d: (self.conflict_acts[self._countries_of(d[1])], d[0]), default=(-1, []))

    def _countries_of(self, sides: list[str]) -> frozenset[str | None]:
        """The countries of a dispute's sides: what tells one conflict from another, whoever speaks for a side."""
        return frozenset(self.entities[s].country if s in self.entities else None for s in sides)

    def _two_sides(self, ev: Event) -> bool:
        """One state (or its capital) or person acting toward another of another country (`Хрватска ја обвини Србија`)."""
        sides = [self.entities.get(i) for i in ev.actor + ev.recipient]
        return (len(sides) == 2 and all(e is not None and e.country and e.type in ("PER", "GPE") for e in sides)
                and sides[0].country != sides[1].country)
