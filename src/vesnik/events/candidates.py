"""Trigger candidates: the lexicon's words and word sequences in a sentence, and the tests that
keep a candidate (a verb of doing, not a name, an attribute or a framing noun).

A part of the event coder's document run (`vesnik.events.coder`), which mixes it in."""
from __future__ import annotations

from vesnik.clean.repair import OPENING_QUOTES
from vesnik.events.base import (ANSWERED_ACTS, ATTRIBUTIVE_REACH, CLAUSE_MARKS, CLOSING_QUOTES, Candidate, FACED_REACH,
                                FRAME_REACH, LEADING_PHRASE, LIGHT_VERB_MODIFIERS, NAME_PHRASE_REACH, NEGATION_REACH,
                                TIME_POINT_MODIFIERS,
                                SPEECH_ACTS, STATEMENT_TYPES, has_until)
from vesnik.events.lexicon import Trigger
from vesnik.events.sentence import DEFINITE_ENDINGS, Group, SentenceView, past_adverbial_aside, past_parenthetical


class TriggerCandidates:
    def _triggers(self, view: SentenceView, taken: set[int]) -> list[Candidate]:
        found: list[Candidate] = []
        tokens, forms = self.text.tokens, self.lex.trigger_forms
        i = view.first
        while i < view.end:
            # (a word that opens no entry is passed over here: this runs on every word; `FBI-истрага`
            # opens one by its last part, as `_trigger_at` reads it)
            low = tokens[i].low
            opens = low in forms or ("-" in low and low.rsplit("-", 1)[-1] in forms)
            cand = None if i in taken or not opens else self._trigger_at(view, i, taken)
            if cand is None:
                i += 1
                continue
            found.append(cand)
            i = cand.end
        return found

    def _agent_phrase_after(self, view: SentenceView, trig: Trigger, end: int) -> bool:
        """A phrase that stands for the passive's agent preposition (`од страна на`) follows in the clause."""
        clause = view.clauses[view.clause_of(end - 1)]
        lows = view.words(end, clause.end)
        return any(prep in trig.passive.actor and len(words) > 1 and any(tuple(lows[j:j + len(words)]) == words for j in range(len(lows)))
                   for words, prep in self.lex.preposition_phrases)

    def _trigger_at(self, view: SentenceView, i: int, taken: set[int]) -> Candidate | None:
        low = self.text.tokens[i].low.rsplit("-", 1)[-1]  # `FBI-истрага`: the last part carries the meaning
        for trig in self.lex.sequences.get(low, ()):
            if any(map(view.low_set.isdisjoint, trig.sequence[1:])):
                continue  # a later word of the sequence is nowhere in the sentence
            end = self._sequence_end(view, trig, i, taken)
            if end is not None and trig.no_reflexive and (self._reflexive_use(view, i) or self._reflexive_use(view, end - 1)):
                continue  # `да се прифатат барањата`, `нема да се прифати` (the verb last): an impersonal passive
            if end is not None and self._fits(view, trig, end):
                # `санкциите наметнати од САД`, `Договорот од Охрид, постигнат во 2023`: a participle right after
                # its noun, after a comma or after a form of "be" (`Договорот беше постигнат по …`) is passive
                postposed = trig.noun_first and (end - i == 2 or self.text.tokens[end - 2].text == "," or (
                    end - i == 3 and self.text.tokens[i + 1].low in self.lex.passive_auxiliaries)) and self.text.tokens[
                    end - 1].low.endswith(self.lex.postposed_participle_endings)
                # `е осуден на две години затвор`: a participle opening a sequence whose unnamed agent the entry knows
                participle = trig.passive_actor is not None and low.endswith(self.lex.passive_endings)
                # `му беше доделена титулата … од страна на X`: a participle opening the sequence right after a form of
                # "be", its agent phrase after it (not a state: `е подготвен да ги ослободи`)
                told_passive = (not trig.noun and low.endswith(self.lex.passive_endings) and i > view.first
                                and self.text.tokens[i - 1].low in self.lex.passive_auxiliaries and self._agent_phrase_after(view, trig, end))
                return Candidate(trig, i, end, trig.passive_sense or postposed or participle or told_passive,
                                 self._with_reflexive(view, i))
        for trig in self.lex.single.get(low, ()):
            if trig.unless_before and i > view.first and self.text.tokens[i - 1].low in trig.unless_before:
                continue  # `четворица обвинети`, `вториот обвинет`: a participle after a count or article word names people
            if trig.unless_subject and self._abstract_subject(view, trig, i):
                continue  # `ситуацијата бара брзи решенија`: a thing that requires, no one who asks
            if trig.no_document_object and self._document_object(view, i):
                continue  # `ја доставија студијата`: a paper handed in, nothing sent to help
            if self._fits(view, trig, i + 1):
                if trig.no_reflexive and self._reflexive_use(view, i):
                    continue  # `се повика на`, `повикувајќи се на`: invoking, not calling on
                reflexive_at = self._with_reflexive(view, i)
                passive = trig.passive_sense or not trig.noun and low not in trig.lemmas and (low.endswith(
                    self.lex.plural_participle_endings if reflexive_at < i else self.lex.passive_endings) or (
                    i > view.first and self.text.tokens[i - 1].low in self.lex.passive_auxiliaries | self.lex.first_person_auxiliaries
                    and low.endswith(self.lex.auxiliary_participle_endings)))
                return Candidate(trig, i, i + 1, passive, reflexive_at)
        return None

    def _sequence_end(self, view: SentenceView, trig: Trigger, i: int, taken: set[int]) -> int | None:
        clause_end = view.clauses[view.clause_of(i)].end
        at = i
        for part in trig.sequence[1:]:
            # `нема да дозволи`, `подготвен веднаш да седне`: `да`, after adverbs at most, goes on with the sequence
            if (clause_end < view.end and self.text.tokens[clause_end].low in self.lex.subjunctive
                    and all(t.low in self.lex.subjectless_adverbs for t in self.text.tokens[at + 1:clause_end])):
                clause_end = view.clauses[view.clause_of(clause_end)].end
            nxt = next((j for j in range(at + 1, min(at + 2 + trig.max_gap, clause_end))
                        if j not in taken and self.text.tokens[j].low in part), None)
            if nxt is None:
                return None
            at = nxt
        return at + 1

    def _span_blockers(self, cand: Candidate) -> set[int]:
        """The tokens of a candidate's span that neither coordination nor government crosses: all of them but the
        coordinators and commas in a word sequence's gap, which join the names there (`ги повика Белград и Приштина
        на дијалог`: both are callees)."""
        span = set(range(cand.first, cand.end))
        if not cand.trigger.sequence:
            return span
        tokens = self.text.tokens
        return {i for i in span if i in (cand.first, cand.end - 1) or not (
            tokens[i].low in self.lex.coordinators or tokens[i].text == ",")}

    def _state_at(self, at: int) -> bool:
        return at in self.place_starts and self.place_starts[at].type == "GPE"

    def _fronted_state(self, view: SentenceView, trig: Trigger, end: int) -> bool:
        """A one-word trigger's object is a state named right before its clitic (`Косово го признаа и …`)."""
        clitic = end - 2
        return (not trig.sequence and clitic - 1 >= view.first and self.text.tokens[clitic].low in self.lex.reporting.object_clitics
                and self._state_at(clitic - 1))

    def _fits(self, view: SentenceView, trig: Trigger, end: int) -> bool:
        """The entry's `needs` (and `needs_also`) and `unless` words in the sentence, `unless_clause` words in the
        trigger's clause, `unless_next` after the trigger, `unless_after` and `needs_after` in the two words after it,
        and for a `no_state` entry no state named in the sentence."""
        state_named = trig.state_object and (self._state_at(end) or self._fronted_state(view, trig, end))
        if trig.needs and not state_named and not self._has_needed(view, trig, end):
            return False
        if trig.needs_also and not view.contains(view.first, view.end, trig.needs_also):
            return False
        if trig.unless_next and trig.unless_next & set(view.words(end, view.end)):
            return False
        if trig.unless_after and self._next_two_words_have(view, end, trig.unless_after):
            return False
        if trig.needs_after and not self._next_two_words_have(view, end, trig.needs_after):
            return False
        if trig.sought and self._seeking(view, trig, end):
            return False
        if trig.no_state and any(view.first <= at < view.end and place.type == "GPE" for at, place in self.place_starts.items()):
            return False
        exempt = self._offstage_exempt(view)
        if exempt is not None and trig.type not in exempt:
            return False  # `побара пенал`: the game's; `ве повикувам да гласаме`: the chamber's procedure
        if trig.unless_clause:
            clause = view.clauses[view.clause_of(end - 1)] if view.clauses else view
            if view.contains(clause.first, clause.end, trig.unless_clause):
                return False
        return not (trig.unless and view.contains(view.first, view.end, trig.unless))

    def _next_two_words_have(self, view: SentenceView, end: int, beginnings: tuple[str, ...]) -> bool:
        """One of the two words after the trigger begins so; an opening quote is no word (`испраќа „погрешна порака“`)."""
        after = end + (end < view.end and self.text.tokens[end].text in OPENING_QUOTES)
        return view.contains(end, min(after + 2, view.end), beginnings)

    def _has_needed(self, view: SentenceView, trig: Trigger, end: int) -> bool:
        """One of the entry's `needs` words in the sentence (or its `needs_before` sentences before); an `until` opener among them counts only when it opens
        an `until` after the trigger (`сè додека Владата не …`), not as `while` (`додека трае сушата`)."""
        plain = tuple(w for w in trig.needs if w not in self.lex.until_openers)
        first = self.text.sentence_tokens(max(0, view.index - trig.needs_before)).start if trig.needs_before else view.first
        return (bool(plain) and view.contains(first, view.end, plain)) or (
            len(plain) < len(trig.needs) and has_until(view.words(end, view.end), self.lex))

    def _stance_in_relative(self, view: SentenceView, cand: Candidate) -> bool:
        """`земјите што го поддржуваат планот`, `Турција, која долго го поддржува Баку`: a stance in the
        present of a relative clause whose pronoun is its subject describes the one it is about, no act
        (`резолуција со која ја поддржува Украина` is the body's act; so is one dated to a day: `која
        денеска ја поддржува`); so does one negated in any tense (`земјите што сè уште не го признале Косово`:
        what the ones described have not done)."""
        if cand.trigger.noun:
            return False
        clause = view.clauses[view.clause_of(cand.first)]
        tokens = self.text.tokens
        # (a state's present passive too: `војниците, кои се распоредени во X`; `кои беа распоредени` is an act)
        state = cand.trigger.type in self.lex.relative_state_types and cand.passive and any(
            tokens[i].low in self.lex.present_passive_auxiliaries for i in (cand.first - 1, cand.first) if i > clause.first)
        if cand.trigger.type not in self.lex.relative_stance_types and not state:
            return False
        verb = tokens[cand.first + 1 if cand.end - cand.first > 1 and tokens[cand.first].low in self.lex.reflexive else cand.first].low
        return (clause.opener in self.lex.relative_openers
                and not set(clause.before_opener[-1:]) & self.lex.oblique_relative_prepositions
                and (state or verb.endswith(self.lex.present_endings)  # (the verb, not the particle of `што се залагаат`)
                     or bool(set(view.words(max(clause.first + 1, cand.first - NEGATION_REACH), cand.first)) & self.lex.negation)
                     # (set off by a comma after its head, `со оглед на тоа што војската бара` tells a reason; and no comma
                     # after the pronoun, which may end the relative clause: `писмото, кое го потпишаа …, лекарите бараат`)
                     or (verb in self.lex.present_forms
                         and self.text.tokens[clause.first].low == clause.opener and self.text.tokens[clause.first - 1].text == ","
                         and not any(t.text == "," for t in self.text.tokens[clause.first + 1:cand.first])))
                and not any(t.precision == "day" and clause.first <= self.text.token_at(t.start) < clause.end
                            for t in self.doc.times))

    def _oblique_relative_clause(self, view: SentenceView, cand: Candidate) -> int | None:
        """The index of the trigger's clause when an oblique relative pronoun opens it (`со која`), not the first."""
        k = view.clause_of(cand.first)
        clause = view.clauses[k]
        if not k or clause.opener not in self.lex.relative_openers \
                or not set(clause.before_opener[-1:]) & self.lex.oblique_relative_prepositions:
            return None
        return k

    def _rejected_content(self, view: SentenceView, cand: Candidate, candidates: list[Candidate]) -> bool:
        """`го отфрли предлогот за резолуција со која се осудуваат нападите`, `стави вето на нацртот со кој се
        бараше прекин на огнот`: what a document would do, told in its oblique relative clause, is not done when the
        clause before rejects the document (`усвои резолуција со која се бара …` does tell the body's act)."""
        k = self._oblique_relative_clause(view, cand)
        if k is None:
            return False
        clause = view.clauses[k]
        # (a document between the rejection and the clause: `ја откажа седницата на која бараа …` rejects no text)
        return any(c.trigger.type in self.lex.rejecting_types and c.end <= clause.first and view.clause_of(c.first) == k - 1
                   and view.contains(c.end, clause.first, self.lex.rejected_documents) for c in candidates)

    def _document_content(self, view: SentenceView, cand: Candidate) -> bool:
        """`потпишаа договор, со кој двете страни се обврзуваат да …`: for a `document_content` entry, an oblique
        relative clause of a document named in the clause before tells what the document binds its parties to, the
        content of the signing told with it, no act of its own."""
        k = self._oblique_relative_clause(view, cand) if cand.trigger.document_content else None
        return k is not None and view.contains(view.clauses[k - 1].first, view.clauses[k].first, self.lex.content_documents)

    def _purpose_of_described(self, view: SentenceView, cand: Candidate) -> bool:
        """`војници испратени да се борат`: a `да` clause right after a participle that follows its noun tells what
        the people it describes were sent or chosen for, no act of its own (`ги испратија војниците да се борат`,
        with a verb, does tell one)."""
        tokens = self.text.tokens
        k = cand.first - 1
        while k > view.first and tokens[k].low in self.lex.verb_clitics:
            k -= 1
        if k - 2 < view.first or tokens[k].low not in self.lex.subjunctive:
            return False
        participle, noun = tokens[k - 1], tokens[k - 2]
        # (a plural noun before it: `Министерот покани да …` is an aorist that ends like one)
        return (participle.low.endswith(self.lex.plural_participle_endings) and noun.word
                and noun.low.endswith(self.lex.plural_endings) and noun.low not in self.lex.verb_clitics | self.lex.plural_object_clitics | self.lex.reporting.coordinators)

    def _background_in_relative(self, view: SentenceView, cand: Candidate) -> bool:
        """`Дутерте, кој беше уапсен во Манила`: a past passive right after its auxiliary in a relative
        clause whose pronoun is its subject recalls what was done to the clause's head (the caller
        keeps it when the clause names who did it)."""
        if cand.trigger.type not in self.lex.relative_background_types or not cand.passive or cand.trigger.noun:
            return False
        clause = view.clauses[view.clause_of(cand.first)]
        tokens = self.text.tokens
        between = tokens[clause.first + 1:cand.first - 1]  # (`кој минатата година беше уапсен`)
        # set off by a comma after its head (`при кои беа уапсени`, `при што`: the pronoun is no subject)
        return (clause.opener in self.lex.relative_openers and tokens[clause.first].low == clause.opener
                and tokens[clause.first - 1].text == ","
                and tokens[cand.first - 1].low in self.lex.past_passive_auxiliaries
                # (`кои се обидоа …, а петмина беа приведени`: the pronoun is no subject of the passive)
                and len(between) <= 3 and not any(t.cap or t.low in self.lex.reporting.coordinators for t in between))

    def _appositive(self, view: SentenceView, cand: Candidate, candidates: list[Candidate]) -> bool:
        """`Сенцов, осуден во 2015 година на …, е меѓу …`, `Силите, поддржани од коалицијата, започнаа …`: a
        passive participle set off by a comma right after its noun describes it, as a relative clause would;
        the sentence's act is its own verb's (an indictment so told is coded: `apposed_act_types`). Not a fronted
        passive (`Според МВР, приведени се 14 лица`) nor one of a list sharing a form of "be" (`беше уапсен,
        обвинет и осуден`)."""
        tokens = self.text.tokens
        at = cand.first - 1
        if (not cand.passive or cand.trigger.noun or cand.trigger.type in self.lex.apposed_act_types
                or at - 1 < view.first or tokens[at].text != ","):
            return False
        after = tokens[cand.end].low if cand.end < view.end else None
        return (tokens[at - 1].word and tokens[cand.first].low.endswith(self.lex.passive_endings)
                and after not in self.lex.passive_auxiliaries | self.lex.reflexive
                and not any(c is not cand and c.end == at for c in candidates))

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
        work or body (`Книгата „Опсада на Солун“`), or in what a work tells or a law orders (`Филмот раскажува за
        опсадата`, `Членот 3 пропишува казни`)."""
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
        if cand.trigger.noun and view.has_sequence(view.clauses[view.clause_of(cand.first)].first, cand.first,
                                                   self.lex.ratification_titles):
            return "a trigger word in the title of a ratified agreement (`Закон за ратификација на спогодбата за …`)"
        if cand.trigger.noun and tokens[cand.first].low in self.lex.war_nouns:
            adjective = cand.first - 1
            while adjective > view.first and tokens[adjective].low in self.lex.war_name_between:
                adjective -= 1
            if (adjective > view.first and tokens[adjective].cap
                    and tokens[adjective].low.endswith(self.lex.war_name_endings)):
                return "a war named by a capitalised adjective (`по Студената војна`): a period, no act told"
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
        for works, verbs in self.lex.depictions:
            told = next((i for i in range(cand.first - 1, view.first, -1) if tokens[i].low in verbs), None)
            if told is not None and view.contains(view.first, told, works):
                return "what a film, book or exhibition tells, or what a law orders, no act"
        if cand.trigger.noun and self._phrase_opens(view, cand, self.lex.time_points, TIME_POINT_MODIFIERS + 1):
            return "an act's beginning or end as the time of what is told (`по почетокот на инвазијата`), background"
        if cand.trigger.noun and self._phrase_opens(view, cand, self.lex.topic_heads, TIME_POINT_MODIFIERS + 1):
            return "an act's noun as the possessor or topic of another noun (`организаторите на протестите`), no act told"
        if cand.trigger.noun and not self._verbal(view, cand):
            clause = view.clauses[view.clause_of(cand.first)]
            if any(t.low in self.lex.trend_verbs for t in tokens[cand.end:clause.end]):
                return "acts told by their noun as a trend (`нападите … се зачестија`), no act"
            if any(t.low in self.lex.dependence_verbs for t in tokens[cand.end:clause.end]):
                return "acts told by their noun as what depends on a condition (`помошта … зависи од`), no act"
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

    def _offstage_exempt(self, view: SentenceView) -> frozenset[str] | None:
        """The only types the sentence may code, when it is of an off-stage register (computed once per sentence)."""
        if view.index not in self.offstage_sentences:
            self.offstage_sentences[view.index] = next(
                (exempt for words, sequences, exempt in self.lex.offstage_registers
                 if view.contains(view.first, view.end, words) or view.has_sequence(view.first, view.end, sequences)),
                None)
        return self.offstage_sentences[view.index]

    def _abstract_subject(self, view: SentenceView, trig: Trigger, i: int) -> bool:
        """The word right before the trigger, verb clitics skipped, begins with one of the entry's
        `unless_subject` beginnings (`проектот ги бара`): an abstract or inanimate subject."""
        k = i - 1
        while k >= view.first and self.text.tokens[k].low in self.lex.verb_clitics:
            k -= 1
        return k >= view.first and self.text.tokens[k].low.startswith(trig.unless_subject)

    def _document_object(self, view: SentenceView, i: int) -> bool:
        """A document noun in the two words after the verb (`ја достави студијата`)."""
        documents = self.lex.document_nouns | self.lex.reporting.document_nouns
        return any(w in documents for w in view.words(i + 1, min(i + 3, view.end)))

    def _reflexive_use(self, view: SentenceView, i: int) -> bool:
        """`се` before the form or right after it, as a reflexive: before a plural passive participle it is the
        verb "are" (`се убиени`: were killed), no reflexive."""
        if self._with_reflexive(view, i) < i:
            return not self.text.tokens[i].low.endswith(self.lex.plural_participle_endings)
        return self._reflexive_after(view, i)

    def _reflexive_after(self, view: SentenceView, i: int) -> bool:
        return i + 1 < view.end and self.text.tokens[i + 1].low in self.lex.reflexive

    def _with_reflexive(self, view: SentenceView, i: int) -> int:
        return i - 1 if i - 1 >= view.first and self.text.tokens[i - 1].low in self.lex.reflexive else i

    def _object_of_verb(self, view: SentenceView, cand: Candidate, candidates: list[Candidate]) -> bool:
        """`се заканува со напад`, `побара помош`, `ја откажа посетата`, `го нарече нападот „…“`, `ги прекинаа
        борбите`: the noun is what the verb's act is about, what a label names or what is halted, not a second event
        (unless a time adverbial opens it: `за време на посетата`)."""
        k = view.clause_of(cand.first)
        if self._time_adverbial_before(view, cand):
            return False
        if self._adverbial_noun(cand):
            return False
        light = self._light_verb(view, cand) if cand.trigger.noun else None
        if cand.trigger.noun and self._own_doer(view, cand, candidates) is not None:
            return False
        # (`ги осуди санкциите и најави контрамерки`: a light verb after the other act makes the noun its own)
        return cand.trigger.noun and (any(self._verbal(view, c) and c.end <= cand.first and view.clause_of(c.first) == k
                                          and (light is None or light < c.end) for c in candidates)
                                      or self._statement_noun_object(view, cand, candidates)
                                      or self._labelled(view, cand)
                                      or self._ended(view, cand, self.lex.halting_words)
                                      or any(not c.trigger.noun and c.span_first > cand.end and view.clause_of(c.first) == k
                                             and self.text.tokens[c.span_first - 1].low in self.lex.reporting.object_clitics
                                             and self._fronted_act(view, c.span_first - 1, candidates) is cand
                                             for c in candidates))

    def _ended(self, view: SentenceView, cand: Candidate, words: tuple[str, ...]) -> bool:
        """`ќе ја заврши војната`, `ќе стави крај на војната`: the act is the thing ended (past verb
        clitics and a `на`) by a word beginning with one of `words`."""
        i = cand.first - 1
        while i >= view.first and (self.text.tokens[i].low in self.lex.verb_clitics or self.text.tokens[i].low == self.lex.genitive):
            i -= 1
        return i >= view.first and self.text.tokens[i].low.startswith(words)

    def _labelled(self, view: SentenceView, cand: Candidate) -> bool:
        """The noun is the object right after a verb that labels it (`го нарече нападот „варварски“`, `ја опиша
        блокадата како …`): the act judged, told in its own words elsewhere, no second act."""
        before = self.text.tokens[cand.first - 1].low if cand.first > view.first else ""
        return self.lex.reporting.verbs.get(before, ("",))[0] == "naming"

    def _own_doer(self, view: SentenceView, cand: Candidate, candidates: list[Candidate]) -> Group | None:
        """The named doer of an accusation's noun told right after it in `на` (`ги негираше обвинувањата на X дека …`):
        another's act the verb answers, an event of its own (merged with that doer's accusation if told before)."""
        if cand.trigger.type not in ANSWERED_ACTS or self.lex.genitive not in cand.trigger.slots.actor:
            return None
        if cand.end >= view.end or self.text.tokens[cand.end].low != self.lex.genitive:
            return None
        group = self._governed(view, cand, self.lex.genitive, candidates)
        if group is None or (group.head_at if group.organ else group.first) != cand.end + 1 or self._place_group(group):
            return None
        return group

    def _adverbial_noun(self, cand: Candidate) -> bool:
        """A noun whose own words open with a preposition (`на барање на X`): an adverbial of the clause's act, no
        object of its verb."""
        return cand.trigger.noun and bool(cand.trigger.sequence) and cand.trigger.sequence[0] <= self.lex.reporting.prepositions

    def _time_adverbial_before(self, view: SentenceView, cand: Candidate) -> bool:
        """A time adverbial opens the noun's phrase (`за време на посетата`); for talks past their modifiers too (`по
        десетдневни разговори со Y`, `по една недела разговори`): the noun is the time of the clause's act, an event of
        its own (other acts so told are mostly background: `по масовните протести`)."""
        return self._phrase_opens(view, cand, self.lex.time_adverbials, LIGHT_VERB_MODIFIERS if cand.trigger.type == "CONSULT" else 1)

    def _phrase_opens(self, view: SentenceView, cand: Candidate, sequences: tuple[tuple[str, ...], ...], reach: int) -> bool:
        """One of the word `sequences` ends right before the noun, or before fewer than `reach` lower-case modifiers of it."""
        words = self.lex.reporting
        function_words = words.prepositions | words.coordinators | words.clitics | words.complementisers
        at = cand.first
        while at > view.first and cand.first - at < reach:
            tok = self.text.tokens[at - 1]
            if any(tuple(view.words(max(view.first, at - len(seq)), at)) == seq for seq in sequences):
                return True
            if not tok.text.isalnum() or tok.cap or tok.low in function_words:
                return False
            at -= 1
        return False

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
            before = self.text.tokens[i - 1].low if i > view.first else None
            part = tok.low in self.lex.partitive_prepositions and before in self.lex.partitive_words  # `изврши еден од најголемите напади`
            # (`изврши повеќе од 5.000 напади`, `изведе над 400 напади`: a count of the acts)
            count = self.text.tokens[i + 1].text[:1].isdigit() and (
                tok.low in self.lex.approximators or (tok.low in self.lex.partitive_prepositions and before in self.lex.comparatives))
            if (modifiers > LIGHT_VERB_MODIFIERS or not tok.text[0].isalnum() or tok.cap
                    or (tok.low in function_words and not part and not count)):
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
        before = self.text.tokens[cand.first - 1].low if cand.first > view.first else None
        governed_group = (cand.first - 2 >= view.first and before in self.lex.sector_heads
                          and self.text.tokens[cand.first - 2].low in self.lex.reporting.prepositions)
        return self._definite_participle(cand) or before in self.lex.describing_determiners or governed_group

    def _definite_participle(self, cand: Candidate) -> bool:
        """A passive participle with the article (`уапсените`, `убиените`)."""
        return self.text.tokens[cand.first].low.endswith(self.lex.described_participles)

    def _nominal_participle(self, view: SentenceView, cand: Candidate) -> bool:
        """A passive participle with the article and no noun after it (`роднините на убиените од …`, `еден од
        уапсените,`): a noun for the people it describes, not an adjective of one (`Уапсената активистка`)."""
        return self._definite_participle(cand) and not self._noun_after(view, cand)

    def _adjectival_participle(self, view: SentenceView, cand: Candidate, candidates: list[Candidate]) -> bool:
        """A one-word participle with no article right before a noun, no form of "be" or `се` before it in its clause
        and not opening the sentence (`осудени лица`, `го нарече „осуден лажго“`): an adjective of the people, no act
        told (`беа осудени тројца`, `Уапсени демонстранти пред …` in a headline tell one); not after a count or a word
        of there being (`двајца ранети мигранти`, `немало приведени лица`: the acts' tally), nor before an act's noun
        (`во возвратен напад`: that noun tells it)."""
        if (self._definite_participle(cand) or cand.first == view.first or cand.end != cand.first + 1
                or not self._noun_after(view, cand) or any(c.first == cand.end for c in candidates)):
            return False
        before, nxt = self.text.tokens[cand.first - 1].low, self.text.tokens[cand.end].low
        counted = self.lex.partitive_words | self.lex.tally_words
        clause = view.clauses[view.clause_of(cand.first)]
        return (not nxt[0].isdigit() and nxt not in counted and before not in counted and not before[0].isdigit()
                and not any(t.low in self.lex.passive_auxiliaries | self.lex.reflexive
                            for t in self.text.tokens[clause.first:cand.first]))

    def _noun_after(self, view: SentenceView, cand: Candidate) -> bool:
        """A lower-case word other than a function word right after the candidate, in its sentence."""
        if cand.end >= view.end:
            return False
        nxt = self.text.tokens[cand.end]
        words = self.lex.reporting
        function_words = (words.prepositions | words.coordinators | words.clitics | words.complementisers
                          | self.lex.passive_auxiliaries | self.lex.reflexive)
        return nxt.word and not nxt.cap and nxt.low not in function_words

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
        if any(self.text.tokens[i - 1].text == "," and self.text.tokens[i].low.endswith(self.lex.gerund_endings)
               for i in range(clause.first + 1, cand.first + 1)):
            return None  # `побара платите да се зголемат, најавувајќи протести`: the verbal adverb tells the subject's own act
        # (not past a verb of saying after it: `ги осуди санкциите и рече дека Техеран ќе одговори` tells what was said;
        # a future `ќе продолжи` is no saying)
        # (a trigger of several words may end in the clause it governs: `нема | да дозволи X | да блокира`)
        tokens = self.text.tokens
        if any(tokens[i].low in self.lex.reporting.verbs and tokens[i - 1].low in self.lex.reporting.coordinators
               for i in range(clause.first + 1, cand.first)):
            return None  # `ги повика да се вратат на преговори и најави средба`: the subject's own next act, told after `и`
        def speech_act(governing: int) -> Candidate | None:  # a noun too: `упати покана до X да …`
            return next((c for c in candidates if c.trigger.type in SPEECH_ACTS
                         and governing in (view.clause_of(c.first), view.clause_of(c.end - 1))
                         and not any(tokens[i].low in self.lex.reporting.verbs and tokens[i - 1].low not in self.lex.future
                                     for i in range(c.end, clause.first))), None)
        content_openers = self.lex.subjunctive | self.lex.reporting.complementisers
        governing = k - 1
        while governing > 0 and ((view.clauses[governing].opener == clause.opener
                                  and set(view.clauses[governing + 1].before_opener[-1:]) & self.lex.coordinators)
                                 or (view.clauses[governing].opener in content_openers and speech_act(governing) is None)):
            # `го обвини дека … и дека убил …`: a second content clause joined by `и` has the same act; so has a content
            # clause nested in one that tells no act of its own (`ја увери дека Виена ќе продолжи да го поддржува …`)
            governing -= 1
        return speech_act(governing)

    def _past_plural_clause(self, view: SentenceView, cand: Candidate, k: int) -> int | None:
        """The clause before clause `k` when the candidate, a singular verb after `и`, follows a plural verb of
        clause `k`: it cannot go on with that clause (None otherwise)."""
        at = self._coordinator_before(view, cand)
        return k - 1 if (at is not None and not self.text.tokens[cand.first].low.endswith(self.lex.plural_verb_endings)
                         and self._plural_verb(view.clauses[k].first + 1, at)) else None

    def _resumed_clause(self, view: SentenceView, cand: Candidate) -> int | None:
        """The clause before a `дека` clause that a statement verb after `и` goes back to, when
        the `дека` clause names no subject of its own (`го обвини дека ги поддржува напаѓачите и
        побара оставка`, `потврди дека мигрантите … и му се заблагодари на Трамп`) or tells only
        what will be or must be (`рече дека Владата ќе … и ги повика синдикатите`)."""
        k = view.clause_of(cand.first)
        if not k or cand.trigger.noun or cand.trigger.type not in STATEMENT_TYPES:
            return None
        clitics = self.lex.reporting.object_clitics | self.lex.dative_clitics | self.lex.plural_object_clitics | self.lex.reflexive
        opening = self._quote_opening(view, self._coordinator_before(view, cand))
        if opening is not None and opening > view.first and self.text.tokens[opening - 1].text == ":":
            return view.clause_of(opening - 1)  # `рече: „Ако Ристов не …, ќе ги блокираме …“ и ја повика …`: the speaker goes on
        if opening is not None:
            # the clauses opened inside the quote end at its closing mark (`изјави дека СДСМ „ги штити функционерите
            # кои се под истрага“ и го повика …`: the `дека` clause, not the relative clause in it); the mark may end
            # the clause before (`ги повика пратениците „да …`): the clause of the quote's first word
            k = view.clause_of(opening + 1)
            if not k:
                # `го осуди нападот како „доказ дека Москва не сака мир“ и ги повика …`: the quote's clause goes on
                return 0
        opener = view.clauses[k].opener
        if opener in self.lex.relative_openers:
            # `им се заблагодари на земјите што го поддржуваат пакетот и ја повика Будимпешта`: a singular verb
            # after `и` cannot go on with the plural relative clause; it goes on with the sentence before it
            return self._past_plural_clause(view, cand, k)
        told = k - 1
        while told > 0 and (view.clauses[told].opener in self.lex.subjunctive or (
                opener in self.lex.comma_openers and view.clauses[told].end == view.clauses[told].first + 1)):
            # (`дека Македонија нема да ги промени …`: the `да` clause is part of what is told; so is a
            # pronoun opening one, `да ја учи Скопје што да прави, и …`)
            told -= 1
        if (told > 0 and opener in self.lex.contrast_openers and view.clauses[told].opener in self.lex.reporting.complementisers
                and all(t.low in clitics for t in self.text.tokens[view.clauses[k].first + 1:cand.first])):
            return told - 1  # `повтори дека Македонија нема да …, но побара од Софија`: the speaker asks
        if ((opener in self.lex.subjunctive or opener in self.lex.comma_openers)
                and told > 0 and view.clauses[told].opener in self.lex.reporting.complementisers):
            # `рече дека Србија мора да го признае Косово и ја повика ЕУ`: the told clause goes on in `да`;
            # past a comma (`рече дека нема да дозволи Атина да ја учи Скопје, и ја повика …`) `и` opens the clause
            # and closes every told clause before it (`повтори дека … без гаранции дека Софија нема …, и ја обвини`)
            content = told
            while opener in self.lex.comma_openers and view.clauses[content - 1].opener in (
                    self.lex.reporting.complementisers | self.lex.subjunctive) and content > 1:
                content -= 1
        elif opener in self.lex.subjunctive and self._refusal_content(view.clauses[k]):
            # `одби да ја посети Украина и го обвини Зеленски`: the refuser accuses (the `да` clause's
            # names are what is refused, no subject of its own)
            return k - 1 if self._coordinator_before(view, cand) is not None else None
        elif opener in self.lex.subjunctive:
            # `ги повика странките да покажат волја и се закани со санкции`: nor with a plural `да` clause (s23 blind sets)
            return self._past_plural_clause(view, cand, k)
        elif opener in self.lex.reporting.complementisers:
            content = k
        else:
            return None
        at = self._coordinator_before(view, cand)
        if at is None:
            return None
        # (`го обвини дека ги протерува Србите и побара …`: the object named is no subject of the told clause)
        named = [g for g in view.groups if content <= g.clause <= k and g.end <= at and g.governor is None and self._subject_like(g)
                 and not self._doubled_object(view, g)]
        # `изјави дека САД ги прекршија договорите и ги повика …`: a singular verb cannot go on with the told plural one
        disagrees = (not self.text.tokens[cand.first].low.endswith(self.lex.plural_verb_endings)
                     and self._plural_verb(view.clauses[content].first + 1, at)
                     and not self._plural_verb(view.clauses[content - 1].first, view.clauses[content].first))
        # `напиша дека Вучиќ „го дестабилизира Косово“ и ги повика Брисел`: the quoted words end before `и`, the writer goes on
        quoted = self.text.tokens[at - 1].text in CLOSING_QUOTES
        if (named or self._unnamed_told_subject(view, content, at, cand)) and not disagrees and not quoted and not self._unnarrated(view.clauses[content].first, at, cand) and not (
                content - 1 == 0 and self._opening_body(view) is not None and all(len(g.entities) == 1 for g in named)
                and self.text.tokens[cand.first].low.endswith(self.lex.plural_verb_endings)):
            return None
        # (`Од ВМРО-ДПМНЕ возвратија дека СДСМ лаже и ги обвинија …`: the plural verb goes on with the
        # body that opens the sentence, not with the one party named in what it said)
        resumed = content - 1
        # (`оценија дека ветото е признание дека опозицијата била во право и побараа …`: a `дека` clause of a noun
        # inside what was told; the speaker goes on, from before the first `дека`)
        while (resumed > 0 and view.clauses[resumed].opener in self.lex.reporting.complementisers
               and not set(view.clauses[resumed + 1].before_opener[-1:]) & self.lex.reporting.verbs.keys()):
            resumed -= 1
        return resumed

    def _quote_opening(self, view: SentenceView, at: int | None) -> int | None:
        """The opening mark of the quote whose closing mark stands right before the `и` at `at` (the trigger's)."""
        if at is None or self.text.tokens[at - 1].text not in CLOSING_QUOTES:
            return None
        return next((i for i in range(at - 2, view.first - 1, -1) if self.text.tokens[i].text in OPENING_QUOTES), None)

    def _unnamed_told_subject(self, view: SentenceView, content: int, at: int, cand: Candidate) -> bool:
        """The told clause opens with an unnamed organ as its subject (`соопшти дека амбасадата контактирала со
        властите и побарала …`): the verb after `и` goes on with that organ, not with the speaker, when the two
        agree in number (not `оценија дека опозицијата била во право и побараа`)."""
        first = view.clauses[content].first + 1
        tokens = self.text.tokens
        plural_verb = tokens[cand.first].low.endswith(self.lex.plural_verb_endings)
        return any(tokens[i].low in self.lex.sector_heads and not tokens[i].cap
                   and tokens[i].low.endswith(self.lex.plural_endings) == plural_verb
                   for i in range(first, min(first + 2, at)) if i == first or tokens[i - 1].low not in self.lex.governors)

    def _doubled_object(self, view: SentenceView, group) -> bool:
        """The group follows an object clitic and its verb in its clause (`ги протерува Србите`): the doubled object."""
        at = group.first - 2
        return (at >= view.clauses[group.clause].first
                and self.text.tokens[at].low in self.lex.reporting.object_clitics | self.lex.plural_object_clitics)

    def _plural_verb(self, first: int, end: int) -> bool:
        """Tokens first..end hold a third person plural verb: a trigger's form or a word after a verb clitic or
        the subjunctive particle (`да покажат`)."""
        lex, tokens = self.lex, self.text.tokens
        return any(tokens[i].low.endswith(lex.plural_verb_endings) and not tokens[i].cap
                   and (any(not v.noun for v in lex.single.get(tokens[i].low, ())) or tokens[i - 1].low in lex.verb_clitics
                        or tokens[i - 1].low in lex.subjunctive)
                   for i in range(first, end))

    def _refusal_content(self, clause) -> bool:
        """The clause is the `да` clause of a refusal verb (`одби да присуствува`)."""
        governor = clause.before_opener[-1:]
        return bool(governor) and any(t.type == "REJECT" and not t.noun for t in self.lex.single.get(governor[0], ()))

    def _coordinator_before(self, view: SentenceView, cand: Candidate) -> int | None:
        """The `и` right before the trigger and its clitics (`… и ја повика`), inside its clause; an adverb of a
        dropped subject's clause may stand between (`… и повторно се закани`)."""
        skipped = (self.lex.reporting.object_clitics | self.lex.dative_clitics | self.lex.plural_object_clitics
                   | self.lex.reflexive | self.lex.subjectless_adverbs)
        at = cand.first - 1
        while at > view.clauses[view.clause_of(cand.first)].first and self.text.tokens[at].low in skipped:
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

    def _opening_body(self, view: SentenceView, past_aside: bool = False) -> Group | None:
        """The name after a speaker preposition opening the sentence before a plural verb (`Од СДСМ велат`,
        `Од СДСМ, пак, велат`); with `past_aside`, also past an adverbial set off by commas (for a verb far on,
        not a noun in that adverbial)."""
        tokens = self.text.tokens
        if self._source_opening(view) is None:
            return None
        group = next((g for g in view.groups if self._opens_after_preposition(view, g)), None)
        if group is None:
            return None
        verb = past_parenthetical(view, group.end, self.lex)  # (`Од СДСМ, пак, велат`)
        if past_aside:  # (`Од СДСМ, по седницата, велат`)
            verb = past_adverbial_aside(view, verb, self.lex)
        while verb < view.end and tokens[verb].low in self.lex.verb_clitics:  # (`Од СДСМ ја обвинија Владата`)
            verb += 1
        return group if verb < view.end and tokens[verb].low.endswith(self.lex.plural_verb_endings) else None

    def _opens_after_preposition(self, view: SentenceView, group: Group) -> bool:
        """The group follows the sentence's opening speaker preposition, with only lower-case words
        (adjectives) or an opening quote mark between (`Од опозициската Левица`, `Од „Синохидро“`)."""
        at = self._source_opening(view)
        return at is not None and group.first > at and all((t.word and not t.cap) or t.text in OPENING_QUOTES
                                                           for t in self.text.tokens[at + 1:group.first])

    def _source_opening(self, view: SentenceView) -> int | None:
        """The speaker preposition that opens the sentence, or its clause past a leading adverbial
        phrase a comma closes (`По седницата, од ДУИ бараат …`)."""
        tokens, prepositions = self.text.tokens, self.lex.source_subject_prepositions
        if tokens[view.first].low in prepositions:
            return view.first
        if tokens[view.first].low not in self.lex.governors:
            return None
        comma = next((i for i in range(view.first + 1, min(view.end - 1, view.first + LEADING_PHRASE + 1))
                      if tokens[i].text == ","), None)
        return comma + 1 if comma is not None and tokens[comma + 1].low in prepositions else None
