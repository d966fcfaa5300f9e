"""A sentence's participants: named entities, demonyms with their head nouns, office holders
named by their role (`Министерката за здравство`), and the actors derived from them.

A part of the event coder's document run (`vesnik.events.coder`), which mixes it in."""
from __future__ import annotations

from vesnik.document import Entity, Mention, PLACE_TYPES
from vesnik.events.base import DATELINE_DASHES, INTERNATIONAL, OFFICE_RULE, ROLE_COMPLEMENT_WORDS, ROLE_REACH_WORDS
from vesnik.events.sentence import Participant, SentenceView
from vesnik.quotes.text import Token
from vesnik.kb import state_organ_name
from vesnik.linking import segment_at, segment_state

PERSON_GROUP_RULE = "events:person group"  # the rule of a group acting for a person (`Адвокатите на X`)


class ParticipantFinding:
    def _participants(self) -> dict[int, list[Participant]]:
        found: dict[int, list[Participant]] = {}
        tokens = self.text.tokens
        name_starts = {self.text.token_at(m.start): e for e in self.doc.entities for m in e.mentions
                       if getattr(m, "kind", "name") != "demonym"}
        self.demonym_ends = {self.text.token_at(m.end): e for e in self.doc.entities for m in e.mentions
                             if getattr(m, "kind", "name") == "demonym"}
        self.person_ends = {self.text.token_at(m.end) for e in self.doc.entities if e.type == "PER" for m in e.mentions
                            if getattr(m, "kind", "name") != "demonym"}
        self.place_starts = {self.text.token_at(m.start): e for e in self.doc.entities if e.type in PLACE_TYPES
                             for m in e.mentions if getattr(m, "kind", "name") != "demonym"}
        self.demonym_starts = {self.text.token_at(m.start): e.id for e in self.doc.entities if e.type == "GPE"
                               for m in e.mentions if getattr(m, "kind", "name") == "demonym"}
        for ent in list(self.doc.entities):
            for m in ent.mentions:
                first, end = self.text.token_at(m.start), self.text.token_at(m.end)
                if first >= end or self._dateline_credit(first, end):
                    continue
                sentence = tokens[first].sentence
                if getattr(m, "kind", "name") == "demonym":
                    part = self._demonym(ent, first, end, name_starts)
                else:
                    part = self._person_group(ent, first, end, name_starts) or Participant(ent.id, first, end)
                if part is not None:
                    found.setdefault(sentence, []).append(part)
        for sentence, part in self._role_subjects(found) + self._epithet_subjects(found):
            found.setdefault(sentence, []).append(part)
        return found

    def _dateline_credit(self, first: int, end: int) -> bool:
        """Tokens [first, end) are the agency a dateline credits, in brackets before its dash
        (`Варшава, 10 септември (МИА) –`): the copy's source, no participant of its acts."""
        tokens = self.text.tokens
        return (0 < first and end + 1 < len(tokens) and tokens[first - 1].text == "(" and tokens[end].text == ")"
                and tokens[end + 1].text in DATELINE_DASHES)

    def _role_subjects(self, found: dict[int, list[Participant]]) -> list[tuple[int, Participant]]:
        """`Премиерот ја пофали …`, `Генералниот секретар побара …`, `ја честиташе претседателката`:
        a definite singular role phrase with no name in it stands for the last person named
        earlier in the document with a role phrase of the same role noun and gender
        (`премиерот Христијан Мицкоски`); of those, the last named with no people's adjective before the role when
        any was (`Претседателката Сиљановска-Давкова … словенечката претседателка Пирц Мусар … ја обвинија
        претседателката`: the text marks the foreign holder, the bare role is the one it named bare)."""
        tokens = self.text.tokens
        feminine = self.lex.reporting.feminine_role_forms
        people = {e.id for e in self.doc.entities if e.type == "PER"}
        # (token, role stem, feminine, person, a people's adjective before the role) of each named role
        roled: list[tuple[int, str, bool, str, bool]] = []
        offices: list[tuple[int, str, bool, str]] = []  # (token, role stem, feminine, derived office) of unnamed ones
        persons = {i for parts in found.values() for p in parts if p.entity in people for i in range(p.first, p.end)}
        demonyms = {m.start for e in self.doc.entities for m in e.mentions if m.kind == "demonym"}
        for sentence in sorted(found):
            for part in found[sentence]:
                role = self._role_before(part.first, persons)
                if part.entity in people and role is not None:
                    marked = role > 0 and tokens[role - 1].sentence == tokens[role].sentence and tokens[role - 1].start in demonyms
                    roled.append((part.first, self._phrase_role_stem(role), tokens[role].low in feminine, part.entity, marked))
                elif (part.entity not in people and part.first in self.demonym_starts and part.end - 1 > part.first
                      and self._person_role(tokens[part.end - 1].low)):
                    # `Американскиот амбасадор … Амбасадорот повика`: an office told by its state's adjective, no name
                    role = part.end - 1
                    offices.append((part.first, self._phrase_role_stem(role), tokens[role].low in feminine, part.entity))
        added = []
        for index in range(len(self.text.sentences)):
            span = self.text.sentence_tokens(index)
            parts = found.get(index, [])
            for first, at in self._bare_roles(span):
                if tokens[first].low in self.lex.object_possessives:
                    continue  # someone's office, whose the owner tells (below)
                end = at + 1
                # (the phrase ends at a verb's clitic or at a verb of an act or of speech: `Министерката за … ја
                # посети Подгорица`, `Министерот за финансии потпиша договор со Германија`)
                reach = next((i for i in range(end, min(span.stop, end + ROLE_REACH_WORDS + 1))
                              if tokens[i].low in self.lex.verb_clitics or self._act_verb(tokens[i].low)),
                             end + ROLE_REACH_WORDS + 1)
                # (a place after `во` is where the office sits, not whose it is: `Обвинителот во Штип`)
                seat = self._place_after(end)
                named = [p for p in parts if first <= p.first < reach and p.end > first
                         and (p.first <= end or tokens[end].low in self.lex.role_connectors or self._apposed_holder(end, p.first))]
                # (a body after `во` is where the office sits too: `Судијата … во Основниот суд определи`)
                if seat is None and named and all(self._seat_body(p) for p in named):
                    seat = self.entities[named[0].entity]
                elif seat is None and named:
                    continue  # a name belongs to the phrase (`Премиерот Мицкоски`, `министерот на Србија`)
                stem, fem = self._phrase_role_stem(at), tokens[at].low in feminine
                # (an item of a page of briefs is a story of its own: `Премиерот` is its state's, not the item's before)
                segment = segment_at(self.doc, tokens[first].start)
                since = segment[0] if segment else 0
                earlier = [r for r in roled if r[0] < first and r[1] == stem and r[2] == fem and tokens[r[0]].start >= since]
                earlier = [r for r in earlier if not r[4]] or earlier
                if not earlier and stem in self.lex.kind_roles:  # (`Командантот X … генералот`: a kind, not an office)
                    earlier = [r for r in roled if r[0] < first and r[2] == fem and tokens[r[0]].start >= since
                               and self.lex.head_sector(r[1]) == self.lex.head_sector(stem)]
                # (a phrase inside the sentence with the article on its adjective only stands for one named so)
                inner = first != at and first != span.start
                holder = earlier[-1][3] if earlier else (
                    self._unroled_holder(tokens[at].low, fem, tokens[first].start) if not roled and not inner and not segment else None)
                if holder is None and not inner:  # (no one named so: the office told before by its state's adjective)
                    holder = next((o[3] for o in reversed(offices) if o[0] < first and o[1] == stem and o[2] == fem
                                   and tokens[o[0]].start >= since), None)
                if holder is not None:  # the role phrase is a mention of that person
                    self._refer(self.entities[holder], tokens[first].start, tokens[at].end, index)
                    added.append((index, Participant(holder, first, end)))
                elif not inner and (holder := self._office_holder(index, first, at, stem, fem,
                                                                  seat.country if seat is not None else None)) is not None:
                    added.append((index, Participant(holder, first, end)))
            for first, at in self._possessed_roles(span):
                if any(p.first in (at + 1, at + 2) for p in parts):
                    continue  # the holder is named (`неговиот заменик, Петар Петров`)
                owner = self._role_owner(index, first, self.lex.object_possessives[tokens[first].low], found)
                if owner is not None and (holder := self._office_holder(
                        index, first, at, self._role_stem(tokens[at].low) if self._person_role(tokens[at].low) else tokens[at].low,
                        tokens[at].low in feminine, owner.country, owner.sector)) is not None:
                    self.office_owners[holder] = owner.id
                    added.append((index, Participant(holder, first, at + 1)))
            for first in self._possessed_groups(span, parts):
                # `Неговите адвокати најавија жалба`: the people acting for the person the possessive names, as `Адвокатите на X`
                owner = self._role_owner(index, first, self.lex.object_possessives[tokens[first].low], found)
                group = self._group_of(owner, first, first + 2) if owner is not None and owner.type == "PER" else None
                if group is not None:
                    added.append((index, group))
        return added

    def _epithet_subjects(self, found: dict[int, list[Participant]]) -> list[tuple[int, Participant]]:
        """`Олимпиецот …`, `Холивудската ѕвезда …`, `61-годишниот политичар …`: a definite noun that describes a
        person and names no one stands for the last person of its gender named before it (news names someone, then
        goes on with what the person is); nothing when no one fits. A person named in its own sentence only past a
        relative word (`сатира со X во која ѕвездата …`): `X го нападна пејачот` is someone else."""
        tokens = self.text.tokens
        people = {e.id for e in self.doc.entities if e.type == "PER"}
        named = sorted((p.first, p.entity) for parts in found.values() for p in parts if p.entity in people)
        taken = {i for parts in found.values() for p in parts for i in range(p.first, p.end)}
        added = []
        for at, tok in enumerate(tokens):
            phrase = self._epithet_phrase(at, taken)
            if phrase is None:
                continue
            first, end, gender = phrase
            segment = segment_at(self.doc, tok.start)
            since = segment[0] if segment else 0
            holder = next((ident for start, ident in reversed(named)
                           if (tokens[start].sentence < tok.sentence or any(
                               tokens[i].low in self.lex.relative_openers for i in range(start + 1, first)))
                           and tokens[start].start >= since
                           and (gender is None or (self._person_gender(ident) or "masculine") == gender)), None)
            if holder is not None:
                self._refer(self.entities[holder], tokens[first].start, tokens[end - 1].end, tok.sentence)
                added.append((tok.sentence, Participant(holder, first, end)))
        return added

    def _epithet_phrase(self, at: int, taken: set[int]) -> tuple[int, int, str | None] | None:
        """(first, end, gender) of the definite epithet phrase whose last word is token `at`: an epithet with its
        article (`пасторот`), a bare one after a definite adjective (`холивудската ѕвезда`) or an age
        (`61-годишниот политичар`), or an age alone before the verb (`61-годишниот изјави`); none where a name
        follows (`пасторот Х`: the phrase names its own person) or the words are some participant's."""
        tokens = self.text.tokens
        tok = tokens[at]
        nxt = tokens[at + 1] if at + 1 < len(tokens) and tokens[at + 1].sentence == tok.sentence else None
        if at in taken or (nxt is not None and (at + 1 in taken or nxt.cap)):
            return None
        ages = self.lex.age_epithets

        def age(i: int) -> bool:  # `61-годишниот`: the number, its hyphen and the adjective
            return i >= 2 and tokens[i].low in ages and tokens[i - 1].text == "-" and tokens[i - 2].text.isdigit() \
                and tokens[i - 2].sentence == tok.sentence
        if age(at):
            verb = nxt is not None and (nxt.low in self.lex.verb_clitics or self._act_verb(nxt.low))
            return (at - 2, at + 1, ages[tok.low]) if verb else None
        if tok.low not in self.lex.epithets:
            return None
        gender = self.lex.epithets[tok.low]
        if tok.low.endswith(self.lex.reporting.definite_endings):
            return at, at + 1, gender
        if at > 0 and age(at - 1):
            return at - 3, at + 1, gender or ages[tokens[at - 1].low]
        if at > 0 and tokens[at - 1].sentence == tok.sentence and tokens[at - 1].low.endswith(self.lex.definite_adjective_endings) \
                and at - 1 not in taken:
            return at - 1, at + 1, gender
        return None

    def _apposed_holder(self, end: int, name: int) -> bool:
        """The name set off by the comma after a role phrase, a lower-case title at most between
        (`Преодниот претседател, генерал Асими Гоита,`), or right after the indefinite role noun the
        phrase's head is of (`заменикот јавен правобранител Х`): the holder, no second, unnamed one."""
        tokens = self.text.tokens
        if tokens[end].text != ",":
            title = tokens[end:name]
            return (0 < len(title) <= 2 and all(t.word and not t.cap for t in title) and self.lex.is_role(title[-1].low)
                    and not title[-1].low.endswith(self.lex.reporting.definite_endings))
        return name == end + 1 or (name == end + 2 and not tokens[end + 1].cap and self.lex.is_role(tokens[end + 1].low))

    def _possessed_roles(self, span: range) -> list[tuple[int, int]]:
        """(pronoun, role noun) of each role or organ told by a third-person possessive
        (`неговиот портпарол`, `нејзиниот адвокат`, `неговиот кабинет`)."""
        tokens = self.text.tokens
        # (one office: `нејзините пратеници` are members, not its voice)
        return [(i, i + 1) for i in range(span.start, span.stop - 1) if tokens[i].low in self.lex.object_possessives
                and not tokens[i].low.endswith(self.lex.plural_definite) and tokens[i + 1].low.startswith(self.lex.owned_voices)]

    def _possessed_groups(self, span: range, parts: list[Participant]) -> list[int]:
        """The possessive opening each group of people told by it (`неговите адвокати`, `нејзините
        соработници`), unless a name follows as the group's member (`неговиот адвокат Петар Петров`)."""
        tokens = self.text.tokens
        return [i for i in range(span.start, span.stop - 1) if tokens[i].low in self.lex.object_possessives
                and tokens[i + 1].low in self.lex.person_groups and not any(p.first in (i + 2, i + 3) for p in parts)]

    def _role_owner(self, sentence: int, first: int, gender: str, found: dict[int, list[Participant]]) -> Entity | None:
        """Whose office a possessive role phrase names: the subject of its sentence, the first name
        with a country before it (`Курти одби …, а неговиот кабинет соопшти`), else the last person of
        the sentence before, or its first name (`Министерството … Неговиот портпарол`); a person of
        the other gender is not its owner."""
        def owner(part: Participant) -> Entity | None:
            ent = self.entities.get(part.entity)
            if ent is None or ent.country is None or ent.rule == OFFICE_RULE:
                return None
            if ent.type == "PER" and gender != "plural" and (self._person_gender(ent.id) or "masculine") != gender:
                return None
            return ent
        here = sorted((p for p in found.get(sentence, []) if p.end <= first), key=lambda p: p.first)
        if here:
            return next((e for e in map(owner, here) if e is not None), None)
        before = next((found[s] for s in range(sentence - 1, -1, -1) if found.get(s)), [])
        owners = [e for e in map(owner, sorted(before, key=lambda p: p.first)) if e is not None]
        # (a sentence on, the last person of its gender: `… одбраната на X најави жалба до судот. „…“, изјави неговиот адвокат`)
        return next((e for e in owners[::-1] if e.type == "PER"), owners[0] if owners else None)

    def _act_verb(self, word: str) -> bool:
        """A verb form that opens a trigger entry or reports speech (`потпиша`, `изјави`)."""
        return word in self.lex.reporting.verbs or any(
            not trig.noun for trig in (*self.lex.single.get(word, ()), *self.lex.sequences.get(word, ())))

    def _office_holder(self, sentence: int, first: int, at: int, stem: str, feminine: bool,
                       seat_country: str | None = None, owner_sector: str | None = None) -> str | None:
        """`Министерката за здравство поднесе оставка`: a role no one named holds is an unnamed
        office holder of the body the role belongs to (`еврокомесарката`), else of its seat's country
        (`Обвинителот во Штип`, or the owner's: `неговиот кабинет`), else of the document's country (the home state's, in a text naming no
        state), with the role's sector; one per role
        and gender.
        (No person a later pronoun stands for: `Претставникот рече … Тој се пожали` is often someone
        the text named before under another role.)"""
        tokens = self.text.tokens
        # (`Лидерот на опозицијата`: no demonym or seat, the home state's opposition whatever state the story names)
        opposition = at + 2 < len(tokens) and tokens[at + 2].low in self.lex.opposition_words \
            and tokens[at + 1].low in self.lex.genitive
        country = (self.lex.body_heads.get(tokens[at].low) or seat_country
                   or (self.lex.home_state if opposition else None) or segment_state(self.doc, tokens[first].start) or self._home_country())
        sector = self.lex.head_sector(tokens[at].low) or owner_sector  # (`неговиот кабинет`: its owner's)
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
        role noun with its own article, or its adjective's, further on (`ја честиташе претседателката`,
        `одлуката на високиот претставник`); not a former holder's (`поранешниот претседател`)."""
        tokens = self.text.tokens
        found = []
        at = span.start
        if at + 1 < span.stop and not tokens[at + 1].cap and self._person_role(tokens[at + 1].low):
            at += 1
        if at < span.stop and self._person_role(tokens[at].low) and tokens[span.start].low.endswith(self.lex.reporting.definite_endings):
            found.append((span.start, at))
        elif at > span.start and self._opening_adverb(span.start):
            found.append((at, at))  # `Денеска претседателката ќе …`: past an opening adverb of time, the role opens the clause
        roles = self.lex.person_roles
        for i in range(at + 1, span.stop):
            # (the role test first, `_person_role`'s set read directly: it rules out almost every word, and
            # this runs on every word twice)
            if tokens[i].low in roles and not tokens[i].cap:
                if tokens[i].low.endswith(self.lex.reporting.definite_endings):
                    if not tokens[i - 1].low.endswith(self.lex.reporting.definite_endings):
                        found.append((i, i))
                elif self._role_adjective(tokens[i - 1]):
                    found.append((i - 1, i))  # the article on its adjective (`одлуката на високиот претставник`)
        return found

    def _opening_adverb(self, at: int) -> bool:
        """The word at `at` is a date word (`Денеска`, `Вчера`) or an adverb a dropped subject's verb may follow (`Потоа`)."""
        return any(first <= at < end for first, end in self.time_spans) or self.text.tokens[at].low in self.lex.subjectless_adverbs

    def _role_adjective(self, tok: Token) -> bool:
        """A lower-case definite adjective that may open a bare role phrase (`високиот`): not a
        former holder's, a demonym's, a possessive's nor another role noun."""
        low = tok.low
        return (not tok.cap and low.endswith(self.lex.definite_adjective_endings) and not low.startswith(self.lex.former_words)
                and not low.endswith(self.lex.adjective_endings) and low not in self.lex.possessive_pronouns
                and low not in self.lex.own_possessives and low not in self.lex.object_possessives and not self._person_role(low))

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

    def _phrase_role_stem(self, at: int) -> str:
        """The role of the phrase of role word `at`: the office a paraphrase it is a word of stands for
        (`шефот на дипломатијата`: a minister), else the word's own."""
        paraphrased = self.lex.reporting.paraphrased_role(self.text.tokens, at)
        return paraphrased.split()[0] if paraphrased else self._role_stem(self.text.tokens[at].low)

    def _demonym(self, ent: Entity, first: int, end: int, name_starts: dict[int, Entity]) -> Participant | None:
        """`руската армија` -> a derived RUS MIL actor; `српскиот претседател Вучиќ` -> nothing
        (the name is the actor); `кинеските прослави` -> nothing; `Грците` -> the people;
        `босанските Срби` -> the people of Bosnia; `Србите во Косово` -> the people living in Kosovo;
        `двајца Срби осомничени` in a story of Kosovo -> Kosovo's suspects."""
        tokens = self.text.tokens
        sentence_first = self.text.sentence_tokens(tokens[first].sentence).start
        # at a sentence start only a noun (`Србите`), not an adjective (`Српските`)
        people = tokens[first].cap and (first != sentence_first or not tokens[end - 1].low.endswith(self.lex.adjective_endings))
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
        # (a group named only as an object bare is a people's group with its demonym: `српските политичари`)
        sector = (self.lex.head_sector(head.low) or self.lex.demonym_heads.get(head.low)
                  or self.lex.addressee_heads.get(head.low)) if head else None
        if sector:
            if at + 1 in name_starts:
                return None
            role = self.lex.is_role(head.low)
            if role and first >= 1 and tokens[first - 1].text == "," and first - 1 in self.person_ends:
                return None  # `Хуан Мендоза, боливискиот претставник во Хаг,`: the role of the name before it
            holder = role and (self._named_holder(at + 1, name_starts)
                               or (head.low.startswith(self.lex.counterpart_roles)
                                   and self._earlier_holder(ent.country, sector, tokens[first].start)))
            if holder:  # `македонскиот министер за економија, Илија Филиповски`; `Косор … со словенечкиот
                return Participant(holder.id, first, at + 1)  # колега`: the Slovenian premier named before
            home = self._people_home(ent, first, end, members=True) if people else None  # `двајца косовски Срби осомничени`
            derived = self._derive(home or ent, sector, tokens[first].start, head.end, tokens[first].sentence,
                                   None if home else self._community_state(ent, sector))
            return Participant(derived.id, first, end if shared else at + 1)
        if people:
            home = self._people_home(ent, first, end)
            if home is None:
                return Participant(ent.id, first, end)
            if home is self.demonym_ends.get(first):  # `босанските Срби`: the people of the place the adjective names
                return Participant(home.id, first - 1, end)
            derived = self._derive(home, "CVL", tokens[first].start, tokens[end - 1].end, tokens[first].sentence)
            return Participant(derived.id, first, end)
        return None

    def _people_home(self, ent: Entity, first: int, end: int, members: bool = False) -> Entity | None:
        """A place of another state where the people a demonym noun names lives, as the text tells it
        (guidelines): the adjective before it (`косовските Срби`); a place after it (`Србите во северно
        Косово`); a place in its sentence of a state it is a native community of (`Илјадници Срби протестираа
        во Бања Лука`); the one told before of that people (`Србите го обвинија КФОР` after `Србите во северно
        Косово`); else the story's own state when it is one of those and the phrase names the people living there
        (`ги повика локалните Срби`) or `members` of it with a head noun (`двајца Срби осомничени`). None when
        nothing tells another state than the people's own."""
        tokens = self.text.tokens
        # the people as a whole, told where it lives, is the same people further on; one member (`косовски Србин`) is not
        many = tokens[end - 1].low.endswith(self.lex.plural_endings)
        home = self.demonym_ends.get(first)
        if home is None or home.id == ent.id:
            home = self._place_after(end, self.lex.residence_prepositions)
        if home is not None and home.country and home.country != ent.country:
            if many:
                self.residents[ent.id] = home
            return home
        communities = self.lex.native_communities.get(ent.country, frozenset())
        if not communities:
            return self.residents.get(ent.id)
        quoted = self.text.inside_marks(tokens[first].start)
        for at in self.text.sentence_tokens(tokens[first].sentence):
            # (a quote is its speaker's words: a place outside it does not tell where the people in it lives)
            place = self._place_after(at) if self.text.inside_marks(tokens[at].start) is quoted else None
            if place is not None and place.country == ent.country:
                return None  # `Србите во Белград`: in their own state
            if place is not None and place.country in communities:
                if many:
                    self.residents[ent.id] = place
                return place
        if ent.id in self.residents:
            return self.residents[ent.id]
        story = segment_state(self.doc, tokens[first].start) or self._home_country()  # (a brief's item: its dateline's)
        if story in communities and (members or (first > 0 and tokens[first - 1].low in self.lex.local_people_words)):
            return next((e for e in self.doc.entities if e.type in PLACE_TYPES and e.country == story), None)
        return None

    def _person_group(self, ent: Entity, first: int, end: int, name_starts: dict[int, Entity]) -> Participant | None:
        """`Адвокатите на Марко Петровски најавија жалба`: people acting for the person named after `на`
        (lawyers, supporters, family, an unnamed spokesman) are a group of the person's country, and the
        phrase is their participant, not the person's; a spokesman named after a comma is himself the actor."""
        tokens = self.text.tokens
        if ent.type != "PER" or ent.country is None or first < 2 or tokens[first - 1].low not in self.lex.genitive:
            return None
        head = tokens[first - 2]
        if head.low not in self.lex.person_groups or head.sentence != tokens[first].sentence:
            return None
        if end + 1 < len(tokens) and tokens[end].text == "," and end + 1 in name_starts:
            return None
        return self._group_of(ent, first - 2, end)

    def _group_of(self, ent: Entity, first: int, end: int) -> Participant | None:
        """The person group whose head noun (`адвокатите`, `неговите адвокати`) the phrase at tokens
        [first, end) names, acting for person `ent`: of the person's country, with the head's sector."""
        tokens = self.text.tokens
        head = tokens[first] if tokens[first].low in self.lex.person_groups else tokens[first + 1]
        sector = self.lex.person_groups[head.low] or ent.sector
        if sector is None:
            return None
        key = (ent.id, "person group", head.low)
        group = self.derived.get(key)
        if group is None:
            group = Entity(id=f"{ent.id}.{head.low}", name=self.doc.text[tokens[first].start:tokens[end - 1].end], type="ORG",
                           country=ent.country, sector=sector, rule=PERSON_GROUP_RULE, confidence=ent.confidence)
            self._register(key, group)
        self._refer(group, tokens[first].start, tokens[end - 1].end, head.sentence)
        return Participant(group.id, first, end)

    def _speaking_person_group(self, quote) -> str | None:
        """The person group whose phrase holds the name the quotes stage took for the speaker
        (`Адвокатите на X изјавија …`: the lawyers speak, not X)."""
        named = [m for m in self.entities[quote.speaker].mentions if m.sentence == quote.sentence
                 and not quote.start <= m.start < quote.end]
        return next((group.id for group in self.derived.values() if group.rule == PERSON_GROUP_RULE
                     for said in group.mentions for m in named if said.start <= m.start and m.end <= said.end), None)

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

    def _seat_body(self, part: Participant) -> bool:
        """A body named right after a seat connector (`во Основниот суд`): where an office sits."""
        entity = self.entities.get(part.entity)
        return (part.first > 0 and self.text.tokens[part.first - 1].low in self.lex.role_seat_connectors
                and entity is not None and entity.type == "ORG")

    def _place_after(self, end: int, prepositions: frozenset[str] | None = None) -> Entity | None:
        """The place named right after a name under a location preposition (`во северно Косово`), or
        one of `prepositions`, with at most one adjective between."""
        tokens = self.text.tokens
        if end >= len(tokens) or tokens[end].low not in (prepositions or self.lex.location_prepositions):
            return None
        for at in (end + 1, end + 2):
            place = self.place_starts.get(at)
            if place is not None:
                return place
            if at < len(tokens) and tokens[at].cap:
                return None
        return None

    def _time_tokens(self, view: SentenceView) -> set[int]:
        """The tokens of the sentence's date expressions, with the preposition before each (not a subject
        before one: `Тој минатата недела се закани …`)."""
        found: set[int] = set()
        prepositions = self.lex.reporting.prepositions
        for first, end in self.time_spans:
            if view.first <= first < view.end:
                governed = first > view.first and self.text.tokens[first - 1].low in prepositions
                found.update(range(first - 1 if governed else first, min(end, view.end)))
        return found

    def _community_state(self, ent: Entity, sector: str) -> str | None:
        """The home state for the parties of a nation that is one of its communities, in a story
        about the home state (`албанските партии` in Macedonian politics; Albania's in Albania's)."""
        if sector == "PTY" and ent.country in self.lex.home_communities and self._home_country() == self.lex.home_state:
            return self.lex.home_state
        return None

    def _register(self, key: tuple, derived: Entity) -> None:
        """A derived actor is known to the coder at once, like the document's entities."""
        self.derived[key] = derived
        self.entities[derived.id] = derived

    def _derive(self, ent: Entity, sector: str, start: int, end: int, sentence: int, country: str | None = None) -> Entity:
        """The actor a country's demonym or possessor with a head noun stands for (`руската
        армија`, `Владата на Македонија`): the country with the head's sector; or a capital's
        government; `country`, when given, overrides the demonym's (`албанските партии`: the home state's)."""
        key = (ent.id, sector)
        derived = self.derived.get(key) or self.entities.get(f"{ent.id}.{sector}")  # the quotes stage's speaking organ
        if derived is None:
            # (a speaker's group has no words of its own in the trigger's sentence: the entity's name stands)
            derived = Entity(id=f"{ent.id}.{sector}", name=self.doc.text[start:end] if start < end else ent.name, type="ORG",
                             country=country or ent.country,
                             sector=sector, rule="events:country+head",
                             name_en=None if country not in (None, ent.country) else state_organ_name(ent.name_en, ent.kb_id, sector),
                             confidence=ent.confidence)
            self._register(key, derived)
            self.stats["derived actors (country + head noun)"] += 1
        self._refer(derived, start, end, sentence)
        return derived

    def _refer(self, ent: Entity, start: int, end: int, sentence: int) -> None:
        """A phrase standing for the actor (a role noun, a demonym with its head) is one of its mentions."""
        if start < end and not any(m.start == start for m in ent.mentions):
            ent.mentions.append(Mention(start=start, end=end, text=self.doc.text[start:end], sentence=sentence,
                                        kind="reference", rule="events:derived"))
