"""Passes over a document's coded events once every sentence is coded: dates carried from a dated
account, recipients of answers and judgements, visits' hosts, participants' places.

A part of the event coder's document run (`vesnik.events.coder`), which mixes it in."""
from __future__ import annotations

from datetime import date, timedelta

from vesnik.document import Entity, Event, Mention, PLACE_TYPES, Span
from vesnik.events.base import (ACTS_AIMED_LIKE_THE_ONE_AFTER, ACTS_AIMED_LIKE_THE_ONE_BEFORE, AGREEMENT_TYPES, CLAUSE_MARKS,
                                ANSWERED_TYPES, ARREST_STORY_REACH, ASKED_ORGANS,
                                ASKING_TYPES, CHARGE_PRONOUN_REACH, CHARGING_TYPES, Coded, DAY_PART_REACH, DECREED_MODES,
                                DEFENCE_RULE, DENIAL_RULE, EPISODE_TYPES, FIGHTING_TYPES, GATHERING_BACK_REACH, GATHERING_DATE_REACH, GATHERING_REACH,
                                HOSTILE_TYPES, INTERNATIONAL, JUDGED_ACT_REACH, JUDGEMENT_TYPES, JUSTICE_SECTORS, LEAD_IN_REACH, OWN_ACCORD,
                                LED_PROTEST_REACH, OBJECT_REACH, OFFICIALS_REACH, OTHER_SIDE_ACTS, OTHER_SIDE_TYPES, OWN_REFUSAL_RULE,
                                REBUTTED_SOURCE_REACH, RULING_TYPES, SCENE_ACTS, SEQUEL_ADVERB_REACH, SESSION_ACCOUNT_REACH, STATE_SECTORS, STATEMENT_TYPES,
                                SIDELESS_TYPES, SIDES_TYPES, OTHER_SIDE_REACH,
                                VISITOR_STATEMENT_TYPES)
from vesnik.events.retold import HEADLINE_LEAD_REACH, headline_sentences, is_meeting
from vesnik.kb import is_state
from vesnik.linking import envoy_origins, home_country
from vesnik.time import dating_times, governing_time, matcher, reference_date
from vesnik.time.calendar import period_start
from vesnik.time.matcher import SAME_DAY_SENTENCES
from vesnik.time.words import date_words

HEADLINE_WORD_MIN = 3  # letters a headline trigger's word must exceed to mark the lead telling it (not `на`, `се`)
HEADLINE_ACCOUNT_REACH = 3  # sentences after the headline within which an act of its type and actors' countries is its act
UNADDRESSED_ASK_REACH = 1  # sentences after a demand or offer to no one named within which a refusal answers it
PRESSING_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN"})  # the pressure a refusal to yield answers
MAKER_RULES = ("judged_act", "thing_maker", "judged_alike")  # the rules that aim a judgement at the maker of what it judges


class DocumentPasses:
    def _continued_dates(self, coded: list[Coded]) -> None:
        """An act whose subject the sentence drops or gives as a pronoun (`Коељо ќе го посети
        Софија на 8 мај. Тој се очекува да се состане со …`) and that has no time expression of
        its own continues the account before: it takes the date of the person's event in the
        sentence just before, or two before across one with no time expression (a quote). So does an act of a pair referred back to (`Рама се сретна со
        Мицотакис во понеделник. Двајцата потпишаа …`), from the event the two took part in, also across
        one sentence with no time expression (`… Разговараше со Y. Двајцата се договорија …`). An act set at a
        gathering told before (`На маргините на самитот, …`, `по средбата` after a meeting told by its verb) takes the
        gathering's date; any other act told
        just after a dated session takes the session's day, and one `вечерта` the day told last; failing all, a later
        act of the lead's parties takes the lead's day (`_lead_day`)."""
        dated = self._telling_dated()
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
            if same_day := self._open_same_day_date(ev, coded[:n]):
                ev.date, c.weak_date = same_day, False
                ev.rule = ev.rule.replace("+date:publication", "") + "+date:same_day"
                continue
            if not ("+actor:previous" in ev.rule or anaphor or renarrated or at_gathering):
                # (an act told after a dated session, by anyone, was done at it: `… синоќа одржа седница … Советот побара`;
                # not a meeting, which is that session told again or one beside it: the retellings and `at_gathering` date it)
                # (a rebuttal of what was said is a reaction, told on its own day: `… вчера разговараа. Y ги отфрли обвинувањата`)
                rebuttal = ev.type == "REJECT" and bool(self._object_among(ev, self.lex.rebutted_words))
                told = (self._session_date(ev.sentence, dated) if ev.status == "asserted" and ev.type != "CONSULT"
                        and not rebuttal else None)
                evening = None if told else self._day_part_date(ev.sentence, dated, coded[:n])
                sequel = None if told or evening or ev.status != "asserted" else self._sequel_date(ev, coded[:n])
                quiet = told or evening or sequel or ev.status != "asserted" or rebuttal
                scene = None if quiet else self._episode(ev, coded)
                episode = None if quiet else scene.date if scene is not None else self._uncoded_scene_date(ev, dated)
                lead = None if quiet or episode else self._lead_day(ev, coded)
                if told or evening or sequel or episode or lead:
                    ev.date = told or evening or sequel or episode or lead
                    c.weak_date = False
                    self._scene_place(ev, scene)
                    ev.rule = ev.rule.replace("+date:publication", "") + (
                        "+date:session" if told else "+date:day_part" if evening else "+date:sequel" if sequel
                        else "+date:episode" if episode else "+date:lead")
                continue
            # (`X вчера ја обвини Владата … „…“, изјави X. Тој побара …`: a quote with no date of its own between)
            continued = anaphor or renarrated or "+actor:previous" in ev.rule
            reach = (GATHERING_BACK_REACH if at_gathering else self._undated_run(ev.sentence, dated) + 1 if continued else 1)
            told_before = [p for p in reversed(coded[:n]) if 1 <= ev.sentence - p.event.sentence <= reach
                           # (`по средбата` also refers back to a meeting told by its verb: `X и Y во четвртокот
                           # разговараа во Брисел. Z по средбата изјави …`; not for a meeting, which may be another one)
                           and ((at_gathering and (self._gathering_named(p.event.sentence)
                                                   or (p.event.type == "CONSULT" and ev.type != "CONSULT")))
                                or set(p.event.actor) == set(ev.actor)
                                or (renarrated and p.event.type == "CONSULT" and set(ev.actor) <= set(p.event.actor) | set(p.event.recipient))
                                # (`Вучиќ вчера допатува во Брисел. Се сретна со Коста`: the meeting's actors are both)
                                or ("+actor:previous" in ev.rule and p.event.actor and set(p.event.actor) < set(ev.actor))
                                or (anaphor and set(p.event.actor) | set(p.event.recipient) == set(ev.actor)))
                           and not p.weak_date and p.event.date and not p.earlier]
            # (`X вчера се сретна со Y, откако владата на 5 август наложи … По средбата, X изјави …`: the meeting's day,
            # not that of another act told beside it in the same sentence)
            nearest = next(iter(told_before), None)
            before = next((p for p in told_before if at_gathering and p.event.type == "CONSULT"
                           and p.event.sentence == nearest.event.sentence), nearest)
            scene = None if before is not None or ev.status != "asserted" else self._episode(ev, coded)
            episode = scene.date if scene is not None else None
            lead = self._lead_day(ev, coded) if before is None and not episode and ev.status == "asserted" else None
            # (`Унгарија во понеделникот го блокираше пакетот … Сијарто на состанокот ја обвини …`: a gathering the lead
            # implies, told by no act of its own, was held on the lead's day; not a meeting there, which is the gathering)
            # (failing that, the day it was named with further back, for a meeting too: `Лидерите вчера … на самитот. …
            # На маргините на самитот, X се сретна …`)
            implied = None
            if at_gathering and before is None and not episode:
                implied = ((self._session_date(ev.sentence, dated, near_gathering=False) if ev.type != "CONSULT" else None)
                           or self._gathering_day(ev.sentence, dated))
            if before is not None or episode or implied or lead:
                ev.date = before.event.date if before is not None else episode or implied or lead
                c.weak_date = False
                # (`X и Y вчера разговараа во Брисел. Y по средбата изјави …`, `X вчера во Солун … Тој побара …`: done where
                # the act whose day it takes was)
                self._scene_place(ev, before.event if before is not None else scene)
                ev.rule = ev.rule.replace("+date:publication", "") + (
                    "+date:previous" if before is not None else "+date:episode" if episode
                    else "+date:gathering" if implied else "+date:lead")

    def _violent_demonstrators(self, coded: list[Coded]) -> None:
        """An attack by people named as protesters (`демонстранти ја нападнаа амбасадата`) is their riot (guidelines:
        violent demonstrators are PROTEST riot, ASSAULT is for individuals, armed groups, forces and criminals); an
        attack on a person or on civilians stays an attack. The protesters are the subject told in the trigger's
        clause, no comma between (not `демонстранти се судрија …, откако полицаец го застрела …`)."""
        for c in coded:
            ev = c.event
            if ev.type != "ASSAULT" or not ev.actor or any(
                    r not in self.entities or self.entities[r].type == "PER" or self.entities[r].sector == "CVL" for r in ev.recipient):
                continue
            if all(a in self.entities and any(
                    m.sentence == ev.sentence and m.end <= ev.trigger.start and "," not in self.doc.text[m.end:ev.trigger.start]
                    and m.text.lower().split()[-1].startswith(self.lex.protester_stems) for m in self.entities[a].mentions)
                   for a in ev.actor):
                ev.type, ev.mode = "PROTEST", "riot"
                ev.rule += "+riot:demonstrators"
                # (`…, а беше нападнат и конзулатот`: an attack by no hand told with the riot is the rioters' too)
                for other in coded:
                    flags = other.event.rule.split("+")
                    if other.event.type == "ASSAULT" and other.event.sentence == ev.sentence and {"passive", "actor:unnamed"} <= set(flags):
                        other.event.type, other.event.mode, other.event.actor = "PROTEST", "riot", list(ev.actor)
                        other.event.rule = "+".join(f for f in flags if f != "actor:unnamed") + "+riot:demonstrators"

    def _protests_met_with_force(self, coded: list[Coded]) -> None:
        """A protest the story tells only through the force aimed at its protesters (`Војската пукаше на мирни
        демонстранти`, `полицијата ги растера демонстрантите`) is coded beside the force, once: the protesters'
        PROTEST demo on the force's day (guidelines: the police action at a protest and the protest are two events)."""
        if any(c.event.type == "PROTEST" for c in coded):
            return
        for n, c in enumerate(coded):
            ev = c.event
            if ev.type not in self.lex.forces_at_protests or ev.status not in ("asserted", "historical"):
                continue  # (a force only planned or denied tells no protest held)
            told = [(i, m) for i in ev.recipient if i in self.entities for m in self.entities[i].mentions
                    if m.sentence == ev.sentence and m.text.lower().split()[-1].startswith(self.lex.protester_stems)]
            if not told:
                continue
            ids = [i for i, _ in told]
            start, end = min(m.start for _, m in told), max(m.end for _, m in told)
            protest = ev.model_copy(update={
                "type": "PROTEST", "mode": "demo", "actor": ids, "recipient": [], "reported_by": None,
                "trigger": Span(start=start, end=end, text=self.doc.text[start:end]),
                "rule": "protest.met_with_force+" + ev.rule.split("+")[0], "context": []})
            coded.insert(n + 1, Coded(protest, c.weak_date))
            return

    def _headline_dates(self, coded: list[Coded]) -> None:
        """A headline tells the lead's act with no time of its own (`Пакистан го затвори воздушниот простор` over
        `Пакистанската влада вчера го затвори …`): its act takes the day of the lead's act of its type and actors'
        countries, or, where the lead tells it by the same trigger entry without coding it (in a content clause:
        `… изјави дека Турција ги прекина врските`), the lead's only day; a day before the publication's only. Not by any
        trigger of the type: `на повик на синдикатите` in the lead is no telling of `синдикатите бараат …`."""
        headline = headline_sentences(self.doc)
        if not headline or self.doc.published is None:
            return
        body = max(headline) + 1
        dated = self._telling_dated()
        for c in coded:
            ev = c.event
            countries = self._country_codes(ev.actor)
            if ev.sentence not in headline or not c.weak_date or not countries:
                continue
            told = next((p.event.date for p in coded if 0 <= p.event.sentence - body < HEADLINE_ACCOUNT_REACH
                         and p.event.type == ev.type and not p.weak_date and not p.earlier
                         and self._country_codes(p.event.actor) == countries and self._past_day(p.event.date, p.event.sentence)), None)
            entry = ev.rule.split("+")[0]
            day = told or next((d for k in range(body, body + HEADLINE_LEAD_REACH)
                                if any(t.id == entry for t in self.sentence_triggers.get(k, ()))
                                and (d := self._only_past_day(k))), None)
            day = day or self._lead_word_day(ev, body, ahead=ev.status == "future")
            # (the headline's first story is the lead's, told in other words: `Бугарија протера дипломати` over `…
            # вчера ги прогласи за персона нон грата`; not a reaction after it, `…, Москва најавува одговор`)
            if not day and ev.status == "asserted" and self._headline_opening(ev):
                day = next((self._only_past_day(k) for k in range(body, body + HEADLINE_LEAD_REACH) if k in dated), None)
            if day:
                ev.date, c.weak_date = day, False
                ev.rule = ev.rule.replace("+date:publication", "") + "+date:headline"

    def _headline_opening(self, ev: Event) -> bool:
        """The trigger stands in its headline line's first part, no comma, dash or colon before it."""
        span = self.text.sentence_tokens(ev.sentence)
        return not any(t.text in CLAUSE_MARKS or t.text == ":"
                       for t in self.text.tokens[span.start:self.text.token_at(ev.trigger.start)])

    def _lead_word_day(self, ev: Event, body: int, ahead: bool = False) -> str | None:
        """The past day that dates the lead's repetition of a word of the headline's trigger (`ЕУ ги укина мерките`
        over `Унијата вчера ги укина последните мерки што ги воведе во јуни 2023`: yesterday), the lead telling the
        act in words its trigger entries missed; `ahead`, for an act announced, the day still to come that dates
        its repetition in the account's first sentences (`… најавува протест` over `Тој ги повика поддржувачите
        на протест во четвртокот`)."""
        words = {t.low for t in self.text.tokens[self.text.token_at(ev.trigger.start):self.text.token_at(ev.trigger.end)]
                 if len(t.low) > HEADLINE_WORD_MIN}
        reach = HEADLINE_ACCOUNT_REACH if ahead else HEADLINE_LEAD_REACH
        for k in range(body, min(body + reach, len(self.doc.sentences))):
            span = self.text.sentence_tokens(k)
            for t in self.text.tokens[span.start:span.stop]:
                if t.low in words and (time := governing_time(self.doc, t.start, t.end, self.lang)) is not None:
                    if ahead:
                        told = self._told_on(k)
                        coming = time.value and len(time.value) == len("YYYY-MM-DD") and told and time.value > told.isoformat()
                        return time.value if coming else None
                    return time.value if self._past_day(time.value, k) else None
        return None

    def _statement_dates(self, coded: list[Coded]) -> None:
        """The same speaker's further words in the account of a dated statement (`X вчера изјави дека Турција ги
        прекина врските. „…“, рече X, обвинувајќи …`; `X вечерта изјави … Тој најави дека ќе …`) take that statement's
        day: going back across sentences with no time expression (a quote of the speaker's with none), the first where
        the speaker is told speaking with a day gives it: that of the speaker's act dated there, else the sentence's only
        day. Another's reaction keeps the publication date."""
        dated = self._telling_dated()
        for n, c in enumerate(coded):
            ev = c.event
            if not c.weak_date or len(ev.actor) != 1:
                continue
            speaker = ev.actor[0]
            for k in range(ev.sentence - 1, ev.sentence - self._undated_run(ev.sentence, dated) - 2, -1):
                if k < 0 or not any(q.sentence == k and q.speaker == speaker for q in self.doc.quotes):
                    continue
                day = next((p.event.date for p in coded[:n] if p.event.sentence == k and p.event.actor == ev.actor
                            and not p.weak_date and not p.earlier and self._past_day(p.event.date, k)), None)
                day = day or (self._only_past_day(k, telling=True) if k in dated else None)
                if day:
                    ev.date, c.weak_date = day, False
                    ev.rule = ev.rule.replace("+date:publication", "") + "+date:statement"
                    break

    def _told_on(self, sentence: int) -> date | None:
        """The date the sentence is told on: its merged record's part's (`(Разни извори – 15/05/09-19/05/09)`), else
        the publication date; an account's days are past or not against it."""
        return reference_date(self.doc, self.doc.sentences[sentence].start)

    def _past_day(self, value: str | None, sentence: int) -> bool:
        """A full day before the date the sentence is told on."""
        published = self._told_on(sentence)
        return bool(value) and len(value) == len("YYYY-MM-DD") and published is not None and value < published.isoformat()

    def _only_past_day(self, sentence: int, telling: bool = False) -> str | None:
        """The sentence's one dating day, when it is before the date it is told on; with `telling`, of the times outside
        what it reports (`X вчера изјави дека општината ќе обезбеди вода уште денеска`: the day said is no day of the
        telling)."""
        quoted = [q for q in self.doc.quotes if q.sentence == sentence] if telling else []
        values = {t.value for t in dating_times(self.doc, sentence, self.lang)
                  if not any(q.start <= t.start < q.end for q in quoted)}
        day = values.pop() if len(values) == 1 else None
        return day if self._past_day(day, sentence) else None

    def _telling_dated(self) -> set[int]:
        """The sentences with a time expression that may date their telling: not one inside a direct quote, which
        dates what is said (`„Парите што денеска ги позајмуваат …“, изјави X`)."""
        return {t.sentence for t in self.doc.times if not any(q.direct and q.start <= t.start < q.end for q in self.doc.quotes)}

    @staticmethod
    def _undated_run(sentence: int, dated: set[int]) -> int:
        """How many sentences right before this one have no time expression (at most OFFICIALS_REACH - 1): an
        account with no date of its own goes on across them (`Х и Y вчера се сретнаа. „…“, изјави Х. Y рече …
        Лидерите се договорија …`)."""
        run = 0
        while run < OFFICIALS_REACH - 1 and sentence - run - 1 >= 0 and sentence - run - 1 not in dated:
            run += 1
        return run

    def _gerund_dates(self, coded: list[Coded]) -> None:
        """An act told by a gerund with no date of its own (`… синоќа ја блокираа улицата, барајќи …`) was done
        with its actor's act before it in the sentence: it takes that act's date."""
        for n, c in enumerate(coded):
            ev = c.event
            if not c.weak_date or not ev.trigger.text.lower().endswith(self.lex.gerund_endings):
                continue
            main = next((p for p in reversed(coded[:n]) if p.event.sentence == ev.sentence
                         and p.event.trigger.start < ev.trigger.start and set(p.event.actor) == set(ev.actor)), None)
            if main is not None and not main.weak_date and main.event.date:
                ev.date = main.event.date
                c.weak_date = False
                ev.rule = ev.rule.replace("+date:publication", "") + "+date:gerund"

    def _session_date(self, sentence: int, dated: set[int], near_gathering: bool = True) -> str | None:
        """The day of a gathering told in the nearest sentence with a time expression, up to
        SESSION_ACCOUNT_REACH back (`Советот синоќа одржа седница`), when that sentence's only date is
        that day, before the publication date, and stands near the gathering's noun, not in an aside
        of its own (`Трамп, кој пристигна вчера, се сретна на маргините на самитот`: the arrival's day);
        without `near_gathering`, the day of that sentence, its asides left out, for a gathering referred back to but
        not named there."""
        published = self._told_on(sentence)
        for k in range(sentence - 1, max(-1, sentence - 1 - SESSION_ACCOUNT_REACH), -1):
            if k not in dated:
                continue
            times = dating_times(self.doc, k, self.lang)
            if not near_gathering:  # (the sentence's own day: `… вчера ја сослушаа Унгарија …, која е отворена во 2018`)
                span = next((x.start, x.end) for x in self.doc.sentences if x.index == k)
                times = [t for t in times if matcher(self.lang).aside(self.doc.text, span, t.start, t.end) is None]
            values = {t.value for t in times}
            if len(values) != 1 or (near_gathering and not any(self._dates_gathering(k, t.start, t.end) for t in times)):
                return None
            value = values.pop()
            if value is None or len(value) != len("YYYY-MM-DD") or published is None or value >= published.isoformat():
                return None
            return value
        return None

    def _sequel_date(self, ev: Event, earlier: list[Coded]) -> str | None:
        """The day of the last act told with a date of its own, for an act with an adverb of sequel just before its
        trigger (`Трамп во средата објави царини. Комисијата веднаш ја осуди одлуката`), when that day is past."""
        first = self.text.token_at(ev.trigger.start)
        span = self.text.sentence_tokens(ev.sentence)
        # (or a phrase of the same time opening the sentence: `Во исто време пред зградата студентите протестираа`)
        opening = [t.low for t in self.text.tokens[span.start:first]]
        near = {t.low for t in self.text.tokens[max(span.start, first - SEQUEL_ADVERB_REACH):first]}
        then = bool(near & self.lex.then_adverbs)
        if not (then or near & self.lex.sequel_adverbs or any(tuple(opening[:len(seq)]) == seq for seq in self.lex.sequel_openings)):
            return None
        # (an act told with a month or year only is background: `кој уште минатата година предупреди …`; `тогаш`
        # refers back to it all the same)
        before = next((p for p in reversed(earlier) if p.event.sentence < ev.sentence and not p.weak_date
                       and p.event.date and (then or len(p.event.date) == len("YYYY-MM-DD")) and not p.earlier), None)
        published = self._told_on(ev.sentence)
        day = before.event.date if before is not None else None
        start = period_start(day) if day else None
        return day if start is not None and published is not None and start <= published else None

    @staticmethod
    def _scene_place(ev: Event, scene: Event | None) -> None:
        """An act of an episode, dated by it, with no place of its own happened where the episode did (`… протестираа
        во Белград … Полицијата приведе петмина`: the arrests are in Belgrade; a statement after a meeting, or an act
        told on from the same actor's, dated by it, where that was; guidelines: the place from anywhere in the
        document that states it)."""
        if scene is not None and ev.location is None and scene.location:
            ev.location = scene.location
            ev.rule += "+location:episode"

    def _episode(self, ev: Event, coded: list[Coded]) -> Event | None:
        """The dated episode (a meeting, protest, attack or police action) whose day the act takes, told up to SESSION_ACCOUNT_REACH
        sentences back, with no other past day told from it to the act, for an act of it: one by a party to it
        (`Рама и Мицотакис вчера се сретнаа … Мицотакис побара …`), or a deed of force or protest at a protest or
        force before it (`… во вторникот протестираа … Дел од демонстрантите фрлија молотовки`); and the day of any act
        dated in its own sentence for its actor's next act (`Шмит вчера ја поништи … Шмит … ги предупреди`). Another's word on
        it, its target's too, is a later reaction (`Москва го осуди нападот`) and keeps the publication date."""
        published = self._told_on(ev.sentence)
        # (a meeting told after one is it told again, or another: retold.py; one announced is set for its own day)
        if published is None or is_meeting(ev):
            return None
        for p in sorted(coded, key=lambda p: p.event.sentence, reverse=True):
            back, day = ev.sentence - p.event.sentence, p.event.date
            # (a meeting told in an aside before the act in its sentence is an episode too: `Министрите, кои во
            # понеделникот се состанаа во Бамако, договорија …`: agreed at it)
            aside_meeting = back == 0 and p.event.type == "CONSULT" and p.event.trigger.start < ev.trigger.start
            # (so is a protest or raid told before a deed at its scene in the same sentence: `студентите синоќа ги
            # блокираа крстосниците, а полицијата употреби солзавец`)
            same_scene = (back == 0 and p.event.trigger.start < ev.trigger.start
                          and ev.type in SCENE_ACTS.get(p.event.type, ()) and p.event.type != "ASSAULT"
                          and p.event.mode not in DECREED_MODES)
            if not (1 <= back <= SESSION_ACCOUNT_REACH or aside_meeting or same_scene):
                continue
            # (a deadline or plan told between, `до 20 декември`, is no new day of the account; a day up to today is)
            if self._other_day_between(p.event.sentence, ev.sentence, day, published):
                return None
            if (p.weak_date or p.earlier or p.event.status != "asserted"
                    or not day or len(day) != len("YYYY-MM-DD") or day >= published.isoformat()):
                continue
            # (the same actor's next act continues the account of one dated in its own sentence, whatever the act:
            # `Шмит вчера ја поништи одлуката … Шмит во соопштението ги предупреди …`; or of one this rule dated to the
            # episode: `X вчера се сретна со Y … Y изјави … Неа ја загрижува, рече таа, …`; one of an act's joint doers is
            # its actor too: `X и Y вчера потпишаа договор … Y изјави …`)
            if (ev.actor and set(ev.actor) <= set(p.event.actor)
                    and ("+date:episode" in p.event.rule
                         or any(t.value == day for t in dating_times(self.doc, p.event.sentence, self.lang)))):
                return p.event
            if p.event.type not in EPISODE_TYPES:
                continue
            # (the parties of every episode its sentence tells that day, `X, кој вчера допатува во Турција, се сретна со Y`:
            # both sides of a meeting, the doers of the rest; the target's word on an attack or arrest is a reaction)
            parties = {a for q in coded if q.event.sentence == p.event.sentence and q.event.type in EPISODE_TYPES
                       and q.event.date in (day, published.isoformat())
                       for a in q.event.actor + (q.event.recipient if q.event.type == "CONSULT" else [])}
            # (a state's official is a party to its meeting: `Русија и Украина вчера разговараа … Медински изјави …`)
            # (so is one its sentence tells led or organised the protest: `X, кој ги предводеше протестантите, ја обвини …`)
            party = bool(ev.actor) and (set(ev.actor) <= parties
                                        or (p.event.type == "CONSULT" and self._state_asked(ev.actor, list(parties)))
                                        or (p.event.type == "PROTEST" and self._protest_leader_told(ev)))
            # (a court's order is a later act of its own, not a deed at the scene)
            at_scene = (ev.type in SCENE_ACTS.get(p.event.type, ()) and p.event.mode not in DECREED_MODES
                        and not any(a in self.entities and self.entities[a].sector == "JUD" for a in ev.actor))
            if party or at_scene:
                return p.event
        return None

    def _other_day_between(self, first: int, last: int, day: str | None, published: date) -> bool:
        """A day up to the publication other than `day` is told after sentence `first`, up to `last`: a new day of the
        account (a deadline or plan, `до 20 декември`, is none)."""
        return any(t.value and len(t.value) == len("YYYY-MM-DD") and t.value <= published.isoformat() and t.value != day
                   for k in range(first + 1, last + 1) for t in dating_times(self.doc, k, self.lang))

    def _lead_day(self, ev: Event, coded: list[Coded]) -> str | None:
        """The story's day, told in its lead (`X минатиот вторник (12-ти септември) купи …`), for a later act of its
        parties with no day told between (`… X, исто така, се согласи …`), however far into the account: the lead's
        only past day (the first of its two sentences that tells one), of an act no event was coded from (a purchase, a
        sale); its parties everyone it names. Another's reaction keeps the publication date."""
        published = self._told_on(ev.sentence)
        if published is None or not ev.actor or is_meeting(ev):
            return None
        body = max(headline_sentences(self.doc), default=-1) + 1
        for k in range(body, min(body + HEADLINE_LEAD_REACH, ev.sentence)):
            day = self._only_past_day(k, telling=True)
            if day is None:
                continue
            if self._other_day_between(k, ev.sentence, day, published):
                return None
            # (an act coded there is an episode the episode rule already reaches three sentences on: past them, its
            # parties' words are told as the report's day)
            if any(p.event.sentence == k for p in coded):
                return None
            parties = {i for i, e in self.entities.items() if any(m.sentence == k for m in e.mentions)}
            return day if set(ev.actor) <= parties else None
        return None

    def _uncoded_scene_date(self, ev: Event, dated: set[int]) -> str | None:
        """The day of an attack, protest or police action told by a word no event was coded from, for want of a doer
        (`Двајца се повредени во пукањето синоќа`), in the nearest sentence with a time expression up to
        SESSION_ACCOUNT_REACH back, for a deed at its scene told after it (`Според полицијата, напаѓачите испукале
        куршуми`): the sentence's only day, when past."""
        for k in range(ev.sentence - 1, max(-1, ev.sentence - 1 - SESSION_ACCOUNT_REACH), -1):
            if k in dated:
                scene = any(t.noun and ev.type in SCENE_ACTS.get(t.type, ()) and t.mode not in DECREED_MODES
                            for t in self.sentence_triggers.get(k, ()))
                return self._only_past_day(k) if scene else None
        return None

    def _protest_leader_told(self, ev: Event) -> bool:
        """The event's sentence, before its trigger, tells one who led or organised a protest (`кој ги предводеше
        протестантите`, `кој го организираше протестот`) or names its organisers (`Организаторите од иницијативата`)."""
        span = self.text.sentence_tokens(ev.sentence)
        tokens = self.text.tokens[span.start:self.text.token_at(ev.trigger.start)]
        return any(t.low.startswith(self.lex.protest_organiser_stems)
                   or (t.low.startswith(self.lex.protest_leading_stems)
                       and any(o.low.startswith(self.lex.protest_led_stems) for o in tokens[n + 1:n + 1 + LED_PROTEST_REACH]))
                   for n, t in enumerate(tokens))

    def _open_same_day_date(self, ev: Event, earlier: list[Coded]) -> str | None:
        """For an act in a sentence with a day counted from the one told last (`Истиот ден`, `Следниот ден`) that the
        time stage left open, no time expression telling a day close enough before: that many days from the day of
        the last act dated up to SAME_DAY_SENTENCES back, a day carried from an account too (`X вчера се сретна со Y.
        … Y на средбата го пофалил … Истиот ден X го посети штабот`)."""
        counted = date_words(self.lang).anaphoric
        offset = next((counted[key][1] for t in self.doc.times if t.sentence == ev.sentence and t.value is None
                       and (key := " ".join(t.text.lower().split())) in counted and counted[key][0] == "day"), None)
        published = self._told_on(ev.sentence)
        if offset is None or published is None:
            return None
        last = next((p for p in reversed(earlier) if 1 <= ev.sentence - p.event.sentence <= SAME_DAY_SENTENCES
                     and not p.weak_date and not p.earlier and p.event.date and len(p.event.date) == len("YYYY-MM-DD")), None)
        if last is None:
            return None
        day = date.fromisoformat(last.event.date) + timedelta(days=offset)
        return day.isoformat() if day <= published else None

    def _day_part_date(self, sentence: int, dated: set[int], earlier: list[Coded]) -> str | None:
        """The day told last, up to DAY_PART_REACH sentences back, for a sentence with a part of that
        day and no date of its own (`Виткоф во средата се сретна со … Трамп вечерта разговараше …`); a day
        told by the acts of a sentence whose own time expression is open (`Истиот ден` past the time stage's reach)
        too."""
        span = self.text.sentence_tokens(sentence)
        if sentence in dated or not any(t.low in date_words(self.lang).account_day_parts for t in self.text.tokens[span.start:span.stop]):
            return None
        published = self._told_on(sentence)
        for k in range(sentence - 1, max(-1, sentence - 1 - DAY_PART_REACH), -1):
            times = dating_times(self.doc, k, self.lang)
            days = {t.value for t in times if t.value and len(t.value) == len("YYYY-MM-DD")}
            if not days and any(t.value is None for t in times):
                days = {p.event.date for p in earlier if p.event.sentence == k and not p.weak_date
                        and p.event.date and len(p.event.date) == len("YYYY-MM-DD")}
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
        """A gathering's noun stands within GATHERING_DATE_REACH words of the characters [start, end); not one
        after the topic preposition, a meeting only spoken of (`Кремљ вчера ја отфрли идејата за средба`)."""
        first, last = self.text.token_at(start), self.text.token_at(end)
        tokens = self.text.tokens
        return any(tokens[k].low.startswith(self.lex.gathering_stems) and not (k and tokens[k - 1].low == self.lex.topic_preposition)
                   for k in range(max(0, first - GATHERING_DATE_REACH), min(len(tokens), last + GATHERING_DATE_REACH)))

    def _gathering_named(self, sentence: int, told_before: bool = False) -> bool:
        """The sentence names a gathering (`самитот`, `средба`); `told_before`: as one known, the scene of its
        act (`На маргините на самитот, …`, `по средбата`)."""
        span = self.text.sentence_tokens(sentence)
        tokens = self.text.tokens[span.start:span.stop]
        if not told_before:
            return any(t.low.startswith(self.lex.gathering_stems) for t in tokens)
        return self._gathering_referred(sentence) is not None

    def _gathering_referred(self, sentence: int) -> str | None:
        """The stem of the gathering the sentence refers back to as the scene of its act (`На маргините на самитот,
        …`, `по средбата`, `на истата седница`)."""
        span = self.text.sentence_tokens(sentence)
        tokens = self.text.tokens[span.start:span.stop]
        for before, word, after in zip(tokens, tokens[1:], [*tokens[2:], None]):
            if before.low not in self.lex.gathering_back_prepositions:
                continue
            # (`на истата седница`: the one told before, in any form; so after an adjective with the article, `на
            # заедничката прес-конференција`)
            definite = word.low.endswith(self.lex.gathering_definite_endings)
            nouns = [after] if word.low in self.lex.same_pronouns else [word, after] if definite else []
            stem = next((s for noun in nouns if noun is not None for s in self.lex.gathering_stems if noun.low.startswith(s)), None)
            if stem is not None:
                return stem
        return None

    def _gathering_day(self, sentence: int, dated: set[int]) -> str | None:
        """The day of the gathering a sentence refers back to (`На маргините на самитот, …`), told further back than
        the account's reach: the last sentence before it that names a gathering of that noun with a day near it (`Лидерите
        вчера … ја усвоија декларацијата на самитот`), when that day is past."""
        stem = self._gathering_referred(sentence)
        published = self._told_on(sentence)
        if stem is None or published is None:
            return None
        for k in range(sentence - 1, -1, -1):
            span = self.text.sentence_tokens(k)
            if k not in dated or not any(t.low.startswith(stem) for t in self.text.tokens[span.start:span.stop]):
                continue
            days = {t.value for t in dating_times(self.doc, k, self.lang)
                    if t.value and len(t.value) == len("YYYY-MM-DD") and self._dates_gathering(k, t.start, t.end)}
            if len(days) == 1:
                day = days.pop()
                return day if day < published.isoformat() else None
        return None

    def _object_tokens(self, ev: Event) -> list:
        """The event's object: the words inside a trigger of several words past its first when an act is named
        there (`ја нарече одлуката „непријателски чин“`), else the three words after the trigger."""
        first, at = self.text.token_at(ev.trigger.start), self.text.token_at(ev.trigger.end)
        inside = self.text.tokens[first + 1:at]
        if any(t.low in self.lex.act_objects for t in inside):
            return inside
        return self.text.tokens[at:at + OBJECT_REACH]

    def _object_words(self, ev: Event) -> list[str]:
        """The words of the event's object, and a bare act noun after an adjective also in the definite form the
        adjective's article stands for (`ги осуди „шокантните убиства“`: `убиствата`)."""
        tokens = self._object_tokens(ev)
        words = [t.low for t in tokens]
        return words + [noun.low + article for adjective, noun in zip(tokens, tokens[1:])
                        if not adjective.cap and adjective.low not in self.lex.act_objects
                        and adjective.low.endswith(self.lex.object_adjective_endings)
                        for article in self.lex.reporting.definite_endings if noun.low + article in self.lex.act_objects]

    def _object_among(self, ev: Event, words: frozenset[str]) -> bool:
        """One of `words` stands in the event's object."""
        return any(w in words for w in self._object_words(ev))

    def _object_types(self, ev: Event) -> set[str]:
        """The event types the words of the event's object are triggers of (`нападот`: ASSAULT)."""
        words = set(self._object_words(ev))
        # (also the nouns of word sequences: `вежбите` of `започна воени вежби`; not a preposition, which
        # names no act: `на` of `употребата на сила`)
        nouns = words - self.lex.governors
        return {kind for w in words for kind in self._word_types(w)} | {
            t.type for trigs in self.lex.sequences.values() for t in trigs if any(nouns & part for part in t.sequence)}

    def _word_types(self, word: str) -> set[str]:
        """The event types a word is a trigger of or names as an act, also a noun trigger told with its article
        (`приведувањето`, `апсењата`: `приведување`, `апсења`), as the judged act's noun mostly is; not a verb the
        bare form would be (`оцените`: `оцени`)."""
        return ({t.type for t in self.lex.single.get(word, ())}
                | {t.type for w in self._bare_forms(word) for t in self.lex.single.get(w, ()) if t.noun}
                | set(self.lex.act_object_types.get(word, ())))

    def _bare_forms(self, word: str) -> list[str]:
        """The word less each definite article it may end in (`ударите`: `удари`)."""
        return [word[:-len(a)] for a in self.lex.reporting.definite_endings if word.endswith(a) and len(word) > len(a) + 2]

    def _told_by_noun(self, act: Event, ev: Event) -> bool:
        """The act was told by the noun the judgement names with its article (`извршија воздушни удари` … `ги нарече
        ударите „нелегитимни“`): the same act, before another of its kind told since (by the judge's side only after it)."""
        told = set(act.trigger.text.lower().split())
        return any(told & {w, *self._bare_forms(w)} for w in self._object_words(ev) if self._word_types(w))

    def _head_object_types(self, ev: Event) -> set[str]:
        """The event types the first act-naming word of the event's object names (`нападите врз полицајците`:
        ASSAULT, not what `полицајците` would name)."""
        return next((kinds for w in self._object_words(ev) if (kinds := self._word_types(w))), set())

    def _judged_acts(self, coded: list[Coded]) -> None:
        """A criticism, praise, acceptance or rejection of an act (`Пахор го критикуваше потегот`,
        `Вучиќ ја прифати поканата`) with no recipient judges whoever acted in the sentence or two
        before: the actors of the last such event, else the subject that sentence named. A demand
        that an act be undone (`побара нивно ослободување`) is made of the last author of such an act."""
        for n, c in enumerate(coded):
            ev = c.event
            # (a refusal to yield answers the pressure told before, not the nearest name after it: `нема да го
            # менува Уставот под диктат, и тоа го знаат во Брисел`)
            yielding = ev.type == "REJECT" and ev.mode == "yield"
            keeping = ev.type == "AGREE" and self._keeps_agreement(ev)
            if ev.recipient and not ((yielding or keeping) and "+recipient:nearest" in ev.rule):
                continue
            if OWN_ACCORD in ev.rule:
                continue  # (an agreement its party praised: no recipient, `ReportedStatements._approved_party`)
            if len(set(ev.actor)) > 1 and self._mutual(ev):
                continue  # (`Двете земји ја потпишаа декларацијата`: signed by its sides together, of no one's act)
            if ev.type == "REJECT" and (self._denial(ev) or ev.rule.startswith(DENIAL_RULE)):
                # a denial, also one told as a reply (`од министерството возвратија дека постапката е …`), answers the
                # accusation told before (`_answer_accusations`), not the act it names
                continue
            undone = self._undone_types(ev) if ev.type == "REQUEST" else frozenset()
            # (not an act named again by its noun with no actor of its own: `Во нападот загинаа …, изјави Кличко`)
            earlier_acts = [p.event for p in reversed(coded[:n]) if p.event.sentence <= ev.sentence
                            and not set(p.event.actor) & set(ev.actor)
                            and not (p.named_by_noun and "actor:inherited" in p.event.rule)]
            if yielding:
                # `нема да го менува Уставот под уцена`: a refusal to yield answers the pressure (a demand, blame or
                # threat) of another state told before
                own = self._countries(ev.actor)
                demand = next((p for p in earlier_acts if p.type in PRESSING_TYPES and ev.sentence - p.sentence <= JUDGED_ACT_REACH
                               and p.actor and not own & self._countries(p.actor)), None)
                if demand is not None:
                    ev.recipient = list(demand.actor)
                    ev.rule = ev.rule.replace("+recipient:nearest", "") + "+recipient:demand_before"
                    continue
                if ev.recipient:
                    continue
            if keeping:
                # `Белград ќе го почитува договорот`: made to the other sides of the agreement told before (those of
                # another state than the actor's when there are any), not to the nearest name (`…, изјави министерот`)
                told = [p.event for p in reversed(coded[:n]) if p.event.sentence <= ev.sentence]
                others = [p for p in self._agreement_parties(ev, told, own_side=True) if p not in ev.actor]
                own = self._countries(ev.actor)
                others = [p for p in others if not own & self._countries([p])] or others
                if others:
                    ev.recipient = others
                    ev.rule = ev.rule.replace("+recipient:nearest", "") + "+recipient:agreement_parties"
                continue
            if self._object_among(ev, self.lex.sides_objects):
                # (`Гутереш ги повика страните да ги почитуваат обврските`: the sides of the last agreement told, else
                # of the last meeting)
                sides = self._agreement_parties(ev, earlier_acts) or self._meeting_sides(earlier_acts)
                if sides:
                    ev.recipient = sides
                    ev.rule += "+recipient:sides"
                    continue
            # (not a reaction told by its manner, `реагираше остро на договорот`: the act told after it says at whom)
            parties = (self._agreement_parties(ev, earlier_acts) if ev.type in JUDGEMENT_TYPES
                       and self._object_among(ev, self.lex.agreement_objects)
                       and ev.rule.split("+", 1)[0] not in self.lex.reaction_lead_ins else [])
            if parties:
                ev.recipient = parties
                ev.rule += "+recipient:agreement_parties"
                continue
            # (`Кина го поздрави самитот`: the sides of the last meeting told, none of them the judge)
            sides = (self._meeting_sides(earlier_acts) if ev.type in JUDGEMENT_TYPES
                     and self._object_among(ev, self.lex.meeting_objects) else [])
            if sides:
                ev.recipient = sides
                ev.rule += "+recipient:meeting_sides"
                continue
            # (`Б ги поддржа мерките` after `А ги отфрли мерките`, aimed at their maker: the same thing, the same maker)
            judged_before = self._judged_alike(ev, earlier_acts) if ev.type in JUDGEMENT_TYPES else None
            if judged_before is not None:
                ev.recipient = list(judged_before.recipient)
                ev.rule += "+recipient:judged_alike"
                continue
            # (`Опозицијата го критикуваше буџетот`: whoever made the budget, as told before)
            maker = (self._thing_maker([t.low for t in self._object_tokens(ev)], ev.sentence, ev.actor)
                     if ev.type in JUDGEMENT_TYPES else [])
            if maker:
                ev.recipient = maker
                ev.rule += "+recipient:thing_maker"
                continue
            repeated = self._act_named_again(ev, earlier_acts) if ev.type in JUDGEMENT_TYPES else None
            if not undone and repeated is None and (ev.type not in JUDGEMENT_TYPES or not (
                    self._object_among(ev, self.lex.act_objects) or self._names_act_told(ev, earlier_acts)
                    or self._judged_thing(ev))):
                continue
            if undone:  # (not of a place of another state: `побараа ослободување на затворениците во Белорусија`)
                detained = None if self._names_other_state(ev.sentence, ev.actor) else next(
                    (p for p in earlier_acts if p.type in undone), None)
                if detained is not None:
                    ev.recipient = list(detained.actor)
                    ev.rule += "+recipient:undone_act"
                continue
            before = [p for p in earlier_acts if ev.sentence - p.sentence <= JUDGED_ACT_REACH]
            # an act of the kind the object names first, by its first act noun when it has one (`го осуди нападот`: the
            # attack, not a call told since; `нападите врз полицајците`: not an arrest), also one the article told
            # further back (`Кина започна вежби …` … `Тајпеј ги осуди вежбите`)
            kinds = self._object_types(ev)
            # (not an act of the judge's own state when another's is told: `Зеленски го осуди нападот` after
            # `противвоздушната одбрана собори 60 дронови`, Ukraine's own; a deed before a statement, even a deed of
            # the judge's own state: a verdict welcomed at home after foreign critics of it is the court's; and one
            # with a target before one with none: `Калас го нарече нападот „варварски“` after Zelensky's accusation;
            # the attack before the weapons brought down in answer to it, `соборија 20 ракети`)
            own = self._countries(ev.actor)
            head = self._head_object_types(ev)
            of_kind = sorted((p for p in earlier_acts if p.type in (head or kinds)), key=lambda p: (
                p.type in STATEMENT_TYPES, bool(own & self._countries(p.actor)), not self._told_by_noun(p, ev), not p.recipient,
                "recipient:attacker" in p.rule))
            # (`напади …, при што беа убиени тројца`: the attacker named, not the passive's unnamed one)
            earlier = repeated or next((p for p in of_kind if "actor:unnamed" not in p.rule), of_kind[0] if of_kind else
                                       before[0] if before else None)
            judged_again = None if repeated or of_kind else next((p for p in before if self._judges_maker(p, ev)), None)
            if judged_again is not None:
                # (`Арагчи го осуди потегот. … Русија го осуди чекорот`: the act a judgement just told judged, aimed at
                # the maker it found, not at the judge)
                ev.recipient = list(judged_again.recipient)
            elif earlier is not None:
                ev.recipient = list(earlier.actor)
            else:
                # (also the sentence's own subject named before the judge: `Бериша понудил …, но Рама го отфрлил предлогот`)
                subject = next((self.subjects[k] for k in range(ev.sentence, ev.sentence - 1 - JUDGED_ACT_REACH, -1)
                                if k in self.subjects and not set(self.subjects[k]) & set(ev.actor)
                                and (k < ev.sentence or self._named_before(self.subjects[k], ev))), None)
                if subject is None:
                    continue
                ev.recipient = list(subject)
            ev.rule += "+recipient:judged_act"

    def _joined_reactions(self, coded: list[Coded]) -> None:
        """A judgement with no recipient whose actor is told as joining (`а поддршка стигна и од Саудиска Арабија`)
        is aimed where the last judgement of its type by another, in the sentence or the one before, is."""
        tokens = self.text.tokens
        for n, c in enumerate(coded):
            ev = c.event
            if ev.recipient or ev.type not in JUDGEMENT_TYPES:
                continue
            starts = [self.text.token_at(m.start) for a in ev.actor if a in self.entities
                      for m in self.entities[a].mentions if m.sentence == ev.sentence]
            if not any(tuple(t.low for t in tokens[max(0, at - len(opener)):at]) == opener
                       for at in starts for opener in self.lex.joined_reaction_openers):
                continue
            joined = next((p.event for p in reversed(coded[:n]) if p.event.type == ev.type and p.event.recipient
                           and 0 <= ev.sentence - p.event.sentence <= 1 and not set(p.event.actor) & set(ev.actor)), None)
            if joined is not None:
                ev.recipient = [r for r in joined.recipient if r not in ev.actor]
                ev.rule += "+recipient:joined_reaction"

    def _named_before(self, ids: list[str], ev: Event) -> bool:
        """One of `ids` is named in the event's sentence before its trigger."""
        return any(m.sentence == ev.sentence and m.start < ev.trigger.start
                   for i in ids if i in self.entities for m in self.entities[i].mentions)

    def _warring_sides(self, coded: list[Coded]) -> None:
        """An act with no recipient aimed at the sides at war (`ги повика завојуваните страни`, `сите страни`,
        `страните во конфликтот`): the sides of the last fight told before, its attacker and target or the fighters
        together (`борбите меѓу армијата и РСФ`), not an attack by someone unnamed; with no fight told, the sides of the
        last hostile act of one on another, neither of the caller's state."""
        for n, c in enumerate(coded):
            ev = c.event
            words = tuple(t.low for t in self._object_tokens(ev))
            warring = any(a in self.lex.warring_adjectives and b in self.lex.side_heads for a, b in zip(words, words[1:]))
            if ev.recipient or not (warring or any(words[:len(opener)] == opener for opener in self.lex.fight_sides_openers)):
                continue
            fight = next((p.event for p in reversed(coded[:n]) if p.event.type in FIGHTING_TYPES and p.event.sentence <= ev.sentence
                          and "actor:unnamed" not in p.event.rule and len(set(p.event.actor + p.event.recipient)) >= 2), None)
            if fight is None:
                # (no fight with both sides told: the last hostile act of one side on the other, `Армијата ги обвини
                # паравоените за геноцид`, by no one of the caller's state)
                own = self._countries(ev.actor)
                fight = next((p.event for p in reversed(coded[:n]) if p.event.type in HOSTILE_TYPES
                              and p.event.sentence <= ev.sentence and "actor:unnamed" not in p.event.rule
                              and len(p.event.actor) == 1 and len(p.event.recipient) == 1 and p.event.actor != p.event.recipient
                              and not own & self._countries(p.event.actor + p.event.recipient)), None)
            if fight is not None:
                ev.recipient = [i for i in dict.fromkeys(fight.actor + fight.recipient) if i not in ev.actor]
                ev.rule += "+recipient:warring_sides"

    def _attacks_on_the_other_side(self, coded: list[Coded]) -> None:
        """An attack with no target told (`Силите на Хафтар изведоа воздушен напад`) by one side of a dispute the
        story tells (`Владата го осуди Хафтар`) is on its other side: that of the dispute act nearest to it."""
        for n, c in enumerate(coded):
            ev = c.event
            if ev.type not in FIGHTING_TYPES or ev.recipient or len(ev.actor) != 1 or "actor:unnamed" in ev.rule:
                continue
            # (a body of states judging the attacker, `Канцеларијата на ОН ја осуди армијата`, is no side of the fight)
            sides = [p.event for k, p in enumerate(coded) if k != n and self._dispute(p.event)
                     and ev.actor[0] in p.event.actor + p.event.recipient
                     and not any(self.entities[i].sector == "IGO" for i in p.event.actor + p.event.recipient if i in self.entities)]
            nearest = min(sides, key=lambda p: abs(p.sentence - ev.sentence), default=None)
            if nearest is not None:
                ev.recipient = [i for i in nearest.actor + nearest.recipient if i not in ev.actor]
                ev.rule += "+recipient:other_side_of_dispute"

    def _scheduled_agreement_partners(self, coded: list[Coded]) -> None:
        """A signing or ratification set ahead of the agreement told before (`Саборот треба да го ратификува
        договорот до крајот на месецот`), with no partner named, is aimed at that agreement's parties of other
        countries; not a further one (`ја потпише сличната спогодба`: its object is no agreement right after the verb)."""
        for n, c in enumerate(coded):
            ev = c.event
            if ev.type != "AGREE" or ev.recipient or "future:scheduled" not in ev.rule:
                continue
            verb = self.text.token_at(ev.trigger.start)
            if verb + 1 >= len(self.text.tokens) or self.text.tokens[verb + 1].low not in self.lex.agreement_objects:
                continue
            earlier_acts = [p.event for p in reversed(coded[:n]) if p.event.sentence < ev.sentence]
            own = self._countries(ev.actor)
            ev.recipient = [p for p in self._agreement_parties(ev, earlier_acts, own_side=True)
                            if not own & self._countries([p])]
            ev.rule += "+recipient:agreement_parties" if ev.recipient else ""

    def _agreement_parties(self, ev: Event, earlier_acts: list[Event], own_side: bool = False) -> list[str]:
        """The sides of the last agreement told before: an act that makes one, by two actors or more
        (`Белград и Приштина се договорија`) or naming the agreement with a partner (`потпиша договор со Киев`;
        not an offer or promise to someone, nor another's judgement of it). Whom a welcome of `договорот` is aimed at;
        with `own_side`, also when the event's actor is itself a party (a ratification of it)."""
        def names_agreement(p: Event) -> bool:
            return bool(set(p.trigger.text.lower().split()) & self.lex.agreement_objects) and bool(p.recipient)
        agreement = next((p for p in earlier_acts if p.type in AGREEMENT_TYPES
                          and (len(set(p.actor)) >= 2 or names_agreement(p))
                          and not self._object_among(p, self.lex.agreement_objects)), None)
        if agreement is None or (not own_side and self._countries(ev.actor) & self._countries(agreement.actor + agreement.recipient)):
            return []  # (one's own side's agreement praised: a word on its own act, `Трамп го пофали договорот`)
        return list(dict.fromkeys(agreement.actor + agreement.recipient))

    @staticmethod
    def _meeting_sides(earlier_acts: list[Event]) -> list[str]:
        """All sides of the last meeting told before (`Кина го поздрави самитот`), or none."""
        meeting = next((p for p in earlier_acts if p.type == "CONSULT"), None)
        return [] if meeting is None else list(dict.fromkeys(meeting.actor + meeting.recipient))

    def _keeps_agreement(self, ev: Event) -> bool:
        """The trigger promises to keep an agreement (`ќе го почитува договорот`): a verb of keeping and the agreement."""
        words = set(ev.trigger.text.lower().split())
        return bool(words & self.lex.keeping_verbs) and bool(words & self.lex.agreement_objects)

    def _judged_noun(self, ev: Event) -> str | None:
        """The noun of the act or thing made the judgement's object names (`мерките` of `ги поддржа мерките`)."""
        return next((t.low for t in self._object_tokens(ev) if t.low in self.lex.act_objects or t.low in self.lex.authored_things), None)

    def _judged_alike(self, ev: Event, earlier_acts: list[Event]) -> Event | None:
        """The last judgement told before of the same act or thing, by its very noun, aimed at someone other than the
        judge's state (`Додик ги отфрли мерките` … `Силајџиќ ги поддржа мерките`) as their maker: the maker of both."""
        noun = self._judged_noun(ev)
        own = self._countries(ev.actor)
        # (or a noun of its kind: `мерките` … `измените`)
        alike = {noun} | self.lex.authored_thing_kinds.get(self.lex.authored_things.get(noun), frozenset())
        return None if noun is None else next(
            (p for p in earlier_acts if p.type in JUDGEMENT_TYPES and any(f"+recipient:{rule}" in p.rule for rule in MAKER_RULES)
             and not own & self._countries(p.recipient)
             and (self._judged_noun(p) in alike or self.lex.authored_things.get(self._judged_noun(p)) in alike)), None)

    def _judges_maker(self, before: Event, ev: Event) -> bool:
        """`before` is a judgement whose object names an act or thing, aimed at someone of another state than `ev`'s
        judge: the act `ev` judges again, made by that recipient."""
        return (before.type in JUDGEMENT_TYPES and bool(before.recipient)
                and self._judged_noun(before) is not None and not self._countries(ev.actor) & self._countries(before.recipient))

    def _judged_thing(self, ev: Event) -> bool:
        """The one word of a criticism or welcome is followed by a common noun in its definite form that ends the
        object, no role nor name (`го поздрави исходот.`, `ги осуди инцидентите и …`): a thing someone made or did, as
        much as a listed act noun. Not an adjective, which takes the article before its bare noun (`ги пофали трите
        земји`), nor a noun a complement tells whose (`ја критикуваше набавката на …`), words of blame, an agreement or a meeting;
        nor a refusal, which answers the demand or charge told before (`_answer_demands`)."""
        at = self.text.token_at(ev.trigger.end)
        if ev.type == "REJECT" or " " in ev.trigger.text or at + 1 >= len(self.text.tokens):
            return False
        word, after = self.text.tokens[at], self.text.tokens[at + 1]
        return (word.low.isalpha() and not word.cap and word.low.endswith(self.lex.reporting.definite_endings)
                and not self.lex.is_role(word.low)
                and word.low not in self.lex.rebutted_words | self.lex.agreement_objects | self.lex.meeting_objects
                and (not after.low.isalpha() or after.low in self.lex.reporting.coordinators))

    def _act_named_again(self, ev: Event, earlier_acts: list[Event]) -> Event | None:
        """The act told before by the very noun that is the judgement's object, right after it (`Израел ја воведе
        блокадата …` … `Гутереш ја осуди блокадата`): the same act, however far back the story told it."""
        at = self.text.token_at(ev.trigger.end)
        head = self.text.tokens[at].low if at < len(self.text.tokens) else None
        return next((p for p in earlier_acts if p.trigger.text.lower() == head and p.actor
                     and "actor:unnamed" not in p.rule), None)

    def _names_act_told(self, ev: Event, earlier_acts: list[Event]) -> bool:
        """A rejection or criticism whose object, right after it, is the noun of an act of a kind told in the
        sentence or two before (`Алиу вети … Здружението го отфрли ветувањето`) judges that act; not words of
        blame, whose answer is the accusation's (`_answer_accusations`)."""
        head = self.text.tokens[self.text.token_at(ev.trigger.end)].low
        if ev.type not in ("REJECT", "ACCUSE") or head in self.lex.rebutted_words:
            return False
        kinds = {t.type for t in self.lex.single.get(head, ()) if t.noun} | set(self.lex.act_object_types.get(head, ()))
        return any(p.type in kinds and ev.sentence - p.sentence <= JUDGED_ACT_REACH for p in earlier_acts)

    def _aimed_like_the_act_before(self, coded: list[Coded]) -> None:
        """A threat with no recipient told after its actors judged or asked someone in the same sentence (`Трамп ја
        критикуваше Шпанија … и се закани дека ќе воведе царини`), a demand after they met someone there
        (`се сретна со американскиот амбасадор и побара изземање`), a refusal after they judged someone (`ги осуди
        блокадите на синдикатот и изјави дека нема да го повлече законот`), a capture or seizure after they attacked
        someone (`соборија воен хеликоптер и заробија еден пилот`), or a promise after they praised, called on,
        met or judged someone (`ја пофали Финска … и вети дека Берлин ќе …`) is aimed at that one; a
        threat with no one named also at the one its own side condemned in the sentence (`ги осуди
        санкциите и рече дека Техеран ќе одговори`). A criticism or concern with no one named is aimed at whom
        its actors call on right after (`изрази загриженост и ја повика Кина на воздржаност`)."""
        for n, c in enumerate(coded):
            ev = c.event
            if ev.type not in ACTS_AIMED_LIKE_THE_ONE_BEFORE.keys() | ACTS_AIMED_LIKE_THE_ONE_AFTER.keys() \
                    or ev.recipient or not ev.actor:
                continue
            told = [(k, p.event) for k, p in enumerate(coded) if k != n and p.event.sentence == ev.sentence
                    and p.event.type in ACTS_AIMED_LIKE_THE_ONE_BEFORE.get(ev.type, ()) and p.event.recipient]
            before = next((p for k, p in reversed(told) if k < n and p.actor == ev.actor and self._goes_on_from(p, ev, coded)), None)
            after = next((p.event for p in coded[n + 1:] if p.event.sentence == ev.sentence
                          and p.event.type in ACTS_AIMED_LIKE_THE_ONE_AFTER.get(ev.type, ())
                          and p.event.recipient and p.event.actor == ev.actor), None)
            # (only with nothing judged named: `го осуди насилството и побара од полицијата …` judges its authors)
            if before is None and after is not None and self._judges_nothing_named(ev):
                ev.recipient = [r for r in after.recipient if r not in ev.actor]
                ev.rule += "+recipient:act_after"
            if before is None and ev.type == "THREATEN":
                own = self._countries(ev.actor)
                before = next((p for _, p in told if p.type == "ACCUSE" and own & self._countries(p.actor)), None)
            if before is not None:
                ev.recipient = [r for r in before.recipient if r not in ev.actor]
                ev.rule += "+recipient:act_before"

    def _protests_aimed_like_their_demands(self, coded: list[Coded]) -> None:
        """A protest aimed at no one, or only at the authorities it implies, whose protesters ask someone named later in
        the sentence (`го блокираа преминот, барајќи од грчките власти …`, `протест на стотици луѓе, кои бараа од
        Советот за безбедност …`) is aimed at the one they ask; one only at the authorities it implies, after a protest
        aimed at someone named, at that one."""
        for n, c in enumerate(coded):
            ev = c.event
            if ev.type != "PROTEST" or (ev.recipient and "+recipient:implied" not in ev.rule):
                continue
            own = self._countries(ev.actor)
            demand = next((p.event for p in coded[n + 1:] if p.event.sentence == ev.sentence and p.event.type == "REQUEST"
                           and p.event.recipient and "recipient:nearest" not in p.event.rule
                           and "recipient:implied" not in p.event.rule and self._countries(p.event.actor) <= own), None)
            if demand is not None and set(demand.recipient) - set(ev.actor):
                ev.recipient = [r for r in demand.recipient if r not in ev.actor]
                ev.rule = ev.rule.replace("+recipient:implied", "") + "+recipient:demand_after"
                continue
            # (`протестираа против мисијата на ЕУ … демонстрантите го блокираа мостот`: an act of the same protest,
            # by people of the same state in that sentence or the next, is aimed where the protest was)
            protest = next((p.event for p in reversed(coded[:n]) if p.event.type == "PROTEST" and 0 <= ev.sentence - p.event.sentence <= 1
                            and p.event.recipient and "recipient:implied" not in p.event.rule
                            and own and self._countries(p.event.actor) == own), None) if ev.recipient else None
            if protest is not None and set(protest.recipient) - set(ev.actor):
                ev.recipient = [r for r in protest.recipient if r not in ev.actor]
                ev.rule = ev.rule.replace("+recipient:implied", "") + "+recipient:same_protest"

    def _goes_on_from(self, before: Event, ev: Event, coded: list[Coded]) -> bool:
        """The act goes on from its actors' act told before it in the sentence (`ја пофали Финска за реформите и вети
        дека Берлин ќе …`): it is told in no relative clause describing a name between them (`наиде на отпор од
        Финска, којашто ја потврди …`), not told in the plural after the act of one (`му честиташе на Карис и
        договорија …`: the two together), and its own words name no other side (`вети дека ќе продолжи со
        преговорите со ЕУ`)."""
        tokens, lex = self.text.tokens, self.lex
        first, start = self.text.token_at(before.trigger.end), self.text.token_at(ev.trigger.start)
        opener = next((tokens[i].low for i in range(start - 1, first - 1, -1) if tokens[i].low in lex.clause_openers
                       or tokens[i].low in lex.clause_coordinators), None)
        if opener in lex.relative_openers:
            return False
        if self._plural_verb(start, self.text.token_at(ev.trigger.end)) and not self._plural_verb(
                self.text.token_at(before.trigger.start), first):
            return False
        # its own words: up to the next act told or a clause mark (`…, соопшти портпаролот за Ројтерс` is no side)
        sentence_end = self.doc.sentences[ev.sentence].end
        mark = next((t.start for t in tokens[self.text.token_at(ev.trigger.end):self.text.token_at(sentence_end)]
                     if t.text in CLAUSE_MARKS), sentence_end)
        own_words_end = min([c.event.trigger.start for c in coded if c.event.sentence == ev.sentence
                             and c.event.trigger.start > ev.trigger.start] + [mark])
        sides = self._country_codes(ev.actor) | self._country_codes(before.recipient)
        return not any(ent.country and ent.country not in sides and ident not in ev.actor
                       for ident, ent in self.entities.items() for m in ent.mentions
                       if ev.trigger.end <= m.start < own_words_end)

    def _judges_nothing_named(self, ev: Event) -> bool:
        """The judgement's trigger names no act judged (`Нападот беше осуден`) and a coordinator follows it right away
        (`изрази загриженост и …`): no object."""
        at = self.text.token_at(ev.trigger.end)
        return (at < len(self.text.tokens) and self.text.tokens[at].low in self.lex.coordinators
                and not set(ev.trigger.text.lower().split()) & self.lex.act_objects)

    def _downed_weapons(self, coded: list[Coded]) -> None:
        """Unnamed weapons an army brings down (`противвоздушната одбрана собори 270 беспилотни летала`) are
        not its own state's, whose country the unnamed collective took, nor are weapons brought down with no
        owner named (`собори 98`): they are the attacker's, the actor of the last attack told on that state, or
        of one by another state with no target named (`Руските сили изведоа напад врз инфраструктурата во …`);
        with none told, the recipient is not known."""
        for c in coded:
            ev = c.event
            own = self._countries(ev.actor)
            downed = [self.entities.get(r) for r in ev.recipient]
            # (an armed group's own state's soldiers are its target: `ПКК уби војници`)
            organs = all(a in self.entities and self.entities[a].sector in STATE_SECTORS for a in ev.actor)
            own_weapons = bool(downed) and all(e is not None and (e.rule or "").startswith("events:collective")
                                               and e.sector == "MIL" and e.country in own for e in downed)
            unowned = not downed and ev.rule.split("+")[0] in self.lex.interceptions
            if ev.type != "ASSAULT" or not own or not organs or not (own_weapons or unowned):
                continue
            attack = next((p.event for p in reversed(coded) if p.event.type == "ASSAULT" and p.event.sentence < ev.sentence
                           and p.event.actor and not own & self._countries(p.event.actor)
                           and (own & self._countries(p.event.recipient)
                                or (not p.event.recipient and "actor:unnamed" not in p.event.rule))), None)
            if attack is None and unowned:
                continue
            ev.recipient = list(attack.actor) if attack is not None else []
            ev.rule += "+recipient:attacker"

    def _complaints_against_the_accused(self, coded: list[Coded]) -> None:
        """A complaint lodged with a body, naming no one it is against (`Х ги обвини Емиратите … и најави дека
        Картум ќе поднесе жалба до Советот за безбедност`), is against the one its side accused last, in its
        sentence or the one before."""
        for c in coded:
            ev = c.event
            own = self._countries(ev.actor)
            if not c.forum or ev.recipient or not own:
                continue
            accused = [p.event for p in coded if p is not c and p.event.type == "ACCUSE" and p.event.recipient
                       and 0 <= ev.sentence - p.event.sentence <= 1 and own & self._countries(p.event.actor)
                       and not own & self._countries(p.event.recipient)]
            if accused:
                ev.recipient = list(max(accused, key=lambda e: e.trigger.start).recipient)
                ev.rule += "+recipient:accused_before"

    def _refused_in_relative(self, coded: list[Coded]) -> None:
        """A refusal in a `што` clause right after a demand or offer (`Москва побара повлекување на силите
        од Донбас, што Киев го одбива`) refuses that demand, a denial there after an accusation or threat
        (`Владата ги обвини Емиратите дека …, што Абу Даби го негира`) answers it: its author is the recipient,
        not a name its clitic would find before."""
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
                          and p.event.type in ASKING_TYPES | ANSWERED_TYPES and p.event.trigger.end <= tokens[opener].start), None)
            if asked is not None and not set(asked.actor) & set(ev.actor):
                ev.recipient = list(asked.actor)
                answer = "accuser" if asked.type in ANSWERED_TYPES else "refused_ask"
                ev.rule = ev.rule.replace("+recipient:clitic", "") + f"+recipient:{answer}"

    def _appealed_rulings(self, coded: list[Coded]) -> None:
        """An appeal that names no court (`Бранителот најави жалба`) refuses the ruling the story told last before
        it, by a court named: that court is whom it refuses (not a guessed domestic party)."""
        for n, c in enumerate(coded):
            ev = c.event
            if ev.recipient or ev.rule.split("+", 1)[0] not in self.lex.ruling_appeals:
                continue
            ruling = next((p.event for p in reversed(coded[:n]) if p.event.type in RULING_TYPES
                           and "actor:unnamed" not in p.event.rule and not set(p.event.actor) & set(ev.actor)
                           and any(a in self.entities and self.entities[a].sector == "JUD" for a in p.event.actor)), None)
            if ruling is not None:
                ev.recipient = list(ruling.actor)
                ev.rule += "+recipient:appealed_ruling"
                continue
            # (no ruling coded, its maker told: `Судот донесе решение … Адвокатот најави жалба против решението`)
            maker = self._thing_maker(self._object_words(ev), ev.sentence, ev.actor)
            if maker:
                ev.recipient = maker
                ev.rule += "+recipient:thing_maker"

    def _charged_detainees(self, coded: list[Coded]) -> None:
        """A charge, detention or sentence by a court, prosecutor or police with only an object clitic for
        whom (`Обвинителството ги обвини за …`, `Судот им определи притвор`), or a charge or detention with no
        word for whom, is of those the story's last arrest, a sentence or two before, took."""
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
            # (the unnamed suspects stand in for whom only until the arrest told before gives them)
            named = bool(ev.recipient) and "+recipient:suspects" not in ev.rule
            if ev.type not in CHARGING_TYPES | {"ACCUSE"} or (named and not pronoun) or not any(
                    a in self.entities and self.entities[a].sector in JUSTICE_SECTORS for a in ev.actor):
                continue
            i = at - 1
            while i >= 0 and tokens[i].low in self.lex.reflexive:
                i -= 1
            # a charge, a motion for detention or a detention with no word for whom at all (`Обвинителството ќе
            # побара мерка притвор`, `Судот определи притвор од 30 дена`, `Тој беше уапсен`) is also the next step
            # against those arrested; not an investigation, often of a case (`истрагата за убиството`), nor a
            # seizure, which takes only things
            if not (pronoun or (i >= 0 and tokens[i].low in self.lex.object_clitic_genders)
                    or (not named and ev.mode not in ("seize", "investigate"))):
                continue
            # (only an arrest takes people: not a border closed or a ban laid just before)
            arrest = next((p.event for p in reversed(coded[:n]) if p.event.type == "COERCE" and p.event.mode == "arrest" and p.event.recipient
                           and 0 <= ev.sentence - p.event.sentence <= ARREST_STORY_REACH), None)
            if arrest is not None and not set(arrest.recipient) & set(ev.actor):
                ev.recipient = list(arrest.recipient)
                ev.rule = ev.rule.replace("+recipient:suspects", "") + "+recipient:detainees"

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

    def _gerund_clitic_objects(self, coded: list[Coded]) -> None:
        """`воведе санкции против кинески компании, обвинувајќи ги дека …`: an act told by a gerund whose
        object is a clitic and that names no one is aimed at the recipient of its actors' act before it in
        the sentence."""
        clitics = self.lex.reporting.object_clitics | self.lex.plural_object_clitics
        for n, c in enumerate(coded):
            ev = c.event
            after = self.text.token_at(ev.trigger.end)
            if (ev.recipient or not ev.trigger.text.lower().endswith(self.lex.gerund_endings)
                    or after >= len(self.text.tokens) or self.text.tokens[after].low not in clitics):
                continue
            before = next((p.event for p in reversed(coded[:n]) if p.event.sentence == ev.sentence and p.event.recipient
                           and p.event.actor == ev.actor and p.event.trigger.start < ev.trigger.start), None)
            if before is not None:
                ev.recipient = list(before.recipient)
                ev.rule += "+recipient:gerund_clitic"

    def _without_reaction_lead_ins(self, coded: list[Coded]) -> list[Coded]:
        """`Москва реагираше остро. Портпаролката … ги нарече санкциите нелегитимни`: a reaction told by its manner
        alone leads in to the act of the same side told after it, in its sentence or the next, at the one it reacted
        to when it names one (`ДУИ остро реагираше на министерот. Пратениците ја напуштија седницата`: two acts);
        that act is the one."""
        def told_after(ev: Event, types: frozenset[str]) -> bool:
            own = self._countries(ev.actor)
            return any(k.event.type in types and 0 <= k.event.sentence - ev.sentence <= LEAD_IN_REACH
                       and k.event.trigger.start > ev.trigger.start
                       and (set(k.event.actor) & set(ev.actor) or own & self._countries(k.event.actor))
                       and (not ev.recipient or set(ev.recipient) & set(k.event.recipient)) for k in coded)
        kept = []
        for c in coded:
            types = self.lex.reaction_lead_ins.get(c.event.rule.split("+", 1)[0])
            if types and told_after(c.event, types):
                self.stats["dropped: a bare reaction leading in to the act told after it"] += 1
                continue
            kept.append(c)
        return kept

    def _without_gerund_elaborations(self, coded: list[Coded]) -> list[Coded]:
        """`Х го критикуваше министерот, обвинувајќи го за …`: an act told by a gerund after an act of
        the same actor in its sentence that it tells more of (an accusation after an accusation, missiles
        sent in an attack) says what that one was; one act (the first takes the gerund's recipient when
        it names none). The gerund's subject is that of the clause it hangs on, so the act right before it
        counts whoever the gerund's actor was read as (`командантот на силите Х ја критикуваше одлуката,
        оценувајќи …`)."""
        kept: list[Coded] = []
        for c in coded:
            ev = c.event
            told = self.lex.gerund_elaborations.get(ev.type, frozenset())
            before = None
            if ev.trigger.text.lower().endswith(self.lex.gerund_endings):
                same = [k for k in kept if k.event.sentence == ev.sentence]
                hung_on = max((k for k in same if k.event.trigger.start < ev.trigger.start),
                              key=lambda k: k.event.trigger.start, default=None)
                before = next((k for k in [hung_on, *reversed(same)] if k is not None and k.event.type in told
                               and (k is hung_on or k.event.actor == ev.actor)), None)
            if before is None:
                kept.append(c)
                continue
            self.stats["merged: a gerund's act with the act before it that it tells more of"] += 1
            before.event.recipient = before.event.recipient or ev.recipient
        return kept

    def _without_alleged_passives(self, coded: list[Coded]) -> list[Coded]:
        """A passive act told after an accusation in its sentence, no verb of saying between (`го обвини Белград дека
        стои зад нападот …, при кој беше убиен полицаец`, `ги обвинува X за растурањето …, кога беа убиени …`), is
        part of the act alleged (guidelines: an alleged act is not coded while it is only alleged); what the accuser
        goes on to tell (`… и соопшти дека нејзините авиони …`) is not."""
        tokens = self.text.tokens
        kept: list[Coded] = []
        for c in coded:
            ev = c.event
            accusation = None if ev.type != "ASSAULT" or "passive" not in ev.rule.split("+") else next((
                k.event for k in kept if k.event.type == "ACCUSE" and k.event.mode == "allege" and k.event.sentence == ev.sentence
                and k.event.trigger.end <= ev.trigger.start
                and not any(t.noun and t.id == k.event.rule.split("+")[0] for t in self.lex.single.get(k.event.trigger.text.lower(), ()))
                and not any(tokens[i].low in self.lex.reporting.verbs for i in range(
                    self.text.token_at(k.event.trigger.end - 1) + 1, self.text.token_at(ev.trigger.start)))), None)
            if accusation is None:
                kept.append(c)
            else:
                self.stats["dropped: a passive act told in an accusation, part of the act alleged"] += 1
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
            own = self._country_codes(ev.actor)
            # a person's bare denial answers an accusation of that person, not of another of the state
            # (`Левица го обвини министерот X. Министерката Y негираше дека …`)
            # (not one whose object names the state's act by its demonym: `Лавров негираше какво било руско мешање`)
            personal = denial and not rebuttal and not self._object_names_state(ev, own) and all(
                self.entities.get(a) is not None and self.entities[a].type == "PER" for a in ev.actor)
            # (`Градоначалничката беше уапсена. Таа ги отфрли обвинувањата`: the police that arrested her)
            # (`САД и ЕУ го критикуваа законот. Каран ги отфрли критиките`: a criticism of a thing, aimed at no one
            # named, in the sentence or two before is the one answered; the critics' words may stand between)
            accusation = next((p.event for p in reversed(coded[:n]) if (p.event.type in ANSWERED_TYPES and (
                set(ev.actor) & set(p.event.recipient) if personal
                else own & {self.entities[r].country for r in p.event.recipient if r in self.entities}))
                or (p.event.type in CHARGING_TYPES and set(ev.actor) & set(p.event.recipient))
                # (`Фицо беше нападнат од опозицијата. Фицо ги отфрли критиките`: the attack on the actor just told)
                or (rebuttal and p.event.type == "ASSAULT" and set(ev.actor) & set(p.event.recipient)
                    and ev.sentence - p.event.sentence <= 1)
                or (rebuttal and p.event.type in ANSWERED_TYPES and not p.event.recipient
                    and 0 < ev.sentence - p.event.sentence <= JUDGED_ACT_REACH
                    and not set(p.event.actor) & set(ev.actor))), None)
            if ev.rule.startswith(DEFENCE_RULE):
                # counsel answers the case against the client: the last charge, arrest or conviction told before
                accusation = next((p.event for p in reversed(coded[:n]) if (p.event.type in CHARGING_TYPES or (
                    p.event.type == "ACCUSE" and p.event.mode != "disapprove")) and not set(p.event.actor) & set(ev.actor)), None)
            if accusation is not None:
                ev.recipient = [a for a in accusation.actor if a not in ev.actor]
                ev.rule += "+recipient:accuser"

    def _object_names_state(self, ev: Event, countries: set[str]) -> bool:
        """A demonym of one of `countries` stands in the event's object (`негираше какво било руско мешање`)."""
        tokens = self._object_tokens(ev)
        if not tokens:
            return False
        start, end = tokens[0].start, tokens[-1].end
        return any(ent.country in countries and m.kind == "demonym" and start <= m.start < end
                   for ent in self.entities.values() for m in ent.mentions)

    def _mediated_sides(self, coded: list[Coded]) -> None:
        """An offer to mediate or to host the talks of others naming no one (`Турција е подготвена да посредува`,
        `вети дека ќе продолжи да посредува меѓу двете страни`) is made to both sides of the last dispute, agreement
        or talks told before, with the mediator's own state no side: the ones asked or judged together when there
        are two or more (`ги повика Љубљана и Загреб`), else the actors and recipients; the last fight before all."""
        tokens = self.text.tokens
        for n, c in enumerate(coded):
            ev = c.event
            if ev.type != "AGREE" or ev.recipient:
                continue
            first, end = self.text.token_at(ev.trigger.start), self.text.sentence_tokens(ev.sentence).stop
            # (the trigger's own clause: `ќе понуди посредување`, not a mediator named after a comma)
            stop = next((i for i in range(self.text.token_at(ev.trigger.end), end) if tokens[i].text in CLAUSE_MARKS
                         or tokens[i].low in self.lex.reporting.coordinators), end)
            if not any(t.low in self.lex.mediation_words for t in tokens[first:stop]):
                continue
            own = self._countries(ev.actor)
            told = [p.event for p in reversed(coded[:n]) if p.event.sentence <= ev.sentence]
            # (a fight first: `посредува меѓу двете страни` after Israel's strikes on Iran and a threat to Iran since)
            for p in [p for p in told if p.type in FIGHTING_TYPES] + [p for p in told if p.type in SIDES_TYPES - SIDELESS_TYPES]:
                parties = p.recipient if len(set(p.recipient)) >= 2 else p.actor + p.recipient
                sides = [s for s in dict.fromkeys(parties) if s not in ev.actor and not own & self._countries([s])]
                if len(sides) >= 2:
                    ev.recipient = sides
                    ev.rule += "+recipient:mediated_sides"
                    break

    def _offers_refusals_and_threats_to_other_side(self, coded: list[Coded]) -> None:
        """An offer of talks or help naming no one (`Умеров ја отфрли тврдњата. Киев е подготвен за средба`), or a
        refusal or threat no other pass gave a recipient (`Софија нема да попушти`, `Естонија протера двајца руски
        дипломати. Москва најави реципрочни мерки`), is made to the other side of the last act told just before
        between the actor's side and another country: its recipient when that side acted (`Атина ги повика двете
        страни … и е подготвена да посредува`), its actor when the act was aimed at that side (issue #5: on the
        invented sets such refusals and threats were the other side's 15 times, another's 3, no one's never)."""
        for n, c in enumerate(coded):
            ev = c.event
            entry = ev.rule.split("+")[0]
            offer = entry in self.lex.readiness_offers
            # (a denial answers only an accusation or claim, which `_answer_accusations` finds: `Си Џинпинг негираше
            # дека бил вмешан` after an accusation against his state answers none)
            if ev.recipient or not (offer or (ev.type in OTHER_SIDE_TYPES and not self._denial(ev))):
                continue
            own = self._country_codes(ev.actor)
            if not own:
                continue
            # (for an offer an act after it in its sentence first: `подготвен за нови размени, но ги отфрли украинските
            # барања`; a refusal or threat answers only what was told before it)
            told = [p.event for p in coded[n + 1:] if offer and p.event.sentence == ev.sentence] + [p.event for p in reversed(coded[:n])]
            for p in told:
                if ev.sentence - p.sentence > OTHER_SIDE_REACH:
                    break
                if p.type in SIDELESS_TYPES or not (offer or p.type in OTHER_SIDE_ACTS):
                    continue  # (`Зеленски им се заблагодари на Емиратите`: the mediator thanked is no side)
                acting = self._country_codes(p.actor)
                acted_on = self._country_codes(p.recipient)
                other = p.recipient if own & acting and acted_on and not own & acted_on else (
                    p.actor if own & acted_on and acting and not own & acting else None)
                if other:
                    ev.recipient = list(other)
                    ev.rule += "+recipient:other_side"
                    break

    def _offers_after_refusals(self, coded: list[Coded]) -> None:
        """An offer or promise naming no one that goes on from its subject's refusal in the same sentence (`го одби
        барањето за 20 отсто, но понуди осум`) is made to the one refused."""
        for n, c in enumerate(coded):
            ev = c.event
            if ev.type != "AGREE" or ev.recipient or "+actor:inherited" not in ev.rule:
                continue
            refusal = next((p.event for p in reversed(coded[:n]) if p.event.sentence == ev.sentence), None)
            if refusal is not None and refusal.type == "REJECT" and refusal.recipient and refusal.actor == ev.actor:
                ev.recipient = list(refusal.recipient)
                ev.rule += "+recipient:refused"

    def _answer_demands(self, coded: list[Coded]) -> None:
        """A refusal still with no recipient (`Министерот изјави дека нема да поднесе оставка`) after a demand
        made of its actor (`СДСМ побара оставка од министерот`) answers that demand: its author is the recipient.
        So does a promise or acceptance a sentence or two after the demand (`Земјоделците протестираа барајќи
        субвенции од Владата. Премиерот вети …`), also after an ultimatum, a demand backed by a threat (`Земјоделците
        предупредија дека ќе ја блокираат автопатската делница ако не добијат одговор од Министерството`);
        one further on is more likely news of its own. A refusal right after a demand or offer whose addressee no name
        told (`Премиерот ги покани нивните претставници, но здруженијата одбија`) answers it too (guidelines: a refusal
        is aimed at the side whose demand it answers)."""
        for n, c in enumerate(coded):
            ev = c.event
            if ev.recipient or not (ev.type == "REJECT" or ev.rule.split("+")[0] in self.lex.demand_answers):
                continue
            # (a retort answers a demand just told, `Атина побара … Скопје одговори дека …`, not one told long before)
            reach = None if ev.type == "REJECT" and not self._retort(ev) else self.lex.answered_demand_reach
            demand = next((p.event for p in reversed(coded[:n]) if (p.event.type == "REQUEST" or (
                reach is not None and p.event.rule.split("+")[0] in self.lex.ultimatums))
                           and (reach is None or ev.sentence - p.event.sentence <= reach)
                           and (set(ev.actor) & set(p.event.recipient) or self._state_asked(ev.actor, p.event.recipient))), None)
            # (a statement that the own side will not act answers a demand made of it, not an offer to all: `Двете
            # влади се спогодија … Иванов рече дека нема да гласа`)
            if demand is None and ev.type == "REJECT" and not ev.rule.startswith(OWN_REFUSAL_RULE):
                demand = next((p.event for p in reversed(coded[:n]) if p.event.type in ASKING_TYPES and not p.event.recipient
                               and ev.sentence - p.event.sentence <= UNADDRESSED_ASK_REACH), None)
            if demand is not None and set(demand.actor) - set(ev.actor):
                ev.recipient = [a for a in demand.actor if a not in ev.actor]
                ev.rule += "+recipient:demander"

    def _sides_of_completed_disputes(self, coded: list[Coded]) -> None:
        """`двете страни` told when no dispute was known yet (`Такаичи побара од двете страни …`) are the sides of
        the last dispute act before it once the passes gave its recipient (`Лаи ги осуди вежбите`: China's); with
        none between states, the two sides of one state's dispute or agreement told in the sentence or two before
        (`Владата и бунтовниците се договорија … Помпео ги пофали двете страни`)."""
        for n, c in enumerate(coded):
            ev = c.event
            if ev.trigger.end not in self.sides_awaited:
                continue
            # (one between states: `двете земји` may be waiting too; the sides inside one state are looked for below)
            dispute = next((p.event for p in reversed(coded[:n]) if p.event.sentence <= ev.sentence and self._dispute(p.event)
                            and len(self._countries_of(p.event.actor + p.event.recipient)) == 2), None)
            if dispute is None and not ev.recipient:
                dispute = next((p.event for p in reversed(coded[:n]) if 0 <= ev.sentence - p.event.sentence <= JUDGED_ACT_REACH
                                and self._two_named_sides(p.event)), None)
            if dispute is not None and not set(dispute.actor + dispute.recipient) & set(ev.actor):
                ev.recipient = dispute.actor + dispute.recipient
                ev.rule += "+recipient:pair"

    def _two_named_sides(self, ev: Event) -> bool:
        """The event is a dispute, agreement or meeting between two named sides (`Хутите и владата се договорија`,
        `Ѓукановиќ ги отфрли обвинувањата` of Bulatović): two participants, neither an unnamed collective."""
        sides = set(ev.actor + ev.recipient)
        return (ev.type in SIDES_TYPES and len(sides) == 2
                and "actor:unnamed" not in ev.rule and all(s in self.entities for s in sides))

    def _retort(self, ev: Event) -> bool:
        """A denial told by a verb of retort or answer (`возврати дека …`, `одговори дека …`), which answers what
        the other side said before it, a demand as well as an accusation."""
        verb = ev.trigger.text.lower()
        return ev.rule.startswith(DENIAL_RULE) and (verb in self.lex.retort_verbs or verb in self.lex.answer_verbs)

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
            if partners and self._done_together(ev):
                # `Двајцата министри разговараа … и се договориле …`: the sides of the meeting agreed or signed together
                ev.actor = list(dict.fromkeys(ev.actor + partners))
                ev.rule += "+actor:met"
            elif partners:
                ev.recipient = partners
                ev.rule += "+recipient:met"

    def _done_together(self, ev: Event) -> bool:
        """A mutual act (an agreement reached, a memorandum signed) told by a plural verb, or of an entry its sides
        always do together (`средбата заврши без договор`): done by all its sides."""
        first, end = self.text.token_at(ev.trigger.start), self.text.token_at(ev.trigger.end)
        return self._mutual(ev, together=True) or self._mutual(ev) and self._plural_verb(first, end)

    def _mutual(self, ev: Event, together: bool = False) -> bool:
        """The event's entry is of a mutual act (`reciprocal`: an agreement reached, a memorandum signed); with
        `together`, one its sides do together whatever its verb's number."""
        entry = ev.rule.split("+")[0]
        return any(t.id == entry and t.reciprocal and (t.together or not together)
                   for t in self.sentence_triggers.get(ev.sentence, ()))

    def domestic_recipients(self, coded: list[Coded]) -> None:
        """A directed act for which no rule found a target is aimed at someone of the actor's one country
        (`Полицијата одзеде документи`, `Синдикатот побара средби`, `СДСМ ја отфрли одлуката`): that country's
        authorities when the actor is outside the state, else an unnamed party of it. Not for actors of no one
        state, a state named as actor, a government's or army's threat of force or act outside a home story (their
        acts with no target named are then as often aimed abroad), a denial, a strike, seizure or deportation of no one
        told, or an organ's act its entry retypes."""
        for c in coded:
            ev = c.event
            if ev.type not in self.lex.domestic_recipient_types or ev.recipient:
                continue
            if ev.rule.startswith(DENIAL_RULE) or self._denial(ev):  # (a denial answers an accuser, who is told or unknown)
                continue
            if ev.mode in self.lex.no_implied_recipient_modes or ev.mode in self.lex.suspect_told_modes.get(ev.type, ()):
                continue  # (a strike names its employer or none; a seizure is of no one told, guidelines)
            actors = [self.entities[a] for a in ev.actor if a in self.entities]
            countries = self._country_codes(ev.actor)
            if (not actors or len(actors) < len(ev.actor) or len(countries) != 1 or countries & INTERNATIONAL
                    or any(a.type in PLACE_TYPES for a in actors)):
                continue
            if any(a.sector in self.lex.abroad_sectors for a in actors) and (
                    ev.mode in self.lex.abroad_modes or not self._home_story(countries, ev)):
                continue
            if "state actor→" in ev.rule:  # (`Полицијата ги блокираше влезовите`: a measure on no one named)
                continue
            if self._names_other_state(ev.sentence, ev.actor):  # (`побара ослободување на лекарите затворени во Иран`)
                continue
            (country,) = countries
            ev.recipient = [self._domestic_party(country, actors).id]
            ev.rule += "+recipient:domestic"
        self._list_derived()

    def states_as_governments(self, coded: list[Coded]) -> None:
        """A state named as a side of an act (`Србија ја отфрли …`, `ја повика Грција`) is its government, as a capital
        standing for it is (`Москва` -> RUS GOV): the gold codes such states GOV, never with no sector. Last of all,
        after the merge, so that every rule before still sees the state itself."""
        for c in coded:
            c.event.actor = self._governments_of_states(c.event.actor, c.event.sentence)
            c.event.recipient = self._governments_of_states(c.event.recipient, c.event.sentence)
        self._list_derived()

    def _governments_of_states(self, ids: list[str], sentence: int) -> list[str]:
        """The side's entities with each state of no sector replaced by its government (named as in the sentence)."""
        sides = []
        for ident in ids:
            ent = self.entities.get(ident)
            if ent is None or ent.sector or not is_state(ent.kb_id):
                sides.append(ident)
                continue
            mention = next((m for m in ent.mentions if m.sentence == sentence), None)
            start, end = (mention.start, mention.end) if mention is not None else (0, 0)
            named_before = (ent.id, "GOV") in self.derived or f"{ent.id}.GOV" in self.entities
            government = self._derive(ent, "GOV", start, end, sentence)
            if not named_before:  # (told by the state's name, it reads as the state: "Ukraine [UKR GOV]")
                government.name_en = ent.name_en
            for m in ent.mentions:  # (every name and demonym the text gives the state names it as it named the state)
                self._refer(government, m.start, m.end, m.sentence)
            sides.append(government.id)
        return list(dict.fromkeys(sides))

    def _list_derived(self) -> None:
        """The derived actors join the document's entities, each once."""
        listed = {e.id for e in self.doc.entities}
        self.doc.entities.extend(e for e in self.derived.values() if e.id not in listed)

    def _home_story(self, countries: set[str], ev: Event) -> bool:
        """A government's or army's act with no target named is aimed at home when its sentence and the one before
        name no one of a state or body but `countries` nor a region of many states, neither by name nor by an
        adjective of the wider world before a noun of states or people (`ги повика европските партнери`), and its own
        sentence does not name the state itself but as a setting (`Грција нема да прави отстапки`, `Загреб бара`: the
        state's act, as often aimed abroad)."""
        sentences = range(ev.sentence - 1, ev.sentence + 1)
        for e in self.doc.entities:
            for m in e.mentions:
                if m.sentence not in sentences:
                    continue
                if (e.country and e.country not in countries) or (e.type == "LOC" and not e.country):
                    return False  # (a region of many states, `Азија`, is the wider world too)
                if (m.sentence == ev.sentence and getattr(m, "kind", "name") == "name" and e.type in PLACE_TYPES
                        and (is_state(e.kb_id) or self._told_as(m, ev.actor)) and not self._setting(m)):
                    return False
        return not any(self._abroad_side(s) for s in sentences if s >= 0)

    def _told_as(self, mention: Mention, ids: list[str]) -> bool:
        """The mention is where one of the entities `ids` is told (a capital standing for its state's government)."""
        return any(m.start == mention.start for i in ids if i in self.entities for m in self.entities[i].mentions)

    def _setting(self, mention: Mention) -> bool:
        """A preposition of a setting or owner comes right before the mention (`претседателот на Зимбабве`, `грабежи во
        Србија`): the state is where the act is or whose office acts, no side of it."""
        at = self.text.token_at(mention.start)
        return at > 0 and self.text.tokens[at - 1].low in self.lex.home_setting_prepositions

    def _abroad_side(self, sentence: int) -> bool:
        """The sentence names a side of the wider world by an adjective before a noun of states, bodies or people
        (`европските партнери`, `меѓународните хуманитарни организации`, `арапските земји`)."""
        span = self.doc.sentences[sentence]
        tokens = self.text.tokens[self.text.token_at(span.start):self.text.token_at(span.end)]
        heads = self.lex.abroad_side_heads
        return any(t.low.startswith(self.lex.abroad_side_adjectives)
                   and any(u.low in heads for u in tokens[i + 1:i + 3]) for i, t in enumerate(tokens))

    def _domestic_party(self, country: str, actors: list[Entity]) -> Entity:
        """The one of `country` an act of `actors` naming no target is aimed at: an unnamed party of it for an organ of
        the state, else its authorities."""
        if any(a.sector in STATE_SECTORS for a in actors):
            name, name_en = self.lex.domestic_party_names
            return self._collective_entity((country, "UNK", "domestic"), name, name_en=name_en)
        sector = self.lex.non_state_target
        return self._collective_entity((country, sector, sector), self.lex.unnamed_names[sector])

    def _countries(self, ids: list[str]) -> set[str]:
        return self._country_codes(ids) - INTERNATIONAL

    def _country_codes(self, ids: list[str]) -> set[str]:
        """The country codes of the entities, international ones (`IGO`, `EUR` …) included."""
        return {self.entities[e].country for e in ids if e in self.entities and self.entities[e].country}

    def _place_unknown_participants(self, coded: list[Coded]) -> None:
        """A person or organisation the knowledge base does not know and the text gives no
        country takes the country the document is about, as event data coders place generic
        and unknown actors (`Мајкл Доналдсон` in a story set in the United States); an
        organisation whose name holds a place (`Судот во Софија`) takes that place's country."""
        home = self._home_country()
        tied = home_country(self.doc.entities, ignore=envoy_origins(self.doc, self.lang)) is None
        for c in coded:
            for ident in c.event.actor + c.event.recipient:
                ent = self.entities.get(ident)
                if (ent is not None and ent.country is None and ent.kb_id is None and ent.type in ("PER", "ORG")
                        and not (ent.rule or "").endswith("+stateless")):  # `земјите`: several states
                    named = self._named_place_country(ent) if ent.type == "ORG" else None
                    if named is None and (home is None or tied and ent.type == "PER" and self._among_states(ent)):
                        continue
                    how = "name_place" if named else "document"
                    ent.country = named or home
                    ent.rule = f"{ent.rule}+country:{how}" if ent.rule else f"country:{how}"
                    self.stats["unknown organisations placed in the country their name holds" if named
                               else "unknown participants placed in the document's country"] += 1

    def _among_states(self, ent: Entity) -> bool:
        """The sentence that first names the person names two states or more (`X соопшти дека руски
        ракети погодиле зграда во Харков`): with the document's states tied, nothing ties the person to one."""
        sentence = min(ent.mentions, key=lambda m: m.start).sentence
        return len({e.country for e in self.doc.entities if e.type in PLACE_TYPES and e.country
                    and e.country not in INTERNATIONAL for m in e.mentions if m.sentence == sentence}) > 1

    def _named_place_country(self, ent: Entity) -> str | None:
        """The one country of the document's places whose name is written inside the
        organisation's own name (the gazetteer leaves no mention of its own there)."""
        names = {f" {' '.join(m.text.lower().split())} " for m in ent.mentions}
        countries = {place.country for place in self.doc.entities if place.type in PLACE_TYPES and place.country
                     and place.country not in INTERNATIONAL for pm in place.mentions
                     if getattr(pm, "kind", "name") != "demonym"
                     and any(f" {' '.join(pm.text.lower().split())} " in name for name in names)}
        return countries.pop() if len(countries) == 1 else None
