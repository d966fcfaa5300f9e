"""Linking stage: each entity to its knowledge-base actor, and the mentions of one actor together.

In order:
1. choose among a mention's knowledge-base candidates: an actor also named in full in the
   document, else one in office on the publication date, else the most specific form;
2. names only the model found are looked up by their text and by the forms without the
   definite article (`Алијансата` -> `Алијанса`);
3. short forms join the full name in the same document (`Тадиќ` -> `Борис Тадиќ`,
   `Ри` -> `Ри Јонг Хо`, `Советот` -> `Советот за заштита на сведоците`); several entities
   linked to one actor become one;
4. anaphors (`Алијансата`, `Фондот`, `Владата`) stand for an actor only when that actor, or
   its country, is named in the document;
5. attributes come from the actor's role on the publication date (a former president is no
   longer GOV), unless the text's role phrase names another of the actor's roles (`Претседателот
   на Европскиот совет, X` on a wrong date); unknown people and organisations get a country
   and sector from their role phrase (`српскиот министер … Вук Јеремиќ` -> SRB, GOV), a known
   body they are part of (`Мисијата на ОБСЕ во БиХ` -> IGO) or a following `на <country>`.
Also: an acronym in brackets after a name is that name's in the document (`… (BDI)`), and a
city's name after a natural feature's noun is that feature (`реката Тимок`, LOC).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date

from vesnik.clean.boilerplate import brief_items
from vesnik.document import PLACE_TYPES, Document, Entity, Mention
from vesnik.kb import Actor, KnowledgeBase, load_kb
from vesnik.lang import word_list, yaml_data
from vesnik.pipeline import PipelineStep
from vesnik.text.translit import fold

WORD = re.compile(r"\w+", re.UNICODE)
OWNER_LINK = re.compile(r" (\w+) ")  # the word joining a name to what follows it (`… на Србија`)
MODEL_LOOKUP_KINDS = ("name", "alias", "acronym", "capital")
INTERNATIONAL = frozenset({"EUR", "UNO", "IGO", "NGO"})  # PLOVER codes of international bodies
# codes of one family of bodies (the EU's, the UN's), unlike IGO that many unrelated bodies share: a
# family's anaphor (`Советот за безбедност`) stands where any body of the family is named (`ОН`)
FAMILIES = frozenset({"EUR", "UNO"})
ROLE_PHRASE_REACH = 120  # characters before a name where its role phrase may start
ORG_HEAD_WORDS = 3  # words of an organisation's name its head noun may be (adjectives come before it)
ORG_DESCRIPTION_WORDS = 3  # lower-case words before an organisation's name that may describe it
SENTENCE_ENDS = frozenset(".!?“\"")  # what closes the last sentence before an agency credit in brackets
# a mark that closes a quotation, punctuation and a lower-case word (`…“, рече`): a speaker's role phrase never reaches
# into the quote; a quoted name goes on with a name or none (`Ректорката на Универзитетот „Св. Кирил и Методиј“, X`)
QUOTE_END = re.compile(r"[“”\"»][,.:;]\s*")
SETTING_MENTIONS = 2  # mentions of a state's towns that set a story there
GENERIC_FORCES = frozenset({"COP", "MIL"})  # sectors whose sentence-initial anaphor (`Полицијата`) is no name


class LinkStep(PipelineStep):
    name = "linking"

    def __init__(self, lang: str = "mk", kb: KnowledgeBase | None = None):
        super().__init__()
        self.lang = lang
        self.kb = kb or load_kb()
        inflection = yaml_data(lang, "inflection")
        # definite article endings and the base endings they replace, longest first
        self.definite = sorted(((r["definite"], r["ending"]) for r in inflection["definite"]), key=lambda r: -len(r[0]))
        roles = yaml_data(lang, "roles")
        # role stems, longest first, as patterns for a stem anywhere in a phrase and at its start
        self.roles = [(re.compile(rf"\b{stem}"), re.compile(rf"\s*{stem}"), sector)
                      for stem, sector in sorted(roles["roles"].items(), key=lambda r: -len(r[0]))]
        self.any_role = _any_stem(roles["roles"])  # one search where only whether a role is named matters
        self.international_openers = {stem: tuple(codes) for stem, codes in roles["international_openers"].items()}
        self.civic_heads = tuple(roles["civic_heads"])
        self.role_bodies = [(re.compile(rf"\b{pattern}"), country, sector) for pattern, (country, sector) in roles["role_bodies"].items()]
        self.connectors = set(roles["connectors"])
        # `на синдикатот` after a role noun: the holder is of that kind of body
        self.body_nouns = [(re.compile(rf"\b(?:{'|'.join(roles['owner_connectors'])})\s+{stem}"), sector)
                           for stem, sector in roles["body_nouns"].items()]
        self.location_prepositions = set(roles["location_connectors"])
        self.held_at = set(roles["role_held_at"])
        self.topic_connector = roles["topic_connector"]
        self.owner_connectors = set(roles["owner_connectors"])
        self.former = _any_stem(roles["former"])
        self.home_state = roles["home_state"]
        self.home_bodies_capitalised = roles["home_bodies_capitalised"]
        self.opposition_words = set(roles["opposition_words"])
        self.seats = dict(roles["seats"])
        self.part_of = set(roles["part_of_connectors"])
        self.organ_sectors = set(roles["organ_sectors"])
        self.complementisers = set(yaml_data(lang, "reporting")["complementisers"])
        self.common_words = word_list(lang, "common_words")
        # head nouns of organs and collectives with their sector (`суд`, `обвинителството`)
        self.sector_heads = {form.lower(): sector for sector, forms in yaml_data(lang, "event_cues")["sector_heads"].items()
                             for form in forms}
        context = yaml_data(lang, "ner_context")
        # words after which an unknown one-word name is a place (`во Лондонбери`, `селото Лимнитис`)
        self.place_context = set(context["place_prepositions"]) | {w for ws in context["place_heads"].values() for w in ws}
        self.feature_heads = set(context["natural_feature_heads"])
        self.coordinators = set(context["coordinators"])
        transcription = yaml_data(lang, "transcription")
        self.letter_swaps = {frozenset(pair) for pair in transcription["swaps"]}
        self.optional_letters = {tuple(pair) for pair in transcription["optional"]}
        self.min_transcribed = transcription["min_length"]
        # letters a transcription may swap share one class; the key of a name writes each letter's
        # class and leaves out an optional letter after its letter, so names one transcription
        # apart share a key (and only the names of a key need the exact test)
        self.letter_class = {letter: min(pair) for pair in transcription["swaps"] for letter in pair}
        self.optional_classes = {(self.letter_class.get(a, a), self.letter_class.get(b, b)) for a, b in self.optional_letters}
        self._person_keys: dict[str, list[tuple[str, str]]] | None = None  # key -> (folded name, actor id), built on first use
        self.envoys: frozenset[int] = frozenset()
        self.published = date.today()

    def process(self, doc: Document) -> Document:
        if not doc.entities:
            return doc
        on = doc.published or date.today()
        self.envoys = envoy_origins(doc, self.lang)  # (this document's: read by the `home_country` calls below)
        self.published = on  # (read by `_named_actors`)
        doc._segments = self._segments(doc)  # (before the owners: an anaphor goes on telling its item's organ only)
        owners = self._owners(doc)
        named = self._named_actors(doc.entities, owners=owners)
        implied = self._home_organs_abroad(doc, owners)
        self._speakers_organs(doc, owners)
        self._segment_owners(doc, owners)  # (after the owners a person or party in the sentence gives: they tell whose)
        doc.entities = self._split_by_owner(doc.entities, owners)
        doc.entities, features = self._split_features(doc)
        # a document that names no state (`Уставниот суд ја поништи …`) speaks of the home state's
        # institutions (not of its forces: a sentence-initial `Полицијата` is no name)
        home = None if self._names_a_state(doc.entities) else self.home_state
        # the copy writes its own state's bodies with a capital (`ја повикаа Владата`), another state's in lower case
        # (`владата во Атина`): a capitalised anaphor inside a sentence of a story set partly at home is the home state's
        placed = self._place_and_people_states(doc.entities)
        home_capitals = self.home_bodies_capitalised and self.home_state in placed
        # a story set in another state's towns, named again and again, that names nothing of the home state
        # (`Јавното обвинителство` in a story of protests in Belgrade): a home organ's bare name there is that state's
        # organ of the kind (a state only spoken of, `Министерството … ја осуди агресијата врз Украина`, sets no story there)
        abroad = self.home_state not in placed and any(n >= SETTING_MENTIONS for n in self._town_states(doc.entities).values())
        for entity in doc.entities:
            if id(entity) in features:
                self._link_feature(entity)
                continue
            self._link(entity, self._named_before_anaphor(doc.entities, entity, owners) or named, on, self._owner(entity, owners), home,
                       self._in_credit(doc, entity), home_capitals and self._capitalised_within_sentence(doc, entity),
                       abroad and self._home_organ_named_bare(entity))
        self._bracketed_acronyms(doc, owners)
        entities = [e for e in doc.entities if e.kb_id or not self._unresolved_anaphor(doc, e)]
        entities = self._merge_linked(entities)
        entities = self._merge_short_forms(entities, owners)
        entities = [e for e in entities if e.kb_id or not self._unplaced_place(doc, e)]
        for entity in entities:  # known actors first: unknown ones take their country from them
            if entity.kb_id:
                self._describe(entity, self.kb.get(entity.kb_id), on)
                self.stats["linked"] += 1
        for entity in entities:  # then what the text calls a known person overrides a date that says nothing
            if entity.kb_id and entity.type == "PER":
                self._describe_by_text_role(doc, entity, self.kb.get(entity.kb_id), on, entities)
        for entity in entities:
            if not entity.kb_id:
                self._describe_unknown(doc, entity, entities, home)
                # (the state the text gives it: `Собранието во Сараево` is Bosnia's whatever the story names most)
                entity.country = (self._owner(entity, owners) or entity.country
                                  or next((implied[m.start] for m in entity.mentions if m.start in implied), None))
                self.stats["new entities"] += 1
        entities.sort(key=lambda e: e.mentions[0].start)
        for i, entity in enumerate(entities, start=1):
            entity.id = f"E{i}"
        doc.entities = entities
        return doc

    # 1-2, 4: choosing the actor
    def _named_actors(self, entities: list[Entity], before: int | None = None, owners: dict[int, str] | None = None) -> Counter:
        """Actors (and their countries) named in the document (before offset `before`, if given)
        by a name, not an anaphor or demonym; or by an anaphor with its state's demonym (`македонската
        Влада`, one of `owners`)."""
        named: Counter = Counter()
        for e in entities:
            for m in e.mentions if owners else ():
                if m.rule == "gazetteer:anaphor" and m.start in owners and (before is None or m.start < before):
                    ident = next((i for i in e._candidates if self.kb.get(i) and self.kb.get(i).country == owners[m.start]), None)
                    if ident is not None:
                        named[ident] += 1
                        named[f"country:{owners[m.start]}"] += 1
            if self._of_several_states(e) or self._namesakes(e):
                continue  # `ДПС` (Montenegro's or Bulgaria's) names neither state, `Баро` neither Barrot: the others choose for it
            if e._candidates and any(m.kind == "name" and m.rule != "gazetteer:anaphor" for m in e.mentions):
                actor = self.kb.get(e._candidates[0])
                # (a name the text gives to another state, `унгарското Министерство за внатрешни работи`, names not its namesake's)
                count = sum(1 for m in e.mentions if (before is None or m.start < before)
                            and not (owners and actor and owners.get(m.start, actor.country) != actor.country))
                for ident in e._candidates[:1] if count else ():
                    named[ident] += count
                    if actor and actor.country:
                        named[f"country:{actor.country}"] += count
                    post = self.kb.role_on(actor, self.published) if actor and actor.type == "PER" else None
                    if post is not None and post.country in FAMILIES:
                        # a commissioner named (`Кос`) names the EU for its anaphors (`Унијата`), not for the tally of states
                        named[f"post:{post.country}"] += count
                    if ident in self.seats:  # `Во Брисел, Комисијата …`: the city stands for the EU too
                        named[f"country:{self.seats[ident]}"] += count
        return named

    def _of_several_states(self, entity: Entity) -> bool:
        """Whether the entity's knowledge-base candidates are actors of more than one state."""
        return len({actor.country for i in entity._candidates for actor in [self.kb.get(i)] if actor}) > 1

    def _namesakes(self, entity: Entity) -> bool:
        """Whether the entity's knowledge-base candidates are several people (a surname namesakes share)."""
        return sum(1 for i in entity._candidates if (actor := self.kb.get(i)) and actor.type == "PER") > 1

    def _named_before_anaphor(self, entities: list[Entity], entity: Entity, owners: dict[int, str]) -> Counter | None:
        """For an anaphor (`Владата`), the actors named before it first stands: a reader takes
        it for the state the text has spoken of so far, not one named only later."""
        if not entity.mentions or not all(m.rule == "gazetteer:anaphor" for m in entity.mentions):
            return None
        named = self._named_actors(entities, before=min(m.start for m in entity.mentions), owners=owners)
        return named if any(key.startswith("country:") for key in named) else None

    def _names_a_state(self, entities: list[Entity]) -> bool:
        """Whether the document names a state, by a name or demonym of it, its places or its
        known actors (an anaphor, `Владата`, names none; international bodies are of no state)."""
        return any(actor.country and actor.country not in INTERNATIONAL
                   for e in entities if e._candidates and not all(m.rule == "gazetteer:anaphor" or m.start in self.envoys
                                                                  for m in e.mentions)
                   for actor in [self.kb.get(e._candidates[0])] if actor)

    def _link(self, entity: Entity, named: Counter, on: date, owner: str | None = None,
              home: str | None = None, credit: bool = False, home_body: bool = False, foreign_organ: bool = False) -> None:
        """`home_body`: an anaphor written as the home state's body's name (see `process`); `foreign_organ`: a home
        organ's bare name in a story set in another state, that state's organ of the kind."""
        anaphor = all(m.rule == "gazetteer:anaphor" for m in entity.mentions)
        candidates = [self.kb.get(i) for i in entity._candidates if self.kb.get(i)]
        if credit:  # `(ДПА/МИА)`: the press agency, not the party of that acronym
            candidates = [a for a in candidates if a.kind == "source"] or candidates
        if not candidates and not anaphor:
            candidates = self._lookup(entity)
        if foreign_organ and candidates and all(a.type == "ORG" and a.country == self.home_state and a.sector in self.organ_sectors
                                                for a in candidates):
            if len({a.sector for a in candidates}) == 1:
                entity.sector = candidates[0].sector
            self.stats["home organs' bare names taken for the story's state's"] += 1
            candidates = []
        elif owner:  # `Министерството за одбрана на Србија`: Serbia's, not the home ministry of that name
            organs = candidates
            candidates = [a for a in candidates if a.country == owner]
            sectors = {a.sector for a in organs}
            if organs and not candidates and len(sectors) == 1:
                entity.sector = sectors.pop()  # another state's organ of the same kind
        elif anaphor:  # `Владата`, `Полицијата`: of a state the document names most, or of an actor it names
            most = max((n for key, n in named.items() if key.startswith("country:")), default=0)
            bearers = candidates  # every actor the form may stand for
            candidates = [a for a in candidates if named[a.id] or (most and named[f"country:{a.country}"] == most)
                          or (a.country in FAMILIES and (named[f"country:{a.country}"] or named[f"post:{a.country}"])) or (home and a.country == home and a.sector not in GENERIC_FORCES)
                          or self._serves_a_named_body(a, named, most, on)]
            if not candidates and named[f"country:{self.home_state}"]:
                # no body of that name of the state named most (`Собранието` in a story of a visit to Ljubljana,
                # `Стопанската комора` in one of US tariffs): the home state's body, when the story names that state, is the
                # one the news speaks of (its forces excepted: a sentence-initial `Полицијата` is no name)
                candidates = [a for a in bearers if a.country == self.home_state and a.type == "ORG" and a.sector not in GENERIC_FORCES]
            if len(candidates) > 1:  # on a tie, the home state's: the news is read there
                candidates.sort(key=lambda a: (-(named[a.id] * 10 + named[f"country:{a.country}"]), a.country != self.home_state))
            if home_body:  # whichever state the story names most
                candidates = [a for a in bearers if a.country == self.home_state and a.type == "ORG"] or candidates
        compatible = [a for a in candidates if _compatible(entity.type, a.type)]
        if not compatible and entity.rule == "model" and len({a.type for a in candidates}) == 1:
            # the model saw a name and guessed its type; the knowledge base knows it
            entity.type = candidates[0].type
            compatible = candidates
            self.stats["model types corrected by the knowledge base"] += 1
        candidates = compatible
        if not candidates:
            entity.kb_id = None
            return
        in_office = [a for a in candidates if a.type == "PER" and self.kb.role_on(a, on)]
        fully_named = [a for a in candidates if named[a.id] > 0]
        # a form shared by actors of several states: the one of the state the document names most
        of_named_state = sorted((a for a in candidates if named[f"country:{a.country}"]) if self._of_several_states(entity) else (),
                                key=lambda a: -named[f"country:{a.country}"])
        chosen = (fully_named or in_office or of_named_state or candidates)[0]
        entity.kb_id = chosen.id
        if entity.rule == "model":
            entity.rule = "model+kb"

    def _home_organ_named_bare(self, entity: Entity) -> bool:
        """Whether the entity is named (not only by anaphors) and no name of it names the home state itself
        (`Јавното обвинителство`, not `Јавното обвинителство на Република Северна Македонија`)."""
        state = self.kb.get(f"gpe:{self.home_state}")
        names = [n.casefold() for n in (state.name_mk, *state.aliases)] if state else []
        named = [m for m in entity.mentions if m.rule != "gazetteer:anaphor"]
        return bool(named) and not any(n in m.text.casefold() for m in named for n in names)

    def _town_states(self, entities: list[Entity]) -> Counter:
        """The states whose towns the document names by name, with their number of such mentions."""
        return Counter(actor.country for e in entities if e.type in PLACE_TYPES and e._candidates
                       for actor in [self.kb.get(e._candidates[0])]
                       if actor and actor.country and not actor.is_country and actor.country not in INTERNATIONAL
                       for m in e.mentions if m.kind == "name")

    def _place_and_people_states(self, entities: list[Entity]) -> Counter:
        """The states whose names, places or people the document names by name, with their number of such mentions (a
        body's name may be another state's body of that name: `Министерството за внатрешни работи` in a story of France)."""
        return Counter(actor.country for e in entities if e._candidates
                       for actor in [self.kb.get(e._candidates[0])] if actor and actor.type in ("GPE", "PER") and actor.country
                       for m in e.mentions if m.kind == "name" and m.rule != "gazetteer:anaphor")

    @staticmethod
    def _capitalised_within_sentence(doc: Document, entity: Entity) -> bool:
        """Whether a mention of the entity begins with a capital letter where no sentence begins."""
        starts = {s.start for s in doc.sentences}
        return any(m.text[:1].isupper() and m.start not in starts for m in entity.mentions)

    @staticmethod
    def _in_credit(doc: Document, entity: Entity) -> bool:
        """Every mention is in an agency credit: joined to another name by a slash (`АФП/МИА`), or
        alone in brackets after a sentence's end (`….(ДПА)`; not `Партијата … (ДПА)`)."""
        def credited(start: int, end: int) -> bool:
            before, after = doc.text[:start].rstrip(), doc.text[end:].lstrip()
            return "/" in (before[-1:], after[:1]) or (before[-1:] == "(" and before[:-1].rstrip()[-1:] in SENTENCE_ENDS)
        return bool(entity.mentions) and all(credited(m.start, m.end) for m in entity.mentions)

    def _serves_a_named_body(self, actor: Actor, named: Counter, most: int, on: date) -> bool:
        """Whether a person's anaphor (`Банга`, `Кошта`) stands where the document names the body
        the person serves that day (`Претседателот на Светската банка Банга`), or names most the
        state or union of the office (a commissioner's EU), not only the person's own state."""
        role = self.kb.role_on(actor, on) if actor.type == "PER" else None
        return bool(role and ((role.org and named[role.org]) or (most and named[f"country:{role.country}"] == most)))

    def _owners(self, doc: Document) -> dict[int, str]:
        """For a known organisation's mention, the state it belongs to when the text says so: a
        state after `на` (`Министерството за одбрана на Србија`, `Владата на Хрватска`), a place
        of another state than the organisation's (`Министерството за здравство на Газа`), a known
        person after `на` (`Владата на Христијан Мицкоски`: the government he heads), the town
        after `во` of one of the states whose organs bear the name (`Владата во Скопје`), or the
        demonym right before it (`руското Министерство за одбрана`). Keyed by mention start."""
        states, places, demonyms = {}, {}, {}
        people = {}  # known people of one state, by the start of their names
        for e in doc.entities:
            countries = {a.country for a in map(self.kb.get, e._candidates) if a} if e.type == "PER" else set()
            if len(countries) == 1 and None not in countries:
                people.update((m.start, *countries) for m in e.mentions if m.kind == "name")
        for e in doc.entities:
            actor = self.kb.get(e._candidates[0]) if e.type in PLACE_TYPES and e._candidates else None
            if actor is None or not actor.country:
                continue
            for m in e.mentions:
                if m.kind == "name":
                    (states if e.type == "GPE" and actor.is_country else places)[m.start] = actor.country
                elif m.kind == "demonym" and actor.is_country:
                    demonyms[m.end] = actor.country
        owners = {}
        for e in doc.entities:
            if e.type != "ORG" or not e._candidates:
                continue
            own = {a.country for a in map(self.kb.get, e._candidates) if a}
            one_states_organ = self._civil_organ_of_one_state(e, own)
            for m in e.mentions:
                linker = OWNER_LINK.match(doc.text, m.end)
                bare_organ = one_states_organ and m.rule == "gazetteer:anaphor"
                after = None
                before = demonyms.get(m.start - 1) if doc.text[m.start - 1:m.start] == " " else None
                if linker and linker.group(1) in self.owner_connectors:
                    after = states.get(linker.end()) or places.get(linker.end())
                    after = None if after in own and linker.end() not in states else after
                    after = after or people.get(linker.end())
                elif linker and linker.group(1) in self.location_prepositions and (
                        len(own) > 1 or (bare_organ and not before)):
                    # `Владата во Скопје`: of the state whose town it sits in, also one whose organ of that
                    # name the knowledge base lacks (`Владата во Братислава`: Slovakia's, no other state's);
                    # so too the one state's organ of a bare word in another state's town (`Полицијата во Белград`)
                    after = places.get(linker.end())
                if not (after or before) and (len(own) > 1 or bare_organ):
                    before = self._seat_before(doc, m.start, places, own, people)
                if not (after or before) and m.rule == "gazetteer:anaphor":
                    before = self._organ_named_before(doc, m, states | places)
                if after or before:
                    owners[m.start] = after or before
        return owners

    def _organ_named_before(self, doc: Document, anaphor: Mention, places: dict[int, str]) -> str | None:
        """The state of the organ of the anaphor's noun (`Полицијата`) the same story told last before it, when its
        name opens with its state's demonym (`Српската полиција уапси … Полицијата соопшти`): the bare organ goes on
        telling it, not the state the story names most; not once a place of another state (of `places`, by start) is
        named in between (`… во Кичево … Полицијата`: the story has moved)."""
        noun = anaphor.text.lower()
        item = segment_at(doc, anaphor.start)
        names = {m.start: m for e in doc.entities if e.type == "ORG" for m in e.mentions
                 if m.kind == "name" and m.rule != "gazetteer:anaphor"}
        # the noun told last (`… од македонската полиција. Полицијата …`: not the named organ before it)
        told = [w for w in WORD.finditer(doc.text, item[0] if item else 0, anaphor.start)
                if noun.startswith(w.group().lower()) or w.group().lower().startswith(noun)]
        name = names.get(doc.text.rfind(" ", 0, told[-1].start() - 1) + 1) if told else None
        country = self._demonym_country(name.text.split()[0]) if name and name.end >= told[-1].end() else None
        moved = country and any(name.start < at < anaphor.start and state != country for at, state in places.items())
        return None if moved else country

    def _civil_organ_of_one_state(self, entity: Entity, own: set[str]) -> bool:
        """Whether the entity's knowledge-base bearers are civil organs of one state, which sit in that
        state: another state's town after it is its state's (an army acts abroad: `Армијата во Косово`)."""
        sectors = {a.sector for a in map(self.kb.get, entity._candidates) if a}
        return len(own) == 1 and bool(sectors) and sectors <= self.organ_sectors - {"MIL"}

    def _seat_before(self, doc: Document, start: int, places: dict[int, str], own: set[str], people: dict[int, str]) -> str | None:
        """`Во Скопје, Владата …`: the state of a town after `во` opening the sentence, with no
        other place up to the organ, among the states whose organs bear the name; any state's, for
        the one state's organ (`Во Подгорица, … протестираа пред Собранието`) with no known person
        up to it (`Во Брисел, Мицкоски рече дека Владата …` speaks of his own)."""
        sentence = doc.sentences[doc.sentence_of(start)]
        opening = WORD.match(doc.text, sentence.start)
        if not opening or opening.group().lower() not in self.location_prepositions:
            return None
        at = opening.end() + 1
        between = [p for p in places if sentence.start <= p < start]
        if at not in places or between != [at]:
            return None
        if places[at] in own:
            return places[at]
        return places[at] if len(own) == 1 and not any(sentence.start <= p < start for p in people) else None

    def _home_organs_abroad(self, doc: Document, owners: dict[int, str]) -> dict[int, str]:
        """In a document that never names the home state (no place, demonym, name or person of it),
        a home organ written without its state after a person of another state in its sentence, a
        state the text has named at least twice before (`Ковач ќе продолжи со својата работа
        во Министерството за надворешни работи` in a story about Croatia), is that state's: the
        mention gets it as its owner (added to `owners`, and returned); so is one with no such person
        whose sentence, or the one before, names towns of one such state only (its organs and parties named count
        with its places: `Српската полиција приведе … во Нови Сад, соопшти Министерството за внатрешни работи`). A home organ in a story
        that only speaks of another state (`Министерството … ја осуди агресијата врз Украина`)
        stays the home state's."""
        places = [(self.kb.get(e._candidates[0]), e) for e in doc.entities if e.type in PLACE_TYPES and e._candidates]
        towns = [(a.country, e) for a, e in places if a and a.country and not a.is_country and a.country not in INTERNATIONAL]
        places = [(a.country, e) for a, e in places if a and a.country]
        people = [((self.kb.get(e._candidates[0]) if e._candidates else next(iter(self._lookup(e)), None)), e)
                  for e in doc.entities if e.type == "PER"]
        people = [(m.start, a.country) for a, e in people if a and a.country for m in e.mentions]
        if self.home_state in {country for country, _ in places} | {country for _, country in people}:
            return {}
        # other states' organs and parties named by their own names (`Српската полиција`, `СНС`) speak of those states too
        bodies = [(a.country, e) for e in doc.entities if e.type == "ORG" and e._candidates and not self._of_several_states(e)
                  for a in [self.kb.get(e._candidates[0])] if a and a.country and a.country not in INTERNATIONAL
                  and a.country != self.home_state]
        implied = {}
        for e in doc.entities:
            actors = [self.kb.get(i) for i in e._candidates if self.kb.get(i)]
            if (e.type != "ORG" or not actors or any(m.start in owners for m in e.mentions) or not self._home_organ_named_bare(e)
                    or not all(a.country == self.home_state and a.sector in self.organ_sectors for a in actors)):
                continue  # (a name that names the home state, `… на Република Северна Македонија`, says whose it is)
            anaphor = any(m.rule == "gazetteer:anaphor" for m in e.mentions)
            for m in e.mentions:
                if m.rule == "gazetteer:anaphor":
                    continue  # (`Полицијата` finds its state when linked)
                sentence = doc.sentence_of(m.start)
                before = Counter(country for country, p in places + bodies if country not in INTERNATIONAL
                                 for n in p.mentions if n.start < m.start and n.rule != "gazetteer:anaphor")
                states = set() if anaphor else {country for at, country in people  # a person of that state before it in its sentence
                                                if at < m.start and doc.sentence_of(at) == sentence and before[country] >= 2}
                if not states:  # else the towns of its sentence or the one before (`… протестираа во Истанбул и Анкара.
                    # Министерството за внатрешни работи соопшти …`): where it acts
                    states = {country for country, p in towns for n in p.mentions
                              if sentence - 1 <= doc.sentence_of(n.start) <= sentence and before[country] >= 2}
                if not states:  # else a demonym before it in its sentence (`Хрватското здружение … го критикуваше
                    # Министерството за здравство`): the body of that state speaks of its own state's organ
                    states = {country for country, p in places for n in p.mentions if n.kind == "demonym"
                              and n.start < m.start and doc.sentence_of(n.start) == sentence and before[country] >= 2}
                if len(states) == 1:
                    owners[m.start] = implied[m.start] = states.pop()
                    self.stats["home organs taken as the organs of another state's people"] += 1
        return implied

    def _segments(self, doc: Document) -> list[tuple[int, int, str | None]]:
        """The items of a page of news briefs (`brief_items`): (start, end, state), its state that of the last place its
        dateline names (`БЕЛГРАД, Србија --`: Serbia)."""
        places = sorted((m.start, actor.country) for e in doc.entities if e.type in PLACE_TYPES and e._candidates
                        for actor in [self.kb.get(e._candidates[0])] if actor and actor.country and actor.country not in INTERNATIONAL
                        for m in e.mentions)
        return [(m.start(), end, next((c for at, c in reversed(places) if m.start() <= at < m.end()), None))
                for m, end in brief_items(doc.text)]

    def _segment_owners(self, doc: Document, owners: dict[int, str]) -> None:
        """A state organ written without its state (`Владата`, `Парламентот`, or the home organ's bare name) inside an
        item of a page of briefs is the organ of the item's state, as its dateline names it: the mention gets that state as
        its owner (added to `owners`) unless the text gives it another (`Владата на Србија`)."""
        for e in doc.entities:
            actors = [a for a in map(self.kb.get, e._candidates) if a]
            if (e.type != "ORG" or not actors or any(a.country in INTERNATIONAL or a.sector not in self.organ_sectors for a in actors)
                    or not (all(m.rule == "gazetteer:anaphor" for m in e.mentions)
                            or (all(a.country == self.home_state for a in actors) and self._home_organ_named_bare(e)))):
                continue
            for m in e.mentions:
                state = segment_state(doc, m.start)
                if state and m.start not in owners:
                    owners[m.start] = state
                    self.stats["organs taken as their brief item's state's"] += 1

    def _speakers_organs(self, doc: Document, owners: dict[int, str]) -> None:
        """An organ written as an anaphor (`Владата`) in what the people of one state say in its sentence
        (after `дека`) is that state's when it has one so called (`Премиерот Мицкоски изјави дека Владата нема да …` in a
        story that names Serbia most): the mention gets it as its owner (added to `owners`). So is one after a
        party of one state in its sentence, said or not: a party speaks of its own state's organs (`Опозициската
        СДСМ ја критикуваше Владата` in a story about a visit to Athens), and one after an unnamed opposition in a
        story that names the home state (roles.yaml `opposition_words`)."""
        people = [((self.kb.get(e._candidates[0]) if e._candidates else next(iter(self._lookup(e)), None)), e)
                  for e in doc.entities if e.type == "PER"]
        people = [(m.start, a.country) for a, e in people if a and a.country and a.country not in INTERNATIONAL
                  for m in e.mentions]
        parties = [(m.start, a.country) for e in doc.entities if e.type == "ORG" and e._candidates and not self._of_several_states(e)
                   for a in [self.kb.get(e._candidates[0])] if a and a.sector == "PTY" and a.country
                   and a.country not in INTERNATIONAL for m in e.mentions if m.rule != "gazetteer:anaphor"]
        home_named = self.home_state in {country for _, country in people} | {
            a.country for e in doc.entities if e.type in PLACE_TYPES and e._candidates for a in [self.kb.get(e._candidates[0])] if a}
        demonyms = {m.end for e in doc.entities for m in e.mentions if m.kind == "demonym"}
        for e in doc.entities:
            organs = {a.country for a in map(self.kb.get, e._candidates) if a}
            if e.type != "ORG" or len(organs) < 2:
                continue
            for m in e.mentions:
                if m.rule != "gazetteer:anaphor" or m.start in owners:
                    continue
                sentence = doc.sentence_of(m.start)
                told = [t for t in WORD.finditer(doc.text, doc.sentences[sentence].start, m.start)
                        if t.group().lower() in self.complementisers]
                states = {country for at, country in parties if at < m.start and doc.sentence_of(at) == sentence}
                if not states and home_named and self._after_opposition(doc, sentence, m.start, demonyms):
                    states = {self.home_state}
                if told and not states:
                    states = {country for at, country in people if at < told[0].start() and doc.sentence_of(at) == sentence}
                if len(states) == 1 and states <= organs:
                    owners[m.start] = states.pop()
                    self.stats["anaphoric organs taken as their speaker's state's"] += 1

    def _after_opposition(self, doc: Document, sentence: int, start: int, demonyms: set[int]) -> bool:
        """A word of an unnamed opposition, with no demonym right before it, stands before offset `start` in its sentence."""
        return any(w.group().lower() in self.opposition_words and w.start() - 1 not in demonyms
                   for w in WORD.finditer(doc.text, doc.sentences[sentence].start, start))

    def _split_by_owner(self, entities: list[Entity], owners: dict[int, str]) -> list[Entity]:
        """One entity per owner: `Министерството за одбрана` and, later, `Министерството за
        одбрана на Србија` are two organisations."""
        out = []
        for e in entities:
            groups: dict[str | None, list] = {}
            for m in e.mentions:
                groups.setdefault(owners.get(m.start), []).append(m)
            if len(groups) == 1:
                out.append(e)
                continue
            for mentions in groups.values():
                part = e.model_copy(update={"mentions": mentions})
                part._candidates = list(e._candidates)
                out.append(part)
        return out

    def _bracketed_acronyms(self, doc: Document, owners: dict[int, str]) -> None:
        """An acronym in brackets right after a name is that name's in this document
        (`Федерацијата на германски индустрии (BDI)`), whatever else the knowledge base calls so, a state too:
        each of its mentions takes the name's actor; an unknown name takes the acronym's
        (`Образовната, научната и културната организација на ОН (УНЕСКО)`) unless its owner state
        follows it (`Министерството за внатрешни работи на Косово (МВР)`: Kosovo's, not the home
        ministry of that acronym)."""
        starts = {m.start: e for e in doc.entities for m in e.mentions}
        ends = {m.start: m.end for e in doc.entities for m in e.mentions}
        for e in doc.entities:
            if e.type != "ORG":
                continue
            for m in e.mentions:
                end = m.end
                if m.start in owners:  # the acronym comes after the owner: `… на Косово (МВР)`
                    linker = OWNER_LINK.match(doc.text, m.end)
                    end = ends.get(linker.end(), m.end) if linker else m.end
                opening = doc.text[end:end + 2]
                inner = starts.get(end + 2) if opening == " (" else starts.get(end + 1) if opening[:1] == "(" else None
                if inner is None or inner is e or inner.type not in ("ORG", "GPE"):
                    continue
                acronym = next((n for n in inner.mentions if n.start in (end + 1, end + 2)), None)
                # a state's acronym is the body's only where the document never writes that state otherwise
                # (`Данскиот совет за бегалци (DRC)`: no Congo)
                if inner.type == "GPE" and (acronym is None or any(n.text != acronym.text for n in inner.mentions)):
                    continue
                if (acronym is None or doc.text[acronym.end:acronym.end + 1] != ")" or not acronym.text.isupper()
                        or " " in acronym.text or (e.kb_id and inner.kb_id == e.kb_id) or self._names_inside(m.text, inner.kb_id)):
                    continue
                if not e.kb_id:  # an unknown name is the known acronym's actor, or one unknown organisation
                    if not inner.kb_id or m.start in owners:
                        inner.kb_id = None
                        e.mentions = sorted(e.mentions + inner.mentions, key=lambda n: n.start)
                        inner.mentions = []
                    e.kb_id = inner.kb_id
                else:
                    inner.kb_id, inner.type = e.kb_id, e.type
                self.stats["bracketed acronyms taken as the name's"] += 1
                break
        doc.entities = [e for e in doc.entities if e.mentions]

    def _names_inside(self, name: str, ident: str | None) -> bool:
        """Whether a body's name ends with `на` and the actor `ident` (`Комитетот за надворешни
        работи на Европскиот парламент (ЕП)`: the acronym is the parliament's)."""
        words = name.split(" ")
        return bool(ident) and any(
            ident in {a.id for a in self._lookup_text(" ".join(words[i + 1:]))}
            for i, w in enumerate(words[:-1]) if w in self.owner_connectors)

    def _lookup_text(self, text: str) -> list[Actor]:
        for variant in self._variants(text):
            found = self._lookup_form(variant)
            if found:
                return found
        return []

    def _lookup_form(self, text: str) -> list[Actor]:
        """The actors a name the model found stands for; an acronym only when written as one
        (two capitals at least: `ЗНАМ`, `БиХ`, not the verb `Знам`)."""
        acronym = sum(c.isupper() for c in text) >= 2
        return self.kb.lookup(text, kinds=MODEL_LOOKUP_KINDS if acronym else tuple(k for k in MODEL_LOOKUP_KINDS if k != "acronym"))

    def _split_features(self, doc: Document) -> tuple[list[Entity], set[int]]:
        """Place names right after a noun of a natural feature (`реката Тимок`, `планината Тара`)
        apart from the other mentions of the same form: the feature, not the city so called.
        Returns the entities and the ids of the feature parts."""
        out, features = [], set()
        for e in doc.entities:
            if e.type not in PLACE_TYPES:
                out.append(e)
                continue
            after_head = [m for m in e.mentions if m.kind == "name" and self._after_feature_head(doc, m.start)]
            if not after_head:
                out.append(e)
                continue
            rest = [m for m in e.mentions if m not in after_head]
            part = e.model_copy(update={"mentions": after_head}) if rest else e
            part._candidates = list(e._candidates)
            features.add(id(part))
            out.append(part)
            if rest:
                other = e.model_copy(update={"mentions": rest})
                other._candidates = list(e._candidates)
                out.append(other)
        return out, features

    def _after_feature_head(self, doc: Document, start: int) -> bool:
        before = doc.text[max(0, start - 20):start].split()
        return bool(before) and before[-1].lower() in self.feature_heads

    def _link_feature(self, entity: Entity) -> None:
        """A natural feature is a location: of its candidates only a location, else unknown."""
        found = [self.kb.get(i) for i in entity._candidates if self.kb.get(i)] or self._lookup(entity)
        found = [a for a in found if a.type == "LOC"]
        entity.type = "LOC"
        entity.kb_id = found[0].id if found else None
        if entity.kb_id and entity.rule == "model":
            entity.rule = "model+kb"
        self.stats["places after a natural feature's noun taken as that feature"] += 1

    @staticmethod
    def _owner(entity: Entity, owners: dict[int, str]) -> str | None:
        found = {owners.get(m.start) for m in entity.mentions}
        return found.pop() if len(found) == 1 else None

    def _unresolved_anaphor(self, doc: Document, entity: Entity) -> bool:
        """An anaphor of a force (`Полицијата`, `Армијата`) with no actor named in the document,
        written only at sentence starts where its capital letter says nothing: not a name. An
        institution's (`Владата`, `Советот`, `Министерството`) is one all the same (dev and train
        annotations: 13 of 16 such sentence-initial institution words are marked as names, none of
        3 police)."""
        if not all(m.rule == "gazetteer:anaphor" for m in entity.mentions):
            return False
        actors = [self.kb.get(i) for i in entity._candidates if self.kb.get(i)]
        if actors and not all(a.sector in GENERIC_FORCES for a in actors):
            return False
        starts = {s.start for s in doc.sentences}
        if all(m.start in starts for m in entity.mentions):
            self.stats["anaphors dropped: no referent"] += 1
            return True
        return False

    def _unplaced_place(self, doc: Document, entity: Entity) -> bool:
        """A one-word "place" only the model found, that the knowledge base does not know and
        the text never puts after a place word (`во`, `селото`): in cross-validation on the
        training documents four in five were companies, clubs, people or no name (`Инрапт`,
        `ГАП`, `Падингтон`)."""
        if entity.type != "GPE" or entity.rule != "model" or any(" " in m.text for m in entity.mentions):
            return False
        for m in entity.mentions:
            before = doc.text[max(0, m.start - 30):m.start].split()
            if before and before[-1].lower() in self.place_context:
                return False
        self.stats["unknown one-word places dropped: no place word before them"] += 1
        return True

    def _lookup(self, entity: Entity) -> list[Actor]:
        for mention in entity.mentions:
            for variant in self._variants(mention.text):
                found = self._lookup_form(variant)
                if found:
                    return found
        if entity.type != "PER":
            return next(filter(None, (self._by_trailing_acronym(m.text) for m in entity.mentions)), [])
        return self._by_first_and_last_name(entity) or self._by_transcription(entity)

    def _by_trailing_acronym(self, text: str) -> list[Actor]:
        """A body's name the model took with its acronym after it, unbracketed (`Европската канцеларија за
        борба против измамите ОЛАФ`): the acronym's body, when its own name opens with the same word."""
        *name, last = text.split(" ")
        if len(name) < 2 or not last.isupper() or len(last) < 2:
            return []
        openers = {fold(variant.split(" ")[0]) for variant in self._variants(" ".join(name))}
        return [a for a in self.kb.lookup(last, kinds=("acronym",)) if fold(a.name_mk.split(" ")[0]) in openers]

    def _by_first_and_last_name(self, entity: Entity) -> list[Actor]:
        """A person whose first and last names are the known actor's, with another middle name or
        transcription between them (`Реџеп Таип Ердоган` for `Реџеп Тајип Ердоган`)."""
        for mention in entity.mentions:
            words = mention.text.split(" ")
            if len(words) < 3:
                continue
            found = [actor for actor in self.kb.lookup(words[-1], kinds=("alias",))
                     if actor.type == "PER" and fold(actor.name_mk.split(" ")[0]) == fold(words[0])]
            if len(found) == 1:
                return found
        return []

    def _by_transcription(self, entity: Entity) -> list[Actor]:
        """The one known person whose full name or alias another transcription of the text's
        would write (`Џон Ратклиф` for `Џон Ретклиф`): one letter swapped, or one optional letter
        written or left out after the letter it follows, never a word's first (data: `lang/<lang>/transcription.yaml`)."""
        if self._person_keys is None:
            self._person_keys = defaultdict(list)
            for form, ident, kind in self.kb.surface_forms():
                if kind in ("name", "alias") and " " in form and self.kb.get(ident).type == "PER":
                    self._person_keys[self._transcription_key(fold(form))].append((fold(form), ident))
        for mention in entity.mentions:
            name = fold(mention.text)
            if " " not in name or len(name) < self.min_transcribed:
                continue
            found = {ident for known, ident in self._person_keys.get(self._transcription_key(name), ())
                     if self._one_transcription_apart(name, known)}
            if len(found) == 1:
                return [self.kb.get(found.pop())]
        return []

    def _transcription_key(self, name: str) -> str:
        out: list[str] = []
        for letter in name:
            cls = self.letter_class.get(letter, letter)
            if not (out and (out[-1], cls) in self.optional_classes):
                out.append(cls)
        return "".join(out)

    def _one_transcription_apart(self, a: str, b: str) -> bool:
        if abs(len(a) - len(b)) > 1 or a == b or a[0] != b[0]:
            return False
        if len(a) == len(b):
            diffs = [i for i in range(len(a)) if a[i] != b[i]]
            return (len(diffs) == 1 and a[diffs[0] - 1] != " "
                    and frozenset((a[diffs[0]], b[diffs[0]])) in self.letter_swaps)
        short, long = (a, b) if len(a) < len(b) else (b, a)
        i = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
        return (long[i - 1], long[i]) in self.optional_letters and short[i:] == long[i + 1:]

    def _variants(self, text: str) -> list[str]:
        """The text, and the text with the definite article taken off its first word."""
        words = text.split(" ")
        out = [text]
        for article, base in self.definite:
            if article and len(words[0]) > len(article) + 2 and words[0].endswith(article):
                out.append(" ".join([words[0][: -len(article)] + base] + words[1:]))
        return out

    # 3: one entity per actor, short forms joined to full names
    @staticmethod
    def _merge_linked(entities: list[Entity]) -> list[Entity]:
        by_actor: dict[str, Entity] = {}
        kept = []
        for e in entities:
            if e.kb_id and e.kb_id in by_actor:
                target = by_actor[e.kb_id]
                target.mentions = sorted(target.mentions + e.mentions, key=lambda m: m.start)
                if len(e.name) > len(target.name) and any(m.kind == "name" for m in e.mentions):
                    target.name = e.name
                continue
            if e.kb_id:
                by_actor[e.kb_id] = e
            kept.append(e)
        return kept

    def _merge_short_forms(self, entities: list[Entity], states: dict[int, str]) -> list[Entity]:
        full_names = {id(e): _full_name(e) for e in entities}
        long_forms = [e for e in entities if len(WORD.findall(full_names[id(e)])) > 1]
        kept = []
        for e in entities:
            words = WORD.findall(e.name)
            target = None
            # a hyphenated surname alone (`Персад-Бисесар`) is one word of a person's name too
            surname = e.type == "PER" and len(e.name.split()) == 1
            if (len(words) == 1 or surname) and (e.type in ("PER", "ORG") or not e.kb_id):
                key = fold(e.name) if surname else fold(words[0])
                bases = {fold(v) for v in self._variants(words[0])}
                # a one-word name is a short form of a person named in full (whatever type the
                # model gave it), or of an organisation whose name starts with it (`Советот`) or ends
                # with it as its head noun when the knowledge base knows no body by it (`Европскиот совет … Советот`,
                # a known body's `Светска банка … Банката`; not the anaphor `Владата`, the home government, after
                # `Хрватската влада`)
                owners = [o for o in long_forms if o is not e and (
                          (o.type == "PER" and (e.type == "PER" or not e.kb_id)
                           and key in {fold(w) for w in WORD.findall(full_names[id(o)]) + full_names[id(o)].split()})
                          or (o.type == "ORG" == e.type and (fold(WORD.findall(full_names[id(o)])[0]) == key
                                                             or (not e.kb_id and fold(WORD.findall(full_names[id(o)])[-1]) in bases
                                                                 and (o.kb_id or self._written_as_phrase(o))))))]
                owners = list({id(o): o for o in owners}.values())
                if len(owners) > 1 and e.type == "ORG":  # `Советот` after several councils: the one named last before it
                    first = min(m.start for m in e.mentions)
                    before = [(max(m.start for m in o.mentions if m.start < first), o) for o in owners
                              if any(m.start < first for m in o.mentions)]
                    owners = [max(before, key=lambda p: p[0])[1]] if before else owners
                # a surname the knowledge base knows only as some actor's short form (`Иванов`)
                # belongs to the person the document names in full with it
                by_anaphor = all(m.rule == "gazetteer:anaphor" for m in e.mentions)
                # not one whose `на` names another state (`Владата на Холандија` after `Владата на Мицкоски`)
                state = self._owner(e, states)
                if state and len(owners) == 1:
                    owners = [o for o in owners if o.kb_id and self.kb.get(o.kb_id).country == state]
                # a surname linked to its best-known bearer (`Тачи`: Hashim Thaçi) is the known namesake the document
                # names in full (`Мендух Тачи`)
                namesake = surname and len(owners) == 1 and owners[0].type == "PER" and bool(owners[0].kb_id)
                if len(owners) == 1 and (not e.kb_id or by_anaphor or e.kb_id == owners[0].kb_id or not owners[0].kb_id or namesake):
                    target = owners[0]
                    if not target.kb_id and not self._same_given_name(target, e.kb_id):
                        e = e.model_copy(update={"kb_id": None})  # `Зоран Трајковски` is not the known `Борис Трајковски`
                elif surname and e.kb_id and len(owners) > 1 and all(
                        o.type == "PER" and not o.kb_id and not self._same_given_name(o, e.kb_id) for o in owners):
                    # several others of the surname named in full (a father and his son), none the known bearer: one of them
                    e = e.model_copy(update={"kb_id": None})
            if target is None and len(words) > 1 and e.type == "ORG" and not e.kb_id:
                target = self._longer_name_of(e, entities)
            if target is None:
                kept.append(e)
                continue
            target.mentions = sorted(target.mentions + [m.model_copy(update={"rule": "coreference"}) for m in e.mentions],
                                     key=lambda m: m.start)
            target.kb_id = target.kb_id or e.kb_id
            self.stats["short forms joined"] += 1
        return kept

    def _written_as_phrase(self, body: Entity) -> bool:
        """Whether the text names the body as a noun phrase, its first word with the definite article
        (`Европскиот совет`, `Апелациониот суд`), not by a title (`здружението „Зелен град“`)."""
        return any(len(self._variants(m.text.split(" ")[0])) > 1 for m in body.mentions)

    def _same_given_name(self, person: Entity, kb_id: str | None) -> bool:
        """Whether the actor a surname was linked to could be the person the document names in
        full: the name opens with one of its given names, another transcription of one (`Александер`)
        or its initial (`Б.`)."""
        if not kb_id or kb_id not in self.kb or person.type != "PER":
            return True
        known = self.kb.given_names(kb_id)
        written = person.name.split()[0]
        given = fold(written.rstrip("."))
        # a person known by no name of two words may be named with any; an initial (`Б.`) stands for its given names
        return (not known or given in known or any(self._one_transcription_apart(given, k) for k in known)
                or (written.endswith(".") and len(given) == 1 and any(k.startswith(given) for k in known)))

    def _longer_name_of(self, entity: Entity, entities: list[Entity]) -> Entity | None:
        """The one organisation of the document whose name is this unknown one's followed by `на`
        and its owner (`Комитетот за надворешни работи` after `Комитетот за надворешни работи
        на Европскиот парламент`): the short form is that body."""
        short = tuple({fold(f"{m.text} {connector}") + " " for m in entity.mentions for connector in self.owner_connectors})
        found = {id(o): o for o in entities if o is not entity and o.type == "ORG"
                 for m in o.mentions if fold(m.text).startswith(short)}
        return next(iter(found.values())) if len(found) == 1 else None

    # 5: attributes
    def _describe(self, entity: Entity, actor: Actor, on: date) -> None:
        entity.name = actor.name_mk
        entity.name_en = actor.name_en
        entity.wikidata = actor.wikidata
        entity.type = actor.type if entity.type != "GPE" or actor.type != "LOC" else entity.type
        entity.country = self.kb.country_on(actor, on)
        entity.sector = self.kb.sector_on(actor, on)

    def _describe_by_text_role(self, doc: Document, entity: Entity, actor: Actor, on: date,
                               entities: list[Entity]) -> None:
        """A known person whom the text gives a role (`Претседателот на Европскиот совет, X`,
        `хрватскиот заменик-министер Y`) that the publication date does not: the
        actor's own role of that body or state, whatever its dates (news dates can be wrong, and
        the text knows), else, with no role on the date, the text's role itself when it is of an
        international body or of the person's own state. A role called former says nothing, nor
        does his own state's demonym while he holds an international office on the date and none of that state."""
        named = [m for m in entity.mentions if m.kind == "name"]
        if not named:
            return
        country = sector = before = None
        for mention in sorted(named, key=lambda m: m.start):  # the first mention with a role phrase
            country, sector = self._role_phrase(doc, mention.start, entities, skip_former=True)
            before = before or sector
            if not country:
                country, sector = self._role_after(doc, mention.end, entities, None)
            if country:
                break
        if not country and before and not actor.roles:
            # `министерот за здравство X`, whose offices the knowledge base does not know: of the document's own state
            country, sector = home_country(entities, prefer=self.home_state, ignore=self.envoys), before
        if not country:
            return
        current = self.kb.role_on(actor, on)
        if current is not None and current.country == country:
            return
        if (current is not None and current.country in INTERNATIONAL and country == actor.country
                and not any(r.country == country and r.in_force(on) for r in actor.roles)):
            return  # `словачкиот дипломат X` while X is the EU's envoy: the demonym tells his nationality, the date his post
        matching = sorted((r for r in actor.roles if r.country == country),
                          key=lambda r: abs(((r.start or on) - on).days))
        if matching:
            entity.country, entity.sector = country, matching[0].sector or sector
            self.stats["known people placed by their role in the text"] += 1
        elif current is None and sector and (country in INTERNATIONAL or country == actor.country):
            entity.country, entity.sector = country, sector
            self.stats["known people placed by their role in the text"] += 1

    def _describe_unknown(self, doc: Document, entity: Entity, entities: list[Entity], home: str | None = None) -> None:
        """`home`: the state of a document that names none (`Основниот суд …` in it is that state's)."""
        named = [m for m in entity.mentions if m.kind == "name"]
        if not named:
            return
        entity.name = max((m.text for m in named), key=len)
        first = min(named, key=lambda m: m.start)
        country, sector = self._role_phrase(doc, first.start, entities) if entity.type == "PER" else (None, None)
        if entity.type == "PER" and sector and not country:
            body = self._body_of_officer(doc, first.start, entities, sector)
            if body is not None:  # `Фронтекс ќе испрати …, објави извршниот директор X`: the body's
                country, sector = body.country, body.sector
            else:  # `министерот за финансии X`: the document's own country (a brief's item's own state)
                country = segment_state(doc, first.start) or home_country(entities, prefer=self.home_state, ignore=self.envoys)
        for mention in sorted(named, key=lambda m: m.start) if entity.type == "PER" else ():
            if country:
                break
            country, sector = self._role_after(doc, mention.end, entities, sector)
        if entity.type == "ORG" and not country:
            country, sector = self._parent_body(entity.name)
        if entity.type == "ORG" and not country:
            country, sector = self._body_it_is_part_of(doc, entity, entities)
        if entity.type == "ORG" and not country:
            country = self._state_in_name(entity, first, entities)
        if entity.type == "ORG" and not country:
            country, sector = self._international_by_name(entity.name)
        if entity.type == "ORG" and not country:
            country = self._adjective_country(doc, first.start, entities)
        entity.country = country or self._following_country(doc, entity, entities)
        if entity.type == "ORG" and not entity.country:  # `фирмата Бамби` in Macedonian news: a Macedonian firm
            entity.country = (segment_state(doc, first.start) or home_country(entities, prefer=self.home_state, ignore=self.envoys)
                              or only_country(entities, self.envoys) or home)
        entity.country = entity.country or home  # a person of a story that names no state is of the home state
        entity.sector = sector or entity.sector  # an organ's kind may have given it (`_link`)
        if entity.type == "ORG" and not entity.sector:
            entity.sector = self._head_noun_sector(entity.name)
        if entity.country or sector:
            self.stats["new entities placed by context"] += 1

    def _body_of_officer(self, doc: Document, start: int, entities: list[Entity], sector: str) -> Entity | None:
        """The one international body a sentence names before a person whose role phrase names no owner and no
        state's organ (`извршниот директор X`, not `министерот X`), with no state's organ named before him
        either: he speaks or acts for it (`Фронтекс ќе испрати …, објави извршниот директор X`)."""
        if sector in self.organ_sectors:
            return None
        sentence = doc.sentences[doc.sentence_of(start)]
        before = {e.id: e for e in entities if e.type == "ORG" and e.kb_id and e.country
                  for m in e.mentions if sentence.start <= m.start < start}
        bodies = [e for e in before.values() if e.country in INTERNATIONAL]
        if len(bodies) != 1 or any(e.sector in self.organ_sectors and e.country not in INTERNATIONAL for e in before.values()):
            return None
        return bodies[0]

    def _role_phrase(self, doc: Document, start: int, entities: list[Entity],
                     skip_former: bool = False) -> tuple[str | None, str | None]:
        """Country and sector from the role phrase right before a name: `српскиот министер за
        надворешни работи Вук Јеремиќ`, `министерот за надворешни работи на Србија Вук Јеремиќ`."""
        sentence = doc.sentences[doc.sentence_of(start)]
        reach = max(sentence.start, start - ROLE_PHRASE_REACH)
        if not self.any_role.search(doc.text[reach:start].lower()):
            return None, None  # (one search for most names: the phrase, cut from this stretch, can name no role)
        phrase_start = start
        for word in reversed(list(WORD.finditer(doc.text, reach, start))):
            if (closed := QUOTE_END.search(doc.text, word.end(), phrase_start)) and doc.text[closed.end():closed.end() + 1].islower():
                break  # `„… за ЕУ“, рече аналитичарот на …, X`: the quote's bodies are not the speaker's
            if (word.group()[:1].isupper() and not self._is_place(word.start(), entities)
                    and not self._is_organisation(word.start(), entities) and word.start() > sentence.start
                    and not self._capitalised_body_noun(doc, word)):
                break
            phrase_start = word.start()
        whole_start, phrase_start = phrase_start, self._own_role_start(doc, phrase_start, start)
        phrase = doc.text[phrase_start:start].lower()
        if skip_former and self.former.search(phrase):
            return None, None
        if not (role := self.any_role.search(phrase)):
            return None, None
        # a body a connector governs before the role noun is of an earlier phrase, not the role's owner (`рече за
        # Политико аналитичарот на …`: the outlet told to; owners follow the role noun)
        words = list(WORD.finditer(doc.text, phrase_start, phrase_start + role.start()))
        joined = [w.end() for w, after in zip(words, words[1:]) if w.group().lower() in self.connectors
                  and (self._is_organisation(after.start(), entities) or self._is_place(after.start(), entities))]
        if joined:
            phrase_start = joined[-1]
            phrase = doc.text[phrase_start:start].lower()
        sector = next(s for anywhere, _, s in self.roles if anywhere.search(phrase))
        places = self._role_places(doc, phrase_start, start, entities)
        owners = self._role_owners(doc, phrase_start, places)
        if not places and doc.text[phrase_start - 1:phrase_start] == "," and self.any_role.search(
                doc.text[whole_start:phrase_start].lower()):
            # `Командантот на Копнените сили на САД, генерал X`: a rank in apposition to a role whose owner is named
            places = owners = self._role_owners(doc, whole_start, self._role_places(doc, whole_start, phrase_start, entities))
        # a body after a location word is where the role sits when a state owns it (`палестинскиот претставник во ОН`)
        body = next((e for e in entities if e.type == "ORG" and e.sector and e.kb_id
                     for m in e.mentions if phrase_start <= m.start and m.end <= start
                     and (linker := self._connector_before(doc, phrase_start, m.start)) in self.connectors
                     and not (linker in self.location_prepositions and any(p[0] < m.start for p in owners))), None)
        if body is not None:  # `директорот на Агенцијата за национална безбедност`, `амбасадорката на ЕУ`
            return body.country, body.sector
        # `претседателот на синдикатот X`: a union's, not a state's, president
        body_sector = next((s for noun, s in self.body_nouns if noun.search(phrase)), None)
        sector = body_sector or sector
        if body_sector == "PTY" and not places:
            # `Од ВМРО-ДПМНЕ реагираа … Портпаролката на партијата, X`: of the party the text named last
            told = [(m.start, e.country) for e in entities if e.kb_id and e.sector == sector and e.country
                    for m in e.mentions if m.end <= phrase_start]
            return (max(told)[1] if told else None), sector
        if places:
            return max(owners or places)[1], sector
        return self._body_of_role(phrase, sector)

    def _body_of_role(self, phrase: str, sector: str | None) -> tuple[str | None, str | None]:
        """The body a role phrase that names none serves by its words alone (roles.yaml `role_bodies`:
        `комесарот за проширување` the EU's) and the holder's sector, the longest match deciding; else (None, `sector`)."""
        found = [(len(m.group()), country, body_sector) for pattern, country, body_sector in self.role_bodies
                 if (m := pattern.search(phrase))]
        if not found:
            return None, sector
        _, country, body_sector = max(found, key=lambda f: f[0])
        return country, body_sector or sector

    def _connector_before(self, doc: Document, phrase_start: int, at: int) -> str | None:
        """The word joining a body at offset `at` to its role noun, past the lower-case words that describe
        the body (`претседателката на опозицискиот Куоминтанг`: `на`)."""
        words = WORD.findall(doc.text, phrase_start, at)[::-1]
        for word in words[:ORG_DESCRIPTION_WORDS + 1]:
            if word in self.connectors or not word.islower():
                return word
        return None

    def _role_owners(self, doc: Document, phrase_start: int, places: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """The places of a role phrase that say whose the role is: not those after a word of where it
        is held (`претставник при МААЕ`, `амбасадор во Скопје`)."""
        return [p for p in places if not (words := WORD.findall(doc.text, phrase_start, p[0]))
                or words[-1].lower() not in self.held_at]

    def _role_places(self, doc: Document, start: int, end: int, entities: list[Entity]) -> list[tuple[int, str]]:
        """(offset, country) of the states and international bodies named between `start` and `end`, and of the
        bodies the knowledge base lacks whose own name says whose they are (`претседателот на Судскиот комитет
        во Претставничкиот дом на САД`: the USA's, whatever state the story named before)."""
        return [(m.start, country) for e in entities for m in e.mentions if start <= m.start and m.end <= end
                for country in [self._owner_named(e, m, entities)] if country]

    def _owner_named(self, entity: Entity, mention, entities: list[Entity]) -> str | None:
        """The state or international body a role's owner stands for: a state's or body's code, or
        for a body the knowledge base lacks the one its name holds (None when it holds none)."""
        if entity.country and (entity.type == "GPE" or entity.country in INTERNATIONAL):
            return entity.country
        if entity.type == "ORG" and not entity.kb_id and mention.kind == "name":
            return self._parent_body(mention.text)[0] or self._state_in_name(entity, mention, entities)
        return None

    def _state_in_name(self, entity: Entity, mention, entities: list[Entity]) -> str | None:
        """The state an unknown organisation's own name holds: a place inside it, a demonym opening it,
        a state after its last `на` (see the three called)."""
        return (self._own_country(entity, mention, entities) or self._leading_demonym(mention.text)
                or self._named_state_tail(mention.text))

    def _capitalised_body_noun(self, doc: Document, word: re.Match) -> bool:
        """A common noun written capitalised as the head of a body's name after a role's connector
        (`Шефицата на Делегацијата на ЕУ`, `Директорот на Канцеларијата за …`): part of the role phrase."""
        return (any(form in self.common_words for form in self._variants(word.group().lower()))
                and doc.text[max(0, word.start() - 4):word.start()].split()[-1:] in ([c] for c in self.owner_connectors))

    def _own_role_start(self, doc: Document, phrase_start: int, start: int) -> int:
        """Where the name's own role phrase starts: after the last coordinator or comma followed by
        a role noun (`американскиот амбасадор и градоначалникот X`: the demonym is the
        ambassador's), not inside a coordinated complement (`министерот за надворешни работи и
        европски прашања`)."""
        for word in reversed(list(WORD.finditer(doc.text, phrase_start, start))):
            if word.group().lower() in self.coordinators or doc.text[word.end():word.end() + 1] == ",":
                after = word.end() + (doc.text[word.end():word.end() + 1] == ",")
                if self.any_role.search(doc.text[after:start].lower()):
                    return after
        return phrase_start

    def _role_after(self, doc: Document, end: int, entities: list[Entity], sector: str | None) -> tuple[str | None, str | None]:
        """Country and sector from a role phrase in apposition after the name: `Стефано Санино,
        заменик генерален-директор ... на ЕУ,`."""
        sentence = doc.sentences[doc.sentence_of(end)]
        rest = doc.text[end:min(sentence.end, end + ROLE_PHRASE_REACH)]
        if not rest.startswith(","):
            return None, sector
        phrase_end = end + 1 + len(re.split(r"[,;:.(]", rest[1:], maxsplit=1)[0])
        phrase = doc.text[end + 1:phrase_end].lower()
        role = next((s for _, at_start, s in self.roles if at_start.match(phrase)), None)
        if role is None:
            return None, sector
        places = self._role_places(doc, end + 1, phrase_end, entities)
        # a state's post at a body or place (`претставник на Иран при МААЕ`) is the state's; a body's
        # (`шеф на Црвениот крст во Индонезија`) is of where it serves
        states = [p for p in self._role_owners(doc, end + 1, places) if p[1] not in INTERNATIONAL]
        if places:
            return max(states or places)[1], sector or role
        return self._body_of_role(phrase, sector or role)

    @staticmethod
    def _own_country(entity: Entity, first, entities: list[Entity]) -> str | None:
        """An organisation whose name holds a country or its demonym: `Бугарската Академија на
        науките`, `Архивата на БиХ`."""
        return next((e.country for e in entities if e.type == "GPE" and e.country and e is not entity
                     for m in e.mentions if first.start <= m.start and m.end <= first.end), None)

    def _head_noun_sector(self, name: str) -> str | None:
        """The sector of an unknown organisation's head noun, among its first words (`Основниот суд
        Штип`, `Основното јавно обвинителство Тетово`: JUD; `Управата за …`: GOV)."""
        return next((self.sector_heads[w] for w in name.lower().split()[:ORG_HEAD_WORDS] if w in self.sector_heads), None)

    def _parent_body(self, name: str) -> tuple[str | None, str | None]:
        """An unknown organisation named as a part of a known one (`Мисијата на ОБСЕ во Босна и
        Херцеговина`, `Канцеларијата на ОН во Женева`, `Канцеларијата на ОН за човекови права`): the known
        body's country and sector; a place after `во` is only the seat, a `за` phrase only the topic. One named as a known person's (`Владата на Христијан
        Мицкоски`, `Кабинетот на Зеленски`): that person's state, its own head noun its sector."""
        words = name.split(" ")
        for i, word in enumerate(words[1:-1], start=1):
            if word not in self.owner_connectors:
                continue
            tail = words[i + 1:]
            for j, w in enumerate(tail):
                if w in self.location_prepositions:
                    tail = tail[:j]
                    break
            if not tail:
                continue
            known = [a for a in self.kb.lookup(" ".join(tail), kinds=("name", "alias", "acronym")) if a.country]
            if not known and self.topic_connector in tail:
                # `Канцеларијата на ОН за човекови права`: the body's topic follows the known one's name
                known = [a for a in self.kb.lookup(" ".join(tail[:tail.index(self.topic_connector)]),
                                                   kinds=("name", "alias", "acronym")) if a.country]
            bodies = [a for a in known if a.type == "ORG"]
            if len({(a.country, a.sector) for a in bodies}) == 1:
                return bodies[0].country, bodies[0].sector
            holders = {a.country for a in known if a.type == "PER"}
            if not bodies and len(holders) == 1:
                return holders.pop(), None
        return None, None

    def _body_it_is_part_of(self, doc: Document, entity: Entity, entities: list[Entity]) -> tuple[str | None, str | None]:
        """An unknown organisation written `при` a known one (`Институтот за социјална наука, при
        Универзитетот Билги`): the known one's country and sector."""
        bodies = {m.start: e for e in entities if e.type == "ORG" and e.kb_id and e.country for m in e.mentions}
        for m in entity.mentions:
            follow = re.match(r",? (\w+) ", doc.text[m.end:m.end + 12])
            if follow and follow.group(1) in self.part_of and m.end + follow.end() in bodies:
                body = bodies[m.end + follow.end()]
                return body.country, body.sector
        return None, None

    def _named_state_tail(self, name: str) -> str | None:
        """An organisation whose name ends with `на` and a state (`Архивата на БиХ`, the state
        no mention of its own inside the organisation's span): that state; else one whose name ends
        with `во` and a place (`Народното собрание во Софија`): the place's state (`Амбасадата на САД
        во Скопје` stays the USA's), or a state after that place's own `на` (`… во Претставничкиот дом на
        САД`); else one whose owner after `на` opens with a demonym."""
        seat = None
        for preposition in self.location_prepositions:
            head, linker, place = name.rpartition(f" {preposition} ")
            if linker:
                name, seat = head, place
        owner = name.rpartition(" на ")[2] if " на " in name else None
        # a seat that is itself a body of a state (`Судскиот комитет во Претставничкиот дом на САД`): that state
        seat_owner = seat.rpartition(" на ")[2] if seat and " на " in seat else None
        names = ("name", "alias", "acronym")
        for tail, kinds in ((owner, names), (seat, None), (seat_owner, names)):  # (a capital is a seat too)
            states = [a for a in self.kb.lookup(tail, kinds=kinds) if a.type == "GPE" and a.country] if tail else []
            if states:
                return states[0].country if len({a.country for a in states}) == 1 else None
        # an owner a demonym opens (`Канцеларијата на тајванскиот претседател`): the demonym's state
        by_demonym = self._demonym_country(owner.split()[0]) if owner else None
        return by_demonym or self._place_after_head(name)

    def _place_after_head(self, name: str) -> str | None:
        """The state of a place that closes a body's name with no preposition before it, a number aside
        (`Основниот суд Скопје 1`, `Вишиот суд Белград`): a court or office of that town."""
        words = [w for w in name.split(" ") if not w.isdigit()]
        if len(words) < 2 or not words[-1][:1].isupper():
            return None
        states = {a.country for a in self.kb.lookup(words[-1], kinds=("name", "alias", "capital")) if a.type == "GPE" and a.country}
        return states.pop() if len(states) == 1 else None

    def _international_by_name(self, name: str) -> tuple[str | None, str | None]:
        """The code and sector of an unknown body whose name opens with the adjective of no one state
        (roles.yaml `international_openers`): an organ's head noun makes it the first code's (`Европската
        агенција за …`: EUR IGO), a civic one the second's (`Европскиот центар за …`: NGO NGO); else (None, None)."""
        words = name.lower().split()
        codes = next((c for stem, c in self.international_openers.items() if words[0].startswith(stem)), None) if len(words) > 1 else None
        if codes is None:
            return None, None
        if self._head_noun_sector(name) in self.organ_sectors:
            return codes[0], "IGO"
        if any(w.startswith(self.civic_heads) for w in words[1:ORG_HEAD_WORDS + 1]):
            return codes[1], "NGO"
        return None, None

    def _leading_demonym(self, name: str) -> str | None:
        """The country of a demonym opening an organisation's name (`Кинеската влада` -> CHN)."""
        words = name.split()
        return self._demonym_country(words[0]) if len(words) >= 2 else None

    def _demonym_country(self, word: str) -> str | None:
        """The one state a demonym names (`кинеската` -> CHN), or None."""
        states = {a.country for a in self.kb.lookup(word, ["demonym"]) if a.country}
        return states.pop() if len(states) == 1 else None

    def _adjective_country(self, doc: Document, start: int, entities: list[Entity]) -> str | None:
        """A demonym among the lower-case words right before an organisation's name:
        `македонското филмско студио „Вардар филм“`."""
        sentence = doc.sentences[doc.sentence_of(start)]
        words = list(WORD.finditer(doc.text, sentence.start, start))[-ORG_DESCRIPTION_WORDS:]
        for word in reversed(words):
            place = next((e for e in entities if e.type == "GPE" and e.country
                          for m in e.mentions if m.kind == "demonym" and m.start == word.start()), None)
            if place is not None:
                return place.country
            if word.group()[:1].isupper():
                return None
        return None

    @staticmethod
    def _is_organisation(offset: int, entities: list[Entity]) -> bool:
        return any(m.start <= offset < m.end for e in entities if e.type == "ORG" for m in e.mentions)

    @staticmethod
    def _is_place(offset: int, entities: list[Entity]) -> bool:
        return any(m.start <= offset < m.end for e in entities if e.type in PLACE_TYPES for m in e.mentions)

    def _following_country(self, doc: Document, entity: Entity, entities: list[Entity]) -> str | None:
        """`Министерството за надворешни работи на Србија` -> SRB, `… на Газа` -> PSE, a body of an
        international one (`Комисијата на ЕКОВАС`) -> its code; an office whose holder's name
        follows it (`Канцеларијата на премиерот Бенјамин Нетанјаху`) -> his state."""
        places = {(m.start): e for e in entities if e.country and (e.type in PLACE_TYPES or e.country in INTERNATIONAL)
                  for m in e.mentions}
        holders = {m.start: e for e in entities if e.type == "PER" and e.country for m in e.mentions}
        for m in entity.mentions:
            if m.end + 1 in holders and doc.text[m.end] == " ":
                return holders[m.end + 1].country
            rest = doc.text[m.end:m.end + 40]
            words = WORD.findall(rest[:4])
            if words and words[0] in self.connectors:
                at = m.end + rest.find(words[0]) + len(words[0]) + 1
                if at in places:
                    return places[at].country
        return None


def home_country(entities: list[Entity], prefer: str | None = None, ignore: frozenset[int] = frozenset()) -> str | None:
    """The country a document is about: the state its places and demonyms name most often
    (international bodies left out; `ignore`: starts of mentions that do not count, see
    `envoy_origins`); on a tie, `prefer` (the home state of the news read) if tied, else the tied
    state most of the known actors are of, else None (None too when it names no state); `prefer` too
    when every state is named once and the known actors are most of them of that state."""
    counts = _state_mentions(entities, lambda e: e.type in PLACE_TYPES, ignore)
    if not counts:
        return None
    territory = _headline_territory(entities)
    if territory is not None:
        return territory
    top = [country for country, n in counts if n == counts[0][1]]
    if len(top) == 1 and not (prefer and counts[0][1] == 1):
        return top[0]  # (the common case, called for every entity: no count of the known actors needed)
    actors = _state_mentions(entities, lambda e: e.kb_id and e.type not in PLACE_TYPES, ignore)
    if prefer and counts[0][1] == 1:
        # a domestic story seldom names its own state: one foreign state told in passing (`младите лекари заминуваат
        # во Германија`) says less than known actors who are most of them of the home state
        if actors and actors[0][0] == prefer and (len(actors) == 1 or actors[0][1] > actors[1][1]):
            return prefer
    if len(top) == 1:
        return top[0]
    if prefer in top:
        return prefer
    # places tied: the story is of the tied state whose known actors (its officials, its organs) act in it most
    # (invented and train ties: right 28 times, wrong 5, where the first-named state is wrong about half the time)
    tied = [(country, n) for country, n in actors if country in top]
    return tied[0][0] if tied and (len(tied) == 1 or tied[0][1] > tied[1][1]) else None


def _headline_territory(entities: list[Entity]) -> str | None:
    """The own code of a territory of no state of its own (PLOVER's HKG, PSE) that the first sentence, the
    headline, names (`Полицијата во Хонгконг употреби солзавец`): the story is set there, however often it
    names the state the territory belongs to."""
    kb = load_kb()
    for e in entities:
        actor = kb.get(e.kb_id) if e.kb_id and e.type in PLACE_TYPES else None
        if (actor is not None and actor.sovereign is False and e.kb_id == f"gpe:{actor.country}"
                and any(m.sentence == 0 for m in e.mentions)):
            return actor.country
    return None


def _state_mentions(entities: list[Entity], counted, ignore: frozenset[int]) -> list[tuple[str, int]]:
    """States by how often the mentions of the `counted` entities name them, most first (international bodies left out)."""
    return Counter(e.country for e in entities if counted(e) and e.country and e.country not in INTERNATIONAL
                   for m in e.mentions if m.start not in ignore).most_common()


def envoy_origins(doc: Document, lang: str) -> frozenset[int]:
    """Starts of the mentions of states that only say whose envoy, citizen or firm someone is: a
    demonym before such a noun (`германскиот амбасадор`, `турската компанија`) or a state after it
    and `на` (`Амбасадорот на САД`);
    and of a city that seats an international body (`самитот во Брисел`, `Брисел бара …`): it
    stands for the body, not for the state the news is about;
    and of a place told as where someone is staying, after a word of staying and its preposition
    (`борави во Брисел`, `во посета на Париз`) or followed by a clause of one (`од Вашингтон, каде
    што престојува`): a home minister abroad does not move a domestic story."""
    roles = yaml_data(lang, "roles")
    stems = tuple(roles["envoys"])
    stays = tuple(roles["stays"])
    owner = roles["owner_connectors"]
    prepositions = set(owner) | set(roles["location_connectors"])
    seats = roles["seats"]
    found = set()
    for entity in doc.entities:
        if entity.type not in PLACE_TYPES:
            continue
        if entity.kb_id in seats:
            found.update(m.start for m in entity.mentions)
            continue
        for m in entity.mentions:
            after = doc.text[m.end:m.end + 40].split()
            before = doc.text[max(0, m.start - 40):m.start].split()
            if m.kind == "demonym" and after and after[0].lower().startswith(stems):
                found.add(m.start)
            elif len(before) >= 2 and before[-1].lower() in owner and before[-2].lower().startswith(stems):
                found.add(m.start)
            elif m.kind == "name" and (
                    (len(before) >= 2 and before[-1].lower() in prepositions and before[-2].lower().startswith(stays))
                    or (doc.text[m.end:m.end + 1] == "," and any(
                        w.lower().startswith(stays) for w in WORD.findall(doc.text[m.end:m.end + 40])[:3]))):
                found.add(m.start)
    return frozenset(found)


def segment_at(doc: Document, offset: int) -> tuple[int, int, str | None] | None:
    """The item of a page of news briefs that `offset` stands in (see `LinkStep._segments`), if any."""
    return next((segment for segment in doc._segments if segment[0] <= offset < segment[1]), None)


def segment_state(doc: Document, offset: int) -> str | None:
    """The state of the item of a page of news briefs that `offset` stands in, if any."""
    segment = segment_at(doc, offset)
    return segment[2] if segment else None


def only_country(entities: list[Entity], ignore: frozenset[int] = frozenset()) -> str | None:
    """With no place named, the one state of the known actors (`Основниот суд …`, `Агенцијата
    за катастар …`: `Судот` is a court of that state), if they have only one (`ignore`: as in
    `home_country`)."""
    countries = {e.country for e in entities if e.kb_id and e.country and e.country not in INTERNATIONAL
                 and any(m.start not in ignore for m in e.mentions)}
    return next(iter(countries)) if len(countries) == 1 else None


def _compatible(mention_type: str, actor_type: str) -> bool:
    if mention_type == actor_type:
        return True
    return {mention_type, actor_type} <= PLACE_TYPES


def _any_stem(stems) -> re.Pattern:
    """One pattern for a word beginning with any of the stems."""
    return re.compile(r"\b(?:" + "|".join(f"(?:{stem})" for stem in stems) + ")")


def _full_name(entity: Entity) -> str:
    """The entity's name as the text writes it in full: a body the text names first by its acronym
    (`КЗК … Комисијата за заштита на конкуренцијата (КЗК)`) by its first mention of several words."""
    if len(WORD.findall(entity.name)) > 1:
        return entity.name
    longer = (m.text for m in sorted(entity.mentions, key=lambda m: m.start) if len(WORD.findall(m.text)) > 1)
    return next(longer, entity.name)
