"""Compile the knowledge-base sources into `kb.json.gz` (see scripts/kb/build_kb.py).

Every `*.yaml` under `sources/` is a list of entries. Entries with the same id in different
files are merged into one actor: a file may add aliases, roles, demonyms or a capital to an
entry another file defines (`countries_extra.yaml` to the generated `countries.yaml`, the
office-holder files to the people of `macedonia.yaml`). Lists are joined; a field set to two
different values is a problem, and so is one id twice in one file. `ambiguous.yaml` declares
the forms that stand for several actors of one type on purpose. Entries under
`office_holders/` must have roles.

The compiled file holds the merged actors, every surface form with its actor and kind, and the
ambiguity declarations; `check.problems` is run on it before it is written.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import TypeAdapter, ValidationError

from vesnik.kb.check import problems
from vesnik.kb.forms import surface_forms
from vesnik.kb.schema import Actor, AmbiguousForm

KB_DIR = Path(__file__).parent
SOURCES_DIR = KB_DIR / "sources"
KB_PATH = KB_DIR / "kb.json.gz"
AMBIGUOUS_FILE = "ambiguous.yaml"
ROLES_REQUIRED_DIR = "office_holders"
FORMAT = 1


class BuildError(Exception):
    def __init__(self, found: list[str]):
        super().__init__(f"{len(found)} problems in the knowledge-base sources:\n" + "\n".join(found))
        self.problems = found


def _load_yaml(path: Path) -> list[Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(data, list):
        raise BuildError([f"{path.name}: expected a list of entries, found {type(data).__name__}"])
    return data


def _merge_value(old: Any, new: Any, where: str, found: list[str]) -> Any:
    if old is None:
        return new
    if new is None:
        return old
    if isinstance(old, list) and isinstance(new, list):
        return old + [item for item in new if item not in old]
    if isinstance(old, dict) and isinstance(new, dict):
        return {k: _merge_value(old.get(k), new.get(k), f"{where}.{k}", found) for k in old.keys() | new.keys()}
    if old != new:
        found.append(f"{where}: {old!r} here, {new!r} in another file")
    return old


def read_sources(folder: Path = SOURCES_DIR) -> tuple[list[Actor], list[AmbiguousForm], list[str]]:
    """The merged, validated actors, the ambiguity declarations, and the problems found."""
    found: list[str] = []
    merged: dict[str, dict[str, Any]] = {}
    origin: dict[str, list[str]] = {}
    ambiguous: list[AmbiguousForm] = []
    fields = set(Actor.model_fields)
    for path in sorted(folder.rglob("*.yaml")):
        name = str(path.relative_to(folder))
        if name == AMBIGUOUS_FILE:
            try:
                ambiguous = TypeAdapter(list[AmbiguousForm]).validate_python(_load_yaml(path))
            except ValidationError as err:
                found.append(f"{name}: {err}")
            continue
        seen_here: set[str] = set()
        for i, entry in enumerate(_load_yaml(path)):
            if not isinstance(entry, dict) or "id" not in entry:
                found.append(f"{name}[{i}]: an entry needs an id")
                continue
            ident = entry["id"]
            unknown = set(entry) - fields
            if unknown:
                found.append(f"{name}: {ident}: unknown fields {sorted(unknown)}")
            if ident in seen_here:
                found.append(f"{name}: duplicate id {ident}")
            if path.parent.name == ROLES_REQUIRED_DIR and not entry.get("roles"):
                found.append(f"{name}: {ident}: office-holder entries need roles")
            seen_here.add(ident)
            origin.setdefault(ident, []).append(name)
            entry = {k: v for k, v in entry.items() if k in fields}
            merged[ident] = {
                k: _merge_value(merged.get(ident, {}).get(k), entry.get(k), f"{name}: {ident}.{k}", found)
                for k in merged.get(ident, {}).keys() | entry.keys()
            }
    actors: list[Actor] = []
    for ident, entry in merged.items():
        try:
            actors.append(Actor.model_validate(entry))
        except ValidationError as err:
            found.append(f"{' + '.join(origin[ident])}: {ident}: {err}")
    return actors, ambiguous, found


def compile_kb(folder: Path = SOURCES_DIR) -> dict[str, Any]:
    """The content of kb.json.gz built from `folder`; raises BuildError on any problem."""
    actors, ambiguous, found = read_sources(folder)
    forms = [(form, actor.id, kind) for actor in actors for form, kind in surface_forms(actor)]
    found += problems(actors, forms, ambiguous)
    if found:
        raise BuildError(found)
    return {
        "format": FORMAT,
        "actors": [a.model_dump(mode="json", exclude_defaults=True) for a in sorted(actors, key=lambda a: a.id)],
        "forms": sorted(forms, key=lambda f: (f[1], f[0])),
        "ambiguous": [a.model_dump(mode="json", exclude_defaults=True) for a in ambiguous],
    }


def write_kb(compiled: dict[str, Any], path: Path = KB_PATH) -> None:
    text = json.dumps(compiled, ensure_ascii=False, separators=(",", ":"))
    path.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
