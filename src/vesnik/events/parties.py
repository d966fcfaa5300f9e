"""Actors and recipients that are no plain name: collectives (`студентите`), unnamed bodies
(`Министерството`), possessors, document owners, home country and institutions.

A part of the event coder's document run (`vesnik.events.coder`), which mixes it in."""
from __future__ import annotations

from collections import Counter

from vesnik.document import Entity, Mention, PLACE_TYPES
from vesnik.events.base import (ADDRESS_REACH, AGENT_PHRASE_REACH, ASSOCIATION_SECTORS, BODY_ANAPHOR_SENTENCES, CLAUSE_MARKS, Arguments, Candidate, INTERNATIONAL,
                                INVERTING_MARKS, NOUN_GENITIVE_REACH, OBJECT_REACH, OFFICIALS_REACH, OPENING_MODIFIERS, PEOPLE_SECTORS,
                                RELATIVE_PUNCTUATION, SPEECH_ACTS, STATE_SECTORS, opened_by, capital_of)
from vesnik.events.retold import headline_sentences
from vesnik.events.sentence import GOVERNOR_REACH, Group, Participant, SentenceView
from vesnik.kb import is_state, load_kb
from vesnik.lang import yaml_data
from vesnik.linking import envoy_origins, home_country, only_country, segment_at


class PartyResolution:
    def _coordinated_collective(self, view: SentenceView, cand: Candidate, subject: Group, actors: list[str]) -> str | None:
        """An unnamed collective joined by `и` to the subject right before the verb (`Владата на
        Србија и опозицијата постигнаа`), or opening the clause before `и` and the subject
        (`Синдикатите и Владата потпишаа`), as a further actor."""
        tokens = self.text.tokens
        first = view.clauses[view.clause_of(cand.first)].first
        i = cand.span_first - 1
        while i > view.first and tokens[i].low in self.lex.reporting.clitics | self.lex.reflexive:
            i -= 1
        names = self._name_tokens(view)
        # (`Алиу и претставниците на синдикатот ќе се сретнат`: the body its delegates act for)
        joint = (i - 2 if i - 3 > first and tokens[i - 1].low == self.lex.genitive and tokens[i - 2].low in self.lex.delegate_nouns
                 else i)
        if not (self.lex.sector_heads.get(tokens[i].low) and i not in names
                and joint - 1 > first and tokens[joint - 1].low in self.lex.reporting.coordinators):
            i = first  # before the name, the collective opens the clause (`нивните сојузници`: no one's own)
            if subject.first != i + 2 or tokens[i + 1].low not in self.lex.reporting.coordinators:
                return None
        sector = self.lex.sector_heads.get(tokens[i].low)
        if not sector or i in names:
            return None
        owner = self._owner(view, i)
        joined = self._unnamed(view, cand, sector, tokens[i].low, tokens[i].text, (tokens[i].start, tokens[i].end), owner)
        return None if joined in actors else joined

    def _inverted_subject(self, view: SentenceView, cand: Candidate, candidates: list[Candidate]) -> Group | None:
        """The subject after the verb when the object opens the clause: a verb doubled by an
        object clitic after a thing done (`Барањето на Приштина го отфрли Белград`), or a noun
        trigger opening the clause before its light verb (`Протестна нота до Хрватска упати
        Министерството`); the bare group right after the verb, past a place."""
        k = view.clause_of(cand.first)
        clause_first = view.clauses[k].first + (1 if view.clauses[k].opener else 0)
        tokens = self.text.tokens
        opens = self._opens_clause(view, cand)
        if cand.trigger.noun_first:  # `Санкции против Иран воведе ЕУ`: the verb ends the words of the act
            if not opens:
                return None
            verb_end = cand.end
        elif cand.trigger.noun or cand.trigger.sequence and opens:
            # the act's noun (or noun phrase: `Протестна нота`) opens the clause, a light verb or the
            # act's own verb follows (`Помош … донираше Јапонија`)
            if not opens:
                return None
            verb = self._verb_after(view, cand, {c.first for c in candidates if not c.trigger.noun})
            if verb is None:
                return None
            verb_end = verb + 1
        else:
            clitic = cand.span_first - 1
            if (clitic <= clause_first or tokens[clitic].low not in self.lex.reporting.object_clitics
                    or not ({t.low for t in tokens[clause_first:min(clitic, clause_first + 2)]} & self.lex.object_nouns
                            or self._fronted_act(view, clitic, candidates) is not None)):
                return None
            verb_end = cand.end if not cand.trigger.sequence else cand.first + 1
        after = sorted((g for g in view.groups if g.clause == k and g.first >= verb_end), key=lambda g: g.first)
        while after and after[0].governor in self.lex.location_prepositions and self._place_group(after[0]):
            after.pop(0)  # `го прими во Белград министерот`
        # `го осуди генералниот секретар на ОН Антонио Гутерес`: the person a role phrase right after the verb opens
        introduced = next((g for g in after if g.governor is None and (role := self._role_before(g.first, set())) is not None
                           and verb_end <= role <= verb_end + 1), None)
        if introduced is not None:
            return introduced
        first = after[0] if after else None
        if first is None or first.governor is not None or first.first - verb_end > OBJECT_REACH:
            return None
        return first

    def _plural_subject_after(self, view: SentenceView, cand: Candidate, subject: Group) -> Group | None:
        """A plural verb whose subject before it is one person, doubled by a singular object
        clitic: the person is the object and the bare group right after the verb the subject."""
        tokens = self.text.tokens
        clitic = cand.span_first - 1
        verb = tokens[cand.first].low
        if (len(subject.entities) != 1 or subject.end != clitic or self.entities.get(subject.entities[0]) is None
                or tokens[clitic].low not in self.lex.reporting.object_clitics - self.lex.plural_object_clitics
                or not verb.endswith(self.lex.plural_verb_endings)):
            return None
        after = cand.first + 1 if cand.trigger.sequence else cand.end
        if self.entities[subject.entities[0]].type != "PER":
            # (`Косово го признаа и Франција, Велика Британија и …`: names joined after the verb, past an `и` of
            # addition, are no object a singular clitic doubles; one name after it may be: `САД го признаа Косово`)
            after += after < view.end and tokens[after].low in self.lex.reporting.coordinators
            return next((g for g in view.groups if g.first == after and g.governor is None and len(g.entities) > 1), None)
        # (`го посетија лидерите на Словачка и Унгарија`: the states of the members' noun)
        return next((g for g in view.groups if (g.first == after and g.governor is None)
                     or (g.head_at == after and self.text.tokens[after].low in self.lex.member_heads)), None)

    def _cause_at(self, view: SentenceView, cand: Candidate) -> int | None:
        """The first word of cause (`поради`) after the trigger in its clause."""
        return next((i for i in range(cand.end, view.clauses[view.clause_of(cand.first)].end)
                     if self.text.tokens[i].low in self.lex.cause_words), None)

    def _letter_addressee(self, view: SentenceView, cand: Candidate, actors: list[str]) -> list[str]:
        """Whom a document is addressed to when the act is its content (`испрати писмо до X, со кое бара …`,
        `му упати писмо на министерот, во кое бара …`): the first name after the document's noun that `до` or `на`
        governs, before the relative clause."""
        k = view.clause_of(cand.first)
        noun = self._document_noun(view, k)
        if noun is None:
            return []
        group = next((g for g in view.groups if noun < g.first and g.end <= view.clauses[k].first
                      and g.governor in self.lex.document_addressee_prepositions and not set(g.entities) & set(actors)), None)
        return self._group_entities(group) if group is not None else []

    def _past_cause(self, view: SentenceView, cand: Candidate, at: int) -> bool:
        cause = self._cause_at(view, cand)
        return cause is not None and at > cause

    def _opens_clause(self, view: SentenceView, cand: Candidate) -> bool:
        """The trigger opens its clause, after at most a few modifiers (`Нова воена помош за …`)."""
        clause = view.clauses[view.clause_of(cand.first)]
        first = clause.first + (1 if clause.opener else 0)
        words = self.lex.reporting
        function_words = words.prepositions | words.coordinators | words.clitics | words.complementisers | self.lex.governors
        return cand.first - first <= OPENING_MODIFIERS and all(
            t.word and t.low not in function_words and (i == view.first or not t.cap)
            for i, t in enumerate(self.text.tokens[first:cand.first], first))

    def _verb_after(self, view: SentenceView, cand: Candidate, verbs: set[int] = frozenset()) -> int | None:
        """The light verb (or one of the `verbs`) after a noun trigger in its clause, no comma between."""
        tokens = self.text.tokens
        for i in range(cand.end, view.clauses[view.clause_of(cand.first)].end):
            if tokens[i].text in ",;:":
                return None
            if tokens[i].low in self.lex.light_verbs or i in verbs:
                return i
        return None

    def _fronted_object(self, view: SentenceView, cand: Candidate, subject: Group) -> Group | None:
        """The named object that opens the clause before its clitic, or the owner of the
        leading noun (`Барањето на Приштина го отфрли`): whom the act concerns."""
        if cand.trigger.noun:
            return None
        k = view.clause_of(cand.first)
        before = [g for g in view.groups if g.clause == k and g.end <= cand.span_first and g is not subject
                  and g.governor in (None, self.lex.genitive)]
        return before[0] if before else None

    def _inverted_speaker(self, view: SentenceView, cand: Candidate) -> str | None:
        """The speaker of the statement a speech-act verb follows, named right after it (`Ако
        Србија не ги спроведе реформите, …, предупреди Фон дер Лајен`)."""
        if cand.trigger.noun or cand.first == view.first or self.text.tokens[cand.first - 1].text not in INVERTING_MARKS:
            return None
        before = self.text.tokens[cand.first - 1].start
        quote = next((q for q in self.doc.quotes if q.sentence == view.index and q.speaker and 0 <= before - q.end <= 2), None)
        if quote is None or quote.speaker not in self.entities:
            return None
        named_after = any(self.text.token_at(m.start) == cand.end for m in self.entities[quote.speaker].mentions)
        return quote.speaker if named_after else None

    def _demonym_object(self, cand: Candidate, actors: list[str]) -> str | None:
        """The state whose demonym opens the verb's object (`ја осуди руската агресија`): what
        that state did is the target; not the actors' own state."""
        own = {self.entities[a].country for a in actors if a in self.entities}
        # a verb's word sequence may enclose the object (`ги затвори српските … институции`)
        opening = {cand.end, cand.first + 1} if cand.trigger.sequence and not cand.trigger.noun else {cand.end}
        found = next((ent for ent in self.doc.entities for m in ent.mentions if getattr(m, "kind", "name") == "demonym"
                      and self.text.token_at(m.start) in opening), None)
        return found.id if found is not None and found.country not in own else None

    def _authored_by_demonym(self, cand: Candidate) -> bool:
        """The verb's object is someone's words opened by a demonym (`го отфрли американското барање Мексико да …`,
        `го поддржа српскиот предлог судот да …`): the demonym's state made them; a name after them is their content."""
        return cand.end in self.demonym_starts and cand.end + 1 < len(self.text.tokens) and (
            self.text.tokens[cand.end + 1].low in self.lex.authored_objects)

    def _implied_recipient(self, view: SentenceView, cand: Candidate, actors: list[str], sector: str | None = None) -> list[str]:
        """The unnamed authorities of the actors' one country, as the target the type implies;
        not for a state or its government, whose protest is aimed abroad (an entry's own
        implied target, the parliament a president's signature goes to, stays home), nor for
        state organs whose act the entry retypes (`полицијата ги блокираше влезовите`: a cordon)."""
        known = [self.entities[a] for a in actors if a in self.entities]
        countries = {e.country for e in known if e.country}
        if len(countries) != 1 or (not cand.trigger.implied_recipient and any(e.type == "GPE" or e.sector == "GOV" for e in known)):
            return []
        if cand.trigger.state_type and all(e.sector in STATE_SECTORS for e in known):
            return []
        # (a crowd at another state's mission told before it in the sentence is aimed at that state: `ја нападнаа
        # саудиската амбасада во Техеран, фрлајќи камења`)
        mission = next((e for g in view.groups if g.end <= cand.first and self._mission_group(view, g)
                        for e in map(self.entities.get, g.entities) if e is not None and e.country
                        and e.country not in countries | INTERNATIONAL), None)
        if mission is not None:
            return [mission.id]
        sector = sector or self.lex.implied_recipients[cand.trigger.type]
        return [self._unnamed(view, cand, sector, sector, self.lex.unnamed_names[sector], None, countries.pop())]

    def _protested_thing_maker(self, view: SentenceView, cand: Candidate, prepositions: tuple[str, ...],
                               actors: list[str]) -> list[str]:
        """Whoever made the thing a protest is against, as told before (`протестираа во Бања Лука против мерките`
        after `мерките на високиот претставник`): a preposition of the entry's target in the protest's clause,
        with the thing's noun right after it or past one adjective (`против новиот закон`)."""
        tokens = self.text.tokens
        clause = view.clause_of(cand.first)
        at = next((i for i in range(cand.end, view.end) if view.clause_of(i) != clause or tokens[i].low in prepositions), view.end)
        if at == view.end or view.clause_of(at) != clause:
            return []
        return self._thing_maker([t.low for t in tokens[at + 1:min(at + 3, view.end)]], view.index, actors)

    def _employer_named(self, view: SentenceView, actors: list[str]) -> list[str]:
        """A body of the actors' one state, of an employer's sector, that the sentence names (`стапија во штрајк,
        откако пропадна средбата со Министерството за здравство`): what a strike is aimed at."""
        countries = {self.entities[a].country for a in actors if a in self.entities}
        if len(countries) != 1 or None in countries:
            return []
        found = [e.id for e in self.doc.entities if e.id not in actors and e.type == "ORG" and e.country in countries
                 and e.sector in self.lex.employer_sectors and any(m.sentence == view.index for m in e.mentions)]
        return found[:1]

    def _state_employed(self, view: SentenceView) -> bool:
        """The sentence tells the state's services or a general strike (`во основните училишта`, `генерален штрајк`)."""
        return any(t.low.startswith(self.lex.state_employer_stems) for t in self.text.tokens[view.first:view.end])

    def _warned_protest_target(self, view: SentenceView, cand: Candidate, actors: list[str],
                               candidates: list[Candidate]) -> list[str]:
        """The target of a protest a threat announces in its content clause (`предупредија дека ќе ги блокираат
        патиштата`, `предупреди дека ќе стапи во штрајк ако министерството не одговори`), as for the protest
        itself: the employer body the sentence names, else, but for a strike or a condition with a side of its own
        (`ако винариите не платат`: whom the protest would answer), the authorities of the actors' state. Any act a
        union, association or citizens threaten presses their government as a protest would (`предупредија дека ќе
        ги блокираат пристаништата ако не добијат одговор`)."""
        k = self._content_clause(view, cand)
        petitioners = bool(actors) and all(a in self.entities and self.entities[a].sector in self.lex.petitioner_sectors
                                           for a in actors)
        protest = next((c for c in candidates if k is not None and view.clause_of(c.first) == k
                        and (c.trigger.type in self.lex.implied_recipients or petitioners)), None)
        if protest is None:
            return []
        if employer := self._employer_named(view, actors):
            return employer
        unnamed_subject = self.lex.negation | self.lex.reflexive | self.lex.reporting.clitics  # `доколку не се постигне …`
        if protest.trigger.mode in self.lex.no_implied_recipient_modes or any(
                c.opener in self.lex.hypothetical_openers and c.first + 1 < view.end
                and self.text.tokens[c.first + 1].low not in unnamed_subject for c in view.clauses):
            return []
        return self._implied_recipient(view, protest, actors, self.lex.implied_recipients.get(protest.trigger.type, "GOV"))

    def _suspects(self, view: SentenceView, cand: Candidate, actors: list[str]) -> list[str]:
        """The unnamed suspects of the police's or the prosecution's one state, as the target of their act on
        people with no one named (`Полицијата уапси …`, `Обвинителството бараше казна …`); of a seizure only
        when the sentence tells the suspects or their homes (`При претресите во нивните домови биле запленети …`)."""
        known = [self.entities[a] for a in actors if a in self.entities]
        countries = {e.country for e in known}
        mode, kind = cand.trigger.mode, cand.trigger.type
        if (not known or len(countries) != 1 or None in countries
                or any(e.sector not in self.lex.suspect_target_sectors for e in known)
                or mode not in self.lex.suspect_target_modes.get(kind, ())
                and not (mode in self.lex.suspect_told_modes.get(kind, ()) and self._tells_suspects(view))):
            return []
        sector = self.lex.suspect_sector
        return [self._unnamed(view, cand, sector, sector, self.lex.unnamed_names[sector], None, countries.pop())]

    def _tells_suspects(self, view: SentenceView) -> bool:
        """The sentence names suspects (`осомничените`), a search (`претресоа`) or the homes of people told (`нивните
        домови`, `домовите на …`)."""
        words = [t.low for t in self.text.tokens[view.first:view.end]]
        return any(w.startswith(self.lex.suspect_stems + self.lex.search_stems) for w in words) or any(
            w in self.lex.suspect_homes and (i > 0 and words[i - 1] in self.lex.suspect_owners
                                             or i + 1 < len(words) and words[i + 1] in self.lex.suspect_owner_prepositions)
            for i, w in enumerate(words))

    def _plural_clitic_object(self, view: SentenceView, cand: Candidate) -> bool:
        """A plural object clitic before the verb and a `да` or `дека` clause right after it
        (`Тој ги повика да воведат …`): the object was named before."""
        clitics = self.lex.reporting.clitics | self.lex.reflexive
        i = cand.span_first - 1
        while i >= view.first and self.text.tokens[i].low in clitics and self.text.tokens[i].low not in self.lex.plural_object_clitics:
            i -= 1
        content = self._content_clause(view, cand)
        if i < view.first or self.text.tokens[i].low not in self.lex.plural_object_clitics or content is None:
            return False
        # only a particle between the verb and the clause (`ги повика и да …`), no object noun (`ги
        # обвини големите фирми дека …`)
        between = [t.low for t in self.text.tokens[cand.end:view.clauses[content].first]]
        if self._pair_object(view, cand) and not cand.trigger.sequence:
            between = between[2:]  # `ги повика двете страни да …`: the pair named before
        return all(w in self.lex.reporting.coordinators | self.lex.subjunctive | self.lex.reporting.complementisers
                   for w in between)

    def _pair_at(self, view: SentenceView, cand: Candidate) -> int | None:
        """Where a pair anaphor with its noun (`двете страни`) stands right after the verb, or after a
        preposition of the act's recipient right after it (`побара од двете страни`; a meeting's partners only when
        they count states or sides, `разговараше со двете страни`: not `со двајцата лидери`, who join the act); of a
        word sequence, right after its verb (`ги повика двете страни на разговор`), but after a meeting's whole
        sequence (`разговараше телефонски со двете страни`); also the pair whose delegates the words there are
        (`разговараше со министрите за надворешни работи на двете земји`)."""
        at = self._past_manner(cand.first + 1 if cand.trigger.sequence and not cand.trigger.reciprocal else cand.end, view.end)
        tokens = self.text.tokens
        if at < view.end and tokens[at].low in self.lex.plural_object_clitics:
            at += 1  # a gerund's clitic after it: `обвинувајќи ги двете земји`
        if at < view.end and tokens[at].low in cand.trigger.slots.recipient:
            owned = self._delegates_pair(at + 1, view.end)
            if owned is not None:
                return owned
            if not cand.trigger.reciprocal or any(
                    tokens[i].low in self.lex.pair_heads | self.lex.side_heads for i in range(at + 2, min(at + 4, view.end))):
                at += 1
        elif "object" in cand.trigger.slots.recipient:  # (the officials as the bare object: `ги повика министрите … на двете земји`)
            owned = self._delegates_pair(at, view.end)
            if owned is not None:
                return owned
        return at if at + 1 < view.end and (tokens[at].low in self.lex.pair_anaphora or tokens[at].low in self.lex.count_anaphora) else None

    def _delegates_pair(self, i: int, end: int) -> int | None:
        """Where the pair anaphor stands whose states or sides the delegates or officials at token i speak for
        (`министрите за надворешни работи на двете земји`: at `двете`), within a few words of one phrase."""
        tokens = self.text.tokens
        if i >= end or not (tokens[i].low in self.lex.delegate_nouns or self.lex.head_sector(tokens[i].low)):
            return None
        heads = self.lex.pair_heads | self.lex.side_heads
        for k in range(i + 1, min(i + 5, end - 2)):
            if not tokens[k].text[:1].isalpha() or tokens[k].low.endswith(self.lex.object_adjective_endings):
                # another phrase (`со министрите, а потоа …`) or another noun whose the pair is (`за односите на двете земји`)
                return None
            if tokens[k].low == self.lex.genitive and tokens[k + 1].low in self.lex.pair_anaphora and tokens[k + 2].low in heads:
                return k + 1
        return None

    def _past_manner(self, at: int, end: int) -> int:
        """The first token from `at` on that is no adverb of manner (`разговараше телефонски со …`: the `со`)."""
        while at < end and self.text.tokens[at].low in self.lex.manner_adverbs:
            at += 1
        return at

    def _pair_object(self, view: SentenceView, cand: Candidate) -> bool:
        """The words right after the verb are a pair anaphor and its noun (`двете страни`)."""
        return self._pair_at(view, cand) is not None

    def _pair_of_states(self, view: SentenceView, cand: Candidate) -> bool:
        """The pair anaphor after the verb counts states or sides (`двете земји`, `двете влади`), maybe with one or two
        modifiers between (`двете соседни земји`, `двете соседни нуклеарни сили`)."""
        pair = self._pair_at(view, cand)
        heads = self.lex.pair_heads | self.lex.side_heads
        return pair is not None and any(self.text.tokens[i].low in heads for i in range(pair + 1, min(pair + 4, view.end)))

    def _purpose_target(self, view: SentenceView, cand: Candidate, candidates: list[Candidate]) -> list[str]:
        """The recipient of an act of the same type in the purpose clause right after the trigger's
        (`… за да ги растера демонстрантите`)."""
        k = view.clause_of(cand.first)
        aim = next((c for c in candidates if c.first >= cand.end and c.trigger.type == cand.trigger.type
                    and view.clause_of(c.first) == k + 1 and opened_by(view.clauses[k + 1], self.lex.purpose_sequences)), None)
        args = self._arguments(view, aim, candidates) if aim is not None else None
        return args.recipient if isinstance(args, Arguments) else []

    def _pair_of_sides(self, view: SentenceView, cand: Candidate) -> bool:
        """The pair anaphor after the verb counts sides (`двете страни`): the parties of the last
        dispute, not two states named together since (`побара од САД и Франција … ги повика двете страни`)."""
        pair = self._pair_at(view, cand)
        return pair is not None and any(
            self.text.tokens[i].low in self.lex.side_heads for i in range(pair + 1, min(pair + 4, view.end)))

    def _invitation(self, view: SentenceView, cand: Candidate, args: Arguments) -> bool:
        """A call that invites its callee straight to talks (`ги повика земјоделците на дијалог`, `на нова
        средба`): the entry's preposition at most one word before the talk noun, a callee before it (or an
        object clitic before the verb), no `да` clause nor coordination between (`… да се вратат на разговорите`,
        `на воздржаност и дијалог` appeal); not a call on two or more sides by an intergovernmental body
        (`двете страни`, `Белград и Приштина`) nor on sides of two or more states by anyone (`ги повика двете
        влади на дијалог`): a third party's appeal to them to talk among themselves."""
        trig = cand.trigger
        between = [t.low for t in self.text.tokens[cand.first + 1:cand.end - 1]]
        at = next((i for i in range(len(between) - 1, max(len(between) - 3, -1), -1)
                   if between[i] in trig.invitation_prepositions), None)
        if at is None or any(w in self.lex.subjunctive for w in between) or any(
                w in self.lex.reporting.coordinators for w in between[at:]):
            return False
        before = self.text.tokens[cand.span_first - 1].low if cand.span_first > view.first else ""
        if at == 0 and not (before in self.lex.verb_clitics and before not in self.lex.reflexive):
            return False  # `повика на дијалог`: talks called for, no one invited
        if len(self._countries(args.recipient)) > 1:
            return False
        appealing = any(a in self.entities and self.entities[a].sector in trig.appeal_sectors for a in args.actor)
        sides = (len(args.recipient) > 1 or self._pair_object(view, cand)
                 or any(w in self.lex.reporting.coordinators for w in between[:at]))
        return not (appealing and sides)

    def _pronoun_addressee(self, view: SentenceView, cand: Candidate, slots: tuple[str, ...]) -> str | None:
        """The gender (or `plural`) of a personal pronoun right after the trigger under one of its
        recipient prepositions (`побара од него`, `се пожали на неа`)."""
        at = cand.end
        if at + 1 >= view.end or self.text.tokens[at].low not in slots:
            return None
        return self.lex.oblique_pronouns.get(self.text.tokens[at + 1].low)

    def _addresses_you(self, view: SentenceView, cand: Candidate) -> bool:
        """A second-person clitic right before the trigger or a second-person word just after it
        (`Ве повикувам`, `Барам од сите вас`)."""
        i = cand.span_first - 1
        while i >= view.first and self.text.tokens[i].low in self.lex.reporting.clitics | self.lex.reflexive | self.lex.second_person_words:
            if self.text.tokens[i].low in self.lex.second_person_words:
                return True
            i -= 1
        return any(t.low in self.lex.second_person_words for t in self.text.tokens[cand.end:min(view.end, cand.end + ADDRESS_REACH)])

    def _quote_addressee(self, view: SentenceView, cand: Candidate, actors: list[str]) -> list[str]:
        """Whom the direct quote holding the trigger is told to: the `на` phrase a dative clitic
        doubles before the quote (`ѝ порача на војската: „…“`), a name or an organ or collective."""
        start = self.text.tokens[cand.first].start
        quote = next((q for q in self.doc.quotes if q.direct and q.sentence == view.index and q.start <= start < q.end), None)
        if quote is None:
            return []
        return self._dative_addressee(view, cand, actors, [i for i in range(view.first, view.end) if self.text.tokens[i].end <= quote.start])

    def _speech_addressee(self, view: SentenceView, cand: Candidate, actors: list[str]) -> list[str]:
        """Whom a statement naming no other side is told to, in the sentence before what is told (`дека`): the `на` phrase a
        dative clitic doubles (`му рекол на X дека …`, `им порача на X дека … и вети …`) or the one a document is
        addressed to (`во писмо до X ветуваше …`)."""
        told = next((i for i in range(view.first, view.end) if self.text.tokens[i].low in self.lex.reporting.complementisers), view.end)
        framing = list(range(view.first, min(cand.span_first, told)))
        cue = next((i for i in framing if self.text.tokens[i].low in self.lex.dative_clitics | self.lex.document_nouns), None)
        if cue is None or any(self.text.tokens[i].low in self.lex.reporting.clause_openers for i in range(cue, cand.span_first)):
            return []  # (`во писмо до X понуди …, а Y изјави дека …`, `… на X, откако Y стави вето`: another's clause)
        subject = max((g for g in view.groups if g.governor is None and g.end <= cue), key=lambda g: g.end, default=None)
        if (subject is not None and not set(subject.entities) & set(actors)
                and view.clauses[view.clause_of(cand.first)].opener not in self.lex.reporting.complementisers):
            return []  # (`Z им забрани на X, Y се заканува …`: another subject's act; what is told, `дека …`, may have any)
        found = self._dative_addressee(view, cand, actors, framing)
        if not found:
            # (`соопштението на Комисијата`: a document's author, not its addressee)
            nouns = {i + 2 for i in framing if self.text.tokens[i].low in self.lex.document_nouns}
            group = next((g for g in view.groups if g.first in nouns and g.end <= framing[-1] + 1 and g.governor != self.lex.genitive
                          and g.governor in self.lex.document_addressee_prepositions and not set(g.entities) & set(actors)), None)
            found = self._group_entities(group) if group is not None else []
        return [e for e in found if e not in self.entities or self.entities[e].sector not in self.lex.audience_sectors]

    def _dative_addressee(self, view: SentenceView, cand: Candidate, actors: list[str], framing: list[int]) -> list[str]:
        """The `на` phrase a dative clitic among the `framing` tokens doubles (`ѝ порача на војската`), a name or an
        organ or collective; not the press, the audience (`им порача на новинарите`)."""
        dative = next((i for i in framing if self.text.tokens[i].low in self.lex.dative_clitics), None)
        to = next((i for i in framing if dative is not None and i > dative and self.text.tokens[i].low == self.lex.genitive), None)
        if to is None:
            return []
        starts = {g.first: g for g in view.groups}
        for i in range(to + 1, min(to + 1 + ADDRESS_REACH, framing[-1] + 1)):
            if i in starts:
                return [e for e in self._group_entities(starts[i]) if e not in actors]
            if self.lex.sector_heads.get(self.text.tokens[i].low) in self.lex.audience_sectors:
                break
            if self.text.tokens[i].low in self.lex.sector_heads:
                return [self._head_actor(view, cand, i)]
            if self.text.tokens[i].low in self.lex.reporting.prepositions:  # (`на министрите во Скопје`: the place is no addressee)
                break
        return []

    def _clitics_before(self, view: SentenceView, cand: Candidate) -> tuple[int, list[str]]:
        """The clitics right before the trigger's span (its light verb's, if it has one), and the
        token before them."""
        clitics = self.lex.reporting.clitics | self.lex.reflexive
        light = self._light_verb(view, cand) if cand.trigger.noun else None
        first = cand.span_first if light is None else light
        i = first - 1
        while i >= view.first and self.text.tokens[i].low in clitics:
            i -= 1
        return i, [t.low for t in self.text.tokens[i + 1:first]]

    def _dative_only(self, view: SentenceView, cand: Candidate) -> bool:
        """A dative clitic and no accusative one before the trigger (`му изрази поддршка`, `му упати покана`):
        it stands for whom the act is for, not for the noun of a trigger of several words."""
        words = self._clitics_before(view, cand)[1]
        return any(w in self.lex.dative_clitics for w in words) and not any(w in self.lex.reporting.object_clitics for w in words)

    def _clitic_object(self, view: SentenceView, cand: Candidate) -> str | None:
        """The gender (or `plural`) of an object clitic before the verb (`го критикуваше`, `ѝ се
        закани`) when no object follows the verb (a reason, a clause or the sentence's end does);
        a dative clitic also before the thing given (`му вети нови ракети`), not before the
        `на` phrase it doubles (`им порача на партнерите`)."""
        i, before = self._clitics_before(view, cand)
        gender = next((self.lex.object_clitic_genders[w] for w in before if w in self.lex.object_clitic_genders), None)
        after = self._past_speaker_aside(view, cand.end)
        follower = self.text.tokens[after].low if after < view.end else None
        accusative = any(w in self.lex.reporting.object_clitics for w in before)
        dative = any(w in self.lex.dative_clitics for w in before) and not accusative
        # (`го покани на вечера`: after an accusative clitic `на` heads no object; `му честиташе на победата`: after
        # a dative one, a noun of another gender is what the act is for)
        if follower is not None and follower not in self.lex.unnamed_object_followers and not (
                dative and self._undoubled_noun(view, after + 1, before)) and not (
                dative and follower not in cand.trigger.slots.recipient and follower != self.lex.genitive) and not (
                accusative and follower == self.lex.genitive):
            return None
        # a definite noun before the clitics is the object they double (`понудата ја условија со …`)
        names = self._name_tokens(view)
        fronted = (i >= view.first and i not in names and not self.text.tokens[i].cap
                   and self.text.tokens[i].low.endswith(self.lex.reporting.definite_endings))
        return None if fronted or (dative and self._doubled_later(view, cand, gender)) else gender

    def _doubled_later(self, view: SentenceView, cand: Candidate, gender: str | None) -> bool:
        """A name of the dative clitic's gender or number in a `на` phrase further on in the trigger's clause
        is the object the clitic doubles (`ѝ упатија покана за членство на Бугарија`), no one named before."""
        k = view.clause_of(cand.first)
        return any(g.first >= cand.end and g.clause == k and g.governor == self.lex.genitive and g.entities
                   and self._group_gender(g) == gender for g in view.groups)

    def _undoubled_noun(self, view: SentenceView, at: int, clitics: list[str]) -> bool:
        """The word at `at` is a common noun whose article shows a gender or number the dative clitic among
        `clitics` cannot double (`му честиташе на победата`), so it names no one the act is for."""
        if at >= view.end or self.text.tokens[at].cap or at in self._name_tokens(view):
            return False
        low = self.text.tokens[at].low
        doubled = next((self.lex.dative_doubled_articles[w] for w in clitics if w in self.lex.dative_doubled_articles), None)
        return (doubled is not None and low.endswith(self.lex.reporting.definite_endings)
                and not low.endswith(doubled))

    def _past_speaker_aside(self, view: SentenceView, at: int) -> int:
        """The token after a speaker's aside set off by commas at `at` (`ја критикува, како што рече, „двојната
        мерка“ на Брисел`: the object goes on after it), else `at`."""
        tokens = self.text.tokens
        if (at + 4 < view.end and tokens[at].text == "," and tokens[at + 1].low in self.lex.reporting.inverted_openers
                and tokens[at + 2].low in self.lex.reporting.inverted_openers and tokens[at + 3].low in self.lex.reporting.verbs
                and tokens[at + 4].text == ","):
            return at + 5
        return at

    def _antecedent(self, view: SentenceView, cand: Candidate, actors: list[str], gender: str) -> list[str]:
        """The name a pronoun of this gender (or `plural`) in the verb's object points back to: the
        last such name before the trigger in the sentence, else the first of the sentence before;
        never the actors' side, nor a town or region where something is or goes (`до Ротердам`)."""
        own = self._country_codes(actors)

        def owner(g: Group) -> bool:
            countries = {self.entities[e].country for e in g.entities if e in self.entities}
            # (a person of the actors' own state is another side: `Кавано и жената која го обвини`)
            people = all(e in self.entities and self.entities[e].type == "PER" for e in g.entities)
            return (not set(self._group_entities(g)) & set(actors) and (people or not countries <= own)
                    and not self._mere_location(g) and self._group_gender(g) == gender
                    and not (self._place_group(g) and not all(is_state(self.entities[e].kb_id) for e in g.entities)
                             and g.governor in self.lex.mission_site_prepositions))

        # (not a name in the subject's own phrase, between it and the verb with no verb of its own: `делегацијата
        # предводена од X го отфрли`; `разговараше со X и му честиташе` still is)
        subject_at = min((self.text.token_at(m.start) for a in actors if a in self.entities for m in self.entities[a].mentions
                          if view.first <= self.text.token_at(m.start) < cand.first), default=cand.first)
        tokens = self.text.tokens
        before = [g for g in view.groups if g.end <= cand.first and not (subject_at < g.first and not any(
            t.text in CLAUSE_MARKS or t.low in self.lex.reporting.coordinators for t in tokens[g.end:cand.first]))]
        index, earlier = self.earlier_groups
        previous = [g for g in earlier if index == view.index - 1]
        found = next((g for g in before[::-1] + previous if owner(g)), None)
        return self._group_entities(found) if found is not None else []

    def _group_gender(self, group: Group) -> str | None:
        """`plural` for coordinated names or a plural head (`лидерите на ЕУ`); a person's gender by
        the names; else the gender or number the name's last word shows (`Македонија`, `Владата`
        feminine; `Филипините` plural; `Израел`, `Косово` masculine, as `неговиот` stands for
        both), none for an abbreviation (`ЕУ`, `НАТО`)."""
        head = group.head or ""
        if len(group.entities) > 1 or head.endswith(self.lex.plural_definite) or (
                head in self.lex.sector_heads and head.endswith(self.lex.plural_endings)):
            return "plural"  # (a collective head without its article too: `200 жители на селото X`)
        ent = self.entities.get(group.entities[0])
        if ent is None:
            return None
        if ent.type == "PER":
            return self._person_gender(ent.id) or "masculine"
        word = self.text.tokens[group.members[0].end - 1].text
        if group.head is not None and self.lex.is_role(group.head):
            word = group.head  # `амбасадорот на Германија`: the ambassador's gender, not the state's
        if word.isupper():
            return None
        low = word.lower()
        return next((g for g, endings in self.lex.name_gender_endings.items() if low.endswith(endings)), "masculine")

    def _note_officials(self, index: int, sides: list[str]) -> None:
        """Two or more people who met or acted together (`X се сретна со Y`, `X и Y потпишаа`): the officials
        a plural of their office refers to after."""
        if len(sides) > 1 and all(s in self.persons for s in sides):
            self.last_officials = (index, list(dict.fromkeys(sides)))

    def _recent_officials(self, view: SentenceView) -> list[str]:
        index, officials = self.last_officials
        return list(officials) if officials and view.index - index <= OFFICIALS_REACH else []

    def _officials_subject(self, view: SentenceView, cand: Candidate, candidates: list[Candidate]) -> bool:
        """The clause's bare collective subject is a plural of an office opening the clause, with no phrase
        of its own after it (`Министрите се договорија`; not `Министрите за животна средина потпишаа`)."""
        at = self._subject_collective_at(view, cand, candidates)
        if at is None or self.text.tokens[at].low not in self.lex.gathered_officials:
            return False
        opens = at == view.clauses[view.clause_of(cand.first)].first
        return opens and at + 1 < view.end and self.text.tokens[at + 1].low not in self.lex.governors

    def _earlier_plural(self, view: SentenceView, actors: list[str]) -> list[str]:
        """The last coordinated names (or a plural head's: `лидерите на ЕУ`) of the sentence just
        before that are not the actors (`… со Мерц и Макрон. Тој ги повика …`)."""
        index, groups = self.earlier_groups
        earlier = [g for g in groups if index == view.index - 1 and self._group_gender(g) == "plural" and not set(g.entities) & set(actors)]
        return self._group_entities(earlier[-1]) if earlier else []

    def _nearest_other(self, view: SentenceView, cand: Candidate, actors: list[str]) -> Group | None:
        """The first name after the trigger that is neither an actor, nor the actors' own state,
        nor the place of the event, nor under a preposition that never marks a recipient (`се
        борат за Русија`), nor the speaker of the statement the trigger stands in (`…, ЕУ ќе ги
        замрзне фондовите, предупреди Фон дер Лајен`): in the trigger's clause, else in the rest
        of the sentence. (Names before the trigger are left alone: there the subject's side of
        the sentence stands.)"""
        k = view.clause_of(cand.first)
        own = self._country_codes(actors)
        start = self.text.tokens[cand.first].start
        speakers = {q.speaker for q in self.doc.quotes if q.sentence == view.index and q.start <= start < q.end}
        # a judged act as the object (`ги осуди ударите и побара од Вашингтон …`): the names after the next `и` are
        # the next verb's, the act's author is found among the earlier events
        act_end = self._judged_act_end(view, cand)
        after = [g for g in view.groups if g.first >= cand.end and not set(g.entities) & (set(actors) | speakers)
                 and g.governor not in self.lex.not_recipient_prepositions
                 and not (g.governor in self.lex.location_prepositions
                          and (self._place_group(g) or (cand.trigger.type in self.lex.forum_place_types
                                                        and g.first < self._coordinated_verb(view, cand.end))))
                 and not (g.head in self.lex.place_parts and self._place_group(g))  # `на северот на Косово`: where
                 and not (g.head is not None and self._titled_person_at(view, g.end))  # `критичар на X Y`: Y is the one
                 and not self._actors_title(view, g, actors)
                 and not self._bordering(view, g)
                 and not (cand.trigger.forum and g.first == cand.end)  # (`жалба до Советот`: where it is lodged)
                 and not self._own_state(g, own) and not self._mere_location(g)
                 and not (g.clause != k and self._only_reports(g))  # `…, како што јави Ројтерс`: it reports
                 # past `и` and a clitic, the partner of the next verb, or its bare object (`… и ја обвини Владата`)
                 and not ((g.governor is None or g.governor in self.lex.partner_prepositions)
                          and g.first > self._coordinated_verb(view, cand.end))
                 and g.first <= act_end]
        # (a later `дека` clause is what is said or denied, not whom it is said to: `ги отфрли
        # обвинувањата и рече дека руските сили …`)
        told = {n for n, c in enumerate(view.clauses) if n > k and c.opener in self.lex.reporting.complementisers}
        # (nor a later clause with a subject of its own: `ја осуди пресудата, а портпаролката …
        # изјави`, `Вашингтон воведе царини, Брисел најави …`)
        told |= {n for n, c in enumerate(view.clauses) if n > k and (c.opener in self.lex.new_subject_openers or c.own_subject
                                                                     or self.text.tokens[c.first].cap)}
        # (nor a later clause of concession or cause whose subject the names opening it are: `…, иако Чешка и Австрија
        # изразија сомнежи`; after `но` the other side may speak: `X бара крај на војната, но САД тврдат …`)
        told |= {g.clause for g in view.groups if g.clause > k and view.clauses[g.clause].opener in self.lex.aside_openers
                 and g.first == view.clauses[g.clause].first + 1}
        told |= self._agreed_content(view, cand, k)
        if cand.trigger.type == "REQUEST" and self.text.tokens[cand.span_first - 1].low in self.lex.object_clitic_genders:
            # (nor, when someone was asked, the `да` clause of what they are asked: `ги повика посредниците да
            # извршат притисок врз Израел`)
            told |= {n for n, c in enumerate(view.clauses) if n > k and c.opener in self.lex.subjunctive}
        for pool in ([g for g in after if g.clause == k], [g for g in after if g.clause not in told]):
            if pool:
                return min(pool, key=lambda g: g.first)
        return None

    def _titled_person_at(self, view: SentenceView, at: int) -> bool:
        """A person's name starts at token `at`, right after a title that names a state or body (`критичарот
        на X Y`): the person is the participant, the state only qualifies the title."""
        return any(h.first == at and all(e in self.entities and self.entities[e].type == "PER" for e in h.entities)
                   for h in view.groups)

    def _actors_title(self, view: SentenceView, group: Group, actors: list[str]) -> bool:
        """The group's head noun stands in apposition to an actor, set off by commas (`Y, претседател на
        Комитетот, …`): the body only tells the actor's office."""
        at, tokens = group.head_at, self.text.tokens
        return (at is not None and at >= 2 and tokens[at - 1].text == "," and group.end < len(tokens) and tokens[group.end].text == ","
                and any(h.end == at - 1 and set(h.entities) & set(actors) for h in view.groups))

    def _agreed_content(self, view: SentenceView, cand: Candidate, k: int) -> set[int]:
        """The `да` clauses right after an agreement's words in clause `k` (`се согласија да
        формираат и да го земат …`): what is agreed, no clause of its recipient, unless a dative
        clitic there names whom it serves (`се согласи да им ги врати имотите на …`)."""
        if not cand.trigger.agreed_content:
            return set()
        content = set()
        for n in range(k + 1, len(view.clauses)):
            c = view.clauses[n]
            joined = c.first == cand.end if n == k + 1 else c.before_opener[-1:] and c.before_opener[-1] in self.lex.reporting.coordinators
            if c.opener not in self.lex.subjunctive or not joined:
                break
            content.add(n)
        if content and any(t.low in self.lex.dative_clitics for t in self.text.tokens[cand.end:view.clauses[max(content)].end]):
            return set()
        return content

    def _coordinated_verb(self, view: SentenceView, start: int) -> int:
        """Where `и` and a clitic open the same subject's next verb after token `start`, else the
        sentence end."""
        clitics = self.lex.reporting.object_clitics | self.lex.dative_clitics | self.lex.plural_object_clitics | self.lex.reflexive
        tokens = self.text.tokens
        return next((i for i in range(start, view.end - 1)
                     if tokens[i].low in self.lex.reporting.coordinators and tokens[i + 1].low in clitics), view.end)

    def _home_tour(self, args: Arguments) -> bool:
        """Every recipient is a town or region (not a state) of the actors' own country
        (`втората посета на Трамп на Западна Вирџинија`): no host is met."""
        places = [self.entities.get(r) for r in args.recipient]
        countries = self._countries(args.actor)
        return bool(places) and bool(countries) and all(
            p is not None and p.type in PLACE_TYPES and p.country in countries and p.kb_id != f"gpe:{p.country}" for p in places)

    def _mere_location(self, group: Group) -> bool:
        """The group names only places that are no state (a city, a region, a continent): where
        something is, not someone a deed can be aimed at."""
        ents = [self.entities.get(e) for e in group.entities]
        return all(e is not None and e.type == "LOC" for e in ents)

    def _of_a_state(self, group: Group) -> bool:
        """Every place of the group lies in a state (`Газа`, not `Црно Море`)."""
        return all(self.entities[e].country for e in group.entities if e in self.entities)

    def _own_state_told(self, view: SentenceView, cand: Candidate, recipient: Group, actors: list[str]) -> bool:
        """A speech act's bare name in its content clause is the actors' own state or its capital (`предупреди дека
        Техеран ќе …`): that state acts in the content, no one the act is aimed at."""
        return (cand.trigger.type in SPEECH_ACTS and recipient.governor is None and recipient.clause == self._content_clause(view, cand)
                and self._own_state(recipient, {self.entities[e].country for e in actors if e in self.entities} - {None}))

    def _own_state(self, group: Group, countries: set[str]) -> bool:
        """The group is the actors' own state (`Нетанјаху се закани дека Израел ќе …`): no
        recipient of what they do."""
        ents = [self.entities.get(e) for e in group.entities]
        return bool(countries) and all(e is not None and e.type == "GPE" and e.country in countries for e in ents)

    def _demonym_after(self, view: SentenceView, cand: Candidate, actors: list[str], before: int | None = None) -> str | None:
        """The country of the first demonym after the trigger in its clause (a threat's: to the end of its content
        clause), an adjective not the actor's country, outside the actor's own phrase, before token `before` (the
        nearest name) if given, and not the title of a name right after it (`српскиот претседател Вучиќ`: the name is
        the participant)."""
        k = view.clause_of(cand.first)
        content = self._content_clause(view, cand) if cand.trigger.type == "THREATEN" else None
        if content is not None:  # `се закани дека ќе одговори на израелската агресија`: a threat's content names its target
            k = content
        end = view.clauses[k].end if before is None else min(before, view.clauses[k].end)
        own = {self.entities[a].country for a in actors if a in self.entities}
        # (a people's noun may be the actor's compatriots: `масакрот на Бошњаците` by Bosnian Serb forces)
        found = [(self.text.token_at(m.start), ent.id) for ent in self.doc.entities for m in ent.mentions
                 if getattr(m, "kind", "name") == "demonym" and (ent.country not in own or m.text[:1].isupper())]
        # (not one inside the actor's own phrase: `масакрот … од страна на силите на босанските Срби`)
        own_phrase = ({i for a in actors if a in self.entities for m in self.entities[a].mentions
                       for i in range(self.text.token_at(m.start), self.text.token_at(m.end))}
                      | {i for g in view.groups for p in g.members if p.entity in actors for i in range(p.first, p.end)})
        after = [(at, ident) for at, ident in found if cand.end <= at < end and at not in own_phrase]
        if before is not None:
            names = self._name_tokens(view)
            # (a demonym whose noun owns the name is the nearer party: `од руските сопственици на НИС`)
            after = [(at, ident) for at, ident in after if at not in names and (
                before - at > GOVERNOR_REACH or self._owns_name(at, before))]
        return min(after)[1] if after else None

    def _owns_name(self, demonym: int, name: int) -> bool:
        """The demonym's noun is followed right by `на` and the name (`руските сопственици на НИС`): its head."""
        tokens = self.text.tokens
        return name - demonym == 3 and tokens[demonym + 2].low == self.lex.genitive and tokens[demonym + 1].text.islower()

    def _demonym_governed(self, view: SentenceView, cand: Candidate, prepositions: tuple[str, ...],
                          actors: list[str]) -> str | None:
        """The state of a demonym right after one of the trigger's recipient prepositions later in
        its clause (`против израелската офанзива`), not the actors' own."""
        tokens = self.text.tokens
        own = {self.entities[a].country for a in actors if a in self.entities}
        for at in range(cand.end, view.clauses[view.clause_of(cand.first)].end - 1):
            ent = self.demonym_ends.get(at + 2)
            if tokens[at].low in prepositions and ent is not None and ent.country and ent.country not in own:
                return ent.id
        return None

    def _owner_governed(self, view: SentenceView, cand: Candidate, prepositions: tuple[str, ...],
                        actors: list[str]) -> list[str]:
        """The names of the `на` phrase of a noun right after one of the trigger's recipient prepositions later in its
        clause, one lower-case adjective may stand between (`протестираа против мерките на Лајчак`, `против новите
        рации на ИЦЕ`): whose measure is protested is the target (guidelines), not the protesters' own authorities."""
        tokens = self.text.tokens
        end = view.clauses[view.clause_of(cand.first)].end
        for g in view.groups:
            at = g.head_at
            if at is None or g.governor != self.lex.genitive or not cand.end < at < end or set(g.entities) & set(actors):
                continue
            if tokens[at - 1].low in prepositions or (
                    at - 2 >= cand.end and tokens[at - 2].low in prepositions and tokens[at - 1].text.islower()):
                return g.entities
        return []

    def _targeted(self, view: SentenceView, cand: Candidate) -> bool:
        """A target noun and `на` before the noun trigger, with lower-case adjectives between
        (`цел на масовен руски напад`)."""
        tokens = self.text.tokens
        at = cand.first - 1
        while at > view.first and cand.first - at <= 4 and tokens[at].low != self.lex.genitive:
            if not (tokens[at].text.isalpha() and not tokens[at].cap):
                return False
            at -= 1
        return at > view.first and tokens[at].low == self.lex.genitive and tokens[at - 1].low in self.lex.target_nouns

    def _demonym_before(self, view: SentenceView, cand: Candidate) -> Group | None:
        """The state of a demonym adjective right before a noun trigger, or before one lower-case
        adjective before it (`рускиот напад`, `израелскиот масовен напад`), with a demonym coordinated before it
        (`француското и холандското одбивање`: both states)."""
        tokens = self.text.tokens
        for at in (cand.first, cand.first - 1):
            ent = self.demonym_ends.get(at)
            if ent is not None and ent.country and at > view.first:
                own = [Participant(ent.id, at - 1, at)]
                joined = self.demonym_ends.get(at - 2)
                if (joined is not None and joined.country and joined is not ent and at - 3 >= view.first
                        and tokens[at - 2].low in self.lex.reporting.coordinators):
                    own.insert(0, Participant(joined.id, at - 3, at - 2))
                return Group(own)
            if not (at > view.first and tokens[at - 1].text.isalpha() and not tokens[at - 1].cap
                    and tokens[at - 1].low.endswith(self.lex.adjective_endings + self.lex.modifier_endings)):
                return None
        return None

    def _fill(self, view: SentenceView, cand: Candidate, slots: tuple[str, ...], candidates: list[Candidate],
              exclude: Group | None, recipient: bool = False) -> tuple[Group | None, str | None]:
        for slot in slots:
            if slot == "subject":
                group, how = self._subject(view, cand, candidates)
                if (recipient and how == "speaker" and (cand.passive or cand.trigger.slots.actor[:1] != ("object",))
                        and not self._first_person_verb(cand)):  # (but `„Бевме обвинети“`: the speaker was)
                    # `Уапсени се двајца државјани …, соопшти МВР`: the source is no patient; but a host who says he will
                    # receive guests is the one visited (`Министерот изјави дека ќе ги прими претставниците на …`)
                    group = None
            elif slot == "object":
                group, how = self._object(view, cand, candidates), "object"
            elif slot == "demonym":  # (no group: read once the other sides are known, in `_arguments`)
                continue
            elif slot == "authority":
                group, how = self._authority(view, cand, candidates), self.lex.genitive
            else:
                group, how = self._governed(view, cand, slot, candidates, exclude), slot
            if group is not None and group is not exclude:
                if recipient and self._own_possessor(cand, group, how, exclude):
                    continue
                if recipient and how == self.lex.genitive and not cand.trigger.noun:
                    # (a noun trigger's own agent phrase is its actor: `опсадата на X од страна на Y`)
                    group = self._act_agent(view, group) or group
                return self._apposed_person(view, group), how
        return None, None

    def _act_agent(self, view: SentenceView, group: Group) -> Group | None:
        """The names under an agent's word sequence right after the `на` phrase of an act a verb judges (`го осуди
        признавањето на X од страна на Y`): Y did the act judged, X only underwent it."""
        for words in self.lex.agent_phrases:
            if tuple(view.words(group.end, group.end + len(words))) == words:
                return next((g for g in view.groups if g.first == group.end + len(words)), None)
        return None

    def _own_possessor(self, cand: Candidate, group: Group, how: str | None, actor: Group | None) -> bool:
        """The `на` phrase right after an act's noun that names the actor's own state or its capital (`ја изрази
        поддршката на Загреб за …`, said by a Croat): whose act it is, not whom it is for."""
        if (how != self.lex.genitive or actor is None or group.first != cand.end + 1
                or any(e not in self.entities or self.entities[e].type != "GPE" for e in group.entities)):
            return False  # (an organ there may well be whom it is for: `побара оставка на Владата`)
        own = {self.entities[e].country for e in self._group_entities(actor) if e in self.entities}
        told = {self.entities[e].country for e in self._group_entities(group) if e in self.entities}
        return None not in own | told and bool(told) and told <= own

    def _authority(self, view: SentenceView, cand: Candidate, candidates: list[Candidate]) -> Group | None:
        """The `на` phrase of an act's noun when it names an authority doing the act to a target
        told right after it (`Истрагата на ФБИ против X`, `Истрагата на Комисијата за тендерите`), not
        whom it is done to (`апсењето на градоначалникот`; `ни треба истрага на ФБИ`, an act only
        wanted, names none). No person: a person's `на` is the patient."""
        group = self._governed(view, cand, self.lex.genitive, candidates)
        if group is None:
            return None
        bodies = [self.entities.get(e) for e in self._group_entities(group)]
        if any(e is None or e.type == "PER" or e.sector not in self.lex.authority_sectors for e in bodies):
            return None
        targeted = group.end < view.end and self.text.tokens[group.end].low in self.lex.authority_target_prepositions
        return group if targeted else None

    def _genitive_agent(self, view: SentenceView, cand: Candidate, candidates: list[Candidate]) -> Group | None:
        """The `на` phrase right after an act's noun when the act's target follows it under a target preposition
        (`нападот на Хамас врз јужен Израел`): the one acted on is told there, so the genitive is the doer; a mere
        place is none (`нападите на северот врз …`); an unnamed organ or collective is (`нападот на полицијата врз
        демонстрантите`)."""
        tokens = self.text.tokens
        at = cand.end + 1
        if at + 1 >= view.end or tokens[cand.end].low != self.lex.genitive:
            return None
        group = self._governed(view, cand, self.lex.genitive, candidates)
        if group is not None and (group.head_at if group.organ else group.first) == at:
            targeted = group.end < view.end and tokens[group.end].low in self.lex.agent_genitive_targets
            return group if targeted and not self._mere_location(group) else None
        if tokens[at].low in self.lex.sector_heads and tokens[at + 1].low in self.lex.agent_genitive_targets:
            return Group([Participant(self._head_actor(view, cand, at), at, at + 1)])
        return None

    def _agent_phrase(self, view: SentenceView, cand: Candidate) -> Group | None:
        """The names under an agent's word sequence (`од страна на`) a few words after an act's noun, in its clause or
        the relative clause right after it (`истрагата од страна на ФБИ`, `отстапките што беа направени од страна на
        делегацијата`): the noun's doer, as a passive's agent is the verb's. Not after a noun a preposition governs: there
        the phrase is the clause verb's (`направени во разговорите од страна на …`); of a verb only after a passive's
        auxiliary (`му беше доделена титулата … од страна на …`: an active verb's doer is its subject, `ја услови со
        мерки од страна на …` names whose the measures are)."""
        tokens = self.text.tokens
        if not cand.trigger.noun and (cand.span_first == view.first or tokens[cand.span_first - 1].low not in self.lex.passive_auxiliaries):
            return None
        if any(tokens[i].low in self.lex.governors for i in (cand.span_first - 1, cand.span_first) if i >= view.first):
            return None  # (an entry's own words may open with the preposition: `со обвинувањата`)
        k = view.clause_of(cand.first)
        for g in sorted(view.groups, key=lambda g: g.first):
            if g.first < cand.end or g.first - cand.end > AGENT_PHRASE_REACH or view.clause_of(g.first) > k + 1:
                continue
            if any(tuple(view.words(g.first - len(words), g.first)) == words for words in self.lex.agent_phrases):
                return g
        # an unnamed organ or collective under it (`опсадата од страна на силите`, `од страна на три жени`), not past a
        # coordinated act's noun (`одбивањето на уставот и непостигнувањето договор од страна на водачите`)
        stop = min(view.end, cand.end + AGENT_PHRASE_REACH)
        for at in range(cand.end, stop):
            if tokens[at].low in self.lex.coordinators:
                return None
            words = next((w for w in self.lex.agent_phrases if tuple(view.words(at, at + len(w))) == w), None)
            if words is not None:
                if view.clause_of(at) > k + 1:
                    return None
                head = self._collective_head(view, cand, at + len(words), min(view.end, at + len(words) + OBJECT_REACH))
                return Group([Participant(head, at, at + len(words))]) if head is not None else None
        return None

    def _apposed_person(self, view: SentenceView, group: Group) -> Group:
        """`со претседателот на Европскиот совет Антонио Коста`: the person named right after
        an office of a body or state is the participant, not the body."""
        if group.organ is None:
            return group
        person = next((g for g in view.groups if g.first == group.end and g.governor is None), None)
        if person is not None and all(self.entities.get(e) is not None and self.entities[e].type == "PER" for e in person.entities):
            return person
        return group

    def _group_entities(self, group: Group) -> list[str]:
        """The group's entities as actors: a country as the possessor of an organ (`Владата на
        Македонија`) stands for the organ (the derived MKD GOV), the seat of a body for the
        body (`Брисел` -> the EU, `Хаг` -> the tribunal: the knowledge base's anaphor forms), a
        capital for its government (`Москва` -> RUS GOV)."""
        if len(group.members) > 1:  # `Вашингтон и Брисел`: each seat in a coordination stands for its body
            return list(dict.fromkeys((self._seated_body(Group([m])) if self._is_bare_place(m.entity) else None)
                                      or m.entity for m in group.members))
        ent = self.entities[group.members[0].entity] if self._is_bare_place(group.members[0].entity) else None
        if ent is None:
            return group.entities
        tokens = self.text.tokens
        body = self._seated_body(group)
        if body is not None:
            return [body]
        if group.organ is not None:
            start, end = tokens[group.head_at].start, tokens[group.end - 1].end
            return [self._derive(ent, group.organ, start, end, tokens[group.first].sentence).id]
        if capital_of(ent):
            start, end = tokens[group.first].start, tokens[group.end - 1].end
            return [self._derive(ent, "GOV", start, end, tokens[group.first].sentence, capital_of(ent)).id]
        return group.entities

    def _is_bare_place(self, ident: str) -> bool:
        """The entity is a place with no sector of its own (a state or a city, not an organ)."""
        ent = self.entities.get(ident)
        return ent is not None and ent.type == "GPE" and not ent.sector

    def _seated_body(self, group: Group) -> str | None:
        """The organisation a city's name stands for as a participant, when the knowledge base
        lists the name as that organisation's anaphor: the document's entity for it, else a
        derived one."""
        tokens = self.text.tokens
        start, end = tokens[group.first].start, tokens[group.end - 1].end
        surface = self.doc.text[start:end]
        body = next((a for a in load_kb().lookup(surface, ["anaphor"]) if a.type == "ORG"), None)
        if body is None:
            return None
        known = next((e for e in self.doc.entities if e.kb_id == body.id), None)
        if known is not None:
            return known.id
        key = (body.id, "seat")
        derived = self.derived.get(key)
        if derived is None:
            derived = Entity(id=f"{group.members[0].entity}.seat", name=body.name_mk, type="ORG", country=body.country,
                             sector=body.sector, name_en=body.name_en, kb_id=body.id, rule="events:seat")
            self._register(key, derived)
        derived.mentions.append(Mention(start=start, end=end, text=surface, sentence=tokens[group.first].sentence,
                                        kind="reference", rule="events:derived"))
        return derived.id

    def _collective(self, view: SentenceView, cand: Candidate, candidates: list[Candidate]) -> str | None:
        """An unnamed organ or collective as the bare subject (`Полицијата уапси ...`,
        `граѓаните протестираа`): an actor with the head's sector and the country of the
        sentence's place, if it names one."""
        head = self._subject_collective_at(view, cand, candidates)
        return self._head_actor(view, cand, head) if head is not None else None

    def _collectives(self, view: SentenceView, cand: Candidate, candidates: list[Candidate]) -> list[str]:
        """The bare collective subject and one coordinated right before it (`студенти и граѓани протестираа`):
        both act."""
        head = self._subject_collective_at(view, cand, candidates)
        if head is None:
            return []
        tokens = self.text.tokens
        joined = head - 2
        if (joined >= view.clauses[view.clause_of(cand.first)].first and tokens[head - 1].low in self.lex.reporting.coordinators
                and tokens[head - 1].word and self.lex.sector_heads.get(tokens[joined].low) and joined not in self._name_tokens(view)
                and not (joined > view.first and tokens[joined - 1].low in self.lex.governors)):
            return list(dict.fromkeys([self._head_actor(view, cand, joined), self._head_actor(view, cand, head)]))
        return [self._head_actor(view, cand, head)]

    def _subject_collective_at(self, view: SentenceView, cand: Candidate, candidates: list[Candidate]) -> int | None:
        """The token of the unnamed organ or collective that is the bare subject (see `_collective`), or None."""
        clause = view.clauses[view.clause_of(cand.first)]
        subject_end, _ = self._verb_bounds(view, cand, candidates)
        if clause.resumes_subject:
            # `Лидерите на членките, кои вчера се собраа …, го поддржаа …`: the subject before the relative clause
            clause = view.clauses[0]
            subject_end = clause.end
        taken = self._name_tokens(view)
        for i in range(min(subject_end, cand.first) - 1, clause.first - 1, -1):
            tok = self.text.tokens[i]
            sector = self.lex.collective_sector(tok.low, self.text.tokens[i - 1].low) or self._counted_crowd(clause.first, i)
            if i in taken or not (sector or self._earlier_body(i, None)):
                continue
            if i - 2 >= clause.first and self.text.tokens[i - 2].low in self.lex.reporting.object_clitics:
                continue  # `Офицерите ја презедоа власта и го уапсија …`: the object of the verb before, not the subject
            if i > clause.first and self.text.tokens[i - 1].low in self.lex.generic_determiners:
                return None  # `Секоја влада ветува …`: any government, no actor
            if i > clause.first and self.text.tokens[i - 1].low in self.lex.governors and self._in_aside(clause.first, i, cand.first):
                continue  # `Демонстрантите, според полицијата, ја нападнаа …`: the subject is before the aside
            if i > clause.first and self.text.tokens[i - 1].low in self.lex.governors and not self._speaking_body(view, cand, i):
                # `Пратениците од опозицијата ја обвинија …`: the collective whose members an `од`
                # phrase tells is the subject, and so is an association its `на` phrase names the
                # members of (`Здружението на новинарите го осуди …`), and people named by whose they are
                # (`Семејствата на жртвите го критикуваа …`); any other governed one is none
                head = i - 2
                governor = self.text.tokens[i - 1].low
                if self._partitive_at(clause.first, head, governor):
                    return i  # `Дел од демонстрантите фрлија …`: the part acts for the whole
                head_sector = self.lex.sector_heads.get(self.text.tokens[head].low) if head >= clause.first else None
                # (`Членовите на синдикатот протестираа`: the body its members or delegates act for)
                delegates = (head >= clause.first and governor == self.lex.genitive
                             and self.text.tokens[head].low in self.lex.delegate_nouns)
                if not delegates and (head < clause.first or head in taken or not head_sector
                                      or not (governor == self.lex.member_preposition
                                              or (governor == self.lex.genitive and head_sector in ASSOCIATION_SECTORS | PEOPLE_SECTORS))):
                    return None
                opener = head
                if (not delegates and opener - 2 >= clause.first and self.text.tokens[opener - 1].low == self.lex.genitive
                        and self.text.tokens[opener - 2].low in self.lex.delegate_nouns):
                    opener -= 2  # `Членовите на здружението на новинарите`: the association's members act for it
                if (opener > clause.first and self.text.tokens[opener - 1].low in self.lex.governors
                        and not (delegates and self._partitive_at(clause.first, opener - 2, self.text.tokens[opener - 1].low))):
                    return None  # (`Дел од членовите на партијата`: a part of the members acts for the body too)
                i = i if delegates else head
            return i
        return None

    def _counted_crowd(self, first: int, i: int) -> str | None:
        """The sector of a group of people at token i that a large count before it tells (`неколку стотини
        наставници`, `околу 200 одгледувачи на тутун`), whatever its noun: the count opens the clause (from token
        `first`) or follows no preposition (`пред 200 новинари` is no subject). None when no such count."""
        tokens = self.text.tokens
        tok = tokens[i]
        if (not tok.word or tok.cap or tok.low in self.lex.number_words | self.lex.duration_units
                or (i + 1 < len(tokens) and tokens[i + 1].low in self.lex.partitive_prepositions)):
            return None  # (`70 проценти од уапсените`: a share of the whole after `од`; `200 години`: a length)
        j, counted = i - 1, False
        while j >= first and (tokens[j].text[:1].isdigit() or tokens[j].text == "." or tokens[j].low in self.lex.crowds
                              or tokens[j].low in self.lex.number_words or tokens[j].low in self.lex.partitive_words
                              or tokens[j].low in self.lex.approximators):
            counted = counted or tokens[j].text[:1].isdigit() or tokens[j].low in self.lex.crowds
            j -= 1
        if not counted or (j >= first and (tokens[j].low in self.lex.governors or not tokens[j].word)):
            return None  # (`два F-16 биле …`: a number in a name counts nothing)
        return self.lex.crowd_sector

    def _in_aside(self, first: int, i: int, verb: int) -> bool:
        """Token i is in a phrase set off by commas that a preposition opens, between a clause's subject (from token
        `first`) and its verb at `verb` (`, според полицијата,`, `, по средбата со министрите,`)."""
        tokens = self.text.tokens
        opening = next((j for j in range(i - 1, first, -1) if tokens[j].text == ","), None)
        return (opening is not None and tokens[opening + 1].low in self.lex.governors
                and any(tokens[j].text == "," for j in range(i + 1, verb)))

    def _partitive_at(self, first: int, part: int, governor: str) -> bool:
        """A word of a part at token `part`, governed by nothing, and the whole's preposition after it (`Дел од …`)."""
        tokens = self.text.tokens
        return (part >= first and governor in self.lex.partitive_prepositions and tokens[part].low in self.lex.partitive_words
                and (part == first or tokens[part - 1].low not in self.lex.governors))

    def _head_actor(self, view: SentenceView, cand: Candidate | None, i: int) -> str:
        """The actor an unnamed organ or collective at token i stands for: a party or union the text
        named before (body_anaphora), else an unnamed actor of the head's sector. `cand` None: a quote's speaker."""
        tok = self.text.tokens[i]
        sector = (self.lex.collective_sector(tok.low, self.text.tokens[i - 1].low)
                  or self._counted_crowd(view.clauses[view.clause_of(i)].first, i))
        earlier = self._earlier_body(i, sector)
        if earlier is not None:
            return earlier.id
        stop = cand.first if cand is not None and i < cand.first else None
        owner = self._owner(view, i, stop) or self._possessor_country(view, i)
        return self._unnamed(view, cand, sector, tok.low, tok.text, (tok.start, tok.end), owner)

    def _speaking_body(self, view: SentenceView, cand: Candidate, head: int) -> bool:
        """`Од партијата бараат …`: a sentence opened by a speaker preposition and a body before a
        plural verb tells what the body says or does (as `Од СДСМ велат`)."""
        return (head - 1 == view.first and self.text.tokens[head - 1].low in self.lex.source_subject_prepositions
                and not cand.trigger.noun and self.text.tokens[cand.first].low.endswith(self.lex.plural_verb_endings))

    def _earlier_body(self, i: int, sector: str | None) -> Entity | None:
        """The organisation a body's anaphor at token i (`партијата`, `бунтовниците`) stands for, the
        one the document named last before it: the one whose name holds the head noun's stem
        (`банката`, of any sector), else one of the head's sector. A head of no sector (`Движењето`,
        `Мисијата`) stands only for a body named in the last few sentences with its stem, in its name,
        one of its knowledge-base names (`Движењето Хамас`) or the noun apposed before it (`групата
        ДЖНИМ`). None when the head is no such anaphor or names its own body (`бунтовниците од ФДЛР`:
        not the group told before)."""
        tokens = self.text.tokens
        head, before = tokens[i].low, tokens[i].start
        if head in self.lex.indefinite_bodies and i > 0 and tokens[i - 1].low.endswith(self.lex.definite_adjective_endings):
            head = self.lex.indefinite_bodies[head]  # `новата мисија`: the article on the adjective
        if head not in self.lex.body_anaphora or (
                i + 2 < len(tokens) and tokens[i + 1].low in self.lex.owner_prepositions and tokens[i + 2].text[:1].isupper()):
            return None
        if head in self.lex.adjective_bodies and self.lex.body_adjective_sector(tokens[i - 1].low):
            return None  # `Воениот совет`: a body its adjective tells, not the council named before
        stem = self.lex.body_name_stems.get(head)
        if sector is None:
            if stem is None:
                return None
            since = tokens[i].sentence - BODY_ANAPHOR_SENTENCES
            named = [(m.start, e) for e in self.doc.entities if e.type == "ORG"
                     for m in e.mentions if since <= m.sentence and m.start < before and m.kind == "name"
                     and self._named_with_stem(e, m, stem)]
        else:
            named = [(m.start, e) for e in self.doc.entities if e.type == "ORG"
                     and (stem in (e.name or "").lower() if stem else e.sector == sector)
                     for m in e.mentions if m.start < before and m.kind == "name"]
        return max(named, key=lambda p: p[0])[1] if named else None

    def _named_with_stem(self, entity: Entity, mention, stem: str) -> bool:
        """The body's name, one of its knowledge-base names, or the noun right before this mention of
        it has a word opening with `stem` (`Мисијата на ММФ`, `Движењето Хамас`, `групата ДЖНИМ`, `Државната
        изборна комисија`)."""
        actor = load_kb().get(entity.kb_id) if entity.kb_id else None
        names = [entity.name or "", mention.text] + (list(actor.aliases) if actor is not None else [])
        at = self.text.token_at(mention.start)
        return (any(w.startswith(stem) for n in names for w in n.lower().split())
                or (at > 0 and self.text.tokens[at - 1].low.startswith(stem)))

    def _possessor_country(self, view: SentenceView, head: int) -> str | None:
        """The country of the subject of the clause before, when a possessive pronoun stands
        before the collective (`Армијата соопшти дека нејзините војници убиле …`), or when a state
        organ tells what an unnamed organ opening its `дека` clause did (`Министерството за одбрана
        соопшти дека противвоздушната одбрана собори …`, also after an adverbial: `дека во текот на
        ноќта противвоздушната одбрана …`): its own, not the state of a demonym in the deed."""
        k = view.clause_of(head)
        if not k or head == view.first:
            return None
        tokens = self.text.tokens
        possessed = tokens[head - 1].low in self.lex.own_possessives
        clause = view.clauses[k]
        told = (not possessed and clause.opener in self.lex.reporting.complementisers
                and self.lex.sector_heads.get(tokens[head].low) in STATE_SECTORS
                and tokens[clause.first].low == clause.opener and self._opens_clause_subject(view, clause.first + 1, head))
        if not possessed and not told:
            return None
        subject = self._clause_subject(view, k - 1, None)
        speakers = [self.entities[e] for e in subject.entities if e in self.entities] if subject else []
        if told and not all(e.sector in STATE_SECTORS and e.country not in INTERNATIONAL for e in speakers):
            return None
        countries = {e.country for e in speakers}
        return next(iter(countries)) if len(countries) == 1 else None

    def _opens_clause_subject(self, view: SentenceView, first: int, head: int) -> bool:
        """No name nor other organ or collective stands between tokens `first` and `head`: the head
        is its clause's first party (an adverbial may come before it)."""
        taken = self._name_tokens(view)
        return all(i not in taken and self.text.tokens[i].low not in self.lex.sector_heads for i in range(first, head))

    def _antecedent_collective(self, view: SentenceView, cand: Candidate) -> str | None:
        """The unnamed collective a relative clause describes, the subject of its passive verb
        (`судењето на човекот којшто е обвинет`)."""
        clause = view.clauses[view.clause_of(cand.first)]
        if clause.opener not in self.lex.relative_openers:
            return None
        at = clause.first - 1
        while at > view.first and self.text.tokens[at].text in RELATIVE_PUNCTUATION:
            at -= 1
        if at < view.first or at in self._name_tokens(view):
            return None
        tok = self.text.tokens[at]
        sector = self.lex.sector_heads.get(tok.low)
        return self._unnamed(view, cand, sector, tok.low, tok.text, (tok.start, tok.end), self._owner(view, at)) if sector else None

    def _plural_collective_before(self, view: SentenceView, cand: Candidate, actors: list[str]) -> str | None:
        """The last unnamed plural collective before the trigger in its sentence, not the actors'
        (`излезе пред демонстрантите и им вети`): whom a plural clitic no name fits stands for."""
        taken = self._name_tokens(view)
        mentioned = {(m.start, m.end) for a in actors if a in self.entities for m in self.entities[a].mentions}
        for i in range(cand.span_first - 1, view.first - 1, -1):
            tok = self.text.tokens[i]
            sector = self.lex.sector_heads.get(tok.low)
            if (sector and i not in taken and tok.low.endswith(self.lex.plural_definite)
                    and (tok.start, tok.end) not in mentioned):
                own = self._country_codes(actors)
                # (members told with their body before, `Лидерите на ЕУ … им се заблагодари на лидерите`, are that body's)
                return self._unnamed(view, cand, sector, tok.low, tok.text, (tok.start, tok.end),
                                     self._owner(view, i) or self._earlier_owner(tok.low, i)
                                     or (own.pop() if len(own) == 1 else None))
        return None

    def _fronted_collective(self, view: SentenceView, cand: Candidate, slots: tuple[str, ...]) -> str | None:
        """An unnamed collective under one of the trigger's recipient prepositions that opens its
        clause before it (`Против осомничените ќе биде поднесена кривична пријава`); not `на`, a
        possessor, nor a preposition whose body acts (`Од министерството побараа …`)."""
        at = view.clauses[view.clause_of(cand.first)].first
        tokens = self.text.tokens
        if (tokens[at].low not in slots or tokens[at].low == self.lex.genitive
                or tokens[at].low in self.lex.source_subject_prepositions):
            return None
        return self._collective_head(view, cand, at + 1, min(cand.span_first, at + 1 + OBJECT_REACH))

    def _collective_head(self, view: SentenceView, cand: Candidate, first: int, stop: int) -> str | None:
        """The unnamed collective whose head stands among tokens `first` to `stop`, before any name or governor."""
        taken = self._name_tokens(view)
        for i in range(first, stop):
            tok = self.text.tokens[i]
            if i in taken or tok.low in self.lex.governors:
                return None
            sector = self.lex.sector_heads.get(tok.low)
            if sector:
                return self._unnamed(view, cand, sector, tok.low, tok.text, (tok.start, tok.end), self._owner(view, i))
        return None

    def _collective_object(self, view: SentenceView, cand: Candidate, candidates: list[Candidate],
                           slots: tuple[str, ...], actors: list[str], before: int | None = None) -> list[str]:
        """An unnamed collective as the object of a verb trigger, bare or under one of its
        recipient prepositions (`ги замоли сведоците`, `апелира до граѓаните`): of the country
        its `на` phrase names, else of the actor's own (`Ердоган ги обвини противниците`: Turkish
        opponents), else as any unnamed actor; the collective of several states is those states
        (`ги повика властите во Белград и Приштина`)."""
        countries = {self.entities[a].country for a in actors if a in self.entities and self.entities[a].country}
        own = next(iter(countries)) if len(countries) == 1 and not countries & INTERNATIONAL else None
        _, stop = self._verb_bounds(view, cand, candidates)
        taken = self._name_tokens(view)
        # a verb's word sequence may enclose its object (`го осуди поранешниот министер на пет години
        # затвор`, `го ослободи поранешниот министер … од обвиненијата`); else it follows (`упати
        # сочувство до семејствата`)
        after = self._past_manner(cand.end, stop)  # `се сретна одделно со синдикатите`
        for start in (cand.first + 1, after) if cand.trigger.sequence and not cand.trigger.noun else (after,):
            reach = OBJECT_REACH + (self.text.tokens[start].low in slots)  # the preposition is no word of the object
            authored = None  # the token of an object that is someone's words (`наводите`)
            by = (self.lex.genitive,)  # the preposition of its author
            i = start - 1
            while (i := i + 1) < min(stop, start + reach, before if before is not None else stop):
                tok = self.text.tokens[i]
                if i == start and (tok.low in slots or (tok.low == self.lex.genitive and self._dative_before(view, cand))):
                    continue  # `апелира до граѓаните`, `им се потсмеваше на конзервативците`; a later one heads a complement
                if authored is not None and i == authored + 1 and tok.low in by:
                    reach += 2  # `ги отфрли наводите на опозицијата`: their author, whom the act is aimed at
                    continue
                pressure = next((p for p in self.lex.pressure_phrases
                                 if tuple(t.low for t in self.text.tokens[i:i + len(p)]) == p), None)
                if pressure is not None:  # `нема да го менува уставот под притисок од опозицијата`: who presses
                    authored, by = i + len(pressure) - 1, tuple(self.lex.pressure_by)
                    reach += len(pressure)
                    i = authored
                    continue
                if tok.low.isdigit() or (tok.low == "-" and self.text.tokens[i - 1].low.isdigit()):
                    reach += 1  # `уапси 34-годишен маж`: a number of an age or a count is no word of the object
                    continue
                if tok.low in self.lex.approximators and i + 1 < stop and self.text.tokens[i + 1].low[:1].isdigit():
                    reach += 1  # `спаси над 400 луѓе`: the count is approximate
                    continue
                unit = self._duration_end(i, stop)
                if unit is not None:  # `му одреди притвор од 30 дена на осомничениот`: the length, then whom
                    reach += unit - i + 1
                    i = unit
                    continue
                if (tok.low in self.lex.partitive_prepositions and i > start
                        and self.text.tokens[i - 1].low in self.lex.comparatives):
                    reach += 2  # `приведе повеќе од сто демонстранти`: the count, then whom it counts
                    continue
                if (tok.low in self.lex.partitive_words and i + 1 < stop
                        and self.text.tokens[i + 1].low in self.lex.partitive_prepositions):
                    reach += 2  # `уапси двајца од осомничените`: the part, then the whole it is of
                    i += 1
                    continue
                if tok.low in self.lex.delegate_nouns and i + 1 < stop and self.text.tokens[i + 1].low == self.lex.genitive:
                    reach += 2  # `со претставниците на синдикатот`: the body they speak for
                    i += 1
                    continue
                if tok.low == self.lex.genitive and i > start and self._dative_before(view, cand):
                    reach += 1  # `им понуди дијалог на студентите`: the `на` the dative clitic doubles, past the thing given
                    continue
                if i in taken or tok.low in self.lex.governors:
                    break
                if tok.low in self.lex.authored_objects:
                    authored = i
                    continue
                if tok.low in self.lex.partnered_objects:  # `ја пофали соработката со банката`: the partner
                    authored, by = i, tuple(self.lex.partner_prepositions)
                    continue
                # a collective or an organ; a role only when no name is the recipient (`против поранешниот
                # министер`, not `сенаторката Мери Џонсон`)
                role = before is None and not tok.low.endswith(self.lex.adjective_endings)
                sector = (self.lex.sector_heads.get(tok.low) or self.lex.addressee_heads.get(tok.low)
                          or (self.lex.head_sector(tok.low) if role else None))
                if not sector and tok.low in self.lex.delegate_nouns and i > start:
                    # `со синдикалното раководство`: the leadership of the body its adjective names
                    sector = self.lex.body_adjective_sector(self.text.tokens[i - 1].low)
                if sector and i + 1 in taken:
                    break  # the title of the name after it (`против српската нафтена компанија НИС`)
                owners = self._owner_group(view, i, stop) if sector else None
                if owners is not None and len({self.entities[e].country for e in owners.entities if e in self.entities}) > 1:
                    return list(owners.entities)  # `санкции против компании од Русија и Белорусија`: the states
                # `ја обвини компанијата`, `ја обвини комисијата`: the body of that kind the text named before
                earlier = self._earlier_body(i, sector)
                if earlier is not None:
                    return [earlier.id]
                if sector:  # (states as the object are other states: `ги обвини западните земји`, said in Moscow)
                    # an organ a mission abroad speaks of is its host state's (`Амбасадата на САД во Сараево ја поздрави одлуката на судот`)
                    # (a state's organs acting on an organ told before with its state act on that one, `Вашингтон ја
                    # повика хунтата`; a party or a citizen on their own state's, `опозицијата ја критикуваше владата`)
                    told = self._earlier_organ_country(tok.low, i, given=True) if actors and all(
                        a in self.entities and (self.entities[a].sector in STATE_SECTORS or self.entities[a].type in PLACE_TYPES)
                        for a in actors) else None
                    home = None if tok.low in self.lex.stateless_heads else (self._mission_host(view) or told or own)
                    return [self._unnamed(view, cand, sector, tok.low, tok.text, (tok.start, tok.end),
                                          self._owner(view, i) or self._earlier_owner(tok.low, i) or home)]
        return []

    def _named_after_collective(self, view: SentenceView, collectives: list[str], actors: list[str]) -> list[str]:
        """The names coordinated right after a collective object, with its preposition repeated or none (`ги обвинува
        бунтовниците и Вашингтон`, `побара од синдикатите и од Владата`): asked or blamed with it."""
        tokens = self.text.tokens
        at = max((self.text.token_at(m.end) for c in collectives if c in self.entities
                  for m in self.entities[c].mentions if m.sentence == view.index), default=view.end)
        if at >= view.end or tokens[at].low not in self.lex.reporting.coordinators:
            return []
        group = next((g for g in view.groups if g.first == at + 1 or (g.first == at + 2 and tokens[at + 1].low in self.lex.governors)), None)
        if group is None or view.clause_of(group.first) != view.clause_of(at - 1) or (
                group.end < view.end and (self._act_verb(tokens[group.end].low) or tokens[group.end].low in self.lex.verb_clitics)):
            return []  # (not the subject of a clause coordinated after: `го уапси осомничениот и Обвинителството соопшти …`)
        return [e for e in group.entities if e not in actors and e not in collectives]

    def _duration_end(self, i: int, stop: int) -> int | None:
        """The token of the time unit ending a length of time that opens at `i` (`од 30 дена`, `од еден месец`)."""
        tokens = self.text.tokens
        if tokens[i].low not in self.lex.partitive_prepositions:
            return None
        return next((k for k in range(i + 2, min(stop, i + 4)) if tokens[k].low in self.lex.duration_units), None)

    def _passive_agent(self, view: SentenceView, cand: Candidate, candidates: list[Candidate],
                       slots: tuple[str, ...]) -> str | None:
        """An unnamed collective as the agent of a passive verb, under the agent preposition
        (`беше критикуван од опозицијата`, `од страна на граѓанските здруженија`): adjectives and
        the words of a preposition phrase may stand between them."""
        _, stop = self._verb_bounds(view, cand, candidates)
        tokens = self.text.tokens
        at = next((i for i in range(cand.end, min(stop, cand.end + OBJECT_REACH)) if tokens[i].low in slots), None)
        if at is None or at + 1 >= stop:
            return None
        at += 1
        for words, prep in self.lex.preposition_phrases:  # `од страна на`: the words after `од`
            if prep == tokens[at - 1].low and tuple(t.low for t in tokens[at - 1:at - 1 + len(words)]) == words:
                at += len(words) - 1
        return self._collective_head(view, cand, at, min(stop, at + OBJECT_REACH))

    def _international_body(self, view: SentenceView, cand: Candidate, sector: str) -> str | None:
        """The international body of the sector the document named last up to the end of the sentence
        (`Хашкиот трибунал …, Готовина, обвинет за воени злосторства, …`): the unnamed agent of a passive
        charge or sentence in a story about its court is that court, not the accused's state's prosecutors;
        not when the sentence places the act in a state (`ќе му се суди во Судан`: that state's court)."""
        if self._location(view, cand, Arguments([], [], []), ahead=False) is not None:
            return None
        end = self.text.tokens[view.end - 1].end
        named = [(m.start, e.id) for e in self.doc.entities if e.type == "ORG" and e.sector == sector
                 and e.country in INTERNATIONAL for m in e.mentions if m.start < end]
        return max(named)[1] if named else None

    def _document_owner(self, view: SentenceView, cand: Candidate) -> Group | None:
        """The named body whose document a leading phrase cites, closed by a comma before a
        trigger that has no actor of its own (`Во извештајот на ОБСЕ, …`, `Според годишниот извештај на ЕЦХР за 2007, …`)."""
        tokens = self.text.tokens
        if tokens[view.first].low not in self.lex.document_openers:
            return None
        document = next((i for i in range(view.first + 1, min(cand.first, view.first + 1 + OPENING_MODIFIERS + 1))
                         if tokens[i].low in self.lex.reporting.document_nouns), None)
        if document is None or document + 1 >= cand.first or tokens[document + 1].low != self.lex.genitive:
            return None
        owner = next((g for g in view.groups if g.first == document + 2), None)
        if owner is None or not any(tokens[i].text == "," for i in range(owner.end, cand.first)):
            return None
        return owner

    def _owner(self, view: SentenceView, head: int, stop: int | None = None) -> str | None:
        """The country of the name a collective's `на` or `од` phrase gives it (`министрите за
        финансии на ЕУ` -> EUR, `државјани на Албанија` -> ALB, `активисти од Косово` -> KOS),
        if one follows closely (`државјани на Косово`, where the grouping kept no governor, too)
        and before `stop`, the subject's verb (`властите побараа од Србија`: whom they ask)."""
        end = min(view.end, stop if stop is not None else view.end)
        owner = self._owner_group(view, head, end)
        ent = self.entities.get(owner.entities[0]) if owner else None
        if ent is None and head + 1 < end and view.tokens[head + 1].low in self.lex.owner_prepositions:
            # `командантите на холандскиот баталјон`, `бродови од руската флота`: a demonym opening the `на` or `од` phrase
            ent = next((self.demonym_ends[k + 1] for k in range(head + 2, min(end, head + 3 + NOUN_GENITIVE_REACH))
                        if k + 1 in self.demonym_ends), None)
        if ent is None:
            # `министрите за одбрана на земјите-членки на НАТО`: states owning the collective are owned in turn
            states = next((k for k in range(head + 2, min(end, head + 2 + NOUN_GENITIVE_REACH))
                           if view.tokens[k - 1].low == self.lex.genitive and view.tokens[k].low in self.lex.stateless_heads), None)
            return self._owner(view, states, stop) if states is not None else self._seat_country(head)
        return ent.country

    def _owner_group(self, view: SentenceView, head: int, end: int) -> Group | None:
        """The names of a collective's `на` or `од` phrase (`компании од Иран и Кина`), before token `end`; a portfolio
        right after the head puts them a word further (`министрите за надворешни работи на ЕУ`)."""
        reach = NOUN_GENITIVE_REACH + 1 + (head + 1 < end and view.tokens[head + 1].low in self.lex.portfolio_prepositions)
        return next((g for g in view.groups if (g.head_at == head or g.governor in self.lex.owner_prepositions
                                                 or (g.first > view.first and view.tokens[g.first - 1].low in self.lex.owner_prepositions))
                     and 0 < g.first - head <= reach and g.first < end), None)

    def _unnamed(self, view: SentenceView, cand: Candidate | None, sector: str, key_word: str, name: str,
                 span: tuple[int, int] | None, country: str | None = None, stateless: bool = False,
                 hit_state: str | None = None) -> str:
        """An actor the text does not name (`полицијата`, the unknown attacker): of the country
        of the sentence's place (or of the sentence just before: `Во Белград … Полицијата уапси`),
        else a state organ of the state whose organ the sentence before placed, else of `hit_state`
        (the state of the person its act hit), else of the one state whose institutions the clause names
        (`граѓани протестираа пред Собранието`), else of the country the document is about (in an item of a page of
        news briefs, what the item told before, then its dateline's state, before anything told outside it); `stateless` (`странски` or `непознат` before it, or the attacker of soldiers) of none;
        one per (country, sector, word) in the document."""
        if country in INTERNATIONAL and sector in PEOPLE_SECTORS:
            country = None
        # (a place in a clause after the act's is another story's: `… откако рече дека … служба во Ирак`)
        here = self._location(view, cand, Arguments([], [], []), ahead=False) if cand is not None else None
        place = self.entities.get(here or self.scenes.get(view.index - 1, ""))
        head = self.text.token_at(span[0]) if span is not None else None
        foreign = stateless or (head is not None and head > view.first
                                and self.text.tokens[head - 1].low in self.lex.foreign_adjectives | self.lex.unknown_adjectives) or (
            head is not None and any(tuple(t.low for t in self.text.tokens[head + 1:head + 1 + len(words)]) == words
                                     for words in self.lex.regional_complements))
        if foreign:
            key = (None, sector, key_word)
        elif key_word in self.lex.stateless_heads:
            key = (country or self._organisation_of_members(view, key_word, head), sector, key_word)
        elif key_word in self.lex.body_heads:
            key = (self.lex.body_heads[key_word], sector, key_word)
        else:
            placed = place.country if place else None
            if placed and sector in STATE_SECTORS:
                self.organ_places[view.index] = placed
            # (an item of a page of briefs is a story of its own: what it tells goes on, then its dateline's state, not the
            # page's or the item's before)
            segment = segment_at(self.doc, self.text.tokens[view.first].start)
            since = self.text.token_at(segment[0]) if segment else 0
            # (`X беше приведен во Варшава. Тој е обвинет за шпионажа …`: the same state's organs go on with the story)
            continued = self.organ_places.get(view.index - 1) if sector in STATE_SECTORS and view.first > since else None
            told = self._earlier_owner(key_word, head) if head is not None and not country else None
            origin = self._origin_country(view, cand) if cand is not None and sector not in STATE_SECTORS else None
            earlier = self._earlier_organ_country(key_word, head, since) if head is not None and not placed else None
            crowd = self._earlier_crowd_country(key_word, sector, head, since) if head is not None and not placed else None
            key = (country or told or origin or placed or continued or earlier or crowd or (segment[2] if segment else None) or hit_state
                   or self._institutions_country(view, cand)
                   or (self._organs_country() if sector in STATE_SECTORS else None) or self._home_country(), sector, key_word)
        derived = self._collective_entity(key, name, stateless=key_word in self.lex.stateless_heads or foreign)
        if span is not None:
            derived.mentions.append(Mention(start=span[0], end=span[1], text=name, sentence=view.index,
                                            kind="reference", rule="events:derived"))
        return derived.id

    def _origin_country(self, view: SentenceView, cand: Candidate) -> str | None:
        """The state of the place the people of an act are told to come from before it in its clause
        (`производители на јајца од Велес протестираа`): theirs, not the state of the story's other side."""
        clause = view.clauses[view.clause_of(cand.first)] if view.clauses else None
        start = max(view.first, clause.first) if clause is not None else view.first
        for i in range(start, cand.first):
            place = self._place_after(i, self.lex.source_subject_prepositions)
            if place is not None and place.country and place.country not in INTERNATIONAL:
                return place.country
        return None

    def _collective_entity(self, key: tuple, name: str, stateless: bool = False, name_en: str | None = None) -> Entity:
        """The one unnamed collective of a (country, sector, word) key in the document, made on first use."""
        derived = self.collectives.get(key)
        if derived is None:
            sector = key[1]
            derived = Entity(id=f"C{len(self.collectives) + 1}.{sector}", name=name, type="ORG",
                             country=key[0], sector=sector, rule="events:collective" + ("+stateless" if stateless else ""),
                             name_en=name_en or (self.lex.unnamed_names_en.get(sector) if name == self.lex.unnamed_names.get(sector) else None))
            self.collectives[key] = derived
            self._register(("collective",) + key, derived)
        return derived

    def _seat_country(self, head: int) -> str | None:
        """The country of the place right after an unnamed organ of a state (one noun may stand between):
        `надлежните органи во Турција`, `властите во Истанбул` are that state's (not an army's, which
        acts abroad, nor a mission's: `амбасадата во Белград`)."""
        word = self.text.tokens[head].low
        if self.lex.sector_heads.get(word) not in STATE_SECTORS - {"MIL"} or word.startswith(self.lex.mission_seat_stems):
            return None
        place = next((p for at in (head + 1, head + 2) if (p := self._place_after(at)) is not None), None)
        return place.country if place is not None else None

    def _earlier_owner(self, key_word: str, head: int) -> str | None:
        """The country of the name an earlier mention of the same members' word had in its `на`
        phrase (`Лидерите на ЕУ се договорија … Лидерите ја повикаа Русија`): the bare word goes on
        telling those members."""
        if key_word not in self.lex.member_heads:
            return None
        named = {m.start: e for e in self.doc.entities if e.country for m in e.mentions}
        tokens = self.text.tokens
        for i in range(head - 1, -1, -1):
            if tokens[i].low == key_word and i + 2 < len(tokens) and tokens[i + 1].low == self.lex.genitive:
                ent = named.get(tokens[i + 2].start)
                if ent is not None:
                    return ent.country
        return None

    def _earlier_organ_country(self, key_word: str, head: int, since: int = 0, given: bool = False) -> str | None:
        """The country of the state organ's noun (with or without its article) the document last told before
        token `head` (from token `since` on: a brief's item), if a demonym or a seat placed it there (`Хонгконшката
        полиција … Полицијата уапси 11 лица`), or its name opens with its state's demonym (`Српската полиција`): the bare
        organ goes on telling it, not the state the rest of the story names most; with `given`, also the country that
        mention was given as an unnamed party (`Воената хунта … Вашингтон ја повика хунтата`: the same junta)."""
        if self.lex.sector_heads.get(key_word) not in STATE_SECTORS:
            return None
        tokens = self.text.tokens
        # (a named body's word is another organ than one with its own portfolio: `кинеското Министерство за надворешни
        # работи … министерството за одбрана`; the bare word goes on telling it: `… Министерството предупреди`)
        portfolio = head + 1 < len(tokens) and tokens[head + 1].low == self.lex.topic_preposition
        named = {self.text.token_at(m.start) for e in self.doc.entities if e.type == "ORG" for m in e.mentions
                 if m.kind == "name"} if portfolio else set()
        i = next((i for i in range(head - 1, since - 1, -1) if tokens[i].low in self.lex.sector_heads and i not in named
                  and (tokens[i].low.startswith(key_word) or key_word.startswith(tokens[i].low))), None)
        if i is None:
            return None
        place = self.demonym_ends.get(i)
        country = place.country if place is not None else self._seat_country(i) or self._demonym_organ_country(i)
        if country is None and given:
            country = next((e.country for e in self.collectives.values() for m in e.mentions if m.start == tokens[i].start), None)
        return country if country not in INTERNATIONAL else None

    def _earlier_crowd_country(self, key_word: str, sector: str, head: int, since: int = 0) -> str | None:
        """The country of the unnamed people of the same sector told last before token `head` (from token `since` on),
        for a definite plural that tells them again (`Илјадници луѓе протестираа во Варшава … Демонстрантите го
        обвинија премиерот`): the same crowd goes on, not the state the story names most. State organs have their own
        rule (`_earlier_organ_country`)."""
        if sector in STATE_SECTORS or not key_word.endswith(self.lex.plural_definite):
            return None
        tokens = self.text.tokens
        start, at = tokens[since].start, tokens[head].start
        # (not a headline's: it names the crowd short, the body tells who they are)
        headline = headline_sentences(self.doc)
        told = [(m.start, e.country) for e in self.collectives.values() if e.sector == sector and e.country
                and e.country not in INTERNATIONAL for m in e.mentions if start <= m.start < at and m.sentence not in headline]
        return max(told)[1] if told else None

    def _demonym_organ_country(self, i: int) -> str | None:
        """The state of the organ whose name, opened by its state's demonym, holds token `i`
        (`Српската полиција`, a body of the knowledge base: the demonym is no mention of its own)."""
        at = self.text.tokens[i].start
        kb = load_kb()
        return next((e.country for e in self.doc.entities if e.type == "ORG" and e.country for m in e.mentions
                     if m.kind == "name" and m.start < at < m.end and kb.country_of_demonym(m.text.split()[0]) == e.country), None)

    def _organisation_of_members(self, view: SentenceView, key_word: str, head: int | None) -> str | None:
        """The code of the international organisation named last before an organisation's member
        states told bare (`… конференција меѓу Албанија и ЕУ, на која земјите членки одобрија …`, `ги повика членките`),
        unless one of its officials is in the sentence before them: its own members addressed by it
        (`Генералниот секретар на НАТО ги повика земјите членки`) are no other party (pool gold)."""
        tokens = self.text.tokens
        # (allies, `сојузниците`, are an alliance's members told bare)
        members = key_word in self.lex.alliance_words | self.lex.membership_words or key_word.endswith(tuple(f"-{w}" for w in self.lex.membership_words)) or (
            head is not None and head + 1 < len(tokens) and tokens[head + 1].low in self.lex.membership_words)
        if head is None or not members:
            return None
        start, sentence_start = tokens[head].start, tokens[view.first].start
        named = [(m.start, e.country) for e in self.doc.entities if e.type == "ORG" and e.country in INTERNATIONAL
                 for m in e.mentions if m.start < start]
        code = max(named)[1] if named else None
        official = any(e.type == "PER" and e.country == code and sentence_start <= m.start < start
                       for e in self.doc.entities for m in e.mentions)
        return None if official else code

    def _institutions_country(self, view: SentenceView, cand: Candidate | None) -> str | None:
        """The one state whose institutions the trigger's clause names, else the sentence
        (`… сведочеше пред Конгресот дека агенцијата уапсила …`; the sentence for a quote's speaker,
        `cand` None). A partner's institution is
        not (`во координација со германската служба БКА, приведени се …`: the home police arrest)."""
        clause = view.clause_of(cand.first) if cand is not None else None
        # (nor the act's object after it, bare or aimed at, whose name tells its state: `ја обвинија Српската полиција`,
        # `протестираа против Српската полиција`, the other side's; a bare `Владата` may be the actors' own)
        kb = load_kb()
        # (nor a state's mission, which stands in another: `демонстранти ја нападнаа саудиската амбасада во Техеран`)
        groups = [g for g in view.groups if g.governor not in self.lex.partner_prepositions and not (
            cand is not None and g.first >= cand.end and (g.governor is None or g.governor in self.lex.agent_genitive_targets)
            and kb.country_of_demonym(view.tokens[g.first].text)) and not self._mission_group(view, g)]
        for pool in ([g for g in groups if clause is not None and view.clause_of(g.first) == clause], groups):
            countries = {ent.country for g in pool for ent in map(self.entities.get, g.entities)
                         if ent and ent.type == "ORG" and ent.country and ent.country not in INTERNATIONAL
                         and ent.sector in STATE_SECTORS}
            if countries:
                return next(iter(countries)) if len(countries) == 1 else None
        return None

    def _mission_group(self, view: SentenceView, group: Group) -> bool:
        """The group names a state's mission or is the owner after one (`саудиската амбасада`, `амбасадата на Мјанмар`)."""
        words = [view.tokens[i].low for i in range(group.first, group.end)] + ([group.head] if group.head else [])
        return any(w.startswith(self.lex.mission_seat_stems) for w in words)

    def _organs_country(self) -> str | None:
        """The state whose organs and officials the document names most, if one leads and the
        document names a place of it: an unnamed police or prosecution acts for it, not for the
        state of the victims' demonyms (`бугарски туристи загинаа во Охрид … Тој е задржан`); home
        officials who only react to a story abroad name no place of their state."""
        counts = Counter(e.country for e in self.doc.entities if e.sector in STATE_SECTORS and e.country
                         and e.country not in INTERNATIONAL and not (e.rule or "").startswith("events:") for _ in e.mentions).most_common(2)
        leader = counts[0][0] if counts and (len(counts) == 1 or counts[0][1] > counts[1][1]) else None
        placed = any(e.type in PLACE_TYPES and e.country == leader and any(m.kind == "name" for m in e.mentions)
                     for e in self.doc.entities)
        return leader if placed else None

    def _home_country(self) -> str | None:
        """The country the document names most; on a tie, the tied country named first (an
        agency dateline, `Скопје, 3 декември (МИА) –`, opens the copy)."""
        if self.home is None:
            envoys = envoy_origins(self.doc, self.lang)
            home = home_country(self.doc.entities, ignore=envoys)
            if home is not None and self._place_mentions(envoys) == 1:
                # a place named once beside known organs of one other state (`фатен со авионска карта за Дубаи`, in a
                # story of a Skopje court) is where someone went, not the state the story is about
                organs = {e.country for e in self.doc.entities if e.kb_id and e.sector in STATE_SECTORS
                          and e.country and e.country not in INTERNATIONAL}
                home = organs.pop() if len(organs) == 1 else home
            if home is None:
                counts = Counter(e.country for e in self.doc.entities if e.type in PLACE_TYPES and e.country
                                 and e.country not in INTERNATIONAL for m in e.mentions if m.start not in envoys)
                top = max(counts.values(), default=0)
                first = sorted((m.start, e.country) for e in self.doc.entities if counts.get(e.country) == top
                               for m in e.mentions if m.start not in envoys)
                home = first[0][1] if first else only_country(self.doc.entities, envoys)  # no place: the known actors' one state
            if home is None and not any(e.country for e in self.doc.entities if any(m.start not in envoys for m in e.mentions)):
                # a story naming no state (but as an envoy's or its citizens') is the home state's news
                home = yaml_data(self.lang, "roles")["home_state"]
            self.home = (home,)
        return self.home[0]

    def _place_mentions(self, ignore: frozenset[int]) -> int:
        """How many times the document names a place of a state (`ignore`: as in `home_country`)."""
        return sum(1 for e in self.doc.entities if e.type in PLACE_TYPES and e.country and e.country not in INTERNATIONAL
                   for m in e.mentions if m.start not in ignore)

    def _words_between(self, end: int, first: int) -> int:
        """Tokens in [end, first) outside parentheses: a photo caption's `(лево)` puts no distance
        between a subject and its act."""
        depth = count = 0
        for tok in self.text.tokens[end:first]:
            if tok.text == "(":
                depth += 1
            elif tok.text == ")":
                depth = max(depth - 1, 0)
            elif not depth:
                count += 1
        return count

    def _verb_bounds(self, view: SentenceView, cand: Candidate, candidates: list[Candidate]) -> tuple[int, int]:
        """The stretch of the trigger's clause that belongs to it: from the clause start (or,
        when an earlier verb trigger shares the clause, up to that verb: coordinated verbs share
        their subject) to the next verb trigger. A trigger whose words run on past a `да` (`нема да се
        менува`) reaches to the end of its last word's clause (`… под притисок од СДСМ`)."""
        clause = view.clauses[view.clause_of(cand.first)]
        end = view.clauses[view.clause_of(cand.end - 1)].end
        verbs = [c for c in candidates if not c.trigger.noun and clause.first <= c.first < end and c is not cand]
        # a verbal adverb before the verb is no coordinated verb (`Изразувајќи загриженост, X ја повика …`)
        before = [c.first for c in verbs if c.first < cand.first and not self.text.tokens[c.first].low.endswith(self.lex.gerund_endings)]
        after = [c.first for c in verbs if c.first > cand.first]
        return (min(before) if before else cand.first), (min(after) if after else end)
