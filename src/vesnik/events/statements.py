"""Statements that are acts: a quote or reported clause of blame, demand, denial or warning
coded from its content, with its speaker and addressee.

A part of the event coder's document run (`vesnik.events.coder`), which mixes it in."""
from __future__ import annotations

from vesnik.document import Entity, Event, Mention, PLACE_TYPES, Quote, Span
from vesnik.events.base import (APPROVAL_SUBJECT_REACH, BLAME_TOPIC_REACH, Candidate, Coded, CONDITION_SUBJECT_REACH, DEFENCE_RULE, DENIAL_RULE, EXPECTATION_REACH, FORCE_ACTS,
                                FELT_REACH, INTERNATIONAL, JUDGED_ACT_REACH, JUDGED_KIND_REACH, NECESSITY_REACH, NOUN_GENITIVE_REACH, OBLIGATION_REACH, OWN_ACCORD,
                                OFFICE_RULE, OWN_REFUSAL_RULE, PEOPLE_SECTORS, PUBLICATION_DATE, REPORTED_STATEMENT, SITUATION_REACH, SPEECH_ACTS, STATEMENT_TYPES,
                                STATE_ANAPHORA_REACH, STATE_SECTORS, SUPERLATIVE_STEM, UNNAMED_SPEAKER_SECTORS,
                                has_stem_sequence, stem_sequence_ends, stem_sequence_starts, has_until)
from vesnik.events.retold import QUOTED_BLAME_RULE, state_told

ADDRESSED_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN"})  # acts whose recipient a following bare warning is to
LABELLED_TYPES = frozenset({"ACCUSE", "SUPPORT"})  # a label given the speech verb's object blames or praises it
JOINT_ACCORD_TYPES = frozenset({"SUPPORT", "AGREE"})  # an agreement signed or reached together, whose parties praise of it names
SENTENCE_ENDS = frozenset({".", "!", "?", ";"})  # a quote's own sentence ends: what an obligation asks stops there
REFUSED_OFFER_TYPES = frozenset({"REQUEST", "AGREE"})  # a demand or an offer, which the side asked may refuse
LABEL_RULE = "+label"  # blame told by a quoted label alone, kept only with a side it names
LABEL_STANCES = frozenset({"SUPPORT", "REJECT", "ACCUSE"})  # stances that make a label beside them theirs, no blame of its own
LABEL_WORDS = 8  # words of a quoted label (`„уште еден доказ за проруската ориентација“`), not a statement
OWN_REFUSAL_REACH = 2  # words between the speaker's own side and its `нема да` (`Владата во Скопје нема да`, a quote mark)
from vesnik.events.sentence import Group, Participant, QUOTE_MARKS, SentenceView
from vesnik.kb import is_state, load_kb


class ReportedStatements:
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
        # (a denial's told claim is about its subject, no one it answers: `отфрли дека Моралес го користел …`)
        bare = not (cand.trigger.type == "REJECT" and view.clauses[k].opener in self.lex.reporting.complementisers)
        return next((g for g in view.groups if g.clause == k and g.first < end and ((g.governor is None and bare) or g.governor in slots)
                     and not self._of_countries(g, own)), None)

    def _unquoted_starts(self, words: list[str], sequences: tuple[tuple[str, ...], ...]) -> list[int]:
        """Where one of the word-beginning sequences starts in `words`, read over quotation marks: a label the
        statement quotes is its own wording (`пресудата е „политичка“`, `е „директен напад“ врз …`)."""
        kept = [i for i, w in enumerate(words) if w not in QUOTE_MARKS]
        return [kept[at] for at in stem_sequence_starts([words[i] for i in kept], sequences)]

    def _acts_as(self, speaker: str, actors: list[str]) -> bool:
        """The speaker, or an organ derived from it (`Атина` and the government it stands for), is
        among the actors."""
        return speaker in actors or any(key[0] == speaker and organ.id in actors for key, organ in self.derived.items())

    def _state_spokesperson(self, view: SentenceView, cand: Candidate, actors: list[str]) -> str | None:
        """The member of a government named before his reported statement (`X изјави дека …`), or whose own
        quoted words hold it (`„Грција ја поддржува …“, изјави X`), when the act's one actor is a place of his own
        state (the state, its capital) and the statement says what it will or will not do (`ќе`, `нема да`) or
        the stance it holds now (`поддржува`): the promise, refusal or stance is his act. Not a state's disposition
        (`Македонија е подготвена да …`), nor a fact attributed after it (`Иран ги отфрли барањата, изјави портпаролот`)."""
        start = self.text.tokens[cand.first].start
        sentence_start = self.text.tokens[view.first].start
        quote = next((q for q in self.doc.quotes if q.speaker in self.entities and q.start <= start < q.end and (q.direct or any(
            sentence_start <= m.start and m.end <= q.start for m in self.entities[q.speaker].mentions))), None)
        if quote is None or len(actors) != 1 or actors[0] not in self.entities:
            return None
        k = view.clause_of(cand.first)
        if k and view.clauses[k].opener in self.lex.subjunctive:
            k -= 1  # (`ќе продолжат да испорачуваат`, `нема да дозволи`: the will is told before the `да`)
        verb = self.text.tokens[cand.first].low
        stance = cand.trigger.type in STATEMENT_TYPES and (verb.endswith(self.lex.present_endings) or verb in self.lex.present_forms)
        if not stance and not any(w in self.lex.future or w in self.lex.negation for w in view.words(view.clauses[k].first, cand.end)):
            return None
        person, state = self.entities[quote.speaker], self.entities[actors[0]]
        if person.type == "PER" and person.sector == "GOV" and person.country and state.type == "GPE" and state.country == person.country:
            return quote.speaker
        return None

    def _threat_worded(self, words: list[str]) -> bool:
        """Consequences announced in words of threat (`ќе ја платат цената`, `последици`, `нема да бидат платени`) for a
        side: a price or consequences borne by the public named before them in their clause (`предупреди дека милиони
        луѓе што гладуваат ќе ја платат цената`) are a harm warned of, which threatens no one."""
        borne = set(stem_sequence_starts(words, self.lex.borne_threats))
        for at in stem_sequence_starts(words, self.lex.threat_words):
            opener = max((i + 1 for i in range(at) if words[i] in self.lex.reporting.complementisers), default=0)
            if at not in borne or not any(self.lex.head_sector(w) == "CVL" for w in words[opener:at]):
                return True
        return False

    def _danger_warned(self, quote: Quote, first: int, words: list[str], blame: int,
                       others: list[tuple[Mention, Entity]]) -> bool:
        """A warning of what an act would be, in the conditional mood before the word of blame at `blame`, naming no one
        before it but a place where it would happen (`предупреди дека интервенцијата во Венецуела би била
        „катастрофална“`): a danger no one has caused, no blame (guidelines: a warning of a bad outcome blaming no
        one); one naming its doer (`американска интервенција би ја дестабилизирала …`) blames him."""
        would = next((i for i in range(blame) if words[i] in self.lex.hypothetical), None)
        if would is None:
            return False
        tokens = self.text.tokens
        return not any(m.start < tokens[first + would].start and not (
            self.text.token_at(m.start) > first and tokens[self.text.token_at(m.start) - 1].low in self.lex.location_prepositions)
            for m, _ in others)

    def _threat_content(self, quote: Quote, first: int, blame: int, told: list[Coded]) -> bool:
        """The word of blame at `blame` (from token `first`) stands in the clause of a threat a trigger tells inside the
        quote (`нема да дозволи Лондон да ја држи Унијата како заложник`, `ќе одговори на непријателскиот чекор`): it
        names what the threat is against, no blame of its own (guidelines: not allowing is a warning to the side named,
        not blame); a judgement after it (`… и тоа е неприфатливо`) judges the threat."""
        tokens = self.text.tokens
        at = first + blame
        return any(c.event.type == "THREATEN" and c.event.status != "negated" and quote.start <= c.event.trigger.start
                   and c.event.trigger.end <= tokens[at].start and not any(
                       t.low in self.lex.reporting.complementisers or t.low in self.lex.judged_demonstratives
                       for t in tokens[self.text.token_at(c.event.trigger.end - 1) + 1:at])
                   for c in told)

    def _own_force_act(self, quote: Quote, told: list[Coded]) -> bool:
        """The quote tells a strike or arrest by its own speaker (`Армијата соопшти дека убила командант …
        одговорен за ракетните напади`), or, by its verb, one by an organ of the state that speaks through an organ or
        place (`Полицијата уапси лица осомничени за злоупотреба, соопшти обвинителството`): the words of blame describe
        the target, the act is the event. (An act told by its noun is judged: `нападот бил брутален`.)"""
        voice = self.entities[quote.speaker]
        state_voice = bool(voice.country) and (voice.sector in STATE_SECTORS or voice.type in PLACE_TYPES)
        return any(c.event.type in FORCE_ACTS and quote.start <= c.event.trigger.start < quote.end and (
            self._acts_as(quote.speaker, c.event.actor) or (state_voice and not c.named_by_noun and c.event.actor and all(
                a in self.entities and self.entities[a].country == voice.country
                and (self.entities[a].sector in STATE_SECTORS or self.entities[a].type in PLACE_TYPES) for a in c.event.actor)))
                   for c in told)

    def _of_countries(self, group: Group, countries: set[str]) -> bool:
        """Every entity of the group belongs to one of `countries`."""
        found = {self.entities[e].country for e in group.entities if e in self.entities}
        return bool(countries) and bool(found) and None not in found and found <= countries

    def _reported_statements(self, view: SentenceView, told: list[Coded],
                             earlier: list[Coded]) -> tuple[list[Coded], list[Coded]]:
        """Statements no trigger names, told by a quote with a speaker: blame (`„... е виновна
        владата“, рече X`) is ACCUSE disapprove, the other name in the quote the document
        introduced first its recipient (blaming no one named, it is coded only when the speech
        verb has an object, the thing judged); an obligation laid on a name (`Албанија треба да ...`,
        рече X) is REQUEST, that name its recipient, and so is a necessity laid on names (`рече дека
        е важно Србија и Косово да …`). The speech verb is the trigger. A quote is left out when a
        trigger of the sentence already names a statement by its speaker (`Турција бара …, но САД
        тврдат дека Атина мора …` keeps the second); a statement trigger inside it leaves only
        the necessity, and is dropped as its content (returned second). `earlier`: the events of the sentences before."""
        tokens = self.text.tokens
        found, dropped = [], []
        defending, defences = set(), []  # quotes that only defend, and their REJECTs
        stated: list[Quote] = []  # the quotes coded as statements
        refusals: list[Quote] = []  # the quotes whose words of blame tell what the speaker's side refuses
        for quote in self.doc.quotes:
            begun = quote.start
            if quote.sentence != view.index:
                if not quote.sentence < view.index == self.doc.sentence_of(quote.end - 1):
                    continue
                # a quote running over sentences (`„Нема да има исклучоци. Секој ќе одговара“, рече X`) is told by
                # the verb after its end: its part in that last sentence is read there, as a quote of its own
                quote = quote.model_copy(update={"start": tokens[view.first].start, "sentence": view.index})
            if quote.speaker not in self.entities:  # `Грчкото министерство … соопшти дека …`: an organ no entity names
                organ = self._speaking_organ(view, quote) or self._speaking_pronoun(view, quote)
                if organ is None:
                    continue
                quote = quote.model_copy(update={"speaker": organ})
            elif (group := self._speaking_person_group(quote)) is not None:
                quote = quote.model_copy(update={"speaker": group})  # `Адвокатите на X ја нарекоа казната „…“`
            # words quoted within a statement of the same speaker coded already are read with it (`возврати дека
            # штрајкот ќе продолжи „сè додека …“`: no statement of their own), though what is told in them is dropped
            nested = any(q.speaker == quote.speaker and q.start <= quote.start and quote.end <= q.end for q in stated)
            # (nor is a label quoted in the speaker's refusal a blame of its own: `изјави дека Атина нема да попушти пред
            # „незаконските“ активности …`)
            in_refusal = any(q.speaker == quote.speaker and q.start <= quote.start and quote.end <= q.end for q in refusals)
            if self.entities[quote.speaker].type != "PER":
                self.body_speakers[view.index] = quote.speaker
            if self.entities[quote.speaker].sector == "JRN":
                continue  # `…, јавува ФЕНА`: an outlet relays what happened, it blames or praises no one
            # a kind of statement a trigger of the sentence already tells of the speaker is not told
            # again (`Курти ги отфрли обвинувањата … и рече дека тие се „пропаганда“`: the blame still is)
            said = {c.event.type for c in told if c.event.type in STATEMENT_TYPES and self._acts_as(quote.speaker, c.event.actor)}
            # a statement trigger inside the quote leaves only a necessity laid on others, whose
            # content it is (`важно Србија и Косово да постигнат договор`: no agreement reached); a negated one
            # tells what the speaker's side does not do (`одговори дека Македонија не бара дозвола од Москва`), no statement
            denied_inner = [c for c in told if c.event.type in STATEMENT_TYPES and c.event.status == "negated"
                            and quote.start <= c.event.trigger.start < quote.end]
            inner = [c for c in told if c.event.type in STATEMENT_TYPES and quote.start <= c.event.trigger.start < quote.end
                     and c not in denied_inner]
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
            # what lies ahead, done or not (`ќе …`, `нема да ги ратификува … сè додека …`)
            told_words = set(words)
            ahead = bool(told_words & self.lex.future) or has_stem_sequence(words, self.lex.negated_future)
            # (`во спротивно`: otherwise, a condition told by a phrase)
            conditional = bool(told_words & self.lex.hypothetical_openers) or has_stem_sequence(words, self.lex.otherwise_sequences)
            held_until = has_until(words, self.lex)
            # (a plain verb of saying warns too of what the speaker's side will do if another state acts: `соопшти дека
            # ќе го прекине транспортот доколку Загреб не ги укине санкциите`)
            # (a trigger inside that codes the conditional threat already is that threat: `… ќе стапат во штрајк доколку
            # Владата не …`, the strike a headline may tell too)
            on_other = [] if any("conditional→THREATEN" in c.event.rule and quote.start <= c.event.trigger.start < quote.end
                                 for c in told) else self._other_side_conditioned(quote, first, words, others)
            warning = next((i for i in range(view.first, first) if tokens[i].low in self.lex.warning_verbs
                            or (tokens[i].low in self.lex.until_warning_verbs and (held_until or on_other))), None)
            if warning is None and ((held_until and ahead) or on_other):
                # `„Притисокот ќе продолжи сè додека Москва не …“, изјави X`: the verb after a fronted quote
                warning = next((i for i in range(end, view.end) if tokens[i].low in self.lex.until_warning_verbs), None)
            rebutted_told = next((c for c in inner if c.event.trigger.text.lower() in self.lex.rebutted_words), None)
            rebutted = rebutted_told.event if rebutted_told else None
            claims = next((i for i, w in enumerate(words) if w in self.lex.denied_claims), None)
            approved = self._approval(words)
            # words of blame, not a topic fought against (`напредок во борбата против корупцијата`)
            # nor one denied (`нема да се меша во внатрешните работи`: the speaker's own restraint)
            # (and a motive imputed to an act: `штрајкот е политички мотивиран`)
            blame = [at for at in sorted(self._unquoted_starts(words, self.lex.accusation_words) + (
                         [] if self._of_claim(words) else self._unquoted_starts(words, self.lex.motive_words)))
                     if not set(words[max(0, at - BLAME_TOPIC_REACH):at]) & self.lex.blame_topic_words
                     and not set(words[max(0, at - SITUATION_REACH):at]) & self.lex.situation_words
                     and not self._negated_word(words, at) and not self._demanded(words, at) and not self._names_no_blame(words, at)]
            # `обвинувањата на X се лага`, `критиките на опозицијата се неосновани`
            denied = claims is not None and (any(at > claims for at in blame) or has_stem_sequence(
                words[claims + 1:], self.lex.denial_words + self.lex.motive_words))
            # (not an act of the speaker's own state: `Мицкоски повтори дека Владата нема да попушти пред уцените`)
            judged = [c.event for c in inner if quote.speaker not in c.event.actor and c.event.actor
                      and not self._state_of_organ(quote.speaker, c.event.actor)
                      and not all(a in self.entities and self._own_state_or_side(quote.speaker, self.entities[a]) for a in c.event.actor)
                      and c.event.status == "asserted" and "future" not in c.event.rule
                      and any(tokens[first + at].start > c.event.trigger.end and not self._threat_content(quote, first, at, [c])
                              for at in blame)]
            # punishment announced (`ќе бидат казнети`) for whoever does wrong (`„Кој и да е вмешан, ќе одговара пред
            # законот“`) is a threat in any statement; after a verb of warning, for anyone
            punishment = has_stem_sequence(words, self.lex.punishments_announced)
            punished = punishment and has_stem_sequence(words, self.lex.generic_culprits)
            # `предупреди дека ако Иран …, ќе следуваат удари`: what will follow a condition, or last until one is met
            # (`блокадата ќе трае додека Владата не попушти`), or follow a subject that states one (`секој обид за
            # независност ќе биде задушен`)
            warned_of = punished or (warning is not None and (
                self._threat_worded(words) or punishment
                or ((conditional or held_until
                     or has_stem_sequence(words, self.lex.conditioned_subjects))
                    # (a consequence told in the conditional mood is ahead too: `предупреди дека во спротивно X би морало …`)
                    and (ahead or bool(told_words & self.lex.hypothetical))))) or (
                has_stem_sequence(words, self.lex.stated_threats) and conditional)
            # `предупреди дека ќе дејствува строго`: a warning of what the speaker's own side will do
            own_act = warning is not None and tokens[warning].low in self.lex.warning_verbs and self._own_act_warned(
                quote, first, words, others, bool(blame))
            not_allowing = self._own_side_threat(quote, first, words, others)
            if blame and self._own_refusal(quote, first, words, others, blame[0]):
                refusals.append(quote)
            if rebutted is not None and (self._denies(words) or denied):
                # `изјави дека обвинувањата на Белград се неточни`: the accusation told inside stays, its author denied;
                # an accusation of that author told before is the one denied (`СДСМ ја обвини министерката …` …
                # `Владата одговори дека обвинувањата на СДСМ се неточни`), not a new one
                acts.append(("REJECT", None, "reject.reported_denial+recipient:accuser",
                             [a for a in rebutted.actor if a != quote.speaker]))
                if any(c.event.type == rebutted.type and set(c.event.actor) & set(rebutted.actor) for c in earlier):
                    dropped.append(rebutted_told)
            elif 0 in stem_sequence_starts(words[:2], self.lex.defended_clients) \
                    and self.entities[quote.speaker].type not in PLACE_TYPES:
                # `изјави дека неговиот клиент пукал во самоодбрана`, `„Мојот клиент е невин“`: counsel tells the
                # defence's side of a charge (guidelines: a rebuttal is REJECT toward the accuser, `_answer_accusations`),
                # once: after counsel's rejection in the sentence before it is the same act told again; what the client
                # is said to have done, up to the next `дека`, is its content, not an act told (`… е невин и дека ќе ја
                # обжали мерката`: counsel's own appeal stays); a place is no counsel, but a misread speaker
                if not any(c.event.type == "REJECT" and c.event.sentence == view.index - 1
                           and self._acts_as(quote.speaker, c.event.actor) for c in earlier):
                    acts.append(("REJECT", None, DEFENCE_RULE, []))
                told_end = next((tokens[first + i].start for i, w in enumerate(words)
                                 if w in self.lex.reporting.complementisers), quote.end)
                dropped.extend(c for c in told if quote.start <= c.event.trigger.start < told_end)
            elif warned_of or own_act or has_stem_sequence(words, self.lex.avowed_threats) or not_allowing:
                # `ја предупреди Приштина дека нема да толерира …`: consequences announced, a threat
                # to the one warned (the object between the verb and the statement), else to the
                # first other name in it that is not the speaker's own side: a place of its country, or for an
                # organ of a state that state's organs (a union may threaten its government, a minister a union)
                own = self.entities[quote.speaker].country

                def own_side(e: Entity) -> bool:
                    return self._warners_side(quote.speaker, e)
                # (the speaker's own state told by its capital before the quote is the content's subject, no one warned:
                # `предупреди дека Белград „нема да дозволи …“`)
                warned = next((g for g in view.groups if g.governor is None and warning is not None and warning < g.first
                               and g.end <= first and quote.speaker not in g.entities
                               and not all(e in self.entities and own_side(self.entities[e]) for e in g.entities)), None)
                named = [(m, e) for m, e in sorted(others, key=lambda me: me[0].start) if not own_side(e)]
                # (the one a step is held out from until it acts is named in the `until` clause: `партијата нема да
                # учествува … сè додека Министерството не …`, not the speaker's party before it; a refusal held until
                # no one named acts stays a refusal, `бунтовниците нема да се разоружаат додека не се гарантираат …`)
                until = next((tokens[first + i].start for i, w in enumerate(words) if w in self.lex.until_openers), None)
                held_from = [e.id for m, e in named if until is not None and m.start > until]
                named = held_from or ([] if until is not None and not told_words & self.lex.future else [e.id for _, e in named])
                organ = None if warned or warning is None else self._warned_organ(view, warning, first, own)
                # (punishment names its culprits by a collective's head, `трговците што …`, or by what they do, `кој и да
                # е вмешан`: no other name is the one warned)
                culprits = self._punished_collective(view, quote, first, words) if punishment else None
                target = (self._group_entities(warned) if warned else [organ] if organ else [culprits] if culprits
                          else [] if punished else on_other or named[:1])
                # (the acts of the speaker's earlier statements of this sentence count: `X соопшти дека Y отвори оган
                # и предупреди дека секоја следна агресија ќе добие одговор`, the warning to the one just blamed)
                addressed = [] if target else self._addressed_before(quote.speaker, view, [*told, *found], earlier)
                # (resolve avowed to no one named and with no warning or condition is no threat: `полицијата „нема да
                # толерира оружје на улиците“`; nor an `until` told by a plain speech verb, a forecast when it names
                # no one to meet it: `рече дека економијата ќе расте побавно додека цените не паднат`)
                # (but what the speaker's side holds until a demand is met is pressure on whoever must meet it, named or
                # not: `„Нема да се вратиме на работа додека парите не легнат на сметките“`, `… дека блокадите ќе
                # продолжат сè додека не бидат исполнети барањата`)
                plain_until = (warning is not None and tokens[warning].low not in self.lex.warning_verbs
                               and not punishment and not self._threat_worded(words)
                               and not self._until_collective(words)
                               and not (held_until and self._pressure_held(quote, first, words, others)))
                # (not allowing, said of the speaker's own side, is a threat though it names no one: `„Нема да дозволиме
                # хаос на улиците“`, as the gold of the invented sets codes it; one a trigger codes already is that threat)
                not_allowing = not_allowing and self._disallowing_side(first, words, others) and not any(
                    c.event.type == "THREATEN" and quote.start <= c.event.trigger.start < quote.end for c in told)
                if not_allowing and not target and not addressed and own and not self._names_other_state(view.index, [quote.speaker]):
                    # (what is not allowed naming no one, `„Нема да дозволиме блокади“`, is of the speaker's own country,
                    # as the guidelines' targets named by no one)
                    target = [self._domestic_party(own, [self.entities[quote.speaker]]).id]
                if target or addressed or own_act or (warned_of and not plain_until) or not_allowing:
                    acts.append(("THREATEN", None, "threaten.reported_warning" + ("+recipient:addressed_before" if addressed else ""),
                                 target or addressed))
                    # (a measure the warning sets under a condition is that one threat, not a second: `предупреди дека, ако
                    # Брисел возврати, царините ќе бидат зголемени`; a threat word of its own stays the threat, `ќе одговори`)
                    # (nor is the arrest or penalty the threat announces: `сите што ќе влезат нелегално ќе бидат уапсени`)
                    # (with no threat coded here, the act's own threat stays: `„Ќе протестираме додека X не …“, рече Y`)
                    dropped.extend(c for c in told if quote.start <= c.event.trigger.start < quote.end
                                   and ("conditional→THREATEN" in c.event.rule or (punishment and c.event.status == "future")))
            elif warning is not None and (harmed := self._harmful_measure(quote, first, words, others)):
                # `предупреди дека царините на Вашингтон ќе ги погодат потрошувачите`: the measure's owner is blamed
                acts.append(("ACCUSE", "disapprove", QUOTED_BLAME_RULE + "+warned_harm", harmed))
            elif proposer := self._refused_proposal(view, quote, first, words, others):
                # `рече дека Владата нема да ги замрзне платите, како што предлага Фондот`: a step another proposes or
                # asks for, announced as not taken, refuses its proposer (guidelines: refusals are REJECT)
                acts.append(("REJECT", "change", "reject.refused_proposal", proposer))
            elif refused := self._refused_offer(view, quote, first, words, others, [*earlier, *told]):
                # `изјави дека барањата на синдикатот се нереални`, `одговори дека понудата е навреда`: a demand or
                # offer judged by the side it is addressed to is refused (guidelines: refusal of a demand or offer)
                acts.append(("REJECT", refused[1], "reject.refused_offer", refused[0]))
            elif conditioned := self._conditioned_side(view, quote, first, words, others, [*earlier, *told]):
                # `нагласи дека втората транша ќе зависи од реформите`: a condition laid on what another side is to
                # get asks that side to meet it (REQUEST)
                acts.append(("REQUEST", "change", "request.reported_condition", conditioned))
            elif blamed := self._retort_blamed(view, quote, first, end, words, others):
                # `Од Владата возвратија дека опозицијата го блокира законот`: a retort that tells another side's
                # conduct blames it (guidelines: one ACCUSE toward it, no second REJECT); the acts told in it are only alleged
                acts.append(("ACCUSE", "disapprove", QUOTED_BLAME_RULE + "+retort", blamed))
                dropped.extend(c for c in told if quote.start <= c.event.trigger.start < quote.end)
            elif alleged := self._party_allegation(view, quote, first, told):
                # `Пакистанската армија тврди дека индиски војници пукале …`: a party's claim of the other side's strike
                # is its allegation (guidelines: contested allegations); the act is only alleged
                acts.append(("ACCUSE", "allege", "accuse.party_claim", list(alleged.event.actor)))
                dropped.append(alleged)
            elif inner and (judged or not self._blame_before(quote, first, blame, inner)):
                # `Унгарија ги блокира парите … и дека тоа е неприфатливо`: blame after another's act told is of its author
                # (an act done, not one promised or supposed: `кога Комисијата ќе предложи …, тие може … погрешна порака`);
                # blame in a clause before the statement told (`дека НАТО се подготвува за војна и дека Русија ќе
                # одговори`) is told as any other, below
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
            elif blame and not self._fact_source(quote.speaker) and not self._denies(words) \
                    and not self._own_force_act(quote, told) and quote not in refusals \
                    and not self._threat_content(quote, first, blame[0], told) \
                    and not (warning is not None and self._danger_warned(quote, first, words, blame[0], others)):
                # not the speaker's own state (`реториката на Моралес ја поткопа добрата волја на Чиле`, said by a Chilean)
                # nor, said by a member of the government, that government (`Владата нема да … под диктат`)
                # nor the speaker's own party (`Филипче рече дека СДСМ направи грешка`: self-criticism)
                own, sector = self.entities[quote.speaker].country, self.entities[quote.speaker].sector
                ours = [(m, e) for m, e in others if self._own_side(quote.speaker, e) or (own and e.country == own and is_state(e.kb_id))]
                blamed = [(m, e) for m, e in others if (m, e) not in ours and not (
                    own and e.country == own and sector == "GOV" and e.sector == sector and e.type == "ORG")]
                # the name right before the first word of blame, in its clause, is whom it is said of: one's own side,
                # no one else (`Србија погрешно ја водела политиката кон Косово`, said by a Serb)
                # (not a doubled object: `Илиевски „ја држи Србија како заложник“` is said of its subject)
                said_of = max(((m, e) for m, e in others if m.end <= tokens[first + blame[0]].start and not self._doubled_mention(view, m)),
                              key=lambda me: me[0].end, default=None)
                if said_of is not None and self._clause_opened(self.text.token_at(said_of[0].end), tokens[first + blame[0]].start):
                    said_of = None  # (`… против Србија и дека тоа е провокација`)
                if said_of is None or said_of not in ours:
                    # (`Брисел ги уценува …`: the EU, as with an obligation laid on it)
                    # (`одлуката е спротивна на правилата на ЦЕФТА`: a made thing the statement opens with blames its
                    # maker, as told before, not a name in what is said of it)
                    maker = [] if said_of is not None else [
                        e for e in self._thing_maker(words[:1], view.index, [quote.speaker]) if e not in {ent.id for _, ent in ours}]
                    if not maker and said_of is None and (self._opens_judgement(words) or (
                            words[0] in self.lex.act_objects | self.lex.held_acts | self.lex.judged_demonstratives
                            and self._retorts(view, first))):
                        # (`станува збор за „провокација“ и дека ќе го извести НАТО`: the act just told is judged, not
                        # a name in a later clause; so is the act a retort opens with, `одговори дека одлуката е
                        # „незаконска“`: blame of its author, no defence)
                        maker = self._judged_act_author(view, quote, words, earlier)
                    blamed_ids = maker or (self._mentioned(*blamed[0]) if blamed else []) or self._blamed_opposition(view, first, end, own)
                    if not blamed_ids and self._retorts(view, first) and not self._fact_source(quote.speaker):
                        # `МНР одговори дека инцидентот бил осуден уште во саботата`: an answer that blames no one
                        # named defends the speaker's side (guidelines: REJECT toward the accuser)
                        acts.append(("REJECT", None, DENIAL_RULE, []))
                        defending.add(quote.start)
                    else:
                        acts.append(("ACCUSE", "disapprove", QUOTED_BLAME_RULE, blamed_ids))
            elif (praised := self._unquoted_starts(words, self.lex.praise_words)) or approved or self._denies(words):
                # `рече дека Црна Гора постигна значителен напредок во …`: praise of the name before the
                # cue (the one who made progress), else the first after it (`задоволен од напредокот на
                # Македонија`); a denial (`изјави дека обвинувањата на X се неточни`) the same way; approval of a
                # thing (`договорот е „фер“`) praises a name before the word, else the thing's maker (`_approved_party`)
                praise = bool(praised or approved)
                at = tokens[first + (praised or [approved[1]] if praise else self._unquoted_starts(
                    words, self.lex.denial_words + self.lex.motive_words))[0]].start
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
                        e.type in PLACE_TYPES or e.sector in STATE_SECTORS or self._own_side(quote.speaker, e))) and not self._scene(m, e)]
                before = [e for m, e in ordered if m.end <= at]
                # (`не е точно дека Србија ќе …`: a name in the clause denied is no accuser)
                after = [e for m, e in ordered if m.start >= at and not self._clause_opened(self.text.token_at(at), m.start)]
                # (a thing approved is its maker's or partner's, the first name told with it: `одлуката на ЕУ за Србија`)
                of_thing = bool(approved) and not praised
                target = before[:1] if of_thing else before[-1:] or after[:1]
                if of_thing and not target:  # (`францускиот предлог е „прифатлива основа“`: the state whose thing it is)
                    target = [self.entities[d] for i in range(approved[1]) if (d := self.demonym_starts.get(first + i))
                              and self.entities[d].country != own][:1]
                rule = "support.reported_approval" if of_thing else "support.reported_praise"
                # praise naming no one is of the thing or act it opens with (`отпочнувањето на … испраќа позитивна порака`)
                party, found_by = self._approved_party(view, quote, words[approved[0]:] if of_thing else words, earlier) \
                    if praise and not target else (None, "")
                if party is not None:
                    acts.append(("SUPPORT", None, rule + found_by, party))
                elif not of_thing:  # (praise naming no one may still take the parties of an agreement, below)
                    acts.append(("SUPPORT", None, rule, [e.id for e in target]) if praise
                                else ("REJECT", None, DENIAL_RULE,  # (`обвинувањата на опозицијата се неосновани`)
                                      [e.id for e in target] or self._blamed_opposition(view, first, end, own)))
                elif target:
                    acts.append(("SUPPORT", None, rule, [e.id for e in target]))
            elif self._retorts(view, first) and not self._tells_own_plan(quote, first, words, others):
                # `Министерката возврати дека одлуката е донесена по инспекција`, `Анкара одговори дека …`: a retort
                # answers an accusation (guidelines: a rebuttal is REJECT toward the accuser, found before it; with
                # none before it, no event); the police's too (`од МВР возвратија дека апсењето е извршено според закон`):
                # a defence of its own conduct, no account of what happened
                acts.append(("REJECT", None, DENIAL_RULE, []))
                dropped.extend(denied_inner)  # (the act the retort says its side does not do is its content)
            elif warning is None and not any(quote.start <= c.event.trigger.start < quote.end for c in told) \
                    and self._own_side_refuses(quote, first, words, others):
                # `изјави дека Украина нема да се откаже од …`, `„Нема да го менуваме буџетот“`: the speaker's own
                # side will not yield, a refusal aimed at the side whose demand it answers (guidelines: refusal vs.
                # negation), found after the sentence loop or none; after a verb of warning, a warning told above
                acts.append(("REJECT", None, OWN_REFUSAL_RULE, []))
            elif not self._stance_beside(view, quote, told) and self._quoted_label(view, quote, first, end, words):
                # `ја нарече руската делегација „декоративна“`: a label the speaker gives another side or its act, with no
                # word of praise and no other stance of the speaker's told beside it (`го поздрави договорот, нарекувајќи го
                # „важен чекор“`), is name-calling (guidelines: criticism is ACCUSE disapprove)
                acts.append(("ACCUSE", "disapprove", QUOTED_BLAME_RULE + LABEL_RULE, []))
            # `не е точно дека Србија ќе воведе санкции`: the act in the clause denied is no event (as with `негираше дека`)
            for opener in stem_sequence_ends(words, self.lex.denial_words):
                if opener < len(words) and words[opener] in self.lex.reporting.complementisers:
                    dropped.extend(c for c in told if tokens[first + opener].end <= c.event.trigger.start < quote.end)
            content: list[Coded] = []  # the events inside the quote a REQUEST's content replaces
            kept = [i for i, w in enumerate(words) if w not in self.lex.obligation_fillers]
            for at in ([] if hearsay else stem_sequence_starts([words[i] for i in kept], self.lex.obligation_words)):
                if at and (words[kept[at - 1]], words[kept[at]]) in self.lex.counterfactual_obligations:
                    continue
                modal = tokens[first + kept[at]].start
                da = next((j for j in range(first + kept[at], end) if tokens[j].low in self.lex.subjunctive), end)
                after = [t.low for t in tokens[da + 1:min(da + 3, end)]]
                if len(after) == 2 and after[0] in self.lex.dative_clitics and after[1] in self.lex.reflexive:
                    continue  # `треба да му се даде одговорноста`: an impersonal passive, the name before it is given, not obliged
                if any(c.event.trigger.start > modal and "future:scheduled" in c.event.rule for c in told
                       if c.event.trigger.start < quote.end):
                    continue  # `потврди дека X следната недела треба да се сретне со Y`: a meeting set ahead, no demand
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
            timely = set(stem_sequence_starts(words, self.lex.timeliness_words))
            # (`Софија очекува Скопје да …`; not the impersonal `се очекува Скопје да …`, a forecast)
            expected = {at for at in stem_sequence_starts(words, self.lex.expectation_words)
                        if not (at and words[at - 1] in self.lex.reflexive)}
            for at in ([] if hearsay or any(act[0] == "REQUEST" for act in acts)
                       else sorted(timely | expected | set(stem_sequence_starts(words, self.lex.necessity_words)))):
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
                                             and not self._self_or_own_state(quote.speaker, e)
                                             and (at not in expected or (self._foreign_state_side(quote.speaker, e)
                                                                         and self.text.token_at(m.start) - first - at <= EXPECTATION_REACH))))
                if not bearers and da - at <= 3 and at not in timely | expected:  # `од суштинска важност да се реши спорот со Македонија`: whom the task concerns
                    own = self.entities[quote.speaker].country
                    bearers = [e.id for m, e in ordered if m.start >= hi and not (own and e.country == own)][:1]
                if bearers:
                    acts.append(("REQUEST", "change", "request.reported_necessity", bearers))
                    content = [c for c in inner if c.event.trigger.start >= tokens[first + da].start]
                    break
            if nested:
                continue
            # (blame, a demand or a warning told in the quote's sentences before this last one is told by the same verb
            # after its end: `„Ова е чин на агресија. Бараме …“, рече X`)
            acts += [act for act in self.carried_statements.pop(begun, []) if act[0] not in {a[0] for a in acts}]
            # a kind the speaker's own trigger inside the quote tells already is told by it, which then stays (`повтори
            # дека Грција ќе ја блокира … сè додека …`: the conditional block is the threat), not dropped as this content
            told_already = {act[0] for act in acts} & said
            dropped = [c for c in dropped if not (c.event.type in told_already and c in told and self._acts_as(quote.speaker, c.event.actor)
                                                  and quote.start <= c.event.trigger.start < quote.end)]
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
                if self.doc.sentence_of(quote.end - 1) > view.index:  # (its verb after its end, in its last sentence;
                    # praise and refusals told there were mostly the speaker's own feelings: a golfer's thanks on train)
                    self.carried_statements[quote.start] = [a for a in acts if a[0] in ADDRESSED_TYPES]
                continue
            # a label quoted after the verb whose object it names tells of that verb (`го оцени потегот како „…“ и
            # побара …`), not of a nearer verb after it
            labelling = [i for i in verbs if view.first < i < first and tokens[i - 1].low in self.lex.reporting.object_clitics
                         and view.clause_of(i) == view.clause_of(first)]
            verb = labelling[-1] if labelling else min(
                verbs, key=lambda i: min(abs(tokens[i].start - quote.start), abs(tokens[i].start - quote.end)))
            if first - 2 in verbs and tokens[first - 1].low in self.lex.reporting.complementisers:
                verb = first - 2  # `изјави дека … и најави мерки`: the verb whose `дека` opens the statement tells it
            if any(c.event.type in STATEMENT_TYPES and self._acts_as(quote.speaker, c.event.actor)
                   and c.event.trigger.start <= tokens[verb].start < c.event.trigger.end for c in told):
                continue  # the verb telling the quote is itself a coded statement (`се закани дека …`): the quote is its content
            if verb >= 2 and tokens[verb].start < quote.start and all(
                    t.low in self.lex.reporting.inverted_openers for t in tokens[verb - 2:verb]):
                continue  # `го осуди, како што рече, грубото мешање на X`: an aside, the wording of the act told around it
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
                # (the person subject: a state or body opening a sentence between is no one blamed in a quote)
                judged = [] if first - view.first > 1 else next(
                    (people for k in range(view.index - 1, view.index - 1 - JUDGED_ACT_REACH, -1)
                     if k in self.subjects and quote.speaker not in self.subjects[k]
                     and (people := [e for e in self.subjects[k] if e in self.entities and self.entities[e].type == "PER"])), [])
                # `ја оцени работата на Трамп и рече дека тој „ја води државата во погрешна насока“`: a
                # statement about `тој` blames the last other person named before it
                meant = [] if answered or not words or self.lex.reporting.pronouns.get(words[0]) not in ("masculine", "feminine") else [
                    e.id for m, e in sorted(((m, e) for e in self.doc.entities for m in e.mentions), key=lambda me: me[0].start)
                    if e.type == "PER" and e.id != quote.speaker and self.doc.sentence_of(m.start) >= view.index - 1
                    and m.end <= quote.start][-1:]
                # `Унгарија го блокираше заемот. „Одлуката е срамна“, изјави X`: a quote opening with the act judged
                # blames whoever did it in the sentence or two before
                # (or with the act judged after the word of blame: `изјави дека е „разочаран“ од пресудата`)
                # (or a label quoted after the words that say what the act just told is: `изјави дека станува збор за
                # „провокација“`, the quote only the label)
                lead = [t.low for t in tokens[max(view.first, first - 4):first] if t.text not in QUOTE_MARKS][-3:]
                author = [] if answered or meant or judged else (self._judged_act_author(view, quote, words, earlier)
                                                                 or self._judged_act_author(view, quote, self._felt_about(words, blame), earlier)
                                                                 or (self._judged_act_author(view, quote, lead + words, earlier)
                                                                     if self._opens_judgement(lead) else []))
                # `изјави дека уредбата е „козметичка мерка“ и побара од Владата …`: blame naming no one, with a demand
                # the speaker makes after it, is of the one asked
                asked = [] if answered or meant or judged or author else next(
                    (c.event.recipient for c in told if c.event.type == "REQUEST" and c.event.recipient
                     and c.event.trigger.start >= quote.end and self._acts_as(quote.speaker, c.event.actor)), [])
                found_by = ("+recipient:answered" if answered else "+recipient:pronoun" if meant
                            else "+recipient:judged_act" if author else "+recipient:asked" if asked else "+recipient:paragraph")
                # (never the owner of the speaking office: `неговиот адвокат` speaks for his client)
                judged = [e for e in answered or meant or judged or author or asked if e != self.office_owners.get(quote.speaker)]
                acts = [(etype, mode, rule + (found_by if not recipient and judged and etype == "ACCUSE" else ""),
                         recipient or (judged if etype == "ACCUSE" else []))
                        for etype, mode, rule, recipient in acts]
                if any(etype == "SUPPORT" and not recipient and OWN_ACCORD not in rule for etype, _, rule, recipient in acts):
                    parties = self._praised_parties(view, quote, words, earlier)
                    acts = [(etype, mode, rule + "+recipient:parties", parties) if etype == "SUPPORT" and not recipient
                            and OWN_ACCORD not in rule else (etype, mode, rule, recipient) for etype, mode, rule, recipient in acts]
                # (a denial naming no accuser waits for the accusation it answers, `_answer_accusations`; a threat
                # naming no one is still one, `порача дека протестите ќе траат сè додека …`, as the blind sets' gold)
                acts = [(etype, mode, rule, recipient) for etype, mode, rule, recipient in acts
                        if recipient or "unnamed" in rule or OWN_ACCORD in rule or rule.startswith((DENIAL_RULE, OWN_REFUSAL_RULE)) or etype == "THREATEN"]
            else:  # `го нарече Шмит „…“`: the one named; `го опиша предлогот на г-дин Петров како „грешка“`: whose the thing judged is
                # (blamed or praised: `го нарече Х „добар човек“`)
                owner = next((g for g in view.groups if g.governor is None and verb < g.first and g.end <= first
                              and quote.speaker not in g.entities), None) or next(
                    (g for g in view.groups if g.governor == self.lex.genitive and g.first < first
                     and 0 < g.first - verb <= NOUN_GENITIVE_REACH + 2 and quote.speaker not in g.entities), None)
                # (`го оцени американскиот потег како „…“`: the state whose act it is, not the speaker's own)
                demonym = self.demonym_starts.get(verb + 1)
                # (a label given an act named, `ја нарече одлуката „себичен чин“`: the act's author, as told before)
                authors = self._judged_act_author(view, quote, [t.low for t in tokens[verb + 1:first]], earlier) \
                    if not owner and demonym is None and any(LABEL_RULE in act[2] for act in acts) else []
                owned = (self._group_entities(owner) if owner else [demonym] if demonym is not None
                         and self.entities[demonym].country != self.entities[quote.speaker].country else
                         self._person_referred(view, quote.speaker, verb)
                         if tokens[verb - 1].low in self.lex.reporting.person_object_clitics and not any(
                             t.word and t.low not in self.lex.reporting.label_markers for t in tokens[verb + 1:first]) else authors)
                # (a label with no word of blame is name-calling only given another state's side: at home it may be
                # neutral, `го нарече X „кандидат на партијата“`, and one naming no side is none, `го нарече карилонот „…“`)
                foreign = [a for a in owned if a in self.entities and self._foreign_state_side(quote.speaker, self.entities[a])]
                acts = [(etype, mode, rule, recipient or (owned if etype in LABELLED_TYPES else []))
                        for etype, mode, rule, recipient in acts if LABEL_RULE not in rule or foreign == owned != []]
            clause = view.clauses[view.clause_of(verb)]
            named_here = quote.speaker in self.entities and any(
                tokens[clause.first].start <= m.start < tokens[clause.end - 1].end for m in self.entities[quote.speaker].mentions)
            when, weak = self._date(view, verb, verb + 1, named_here)
            speaker = self._speaker_group(view, quote.speaker)
            acts = [act for act in acts if not (act[0] in self.lex.poll_types and self._poll_count(view, [quote.speaker], act[0]))
                    and not (in_refusal and act[0] == "ACCUSE")]
            stated.extend([quote] if acts else [])
            for etype, mode, rule, recipient in acts:
                event = Event(id="", type=etype, mode=mode, actor=speaker, recipient=recipient, date=when,
                              location=self._speech_place(view, verb, quote, set(speaker) | set(recipient)),
                              status="asserted", sentence=view.index,
                              trigger=Span(start=tokens[verb].start, end=tokens[verb].end, text=tokens[verb].text),
                              rule="+".join([rule, *(["date:publication"] if weak else [])]),
                              confidence=round(REPORTED_STATEMENT * (PUBLICATION_DATE if weak else 1), 3))
                found.append(Coded(event, weak))
                if etype == "REJECT" and quote.start in defending:
                    defences.append(found[-1])
                if etype == "REQUEST":
                    dropped.extend(content)
                if etype == "THREATEN":
                    # an act under way the warning names (`предупреди дека деновите на штрајк нема да бидат платени`) is
                    # what it is about, told where it happens; an act it announces (`ќе продолжи офанзивата ако …`) stays
                    dropped.extend(c for c in told if quote.start <= c.event.trigger.start < quote.end
                                   and c.event.status == "asserted" and "future" not in c.event.rule)
                if etype == "ACCUSE":  # `„Вучиќ е одговорен за нападот“`: the act one is blamed for is only alleged
                    dropped.extend(self._alleged_acts(quote, first, words, told))
        # a speaker who also blames in the sentence hits back: that ACCUSE only (guidelines: no second REJECT)
        found = [c for c in found if c not in defences or not any(
            o.event.type == "ACCUSE" and o.event.actor == c.event.actor for o in found)]
        return found, dropped

    def _stance_beside(self, view: SentenceView, quote: Quote, told: list[Coded]) -> bool:
        """The speaker's praise, refusal or blame told by a trigger of the sentence, not in a relative clause (`го
        поздрави договорот, нарекувајќи го „…“`; `X, кој ја отфрла секоја вина, го нарече …` still labels)."""
        return any(c.event.type in LABEL_STANCES and self._acts_as(quote.speaker, c.event.actor)
                   and view.clauses[view.clause_of(self.text.token_at(c.event.trigger.start))].opener not in self.lex.relative_openers
                   for c in told)

    def _quoted_label(self, view: SentenceView, quote: Quote, first: int, end: int, words: list[str]) -> bool:
        """The quote is a short label in quote marks a naming verb with an object clitic gives (`го нарече потегот
        „…“`, `нарекувајќи ги „…“`), not in a condition or a relative clause, in lower case (`операцијата што ја нарече „Извор на мирот“` names it), with no
        word of approval in it (`„историски ден“`)."""
        tokens = self.text.tokens
        if not (view.first < first and tokens[first - 1].text in QUOTE_MARKS and 0 < end - first <= LABEL_WORDS
                and not tokens[first].cap) or self._unquoted_starts(words, self.lex.approval_words):
            return False
        clause = view.clause_of(first)
        if view.clauses[clause].opener in self.lex.hypothetical_openers | self.lex.relative_openers:
            return False  # `ако Унијата ја нарече операцијата „окупација“`: supposed; `она што го нарече „…“`: a thing named
        return any(self.lex.reporting.verbs.get(tokens[i].low, ("",))[0] == "naming" and view.clause_of(i) == clause
                   and (tokens[i - 1].low in self.lex.reporting.object_clitics
                        or (i + 1 < first and tokens[i + 1].low in self.lex.reporting.object_clitics))
                   for i in range(view.first + 1, first - 1))

    def _person_referred(self, view: SentenceView, speaker: str, verb: int) -> list[str]:
        """The last person other than the speaker named before the verb, in its sentence or the one before: whom a
        clitic with no object after it stands for (`Додик, кој не го признава Шмит, го нарече „…“`)."""
        before = self.text.tokens[verb].start
        named = [(m.start, e.id) for e in self.doc.entities if e.type == "PER" and e.id != speaker
                 and e.id != self.office_owners.get(speaker) for m in e.mentions
                 if m.end <= before and self.doc.sentence_of(m.start) >= view.index - 1]
        return [max(named)[1]] if named else []

    def _blame_before(self, quote: Quote, first: int, blame: list[int], inner: list[Coded]) -> bool:
        """A word of blame of the quote (`blame`: word positions from token `first`) stands in a clause of its own
        before the first statement told inside it: a `дека`/`оти` opens the clause of that statement after it."""
        tokens = self.text.tokens
        told_at = self.text.token_at(min(c.event.trigger.start for c in inner))
        return any(first + at < told_at and self._clause_opened(first + at, tokens[told_at].start) for at in blame)

    def _addressed_before(self, speaker: str, view: SentenceView, told: list[Coded], earlier: list[Coded]) -> list[str]:
        """The recipient of the speaker's last demand, blame or warning in this sentence or the one before: a
        warning naming no one is to the one just addressed (`Министерот ги повика лекарите да се вратат на работа.
        Тој предупреди дека деновите на штрајк нема да бидат платени`)."""
        for c in reversed([*earlier, *told]):
            if c.event.sentence < view.index - 1:
                break
            if c.event.type in ADDRESSED_TYPES and c.event.recipient and self._acts_as(speaker, c.event.actor):
                return c.event.recipient
        return []

    def _judged_act_author(self, view: SentenceView, quote: Quote, words: list[str], earlier: list[Coded]) -> list[str]:
        """The actors of the act a statement opens with (`„Одлуката е срамна“`, `апсењето на …`, `тоа е неприфатливо`),
        told in the sentence or two before: the last act of the kind the noun names, else the last act; not one of the
        speaker's own side or a place of the speaker's country."""
        if words and words[0] in self.lex.authored_things:  # (`„Буџетот е неодговорен“`: whoever adopted it, as told)
            maker = self._thing_maker(words[:1], view.index, [quote.speaker])
            if maker or words[0] not in self.lex.act_objects:
                return maker
        if not words or not (words[0] in self.lex.act_objects | self.lex.held_acts or words[0] in self.lex.judged_demonstratives
                             or self._opens_judgement(words)):
            return []
        own = self.entities[quote.speaker].country
        ours = {a for a, e in self.entities.items() if self._own_side(quote.speaker, e) or (own and e.country == own and e.type in PLACE_TYPES)}
        acts = [c.event for c in reversed(earlier) if view.index - c.event.sentence <= JUDGED_KIND_REACH and c.event.actor
                and not self._acts_as(quote.speaker, c.event.actor) and not ours & set(c.event.actor)]
        kinds = {t.type for t in self.lex.single.get(words[0], ())} | self.lex.act_object_types.get(words[0], frozenset())
        # (an act of the kind the noun names may stand further back, `заплената е неприфатлива` after the seizure and
        # two sentences on its details; any other act only in the sentence or two before)
        near = [a for a in acts if view.index - a.sentence <= JUDGED_ACT_REACH]
        act = next((a for a in acts if a.type in kinds), near[0] if near else None)
        return list(act.actor) if act is not None else []

    def _felt_about(self, words: list[str], blame: list[int]) -> list[str]:
        """The words after the preposition the first word of blame takes the thing judged by (`е „разочаран“ од
        пресудата`), a few words after its start; none when it takes none or the thing is a demonstrative, told by a clause."""
        at = next((i for i in range(blame[0] + 1, min(len(words), blame[0] + FELT_REACH + 1))
                   if words[i] in self.lex.judged_after), None) if blame else None
        thing = words[at + 1:] if at is not None else []
        return [] if not thing or thing[0] in self.lex.judged_demonstratives else thing

    def _praised_parties(self, view: SentenceView, quote: Quote, words: list[str], earlier: list[Coded],
                         reach: int = JUDGED_ACT_REACH) -> list[str]:
        """The parties of the agreement a praise opening with it judges (`„Ова е победа на здравиот разум“, изјави X`
        after `X и Y потпишаа договор`; guidelines: praising an agreement names its parties): the actors of the last
        signing or agreement of two or more, with no recipient, told in the sentence or two before, not the speaker's.
        A praise of an act told for someone (`ова е признание за напорите`, after the Commission's proposal for the
        speaker's country) names no one."""
        if not words or not (words[0] in self.lex.judged_demonstratives or words[0] in self.lex.act_objects
                             or words[0] in self.lex.agreement_objects):
            return []
        return next((list(c.event.actor) for c in reversed(earlier) if view.index - c.event.sentence <= reach
                     and c.event.type in JOINT_ACCORD_TYPES and not c.event.recipient and len(c.event.actor) > 1
                     and not self._acts_as(quote.speaker, c.event.actor)), [])

    def _approval(self, words: list[str]) -> tuple[int, int] | None:
        """Where the thing a statement approves and its first word of approval after it stand (`договорот е „фер“`):
        the thing among the statement's first words, no negation nor situation between them (lexicon:
        approval_words); None when it approves nothing."""
        kept = [i for i, w in enumerate(words) if w not in QUOTE_MARKS]
        thing = next((i for i in kept[:APPROVAL_SUBJECT_REACH] if words[i] in self.lex.approval_subjects), None)
        if thing is None:
            return None
        # (`договорот не е фер`: a negation between the thing and the word denies the approval)
        return next(((thing, at) for at in self._unquoted_starts(words, self.lex.approval_words) if at > thing
                     and not set(words[thing:at]) & (self.lex.negation | self.lex.situation_words)), None)

    def _approved_party(self, view: SentenceView, quote: Quote, words: list[str],
                        earlier: list[Coded]) -> tuple[list[str] | None, str]:
        """Whom the approval of a thing naming no one praises (`words` open with the thing): whoever made it or did
        it, as told before (an act of the speaker's own side is no praise of another), else the parties of the
        agreement told before; none, with a rule of its own, when the speaker is a party of that agreement
        (guidelines: welcoming or praising an agreement); None when it praises no one known."""
        if words[0] not in self.lex.judged_demonstratives and (author := self._judged_act_author(view, quote, words, earlier)):
            return author, "+recipient:judged_act"
        # (an agreement may be judged a few sentences after it was told, its terms told between)
        own = self._country_codes([quote.speaker])
        accord = next((c.event for c in reversed(earlier) if view.index - c.event.sentence <= JUDGED_KIND_REACH
                       and c.event.type in JOINT_ACCORD_TYPES and len(c.event.actor) > 1), None)
        if accord is not None and (self._acts_as(quote.speaker, accord.actor)
                                   or own & self._country_codes([*accord.actor, *accord.recipient])):
            return [], OWN_ACCORD
        if parties := self._praised_parties(view, quote, words, earlier, JUDGED_KIND_REACH):
            return parties, "+recipient:parties"
        return None, ""

    def _opens_judgement(self, words: list[str]) -> bool:
        """The statement opens by saying what the thing just told is (`станува збор за …`, `се работи за …`)."""
        return any(tuple(words[:len(seq)]) == seq for seq in self.lex.judged_openers)

    def _warned_organ(self, view: SentenceView, warning: int, first: int, own: str | None) -> str | None:
        """An unnamed organ or collective the warning verb takes as its object (`ги предупреди властите во Бања
        Лука дека …`): of the state its `на` phrase or the place after it names, else of the speaker's state."""
        tokens = self.text.tokens
        for i in range(warning + 1, first):
            sector = self.lex.sector_heads.get(tokens[i].low)
            if sector is None or tokens[i - 1].low in self.lex.governors:
                continue
            place = self._place_after(i + 1)
            country = self._owner(view, i, first) or (place.country if place else None) or (
                own if own not in INTERNATIONAL else None)
            return self._unnamed(view, None, sector, tokens[i].low, tokens[i].text, (tokens[i].start, tokens[i].end),
                                 country) if country else None
        return None

    def _own_side_threat(self, quote: Quote, first: int, words: list[str], others: list[tuple[Mention, Entity]]) -> bool:
        """The statement tells what the speaker's own side will not allow (`Варшава нема да дозволи …`, `„Нема да
        дозволиме …“`): the last name before the words is of that side, or there is none."""
        at = next(iter(stem_sequence_starts(words, self.lex.own_side_threats)), None)
        if at is None:
            return False
        said_of = max(((m, e) for m, e in others if self.text.token_at(m.end) - first <= at), key=lambda me: me[0].end, default=None)
        return said_of is None or self._own_state_or_side(quote.speaker, said_of[1])

    def _disallowing_side(self, first: int, words: list[str], others: list[tuple[Mention, Entity]]) -> bool:
        """Who will not allow is a side: named, told by an organ's or state's head noun (`полицијата нема да дозволи`,
        `државата …`), or the speaker (`„Нема да дозволиме …“`); not a thing (`законот нема да дозволи повеќе од два
        мандата`: a rule)."""
        at = stem_sequence_starts(words, self.lex.own_side_threats)[0]
        if any(self.text.token_at(m.end) - first == at for m, _ in others):
            return True
        before = next((words[i] for i in range(at - 1, -1, -1) if self.text.tokens[first + i].word), None)
        return before is None or bool(self.lex.head_sector(before)) or before in self.lex.body_anaphora | self.lex.state_anaphora

    def _own_act_warned(self, quote: Quote, first: int, words: list[str], others: list[tuple[Mention, Entity]],
                        hostile: bool) -> bool:
        """The warning's first clause tells what the speaker's own side will (or would, or will not) do: of a body or
        state by its head noun (`предупреди дека групата ќе продолжи да ги напаѓа …`), of no one, the speaker (`… дека
        ќе дејствува строго …`, `… дека, во спротивно, ќе …`); or what the speaker's state, named alone, will not do
        (`Курц предупреди дека Австрија нема да плаќа …`): a benefit withheld; or, answering `hostile` acts the
        statement blames, what the speaker's own side named will do (`… дека Москва ќе ги земе предвид непријателските
        чекори на …`: a threat, no blame). What a thing will do is a forecast (`дека царините ќе ги погодат
        извозниците`), so is what there will be (`ќе има`, `ќе биде`) and what a named side will do (as often what will
        befall it); the own side named that will not yield (`… дека Украина нема да се откаже …`) refuses."""
        end = next((i for i, w in enumerate(words) if w in self.lex.reporting.complementisers), len(words))
        denied = stem_sequence_starts(words[:end], self.lex.negated_future)
        will = min([i for i in range(end) if words[i] in self.lex.future | self.lex.hypothetical] + denied, default=None)
        if will is None:
            return False
        named = [(m, e) for m, e in others if self.text.token_at(m.start) - first < will]
        if named and not all(self._own_state_or_side(quote.speaker, e) and (
                hostile or (will in denied and (e.type in PLACE_TYPES or is_state(e.kb_id)))) for _, e in named):
            return False
        in_name = {i for m, _ in named for i in range(self.text.token_at(m.start) - first, self.text.token_at(m.end) - first)}
        otherwise = {i for seq in self.lex.otherwise_sequences for at in stem_sequence_starts(words[:will], (seq,))
                     for i in range(at, at + len(seq))}
        told = [w for i, w in enumerate(words[:will]) if self.text.tokens[first + i].word and i not in otherwise | in_name
                and w not in self.lex.parenthetical_words | self.lex.subjectless_adverbs]
        verb = next((w for w in words[will + 1:] if w not in self.lex.verb_clitics | self.lex.subjunctive), None)
        if named:
            clause = next((i for i in range(will, end) if words[i] == ","), end)
            return not told and verb not in self.lex.impersonal_verbs and not has_stem_sequence(
                words[will:clause], self.lex.yielding_words)
        if told:
            return len(told) == 1 and told[0] in self.lex.body_anaphora | self.lex.state_anaphora
        return verb not in self.lex.impersonal_verbs

    def _warners_side(self, speaker: str, ent: Entity) -> bool:
        """`ent` is of the warning speaker's own side, no one he can threaten: a place of his country, for an organ of a
        state that state's organs and its own public (`полицијата „нема да толерира оружје на улиците“ и им се
        заблагодари на граѓаните`, the citizens thanked), for an official of a union of states that union. At home a
        union may threaten its government, a minister a union."""
        own, sector = self.entities[speaker].country, self.entities[speaker].sector
        return bool(own) and ent.country == own and (ent.type in PLACE_TYPES or {sector, ent.sector} <= STATE_SECTORS
                                                     or (sector in STATE_SECTORS and ent.sector == "CVL")
                                                     or self._own_union(speaker, ent))

    def _other_side_conditioned(self, quote: Quote, first: int, words: list[str], others: list[tuple[Mention, Entity]]) -> list[str]:
        """The other side the statement tells what will (or will not) be done if it acts — of another country, or at
        home across the state's line (`ако Владата не …` said by a union or a party): named right after a condition
        opener (`ако Анкара …`, `доколку Европа повторно …`), with a `ќе` or `нема да` outside its clause (`ќе ја
        уништи економијата ако Анкара …`; not `ако Комисијата ќе предложи …`, a case weighed)."""
        if not self.entities[quote.speaker].country:
            return []
        for at, word in enumerate(words):
            if word not in self.lex.condition_openers or (at and words[at - 1] in self.lex.concessive_words):
                continue  # (`дури и ако Загреб …`: even if, no condition set)
            comma = next((j for j in range(at + 1, len(words)) if words[j] == ","), len(words))
            outside = [*words[:at], *words[comma:]]
            if not (set(outside) & self.lex.future or has_stem_sequence(outside, self.lex.negated_future)) \
                    or has_stem_sequence(outside, self.lex.counterfactual_consequences):
                continue
            side = next(((m, e) for m, e in others if e.country and not self._warners_side(quote.speaker, e)
                         and not self._own_side(quote.speaker, e)
                         and 0 < self.text.token_at(m.start) - first - at <= CONDITION_SUBJECT_REACH), None)
            if side is not None:
                return self._mentioned(*side)
        return []

    def _pressure_held(self, quote: Quote, first: int, words: list[str], others: list[tuple[Mention, Entity]]) -> bool:
        """What the statement holds until a demand is met is an act of the speaker's own side (`_own_act_warned`: `„Нема
        да се вратиме на работа додека …“`), not where he will be (`„Ќе бидам на терен додека водата не потече“`), or a
        protest, a noun, that will go on (`блокадите ќе продолжат …`, `штрајкот ќе трае …`)."""
        will = min([i for i, w in enumerate(words) if w in self.lex.future]
                   + stem_sequence_starts(words, self.lex.negated_future), default=None)
        if will is None:
            return False
        if any(t.type == "PROTEST" and t.noun for w in words[:will] for t in self.lex.single.get(w, ())):
            return True
        verb = next((w for w in words[will + 1:] if w not in self.lex.verb_clitics | self.lex.subjunctive), "")
        return not verb.startswith(self.lex.copula_stems) and self._own_act_warned(quote, first, words, others, False)

    def _until_collective(self, words: list[str]) -> bool:
        """The `until` clause names an organ or collective that is to meet it (`додека не се разоружаат сите
        нелегални групи`), not a mere state of things (`додека цените не паднат`)."""
        at = next((i for i, w in enumerate(words) if w in self.lex.until_openers), None)
        return at is not None and any(self.lex.head_sector(w) for w in words[at + 1:])

    def _punished_collective(self, view: SentenceView, quote: Quote, first: int, words: list[str]) -> str | None:
        """The unnamed collective a punishment announced is for (`трговците кои повторно ќе ги прекршат маржите ќе
        бидат казнети`): the last head of a collective before the cue, of the speaker's country, whose law punishes."""
        cue = stem_sequence_starts(words, self.lex.punishments_announced)[0]
        at = next((i for i in range(cue - 1, -1, -1) if self.lex.sector_heads.get(words[i])), None)
        country = self.entities[quote.speaker].country
        if at is None or country is None:
            return None
        tok = self.text.tokens[first + at]
        return self._unnamed(view, None, self.lex.sector_heads[tok.low], tok.low, tok.text, (tok.start, tok.end), country)

    def _harmful_measure(self, quote: Quote, first: int, words: list[str], others: list[tuple[Mention, Entity]]) -> list[str]:
        """The owner of the act or measure a warning opens with (`царините на Вашингтон`, `мерката на Владата`) when it
        says the harm the measure will do (`ќе ги погодат`, `ќе доведе до`), not of the speaker's own side."""
        if len(words) < 3 or words[0] not in self.lex.act_objects or words[1] != self.lex.genitive \
                or not set(words) & (self.lex.future | self.lex.hypothetical) or not has_stem_sequence(words[3:], self.lex.harm_words):
            return []
        owner = next(((m, e) for m, e in others if self.text.token_at(m.start) == first + 2), None)
        if owner is None or self._own_side(quote.speaker, owner[1]):
            return []
        return self._mentioned(*owner)

    def _refused_proposal(self, view: SentenceView, quote: Quote, first: int, words: list[str],
                          others: list[tuple[Mention, Entity]]) -> list[str]:
        """The one whose proposal a negated clause declines (`нема да ги замрзне платите, како што предлага Фондот`,
        `… како што бара опозицијата`): the name, or unnamed opposition or government, right after the attribution,
        not the speaker's own side; the clause before the attribution, from its `дека`, holds a negation."""
        ends = stem_sequence_ends(words, self.lex.proposal_attributions)
        for at in stem_sequence_starts(words, self.lex.proposal_attributions):
            after = min(e for e in ends if e > at)
            opener = max((i + 1 for i in range(at) if words[i] in self.lex.reporting.complementisers), default=0)
            if not set(words[opener:at]) & self.lex.negation:
                continue
            named = next(((m, e) for m, e in others if after <= self.text.token_at(m.start) - first <= after + 1), None)
            if named is not None:
                return [] if self._own_side(quote.speaker, named[1]) else self._mentioned(*named)
            return self._blamed_opposition(view, first + after, first + after + 2, self.entities[quote.speaker].country)
        return []

    def _refused_offer(self, view: SentenceView, quote: Quote, first: int, words: list[str],
                       others: list[tuple[Mention, Entity]], before: list[Coded]) -> tuple[list[str], str | None] | None:
        """The author, and the mode, of a demand or offer the statement refuses by judging it in its clause (`барањата на
        синдикатот се нереални`, `понудата е навреда`) when it is addressed to the speaker's side: the name right after
        the noun, else the last demand or offer told in the sentences before toward that side or by the other side of a
        state (its recipients are found later) — one of the two an organ of a state and the other not: a union's demand a
        minister answers, the government's offer a union answers. None when a third side judges
        it (`пратеникот рече дека барањата на синдикатот се неразумни`: blame)."""
        noun = next((i for i, w in enumerate(words) if w in self.lex.refused_offers), None)
        if noun is None or not any(at > noun and not self._clause_opened(first + noun, self.text.tokens[first + at].start)
                                   and not self._negated_word(words, at)
                                   for at in self._unquoted_starts(words, self.lex.refusal_judgements)):
            return None
        state_speaker = self.entities[quote.speaker].sector in STATE_SECTORS

        def ours(ids: list[str]) -> bool:
            return any(i == quote.speaker or (i in self.entities and self._own_state_or_side(quote.speaker, self.entities[i]))
                       for i in ids)

        def across(ids: list[str]) -> bool:
            return any(i in self.entities and (self.entities[i].sector in STATE_SECTORS) != state_speaker for i in ids)
        author = next((e for m, e in others if 0 < self.text.token_at(m.start) - first - noun <= NOUN_GENITIVE_REACH), None)
        if author is not None:
            return (None if ours([author.id]) or not across([author.id]) else
                    (self._mentioned(next(m for m in author.mentions if quote.start <= m.start < quote.end), author), None))
        asked = [c.event for c in reversed(before) if c.event.type in REFUSED_OFFER_TYPES
                 and view.index - c.event.sentence <= JUDGED_KIND_REACH and not ours(c.event.actor)
                 and (ours(c.event.recipient) or across(c.event.actor))]
        # (the last of the kind the noun names first; a request's modes are a refusal's, but not another kind's: a call to
        # talks told before an offer of money refused)
        kinds = {t.type for t in self.lex.single.get(words[noun], ())}
        kind = next((a for a in asked if a.type in kinds), None)
        if kind is None and not asked:
            return None
        return list((kind or asked[0]).actor), kind.mode if kind is not None and kind.type == "REQUEST" else None

    def _conditioned_side(self, view: SentenceView, quote: Quote, first: int, words: list[str],
                          others: list[tuple[Mention, Entity]], before: list[Coded]) -> list[str]:
        """The side a future condition is laid on (`пристапувањето на Србија ќе зависи од …`, `втората транша ќе биде
        условена со …`): the name told before the condition, not the speaker's own side, else the recipient of the aid
        told in this sentence or the ones just before (the side that is to get the rest)."""
        at = next(iter(stem_sequence_starts(words, self.lex.condition_words)), None)
        if at is None or self._fact_source(quote.speaker) or not set(words[:at]) & self.lex.future:
            return []
        cue = self.text.tokens[first + at].start
        named = [(m, e) for m, e in others if m.end <= cue and not self._own_side(quote.speaker, e)]
        if named:
            return self._mentioned(*named[-1])
        aid = next((c.event for c in reversed(before) if c.event.type == "AID" and c.event.recipient
                    and view.index - c.event.sentence <= JUDGED_ACT_REACH), None)
        return [r for r in aid.recipient if not self._acts_as(quote.speaker, [r])] if aid is not None else []

    def _retort_blamed(self, view: SentenceView, quote: Quote, first: int, end: int, words: list[str],
                       others: list[tuple[Mention, Entity]]) -> list[str]:
        """The other side a retort opens with (`возврати дека Белград сè уште не ја признал …`, `возвратија дека
        опозицијата бега од работа`), not the speaker's own side (`возврати дека Хрватска не уценува никого`: a denial),
        when the retort neither denies, praises nor lays a duty (those are typed by their own cues). Only a retort verb
        hits back so: a plain answer (`одговори дека …`) keeps the rebuttal (pool gold), unless a later clause of it turns
        on the other side (`одговорија дека обвинувањата се манипулација и дека токму СДСМ ги злоупотребуваше судовите`:
        guidelines, blame of the accuser is one ACCUSE, no second REJECT)."""
        if self._fact_source(quote.speaker) or not self._retorts(view, first):
            return []
        hits_back = any(self.text.tokens[i].low in self.lex.retort_verbs for i in range(view.first, first))
        if hits_back and not self._denies(words) \
                and not has_stem_sequence(words, self.lex.praise_words) and not has_stem_sequence(words, self.lex.obligation_words):
            opening = next(((m, e) for m, e in others if m.start == quote.start), None)
            if opening is not None and self._retort_other_side(quote.speaker, opening[1]):
                return self._mentioned(*opening)
            if opening is None and (blamed := self._blamed_opposition(view, first, min(end, first + 2),
                                                                      self.entities[quote.speaker].country)):
                return blamed
        return self._later_clause_blamed(view, quote, first, end, words, others, hits_back)

    def _retort_other_side(self, speaker: str, ent: Entity) -> bool:
        """A side a retort may blame: not the speaker's own, nor a place of its country, nor, for a state organ, that
        state's organs (a party's or union's retort blames its own state's government like any other side)."""
        own = self.entities[speaker].country
        of_state = self.entities[speaker].sector in STATE_SECTORS | {None}
        return not (self._own_side(speaker, ent) or (own and ent.country == own and (
            ent.type in PLACE_TYPES or (of_state and ent.sector in STATE_SECTORS))))

    def _later_clause_blamed(self, view: SentenceView, quote: Quote, first: int, end: int, words: list[str],
                             others: list[tuple[Mention, Entity]], hits_back: bool) -> list[str]:
        """The other side a later clause of a retort opens with (`… и дека опозицијата ги политизира настаните`,
        `… затоа што Општината не доставила извештаи`), that clause neither denying, praising nor laying a duty; after
        a plain answer, not a retort verb (`hits_back`), only a clause with words of blame turns on the other side (`одговорија
        дека постапките се според законот и дека Комитетот редовно се информира`: a defence)."""
        openers = [at + len(seq) for at in range(len(words)) for seq in self.lex.retort_blame_openers
                   if tuple(words[at:at + len(seq)]) == seq]
        for at, opener in enumerate(openers):
            clause = words[opener:openers[at + 1] if at + 1 < len(openers) else len(words)]
            if self._denies(clause) or has_stem_sequence(clause, self.lex.praise_words) \
                    or has_stem_sequence(clause, self.lex.obligation_words) \
                    or not (hits_back or self._unquoted_starts(clause, self.lex.accusation_words)):
                continue
            start = first + opener
            named = next(((m, e) for m, e in others if start <= self.text.token_at(m.start) <= start + 1), None)
            if named is not None:
                if self._retort_other_side(quote.speaker, named[1]):
                    return self._mentioned(*named)
                continue
            if blamed := self._blamed_opposition(view, start, min(end, start + 2), self.entities[quote.speaker].country):
                return blamed
        return []

    def _party_allegation(self, view: SentenceView, quote: Quote, first: int, told: list[Coded]) -> Coded | None:
        """The first strike or arrest a claim verb's statement tells of another side than the speaker's (`Армијата
        тврди дека индиски војници пукале врз …`, `Министерството тврди дека активистите ги нападнале службениците`,
        `… тврдат дека новинарот бил убиен`): its allegation, the police's too, as the gold codes a claim (guidelines:
        contested allegations). Not the speaker's own act or its side's, told of itself or by a possessive (`Хутите
        тврдат дека нивните сили погодиле …`: a claim of the act done), nor its own state's organs."""
        if not any(self.text.tokens[i].low in self.lex.claim_verbs for i in range(view.first, first)):
            return None
        return next((c for c in told if c.event.type in FORCE_ACTS and quote.start <= c.event.trigger.start < quote.end
                     and c.event.actor and "actor:speaker" not in c.event.rule.split("+")
                     and all(self._claimed_of_other(quote.speaker, a, c.event.sentence) for a in c.event.actor)), None)

    def _claimed_of_other(self, speaker: str, actor: str, sentence: int) -> bool:
        """The actor of a claimed act is another side than the speaker: not the speaker, its own side or its state's
        organs, nor named after a possessive in the claim's sentence (`нивните сили`). An unnamed hand is another."""
        if actor == speaker:
            return False
        ent, own = self.entities.get(actor), self.entities[speaker]
        if ent is None or ent.sector == "UNK":
            return True
        if self._own_side(speaker, ent) or (own.country and ent.country == own.country and {own.sector, ent.sector} <= STATE_SECTORS):
            return False
        possessives = self.lex.own_possessives | set(self.lex.object_possessives)
        tokens = self.text.tokens
        return not any(m.sentence == sentence and self.text.token_at(m.start) > 0
                       and tokens[self.text.token_at(m.start) - 1].low in possessives for m in ent.mentions)

    def _retorts(self, view: SentenceView, first: int) -> bool:
        """A retort verb, or an answer to someone or of a content (`му одговори`, `одговори дека`) not after a
        reporter's question, tells the statement starting at token `first`."""
        tokens = self.text.tokens
        return any(tokens[i].low in self.lex.retort_verbs or (tokens[i].low in self.lex.answer_verbs and (
            (i > view.first and tokens[i - 1].low in self.lex.dative_clitics)
            or (tokens[i + 1].low in self.lex.reporting.complementisers and not self._after_question(view))))
            for i in range(view.first, first))

    def _scene(self, mention: Mention, ent: Entity) -> bool:
        """The place is named as where something happened (`во Благоевград`), not as a party."""
        return ent.type in PLACE_TYPES and self.text.tokens[self.text.token_at(mention.start) - 1].low in self.lex.location_prepositions

    def _tells_own_plan(self, quote: Quote, first: int, words: list[str], others: list[tuple[Mention, Entity]]) -> bool:
        """The statement's first clause, up to a further `дека`, tells what the speaker's own side will do (`одговори
        дека Техеран ќе разговара со …`): a plan, typed by its own trigger, no rebuttal. Not a refusal (`нема да
        отстапи`), nor a defence by what a thing will be (`одговори дека дефицитот ќе остане под …`)."""
        end = next((i for i, w in enumerate(words) if w in self.lex.reporting.complementisers), len(words))
        will = next((i for i in range(end) if words[i] in self.lex.future), None)
        if will is None or set(words[:end]) & self.lex.negation:
            return False
        return any(0 <= self.text.token_at(m.start) - first < will and self._own_state_or_side(quote.speaker, e)
                   for m, e in others)

    def _after_question(self, view: SentenceView) -> bool:
        """A question told in the sentence or the one before (`Новинарите го прашаа министерот …`)."""
        start = self.text.sentence_tokens(view.index - 1).start if view.index else view.first
        return any(t.low.startswith(self.lex.question_stems) for t in self.text.tokens[start:view.end])

    def _alleged_acts(self, quote: Quote, first: int, words: list[str], told: list[Coded]) -> list[Coded]:
        """The acts a statement blames someone for (`е одговорен за нападот`, `стои зад нападот`): noun
        triggers in the quote right after a word of responsibility or one word on (guidelines: an
        alleged act is not coded while it is only alleged)."""
        ends = stem_sequence_ends(words, self.lex.responsibility_words)
        return [c for c in told if quote.start <= c.event.trigger.start < quote.end and any(
            0 <= self.text.token_at(c.event.trigger.start) - first - end <= 1 for end in ends)
            and c.event.type not in STATEMENT_TYPES and any(t.noun and t.id == c.event.rule.split("+")[0]
                                                            for t in self.lex.single.get(c.event.trigger.text.lower(), ()))]

    def _referred(self, view: SentenceView, quote: Quote) -> list[str]:
        """The name right after a phrase of reference outside the quote (`…“, рече X, мислејќи на Y`)."""
        tokens = self.text.tokens
        for at in stem_sequence_starts([t.low for t in tokens[view.first:view.end]], self.lex.referent_cues):
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

    def _state_object(self, view: SentenceView, cand: Candidate, actors: list[str]) -> str | None:
        """The state a bare `земјата` right after a verb trigger refers to (`Известувачот за Македонија ја
        пофали земјата за …`): its object, the last state named before it; not the actors' own state (`Владата
        ја води земјата …`)."""
        at = self._past_manner(cand.end, view.end)
        if cand.trigger.noun or at >= view.end or self.text.tokens[at].low not in self.lex.state_anaphora:
            return None
        state = self._state_referred(self.text.tokens[at].start, view.index)
        own = {self.entities[a].country for a in actors if a in self.entities}
        return state if state is not None and state not in actors and self.entities[state].country not in own else None

    def _doubled_mention(self, view: SentenceView, mention: Mention) -> bool:
        """The mention opens a group that is a doubled object (`ја држи Србија`)."""
        at = self.text.token_at(mention.start)
        group = next((g for g in view.groups if g.first == at), None)
        return group is not None and self._doubled_object(view, group)

    def _blamed_opposition(self, view: SentenceView, first: int, end: int, country: str | None) -> list[str]:
        """`… соопшти дека опозицијата шири лаги`, `„За ова е виновна претходната власт“`: blame
        that names no one but the opposition or the government is of that unnamed side of the
        speaker's country."""
        words = [t.low for t in self.text.tokens[first:end]]
        start = next(iter(stem_sequence_starts(words, self.lex.blamed_heads)), None)
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
        if not ids and sector in UNNAMED_SPEAKER_SECTORS and (head_at == view.first or (
                head_at > view.first and self.text.tokens[head_at - 1].low in self.lex.reporting.speaker_prepositions)):
            # `Од синдикатот велат дека …`, `Опозицијата изјави дека …`: the body of that sector named last before,
            # else one the text does not name, of the country the document is about
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
        if not ids:
            # `Студентите тврдат дека …`, `Руската амбасада во Хелсинки соопшти …`: an organ or collective no name
            # holds, as the subject before its verb, speaks as it acts elsewhere: the one told before or an unnamed one
            # of its owner's country; not a source the news cites (`Според властите, …`, `„…“, велат дипломатите`)
            if at > quote.start or (head_at > view.first and self.text.tokens[head_at - 1].low in self.lex.reporting.source_cues):
                return None
            end = self.text.token_at(at + len(quote.speaker_text))
            # (the phrase's head, before its complements: `Бранителот на возачот` is no driver)
            complement = next((i for i in range(head_at, end) if self.text.tokens[i].low in self.lex.reporting.prepositions), end)
            body = next((i for i in range(head_at, complement) if self.text.tokens[i].low in self.lex.sector_heads), None)
            head = self.text.tokens[body].low if body is not None else ""
            # (a crowd speaks as a side, `граѓаните`; one private person no name holds, `жената`, `брачниот пар`, is a witness)
            if not head or head in self.lex.reporting.unnamed_sources or (
                    self.lex.sector_heads[head] == "CVL" and not head.endswith(self.lex.plural_endings)):
                return None
            # (a view held, `Обвинителите се надеваат дека …`, is no act of a body no name holds)
            verbs = self.lex.reporting.verbs
            if any(verbs.get(t.low, ("",))[0] == "opinion" for t in self.text.tokens[end:self.text.token_at(quote.start)]):
                return None
            return self._head_actor(view, None, body)
        organ = self.entities.get(ids[0]) if len(ids) == 1 else None
        if organ is None or organ.type != "ORG":
            return None
        if organ.rule != OFFICE_RULE:
            return organ.id if organ.sector in STATE_SECTORS else None
        # an office no one named, as the subject opening the sentence, speaks for its body: a party's, a union's, or
        # the home state's (`Лидерот на опозицијата порача …`, `Министерот за внатрешни работи рече …`); a foreign
        # government's unnamed official in wire copy mostly relays facts
        home = organ.sector != "GOV" or organ.country == self.lex.home_state
        # (someone's office speaks for its owner wherever: `Курти одби …, а неговиот кабинет соопшти`)
        owned = self.text.tokens[group.first].low in self.lex.object_possessives
        return organ.id if (group.first == view.first and home) or owned else None

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

    def _own_refusal(self, quote: Quote, first: int, words: list[str], others: list[tuple[Mention, Entity]],
                     blame_at: int) -> bool:
        """The statement tells, before its first word of blame, what the speaker's own side will not do (`изјави дека
        Владата нема да попушти пред уцените`, `… Приштина нема да дозволи криминалните групи …`): a refusal or a
        warning (guidelines: refusal, not allowing), the words of blame tell what is refused, no criticism."""
        for m, e in others:
            at = self.text.token_at(m.end) - first
            if not 0 <= at < blame_at:
                continue
            if self._own_state_or_side(quote.speaker, e) and any(
                    tuple(words[at + skip:at + skip + len(seq)]) == seq and at + skip < blame_at
                    and self._willed(words, at + skip, at + skip + len(seq) - 1)
                    for seq in self.lex.negated_future for skip in range(OWN_REFUSAL_REACH + 1)):
                return True
        return False

    def _own_side_refuses(self, quote: Quote, first: int, words: list[str], others: list[tuple[Mention, Entity]]) -> bool:
        """A clause of the statement tells what the speaker's own side will not (or cannot) do, its subject that side
        by name (`Украина нема да се откаже …`), an organ's head noun (`владата нема да го менува …`, `државата не може
        да …`) or no one, the speaker (`„Нема да гласаме за мерките“`). Not what there will not be (`нема да има`), nor what will not befall a
        subject (`нема да биде`)."""
        for at in stem_sequence_starts(words, self.lex.negated_future + self.lex.refusal_sequences):
            opener = max((i + 1 for i in range(at) if words[i] in self.lex.reporting.complementisers), default=0)
            told = [w for i, w in enumerate(words[opener:at], opener) if self.text.tokens[first + i].word
                    and w not in self.lex.parenthetical_words | self.lex.subjectless_adverbs]
            named = [e for m, e in others if opener <= self.text.token_at(m.start) - first < at]
            if named:
                own = all(self._own_state_or_side(quote.speaker, e) for e in named)
            else:
                # (an organ's head noun; people, `жените нема да заборават`, are the ones told of, no side of his)
                own = not told or (len(told) == 1 and self.lex.head_sector(told[0]) not in (None, *PEOPLE_SECTORS))
            da = next((j for j in range(at, len(words)) if words[j] in self.lex.subjunctive), len(words))  # (`нема намера да`)
            # (`се очекува дека нема да …`: a clause under a forecast tells what is expected, no will)
            forecast = any(w.startswith(self.lex.forecast_words) for w in words[max(opener - 3, 0):opener])
            if own and not forecast and self._willed(words, at, da):
                return True
        return False

    def _willed(self, words: list[str], at: int, da: int) -> bool:
        """The refusal told from `at` to its `да` at `da` tells a will. The verb after the `да` is no `can` (`нема да
        можам`: an inability), no `be` (`не можеме да бидеме …`: what one is), not what there will be (`нема да има`)
        and not of the second person (`нема да бидеш`: the one addressed); a `can` before the `да` is a present one of
        the speaker's side (`не можеме да …` refuses what is asked; `не можевме да …`, `не можете да …` do not). Nor is
        the verb an act no one asks of a side (`нема да чекаме`, `нема да нападне`: resolve or restraint)."""
        verb = next((w for w in words[da + 1:] if w not in self.lex.verb_clitics), "")
        unwilled = self.lex.ability_stems + self.lex.copula_stems + self.lex.unasked_stems
        return verb not in self.lex.impersonal_verbs and not verb.startswith(unwilled) \
            and not verb.endswith(self.lex.second_person_endings) and all(
                w in self.lex.refusing_abilities for w in words[at:da] if w.startswith(self.lex.ability_stems))

    def _own_state_or_side(self, speaker: str, ent: Entity) -> bool:
        """`ent` is the speaker's own side (`_own_side`) or, for an organ or member of a state, a place or organ of
        that state (`Бангкок`, `Владата` said by its premier); for an official of a union of states, that union
        (`Унијата`, said by its foreign-policy chief)."""
        organ = self.entities[speaker]
        return self._own_side(speaker, ent) or (organ.sector in STATE_SECTORS and bool(organ.country) and ent.country == organ.country
                                               and (ent.type in PLACE_TYPES or ent.sector in STATE_SECTORS)) or self._own_union(speaker, ent)

    def _own_union(self, speaker: str, ent: Entity) -> bool:
        """The speaker is an official of a union of states (`Калас`, of the EU) and `ent` a body of it (`Унијата`)."""
        organ = self.entities[speaker]
        return organ.sector == ent.sector == "IGO" and organ.country == ent.country and organ.country in INTERNATIONAL - {"IGO"}

    def _negated_word(self, words: list[str], at: int) -> bool:
        """The word at `at` follows a negation (`не се меша`) or a denied future (`нема да се меша`), over the clitics
        between (`не ја блокирала`, `нема намера да го блокира`: the speaker's side denies the act, no blame)."""
        while at and words[at - 1] in self.lex.verb_clitics:
            at -= 1
        return bool(at and words[at - 1] in self.lex.negation) or any(
            len(seq) <= at and tuple(words[at - len(seq):at]) == seq for seq in self.lex.negated_future)

    def _of_claim(self, words: list[str]) -> bool:
        """The statement is about a claim, a charge or a report (`обвинувањата …`, `извештајот …`), or opens with a
        demonstrative, what was just said to the speaker (`тоа е …`): a motive imputed to it denies it."""
        return bool(words) and (words[0] in self.lex.judged_demonstratives or any(
            w in self.lex.denied_claims or w in self.lex.rebutted_words for w in words))

    def _denies(self, words: list[str]) -> bool:
        """The words deny: a word of denial (`неточни`, `измислени`), or a motive imputed to a claim (`обвинувањата се
        политички мотивирани`; to an act it blames, `штрајкот е политички мотивиран`)."""
        return has_stem_sequence(words, self.lex.denial_words) or (
            has_stem_sequence(words, self.lex.motive_words) and self._of_claim(words))

    def _names_no_blame(self, words: list[str], at: int) -> bool:
        """The word of blame at `at` names someone or something instead of judging: a form its cue takes in that is
        no blame (`осудениот`, the convicted), or an attribute of a class noun after it, not after a copula
        nor after a verb of enabling (`ќе ги следи криминалните групи`, unlike `е криминална група`, `ја толерира
        нелегалната миграција` and a verb's object, `ги прогонува мигрантите`)."""
        if words[at].startswith(self.lex.accusation_exceptions):
            return True
        before = [i for i in range(at) if words[i] not in QUOTE_MARKS]  # (`е „нелегална група“`)
        after = next((w for w in words[at + 1:] if w not in QUOTE_MARKS), "")
        if not (words[at].endswith(self.lex.attribute_endings) and after.startswith(self.lex.class_nouns)):
            return False
        if before and words[before[-1]] in self.lex.label_copulas:
            return False
        verb = next((i for i in reversed(before) if words[i] not in self.lex.verb_clitics), None)
        return verb is None or not (words[verb].startswith(self.lex.enabling_verbs) and not self._negated_word(words, verb))

    def _demanded(self, words: list[str], at: int) -> bool:
        """The word at `at` is in what an obligation before it asks (`Јапонија мора да ги повлече погрешните изјави`):
        the demand's content, typed by the obligation (REQUEST), no blame of its own; not past a new clause or sentence."""
        kept = [i for i, w in enumerate(words) if w not in self.lex.obligation_fillers]
        return any(kept[o] < at and not set(words[kept[o]:at]) & (self.lex.reporting.complementisers | SENTENCE_ENDS)
                   for o in stem_sequence_starts([words[i] for i in kept], self.lex.obligation_words))

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

    def _foreign_state_side(self, speaker: str, ent: Entity) -> bool:
        """`ent` is a state, a place standing for one, a state's organ or an international body, of another
        country than the speaker's (both known): one whom the speaker's expectation asks to act."""
        own = self.entities[speaker].country
        return bool(own) and bool(ent.country) and ent.country != own and (
            ent.type in PLACE_TYPES or ent.sector in STATE_SECTORS or ent.sector == "IGO")

    def _state_of_organ(self, speaker: str, actors: list[str]) -> bool:
        """An organ of a state tells of its state's act (`Министерството … предупреди дека Москва „нема да
        дозволи …“`): its own word, no act of another that it judges."""
        organ = self.entities[speaker]
        return organ.sector in STATE_SECTORS and bool(organ.country) and all(
            a in self.entities and state_told(self.entities[a]) and self.entities[a].country == organ.country for a in actors)

    def _own_side(self, speaker: str, ent: Entity) -> bool:
        """`ent` is the speaker, the speaker's own state (`_self_or_own_state`), or a party or organisation the
        speaker holds a role in (`Филипче` and `СДСМ`): the speaker's own side, neither praised nor accused by him.
        A party is his whatever the role's dates (its member before and after he leads it); another body only
        from the role's start: one he comes to head years later is not yet his."""
        if self._self_or_own_state(speaker, ent):
            return True
        person = self.entities[speaker]
        actor = load_kb().get(person.kb_id) if person.kb_id else None
        on = self.doc.published
        return actor is not None and bool(ent.kb_id) and any(
            r.org == ent.kb_id and (ent.sector == "PTY" or r.start is None or on is None or r.start <= on) for r in actor.roles)

    def _mentioned(self, mention: Mention, ent: Entity) -> list[str]:
        """A name in a statement as a participant (`Брисел мора да …`: the EU, as `_group_entities`)."""
        first, end = self.text.token_at(mention.start), self.text.token_at(mention.end)
        return self._group_entities(Group([Participant(ent.id, first, end)]))

    def _speech_place(self, view: SentenceView, verb: int, quote: Quote, used: set[str]) -> str | None:
        """Where a statement was made: a place in its speech verb's clause outside the words quoted (`…“, изјави X на
        прес-конференција во Бања Лука`); the quote's own places are what it speaks of."""
        tokens, k = self.text.tokens, view.clause_of(verb)
        found = self._places_among(view, [g for g in view.groups if g.clause == k
                                          and not quote.start <= tokens[g.first].start < quote.end], used)
        return min(found, key=lambda g: abs(g.first - verb)).entities[0] if found else None

    def _speaker_group(self, view: SentenceView, speaker: str) -> list[str]:
        """The speaker with the names coordinated with it as the sentence's bare subject (`Кина и
        Русија сметаат дека …`), each as the participant it is in an act (`Од Брисел велат …`: the EU)."""
        group = next((g for g in view.groups if speaker in g.entities and (self._subject_like(g) or len(g.entities) == 1)), None)
        return self._group_entities(group) if group is not None else [speaker]
