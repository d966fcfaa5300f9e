"""Language knowledge as data: one folder per language (`mk/`), plus `common/` for all.

Adding a language means adding a folder with the same files; the pipeline reads them
through `resources(lang)` and never names a language's words in code.
"""
from __future__ import annotations

import csv
import gzip
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

LANG_DIR = Path(__file__).parent


def _rows(path: Path) -> list[dict[str, str]]:
    """Rows of a TSV data file with `#` comment lines and a header row."""
    if not path.exists():
        return []
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _words(path: Path) -> frozenset[str]:
    """Whitespace-separated words of a list file with `#` comment lines."""
    if not path.exists():
        return frozenset()
    words: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            words.update(line.split())
    return frozenset(words)


@dataclass(frozen=True)
class Resources:
    lang: str
    abbreviations: frozenset[str]  # lower case, without the final full stop
    sentence_final_abbreviations: frozenset[str]
    latin_repairs: dict[str, str]  # legacy-font Latin letter -> letter of this language's script
    lexical_repairs: dict[str, str]  # letter -> letter it may stand for, checked against word forms
    wordforms: frozenset[str]


@cache
def common() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """(Latin->Cyrillic homoglyphs, share/boilerplate words, metadata keys)."""
    folder = LANG_DIR / "common"
    homoglyphs = {r["latin"]: r["cyrillic"] for r in _rows(folder / "homoglyphs.tsv")}
    return homoglyphs, _words(folder / "share_words.txt"), _words(folder / "metadata_keys.txt")


@cache
def link_keys() -> tuple[str, ...]:
    """Keys of the lines that link to other pages (`Прочитајте повеќе:`, `Тагови:`)."""
    return _phrases(LANG_DIR / "common" / "link_keys.txt")


@cache
def promo_openings() -> tuple[str, ...]:
    """Openings of the page's calls to the reader (`Најави се за да коментираш`, `Следете не на`)."""
    return _phrases(LANG_DIR / "common" / "promo_openings.txt")


def _phrases(path: Path) -> tuple[str, ...]:
    """Lower-cased phrases of a list file, one a line, with `#` comment lines."""
    return tuple(line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#"))


@cache
def hour_words() -> tuple[str, ...]:
    """Words for "o'clock" after a clock time in a date line (`10:33 ч.`, `во 10:33 часот`)."""
    return _phrases(LANG_DIR / "common" / "hour_words.txt")


@cache
def credit_keys() -> frozenset[str]:
    """Keys of the credit lines of a page (`Фото: МИА`, `Извор: Ројтерс`)."""
    return _words(LANG_DIR / "common" / "credit_keys.txt")


@cache
def resources(lang: str) -> Resources:
    folder = LANG_DIR / lang
    if not folder.is_dir():
        raise KeyError(f"no language data for {lang!r} in {LANG_DIR}")
    abbrevs = _rows(folder / "abbreviations.tsv")
    repairs = _rows(folder / "legacy_font.tsv")
    forms_path = folder / "wordforms.txt.gz"
    forms = frozenset(gzip.decompress(forms_path.read_bytes()).decode("utf-8").split()) if forms_path.exists() else frozenset()
    return Resources(
        lang=lang,
        abbreviations=frozenset(r["abbreviation"] for r in abbrevs),
        sentence_final_abbreviations=frozenset(r["abbreviation"] for r in abbrevs if r["may_end"] == "yes"),
        latin_repairs={r["damaged"]: r["repaired"] for r in repairs if r["kind"] == "latin"},
        lexical_repairs={r["damaged"]: r["repaired"] for r in repairs if r["kind"] == "lexical"},
        wordforms=forms,
    )


@cache
def word_list(lang: str, name: str) -> frozenset[str]:
    """A word list of a language, `<lang>/<name>.txt.gz` (one word a line); empty if absent."""
    path = LANG_DIR / lang / f"{name}.txt.gz"
    return frozenset(gzip.decompress(path.read_bytes()).decode("utf-8").split()) if path.exists() else frozenset()


@cache
def yaml_data(lang: str, name: str) -> Any:
    """A reviewed YAML data file of a language, `<lang>/<name>.yaml` (its header describes it)."""
    import yaml  # only the stages that read YAML data need PyYAML

    path = LANG_DIR / lang / f"{name}.yaml"
    if not path.exists():
        raise KeyError(f"no {name} data for {lang!r} in {LANG_DIR}")
    # libyaml's loader where PyYAML has it: the same data, several times faster to load at start-up
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)


@cache
def verb_forms(lang: str) -> frozenset[str]:
    """Finite and participle forms of the verbs the language data knows: the reporting verbs
    (`reporting.yaml`) and the verb entries of the event triggers (`triggers.yaml`), without
    their verbal nouns (`ослободување`), which are nouns."""
    reporting = yaml_data(lang, "reporting")
    forms: set[str] = set()
    for key in ("speech_verbs", "opinion_verbs", "quoting_verbs", "naming_verbs"):
        for lemma_forms in reporting.get(key, {}).values():
            forms.update(lemma_forms)
    for entry in yaml_data(lang, "triggers")["triggers"]:
        if entry.get("pos", "verb") == "verb":
            forms.update(entry.get("forms", ()))
    nominal = tuple(yaml_data(lang, "inflection").get("verbal_noun_endings", ()))
    return frozenset(f for f in forms if not (nominal and f.endswith(nominal)))


def supported_languages() -> list[str]:
    return sorted(p.name for p in LANG_DIR.iterdir() if p.is_dir() and p.name != "common" and not p.name.startswith("_"))
