"""The subject of a trigger's clause: named, inverted, dropped (pro-drop) or a pronoun, carried
from the sentence before, the running topic or the quote's speaker.

A part of the event coder's document run (`vesnik.events.coder`), which mixes it in."""
from __future__ import annotations

from vesnik.document import Entity, Event, PLACE_TYPES, Quote
from vesnik.events.base import (Arguments, CLOSING_QUOTES, CUE_REACH, Candidate, DATELINE_DASHES, DATELINE_REACH, DOUBLE_HYPHEN,
                                INTERNATIONAL,
                                LEADING_PHRASE, NOUN_SUBJECT_REACH, OBJECT_REACH, OFFICE_RULE, POSSESSOR_HEAD_REACH,
                                PREVIOUS_SUBJECT_REACH, ATTRIBUTION_WORDS, RELATIVE_PUNCTUATION, AUTHORITY_SECTORS, ROLE_COMPLEMENT_WORDS, STATUS_REACH,
                                TOPIC_TYPES, capital_of, opened_by)
from vesnik.events.sentence import Clause, Group, Participant, SentenceView, role_of
from vesnik.kb import is_state
from vesnik.linking import segment_state
from vesnik.quotes.extract import speech_speaker_entity


class SubjectFinding:
    def _subject(self, view: SentenceView, cand: Candidate, candidates) -> tuple[Group | None, str | None]:
        if self._first_person(view, cand):
            speaker = self._quote_speaker(view, cand)
            return (speaker, "speaker") if speaker is not None else (None, None)
        running = self._running_quote_speaker(view, cand)
        if running is not None:
            return running, "speaker"
        closed = self._closed_quote_speaker(view, cand)
        if closed is not None:
            return closed, "speaker"
        spoken = self._transcript_speaker(cand)
        if spoken is not None:
            return spoken, "speaker"
        resumed = self._resumed_clause(view, cand)
        if resumed is not None:
            # (`Од СДСМ ја обвинија Владата дека … и побараа`: the body after `Од`, not the object named after it)
            # (a clause that resumes the sentence's subject past a relative clause on it hands on that subject:
            # `Гроси, кој го посети Техеран, изјави дека … и ги повика`)
            # (no name back to the sentence's start: the body after `Од` that opens it, `Од ВМРО-ДПМНЕ одржаа
            # прес-конференција на која портпаролката изјави дека … и го повика …`)
            carried = (self._opening_body(view) if resumed == 0 else None) or self._clause_subject(
                view, 0 if view.clauses[resumed].resumes_subject else resumed, None) or self._opening_body(view, past_aside=True)
            if carried is not None and self._doubled_object(view, carried):
                carried = None  # `Од синдикатот ја критикуваа Владата дека … и побараа`: the object, not who asks
            if carried is None and resumed == 0:
                carried = self._opening_body_anaphor(view, cand)  # `Од партијата соопштија дека … и побараа`
            gender = self.lex.subject_pronouns.get(self.text.tokens[view.first].low) if resumed == 0 else None
            if carried is not None and gender in ("masculine", "feminine") and carried.first > view.first + 1:
                carried = None  # `Тој го обвини премиерот Х дека … и побара …`: the pronoun is the subject, Х its object
            if carried is None and gender in ("masculine", "feminine"):
                # `Тој рече дека Софија нема да попушти и ја обвини Владата`: the person the opening pronoun stands for
                person = self._previous_person(view, gender)
                return (Group([Participant(p, view.first, view.first + 1) for p in person]), "previous") if person else (None, None)
            return carried, ("inherited" if carried else None)
        k = view.clause_of(cand.first)
        source = self._source_place_body(view, cand, k)
        if source is not None:
            return source, "source"
        subject_end, _ = self._verb_bounds(view, cand, candidates)
        coordinator = self._coordinator_before(view, cand)
        if coordinator is not None:
            # `Трамп го прими Зеленски … и го критикуваше`: the names after the first verb's clitic are
            # its objects; the verb after `и` shares the subject before it
            subject_end = min([subject_end] + [i for i in range(view.clauses[k].first, coordinator)
                                               if self.text.tokens[i].low in self.lex.verb_clitics])
        found = [g for g in view.groups if g.clause == k and g.end <= subject_end and (self._subject_like(g) or self._whole_of_part(view, g))
                 and not (self._only_reports(g) and any(t.text == "," for t in view.tokens[g.end:cand.first]))
                 and not self._dateline(view, g) and not self._doubled_object(view, g)]
        fronted = self._fronted_plural_object(view, cand)
        if fronted is not None and fronted in found:
            # `X ѝ се заблагодари …, а македонските војници ги пофали`: the plural a plural clitic doubles before a
            # singular verb is its object; the subject follows the verb or goes on from the clause before
            found.remove(fronted)
            carried = None if found else self._subject_right_after(view, cand) or (
                self._clause_subject(view, k - 1, None) if k else None)
            if carried is not None:
                return carried, "inherited"
        if k and view.clauses[k].opener in self.lex.object_relatives:
            if any(t.text == "," for t in view.tokens[view.clauses[k].first:cand.first]):
                # `Претседателот, кого Трамп го критикуваше, ја поддржа Данска`: past the comma, the name before's
                antecedent = self._relative_antecedent(view, k)
                return antecedent, ("subject" if antecedent else None)
            if found:  # `кого Трамп го критикуваше`: the clause's own subject
                return max(found, key=lambda g: g.end), "subject"
            inverted = self._subject_right_after(view, cand)
            if inverted is not None:  # `кого го обвини Обвинителството`
                return inverted, "subject"
            collective = self._collective(view, cand, candidates)  # `на кого опозицијата му побара оставка`
            if collective:
                return Group([Participant(collective, cand.first, cand.first)]), "collective"
            first = view.clauses[k].first
            if (not {self.text.tokens[first].low, self.text.tokens[first - 1].low} & self.lex.addressee_relative_prepositions
                    and not self._oblique_relative(view, first)):
                return None, None
            if cand.trigger.type == "CONSULT" and self._partner_relative(view, k):
                return None, None  # `се сретна со Орбан, со кого разговараше …`: the talk is that meeting
            # `Трамп се сретна со Зеленски, на кого му вети …`: the antecedent is addressed, the clause has
            # no subject of its own and the one before goes on; so with a partner (`со кого договори …`)
            carried = self._clause_subject(view, k - 1, None)
            return carried, ("inherited" if carried else None)
        circumstance = self._partnered_meeting(view, cand)
        if circumstance is not None:
            # `X ја покренал темата и во телефонскиот разговор со Y`: the clause's subject met Y, however far
            found = [g for g in found if g.end <= circumstance]
            carried = min(found, key=lambda g: g.first) if found else self._clause_subject(view, k, None)
            if carried is not None and carried.end <= circumstance:
                # (`X објави дека по рундите разговори со Y постигнал договор`: the told clause's dropped subject)
                return carried, ("subject" if found else "inherited")
        joint = self._joint_outcome_talks(view, cand, candidates, found)
        if joint is not None:
            return joint, "subject"
        if cand.trigger.noun and not self._own(view, cand) and self._light_verb(view, cand) is None:
            # (a light verb's subject is the verb's, however far: `Русија во ноќта … изврши напад`)
            found = [g for g in found if self._words_between(g.end, cand.first) <= NOUN_SUBJECT_REACH]
        if found and cand.trigger.noun and self._own(view, cand) and not self._possessor_agrees(view, cand, max(found, key=lambda g: g.end)):
            return None, None
        if found:
            return max(found, key=lambda g: g.end), "subject"
        if view.clauses[k].resumes_subject:
            # (past a relative clause on it, the name the pronoun stood for, unless a place: `Обвинителот од
            # обвинителството Х, кој …, отвори …`, `директорката … Y, чија организација …, поздрави …`)
            antecedent = self._relative_antecedent(view, k - 1) if view.clauses[k - 1].opener in self.lex.relative_openers else None
            carried = (antecedent if antecedent is not None and not self._place_group(antecedent)
                       else self._clause_subject(view, 0, None))
            return carried, ("subject" if carried else None)
        source = (self._source_subject(view, cand, k, subject_end) or self._trailing_source(view, cand)
                  or self._seat_subject(view, cand, k))
        if source is not None:
            return source, "subject"
        if (cand.trigger.noun and cand.trigger.type == "CONSULT" and cand.first > view.first
                and self.text.tokens[cand.first - 1].low in self.lex.reporting.prepositions):
            # `Министрите за одбрана на НАТО вчера на средбата не постигнаа согласност`: the members of a body whose act
            # is set at a meeting met there (at one to come, `… на средбата во среда ќе треба да одлучат`, the
            # status makes it a meeting agreed)
            possessor = self._possessor_subject(view, cand.first, k, subject_end)
            if possessor is not None:
                return possessor, "possessor"
        if not self._verbal(view, cand) or (cand.trigger.noun and self._own(view, cand)):
            return None, None  # (a reflexive possessive's owner is a subject named in its clause, no guess)
        possessor = self._possessor_subject(view, cand.first, k, subject_end)
        if possessor is not None:
            return possessor, "possessor"
        opener = view.clauses[k].opener
        first = view.clauses[k].first
        after = self._subject_after_relative_object(view, cand, k)
        if after is not None:
            return after, "subject-after"
        if k and self._plural_object_pronoun(view, cand, k):
            # `Полицијата ги пушти активистите кои ги уапси …`: the one who acted is named after the
            # verb or is the subject of the clause before
            carried = self._subject_right_after(view, cand) or self._clause_subject(view, k - 1, None)
            return carried, ("inherited" if carried else None)
        if k and (opener in self.lex.relative_openers and (self._adverbial_relative(view, first) or self._document_relative(view, first)
                                                           or self._oblique_relative(view, first))
                  or opened_by(view.clauses[k], self.lex.manner_openers)):
            # `…, каде што се состана со X`, `резолуција со која ја осудува`, `со тоа што воведе царини`
            carried = self._clause_subject(view, k - 1, None)
            sender = self._document_sender(view, cand, k, candidates) if carried is None else None
            if sender is not None:
                return Group([Participant(sender, cand.first, cand.first)]), "collective"
            return carried, ("inherited" if carried else None)
        if (k and opener in self.lex.relative_openers and self._pronoun_before(view, cand, k)
                and not set(view.clauses[k].before_opener[-1:]) & self.lex.factive_heads):
            # `мерките коишто тој ги бара`: the relative pronoun is the object, `тој` the subject,
            # whom the clauses before name
            carried = self._clause_subject(view, k - 1, None)
            return carried, ("inherited" if carried else None)
        if k and opener in self.lex.relative_openers:
            joined = self._first_joined_relative(view, k)
            # `Катар и Египет, кои посредуваат …, ги повикаа`: past the comma that closes the relative
            # clause the verb is the antecedent's own
            closed = any(t.text == "," for t in view.tokens[view.clauses[k].first:cand.first])
            antecedent = self._clause_subject(view, joined - 1, opener) or self._collective_antecedent(view, cand, joined, closed)
            if antecedent is None and closed:
                before_aside = self._subject_before_aside(view, joined)
                if before_aside is not None:  # `Одборот синоќа, на седница која траеше до доцна, ги исклучи …`
                    return before_aside, "subject"
            if antecedent is None and closed and self.text.tokens[cand.first - 1].low in self.lex.reporting.object_clitics:
                # `Нападот …, кој се случи вчера, го осуди министерот X`: an object that is no actor opens
                # the sentence, the subject follows the verb
                after = self._subject_right_after(view, cand)
                if after is not None and coordinator is not None:
                    # `ЕУ го осуди, како што се наведува во изјавата, …, и ги повика властите`: past the aside
                    # the verb joined by `и` goes on with the sentence's subject, the name after its clitic is its object
                    carried = self._clause_subject(view, k - 1, None)
                    return carried, ("inherited" if carried else None)
                return after, ("subject-after" if after else None)
            return antecedent, (None if not antecedent else "subject" if closed else "inherited")
        # `… изјави дека полицијата приведе 15 лица`, `Откако медиумите ги исмеаја …, портпаролот
        # X негираше дека …`: the clause's own unnamed subject acts, not the sentence's speaker
        collectives = [] if self._pair_anaphor(view, cand) else self._collectives(view, cand, candidates)
        if collectives:  # (`Двајцата лидери потпишаа`: the pair named before)
            return Group([Participant(c, cand.first, cand.first) for c in collectives]), "collective"
        quoted = self._quoted_subject(view, cand, k)
        if quoted is not None:
            return quoted, "inherited"
        speaker = self._quote_speaker(view, cand)
        if speaker is not None:
            return speaker, "speaker"
        helped = self._doubled_dative(view, k) if k and opener in self.lex.subjunctive else None
        if helped is not None:  # `САД ѝ помогнаа на Србија да уапси …`: the one helped or let acts
            return helped, "inherited"
        if k and self._pair_numeral(view, cand) and (self.last_compound or self.last_sides):
            return None, None  # `Калас изјави дека двете страни се согласиле`: the pair told of before, not the speaker
        inherited = self._clause_subject(view, self._before_closed_relative(view, k), opener) if k else None
        if inherited is None and k and self._dropped_in_content(view, cand):
            # `Адвокатите изјавија дека одлуката е неправедна и дека ќе се жалат`: no name tells it, the unnamed
            # organ or collective that does goes on in what it tells
            inherited = self._teller_collective(view, cand, k)
            if inherited is not None:
                return inherited, "collective"
        elif inherited is None and k and opener in self.lex.subjunctive and self._bare_subjunctive(view, cand):
            # `… дека партијата е подготвена да ги поддржи измените`: the `да` clause's subject is the body whose
            # members open the clause it hangs on (`Министрите на ЕУ одлучија да …`), else, in a told clause, the
            # unnamed organ or collective that does (one opening a main clause is as often the one asked: `Граѓаните
            # беа повикани да …`)
            members = self._possessor_subject(view, cand.first, k - 1, cand.first)
            if members is not None:
                return members, "possessor"
            inherited = (self._opening_collective(view, cand, view.clauses[k - 1])
                         if view.clauses[k - 1].opener in self.lex.reporting.complementisers else None)
            if inherited is not None:
                return inherited, "collective"
        return inherited, ("inherited" if inherited else None)

    def _teller_collective(self, view: SentenceView, cand: Candidate, k: int) -> Group | None:
        """The unnamed organ or collective that tells clause k, past the told clauses before it: the actor coded for a
        verb of the telling clause (`Една од банките ги отфрли наодите и најави дека …`), else the collective that
        opens that clause (`Опозициските партии соопштија дека …`)."""
        told = self.lex.reporting.complementisers | self.lex.subjunctive
        while k and view.clauses[k].opener in told:
            k -= 1
        clause = view.clauses[k]
        acted = [ev.actor for c, ev in self.sentence_coded if view.clause_of(c.first) == k and not c.trigger.noun
                 and "+actor:collective" in ev.rule]
        if acted:
            return Group([Participant(a, cand.first, cand.first) for a in acted[-1]])
        return self._opening_collective(view, cand, clause)

    def _opening_collective(self, view: SentenceView, cand: Candidate, clause: Clause) -> Group | None:
        """The unnamed organ or collective that opens the clause, past its opener and one definite adjective, or
        whose members or delegates open it (`Членовите на парламентот рекоа дека …`: the parliament)."""
        tokens = self.text.tokens
        at = clause.first + (tokens[clause.first].low == clause.opener)
        if at + 1 < clause.end and tokens[at].low in self.lex.partitive_words and tokens[at].low not in self.lex.generic_determiners:
            at += 1  # `Некои членови на парламентот рекоа дека …`, `Многу пратеници рекоа …`: a part speaks for the whole
        heads = [at, at + 1] if tokens[at].low.endswith(self.lex.definite_adjective_endings) else [at]
        if at + 2 < clause.end and tokens[at].low in self.lex.delegate_nouns and tokens[at + 1].low == self.lex.genitive:
            heads = [at + 2]
        taken = self._name_tokens(view)
        head = next((i for i in heads if i < clause.end and i not in taken and tokens[i].low in self.lex.sector_heads), None)
        return Group([Participant(self._head_actor(view, cand, head), cand.first, cand.first)]) if head is not None else None

    def _bare_subjunctive(self, view: SentenceView, cand: Candidate) -> bool:
        """Only clitics and a negation stand between the `да` opening the trigger's clause and the verb, and no name
        or collective right before the `да` (`очекува синдикатите да …`): the clause names no subject of its own."""
        first = view.clauses[view.clause_of(cand.first)].first
        before = self.text.tokens[first - 1].low
        return (first - 1 not in self._name_tokens(view) and before not in self.lex.sector_heads
                and all(t.low in self.lex.verb_clitics or t.low in self.lex.negation for t in self.text.tokens[first + 1:cand.first]))

    def _opening_body_anaphor(self, view: SentenceView, cand: Candidate) -> Group | None:
        """The body named before that the noun after the sentence's opening speaker preposition stands for
        (`ДУИ … Од партијата соопштија дека … и побараа`), the speaker of a plural verb."""
        head = view.first + 1
        if head >= view.end or not self._speaking_body(view, cand, head):
            return None
        body = self._earlier_body(head, self.lex.sector_heads.get(self.text.tokens[head].low))
        return Group([Participant(body.id, head, head + 1)]) if body is not None else None

    def _before_closed_relative(self, view: SentenceView, k: int) -> int:
        """The clause a verb after `, и` goes on with: past a relative clause the comma closes and the
        told or gerund clauses it hangs on (`Х го осуди нападот, нарекувајќи го кршење на примирјето што
        Израел го потпиша, и ги повика …`: Х calls), else the clause right before."""
        j = k - 1
        if not (view.clauses[k].opener in self.lex.comma_openers and view.clauses[j].opener in self.lex.relative_openers
                and view.tokens[view.clauses[j].end - 1].text == ","):
            return j
        while j > 0 and (view.clauses[j].opener in self.lex.relative_openers | self.lex.reporting.complementisers
                         or (view.clauses[j].opener or "").endswith(self.lex.gerund_endings)):
            j -= 1
        return j

    def _doubled_dative(self, view: SentenceView, k: int) -> Group | None:
        """The `на` object right before `да` clause k that a dative clitic of the clause before
        doubles (`ѝ овозможи на Србија да …`)."""
        doubled = next((g for g in view.groups if g.end == view.clauses[k].first and g.governor == self.lex.genitive), None)
        if doubled is None or not any(self.text.tokens[i].low in self.lex.dative_clitics
                                      for i in range(view.clauses[k - 1].first, doubled.first)):
            return None
        return doubled

    def _collective_antecedent(self, view: SentenceView, cand: Candidate, k: int, closed: bool = False) -> Group | None:
        """An unnamed organ or collective right before relative clause k's pronoun, past the verb of
        the clause before (`… употреби палки против студентите кои ја блокираа зградата`): the
        clause's subject. (One opening its clause may be the subject of a verb after the relative
        clause, with no comma to close it: `Сведоците кои ќе влезат во програмата ќе потпишат …`; past the
        comma that `closed` the relative clause it is that verb's subject: `Синдикатот, кој …, бара …`.)"""
        at = view.clauses[k].first - 1
        while at >= view.first and view.tokens[at].low in RELATIVE_PUNCTUATION:
            at -= 1
        # (one set off by the comma before the pronoun is the subject of the relative clause's verb too:
        # `Демонстрантите, кои ја осудија …`)
        opening = at == view.clauses[k - 1].first and (closed or view.tokens[at + 1].text == ",")
        if ((at <= view.clauses[k - 1].first and not opening) or view.tokens[at].low not in self.lex.sector_heads
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
        if event.actor != actor and not self._one_government(event.actor, actor):
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

    def _joined_to_report(self, view: SentenceView, cand: Candidate) -> bool:
        """A verb joined by a coordinator to the content clause of a statement told by a reporting verb
        in the clause before (`СДСМ оцени дека ветото е закаснето и побара законот да се повлече`): the
        speaker's next act, though the statement itself is no event to join it to; not in the present
        (`рече дека ситуацијата е тешка и бара следење`: the content's own subject needs it)."""
        j = view.clause_of(cand.first)
        verb = self.text.tokens[cand.first].low
        if (cand.trigger.noun or not j or view.clauses[j].opener not in self.lex.reporting.complementisers
                or verb.endswith(self.lex.present_endings) or verb in self.lex.present_forms):
            return False
        clitics = self.lex.reporting.clitics | self.lex.reflexive
        i = cand.span_first - 1
        while i > view.clauses[j].first and view.tokens[i].low in clitics:
            i -= 1
        before = view.clauses[j - 1]
        return (view.tokens[i].low in self.lex.clause_coordinators
                and any(w in self.lex.reporting.verbs for w in view.words(before.first, before.end)))

    def _one_government(self, first: list[str], second: list[str]) -> bool:
        """One government organ told twice, once by its name and once as its state's (`Бугарското Министерство за
        енергетика го обвини … и побара`: the named ministry, then the Bulgarian government carried on)."""
        if len(first) != 1 or len(second) != 1:
            return False
        one, other = self.entities.get(first[0]), self.entities.get(second[0])
        return one is not None and other is not None and self._same_government(one, other)

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

    def _source_subject(self, view: SentenceView, cand: Candidate, k: int, subject_end: int) -> Group | None:
        """`Од ВМРО-ДПМНЕ ги отфрлија обвинувањата`: a verb's body named after the preposition
        that opens its sentence, with no other name before the verb (or before the first verb a
        coordinated one shares its subject with: `Од СДСМ ја обвинија Владата и побараа`); a
        noun's when that verb is plural (`Од СДСМ најавија протест`)."""
        opening = self._source_opening(view)
        if k or opening is None or (cand.trigger.noun and self._opening_body(view) is None):
            return None
        # (a news outlet told to is no second name: `Од „Синохидро“ за агенцијата Синхуа ги отфрлија`)
        before = [g for g in view.groups if opening < g.first and g.end <= min(cand.first, subject_end) and not self._only_reports(g)]
        if len(before) != 1 or not self._opens_after_preposition(view, before[0]) or before[0].governor not in self.lex.source_subject_prepositions:
            return None
        return before[0]

    def _seat_subject(self, view: SentenceView, cand: Candidate, k: int) -> Group | None:
        """`Во Киев ваквите тврдења ги отфрлија`: a capital under the location preposition that opens the sentence,
        before a plural verb with no subject of its own (nothing between, or lower-case words doubled by the
        object's clitic right before the verb): the government seated there acts."""
        tokens = self.text.tokens
        if k or cand.trigger.noun or not tokens[cand.first].low.endswith(self.lex.plural_verb_endings):
            return None
        seat = next((g for g in view.groups if g.first == view.first + 1), None)
        if (seat is None or tokens[view.first].low not in self.lex.location_prepositions or len(seat.entities) != 1
                or self.entities.get(seat.entities[0]) is None or not capital_of(self.entities[seat.entities[0]])
                or any(seat.end <= g.first < cand.first for g in view.groups)):
            return None
        clitics = self.lex.reporting.object_clitics | self.lex.plural_object_clitics | self.lex.reflexive
        verb = cand.first
        while verb > seat.end and tokens[verb - 1].low in clitics:
            verb -= 1
        between = tokens[seat.end:verb]
        if any(not t.word or t.cap for t in between) or (between and verb == cand.first):
            return None  # (`Во Белград илјадници луѓе протестираа`: the words before the verb are its subject)
        return seat

    def _trailing_source(self, view: SentenceView, cand: Candidate) -> Group | None:
        """`Одлуката ја осудија од Сојузот на синдикатите`: a plural verb's body named right after it
        under the speaker preposition, the object doubled by a clitic before the verb."""
        tokens, at = self.text.tokens, cand.end
        if (cand.trigger.noun or not tokens[cand.first].low.endswith(self.lex.plural_verb_endings) or at >= view.end
                or tokens[at].low not in self.lex.source_subject_prepositions or cand.first == view.first
                or tokens[cand.first - 1].low not in self.lex.reporting.object_clitics | self.lex.plural_object_clitics):
            return None
        return next((g for g in view.groups if g.first == at + 1 and g.governor == tokens[at].low
                     and all(self.entities[e].type == "ORG" for e in g.entities if e in self.entities)), None)

    def _dateline(self, view: SentenceView, group: Group) -> bool:
        """A place in capitals opening the sentence that a dash closes, maybe after a date and an agency
        (`БЕЛГРАД –`, `ТИРАНА, 11 февруари (АФП) –`): the copy's dateline, no subject of the sentence's acts
        (a capitalised `Белград – …` may be one; one that a double hyphen closes right after, `Приштина, Белград -- САД …`,
        is the copy's dateline too)."""
        if group.first != view.first or any(self.entities[p.entity].type not in PLACE_TYPES
                                            for p in group.members if p.entity in self.entities):
            return False
        if not all(t.text.isupper() for t in view.tokens[group.first:group.end] if t.word):
            return "".join(t.text for t in view.tokens[group.end:min(view.end, group.end + len(DOUBLE_HYPHEN))]) == DOUBLE_HYPHEN
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
        pronoun = self.lex.relative_pronoun_genders.get(clause.opener)
        if pronoun and pronoun not in {self.lex.object_clitic_genders.get(t.low) for t in between}:
            return None  # `Аргентина, која го обвини Рамафоса`: the clitic doubles the name after, the pronoun is the subject
        # (a name set off by a comma is the pronoun's, and so the subject: `Вучиќ, кој го критикуваше Курти`)
        named = self.text.tokens[clause.first - 1].text == "," and any(
            g.end == clause.first - 1 and g.governor is None for g in view.groups)
        # (a name set off by a comma is the pronoun's, and so the subject: `Вучиќ, кој го критикуваше Курти`,
        # also in a second relative clause joined by `и`: `Вучиќ, кој допатува вчера и кој го критикуваше Курти`)
        first = view.clauses[self._first_joined_relative(view, k)].first
        # (under a preposition too, `разговараше со Шекеринска, која ја пофали Скопје`, but not a `на`
        # phrase, which may be a noun's: `предлогот на Софија, кој го отфрли Скопје`)
        named = self.text.tokens[first - 1].text == "," and any(
            g.end == first - 1 and g.governor != self.lex.genitive for g in view.groups)
        return None if named else next((g for g in view.groups if g.first == cand.end and g.governor is None), None)

    def _subject_before_aside(self, view: SentenceView, k: int) -> Group | None:
        """The subject of the clause before relative clause k when a comma after that subject opens an
        aside whose last noun, no actor, the pronoun hangs on (`Одборот синоќа, на седница која траеше до
        доцна, ги исклучи …`): past the comma closing the aside the verb is that subject's."""
        subject = self._clause_subject(view, k - 1, None)
        if subject is None or subject.governor is not None or view.clauses[k - 1].first > subject.first:
            return None  # (under a preposition, or named in an earlier clause: no aside of this one)
        commas = [i for i in range(subject.end, view.clauses[k].first) if view.tokens[i].text == ","]
        # the aside is a circumstance opened by a preposition, with the pronoun's noun in it (`, на седница која …`;
        # not the pronoun's own preposition: `, при што …`, `, меѓу кои …`)
        return subject if (commas and view.tokens[commas[0] + 1].low in self.lex.reporting.prepositions
                           and view.clauses[k].first - commas[0] > 2) else None

    def _first_joined_relative(self, view: SentenceView, k: int) -> int:
        """The first of the relative clauses with clause k's pronoun joined by `и` (`кој допатува вчера и кој
        го критикуваше …`): the one whose antecedent stands before it."""
        while (k > 1 and self.text.tokens[view.clauses[k].first - 1].low in self.lex.coordinators
               and view.clauses[k - 1].opener == view.clauses[k].opener):
            k -= 1
        return k

    def _subject_right_after(self, view: SentenceView, cand: Candidate) -> Group | None:
        """A bare name or an unnamed organ or collective right after the verb of a clause whose
        relative pronoun is the object (`кого претходно го критикуваше опозицијата`): its subject, also
        after its role phrase (`министерот за безбедност X`)."""
        at = cand.end
        role = at < view.end and self.lex.is_role(self.text.tokens[at].low)
        named = next((g for g in view.groups if g.governor is None and (g.first == at or (
            role and at < g.first <= at + 1 + ROLE_COMPLEMENT_WORDS
            and all(t.word and not t.cap for t in self.text.tokens[at:g.first])))), None)
        if named is not None or at >= view.end or self.text.tokens[at].low not in self.lex.sector_heads or at in self._name_tokens(view):
            return named
        return Group([Participant(self._head_actor(view, cand, at), at, at + 1)])

    def _plural_object_pronoun(self, view: SentenceView, cand: Candidate, k: int) -> bool:
        """Clause k opens with a plural relative pronoun that an object clitic doubles before a
        singular verb (`кои ги уапси`): the pronoun is the object, not the subject."""
        between = [t.low for t in self.text.tokens[view.clauses[k].first + 1:cand.first]]
        return (view.clauses[k].opener in self.lex.plural_relatives and not cand.trigger.noun
                and bool(between) and all(w in self.lex.reporting.clitics for w in between)
                and any(w in self.lex.reporting.object_clitics for w in between)
                and not self.text.tokens[cand.first].low.endswith(self.lex.plural_verb_endings))

    def _fronted_plural_object(self, view: SentenceView, cand: Candidate) -> Group | None:
        """The group of the verb's clause opening with a plural definite word (`војниците`, `македонските
        војници`) that only clitics, a plural one among them, part from a singular verb (`војниците ги
        пофали`): a fronted object."""
        tokens = self.text.tokens
        if cand.trigger.noun or tokens[cand.first].low.endswith(self.lex.plural_verb_endings):
            return None
        at = cand.first
        while at > view.first and tokens[at - 1].low in self.lex.reporting.clitics:
            at -= 1
        if not any(t.low in self.lex.plural_object_clitics for t in tokens[at:cand.first]):
            return None
        group = next((g for g in view.groups if g.end == at and g.clause == view.clause_of(cand.first)), None)
        return group if group is not None and tokens[group.first].low.endswith(self.lex.plural_definite) else None

    def _pronoun_before(self, view: SentenceView, cand: Candidate, k: int) -> bool:
        """A personal pronoun stands between the clause's opener and the trigger: the clause's own subject."""
        return any(self.text.tokens[i].low in self.lex.reporting.pronouns for i in range(view.clauses[k].first + 1, cand.first))

    def _source_place_body(self, view: SentenceView, cand: Candidate, k: int) -> Group | None:
        """The body named before `, од каде што` when the clause's verb is plural (`реакција во ВМРО-ДПМНЕ,
        од каде што го обвинија министерот`): its people speak, as after an opening `Од СДСМ`."""
        first = view.clauses[k].first
        if (not k or not self._adverbial_relative(view, first) or first - 3 <= view.first
                or self.text.tokens[first - 2].low not in self.lex.source_subject_prepositions
                or self.text.tokens[first - 3].text != "," or cand.trigger.noun
                or not self.text.tokens[cand.first].low.endswith(self.lex.plural_verb_endings)):
            return None
        return next((g for g in view.groups if g.end == first - 3), None)

    def _adverbial_relative(self, view: SentenceView, first: int) -> bool:
        """`каде што`, `кога што`: a relative clause of place or time."""
        return first > view.first and view.tokens[first - 1].low in self.lex.adverbial_relatives

    def _oblique_relative(self, view: SentenceView, first: int) -> bool:
        """`…, со кои потпиша меморандум`: a preposition governs the relative pronoun, which is then
        not the clause's subject; the dropped subject is the one of the clause before."""
        return first > view.first and view.tokens[first - 1].low in self.lex.oblique_relative_prepositions

    def _relative_maker(self, view: SentenceView, cand: Candidate) -> Group | None:
        """`царините што американскиот претседател Трамп ги наметна`, `нападот што го изврши Хамас`: a noun trigger
        an object relative clause right after it tells made; that clause's bare subject, before its object clitic
        (titles may stand before the name) or right after its light or imposing verb, did the act."""
        at = cand.end
        tokens = self.text.tokens
        if at >= view.end or tokens[at].low not in self.lex.relative_openers or view.clauses[view.clause_of(at)].first != at:
            return None
        clitics = self.lex.reporting.object_clitics | self.lex.plural_object_clitics
        before = next((g for g in view.groups if g.governor is None and g.first > at and g.end < view.end
                       and tokens[g.end].low in clitics and all(t.word and not t.cap for t in tokens[at + 1:g.first])), None)
        i = before.end if before is not None else at + 1
        if i >= view.end or tokens[i].low not in clitics:
            return None
        while i < view.end and tokens[i].low in clitics:
            i += 1
        if i >= view.end or tokens[i].low not in self.lex.light_verbs | self.lex.imposing_verbs:
            return None
        return before or next((g for g in view.groups if g.first == i + 1 and g.governor is None), None)

    def _document_sender(self, view: SentenceView, cand: Candidate, k: int, candidates) -> str | None:
        """The unnamed organ or collective that issues the document relative clause k is about (`Синдикатот
        му упати писмо на министерот, во кое бара …`, `Од Министерството реагираа со соопштение во кое ги
        отфрлаат …`): the subject of the clause before, read up to the document's noun."""
        noun = self._document_noun(view, k)
        if noun is None:
            return None
        return self._collective(view, Candidate(cand.trigger, noun, noun + 1, False, noun), candidates)

    def _document_noun(self, view: SentenceView, k: int) -> int | None:
        """The document's noun in the clause before relative clause k when k tells that document's content
        (`упати писмо на министерот, во кое бара …`)."""
        if k == 0 or view.clauses[k].opener not in self.lex.relative_openers:
            return None
        return next((i for i in range(view.clauses[k].first - 1, view.clauses[k - 1].first - 1, -1)
                     if self.text.tokens[i].low in self.lex.document_nouns), None)

    def _partner_relative(self, view: SentenceView, k: int) -> bool:
        """Clause k is a relative clause whose pronoun a partner preposition governs (`…, со кого договорија`)."""
        first = view.clauses[k].first
        return (k > 0 and view.clauses[k].opener in self.lex.relative_openers and first > view.first
                and view.tokens[first - 1].low in self.lex.partner_prepositions)

    def _document_relative(self, view: SentenceView, first: int) -> bool:
        """A relative clause about a document (`усвои резолуција со која ја осудува Русија`): the
        document speaks for whoever made it, the subject of the clause before."""
        at = first - 1
        if at > view.first and view.tokens[at].low in self.lex.reporting.prepositions:
            at -= 1
        return at >= view.first and view.tokens[at].low in self.lex.document_nouns

    def _possessor_subject(self, view: SentenceView, verb: int, k: int, subject_end: int) -> Group | None:
        """The name of the `на` phrase of a noun of members or envoys that opens the clause, before the verb at
        `verb`, as the subject (`Членовите на ЕП ги повикаа`: the members of the EP act for it)."""
        clause_first = self._past_opening_frame(view, view.clauses[k].first, verb)
        names = self._name_tokens(view)
        for g in view.groups:
            if g.clause != k or g.end > min(subject_end, verb) or g.governor != self.lex.genitive or g.head_at is None:
                continue
            head = self._member_head(view, g)
            if head is not None and head - clause_first <= POSSESSOR_HEAD_REACH and not names.intersection(range(clause_first, head + 1)):
                return g
        return None

    def _member_head(self, view: SentenceView, g: Group) -> int | None:
        """The noun of members or envoys whose `на` phrase the group is, past its complement (`Министрите за
        надворешни работи на ЕУ`)."""
        head = g.head_at
        if head is not None and self.text.tokens[head].low not in self.lex.member_heads:
            head = role_of(view, g.first - 1, self.lex)
        return head if head is not None and self.text.tokens[head].low in self.lex.member_heads else None

    def _past_opening_frame(self, view: SentenceView, first: int, verb: int) -> int:
        """The first token of a clause opening at `first` past the copy's dateline with its bracketed date, date
        expressions and a place (`БРИСЕЛ, Белгија -- (вторник, 28-ми февруари) Министрите …`, `Во вторникот министрите …`,
        `Во Брисел министрите …`): where its subject phrase starts."""
        tokens = self.text.tokens
        if first == view.first and any(self._dateline(view, g) for g in view.groups if g.first == first):
            first = next((i + 1 for i in range(first, min(verb, first + DATELINE_REACH)) if tokens[i].text in DATELINE_DASHES), first)
            while first < verb and tokens[first].text in DATELINE_DASHES:  # (`--` written as two hyphens)
                first += 1
            if first < verb and tokens[first].text == "(":
                first = next((i + 1 for i in range(first, verb) if tokens[i].text == ")"), first)
        times = self._time_tokens(view)
        while first < verb and first in times:
            first += 1
        place = next((g for g in view.groups if g.first == first + 1 and g.governor in self.lex.location_prepositions
                      and self._place_group(g)), None)
        if place is not None:  # (`Во Брисел, министрите …`: where they acted)
            first = place.end + (place.end < verb and tokens[place.end].text == ",")
            while first < verb and first in times:
                first += 1
        return first

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
            if main is not None:
                return self._group_entities(main), "inherited"
            # (only an act on someone the sentence names: `Барајќи нов стан, семејството …` asks no one)
            collective = self._collective_past_opening_gerund(view, cand) if recipient is not None else None
            if collective is not None:
                return [collective], "collective"
            speaker = self._attributing_speaker(view, cand)
            if speaker is not None:
                return [speaker], "speaker"
            # `Тој говореше за …, обвинувајќи го X`: the person the pronoun opening the sentence stands for
            gender = self.lex.subject_pronouns.get(self.text.tokens[view.first].low)
            if gender in ("masculine", "feminine") and not any(g.first < cand.first and self._subject_like(g) for g in view.groups):
                previous = self._previous_person(view, gender)
                return (previous, "previous") if previous else ([], None)
            return [], None
        if any(g.first < cand.first for g in view.groups if self._subject_like(g)):
            return [], None
        beneficiary = self._dative_referent(view, cand)
        if beneficiary is not None:
            return self._group_entities(beneficiary), "inherited"
        shared = self._plural_clause_subject(view, cand)
        if shared is not None:  # `Студентите … ги блокираа влезовите, а тие бараа …`
            return [shared], "collective"
        pronoun = self._explicit_pronoun(view, cand)
        if pronoun is None and self._subject_relative(view, cand):
            return [], None  # `уапсиле десетина млади кои протестирале`: the antecedent acts, not the sentence before's person
        if pronoun == "plural":  # `Тие, исто така, ја истакнаа …`: the unnamed group of the sentence before
            # (or the names it joined: `Мерц и Макрон ја обвинија … Тие додадоа дека ќе …`)
            group = self._previous_plural_group(view, cand) or self._earlier_plural(view, [])
            return (group, "previous") if group else ([], None)
        if pronoun is None and not self._nothing_before_verb(view, cand):  # `Одборот се согласи`: a noun is the subject
            return [], None
        previous = self._previous_person(view, pronoun)
        return (previous, "previous") if previous else ([], None)

    def _collective_past_opening_gerund(self, view: SentenceView, cand: Candidate) -> str | None:
        """`Повикувајќи ја X на дијалог, пратениците ја усвоија …`: the unnamed collective right past the
        comma that closes a verbal adverb opening the sentence, before the main clause's verb, is that
        clause's subject and so the adverb's (after the verb it is its object: `…, ги поздрави синдикатите`)."""
        tokens = self.text.tokens
        if cand.first != view.first:
            return None
        comma = next((i for i in range(cand.end, view.end) if tokens[i].text == ","), None)
        if comma is None:
            return None
        reach = min(view.end, comma + 1 + OBJECT_REACH)
        verb = next((i for i in range(comma + 1, reach) if tokens[i].low in self.lex.verb_clitics | self.lex.verb_forms), reach)
        return self._collective_head(view, cand, comma + 1, verb)

    def _subject_relative(self, view: SentenceView, cand: Candidate) -> bool:
        """The trigger's clause is a relative one whose pronoun is its subject: no object pronoun (`кого`)
        and no clitic doubling an object before the verb (`кои ги уапси`, `што ја донесе`)."""
        k = view.clause_of(cand.first)
        opener = view.clauses[k].opener
        return bool(k) and opener in self.lex.relative_openers and opener not in self.lex.object_relatives and not any(
            self.text.tokens[i].low in self.lex.verb_clitics for i in range(view.clauses[k].first, cand.first))

    def _previous_plural_group(self, view: SentenceView, cand: Candidate) -> list[str]:
        """The unnamed plural group the sentence before told of: its plural collective subject, or its one plural
        collective (`…, рекоа европарламентарците. Тие повикаа …`)."""
        if self.plural_topic is not None and view.index - self.plural_topic[0] == 1:
            return list(self.plural_topic[1])
        if self.plural_head is not None and view.index - self.plural_head[0] == 1:
            head = self.text.tokens[self.plural_head[1]]
            return [self._unnamed(view, cand, self.lex.sector_heads[head.low], head.low, head.text, None)]
        return []

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
        head = self._opening_plural_collective(view)
        if head is None:
            return None
        word = tokens[head].low
        return self._unnamed(view, cand, self.lex.sector_heads[word], word, tokens[head].text,
                             (tokens[head].start, tokens[head].end), self._owner(view, head))

    def _opening_plural_collective(self, view: SentenceView) -> int | None:
        """The head of the unnamed plural collective that opens the sentence: the head, or its adjective,
        with the plural article (`Студентите`, `Незадоволните студенти`)."""
        tokens = self.text.tokens
        head = view.first + (1 if tokens[view.first].low not in self.lex.sector_heads else 0)
        word = tokens[head].low if head < view.end else ""
        if (head in self._name_tokens(view) or word not in self.lex.sector_heads
                or not tokens[view.first].low.endswith(self.lex.plural_definite)):
            return None
        return head

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
        if k and (view.clauses[k].opener in self.lex.subjunctive or first == cand.first):
            # (a clause the verb itself opens after a comma, `Тие, исто така, повикаа на …`, goes on with the one before)
            first = view.clauses[k - 1].first
        elif k and self._dropped_in_content(view, cand):
            first = view.first  # `Тие додадоа дека ќе …`: the told clause's dropped subject is the one who tells it
        words = self.lex.reporting
        closed = words.coordinators | words.clause_openers
        opening = next((i for i in range(view.first, cand.first) if self.text.tokens[i].low.isalpha()
                        and self.text.tokens[i].low not in closed), None)
        if opening is not None and self.text.tokens[opening].low in words.source_cues:
            opening = self._past_opening_source(view, cand)  # `Според изворите, таа ќе побара …`
        elif opening is not None and (self.text.tokens[opening].low not in self.lex.subject_pronouns.keys() | self.lex.same_pronouns.keys()
                                      or opening in self._time_tokens(view)):  # `Истиот ден тој …`: a date, no pronoun
            opening = self._past_opening_adverbial(view, cand)
        if opening is None or self.text.tokens[opening].low not in self.lex.subject_pronouns.keys() | self.lex.same_pronouns.keys():
            opening = self._pronoun_past_adverbial(view, cand, first) or opening
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

    def _last_subject_pronoun(self, view: SentenceView, cand: Candidate) -> int:
        """The last subject pronoun before the trigger (the sentence's start when there is none)."""
        return max((i for i in range(view.first, cand.first) if self.text.tokens[i].low in self.lex.subject_pronouns), default=view.first)

    def _pronoun_past_adverbial(self, view: SentenceView, cand: Candidate, first: int) -> int | None:
        """The subject pronoun that follows the comma or date closing an adverbial phrase before the
        trigger in its clause (`Летајќи со хеликоптер, тој го посети …`, `Но, со објавувањето на
        извештаите минатиот понеделник тој отиде …`): a nominative pronoun there is the verb's subject
        (after a preposition it is a determiner: `во тој период`)."""
        times = self._time_tokens(view)
        for i in range(cand.first - 1, max(first, view.first + 1) - 1, -1):
            if self.text.tokens[i].low in self.lex.subject_pronouns:
                return i if self.text.tokens[i - 1].text == "," or i - 1 in times else None
        return None

    def _past_opening_source(self, view: SentenceView, cand: Candidate) -> int | None:
        """The first word past the comma that closes the source phrase opening the sentence (`Според
        дипломатски извори, таа …`), before the trigger."""
        comma = next((i for i in range(view.first, cand.first) if self.text.tokens[i].text == ","), None)
        return comma + 1 if comma is not None and comma + 1 < cand.first else None

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

    def _aside_partner(self, view: SentenceView, cand: Candidate, subject: Group) -> list[str]:
        """The name that opens the sentence before a relative clause set off by commas, when `и` after the
        clause's closing comma joins the subject of a plural verb to it (`Рама, кој допатува вчера, и
        неговиот колега Х потпишаа`): it acts with the subject."""
        tokens = self.text.tokens
        k = subject.clause
        if (k < 2 or not tokens[cand.first].low.endswith(self.lex.plural_verb_endings)
                or view.clauses[k].opener not in self.lex.comma_openers or tokens[view.clauses[k].first - 1].text != ","
                or view.clauses[k - 1].opener not in self.lex.relative_openers or k - 1 != 1):
            return []
        opening = next((g for g in view.groups if g.first == view.first and g.end == view.clauses[1].first - 1
                        and g.governor is None and tokens[g.end].text == ","), None)
        return self._group_entities(opening) if opening is not None else []

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
        start and a verb trigger, so its subject is dropped rather than a common noun; nor is a name after a
        preposition, a place or medium, before a verb with its object clitic (`Подоцна на Твитер ја исмеа …`;
        not `од некои ќе се бара`, nor `Во Пале протестираа стотици …`, whose subject follows)."""
        words, tokens = self.lex.reporting, self.text.tokens
        closed = words.clitics | words.clause_openers | words.coordinators | words.content_breaks | self.lex.subjectless_adverbs
        prepositions = words.prepositions | self.lex.governors
        first = view.clauses[view.clause_of(cand.first)].first
        doubled = cand.first > first and tokens[cand.first - 1].low in (
            words.object_clitics | self.lex.plural_object_clitics | self.lex.dative_clitics)
        for i in range(first, cand.first):
            low = tokens[i].low
            placed = doubled and ((low in prepositions and i + 1 < cand.first and tokens[i + 1].cap) or (
                tokens[i].cap and i > first and tokens[i - 1].low in prepositions))
            if low.isalpha() and low not in closed and low not in words.pronouns and low not in self.lex.negation and not placed:
                return False
        return True

    def _previous_person(self, view: SentenceView, gender: str | None = None) -> list[str]:
        """The person of the sentence just before, whom a dropped subject or a pronoun means
        (of the pronoun's gender, when the name shows one)."""
        if self.topic is not None and view.index - self.topic[0] <= PREVIOUS_SUBJECT_REACH:
            people = self._group_entities(self.topic[1])
            shown = self.topic_gender or (self._person_gender(people[0]) if len(people) == 1 else None)
            if gender is not None and (len(people) != 1 or (shown == "feminine") != (gender == "feminine")):
                # (not the topic itself when its role showed the other gender: `Министерката X … Тој`)
                return [p for p in self._other_person(view, gender) if not self.topic_gender or p not in people]
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
        """`feminine` when one of the person's written names shows it (`Марија Петреска`); not the words
        that refer back to the person (`Двајцата лидери`), which are no name."""
        words = self.lex.reporting
        ent = self.entities.get(ident)
        for name in [ent.name, *(m.text for m in ent.mentions if m.kind == "name")] if ent is not None else []:
            parts = name.lower().split()
            if len(parts) > 1 and (parts[-1].endswith(words.feminine_surname_endings) or (
                    parts[0].endswith(words.feminine_first_name_endings) and parts[0] not in words.masculine_names_ending_like_feminine)
                    or parts[0] in words.feminine_names_ending_otherwise):
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
        state = self._state_entity(self.entities[location].country)
        return state.id if state is not None else location

    def _state_entity(self, country: str | None) -> Entity | None:
        """The document's entity of the state of that code, if it names it."""
        return next((e for e in self.doc.entities if e.type == "GPE" and e.kb_id == f"gpe:{country}"), None) if country else None

    def _bilateral(self, view: SentenceView, cand: Candidate, candidates: list[Candidate], args: Arguments, location: str | None) -> bool:
        """`Стојанов се состана со Новак`, `Илиев разговараше со Шмит`: a subject meeting a
        `со` partner of another state is one side calling on the other, actor and recipient as
        the guidelines (a meeting's sides) have them, also in a third country and on a summit's
        margins, unless a gathering of many shows (a third international body in the clause, not the summit's
        owner nor a mediator; partners of several states in a third country); so is a body's official meeting
        a state's (`Ван Ромпеј се состана со Бок`), and a state's official meeting a body's named
        official by a verb (`Мицкоски разговараше со претседателот на Европскиот совет Коста`). A meeting within
        one state, or with a body's delegation, keeps all its participants as actors."""
        countries = lambda ids: {self.entities[e].country if e in self.entities else None for e in ids}  # noqa: E731
        mine, theirs = countries(args.actor), countries(args.recipient)
        # (a verb's partner: a joint press conference `со` a body's head has both as its actors)
        officials = not cand.trigger.noun and all(e in self.entities and self.entities[e].type == "PER" for e in args.recipient)
        if None in mine | theirs or mine & theirs or (theirs & INTERNATIONAL and (mine & INTERNATIONAL or not officials)):
            return False
        k = view.clause_of(cand.first)
        # (`… и двајцата се договорија`: both are its subject; not a pair meeting a partner its clause names after the
        # act, `Двајцата министри се сретнаа со унгарскиот колега`)
        if self._pair_anaphor(view, cand) and not all(any(r in g.entities and g.clause == k and g.first >= cand.end for g in view.groups)
                                                      for r in args.recipient):
            return False
        sides = set(args.actor) | set(args.recipient)
        # (the body one side speaks for is no third: `се сретна со Муцунски и, според соопштението на Комисијата, …`;
        # nor is the body whose summit hosts the meeting or that mediates it, nor one the next act names: `… и ги повика …`)
        stop = self._verb_bounds(view, cand, candidates)[1]
        if any(g.clause == k and g.first < stop and {self.entities[e].country for e in g.entities if e in self.entities and e not in sides}
               & INTERNATIONAL - mine - theirs and not self._host_or_mediator(g) for g in view.groups):
            return False
        # one partner in a third country is still the recipient; partners of several states there meet as equals.
        # A place only another clause tells is where that clause's act is (`X, кој разговараше со Y, ги повика
        # страните да се вратат на преговорите во Џеда`); the `да` clause right after the act's is its own content
        # (`се договорија да се сретнат во Брисел`).
        content = (k + 1 < len(view.clauses) and view.clauses[k + 1].opener in self.lex.subjunctive
                   and view.clauses[k + 1].first - cand.end <= 1)
        own = {k, k + 1} if content else {k}
        place = self.entities.get(location or "")
        third_country = place is not None and place.country not in mine | theirs and any(
            g.clause in own and location in g.entities for g in view.groups)
        return len(theirs) == 1 or not third_country

    def _host_or_mediator(self, group: Group) -> bool:
        """A body named as the owner of a gathering (`на самитот на Г20`) or after a word of mediation
        (`посредуван од ЕУ`, `со посредство на ОН`): the setting of a meeting, no participant in it."""
        before = [t.low for t in self.text.tokens[max(0, group.first - 2):group.first]]
        return len(before) == 2 and (before[1] == self.lex.genitive and before[0].startswith(self.lex.gathering_stems)
                                     or before[0] in self.lex.mediation_nouns)

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

    def _partnered_meeting(self, view: SentenceView, cand: Candidate) -> int | None:
        """The preposition of a circumstance phrase on a meeting noun that names its partner (`во
        телефонскиот разговор со Y`, `по девет рунди разговори со Y`), whose clause's subject is the one
        who met Y; None for another noun, one a possessive gives its own owner (`по нивната средба со Y`),
        one that opens its clause (`По средбата со Y, X …`: the subject after it), or a process a clause to come
        is set in."""
        trig = cand.trigger
        if not (trig.noun and trig.reciprocal and trig.type == "CONSULT"):
            return None
        tokens = self.text.tokens
        k = view.clause_of(cand.first)
        start = view.clauses[k].first
        at = next((i for i in range(cand.first - 1, max(start, cand.first - LEADING_PHRASE) - 1, -1)
                   if tokens[i].low in self.lex.governors), None)
        if at is None or at == start or tokens[at].low not in self.lex.meeting_circumstance_prepositions or any(
                tokens[i].low in self.lex.object_possessives or tokens[i].low in self.lex.own_possessives
                or tokens[i].text == "," for i in range(at + 1, cand.first)):
            return None
        if tokens[at].low not in self.lex.meeting_after_prepositions and any(
                tokens[i].low in self.lex.future for i in range(start, at)):
            return None  # `Шпанија ќе плати двојно во преговорите со Y`: a process the clause to come is set in
        partner_at = self._past_manner(cand.end, view.end)
        if partner_at >= view.end or tokens[partner_at].low not in trig.slots.recipient:
            return None
        named = any(partner_at < g.first <= partner_at + OBJECT_REACH and g.clause == k for g in view.groups)
        return at if named else None

    def _joint_outcome_talks(self, view: SentenceView, cand: Candidate, candidates, found: list[Group]) -> Group | None:
        """The subject of several parties that a meeting noun after `по` naming no partner follows, when a
        reciprocal verb of its clause before it tells their joint outcome (`Ерменија и Азербејџан договорија
        прекин на огнот по преговорите во Москва`): they held the talks, however far."""
        trig = cand.trigger
        if not (trig.noun and trig.reciprocal and trig.type == "CONSULT") or self._partnered_meeting(view, cand) is not None:
            return None
        tokens = self.text.tokens
        k = view.clause_of(cand.first)
        at = next((i for i in range(cand.first - 1, max(view.clauses[k].first, cand.first - LEADING_PHRASE) - 1, -1)
                   if tokens[i].low in self.lex.governors), None)
        if at is None or tokens[at].low not in self.lex.meeting_after_prepositions or any(
                tokens[i].low in self.lex.object_possessives or tokens[i].low in self.lex.own_possessives
                for i in range(at + 1, cand.first)):
            return None  # (`по нивната средба`: the possessive tells whose)
        joint = any(not c.trigger.noun and c.trigger.reciprocal and view.clause_of(c.first) == k and c.end <= at for c in candidates)
        subject = max(found, key=lambda g: g.end) if found else None
        return subject if joint and subject is not None and len(subject.entities) > 1 else None

    def _meeting_over(self, view: SentenceView, cand: Candidate) -> bool:
        """A meeting noun with its partner named after a preposition that tells it over (`по разговорот со Y`)."""
        at = self._partnered_meeting(view, cand)
        return at is not None and self.text.tokens[at].low in self.lex.meeting_after_prepositions

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
        bare name after the comma that closes its phrase, ahead of its verb's object clitic (`По
        средбата со Y, тој ја обвини Z`: Z is the object, no subject)."""
        tokens = self.text.tokens
        # (not a comma that opens a relative clause on the phrase's object: `Бранејќи го кандидатот, кој беше
        # обвинет од три жени, претседателот …`)
        comma = next((i for i in range(cand.end, view.end) if tokens[i].text == ","
                      and (i + 1 == view.end or tokens[i + 1].low not in self.lex.relative_openers)), None)
        if comma is None:
            return None
        clitic = next((i for i in range(comma + 1, view.end) if tokens[i].low in self.lex.reporting.object_clitics), view.end)
        return next((g for g in view.groups if comma < g.first < clitic and self._subject_like(g)), None)

    def _opening_gerund_clause(self, view: SentenceView, cand: Candidate) -> bool:
        """A verb trigger in the `да` clause of a verbal adverb that opens the sentence (`Продолжувајќи да го
        брани X, Y рече …`, `Обидувајќи се да го убеди X, …`): the adverb's act, and so the main clause's subject's."""
        k = view.clause_of(cand.first)
        return (k == 1 and not cand.trigger.noun and view.clauses[k].opener in self.lex.subjunctive
                and self.text.tokens[view.first].low.endswith(self.lex.gerund_endings))

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

    def _item_state(self, view: SentenceView, actors: list[str]) -> list[str]:
        """The state of the item of a page of news briefs the sentence stands in (its dateline's), as the document's entity
        of it, when it is none of the actors' own: an item tells one state's news (`ПОДГОРИЦА, Црна Гора -- … Светската
        банка одобри заем …`: the loan is Montenegro's)."""
        state = self._state_entity(segment_state(self.doc, self.text.tokens[view.first].start))
        return [state.id] if state is not None and state.country not in self._countries(actors) else []

    def _opening_state(self, groups: list[Group]) -> list[str] | None:
        """The one state that is a sentence's first group (of `groups`) and a bare subject."""
        first = groups[0] if groups else None
        if first is None or not self._subject_like(first) or len(first.entities) != 1:
            return None
        state = self.entities.get(first.entities[0])
        return list(first.entities) if state is not None and is_state(state.kb_id) else None

    def _opening_authority(self, groups: list[Group]) -> list[str] | None:
        """The one government or international body that is a sentence's first group and a bare subject."""
        first = groups[0] if groups else None
        if first is None or not self._subject_like(first) or len(first.entities) != 1:
            return None
        body = self.entities.get(first.entities[0])
        return list(first.entities) if body is not None and body.type == "ORG" and body.sector in AUTHORITY_SECTORS else None

    def _note_disaster(self, view: SentenceView) -> None:
        """The first place of a sentence telling of a disaster (`Земјотрес го погоди Мароко`); one naming
        no place tells again of the disaster told last (`Во пожарите загинаа 28 лица`), still at its place."""
        if not view.contains(view.first, view.end, self.lex.disaster_words):
            return
        place = next((g for g in view.groups if self._place_group(g)), None)
        if place is not None:
            self.last_disaster = (view.index, place.entities)
        elif self.last_disaster is not None:
            self.last_disaster = (view.index, self.last_disaster[1])

    def _note_topic(self, view: SentenceView) -> None:
        """The sentence's first bare name of a person, the subject a following sentence may
        drop (`Тој додаде ...`, pro-drop)."""
        bare = next((g for g in view.groups if self._subject_like(g) and all(
            self.entities.get(e) is not None and self.entities[e].type in TOPIC_TYPES for e in g.entities)), None)
        # (`Обвинителите се надеваат дека Х знаел …`: the plural group is the subject, not the told clause's person;
        # a singular pronoun after it, which cannot mean the group, still means the person before)
        skipped = (bare is not None and bare.clause > 0 and self._opening_plural_collective(view) is not None
                   and self.topic is not None and view.index - self.topic[0] <= PREVIOUS_SUBJECT_REACH)
        if skipped:
            bare = None
        if bare is None and (holder := self._named_holder_of_body(view)) is not None:
            self.topic, self.topic_gender = (view.index, holder), self._role_gender(view, holder)
        elif bare is not None:
            self.topic, self.topic_gender = (view.index, bare), self._role_gender(view, bare)
            self.subjects[view.index] = bare.entities
        elif (role := self._role_complement(view)) is not None:
            # `Амбасадорката на ЕУ се сретна со … Таа го пофали …`: the unnamed holder acts for the body
            self.topic, self.topic_gender = role
        elif (holder := self._opening_office_holder(view)) is not None:
            # `Портпаролката на полицијата изјави … Таа ги повика …`: the unnamed holder, when no person was named before
            self.topic, self.topic_gender = holder
        elif (state := self._opening_state(view.groups) or self._opening_authority(view.groups)) is not None:
            # `Северна Кореја испали ракета. Токио го осуди истрелувањето`, `Советот на ЕУ донесе одлука …
            # Москва ја осуди одлуката`: the state or authority whose act is judged next
            self.subjects[view.index] = state
        elif skipped or self._pronoun_continues_topic(view) or self._names_only_topic(view) or self._fronted_object_opening(view):
            # `X е осомничен … Тој беше обвинет … Тој е задржан`: a chain of pronouns keeps the person; so does a
            # sentence naming only them again (`Сведочењето на X продолжува`), and one a plural group is the subject of
            self.topic = (view.index, self.topic[1])
        if self.plural_topic is None or self.plural_topic[0] != view.index:
            tokens = self.text.tokens
            taken = self._name_tokens(view)
            prepositions = self.lex.reporting.prepositions | self.lex.governors
            sector_heads = self.lex.sector_heads
            heads = [i for i, low in enumerate(view.lows, view.first) if low in sector_heads and i not in taken
                     and low.endswith(self.lex.plural_definite) and not (i > view.first and tokens[i - 1].low in prepositions)]
            self.plural_head = (view.index, heads[0]) if len(heads) == 1 else None

    def _note_authored(self, view: SentenceView) -> None:
        """The things the sentence tells made, each with its maker (`Владата вчера го усвои буџетот`; the proposal of
        `Комисијата предложи …`, a verb that names the thing itself): the bare subject of the making verb's clause,
        named before the verb; for a thing fronted before the verb that doubles it (`Одлуката ја донесоа министрите на
        ЕУ`), the first name after the verb; the subject of a relative clause on the thing (`мерките, кои X ги
        наметна`); and the name in the thing's genitive (`мерките на високиот претставник`)."""
        tokens = self.text.tokens
        for g in view.groups:  # (not a thing itself in another noun's genitive: `поради непочитување на одлуките на …`)
            if (g.governor == self.lex.genitive and g.head in self.lex.authored_things
                    and self.text.tokens[g.head_at - 1].low != self.lex.genitive):
                self.authored.append((view.index, self.lex.authored_things[g.head], g.entities))
        for i in range(view.first, view.end):
            low = tokens[i].low
            if low in self.lex.authored_things and i > view.first and tokens[i - 1].low in self.lex.authored_within and (
                    i + 1 == view.end or tokens[i + 1].low != self.lex.genitive):
                # (`Судијката во одлуката наведе …`: the subject of its clause wrote it; not `во одлуката на Судот`)
                author = self._clause_subject(view, view.clause_of(i), None)
                if author is not None and author.clause == view.clause_of(i):
                    self.authored.append((view.index, self.lex.authored_things[low], author.entities))
            if low not in self.lex.authoring_verbs and low not in self.lex.verb_made_things:
                continue
            clause = view.clause_of(i)
            # (a thing still to be made is no one's yet: `ЦИК се очекува да одлучи`, `ќе донесе одлука`)
            if view.clauses[clause].opener in self.lex.subjunctive or any(
                    t.low in self.lex.future for t in tokens[view.clauses[clause].first:i]):
                continue
            named = (next((self.lex.authored_things[tokens[j].low] for j in range(i + 1, min(i + 1 + OBJECT_REACH, view.end))
                           if tokens[j].low in self.lex.authored_things and view.clause_of(j) == clause), None)
                     if low in self.lex.authoring_verbs else None)
            fronted = None if named or low not in self.lex.authoring_verbs else self._fronted_thing(view, clause, i)
            thing = named or fronted or self.lex.verb_made_things.get(low)
            maker = self._clause_subject(view, clause, None) if thing is not None else None
            if fronted and view.clauses[clause].opener not in self.lex.relative_openers:
                maker = next((g for g in view.groups if g.first > i and g.clause == clause and g.governor in (None, self.lex.genitive)), None)
            elif maker is not None and maker.end > i:
                maker = None
            if maker is None and thing is not None and not fronted:  # `Министрите на ЕУ одлучија …`: the members' body
                maker = self._possessor_subject(view, i, clause, i)
            if maker is not None:
                self.authored.append((view.index, thing, maker.entities))

    def _fronted_thing(self, view: SentenceView, clause: int, verb: int) -> str | None:
        """The lemma of a thing made named before its making verb, which an object clitic right before the verb
        doubles: the first word of the clause (`Одлуката … ја донесоа`), or the word before a relative clause's
        pronoun (`Мерките, кои Лајчак ги наметна`)."""
        tokens = self.text.tokens
        if verb == view.first or tokens[verb - 1].low not in self.lex.reporting.object_clitics | self.lex.plural_object_clitics:
            return None
        at = view.clauses[clause].first
        if view.clauses[clause].opener in self.lex.relative_openers:
            at -= 1
            while at > view.first and tokens[at].low in RELATIVE_PUNCTUATION:
                at -= 1
        return self.lex.authored_things.get(tokens[at].low)

    def _thing_maker(self, words: list[str], sentence: int, judges: list[str]) -> list[str]:
        """Whoever made the thing the first of `words` that names one names (`буџетот`), as the last sentence before
        `sentence` that told it made said (`Владата го усвои буџетот`); not one of the judges."""
        thing = next((self.lex.authored_things[w] for w in words if w in self.lex.authored_things), None)
        kind = self.lex.authored_thing_kinds.get(thing, frozenset())
        # (the very thing first, else one of its kind: `мерките` told made, `измените` judged)
        maker = next((m for told, made, m in reversed(self.authored) if made == thing and told < sentence), None)
        if maker is None:
            maker = next((m for told, made, m in reversed(self.authored) if made in kind and told < sentence), [])
        return [] if set(maker) & set(judges) else list(maker)

    def _named_holder_of_body(self, view: SentenceView) -> Group | None:
        """The person named last in the sentence's first bare group when the rest of it is the body of
        the person's role (`Командантот на КФОР, генерал Х, изјави …`): the one a next sentence's `Тој` means."""
        first = next((g for g in view.groups if self._subject_like(g)), None)
        if first is None or len(first.entities) < 2:
            return None
        kinds = [self.entities[e].type if e in self.entities else None for e in first.entities]
        if kinds[-1] not in TOPIC_TYPES or any(k in TOPIC_TYPES or k is None for k in kinds[:-1]):
            return None
        person = first.entities[-1]
        return Group([m for m in first.members if m.entity == person], clause=first.clause)

    def _role_gender(self, view: SentenceView, group: Group) -> str | None:
        """The gender the role noun right before a person's name shows (`обвинителката Ен Доу`,
        `министерот Мустафа Аџа`), which a foreign name's endings may not."""
        tokens = self.text.tokens
        # (within the group or before it, past the role's complement: `министерот за одбрана Мустафа Аџа`)
        for i in range(group.end - 1, max(view.first, group.first - 2 - ROLE_COMPLEMENT_WORDS) - 1, -1):
            if not tokens[i].low.isalpha():
                return None
            if tokens[i].low in self.lex.reporting.feminine_role_forms:
                return "feminine"
            if self.lex.is_role(tokens[i].low):
                return "masculine"
        return None

    def _names_only_topic(self, view: SentenceView) -> bool:
        """The sentence names the topic's one person again, in any role, and no other person
        (`Сведочењето на X продолжува …`): it still tells of them."""
        if self.topic is None or view.index - self.topic[0] > PREVIOUS_SUBJECT_REACH:
            return False
        people = self._group_entities(self.topic[1])
        named = {e for g in view.groups for e in g.entities if e in self.entities and self.entities[e].type in TOPIC_TYPES}
        return len(people) == 1 and named == set(people)

    def _fronted_object_opening(self, view: SentenceView) -> bool:
        """The sentence opens with its object, doubled by a clitic, and a singular verb with no subject after it
        (`Изјавата ја даде по средбата со X.`): it goes on with the topic's one person, as a pronoun would."""
        if self.topic is None or view.index - self.topic[0] > PREVIOUS_SUBJECT_REACH or view.end - view.first < 4:
            return False
        tokens, words = self.text.tokens, self.lex.reporting
        noun, clitic, verb, after = (tokens[i] for i in range(view.first, view.first + 4))
        return (noun.text.isalpha() and noun.low not in words.pronouns
                and clitic.low in words.object_clitics | self.lex.plural_object_clitics
                and verb.text.isalpha() and not verb.low.endswith(self.lex.plural_verb_endings)
                and (after.low in words.prepositions | self.lex.governors or not after.text.isalnum())
                and not any(g.clause == 0 and self._subject_like(g) for g in view.groups)
                and len(self._group_entities(self.topic[1])) == 1)

    def _pronoun_continues_topic(self, view: SentenceView) -> bool:
        """The sentence's first clause has a singular personal pronoun before any name, of the
        gender of the one person the topic within reach is."""
        if self.topic is None or view.index - self.topic[0] > PREVIOUS_SUBJECT_REACH:
            return False
        first_name = min((g.first for g in view.groups), default=view.end)
        pronoun = next((self.lex.reporting.pronouns[t.low] for t in self.text.tokens[view.first:min(first_name, view.clauses[0].end)]
                        if t.low in self.lex.reporting.pronouns), None) or self._attributing_pronoun(view)
        people = self._group_entities(self.topic[1])
        if pronoun not in ("masculine", "feminine") or len(people) != 1:
            return False
        shown = self.topic_gender or self._person_gender(people[0])
        return (shown == "feminine") == (pronoun == "feminine")

    def _attributing_pronoun(self, view: SentenceView) -> str | None:
        """The gender of the pronoun right after the speech verb that closes a quote (`„…“, рече тој.`)."""
        tokens = self.text.tokens
        last = view.clauses[-1]
        if (last.opener not in self.lex.reporting.verbs or last.first - 2 < view.first or last.first + 1 >= view.end
                or tokens[last.first - 1].text != "," or tokens[last.first - 2].text not in CLOSING_QUOTES):
            return None
        return self.lex.reporting.pronouns.get(tokens[last.first + 1].low)

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
        if body is None and at + 2 < view.end:
            # (`Шефот на мисијата изјави … Тој ја пофали …`, after `Мисијата на ММФ`: the body the noun stands for)
            told = self._earlier_body(at + 2, self.lex.sector_heads.get(tokens[at + 2].low))
            body = Group([Participant(told.id, at + 2, at + 3)]) if told is not None else None
        if body is None or any(self.entities.get(e) is None or self.entities[e].type == "PER" for e in body.entities):
            return None
        gender = "feminine" if tokens[at].low in self.lex.reporting.feminine_role_forms else "masculine"
        return (view.index, body), gender

    def _opening_office_holder(self, view: SentenceView) -> tuple[tuple[int, Group], str] | None:
        """The unnamed office holder that opens the sentence as its subject (`Поранешниот министер …`), with the
        gender its role noun shows, in a text that names no person before it (where people are named, a later
        pronoun is as often one of them under another role: see `_office_holder`); or, after an opening
        adverbial too, a state's official by a demonym (`Подоцна, бугарскиот министер за надворешни работи
        изјави … Тој ја обвини …`) when no person of that state was named before."""
        first = view.groups[0] if view.groups else None
        if first is None or first.clause or not self._subject_like(first) or len(first.entities) != 1:
            return None
        holder = self.entities.get(first.entities[0])
        tokens = self.text.tokens
        start = tokens[first.first].start
        earlier = [e for e in self.doc.entities if e.type == "PER" and any(m.start < start for m in e.mentions)]
        if holder is None:
            return None
        if holder.rule == OFFICE_RULE:
            if first.first != view.first or earlier:
                return None
        elif not (holder.rule == "events:country+head" and holder.country
                  and any(self.lex.is_role(tokens[i].low) for i in range(first.first, first.end))
                  and all(e.country != holder.country for e in earlier)):
            return None
        feminine = any(tokens[i].low in self.lex.reporting.feminine_role_forms for i in range(first.first, first.end))
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
                          # (a name in a clause before the trigger's is no subject of it: `Ако Владата не нè слушне, ќе …`)
                          and not any(g.first < cand.first and g.clause == view.clause_of(cand.first) for g in view.groups)
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

    def _attributing_speaker(self, view: SentenceView, cand: Candidate) -> str | None:
        """The speaker of a direct quote of the sentence whose attribution a verbal adverb follows right after
        its comma (`„…“, рече тој, нарекувајќи ги …`): the one who says it does what the adverb tells."""
        if self.text.tokens[cand.first - 1].text != ",":
            return None
        start = self.text.tokens[cand.first].start
        quote = next((q for q in self.doc.quotes if q.direct and q.sentence == view.index and q.end <= start
                      and q.speaker in self.entities), None)
        if quote is None:
            return None
        attribution = [t.low for t in view.tokens[view.first:cand.first] if t.start >= quote.end and t.low.isalpha()]
        told = len(attribution) <= ATTRIBUTION_WORDS and any(w in self.lex.reporting.verbs for w in attribution)
        # (no other name told in between, who may be the one the adverb goes with: `рече тој, а X, повикувајќи …`)
        others = any(quote.end <= self.text.tokens[g.first].start < start and quote.speaker not in g.entities for g in view.groups)
        return quote.speaker if told and not others else None

    def _speaker_head(self, view: SentenceView, quote: Quote) -> int | None:
        """The token of an unnamed speaker that is one organ or collective word (`опозицијата`), before the quote."""
        if quote.speaker is not None or not quote.speaker_text or quote.speaker_text.lower() not in self.lex.sector_heads:
            return None
        return next((i for i in range(view.first, view.end) if self.text.tokens[i].text == quote.speaker_text
                     and self.text.tokens[i].end <= quote.start), None)

    def _quoted_subject(self, view: SentenceView, cand: Candidate, k: int) -> Group | None:
        """Inside a direct quote, the bare name that is the subject of the clause a `да` clause hangs on
        (`„Црвениот крст брза да им помогне …“, рече X`): a third side the speaker tells of acts, not the speaker.
        Not the speaker's own state or side (`„Србија нема да попушти“, рече министерот`: his word),
        nor a name before the quote or one its clitic doubles as an object."""
        if not k or view.clauses[k].opener not in self.lex.subjunctive or self._doubled_dative(view, k) is not None:
            return None
        start = self.text.tokens[cand.first].start
        quote = next((q for q in self.doc.quotes if q.direct and q.speaker in self.entities and q.start <= start < q.end), None)
        subject = self._clause_subject(view, k - 1, None) if quote is not None else None
        if subject is None or self.text.tokens[subject.first].start < quote.start or self._doubled_object(view, subject):
            return None
        country = self.entities[quote.speaker].country
        if any(self._speaks_for(quote.speaker, [e]) or e in self.entities and self.entities[e].type in PLACE_TYPES
               and self.entities[e].country == country for e in subject.entities):
            return None  # (whatever the speaker's role: `„Боливија нема да се откаже …“, додаде тој`)
        return subject

    def _first_person(self, view: SentenceView, cand: Candidate) -> bool:
        """A verb trigger in the first person (its first word past the clitics) inside a direct
        quote: the speaker (`„… ќе бараме поддршка“`, an interview's `Се сретнав со …`)."""
        start = self.text.tokens[cand.first].start
        return any(q.direct and q.start <= start < q.end for q in self.doc.quotes) and self._first_person_verb(cand)

    def _first_person_verb(self, cand: Candidate, endings: tuple[str, ...] | None = None) -> bool:
        if cand.trigger.noun:
            return False
        if cand.passive and cand.first and self.text.tokens[cand.first - 1].low in self.lex.first_person_auxiliaries:
            return True  # `„Бевме обвинети …“`: the speaker is the one acted on
        closed = self.lex.reporting.clitics | self.lex.negation
        verb = next((i for i in range(cand.first, cand.end) if self.text.tokens[i].low not in closed), None)
        return verb is not None and self.text.tokens[verb].low.endswith(endings or self.lex.first_person_endings)

    def _transcript_speaker(self, cand: Candidate) -> Group | None:
        """The person whose speech the document is (a transcript's speaker), for a verb in the first person singular
        outside any quote (`На колегите им ја честитам …`, `барам да се дебатира`): `I` is the speaker, not a name
        of the sentence nor the one addressed. The text's own mention of that person, else one made for the name."""
        if not self._says_i(cand):
            return None
        person = speech_speaker_entity(self.doc.speaker, self.doc.entities) or self.derived.get(("speech speaker",))
        if person is None:
            person = Entity(id="S1.speaker", name=self.doc.speaker, type="PER", country=self._home_country(),
                            rule="events:speech_speaker")
            self._register(("speech speaker",), person)
        return Group([Participant(person.id, cand.first, cand.first)])

    def _says_i(self, cand: Candidate) -> bool:
        """A verb in the first person singular outside any quote of a speech's transcript: the speaker's own act."""
        start = self.text.tokens[cand.first].start
        return bool(self.doc.speaker) and self._first_person_verb(cand, self.lex.first_person_singular_endings) and not any(
            q.start <= start < q.end for q in self.doc.quotes)

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

    def _closed_quote_speaker(self, view: SentenceView, cand: Candidate) -> Group | None:
        """The speaker of a direct quote that opens the sentence, or runs on from the one before, and closes right
        before the verb's `и` (`„Ако Ристов не ги слушне граѓаните, ќе ги блокираме патиштата“ и ја повика …`): no
        narrator's clause tells the quote, so its speaker goes on, not a name inside it."""
        at = self._coordinator_before(view, cand)
        if cand.trigger.noun or at is None or at - 2 < view.first or self.text.tokens[at - 1].text not in CLOSING_QUOTES:
            return None
        opening = self._quote_opening(view, at)
        if opening is not None and opening != view.first:
            return None
        last = self.text.tokens[at - 2].start
        quote = next((q for q in self.doc.quotes if q.direct and q.speaker in self.entities and q.start <= last < q.end), None)
        return Group([Participant(quote.speaker, cand.first, cand.first)]) if quote is not None else None

    def _dropped_in_content(self, view: SentenceView, cand: Candidate) -> bool:
        """The verb trigger opens the verb of a reported statement's `дека` clause whose subject is
        dropped: only function words, a copula and a date stand before it (`Тој додаде дека во четвртокот
        ќе се сретне со …`), so the speaker the quotes stage resolved acts; so with a noun trigger's light verb
        (`соопштија дека ќе поднесат тужба`), and with the `да` of a negated future (`повтори дека нема да попушти`)."""
        k = view.clause_of(cand.first)
        while k and view.clauses[k].opener in self.lex.subjunctive:
            k -= 1
        verb = self._light_verb(view, cand) if cand.trigger.noun else cand.first
        if verb is None or not k or view.clauses[k].opener not in self.lex.reporting.complementisers:
            return False
        dated = self._time_tokens(view)
        words = self.lex.reporting
        closed = words.clitics | words.complementisers | words.coordinators | words.content_breaks | self.lex.subjunctive
        # a copula before a predicate (`рече дека е подготвен да разговара`) leaves the subject dropped; before a
        # passive participle (`рече дека бил нападнат`) the speaker is its patient, not its actor
        copulas = frozenset() if cand.passive else self.lex.passive_auxiliaries
        return all(i in dated or not self.text.tokens[i].low.isalpha() or self.text.tokens[i].low in closed
                   or self.text.tokens[i].low in self.lex.negation or self.text.tokens[i].low in copulas
                   for i in range(view.clauses[k].first, verb))

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

    def _whole_of_part(self, view: SentenceView, group: Group) -> bool:
        """The group is the whole after a part that opens its clause (`Дел од српските министри го обвинија …`): the
        part acts for it."""
        at = group.first - 1
        return (group.governor is not None and at > view.first and self.text.tokens[at].low == group.governor
                and self._partitive_at(view.clauses[group.clause].first, at - 1, group.governor)
                and at - 1 == view.clauses[group.clause].first)

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
            own = [g for g in view.groups if g.clause == k and self._subject_like(g) and not self._only_reports(g)
                   and not self._dateline(view, g)]  # (`СТРАЗБУР – Парламентот го усвои извештајот, во кој …`)
            if own:
                return min(own, key=lambda g: g.first)
            k -= 1
        return None

    def _only_reports(self, group: Group) -> bool:
        """A news source handing its clause on (`Како што дознава МИА, министерот ќе …`): it
        reports what follows, it does not do it."""
        return all(self.entities.get(e) is not None and self.entities[e].sector == "JRN" for e in group.entities)
