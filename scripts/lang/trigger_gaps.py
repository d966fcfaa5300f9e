"""List the forms the trigger lexicon's one-word entries lack (issue #5).

`triggers.yaml` keeps only the forms of a trigger attested in a small sample, so another
person, tense or participle of the same verb (`нападнаа`, `осудуваше`, `уапсените`) is no
trigger on unseen news. For each one-word verb entry this takes its lemmas (those it names, and
those two of its listed forms share in spaCy's mk_core_news_sm tables, as build_triggers.py
does), makes their forms with the conjugation endings of inflection.yaml `verb_paradigm` (a
lemma counts as a verb when its masculine l-form is listed or a known word form), and lists
those the entry lacks, leaving out the entry's `exclude` forms, forms another entry lists and
forms that also read as another word (a known form of a lemma outside the entry's family, or a
common word no lemma of the family owns). Each form has a class (l-form, aorist/imperfect,
present, verbal noun, passive participle, adverbial participle) and a count of its tokens in
the news articles outside the test documents and the first 1,000 Assembly speeches. A noun
entry gets the definite forms of its listed ones (`definite`) that are known word forms.

    PYTHONPATH=src python scripts/lang/trigger_gaps.py [--classes CLASS,...] [--show]
        prints entries and forms missing per class (--show: every entry's forms);
    PYTHONPATH=src python scripts/lang/trigger_gaps.py --add CLASS,... [--skip FORM,...]
        writes those forms into the entries' `forms` in triggers.yaml.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

import yaml

from vesnik.kb.forms import inflection as name_inflection

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_triggers import ARTICLES, MK_WORD, REPO, SHARED, TRIGGERS, attested_forms, lemmas_of  # noqa: E402

LANG = REPO / "src" / "vesnik" / "lang" / "mk"
COMMON = LANG / "common_words.txt.gz"
TEST_DOCS = REPO / "annotations" / "events" / "test_documents.jsonl"
SPEECHES = SHARED / "data" / "parliament" / "sobranie_speeches.jsonl"
N_SPEECHES = 1000
POS = ("verb", "noun", "adj", "adv")


@cache
def inflection() -> dict:
    return yaml.safe_load((LANG / "inflection.yaml").read_text(encoding="utf-8"))


@cache
def common_words() -> frozenset[str]:
    return frozenset(gzip.decompress(COMMON.read_bytes()).decode("utf-8").split())


def paradigm(lemma: str, listed: set[str]) -> list[tuple[str, str]]:
    """(form, class) of a verb lemma by its ending; none when it is no verb (no l-form known)."""
    for rule in sorted(inflection()["verb_paradigm"], key=lambda r: -len(r["lemma_ending"])):
        ending = rule["lemma_ending"]
        if not lemma.endswith(ending):
            continue
        stem = lemma[: len(lemma) - len(ending)]
        made = [(stem + e, cls) for cls, endings in rule["forms"].items() for e in endings]
        l_form = stem + rule["forms"]["l-form"][0]
        return made if l_form in listed or l_form in attested_forms() else []
    return []


def reading_pos(form: str) -> str:
    """A verb entry's verbal nouns are nouns to the lemma tables."""
    return "noun" if form.endswith(tuple(inflection()["verbal_noun_endings"])) else "verb"


def entry_lemmas(entry: dict) -> set[str]:
    """Lemmas of a verb entry: those it names, and those two of its forms share."""
    found = {lemma.lower() for lemma in entry.get("lemmas", [])}
    counts: Counter[str] = Counter()
    for form in entry["forms"]:
        counts.update(lemmas_of(form, reading_pos(form)))
    return found | {lemma for lemma, n in counts.items() if n >= 2}


def family(lemmas: set[str]) -> tuple[str, ...]:
    """Stems of the entry's lemmas (a lemma less its last vowel): their own participles and
    verbal nouns are lemmas of the adjective and noun tables."""
    return tuple(lemma[:-1] if lemma[-1] in "аеиоу" else lemma for lemma in lemmas)


def foreign(form: str, stems: tuple[str, ...]) -> bool:
    """The form also reads as a word outside the entry's family."""
    owners = {lemma for p in POS for lemma in lemmas_of(form, p)}
    if any(not lemma.startswith(stems) for lemma in owners):
        return True
    return not owners and form in common_words()


def definite_gaps(entry: dict) -> set[tuple[str, str]]:
    """A noun entry's listed forms with the article (inflection.yaml `definite`: `истраги` -> `истрагите`), when
    that is a known word form (the rule also puts an article on forms that have one) of the same noun."""
    rules = name_inflection("mk")
    written = {f.lower() for f in entry["forms"]}
    made = {rules.definite_word(f): f for f in written}
    return {(form, "definite") for form, base in made.items()
            if form not in written and form in attested_forms()
            and not foreign(form, family(lemmas_of(base, "noun") | {base}))}


def corpus_counts() -> Counter[str]:
    test = {json.loads(line)["doc_id"] for line in TEST_DOCS.read_text(encoding="utf-8").splitlines() if line.strip()}
    counts: Counter[str] = Counter()
    with open(ARTICLES, encoding="utf-8") as fh:
        for row in map(json.loads, fh):
            if row["id"] not in test:
                counts.update(MK_WORD.findall(f"{row.get('title') or ''}\n{row['text']}".lower()))
    with open(SPEECHES, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= N_SPEECHES:
                break
            counts.update(MK_WORD.findall(json.loads(line)["text"].lower()))
    return counts


def gaps(data: dict) -> dict[str, list[tuple[str, str]]]:
    """Entry id -> [(form, class)] of the forms it lacks."""
    listed: dict[str, set[str]] = defaultdict(set)
    for entry in data["triggers"]:
        for part in entry.get("sequence", [entry]):
            for form in part.get("forms", []):
                listed[form.lower()].add(entry["id"])
    out: dict[str, list[tuple[str, str]]] = {}
    for entry in data["triggers"]:
        if "sequence" in entry:
            continue
        if entry.get("pos") == "noun":
            missing = {(f, c) for f, c in definite_gaps(entry) if f not in entry.get("exclude", []) and not listed.get(f)}
            if missing:
                out[entry["id"]] = sorted(missing)
            continue
        lemmas = entry_lemmas(entry)
        stems = family(lemmas)
        have = {f.lower() for f in entry["forms"]} | {f.lower() for f in entry.get("exclude", [])}
        missing = set()
        for lemma in lemmas:
            for form, cls in paradigm(lemma, have):
                if form in have or listed.get(form, set()) - {entry["id"]} or foreign(form, stems):
                    continue
                missing.add((form, cls))
        if missing:
            out[entry["id"]] = sorted(missing)
    return out


def add_forms(chosen: dict[str, set[str]]) -> int:
    """Write forms into the entries' `forms` lines, keeping the file's layout and comments."""
    lines = TRIGGERS.read_text(encoding="utf-8").split("\n")
    added, current = 0, None
    i = 0
    while i < len(lines):
        line = lines[i]
        m = re.match(r"^- id: (\S+)", line)
        if m:
            current = m.group(1)
        if current in chosen and line.startswith("  forms: ["):
            end = i
            while not lines[end].rstrip().split("#")[0].rstrip().endswith("]"):
                end += 1
            text = " ".join(part.strip() for part in lines[i:end + 1])
            body, _, comment = text.partition("]")
            forms = [f.strip() for f in body[len("forms: ["):].split(",") if f.strip()]
            new = sorted(chosen[current] - set(forms))
            added += len(new)
            merged = sorted(forms + new)
            wrapped = yaml.safe_dump({"forms": merged}, allow_unicode=True, width=110,
                                     default_flow_style=None).rstrip().split("\n")
            wrapped = ["  " + w for w in wrapped]
            if comment.strip():
                wrapped[-1] += " " + comment.strip()
            lines[i:end + 1] = wrapped
            i += len(wrapped)
            current = None
            continue
        i += 1
    TRIGGERS.write_text("\n".join(lines), encoding="utf-8")
    return added


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--classes", help="only these form classes (comma-separated)")
    ap.add_argument("--show", action="store_true", help="list every entry's missing forms")
    ap.add_argument("--add", help="write the forms of these classes into triggers.yaml")
    ap.add_argument("--skip", default="", help="forms --add leaves out (comma-separated)")
    args = ap.parse_args()
    data = yaml.safe_load(TRIGGERS.read_text(encoding="utf-8"))
    found = gaps(data)
    wanted = set((args.add or args.classes or "").split(",")) - {""}
    skip = set(args.skip.split(",")) - {""}
    counts = corpus_counts()
    per_class: dict[str, list] = defaultdict(list)
    for entry_id, forms in found.items():
        for form, cls in forms:
            if (not wanted or cls in wanted) and form not in skip:
                per_class[cls].append((entry_id, form))
    print(f"{'class':22} {'entries':>7} {'forms':>6} {'tokens':>7}")
    for cls, rows in sorted(per_class.items()):
        print(f"{cls:22} {len({e for e, _ in rows}):7} {len(rows):6} {sum(counts[f] for _, f in rows):7}")
    if args.show:
        for cls, rows in sorted(per_class.items()):
            by_entry: dict[str, list[str]] = defaultdict(list)
            for entry_id, form in rows:
                by_entry[entry_id].append(f"{form}({counts[form]})" if counts[form] else form)
            print(f"\n# {cls}")
            for entry_id, forms in sorted(by_entry.items()):
                print(f"{entry_id}: {' '.join(forms)}")
    if args.add:
        chosen: dict[str, set[str]] = defaultdict(set)
        for rows in per_class.values():
            for entry_id, form in rows:
                chosen[entry_id].add(form)
        print(f"{add_forms(chosen)} forms added to {TRIGGERS.relative_to(REPO)}", file=sys.stderr)


if __name__ == "__main__":
    main()
