"""Contradictions in a set of actors: what the build refuses and the tests look for.

- an id given twice;
- a country code that no country entry defines (countries code for themselves: `gpe:RUS`
  has `country: RUS`; PLOVER's non-state codes IGO, UNO, EUR … are known too);
- a capital that is not a GPE entry of that country, a `capital_of` or role `org` that points
  nowhere, an ambiguity declaration naming an unknown actor;
- a role in an international body whose country is not the body's code (a prosecutor of the
  ICTY acts for UNO, not for a generic IGO);
- a form (other than an anaphor) that stands for two actors of the same type without an
  ambiguity declaration covering both: forms meet by their folded key, so `ЕУ` and `EU` or
  `Вучиќ` and `Vucic` are one form;
- two holders of a single-holder office (head of state, foreign minister, one ministry …) of
  one country on the same day, unless the role is marked `shared` (ministers count only
  when the role names the ministry in `org`).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

from vesnik.kb.schema import NON_STATE_CODES, SINGLE_HOLDER_ROLES, Actor, AmbiguousForm, Role
from vesnik.text.translit import fold


def country_codes(actors: Iterable[Actor]) -> set[str]:
    """The codes actors may name: those of countries that code for themselves, and PLOVER's non-state codes."""
    return {a.country for a in actors if a.is_country and a.id == f"gpe:{a.country}"} | NON_STATE_CODES


def problems(actors: Sequence[Actor], forms: Iterable[tuple[str, str, str]], ambiguous: Iterable[AmbiguousForm]) -> list[str]:
    found: list[str] = []
    by_id: dict[str, Actor] = {}
    for actor in actors:
        if actor.id in by_id:
            found.append(f"{actor.id}: duplicate id")
        by_id[actor.id] = actor
    found += _references(by_id, ambiguous)
    found += _collisions(by_id, forms, ambiguous)
    found += _overlapping_offices(actors)
    return found


def _references(by_id: dict[str, Actor], ambiguous: Iterable[AmbiguousForm]) -> list[str]:
    found: list[str] = []
    codes = country_codes(by_id.values())
    for actor in by_id.values():
        named = [("country", actor.country), ("capital_of", actor.capital_of)]
        named += [(f"role {r.role}", r.country) for r in actor.roles]
        found += [f"{actor.id}: unknown country code {code} ({field})" for field, code in named if code and code not in codes]
        if actor.capital:
            capital = by_id.get(actor.capital)
            if capital is None or capital.capital_of != actor.country:
                found.append(f"{actor.id}: capital {actor.capital} is not an entry with capital_of: {actor.country}")
        found += [f"{actor.id}: role {r.role} names unknown org {r.org}" for r in actor.roles if r.org and r.org not in by_id]
        found += [f"{actor.id}: role {r.role} in {r.org} has country {r.country}, the body's is {by_id[r.org].country}"
                  for r in actor.roles if r.org in by_id and by_id[r.org].country in NON_STATE_CODES
                  and r.country != by_id[r.org].country]
    for declared in ambiguous:
        found += [f"ambiguous form {declared.form!r}: unknown id {i}" for i in declared.ids if i not in by_id]
    return found


def _collisions(by_id: dict[str, Actor], forms: Iterable[tuple[str, str, str]], ambiguous: Iterable[AmbiguousForm]) -> list[str]:
    declared: dict[str, set[str]] = defaultdict(set)
    for entry in ambiguous:
        declared[fold(entry.form)].update(entry.ids)
    holders: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)  # (key, type) -> id -> form
    for form, ident, kind in forms:
        if kind != "anaphor" and ident in by_id:
            holders[fold(form), by_id[ident].type].setdefault(ident, form)
    found = []
    for (key, _type), ids in sorted(holders.items()):
        if len(ids) > 1 and not set(ids) <= declared.get(key, set()):
            found.append(f"form {key!r} stands for {len(ids)} actors without a declaration in ambiguous.yaml: "
                         + ", ".join(f"{i} ({form})" for i, form in sorted(ids.items())))
    return found


def _office(role: Role) -> tuple[str, str | None, str | None]:
    """What makes two roles the same office: kind and country, and the ministry for ministers."""
    return role.role, role.country, role.org if role.role == "minister" else None


def _overlapping_offices(actors: Iterable[Actor]) -> list[str]:
    terms: dict[tuple[str, str | None, str | None], list[tuple[Role, str]]] = defaultdict(list)
    for actor in actors:
        for role in actor.roles:
            if role.role in SINGLE_HOLDER_ROLES and not role.shared and role.country and (role.role != "minister" or role.org):
                terms[_office(role)].append((role, actor.id))
    found = []
    for office, held in sorted(terms.items(), key=lambda item: str(item[0])):
        held.sort(key=lambda rh: rh[0].start or date.min)
        for i, (first, first_id) in enumerate(held):
            for second, second_id in held[i + 1:]:
                if (second.start or date.min) >= (first.end or date.max):
                    break  # sorted by start: the later terms begin later still
                found.append(f"{' '.join(p for p in office if p)}: {first_id} ({first.start}–{first.end or 'now'}) "
                             f"and {second_id} ({second.start}–{second.end or 'now'}) overlap")
    return found
