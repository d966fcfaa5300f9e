"""The actor knowledge base: countries, capitals, organisations, Macedonian institutions,
parties and politicians, office holders, news sources — with their Macedonian, Latin and
short forms, PLOVER country and sector codes, and dated roles.

    from vesnik.kb import load_kb
    kb = load_kb()                                  # cached; reads the packaged kb.json.gz
    kb.lookup("САД")                                # [Actor(id='gpe:USA', ...)]; USA, Америка alike
    kb.lookup("руската")[0].id                      # 'gpe:RUS' (a demonym form)
    kb.country_of_demonym("Американците")           # 'USA'
    kb.get("gpe:city:moscow").capital_of            # 'RUS'
    kb.role_on("per:stevo-pendarovski", "2020-01-01")  # Role(role='head_of_state', country='MKD', ...)
    kb.sector_on("per:stevo-pendarovski", "2025-01-01")  # 'ELI' once out of office
    for form, actor_id, kind in kb.surface_forms(): ...  # for a phrase matcher

Lookups fold case, accents and script (`vesnik.text.translit.fold`), so `MIA`, `МИА` and
`kcna` meet. Acronyms fold too (`ОН` meets English `on`): a matcher that scans text should
match forms of kind `acronym` as written. Forms of kind `anaphor` (`Алијансата`, `Владата`)
stand for the actor only when the context says so.

The sources are YAML files under `sources/`, compiled by `scripts/kb/build_kb.py`.
"""
from __future__ import annotations

import gzip
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache
from pathlib import Path

from pydantic import TypeAdapter

from vesnik.kb.schema import ORGAN_NOUNS, Actor, AmbiguousForm, FormKind, Role
from vesnik.text.translit import fold

KB_PATH = Path(__file__).parent / "kb.json.gz"
# lookup() lists actors found through these kinds of form before the others
_KIND_ORDER: dict[str, int] = {"name": 0, "acronym": 1, "alias": 2, "capital": 3, "demonym": 4, "anaphor": 5}

__all__ = ["Actor", "AmbiguousForm", "KnowledgeBase", "Role", "load_kb"]


def _as_date(on: date | str) -> date:
    return on if isinstance(on, date) else date.fromisoformat(on)


class KnowledgeBase:
    def __init__(self, actors: Iterable[Actor], forms: Iterable[tuple[str, str, FormKind]],
                 ambiguous: Iterable[AmbiguousForm] = ()):
        self._actors = {a.id: a for a in actors}
        self._forms = [tuple(f) for f in forms]
        self.ambiguous = tuple(ambiguous)
        self._index: dict[str, list[tuple[str, str]]] = defaultdict(list)  # folded form -> (id, kind)
        for form, ident, kind in self._forms:
            entry = (ident, kind)
            bucket = self._index[fold(form)]
            if entry not in bucket:
                bucket.append(entry)
        self._given: dict[str, set[str]] | None = None  # actor id -> folded given names (see given_names), built on first use

    def __len__(self) -> int:
        return len(self._actors)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self._actors.values())

    def __contains__(self, ident: object) -> bool:
        return ident in self._actors

    def get(self, ident: str) -> Actor | None:
        return self._actors.get(ident)

    def _actor(self, actor: Actor | str) -> Actor:
        return actor if isinstance(actor, Actor) else self._actors[actor]

    def lookup(self, surface: str, kinds: Iterable[str] | None = None) -> list[Actor]:
        """The actors `surface` may stand for (names and acronyms first), each once."""
        wanted = set(kinds) if kinds is not None else None
        found = sorted((e for e in self._index.get(fold(surface.strip()), ()) if wanted is None or e[1] in wanted),
                       key=lambda e: _KIND_ORDER[e[1]])
        return [self._actors[i] for i in dict.fromkeys(ident for ident, _ in found)]

    def given_names(self, actor: Actor | str) -> set[str]:
        """The folded words before the surname of the person's names of two words or more, in every
        spelling the knowledge base has (`aleksandar`, `alexander`; `ali` of `Мехмет Али Талат`): the
        given names a text may write for them."""
        if self._given is None:
            self._given = defaultdict(set)
            for form, ident, kind in self._forms:
                words = form.split()
                if kind in ("name", "alias") and len(words) > 1:
                    self._given[ident].update(fold(w) for w in words[:-1])
        return self._given.get(self._actor(actor).id, set())

    def surface_forms(self) -> Iterator[tuple[str, str, FormKind]]:
        """Every (form as written, actor id, kind) — kind one of name, alias, acronym, demonym, capital, anaphor."""
        return iter(self._forms)

    def role_on(self, actor: Actor | str, on: date | str) -> Role | None:
        """The role `actor` holds on `on` (see Actor.role_on), or None."""
        return self._actor(actor).role_on(_as_date(on))

    def country_on(self, actor: Actor | str, on: date | str) -> str | None:
        """The country code of `actor` on `on` (see Actor.country_on)."""
        return self._actor(actor).country_on(_as_date(on))

    def sector_on(self, actor: Actor | str, on: date | str) -> str | None:
        """The PLOVER sector of `actor` on `on` (see Actor.sector_on)."""
        return self._actor(actor).sector_on(_as_date(on))

    def country_of_demonym(self, surface: str) -> str | None:
        """The country code a demonym form points to (`руската` -> `RUS`), or None."""
        for ident, kind in self._index.get(fold(surface.strip()), ()):
            if kind == "demonym":
                return self._actors[ident].country
        return None


@cache
def load_kb(path: Path = KB_PATH) -> KnowledgeBase:
    """The compiled knowledge base (read once per process)."""
    data = json.loads(gzip.decompress(path.read_bytes()))
    actors = TypeAdapter(list[Actor]).validate_python(data["actors"])
    ambiguous = TypeAdapter(list[AmbiguousForm]).validate_python(data["ambiguous"])
    return KnowledgeBase(actors, data["forms"], ambiguous)


def is_state(kb_id: str | None) -> bool:
    """The knowledge-base actor is a state (not a city or region of it)."""
    actor = load_kb().get(kb_id) if kb_id else None
    return actor is not None and actor.is_country


def state_organ_name(name_en: str | None, kb_id: str | None, sector: str) -> str | None:
    """The English name of a state's organ (`руската армија` → "Russia's military"); a capital
    standing for its state's organ names both (`Москва` → "Russia's government (Moscow)"); an organ
    without an English noun keeps the entity's name."""
    kb = load_kb()
    actor = kb.get(kb_id) if kb_id else None
    if not name_en or sector not in ORGAN_NOUNS or actor is None:
        return name_en
    state = kb.get(f"gpe:{actor.capital_of}") if actor.capital_of else actor
    if state is None or not state.is_country or not state.name_en:
        return name_en
    owner = f"{state.name_en}'" if state.name_en.endswith("s") else f"{state.name_en}'s"  # "United States' military"
    return f"{owner} {ORGAN_NOUNS[sector]}" + (f" ({name_en})" if state is not actor else "")
