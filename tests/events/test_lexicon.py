"""The trigger lexicon and the cue words as data."""
from __future__ import annotations

import importlib.util

import pytest
import yaml

from tests.shared_data import REPO, needs_shared
from vesnik.events.lexicon import event_lexicon
from vesnik.lang import LANG_DIR, supported_languages

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
                "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def triggers() -> dict:
    return yaml.safe_load((LANG_DIR / "mk" / "triggers.yaml").read_text(encoding="utf-8"))


def test_every_plover_type_has_triggers_and_an_english_phrase():
    data = triggers()
    assert {e["type"] for e in data["triggers"]} == PLOVER_TYPES
    assert set(data["english"]) == PLOVER_TYPES


def test_every_entry_has_forms_a_source_and_known_slots():
    data = triggers()
    ids = [e["id"] for e in data["triggers"]]
    assert len(ids) == len(set(ids))
    for entry in data["triggers"]:
        assert entry.get("source"), entry["id"]
        parts = entry.get("sequence", [entry])
        assert all(part["forms"] and all(f == f.lower() for f in part["forms"]) for part in parts), entry["id"]


def test_a_form_shared_by_two_types_is_told_apart_by_its_context_words():
    lex = event_lexicon("mk")
    for form, entries in lex.single.items():
        if len({t.type for t in entries}) > 1:
            # (the words after it count too: `окупираа` a building, a protest, or a town, a seizure)
            assert all(t.needs or t.unless or t.unless_next or t.needs_after or t.unless_after for t in entries[:-1]), form


def test_inflected_forms_are_there():
    lex = event_lexicon("mk")
    for form in ("поддржа", "поддржаа", "поддржува", "поддржал", "сретнаа", "протеран", "протераа", "обвини", "средбата",
                 "посетата"):
        assert form in lex.single, form


def test_english_phrases_live_in_the_macedonian_data_so_english_is_no_analysed_language():
    assert "en" not in supported_languages()


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / "lang" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@needs_shared
def test_forms_are_what_the_build_scripts_make_of_the_lemmas():
    """The build script's forms, and the paradigm forms trigger_gaps.py added (issue #5), are all written."""
    build, gaps = _script("build_triggers"), _script("trigger_gaps")
    for entry in triggers()["triggers"][:12]:
        if "lemmas" not in entry:
            continue
        written = set(entry["forms"])
        paradigm = {form for lemma in gaps.entry_lemmas(entry) for form, _ in gaps.paradigm(lemma, written)}
        build.expanded(entry, "verb")
        assert set(entry["forms"]) <= written, entry["id"]
        assert written - set(entry["forms"]) <= paradigm, entry["id"]


@pytest.mark.parametrize("key", ["negation", "future", "hypothetical", "subjunctive", "relative_openers", "sector_heads",
                                 "contexts", "passive_endings", "pair_anaphora"])
def test_cue_words_are_loaded(key):
    assert getattr(event_lexicon("mk"), key)
