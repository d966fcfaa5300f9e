"""The PLOVER event coder: triggers from the lexicon, arguments from the entities, status from
the clause, date from the governing time expression, attribution from the quotes stage and
from `според X` / `..., соопшти X`.

Per sentence: the names become participants (a demonym with a head noun becomes a derived
actor, `руската армија` -> RUS MIL), triggers are matched (word sequences before single
words), each trigger's clause gives the actor and the recipient through the entry's slots,
and what is missing or inconsistent drops the candidate with a counted reason. Events told
twice in a document are merged afterwards (`vesnik.events.retold`: same type, actors, recipients
and status, compatible dates).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from vesnik.document import PLACE_TYPES, Document, Entity, Event, Mention, Quote, Span
from vesnik.events.lexicon import EventLexicon, Slots, Trigger, event_lexicon
from vesnik.kb import is_state, load_kb, state_organ_name
from vesnik.lang import yaml_data
from vesnik.linking import envoy_origins, home_country, only_country
from vesnik.events.sentence import (DEFINITE_ENDINGS, GOVERNOR_REACH, Group, Participant, SentenceView, group_participants, role_of,
                                    split_clauses)
from vesnik.quotes.text import Text
from vesnik.events.retold import QUOTED_BLAME_RULE, headline_sentence, merge
from vesnik.time import dating_times, governing_time, matcher, reference_date
from vesnik.time.calendar import period_end, period_start
from vesnik.time.words import date_words

ATTRIBUTIVE_REACH = 2  # words from a verb to the end of the definite noun its participle describes
AID_STORY_REACH = 4  # sentences after an aid with a recipient within which more aid without one goes to it
REQUIRES_RECIPIENT = frozenset({"COOPERATE", "AID", "SANCTION"})  # PLOVER manual, "Requires recipient: Yes"
# PLOVER: cooperative acts reported in the future tense are AGREE, a future retreat is CONCEDE
# acts whose `да`/`дека` clause is their content, not a second event (guidelines: a request's
# topic, an accusation's allegation)
SPEECH_ACTS = frozenset({"REQUEST", "REJECT", "THREATEN", "AGREE", "ACCUSE"})
# types a statement is coded as when a trigger names its act; else a quote of blame is ACCUSE
STATEMENT_TYPES = SPEECH_ACTS | {"SUPPORT", "CONCEDE"}
ASSOCIATION_SECTORS = frozenset({"NGO", "LAB"})  # associations and unions, named by whom they gather (`Здружението на новинарите`)
# future acts of these types told as what follows a condition are no act of their own (a conditional
# force or sanction is a threat, a conditional visit or aid a promise: FUTURE_BECOMES)
CONDITIONED_DROPPED = frozenset({"REQUEST", "ACCUSE", "MOBILIZE"})
FUTURE_BECOMES = {"CONSULT": "AGREE", "SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE", "RETREAT": "CONCEDE"}
INTERNATIONAL = frozenset({"IGO", "UNO", "EUR", "NGO", "MNC"})  # PLOVER codes of actors of no one state
JUDGEMENT_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "AGREE", "CONCEDE"})  # types that judge (or accept, or yield to) another's act
# types whose act, with no recipient, is aimed at the recipient of an act of these types its actors told just
# before in its sentence (a threat after a criticism, a demand made at a meeting)
ACTS_AIMED_LIKE_THE_ONE_BEFORE = {"THREATEN": JUDGEMENT_TYPES, "REQUEST": frozenset({"CONSULT"})}
ANSWERED_TYPES = frozenset({"ACCUSE", "THREATEN"})  # what a rejection of accusations or threats answers
ASKING_TYPES = frozenset({"REQUEST", "AGREE"})  # a demand or an offer, which a refusal answers
ASKED_ORGANS = frozenset({"GOV", "MIL"})  # organs a demand of a state is made of, which its leaders refuse for it
JUSTICE_SECTORS = frozenset({"JUD", "COP"})  # who charges, detains and sentences the arrested
CHARGE_PRONOUN_REACH = 4  # tokens before a charge's trigger where `против нив` stands (`Против нив е поднесена …`)
ARREST_STORY_REACH = 3  # sentences after an arrest within which a charge with only a clitic is of the arrested
CHARGING_TYPES = frozenset({"COERCE", "SANCTION"})  # an arrest or a conviction charges whom it hits: their denial answers it
# modes that name a different act from every other mode of their type (a charge and a criticism;
# an arrest of people and a seizure or search of their things): two mentions in them are two events
HOSTILE_TYPES = frozenset({"ASSAULT", "ACCUSE", "THREATEN", "COERCE"})  # acts of one side of a conflict against the other
DISPUTE_TYPES = HOSTILE_TYPES | {"REJECT"}  # acts between the two sides of a dispute (`Скопје ги отфрли барањата на Софија`)
BLAME_TOPIC_REACH = 2  # words from `против` to a word of blame it makes a topic (`против нелегалната миграција`)
SITUATION_REACH = 5  # words from a noun of a situation to a word of blame judging it (`состојбата во Појасот е „катастрофална“`)
DENIAL_RULE = "reject.reported_denial"  # a denial told as a statement (`„Тоа не е вистина“, рече X`)
INVERTING_MARKS = {",", "“", "\"", "»"}  # after these a speech verb attributes the statement before it
OPENING_QUOTES, CLOSING_QUOTES = {"„", "«"}, {"“", "»"}  # as the cleaning stage writes them
VISITOR_STATEMENT_TYPES = frozenset({"SUPPORT", "AGREE", "REQUEST"})  # a visitor's statements are addressed to the host
PARTNER_ACTS = frozenset({"AGREE", "REQUEST"})  # offered or asked of the one just met (`се сретна со X и понуди …`)
CLAUSE_MARKS = {",", "-", "--", "–", "—", ")"}  # that close a phrase before the clause going on after them
DATELINE_DASHES = {"-", "--", "–", "—"}
DATELINE_REACH = 9  # tokens from a dateline's place to its dash (`ПРИШТИНА, 15 јануари 2026 (МИА) –`)
# between an antecedent (its acronym in brackets, the closing quote of its quoted name) and its relative pronoun
RELATIVE_PUNCTUATION = CLAUSE_MARKS | CLOSING_QUOTES
ROLE_REACH_WORDS = 5  # words between a role noun and the name it introduces (`секретар на НАТО, Марк Руте`)
REBUTTED_SOURCE_REACH = 3  # sentences back where a denied report's source is looked for
JUDGED_ACT_REACH = 2  # sentences back where the judged act's author is looked for
THREATENED_SIDE_REACH = 2  # sentences back where the dispute a threat with no recipient belongs to is told
ROLE_COMPLEMENT_WORDS = 4  # words of a role's complement between it and a relative pronoun (`за внатрешни работи`)
ADDRESS_REACH = 3  # words from a quoted act to its second-person word, and from `на` to the quote's addressee
FORCE_ACTS = frozenset({"ASSAULT", "COERCE"})  # a force's own strike or arrest, whose target its report describes
FORCE_SECTORS = frozenset({"COP", "MIL"})  # forces that guard, break up or ban a protest, not hold one
STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP", "MIL"})  # organs of a state: its country is where they act
UNNAMED_SPEAKER_SECTORS = frozenset({"PTY", "LAB"})  # bodies a bare noun names as speakers (`Од партијата велат …`)
OFFICE_RULE = "events:office_holder"  # the rule of an unnamed office holder (`Министерката за здравство`)
TOPIC_TYPES = frozenset({"PER"})  # who a dropped subject or `тој`/`таа`/`тие` stands for
PREVIOUS_SUBJECT_REACH = 1  # a dropped subject (`Тој`, pro-drop) is the person of the sentence just before
NOUN_SUBJECT_REACH = 3  # a noun trigger's bare subject stands this close (`Заев имаше средба со ...`)
LIGHT_VERB_MODIFIERS = 3  # words between a light verb and its noun (`најавија нов пакет воена помош`)
POSSESSIVE_ADJECTIVES = 2  # between an opening possessive and its noun (`Нивната последна заедничка средба`)
NOUN_GENITIVE_REACH = 3  # and its `на X` follows it this closely (`посетата на Заев`)
LEADING_PHRASE = 4  # words from the sentence start to a noun trigger in its opening adverbial
GATHERING_BACK_REACH = 5  # sentences back to the gathering that `на самитот` refers to
DAY_PART_REACH = 5  # sentences back to the day whose evening `вечерта` is
UNTIL_REACH = 5  # words from `додека` to the verb of its condition (`додека Владата не ги`)
SESSION_ACCOUNT_REACH = 3  # sentences an account of a dated session runs on with no date of its own
GATHERING_DATE_REACH = 8  # words between a gathering's noun and its date (`на самитот во Брисел, кој заврши синоќа`)
GATHERING_REACH = 4  # words before a relative pronoun where the gathering it describes is named (`самитот во Брисел ,`)
POSSESSOR_HEAD_REACH = 2  # words from a clause's start to the noun whose `на X` stands for its subject
ACT_PLACE_REACH = 5  # words after a trigger within which a place is its act's, not a complement's
OBJECT_REACH = 3  # words after a trigger where its object's head stands (`ги отфрли обвинувањата`, an unnamed collective)
NAME_PHRASE_REACH = 4  # words of a law's or institution's `за` phrase before a participle in it
STATUS_REACH = 4  # words before a trigger where `не`, `ќе`, `би` count
CUE_REACH = 12  # characters between a complementiser and the reported statement it opens
# actors the sentence does not name as the subject of the trigger's clause or the one before it
UNNAMED_SUBJECT = frozenset({"actor:speaker", "actor:previous", "actor:anaphora", "actor:collective", "actor:unnamed"})
INHERITED_ACTOR = 0.85  # confidence factors
PUBLICATION_DATE = 0.85
PASSIVE = 0.9
REPORTED_STATEMENT = 0.5  # a quote of blame or obligation with no trigger word
SUPERLATIVE_STEM = 5  # letters a word must keep after `нај` to be a superlative (`најави`, `најде` are not)
NECESSITY_REACH = 8  # words from a word of necessity to its `да` (`важно Македонија и Грција да`)
STATE_ANAPHORA_REACH = 2  # sentences back in which `земјата` finds the state it refers to
OBLIGATION_REACH = 4  # words between the name an obligation is laid on and its modal (`Србија ... треба да`)


FACED_REACH = 4  # words from `се соочи` to the noun faced (`се соочи со остри критики`)
OPENING_MODIFIERS = 2  # words before a noun trigger that still opens its clause (`Нова воена помош`)
FRAME_REACH = 4  # words from the sentence start to a framing noun (`По нејзиниот прв состанок`)
QUESTION_BOUNDS = frozenset({".", "!", "“", "”", "\"", "»", ";"})


@dataclass
class Candidate:
    trigger: Trigger
    first: int  # token range of the trigger words
    end: int
    passive: bool
    span_first: int  # with a reflexive particle before it


@dataclass
class Coded:
    event: Event
    weak_date: bool  # the date is the publication date, no time expression
    evidence: list[Span] = field(default_factory=list)  # further mentions merged into it
    begun: bool = False  # told as begun (`започнаа штрајк со глад`): a new act, no retelling of another kind
    further: bool = False  # told as one more (`ќе испрати и муниција`): a new act, no retelling
    earlier: bool = False  # told as an earlier act of its kind (`Нивната претходна средба`): another act, no retelling
    named_by_noun: bool = False  # told by its noun with no verb of doing (`Протестот во Белград беше …`): may refer back


@dataclass
class Arguments:
    actor: list[str]
    recipient: list[str]
    flags: list[str]
    reciprocal: bool = False  # a meeting-like act: its sides are actor and recipient only when one hosts


class EventCoder:
    def __init__(self, lang: str = "mk"):
        self.lang = lang
        self.lex: EventLexicon = event_lexicon(lang)

    def code(self, doc: Document, stats: Counter[str] | None = None) -> tuple[list[Event], dict[str, list[Span]]]:
        """The document's events, and per event id the further mentions merged into it
        (doc.entities gains the derived actors, `руската армија`)."""
        run = _DocumentRun(self.lex, doc, stats if stats is not None else Counter(), self.lang)
        coded = run.code()
        merged = merge(coded, run.stats, {e.id: e for e in doc.entities}, headline_sentence(doc))
        events, evidence = [], {}
        for n, c in enumerate(merged, 1):
            c.event.id = f"EV{n}"
            events.append(c.event)
            if c.evidence:
                evidence[c.event.id] = c.evidence
        for ev in events:
            run.stats[f"events: {ev.type}"] += 1
        return events, evidence


class _DocumentRun:
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
        self.last_compound: list[str] = []
        # the two sides of the last act with one actor and one recipient (`Хрватска ја обвини Србија`),
        # while no compound was told after it: `двете земји` may mean them
        self.last_sides: list[str] = []
        # (sentence, states) of the two states named together last (`со Црна Гора и Албанија`)
        self.last_pair: tuple[int, list[str]] = (-1, [])
        # (sentence, sides) of the last dispute act between two of different countries (`Хамас го обвини Израел`)
        self.last_dispute: tuple[int, list[str]] = (-1, [])
        # (sentence, actor) of each hostile act by one actor: two of other countries in the sentences just before are
        # the sides `двете страни` means when no compound or pair of sides was told (`Израел нападна … Хамас испука …`)
        self.hostile_actors: list[tuple[int, str]] = []
        self.sentence_coded: list[tuple[Candidate, Event]] = []  # the events of the sentence being coded, with their triggers
        self.topic: tuple[int, Group] | None = None  # (sentence, group): the last sentence subject
        self.topic_gender: str | None = None  # the gender its role noun shows, when a role phrase gave it
        self.earlier_groups: tuple[int, list[Group]] = (-1, [])  # (sentence, its groups): the sentence before
        self.plural_topic: tuple[int, list[str]] | None = None  # (sentence, actors): the last plural unnamed subject
        self.plural_head: tuple[int, int] | None = None  # (sentence, token): its one plural collective, when it coded none
        self.residents: dict[str, Entity] = {}  # a people's state -> its people living elsewhere, once the text said so
        self.subjects: dict[int, list[str]] = {}  # sentence -> the entities of its first bare name of a person
        self.body_speakers: dict[int, str] = {}  # sentence -> the organ or office holder its statement was told by
        self.demonym_ends: dict[int, Entity] = {}  # token after a demonym mention -> its country's entity
        self.place_starts: dict[int, Entity] = {}  # first token of a place's name -> the place
        self.sport_sentences: dict[int, bool] = {}  # sentence -> it has a word of a match report
        self.scenes: dict[int, str] = {}  # sentence -> the place it is set in (`Во Белград …`)
        self.organ_places: dict[int, str] = {}  # sentence -> country of an unnamed police, court … its place gave
        self.last_aid: tuple[int, list[str]] | None = None  # (sentence, recipients) of the last aid coded
        self.last_disaster: tuple[int, list[str]] | None = None  # (sentence, places) of the last disaster told

    def code(self) -> list[Coded]:
        coded: list[Coded] = []
        by_sentence = self._participants()
        for index in range(len(self.text.sentences)):
            span = self.text.sentence_tokens(index)
            view = SentenceView(index, self.text.tokens, span.start, span.stop)
            if view.first >= view.end:
                continue
            participants = by_sentence.get(index, [])
            view.clauses = split_clauses(view, self.lex, self._apposition_commas(view, participants))
            taken = {i for p in participants for i in range(p.first, p.end)}
            candidates = self._triggers(view, taken)
            blockers = {i for c in candidates for i in range(c.first, c.end)}
            # a verb ends a preposition's phrase (`Пријава против министерот поднесе Обвинителството`)
            blockers |= {i for i in range(view.first, view.end)
                         if self.text.tokens[i].low in self.lex.reporting.verbs or self.text.tokens[i].low in self.lex.light_verbs}
            blockers |= self._time_tokens(view)  # `Во средата Груевски …`: the date's preposition governs no name
            view.groups = group_participants(view, participants, self.lex, blockers, self.persons)
            self._note_disaster(view)
            for group in view.groups:  # `двајцата`, `тие` refer back to coordinated subjects, not to a list of objects
                if len(group.entities) > 1 and self._subject_like(group):
                    self.last_compound, self.last_sides = group.entities, []
                if len(group.entities) == 2 and all(e in self.entities and is_state(self.entities[e].kb_id) for e in group.entities):
                    self.last_pair = (index, group.entities)
            sentence_start = len(coded)
            self.sentence_coded = []
            for cand in candidates:
                named = self._named(view, cand)
                if named:
                    self.stats[f"dropped: {named}"] += 1
                    continue
                if self._object_of_verb(view, cand, candidates):
                    self.stats["dropped: noun trigger that is a verb trigger's object"] += 1
                    continue
                if self._resumed_clause(view, cand) is None and self._governing_act(view, cand, candidates):
                    self.stats["dropped: content of a demand, refusal, threat, promise or accusation"] += 1
                    continue
                result = self._event(view, cand, candidates)
                if isinstance(result, str):
                    self.stats[f"dropped: {result}"] += 1
                else:
                    coded.append(result)
                    if result.event.type == "AID" and result.event.recipient:
                        self.last_aid = (view.index, result.event.recipient)
                    self.sentence_coded.append((cand, result.event))
                    if "+actor:collective" in result.event.rule and self._plural_collective(result.event.actor):
                        self.plural_topic = (view.index, result.event.actor)  # `европарламентарците ги повикаа …`
                    if len(result.event.actor) > 1:
                        self.last_compound, self.last_sides = result.event.actor, []
                    elif result.event.type == "CONSULT" and len(result.event.recipient) == 1:
                        # `X оствари средба со Y. Двајцата разговараа …`: the pair that met
                        self.last_compound, self.last_sides = result.event.actor + result.event.recipient, []
                    elif len(result.event.recipient) == 1 and self._two_sides(result.event):
                        self.last_sides = result.event.actor + result.event.recipient
                    if self._dispute(result.event):
                        self.last_dispute = (view.index, result.event.actor + result.event.recipient)
                    if len(result.event.actor) == 1 and result.event.type in HOSTILE_TYPES:
                        self.hostile_actors.append((view.index, result.event.actor[0]))
            statements, contents = self._reported_statements(view, coded[sentence_start:])
            coded = [c for c in coded if not any(c is d for d in contents)] + statements
            self._note_topic(view)
            self._note_scene(view)
            self.earlier_groups = (view.index, view.groups)
        listed = {e.id for e in self.doc.entities}
        self.doc.entities.extend(e for e in self.derived.values() if e.id not in listed)
        self._place_unknown_participants(coded)
        self._continued_dates(coded)
        self._judged_acts(coded)  # (before the answers: `го осуди нападот` is the accusation a denial answers)
        self._aimed_like_the_act_before(coded)
        self._charged_detainees(coded)
        self._refused_in_relative(coded)
        self._answer_accusations(coded)
        self._threaten_other_side(coded)
        self._rebutted_sources(coded)
        coded = self._without_gerund_elaborations(coded)
        # a denial that answers no accusation or claim told is no event
        coded = [c for c in coded if not (c.event.rule.startswith(DENIAL_RULE) and not c.event.recipient)]
        self._answer_demands(coded)
        self._visit_hosts(coded)
        return coded

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

    def _continued_dates(self, coded: list[Coded]) -> None:
        """An act whose subject the sentence drops or gives as a pronoun (`Коељо ќе го посети
        Софија на 8 мај. Тој се очекува да се состане со …`) and that has no time expression of
        its own continues the account before: it takes the date of the person's event in the
        sentence just before. So does an act of a pair referred back to (`Рама се сретна со
        Мицотакис во понеделник. Двајцата потпишаа …`), from the event the two took part in, also across
        one sentence with no time expression (`… Разговараше со Y. Двајцата се договорија …`). An act set at a
        gathering told before (`На маргините на самитот, …`) takes the gathering's date; any other act told
        just after a dated session takes the session's day, and one `вечерта` the day told last."""
        dated = {t.sentence for t in self.doc.times}
        for n, c in enumerate(coded):
            ev = c.event
            anaphor = "+actor:anaphora" in ev.rule and len(ev.actor) > 1
            # the renarrated past with no date of its own tells what was said or done at the meeting or call before
            # (`Муцунски в понеделник се сретна со X. … Муцунски ја повикал Словенија …`), by one who took part in it
            renarrated = ev.trigger.text.split()[-1].lower().endswith(self.lex.l_form_endings)
            # an act done at a gathering told before (`… на самитот, кој заврши синоќа, … На маргините на самитот, X …`)
            at_gathering = c.weak_date and self._gathering_named(ev.sentence, told_before=True)
            if not c.weak_date:
                continue
            if not ("+actor:previous" in ev.rule or anaphor or renarrated or at_gathering):
                # (an act told after a dated session, by anyone, was done at it: `… синоќа одржа седница … Советот побара`;
                # not a meeting, which is that session told again or one beside it: the retellings and `at_gathering` date it)
                told = self._session_date(ev.sentence, dated) if ev.status == "asserted" and ev.type != "CONSULT" else None
                evening = None if told else self._day_part_date(ev.sentence, dated)
                if told or evening:
                    ev.date = told or evening
                    c.weak_date = False
                    ev.rule = ev.rule.replace("+date:publication", "") + ("+date:session" if told else "+date:day_part")
                continue
            reach = GATHERING_BACK_REACH if at_gathering else 2 if (anaphor or renarrated) and ev.sentence - 1 not in dated else 1
            before = next((p for p in reversed(coded[:n]) if 1 <= ev.sentence - p.event.sentence <= reach
                           and ((at_gathering and self._gathering_named(p.event.sentence))
                                or set(p.event.actor) == set(ev.actor)
                                or (renarrated and p.event.type == "CONSULT" and set(ev.actor) <= set(p.event.actor) | set(p.event.recipient))
                                # (`Вучиќ вчера допатува во Брисел. Се сретна со Коста`: the meeting's actors are both)
                                or ("+actor:previous" in ev.rule and p.event.actor and set(p.event.actor) < set(ev.actor))
                                or (anaphor and set(p.event.actor) | set(p.event.recipient) == set(ev.actor)))
                           and not p.weak_date and p.event.date and not p.earlier), None)
            if before is not None:
                ev.date = before.event.date
                c.weak_date = False
                ev.rule = ev.rule.replace("+date:publication", "") + "+date:previous"

    def _session_date(self, sentence: int, dated: set[int]) -> str | None:
        """The day of a gathering told in the nearest sentence with a time expression, up to
        SESSION_ACCOUNT_REACH back (`Советот синоќа одржа седница`), when that sentence's only date is
        that day, before the publication date, and stands near the gathering's noun, not in an aside
        of its own (`Трамп, кој пристигна вчера, се сретна на маргините на самитот`: the arrival's day)."""
        published = self.doc.published
        for k in range(sentence - 1, max(-1, sentence - 1 - SESSION_ACCOUNT_REACH), -1):
            if k not in dated:
                continue
            times = dating_times(self.doc, k, self.lang)
            values = {t.value for t in times}
            if len(values) != 1 or not any(self._dates_gathering(k, t.start, t.end) for t in times):
                return None
            value = values.pop()
            if value is None or len(value) != len("YYYY-MM-DD") or published is None or value >= published.isoformat():
                return None
            return value
        return None

    def _day_part_date(self, sentence: int, dated: set[int]) -> str | None:
        """The day told last, up to DAY_PART_REACH sentences back, for a sentence with a part of that
        day and no date of its own (`Виткоф во средата се сретна со … Трамп вечерта разговараше …`)."""
        span = self.text.sentence_tokens(sentence)
        if sentence in dated or not any(t.low in date_words(self.lang).account_day_parts for t in self.text.tokens[span.start:span.stop]):
            return None
        published = self.doc.published
        for k in range(sentence - 1, max(-1, sentence - 1 - DAY_PART_REACH), -1):
            days = {t.value for t in dating_times(self.doc, k, self.lang) if t.value and len(t.value) == len("YYYY-MM-DD")}
            if days:  # (a month or year told between is background: `во притвор од март минатата година`)
                day = days.pop()
                return day if not days and published is not None and day <= published.isoformat() else None
        return None

    def _dates_gathering(self, sentence: int, start: int, end: int) -> bool:
        """The time expression [start, end) stands near a gathering's noun; in an aside, one the aside tells or
        follows (`самитот, кој заврши синоќа`), not one after it (`Трамп, кој пристигна вчера, … на самитот`)."""
        span = next((s.start, s.end) for s in self.doc.sentences if s.index == sentence)
        aside = matcher(self.lang).aside(self.doc.text, span, start, end)
        if aside is None:
            return self._gathering_near(start, end)
        first, last = self.text.token_at(aside[0]), self.text.token_at(aside[1])
        return any(t.low.startswith(self.lex.gathering_stems) for t in self.text.tokens[max(0, first - GATHERING_REACH):last])

    def _gathering_near(self, start: int, end: int) -> bool:
        """A gathering's noun stands within GATHERING_DATE_REACH words of the characters [start, end)."""
        first, last = self.text.token_at(start), self.text.token_at(end)
        return any(t.low.startswith(self.lex.gathering_stems)
                   for t in self.text.tokens[max(0, first - GATHERING_DATE_REACH):last + GATHERING_DATE_REACH])

    def _gathering_named(self, sentence: int, told_before: bool = False) -> bool:
        """The sentence names a gathering (`самитот`, `средба`); `told_before`: as one known, the scene of its
        act (`На маргините на самитот, …`, `по средбата`)."""
        span = self.text.sentence_tokens(sentence)
        tokens = self.text.tokens[span.start:span.stop]
        if not told_before:
            return any(t.low.startswith(self.lex.gathering_stems) for t in tokens)
        return any(a.low in self.lex.gathering_back_prepositions and b.low.startswith(self.lex.gathering_stems)
                   and b.low.endswith(self.lex.gathering_definite_endings) for a, b in zip(tokens, tokens[1:]))

    def _object_tokens(self, ev: Event) -> list:
        """The event's object: the words inside a trigger of several words past its first when an act is named
        there (`ја нарече одлуката „непријателски чин“`), else the three words after the trigger."""
        first, at = self.text.token_at(ev.trigger.start), self.text.token_at(ev.trigger.end)
        inside = self.text.tokens[first + 1:at]
        if any(t.low in self.lex.act_objects for t in inside):
            return inside
        return self.text.tokens[at:at + OBJECT_REACH]

    def _object_among(self, ev: Event, words: frozenset[str]) -> bool:
        """One of `words` stands in the event's object."""
        return any(t.low in words for t in self._object_tokens(ev))

    def _object_types(self, ev: Event) -> set[str]:
        """The event types the words of the event's object are triggers of (`нападот`: ASSAULT)."""
        words = {tok.low for tok in self._object_tokens(ev)}
        # (also the nouns of word sequences: `вежбите` of `започна воени вежби`)
        return {t.type for w in words for t in self.lex.single.get(w, ())} | {
            t.type for trigs in self.lex.sequences.values() for t in trigs if any(words & part for part in t.sequence)}

    def _judged_acts(self, coded: list[Coded]) -> None:
        """A criticism, praise, acceptance or rejection of an act (`Пахор го критикуваше потегот`,
        `Вучиќ ја прифати поканата`) with no recipient judges whoever acted in the sentence or two
        before: the actors of the last such event, else the subject that sentence named. A demand
        that an act be undone (`побара нивно ослободување`) is made of the last author of such an act."""
        for n, c in enumerate(coded):
            ev = c.event
            if ev.recipient:
                continue
            if ev.type == "REJECT" and self._denial(ev):
                continue  # a denial answers the accusation told before (`_answer_accusations`), not the act it names
            undone = self._undone_types(ev) if ev.type == "REQUEST" else frozenset()
            # (not an act named again by its noun with no actor of its own: `Во нападот загинаа …, изјави Кличко`)
            earlier_acts = [p.event for p in reversed(coded[:n]) if p.event.sentence <= ev.sentence
                            and not set(p.event.actor) & set(ev.actor)
                            and not (p.named_by_noun and "actor:inherited" in p.event.rule)]
            if not undone and (ev.type not in JUDGEMENT_TYPES or not (
                    self._object_among(ev, self.lex.act_objects) or self._names_act_told(ev, earlier_acts))):
                continue
            if undone:  # (not of a place of another state: `побараа ослободување на затворениците во Белорусија`)
                detained = None if self._names_other_state(ev.sentence, ev.actor) else next(
                    (p for p in earlier_acts if p.type in undone), None)
                if detained is not None:
                    ev.recipient = list(detained.actor)
                    ev.rule += "+recipient:undone_act"
                continue
            before = [p for p in earlier_acts if ev.sentence - p.sentence <= JUDGED_ACT_REACH]
            # an act of the kind the object names first (`го осуди нападот`: the attack, not a call told
            # since), also one the article told further back (`Кина започна вежби …` … `Тајпеј ги осуди вежбите`)
            kinds = self._object_types(ev)
            # (not an act of the judge's own state when another's is told: `Зеленски го осуди нападот` after
            # `противвоздушната одбрана собори 60 дронови`, Ukraine's own; a deed before a statement, and one
            # with a target before one with none: `Калас го нарече нападот „варварски“` after Zelensky's accusation)
            own = self._countries(ev.actor)
            of_kind = sorted((p for p in earlier_acts if p.type in kinds), key=lambda p: (
                bool(own & self._countries(p.actor)), p.type in STATEMENT_TYPES, not p.recipient))
            # (`напади …, при што беа убиени тројца`: the attacker named, not the passive's unnamed one)
            earlier = next((p for p in of_kind if "actor:unnamed" not in p.rule), of_kind[0] if of_kind else
                           before[0] if before else None)
            if earlier is not None:
                ev.recipient = list(earlier.actor)
            else:
                subject = next((self.subjects[k] for k in range(ev.sentence - 1, ev.sentence - 1 - JUDGED_ACT_REACH, -1)
                                if k in self.subjects and not set(self.subjects[k]) & set(ev.actor)), None)
                if subject is None:
                    continue
                ev.recipient = list(subject)
            ev.rule += "+recipient:judged_act"

    def _names_act_told(self, ev: Event, earlier_acts: list[Event]) -> bool:
        """A rejection or criticism whose object, right after it, is the noun of an act of a kind told in the
        sentence or two before (`Алиу вети … Здружението го отфрли ветувањето`) judges that act; not words of
        blame, whose answer is the accusation's (`_answer_accusations`)."""
        head = self.text.tokens[self.text.token_at(ev.trigger.end)].low
        if ev.type not in ("REJECT", "ACCUSE") or head in self.lex.rebutted_words:
            return False
        kinds = {t.type for t in self.lex.single.get(head, ()) if t.noun}
        return any(p.type in kinds and ev.sentence - p.sentence <= JUDGED_ACT_REACH for p in earlier_acts)

    def _aimed_like_the_act_before(self, coded: list[Coded]) -> None:
        """A threat with no recipient told after its actors judged someone in the same sentence (`Трамп ја
        критикуваше Шпанија … и се закани дека ќе воведе царини`), or a demand after they met someone there
        (`се сретна со американскиот амбасадор и побара изземање`), is aimed at the one judged or met; a
        threat with no one named also at the one its own side condemned in the sentence (`ги осуди
        санкциите и рече дека Техеран ќе одговори`)."""
        for n, c in enumerate(coded):
            ev = c.event
            if ev.type not in ACTS_AIMED_LIKE_THE_ONE_BEFORE or ev.recipient or not ev.actor:
                continue
            told = [(k, p.event) for k, p in enumerate(coded) if k != n and p.event.sentence == ev.sentence
                    and p.event.type in ACTS_AIMED_LIKE_THE_ONE_BEFORE[ev.type] and p.event.recipient]
            before = next((p for k, p in reversed(told) if k < n and p.actor == ev.actor), None)
            if before is None and ev.type == "THREATEN":
                own = self._countries(ev.actor)
                before = next((p for _, p in told if p.type == "ACCUSE" and own & self._countries(p.actor)), None)
            if before is not None:
                ev.recipient = [r for r in before.recipient if r not in ev.actor]
                ev.rule += "+recipient:act_before"

    def _refused_in_relative(self, coded: list[Coded]) -> None:
        """A refusal in a `што` clause right after a demand or offer (`Москва побара повлекување на силите
        од Донбас, што Киев го одбива`) refuses that demand: its author is the recipient, not a name its
        clitic would find before."""
        tokens = self.text.tokens
        for n, c in enumerate(coded):
            ev = c.event
            if ev.type != "REJECT" or (ev.recipient and "recipient:clitic" not in ev.rule):
                continue
            at = self.text.token_at(ev.trigger.start)
            opener = next((i for i in range(at - 1, 0, -1) if tokens[i].text == ","), None)
            if opener is None or tokens[opener + 1].low not in self.lex.invariant_relatives:
                continue
            asked = next((p.event for p in reversed(coded[:n]) if p.event.sentence == ev.sentence
                          and p.event.type in ASKING_TYPES and p.event.trigger.end <= tokens[opener].start), None)
            if asked is not None and not set(asked.actor) & set(ev.actor):
                ev.recipient = list(asked.actor)
                ev.rule = ev.rule.replace("+recipient:clitic", "") + "+recipient:refused_ask"

    def _charged_detainees(self, coded: list[Coded]) -> None:
        """A charge, detention or sentence by a court, prosecutor or police with only an object clitic for
        whom (`Обвинителството ги обвини за …`, `Судот им определи притвор`) is of those the story's last
        arrest, a sentence or two before, took."""
        tokens = self.text.tokens
        for n, c in enumerate(coded):
            ev = c.event
            at = self.text.token_at(ev.trigger.start)
            # `Против нив е поднесена кривична пријава за криумчарење мигранти`: the pronoun just before the
            # trigger is whom, not a noun of the charge after it; so is one in or right after the trigger
            # (`отвори истрага против него`, `побара за него притвор`)
            last = self.text.token_at(ev.trigger.end - 1)
            pronoun = any(tokens[k].low in self.lex.oblique_pronouns
                          for k in [*range(max(0, at - CHARGE_PRONOUN_REACH), at), *range(at + 1, min(len(tokens), last + 3))])
            if ev.type not in CHARGING_TYPES | {"ACCUSE"} or (ev.recipient and not pronoun) or not any(
                    a in self.entities and self.entities[a].sector in JUSTICE_SECTORS for a in ev.actor):
                continue
            i = at - 1
            while i >= 0 and tokens[i].low in self.lex.reflexive:
                i -= 1
            if not pronoun and (i < 0 or tokens[i].low not in self.lex.object_clitic_genders):
                continue
            arrest = next((p.event for p in reversed(coded[:n]) if p.event.type == "COERCE" and p.event.recipient
                           and 0 <= ev.sentence - p.event.sentence <= ARREST_STORY_REACH), None)
            if arrest is not None and not set(arrest.recipient) & set(ev.actor):
                ev.recipient = list(arrest.recipient)
                ev.rule += "+recipient:detainees"

    def _names_other_state(self, sentence: int, actors: list[str]) -> bool:
        """The sentence names a place of a state none of the actors belongs to."""
        own = self._countries(actors)
        return bool(own) and any(e.type in PLACE_TYPES and e.country and e.country not in INTERNATIONAL | own
                                 for e in self.doc.entities for m in e.mentions if m.sentence == sentence)

    def _undone_types(self, ev: Event) -> frozenset[str]:
        """The types of the acts the retreat the event's object names would undo (`ослободување`: a detention)."""
        return frozenset().union(*(self.lex.retreat_undoes.get(t.mode, ()) for tok in self._object_tokens(ev)
                                   for t in self.lex.single.get(tok.low, ()) if t.type == "RETREAT"))

    def _denial(self, ev: Event) -> bool:
        """The event's trigger is a verb of denial (`негира`, `тврди дека ударите биле насочени кон воени цели`)."""
        return self.text.tokens[self.text.token_at(ev.trigger.start)].low.startswith(self.lex.denial_verbs)

    def _without_gerund_elaborations(self, coded: list[Coded]) -> list[Coded]:
        """`Х го критикуваше министерот, обвинувајќи го за …`: an accusation told by a gerund after
        the same actor's accusation in its sentence says what that one alleged; one act (the first
        takes the gerund's recipient when it names none)."""
        kept: list[Coded] = []
        for c in coded:
            ev = c.event
            before = next((k for k in reversed(kept) if k.event.sentence == ev.sentence and k.event.type == ev.type == "ACCUSE"
                           and k.event.actor == ev.actor), None) if ev.trigger.text.lower().endswith(self.lex.gerund_endings) else None
            if before is None:
                kept.append(c)
                continue
            self.stats["merged: a gerund's accusation with the accusation before it"] += 1
            before.event.recipient = before.event.recipient or ev.recipient
        return kept

    def _answer_accusations(self, coded: list[Coded]) -> None:
        """A rejection of accusations or threats with no recipient (`Белград ги отфрли
        обвинувањата`), or a denial (`Попова негира дека …`), answers the last accusation or
        threat before it against the actor's state, or the last arrest or conviction of the actor:
        its author is the recipient."""
        for n, c in enumerate(coded):
            ev = c.event
            if ev.type != "REJECT" or ev.recipient:
                continue
            denial = self._denial(ev)
            rebuttal = self._object_among(ev, self.lex.rebutted_words) or ev.rule.startswith(DENIAL_RULE)
            if not rebuttal and not denial:
                continue  # (`„Тоа не е вистина“, рече Песков` after `Украина ја обвини Русија …`: Ukraine denied)
            own = {self.entities[a].country for a in ev.actor if a in self.entities} - {None}
            # a person's bare denial answers an accusation of that person, not of another of the state
            # (`Левица го обвини министерот X. Министерката Y негираше дека …`)
            personal = denial and not rebuttal and all(self.entities.get(a) is not None and self.entities[a].type == "PER"
                                                       for a in ev.actor)
            # (`Градоначалничката беше уапсена. Таа ги отфрли обвинувањата`: the police that arrested her)
            # (`САД и ЕУ го критикуваа законот. Каран ги отфрли критиките`: a criticism of a thing, aimed at no one
            # named, in the sentence just before is the one answered)
            accusation = next((p.event for p in reversed(coded[:n]) if (p.event.type in ANSWERED_TYPES and (
                set(ev.actor) & set(p.event.recipient) if personal
                else own & {self.entities[r].country for r in p.event.recipient if r in self.entities}))
                or (p.event.type in CHARGING_TYPES and set(ev.actor) & set(p.event.recipient))
                or (rebuttal and p.event.type in ANSWERED_TYPES and not p.event.recipient and ev.sentence - p.event.sentence == 1
                    and not set(p.event.actor) & set(ev.actor))), None)
            if accusation is not None:
                ev.recipient = [a for a in accusation.actor if a not in ev.actor]
                ev.rule += "+recipient:accuser"

    def _threaten_other_side(self, coded: list[Coded]) -> None:
        """A threat with no recipient by one side of a dispute or sanction told just before (`Естонија
        протера двајца руски дипломати. Москва најави реципрочни мерки`) is aimed at the other side."""
        for n, c in enumerate(coded):
            ev = c.event
            own = self._countries(ev.actor)
            if ev.type != "THREATEN" or ev.recipient or not own:
                continue
            for p in (p.event for p in reversed(coded[:n])):
                if ev.sentence - p.sentence > THREATENED_SIDE_REACH:
                    break
                if not (self._dispute(p) or (p.type == "SANCTION" and p.actor and p.recipient)):
                    continue
                acting, acted_on = self._countries(p.actor), self._countries(p.recipient)
                other = p.actor if own & acted_on and not own & acting else (
                    p.recipient if own & acting and not own & acted_on else None)
                if other:
                    ev.recipient = list(other)
                    ev.rule += "+recipient:other_side"
                    break

    def _answer_demands(self, coded: list[Coded]) -> None:
        """A refusal still with no recipient (`Министерот изјави дека нема да поднесе оставка`) after a demand
        made of its actor (`СДСМ побара оставка од министерот`) answers that demand: its author is the recipient."""
        for n, c in enumerate(coded):
            ev = c.event
            if ev.type != "REJECT" or ev.recipient:
                continue
            demand = next((p.event for p in reversed(coded[:n]) if p.event.type == "REQUEST"
                           and (set(ev.actor) & set(p.event.recipient) or self._state_asked(ev.actor, p.event.recipient))), None)
            if demand is not None and set(demand.actor) - set(ev.actor):
                ev.recipient = [a for a in demand.actor if a not in ev.actor]
                ev.rule += "+recipient:demander"

    def _state_asked(self, actors: list[str], asked: list[str]) -> bool:
        """The one asked is a state, its government or its army (`Калас ја повика Србија …`, `Москва побара
        украинските сили да се повлечат`) and the one refusing speaks for it (`Вучиќ ги отфрли повиците`): one
        of its government, or the state itself."""
        states = {self.entities[a].country for a in asked if a in self.entities and (
            is_state(self.entities[a].kb_id) or self.entities[a].sector in ASKED_ORGANS)}
        return bool(states) and all(a in self.entities and self.entities[a].country in states and (
            self.entities[a].sector == "GOV" or is_state(self.entities[a].kb_id)) for a in actors)

    def _rebutted_sources(self, coded: list[Coded]) -> None:
        """A denial of a report, claim or idea with no recipient (`Розенштајн го негираше
        извештајот`, `ја отфрли идејата дека …`) answers whoever put it forward: the speaker or
        source of the last statement the quotes stage found in the sentences before, not the
        actor's own."""
        for c in coded:
            ev = c.event
            if ev.type != "REJECT" or ev.recipient or not self._object_among(ev, self.lex.rebutted_words):
                continue
            source = next((q.speaker or q.reported_by for q in sorted(self.doc.quotes, key=lambda q: -q.start)
                           if 0 < ev.sentence - q.sentence <= REBUTTED_SOURCE_REACH and (q.speaker or q.reported_by)
                           and (q.speaker or q.reported_by) not in ev.actor), None)
            if source is not None and source in self.entities:
                ev.recipient = [source]
                ev.rule += "+recipient:rebutted_source"

    def _visit_hosts(self, coded: list[Coded]) -> None:
        """A statement by a visitor with no recipient named (`Петреска ја потврди поддршката на
        Берлин за …` during her visit to Tirana) is addressed to the host of the visit told
        before in the document: the recipients of that visit."""
        for n, c in enumerate(coded):
            ev = c.event
            if ev.type not in VISITOR_STATEMENT_TYPES or ev.recipient:
                continue
            if ev.reported_by and ev.reported_by not in ev.actor:  # told by another speaker: not the visitor's own word
                continue
            own = self._countries(ev.actor)
            if len(own) != 1:  # a compromise of two states is no visitor's statement
                continue
            visit = next((p.event for p in reversed(coded[:n]) if p.event.mode == "visit" and p.event.recipient
                          and (set(p.event.actor) & set(ev.actor) or own & self._countries(p.event.actor))
                          and not own & self._countries(p.event.recipient)), None)
            if visit is not None:
                ev.recipient = [r for r in visit.recipient if r not in ev.actor]
                ev.rule += "+recipient:visit_host"
                continue
            # `Зеленски и Стармер се сретнаа во Лондон. Британскиот премиер вети …`: one side of the meeting
            # just told speaks to the other (a state is no side of a meeting of people: `Двајцата разговараа за
            # измените што ги бара Бугарија`)
            if any(a not in self.entities or self.entities[a].type in PLACE_TYPES for a in ev.actor):
                continue
            meeting = next((p.event for p in reversed(coded[:n]) if p.event.type == "CONSULT" and not p.event.recipient
                            and 0 <= ev.sentence - p.event.sentence <= 1 and own & self._countries(p.event.actor)), None)
            # (an international side has no country: it is a partner only when not among the actors themselves)
            partners = [a for a in meeting.actor if a not in ev.actor and not self._countries([a]) & own] if meeting is not None else []
            if partners:
                ev.recipient = partners
                ev.rule += "+recipient:met"

    def _countries(self, ids: list[str]) -> set[str]:
        return {self.entities[e].country for e in ids if e in self.entities and self.entities[e].country} - INTERNATIONAL

    def _place_unknown_participants(self, coded: list[Coded]) -> None:
        """A person or organisation the knowledge base does not know and the text gives no
        country takes the country the document is about, as event data coders place generic
        and unknown actors (`Мајкл Доналдсон` in a story set in the United States); an
        organisation whose name holds a place (`Судот во Софија`) takes that place's country."""
        home = self._home_country()
        for c in coded:
            for ident in c.event.actor + c.event.recipient:
                ent = self.entities.get(ident)
                if (ent is not None and ent.country is None and ent.kb_id is None and ent.type in ("PER", "ORG")
                        and not (ent.rule or "").endswith("+stateless")):  # `земјите`: several states
                    named = self._named_place_country(ent) if ent.type == "ORG" else None
                    if named is None and home is None:
                        continue
                    how = "name_place" if named else "document"
                    ent.country = named or home
                    ent.rule = f"{ent.rule}+country:{how}" if ent.rule else f"country:{how}"
                    self.stats["unknown organisations placed in the country their name holds" if named
                               else "unknown participants placed in the document's country"] += 1

    def _named_place_country(self, ent: Entity) -> str | None:
        """The one country of the document's places whose name is written inside the
        organisation's own name (the gazetteer leaves no mention of its own there)."""
        names = {f" {' '.join(m.text.lower().split())} " for m in ent.mentions}
        countries = {place.country for place in self.doc.entities if place.type in PLACE_TYPES and place.country
                     and place.country not in INTERNATIONAL for pm in place.mentions
                     if getattr(pm, "kind", "name") != "demonym"
                     and any(f" {' '.join(pm.text.lower().split())} " in name for name in names)}
        return countries.pop() if len(countries) == 1 else None

    # ---- participants ----------------------------------------------------------------------

    def _participants(self) -> dict[int, list[Participant]]:
        found: dict[int, list[Participant]] = {}
        tokens = self.text.tokens
        name_starts = {self.text.token_at(m.start): e for e in self.doc.entities for m in e.mentions
                       if getattr(m, "kind", "name") != "demonym"}
        self.demonym_ends = {self.text.token_at(m.end): e for e in self.doc.entities for m in e.mentions
                             if getattr(m, "kind", "name") == "demonym"}
        self.place_starts = {self.text.token_at(m.start): e for e in self.doc.entities if e.type in PLACE_TYPES
                             for m in e.mentions if getattr(m, "kind", "name") != "demonym"}
        for ent in list(self.doc.entities):
            for m in ent.mentions:
                first, end = self.text.token_at(m.start), self.text.token_at(m.end)
                if first >= end:
                    continue
                sentence = tokens[first].sentence
                if getattr(m, "kind", "name") == "demonym":
                    part = self._demonym(ent, first, end, name_starts)
                else:
                    part = Participant(ent.id, first, end)
                if part is not None:
                    found.setdefault(sentence, []).append(part)
        for sentence, part in self._role_subjects(found):
            found.setdefault(sentence, []).append(part)
        return found

    def _role_subjects(self, found: dict[int, list[Participant]]) -> list[tuple[int, Participant]]:
        """`Премиерот ја пофали …`, `Генералниот секретар побара …`, `ја честиташе претседателката`:
        a definite singular role phrase with no name in it stands for the last person named
        earlier in the document with a role phrase of the same role noun and gender
        (`премиерот Христијан Мицкоски`)."""
        tokens = self.text.tokens
        feminine = self.lex.reporting.feminine_role_forms
        people = {e.id for e in self.doc.entities if e.type == "PER"}
        roled: list[tuple[int, str, bool, str]] = []  # (token, role stem, feminine, person) of each named role
        persons = {i for parts in found.values() for p in parts if p.entity in people for i in range(p.first, p.end)}
        for sentence in sorted(found):
            for part in found[sentence]:
                role = self._role_before(part.first, persons)
                if part.entity in people and role is not None:
                    roled.append((part.first, self._role_stem(tokens[role].low), tokens[role].low in feminine, part.entity))
        added = []
        for index in range(len(self.text.sentences)):
            span = self.text.sentence_tokens(index)
            parts = found.get(index, [])
            for first, at in self._bare_roles(span):
                end = at + 1
                # (the phrase ends at a verb's clitic or at a verb of an act or of speech: `Министерката за … ја
                # посети Подгорица`, `Министерот за финансии потпиша договор со Германија`)
                reach = next((i for i in range(end, min(span.stop, end + ROLE_REACH_WORDS + 1))
                              if tokens[i].low in self.lex.verb_clitics or self._act_verb(tokens[i].low)),
                             end + ROLE_REACH_WORDS + 1)
                # (a place after `во` is where the office sits, not whose it is: `Обвинителот во Штип`)
                seat = self._place_after(end)
                if seat is None and any(first <= p.first < reach and p.end > first for p in parts
                                        if p.first <= end or tokens[end].low in self.lex.role_connectors):
                    continue  # a name belongs to the phrase (`Премиерот Мицкоски`, `министерот на Србија`)
                stem, fem = self._role_stem(tokens[at].low), tokens[at].low in feminine
                earlier = [r for r in roled if r[0] < first and r[1] == stem and r[2] == fem]
                if earlier:
                    added.append((index, Participant(earlier[-1][3], first, end)))
                elif not roled and (holder := self._unroled_holder(tokens[at].low, fem, tokens[first].start)) is not None:
                    added.append((index, Participant(holder, first, end)))
                elif (holder := self._office_holder(index, first, at, stem, fem,
                                                    seat.country if seat is not None else None)) is not None:
                    added.append((index, Participant(holder, first, end)))
        return added

    def _act_verb(self, word: str) -> bool:
        """A verb form that opens a trigger entry or reports speech (`потпиша`, `изјави`)."""
        return word in self.lex.reporting.verbs or any(
            not trig.noun for trig in (*self.lex.single.get(word, ()), *self.lex.sequences.get(word, ())))

    def _office_holder(self, sentence: int, first: int, at: int, stem: str, feminine: bool,
                       seat_country: str | None = None) -> str | None:
        """`Министерката за здравство поднесе оставка`: a role no one named holds is an unnamed
        office holder of the body the role belongs to (`еврокомесарката`), else of its seat's country
        (`Обвинителот во Штип`), else of the document's country (the home state's, in a text naming no
        state), with the role's sector; one per role
        and gender.
        (No person a later pronoun stands for: `Претставникот рече … Тој се пожали` is often someone
        the text named before under another role.)"""
        tokens = self.text.tokens
        # (`Лидерот на опозицијата`: no demonym or seat, the home state's opposition whatever state the story names)
        opposition = at + 2 < len(tokens) and tokens[at + 2].low in self.lex.opposition_words \
            and tokens[at + 1].low in self.lex.genitive
        country = (self.lex.body_heads.get(tokens[at].low) or seat_country
                   or (self.lex.home_state if opposition else None) or self._home_country())
        sector = self.lex.head_sector(tokens[at].low)
        if country is None and not any(e.country not in INTERNATIONAL for e in self.doc.entities if e.country):
            country = self.lex.home_state  # (a text naming only international bodies is the home state's news too)
        if country is None or sector is None:
            return None
        key = (OFFICE_RULE, country, sector, stem, feminine)
        derived = self.derived.get(key)
        if derived is None:
            derived = Entity(id=f"R{sum(k[0] == OFFICE_RULE for k in self.derived) + 1}.{sector}",
                             name=self.doc.text[tokens[first].start:tokens[at].end], type="ORG", country=country,
                             sector=sector, rule=OFFICE_RULE)
            self._register(key, derived)
        start, end = tokens[first].start, tokens[at].end
        derived.mentions.append(Mention(start=start, end=end, text=self.doc.text[start:end], sentence=sentence,
                                        kind="reference", rule="events:derived"))
        return derived.id

    def _unroled_holder(self, role: str, feminine: bool, before: int) -> str | None:
        """`Сиљановска-Давкова победи … Грчкиот премиер ја честитал претседателката`: in a document
        naming no one with a role phrase, the one person of the role's sector and gender named
        before (where people are named with their roles, a role no one had is someone else)."""
        sector = self.lex.head_sector(role)
        people = {e.id for e in self.doc.entities if e.type == "PER" and e.sector == sector and e.mentions
                  and min(m.start for m in e.mentions) < before and (self._person_gender(e.id) == "feminine") == feminine}
        return people.pop() if len(people) == 1 else None

    def _bare_roles(self, span: range) -> list[tuple[int, int]]:
        """(first token, role noun) of the definite singular role phrases of a sentence: the one
        opening it (`Генералниот секретар`: the article on the adjective) and each lower-case
        role noun with its own article further on (`ја честиташе претседателката`)."""
        tokens = self.text.tokens
        found = []
        at = span.start
        if at + 1 < span.stop and not tokens[at + 1].cap and self._person_role(tokens[at + 1].low):
            at += 1
        if at < span.stop and self._person_role(tokens[at].low) and tokens[span.start].low.endswith(self.lex.reporting.definite_endings):
            found.append((span.start, at))
        for i in range(at + 1, span.stop):
            if (not tokens[i].cap and self._person_role(tokens[i].low) and tokens[i].low.endswith(self.lex.reporting.definite_endings)
                    and not tokens[i - 1].low.endswith(self.lex.reporting.definite_endings)):
                found.append((i, i))
        return found

    def _person_role(self, word: str) -> bool:
        """One person's role noun (`премиерот`, `министерката`), not a body named from it
        (`министерството`) nor many (`министрите`)."""
        return word in self.lex.person_roles

    def _role_before(self, first: int, taken: set[int]) -> int | None:
        """The role noun right before a name, or before the complement it opens with a connector,
        and a comma (`министерот за одбрана Владо Мисајловски`, `Генералниот секретар на НАТО,
        Марк Руте`); not past another person's name (`taken`: their tokens)."""
        tokens = self.text.tokens
        i = first - 1
        if i >= 0 and tokens[i].text == ",":
            i -= 1
        for j in range(i, max(-1, i - ROLE_REACH_WORDS), -1):
            if tokens[j].sentence != tokens[first].sentence or j in taken:
                return None
            if self.lex.is_role(tokens[j].low):
                return j if j == i or tokens[j + 1].low in self.lex.role_connectors else None
        return None

    def _role_stem(self, word: str) -> str:
        stem = max((stem for stem in self.lex.role_prefixes if word.startswith(stem)), key=len)
        return self.lex.role_stem_aliases.get(stem, stem)

    def _demonym(self, ent: Entity, first: int, end: int, name_starts: dict[int, Entity]) -> Participant | None:
        """`руската армија` -> a derived RUS MIL actor; `српскиот претседател Вучиќ` -> nothing
        (the name is the actor); `кинеските прослави` -> nothing; `Грците` -> the people;
        `босанските Срби` -> the people of Bosnia; `Србите во Косово` -> the people living in Kosovo."""
        tokens = self.text.tokens
        at = end
        shared = (end + 2 < len(tokens) and tokens[end + 2].sentence == tokens[first].sentence
                  and tokens[end].low in self.lex.reporting.coordinators and self.demonym_ends.get(end + 2) not in (None, ent))
        if shared:
            at = end + 2  # `американските и јужнокорејските сили`: the head noun the second demonym shares
        elif (end + 1 < len(tokens) and tokens[end + 1].sentence == tokens[first].sentence and not tokens[end].cap
                and tokens[end].text.isalpha() and not self.lex.head_sector(tokens[end].low)
                and self.lex.head_sector(tokens[end + 1].low)):
            at = end + 1  # `руски нафтени компании`: an adjective between the demonym and its head noun
        head = tokens[at] if at < len(tokens) and tokens[at].sentence == tokens[first].sentence else None
        sector = (self.lex.head_sector(head.low) or self.lex.demonym_heads.get(head.low)) if head else None
        if sector:
            if at + 1 in name_starts:
                return None
            role = self.lex.is_role(head.low)
            holder = role and (self._named_holder(at + 1, name_starts)
                               or (head.low.startswith(self.lex.counterpart_roles)
                                   and self._earlier_holder(ent.country, sector, tokens[first].start)))
            if holder:  # `македонскиот министер за економија, Илија Филиповски`; `Косор … со словенечкиот
                return Participant(holder.id, first, at + 1)  # колега`: the Slovenian premier named before
            derived = self._derive(ent, sector, tokens[first].start, head.end, tokens[first].sentence)
            return Participant(derived.id, first, end if shared else at + 1)
        sentence_first = self.text.sentence_tokens(tokens[first].sentence).start
        people = first != sentence_first or not tokens[end - 1].low.endswith(self.lex.adjective_endings)
        if tokens[first].cap and people:  # at a sentence start only a noun (`Србите`), not an adjective (`Српските`)
            home = self.demonym_ends.get(first)  # `босанските Срби`: the people of the place the adjective names
            if home is not None and home.id != ent.id:
                return Participant(home.id, first - 1, end)
            living = self._place_after(end)  # `Србите во северно Косово`: the people living there
            if living is not None and living.country and living.country != ent.country:
                derived = self._derive(living, "CVL", tokens[first].start, tokens[end - 1].end, tokens[first].sentence)
                self.residents[ent.id] = derived
                return Participant(derived.id, first, end)
            if ent.id in self.residents:  # `Србите го обвинија КФОР` after `Србите во северно Косово`: the same people
                return Participant(self.residents[ent.id].id, first, end)
            return Participant(ent.id, first, end)
        return None

    def _named_holder(self, after: int, name_starts: dict[int, Entity]) -> Entity | None:
        """A name follows a role noun as its holder: set off by a comma (`словенечкиот колега,
        Самуел Жбогар`) or after the role's lower-case complement (`министер за енергија Рик Пери`,
        `министер за енергија, Рик Пери`)."""
        tokens = self.text.tokens
        at = None
        if after < len(tokens) and tokens[after].text == ",":
            at = after + 1
        elif after < len(tokens) and tokens[after].low in self.lex.reporting.name_linkers:
            for i in range(after, min(after + ROLE_COMPLEMENT_WORDS + 1, len(tokens))):
                if i in name_starts or (tokens[i].text == "," and i + 1 in name_starts):
                    at = i if i in name_starts else i + 1
                    break
                if tokens[i].cap or not tokens[i].text.isalpha():
                    break
        holder = name_starts.get(at)
        return holder if holder is not None and holder.type == "PER" else None

    def _earlier_holder(self, country: str | None, sector: str, before: int) -> Entity | None:
        """The one person of that country and sector the document named before the offset."""
        people = [e for e in self.doc.entities if e.type == "PER" and e.country == country and e.sector == sector
                  and e.mentions and min(m.start for m in e.mentions) < before]
        return people[0] if len(people) == 1 else None

    def _place_after(self, end: int) -> Entity | None:
        """The place named right after a people's name under a location preposition (`во
        северно Косово`), with at most one adjective between."""
        tokens = self.text.tokens
        if end >= len(tokens) or tokens[end].low not in self.lex.location_prepositions:
            return None
        for at in (end + 1, end + 2):
            place = self.place_starts.get(at)
            if place is not None:
                return place
            if at < len(tokens) and tokens[at].cap:
                return None
        return None

    def _time_tokens(self, view: SentenceView) -> set[int]:
        """The tokens of the sentence's date expressions, with the preposition before each."""
        found: set[int] = set()
        for first, end in self.time_spans:
            if view.first <= first < view.end:
                found.update(range(max(view.first, first - 1), min(end, view.end)))
        return found

    def _register(self, key: tuple, derived: Entity) -> None:
        """A derived actor is known to the coder at once, like the document's entities."""
        self.derived[key] = derived
        self.entities[derived.id] = derived

    def _derive(self, ent: Entity, sector: str, start: int, end: int, sentence: int, country: str | None = None) -> Entity:
        """The actor a country's demonym or possessor with a head noun stands for (`руската
        армија`, `Владата на Македонија`): the country with the head's sector; or a capital's
        government."""
        key = (ent.id, sector)
        derived = self.derived.get(key) or self.entities.get(f"{ent.id}.{sector}")  # the quotes stage's speaking organ
        if derived is None:
            derived = Entity(id=f"{ent.id}.{sector}", name=self.doc.text[start:end], type="ORG", country=ent.country or country,
                             sector=sector, name_en=state_organ_name(ent.name_en, ent.kb_id, sector), rule="events:country+head",
                             confidence=ent.confidence)
            self._register(key, derived)
            self.stats["derived actors (country + head noun)"] += 1
        if not any(m.start == start for m in derived.mentions):
            derived.mentions.append(Mention(start=start, end=end, text=self.doc.text[start:end], sentence=sentence,
                                            kind="reference", rule="events:derived"))
        return derived

    # ---- triggers --------------------------------------------------------------------------

    def _triggers(self, view: SentenceView, taken: set[int]) -> list[Candidate]:
        found: list[Candidate] = []
        i = view.first
        while i < view.end:
            cand = None if i in taken else self._trigger_at(view, i, taken)
            if cand is None:
                i += 1
                continue
            found.append(cand)
            i = cand.end
        return found

    def _trigger_at(self, view: SentenceView, i: int, taken: set[int]) -> Candidate | None:
        low = self.text.tokens[i].low.rsplit("-", 1)[-1]  # `FBI-истрага`: the last part carries the meaning
        for trig in self.lex.sequences.get(low, ()):
            end = self._sequence_end(view, trig, i, taken)
            if end is not None and trig.no_reflexive and (self._with_reflexive(view, i) < i or self._reflexive_after(view, i)):
                continue  # `да се прифатат барањата`: an impersonal passive
            if end is not None and self._fits(view, trig, end):
                # `санкциите наметнати од САД`, `Договорот од Охрид, постигнат во 2023`: a participle right after
                # its noun or after a comma is passive
                postposed = trig.noun_first and (end - i == 2 or self.text.tokens[end - 2].text == ",") and self.text.tokens[
                    end - 1].low.endswith(self.lex.postposed_participle_endings)
                # `е осуден на две години затвор`: a participle opening a sequence whose unnamed agent the entry knows
                participle = trig.passive_actor is not None and low.endswith(self.lex.passive_endings)
                return Candidate(trig, i, end, trig.passive_sense or postposed or participle, self._with_reflexive(view, i))
        for trig in self.lex.single.get(low, ()):
            if trig.unless_before and i > view.first and self.text.tokens[i - 1].low in trig.unless_before:
                continue  # `четворица обвинети`, `вториот обвинет`: a participle after a count or article word names people
            if self._fits(view, trig, i + 1):
                reflexive_at = self._with_reflexive(view, i)
                if trig.no_reflexive and (reflexive_at < i or self._reflexive_after(view, i)):
                    continue  # `се повика на`, `повикувајќи се на`: invoking, not calling on
                passive = trig.passive_sense or not trig.noun and low not in trig.lemmas and (low.endswith(
                    self.lex.plural_participle_endings if reflexive_at < i else self.lex.passive_endings) or (
                    i > view.first and self.text.tokens[i - 1].low in self.lex.passive_auxiliaries
                    and low.endswith(self.lex.auxiliary_participle_endings)))
                return Candidate(trig, i, i + 1, passive, reflexive_at)
        return None

    def _sequence_end(self, view: SentenceView, trig: Trigger, i: int, taken: set[int]) -> int | None:
        clause_end = view.clauses[view.clause_of(i)].end
        at = i
        for part in trig.sequence[1:]:
            if at + 1 == clause_end < view.end and self.text.tokens[clause_end].low in self.lex.subjunctive:
                clause_end = view.clauses[view.clause_of(clause_end)].end  # `нема да дозволи`: `да` goes on with the sequence
            nxt = next((j for j in range(at + 1, min(at + 2 + trig.max_gap, clause_end))
                        if j not in taken and self.text.tokens[j].low in part), None)
            if nxt is None:
                return None
            at = nxt
        return at + 1

    def _fits(self, view: SentenceView, trig: Trigger, end: int) -> bool:
        """The entry's `needs` (and `needs_also`) and `unless` words in the sentence, `unless_next` after the trigger,
        and for a `no_state` entry no state named in the sentence."""
        state_named = trig.state_object and end in self.place_starts and self.place_starts[end].type == "GPE"
        if trig.needs and not state_named and not view.contains(view.first, view.end, trig.needs):
            return False
        if trig.needs_also and not view.contains(view.first, view.end, trig.needs_also):
            return False
        if trig.unless_next and trig.unless_next & set(view.words(end, view.end)):
            return False
        if trig.sought and self._seeking(view, trig, end):
            return False
        if trig.no_state and any(view.first <= at < view.end and place.type == "GPE" for at, place in self.place_starts.items()):
            return False
        if trig.type not in self.lex.sport_exempt_types and self._sport(view):
            return False  # `напаѓаше цело полувреме`, `побара пенал`, `тренерот поднесе оставка`: the game's
        return not (trig.unless and view.contains(view.first, view.end, trig.unless))

    def _credited(self, view: SentenceView, cand: Candidate) -> bool:
        """The noun comes right after a credit preposition, one modifier between (`со финансиска поддршка од`)."""
        tokens = self.text.tokens
        before = cand.first - 1
        if before > view.first and not tokens[before].cap and tokens[before].low not in self.lex.credit_prepositions:
            before -= 1
        return before >= view.first and tokens[before].low in self.lex.credit_prepositions

    def _named(self, view: SentenceView, cand: Candidate) -> str | None:
        """Why the trigger names something rather than tells an act: it is in the `за` phrase of an
        institution's or law's name (`Агенцијата за финансиска поддршка`), in a quoted title after a
        work or body (`Книгата „Опсада на Солун“`), or in what a work tells (`Филмот раскажува за опсадата`)."""
        tokens = self.text.tokens
        at = cand.first - 1
        if (cand.trigger.noun and at - 1 > view.first and tokens[at].low == self.lex.name_coordinator
                and not tokens[at - 1].cap):
            at -= 2  # a noun coordinated before it (`Агенцијата за промоција и поддршка на туризмот`)
        elif cand.trigger.noun and at > view.first and tokens[at].low != self.lex.topic_preposition and not tokens[at].cap:
            at -= 1  # one modifier between `за` and the noun (`за финансиска поддршка`)
        if (cand.trigger.noun and at > view.first and tokens[at].low == self.lex.topic_preposition and tokens[at - 1].cap
                and tokens[at - 1].low.startswith(self.lex.name_heads)):
            return "a trigger word in the name of an institution or law"
        if cand.passive and self._in_name_phrase(view, cand.first):
            return "a participle in the name of an institution or law"
        if (cand.trigger.noun and cand.first - 2 >= view.first and tokens[cand.first - 1].low == self.lex.topic_preposition
                and tokens[cand.first - 2].low in self.lex.place_named_documents):
            return "what an agreement is about (`договорот за прекин на огнот`): its own verb tells the act"
        for i in range(cand.first - 1, view.first, -1):
            if tokens[i].text in CLOSING_QUOTES:
                break
            if tokens[i].text in OPENING_QUOTES:
                if tokens[i - 1].low.startswith(self.lex.title_nouns):
                    return "a trigger word in the quoted title of a work or body"
                break
        told = next((i for i in range(cand.first - 1, view.first, -1) if tokens[i].low in self.lex.depiction_verbs), None)
        if told is not None and view.contains(view.first, told, self.lex.depiction_works):
            return "what a film, book or exhibition tells, no act"
        return None

    def _in_name_phrase(self, view: SentenceView, i: int) -> bool:
        """A word within NAME_PHRASE_REACH words, no punctuation between, after the `за` of a capitalised
        name head (`Предлог-законот за управување со конфискуван имот`): it describes what the law is about."""
        tokens = self.text.tokens
        for k in range(i - 1, max(view.first, i - NAME_PHRASE_REACH - 1), -1):
            if not tokens[k].word:
                return False
            if (tokens[k].low == self.lex.topic_preposition and k > view.first and tokens[k - 1].cap
                    and tokens[k - 1].low.split("-")[-1].startswith(self.lex.name_heads)):
                return True
        return False

    def _demands_resignation(self, view: SentenceView, cand: Candidate) -> bool:
        """A resignation within the three words after the trigger, in its clause (`побара негова оставка`)."""
        clause_end = view.clauses[view.clause_of(cand.end - 1)].end
        return bool(set(view.words(cand.end, min(cand.end + 3, clause_end))) & self.lex.resignation_objects)

    def _seeking(self, view: SentenceView, trig: Trigger, end: int) -> bool:
        """`бара помош`, `побараа засолниште`: the verb's object is something sought, and no `од`
        within five words after the trigger names whom it is asked of (`бара помош од ЕУ`; `бара
        надомест на штета во износ од …` is no one's)."""
        if end >= view.end:
            return False
        clause_end = view.clauses[view.clause_of(end - 1)].end
        following = view.words(end, min(end + 3, clause_end))
        if not any(w.startswith(trig.sought) for w in following):
            return False
        if self.text.tokens[end - 1].low.endswith(self.lex.gerund_endings) and any(
                t.type == "PROTEST" for w in view.words(view.first, end - 1) for t in self.lex.single.get(w, ())):
            return False  # `блокираа улица, барајќи сместување`: what protesters demand, not something sought
        return self.lex.amount_preposition not in view.words(end, min(end + 5, clause_end))

    def _sport(self, view: SentenceView) -> bool:
        """The sentence has a word of a match report (computed once per sentence)."""
        if view.index not in self.sport_sentences:
            self.sport_sentences[view.index] = view.contains(view.first, view.end, self.lex.sport_words)
        return self.sport_sentences[view.index]

    def _reflexive_after(self, view: SentenceView, i: int) -> bool:
        return i + 1 < view.end and self.text.tokens[i + 1].low in self.lex.reflexive

    def _with_reflexive(self, view: SentenceView, i: int) -> int:
        return i - 1 if i - 1 >= view.first and self.text.tokens[i - 1].low in self.lex.reflexive else i

    def _object_of_verb(self, view: SentenceView, cand: Candidate, candidates: list[Candidate]) -> bool:
        """`се заканува со напад`, `побара помош`, `ја откажа посетата`: the noun is what the
        verb's act is about, not a second event (unless a time adverbial opens it: `за време на
        посетата`)."""
        k = view.clause_of(cand.first)
        before = view.words(max(view.first, cand.first - 3), cand.first)
        if any(tuple(before[-len(seq):]) == seq for seq in self.lex.time_adverbials):
            return False
        light = self._light_verb(view, cand) if cand.trigger.noun else None
        # (`ги осуди санкциите и најави контрамерки`: a light verb after the other act makes the noun its own)
        return cand.trigger.noun and (any(self._verbal(view, c) and c.end <= cand.first and view.clause_of(c.first) == k
                                          and (light is None or light < c.end) for c in candidates)
                                      or self._statement_noun_object(view, cand, candidates)
                                      or any(not c.trigger.noun and c.span_first > cand.end and view.clause_of(c.first) == k
                                             and self.text.tokens[c.span_first - 1].low in self.lex.reporting.object_clitics
                                             and self._fronted_act(view, c.span_first - 1, candidates) is cand
                                             for c in candidates))

    def _fronted_act(self, view: SentenceView, clitic: int, candidates: list[Candidate]) -> Candidate | None:
        """The act's noun opening the clause of a verb doubled by the object clitic at `clitic` (`Апелот го поддржа
        Германија`, `Потпишувањето на договорот го поздрави ЕУ`): the verb's object, the subject after the verb."""
        k = view.clause_of(clitic)
        clause_first = view.clauses[k].first + (1 if view.clauses[k].opener else 0)
        return next((c for c in candidates if c.trigger.noun and clause_first <= c.first < clause_first + 2
                     and c.end <= clitic and not any(self.text.tokens[i].text in CLAUSE_MARKS for i in range(c.end, clitic))),
                    None)

    def _statement_noun_object(self, view: SentenceView, cand: Candidate, candidates: list[Candidate]) -> bool:
        """`Осудата на нападот`, `критиките за апсењето`: a noun right under a statement noun's
        `на` or recipient preposition (an adjective at most between) is what the statement is about."""
        return any(c.trigger.noun and c.trigger.type in SPEECH_ACTS and c.end < cand.first <= c.end + 2
                   and (self.text.tokens[c.end].low == self.lex.genitive or self.text.tokens[c.end].low in c.trigger.slots.recipient)
                   and all(t.low.endswith(self.lex.adjective_endings) for t in self.text.tokens[c.end + 1:cand.first])
                   for c in candidates)

    def _verbal(self, view: SentenceView, cand: Candidate) -> bool:
        """A verb trigger, or a noun trigger a light verb makes an act (`стави вето на …`) or a
        reflexive possessive gives to the clause subject (`го повтори својот повик`)."""
        return not cand.trigger.noun or self._light_verb(view, cand) is not None or self._own(view, cand)

    def _light_verb(self, view: SentenceView, cand: Candidate) -> int | None:
        """The light verb that makes the noun trigger an act, right before it or past the noun's
        modifiers (`изврши масовен напад`), else None."""
        words = self.lex.reporting
        function_words = words.prepositions | words.coordinators | words.clitics | words.complementisers
        modifiers = 0
        for i in range(cand.first - 1, view.first - 1, -1):
            tok = self.text.tokens[i]
            if tok.low in self.lex.light_verbs:  # (`да се спроведе истрага`: a passive, no subject's act)
                return None if i > view.first and self.text.tokens[i - 1].low in self.lex.reflexive else i
            if tok.text == "-" or (tok.text == "." and i > view.first and self.text.tokens[i - 1].text.isdigit()):
                continue  # (`19-тиот пакет санкции`, `19. пакет санкции`: one word)
            modifiers += 1
            part = (tok.low in self.lex.partitive_prepositions and i > view.first
                    and self.text.tokens[i - 1].low in self.lex.partitive_words)  # `изврши еден од најголемите напади`
            if modifiers > LIGHT_VERB_MODIFIERS or not tok.text[0].isalnum() or tok.cap or (tok.low in function_words and not part):
                return None
        return None

    def _possessor_agrees(self, view: SentenceView, cand: Candidate, subject: Group) -> bool:
        """A third person's possessive (`нејзините критики`) before the noun has the subject as
        owner only when the subject is one person whose names do not show the other gender (only a
        feminine name shows one); the reflexive `својот` any subject."""
        gender = self.lex.gendered_possessives.get(self.text.tokens[cand.first - 1].low)
        if gender is None:
            return True
        people = subject.entities
        shown = self._person_gender(people[0]) if len(people) == 1 else None
        return len(people) == 1 and people[0] in self.persons and (shown is None or shown == gender)

    def _described(self, view: SentenceView, cand: Candidate) -> bool:
        """A passive participle that names or describes people rather than tells an act: a definite
        form (`уапсените`), one right after a determiner (`сите уапсени`, `оние обвинети`) or after
        a group of people a preposition governs (`регистар за лица осудени за …`)."""
        low = self.text.tokens[cand.first].low
        before = self.text.tokens[cand.first - 1].low if cand.first > view.first else None
        governed_group = (cand.first - 2 >= view.first and before in self.lex.sector_heads
                          and self.text.tokens[cand.first - 2].low in self.lex.reporting.prepositions)
        return low.endswith(self.lex.described_participles) or before in self.lex.describing_determiners or governed_group

    def _attributive(self, view: SentenceView, cand: Candidate, candidates: list[Candidate]) -> bool:
        """A participle right after the definite noun another verb acts on (`го екстрадираше
        бегалецот осуден за убиство`): it describes that person; the act told is the verb's."""
        at = cand.first - 1
        if at <= view.first:
            return False
        noun = self.text.tokens[at]
        if (noun.word and not noun.cap and noun.low.endswith(DEFINITE_ENDINGS)
                and any(not c.trigger.noun and c is not cand and 0 < at - c.end + 1 <= ATTRIBUTIVE_REACH for c in candidates)):
            return True
        # (`Иран погуби маж осуден за шпионажа`, `санкции против … компании од ОАЕ обвинети за …`: with its reason
        # after it and no form of "be" before it, a participle after a noun of another verb's clause describes it)
        k = view.clause_of(cand.first)
        # (not after `и`: `беше уапсен и обвинет за …` tells both acts)
        return (noun.word and noun.low not in self.lex.passive_auxiliaries | self.lex.reflexive | self.lex.reporting.coordinators
                and cand.end < view.end and self.text.tokens[cand.end].low in self.lex.participle_reasons
                and any(not c.trigger.noun and c is not cand and c.end <= at + 1 and view.clause_of(c.first) == k for c in candidates))

    def _faced(self, view: SentenceView, cand: Candidate) -> bool:
        """A noun after `се соочи со` (`се соочи со критики`, `се соочуваме со тивок штрајк`):
        what its subject faces, with no actor told."""
        before = view.words(max(view.first, cand.first - FACED_REACH), cand.first)
        return self.lex.facing_preposition in before and any(w.startswith(self.lex.facing_verbs) for w in before)

    def _framing(self, view: SentenceView, cand: Candidate) -> bool:
        """A noun opening its sentence in a scene adverbial (`Во разговорите со …, X истакна`,
        `На самитот во април, X побара`): it frames what the sentence tells (`По разговорите
        со …` tells that they were held)."""
        head = view.words(view.first, cand.first)
        if len(head) > FRAME_REACH or cand.first == view.first:
            return False
        return head[0] in self.lex.frame_prepositions

    def _opened_passive(self, view: SentenceView, cand: Candidate) -> str | None:
        """The sector of the unnamed actor when a passive participle of opening fitting the noun's
        entry or mode stands among the two words before it (`Започната е истрага`: the police; `е
        подигнато обвинение`: the prosecutors)."""
        sector, words = self.lex.opened_passives.get(cand.trigger.id) or self.lex.opened_passives.get(
            cand.trigger.mode or "", (None, frozenset()))
        found = any(self.text.tokens[i].low in words for i in range(max(view.first, cand.first - 2), cand.first))
        return sector if found else None

    def _own(self, view: SentenceView, cand: Candidate) -> bool:
        """The noun trigger follows a reflexive possessive (`својот повик`, `својата истрага`)."""
        return cand.trigger.noun and cand.first > view.first and self.text.tokens[cand.first - 1].low in self.lex.own_possessives

    def _governing_act(self, view: SentenceView, cand: Candidate, candidates: list[Candidate]) -> Candidate | None:
        """The act a `да`/`дека` clause is the content of (`одбива да попушти`, `ги обвини
        дека нападнале`): a verb trigger of a speech-act type in the clause before."""
        k = view.clause_of(cand.first)
        clause = view.clauses[k]
        if not k or not (clause.opener in self.lex.subjunctive or clause.opener in self.lex.reporting.complementisers):
            return None
        governing = k - 1
        while (governing > 0 and view.clauses[governing].opener == clause.opener
               and set(view.clauses[governing + 1].before_opener[-1:]) & self.lex.coordinators):
            governing -= 1  # `го обвини дека … и дека убил …`: a second content clause joined by `и` has the same act
        # (not past a verb of saying after it: `ги осуди санкциите и рече дека Техеран ќе одговори` tells what was said)
        return next((c for c in candidates if c.trigger.type in SPEECH_ACTS and view.clause_of(c.first) == governing
                     and not any(t.low in self.lex.reporting.verbs for t in self.text.tokens[c.end:clause.first])),
                    None)  # a noun too: `упати покана до X да …`

    def _resumed_clause(self, view: SentenceView, cand: Candidate) -> int | None:
        """The clause before a `дека` clause that a statement verb after `и` goes back to, when
        the `дека` clause names no subject of its own (`го обвини дека ги поддржува напаѓачите и
        побара оставка`, `потврди дека мигрантите … и му се заблагодари на Трамп`) or tells only
        what will be or must be (`рече дека Владата ќе … и ги повика синдикатите`)."""
        k = view.clause_of(cand.first)
        if not k or cand.trigger.noun or cand.trigger.type not in STATEMENT_TYPES:
            return None
        clitics = self.lex.reporting.object_clitics | self.lex.dative_clitics | self.lex.plural_object_clitics | self.lex.reflexive
        opener = view.clauses[k].opener
        told = k - 1
        while told > 0 and view.clauses[told].opener in self.lex.subjunctive:
            told -= 1  # (`дека Македонија нема да ги промени …`: the `да` clause is part of what is told)
        if (told > 0 and opener in self.lex.contrast_openers and view.clauses[told].opener in self.lex.reporting.complementisers
                and all(t.low in clitics for t in self.text.tokens[view.clauses[k].first + 1:cand.first])):
            return told - 1  # `повтори дека Македонија нема да …, но побара од Софија`: the speaker asks
        if opener in self.lex.subjunctive and told > 0 and view.clauses[told].opener in self.lex.reporting.complementisers:
            content = told  # `рече дека Србија мора да го признае Косово и ја повика ЕУ`: the told clause goes on in `да`
        elif opener in self.lex.subjunctive and self._refusal_content(view.clauses[k]):
            # `одби да ја посети Украина и го обвини Зеленски`: the refuser accuses (the `да` clause's
            # names are what is refused, no subject of its own)
            return k - 1 if self._coordinator_before(view, cand) is not None else None
        elif opener in self.lex.reporting.complementisers:
            content = k
        else:
            return None
        at = self._coordinator_before(view, cand)
        if at is None:
            return None
        named = [g for g in view.groups if content <= g.clause <= k and g.end <= at and g.governor is None and self._subject_like(g)]
        if named and not self._unnarrated(view.clauses[content].first, at, cand) and not (
                content - 1 == 0 and self._opening_body(view) is not None and all(len(g.entities) == 1 for g in named)
                and self.text.tokens[cand.first].low.endswith(self.lex.plural_verb_endings)):
            return None
        # (`Од ВМРО-ДПМНЕ возвратија дека СДСМ лаже и ги обвинија …`: the plural verb goes on with the
        # body that opens the sentence, not with the one party named in what it said)
        return content - 1

    def _refusal_content(self, clause) -> bool:
        """The clause is the `да` clause of a refusal verb (`одби да присуствува`)."""
        governor = clause.before_opener[-1:]
        return bool(governor) and any(t.type == "REJECT" and not t.noun for t in self.lex.single.get(governor[0], ()))

    def _coordinator_before(self, view: SentenceView, cand: Candidate) -> int | None:
        """The `и` right before the trigger and its clitics (`… и ја повика`), inside its clause."""
        clitics = self.lex.reporting.object_clitics | self.lex.dative_clitics | self.lex.plural_object_clitics | self.lex.reflexive
        at = cand.first - 1
        while at > view.clauses[view.clause_of(cand.first)].first and self.text.tokens[at].low in clitics:
            at -= 1
        return at if self.text.tokens[at].low in self.lex.reporting.coordinators else None

    def _unnarrated(self, first: int, end: int, cand: Candidate) -> bool:
        """Tokens first..end of a told clause tell what will be or must be (`дека Владата ќе …`,
        `дека Србија мора да …`), or tell it in the renarrated l-form while the trigger is no l-form
        (`дека Русија нападнала … и побара`): no act its subject might go on with."""
        lex, tokens = self.lex, self.text.tokens
        # (a verb: a trigger's form, or a word after a verb clitic: `го прекршил`)
        renarrated = not tokens[cand.first].low.endswith(lex.l_form_endings) and any(
            tokens[i].low.endswith(lex.l_form_endings) and not tokens[i].cap
            and (any(not v.noun for v in lex.single.get(tokens[i].low, ())) or tokens[i - 1].low in lex.verb_clitics)
            for i in range(first + 1, end))
        return renarrated or any(t.low in lex.unnarrated_words for t in self.text.tokens[first + 1:end])

    def _opening_body(self, view: SentenceView) -> Group | None:
        """The name after a speaker preposition opening the sentence before a plural verb (`Од СДСМ велат`)."""
        tokens = self.text.tokens
        if tokens[view.first].low not in self.lex.source_subject_prepositions:
            return None
        group = next((g for g in view.groups if self._opens_after_preposition(view, g)), None)
        return group if group is not None and group.end < view.end and tokens[group.end].low.endswith(self.lex.plural_verb_endings) else None

    def _opens_after_preposition(self, view: SentenceView, group: Group) -> bool:
        """The group follows the sentence's opening preposition, with only lower-case words
        (adjectives) between (`Од опозициската Левица`)."""
        return group.first > view.first and all(t.word and not t.cap for t in self.text.tokens[view.first + 1:group.first])

    def _content_recipient(self, view: SentenceView, cand: Candidate, slots: tuple[str, ...],
                           actor: Group | None) -> Group | None:
        """A speech act's recipient named in its content clause (`одбива да попушти во
        санкциите врз Северна Кореа`): the first name there that is bare or under one of the
        recipient prepositions and not of the actor's own country (`Нетанјаху се закани дека
        Израел ќе …`: Israel is the threat's agent, not its target)."""
        k = self._content_clause(view, cand)
        if k is None or cand.trigger.type not in SPEECH_ACTS or self._dative_before(view, cand) or self._clitic_object(view, cand):
            # (`Тој ѝ вети дека Србија ќе …`, `… и го повика да ја формира Заедницата`: the clitic says
            # to whom, the content names no one)
            return None
        if cand.trigger.type == "REJECT" and any(t.low in self.lex.rebutted_words
                                                  for t in self.text.tokens[cand.end:view.clauses[k].first]):
            return None  # `ги отфрли обвинувањата дека ги вооружува РСФ`: what is denied, the accuser is told before
        own = {self.entities[e].country for e in (actor.entities if actor else []) if e in self.entities} - {None}
        slots = (*slots, *self.lex.content_recipient_prepositions.get(cand.trigger.type, ()))
        end = self._coordinated_verb(view, view.clauses[k].first)  # (`одби да … и ја обвини Владата`: the next verb's object)
        return next((g for g in view.groups if g.clause == k and g.first < end and (g.governor is None or g.governor in slots)
                     and not self._of_countries(g, own)), None)

    def _acts_as(self, speaker: str, actors: list[str]) -> bool:
        """The speaker, or an organ derived from it (`Атина` and the government it stands for), is
        among the actors."""
        return speaker in actors or any(key[0] == speaker and organ.id in actors for key, organ in self.derived.items())

    def _state_spokesperson(self, view: SentenceView, cand: Candidate, actors: list[str]) -> str | None:
        """The member of a government named before his reported statement (`X изјави дека …`) when the act's
        one actor is a place of his own state (the state, its capital) and the statement says what it will or
        will not do (`ќе`, `нема да`): the promise or refusal is his act. Not a state's disposition (`Македонија
        е подготвена да …`), nor a fact attributed after it (`Иран ги отфрли барањата, изјави портпаролот`)."""
        start = self.text.tokens[cand.first].start
        sentence_start = self.text.tokens[view.first].start
        quote = next((q for q in self.doc.quotes if not q.direct and q.speaker in self.entities and q.start <= start < q.end
                      and any(sentence_start <= m.start and m.end <= q.start for m in self.entities[q.speaker].mentions)), None)
        if quote is None or len(actors) != 1 or actors[0] not in self.entities:
            return None
        k = view.clause_of(cand.first)
        if k and view.clauses[k].opener in self.lex.subjunctive:
            k -= 1  # (`ќе продолжат да испорачуваат`, `нема да дозволи`: the will is told before the `да`)
        if not any(w in self.lex.future or w in self.lex.negation for w in view.words(view.clauses[k].first, cand.end)):
            return None
        person, state = self.entities[quote.speaker], self.entities[actors[0]]
        if person.type == "PER" and person.sector == "GOV" and person.country and state.type == "GPE" and state.country == person.country:
            return quote.speaker
        return None

    def _own_force_act(self, quote: Quote, told: list[Coded]) -> bool:
        """The quote tells a strike or arrest by its own speaker (`Армијата соопшти дека убила командант …
        одговорен за ракетните напади`): the words of blame describe the target, the act is the event."""
        return any(c.event.type in FORCE_ACTS and self._acts_as(quote.speaker, c.event.actor) and quote.start <= c.event.trigger.start < quote.end
                   for c in told)

    def _of_countries(self, group: Group, countries: set[str]) -> bool:
        """Every entity of the group belongs to one of `countries`."""
        found = {self.entities[e].country for e in group.entities if e in self.entities}
        return bool(countries) and bool(found) and None not in found and found <= countries

    # ---- one event -------------------------------------------------------------------------

    def _reported_statements(self, view: SentenceView, told: list[Coded]) -> tuple[list[Coded], list[Coded]]:
        """Statements no trigger names, told by a quote with a speaker: blame (`„... е виновна
        владата“, рече X`) is ACCUSE disapprove, the other name in the quote the document
        introduced first its recipient (blaming no one named, it is coded only when the speech
        verb has an object, the thing judged); an obligation laid on a name (`Албанија треба да ...`,
        рече X) is REQUEST, that name its recipient, and so is a necessity laid on names (`рече дека
        е важно Србија и Косово да …`). The speech verb is the trigger. A quote is left out when a
        trigger of the sentence already names a statement by its speaker (`Турција бара …, но САД
        тврдат дека Атина мора …` keeps the second); a statement trigger inside it leaves only
        the necessity, and is dropped as its content (returned second)."""
        tokens = self.text.tokens
        found, dropped = [], []
        for quote in self.doc.quotes:
            if quote.sentence != view.index:
                continue
            if quote.speaker not in self.entities:  # `Грчкото министерство … соопшти дека …`: an organ no entity names
                organ = self._speaking_organ(view, quote) or self._speaking_pronoun(view, quote)
                if organ is None:
                    continue
                quote = quote.model_copy(update={"speaker": organ})
            if self.entities[quote.speaker].type != "PER":
                self.body_speakers[view.index] = quote.speaker
            if self.entities[quote.speaker].sector == "JRN":
                continue  # `…, јавува ФЕНА`: an outlet relays what happened, it blames or praises no one
            # a kind of statement a trigger of the sentence already tells of the speaker is not told
            # again (`Курти ги отфрли обвинувањата … и рече дека тие се „пропаганда“`: the blame still is)
            said = {c.event.type for c in told if c.event.type in STATEMENT_TYPES and self._acts_as(quote.speaker, c.event.actor)}
            # a statement trigger inside the quote leaves only a necessity laid on others, whose
            # content it is (`важно Србија и Косово да постигнат договор`: no agreement reached)
            inner = [c for c in told if c.event.type in STATEMENT_TYPES and quote.start <= c.event.trigger.start < quote.end]
            first, end = self.text.token_at(quote.start), self.text.token_at(quote.end)
            # `велејќи предлогот дека Британија треба да … е „апсурден“`: an obligation in someone
            # else's idea is no demand of the speaker's (the judgement of it still counts)
            hearsay = first >= 2 and tokens[first - 1].low in self.lex.reporting.complementisers and tokens[first - 2].low in self.lex.claim_heads
            # (`најкорумпираната` matched as `корумпираната`: the cue lists hold positive forms)
            words = [self._positive(t.low) for t in tokens[first:end]]
            # (the coder's derived actors too, after the document's: `министерот за здравство е некомпетентен`)
            others = [(m, e) for e in self.entities.values() for m in e.mentions
                      if quote.start <= m.start and m.end <= quote.end and e.id != quote.speaker and e.type != "LOC"]
            acts = []
            warning = next((i for i in range(view.first, first) if tokens[i].low in self.lex.warning_verbs), None)
            rebutted = next((c.event for c in inner if c.event.trigger.text.lower() in self.lex.rebutted_words), None)
            claims = next((i for i, w in enumerate(words) if w in self.lex.denied_claims), None)
            # words of blame, not a topic fought against (`напредок во борбата против корупцијата`)
            # nor one denied (`нема да се меша во внатрешните работи`: the speaker's own restraint)
            blame = [at for at in _sequence_starts(words, self.lex.accusation_words)
                     if not set(words[max(0, at - BLAME_TOPIC_REACH):at]) & self.lex.blame_topic_words
                     and not set(words[max(0, at - SITUATION_REACH):at]) & self.lex.situation_words
                     and not self._negated_word(words, at)]
            # `обвинувањата на X се лага`, `критиките на опозицијата се неосновани`
            denied = claims is not None and (any(at > claims for at in blame) or _has_sequence(words[claims + 1:], self.lex.denial_words))
            if rebutted is not None and (_has_sequence(words, self.lex.denial_words) or denied):
                # `изјави дека обвинувањата на Белград се неточни`: the accusation told inside stays, its author denied
                acts.append(("REJECT", None, "reject.reported_denial+recipient:accuser",
                             [a for a in rebutted.actor if a != quote.speaker]))
            elif (warning is not None and (_has_sequence(words, self.lex.threat_words)
                                           # `предупреди дека ако Иран …, ќе следуваат удари`: what will follow a condition,
                                           # or last until one is met (`блокадата ќе трае додека Владата не попушти`)
                                           or ((set(words) & self.lex.hypothetical_openers or _until(words, self.lex))
                                               and set(words) & self.lex.future))) or (
                    _has_sequence(words, self.lex.stated_threats) and set(words) & self.lex.hypothetical_openers):
                # `ја предупреди Приштина дека нема да толерира …`: consequences announced, a threat
                # to the one warned (the object between the verb and the statement), else to the
                # first other name in it that is not the speaker's own side: a place of its country, or for an
                # organ of a state that state's organs (a union may threaten its government, a minister a union)
                own, sector = self.entities[quote.speaker].country, self.entities[quote.speaker].sector
                warned = next((g for g in view.groups if g.governor is None and warning is not None and warning < g.first
                               and g.end <= first and quote.speaker not in g.entities), None)
                named = [e.id for _, e in sorted(others, key=lambda me: me[0].start)
                         if not (own and e.country == own and (e.type in PLACE_TYPES or {sector, e.sector} <= STATE_SECTORS))]
                acts.append(("THREATEN", None, "threaten.reported_warning",
                             self._group_entities(warned) if warned else named[:1]))
            elif inner:
                # `Унгарија ги блокира парите … и дека тоа е неприфатливо`: blame after another's act told is of its author
                # (an act done, not one promised or supposed: `кога Комисијата ќе предложи …, тие може … погрешна порака`)
                judged = [c.event for c in inner if quote.speaker not in c.event.actor and c.event.actor
                          and c.event.status == "asserted" and "future" not in c.event.rule
                          and any(tokens[first + at].start > c.event.trigger.end for at in blame)]
                if judged and not self._fact_source(quote.speaker):
                    acts.append(("ACCUSE", "disapprove", QUOTED_BLAME_RULE + "+recipient:judged", judged[-1].actor))
            elif denied and not self._fact_source(quote.speaker):
                # `тврдењата на Киев се целосна лага`: blaming someone's claims denies them, a REJECT of
                # their author (the first other name after the claims, not a place of the speaker's
                # country; a party or person of it may be: `тврдењата на СДСМ се лага`, said by VMRO-DPMNE)
                own = self.entities[quote.speaker].country
                author = [e.id for m, e in sorted(others, key=lambda me: me[0].start)
                          if m.start >= tokens[first + claims].end and not (own and e.country == own and e.type in PLACE_TYPES)
                          and not self._clause_opened(first + claims, m.start)][:1]
                acts.append(("REJECT", None, "reject.reported_denial",
                             author or self._blamed_opposition(view, first + claims, end, own)))
            elif blame and not self._fact_source(quote.speaker) and not _has_sequence(words, self.lex.denial_words) \
                    and not self._own_force_act(quote, told):
                # not the speaker's own state (`реториката на Моралес ја поткопа добрата волја на Чиле`, said by a Chilean)
                # nor, said by a member of the government, that government (`Владата нема да … под диктат`)
                # nor the speaker's own party (`Филипче рече дека СДСМ направи грешка`: self-criticism)
                own, sector = self.entities[quote.speaker].country, self.entities[quote.speaker].sector
                ours = [(m, e) for m, e in others if self._own_side(quote.speaker, e) or (own and e.country == own and is_state(e.kb_id))]
                blamed = [(m, e) for m, e in others if (m, e) not in ours and not (
                    own and e.country == own and sector == "GOV" and e.sector == sector and e.type == "ORG")]
                # the name right before the first word of blame, in its clause, is whom it is said of: one's own side,
                # no one else (`Србија погрешно ја водела политиката кон Косово`, said by a Serb)
                said_of = max(((m, e) for m, e in others if m.end <= tokens[first + blame[0]].start), key=lambda me: me[0].end,
                              default=None)
                if said_of is not None and self._clause_opened(self.text.token_at(said_of[0].end), tokens[first + blame[0]].start):
                    said_of = None  # (`… против Србија и дека тоа е провокација`)
                if said_of is None or said_of not in ours:
                    # (`Брисел ги уценува …`: the EU, as with an obligation laid on it)
                    blamed_ids = (self._mentioned(*blamed[0]) if blamed else []) or self._blamed_opposition(view, first, end, own)
                    acts.append(("ACCUSE", "disapprove", QUOTED_BLAME_RULE, blamed_ids))
            elif _has_sequence(words, self.lex.praise_words) or _has_sequence(words, self.lex.denial_words):
                # `рече дека Црна Гора постигна значителен напредок во …`: praise of the name before the
                # cue (the one who made progress), else the first after it (`задоволен од напредокот на
                # Македонија`); a denial (`изјави дека обвинувањата на X се неточни`) the same way
                praise = _has_sequence(words, self.lex.praise_words)
                at = tokens[first + _sequence_starts(words, self.lex.praise_words if praise else self.lex.denial_words)[0]].start
                ordered = sorted(others, key=lambda me: me[0].start)
                own = self.entities[quote.speaker].country
                if praise:  # `Македонија има одлични односи со Србија`: praise is of another than the speaker's own state or
                    # place, party or self (`Филипче рече дека СДСМ направи одлична работа`)
                    ordered = [(m, e) for m, e in ordered if not (own and e.country == own and e.type in PLACE_TYPES)
                               and not self._own_side(quote.speaker, e)]
                else:  # `Србија нема никаква врска со нападот во Бањска`: the speaker's own side denies, the accuser
                    # is another (a rival party of the speaker's country may be: `тоа е спин на СДСМ`), and no place
                    # where the thing denied happened
                    ordered = [(m, e) for m, e in ordered if not (own and e.country == own and (
                        e.type in PLACE_TYPES or e.sector in STATE_SECTORS or self._own_side(quote.speaker, e))) and not (
                        e.type in PLACE_TYPES and tokens[self.text.token_at(m.start) - 1].low in self.lex.location_prepositions)]
                before = [e for m, e in ordered if m.end <= at]
                # (`не е точно дека Србија ќе …`: a name in the clause denied is no accuser)
                after = [e for m, e in ordered if m.start >= at and not self._clause_opened(self.text.token_at(at), m.start)]
                target = before[-1:] or after[:1]
                acts.append(("SUPPORT", None, "support.reported_praise", [e.id for e in target]) if praise
                            else ("REJECT", None, DENIAL_RULE,  # (`обвинувањата на опозицијата се неосновани`)
                                  [e.id for e in target] or self._blamed_opposition(view, first, end, own)))
            elif any(tokens[i].low in self.lex.retort_verbs or (tokens[i].low in self.lex.answer_verbs and (
                    (i > view.first and tokens[i - 1].low in self.lex.dative_clitics)
                    or (tokens[i + 1].low in self.lex.reporting.complementisers and not self._after_question(view))))
                     for i in range(view.first, first)) and not self._fact_source(quote.speaker):
                # `Министерката возврати дека одлуката е донесена по инспекција`, `Анкара одговори дека …`: a retort
                # answers an accusation (guidelines: a rebuttal is REJECT toward the accuser, found before it; with
                # none before it, no event)
                acts.append(("REJECT", None, DENIAL_RULE, []))
            # `не е точно дека Србија ќе воведе санкции`: the act in the clause denied is no event (as with `негираше дека`)
            for opener in _sequence_ends(words, self.lex.denial_words):
                if opener < len(words) and words[opener] in self.lex.reporting.complementisers:
                    dropped.extend(c for c in told if tokens[first + opener].end <= c.event.trigger.start < quote.end)
            content: list[Coded] = []  # the events inside the quote a REQUEST's content replaces
            kept = [i for i, w in enumerate(words) if w not in self.lex.obligation_fillers]
            for at in ([] if hearsay else _sequence_starts([words[i] for i in kept], self.lex.obligation_words)):
                modal = tokens[first + kept[at]].start
                da = next((j for j in range(first + kept[at], end) if tokens[j].low in self.lex.subjunctive), end)
                after = [t.low for t in tokens[da + 1:min(da + 3, end)]]
                if len(after) == 2 and after[0] in self.lex.dative_clitics and after[1] in self.lex.reflexive:
                    continue  # `треба да му се даде одговорноста`: an impersonal passive, the name before it is given, not obliged
                bearer = [(m, e) for m, e in others if m.end <= modal and self.text.token_at(modal) - self.text.token_at(m.end) <= OBLIGATION_REACH]
                if bearer and any(t.low in self.lex.fact_openers
                                  for t in tokens[max(view.first, self.text.token_at(bearer[-1][0].start) - 1):first + kept[at]]):
                    continue  # `не е добро што Владата мора да …`, `за X што претседателот мора да …`: a fact told, no demand
                if bearer and self._self_or_own_state(quote.speaker, bearer[-1][1]):
                    continue  # `Мицкоски рече дека Македонија мора да …`: a duty of one's own state is a stance, no demand
                if bearer:
                    # (`Канада и Шпанија мора да …`: the names coordinated with it are obliged with it)
                    at_name = self.text.token_at(bearer[-1][0].start)
                    joined = next((g for g in view.groups if g.first <= at_name < g.end and len(g.entities) > 1
                                   and quote.speaker not in g.entities), None)
                    acts.append(("REQUEST", "change", "request.reported_obligation",
                                 self._group_entities(joined) if joined else self._mentioned(*bearer[-1])))
                    content = [c for c in inner if c.event.trigger.start > modal]
                    break
                named = self._state_referred(quote.start, view.index) if at and [words[i] for i in kept][at - 1] in self.lex.state_anaphora else None
                if named is not None:  # `„Земјата мора да ги забрза реформите“`: the state the text spoke of
                    acts.append(("REQUEST", "change", "request.reported_obligation+recipient:anaphora", [named]))
                    content = [c for c in inner if c.event.trigger.start > modal]
                    break
                if at and (bearer_sector := self.lex.head_sector([words[i] for i in kept][at - 1])):  # `земјите мора да …`: an unnamed organ or group
                    if bearer_sector == "CVL" and self.entities[quote.speaker].sector in STATE_SECTORS:
                        break  # `Министерката рече дека граѓаните треба да користат јавен превоз`: a state's advice to the public
                    acts.append(("REQUEST", "change", "request.reported_obligation+recipient:unnamed", []))
                    break
                if not at and first > view.first:  # `рече дека земјите од регионот „мора да …“`: the bearer before the quote mark
                    opener = next((j for j in range(first - 1, max(view.first, first - OBLIGATION_REACH - 2) - 1, -1)
                                   if tokens[j].low in self.lex.reporting.complementisers), None)
                    if opener is None:
                        continue
                    before = [e for e in self.doc.entities for m in e.mentions if tokens[opener].end <= m.start and m.end <= quote.start
                              and e.id != quote.speaker and e.type != "LOC"]
                    span_words = [t.low for t in tokens[opener + 1:first]]
                    if before:
                        acts.append(("REQUEST", "change", "request.reported_obligation", [before[-1].id]))
                        break
                    if any(self.lex.head_sector(w) or w in self.lex.stateless_heads for w in span_words):
                        acts.append(("REQUEST", "change", "request.reported_obligation+recipient:unnamed", []))
                        break
            # `„Белград да престане со провокациите“, изјави X`: a name opening the statement with a bare `да`,
            # or with the jussive `нека` before or after it (`„Нека Белград престане …“`), is told to act
            jussive = tokens[first].low in self.lex.jussive
            lead = tokens[first + 1].start if jussive and first + 1 < end else quote.start
            opening = next(((m, e) for m, e in others if m.start == lead), None)
            if opening is not None and not hearsay and not any(act[0] == "REQUEST" for act in acts):
                after = [i for i in range(self.text.token_at(opening[0].end), end) if tokens[i].low not in self.lex.obligation_fillers]
                if after and (jussive or tokens[after[0]].low in self.lex.subjunctive | self.lex.jussive) \
                        and not self._self_or_own_state(quote.speaker, opening[1]):
                    acts.append(("REQUEST", "change", "request.reported_obligation", self._mentioned(*opening)))
                    # (the act asked for is not done: `Вучиќ да ги повлече трупите`, no withdrawal)
                    content = [c for c in told if tokens[after[0]].start < c.event.trigger.start < quote.end]
            timely = set(_sequence_starts(words, self.lex.timeliness_words))
            for at in ([] if hearsay or any(act[0] == "REQUEST" for act in acts)
                       else sorted(timely.union(_sequence_starts(words, self.lex.necessity_words)))):
                # `е исклучително важно Македонија и Грција да постигнат компромис`: the names
                # between the word of necessity and its `да` are asked (not the speaker's own state)
                if any(w in self.lex.hypothetical_openers for w in words[max(0, at - 3):at]):
                    continue  # `може, доколку е потребно, да употреби сила`: a condition, no one asked
                da = next((j for j in range(at + 1, min(len(words), at + 1 + NECESSITY_REACH)) if words[j] in self.lex.subjunctive), None)
                if da is None:
                    continue
                lo, hi = tokens[first + at].end, tokens[first + da].start
                ordered = sorted(others, key=lambda me: me[0].start)
                bearers = list(dict.fromkeys(e.id for m, e in ordered if lo <= m.start and m.end <= hi
                                             and not self._self_or_own_state(quote.speaker, e)))
                if not bearers and da - at <= 3 and at not in timely:  # `од суштинска важност да се реши спорот со Македонија`: whom the task concerns
                    own = self.entities[quote.speaker].country
                    bearers = [e.id for m, e in ordered if m.start >= hi and not (own and e.country == own)][:1]
                if bearers:
                    acts.append(("REQUEST", "change", "request.reported_necessity", bearers))
                    content = [c for c in inner if c.event.trigger.start >= tokens[first + da].start]
                    break
            acts = [act for act in acts if act[0] not in said]
            referred = self._referred(view, quote)
            if referred:  # `„Тој е лажго“, рече X, мислејќи на Y`: the one the speaker meant
                acts = [(etype, mode, rule if recipient else rule + "+recipient:referred", recipient or referred)
                        for etype, mode, rule, recipient in acts]
            if not acts:
                continue
            verbs = [i for i in range(view.first, view.end) if tokens[i].low in self.lex.reporting.verbs
                     and not quote.start <= tokens[i].start < quote.end]
            if not verbs:  # `Според Захарова, одлуката на X е …`: the source cue right before the speaker tells it
                verbs = [i for i in range(view.first, view.end) if tokens[i].low in self.lex.reporting.source_cues
                         and any(0 < self.text.token_at(m.start) - i <= 2 for m in self.entities[quote.speaker].mentions)]
            if not verbs and view.index == 0 and first > view.first and tokens[first - 1].text == ":":
                # a headline `Мицкоски: Грција е сигурен партнер`: the speaker's name before the colon tells it
                # (not an interview's `Древс: …` further on, an answer the questions frame)
                verbs = [self.text.token_at(m.start) for m in self.entities[quote.speaker].mentions
                         if view.first <= self.text.token_at(m.start) < first - 1][:1]
            if not verbs:
                continue
            verb = min(verbs, key=lambda i: min(abs(tokens[i].start - quote.start), abs(tokens[i].start - quote.end)))
            if first - 2 in verbs and tokens[first - 1].low in self.lex.reporting.complementisers:
                verb = first - 2  # `изјави дека … и најави мерки`: the verb whose `дека` opens the statement tells it
            if any(c.event.type in STATEMENT_TYPES and self._acts_as(quote.speaker, c.event.actor)
                   and c.event.trigger.start <= tokens[verb].start < c.event.trigger.end for c in told):
                continue  # the verb telling the quote is itself a coded statement (`се закани дека …`): the quote is its content
            if verb == view.first or tokens[verb - 1].low not in self.lex.reporting.object_clitics:
                # blame of no one named is no event, unless the speech verb has an object, the
                # thing judged (`го опиша предлогот како „лудост“`)
                # blame naming no one in a quote of its own sentence blames the person the sentence or two
                # before had as subject (`Министерот X ја опиша одлуката како „лудост“. … „Очигледно постои
                # судир на интереси“, рече Y`: Y answers X)
                # blame of the words a rejection by the speaker answers (`ги отфрли обвинувањата на X и рече дека
                # тие се „пропаганда“`) blames the one rejected
                answered = next((c.event.recipient for c in told if c.event.type == "REJECT"
                                 and self._acts_as(quote.speaker, c.event.actor) and c.event.recipient), [])
                judged = [] if first - view.first > 1 else next(
                    (self.subjects[k] for k in range(view.index - 1, view.index - 1 - JUDGED_ACT_REACH, -1)
                     if k in self.subjects and quote.speaker not in self.subjects[k]), [])
                judged = [e for e in judged if e in self.entities and self.entities[e].type == "PER"]
                # `ја оцени работата на Трамп и рече дека тој „ја води државата во погрешна насока“`: a
                # statement about `тој` blames the last other person named before it
                meant = [] if answered or not words or self.lex.reporting.pronouns.get(words[0]) not in ("masculine", "feminine") else [
                    e.id for m, e in sorted(((m, e) for e in self.doc.entities for m in e.mentions), key=lambda me: me[0].start)
                    if e.type == "PER" and e.id != quote.speaker and self.doc.sentence_of(m.start) >= view.index - 1
                    and m.end <= quote.start][-1:]
                found_by = "+recipient:answered" if answered else "+recipient:pronoun" if meant else "+recipient:paragraph"
                judged = answered or meant or judged
                acts = [(etype, mode, rule + (found_by if not recipient and judged and etype == "ACCUSE" else ""),
                         recipient or (judged if etype == "ACCUSE" else []))
                        for etype, mode, rule, recipient in acts]
                # (a denial naming no accuser waits for the accusation it answers, `_answer_accusations`)
                acts = [(etype, mode, rule, recipient) for etype, mode, rule, recipient in acts
                        if recipient or "unnamed" in rule or rule == DENIAL_RULE]
            else:  # `го нарече Шмит „…“`: the one named; `го опиша предлогот на г-дин Петров како „грешка“`: whose the thing judged is
                owner = next((g for g in view.groups if g.governor is None and verb < g.first and g.end <= first
                              and quote.speaker not in g.entities), None) or next(
                    (g for g in view.groups if g.governor == self.lex.genitive and g.first < first
                     and 0 < g.first - verb <= NOUN_GENITIVE_REACH + 2 and quote.speaker not in g.entities), None)
                acts = [(etype, mode, rule, recipient or (self._group_entities(owner) if owner and etype == "ACCUSE" else []))
                        for etype, mode, rule, recipient in acts]
            clause = view.clauses[view.clause_of(verb)]
            named_here = quote.speaker in self.entities and any(
                tokens[clause.first].start <= m.start < tokens[clause.end - 1].end for m in self.entities[quote.speaker].mentions)
            when, weak = self._date(view, verb, verb + 1, named_here)
            speaker = self._speaker_group(view, quote.speaker)
            for etype, mode, rule, recipient in acts:
                event = Event(id="", type=etype, mode=mode, actor=speaker, recipient=recipient, date=when,
                              status="asserted", sentence=view.index,
                              trigger=Span(start=tokens[verb].start, end=tokens[verb].end, text=tokens[verb].text),
                              rule="+".join([rule, *(["date:publication"] if weak else [])]),
                              confidence=round(REPORTED_STATEMENT * (PUBLICATION_DATE if weak else 1), 3))
                found.append(Coded(event, weak))
                if etype == "REQUEST":
                    dropped.extend(content)
                if etype == "ACCUSE":  # `„Вучиќ е одговорен за нападот“`: the act one is blamed for is only alleged
                    dropped.extend(self._alleged_acts(quote, first, words, told))
        return found, dropped

    def _after_question(self, view: SentenceView) -> bool:
        """A question told in the sentence or the one before (`Новинарите го прашаа министерот …`)."""
        start = self.text.sentence_tokens(view.index - 1).start if view.index else view.first
        return any(t.low.startswith(self.lex.question_stems) for t in self.text.tokens[start:view.end])

    def _alleged_acts(self, quote: Quote, first: int, words: list[str], told: list[Coded]) -> list[Coded]:
        """The acts a statement blames someone for (`е одговорен за нападот`, `стои зад нападот`): noun
        triggers in the quote right after a word of responsibility or one word on (guidelines: an
        alleged act is not coded while it is only alleged)."""
        ends = _sequence_ends(words, self.lex.responsibility_words)
        return [c for c in told if quote.start <= c.event.trigger.start < quote.end and any(
            0 <= self.text.token_at(c.event.trigger.start) - first - end <= 1 for end in ends)
            and c.event.type not in STATEMENT_TYPES and any(t.noun and t.id == c.event.rule.split("+")[0]
                                                            for t in self.lex.single.get(c.event.trigger.text.lower(), ()))]

    def _referred(self, view: SentenceView, quote: Quote) -> list[str]:
        """The name right after a phrase of reference outside the quote (`…“, рече X, мислејќи на Y`)."""
        tokens = self.text.tokens
        for at in _sequence_starts([t.low for t in tokens[view.first:view.end]], self.lex.referent_cues):
            i = view.first + at
            if quote.start <= tokens[i].start < quote.end:
                continue
            cue = next(len(seq) for seq in self.lex.referent_cues
                       if all(i + j < view.end and tokens[i + j].low.startswith(part) for j, part in enumerate(seq)))
            group = next((g for g in view.groups if g.first == i + cue), None)
            if group is not None and quote.speaker not in group.entities:
                return self._group_entities(group)
        return []

    def _state_referred(self, before: int, sentence: int) -> str | None:
        """The state a singular `земјата`/`државата` refers to: the last state named before `before`
        in that sentence or the ones just before it."""
        return next((e.id for m, e in sorted(((m, e) for e in self.doc.entities for m in e.mentions),
                                             key=lambda me: -me[0].start)
                     if m.end <= before and sentence - self.doc.sentence_of(m.start) <= STATE_ANAPHORA_REACH and is_state(e.kb_id)), None)

    def _blamed_opposition(self, view: SentenceView, first: int, end: int, country: str | None) -> list[str]:
        """`… соопшти дека опозицијата шири лаги`, `„За ова е виновна претходната власт“`: blame
        that names no one but the opposition or the government is of that unnamed side of the
        speaker's country."""
        words = [t.low for t in self.text.tokens[first:end]]
        start = next(iter(_sequence_starts(words, self.lex.blamed_heads)), None)
        at = next((i for i in range(first + start, min(end, first + start + 2)) if self.text.tokens[i].low in self.lex.sector_heads),
                  None) if start is not None else None
        sector = self.lex.sector_heads.get(self.text.tokens[at].low) if at is not None else None
        if at is None or sector is None or country is None:
            return []
        tok = self.text.tokens[at]
        return [self._unnamed(view, None, sector, tok.low, tok.text, (tok.start, tok.end), country)]

    def _speaking_organ(self, view: SentenceView, quote: Quote) -> str | None:
        """The organ of a state a quote's unlinked speaker phrase names by its demonym (`Грчкото министерство за
        надворешни работи`, `Руското МНР`), or the unnamed office it names: the derived actor of its group, as for
        any other act's subject."""
        if not quote.speaker_text:
            return None
        lo, hi = self.text.tokens[view.first].start, self.text.tokens[view.end - 1].end
        at = self.doc.text.find(quote.speaker_text, lo, hi)
        if at < 0 or quote.start <= at < quote.end:
            return None
        group = next((g for g in view.groups if g.governor is None
                      and at <= self.text.tokens[g.first].start < at + len(quote.speaker_text)), None)
        ids = self._group_entities(group) if group is not None else []
        sector = self.lex.head_sector(quote.speaker_text.lower())
        head_at = self.text.token_at(at)
        if not ids and sector in UNNAMED_SPEAKER_SECTORS and head_at > view.first \
                and self.text.tokens[head_at - 1].low in self.lex.reporting.speaker_prepositions:
            # `Од синдикатот велат дека …`: the body of that sector named last before, else one the text does not
            # name, of the country the document is about
            named = [(m.start, e.id) for e in self.doc.entities if e.sector == sector and e.type == "ORG"
                     for m in e.mentions if m.start < at]
            if named:
                return max(named)[1]
            head = self.text.tokens[head_at]
            told = [e.id for key, e in self.collectives.items() if key[1:] == (sector, head.low)]
            if len(told) == 1:  # (`Од опозицијата најавија дека ќе бараат …`: the one the act's entry made)
                return told[0]
            return self._unnamed(view, None, sector, head.low, quote.speaker_text, (head.start, head.end),
                                 self._home_country() or self.lex.home_state)
        organ = self.entities.get(ids[0]) if len(ids) == 1 else None
        if organ is None or organ.type != "ORG":
            return None
        if organ.rule != OFFICE_RULE:
            return organ.id if organ.sector in STATE_SECTORS else None
        # an office no one named, as the subject opening the sentence, speaks for its body: a party's, a union's, or
        # the home state's (`Лидерот на опозицијата порача …`, `Министерот за внатрешни работи рече …`); a foreign
        # government's unnamed official in wire copy mostly relays facts
        home = organ.sector != "GOV" or organ.country == self.lex.home_state
        return organ.id if group.first == view.first and home else None

    def _speaking_pronoun(self, view: SentenceView, quote: Quote) -> str | None:
        """The organ or unnamed office holder who told the statement of the sentence before, that a subject
        pronoun the quotes stage found no person for stands for (`Лидерот на опозицијата порача … Тој оцени
        дека …`; a person named before is the quotes stage's business)."""
        gender = self.lex.subject_pronouns.get((quote.speaker_text or "").lower())
        return self.body_speakers.get(view.index - 1) if gender in ("masculine", "feminine") else None

    def _positive(self, word: str) -> str:
        """The word without the superlative prefix (`најкорумпирана` -> `корумпирана`); short words keep it (`најде`)."""
        prefix = next((p for p in self.lex.superlative_prefixes if word.startswith(p)), None)
        return word[len(prefix):] if prefix is not None and len(word) - len(prefix) >= SUPERLATIVE_STEM else word

    def _negated_word(self, words: list[str], at: int) -> bool:
        """The word at `at` follows a negation (`не се меша`) or a denied future (`нема да се меша`)."""
        return bool(at and words[at - 1] in self.lex.negation) or any(
            len(seq) <= at and tuple(words[at - len(seq):at]) == seq for seq in self.lex.negated_future)

    def _clause_opened(self, i: int, offset: int) -> bool:
        """A `дека`/`оти` stands between token i and the character offset: a name there is in another clause."""
        return any(t.low in self.lex.reporting.complementisers for t in self.text.tokens[i:self.text.token_at(offset)])

    def _self_or_own_state(self, speaker: str, ent: Entity) -> bool:
        """`ent` is the speaker, or, for a member of a government, the speaker's own state (`Мицкоски` and
        `Македонија`): a duty laid on it is a stance, no demand. (A party leader's call on his party is one:
        train gold, `лабуристичката партија треба да …`.)"""
        person = self.entities[speaker]
        return ent.id == speaker or (person.sector == "GOV" and bool(person.country) and ent.country == person.country
                                     and is_state(ent.kb_id))

    def _own_side(self, speaker: str, ent: Entity) -> bool:
        """`ent` is the speaker, the speaker's own state (`_self_or_own_state`), or a party or organisation the
        speaker holds a role in (`Филипче` and `СДСМ`): the speaker's own side, neither praised nor accused by him."""
        if self._self_or_own_state(speaker, ent):
            return True
        person = self.entities[speaker]
        actor = load_kb().get(person.kb_id) if person.kb_id else None
        return actor is not None and bool(ent.kb_id) and any(r.org == ent.kb_id for r in actor.roles)

    def _mentioned(self, mention: Mention, ent: Entity) -> list[str]:
        """A name in a statement as a participant (`Брисел мора да …`: the EU, as `_group_entities`)."""
        first, end = self.text.token_at(mention.start), self.text.token_at(mention.end)
        return self._group_entities(Group([Participant(ent.id, first, end)]))

    def _speaker_group(self, view: SentenceView, speaker: str) -> list[str]:
        """The speaker with the names coordinated with it as the sentence's bare subject (`Кина и
        Русија сметаат дека …`), each as the participant it is in an act (`Од Брисел велат …`: the EU)."""
        group = next((g for g in view.groups if speaker in g.entities and (self._subject_like(g) or len(g.entities) == 1)), None)
        return self._group_entities(group) if group is not None else [speaker]

    def _has_required(self, view: SentenceView, cand: Candidate, args: Arguments) -> bool:
        """Whether the trigger has one of the arguments its entry requires: a recipient, or a
        content clause (`побара да ...`, `тврди дека ...`) right after its own clause."""
        if "recipient" in cand.trigger.requires and args.recipient and "recipient:nearest" not in args.flags:
            return True  # a recipient the trigger's own slots found, not the nearest name
        if "recipient" in cand.trigger.requires and self._warned(view, cand) and self._warned_party(view, cand):
            return True  # `ја предупреди Атина дека нема да дозволи …`: refused to the one warned
        return "content" in cand.trigger.requires and self._content_clause(view, cand) is not None

    def _content_clause(self, view: SentenceView, cand: Candidate) -> int | None:
        """The clause right after the trigger's when a `да` or `дека` opens it."""
        k = view.clause_of(cand.first) + 1
        if k < len(view.clauses) and (view.clauses[k].opener in self.lex.subjunctive
                                      or view.clauses[k].opener in self.lex.reporting.complementisers):
            return k
        return None

    def _event(self, view: SentenceView, cand: Candidate, candidates: list[Candidate]) -> Coded | str:
        trig = cand.trigger
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
        if trig.type in self.lex.foreign_place_recipient_types and not args.recipient and self._foreign_place(location, args.actor):
            args.recipient = [self._country_of_place(location)]  # `ги нападна објектите во Украина`
            args.flags.append("recipient:foreign_place")
        # a government blames no one of its own state (`Белград го нарече „прогон на Србите“`: Serbia is no recipient)
        args.recipient = [r for r in args.recipient if r not in args.actor and not (trig.type == "ACCUSE" and r in self.entities and any(
            a in self.entities and self._self_or_own_state(a, self.entities[r]) for a in args.actor))]
        joint = trig.reciprocal and len(args.actor) > 1  # (`Русија и Белорусија започнаа заедничка вежба`)
        if (args.reciprocal and trig.type != "SUPPORT" and args.recipient and not self._hosted(args, location)
                and not self._bilateral(view, cand, args, location)):
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
        if (trig.type == "CONSULT" and len(args.actor) + len(args.recipient) < 2 and "actor:possessor" not in args.flags
                and not any(a in self.entities and self.entities[a].country in trig.members_meet for a in args.actor)):
            # (`Министрите на ЕУ се сретнаа`, `Советот за безбедност на ОН заседаваше`: the members of a body meet among themselves)
            return "meeting with one participant"
        if trig.noun and self._faced(view, cand):
            return "what someone faces (`се соочи со критики`), not an act told"
        if self._until_condition(view, cand):
            return "the condition an `until` sets (`ќе продолжи додека Киев не ги повлече силите`), not an act told"
        if (trig.type == "PROTEST" and trig.noun and not any(f.startswith("actor:") for f in args.flags) and args.actor
                and all(a in self.entities and self.entities[a].sector in FORCE_SECTORS for a in args.actor)):
            return "a protest the police or the army act on (`Полицијата го обезбедуваше протестот`), not theirs"
        if (trig.type in self.lex.civilian_free_types
                and (self.lex.civilian_free_types[trig.type] is None or trig.mode in self.lex.civilian_free_types[trig.type])
                and args.actor
                and all(a in self.entities and self.entities[a].sector == "CVL" for a in args.actor)):
            return "civilians, who are no force mobilised nor coerce (`граѓаните беа повикани да …`, `Туристите ги окупираа плажите`)"
        if (trig.type in self.lex.poll_types and args.actor and view.contains(view.first, view.end, self.lex.poll_words)
                and all(a in self.entities and self.entities[a].sector in self.lex.poll_sectors for a in args.actor)):
            return "the share of a population a poll counts (`мнозинството граѓани го поддржуваат`), no act"
        if trig.noun and trig.type in self.lex.credit_types and not args.recipient and self._credited(view, cand):
            return "a sponsor credited for a project (`Проектот се реализира со поддршка на ЕУ`), no one supported"
        if (trig.type in self.lex.business_types and args.actor
                and all(a in self.entities and self.entities[a].sector in self.lex.business_sectors
                        for a in args.actor + args.recipient)):
            return "business between companies (`Фирмата потпиша договор со синџирот`), no state party to it"
        if trig.noun and trig.type == "CONSULT" and self._framing(view, cand):
            return "a meeting that sets the time or scene of the sentence's act"
        status, status_flags = self._status(view, cand)
        etype = trig.type
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
        refusal = (status == "negated" and trig.negated and not cand.passive
                   and (_opened_by(view.clauses[view.clause_of(cand.first)], self.lex.negated_future)
                        or self.text.tokens[cand.first].low in trig.refusing_forms))
        if status == "negated" and set(args.flags) & UNNAMED_SUBJECT and not refusal:
            # (an announced refusal is no hedge: `„… нема да го признае Косово“, изјави X`)
            return "negated without a named subject in the sentence (a habit or a hedge more often than a report)"
        if status == "negated" and trig.no_negated and not refusal:
            return "negated, and the entry codes no act not done"
        if refusal:
            # `нема да го признае`: an announced refusal, itself asserted (PLOVER REJECT); `не ја
            # поддржа` reports support not given (guidelines: refusal vs. negation)
            status_flags.append(f"negated→{trig.negated}")
            etype, status = trig.negated, "asserted"
        if etype == "REJECT" and status == "asserted" and self._warned(view, cand):
            # `ја предупреди Белград дека нема да го поддржи`, `… нема да дозволи`: a refusal held over
            # the one warned (PLOVER THREATEN)
            status_flags.append("warned→THREATEN")
            etype = "THREATEN"
        if status == "hypothetical" and not (status_flags == ["conditional"] and etype in FUTURE_BECOMES):
            return "hypothetical (a condition, possibility or purpose, not an act)"
        if status == "future" and etype in self.lex.conditional_threat_types and (self._conditioned(view, cand)
                                                                                  or self._warned(view, cand)):
            status_flags.append("conditional→THREATEN")  # `ќе воведе санкции доколку …`: a threat made
            etype, status = "THREATEN", "asserted"
        elif status == "future" and etype in CONDITIONED_DROPPED and self._conditioned(view, cand):
            return "hypothetical (the consequence of a condition, not an act)"  # `Ако …, претседателот ќе го повика …`
        content = self._content_clause(view, cand) if trig.content_threat and etype == "AGREE" else None
        if content is not None and any(view.clause_of(c.first) == content and c.trigger.type in self.lex.threat_content_types
                                       and not self._ended(view, c) for c in candidates):
            status_flags.append("content→THREATEN")  # `вети дека ќе ја мобилизира војската`: a promise of force threatens
            etype = "THREATEN"
        if "warned→THREATEN" in status_flags or (
                (status_flags[-1:] == ["conditional→THREATEN"] or (etype == "THREATEN" and not args.recipient))
                and self._warned(view, cand)):
            warned = [w for w in self._warned_party(view, cand) if w not in args.actor]
            if warned:  # the one warned is the one threatened, not a name in the threat's content
                args.recipient = warned
                status_flags.append("recipient:warned")
        own = {self.entities[a].country for a in args.actor if a in self.entities} - {None}
        if etype == "THREATEN" and (not args.recipient or all(self.entities[r].country in own for r in args.recipient
                                                               if r in self.entities)):
            named = self._condition_subject(view, cand, args.actor, own)
            if named:  # `ќе … ако САД го нападнат`: the threat is to whom its condition names as acting
                args.recipient = named
                status_flags.append("recipient:condition")
            else:  # `ќе одговориме на секој напад врз Израел`, said for Israel: the place defended, no target
                args.recipient = [r for r in args.recipient if not (
                    r in self.entities and self.entities[r].country in own and self.entities[r].type in PLACE_TYPES)]
        troops = dict(self.lex.mode_cues.get("MOBILIZE", ())).get("troops", ())
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
        if (etype == "AID" and not args.recipient and self.last_disaster and view.index - self.last_disaster[0] <= AID_STORY_REACH
                and not self._dative_before(view, cand)):
            # `Шпанија и Франција испратија спасувачи` after an earthquake in Morocco: aid to the stricken
            own = self._countries(args.actor)
            args.recipient = [r for r in self.last_disaster[1] if r not in args.actor and self.entities[r].country not in own]
            status_flags.append("recipient:disaster")
        if etype == "AID" and cand.trigger.mode == "economic" and not args.recipient and not self._dative_before(view, cand):
            story_state = self._previous_subject_state(view, args.actor)
            if story_state:  # `Египет се соочува со криза. ММФ одобри аранжман од …`: a loan to the state the story is about
                args.recipient = story_state
                status_flags.append("recipient:story_state")
        if etype in REQUIRES_RECIPIENT and not args.recipient and not joint:  # (subjects acting together are each other's)
            return f"no recipient ({etype} needs one)"
        if etype == "REQUEST" and not args.recipient and "actor:inherited" in args.flags:
            shared = self._coordinated_recipient(view, cand, args.actor)
            if shared:  # `му се заблагодари на Владата, но побара средства`: asked of the one just addressed
                args.recipient = shared
                status_flags.append("recipient:coordinated")
        if etype in PARTNER_ACTS and not args.recipient:
            partners = self._met_partners(view, cand, args.actor)
            if partners:  # `се сретна со синдикатот и понуди зголемување`: offered to the one just met
                args.recipient = partners
                status_flags.append("recipient:met")
        if (etype == "REQUEST" and not args.recipient and "actor:inherited" in args.flags and not self._asked_unnamed(view, cand)
                and self._coordinated_act(view, cand, args.actor) is None):
            # with neither its own subject nor anyone asked, `бара` seeks or needs (`планира да бара
            # нафта`, `ситуацијата … бара следење`, `институциите кои бараат`): no demand; joined to the
            # actor's act just told it is the actor's next act (`ја пофали консолидацијата, но побара контрола`)
            return "request with neither recipient nor subject of its own"
        if etype in SPEECH_ACTS or status != "asserted":
            speaker = self._state_spokesperson(view, cand, args.actor)
            if speaker is not None:  # `Георгиев изјави дека Софија нема да ја поддржи …`: the speaker's word for his state
                args.actor = [speaker]
                status_flags.append("actor:spokesperson")
        own_subject = not {"actor:inherited", "actor:anaphora", "actor:previous"} & set(args.flags)
        when, weak = self._date(view, cand.first, cand.end, own_subject)
        told = reference_date(self.doc, self.text.tokens[cand.first].start)
        if not weak and when and told and (period_start(when) or told) > told and (
                "conditional→THREATEN" in status_flags
                or (status == "asserted" and not any(f.startswith(("future", "hypothetical")) for f in status_flags)
                    and self._dated_after(cand))):
            # a time still to come after an act told as done dates what was agreed, offered or asked, not the act
            # (`договорија средба во мај`, `ги повика граѓаните на протест во саботата`, `… утре да излезат`); in a
            # threat it dates the act threatened, not the threat (`ако …, од 1 април ќе штрајкуваме`): the day it is
            # told on is decided, no default that would join it to a retelling before
            when, weak = told.isoformat(), False
        earlier_by_interval = self._interval_before(view, cand.first)
        if earlier_by_interval is not None:
            when, weak = earlier_by_interval, False
            status_flags.append("date:interval")
        if status == "future" and not weak:
            when = self._coming_weekday(cand, when)
        if when and status == "asserted" and self._long_ago(when):
            status = "historical"
            status_flags.append("historical:date")
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
            recipient=args.recipient, date=when, location=location, status=status,
            reported_by=self._reporter(view, cand, args.actor), sentence=view.index,
            trigger=Span(start=start, end=end, text=self.doc.text[start:end]),
            rule="+".join([trig.id, *args.flags, *status_flags, *(["date:publication"] if weak else [])]),
            confidence=round(confidence, 3), context=self._context(view, trig),
        )
        light = self._light_verb(view, cand) if trig.noun else None
        verb = light if trig.noun else cand.span_first  # `ќе обезбеди и хуманитарна помош`: the word after the verb
        further = (verb is not None and verb + 2 < view.end and tokens[verb + 1].low in self.lex.additive_words
                   and tokens[verb + 2].low not in self.lex.additive_not_before)
        if not trig.noun:  # `повторно ја обвини`: once more
            before = cand.span_first - 1
            while before >= view.first and tokens[before].low in self.lex.verb_clitics:
                before -= 1
            further = further or (before >= view.first and tokens[before].low in self.lex.repeated_words)
        earlier = trig.noun and any(tokens[i].low in self.lex.earlier_words for i in range(max(view.first, cand.first - 2), cand.first))
        return Coded(event, weak, begun=light is not None and tokens[light].low.startswith(self.lex.beginning_verbs),
                     further=further, earlier=earlier, named_by_noun=trig.noun and light is None)

    def _ended(self, view: SentenceView, cand: Candidate) -> bool:
        """`ќе ја заврши војната`, `ќе стави крај на војната`: the act is the thing ended (past verb
        clitics and a `на`)."""
        i = cand.first - 1
        while i >= view.first and (self.text.tokens[i].low in self.lex.verb_clitics or self.text.tokens[i].low == self.lex.genitive):
            i -= 1
        return i >= view.first and self.text.tokens[i].low.startswith(self.lex.ending_words)

    def _refused_party(self, view: SentenceView, cand: Candidate, actors: list[str]) -> Group | None:
        """The other side of a refusal to yield: the last name before the trigger in its sentence
        that is neither an actor nor their own state nor a mere place (the condition the refusal
        states, `Без доверба во САД, … нема начин да се разоружаме`)."""
        own = {self.entities[a].country for a in actors if a in self.entities} - {None}
        before = [g for g in view.groups if g.end <= cand.first and not set(g.entities) & set(actors)
                  and not self._own_state(g, own) and not self._mere_location(g)]
        return before[-1] if before else None

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
        host = None
        if cand.trigger.noun and cand.trigger.location_as_recipient and how == self.lex.genitive and self._place_group(actor):
            host = actor  # `замина во посета на Соединетите Држави`: the place visited is the host
            actor, how = self._clause_subject(view, view.clause_of(cand.first), None), "subject"
        gerund = cand.first if not cand.trigger.noun else cand.first - 1  # (`Изразувајќи поддршка за …, X`: its light verb)
        if actor is None and (self._leading_adverbial(view, cand) or (
                gerund >= view.first and self.text.tokens[gerund].low.endswith(self.lex.gerund_endings))):
            actor = self._main_clause_subject(view, cand)  # `Поздравувајќи ја одлуката, Санадер рече …`
            how = "inherited" if actor is not None else how
        if actor is None and cand.trigger.noun:
            actor = self._inserted_subject(view, cand)  # `X рече, по разговорите со Y, дека …`
            how = "inherited" if actor is not None else how
        fronted = None
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
        recipient, received = self._fill(view, cand, slots.recipient, candidates, actor, recipient=True)
        k = view.clause_of(cand.first)
        if (recipient is None and k and view.clauses[k].opener in self.lex.object_relatives
                and not any(t.text == "," for t in view.tokens[view.clauses[k].first:cand.first])):
            recipient = self._relative_antecedent(view, k)  # `претседателот, кого Трамп го критикуваше`: the president
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
        if recipient is None:
            recipient = self._content_recipient(view, cand, slots.recipient, actor)
        actors = self._group_entities(actor) if actor else []
        if actors and how == "subject":
            partner = [p for p in self._coordinated_pronoun(view, actor) if p not in actors]
            actors = partner + actors  # `Таа и Бериша се согласија`: the woman of the sentence before, and Berisha
            flags.extend(["actor:pronoun"] if partner else [])
        if actors and how == "subject":
            actors = actors + [a for a in self._joined_actors(view, cand, actor) if a not in actors]
        if actors and how in ("subject", "collective"):
            joined = self._coordinated_collective(view, cand, actor, actors)
            if joined is not None:  # `Владата и синдикатите потпишаа`: the unnamed collective acts with the name
                actors = actors + [joined]
        if not actors and self._pair_anaphor(view, cand) and self.last_sides and self._pair_numeral(view, cand):
            actors, how = list(self.last_sides), "anaphora"  # `Хрватска ја обвини Србија. … Двете земји разговараа`
        if not actors and self._pair_anaphor(view, cand) and not self.last_compound and self._pair_numeral(view, cand):
            sides = self._hostile_sides(view.index)
            if sides:  # `Израел нападна Газа. Хамас испука ракети. Двете страни се обвинуваат …`
                actors, how = sides, "anaphora"
        if not actors and self._pair_anaphor(view, cand) and self.last_compound:
            actors, how = list(self.last_compound), "anaphora"
            addressed = self._clitic_person(view, cand, actors)
            if addressed is not None and not recipient:  # `… се сретнаа со Сибиха. Тие му ветија …`: Sibiha is promised
                actors, recipient = [a for a in actors if a != addressed], Group([Participant(addressed, cand.first, cand.first)])
        owner = self._opening_possessive(view, cand) if not actors else None
        if owner == "plural":  # `Нивната последна средба беше во јануари`: those named together before
            actors, how = self._earlier_plural(view, []) or list(self.last_compound), "anaphora"
        elif owner is not None:  # `Неговата посета на Полска ќе трае два дена`: the person of the sentence before
            actors, how = self._previous_person(view, owner), "previous"
        if not actors and not cand.passive and not cand.trigger.noun and self._resumed_clause(view, cand) is None:
            # (a verb back in the main clause is not the told clause's collective's: `потврди дека мигрантите … и му се заблагодари`)
            collective = self._collective(view, cand, candidates)
            if collective:
                actors, how = [collective], "collective"
        if not actors and not cand.passive and not cand.trigger.noun and slots.actor[:1] == ("object",):
            # `ги прими лидерите на партиите`, `ја прими шефицата на мисијата`: the unnamed guests received are the actor
            hosts = self._group_entities(recipient) if recipient else []
            guest = self._collective_object(view, cand, candidates, (), hosts)
            if guest:
                actors, how = [guest], "collective"
        if not actors and not cand.passive and not cand.trigger.noun and "subject" in slots.actor:
            members = self._members_after(view, cand)
            if members is not None:
                actors, how = self._group_entities(members), "subject-after"
        if (not actors and not cand.passive and "subject" in slots.actor and (not cand.trigger.noun or (
                self._explicit_pronoun(view, cand) is not None and not any(t.text == "," for t in view.tokens[view.first:cand.first])))):
            # (a noun's too when `тој` is the subject of its phrase's verb: `Тој поминал часови во разговори со X`,
            # not of a clause before a comma: `Бидејќи таа не е тука, ќе го отвориме претресот`)
            actors, how = self._dropped_subject(view, cand, recipient)
        if (not actors and cand.passive and not cand.trigger.noun and cand.trigger.type in self.lex.described_types
                and (self._described(view, cand) or self._attributive(view, cand, candidates))):
            return "a participle describing people (`уапсените`, `сите обвинети за`), no act told"
        if not actors and ((cand.passive and not cand.trigger.noun) or (cand.trigger.noun and cand.trigger.type in SPEECH_ACTS)):
            # (not for an act's noun: `нападите од опозицијата` are words, no assault; a statement's noun
            # is the collective's under the agent preposition: `Остри критики од опозицијата`)
            agent = self._passive_agent(view, cand, candidates, cand.trigger.passive.actor if cand.trigger.noun else slots.actor)
            if agent:  # `беше критикуван од опозицијата`, `од страна на невладините организации`
                actors, how = [agent], "collective"
        if not actors and cand.passive and not cand.trigger.noun and cand.trigger.type in self.lex.demonym_agent_types:
            act = next((c for c in candidates if c.trigger.noun and c.trigger.type == cand.trigger.type
                        and c.first >= cand.end and "subject" in c.trigger.slots.actor), None)
            own = self._demonym_before(view, act) if act is not None else None
            agent = self.demonym_ends.get(cand.end + 2)
            if own is None and agent is not None and agent.country and self.text.tokens[cand.end].low in slots.actor:
                own = Group([Participant(agent.id, cand.end + 1, cand.end + 2)])  # `беше погодена од руска ракета`
            if own is not None:  # `беа убиени во израелски воздушен напад`: by the state of the attack told after it
                actors, how = self._group_entities(own), "demonym"
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
        recipients = self._group_entities(host or recipient) if (host or recipient) else []
        right_after = self.text.tokens[cand.end].low if cand.end < len(self.text.tokens) else None
        if (not host and not cand.passive and cand.trigger.type not in self.lex.moved_object_types
                # (`го осуди генералниот секретар на ОН X`: the words after a verb are its subject's)
                and not (how == "subject-after" and not cand.trigger.noun)
                and not (self._pair_object(view, cand) and self.last_compound)  # (`ги повика двајцата лидери`: the pair)
                and (cand.trigger.type not in self.lex.given_object_types or slots.recipient[:1] == ("object",))
                and ((not cand.trigger.noun and "object" in slots.recipient) or (right_after in slots.recipient and not recipients))):
            # an unnamed collective right after the verb is its object, before any name further on
            # (`пукаше на мирни демонстранти … во Латинска Америка`)
            collective = self._collective_object(view, cand, candidates, slots.recipient, actors,
                                                 before=recipient.first if recipient else None)
            recipients = [collective] if collective else recipients
        if not cand.trigger.noun and self._pair_of_states(view, cand):
            # `Коста ги пофали двете земји`: the two states named together before, or the two sides of a dispute told
            # since (`Хамас го обвини Израел … Египет ги повика двете страни`)
            (pair_at, pair), (dispute_at, sides) = self.last_pair, self.last_dispute
            pair = [r for r in pair if r not in actors]
            if sides and not set(sides) & set(actors) and (dispute_at >= pair_at or not pair or self._pair_of_sides(view, cand)):
                pair = sides
            if pair:
                recipients = pair
                flags.append("recipient:pair")
        if not recipients and cand.passive and "subject" in slots.recipient:  # `сведоците беа убиени`
            recipients = [r for r in [self._collective(view, cand, candidates) or self._antecedent_collective(view, cand)] if r]
            if not recipients:  # `вчера се уапсени тројца осомничени`: the subject after the verb
                recipients = [r for r in [self._collective_object(view, cand, candidates, slots.recipient, actors)] if r]
            if not recipients and (self._pronoun_subject(view, cand) or self._pronoun_carried(view, cand)):
                # `тој беше обвинет`; `Тој си замина …, но беше негиран од Северна Кореа`
                recipients = self._previous_person(view)
                flags.extend(["recipient:previous"] if recipients else [])
        if ((not recipients or received not in (None, "object")) and not cand.trigger.noun and "object" in slots.recipient
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
        # `Тој ги повика да воведат санкции против Русија`: the plural named before is asked, a
        # name in the demand never (none, when the sentence before names no plural)
        clitic_object = (not recipients and not cand.trigger.noun and cand.trigger.type in self.lex.nearest_recipient_types
                         and self._plural_clitic_object(view, cand))
        if clitic_object:
            recipients = self._earlier_plural(view, actors)
            if not recipients and self._pair_object(view, cand) and self.last_compound:
                recipients = [r for r in self.last_compound if r not in actors]  # the pair the text told of last
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
            flags.extend(["recipient:clitic"] if recipients else [])
        if (not recipients and not clitic_object and not pronoun and not possessed and not cliticised and not cand.trigger.reciprocal
                and cand.trigger.type in self.lex.nearest_recipient_types):
            cause = self._cause_at(view, cand)
            nearest = self._nearest_other(view, cand, actors)
            if nearest is not None and self._past_cause(view, cand, nearest.first):
                nearest = None  # `поради руските напади врз Украина`: why, not at whom
            # `царини на кинеска стока` -> China; `постапка против командантите на холандскиот
            # баталјон, кои … ОН`: a demonym before the nearest name is the nearer target
            adjective = self._demonym_after(view, cand, actors, before=nearest.first if nearest is not None else cause)
            if adjective is not None:
                recipients = [adjective]
                flags.append("recipient:demonym")
            elif nearest is not None:
                recipients = self._group_entities(nearest)
                if nearest.governor in self.lex.between_prepositions:
                    # `ЕК предложи преговори меѓу Косово и ЕУ`: the other party, not the actors' own side
                    own = {self.entities[a].country for a in actors if a in self.entities} - {None}
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
        if not recipients and (cand.trigger.implied_recipient or (
                cand.trigger.type in self.lex.implied_recipients  # a protest: against the authorities
                and cand.trigger.mode not in self.lex.no_implied_recipient_modes)):
            recipients = self._implied_recipient(view, cand, actors, cand.trigger.implied_recipient)
            flags.extend(["recipient:implied"] if recipients else [])
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
        if not recipients and self._addresses_you(view, cand):  # `им порача на министрите: „Барам од сите вас …“`
            recipients = self._quote_addressee(view, cand, actors)
            flags.extend(["recipient:addressee"] if recipients else [])
        if cand.trigger.reciprocal and how == "subject-after":
            actors, recipients = list(dict.fromkeys(actors + recipients)), []
        speaker = self._inverted_speaker(view, cand)
        if speaker is not None:  # `…, предупреди Фон дер Лајен`: the name after the verb speaks, it is no recipient
            actors, recipients = [speaker], [r for r in recipients if r != speaker]
            flags = [f for f in flags if not f.startswith("actor:")] + ["actor:speaker"]
        return Arguments(actors, recipients, flags, reciprocal=cand.trigger.reciprocal)

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
                or self.entities[subject.entities[0]].type != "PER"
                or tokens[clitic].low not in self.lex.reporting.object_clitics - self.lex.plural_object_clitics
                or not verb.endswith(self.lex.plural_verb_endings)):
            return None
        after = cand.first + 1 if cand.trigger.sequence else cand.end
        # (`го посетија лидерите на Словачка и Унгарија`: the states of the members' noun)
        return next((g for g in view.groups if (g.first == after and g.governor is None)
                     or (g.head_at == after and self.text.tokens[after].low in self.lex.member_heads)), None)

    def _cause_at(self, view: SentenceView, cand: Candidate) -> int | None:
        """The first word of cause (`поради`) after the trigger in its clause."""
        return next((i for i in range(cand.end, view.clauses[view.clause_of(cand.first)].end)
                     if self.text.tokens[i].low in self.lex.cause_words), None)

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

    def _implied_recipient(self, view: SentenceView, cand: Candidate, actors: list[str], sector: str | None = None) -> list[str]:
        """The unnamed authorities of the actors' one country, as the target the type implies;
        not for a state or its government, whose protest is aimed abroad (an entry's own
        implied target, the parliament a president's signature goes to, stays home)."""
        known = [self.entities[a] for a in actors if a in self.entities]
        countries = {e.country for e in known if e.country}
        if len(countries) != 1 or (not cand.trigger.implied_recipient and any(e.type == "GPE" or e.sector == "GOV" for e in known)):
            return []
        sector = sector or self.lex.implied_recipients[cand.trigger.type]
        return [self._unnamed(view, cand, sector, sector, self.lex.unnamed_names[sector], None, countries.pop())]

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
        if self._pair_object(view, cand):
            between = between[2:]  # `ги повика двете страни да …`: the pair named before
        return all(w in self.lex.reporting.coordinators | self.lex.subjunctive | self.lex.reporting.complementisers
                   for w in between)

    def _pair_object(self, view: SentenceView, cand: Candidate) -> bool:
        """The words right after the verb are a pair anaphor and its noun (`двете страни`)."""
        return cand.end + 1 < view.end and self.text.tokens[cand.end].low in self.lex.pair_anaphora

    def _pair_of_states(self, view: SentenceView, cand: Candidate) -> bool:
        """The pair anaphor after the verb counts states or sides (`двете земји`), maybe with one
        modifier between (`двете соседни земји`, `двете завојувани страни`)."""
        tokens, at = self.text.tokens, cand.end + 1
        return self._pair_object(view, cand) and any(
            tokens[i].low in self.lex.pair_heads for i in range(at, min(at + 2, view.end)))

    def _purpose_target(self, view: SentenceView, cand: Candidate, candidates: list[Candidate]) -> list[str]:
        """The recipient of an act of the same type in the purpose clause right after the trigger's
        (`… за да ги растера демонстрантите`)."""
        k = view.clause_of(cand.first)
        aim = next((c for c in candidates if c.first >= cand.end and c.trigger.type == cand.trigger.type
                    and view.clause_of(c.first) == k + 1 and _opened_by(view.clauses[k + 1], self.lex.purpose_sequences)), None)
        args = self._arguments(view, aim, candidates) if aim is not None else None
        return args.recipient if isinstance(args, Arguments) else []

    def _pair_of_sides(self, view: SentenceView, cand: Candidate) -> bool:
        """The pair anaphor after the verb counts sides (`двете страни`): the parties of the last
        dispute, not two states named together since (`побара од САД и Франција … ги повика двете страни`)."""
        tokens, at = self.text.tokens, cand.end + 1
        return any(tokens[i].low in self.lex.side_heads for i in range(at, min(at + 2, view.end)))

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
        framing = [i for i in range(view.first, view.end) if self.text.tokens[i].end <= quote.start]
        dative = next((i for i in framing if self.text.tokens[i].low in self.lex.dative_clitics), None)
        to = next((i for i in framing if dative is not None and i > dative and self.text.tokens[i].low == self.lex.genitive), None)
        if to is None:
            return []
        starts = {g.first: g for g in view.groups}
        for i in range(to + 1, min(to + 1 + ADDRESS_REACH, framing[-1] + 1)):
            if i in starts:
                return [e for e in self._group_entities(starts[i]) if e not in actors]
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
        follower = self.text.tokens[cand.end].low if cand.end < view.end else None
        accusative = any(w in self.lex.reporting.object_clitics for w in before)
        dative = any(w in self.lex.dative_clitics for w in before) and not accusative
        # (`го покани на вечера`: after an accusative clitic `на` heads no object)
        if follower is not None and follower not in self.lex.unnamed_object_followers and not (
                dative and follower not in cand.trigger.slots.recipient and follower != self.lex.genitive) and not (
                accusative and follower == self.lex.genitive):
            return None
        # a definite noun before the clitics is the object they double (`понудата ја условија со …`)
        names = self._name_tokens(view)
        fronted = (i >= view.first and i not in names and not self.text.tokens[i].cap
                   and self.text.tokens[i].low.endswith(self.lex.reporting.definite_endings))
        return None if fronted else gender

    def _antecedent(self, view: SentenceView, cand: Candidate, actors: list[str], gender: str) -> list[str]:
        """The name a pronoun of this gender (or `plural`) in the verb's object points back to: the
        last such name before the trigger in the sentence, else the first of the sentence before;
        never the actors' side, nor a town or region where something is."""
        own = {self.entities[a].country for a in actors if a in self.entities} - {None}

        def owner(g: Group) -> bool:
            countries = {self.entities[e].country for e in g.entities if e in self.entities}
            # (a person of the actors' own state is another side: `Кавано и жената која го обвини`)
            people = all(e in self.entities and self.entities[e].type == "PER" for e in g.entities)
            return (not set(self._group_entities(g)) & set(actors) and (people or not countries <= own)
                    and not self._mere_location(g) and self._group_gender(g) == gender
                    and not (self._place_group(g) and not all(is_state(self.entities[e].kb_id) for e in g.entities)
                             and g.governor in self.lex.location_prepositions))

        before = [g for g in view.groups if g.end <= cand.first]
        index, earlier = self.earlier_groups
        previous = [g for g in earlier if index == view.index - 1]
        found = next((g for g in before[::-1] + previous if owner(g)), None)
        return self._group_entities(found) if found is not None else []

    def _group_gender(self, group: Group) -> str | None:
        """`plural` for coordinated names or a plural head (`лидерите на ЕУ`); a person's gender by
        the names; else the gender or number the name's last word shows (`Македонија`, `Владата`
        feminine; `Филипините` plural; `Израел`, `Косово` masculine, as `неговиот` stands for
        both), none for an abbreviation (`ЕУ`, `НАТО`)."""
        if len(group.entities) > 1 or (group.head or "").endswith(self.lex.plural_definite):
            return "plural"
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
        own = {self.entities[a].country for a in actors if a in self.entities} - {None}
        start = self.text.tokens[cand.first].start
        speakers = {q.speaker for q in self.doc.quotes if q.sentence == view.index and q.start <= start < q.end}
        # a judged act as the object (`ги осуди ударите и побара од Вашингтон …`): the names after the next `и` are
        # the next verb's, the act's author is found among the earlier events
        tokens = self.text.tokens
        act_end = next((i for i in range(cand.end, view.end) if tokens[i].low in self.lex.reporting.coordinators), view.end)
        judges_act = any(t.low in self.lex.act_objects for t in tokens[cand.end:cand.end + OBJECT_REACH])
        after = [g for g in view.groups if g.first >= cand.end and not set(g.entities) & (set(actors) | speakers)
                 and g.governor not in self.lex.not_recipient_prepositions
                 and not (g.governor in self.lex.location_prepositions and self._place_group(g))
                 and not (g.head in self.lex.place_parts and self._place_group(g))  # `на северот на Косово`: where
                 and not self._bordering(view, g)
                 and not self._own_state(g, own) and not self._mere_location(g)
                 and not (g.clause != k and self._only_reports(g))  # `…, како што јави Ројтерс`: it reports
                 # past `и` and a clitic, the partner of the next verb, or its bare object (`… и ја обвини Владата`)
                 and not ((g.governor is None or g.governor in self.lex.partner_prepositions)
                          and g.first > self._coordinated_verb(view, cand.end))
                 and not (judges_act and g.first > act_end)]
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

    def _own_state(self, group: Group, countries: set[str]) -> bool:
        """The group is the actors' own state (`Нетанјаху се закани дека Израел ќе …`): no
        recipient of what they do."""
        ents = [self.entities.get(e) for e in group.entities]
        return bool(countries) and all(e is not None and e.type == "GPE" and e.country in countries for e in ents)

    def _demonym_after(self, view: SentenceView, cand: Candidate, actors: list[str], before: int | None = None) -> str | None:
        """The country of the first demonym adjective after the trigger in its clause (a
        threat's: to the end of its content clause) that is not the actor's, before token `before` (the nearest name) if given, and not the title of
        a name right after it (`српскиот претседател Вучиќ`: the name is the participant)."""
        k = view.clause_of(cand.first)
        content = self._content_clause(view, cand) if cand.trigger.type == "THREATEN" else None
        if content is not None:  # `се закани дека ќе одговори на израелската агресија`: a threat's content names its target
            k = content
        end = view.clauses[k].end if before is None else min(before, view.clauses[k].end)
        own = {self.entities[a].country for a in actors if a in self.entities}
        found = [(self.text.token_at(m.start), ent.id) for ent in self.doc.entities if ent.country not in own
                 for m in ent.mentions if getattr(m, "kind", "name") == "demonym"]
        after = [(at, ident) for at, ident in found if cand.end <= at < end]
        if before is not None:
            names = self._name_tokens(view)
            after = [(at, ident) for at, ident in after if at not in names and before - at > GOVERNOR_REACH]
        return min(after)[1] if after else None

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
        adjective before it (`рускиот напад`, `израелскиот масовен напад`)."""
        tokens = self.text.tokens
        for at in (cand.first, cand.first - 1):
            ent = self.demonym_ends.get(at)
            if ent is not None and ent.country and at > view.first:
                return Group([Participant(ent.id, at - 1, at)])
            if not (at > view.first and tokens[at - 1].text.isalpha() and not tokens[at - 1].cap
                    and tokens[at - 1].low.endswith(self.lex.adjective_endings + self.lex.modifier_endings)):
                return None
        return None

    def _fill(self, view: SentenceView, cand: Candidate, slots: tuple[str, ...], candidates: list[Candidate],
              exclude: Group | None, recipient: bool = False) -> tuple[Group | None, str | None]:
        for slot in slots:
            if slot == "subject":
                group, how = self._subject(view, cand, candidates)
                if recipient and how == "speaker":  # `Уапсени се двајца државјани …, соопшти МВР`: the source is no patient
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
                return self._apposed_person(view, group), how
        return None, None

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
        clause = view.clauses[view.clause_of(cand.first)]
        subject_end, _ = self._verb_bounds(view, cand, candidates)
        taken = self._name_tokens(view)
        for i in range(min(subject_end, cand.first) - 1, clause.first - 1, -1):
            tok = self.text.tokens[i]
            sector = self.lex.sector_heads.get(tok.low)
            if i in taken or not sector:
                continue
            if i - 2 >= clause.first and self.text.tokens[i - 2].low in self.lex.reporting.object_clitics:
                continue  # `Офицерите ја презедоа власта и го уапсија …`: the object of the verb before, not the subject
            if i > clause.first and self.text.tokens[i - 1].low in self.lex.generic_determiners:
                return None  # `Секоја влада ветува …`: any government, no actor
            if i > clause.first and self.text.tokens[i - 1].low in self.lex.governors and not self._speaking_body(view, cand, i):
                # `Пратениците од опозицијата ја обвинија …`: the collective whose members an `од`
                # phrase tells is the subject, and so is an association its `на` phrase names the
                # members of (`Здружението на новинарите го осуди …`); any other governed one is none
                head = i - 2
                governor = self.text.tokens[i - 1].low
                if (head >= clause.first and governor in self.lex.partitive_prepositions
                        and self.text.tokens[head].low in self.lex.partitive_words
                        and (head == clause.first or self.text.tokens[head - 1].low not in self.lex.governors)):
                    return self._head_actor(view, cand, i)  # `Дел од демонстрантите фрлија …`: the part acts for the whole
                head_sector = self.lex.sector_heads.get(self.text.tokens[head].low) if head >= clause.first else None
                # (`Членовите на синдикатот протестираа`: the body its members or delegates act for)
                delegates = (head >= clause.first and governor == self.lex.genitive
                             and self.text.tokens[head].low in self.lex.delegate_nouns)
                if not delegates and (head < clause.first or head in taken or not head_sector
                                      or not (governor == self.lex.member_preposition
                                              or (governor == self.lex.genitive and head_sector in ASSOCIATION_SECTORS))):
                    return None
                opener = head
                if (not delegates and opener - 2 >= clause.first and self.text.tokens[opener - 1].low == self.lex.genitive
                        and self.text.tokens[opener - 2].low in self.lex.delegate_nouns):
                    opener -= 2  # `Членовите на здружението на новинарите`: the association's members act for it
                if opener > clause.first and self.text.tokens[opener - 1].low in self.lex.governors:
                    return None
                i = i if delegates else head
            return self._head_actor(view, cand, i)
        return None

    def _head_actor(self, view: SentenceView, cand: Candidate, i: int) -> str:
        """The actor an unnamed organ or collective at token i stands for: a party or union the text
        named before (body_anaphora), else an unnamed actor of the head's sector."""
        tok = self.text.tokens[i]
        sector = self.lex.sector_heads[tok.low]
        earlier = self._earlier_body(sector, tok.start) if tok.low in self.lex.body_anaphora else None
        if earlier is not None:
            return earlier.id
        owner = self._owner(view, i, cand.first if i < cand.first else None) or self._possessor_country(view, i)
        return self._unnamed(view, cand, sector, tok.low, tok.text, (tok.start, tok.end), owner)

    def _speaking_body(self, view: SentenceView, cand: Candidate, head: int) -> bool:
        """`Од партијата бараат …`: a sentence opened by a speaker preposition and a body before a
        plural verb tells what the body says or does (as `Од СДСМ велат`)."""
        return (head - 1 == view.first and self.text.tokens[head - 1].low in self.lex.source_subject_prepositions
                and not cand.trigger.noun and self.text.tokens[cand.first].low.endswith(self.lex.plural_verb_endings))

    def _earlier_body(self, sector: str, before: int) -> Entity | None:
        """The organisation of that sector the document named last before the offset."""
        named = [(m.start, e) for e in self.doc.entities if e.type == "ORG" and e.sector == sector
                 for m in e.mentions if m.start < before and m.kind == "name"]
        return max(named, key=lambda p: p[0])[1] if named else None

    def _possessor_country(self, view: SentenceView, head: int) -> str | None:
        """The country of the subject of the clause before, when a possessive pronoun stands
        before the collective (`Армијата соопшти дека нејзините војници убиле …`)."""
        k = view.clause_of(head)
        if not k or head == view.first or self.text.tokens[head - 1].low not in self.lex.own_possessives:
            return None
        subject = self._clause_subject(view, k - 1, None)
        countries = {self.entities[e].country for e in subject.entities if e in self.entities} if subject else set()
        return next(iter(countries)) if len(countries) == 1 else None

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

    def _collective_object(self, view: SentenceView, cand: Candidate, candidates: list[Candidate],
                           slots: tuple[str, ...], actors: list[str], before: int | None = None) -> str | None:
        """An unnamed collective as the object of a verb trigger, bare or under one of its
        recipient prepositions (`ги замоли сведоците`, `апелира до граѓаните`): of the country
        its `на` phrase names, else of the actor's own (`Ердоган ги обвини противниците`: Turkish
        opponents), else as any unnamed actor."""
        countries = {self.entities[a].country for a in actors if a in self.entities and self.entities[a].country}
        own = next(iter(countries)) if len(countries) == 1 and not countries & INTERNATIONAL else None
        _, stop = self._verb_bounds(view, cand, candidates)
        taken = self._name_tokens(view)
        # a verb's word sequence may enclose its object (`го осуди поранешниот министер на пет години
        # затвор`, `го ослободи поранешниот министер … од обвиненијата`); else it follows (`упати
        # сочувство до семејствата`)
        for start in (cand.first + 1, cand.end) if cand.trigger.sequence and not cand.trigger.noun else (cand.end,):
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
                # a collective or an organ; a role only when no name is the recipient (`против поранешниот
                # министер`, not `сенаторката Мери Џонсон`)
                role = before is None and not tok.low.endswith(self.lex.adjective_endings)
                sector = self.lex.sector_heads.get(tok.low) or (self.lex.head_sector(tok.low) if role else None)
                if sector and i + 1 in taken:
                    break  # the title of the name after it (`против српската нафтена компанија НИС`)
                owners = self._owner_group(view, i, stop) if sector else None
                if owners is not None and len({self.entities[e].country for e in owners.entities if e in self.entities}) > 1:
                    return None  # `санкции против компании од Русија и Белорусија`: the states, as the nearest names
                if sector:  # (states as the object are other states: `ги обвини западните земји`, said in Moscow)
                    home = None if tok.low in self.lex.stateless_heads else own
                    return self._unnamed(view, cand, sector, tok.low, tok.text, (tok.start, tok.end), self._owner(view, i) or home)
        return None

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
        taken = self._name_tokens(view)
        tokens = self.text.tokens
        at = next((i for i in range(cand.end, min(stop, cand.end + OBJECT_REACH)) if tokens[i].low in slots), None)
        if at is None or at + 1 >= stop:
            return None
        at += 1
        for words, prep in self.lex.preposition_phrases:  # `од страна на`: the words after `од`
            if prep == tokens[at - 1].low and tuple(t.low for t in tokens[at - 1:at - 1 + len(words)]) == words:
                at += len(words) - 1
        for i in range(at, min(stop, at + OBJECT_REACH)):
            tok = tokens[i]
            if i in taken or tok.low in self.lex.governors:
                return None
            sector = self.lex.sector_heads.get(tok.low)
            if sector:
                return self._unnamed(view, cand, sector, tok.low, tok.text, (tok.start, tok.end), self._owner(view, i))
        return None

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
        if ent is None and head + 1 < end and view.tokens[head + 1].low == self.lex.genitive:
            # `командантите на холандскиот баталјон`: a demonym opening the `на` phrase
            ent = next((self.demonym_ends[k + 1] for k in range(head + 2, min(end, head + 3 + NOUN_GENITIVE_REACH))
                        if k + 1 in self.demonym_ends), None)
        return ent.country if ent else None

    def _owner_group(self, view: SentenceView, head: int, end: int) -> Group | None:
        """The names of a collective's `на` or `од` phrase (`компании од Иран и Кина`), before token `end`."""
        return next((g for g in view.groups if (g.head_at == head or g.governor in self.lex.owner_prepositions
                                                 or (g.first > view.first and view.tokens[g.first - 1].low in self.lex.owner_prepositions))
                     and 0 < g.first - head <= NOUN_GENITIVE_REACH + 1 and g.first < end), None)

    def _unnamed(self, view: SentenceView, cand: Candidate | None, sector: str, key_word: str, name: str,
                 span: tuple[int, int] | None, country: str | None = None, stateless: bool = False,
                 hit_state: str | None = None) -> str:
        """An actor the text does not name (`полицијата`, the unknown attacker): of the country
        of the sentence's place (or of the sentence just before: `Во Белград … Полицијата уапси`),
        else a state organ of the state whose organ the sentence before placed, else of `hit_state`
        (the state of the person its act hit), else of the one state whose institutions the clause names
        (`граѓани протестираа пред Собранието`), else of the country the document is about;
        `stateless` (`странски` before it, or the attacker of soldiers) of none;
        one per (country, sector, word) in the document."""
        # (a place in a clause after the act's is another story's: `… откако рече дека … служба во Ирак`)
        here = self._location(view, cand, Arguments([], [], []), ahead=False) if cand is not None else None
        place = self.entities.get(here or self.scenes.get(view.index - 1, ""))
        head = self.text.token_at(span[0]) if span is not None else None
        foreign = stateless or (head is not None and head > view.first
                                and self.text.tokens[head - 1].low in self.lex.foreign_adjectives) or (
            head is not None and any(tuple(t.low for t in self.text.tokens[head + 1:head + 1 + len(words)]) == words
                                     for words in self.lex.regional_complements))
        if foreign:
            key = (None, sector, key_word)
        elif key_word in self.lex.stateless_heads:
            key = (country, sector, key_word)
        elif key_word in self.lex.body_heads:
            key = (self.lex.body_heads[key_word], sector, key_word)
        else:
            placed = place.country if place else None
            if placed and sector in STATE_SECTORS:
                self.organ_places[view.index] = placed
            # (`X беше приведен во Варшава. Тој е обвинет за шпионажа …`: the same state's organs go on with the story)
            continued = self.organ_places.get(view.index - 1) if sector in STATE_SECTORS else None
            key = (country or placed or continued or hit_state or self._institutions_country(view, cand)
                   or (self._organs_country() if sector in STATE_SECTORS else None) or self._home_country(), sector, key_word)
        derived = self.collectives.get(key)
        if derived is None:
            stateless = "+stateless" if key_word in self.lex.stateless_heads or foreign else ""
            derived = Entity(id=f"C{len(self.collectives) + 1}.{sector}", name=name, type="ORG",
                             country=key[0], sector=sector, rule=f"events:collective{stateless}",
                             name_en=self.lex.unnamed_names_en.get(sector) if name == self.lex.unnamed_names.get(sector) else None)
            self.collectives[key] = derived
            self._register(("collective",) + key, derived)
        if span is not None:
            derived.mentions.append(Mention(start=span[0], end=span[1], text=name, sentence=view.index,
                                            kind="reference", rule="events:derived"))
        return derived.id

    def _institutions_country(self, view: SentenceView, cand: Candidate) -> str | None:
        """The one state whose institutions the trigger's clause names, else the sentence
        (`… сведочеше пред Конгресот дека агенцијата уапсила …`)."""
        clause = view.clause_of(cand.first)
        for pool in ([g for g in view.groups if view.clause_of(g.first) == clause], view.groups):
            countries = {ent.country for g in pool for ent in map(self.entities.get, g.entities)
                         if ent and ent.type == "ORG" and ent.country and ent.country not in INTERNATIONAL
                         and ent.sector in STATE_SECTORS}
            if countries:
                return next(iter(countries)) if len(countries) == 1 else None
        return None

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

    def _subject(self, view: SentenceView, cand: Candidate, candidates) -> tuple[Group | None, str | None]:
        if self._first_person(view, cand):
            speaker = self._quote_speaker(view, cand)
            return (speaker, "speaker") if speaker is not None else (None, None)
        running = self._running_quote_speaker(view, cand)
        if running is not None:
            return running, "speaker"
        resumed = self._resumed_clause(view, cand)
        if resumed is not None:
            carried = self._clause_subject(view, resumed, None) or (self._opening_body(view) if resumed == 0 else None)
            gender = self.lex.subject_pronouns.get(self.text.tokens[view.first].low) if resumed == 0 else None
            if carried is None and gender in ("masculine", "feminine"):
                # `Тој рече дека Софија нема да попушти и ја обвини Владата`: the person the opening pronoun stands for
                person = self._previous_person(view, gender)
                return (Group([Participant(p, view.first, view.first + 1) for p in person]), "previous") if person else (None, None)
            return carried, ("inherited" if carried else None)
        k = view.clause_of(cand.first)
        subject_end, _ = self._verb_bounds(view, cand, candidates)
        coordinator = self._coordinator_before(view, cand)
        if coordinator is not None:
            # `Трамп го прими Зеленски … и го критикуваше`: the names after the first verb's clitic are
            # its objects; the verb after `и` shares the subject before it
            subject_end = min([subject_end] + [i for i in range(view.clauses[k].first, coordinator)
                                               if self.text.tokens[i].low in self.lex.verb_clitics])
        found = [g for g in view.groups if g.clause == k and g.end <= subject_end and self._subject_like(g)
                 and not (self._only_reports(g) and any(t.text == "," for t in view.tokens[g.end:cand.first]))
                 and not self._dateline(view, g)]
        if k and view.clauses[k].opener in self.lex.object_relatives:
            if any(t.text == "," for t in view.tokens[view.clauses[k].first:cand.first]):
                # `Претседателот, кого Трамп го критикуваше, ја поддржа Данска`: past the comma, the name before's
                antecedent = self._relative_antecedent(view, k)
                return antecedent, ("subject" if antecedent else None)
            if found:  # `кого Трамп го критикуваше`: the clause's own subject
                return max(found, key=lambda g: g.end), "subject"
            collective = self._collective(view, cand, candidates)  # `на кого опозицијата му побара оставка`
            return (Group([Participant(collective, cand.first, cand.first)]), "collective") if collective else (None, None)
        if cand.trigger.noun and not self._own(view, cand) and self._light_verb(view, cand) is None:
            # (a light verb's subject is the verb's, however far: `Русија во ноќта … изврши напад`)
            found = [g for g in found if self._words_between(g.end, cand.first) <= NOUN_SUBJECT_REACH]
        if found and cand.trigger.noun and self._own(view, cand) and not self._possessor_agrees(view, cand, max(found, key=lambda g: g.end)):
            return None, None
        if found:
            return max(found, key=lambda g: g.end), "subject"
        source = self._source_subject(view, cand, k)
        if source is not None:
            return source, "subject"
        if not self._verbal(view, cand) or (cand.trigger.noun and self._own(view, cand)):
            return None, None  # (a reflexive possessive's owner is a subject named in its clause, no guess)
        possessor = self._possessor_subject(view, cand, k, subject_end)
        if possessor is not None:
            return possessor, "possessor"
        opener = view.clauses[k].opener
        first = view.clauses[k].first
        after = self._subject_after_relative_object(view, cand, k)
        if after is not None:
            return after, "subject-after"
        if k and (opener in self.lex.relative_openers and (self._adverbial_relative(view, first) or self._document_relative(view, first)
                                                           or self._oblique_relative(view, first))
                  or _opened_by(view.clauses[k], self.lex.manner_openers)):
            # `…, каде што се состана со X`, `резолуција со која ја осудува`, `со тоа што воведе царини`
            carried = self._clause_subject(view, k - 1, None)
            return carried, ("inherited" if carried else None)
        if (k and opener in self.lex.relative_openers and self._pronoun_before(view, cand, k)
                and not set(view.clauses[k].before_opener[-1:]) & self.lex.factive_heads):
            # `мерките коишто тој ги бара`: the relative pronoun is the object, `тој` the subject,
            # whom the clauses before name
            carried = self._clause_subject(view, k - 1, None)
            return carried, ("inherited" if carried else None)
        if k and opener in self.lex.relative_openers:
            antecedent = self._clause_subject(view, k - 1, opener) or self._collective_antecedent(view, cand, k)
            # `Катар и Египет, кои посредуваат …, ги повикаа`: past the comma that closes the relative
            # clause the verb is the antecedent's own
            closed = any(t.text == "," for t in view.tokens[view.clauses[k].first:cand.first])
            return antecedent, (None if not antecedent else "subject" if closed else "inherited")
        # `… изјави дека полицијата приведе 15 лица`, `Откако медиумите ги исмеаја …, портпаролот
        # X негираше дека …`: the clause's own unnamed subject acts, not the sentence's speaker
        collective = None if self._pair_anaphor(view, cand) else self._collective(view, cand, candidates)
        if collective is not None:  # (`Двајцата лидери потпишаа`: the pair named before)
            return Group([Participant(collective, cand.first, cand.first)]), "collective"
        speaker = self._quote_speaker(view, cand)
        if speaker is not None:
            return speaker, "speaker"
        helped = self._doubled_dative(view, k) if k and opener in self.lex.subjunctive else None
        if helped is not None:  # `САД ѝ помогнаа на Србија да уапси …`: the one helped or let acts
            return helped, "inherited"
        if k and self._pair_numeral(view, cand) and (self.last_compound or self.last_sides):
            return None, None  # `Калас изјави дека двете страни се согласиле`: the pair told of before, not the speaker
        inherited = self._clause_subject(view, k - 1, opener) if k else None
        return inherited, ("inherited" if inherited else None)

    def _doubled_dative(self, view: SentenceView, k: int) -> Group | None:
        """The `на` object right before `да` clause k that a dative clitic of the clause before
        doubles (`ѝ овозможи на Србија да …`)."""
        doubled = next((g for g in view.groups if g.end == view.clauses[k].first and g.governor == self.lex.genitive), None)
        if doubled is None or not any(self.text.tokens[i].low in self.lex.dative_clitics
                                      for i in range(view.clauses[k - 1].first, doubled.first)):
            return None
        return doubled

    def _collective_antecedent(self, view: SentenceView, cand: Candidate, k: int) -> Group | None:
        """An unnamed organ or collective right before relative clause k's pronoun, past the verb of
        the clause before (`… употреби палки против студентите кои ја блокираа зградата`): the
        clause's subject. (One opening its clause may be the subject of a verb after the relative
        clause, with no comma to close it: `Сведоците кои ќе влезат во програмата ќе потпишат …`.)"""
        at = view.clauses[k].first - 1
        while at >= view.first and view.tokens[at].low in RELATIVE_PUNCTUATION:
            at -= 1
        if (at <= view.clauses[k - 1].first or view.tokens[at].low not in self.lex.sector_heads
                or at in self._name_tokens(view)):
            return None
        return Group([Participant(self._head_actor(view, cand, at), at, at + 1)])

    def _relative_antecedent(self, view: SentenceView, k: int) -> Group | None:
        """The name right before relative clause k's pronoun, past its preposition and punctuation
        (`министерот, на кого …`), and past a role's lower-case complement (`Министерот за внатрешни
        работи, на кого …`)."""
        at = view.clauses[k].first
        while at - 1 >= view.first and (view.tokens[at - 1].low in RELATIVE_PUNCTUATION
                                        or view.tokens[at - 1].low in self.lex.reporting.prepositions):
            at -= 1
        found = next((g for g in view.groups if g.end == at or (
            g.end < at <= g.end + ROLE_COMPLEMENT_WORDS and view.tokens[g.end].low in self.lex.reporting.prepositions
            and all(t.word and not t.cap for t in view.tokens[g.end:at]))), None)
        # (`електричар на ОН кому му беше наредено`: the pronoun is the electrician's, not the `на` phrase's)
        return None if found is not None and found.governor == self.lex.genitive and found.head is not None else found

    def _coordinated_recipient(self, view: SentenceView, cand: Candidate, actor: list[str]) -> list[str]:
        """The recipient of the same actor's act in the clause just before, when a coordinator
        (`и`, `но`, `а`) joins the trigger's clause to it."""
        event = self._coordinated_act(view, cand, actor)
        return list(event.recipient) if event is not None else []

    def _coordinated_act(self, view: SentenceView, cand: Candidate, actor: list[str]) -> Event | None:
        """The same actor's act in the clause just before, when a coordinator (`и`, `но`, `а`) joins
        the trigger's clause to it."""
        if not self.sentence_coded:
            return None
        before, event = self.sentence_coded[-1]
        if event.actor != actor:
            return None
        k, j = view.clause_of(before.first), view.clause_of(cand.first)
        if j == k + 1 and view.clauses[j].opener in self.lex.reporting.complementisers:
            # `ја обвини Владата дека ги штити трговците и побара намалување …`: the verb after `и` in the
            # accusation's content, with the accuser's actor, is the accuser's next act
            joined = self.text.tokens[cand.first - 1].low in self.lex.clause_coordinators
        elif j in (k, k + 1) and self._verbal_adverb(cand):
            joined = True  # `протестираа пред Министерството, барајќи лекови`: a verbal adverb goes on with the act before
        elif j == k + 1:
            joined = view.clauses[j].opener in self.lex.clause_coordinators
        else:
            joined = j == k and any(t.low in self.lex.clause_coordinators for t in view.tokens[before.end:cand.first])
        return event if joined else None

    def _verbal_adverb(self, cand: Candidate) -> bool:
        return not cand.trigger.noun and self.text.tokens[cand.first].low.endswith(self.lex.gerund_endings)

    def _met_partners(self, view: SentenceView, cand: Candidate, actor: list[str]) -> list[str]:
        """The other participants of a meeting the actor took part in, told just before in the
        sentence and joined to the trigger's clause by a coordinator."""
        if not self.sentence_coded or not actor:
            return []
        before, event = self.sentence_coded[-1]
        others = [a for a in event.actor + event.recipient if a not in actor]  # (a host or guest, or joint participants)
        if event.type != "CONSULT" or not others or not set(actor) <= set(event.actor):
            return []
        k, j = view.clause_of(before.first), view.clause_of(cand.first)
        if j not in (k, k + 1) or not any(t.low in self.lex.clause_coordinators for t in view.tokens[before.end:cand.first]):
            return []
        return others

    def _source_subject(self, view: SentenceView, cand: Candidate, k: int) -> Group | None:
        """`Од ВМРО-ДПМНЕ ги отфрлија обвинувањата`: a verb's body named after the preposition
        that opens its sentence, with no other name before the verb; a noun's when that verb is
        plural (`Од СДСМ најавија протест`)."""
        if (k or view.tokens[view.first].low not in self.lex.source_subject_prepositions
                or (cand.trigger.noun and self._opening_body(view) is None)):
            return None
        before = [g for g in view.groups if g.end <= cand.first]
        if len(before) != 1 or not self._opens_after_preposition(view, before[0]) or before[0].governor not in self.lex.source_subject_prepositions:
            return None
        return before[0]

    def _dateline(self, view: SentenceView, group: Group) -> bool:
        """A place in capitals opening the sentence that a dash closes, maybe after a date and an agency
        (`БЕЛГРАД –`, `ТИРАНА, 11 февруари (АФП) –`): the copy's dateline, no subject of the sentence's acts
        (a capitalised `Белград – …` may be one)."""
        if group.first != view.first or any(self.entities[p.entity].type not in PLACE_TYPES
                                            for p in group.members if p.entity in self.entities):
            return False
        if not all(t.text.isupper() for t in view.tokens[group.first:group.end] if t.word):
            return False
        return any(t.text in DATELINE_DASHES for t in view.tokens[group.end:min(view.end, group.end + DATELINE_REACH)])

    def _subject_after_relative_object(self, view: SentenceView, cand: Candidate, k: int) -> Group | None:
        """`измените што ги бара Бугарија`: in a relative clause whose pronoun an object clitic
        doubles, the bare name right after the verb is its subject (not after a preposition:
        `резолуција со која ја осудува Русија`, the clitic doubles the name)."""
        clause = view.clauses[k]
        between = self.text.tokens[clause.first + 1:cand.first]
        if (not k or clause.opener not in self.lex.relative_openers or not between
                or self.text.tokens[clause.first - 1].low in self.lex.governors
                or any(t.low not in self.lex.reporting.object_clitics for t in between)):
            return None
        # (a name set off by a comma is the pronoun's, and so the subject: `Вучиќ, кој го критикуваше Курти`)
        named = self.text.tokens[clause.first - 1].text == "," and any(
            g.end == clause.first - 1 and g.governor is None for g in view.groups)
        return None if named else next((g for g in view.groups if g.first == cand.end and g.governor is None), None)

    def _pronoun_before(self, view: SentenceView, cand: Candidate, k: int) -> bool:
        """A personal pronoun stands between the clause's opener and the trigger: the clause's own subject."""
        return any(self.text.tokens[i].low in self.lex.reporting.pronouns for i in range(view.clauses[k].first + 1, cand.first))

    def _adverbial_relative(self, view: SentenceView, first: int) -> bool:
        """`каде што`, `кога што`: a relative clause of place or time."""
        return first > view.first and view.tokens[first - 1].low in self.lex.adverbial_relatives

    def _oblique_relative(self, view: SentenceView, first: int) -> bool:
        """`…, со кои потпиша меморандум`: a preposition governs the relative pronoun, which is then
        not the clause's subject; the dropped subject is the one of the clause before."""
        return first > view.first and view.tokens[first - 1].low in self.lex.oblique_relative_prepositions

    def _document_relative(self, view: SentenceView, first: int) -> bool:
        """A relative clause about a document (`усвои резолуција со која ја осудува Русија`): the
        document speaks for whoever made it, the subject of the clause before."""
        at = first - 1
        if at > view.first and view.tokens[at].low in self.lex.reporting.prepositions:
            at -= 1
        return at >= view.first and view.tokens[at].low in self.lex.document_nouns

    def _possessor_subject(self, view: SentenceView, cand: Candidate, k: int, subject_end: int) -> Group | None:
        """The name of the `на` phrase of a noun of members or envoys that opens the clause, as
        the subject (`Членовите на ЕП ги повикаа`: the members of the EP act for it)."""
        clause_first = view.clauses[k].first
        names = self._name_tokens(view)
        for g in view.groups:
            if g.clause != k or g.end > min(subject_end, cand.first) or g.governor != self.lex.genitive or g.head_at is None:
                continue
            head = g.head_at  # `Министрите за надворешни работи на ЕУ`: the members' noun before its complement
            if self.text.tokens[head].low not in self.lex.member_heads:
                head = role_of(view, g.first - 1, self.lex)
            if (head is not None and head - clause_first <= POSSESSOR_HEAD_REACH
                    and self.text.tokens[head].low in self.lex.member_heads
                    and not names.intersection(range(clause_first, head + 1))):
                return g
        return None

    def _enclosed_actor(self, view: SentenceView, cand: Candidate, slots: tuple[str, ...]) -> Group | None:
        """A name inside a verb's word sequence as its actor: bare, the subject after the verb
        (unless a clitic before the verb makes it the object: `го осуди X на …`), or under an actor
        preposition (`реагираа од СДСМ по изјавата`)."""
        doubled = cand.span_first > view.first and self.text.tokens[cand.span_first - 1].low in self.lex.verb_clitics
        return next((g for g in view.groups if cand.first < g.first and g.end <= cand.end
                     and ((g.governor is None and "subject" in slots and not doubled) or (g.governor is not None and g.governor in slots))), None)

    def _subject_author(self, view: SentenceView, cand: Candidate, actor: Group | None) -> Group | None:
        """The name in the `на` phrase of a subject that is someone's words, plan or decision
        (`Изјавата на Мицкоски предизвика критики од …`, `Планот на Вашингтон наиде на отпор`), or
        the state of the demonym before it: their author, at whom the criticism or resistance they
        meet is aimed."""
        k = view.clause_of(cand.first)
        first = view.clauses[k].first
        noun = first + 1  # `Американскиот став наиде на отпор`: the author by its demonym
        if noun < cand.first and self.text.tokens[noun].low in self.lex.authored_objects and noun in self.demonym_ends:
            return Group([Participant(self.demonym_ends[noun].id, first, noun)], clause=k)
        return next((g for g in view.groups if g.clause == k and g.end <= cand.first and g is not actor
                     and g.governor == self.lex.genitive and g.head_at is not None
                     and self.text.tokens[g.head_at].low in self.lex.authored_objects
                     # the noun opens the clause, an adjective at most before it (`Спорната изјава на X`)
                     and all(t.low.endswith(self.lex.adjective_endings) for t in self.text.tokens[view.clauses[k].first:g.head_at])
                     and g.head_at - view.clauses[k].first <= 1), None)

    def _members_after(self, view: SentenceView, cand: Candidate) -> Group | None:
        """Members of states or bodies named right after an intransitive verb, its subject in
        inverted order (`На самитот учествуваа премиерите на Србија и Албанија`): the states."""
        if cand.end >= view.end or self.text.tokens[cand.end].low not in self.lex.member_heads:
            return None
        return next((g for g in view.groups if g.head_at == cand.end and g.governor is None), None)

    def _name_tokens(self, view: SentenceView) -> set[int]:
        return {i for g in view.groups for p in g.members for i in range(p.first, p.end)}

    def _dropped_subject(self, view: SentenceView, cand: Candidate, recipient: Group | None) -> tuple[list[str], str | None]:
        """The subject a verb trigger's clause does not name: a verbal adverb's (`Поздравувајќи
        ја одлуката, Санадер рече ...`) is the sentence's bare name after it; a finite verb's,
        when no name comes before it in the sentence (`Тој додаде ...`, pro-drop), the last
        sentence's person."""
        if self.text.tokens[cand.first].low.endswith(self.lex.gerund_endings):
            main = next((g for g in view.groups if g.first >= cand.end and self._subject_like(g) and g is not recipient), None)
            return (self._group_entities(main), "inherited") if main else ([], None)
        if any(g.first < cand.first for g in view.groups if self._subject_like(g)):
            return [], None
        beneficiary = self._dative_referent(view, cand)
        if beneficiary is not None:
            return self._group_entities(beneficiary), "inherited"
        shared = self._plural_clause_subject(view, cand)
        if shared is not None:  # `Студентите … ги блокираа влезовите, а тие бараа …`
            return [shared], "collective"
        pronoun = self._explicit_pronoun(view, cand)
        if pronoun == "plural":  # `Тие, исто така, ја истакнаа …`: the unnamed group of the sentence before
            if self.plural_topic is not None and view.index - self.plural_topic[0] == 1:
                return list(self.plural_topic[1]), "previous"
            if self.plural_head is not None and view.index - self.plural_head[0] == 1:
                head = self.text.tokens[self.plural_head[1]]  # `…, рекоа европарламентарците. Тие повикаа …`
                return [self._unnamed(view, cand, self.lex.sector_heads[head.low], head.low, head.text, None)], "previous"
            return [], None
        if pronoun is None and not self._nothing_before_verb(view, cand):  # `Одборот се согласи`: a noun is the subject
            return [], None
        previous = self._previous_person(view, pronoun)
        return (previous, "previous") if previous else ([], None)

    def _plural_clause_subject(self, view: SentenceView, cand: Candidate) -> str | None:
        """The plural collective opening the sentence that `тие` opening a later clause of it stands
        for (`Студентите што протестираа … ги блокираа влезовите, а тие бараа …`)."""
        k = view.clause_of(cand.first)
        if not k:
            return None
        tokens = self.text.tokens
        clause = view.clauses[k]
        opening = next((i for i in range(clause.first, cand.first) if tokens[i].low.isalpha()
                        and tokens[i].low not in self.lex.reporting.coordinators | self.lex.reporting.clause_openers), None)
        if opening is None or self.lex.subject_pronouns.get(tokens[opening].low) != "plural":
            return None
        # the head, or its adjective, with the plural article (`Студентите`, `Незадоволните студенти`)
        head = view.first + (1 if tokens[view.first].low not in self.lex.sector_heads else 0)
        word = tokens[head].low if head < view.end else ""
        if (head in self._name_tokens(view) or word not in self.lex.sector_heads
                or not tokens[view.first].low.endswith(self.lex.plural_definite)):
            return None
        return self._unnamed(view, cand, self.lex.sector_heads[word], word, tokens[head].text,
                             (tokens[head].start, tokens[head].end), self._owner(view, head))

    def _explicit_pronoun(self, view: SentenceView, cand: Candidate) -> str | None:
        """The gender (or `plural`) of a subject pronoun that opens the sentence (after a
        conjunction at most) and is the subject of a verb trigger in its clause or in the `да`
        clause that completes it (`Тој се очекува да се состане`), with no bare name between
        them; or right after a date that opens the sentence (`Во понеделникот тој …`). `Истиот`
        counts only right before the verb, `се`, `ќе`, `не`, or a clitic before a verb that agrees.
        (A pronoun further into the sentence, after another adverbial, may have moved on to
        another person.)"""
        k = view.clause_of(cand.first)
        first = view.clauses[k].first
        if k and view.clauses[k].opener in self.lex.subjunctive:
            first = view.clauses[k - 1].first
        words = self.lex.reporting
        closed = words.coordinators | words.clause_openers
        opening = next((i for i in range(view.first, cand.first) if self.text.tokens[i].low.isalpha()
                        and self.text.tokens[i].low not in closed), None)
        if opening is not None and (self.text.tokens[opening].low not in self.lex.subject_pronouns.keys() | self.lex.same_pronouns.keys()
                                    or opening in self._time_tokens(view)):  # `Истиот ден тој …`: a date, no pronoun
            opening = self._past_opening_adverbial(view, cand)
        if opening is None or opening < first:
            return None
        low, after = self.text.tokens[opening].low, self.text.tokens[opening + 1].low
        gender = self.lex.subject_pronouns.get(low)
        same = self.lex.same_pronouns.get(low)
        if gender is None and same is not None and (
                opening + 1 == cand.first or after in self.lex.reflexive | self.lex.future | self.lex.negation
                or (after in self.lex.verb_clitics and not cand.trigger.noun  # before a clitic only when the verb agrees:
                    and self.text.tokens[cand.first].low.endswith(self.lex.plural_verb_endings) == (same == "plural"))):
            gender = same  # `Истиот го критикуваше`, not `Истиот го поддржаа пратениците` (its object)
        if gender is None or any(opening < g.first < cand.first and self._subject_like(g) for g in view.groups):
            return None
        return gender

    def _past_opening_adverbial(self, view: SentenceView, cand: Candidate) -> int | None:
        """The first word past the date that opens the sentence before the trigger (`Во понеделникот тој …`)."""
        times = self._time_tokens(view)
        at = view.first
        while at < cand.first and at in times:
            at += 1
        return at if at > view.first else None

    def _joined_actors(self, view: SentenceView, cand: Candidate, subject: Group) -> list[str]:
        """The names a joining phrase sets off between the subject and the verb (`Мицкоски, заедно
        со Вучиќ и Рама, ја критикуваше …`): they act with the subject."""
        tokens = self.text.tokens
        joined = []
        for g in view.groups:
            if not subject.end <= g.first < cand.span_first or tokens[subject.end].low != ",":
                continue
            opener = next((o for o in self.lex.joined_actor_openers if g.first - len(o) >= subject.end
                           and tuple(t.low for t in tokens[g.first - len(o):g.first]) == o), None)
            # (right after the subject's comma, and closed by a comma before the verb)
            if opener is not None and g.first - len(opener) == subject.end + 1 and tokens[g.end].low == ",":
                joined.extend(self._group_entities(g))
        return joined

    def _coordinated_pronoun(self, view: SentenceView, group: Group) -> list[str]:
        """The person of the sentence before that a subject pronoun opening the sentence and
        coordinated with the group's name stands for (`Таа и Бериша …`), of its gender."""
        at = group.first - 2
        tokens = self.text.tokens
        if at != view.first or tokens[at + 1].low not in self.lex.reporting.coordinators:
            return []
        gender = self.lex.subject_pronouns.get(tokens[at].low)
        return self._previous_person(view, gender) if gender in ("masculine", "feminine") else []

    def _nothing_before_verb(self, view: SentenceView, cand: Candidate) -> bool:
        """Only function words, pronouns, numbers and punctuation stand between the clause
        start and a verb trigger, so its subject is dropped rather than a common noun."""
        words = self.lex.reporting
        closed = words.clitics | words.clause_openers | words.coordinators | words.content_breaks | self.lex.subjectless_adverbs
        for i in range(view.clauses[view.clause_of(cand.first)].first, cand.first):
            low = self.text.tokens[i].low
            if low.isalpha() and low not in closed and low not in words.pronouns and low not in self.lex.negation:
                return False
        return True

    def _previous_person(self, view: SentenceView, gender: str | None = None) -> list[str]:
        """The person of the sentence just before, whom a dropped subject or a pronoun means
        (of the pronoun's gender, when the name shows one)."""
        if self.topic is not None and view.index - self.topic[0] <= PREVIOUS_SUBJECT_REACH:
            people = self._group_entities(self.topic[1])
            shown = self.topic_gender or (self._person_gender(people[0]) if len(people) == 1 else None)
            if gender is not None and (len(people) != 1 or (shown == "feminine") != (gender == "feminine")):
                return self._other_person(view, gender)
            return people
        return []

    def _other_person(self, view: SentenceView, gender: str) -> list[str]:
        """The one person of the pronoun's gender the sentence just before names when its subject is
        of the other (`Каја Калас се сретна со Вучиќ. Тој ѝ вети …`: Vučić)."""
        index, groups = self.earlier_groups
        if index != view.index - 1 or gender not in ("masculine", "feminine"):
            return []
        people = {e for g in groups for e in g.entities if e in self.entities and self.entities[e].type == "PER"
                  and (self._person_gender(e) == "feminine") == (gender == "feminine")}
        return list(people) if len(people) == 1 else []

    def _plural_collective(self, actors: list[str]) -> bool:
        """One unnamed collective whose word is a plural (`европарламентарците`, `граѓани`), a `тие` of the next sentence."""
        ent = self.entities.get(actors[0]) if len(actors) == 1 else None
        return ent is not None and ent.name.lower().endswith(self.lex.plural_endings)

    def _clitic_person(self, view: SentenceView, cand: Candidate, actors: list[str]) -> str | None:
        """The one person among the actors that a singular dative clitic right before the verb
        doubles (`Тие му ветија`: the man of the pair), if the others are left to act."""
        i = cand.span_first - 1
        while i >= view.first and self.text.tokens[i].low in self.lex.reflexive:
            i -= 1
        gender = self.lex.person_clitics.get(self.text.tokens[i].low) if i >= view.first else None
        if gender is None or len(actors) < 2:
            return None
        people = [a for a in actors if a in self.entities and self.entities[a].type == "PER"
                  and (self._person_gender(a) or "masculine") == gender]
        return people[0] if len(people) == 1 else None

    def _person_gender(self, ident: str) -> str | None:
        """`feminine` when one of the person's written names shows it (`Марија Петреска`)."""
        words = self.lex.reporting
        ent = self.entities.get(ident)
        for name in [ent.name, *(m.text for m in ent.mentions)] if ent is not None else []:
            parts = name.lower().split()
            if len(parts) > 1 and (parts[-1].endswith(words.feminine_surname_endings) or (
                    parts[0].endswith(words.feminine_first_name_endings) and parts[0] not in words.masculine_names_ending_like_feminine)):
                return "feminine"
        return None

    def _pronoun_subject(self, view: SentenceView, cand: Candidate) -> bool:
        """A singular personal pronoun and no name before the trigger in its clause (`Во декември
        тој беше обвинет …`), or a passive opening the sentence with its subject dropped (`Сепак,
        бил убиен од снајпер`): the person the sentence before was about."""
        k = view.clause_of(cand.first)
        if any(g.clause == k and g.first < cand.first for g in view.groups):
            return False
        if cand.passive and k == 0:
            return True
        return any(self.lex.reporting.pronouns.get(self.text.tokens[i].low) in ("masculine", "feminine")
                   for i in range(view.clauses[k].first, cand.first))

    def _pronoun_carried(self, view: SentenceView, cand: Candidate) -> bool:
        """A clause joined by a conjunction (`, но беше негиран`) with nothing before its verb
        carries the subject of the clause before, a singular pronoun opening it (`Тој си замина …`)."""
        k = view.clause_of(cand.first)
        clause = view.clauses[k]
        if not k or clause.opener not in self.lex.reporting.clause_openers or clause.opener in self.lex.relative_openers:
            return False
        if any(g.clause == k and g.first < cand.first for g in view.groups):
            return False
        j = k - 1  # past the content clauses of the one before (`Тој си замина со изјава дека …, но`)
        while j and (view.clauses[j].opener in self.lex.reporting.complementisers or view.clauses[j].opener in self.lex.subjunctive):
            j -= 1
        prev = view.clauses[j]
        first = prev.first + (1 if j else 0)
        return (first < prev.end and self.lex.reporting.pronouns.get(view.tokens[first].low) in ("masculine", "feminine")
                and not any(g.clause == j for g in view.groups if self._subject_like(g)))

    def _foreign_place(self, location: str | None, actors: list[str]) -> bool:
        """The event's place is in a state none of the actors belongs to."""
        place = self.entities.get(location or "")
        own = {self.entities[a].country for a in actors if a in self.entities}
        return bool(place and place.country and own and None not in own and place.country not in own)

    def _country_of_place(self, location: str) -> str:
        """The document's entity of the state a place lies in, else the place itself."""
        country = self.entities[location].country
        state = next((e for e in self.doc.entities if e.type == "GPE" and e.kb_id == f"gpe:{country}"), None)
        return state.id if state is not None else location

    def _bilateral(self, view: SentenceView, cand: Candidate, args: Arguments, location: str | None) -> bool:
        """`Стојанов се состана со Новак`, `Илиев разговараше со Шмит`: a subject meeting a
        `со` partner of another state, with no sign of a gathering of many (a third international
        body or a summit in the clause, a third country's place) is one side calling on the
        other, actor and recipient as the gold visits have them; so is a body's official meeting
        a state's (`Ван Ромпеј се состана со Бок`). A meeting within one state, or with a body's
        delegation, keeps all its participants as actors."""
        countries = lambda ids: {self.entities[e].country if e in self.entities else None for e in ids}  # noqa: E731
        mine, theirs = countries(args.actor), countries(args.recipient)
        if None in mine | theirs or mine & theirs or theirs & INTERNATIONAL:
            return False
        place = self.entities.get(location or "")
        if place is not None and place.country not in mine | theirs:
            return False
        k = view.clause_of(cand.first)
        sides = set(args.actor) | set(args.recipient)
        if any(g.clause == k and {self.entities[e].country for e in g.entities if e in self.entities and e not in sides}
               & INTERNATIONAL for g in view.groups):
            return False
        return not view.contains(view.first, view.end, self.lex.gathering_cues)

    def _hosted(self, args: Arguments, location: str | None) -> bool:
        """A visit: the meeting takes place in the recipient's country (or the seat of its
        international body: `во Брисел` for the EU), not the actor's."""
        place = self.entities.get(location or "")
        if not (place and place.country):
            return False
        hosts = {place.country, self.lex.seats.get(place.kb_id or "")} - {None}
        countries = lambda ids: {self.entities[e].country for e in ids if e in self.entities}  # noqa: E731
        return bool(hosts & countries(args.recipient)) and not hosts & countries(args.actor)

    def _place_group(self, group: Group | None) -> bool:
        return group is not None and all(self.entities.get(e) is not None and self.entities[e].type in PLACE_TYPES
                                         for e in group.entities)

    def _leading_adverbial(self, view: SentenceView, cand: Candidate) -> bool:
        """A noun trigger in the phrase that opens the sentence (`По состанокот со X, Y рече`)."""
        return cand.trigger.noun and cand.first - view.first <= LEADING_PHRASE and self.text.tokens[view.first].low in self.lex.governors

    def _inserted_subject(self, view: SentenceView, cand: Candidate) -> Group | None:
        """For a noun trigger in a phrase set off by a comma after the clause's verb (`Мицкоски
        рече во петокот, по разговорите со Мерц, дека …`): the subject of that clause, before the
        comma, whose circumstance the phrase tells."""
        k = view.clause_of(cand.first)
        start = view.clauses[k].first
        at = next((i for i in range(cand.first - 1, max(start, cand.first - LEADING_PHRASE) - 1, -1)
                   if self.text.tokens[i].low in self.lex.governors), None)
        if not cand.trigger.noun or at is None or at == start or self.text.tokens[at - 1].text != ",":
            return None
        return next((g for g in view.groups if g.clause == k and g.end < at and self._subject_like(g)
                     and not self._only_reports(g)), None)

    def _main_clause_subject(self, view: SentenceView, cand: Candidate) -> Group | None:
        """The subject of the clause a verbal adverb or an opening adverbial leans on: the first
        bare name after the comma that closes its phrase."""
        comma = next((i for i in range(cand.end, view.end) if self.text.tokens[i].text == ","), None)
        if comma is None:
            return None
        return next((g for g in view.groups if g.first > comma and self._subject_like(g)), None)

    def _dative_referent(self, view: SentenceView, cand: Candidate) -> Group | None:
        """`Посетата на Заев … му понуди можност да се сретне …`: a `да` clause with no subject
        after a dative clitic is the act of the person the clitic doubles, the person named
        before it in the sentence."""
        k = view.clause_of(cand.first)
        if not k or view.clauses[k].opener not in self.lex.subjunctive or cand.first - view.clauses[k].first > STATUS_REACH:
            return None  # the trigger is the `да` clause's own verb (`да се сретне`), not one further on
        dative = next((i for i in range(view.clauses[k].first - 1, view.first - 1, -1)
                       if self.text.tokens[i].low in self.lex.dative_clitics), None)
        if dative is None:
            return None
        people = [g for g in view.groups if g.end <= dative and all(
            self.entities.get(e) is not None and self.entities[e].type in TOPIC_TYPES for e in g.entities)]
        return people[-1] if people else None

    def _note_scene(self, view: SentenceView) -> None:
        """The place the sentence is set in: a place under a location preposition that opens it
        (`Во Белград илјадници луѓе …`), not one told on the way (`служел во Ирак`)."""
        scene = next((g for g in view.groups if g.governor in self.lex.location_prepositions and self._place_group(g)
                      and g.first - view.first <= LEADING_PHRASE), None)
        if scene is not None:
            self.scenes[view.index] = scene.entities[0]

    def _previous_subject_state(self, view: SentenceView, actors: list[str]) -> list[str]:
        """The state that is the bare subject of the sentence just before, when it is none of the actors' own."""
        index, groups = self.earlier_groups
        state = self._opening_state(groups) if index == view.index - 1 else None
        if state is None or self.entities[state[0]].country in self._countries(actors):
            return []
        return state

    def _opening_state(self, groups: list[Group]) -> list[str] | None:
        """The one state that is a sentence's first group (of `groups`) and a bare subject."""
        first = groups[0] if groups else None
        if first is None or not self._subject_like(first) or len(first.entities) != 1:
            return None
        state = self.entities.get(first.entities[0])
        return list(first.entities) if state is not None and is_state(state.kb_id) else None

    def _note_disaster(self, view: SentenceView) -> None:
        """The first place of a sentence telling of a disaster (`Земјотрес го погоди Мароко`)."""
        if not any(self.text.tokens[i].low.startswith(self.lex.disaster_words) for i in range(view.first, view.end)):
            return
        place = next((g for g in view.groups if self._place_group(g)), None)
        if place is not None:
            self.last_disaster = (view.index, place.entities)

    def _note_topic(self, view: SentenceView) -> None:
        """The sentence's first bare name of a person, the subject a following sentence may
        drop (`Тој додаде ...`, pro-drop)."""
        bare = next((g for g in view.groups if self._subject_like(g) and all(
            self.entities.get(e) is not None and self.entities[e].type in TOPIC_TYPES for e in g.entities)), None)
        if bare is not None:
            self.topic, self.topic_gender = (view.index, bare), None
            self.subjects[view.index] = bare.entities
        elif (role := self._role_complement(view)) is not None:
            # `Амбасадорката на ЕУ се сретна со … Таа го пофали …`: the unnamed holder acts for the body
            self.topic, self.topic_gender = role
        elif (holder := self._opening_office_holder(view)) is not None:
            # `Портпаролката на полицијата изјави … Таа ги повика …`: the unnamed holder, when no person was named before
            self.topic, self.topic_gender = holder
        elif (state := self._opening_state(view.groups)) is not None:
            # `Северна Кореја испали ракета. Токио го осуди истрелувањето`: the state whose act is judged next
            self.subjects[view.index] = state
        elif self._pronoun_continues_topic(view):
            # `X е осомничен … Тој беше обвинет … Тој е задржан`: a chain of pronouns keeps the person
            self.topic = (view.index, self.topic[1])
        if self.plural_topic is None or self.plural_topic[0] != view.index:
            tokens = self.text.tokens
            taken = self._name_tokens(view)
            prepositions = self.lex.reporting.prepositions | self.lex.governors
            heads = [i for i in range(view.first, view.end) if i not in taken and tokens[i].low in self.lex.sector_heads
                     and tokens[i].low.endswith(self.lex.plural_definite) and not (i > view.first and tokens[i - 1].low in prepositions)]
            self.plural_head = (view.index, heads[0]) if len(heads) == 1 else None

    def _pronoun_continues_topic(self, view: SentenceView) -> bool:
        """The sentence's first clause has a singular personal pronoun before any name, of the
        gender of the one person the topic within reach is."""
        if self.topic is None or view.index - self.topic[0] > PREVIOUS_SUBJECT_REACH:
            return False
        first_name = min((g.first for g in view.groups), default=view.end)
        pronoun = next((self.lex.reporting.pronouns[t.low] for t in self.text.tokens[view.first:min(first_name, view.clauses[0].end)]
                        if t.low in self.lex.reporting.pronouns), None)
        people = self._group_entities(self.topic[1])
        if pronoun not in ("masculine", "feminine") or len(people) != 1:
            return False
        shown = self.topic_gender or self._person_gender(people[0])
        return (shown == "feminine") == (pronoun == "feminine")

    def _role_complement(self, view: SentenceView) -> tuple[tuple[int, Group], str] | None:
        """The named body or state of the role phrase with no holder's name that opens the sentence
        (`Амбасадорката на ЕУ`, `Портпаролот на Владата`), with the gender the role noun shows."""
        tokens = self.text.tokens
        roles = self._bare_roles(range(view.first, view.end))
        if not roles or roles[0][0] != view.first or roles[0][1] + 1 >= view.end:
            return None
        at = roles[0][1]
        if tokens[at + 1].low not in self.lex.role_connectors:
            return None
        body = next((g for g in view.groups if at + 1 < g.first <= at + 2 + ROLE_COMPLEMENT_WORDS), None)
        if body is None or any(self.entities.get(e) is None or self.entities[e].type == "PER" for e in body.entities):
            return None
        gender = "feminine" if tokens[at].low in self.lex.reporting.feminine_role_forms else "masculine"
        return (view.index, body), gender

    def _opening_office_holder(self, view: SentenceView) -> tuple[tuple[int, Group], str] | None:
        """The unnamed office holder that opens the sentence as its subject (`Поранешниот министер …`), with the
        gender its role noun shows, in a text that names no person before it (where people are named, a later
        pronoun is as often one of them under another role: see `_office_holder`)."""
        first = view.groups[0] if view.groups else None
        if first is None or first.first != view.first or not self._subject_like(first) or len(first.entities) != 1:
            return None
        holder = self.entities.get(first.entities[0])
        start = self.text.tokens[view.first].start
        if holder is None or holder.rule != OFFICE_RULE or any(
                e.type == "PER" and any(m.start < start for m in e.mentions) for e in self.doc.entities):
            return None
        feminine = any(self.text.tokens[i].low in self.lex.reporting.feminine_role_forms for i in range(first.first, first.end))
        return (view.index, first), "feminine" if feminine else "masculine"

    def _quote_speaker(self, view: SentenceView, cand: Candidate) -> Group | None:
        """The speaker the quotes stage found, as a group of its own: inside a direct quote, or an
        indirect one that opens the sentence before its attribution, a dropped subject is the
        speaker's (`„Ќе ги повикаме ...“`, `Побараа од Косово …, соопшти Комисијата`), and a
        trigger that introduces a reported statement (`Тој вети дека ...`) is the speaker's act."""
        start = self.text.tokens[cand.first].start
        sentence_start = self.text.tokens[view.first].start
        k = view.clause_of(cand.first)
        following = view.clauses[k + 1] if k + 1 < len(view.clauses) else None
        content_start = (self.text.tokens[following.first].start
                         if following and following.opener in self.lex.reporting.complementisers else None)
        quote = next((q for q in self.doc.quotes if (q.speaker or self._speaker_head(view, q) is not None) and q.sentence == view.index and (
            (q.start <= start < q.end and (q.direct or (q.start == sentence_start and self._nothing_before_verb(view, cand))
                                           or self._dropped_in_content(view, cand)))
            or (not q.direct and content_start is not None and 0 <= q.start - content_start <= CUE_REACH))), None)
        if quote is None:  # a direct quote closed and attributed in this sentence (`„… . Ние треба да соработуваме“, рече X`)
            sentence_end = self.text.tokens[view.end - 1].end
            quote = next((q for q in self.doc.quotes if q.speaker and q.direct and q.sentence < view.index
                          and q.start <= start < q.end <= sentence_end and self._named_between(q.speaker, q.end, sentence_end)
                          and not any(g.first < cand.first for g in view.groups)
                          and not any(view.first < i <= cand.first for i in self.demonym_ends)), None)
        if quote is None or self._third_person_subject(view, cand):
            return None
        head = self._speaker_head(view, quote) if quote.speaker is None else None
        if head is not None:  # `Од опозицијата најавија дека ќе бараат …`: the unnamed body that speaks
            return Group([Participant(self._head_actor(view, cand, head), cand.first, cand.first)])
        if quote.speaker not in self.entities:
            return None
        # `Унгарија и Словачка најавија дека ќе го блокираат …`: speakers named together before the statement act together
        joint = next((g for g in view.groups if quote.speaker in g.entities and len(set(g.entities)) > 1 and g.governor is None
                      and self.text.tokens[g.end - 1].end <= quote.start), None)
        speakers = list(dict.fromkeys(joint.entities)) if joint is not None else [quote.speaker]
        return Group([Participant(e, cand.first, cand.first) for e in speakers])

    def _speaker_head(self, view: SentenceView, quote: Quote) -> int | None:
        """The token of an unnamed speaker that is one organ or collective word (`опозицијата`), before the quote."""
        if quote.speaker is not None or not quote.speaker_text or quote.speaker_text.lower() not in self.lex.sector_heads:
            return None
        return next((i for i in range(view.first, view.end) if self.text.tokens[i].text == quote.speaker_text
                     and self.text.tokens[i].end <= quote.start), None)

    def _first_person(self, view: SentenceView, cand: Candidate) -> bool:
        """A verb trigger in the first person (its first word past the clitics) inside a direct
        quote: the speaker (`„… ќе бараме поддршка“`, an interview's `Се сретнав со …`)."""
        start = self.text.tokens[cand.first].start
        return any(q.direct and q.start <= start < q.end for q in self.doc.quotes) and self._first_person_verb(cand)

    def _first_person_verb(self, cand: Candidate) -> bool:
        if cand.trigger.noun:
            return False
        closed = self.lex.reporting.clitics | self.lex.negation
        verb = next((i for i in range(cand.first, cand.end) if self.text.tokens[i].low not in closed), None)
        return verb is not None and self.text.tokens[verb].low.endswith(self.lex.first_person_endings)

    def _running_quote_speaker(self, view: SentenceView, cand: Candidate) -> Group | None:
        """The speaker of a direct quote in the sentence just before, for a verb trigger in the first
        person outside any quote: the speaker's words run on past where the quote was found to end
        (`„Реков …, зборував со судијата.\nМу се јавив …“`); the narrator never says `I`."""
        start = self.text.tokens[cand.first].start
        if not self._first_person_verb(cand) or any(q.start <= start < q.end for q in self.doc.quotes):
            return None
        quote = next((q for q in reversed(self.doc.quotes) if q.direct and q.sentence == view.index - 1
                      and q.speaker in self.entities), None)
        return Group([Participant(quote.speaker, cand.first, cand.first)]) if quote is not None else None

    def _dropped_in_content(self, view: SentenceView, cand: Candidate) -> bool:
        """The verb trigger opens the verb of a reported statement's `дека` clause whose subject is
        dropped: only function words and a date stand before it (`Тој додаде дека во четвртокот
        ќе се сретне со …`), so the speaker the quotes stage resolved acts."""
        k = view.clause_of(cand.first)
        if cand.trigger.noun or not k or view.clauses[k].opener not in self.lex.reporting.complementisers:
            return False
        dated = self._time_tokens(view)
        words = self.lex.reporting
        closed = words.clitics | words.complementisers | words.coordinators | words.content_breaks
        return all(i in dated or not self.text.tokens[i].low.isalpha() or self.text.tokens[i].low in closed
                   or self.text.tokens[i].low in self.lex.negation
                   for i in range(view.clauses[k].first, cand.first))

    def _named_between(self, ident: str, start: int, end: int) -> bool:
        ent = self.entities.get(ident)
        return ent is not None and any(start <= m.start < end for m in ent.mentions)

    def _third_person_subject(self, view: SentenceView, cand: Candidate) -> bool:
        """`таа`, `тој`, `тие` before the verb in its clause, or right before the `да` that opens
        it (`природно е тие да бараат`): within a speaker's own words the subject is someone else
        (`„Таа побара од мене …“`), not the speaker."""
        clause = view.clauses[view.clause_of(cand.first)]
        words = [self.text.tokens[i].low for i in range(clause.first, cand.first)]
        if clause.opener in self.lex.subjunctive and clause.before_opener:
            words.append(clause.before_opener[-1])
        return any(w in self.lex.reporting.pronouns for w in words)

    @staticmethod
    def _subject_like(group: Group) -> bool:
        """A bare name, or a bare organ of one (`Владата на Македонија`)."""
        return group.governor is None

    def _clause_subject(self, view: SentenceView, k: int, opener: str | None) -> Group | None:
        """The subject a clause hands on to the next one: for a relative clause the name just
        before it; else the first bare name of clause k, or of the clauses before it, that is no
        news source."""
        if opener in self.lex.relative_openers:  # the name right before the pronoun, if it is one
            at = view.clauses[k + 1].first
            while at - 1 >= view.first and view.tokens[at - 1].low in RELATIVE_PUNCTUATION:
                at -= 1  # `СРС -- кој ќе биде финансиран`
            found = next((g for g in view.groups if g.end == at), None)
            if (found is not None and opener in self.lex.invariant_relatives and found.governor == self.lex.genitive and found.organ is None
                    and view.tokens[found.first - 1].low == self.lex.genitive
                    and found.head is not None and found.head not in self.lex.member_heads and not self.lex.is_role(found.head)):
                # `законодавството на САД што бараше …`: the clause describes the legislation, not the
                # state (a gendered pronoun may agree with the name: `формирањето на СРС, кој …`)
                return None
            return found
        while k >= 0:
            own = [g for g in view.groups if g.clause == k and self._subject_like(g) and not self._only_reports(g)]
            if own:
                return min(own, key=lambda g: g.first)
            k -= 1
        return None

    def _only_reports(self, group: Group) -> bool:
        """A news source handing its clause on (`Како што дознава МИА, министерот ќе …`): it
        reports what follows, it does not do it."""
        return all(self.entities.get(e) is not None and self.entities[e].sector == "JRN" for e in group.entities)

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

    def _governed(self, view: SentenceView, cand: Candidate, prep: str, candidates, exclude: Group | None = None) -> Group | None:
        k = view.clause_of(cand.first)
        start, stop = self._verb_bounds(view, cand, candidates)
        own = {k, view.clause_of(cand.end - 1)}  # (a trigger running on past `да`: its last word's clause too)
        mine = [g for g in view.groups if g.clause in own and g.governor == prep and not self._origin(view, g)
                and not self._partitive(view, g) and not self._document_place(view, g) and not self._bordering(view, g)]
        # the `на` of a dative a word sequence encloses comes first, its preposition among the trigger's words
        # (`ѝ исплати на Србија втора транша за … на Западен Балкан`)
        enclosed = [g for g in view.groups if prep == self.lex.genitive and g.clause in own and cand.first < g.first - 1
                    and g.end <= cand.end and self.text.tokens[g.first - 1].low == prep]
        after = enclosed or [g for g in mine if cand.end <= g.first < stop]
        if cand.trigger.noun and prep == self.lex.genitive:
            # a noun's genitive follows it closely, or follows the one before it (`посетата на Ердоган
            # на Берлин`: the second is where the visit goes)
            close, reach_end = [], cand.end
            for g in sorted(after, key=lambda g: g.first):
                if g.first - reach_end > (NOUN_GENITIVE_REACH if not close else 1):
                    break
                close.append(g)
                reach_end = g.end
            after = [g for g in close if g is not exclude]
        if after:
            return min(after, key=lambda g: g.first)
        if prep == self.lex.genitive:  # before the trigger `на X` is a possessor, not a recipient,
            # unless a dative clitic doubles it right before the verb (`на претседателот Мојсиу му предложи`)
            if cand.trigger.noun:
                return None
            doubled = [g for g in mine if g.end < cand.first and g.first >= view.clauses[k].first and self._dative_doubled(view, g.end, cand.span_first)]
            return doubled[-1] if doubled else None
        before = [g for g in mine if g.end <= cand.first and g.first >= view.clauses[k].first]
        return max(before, key=lambda g: g.end) if before else None

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
        collective says where its people come from; it is neither agent nor source of an act."""
        at = group.first - 2
        return (group.governor in self.lex.owner_prepositions and group.governor != self.lex.genitive
                and at >= view.first and self.text.tokens[at + 1].low == group.governor
                and self.text.tokens[at].low in self.lex.sector_heads)

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

    def _pair_anaphor(self, view: SentenceView, cand: Candidate) -> bool:
        clause = view.clauses[view.clause_of(cand.first)]
        return any(w in self.lex.pair_anaphora for w in view.words(clause.first, cand.first))

    def _opening_possessive(self, view: SentenceView, cand: Candidate) -> str | None:
        """The gender (or `plural`) of a third-person possessive that opens the sentence and the
        noun trigger's phrase, adjectives at most between them (`Нивната последна средба`): the
        owner, named before, does the act."""
        if not cand.trigger.noun:
            return None
        opening = view.first + (view.tokens[view.first].low in self.lex.reporting.coordinators)
        gender = self.lex.object_possessives.get(view.tokens[opening].low)
        between = range(opening + 1, cand.first)
        if gender is None or len(between) > POSSESSIVE_ADJECTIVES or not all(view.tokens[i].low.isalpha() for i in between):
            return None
        return None if self._name_tokens(view) & set(between) else gender

    def _hostile_sides(self, sentence: int) -> list[str]:
        """The actors of the last two hostile acts of the two sentences before, when they are of two countries."""
        recent = [a for s, a in self.hostile_actors if 1 <= sentence - s <= 2 and a in self.entities]
        if len(recent) < 2:
            return []
        last, other = recent[-1], recent[-2]
        countries = {self.entities[last].country, self.entities[other].country}
        return [other, last] if None not in countries and len(countries) == 2 else []

    def _pair_numeral(self, view: SentenceView, cand: Candidate) -> bool:
        clause = view.clauses[view.clause_of(cand.first)]
        return any(w in self.lex.pair_numerals for w in view.words(clause.first, cand.first))

    def _dispute(self, ev: Event) -> bool:
        """A dispute act by one party toward one of another country (`Георгиев ја обвини македонската Влада`)."""
        sides = [self.entities.get(i) for i in ev.actor + ev.recipient]
        return (ev.type in DISPUTE_TYPES and len(ev.actor) == 1 and len(sides) == 2
                and all(e is not None and e.country for e in sides) and sides[0].country != sides[1].country)

    def _two_sides(self, ev: Event) -> bool:
        """One state (or its capital) or person acting toward another of another country (`Хрватска ја обвини Србија`)."""
        sides = [self.entities.get(i) for i in ev.actor + ev.recipient]
        return (len(sides) == 2 and all(e is not None and e.country and e.type in ("PER", "GPE") for e in sides)
                and sides[0].country != sides[1].country)

    def _location(self, view: SentenceView, cand: Candidate, args: Arguments, ahead: bool = True) -> str | None:
        """The place of the event: a GPE/LOC under a location preposition, in the trigger's
        clause, else in its sentence (without `ahead`, in the clauses up to the trigger's and no
        further than ACT_PLACE_REACH words after the trigger: `… го продолжуваше мандатот на
        војската за операции против бунтовниците во северен Ирак` tells the operations' place);
        never one of the participants."""
        used = set(args.actor) | set(args.recipient)
        k = view.clause_of(cand.first)

        def places(groups):
            return [g for g in groups if g.governor in self.lex.location_prepositions and self._place_group(g)
                    and not used & set(g.entities) and (ahead or g.first - cand.end < ACT_PLACE_REACH)]

        for pool in ([g for g in view.groups if g.clause == k], [g for g in view.groups if ahead or g.clause <= k]):
            found = places(pool)
            if found:
                return min(found, key=lambda g: abs(g.first - cand.first)).entities[0]
        return None

    def _meeting_place(self, view: SentenceView, cand: Candidate) -> str | None:
        """The place a meeting is told in, before its verb or right after it (`во Вашингтон се сретна`,
        `се сретна во Дамаск со …`), not one further in the clause (`разговараше за доаѓањето … во Македонија`)."""
        k = view.clause_of(cand.first)
        found = [g for g in view.groups if g.clause == k and g.governor in self.lex.location_prepositions
                 and self._place_group(g) and (g.first < cand.first or g.first <= cand.end + 1)]
        return found[0].entities[0] if len(found) == 1 else None

    # ---- status, date, mode, context, attribution ------------------------------------------

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
        if clause.opener in lex.hypothetical_openers:  # (`доколку Хамас не ги ослободи`: a condition, negated or not)
            return "hypothetical", ["condition"]
        # a purpose or possibility phrase reaches to the next comma (`Со цел да се осигури …,
        # земјите се согласија`: the agreement itself is an act); one that opens the clause holds
        # a negation too (`за можноста да не се постигне договор`)
        comma = max((i for i in range(clause.first, cand.first) if self.text.tokens[i].text == ","), default=None)
        if self._frustrated(view, clause):  # before a possibility: `не можеа да се сретнат` tells it not done
            return "negated", ["frustrated"]
        if cand.trigger.type == "CONSULT" and _opened_by(clause, lex.scheduled_modals) and self._dated_ahead(view):
            return "future", ["future:scheduled"]  # `утре треба да се сретне`: set for a day to come
        if _opened_by(clause, lex.hypothetical_sequences) and comma is None:
            return "hypothetical", ["purpose-or-condition"]
        if (near & lex.negation and not self._negated_governor(view, cand, light, anchor)) or _opened_by(clause, lex.negated_future):
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
            return "future", ["future"]
        if clause.opener in lex.subjunctive and self._future_governed(view, clause):
            return "future", ["future:intent"]
        if cand.trigger.noun and any(w.startswith(lex.future_governors) for w in near):
            return "future", ["future:announced"]  # `синдикатите најавија штрајк`, `планираат протест`
        if cand.trigger.noun and view.has_sequence(cand.end, clause.end, lex.scheduled_sequences):
            return "future", ["future:scheduled"]  # `Посетата … е закажана за март`
        if view.has_sequence(clause.first, clause.end, lex.historical_sequences):
            return "historical", ["historical"]
        return "asserted", []

    def _dated_ahead(self, view: SentenceView) -> bool:
        """A time expression of the sentence starts after the publication date (`утре`, `во петокот` told ahead)."""
        published = self.doc.published
        return published is not None and any(
            view.first <= self.text.token_at(t.start) < view.end and t.value and (period_start(t.value) or published) > published
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
                or _until([t.low for t in tokens[cand.end:view.end]], self.lex))

    def _condition_subject(self, view: SentenceView, cand: Candidate, actors: list[str], own: set[str]) -> list[str]:
        """The bare name in another clause of the sentence that sets a condition (`доколку`,
        `ако`), neither an actor nor of the actors' own country."""
        k = view.clause_of(cand.first)
        conditions = {n for n, c in enumerate(view.clauses) if n != k and c.opener in self.lex.hypothetical_openers}
        if k and self.text.tokens[view.first].low in self.lex.hypothetical_openers:
            conditions.add(0)  # (`Ако Украина …, Русија ќе …`: the sentence opens with the condition)
        group = next((g for g in view.groups if g.clause in conditions and g.governor is None
                      and not set(g.entities) & set(actors) and not self._of_countries(g, own)), None)
        return self._group_entities(group) if group is not None else []

    def _warned(self, view: SentenceView, cand: Candidate) -> bool:
        """The trigger's clause is what a verb of warning says (`предупреди дека ќе …`, also past
        its one-word object: `ја предупреди Москва дека …`)."""
        return self._warning_clause(view, cand) is not None

    def _warning_clause(self, view: SentenceView, cand: Candidate) -> int | None:
        """The `дека` clause right after the verb of warning whose statement holds the trigger,
        also through a second `и дека` of the same warning (`предупреди дека нема да толерира … и
        дека ќе одговори`)."""
        complementisers = self.lex.reporting.complementisers
        k = self._said_clause(view, cand)
        while view.clauses[k].opener in complementisers:
            clause = view.clauses[k]
            if set(clause.before_opener) & self.lex.warning_verbs:
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

    def _future_governed(self, view: SentenceView, clause) -> bool:
        """A `да` clause after an intention verb (`планира да`, `ќе ... да`)."""
        k = view.clauses.index(clause)
        if k == 0:
            return False
        prev = view.clauses[k - 1]
        words = view.words(prev.first, prev.end)
        return any(w in self.lex.future for w in words) or any(w.startswith(self.lex.future_governors) for w in words)

    def _date(self, view: SentenceView, first: int, end: int, own_subject: bool = False) -> tuple[str | None, bool]:
        """The date of the trigger's tokens [first, end): its governing time expression, else the
        date of the record's part it stands in, else the publication date."""
        tokens = self.text.tokens
        found = governing_time(self.doc, tokens[first].start, tokens[end - 1].end, self.lang)
        if (found is not None and found.value and not self._told_date(view, first, found.start)
                and not (own_subject and self._contrasted_date(view, first, found.start))
                and not self._second_predicate_date(end, found.start)):
            return found.value, False
        told = reference_date(self.doc, tokens[first].start)
        return (told.isoformat(), True) if told else (None, False)

    def _dated_after(self, cand: Candidate) -> bool:
        """The trigger's governing time expression stands after it (`договорија средба во мај`)."""
        tokens = self.text.tokens
        found = governing_time(self.doc, tokens[cand.first].start, tokens[cand.end - 1].end, self.lang)
        return found is not None and found.start >= tokens[cand.end - 1].end

    def _interval_before(self, view: SentenceView, first: int) -> str | None:
        """The day of an act in a clause told a counted number of days before the clause it follows
        (`Протестот се одржа еден ден откако судот ги укина …`): that clause's date less the days."""
        words = date_words(self.lang)
        tokens = self.text.tokens
        opener = next((k for k in range(first - 1, view.first + 1, -1)
                       if tokens[k].low in words.interval_before_openers or tokens[k].low in words.clause_words), None)
        if opener is None or tokens[opener].low not in words.interval_before_openers:
            return None
        count, unit = tokens[opener - 2].low, tokens[opener - 1].low
        is_day = "day" in (words.units_singular.get(unit), words.units_plural.get(unit))
        days = words.numbers.get(count) if is_day else None
        at = opener - 3  # the last word of the clause before
        while at > view.first and not tokens[at].word:
            at -= 1
        if days is None or at < view.first:
            return None
        when, _ = self._date(view, at, at + 1)
        if when is None or len(when) != len("YYYY-MM-DD"):
            return None
        return (date.fromisoformat(when) - timedelta(days=days)).isoformat()

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
        Соединетите Држави тврдат`, `…, а Вучиќ изјави`) is not the date of that clause's act."""
        own = view.clause_of(first)
        k = max((n for n, c in enumerate(view.clauses) if self.text.tokens[c.first].start <= at), default=own)
        openers = self.lex.new_subject_openers | self.lex.contrast_openers
        return k < own and any(c.opener in openers for c in view.clauses[k + 1:own + 1])

    def _told_date(self, view: SentenceView, first: int, at: int) -> bool:
        """A date inside a later `дека`, `да` or relative clause dates what is told, asked or
        described, not the act of the clause before (`го обвини дека во 2020 …`, `го повика
        Собранието да го изгласа законот до крајот на декември`, `условите, кои ги постави пред две години`)."""
        own = view.clause_of(first)
        k = max((n for n, c in enumerate(view.clauses) if self.text.tokens[c.first].start <= at), default=own)
        subordinate = self.lex.reporting.complementisers | self.lex.subjunctive | self.lex.relative_openers
        if (k == own and view.clauses[own].opener in self.lex.relative_openers and at < self.text.tokens[first].start
                and any(t.text == "," for t in self.text.tokens[self.text.token_at(at):first])):
            # `Маркиќ, кој беше уапсен во октомври 2024, ја негираше вината`: the relative, closed before the verb, dates him;
            # one dating a gathering dates what was done at it (`на самитот, кој заврши синоќа, постигнаа договор`)
            return not self._dated_gathering(view, own)
        return k > own and any(c.opener in subordinate for c in view.clauses[own + 1:k + 1])

    def _dated_gathering(self, view: SentenceView, k: int) -> bool:
        """Relative clause k describes a gathering named just before it (`самитот во Брисел, кој …`)."""
        opener = view.clauses[k].first
        return any(t.low.startswith(self.lex.gathering_stems)
                   for t in view.tokens[max(view.first, opener - GATHERING_REACH):opener])

    def _long_ago(self, when: str) -> bool:
        end = period_end(when)
        published = self.doc.published
        return bool(end and published and (published - end).days >= self.lex.historical_days)

    def _mode(self, view: SentenceView, cand: Candidate, etype: str, args: Arguments, location: str | None) -> str | None:
        if cand.trigger.mode and etype == cand.trigger.type:
            return cand.trigger.mode
        for mode, words in self.lex.mode_cues.get(etype, ()):
            if view.contains(view.first, view.end, words):
                return mode
        if etype != "CONSULT":
            return None
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
                if quote.speaker and quote.speaker not in actors:
                    return quote.speaker
        if k and view.clauses[k].opener in rep.complementisers:
            prev = view.clauses[k - 1]
            if any(t in rep.verbs for t in view.words(prev.first, prev.end)):
                speaker = self._clause_subject(view, k - 1, None)
                if speaker and not set(speaker.entities) & set(actors):
                    return speaker.entities[0]
        return None


@cache
def _sequences_by_first(sequences: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], tuple[int, ...], dict[str, tuple[tuple[str, ...], ...]]]:
    """The sequences' first parts, their lengths, and the rest of each sequence under its first
    part: a word is then tested only against the sequences its own beginnings open."""
    rests: dict[str, list[tuple[str, ...]]] = {}
    for seq in sequences:
        rests.setdefault(seq[0], []).append(seq[1:])
    return tuple(rests), tuple(sorted({len(first) for first in rests})), {first: tuple(r) for first, r in rests.items()}


def _sequence_starts(words: list[str], sequences: tuple[tuple[str, ...], ...]) -> list[int]:
    """Where one of the word-beginning sequences starts in `words`."""
    firsts, lengths, rests = _sequences_by_first(sequences)
    return [i for i, word in enumerate(words) if word.startswith(firsts) and any(  # one C-level test per word first
        all(i + j < len(words) and words[i + j].startswith(part) for j, part in enumerate(rest, 1))
        for n in lengths if n <= len(word) for rest in rests.get(word[:n], ()))]


def _sequence_ends(words: list[str], sequences: tuple[tuple[str, ...], ...]) -> list[int]:
    """The index right after each match of one of the word-beginning sequences in `words`."""
    return [at + len(seq) for at in _sequence_starts(words, sequences) for seq in sequences
            if all(at + j < len(words) and words[at + j].startswith(part) for j, part in enumerate(seq))]


def _has_sequence(words: list[str], sequences: tuple[tuple[str, ...], ...]) -> bool:
    return bool(_sequence_starts(words, sequences))


def _until(words: list[str], lex: EventLexicon) -> bool:
    """The words hold an `until` (`додека Владата не …`): the word with a negation within two words after it."""
    return any(w in lex.until_openers and set(words[i + 1:i + 4]) & lex.negation for i, w in enumerate(words))


def capital_of(ent: Entity) -> str | None:
    """The country a capital stands for, from the knowledge base (None for other entities)."""
    if not ent.kb_id:
        return None
    actor = load_kb().get(ent.kb_id)
    return actor.capital_of if actor is not None else None


def _opened_by(clause, sequences) -> bool:
    """Whether the clause's opener ends one of the word sequences (`нема да`, `за да`)."""
    return any(seq[-1] == clause.opener and clause.before_opener[-(len(seq) - 1):] == seq[:-1]
               for seq in sequences if len(seq) > 1)


