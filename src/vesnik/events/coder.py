"""The PLOVER event coder: triggers from the lexicon, arguments from the entities, status from
the clause, date from the governing time expression, attribution from the quotes stage and
from `според X` / `..., соопшти X`.

Per sentence: the names become participants (a demonym with a head noun becomes a derived
actor, `руската армија` -> RUS MIL), triggers are matched (word sequences before single
words), each trigger's clause gives the actor and the recipient through the entry's slots,
and what is missing or inconsistent drops the candidate with a counted reason. Events told
twice in a document are merged afterwards (`vesnik.events.retold`: same type, actors, recipients
and status, compatible dates).

The document run is this module's sentence loop and argument rules, with its parts mixed in from
their own modules: trigger candidates (`candidates`), participants (`participants`), a trigger's
subject and object (`subjects`, `objects`), unnamed and collective actors (`parties`), acts told
as statements (`statements`), place, status, date and mode (`circumstances`) and the passes over
the document's coded events (`passes`); what they share is in `base`.
"""
from __future__ import annotations

from collections import Counter

from vesnik.clean.repair import OPENING_QUOTES
from vesnik.document import Document, Entity, Event, PLACE_TYPES, Span
from vesnik.events.base import (ABOUT_REACH, ABOUT_STEM, ABOUT_WORDS, AID_STORY_REACH, ASKING_TYPES, Arguments, CONDITIONED_DROPPED,
                                Candidate, Coded, DENIAL_RULE, DISPUTE_TYPES, DONE_ONLY,
                                FORCE_SECTORS, FUTURE_BECOMES, HOSTILE_TYPES, INHERITED_ACTOR, INTERNATIONAL, JUDGEMENT_TYPES,
                                MEMBER_BODIES, OBJECT_REACH, OWN_REFUSAL_RULE, PARTNER_ACTS, PEOPLE_SECTORS, PASSIVE, PUBLICATION_DATE, REQUIRES_RECIPIENT, SPEECH_ACTS,
                                STATE_SECTORS, STATEMENT_TYPES, UNNAMED_SUBJECT, has_until, opened_by)
from vesnik.events.candidates import TriggerCandidates
from vesnik.events.circumstances import Circumstances
from vesnik.events.lexicon import EventLexicon, Slots, Trigger, event_lexicon
from vesnik.events.objects import ObjectFinding
from vesnik.events.participants import ParticipantFinding
from vesnik.events.parties import PartyResolution
from vesnik.events.passes import DocumentPasses
from vesnik.events.retold import headline_sentences, merge
from vesnik.events.sentence import Group, Participant, SentenceView, group_participants, split_clauses
from vesnik.events.statements import ReportedStatements
from vesnik.events.subjects import SubjectFinding
from vesnik.kb import is_state
from vesnik.quotes.text import Text
from vesnik.time import reference_date
from vesnik.time.calendar import period_start


class EventCoder:
    def __init__(self, lang: str = "mk"):
        self.lang = lang
        self.lex: EventLexicon = event_lexicon(lang)

    def code(self, doc: Document, stats: Counter[str] | None = None) -> tuple[list[Event], dict[str, list[Span]]]:
        """The document's events, and per event id the further mentions merged into it
        (doc.entities gains the derived actors, `руската армија`)."""
        run = _DocumentRun(self.lex, doc, stats if stats is not None else Counter(), self.lang)
        coded = run.code()
        merged = merge(coded, run.stats, {e.id: e for e in doc.entities}, headline_sentences(doc), doc._segments)
        run.domestic_recipients(merged)  # (after the merge: a guessed target must not keep a retelling apart)
        run.states_as_governments(merged)
        events, evidence = [], {}
        for n, c in enumerate(merged, 1):
            c.event.id = f"EV{n}"
            events.append(c.event)
            if c.evidence:
                evidence[c.event.id] = c.evidence
        for ev in events:
            run.stats[f"events: {ev.type}"] += 1
        return events, evidence


class _DocumentRun(DocumentPasses, ParticipantFinding, TriggerCandidates, ReportedStatements, PartyResolution, SubjectFinding, ObjectFinding, Circumstances):
    """One document's coding: its tokens, participants and derived entities."""

    def __init__(self, lex: EventLexicon, doc: Document, stats: Counter[str], lang: str):
        self.lex = lex
        self.doc = doc
        self.stats = stats
        self.lang = lang
        self.text = Text.read(doc.text, [(s.start, s.end) for s in doc.sentences], lang)
        self.time_spans = [(self.text.token_at(t.start), self.text.token_at(t.end)) for t in doc.times]  # as tokens
        self.entities = {e.id: e for e in doc.entities}
        self.persons = frozenset(e.id for e in doc.entities if e.type == "PER")
        self.derived: dict[tuple, Entity] = {}  # (entity id, sector) or ("collective", country, sector, word)
        self.collectives: dict[tuple, Entity] = {}
        self.home: tuple[str | None] | None = None  # the document's own country, once computed
        self.sentence_coded: list[tuple[Candidate, Event]] = []  # the events of the sentence being coded, with their triggers
        # sentence -> the triggers found in it, coded or not (a lead may tell the headline's act in a content clause)
        self.sentence_triggers: dict[int, list[Trigger]] = {}
        self.residents: dict[str, Entity] = {}  # a people's state -> the place of another state it lives in, once the text said so
        self.subjects: dict[int, list[str]] = {}  # sentence -> the entities of its first bare name of a person
        self.authored: list[tuple[int, str, list[str]]] = []  # (sentence, lemma, maker) of `Владата го усвои буџетот`
        self.body_speakers: dict[int, str] = {}  # sentence -> the organ or office holder its statement was told by
        self.carried_statements: dict[int, list[tuple]] = {}  # a quote's start -> the acts its sentences before the last tell
        self.office_owners: dict[str, str] = {}  # an office told by a possessive (`неговиот адвокат`) -> its owner
        self.demonym_ends: dict[int, Entity] = {}  # token after a demonym mention -> its country's entity
        self.place_starts: dict[int, Entity] = {}  # first token of a place's name -> the place
        self.offstage_sentences: dict[int, frozenset[str] | None] = {}  # sentence -> the types its off-stage register lets it code
        self.scenes: dict[int, str] = {}  # sentence -> the place it is set in (`Во Белград …`)
        self.organ_places: dict[int, str] = {}  # sentence -> country of an unnamed police, court … its place gave
        self._open_story()

    def _open_story(self) -> None:
        """The running state of the story being told (what `двете земји`, `Тој`, a dropped subject may mean), as at the
        start of the document, and again at each item of a page of news briefs: an item is a story of its own."""
        self.last_compound: list[str] = []
        # the two sides of the last act with one actor and one recipient (`Хрватска ја обвини Србија`),
        # while no compound was told after it: `двете земји` may mean them
        self.last_sides: list[str] = []
        # (sentence, people) of the officials who met or acted together last: `Министрите`, `двајцата лидери` mean them
        self.last_officials: tuple[int, list[str]] = (-1, [])
        # number of states -> (sentence, states) of the last that many named together (`со Црна Гора и Албанија`)
        self.states_named_together: dict[int, tuple[int, list[str]]] = {}
        # (sentence, sides) of each dispute act between two of different countries (`Хамас го обвини Израел`) or two
        # sides inside one (`армијата ги нападна бунтовниците`)
        self.disputes: list[tuple[int, list[str]]] = []
        # countries of two sides -> number of dispute acts (named sides or not) and of `меѓу X и Y` told between them:
        # the story's conflict
        self.conflict_acts: Counter[frozenset[str | None]] = Counter()
        # trigger ends of `двете страни` told before any dispute was known: a dispute whose recipient a pass
        # fills after the sentence loop (`Лаи ги осуди вежбите`) gives them their sides (`_sides_of_completed_disputes`)
        self.sides_awaited: set[int] = set()
        # (sentence, actor) of each hostile act by one actor: two of other countries in the sentences just before are
        # the sides `двете страни` means when no compound or pair of sides was told (`Израел нападна … Хамас испука …`)
        self.hostile_actors: list[tuple[int, str]] = []
        self.topic: tuple[int, Group] | None = None  # (sentence, group): the last sentence subject
        self.topic_gender: str | None = None  # the gender its role noun shows, when a role phrase gave it
        self.earlier_groups: tuple[int, list[Group]] = (-1, [])  # (sentence, its groups): the sentence before
        self.plural_topic: tuple[int, list[str]] | None = None  # (sentence, actors): the last plural unnamed subject
        self.plural_head: tuple[int, int] | None = None  # (sentence, token): its one plural collective, when it coded none
        self.last_aid: tuple[int, list[str]] | None = None  # (sentence, recipients) of the last aid coded
        self.last_pledge: tuple[int, list[str]] | None = None  # (sentence, recipients) of the last aid or aid promised
        self.last_disaster: tuple[int, list[str]] | None = None  # (sentence, places) of the last disaster told

    def code(self) -> list[Coded]:
        coded: list[Coded] = []
        by_sentence = self._participants()
        for index in range(len(self.text.sentences)):
            span = self.text.sentence_tokens(index)
            view = SentenceView(index, self.text.tokens, span.start, span.stop)
            if view.first >= view.end:
                continue
            sentence = self.doc.sentences[index]
            if any(sentence.start <= start < sentence.end for start, _, _ in self.doc._segments):
                self._open_story()
            participants = by_sentence.get(index, [])
            view.clauses = split_clauses(view, self.lex, self._apposition_commas(view, participants))
            taken = {i for p in participants for i in range(p.first, p.end)}
            candidates = self._triggers(view, taken)
            self.sentence_triggers[index] = [c.trigger for c in candidates]
            blockers = {i for c in candidates for i in self._span_blockers(c)}
            # a verb ends a preposition's phrase (`Пријава против министерот поднесе Обвинителството`)
            verbs, light_verbs = self.lex.reporting.verbs, self.lex.light_verbs
            blockers |= {view.first + n for n, low in enumerate(view.lows) if low in verbs or low in light_verbs}
            blockers |= self._time_tokens(view)  # `Во средата Груевски …`: the date's preposition governs no name
            grouped = [p for p in participants if not self._seat_gloss(p, participants)]
            view.groups = group_participants(view, grouped, self.lex, blockers, self.persons)
            self._note_disaster(view)
            for group in view.groups:  # `двајцата`, `тие` refer back to coordinated subjects, not to a list of objects
                if len(group.entities) > 1 and self._subject_like(group) and not self._dateline(view, group):
                    self.last_compound, self.last_sides = group.entities, []
                    self._note_officials(index, group.entities)
                if len(group.entities) >= 2 and all(e in self.entities and is_state(self.entities[e].kb_id) for e in group.entities):
                    self.states_named_together[len(group.entities)] = (index, group.entities)
                if group.governor in self.lex.between_prepositions and len(group.entities) == 2:
                    # `разговори меѓу Белград и Приштина`: the two sides `двете страни` may refer to after
                    self.disputes.append((index, group.entities))
                    self.conflict_acts[self._countries_of(group.entities)] += 1
            sentence_start = len(coded)
            self.sentence_coded = []
            for cand in candidates:
                named = self._named(view, cand)
                if named:
                    self.stats[f"dropped: {named}"] += 1
                    continue
                if self._stance_in_relative(view, cand):
                    self.stats["dropped: a stance in a relative clause, describing its head"] += 1
                    continue
                if self._rejected_content(view, cand, candidates):
                    self.stats["dropped: what a rejected document would do, told in its relative clause"] += 1
                    continue
                if self._document_content(view, cand):
                    self.stats["dropped: what a document binds its parties to, told in its relative clause"] += 1
                    continue
                if self._purpose_of_described(view, cand):
                    self.stats["dropped: the purpose of a participle describing its noun"] += 1
                    continue
                if self._appositive(view, cand, candidates):
                    self.stats["dropped: a participle set off after its noun, describing it"] += 1
                    continue
                if self._object_of_verb(view, cand, candidates):
                    self.stats["dropped: noun trigger that is a verb trigger's object"] += 1
                    continue
                if self._resumed_clause(view, cand) is None and self._governing_act(view, cand, candidates):
                    self.stats["dropped: content of a demand, refusal, threat, promise or accusation"] += 1
                    continue
                result = self._event(view, cand, candidates)
                if not isinstance(result, str) and "actor:unnamed" in result.event.rule and self._background_in_relative(view, cand):
                    result = "an agentless past passive in a relative clause, background of its head"
                if isinstance(result, str):
                    self.stats[f"dropped: {result}"] += 1
                else:
                    coded.append(result)
                    if result.event.type == "AID" and result.event.recipient:
                        self.last_aid = (view.index, result.event.recipient)
                    if cand.trigger.type == "AID" and result.event.type in ("AID", "AGREE") and result.event.recipient:
                        self.last_pledge = (view.index, result.event.recipient)
                    self.sentence_coded.append((cand, result.event))
                    if (("+actor:collective" in result.event.rule or "+actor:previous" in result.event.rule)
                            and self._plural_collective(result.event.actor)):
                        # `европарламентарците ги повикаа …`, and a `Тие` that went on with them: a next `Тие` still does
                        self.plural_topic = (view.index, result.event.actor)
                    if len(result.event.actor) > 1 or result.event.type == "CONSULT":
                        self._note_officials(view.index, result.event.actor + result.event.recipient)
                    if len(result.event.actor) > 1:
                        self.last_compound, self.last_sides = result.event.actor, []
                    elif result.event.type == "CONSULT" and len(result.event.recipient) == 1:
                        # `X оствари средба со Y. Двајцата разговараа …`: the pair that met
                        self.last_compound, self.last_sides = result.event.actor + result.event.recipient, []
                    elif len(result.event.recipient) == 1 and self._two_sides(result.event):
                        self.last_sides = result.event.actor + result.event.recipient
                    if self._dispute(result.event):
                        self.disputes.append((view.index, result.event.actor + result.event.recipient))
                    if result.event.type in DISPUTE_TYPES and len(result.event.actor + result.event.recipient) == 2:
                        self.conflict_acts[self._countries_of(result.event.actor + result.event.recipient)] += 1
                    if len(result.event.actor) == 1 and result.event.type in HOSTILE_TYPES:
                        self.hostile_actors.append((view.index, result.event.actor[0]))
            statements, contents = self._reported_statements(view, coded[sentence_start:], coded[:sentence_start])
            if contents:
                coded = [c for c in coded if not any(c is d for d in contents)]
            coded.extend(statements)
            self._note_topic(view)
            self._note_authored(view)
            self._note_scene(view)
            self.earlier_groups = (view.index, view.groups)
        self._list_derived()
        self._place_unknown_participants(coded)
        self._downed_weapons(coded)
        self._continued_dates(coded)
        self._headline_dates(coded)
        self._statement_dates(coded)
        self._gerund_dates(coded)
        self._violent_demonstrators(coded)  # (before the protests met with force: a riot is a protest told)
        self._protests_met_with_force(coded)  # (after the dates: the protest takes the force's day)
        self._warring_sides(coded)
        self._judged_acts(coded)  # (before the answers: `го осуди нападот` is the accusation a denial answers)
        self._scheduled_agreement_partners(coded)
        self._complaints_against_the_accused(coded)  # (after the judgements: `ја нарече одлуката уцена`)
        self._aimed_like_the_act_before(coded)
        self._protests_aimed_like_their_demands(coded)
        self._appealed_rulings(coded)
        self._charged_detainees(coded)
        self._refused_in_relative(coded)
        self._answer_accusations(coded)
        self._rebutted_sources(coded)
        self._gerund_clitic_objects(coded)
        coded = self._without_reaction_lead_ins(coded)  # (first: `реагираше остро, обвинувајќи ја …` is the accusation)
        coded = self._without_gerund_elaborations(coded)
        coded = self._without_alleged_passives(coded)
        # a denial that answers no accusation or claim told is no event; a retort may answer a demand instead
        # (`Атина побара … Скопје одговори дека …`: guidelines, a rebuttal is REJECT toward the one answered)
        coded = [c for c in coded if not (c.event.rule.startswith(DENIAL_RULE) and not c.event.recipient
                                          and not self._retort(c.event))]
        self._answer_demands(coded)
        coded = [c for c in coded if not (c.event.rule.startswith((DENIAL_RULE, OWN_REFUSAL_RULE)) and not c.event.recipient)]
        self._sides_of_completed_disputes(coded)
        self._attacks_on_the_other_side(coded)
        # (again: the fight or hostile act before a call on the sides may have got its target from a pass since)
        self._warring_sides(coded)
        self._visit_hosts(coded)
        self._mediated_sides(coded)
        self._offers_refusals_and_threats_to_other_side(coded)  # (after the hosts: an offer made on a visit is to its host)
        self._offers_after_refusals(coded)  # (last: the refusal's recipient may come from any pass before)
        # (again: the act before may have got its recipient from a pass after the first run, a refusal its accuser's)
        self._aimed_like_the_act_before(coded)
        self._joined_reactions(coded)
        return coded

    def _seat_gloss(self, part: Participant, participants: list[Participant]) -> bool:
        """A place in brackets right after a body's name (`Мисијата на ОБСЕ во Босна и Херцеговина (БиХ)`): the short
        name of the place the body's name ends with, no participant of its own."""
        tokens = self.text.tokens
        ent = self.entities.get(part.entity)
        if ent is None or ent.type not in PLACE_TYPES or part.first < 2 or part.end >= len(tokens):
            return False
        if tokens[part.first - 1].text != "(" or tokens[part.end].text != ")":
            return False
        body = next((self.entities.get(p.entity) for p in participants if p.end == part.first - 1), None)
        return body is not None and body.type not in PLACE_TYPES and body.id not in self.persons

    def _apposition_commas(self, view: SentenceView, participants: list[Participant]) -> frozenset[int]:
        """The comma after `ROLE, NAME` opening the sentence (`Генералниот секретар на ОН, Антонио
        Гутереш, побара`): the person's name alone between two commas is the role's apposition."""
        tokens = self.text.tokens
        for p in participants:
            opening, closing = p.first - 1, p.end
            if (p.entity in self.persons and opening > view.first and closing < view.end
                    and tokens[opening].text == "," and tokens[closing].text == ","
                    and not any(t.text in ",–" for t in tokens[view.first:opening])
                    and any(self.lex.is_role(t.low) for t in tokens[view.first:min(opening, view.first + 2)])):
                return frozenset({closing})
        return frozenset()

    def _has_required(self, view: SentenceView, cand: Candidate, args: Arguments) -> bool:
        """Whether the trigger has one of the arguments its entry requires: a recipient, or a
        content clause (`побара да ...`, `тврди дека ...`) right after its own clause."""
        if "recipient" in cand.trigger.requires and args.recipient and "recipient:nearest" not in args.flags:
            return True  # a recipient the trigger's own slots found, not the nearest name
        if "recipient" in cand.trigger.requires and self._warned(view, cand) and self._warned_party(view, cand):
            return True  # `ја предупреди Атина дека нема да дозволи …`: refused to the one warned
        if "recipient" in cand.trigger.requires and cand.trigger.type == "REJECT" and self._under_pressure(view, cand):
            return True  # `нема да го менува Уставот под уцена`: a refusal of pressure, the presser told before or implied
        if "recipient" in cand.trigger.requires and cand.trigger.type in JUDGEMENT_TYPES and self._act_named_after(view, cand):
            return True  # `ја бранеше акцијата`: a judgement of an act, whose author the acts told before give
        if "recipient" in cand.trigger.requires and self._announced_refusal(view, cand) and self._thing_named_after(view, cand):
            return True  # `нема да ги признае резултатите`: a refusal of a thing named (guidelines: no recipient if none is told)
        if "object" in cand.trigger.requires and self._thing_named_after(view, cand) \
                and self._warning_clause(view, cand, self.lex.warning_verbs | self.lex.message_verbs) is not None:
            return True  # `порача дека нема да дозволи улицата да одлучува`: what is not allowed named in a warning
        return "content" in cand.trigger.requires and self._content_clause(view, cand) is not None

    def _public(self, parties: list[str]) -> bool:
        """Parties that are all unnamed civilians (`граѓаните`, `јавноста`): the public, no political actor."""
        return bool(parties) and all(
            p in self.entities and self.entities[p].type != "PER" and self.entities[p].sector == "CVL" for p in parties)

    def _floor_request(self, view: SentenceView, cand: Candidate, args: Arguments) -> bool:
        """A request in a transcript that is the chamber's procedure: the sentence or what it asks names the floor's
        business (`барам точката да се стави на гласање`, `која побара да се дополни дневниот ред`), fellow members are
        asked to back or vote (`ги повикувам пратениците да го поддржат`) or those addressed to back a bill, or the chair is addressed;
        or the speaker's own request asks for the speaker's own act (`барам да знам`, `апелирам да покажеме …`) or
        for nothing past whom it calls and the title or role before the name (`Го повикувам господинот X.`). The chair's
        invitation or call on a member to speak reads the same (`Ја поканувам пратеничката X да се произнесе …`)."""
        if cand.trigger.type != "REQUEST" and cand.trigger.id not in self.lex.floor_request_triggers or not self.doc.speaker:
            return False
        if (view.contains(view.first, view.end, self.lex.floor_request_words)
                or view.has_sequence(view.first, view.end, self.lex.floor_request_sequences)
                or view.contains(cand.end, view.end, self.lex.floor_request_asked)
                or view.has_sequence(cand.end, view.end, self.lex.floor_request_asked_sequences)
                or view.has_sequence(cand.end, min(cand.end + 2, view.end), self.lex.floor_request_support)
                or view.contains(view.first, view.end, self.lex.floor_members) and view.contains(cand.end, view.end, self.lex.floor_votes)
                or self._bill_backing_asked(view, cand)
                or any(w in self.lex.chair_addresses and nxt != "на" for w, nxt in zip(view.lows, view.lows[1:] + [""]))):
            return True  # (`претседателе на Влада`: the head of another organ addressed, no chair)
        if not self._says_i(cand):
            return False
        k = self._content_clause(view, cand)
        if k is None:
            called = {i for g in view.groups if set(g.entities) & set(args.recipient) for i in range(g.first, g.end)}
            clause_end = view.clauses[view.clause_of(cand.first)].end
            # (a title or role before the name called is part of the call: `Го повикувам господинот X.`)
            return not any(self.text.tokens[i].text.isalpha() and self.text.tokens[i].low not in self.lex.verb_clitics
                           and self.text.tokens[i].low not in self.lex.reporting.roles and not self.lex.is_role(self.text.tokens[i].low)
                           and i not in called for i in range(cand.end, clause_end))
        if cand.trigger.type != "REQUEST":
            return False  # (`ве поканувам да разговараме`: an invitation to act together stays one)
        skipped = self.lex.reporting.clitics | self.lex.negation | self.lex.subjunctive
        verb = next((w for w in view.words(view.clauses[k].first, view.clauses[k].end) if w not in skipped), "")
        return verb.endswith(self.lex.first_person_endings) or verb in self.lex.first_person_auxiliaries

    def _bill_backing_asked(self, view: SentenceView, cand: Candidate) -> bool:
        """Backing or a vote for a bill asked of those addressed or of no one named after the trigger (`ве повикувам да
        ги подржите овие предлози`, `барам поддршка за овој закон`): the floor's vote. Not a bill named before the
        vote (`да го повлечете законот за кој гласате`: an act of the one asked)."""
        vote = next((i for i in range(cand.end, view.end) if self.text.tokens[i].low in self.lex.floor_addressed_votes), None)
        return vote is not None and view.contains(vote + 1, view.end, self.lex.floor_bills)

    def _members_of_body_meet(self, view: SentenceView, cand: Candidate, args: Arguments) -> bool:
        """A meeting verb in the plural whose one side is an international body of states (`Министрите на НАТО
        ќе се сретнат`, `Амбасадорите на ОБСЕ се состанаа`), or a meeting noun of the body itself or of its
        members named in the plural (`состанокот на Процесот за соработка`, `Министрите на ЕУ на состанокот`):
        its members meet among themselves (guidelines: a meeting of an international body's members); one
        official of it alone (`Шефицата на ОБСЕ се сретна`, `Шефицата на ОБСЕ по состанокот`) still names no partner."""
        if not args.actor or not all(a in self.entities and self.entities[a].country in MEMBER_BODIES for a in args.actor):
            return False
        if not cand.trigger.noun:
            return self._plural_verb(cand.first, cand.end)
        for g in view.groups:
            if g.entities == args.actor:
                head = self._member_head(view, g)
                if g.head_at == cand.end - 1 or (head is not None and self.text.tokens[head].low.endswith(self.lex.plural_definite)):
                    return True
        return False

    def _thing_named_after(self, view: SentenceView, cand: Candidate) -> bool:
        """A word of content, not a `да`, clitic or complementiser, opens what comes right after the trigger
        (past an opening quote mark)."""
        at = cand.end + (cand.end < view.end and self.text.tokens[cand.end].text in OPENING_QUOTES)
        if at >= view.end or not self.text.tokens[at].word:
            return False
        low = self.text.tokens[at].low
        return low not in (self.lex.subjunctive | self.lex.verb_clitics | self.lex.dative_clitics | self.lex.reflexive
                           | self.lex.reporting.complementisers)

    def _act_named_after(self, view: SentenceView, cand: Candidate) -> bool:
        """A noun of an act (`акцијата`, `вежбата`) is the object right after the trigger."""
        return cand.end < view.end and self.text.tokens[cand.end].low in self.lex.act_objects

    def _content_clause(self, view: SentenceView, cand: Candidate) -> int | None:
        """The clause right after the trigger's when a `да` or `дека` opens it."""
        k = view.clause_of(cand.first) + 1
        if k < len(view.clauses) and (view.clauses[k].opener in self.lex.subjunctive
                                      or view.clauses[k].opener in self.lex.reporting.complementisers):
            return k
        return None

    def _announced_refusal(self, view: SentenceView, cand: Candidate) -> bool:
        """The trigger, negated, is a refusal its entry codes (`нема да го признае`, `не се откажува`), when
        negated at all: a refuser and the one refused, never joint participants (`нема да преговара со Y`)."""
        return bool(cand.trigger.negated) and not cand.passive and (
            opened_by(view.clauses[view.clause_of(cand.first)], self.lex.negated_future)
            or self.text.tokens[cand.first].low in cand.trigger.refusing_forms or self._unable_now(view, cand))

    def _unable_now(self, view: SentenceView, cand: Candidate) -> bool:
        """The trigger's `да` clause follows a present `can` negated (`партијата не може да го поддржи договорот`): a
        side saying it cannot is refusing, as `нема да` announces (a past `не можеше да …` tells a failure)."""
        k = view.clause_of(cand.first)
        if not k or view.clauses[k].opener not in self.lex.subjunctive:
            return False
        words = view.words(view.clauses[k - 1].first, view.clauses[k - 1].end)
        return len(words) >= 2 and words[-2] in self.lex.negation and words[-1] in self.lex.refusing_abilities

    def _held_until(self, view: SentenceView, cand: Candidate, etype: str, status: str, actors: list[str]) -> bool:
        """A refusal or an act announced as not to be done (`нема да …`) that lasts until another side, named, acts
        (`… сè додека Киев не ги врати правата`; not `додека не се гарантира безбедноста`, which names no one)."""
        return ((etype == "REJECT" and status == "asserted" or status == "negated")
                and opened_by(view.clauses[view.clause_of(cand.end - 1)], self.lex.negated_future)
                and has_until(view.words(cand.end, view.end), self.lex)
                and bool(self._condition_subject(view, cand, actors, self._country_codes(actors))))

    def _mode_cues(self, etype: str, mode: str) -> tuple[str, ...]:
        return dict(self.lex.mode_cues.get(etype, ())).get(mode, ())

    def _forces_sent(self, view: SentenceView, cand: Candidate) -> bool:
        """Troops, police or arms (the MOBILIZE mode cues) are what the trigger's clause tells sent, after
        it (not its subject: `полицијата евакуираше …`), what a state deploys; and the sentence names no
        relief (`испрати авиони за гаснење на пожарот`: help for whoever the fire hit)."""
        forces = sum((self._mode_cues("MOBILIZE", mode) for mode in ("troops", "police", "weapons")), ())
        clause_end = view.clauses[view.clause_of(cand.first)].end
        return view.contains(cand.end, clause_end, forces) and not view.contains(
            view.first, view.end, self._mode_cues("AID", "humanitarian") + self.lex.relief_words)

    def _event(self, view: SentenceView, cand: Candidate, candidates: list[Candidate]) -> Coded | str:
        trig = cand.trigger
        start = self.text.tokens[cand.first].start
        if self.text.tokens[cand.first].low in trig.quoted_past_forms and any(
                q.direct and q.start <= start < q.end for q in self.doc.quotes):
            return "a past habit the speaker recalls in his own words (`„ни ветуваше три месеци, а сега …“`), no act"
        args = self._arguments(view, cand, candidates)
        if isinstance(args, str):
            return args
        location = self._location(view, cand, args)
        visited = next((r for r in args.recipient if r in self.entities and self.entities[r].type in PLACE_TYPES), None)
        if trig.location_as_recipient and visited is not None:
            location = visited  # `го посети Битола`: the place visited is where it happened
        if trig.location_as_recipient and not args.recipient and location:
            args.recipient = [location]
            args.flags.append("recipient:location")
        elif trig.location_as_recipient and not args.recipient and cand.end in self.demonym_starts:
            args.recipient = [self.demonym_starts[cand.end]]  # `ги посети српските затвори`: the country of the places visited
            args.flags.append("recipient:places_country")
        concerned = self._location(view, cand, args, told=True) if location is None else location
        if trig.type in self.lex.foreign_place_recipient_types and not args.recipient and self._foreign_place(concerned, args.actor):
            args.recipient = [self._country_of_place(concerned)]  # `ги нападна објектите во Украина`
            args.flags.append("recipient:foreign_place")
        # a government blames no one of its own state (`Белград го нарече „прогон на Србите“`: Serbia is no recipient),
        # nor refuses it: its state named in what it refuses is the refused thing's subject, not its author
        # (`го отфрли барањето Мексико да стане …`)
        args.recipient = [r for r in args.recipient if r not in args.actor and not (trig.type in ("ACCUSE", "REJECT") and r in self.entities and any(
            a in self.entities and self._self_or_own_state(a, self.entities[r]) for a in args.actor))]
        sides = self._countries(args.actor)
        if trig.reciprocal and len(sides) > 1:
            # the sides of a joint act of two states are its actors; a name of one of them is no recipient
            # (`Јапонија и Филипини се договорија за соработка со Филипинската армија`)
            args.recipient = [r for r in args.recipient if not (r in self.entities and self.entities[r].country in sides)]
        # (`Русија и Белорусија започнаа заедничка вежба`; an alliance alone stands for its members: `НАТО започна заедничка вежба`)
        joint = trig.reciprocal and (len(args.actor) > 1 or any(
            a in self.entities and self.entities[a].country in trig.members_meet for a in args.actor))
        # (a promised act that requires a recipient keeps its `со` partner there: `ќе соработува со Фондот`)
        promised = trig.type in REQUIRES_RECIPIENT and self._status(view, cand)[0] == "future"
        if (args.reciprocal and trig.type != "SUPPORT" and not promised and args.recipient and not self._hosted(args, location)
                and not self._bilateral(view, cand, candidates, args, location) and not self._announced_refusal(view, cand)):
            # guidelines: a meeting with no host and visitor has all its participants as actors;
            # an agreement signed or ties set up with Y has Y as the other side (the recipient)
            args.actor, args.recipient = list(dict.fromkeys(args.actor + args.recipient)), []
        elif (args.reciprocal and trig.type == "CONSULT" and args.recipient
              and self._hosted(Arguments(args.recipient, args.actor, []), self._meeting_place(view, cand))):
            # `Ал Шара се сретна во Дамаск со Фидан`: the guest is who visits (guidelines: `visit` goes to the host)
            args.actor, args.recipient = args.recipient, args.actor
            args.flags.append("actor:guest")
        if trig.requires and not self._has_required(view, cand, args):
            return "neither recipient nor content clause the entry requires"
        if trig.type == "CONSULT" and trig.reciprocal and not args.recipient:
            partner = self._possessed_partner(view, cand, args.actor)
            if partner:  # `X изјави дека Y доцнеше на нивната средба`: the actor and the other the sentence named met
                args.actor = args.actor + partner
                args.flags.append("actor:possessed-pair")
        if (trig.type == "CONSULT" and len(args.actor) + len(args.recipient) < 2 and "actor:possessor" not in args.flags
                and not any(a in self.entities and self.entities[a].country in trig.members_meet and self.entities[a].type != "PER" for a in args.actor)
                and not self._members_of_body_meet(view, cand, args)
                and "future:announced" not in self._status(view, cand)[1]
                and not (self._announced_refusal(view, cand) and not self._conditioned(view, cand))):
            # (`Министрите на ЕУ се сретнаа`, `Советот за безбедност на ОН заседаваше`: the members of a body meet among themselves,
            # not one person of it at a summit, `Генералниот секретар на НАТО на самитот`; a meeting one side announces, `најави
            # нова рунда разговори`, is its promise to meet, an AGREE of the announcer whoever else will sit there;
            # `нема да преговара со криминалци`: talks refused, whoever to, unless held out under a condition, a warning's threat)
            return "meeting with one participant"
        if trig.members_meet and not any(a in self.entities and self.entities[a].country in trig.members_meet for a in args.actor) and len(
                {self.entities[p].country for p in args.actor + args.recipient if p in self.entities}) < 2:
            # (`пратеникот и Владата по закажување на седницата`: one state's organs deliberate, guidelines: no event)
            return "a session of one state's organs"
        if trig.noun and self._faced(view, cand):
            return "what someone faces (`се соочи со критики`), not an act told"
        if self._floor_request(view, cand, args):
            return "a request on the chamber's procedure in a transcript (`барам точката да се стави на гласање`), no act"
        if self.doc.speaker and (trig.type in self.lex.public_stance_types and self._public(args.actor)
                                 or trig.type == "REQUEST" and self._says_i(cand) and self._public(args.recipient)):
            return "what citizens want or think, or a speaker's call on the public, in a speech (`граѓаните бараат …`), a general statement"
        if self._told_generally(view, cand, self.lex.nobody_subjects):
            return "an act told of nobody or anyone (`никој не може да ѝ забрани`), a general statement"
        if self._told_generally(view, cand, self.lex.habitual_words):
            return "a habit or a standing commitment (`секогаш се среќава`, `секогаш ќе осудиме`), no one act"
        if self._until_condition(view, cand):
            return "the condition an `until` sets (`ќе продолжи додека Киев не ги повлече силите`), not an act told"
        state_act = bool(trig.state_type and args.actor
                         and all(a in self.entities and self.entities[a].sector in STATE_SECTORS for a in args.actor))
        if (not state_act and trig.type == "PROTEST" and trig.noun and not any(f.startswith("actor:") for f in args.flags)
                and args.actor and all(a in self.entities and self.entities[a].sector in FORCE_SECTORS for a in args.actor)):
            return "a protest the police or the army act on (`Полицијата го обезбедуваше протестот`), not theirs"
        if (trig.type in self.lex.civilian_free_types
                and (self.lex.civilian_free_types[trig.type] is None or trig.mode in self.lex.civilian_free_types[trig.type])
                and args.actor
                and all(a in self.entities and self.entities[a].sector == "CVL" for a in args.actor)):
            return "civilians, who are no force mobilised nor coerce (`граѓаните беа повикани да …`, `Туристите ги окупираа плажите`)"
        if trig.type in self.lex.poll_types and args.actor and self._poll_count(view, args.actor, trig.type):
            return "the share of a population a poll counts (`мнозинството граѓани го поддржуваат`), no act"
        if trig.noun and trig.type in self.lex.credit_types and not args.recipient and self._credited(view, cand):
            return "a sponsor credited for a project (`Проектот се реализира со поддршка на ЕУ`), no one supported"
        if (trig.type in self.lex.business_types and args.actor
                and all(a in self.entities and self.entities[a].sector in self.lex.business_sectors
                        for a in args.actor + args.recipient)):
            return "business between companies (`Фирмата потпиша договор со синџирот`), no state party to it"
        if trig.noun and trig.type == "CONSULT" and self._framing(view, cand):
            return "a meeting that sets the time or scene of the sentence's act"
        if trig.noun and trig.type == "ASSAULT" and self._framing(view, cand) and any(
                not c.trigger.noun and c.trigger.type == "ASSAULT" for c in candidates):
            # `Во нападот во вторникот напаѓачи убија 26 лица`: the attack the sentence's verb tells, one act
            return "an attack noun that sets the scene of the sentence's attack told by its verb"
        status, status_flags = self._status(view, cand)
        etype = trig.type
        if state_act:  # guidelines: a protest is held by non-state collectives; a state's blockade restricts
            status_flags.append(f"state actor→{trig.state_type}")
            etype = trig.state_type
        elif trig.invitation_type and self._invitation(view, cand, args):  # guidelines: calls to talks
            status_flags.append(f"invitation→{trig.invitation_type}")
            etype = trig.invitation_type
        if etype in ("RETREAT", "CONCEDE") and self._refused(view, cand):
            # `не може да ги повлече трупите`, `не сака да се повлече`: a refusal to yield,
            # itself asserted (`може да` alone would make the clause a possibility)
            status_flags.append("refused→REJECT")
            etype = "REJECT"
            if status in ("hypothetical", "negated"):
                status = "asserted"
            other = None if args.recipient else self._refused_party(view, cand, args.actor)
            if other is not None:  # `Без доверба во САД … нема начин да се разоружаме`: refused to the United States
                args.recipient = [r for r in self._group_entities(other) if r not in args.actor]
                status_flags.append("recipient:refused_party")
        refusal = status == "negated" and self._announced_refusal(view, cand)
        # (the sides counted or named as such, of talks told before, report an outcome: `Двете страни не се договорија`)
        sides_told = "actor:anaphora" in args.flags and self._counted_sides(view, cand)
        if status == "negated" and set(args.flags) & UNNAMED_SUBJECT and not refusal and not sides_told:
            # (an announced refusal is no hedge: `„… нема да го признае Косово“, изјави X`)
            return "negated without a named subject in the sentence (a habit or a hedge more often than a report)"
        if status == "negated" and trig.no_negated and not refusal:
            return "negated, and the entry codes no act not done"
        if refusal:
            # `нема да го признае`: an announced refusal, itself asserted (PLOVER REJECT); `не ја
            # поддржа` reports support not given (guidelines: refusal vs. negation)
            status_flags.append(f"negated→{trig.negated}")
            etype, status = trig.negated, "asserted"
        if etype == "REJECT" and status == "asserted" and not trig.warned_stays and self._warned(view, cand):
            # `ја предупреди Белград дека нема да го поддржи`, `… нема да дозволи`: a refusal held over
            # the one warned (PLOVER THREATEN)
            status_flags.append("warned→THREATEN")
            etype = "THREATEN"
        if self._held_until(view, cand, etype, status, args.actor):
            # guidelines (refusals held until the other side acts): `нема да учествува … сè додека Владата не го
            # повлече законот` backs a demand with the refusal (PLOVER THREATEN toward the side that must act)
            status_flags.append("held until→THREATEN")
            etype, status = "THREATEN", "asserted"
        if status_flags == ["purpose-or-condition"] and self._offered_possibility(view, cand):
            status_flags = ["possibility offered"]  # `Владата може да понуди 10 отсто`: an offer made (guidelines: AGREE)
            status = "asserted"
        if status == "hypothetical" and not (status_flags == ["conditional"] and etype in FUTURE_BECOMES):
            return "hypothetical (a condition, possibility or purpose, not an act)"
        if status == "future" and (etype in self.lex.conditional_threat_types and (
                self._conditioned(view, cand) or self._warned(view, cand))
                or etype in self.lex.conditioned_threat_types and self._conditioned(view, cand)):
            status_flags.append("conditional→THREATEN")  # `ќе воведе санкции доколку …`: a threat made
            etype, status = "THREATEN", "asserted"
        elif status == "future" and etype in CONDITIONED_DROPPED and self._conditioned(view, cand):
            return "hypothetical (the consequence of a condition, not an act)"  # `Ако …, претседателот ќе го повика …`
        elif status == "future" and etype in DONE_ONLY:
            return "an attack only told to come, held out as no threat (`подготвува агресија`), no act"
        content = self._content_clause(view, cand) if trig.content_threat and etype == "AGREE" else None
        # (`вети дека X нема | да испраќа …`: the `да` after `нема` goes on with the content)
        told = {content, content + 1 if content is not None and content + 1 < len(view.clauses)
                and opened_by(view.clauses[content + 1], self.lex.negated_future) else content}
        promised = [c for c in candidates if content is not None and view.clause_of(c.first) in told and not self._ended(view, c, self.lex.ending_words)]
        if any(view.clause_of(c.first) == content and c.trigger.type in self.lex.threat_content_types for c in promised):
            status_flags.append("content→THREATEN")  # `вети дека ќе ја мобилизира војската`: a promise of force threatens
            etype = "THREATEN"
        elif promised and (self._announced_refusal(view, promised[0]) or (promised_status := self._status(view, promised[0])[0])
                           in self.lex.promised_own_types.get(promised[0].trigger.type, ())):
            # guidelines (one's own future acts): a conflictual act promised is that act, future (`вети дека ќе го раскине
            # договорот`); a cooperative one promised not done is that act, negated (`вети дека нема да испраќа оружје`),
            # or the refusal its entry codes (`вети дека нема да го признае`: REJECT, as told without the promise)
            if self._announced_refusal(view, promised[0]):
                etype, status = promised[0].trigger.negated, "asserted"
            else:
                etype, status = promised[0].trigger.type, promised_status
            status_flags.append(f"content→{etype}")
            if not args.recipient:  # whom the act promised is aimed at, named after its verb and of another country
                own = self._countries(args.actor)
                whom = next((g for g in view.groups if g.clause in told and g.first > promised[0].first and not self._of_countries(g, own)
                             and (g.governor is None or g.governor in promised[0].trigger.slots.recipient)), None)
                args.recipient = [r for r in self._group_entities(whom) if r not in args.actor] if whom else []
        if "warned→THREATEN" in status_flags or (
                (status_flags[-1:] == ["conditional→THREATEN"] or (etype == "THREATEN" and not args.recipient))
                and self._warned(view, cand)):
            warned = [w for w in self._warned_party(view, cand) if w not in args.actor]
            if warned:  # the one warned is the one threatened, not a name in the threat's content
                args.recipient = warned
                status_flags.append("recipient:warned")
        own = self._country_codes(args.actor)
        unfit = not args.recipient or all(self.entities[r].country in own for r in args.recipient if r in self.entities)
        # (also over a name of another state the threat's content holds when no one is warned: `предупредија дека ќе
        # ги активираат санкциите на ОН доколку Иран …` threatens Iran; `санкции против Русија доколку Москва …`, Russia)
        if etype == "THREATEN" and (unfit or "recipient:warned" not in status_flags):
            named = self._condition_subject(view, cand, args.actor, own)
            # `ќе … ако САД го нападнат`: the threat is to whom its condition names as acting (an international body's
            # official too: `ќе ги напуштат институциите доколку високиот претставник …`)
            if named and (unfit or not self._country_codes(named) <= self._country_codes(args.recipient)):
                args.recipient = named
                status_flags.append("recipient:condition")
            elif unfit:  # `ќе одговориме на секој напад врз Израел`, said for Israel: the place defended, no target
                args.recipient = [r for r in args.recipient if not (
                    r in self.entities and self.entities[r].country in own and self.entities[r].type in PLACE_TYPES)]
        troops = self._mode_cues("MOBILIZE", "troops")
        if (etype == "AID" and args.recipient and view.contains(view.first, view.end, troops)
                and all(r in self.entities and self.entities[r].type in PLACE_TYPES
                        and self.entities[r].country in {self.entities[a].country for a in args.actor if a in self.entities}
                        for r in args.recipient)):
            # guidelines: troops a state sends to a place of its own (`Русија испрати војници во Калининград`) are deployed
            status_flags.append("own place→MOBILIZE")
            etype, args.recipient = "MOBILIZE", []
        if etype in self.lex.home_place_scene_types and self._home_tour(args):
            status_flags.append("home places: scene")  # `изврши претреси во Скопје и Тетово`: where, not on whom
            args.recipient = []
        if etype == "AID" and status == "future" and view.has_sequence(view.first, view.end, self.lex.decided_aid):
            status_flags.append("future:decided")  # `Според договорот …, УСАИД ќе донира`: decided, paid later
        elif status in ("future", "hypothetical") and etype in FUTURE_BECOMES:  # `ќе ја посети`, `би го посетил`: an intention
            status_flags.append(f"{status}→{FUTURE_BECOMES[etype]}")
            etype, status = FUTURE_BECOMES[etype], "asserted"
        elif status == "future" and etype == "THREATEN":  # `најави противмерки`: the threat is made as it is announced
            status_flags.append("future→THREATEN")
            status = "asserted"
        if etype == "CONSULT" and self._home_tour(args):  # (a promised one is still an intention: AGREE)
            return "a visit to a place of the actor's own country (a tour at home, no host)"
        if etype in self.lex.purpose_target_types and not args.recipient:
            aimed = self._purpose_target(view, cand, candidates)
            if aimed:  # `употреби солзавец за да ги растера демонстрантите`: whom the force was used on
                args.recipient = [r for r in aimed if r not in args.actor]
                status_flags.append("recipient:purpose")
        if etype == "AID" and args.recipient and all(
                r in self.entities and self.entities[r].sector in STATE_SECTORS and self.entities[r].country in own for r in args.recipient):
            # `испрати помош и тим на Дирекцијата за заштита и спасување`: the state's own service is what it sends
            status_flags.append("own organ sent")
            args.recipient = []
        if (etype == "AID" and not args.recipient and self.last_aid and view.index - self.last_aid[0] <= AID_STORY_REACH
                and not self._dative_before(view, cand) and not (self.last_disaster and self.last_disaster[0] > self.last_aid[0])):
            # `Бугарија испрати 30 пожарникари` after aid to Macedonia: one more helper in the same story
            # (`им обезбеди на земјите …` names its own unnamed recipients)
            args.recipient = [r for r in self.last_aid[1] if r not in args.actor]
            status_flags.append("recipient:earlier_aid")
        if (etype == "AGREE" and cand.trigger.type == "AID" and not args.recipient and self.last_pledge
                and view.index - self.last_pledge[0] <= AID_STORY_REACH and not self._dative_before(view, cand)
                and all(r in self.entities and self.entities[r].country not in own and self.entities[r].type == "GPE" for r in self.last_pledge[1])):
            # `Рим ќе испрати нов пакет помош` after `Германија ќе финансира … за Украина`: one more donor's promise
            # to the state the story is about
            args.recipient = list(self.last_pledge[1])
            status_flags.append("recipient:earlier_aid")
        if (etype == "AID" and not args.recipient and self.last_disaster and view.index - self.last_disaster[0] <= AID_STORY_REACH
                and not self._dative_before(view, cand)):
            # `Шпанија и Франција испратија спасувачи` after an earthquake in Morocco: aid to the stricken
            own = self._countries(args.actor)
            args.recipient = [r for r in self.last_disaster[1] if r not in args.actor and self.entities[r].country not in own]
            status_flags.append("recipient:disaster")
        if etype == "AID" and cand.trigger.mode == "economic" and not args.recipient and not self._dative_before(view, cand):
            story_state = self._previous_subject_state(view, args.actor) or self._item_state(view, args.actor)
            if story_state:  # `Египет се соочува со криза. ММФ одобри аранжман од …`: a loan to the state the story is about
                args.recipient = story_state
                status_flags.append("recipient:story_state")
        if etype == "SANCTION" and not args.recipient:
            coordinated = self._coordinated_act(view, cand, args.actor)
            if coordinated is not None and coordinated.type == etype:
                # `ги протера аташеата и го суспендираше Договорот`: a second penalty joined to the first hits its target
                args.recipient = [r for r in coordinated.recipient if r not in args.actor]
                status_flags.append("recipient:coordinated")
        if etype == "AID" and not args.recipient and not joint and self._forces_sent(view, cand):
            # guidelines: forces a state sends to no other side (`ќе испрати 5.000 војници на јужната граница`,
            # `испрати полициски единици во областа`) are deployed, its own build-up
            status_flags.append("no recipient→MOBILIZE")
            etype = "MOBILIZE"
        if etype in REQUIRES_RECIPIENT and not args.recipient and not joint:  # (subjects acting together are each other's)
            return f"no recipient ({etype} needs one)"
        if etype == "REQUEST" and not args.recipient:
            shared = self._coordinated_recipient(view, cand, args.actor)
            # `му се заблагодари на Владата, но побара средства`, `го повика амбасадорот и побара објаснување`:
            # asked of the one just addressed
            if shared:
                args.recipient = shared
                status_flags.append("recipient:coordinated")
        if etype in PARTNER_ACTS and not args.recipient:
            partners = self._met_partners(view, cand, args.actor)
            if partners and cand.trigger.reciprocal and (cand.trigger.together or self._plural_verb(cand.first, cand.end)):
                # `двајцата министри разговарале … и се договориле`: the sides of the meeting agreed together
                args.actor = list(dict.fromkeys(args.actor + partners))
                status_flags.append("actor:met")
            elif partners:  # `се сретна со синдикатот и понуди зголемување`: offered to the one just met
                args.recipient = partners
                status_flags.append("recipient:met")
        if (etype == "REQUEST" and not args.recipient and "actor:inherited" in args.flags and not self._asked_unnamed(view, cand)
                and self._coordinated_act(view, cand, args.actor) is None and not self._joined_to_report(view, cand)):
            # with neither its own subject nor anyone asked, `бара` seeks or needs (`планира да бара
            # нафта`, `ситуацијата … бара следење`, `институциите кои бараат`): no demand; joined to the
            # actor's act just told it is the actor's next act (`ја пофали консолидацијата, но побара контрола`)
            return "request with neither recipient nor subject of its own"
        if etype in STATEMENT_TYPES or status != "asserted":
            speaker = self._state_spokesperson(view, cand, args.actor)
            if speaker is not None:  # `Георгиев изјави дека Софија нема да ја поддржи …`: the speaker's word for his state
                args.actor = [speaker]
                status_flags.append("actor:spokesperson")
        # (an agentless passive, `…, а приведени се 14 лица`, names no actor of its own: it goes on with the account)
        own_subject = not ({"actor:inherited", "actor:anaphora", "actor:previous"} & set(args.flags)
                           or (cand.passive and "actor:unnamed" in args.flags))
        when, weak = self._date(view, cand.first, cand.end, own_subject)
        told = reference_date(self.doc, self.text.tokens[cand.first].start)
        if not weak and when and told and (period_start(when) or told) > told and (
                "conditional→THREATEN" in status_flags
                or (status == "asserted" and not any(f.startswith(("future", "hypothetical")) for f in status_flags)
                    and not (trig.dated_by_meeting or f"invitation→{etype}" in status_flags) and self._dated_after(cand))
                or self._meeting_over(view, cand)):
            # a time still to come after an act told as done dates what was agreed, offered or asked, not the act
            # (`договорија средба во мај`, `ги повика граѓаните на протест во саботата`, `… утре да излезат`); in a
            # threat it dates the act threatened, not the threat (`ако …, од 1 април ќе штрајкуваме`): the day it is
            # told on is decided, no default that would join it to a retelling before; a call to talks coded as an invitation
            # is dated by the meeting it invites to, as `ги покани на средба во петокот` (the gold of the invented sets); a
            # meeting told over (`рекламата ќе биде повлечена од понеделник, по разговорот со Y`) was before the time to come
            when, weak = told.isoformat(), False
        if "possibility offered" in status_flags and when and told:
            when, weak = told.isoformat(), False  # `може да понуди покачување од јануари`: the date is the offered thing's
        if weak and "historical:habitual" in status_flags:
            when, weak = None, False  # (`со месеци ги блокираше`: acts over months or years have no single date)
        earlier_by_interval = self._interval_before(view, cand.first)
        if earlier_by_interval is not None:
            when, weak = earlier_by_interval, False
            status_flags.append("date:interval")
        if status == "future" and not weak:
            when = self._coming_weekday(cand, when)
        if when and status == "asserted" and self._long_ago(when):
            status = "historical"
            status_flags.append("historical:date")
        if status == "historical" and (trig.noun or cand.passive and etype in self.lex.historical_toll_types) and "actor:unnamed" in args.flags:
            # (`Последниот штрајк беше во 2022 година`: guidelines, historical acts without an actor in the text; a
            # passive's hand is implied, `беше уапсен во март лани` is coded, but not the toll of a past atrocity:
            # `во јули 1995 година беа убиени 8.000 луѓе` is its background)
            return "background history named by a noun with no actor in the text"
        confidence = trig.confidence
        if {"actor:inherited", "actor:anaphora", "actor:previous"} & set(args.flags):
            confidence *= INHERITED_ACTOR
        if weak:
            confidence *= PUBLICATION_DATE
        if cand.passive:
            confidence *= PASSIVE
        tokens = self.text.tokens
        start, end = tokens[cand.span_first].start, tokens[cand.end - 1].end
        event = Event(
            id="", type=etype, mode=self._mode(view, cand, etype, args, location), actor=args.actor,
            # (a participant under a place preposition is where the act happened too, `изврши претреси на локации во Скопје`,
            # `испраќа војници во Авганистан`; only for the field: the host and the sides are read without it)
            recipient=args.recipient, date=when, location=location or self._location(view, cand, Arguments([], [], [])), status=status,
            reported_by=self._reporter(view, cand, args.actor), sentence=view.index,
            trigger=Span(start=start, end=end, text=self.doc.text[start:end]),
            rule="+".join([trig.id, *args.flags, *status_flags, *(["date:publication"] if weak else [])]),
            confidence=round(confidence, 3), context=self._context(view, trig),
        )
        light = self._light_verb(view, cand) if trig.noun else None
        verb = light if trig.noun else cand.span_first  # `ќе обезбеди и хуманитарна помош`: the word after the verb
        further = (verb is not None and verb + 2 < view.end and tokens[verb + 1].low in self.lex.additive_words
                   and tokens[verb + 2].low not in self.lex.additive_not_before)
        to_date = False
        if not trig.noun:  # `повторно ја обвини`: once more; `Таа, исто така, повика`: one more
            before = cand.span_first - 1
            while before >= view.first and (tokens[before].low in self.lex.verb_clitics or tokens[before].low == ","):
                before -= 1
            further = further or (before >= view.first and tokens[before].low in self.lex.repeated_words) or any(
                before + 1 - len(seq) >= view.first and tuple(t.low for t in tokens[before + 1 - len(seq):before + 1]) == seq
                for seq in self.lex.additive_before)
            to_date = before >= view.first and tokens[before].low in self.lex.to_date_words
        verbs = self.lex.reporting.verbs  # `„…“, додаде тој`: a statement added to the one before
        further = further or any(verbs[t.low][1] in self.lex.additive_speech for t in tokens[view.first:view.end] if t.low in verbs)
        earlier = trig.noun and any(tokens[i].low in self.lex.earlier_words for i in range(max(view.first, cand.first - 2), cand.first))
        # (`Х на протестот изјави …`, `по пукањето`: the act told before, named as the scene of another)
        setting = (trig.noun and cand.first > view.first and tokens[cand.first - 1].low in self.lex.gathering_back_prepositions
                   and tokens[cand.first].low.endswith(self.lex.gathering_definite_endings))
        return Coded(event, weak, begun=light is not None and tokens[light].low.startswith(self.lex.beginning_verbs),
                     further=further, earlier=earlier, to_date=to_date, setting=setting, named_by_noun=trig.noun and light is None, forum=trig.forum, tally=trig.tally,
                     # (`Договорот … беше потпишан`: the thing made, with its article, opening a passive tells the act told before)
                     # (`кое ги организира протестите`, `кога започна офанзивата`: with a verb of doing too)
                     definite=(trig.noun or trig.noun_first and cand.passive)
                     and tokens[cand.span_first].low.endswith(self.lex.reporting.definite_endings),
                     # (`Разговорите ги водеа X и Y`: the definite noun fronted as the object its clitic doubles, the topic)
                     fronted=trig.noun and cand.end < view.end and tokens[cand.end].low in self.lex.reporting.object_clitics
                     and tokens[cand.span_first].low.endswith(self.lex.reporting.definite_endings)
                     and self._fronted_act(view, cand.end, candidates) is cand,
                     about=self._about(view, cand) if etype in STATEMENT_TYPES else frozenset())

    def _about(self, view: SentenceView, cand: Candidate) -> frozenset[str]:
        """What a statement is about: the stems of the first words after its trigger that are no function
        words, or after the `дека`/`да` that opens its content close after the trigger (`вети во саботата
        во … дека никогаш …`: the time and place it was told on say nothing of what)."""
        lows, openers = view.words(cand.end, view.end), self.lex.reporting.complementisers | self.lex.subjunctive
        opener = next((n for n, w in enumerate(lows[:ABOUT_REACH]) if w in openers), -1)
        return frozenset([w[:ABOUT_STEM] for w in lows[opener + 1:] if len(w) >= ABOUT_STEM and w.isalpha()][:ABOUT_WORDS])

    def _refused_party(self, view: SentenceView, cand: Candidate, actors: list[str]) -> Group | None:
        """The other side of a refusal to yield: the last name before the trigger in its sentence
        that is neither an actor nor their own state nor a mere place (the condition the refusal
        states, `Без доверба во САД, … нема начин да се разоружаме`)."""
        own = self._country_codes(actors)
        before = [g for g in view.groups if g.end <= cand.first and not set(g.entities) & set(actors)
                  and not self._own_state(g, own) and not self._mere_location(g)]
        return before[-1] if before else None

    def _under_pressure(self, view: SentenceView, cand: Candidate) -> bool:
        """A phrase of pressure follows the trigger in its clause (`нема да ги менува одредбите под притисок`)."""
        clause = view.clauses[view.clause_of(cand.end - 1)]  # (a sequence trigger's last word: `нема | да го менува`)
        return view.has_sequence(cand.end, clause.end, self.lex.pressure_phrases)

    def _refused(self, view: SentenceView, cand: Candidate) -> bool:
        """The trigger's `да` clause completes a refusal in the clause before (`нема начин`, `не можеме`)."""
        k = view.clause_of(cand.first)
        if not k or view.clauses[k].opener not in self.lex.subjunctive:
            return False
        before = view.clauses[k - 1]
        return view.has_sequence(before.first, before.end, self.lex.refusal_sequences)

    def _arguments(self, view: SentenceView, cand: Candidate, candidates: list[Candidate]) -> Arguments | str:
        slots: Slots = cand.trigger.passive if cand.passive else cand.trigger.slots
        flags = ["passive"] if cand.passive else []
        actor_slots = slots.actor
        if cand.trigger.noun and self._verbal(view, cand) and "subject" in actor_slots:
            # `ДУИ најави бојкот на седниците`: after a light verb the subject acts; `на` is the target
            actor_slots = ("subject", *(s for s in actor_slots if s != "subject"))
        actor, how = self._fill(view, cand, actor_slots, candidates, None)
        maker = self._relative_maker(view, cand) if cand.trigger.noun else None
        if maker is not None:  # (not the clause's subject: `Отава одговори на царините што Трамп ги наметна`)
            actor, how = maker, "subject"
        target = None
        if cand.trigger.noun and how in (None, "subject") and self._targeted(view, cand):
            k = view.clause_of(cand.first)  # `Киев беше цел на руски напад`: the subject is the target
            target = actor if how == "subject" else next(
                (g for g in view.groups if g.clause == k and g.end <= cand.first and self._subject_like(g)), None)
            actor, how = None, None
        if (cand.trigger.noun and how in (None, "subject", self.lex.genitive) and "subject" in actor_slots
                and cand.trigger.type in self.lex.demonym_agent_types):  # (a war's side is only its `на` phrase's)
            own = self._demonym_before(view, cand)
            if own is not None:  # `Палестинци беа убиени во израелски воздушен напад`: the state of the adjective attacked
                # (`рускиот напад на Киев`: after the adjective the `на` phrase is the target)
                target = actor if how == self.lex.genitive else target
                actor, how = own, "demonym"
        if cand.trigger.noun and how != "demonym" and not self._verbal(view, cand):
            agent = self._genitive_agent(view, cand, candidates)
            if agent is not None:  # `Израел возврати по нападот на Хамас врз …`: Hamas's attack, not Israel's
                actor, how = agent, self.lex.genitive
        # (and a passive's beyond its verb's reach: `кој беше обвинет за злоупотреба од страна на три жени`)
        agent = self._agent_phrase(view, cand) if how == "inherited" or (how is None and not cand.trigger.noun) else None
        if agent is not None:  # `отстапките што беа направени од страна на делегацијата`: the delegation's, no one else's
            actor, how = agent, (self.lex.genitive if agent in view.groups else "collective")
        host = None
        if cand.trigger.noun and cand.trigger.location_as_recipient and how == self.lex.genitive and self._place_group(actor):
            host = actor  # `замина во посета на Соединетите Држави`: the place visited is the host
            actor, how = self._clause_subject(view, view.clause_of(cand.first), None), "subject"
        gerund = cand.first if not cand.trigger.noun else cand.first - 1  # (`Изразувајќи поддршка за …, X`: its light verb)
        if actor is None and (self._leading_adverbial(view, cand) or self._opening_gerund_clause(view, cand) or (
                gerund >= view.first and self.text.tokens[gerund].low.endswith(self.lex.gerund_endings))):
            actor = self._main_clause_subject(view, cand)  # `Поздравувајќи ја одлуката, Санадер рече …`
            how = "inherited" if actor is not None else how
        if actor is None and cand.trigger.noun:
            actor = self._inserted_subject(view, cand)  # `X рече, по разговорите со Y, дека …`
            how = "inherited" if actor is not None else how
        fronted = self._fronted_plural_object(view, cand) if how == "inherited" else None  # (`… а војниците ги пофали`)
        if how == "source":  # (`…, од каде што министерот го обвинија`: the name before the verb is its object)
            fronted, how = self._fronted_object(view, cand, actor), "subject"
        if how == "subject" and not cand.passive and not cand.trigger.noun:
            plural = self._plural_subject_after(view, cand, actor)
            if plural is not None:  # `Мадуро го уапсија американските сили`: the verb agrees with what follows
                actor, how, fronted = plural, "subject-after", actor
        if actor is None and not cand.passive and ("subject" in actor_slots or cand.trigger.noun):
            inverted = self._inverted_subject(view, cand, candidates)
            if inverted is not None:  # `Договорот го ратификуваше Собранието`: the object leads, the subject follows
                actor, how = inverted, "subject-after"
                fronted = self._fronted_object(view, cand, inverted)
        if cand.trigger.reciprocal and how in (None, "inherited"):  # `го потпишаа Македонија и Србија`: the subject follows
            after = self._object(view, cand, candidates)
            if after is not None:
                actor, how = after, "subject-after"
        pair = self._pair_subject(view, cand) if actor is not None and how in ("subject", "subject-after", "inherited") else None
        displaced = None
        if pair is not None and not cand.passive and not cand.trigger.noun and not pair < actor.first < cand.first:
            # `Бан изјави дека двајцата лидери се согласиле`, `Двајцата министри се договорија Y да …`: the pair
            # before the verb is its subject, not the teller nor a name after the verb (resolved below; the
            # name stays when no pair was told before)
            displaced = (actor, how)
            actor, how, fronted = None, None, None
        recipient, received = self._fill(view, cand, slots.recipient, candidates, actor, recipient=True)
        if recipient is not None and actor is not None and self._own_state_told(view, cand, recipient, actor.entities):
            recipient = None
        k = view.clause_of(cand.first)
        if (recipient is None and k and (view.clauses[k].opener in self.lex.object_relatives or self._plural_object_pronoun(view, cand, k))
                and not any(t.text == "," for t in view.tokens[view.clauses[k].first:cand.first])):
            # `претседателот, кого Трамп го критикуваше`: the president; `Србите кои ги уапси`: the Serbs
            recipient = self._relative_antecedent(view, k)
        if (recipient is None and k and view.clauses[k].opener in self.lex.relative_openers
                and self._oblique_relative(view, view.clauses[k].first)
                and view.tokens[view.clauses[k].first - 1].low in slots.recipient):
            recipient = self._relative_antecedent(view, k)  # `колегите од Албанија, со кои потпиша`: the colleagues
        if recipient is not None and self._past_cause(view, cand, recipient.first):
            recipient = None  # `… во приправност поради вежбите на Белорусија`: why, not at whom
        if fronted is not None or (how == "subject-after" and recipient is actor):
            recipient, received = fronted, "object"  # the subject after the verb is no object
        if target is not None:
            recipient, received = target, self.lex.genitive
        if (recipient is not None and not cand.trigger.location_as_recipient and self._mere_location(recipient)
                and not (cand.trigger.type in self.lex.place_recipient_types and self._of_a_state(recipient))):
            recipient = None  # `заем за проектот … по крајбрежјето на Црното Море`: a sea is no one a deed is aimed at
        if recipient is None and "subject" in slots.recipient and not cand.passive:
            recipient = self._subject_author(view, cand, actor)
        if recipient is None and "subject" in slots.recipient and self._adverbial_noun(cand):
            recipient = self._clause_subject(view, k, None)  # `X ќе одржи седница, на барање на Y`: X acts
            recipient = recipient if recipient is not None and recipient.first < cand.first and recipient is not actor else None
        if recipient is None:
            recipient = self._content_recipient(view, cand, slots.recipient, actor)
        actors = self._group_entities(actor) if actor else []
        if (actors and how == "inherited" and recipient is not None and not cand.trigger.noun and self._partner_relative(view, k)
                and self.text.tokens[cand.first].low.endswith(self.lex.plural_verb_endings)):
            # `се сретна со Бегај, со кого договорија …`: a plural verb, the partner acts with the subject
            actors, recipient = actors + [a for a in self._group_entities(recipient) if a not in actors], None
        if actors and how == "subject":
            partner = [p for p in self._coordinated_pronoun(view, actor) if p not in actors]
            actors = partner + actors  # `Таа и Бериша се согласија`: the woman of the sentence before, and Berisha
            flags.extend(["actor:pronoun"] if partner else [])
        if actors and how == "subject":
            actors = actors + [a for a in self._joined_actors(view, cand, actor) if a not in actors]
            actors = [a for a in self._aside_partner(view, cand, actor) if a not in actors] + actors
        if actors and how in ("subject", "collective"):
            joined = self._coordinated_collective(view, cand, actor, actors)
            if joined is not None:  # `Владата и синдикатите потпишаа`: the unnamed collective acts with the name
                actors = actors + [joined]
        if not actors and cand.passive and self._adverbial_noun(cand):
            # `им одреди притвор на двајцата, по предлог на обвинителството`: the body the phrase names asks, not the pair
            agent = self._passive_agent(view, cand, candidates, slots.actor)
            actors, how = ([agent], "collective") if agent else (actors, how)
        # (the counted subject of a passive is acted on, no pair that acts: `двајца луѓе беа убиени`)
        pair_subject = not cand.passive and self._pair_anaphor(view, cand)
        if not actors and pair_subject and self.last_sides and self._pair_numeral(view, cand):
            actors, how = list(self.last_sides), "anaphora"  # `Хрватска ја обвини Србија. … Двете земји разговараа`
        if not actors and pair_subject and not self.last_compound and self._pair_numeral(view, cand):
            sides = self._hostile_sides(view.index)
            if sides:  # `Израел нападна Газа. Хамас испука ракети. Двете страни се обвинуваат …`
                actors, how = sides, "anaphora"
        if not actors and pair_subject and self.last_compound:
            actors, how = list(self.last_compound), "anaphora"
            addressed = self._clitic_person(view, cand, actors)
            if addressed is not None and not recipient:  # `… се сретнаа со Сибиха. Тие му ветија …`: Sibiha is promised
                actors, recipient = [a for a in actors if a != addressed], Group([Participant(addressed, cand.first, cand.first)])
        if how == "anaphora":
            actors = self._pair_referents(view, cand, actors)
        if not actors and displaced is not None:
            actor, how = displaced
            actors = self._group_entities(actor)
        owner = self._opening_possessive(view, cand) if not actors else None
        if owner == "plural":  # `Нивната последна средба беше во јануари`: those named together before
            earlier = self._earlier_plural(view, [])
            if cand.trigger.reciprocal and len(earlier) < 2:
                earlier = []  # (one body of a plural name, `силите на НАТО`, meets no one: the pair told of last met)
            actors, how = earlier or list(self.last_compound), "anaphora"
        elif owner is not None:  # `Неговата посета на Полска ќе трае два дена`: the person of the sentence before
            actors, how = self._previous_person(view, owner), "previous"
        if (not actors and cand.trigger.reciprocal and cand.trigger.mode != "multilateral" and len(self.last_compound) > 1
                and self._opens_next_meeting(view, cand) and self._status(view, cand)[0] == "future"):
            # `X и Y се сретнаа … Следната средба ќе се одржи …` (not a summit: a body's, not the pair's)
            actors, how = list(self.last_compound), "anaphora"
        paired = self._possessed_partner(view, cand, []) if not actors and cand.trigger.type == "CONSULT" and cand.trigger.reciprocal else []
        if paired:  # `X … откако Y го оцени нивниот прв состанок`: the pair the sentence named met
            actors, how = paired, "possessed-pair"
        if not actors and not cand.passive and not cand.trigger.noun:
            resumed = self._resumed_clause(view, cand)
            # (a verb back in the main clause is not the told clause's collective's: `потврди дека мигрантите … и му се заблагодари`;
            # it is its first verb's: `Од синдикатот ја критикуваа Владата дека … и побараа …`)
            teller = cand if resumed is None else next(
                (c for c in candidates if not c.trigger.noun and view.clause_of(c.first) == resumed), None)
            collectives = self._collectives(view, teller, candidates) if teller is not None else []
            if collectives:
                actors, how = collectives, "collective"
        if how == "collective" and len(actors) == 1 and self._officials_subject(view, cand, candidates):
            officials = self._recent_officials(view)
            if officials:  # `… се сретна со Y. Министрите се договорија`: the two who met, not an unnamed collective
                actors, how = officials, "anaphora"
        if not actors and not cand.passive and not cand.trigger.noun and slots.actor[:1] == ("object",):
            # `ги прими лидерите на партиите`, `ја прими шефицата на мисијата`: the unnamed guests received are the actor
            hosts = self._group_entities(recipient) if recipient else []
            # (`ги прими двајцата лидери`, `двете делегации`: the pair the text told of last, not an unnamed collective)
            paired = [a for a in self.last_compound if a not in hosts] if self._pair_object(view, cand) else []
            people = [a for a in paired if a in self.persons]
            guests = [] if paired else self._collective_object(view, cand, candidates, (), hosts)
            if paired:
                actors, how = (people if len(people) > 1 else paired), "anaphora"
            elif guests:
                actors, how = guests, "collective"
        if not actors and not cand.passive and not cand.trigger.noun and "subject" in slots.actor:
            members = self._members_after(view, cand)
            if members is not None:
                actors, how = self._group_entities(members), "subject-after"
        if (not actors and not cand.passive and "subject" in slots.actor and (not cand.trigger.noun or (
                self._explicit_pronoun(view, cand) is not None and not any(
                    t.text == "," for t in view.tokens[self._last_subject_pronoun(view, cand):cand.first])))):
            # (a noun's too when `тој` is the subject of its phrase's verb: `Тој поминал часови во разговори со X`,
            # `Според изворите, тој поминал …`; not of a clause before a comma: `Бидејќи таа не е тука, ќе го отвориме претресот`)
            actors, how = self._dropped_subject(view, cand, recipient)
        if (cand.passive and not cand.trigger.noun and cand.trigger.type in self.lex.described_types
                and (not actors and (self._described(view, cand) or self._attributive(view, cand, candidates))
                     or self._nominal_participle(view, cand) or self._adjectival_participle(view, cand, candidates))):
            # (the article makes it a noun for the people whatever names their hand: `роднините на убиените од …`; so
            # does its place before a noun: `осудени лица`)
            return "a participle describing people (`уапсените`, `сите обвинети за`, `осудени лица`), no act told"
        if not actors and ((cand.passive and not cand.trigger.noun) or (cand.trigger.noun and cand.trigger.type in SPEECH_ACTS)):
            # (not for an act's noun: `нападите од опозицијата` are words, no assault; a statement's noun
            # is the collective's under the agent preposition: `Остри критики од опозицијата`)
            agent = self._passive_agent(view, cand, candidates, cand.trigger.passive.actor if cand.trigger.noun else slots.actor)
            if agent:  # `беше критикуван од опозицијата`, `од страна на невладините организации`
                actors, how = [agent], "collective"
        if not actors and cand.passive and not cand.trigger.noun and "subject" in slots.actor:
            # `Во Париз беа распоредени 8.000 полицајци`: the forces the passive tells sent, named after it, are who mobilise
            actors = self._collective_object(view, cand, candidates, (), [])
            how = "collective" if actors else how
        if not actors and cand.passive and not cand.trigger.noun and cand.trigger.type in self.lex.demonym_agent_types:
            act = next((c for c in candidates if c.trigger.noun and c.trigger.type == cand.trigger.type
                        and c.first >= cand.end and "subject" in c.trigger.slots.actor), None)
            own = self._demonym_before(view, act) if act is not None else None
            agent = self.demonym_ends.get(cand.end + 2)
            if own is None and agent is not None and agent.country and self.text.tokens[cand.end].low in slots.actor:
                own = Group([Participant(agent.id, cand.end + 1, cand.end + 2)])  # `беше погодена од руска ракета`
            if own is not None:  # `беа убиени во израелски воздушен напад`: by the state of the attack told after it
                actors, how = self._group_entities(own), "demonym"
        court = (self._international_body(view, cand, cand.trigger.passive_actor)
                 if not actors and cand.passive and cand.trigger.passive_actor == "JUD" else None)
        if court is not None:  # `обвинет за воени злосторства` in a story of the tribunal: by the tribunal
            actors, how = [court], "unnamed"
        if not actors and cand.passive and cand.trigger.passive_actor:  # `беше обвинет`: by prosecutors
            sector = cand.trigger.passive_actor
            # (with no place told, those of the state of the person it hit: `српскиот министер X беше уапсен`)
            people = [self.entities[e] for e in (self._group_entities(recipient) if recipient else []) if e in self.entities]
            hit = {e.country for e in people if e.type == "PER"} - {None} - INTERNATIONAL
            actors, how = [self._unnamed(view, cand, sector, sector, self.lex.unnamed_names[sector], None,
                                         hit_state=hit.pop() if len(hit) == 1 and len(people) == 1 else None)], "unnamed"
        tolled = (cand.trigger.noun and self.text.tokens[cand.first].low in self.lex.tolled_nouns
                  and any(w.startswith(self.lex.toll_words) for w in view.words(view.first, view.end)))
        if not actors and cand.trigger.type in self.lex.unnamed_actors and not cand.trigger.named_actor and (
                not cand.trigger.noun or cand.trigger.type in self.lex.unnamed_noun_types or tolled):
            # a strike's unnamed actor is the workers (PLOVER PROTEST strike), not protesters
            sector = self.lex.unnamed_mode_sectors.get(cand.trigger.mode or "") or self.lex.unnamed_actors[cand.trigger.type]
            victims = [self.entities.get(i) for i in (self._group_entities(recipient) if recipient else [])]
            stateless = bool(victims) and all(v is not None and v.sector in self.lex.stateless_attacked for v in victims)
            actors, how = [self._unnamed(view, cand, sector, sector, self.lex.unnamed_names[sector], None,
                                         stateless=stateless)], "unnamed"
        opened = self._opened_passive(view, cand) if not actors and cand.trigger.noun else None
        if opened:  # `Започната е истрага за убиство`, `е подигнато обвинение`: by the police, the prosecutors no one names
            actors, how = [self._unnamed(view, cand, opened, opened, self.lex.unnamed_names[opened], None)], "unnamed"
        if not actors:
            owner = self._document_owner(view, cand)
            if owner is not None:  # `Во извештајот на ОБСЕ, Владата е критикувана за …`: the body acts through it
                actors, how = self._group_entities(owner), "document"
        if not actors and "demonym" in actor_slots:  # `Србија доби американска помош`: the giver by its demonym
            giver = self._demonym_after(view, cand, self._group_entities(recipient) if recipient else [])
            actors, how = ([giver], "demonym") if giver else (actors, how)
        if not actors and self.sentence_coded and self._verbal_adverb(cand) and self.sentence_coded[-1][0].end <= cand.first:
            # `Родители … протестираа пред Министерството, барајќи лекови`: the unnamed actor of the act just told
            actors, how = list(self.sentence_coded[-1][1].actor), "inherited"
        if not actors and cand.trigger.sequence and not cand.trigger.noun:
            enclosed = self._enclosed_actor(view, cand, actor_slots)
            if enclosed is not None:  # `„Лажат“, одговори Мицкоски на обвинувањата`, `реагираа од СДСМ по изјавата`
                actors, how = self._group_entities(enclosed), "subject-after"
        if (cand.trigger.noun and how == "subject" and cand.end < view.end and self.text.tokens[cand.end].low == self.lex.genitive
                and self.lex.genitive in actor_slots and actor_slots.index(self.lex.genitive) < actor_slots.index("subject")):
            # `Владата ги игнорира барањата на граѓаните`: the unnamed collective of the noun's `на` is its author, not
            # the subject of the verb it is the object of
            author = self._passive_agent(view, cand, candidates, (self.lex.genitive,))
            if author:
                actors, how = [author], "collective"
        if how in ("inherited", "previous", "anaphora", "collective", "speaker", "unnamed", "possessor", "demonym", "document"):
            flags.append(f"actor:{how}")
        if not actors:
            return "no actor"
        if cand.trigger.side_actor and how == "collective" and all(
                a in self.entities and self.entities[a].sector in PEOPLE_SECTORS for a in actors):
            return "no side: people told by a head noun (`туристите нема да останат рамнодушни`)"
        if recipient is not None and self._own_state_told(view, cand, recipient, actors):
            recipient = None  # (the actor known only now: `Тој предупреди дека Белград ќе …`)
        recipients = self._group_entities(host or recipient) if (host or recipient) else []
        state = None if host else self._state_object(view, cand, actors)
        if state is not None:  # `ја пофали земјата`: the state told before, not a name further on
            recipients = [state]
            flags.append("recipient:state_anaphora")
        accepter = self._accepter(view, cand) if not recipients and cand.trigger.accepted_by else None
        if accepter is not None:  # `поднесе оставка …, дали премиерот ќе ја прифати`: handed to the one who accepts it
            recipients = self._group_entities(accepter)
            flags.append("recipient:accepter")
        after = self._past_manner(cand.end, view.end)  # (`се сретна одделно со синдикатите`: past the adverb)
        right_after = self.text.tokens[after].low if after < len(self.text.tokens) else None
        if (not host and not cand.passive and cand.trigger.type not in self.lex.moved_object_types
                # (`го осуди генералниот секретар на ОН X`: the words after a verb are its subject's)
                and not (how == "subject-after" and not cand.trigger.noun)
                and not (self._pair_object(view, cand) and self.last_compound)  # (`ги повика двајцата лидери`: the pair)
                # (a recipient preposition right after the noun of the thing given names whom it goes to: `помош за
                # земјоделците`, `одобри пет милиони евра помош за бегалците`)
                and (cand.trigger.type not in self.lex.given_object_types or slots.recipient[:1] == ("object",)
                     or ((cand.trigger.noun or cand.trigger.sequence) and right_after in slots.recipient))
                and ((not cand.trigger.noun and "object" in slots.recipient) or (right_after in slots.recipient and not recipients))):
            # an unnamed collective right after the verb is its object, before any name further on
            # (`пукаше на мирни демонстранти … во Латинска Америка`)
            collectives = self._collective_object(view, cand, candidates, slots.recipient, actors,
                                                  before=recipient.first if recipient else None)
            # (with the names coordinated after the collective: `ги обвинува бунтовниците и Вашингтон`)
            recipients = collectives + self._named_after_collective(view, collectives, actors) if collectives else recipients
        if not recipients and not cand.trigger.noun and cand.trigger.type in JUDGEMENT_TYPES:
            judged = next((c for c in candidates if c.trigger.noun and cand.end <= c.first <= cand.end + 1), None)
            doer = self._genitive_agent(view, judged, candidates) if judged is not None else None
            if doer is not None:  # `го осуди нападот на полицијата врз демонстрантите`: aimed at the attacker
                recipients = self._group_entities(doer)
        if not recipients and not cand.trigger.reciprocal and cand.trigger.type in self.lex.nearest_recipient_types:
            fronted_collective = self._fronted_collective(view, cand, slots.recipient)
            recipients = [fronted_collective] if fronted_collective else recipients
        if (not cand.trigger.noun or cand.trigger.reciprocal) and self._pair_of_states(view, cand):
            # `Коста ги пофали двете земји`: the two states named together before, or the two sides of a dispute told
            # since (`Хамас го обвини Израел … Египет ги повика двете страни`); `трите земји`, the last three named together
            count = self.lex.count_anaphora.get(self.text.tokens[self._pair_at(view, cand)].low, 2)
            pair_at, pair = self.states_named_together.get(count, (-1, []))
            dispute_at, sides = self._dispute_without(actors, not self._pair_of_sides(view, cand)) if count == 2 else (-1, [])
            pair = [r for r in pair if r not in actors]
            if sides and (dispute_at >= pair_at or not pair or self._pair_of_sides(view, cand)):
                pair = sides
            elif count == 2 and not pair and self.last_sides and not set(self.last_sides) & set(actors):
                # (no two named together nor a dispute: the two sides of the last act between two states or people,
                # as for `Двете земји` as a subject)
                pair = list(self.last_sides)
            elif count == 2 and (self._pair_of_sides(view, cand) or not (pair or self.last_compound)):
                # (`двете земји` with no two named together yet: the sides of a dispute a pass completes)
                self.sides_awaited.add(self.text.tokens[cand.end - 1].end)
            if pair:
                recipients = pair
                flags.append("recipient:pair")
        if (not recipients and not cand.trigger.noun and not cand.trigger.reciprocal and not cand.passive
                and cand.trigger.type in self.lex.nearest_recipient_types and self._pair_object(view, cand)
                and self.text.tokens[self._pair_at(view, cand)].low in self.lex.pair_numerals and not self._pair_of_states(view, cand)):
            # `ги пофали двајцата премиери`, `двете делегации`: the pair the text told of last, as a clitic's pair is
            # (not new people, `приведе двајца мажи`, nor a count of three, `трите`; states and sides are counted above)
            recipients = [r for r in self.last_compound if r not in actors]
            flags.extend(["recipient:pair"] if recipients else [])
        if not recipients and cand.passive and "subject" in slots.recipient:  # `сведоците беа убиени`
            recipients = [r for r in [self._collective(view, cand, candidates) or self._antecedent_collective(view, cand)] if r]
            if not recipients:  # `вчера се уапсени тројца осомничени`: the subject after the verb
                recipients = self._collective_object(view, cand, candidates, slots.recipient, actors)
            if not recipients and (self._pronoun_subject(view, cand) or self._pronoun_carried(view, cand)):
                # `тој беше обвинет`; `Тој си замина …, но беше негиран од Северна Кореа`
                recipients = self._previous_person(view)
                flags.extend(["recipient:previous"] if recipients else [])
        if ((not recipients or received not in (None, "object") or self._authored_by_demonym(cand))
                and not cand.trigger.noun and "object" in slots.recipient
                and cand.trigger.type in self.lex.nearest_recipient_types and cand.trigger.type != "AID"):
            # `ја осуди руската агресија врз Украина` -> Russia, also before a preposition's name
            # further on (`… и се приклучи на санкциите на ЕУ`): the object is nearer; the demonym of a thing
            # given says where it comes from (`ќе финансираат американско оружје за Украина`), not who gets it
            owner = self._demonym_object(cand, actors)
            if owner is not None:
                recipients = [owner]
                flags.append("recipient:demonym")
        if not recipients and cand.trigger.sequence:
            # `нема да му дозволат да влезе`: the clitic inside the words of the act doubles the
            # person the sentence before was about (`ѝ` for a woman)
            clitic = next((t.low for t in self.text.tokens[cand.first:cand.end] if t.low in self.lex.dative_clitics), None)
            if clitic in self.lex.person_clitics:
                gender = self.lex.person_clitics[clitic]
                # (not the actor: `зборував со судијата. Му се јавив …`, told by the speaker, calls the judge)
                recipients = ([r for r in self._previous_person(view, gender) if r not in actors]
                              or self._antecedent(view, cand, actors, gender))
                flags.extend(["recipient:clitic"] if recipients else [])
            elif clitic in self.lex.plural_object_clitics:
                # `Мигрантите стигнаа до оградата. Полицијата не им дозволи да влезат`: the plural told of before
                recipients = [r for r in self._previous_plural_group(view, cand) if r not in actors] or self._earlier_plural(view, actors)
                flags.extend(["recipient:clitic"] if recipients else [])
        # `Тој ги повика да воведат санкции против Русија`: the plural named before is asked, a
        # name in the demand never (none, when the sentence before names no plural)
        clitic_object = (not recipients and not cand.trigger.noun and cand.trigger.type in self.lex.nearest_recipient_types
                         and self._plural_clitic_object(view, cand))
        if clitic_object:
            # (`разговараше со министрите на двете земји и ги повика …`: the ones the actor just met, as that meeting has them)
            recipients = next((list(ev.recipient) for c, ev in reversed(self.sentence_coded) if ev.type == "CONSULT"
                               and len(ev.recipient) > 1 and c.end <= cand.first and set(ev.actor) == set(actors)), [])
            recipients = recipients or self._earlier_plural(view, actors)
            if not recipients and self._pair_object(view, cand) and self.last_compound:
                recipients = [r for r in self.last_compound if r not in actors]  # the pair the text told of last
            if not recipients:  # `излезе пред демонстрантите и им вети дека …`: the unnamed plural before it
                recipients = [c for c in [self._plural_collective_before(view, cand, actors)] if c]
            flags.extend(["recipient:clitic"] if recipients else [])
        pronoun = None if cand.trigger.noun else self._pronoun_addressee(view, cand, slots.recipient)
        if pronoun:  # `побара од него да …`: the man the sentence before was about; a name in the demand never
            recipients = self._earlier_plural(view, actors) if pronoun == "plural" else self._previous_person(view, pronoun)
            flags.extend(["recipient:pronoun"] if recipients else [])
        possessed = (not recipients and not pronoun and not cand.trigger.noun and not cand.trigger.reciprocal
                     and "object" in slots.recipient and cand.trigger.type in self.lex.nearest_recipient_types
                     and cand.end < view.end and self.text.tokens[cand.end].low in self.lex.object_possessives)
        if possessed:
            # `Грција ги блокираше нејзините барања за членство во ЕУ`: the owner of the object, not a name in it
            recipients = self._antecedent(view, cand, actors, self.lex.object_possessives[self.text.tokens[cand.end].low])
            flags.extend(["recipient:possessor"] if recipients else [])
        # (not before a trigger of several words, whose noun an accusative clitic doubles: `го зголемуваат
        # нивото на притисок`; a dative one stays whom it is for: `му изрази поддршка`; a reflexive verb is
        # one word: `ѝ се закани`)
        several = cand.trigger.noun or sum(self.text.tokens[i].low not in self.lex.reflexive for i in range(cand.first, cand.end)) > 1
        dative = self._dative_only(view, cand)  # (the indirect object: whom the act is for, whatever the entry's slots)
        cliticised = (None if recipients or pronoun or possessed or clitic_object or cand.trigger.reciprocal
                      or (several and not dative)
                      or not ("object" in slots.recipient or dative) or cand.trigger.type not in self.lex.nearest_recipient_types
                      else self._clitic_object(view, cand))
        if cliticised:  # `Тој го критикуваше за …`: the man named before, no name in the reason
            recipients = self._antecedent(view, cand, actors, cliticised)
            if not recipients and cliticised == "plural":  # `излезе пред демонстрантите и им вети`: the unnamed plural before
                recipients = [c for c in [self._plural_collective_before(view, cand, actors)] if c]
            flags.extend(["recipient:clitic"] if recipients else [])
        if (not recipients and not clitic_object and not pronoun and not possessed and not cliticised
                and cand.trigger.type in ASKING_TYPES):
            recipients = self._letter_addressee(view, cand, actors)  # `писмо до X, со кое бара …`: X is asked
            flags.extend(["recipient:letter_addressee"] if recipients else [])
        if (not recipients and not clitic_object and not pronoun and not possessed and not cliticised and not cand.trigger.reciprocal
                and cand.trigger.type in self.lex.nearest_recipient_types):
            cause = self._cause_at(view, cand)
            nearest = self._nearest_other(view, cand, actors)
            # `ќе го предаде X на трибуналот`: a body anaphor the entry's recipient preposition governs is the body
            # named before, nearer than a name that is the act's object
            told = next((body for k in range(cand.end + 1, min(view.end, cand.end + 2 + OBJECT_REACH))
                         if self.text.tokens[k - 1].low in slots.recipient and (body := self._earlier_body(
                             k, self.lex.collective_sector(self.text.tokens[k].low, self.text.tokens[k - 1].low))) is not None
                         and body.id not in actors), None)
            if nearest is not None and self._past_cause(view, cand, nearest.first):
                nearest = None  # `поради руските напади врз Украина`: why, not at whom
            # `царини на кинеска стока` -> China; `постапка против командантите на холандскиот
            # баталјон, кои … ОН`: a demonym before the nearest name is the nearer target
            # (nor one past the same subject's next act: `им се заблагодари на партнерите и побара мерки против руската …`)
            next_act = next((c.first for c in candidates if c.first > cand.end and not c.trigger.noun
                             and self.text.tokens[c.first - 1].low in self.lex.reporting.coordinators), None)
            # (nor one past a judged act's phrase: `го осуди нападот како удар врз палестинскиот народ`)
            act_end = self._judged_act_end(view, cand)
            bounds = [b for b in (nearest.first if nearest is not None else cause, next_act,
                                  act_end if act_end < view.end else None) if b is not None]
            adjective = self._demonym_after(view, cand, actors, before=min(bounds) if bounds else None)
            if told is not None:
                recipients = [told.id]
                flags.append("recipient:told_body")
            elif adjective is not None:
                recipients = [adjective]
                flags.append("recipient:demonym")
            elif nearest is not None:
                recipients = self._group_entities(nearest)
                if nearest.governor in self.lex.between_prepositions:
                    # `ЕК предложи преговори меѓу Косово и ЕУ`: the other party, not the actors' own side
                    own = self._country_codes(actors)
                    recipients = [r for r in recipients if r not in self.entities or self.entities[r].country not in own] or recipients
                flags.append("recipient:nearest")
        if not recipients and cand.trigger.noun and not cand.trigger.reciprocal:
            # `ги увери црногорските власти во поддршката на Вашингтон`: the object of the verb the
            # noun's phrase completes is whom the act concerns
            before = next((g for g in view.groups if g.end == cand.span_first - 1 and g.governor is None
                           and self.text.tokens[g.end].low in self.lex.governors and not set(g.entities) & set(actors)
                           and g.first > view.clauses[view.clause_of(cand.first)].first and self._object_clitic_before(view, g)), None)
            if before is not None:
                recipients = self._group_entities(before)
                flags.append("recipient:verb_object")
        if not recipients and cand.trigger.type in self.lex.demonym_target_types:
            governed = self._demonym_governed(view, cand, slots.recipient, actors)
            if governed is not None:  # `демонстрираа против израелската офанзива`: Israel
                recipients = [governed]
                flags.append("recipient:demonym")
            else:
                recipients = self._owner_governed(view, cand, slots.recipient, actors)
                flags.extend(["recipient:measure_owner"] if recipients else [])
        if not recipients and cand.trigger.type in self.lex.implied_recipients and not cand.trigger.noun:
            # `протестираа против мерките`: aimed at whoever made them, as told before, not the unnamed authorities
            recipients = self._protested_thing_maker(view, cand, slots.recipient, actors)
            flags.extend(["recipient:thing_maker"] if recipients else [])
        if cand.trigger.type in self.lex.implied_recipients and self._home_tour(Arguments(actors, recipients, [])):
            recipients = []  # `го блокираа патот Струмица–Радовиш`: the protesters' own towns are its scene, not its target
        if not recipients and (cand.trigger.implied_recipient or (
                cand.trigger.type in self.lex.implied_recipients  # a protest: against the authorities
                and cand.trigger.mode not in self.lex.no_implied_recipient_modes)):
            recipients = self._implied_recipient(view, cand, actors, cand.trigger.implied_recipient)
            flags.extend(["recipient:implied"] if recipients else [])
        if not recipients and cand.trigger.type in self.lex.implied_recipients and actors:  # a strike: the employer named
            recipients = self._employer_named(view, actors)
            flags.extend(["recipient:employer"] if recipients else [])
        if (not recipients and cand.trigger.type in self.lex.implied_recipients
                and cand.trigger.mode in self.lex.no_implied_recipient_modes and self._state_employed(view)):
            # `генерален штрајк во училиштата`: the state is the employer, its government the target
            recipients = self._implied_recipient(view, cand, actors)
            flags.extend(["recipient:state_employer"] if recipients else [])
        if not recipients and cand.trigger.type == "THREATEN" and actors:  # a warning of a protest: the protest's target
            recipients = self._warned_protest_target(view, cand, actors, candidates)
            flags.extend(["recipient:warned_protest"] if recipients else [])
        if not recipients and cand.trigger.type == "REQUEST" and actors and "actor:inherited" not in flags and all(
                a in self.entities and self.entities[a].sector in self.lex.appeal_publics for a in actors):
            # `Полицијата побара ако некој има снимки, да истапи`: a police appeal asks the public (not a
            # clause whose subject is not the speaker: `Тошковски: Ситуацијата … бара следење`, a need)
            countries = {self.entities[a].country for a in actors} - {None}
            if len(countries) == 1:
                public = self.lex.appeal_publics[self.entities[actors[0]].sector]
                recipients = [self._unnamed(view, cand, "CVL", public, public, None, countries.pop())]
                flags.append("recipient:public")
        if not recipients and actors and all(a in self.entities for a in actors) and (
                (cand.trigger.type in self.lex.opposition_target_types
                 and all(self.entities[a].name.lower() in self.lex.opposition_words for a in actors))
                or (cand.trigger.type == "REQUEST" and "recipient" not in cand.trigger.requires
                    and not self._names_other_state(view.index, actors)
                    and ("actor:inherited" not in flags and all(self.entities[a].sector in self.lex.petitioner_sectors
                                                                for a in actors) or self._demands_resignation(view, cand)))):
            # `Опозицијата го критикуваше зголемувањето на ДДВ`: the opposition's target is the government;
            # so is a resignation demanded (`побара негова оставка`) and
            # `Синдикатот побара покачување на платите`: a union's or the citizens' demand (not one of an
            # entry that needs its addressee named: `граѓаните очекуваат од вас`, nor one about another state:
            # `побараа ослободување на затворениците во Белорусија`)
            recipients = self._implied_recipient(view, cand, actors, "GOV")
            flags.extend(["recipient:implied"] if recipients else [])
        if not recipients and actors:  # `При претресите биле запленети пари`: the suspects'
            recipients = self._suspects(view, cand, actors)
            flags.extend(["recipient:suspects"] if recipients else [])
        if not recipients and self._addresses_you(view, cand):  # `им порача на министрите: „Барам од сите вас …“`
            recipients = self._quote_addressee(view, cand, actors)
            flags.extend(["recipient:addressee"] if recipients else [])
        if not recipients and cand.trigger.type in STATEMENT_TYPES and not cand.trigger.reciprocal:
            recipients = self._speech_addressee(view, cand, actors)  # `му рекол на X дека ќе …`: told to X
            flags.extend(["recipient:speech_addressee"] if recipients else [])
        if cand.trigger.reciprocal and how == "subject-after":
            actors, recipients = list(dict.fromkeys(actors + recipients)), []
        speaker = self._inverted_speaker(view, cand)
        if speaker is not None:  # `…, предупреди Фон дер Лајен`: the name after the verb speaks, it is no recipient
            actors, recipients = [speaker], [r for r in recipients if r != speaker]
            flags = [f for f in flags if not f.startswith("actor:")] + ["actor:speaker"]
        return Arguments(actors, recipients, flags, reciprocal=cand.trigger.reciprocal)
