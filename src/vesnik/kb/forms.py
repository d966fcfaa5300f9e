"""The surface forms of an actor: its names, aliases and acronyms as written, plus the
inflected forms a language's data (`src/vesnik/lang/<lang>/inflection.yaml`) derives from
them: adjective and noun forms of demonyms (`руски` -> `руската`, `Руси` -> `Русите`) and
definite forms of organisation names (`Европска комисија` -> `Европската комисија`).

Used by the build (scripts/kb/build_kb.py); the compiled knowledge base stores the result.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

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
    )


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
