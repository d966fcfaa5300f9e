"""Entities stage: people, organisations and places, found by the knowledge base and by a
statistical model, whichever sees them.

- The gazetteer (`gazetteer.py`) finds every surface form of the actor knowledge base:
  names, aliases and acronyms in both scripts, inflected and definite forms, capitals, and
  demonyms (`руската`), which are kept as non-name mentions for the event coder.
- The NER model (`models/ner-<lang>`, trained by `scripts/ner/train.py` on the project's own
  annotations) finds names the knowledge base does not know.
Where they overlap the longer span wins (ties: the knowledge base). The stage groups mentions
of the same actor (or, for unknown names, the same text) into `Document.entities`; the
linking stage then resolves them against the knowledge base and the document.

Both halves are spaCy components too (`vesnik_gazetteer`, and the model's own `ner`), see
`vesnik.entities.spacy`.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate
from pathlib import Path

from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc, Span

from vesnik.document import PLACE_TYPES, Document, Entity, Mention
from vesnik.entities.decode import recogniser
from vesnik.entities.gazetteer import Gazetteer, Match
from vesnik.kb import load_kb
from vesnik.kb.forms import inflection
from vesnik.lang import resources, verb_forms, word_list, yaml_data
from vesnik.pipeline import PipelineStep
from vesnik.segment import make_nlp, spacy_doc
from vesnik.text.translit import fold

MODELS = Path(__file__).resolve().parents[1] / "models"
LABELS = ("PER", "ORG", "GPE", "LOC")
NAME_KINDS = {"name", "alias", "acronym", "capital"}
# runs of letters of each script, counted letter by letter (a match per run, not per letter, is cheaper)
CYRILLIC_RUN = re.compile(r"[\u0400-\u04ff]+")
LATIN_RUN = re.compile(r"[A-Za-z]+")
# two or three capital initials, each with its dot (`Н.С.`, `Б.К.М.`), standing alone
INITIALS = re.compile(r"(?<![\w.])(?:[^\W\d_]\.){2,3}(?![\w.])")


@cache
def gazetteer() -> Gazetteer:
    kb = load_kb()
    return Gazetteer((form, ident, kind, kb.get(ident).type) for form, ident, kind in kb.surface_forms())


@cache
def _first_word_types() -> dict[str, frozenset[str]]:
    """The types of the knowledge base's names of two words or more, by their first word."""
    kb = load_kb()
    firsts: dict[str, set[str]] = {}
    for actor in kb:
        for name in (actor.name_mk, *actor.aliases):
            words = name.split()
            if len(words) >= 2:
                firsts.setdefault(words[0], set()).add(actor.type)
    return {word: frozenset(types) for word, types in firsts.items()}


@cache
def bare_club_names(prefixes: tuple[str, ...]) -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """The knowledge base's clubs known only with a prefix (`ФК Вардар`), by the bare name
    (`Вардар`) that no organisation of the knowledge base has on its own; and the ids of all
    clubs written with a prefix in some form (`ФК Шкендија`)."""
    kb = load_kb()
    clubs: dict[str, list[str]] = {}
    own = set()
    for actor in kb:
        if actor.type != "ORG":
            continue
        for name in (actor.name_mk, *actor.aliases):
            first, _, rest = name.partition(" ")
            if first in prefixes and rest:
                clubs.setdefault(rest, []).append(actor.id)
            else:
                own.add(name)
    bare = {name: tuple(dict.fromkeys(ids)) for name, ids in clubs.items() if name not in own}
    return bare, frozenset(i for ids in clubs.values() for i in ids)


@cache
def given_names() -> frozenset[str]:
    """First words of the knowledge base's people's names (`Џеј`, `Чарлс`) that open no
    place's or organisation's name (`Ла`, `Велика`, `Абу` do)."""
    return frozenset(word for word, types in _first_word_types().items() if types == {"PER"})


@cache
def place_openers() -> frozenset[str]:
    """First words of the knowledge base's names of places (`Сан`, `Северна`, `Њу`, `Источен`)."""
    return frozenset(word for word, types in _first_word_types().items() if types & PLACE_TYPES)


@cache
def ner_model(lang: str):
    """The shipped spaCy NER pipeline for `lang`, or None when there is none."""
    import spacy

    path = MODELS / f"ner-{lang}"
    if not (path / "meta.json").exists():
        return None
    nlp = spacy.load(path)
    for label in LABELS:  # the tokenizing pipeline's string store must know the labels
        make_nlp(lang).vocab.strings.add(label)
    return nlp


@dataclass
class Candidate:
    start: int
    end: int
    label: str
    rule: str  # gazetteer | model
    kind: str = "name"
    actors: list[str] = field(default_factory=list)  # knowledge-base candidates, best first


def merge(gazetteer_spans: list[Candidate], model_spans: list[Candidate], text: str,
          joiners: frozenset[str] = frozenset(), function_words: frozenset[str] = frozenset(),
          organ_stems: tuple[str, ...] = (), coordinators: frozenset[str] = frozenset(),
          body_stems: tuple[str, ...] = (), articles: tuple[str, ...] = (),
          definite: Callable[[str], bool] = lambda word: False,
          outlet_prepositions: frozenset[str] = frozenset()) -> list[Candidate]:
    """Non-overlapping candidates. A model span that contains a knowledge-base name replaces it
    (`Советот за безбедност на ОН` over `ОН`), but two known names joined by one of the
    `joiners` (prepositions), the second a place, are two entities (`Гаспром во Македонија`);
    one that cuts across a knowledge-base name is dropped (`агенција на Јужна`
    against `Јужна Кореја`); otherwise the longer span wins and, on a tie, the knowledge base.
    Demonyms never compete with names: they are another kind of mention, and a model span that
    is exactly a demonym (`Хрвати`) is no name. A name, one of the `outlet_prepositions` and a
    known news outlet (a byline) are the name and the outlet."""
    names = [c for c in gazetteer_spans if c.kind in ("name", "anaphor")]
    demonym_spans = {(c.start, c.end) for c in gazetteer_spans if c.kind == "demonym"}
    model_spans = [c for c in model_spans if (c.start, c.end) not in demonym_spans]  # `Хрвати`: a people, no name
    model_spans = [c for c in model_spans if not _demonym_and_common_noun(c, demonym_spans, text)]
    model_spans = [_without_outlet_tail(c, names, text, outlet_prepositions, body_stems) for c in model_spans]
    model_spans = [_without_place_tail(c, names, text, joiners, organ_stems) for c in model_spans]
    model_spans = [_without_leading_place(c, gazetteer_spans, text, articles) for c in model_spans]
    model_spans = [_without_words_before_known_person(c, names, text) for c in model_spans]
    model_spans = [_without_lowercase_tail(c, names, text, function_words, joiners, coordinators, definite) for c in model_spans]
    model_spans = [part for c in model_spans for part in _person_after_known_body(c, names, text)]
    model_spans = [c for c in model_spans if not _made_of_known_names(c, names, text)]
    model_spans = [c for c in model_spans if not _thing_of_known_person(c, names, text, body_stems)]
    model_spans = [c for c in model_spans if not any(_crosses(c, g) for g in names)]
    ranked = sorted(names + model_spans, key=lambda c: (-(c.end - c.start), c.rule != "gazetteer", c.start))
    kept: list[Candidate] = []
    for cand in ranked:
        clash = next((k for k in kept if cand.start < k.end and k.start < cand.end), None)
        if clash is None:
            kept.append(cand)
        elif clash.rule == "gazetteer" and cand.rule == "model" and (clash.start, clash.end) == (cand.start, cand.end):
            clash.rule = "gazetteer+model"
    overlaps_kept = overlap_test([(k.start, k.end) for k in kept])
    demonyms = [c for c in gazetteer_spans if c.kind == "demonym" and not overlaps_kept(c.start, c.end)]
    return sorted(kept + demonyms, key=lambda c: c.start)


def overlap_test(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether a stretch [start, end) overlaps one of the spans (`s < end and start < e`): a bisect
    over the spans by start and the farthest end reached up to each, not a loop over all spans for
    every stretch asked about."""
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    reach = list(accumulate((e for _, e in ordered), max))

    def overlaps(start: int, end: int) -> bool:
        before = bisect_left(starts, end)  # the spans that start before the stretch ends
        return before > 0 and reach[before - 1] > start

    return overlaps


class EntityStep(PipelineStep):
    name = "entities"

    def __init__(self, lang: str = "mk", use_model: bool = True, use_gazetteer: bool = True):
        super().__init__()
        self.lang = lang
        self.gazetteer = gazetteer() if use_gazetteer else None
        self.model = ner_model(lang) if use_model else None
        self.common_words = word_list(lang, "common_words")
        self.wordforms = resources(lang).wordforms
        context = yaml_data(lang, "ner_context")
        self.place_prepositions = set(context["place_prepositions"])
        self.place_heads = {word: label for label, words in context["place_heads"].items() for word in words}
        self.titles = tuple(context["titles"])
        # role nouns with their articles (`Претседателот`, `Генерал`): a title before a name, not part of it
        self.role_words = {stem + ending for stem in yaml_data(lang, "roles")["roles"] for ending in context["role_endings"]}
        self.not_name_endings = set(context["not_name_endings"])
        self.articles = tuple(context["article_endings"])
        self.definite_endings = inflection(lang).definite
        self.joiners = frozenset(context["joining_prepositions"])
        self.coordinators = frozenset(context["coordinators"])
        self.organ_stems = tuple(context["state_organ_stems"])
        self.body_stems = tuple(context["body_stems"])
        self.common_acronyms = frozenset(context["common_acronyms"])
        self.event_heads = frozenset(context["event_heads"])
        self.location_tails = frozenset(context["location_tails"])
        self.medium_prepositions = frozenset(context["medium_prepositions"])
        self.outlet_prepositions = frozenset(yaml_data(lang, "reporting")["outlet_prepositions"])  # `X за SETimes`
        self.project_nouns = frozenset(context["project_nouns"])
        self.kind_nouns = frozenset(context["kind_nouns"])
        kinds = "|".join(sorted(map(re.escape, self.kind_nouns), key=len, reverse=True))
        self.kind_word = re.compile(rf"(?<!\w)(?i:{kinds}) ")
        self.name_breakers = frozenset(context["name_breakers"])
        self.club_context = tuple(context["club_context"])
        self.feature_heads = frozenset(context["natural_feature_heads"])
        particles = "|".join(map(re.escape, context["place_name_particles"]))
        self.particle_tail = re.compile(rf" (?:{particles}) [^\W\d_a-zа-џ][\w-]+")
        clubs, self.club_ids = bare_club_names(tuple(context["club_prefixes"]))
        self.club_name = (re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, sorted(clubs, key=len, reverse=True)))
                                     + r")(?: (1[89]\d\d|20\d\d))?(?![\w-])") if clubs else None)
        self.clubs = clubs
        kinds = [(re.escape(kind).replace(r"\ ", r"\w* ") + r"\w*", label)
                 for label, stems in context["institution_kinds"].items() for kind in stems]
        kind = r"(?<!\w)(?:([^\W\d_a-zа-џ]\w+) )?(?i:({}))"  # a capitalised adjective, then the kind
        self.quoted_kind = re.compile(kind.format("|".join(k for k, _ in kinds)) + r" „([^“”\"\n]{2,60})[“”\"]")
        self.seated_kind = re.compile(kind.format("|".join(re.escape(k) + r"\w*" for k in context["seat_in_name_kinds"])) + r" во (?=[^\W\d_a-zа-џ])")
        self.quoted_kind_labels = [(re.compile(k, re.I), label) for k, label in kinds]
        self.company_tails = frozenset(context["company_name_tails"])
        self.verb_forms = verb_forms(lang)  # `МАНС испрати`, `Твитер напиша`: a verb ends a name
        # a person's name holds no preposition but its particles (`Викторија Митровска за SETimes`)
        self.person_breakers = frozenset(context["joining_prepositions"]) - frozenset(context["name_particles"])
        self.name_particles = frozenset(context["name_particles"])
        # particles no place's name holds (`ал`, `фон`, not `де`): between capitalised words they make a person's name
        self.person_particles = self.name_particles - frozenset(context["place_name_particles"])
        joiners = "|".join(re.escape(w) for w in context["latin_name_joiners"])
        word = r"[A-Z][A-Za-z0-9'’&+-]*(?:\.(?= [A-Z])|(?:\.[A-Za-z0-9]+)+)?"  # `St. Mirren`, `LiverpoolFC.com`
        self.latin_name = re.compile(rf"(?<![\w'’.-]){word}(?: (?:(?:{joiners}) )*{word})*(?![\w-])")

    def process(self, doc: Document) -> Document:
        if doc.language != self.lang or not doc.text:
            return doc
        found = self._gazetteer_spans(doc.text) if self.gazetteer else []
        predicted = self._model_spans(doc, found) if self.model is not None else []
        candidates = merge(found, predicted, doc.text, self.joiners, frozenset(self.not_name_endings), self.organ_stems,
                           self.coordinators, self.body_stems, self.articles, self._definite, self.outlet_prepositions)
        candidates = self._with_particle_place_names(doc.text, candidates)
        candidates = self._with_latin_names(doc.text, candidates)
        candidates = self._with_initials(doc.text, candidates)
        candidates = self._with_kind_names(doc.text, candidates)
        candidates = self._with_quoted_kind_names(doc.text, candidates)
        candidates = self._with_quoted_company_names(doc.text, candidates)
        candidates = self._with_coordinated_tails(doc.text, candidates)
        candidates = self._with_seats(doc.text, candidates)
        candidates = propagate(doc.text, candidates)
        candidates = self._with_first_names(doc.text, candidates)
        candidates = self._with_clubs(doc, candidates)
        candidates = self._with_given_names(doc.text, candidates)
        candidates = self._without_lone_surnames(doc.text, candidates)
        candidates = self._without_platforms_as_media(doc.text, candidates)
        candidates = self._without_named_projects(doc.text, candidates)
        candidates = self._with_street_heads(doc.text, candidates)
        doc.entities = group(doc, candidates)
        for cand in candidates:
            self.stats[f"{cand.kind} mentions ({cand.rule})"] += 1
        return doc

    def _definite(self, word: str) -> bool:
        """Whether a lower-case word is a known word's form with the definite article (`напредокот`,
        `реформите`; not `заштита`, whose `-та` is the stem's)."""
        return any(word.endswith(article) and len(word) > len(article) + 2 and word[:-len(article)] + ending in self.wordforms
                   for ending, article in self.definite_endings if article)

    def _common_noun(self, word: str) -> bool:
        """Whether a lower-case word is a common word or a noun the word forms know with the
        definite article (`вера`: `верата`); a given name has no such form (`дамјан`)."""
        return word in self.common_words or any(
            word.endswith(ending) and word[:len(word) - len(ending)] + article in self.wordforms
            for ending, article in self.definite_endings if article)

    def _with_particle_place_names(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """A place followed by a name particle and a capitalised word (`Сантијаго де Куба`) is one
        place the knowledge base does not know, not the known place its first word names."""
        out: list[Candidate] = []
        for c in candidates:
            if out and c.start < out[-1].end:
                continue  # a name inside the tail just joined (`Куба`)
            tail = self.particle_tail.match(text, c.end) if c.label in PLACE_TYPES and c.kind == "name" else None
            if tail:
                c = Candidate(c.start, tail.end(), "GPE", "particle place")
                self.stats["places joined over a name particle"] += 1
            out.append(c)
        return out

    def _without_lone_surnames(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """A one-word "person" the knowledge base does not know, named once, with no full name in
        the document that ends with it and no role word before it: more often a place or a thing
        the model took for a surname."""
        words = [text[c.start:c.end] for c in candidates]
        full_names = {w.split()[-1] for c, w in zip(candidates, words) if c.label == "PER" and " " in w}

        def lone(c: Candidate) -> bool:
            w = text[c.start:c.end]
            return (c.rule == "model" and c.label == "PER" and " " not in w and words.count(w) == 1 and w not in full_names
                    and _word_before(text, c.start) not in self.role_words)
        return self._dropping(candidates, lone, "model persons dropped: a lone unknown surname")

    def _with_first_names(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """A person named in full may be called by the given name alone further on (a quote's
        `Дамјан` after `Дамјан Фелтов`): that word, written after the full name with no other name
        covering it or next to it, is a mention of the person — unless two people the document names
        share the given name, or it is a common word where its capital letter says nothing (`Вера` opening a sentence)."""
        people: dict[str, dict[str, Candidate]] = {}  # given name -> surname -> the first mention in full
        for c in candidates:
            words = text[c.start:c.end].split()
            if c.label == "PER" and c.kind == "name" and len(words) > 1 and len(words[0]) > 2 and words[0].isalpha():
                people.setdefault(words[0], {}).setdefault(words[-1], c)
        forms = {given: next(iter(full.values())) for given, full in people.items()
                 if len(full) == 1 and given[:1].isupper() and not self._not_a_name(given, opens_sentence=False)}
        # the model's person of the word alone is taken for it too (else dropped as a lone surname)
        alone = {(c.start, c.end) for c in candidates if c.rule == "model" and c.label == "PER" and text[c.start:c.end] in forms}
        taken = overlap_test([(c.start, c.end) for c in candidates if (c.start, c.end) not in alone])
        added = []
        for start, end in _whole_word_occurrences(text, forms):
            source = forms[text[start:end]]
            before = text[max(0, start - 30):start].split()
            opens = not before or before[-1][-1] in ".!?" or before[-1][-1] in SENTENCE_OPENERS
            if (start < source.end or taken(start, end) or NEXT_CAPITALISED.match(text, end)
                    or (not opens and before[-1][:1].isupper())
                    or (opens and self._common_noun(text[start:end].lower()))):
                continue
            added.append(Candidate(start, end, "PER", "given name", "name", list(source.actors)))
        self.stats["given names alone of a person named in full"] += len(added)
        replaced = {(c.start, c.end) for c in added}
        return sorted([c for c in candidates if (c.start, c.end) not in replaced] + added, key=lambda c: c.start)

    def _with_given_names(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """A one-word person the model found, right after a capitalised word inside the sentence
        that is no common word and no other name: that word is the given name (`на ЕУ Набила
        Масрали`, where the model saw only the surname). So too before a known person's surname the
        knowledge base found, when the word is a known given name none of that person's (`Свештеникот
        Дејвид Џонсон`): another person's full name, no longer linked to the surname's known bearer."""
        covered = [(c.start, c.end) for c in candidates]
        kb = load_kb()
        for c in candidates:
            if c.label != "PER" or " " in text[c.start:c.end]:
                continue
            given = GIVEN_NAME_BEFORE.search(text, max(0, c.start - 30), c.start)
            if not given or any(s < given.end(1) and given.start(1) < e for s, e in covered):
                continue
            word = given.group(1)
            if c.rule == "model" and word.lower() not in self.common_words:
                c.start = given.start(1)
                self.stats["model persons: a one-word name joined to the given name before it"] += 1
            elif (c.rule.startswith("gazetteer") and c.actors and word in given_names()
                  and not any(fold(word) in kb.given_names(i) for i in c.actors)):
                c.start, c.actors = given.start(1), []
                self.stats["known surnames joined to another person's given name before them"] += 1
        return candidates

    def _without_platforms_as_media(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """A social network after a medium preposition (`напиша на Твитер`) is where something
        was posted, a product, not an organisation."""
        def medium(c: Candidate) -> bool:
            return _all_of_kind(c, "platform") and _word_before(text, c.start) in self.medium_prepositions
        return self._dropping(candidates, medium, "platforms dropped: the medium of a post")

    def _without_named_projects(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """A name right after a project noun (`иницијативата Отворен Балкан`) names an initiative, no body
        that acts nor a place."""
        return self._dropping(candidates, lambda c: _word_before(text, c.start) in self.project_nouns,
                              "names dropped: an initiative after its noun")

    def _with_street_heads(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """A capitalised noun of a street or square right before a name is part of the place's
        name (`Булевар Зоран Ѓинѓиќ`, `Булеварот Авној`): one LOC, not linked to the person or
        thing it is named after, which replaces the head if that alone was taken for a name."""
        out: list[Candidate] = []
        for c in candidates:
            head = HEAD_BEFORE.search(text, max(0, c.start - 20), c.start) if c.kind == "name" else None
            word = head.group(1) if head else ""
            if head and word[:1].isupper() and self.place_heads.get(word.lower()) == "LOC":
                if out and (out[-1].start, out[-1].end) == head.span(1):
                    out.pop()  # the head alone was no name
                if not out or out[-1].end <= head.start(1):
                    out.append(Candidate(head.start(1), c.end, "LOC", c.rule))
                    self.stats["names after a street or square noun made one place"] += 1
                    continue
            out.append(c)
        return out

    def _dropping(self, candidates: list[Candidate], dropped, reason: str) -> list[Candidate]:
        """The candidates without those `dropped` says go, counted under `reason`."""
        kept = [c for c in candidates if not dropped(c)]
        if len(kept) < len(candidates):
            self.stats[reason] += len(candidates) - len(kept)
        return kept

    def _with_latin_names(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """Names written in Latin letters in a Cyrillic article that nothing else claimed
        (`Truly`, `St. Mirren`, `Fox News`): organisations (see ner_context.yaml)."""
        matches = list(self.latin_name.finditer(text))
        if not matches or sum(map(len, CYRILLIC_RUN.findall(text))) < sum(map(len, LATIN_RUN.findall(text))):
            return candidates
        added = []
        for m in matches:
            start, end = m.span()
            if (len(m.group()) < 2 or m.group() in self.common_acronyms or (" " not in m.group() and any(ch.isdigit() for ch in m.group()))
                    or any(c.start < end and start < c.end for c in candidates)):
                continue  # one word with figures is a model or a code (`F125`, `HER2`)
            added.append(Candidate(start, end, "ORG", "script"))
            self.stats["names in Latin letters added as organisations"] += 1
        return sorted(candidates + added, key=lambda c: c.start) if added else candidates

    def _with_initials(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """Initials that crime news gives for a suspect or a convict (`Н.С. беше осуден`, `уапсен е
        Б.К. од Куманово`): a person nothing else claimed."""
        spans = {m.span() for m in INITIALS.finditer(text) if m.group().replace(".", "").isupper()}
        # the model's guess of the same span gives way (it takes `Б.К.` for an acronym)
        kept = [c for c in candidates if not ((c.start, c.end) in spans and c.rule == "model")]
        added = [Candidate(start, end, "PER", "initials") for start, end in sorted(spans)
                 if not any(c.start < end and start < c.end for c in kept)]
        self.stats["initials added as people"] += len(added)
        return sorted(kept + added, key=lambda c: c.start) if added else candidates

    def _with_kind_names(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """A name right after a kind of body (`фирмата Бамби`, `здружението „Еднаков пристап“`) is
        an organisation: the model's, retyped, or else added. Its capitalised words, or what the
        quotation marks hold; lower-case words after them (`Зелен хуман град`) only when a verb
        or a clitic ends the name within two words."""
        added = []
        for kind in self.kind_word.finditer(text):
            name = KIND_NAME.match(text, kind.end())
            if name is None:
                continue
            start, end = name.span(1) if name.group(1) else name.span(2)
            if text[start:end].split()[0] in given_names():
                continue  # `директорот на компанијата Џон Брус`: the kind is the person's employer
            if not name.group(1):
                words = list(NAME_WORD.finditer(text, end, end + 40))
                stop = next((i for i, w in enumerate(words[:3]) if w.group() in self.name_breakers or w.group() in self.verb_forms), None)
                if (stop and all(w.group().islower() and w.group() not in self.not_name_endings for w in words[:stop])
                        and re.fullmatch(r"[\w -]+", text[end:words[stop - 1].end()])):
                    end = words[stop - 1].end()
            model = next((c for c in candidates if c.rule == "model" and c.start == start), None)
            if model is not None and (model.label != "ORG" or model.end < end):  # `фирмата Бамби`, typed a person
                model.label, model.end = "ORG", max(model.end, end)
                self.stats["model names after a kind of body retyped ORG or extended"] += 1
            if name.group(1):  # `здружението „Охрид СОС“`: the quotation marks hold the body's name, not the town in it
                inside = [c for c in candidates if start <= c.start and c.end <= end and (c.start, c.end) != (start, end)]
                if inside and not any(c.start < start < c.end or c.start < end < c.end for c in candidates):
                    candidates = [c for c in candidates if c not in inside]
                    self.stats["names inside a quoted body's name left out"] += 1
            if any(c.start < end and start < c.end for c in candidates + added):
                continue
            added.append(Candidate(start, end, "ORG", "context"))
            self.stats["names after a kind of body added as organisations"] += 1
        return sorted(candidates + added, key=lambda c: c.start) if added else candidates

    def _with_quoted_kind_names(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """A kind of institution or venue before a quoted name (see ner_context.yaml): written
        capitalised, the kind with its capitalised adjective and the quoted name are one name
        (`Клиничката болница „Свети Наум“`); after a lower-case kind, the quoted part is, of the
        kind's type. Either replaces what was found inside (the person a hospital is named after)."""
        for m in anchored_matches(self.quoted_kind, text, " „", QUOTED_KIND_REACH):
            adjective, kind = self._adjective(m.group(1)), m.group(2)
            label = next(lab for pattern, lab in self.quoted_kind_labels if pattern.fullmatch(kind))
            if adjective:
                start, end = m.start(1), m.end()
            elif kind[:1].isupper():
                start, end = m.start(2), m.end()
            else:
                start, end = m.span(3)
            inside = [c for c in candidates if c.start < end and start < c.end and c.kind != "demonym"]
            if any(c.start < start or c.end > end for c in inside):
                continue  # a longer name runs across it
            known = next((c for c in inside if (c.start, c.end) in ((start, end), (start, end - 1)) and c.label == label), None)
            candidates = [c for c in candidates if c not in inside]
            candidates.append(Candidate(start, end, label, "context", actors=list(known.actors) if known else []))
            self.stats["quoted names after a kind of institution or venue"] += 1
        return sorted(candidates, key=lambda c: c.start)

    def _with_quoted_company_names(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """A quoted name whose last word is a firm's (see ner_context.yaml) is one organisation,
        replacing the place or person found inside it (`„Пелистер банка“`, not the mountain); a
        known name of the same span stays."""
        for m in QUOTED_NAME.finditer(text):
            start, end = m.span(1)
            if m.group(1).split()[-1].lower() not in self.company_tails:
                continue
            inside = [c for c in candidates if c.start < end and start < c.end and c.kind != "demonym"]
            if any(c.start < start - 1 or c.end > end + 1 or (c.actors and c.label == "ORG") for c in inside):
                continue  # a longer name runs across it, or the knowledge base knows the firm
            candidates = sorted([c for c in candidates if c not in inside] + [Candidate(start, end, "ORG", "context")],
                                key=lambda c: c.start)
            self.stats["quoted names ending with a firm's word made organisations"] += 1
        return candidates

    def _adjective(self, word: str | None) -> str | None:
        """The capitalised word before a kind of institution, unless it is a function word."""
        lower = (word or "").lower()
        return None if lower in self.not_name_endings or lower in self.name_breakers or lower in self.place_prepositions else word

    def _with_seats(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """A capitalised kind of institution whose seat is part of its name (with its capitalised
        adjective) that the knowledge base does not know, `во` and a known place (`Економскиот
        факултет во Прилеп`): one organisation (see ner_context.yaml)."""
        for m in anchored_matches(self.seated_kind, text, " во ", SEATED_KIND_REACH):
            adjective, kind = self._adjective(m.group(1)), m.group(2)
            if not (adjective or kind[:1].isupper()):
                continue
            start = m.start(1) if adjective else m.start(2)
            seat = next((c for c in candidates if c.start == m.end() and c.rule.startswith("gazetteer") and c.label in PLACE_TYPES), None)
            if seat is None:
                continue
            inside = [c for c in candidates if c.start < seat.end and start < c.end and c.kind != "demonym"]
            if any(c.start < start or c.end > seat.end or (c.rule.startswith("gazetteer") and c.label == "ORG") for c in inside):
                continue  # a longer name, or a known body whose place is another mention
            if any((c.start, c.end) == (start, seat.end) for c in inside):
                continue
            candidates = [c for c in candidates if c not in inside]
            candidates.append(Candidate(start, seat.end, "ORG", "context"))
            self.stats["institutions joined to their seat"] += 1
        return sorted(candidates, key=lambda c: c.start)

    def _with_coordinated_tails(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """A body's name with a complement (`Факултетот за … науки`) that the model cut inside a
        coordination goes on over `и` and the lower-case words after it up to a verb, a clitic or
        a punctuation mark within three words (`… науки и компјутерско инженерство протестираа`);
        one that ends right after `и` and an adjective takes the rest the same way."""
        for c in candidates:
            name = text[c.start:c.end]
            if c.rule != "model" or c.label != "ORG" or " за " not in name or not name.lower().startswith(self.body_stems):
                continue
            words = list(NAME_WORD.finditer(text, c.end, c.end + 80))
            opened = name.split()[-2:-1] == ["и"]
            if not opened and (not words or words[0].group() != "и" or text[c.end:words[0].start()] != " "):
                continue
            tail = words if opened else words[1:]
            pos, taken, ended = (c.end if opened else words[0].end()), 0, len(tail) < 4  # the text's end ends the name
            for w in tail[:4]:
                word = w.group()
                if text[pos:w.start()] != " " or word in self.verb_forms or word in self.name_breakers:
                    ended = True  # a punctuation mark, a verb or a clitic ends the name
                    break
                if not word.islower() or word in self.not_name_endings or word in self.role_words:
                    ended = False
                    break
                pos, taken = w.end(), taken + 1
            if not ended or not taken:
                continue
            c.end = pos
            self.stats["model names of bodies extended over a coordinated complement"] += 1
        return candidates

    def _with_clubs(self, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
        """A club known only with its prefix, named bare (`Вардар`, `Вардар 1961`) in a sentence
        about sport (see ner_context.yaml), is the club, not the place of that name nor nothing."""
        if self.club_name is None:
            return candidates
        text = doc.text
        for m in self.club_name.finditer(text):
            sentence = doc.sentences[doc.sentence_of(m.start())] if doc.sentences else None
            start, end = (sentence.start, sentence.end) if sentence else (0, len(text))
            sporting = (any(w.startswith(self.club_context) for w in text[start:end].lower().split())
                        or any(start <= c.start < end and self.club_ids.intersection(c.actors) for c in candidates))
            if not sporting or _word_before(text, m.start()) in self.feature_heads:
                continue
            inside = [c for c in candidates if c.start < m.end() and m.start() < c.end and c.kind != "demonym"]
            if any(c.label == "ORG" or c.start < m.start() or c.end > m.end() for c in inside):
                continue  # already an organisation, or part of a longer name
            candidates = [c for c in candidates if c not in inside]
            candidates.append(Candidate(m.start(), m.end(), "ORG", "context", actors=list(self.clubs[m.group(1)])))
            self.stats["bare club names in a sentence about sport"] += 1
        return sorted(candidates, key=lambda c: c.start)

    def _gazetteer_spans(self, text: str) -> list[Candidate]:
        spans = []
        for m in self.gazetteer.find(text):
            if m.kinds & (NAME_KINDS | {"demonym", "anaphor"}):
                spans.extend(self._organ_and_state(text, candidate(m)))
        return spans

    def _organ_and_state(self, text: str, found: Candidate) -> list[Candidate]:
        """A known organ of a state written with its state (`Министерството за правда на САД`)
        is two mentions, as the guidelines' `X на Y` rule has it: the organ (still linked to its
        entry) and the state. The state of a nested name qualifies its last part, and the name
        stays whole."""
        name = text[found.start:found.end]
        head, joined, tail = name.rpartition(" на ")
        if (found.kind != "name" or found.label != "ORG" or not joined or " на " in head  # `армија на Федерацијата на БиХ`
                or not any(w.startswith(self.organ_stems) for w in head.lower().split()[:2])):
            return [found]
        state = next((m for m in self.gazetteer.find(tail) if (m.start, m.end) == (0, len(tail))), None)
        state_candidate = candidate(state) if state is not None else None
        if state_candidate is None or state_candidate.label != "GPE" or not _names_a_state(state_candidate):
            return [found]
        kb = load_kb()
        organ_states = {kb.get(a).country for a in found.actors if kb.get(a)}
        if not organ_states & {kb.get(a).country for a in state_candidate.actors if kb.get(a)}:
            return [found]  # another state's organ for it (`Канцеларијата за прашања на Тајван` is China's): its topic
        self.stats["known organs split from their state"] += 1
        offset = found.end - len(tail)
        return [Candidate(found.start, found.start + len(head), found.label, found.rule, found.kind, list(found.actors)),
                Candidate(offset, found.end, state_candidate.label, state_candidate.rule, state_candidate.kind,
                          list(state_candidate.actors))]

    def _not_a_name(self, word: str, opens_sentence: bool = True) -> bool:
        """A title, role or common word that opens a model span; a common word only where its
        capital letter says nothing (at a sentence's start, or in lower case): `Бил Пасули` after
        a comma is a name."""
        lower = word.lower()
        common = lower in self.common_words and (opens_sentence or word[:1].islower())
        return common or lower in self.role_words or lower.startswith(self.titles) or not word[:1].isalnum()

    def _comma_cut(self, e: Span) -> int | None:
        """Where a comma inside a model span ends the name, or None: after a body's noun alone
        (`Советот, Кина`, `Канцеларијата, Петар Петковиќ`) or before a function word (`Управата,
        во …`). A comma between the nouns of a body's complement is the name's (`Центарот за
        истражување, транспарентност и одговорност`), and so is one before a name's last part
        (`Apple, Inc.`, a seat after a body's name)."""
        comma = next((i for i in range(1, len(e) - 1) if e[i].text == ","), None)
        if comma is None:
            return None
        after = e[comma + 1].text
        body_alone = comma == 1 and CYRILLIC_RUN.fullmatch(e[0].text) is not None and e[0].lower_.startswith(self.body_stems)
        return comma if body_alone or after in self.not_name_endings or after in self.name_breakers else None

    def _person_after_body_name(self, e: Span) -> int | None:
        """Where a person's full name (a known given name and capitalised words to the span's end)
        begins inside a model organisation right after an acronym (`ДПК`) or a capitalised word
        with the definite article (`Зелените`), the body's name; None for any other span, and for
        a body named after a person (`ЗКЛ Марија Стефановска Фонд`: a body's noun after the name)."""
        at = next((i for i in range(1, len(e) - 1) if e[i].text in given_names()), None)
        if at is None or not all(t.is_alpha and t.text[:1].isupper() and not t.lower_.startswith(self.body_stems) for t in e[at:]):
            return None
        before = e[at - 1].text
        acronym = len(before) > 1 and before.isupper()
        definite = before[:1].isupper() and before.lower().endswith(self.articles)
        return at if acronym or definite else None

    def _given_name_opening(self, e: Span, label: str) -> bool:
        """A person's name opening with a given name that is also a common word (`Пол Ровлет`,
        `Бил Гејтс` at a sentence's start): the given name stays."""
        first = e[0].text
        return (label == "PER" and first in given_names() and len(first) > 2 and e[1].text[:1].isupper()
                and first.lower() not in self.not_name_endings and first.lower() not in self.name_breakers)

    def _person_ending_body_phrase(self, e: Span) -> Span | None:
        """The person's full name that ends a model span of a body and the lower-case words of its
        role (`ОН за човекови права Зеид Раад ал Хусеин`): two or more capitalised words, particles
        between them, after a lower-case word that is no preposition, opening with a known given
        name or holding a particle no place holds; None for any other span."""
        start = len(e)
        while start > 0 and (e[start - 1].text[:1].isupper() or e[start - 1].text in self.name_particles):
            start -= 1
        while start < len(e) and e[start].text in self.name_particles:
            start += 1
        before = e[start - 1].text if start else ""
        if not before.islower() or before in self.name_particles or before in self.joiners:
            return None  # `Канцеларијата на Володимир Зеленски`: an office named after its holder
        run = e[start:]
        if len([t for t in run if t.text[:1].isupper()]) < 2 or not run[-1].text[:1].isupper():
            return None
        if run[0].text in given_names() or any(t.text in self.person_particles for t in run):
            return run
        return None

    def _predict(self, sdoc: Doc, text: str, known: list[Candidate] = ()) -> Doc:
        """The model's entities on the document, run only over the sentences that may hold a
        name the knowledge base does not know (a capitalised word past the first, or a first word
        that is no common word, that no known name covers): the others cost time and can hold
        none — and in cross-validation the model's reading of known names only added errors
        (0.907 → 0.910)."""
        sentences = list(sdoc.sents) if sdoc.has_annotation("SENT_START") else [sdoc[:]]
        covered = bytearray(len(text))
        for c in known:
            if c.kind in ("name", "anaphor"):
                covered[c.start:c.end] = b"\x01" * (c.end - c.start)
        capitalised = [sent for sent in sentences if self._may_hold_name(text[sent.start_char:sent.end_char])]
        keep = [sent for sent in capitalised if self._unknown_capital(text, sent.start_char, sent.end_char, covered)]
        self.stats["sentences without a capitalised word left to the rules"] += len(sentences) - len(capitalised)
        self.stats["sentences whose capitalised words are all known names left to the knowledge base"] += len(capitalised) - len(keep)
        if not keep:
            sdoc.ents = []
            return sdoc
        if len(keep) == len(sentences):
            return recogniser(self.model)(sdoc)
        at = [i for sent in keep for i in range(sent.start, sent.end)]  # sub-document token -> document token
        rows = sdoc.to_array([ORTH, SPACY])[at]  # arrays, not a Token object per word
        strings = sdoc.vocab.strings
        sub = Doc(sdoc.vocab, words=[strings[h] for h in rows[:, 0].tolist()], spaces=rows[:, 1].astype(bool).tolist())
        sub = recogniser(self.model)(sub)
        ents = []
        for e in sub.ents:
            first, last = at[e.start], at[e.end - 1]
            if last - first == e.end - 1 - e.start and "\n" not in e.text:  # one stretch of one line of the document
                ents.append(Span(sdoc, first, last + 1, label=e.label_))
        sdoc.ents = ents
        return sdoc

    def _unknown_capital(self, text: str, start: int, end: int, covered: bytearray) -> bool:
        """A capitalised word of the sentence (past its first) that no known name covers."""
        for m in CAPITALISED.finditer(text, start, end):
            if not covered[m.start()] and (m.start() != start or self._unknown_word_at(text, start)):
                return True
        return False

    def _unknown_word_at(self, text: str, start: int) -> bool:
        word = WORD_AT.match(text, start)
        return word is not None and word.group().lower() not in self.common_words

    def _may_hold_name(self, sentence: str) -> bool:
        first, _, rest = sentence.lstrip().partition(" ")
        if not first:
            return False
        # string methods, not a Token object per word: this runs on every sentence
        return (rest != rest.lower() or not first.isalpha()
                or (first[:1].isupper() and first.lower() not in self.common_words))

    def _model_spans(self, doc: Document, known: list[Candidate] = ()) -> list[Candidate]:
        return self._typed_model_spans(self._predict(spacy_doc(doc, self.lang), doc.text, known), doc.text)

    def _typed_model_spans(self, sdoc: Doc, text: str) -> list[Candidate]:
        """The model's entities on `sdoc`, trimmed and retyped by the rules below."""
        spans = []
        for e in sdoc.ents:
            if e.label_ not in LABELS:
                continue
            if len(e) == 1 and e[0].is_sent_start and e.text.lower() in self.common_words:
                self.stats["model names dropped: a common word starting a sentence"] += 1
                continue
            if len(e) == 1 and e.label_ == "GPE" and len(e.text) >= 4 and e.text.istitle() and e.text.lower() in self.common_words:
                # `во Уставот`: a capitalised common noun is no place (known places come from the gazetteer)
                self.stats["model places dropped: a capitalised common noun"] += 1
                continue
            if e.text.rstrip(".") in self.common_acronyms:
                self.stats["model names dropped: the acronym of a common noun"] += 1
                continue
            if {t.lower_ for t in (e[0], e[min(1, len(e) - 1)], e[-1])} & self.event_heads:
                self.stats["model names dropped: the name of an event, a document or an award"] += 1
                continue
            label = e.label_
            crossed = next((i for i in range(1, len(e)) if e[i].is_sent_start), None)
            if crossed is not None:  # `Божиновска. Паралелно`: a glued sentence's first word is not the name's
                e = e[:crossed]
                self.stats["model names cut at a sentence's start"] += 1
            dateline = next((i for i in range(1, len(e) - 1) if e[i].text in SPACED_DASHES and e[i - 1].whitespace_
                             and e[:i].text.isupper()), None)
            if dateline is not None:  # `РИМ – Германија`: a dateline's place and the sentence after it
                e = e[dateline + 1:]  # (`Стипишиќ – Џибони`: a nickname after a dash is the name's)
                self.stats["model names cut after a dateline's dash"] += 1
            if label != "PER" and (person := self._person_ending_body_phrase(e)) is not None:
                e, label = person, "PER"  # `ОН за човекови права Зеид Раад ал Хусеин` -> the person
                self.stats["model bodies ending with a person's full name cut to the person"] += 1
            personal = label == "PER" or e[0].text in given_names()  # `Викторија Митровска за SETimes` (typed ORG)
            broken = next((i for i in range(1, len(e)) if e[i].text in self.name_breakers or e[i].text in self.verb_forms
                           or (personal and e[i].text in self.person_breakers)), None)
            if broken is not None:  # `Министерството ги изврши` -> `Министерството`
                e = e[:broken]
                self.stats["model names cut before a clitic, auxiliary or adverb"] += 1
            if (comma := self._comma_cut(e)) is not None:  # `Советот, Кина`, `Канцеларијата, Петар Петковиќ`
                if comma + 3 <= len(e) and e[comma + 1].text in given_names() and all(t.text[:1].isupper() for t in e[comma + 1:]):
                    spans.append(Candidate(e[comma + 1].idx, e.end_char, "PER", "model"))
                    self.stats["model names split at a comma before a person's name"] += 1
                e = e[:comma]
                self.stats["model names cut at a comma"] += 1
            quote_end = None
            if (opening := _unclosed_quote(e)) is not None:
                quote_end = _closing_quote(text, e[opening].idx + 1, e[opening + 1].text if opening + 1 < len(e) else "")
                if quote_end is None:  # `Комисијата за „изолирањето“`: the quoted word is the sentence's
                    e = e[:opening]
                    self.stats["model names cut before a quotation they do not close"] += 1
            kind_at = next((i for i in (0, 1) if i < len(e) and e[i].lower_ in self.kind_nouns), None)
            if kind_at is not None and kind_at + 1 == len(e):  # `Кинеската компанија` + `Синохидро`: the name follows
                run = e.end
                while run < len(sdoc) and sdoc[run].text[:1].isupper() and sdoc[run].is_alpha:
                    run += 1
                if run == e.end:
                    self.stats["model names dropped: a kind of body, no name"] += 1
                    continue
                e = sdoc[e.end:run]
            if kind_at is not None and kind_at + 1 < len(e) and e[kind_at + 1].text[:1].isupper():
                e = e[kind_at + 1:]  # `Кинеската компанија Синохидро` -> `Синохидро`
                self.stats["model names trimmed of a leading kind of body"] += 1
            if len(e) > 2 and e[0].lower_.startswith(self.body_stems) and e[0].lower_.endswith(self.articles) and e[1].text in given_names():
                # `Директорот на Канцеларијата Петар Петковиќ`: the body with its article is the
                # complement of a title before the name, the person is the rest
                e, label = e[1:], "PER"
                self.stats["model names split after a body with its article before a given name"] += 1
            elif label == "ORG" and (person_at := self._person_after_body_name(e)) is not None:
                # `ДПК Хашим Тачи`, `Зелените Јудит Саргентини`: a body's name, then its member's
                spans.append(Candidate(e[person_at].idx, e.end_char, "PER", "model"))
                e = e[:person_at]
                self.stats["model bodies split before a person's full name"] += 1
            while len(e) > 1 and not self._given_name_opening(e, label) and self._not_a_name(
                    e[0].text, e[0].is_sent_start or e.start == 0 or sdoc[e.start - 1].text in SENTENCE_OPENERS):
                e = e[1:]
                self.stats["model names trimmed of a leading title or common word"] += 1
            while len(e) > 1 and (not e[-1].text[:1].isalnum() or e[-1].text in self.not_name_endings
                                  or (label != "ORG" and e[-1].text[:1].islower())):
                # names of organisations have lower-case words; a person's or a place's name ends
                # with a capitalised one (`Вучиќ разменија` -> `Вучиќ`)
                e = e[:-1]
                self.stats["model names trimmed of a trailing function word, lower-case word or punctuation"] += 1
            end_char = e.end_char
            after = next((t for t in sdoc[e.end:e.end + 3] if not t.is_space), None)
            if e[-1].text.endswith(".") and len(e[-1].text) > 2 and "." not in e[-1].text[:-1] and (
                    after is None or after.is_sent_start or after.text[:1].isupper()):
                end_char -= 1  # `БиХ.` at a sentence's end: the full stop is the sentence's (`О.Н.` keeps it)
            if quote_end is not None and quote_end > end_char:  # `Прифатниот центар „Винојуг`: the model left out the closing mark
                end_char = quote_end
                if e[0].lower_.startswith(self.body_stems):  # `Здружението „Зелена иднина“`: a body's name
                    label = "ORG"
                self.stats["model names extended to the quotation mark that closes them"] += 1
            if not e.text[:1].isupper() and not e.text[:1].isdigit():
                self.stats["model names dropped: not capitalised"] += 1
                continue
            if (len(e) > 1 and e[0].is_sent_start and all(t.text.islower() or not t.is_alpha for t in e[1:])
                    and not any(t.lower_.startswith(self.body_stems) for t in e)):
                self.stats["model names dropped: a capitalised common noun phrase opening a sentence"] += 1
                continue
            if (label in ("PER", "GPE") and text[e.start_char - 1:e.start_char] in QUOTES_OPEN and text[end_char:end_char + 1] in QUOTES_CLOSE
                    and (len(e) > 1 or (e.start > 1 and sdoc[e.start - 2].text in self.place_prepositions))):
                # `производителот на авто-делови „Лајтек Аутомотив“`, `вработените во „Кодемар“`: a
                # quoted full name, or a quoted one where something is, is a firm's or a body's, no
                # person's or place's (a character of a book or a film is quoted by one word,
                # `успехот на „Падингтон“`)
                label = "ORG"
                self.stats["model persons and places in quotation marks retyped ORG"] += 1
            elif len(e) > 1 and e[-1].text in self.location_tails and label != "LOC":
                label = "LOC"
                self.stats["model names ending with a street or square word retyped LOC"] += 1
            elif label == "PER" and e.start > 0 and sdoc[e.start - 1].text in self.place_prepositions:
                label = "GPE"
                self.stats["model persons after a place preposition retyped GPE"] += 1
            elif label in ("GPE", "LOC", "ORG") and len(e) in (2, 3) and e[0].text in given_names() and e[-1].text[:1].isupper():
                label = "PER"  # `Хедер Смол`, `Џеј Берзофски`: a given name opens a person's name
                self.stats["model places or organisations opening with a given name retyped PER"] += 1
            elif (label == "GPE" and len(e) == 2 and all(t.is_alpha and t.text[:1].isupper() for t in e)
                  and e[0].text not in place_openers() and not {e[0].lower_, e[1].lower_} & self.wordforms):
                # two capitalised words, neither a word of the language (`Горно`, `Косовска`, `Поље`,
                # `Нови` make places) and opening no known place's name: `Џесика Чемберс`, `Омар Наваро`
                label = "PER"
                self.stats["model two-word places opening like no known place retyped PER"] += 1
            elif label == "PER" and e.start > 0 and sdoc[e.start - 1].lower_ in self.place_heads:
                label = self.place_heads[sdoc[e.start - 1].lower_]
                self.stats["model persons after a place noun retyped as a place"] += 1
            if label == "PER" and (double := DOUBLE_SURNAME_TAIL.match(text, end_char)):
                end_char = double.end()  # `Анита Ангеловска-Бежоска`: the second surname is the name's
                self.stats["model persons extended over a double surname"] += 1
            spans.append(Candidate(e.start_char, end_char, label, "model"))
        return spans


def anchored_matches(pattern: re.Pattern, text: str, anchor: str, reach: int) -> Iterator[re.Match]:
    """`pattern.finditer(text)`, for a pattern each of whose matches holds `anchor` with only word
    characters and spaces before it, and reads no further than `reach` characters from the
    anchor's start: the pattern is tried only on the run of words before each anchor (a regular
    expression with a long alternation costs a try at every character)."""
    pos = 0
    while (at := text.find(anchor, pos)) != -1:
        before = LAST_NON_WORD_OR_SPACE.match(text, pos, at)
        m = pattern.search(text, before.end() if before else pos, at + reach)
        if m is None or m.start() > at:  # (one past the anchor is the next anchor's to find, read to its full reach)
            pos = at + 1
            continue
        yield m
        pos = m.end()


# after a kind of body: a quoted name, or capitalised words (a hyphenated one whole)
KIND_NAME = re.compile(r"„([^“”\"\n]{2,60})[“”\"]|((?:[^\W\d_a-zа-џ][\w-]*)(?: [^\W\d_a-zа-џ][\w-]*)*)")
QUOTED_NAME = re.compile(r"„([^\W\d_a-zа-џ][^“”\"\n]{1,59})[“”\"]")  # a capitalised name in quotation marks
QUOTES_OPEN, QUOTES_CLOSE = "„“\"«", "“”\"»"  # the marks that open and close a quoted name
OPENING_QUOTES = "„«"  # the marks that only open a quotation (`“` and `"` close one too)
CLOSING_QUOTE = re.compile(r"[“”\"»„«\n]")  # the next mark that closes a quotation, opens another or ends the line
QUOTED_NAME_REACH = 61  # a quoted name of up to 60 characters and its closing mark
SPACED_DASHES = {"-", "–", "—"}  # the dash between a dateline's place and its text
SENTENCE_OPENERS = {"„", "“", '"', "«", "(", "-", "–", "—", ":", "\n"}  # after these a capital letter says nothing
WORD_AT = re.compile(r"\w+")
WORD_CHAR = re.compile(r"\w")
LAST_NON_WORD_OR_SPACE = re.compile(r"(?s:.*)[^\w ]")
QUOTED_KIND_REACH = 63  # ` „`, a quoted name of up to 60 characters and its closing mark
SEATED_KIND_REACH = 5  # ` во ` and the capital letter that follows
NAME_WORD = re.compile(r"\w[\w-]*")  # a word of a name, a hyphenated surname whole
GIVEN_NAME_BEFORE = re.compile(r"(?<=[^.!?\s] )([А-ШЃЌЉЊЏЅЈ][а-шѓќљњџѕјѐѝ]+) $")  # a capitalised word inside a sentence
NEXT_CAPITALISED = re.compile(r" [^\W\d_a-zа-џ]")  # a capitalised word right after, one space between
CAPITALISED = re.compile(r"(?<!\w)[^\W\d_a-zа-џ]")  # the first letter of a capitalised word
HEAD_BEFORE = re.compile(r"(?<!\w)(\w+) $")  # the word right before a name, one space between
DOUBLE_SURNAME_TAIL = re.compile(r"-[^\W\d_a-zа-џ][^\W\d_]+")  # `-Бежоска` right after a name: a hyphenated surname


def _unclosed_quote(e: Span) -> int | None:
    """The token index of an opening quotation mark inside a model span that no mark closes
    within it, or None."""
    opening = next((i for i in range(len(e) - 1, 0, -1) if e[i].text in OPENING_QUOTES), None)
    if opening is None or any(t.text in QUOTES_CLOSE for t in e[opening + 1:]):
        return None
    return opening


def _closing_quote(text: str, start: int, first_word: str) -> int | None:
    """The offset just past the mark that closes a quoted name opened before `start`: a
    capitalised name closed on its line within a name's reach (`„Зелена иднина“`); None for a
    lower-case quoted word (`„изолирањето“`) or a quotation that runs on."""
    if not first_word[:1].isupper():
        return None
    close = CLOSING_QUOTE.search(text, start, start + QUOTED_NAME_REACH)
    return close.end() if close and close.group() in QUOTES_CLOSE else None


def _word_before(text: str, start: int) -> str:
    """The lower-cased word right before offset `start` (within a few words), or ''."""
    before = text[max(0, start - 30):start].split()
    return before[-1].lower() if before else ""


def candidate(match: Match) -> Candidate:
    """A gazetteer match as a mention candidate: a name if any matching form is a name, else an
    anaphor (`Алијансата`), else a demonym."""
    names = [f for f in match.forms if f.kind in NAME_KINDS]
    if names:
        return Candidate(match.start, match.end, names[0].label, "gazetteer", "name", _unique(f.actor_id for f in names))
    if any(f.kind == "anaphor" for f in match.forms):
        anaphors = [f for f in match.forms if f.kind == "anaphor"]
        return Candidate(match.start, match.end, anaphors[0].label, "gazetteer", "anaphor", _unique(f.actor_id for f in anaphors))
    demonyms = [f for f in match.forms if f.kind == "demonym"]
    return Candidate(match.start, match.end, "GPE", "gazetteer", "demonym", _unique(f.actor_id for f in demonyms))


def propagate(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A name found once is a name wherever else it is written: untagged occurrences of a found
    name, and of the surname (last word) of a person named in full, become mentions too."""
    taken = overlap_test([(c.start, c.end) for c in candidates])
    forms: dict[str, Candidate] = {}
    for c in candidates:
        name = text[c.start:c.end]
        if c.kind != "name" or not name[:1].isupper() or len(name) < 2:
            continue
        forms.setdefault(name, c)
        words = name.split()
        if c.label == "PER" and len(words) > 1 and len(words[-1]) > 2:
            forms.setdefault(words[-1], c)
    if not forms:
        return candidates
    added = []
    for start, end in _whole_word_occurrences(text, forms):
        if not taken(start, end):
            source = forms[text[start:end]]
            added.append(Candidate(start, end, source.label, "propagated", "name", list(source.actors)))
    return sorted(candidates + added, key=lambda c: c.start)


def _whole_word_occurrences(text: str, forms) -> list[tuple[int, int]]:
    """Where the forms stand as whole words, left to right without overlaps, the longest at each
    place (`Борис Тадиќ` wins over `Тадиќ`): what an alternation of the forms finds, with no
    pattern to compile for each document."""
    longest: dict[int, int] = {}  # start -> end of the longest form written there
    for form in forms:
        start = text.find(form)
        while start >= 0:
            end = start + len(form)
            if not (start and WORD_CHAR.match(text, start - 1)) and not WORD_CHAR.match(text, end) and end > longest.get(start, -1):
                longest[start] = end
            start = text.find(form, start + 1)
    found, reached = [], 0
    for start in sorted(longest):
        if start >= reached:
            found.append((start, longest[start]))
            reached = longest[start]
    return found


def group(doc: Document, candidates: list[Candidate]) -> list[Entity]:
    """One entity per knowledge-base candidate set (or per name for unknown names). An unknown
    name the model typed differently in different sentences takes its most frequent type."""
    entities: dict[tuple, Entity] = {}
    votes: dict[tuple, Counter] = {}
    for cand in candidates:
        text = doc.text[cand.start:cand.end]
        key = ("kb", tuple(cand.actors)) if cand.actors else ("text", text)
        entity = entities.get(key)
        if entity is None:
            entity = Entity(id=f"E{len(entities) + 1}", name=text, type=cand.label, rule=cand.rule,
                            kb_id=cand.actors[0] if cand.actors else None)
            entity._candidates = cand.actors
            entities[key] = entity
            votes[key] = Counter()
        votes[key][cand.label] += 1
        kind = "demonym" if cand.kind == "demonym" else "name"
        entity.mentions.append(Mention(start=cand.start, end=cand.end, text=text, sentence=doc.sentence_of(cand.start),
                                       kind=kind, rule=cand.rule if cand.kind != "anaphor" else "gazetteer:anaphor"))
    for key, entity in entities.items():
        if key[0] == "text":
            entity.type = votes[key].most_common(1)[0][0]
    return list(entities.values())


def _without_place_tail(span: Candidate, names: list[Candidate], text: str, joiners: frozenset[str],
                        organ_stems: tuple[str, ...] = ()) -> Candidate:
    """A model span made of a known name, a joining preposition and a known place is two
    entities (the guidelines' `X на Y`: `Гаспром во Македонија`): the span keeps the first
    name; so is an unknown organ of a state followed by `на` and a known state (`Министерството
    за одбрана на САД`). (Any other span whose first part the knowledge base does not know stays
    whole: annotators keep `Мисијата на ОБСЕ во Босна и Херцеговина` as one name.)"""
    place = next((g for g in names if g.end == span.end and g.start > span.start and g.label in PLACE_TYPES), None)
    if place is None:
        return span
    first = next((g for g in names if g.start == span.start and g.end < place.start), None)
    if first is not None and text[first.end:place.start].strip() in joiners:
        return Candidate(span.start, first.end, span.label, span.rule)
    head = text[span.start:place.start]
    if (span.label == "ORG" and any(w.startswith(organ_stems) for w in head.lower().split()[:2]) and head.endswith(" на ")
            and place.label == "GPE" and _names_a_state(place)):  # a state, not a city
        return Candidate(span.start, place.start - len(" на "), span.label, span.rule)
    return span


def _without_outlet_tail(span: Candidate, names: list[Candidate], text: str, prepositions: frozenset[str],
                         body_stems: tuple[str, ...] = ()) -> Candidate:
    """A model span that ends with a preposition and a news outlet the knowledge base knows (a
    byline, `Ана Петровска за SETimes`, or `рече Петровска за Ројтерс` read as one name) is the
    name before the preposition: the outlet keeps its own mention, the preposition is neither's.
    Capitalised words that are no acronym and hold no body's noun are a person, whatever the
    model typed (it takes such a byline for an organisation); a known name keeps its type."""
    outlet = next((g for g in names if g.end == span.end and g.start > span.start and _all_of_kind(g, "source")), None)
    if outlet is None:
        return span
    head, _, preposition = text[span.start:outlet.start].rstrip().rpartition(" ")
    words = head.split()
    if preposition not in prepositions or not words:
        return span
    end = span.start + len(head)
    known = next((g for g in names if (g.start, g.end) == (span.start, end)), None)
    personal = (all(w[:1].isupper() for w in words) and not head.isupper()
                and not any(w.lower().startswith(body_stems) for w in words))
    label = known.label if known else "PER" if personal else span.label
    return Candidate(span.start, end, label, span.rule)


def _all_of_kind(found: Candidate, kind: str) -> bool:
    """Are all of a match's knowledge-base actors of that kind (`source`: news outlets, `platform`)?"""
    kb = load_kb()
    return bool(found.actors) and all(kb.get(a) is not None and kb.get(a).kind == kind for a in found.actors)


def _names_a_state(found: Candidate) -> bool:
    """Is one of a knowledge-base match's actors a country (`Србија`), not a city or region?"""
    kb = load_kb()
    return any(kb.get(a) is not None and kb.get(a).is_country for a in found.actors)


def _demonym_and_common_noun(span: Candidate, demonym_spans: set[tuple[int, int]], text: str) -> bool:
    """`Руските сили`, `Американската армија` at a sentence start: a demonym and a lower-case
    noun are no name (guidelines); the demonym stays a mention of its state."""
    lead = next((end for start, end in demonym_spans if start == span.start and end < span.end), None)
    rest = text[lead:span.end].split() if lead is not None else []
    return len(rest) == 1 and rest[0].islower()  # `Хрватската разузнавачка служба` is a proper name


def _thing_of_known_person(span: Candidate, names: list[Candidate], text: str, body_stems: tuple[str, ...]) -> bool:
    """A model span that is a common noun, `на` and a person the knowledge base knows
    (`Митингот на Трамп`, capitalised at a sentence start) is no name of its own: the person is;
    a body's name stays (`Партијата на Тадиќ` is for the guidelines' `X на Y` to judge)."""
    person = next((g for g in names if g.end == span.end and g.start > span.start and g.label == "PER"), None)
    if person is None or not text[span.start:person.start].endswith(" на "):
        return False
    head = text[span.start:person.start].split()
    return len(head) == 2 and not head[0].lower().startswith(body_stems)


def _person_after_known_body(span: Candidate, names: list[Candidate], text: str) -> list[Candidate]:
    """A model span that goes on after a known body or place with a given name (`Владата Марко`
    in `портпаролот на Владата Марко Трошановски`) is the known name and a person: the given name
    and the capitalised words after it, also those the model left out. When the known name closes
    a body's name after `на` (`Мисијата на ОН Јусуф Али Карим`), that body's name is kept too."""
    for known in names:
        opens = known.start == span.start
        if known.label == "PER" or known.end >= span.end or not (
                opens or (span.start < known.start and text[span.start:known.start].endswith(" на "))):
            continue
        person = _person_at(text, known.end, span)
        if person is not None:
            return [person] if opens else [Candidate(span.start, known.end, span.label, span.rule), person]
    return [span]


def _person_at(text: str, after: int, span: Candidate) -> Candidate | None:
    """The person whose given name follows offset `after` inside `span`, with the capitalised words
    after it (two words at least), or None."""
    rest = text[after:span.end]
    start = after + len(rest) - len(rest.lstrip())
    words = NAME_WORD.finditer(text, start)  # read lazily: the run stops long before the text's end
    given = next(words, None)
    if given is None or given.start() != start or given.group() not in given_names():
        return None
    end = given.end()
    for word in words:  # the run of capitalised words one space apart
        if word.start() != end + 1 or not CAPITALISED.match(word.group()):
            break
        end = word.end()
    return None if end == given.end() else Candidate(start, end, "PER", span.rule)


def _made_of_known_names(span: Candidate, names: list[Candidate], text: str) -> bool:
    """A model span that is two or more knowledge-base names side by side (`Левица Димитар
    Апасиев`: a party and its leader) is those names, not one; but a person's name made of known
    people's names alone is one person's (`Џон Хауард` and `Џонсон`: no two people stand side by side)."""
    inside = sorted((g for g in names if span.start <= g.start and g.end <= span.end), key=lambda g: g.start)
    if len(inside) < 2 or (span.label == "PER" and all(g.label == "PER" for g in inside)):
        return False
    pos = span.start
    for g in inside:
        if text[pos:g.start].strip():
            return False
        pos = g.end
    return not text[pos:span.end].strip()


def _without_lowercase_tail(span: Candidate, names: list[Candidate], text: str, function_words: frozenset[str],
                            joiners: frozenset[str] = frozenset(), coordinators: frozenset[str] = frozenset(),
                            definite: Callable[[str], bool] = lambda word: False) -> Candidate:
    """A model span made of a known name and lower-case words that join no complement to it
    (`Фондот бараат`, `Советот за безбедност мора`) is the known name; `Министерството за
    надворешни работи` (after a preposition) stays whole, unless the known name is a full name
    or acronym, not an anaphor (`ВМРО-ДПМНЕ за измени на …`), or the preposition's noun bears the
    definite article (`Владата за напредокот во реформите`: a body's name takes its complement
    bare, `Министерството за одбрана`; an article makes it what the sentence says about the body)."""
    known = next((g for g in names if g.start == span.start and g.end < span.end), None)
    if known is None:
        return span
    rest = text[known.end:span.end].split()
    if rest and known.kind == "name" and (rest[0] in joiners or (rest[0] in coordinators and rest[1:2] and rest[1].islower())):
        # (a known name + `и` + lower-case words is a coordination: `Советот на Европа и
        # потписничките на конвенцијата`)
        # a known full name or acronym is whole: what a preposition adds is a complement
        # (`ВМРО-ДПМНЕ за измени на …`, `Вашингтон за евроатланската интеграција`, `Петреска за
        # владината програма`) or a place of its own
        return Candidate(span.start, known.end, span.label, span.rule)
    if rest and rest[0] in joiners and rest[1:2] and rest[1].islower() and definite(rest[1]):
        return Candidate(span.start, known.end, span.label, span.rule)
    if not rest or any(w[:1].isupper() for w in rest) or rest[0].lower() in function_words:
        return span
    return Candidate(span.start, known.end, span.label, span.rule)


def _without_leading_place(span: Candidate, gazetteer_spans: list[Candidate], text: str,
                           articles: tuple[str, ...] = ()) -> Candidate:
    """A model "person" that opens with a known place or a demonym noun is the person after it
    (`… на Мексико Андрес Мануел Лопез Обрадор`, `Американецот Џордан Спит`): the place keeps its
    own mention, the person's name is the words after it (a full name: two words at least after
    a place, one after a demonym). A demonym without the definite article (one of `articles`)
    before a single word is a given name (`Македонка Стојановска`): a demonym that describes
    a person named after it takes the article."""
    if span.label != "PER":
        return span
    lead = next((g for g in gazetteer_spans if g.start == span.start and g.end < span.end
                 and (g.kind == "demonym" or (g.kind == "name" and g.label == "GPE"))), None)
    if lead is None:
        return span
    rest = text[lead.end:span.end]
    if len(rest.split()) < (1 if lead.kind == "demonym" else 2) or not rest[:1].isspace():
        return span
    if lead.kind == "demonym" and articles and len(rest.split()) == 1 and not text[lead.start:lead.end].endswith(articles):
        return span
    return Candidate(lead.end + len(rest) - len(rest.lstrip()), span.end, span.label, span.rule)


def _without_words_before_known_person(span: Candidate, names: list[Candidate], text: str) -> Candidate:
    """A model "person" whose last words are a known person's full name and whose first word
    is no given name is that person (`Генералштаб Валериј Герасимов`: an organ before the
    chief's name); a first given name keeps a middle name (`Реџеп Таип Ердоган`)."""
    if span.label != "PER" or text[span.start:span.end].split(" ", 1)[0] in given_names():
        return span
    known = next((n for n in names if n.label == "PER" and n.end == span.end and n.start > span.start
                  and " " in text[n.start:n.end]), None)
    return span if known is None else Candidate(known.start, known.end, span.label, span.rule)


def _crosses(a: Candidate, b: Candidate) -> bool:
    """Do the spans overlap without one containing the other?"""
    overlap = a.start < b.end and b.start < a.end
    return overlap and not (a.start <= b.start and b.end <= a.end) and not (b.start <= a.start and a.end <= b.end)


def _unique(ids) -> list[str]:
    return list(dict.fromkeys(ids))
