"""The surface forms of an actor: its names, aliases and acronyms as written, plus the
inflected forms a language's data (`src/vesnik/lang/<lang>/inflection.yaml`) derives from
them: adjective and noun forms of demonyms (`руски` -> `руската`, `Руси` -> `Русите`) and
definite forms of organisation names (`Европска комисија` -> `Европската комисија`), and the
other spellings of people's names the language's copy writes (`Чисекеди` -> `Тшисекеди`).

Used by the build (scripts/kb/build_kb.py); the compiled knowledge base stores the result.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import product

import yaml

from vesnik.kb.schema import Actor, FormKind
from vesnik.lang import LANG_DIR


def _with_case(ending: str, replaced: str, word: str) -> str:
    """`word` with `ending` (matched case-insensitively) replaced by `replaced`, in the word's case."""
    stem = word[: len(word) - len(ending)]
    return stem + (replaced.upper() if word.isupper() and len(word) > 1 else replaced)


@dataclass(frozen=True)
class Inflection:
    script: str
    adjective: tuple[tuple[str, tuple[str, ...]], ...]  # (ending, forms), longest ending first
    definite: tuple[tuple[str, str], ...]  # (ending, definite ending), longest ending first
    # (where a spelling is written, the other spelling, the countries whose people it is for; empty: all)
    spelling_variants: tuple[tuple[re.Pattern[str], str, frozenset[str]], ...] = ()

    def in_script(self, text: str) -> bool:
        """Whether `text` has letters of the language's script (only those words inflect)."""
        return any(c.isalpha() and self.script.upper() in unicodedata.name(c, "") for c in text)

    def adjective_forms(self, adjective: str) -> list[str]:
        for ending, forms in self.adjective:
            if adjective.lower().endswith(ending):
                return [_with_case(ending, form, adjective) for form in forms]
        return [adjective]

    def definite_word(self, word: str) -> str:
        for ending, definite in self.definite:
            if word.lower().endswith(ending):
                return _with_case(ending, definite, word)
        return word

    def spellings(self, name: str, country: str | None) -> list[str]:
        """`name` of a person of `country` and its other spellings: each word spelt every way the
        language's spelling variants for that country allow, independently of the other words
        (`Аркадиј Волински` -> `Аркади Волинскиј` too), `name` itself first."""
        rules = [(pattern, other) for pattern, other, countries in self.spelling_variants if not countries or country in countries]
        by_word = []
        for word in name.split(" "):
            found = [word]
            for pattern, other in rules:
                found += [varied for form in found if (varied := pattern.sub(other, form)) not in found]
            by_word.append(found)
        return [" ".join(words) for words in product(*by_word)]

    def definite_phrase(self, phrase: str) -> str:
        """The definite form of a name: the article goes on its first word."""
        first, sep, rest = phrase.partition(" ")
        return self.definite_word(first) + sep + rest


@cache
def inflection(lang: str) -> Inflection:
    data = yaml.safe_load((LANG_DIR / lang / "inflection.yaml").read_text(encoding="utf-8"))
    by_length = lambda rule: -len(rule["ending"])  # noqa: E731 - the longest ending wins
    return Inflection(
        script=data["script"],
        adjective=tuple((r["ending"], tuple(r["forms"])) for r in sorted(data["adjective"], key=by_length)),
        definite=tuple((r["ending"], r["definite"]) for r in sorted(data["definite"], key=by_length)),
        spelling_variants=tuple((_variant_pattern(r["at"], r["written"]), r["also"], frozenset(r.get("countries", ())))
                                for r in data.get("spelling_variants", ())),
    )


def _variant_pattern(at: str, written: str) -> re.Pattern[str]:
    """Where a spelling variant applies: at the start of a word, at its end, or anywhere."""
    before, after = {"start": (r"(?<!\w)", ""), "end": ("", r"(?!\w)"), "any": ("", "")}[at]
    return re.compile(before + re.escape(written) + after)


def inflects(actor: Actor) -> bool:
    """Whether the actor's names get definite forms: organisations that are not news sources,
    unless the entry says otherwise."""
    if actor.inflect is not None:
        return actor.inflect
    return actor.type == "ORG" and actor.kind != "source"


def surface_forms(actor: Actor, lang: str = "mk") -> Iterator[tuple[str, FormKind]]:
    """Every form of `actor` with its kind, each form once (the first kind wins)."""
    rules = inflection(lang)
    named_kind: FormKind = "capital" if actor.capital_of else "name"
    written: list[tuple[str, FormKind]] = [(actor.name_mk, named_kind)]
    if actor.name_en:
        written.append((actor.name_en, named_kind))
    written += [(a, "capital" if actor.capital_of else "alias") for a in actor.aliases]
    written += [(a, "acronym") for a in actor.acronyms]
    seen: set[str] = set()

    def new(form: str) -> bool:
        if form in seen:
            return False
        seen.add(form)
        return True

    for form, kind in written:
        if new(form):
            yield form, kind
    if actor.type == "PER":
        for form, kind in written:
            if kind != "acronym" and rules.in_script(form):
                for spelling in rules.spellings(form, actor.country)[1:]:
                    if new(spelling):
                        yield spelling, kind
    if inflects(actor):
        for form, kind in written:
            if kind != "acronym" and rules.in_script(form):
                definite = rules.definite_phrase(form)
                if new(definite):
                    yield definite, kind
    if actor.demonyms:
        adjectives = [actor.demonyms.adjective] if actor.demonyms.adjective else []
        demonym_forms = [form for adjective in adjectives + list(actor.demonyms.variants) for form in rules.adjective_forms(adjective)]
        for noun in actor.demonyms.nouns:
            demonym_forms += [noun, rules.definite_word(noun)]
        for form in demonym_forms:
            if new(form):
                yield form, "demonym"
    for form in actor.anaphors:
        if new(form):
            yield form, "anaphor"
