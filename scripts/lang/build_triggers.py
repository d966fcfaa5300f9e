"""Build the Macedonian event-trigger lexicon `src/vesnik/lang/mk/triggers.yaml`.

Two steps, the second after a person has reviewed the output of the first:

    python scripts/lang/build_triggers.py candidates [--out FILE]
        (a) reads the English trigger verbs per CAMEO code from PETRARCH2's verb dictionary
            (`../shared/reference/petrarch2/CAMEO.2.0.txt`, MIT) and maps the codes to PLOVER
            types with the CAMEO->PLOVER table (`../shared/reference/plover/CAMEO2PLOVER-2021.txt`);
        (b) finds those verbs in the English side of the sentence-aligned articles of the `dev`
            split (`title_en`/`text_en` of `../shared/data/news/articles.jsonl`; NTREX-128 and
            SETimes, both CC BY-SA 4.0; never a `test` id) and counts, per PLOVER type and per
            English verb, the Macedonian lemmas of the aligned sentence (Dice score over sentences);
        writes a TSV of candidates for review.

    python scripts/lang/build_triggers.py expand
        (c) for every reviewed entry of triggers.yaml, regenerates `forms` from its `lemmas`
            with the lemmatizer tables of spaCy's mk_core_news_sm (CC BY-SA 4.0): the forms the
            tables' suffix rules produce from the lemma, and the known word forms that share the
            lemma's stem and lemmatize to no other lemma, kept only when they are attested
            (vesnik's known word forms, or a token of the dev articles). Hand-added forms stay in
            `also`, wrong ones in `exclude`. The header comment and every other key are kept
            (review notes live in each entry's `source`).
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

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
PETRARCH_VERBS = SHARED / "reference" / "petrarch2" / "CAMEO.2.0.txt"
CAMEO2PLOVER = SHARED / "reference" / "plover" / "CAMEO2PLOVER-2021.txt"
ARTICLES = SHARED / "data" / "news" / "articles.jsonl"
LEMMA_TABLES = SHARED / "data" / "lemmas" / "mk_lemmatizer_tables.json"
SPLITS = REPO / "annotations" / "splits.json"
TRIGGERS = REPO / "src" / "vesnik" / "lang" / "mk" / "triggers.yaml"
WORDFORMS = REPO / "src" / "vesnik" / "lang" / "mk" / "wordforms.txt.gz"

EN_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
MK_WORD = re.compile(r"[а-шѓќљњџѕјѐѝ]+")
CODE = re.compile(r"\[([^\]]*)\]")
# CAMEO 02 (APPEAL) is dropped by the PLOVER README, but its requests and calls are what
# PLOVER's REQUEST covers ("all requests, demands, and orders"): counted as REQUEST here.
EXTRA_ROOTS = {"02": "REQUEST"}
MIN_LEMMA_LETTERS = 3
# longest ending a form may add to its lemma's stem: imperfective -уваа, -уваше, -увале …
MAX_SUFFIX = 7


# ---- (a) English trigger verbs and their PLOVER types --------------------------------------

def plover_table() -> dict[str, str]:
    """CAMEO code -> PLOVER type, from the conversion table (roots `03:` give the default)."""
    table: dict[str, str] = dict(EXTRA_ROOTS)
    for line in CAMEO2PLOVER.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d+):\s*([A-Z]+)", line)
        if m:
            table[m.group(1)] = m.group(2)
    return table


def plover_type(code: str, table: dict[str, str]) -> str | None:
    code = code.split(":")[0].strip() or code.split(":")[-1].strip()
    while code and code not in table:
        code = code[:-1]
    return table.get(code) if len(code) >= 2 else None


def english_forms(verb: str) -> set[str]:
    """Regular inflections of an English verb (irregular ones are listed in the dictionary)."""
    forms = {verb, verb + "s", verb + "es", verb + "ed", verb + "d", verb + "ing"}
    if verb.endswith("e"):
        forms |= {verb[:-1] + "ing", verb + "d"}
    if verb.endswith("y"):
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied"}
    return forms


def petrarch_verbs(table: dict[str, str]) -> dict[str, list[tuple[str, str | None, list[tuple[frozenset[str], str]]]]]:
    """English word form -> [(verb, default PLOVER type, [(words a pattern needs, type)])]."""
    synsets: dict[str, set[str]] = defaultdict(set)
    by_form: dict[str, list] = defaultdict(list)
    block_type: str | None = None
    block_verbs: list[tuple[str, str | None]] = []
    block_patterns: list[tuple[frozenset[str], str]] = []
    current_set = None

    def flush() -> None:
        for verb, vtype in block_verbs:
            entry = (verb, vtype or block_type, block_patterns)
            for form in english_forms(verb) | irregular.get(verb, set()):
                by_form[form].append(entry)

    irregular: dict[str, set[str]] = {}
    in_verbs = False
    for raw in PETRARCH_VERBS.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if raw.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if raw.startswith("######## TRANSFORMATIONS"):
            break
        if not in_verbs:
            if line.startswith("&"):
                current_set = line[1:].strip()
            elif line.startswith("+") and current_set:
                synsets[current_set].add(line[1:].strip().lower().replace("_", " ").strip())
            continue
        if line.startswith("---"):
            flush()
            codes = CODE.findall(line)
            block_type = plover_type(codes[0], table) if codes and codes[0] != "---" else None
            block_verbs, block_patterns = [], []
        elif line.startswith("-"):
            codes = CODE.findall(line)
            ptype = plover_type(codes[-1], table) if codes and codes[-1] != "---" else None
            if ptype:
                words = set()
                for tok in re.sub(r"\[[^\]]*\]", " ", line[1:]).replace("{", " ").replace("}", " ").replace("(", " ").replace(")", " ").split():
                    if tok.startswith("&"):
                        continue  # a synonym set: any member will do, so it constrains nothing here
                    if re.fullmatch(r"[A-Z][A-Z'-]*", tok):
                        words.add(tok.lower())
                if words:
                    block_patterns.append((frozenset(words), ptype))
        elif line.strip() and not line.startswith("+"):
            m = re.match(r"^([A-Z][A-Z'-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?", line.strip())
            if m:
                verb = m.group(1).lower()
                if m.group(2):
                    irregular[verb] = {w.lower() for w in m.group(2).strip("{} ").split()}
                vcode = m.group(3)[1:-1] if m.group(3) else ""
                block_verbs.append((verb, plover_type(vcode, table) if vcode and vcode != "---" else None))
    flush()
    return by_form


def english_triggers(sentence: str, by_form) -> list[tuple[str, str]]:
    """(verb, PLOVER type) of each trigger in an English sentence: the most specific pattern
    whose words are all in the sentence, else the verb's default type."""
    words = EN_WORD.findall(sentence.lower())
    present = set(words)
    found = []
    for w in words:
        for verb, default, patterns in by_form.get(w, []):
            matching = [(len(need), t) for need, t in patterns if need <= present]
            ptype = max(matching)[1] if matching else default
            if ptype:
                found.append((verb, ptype))
    return found


# ---- Macedonian lemmas from spaCy's tables ---------------------------------------------------

@cache
def tables() -> dict:
    return json.loads(LEMMA_TABLES.read_text(encoding="utf-8"))


@cache
def lemma_index(pos: str) -> frozenset[str]:
    return frozenset(w.lower() for w in tables()["lemma_index"][pos])


def lemmas_of(form: str, pos: str) -> set[str]:
    """spaCy's rule lemmatizer: exceptions, then suffix rules whose result is a known lemma."""
    exc = tables()["lemma_exc"].get(pos, {})
    if form in exc:
        return set(exc[form])
    found = {form} if form in lemma_index(pos) else set()
    for old, new in tables()["lemma_rules"].get(pos, []):
        if form.endswith(old) and len(form) > len(old):
            cand = form[: len(form) - len(old)] + new
            if cand in lemma_index(pos):
                found.add(cand)
    return found


def mk_lemma(form: str) -> tuple[str, str]:
    """(lemma, pos) for counting: the shortest verb lemma, else noun, else adjective, else the form."""
    for pos in ("verb", "noun", "adj"):
        found = lemmas_of(form, pos)
        if found:
            return min(found, key=len), pos
    return form, "?"


# ---- (b) candidates from the aligned dev sentences -------------------------------------------

def dev_pairs() -> list[tuple[str, str, str]]:
    """(document id, Macedonian sentence, English sentence) of every aligned dev line."""
    split = json.loads(SPLITS.read_text(encoding="utf-8"))
    dev, test = set(split["dev"]), set(split["test"])
    pairs = []
    with open(ARTICLES, encoding="utf-8") as fh:
        for row in map(json.loads, fh):
            if row["id"] not in dev or row["id"] in test or not row.get("text_en"):
                continue
            mk_lines = [row.get("title") or ""] + row["text"].split("\n")
            en_lines = [row.get("title_en") or ""] + row["text_en"].split("\n")
            if len(mk_lines) != len(en_lines):
                print(f"skipped {row['id']}: {len(mk_lines)} vs {len(en_lines)} lines", file=sys.stderr)
                continue
            pairs.extend((row["id"], mk, en) for mk, en in zip(mk_lines, en_lines) if mk and en)
    return pairs


def candidates(out: Path) -> None:
    table = plover_table()
    by_form = petrarch_verbs(table)
    pairs = dev_pairs()
    lemma_df: Counter[str] = Counter()
    lemma_pos: dict[str, str] = {}
    type_df: Counter[str] = Counter()
    pair_df: Counter[tuple[str, str]] = Counter()
    verbs_with: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    verb_df: Counter[tuple[str, str]] = Counter()
    verb_lemma_df: Counter[tuple[str, str, str]] = Counter()
    examples: dict[tuple[str, str], str] = {}
    for doc_id, mk, en in pairs:
        lemmas = set()
        for form in MK_WORD.findall(mk.lower()):
            lemma, pos = mk_lemma(form)
            if len(lemma) >= MIN_LEMMA_LETTERS:
                lemmas.add(lemma)
                lemma_pos.setdefault(lemma, pos)
        lemma_df.update(lemmas)
        triggers = english_triggers(en, by_form)
        types = {t for _, t in triggers}
        type_df.update(types)
        for verb, ptype in set(triggers):
            verb_df[(verb, ptype)] += 1
            for lemma in lemmas:
                verbs_with[(ptype, lemma)][verb] += 1
                verb_lemma_df[(verb, ptype, lemma)] += 1
        for ptype in types:
            for lemma in lemmas:
                pair_df[(ptype, lemma)] += 1
                examples.setdefault((ptype, lemma), doc_id)
    rows = []
    for (ptype, lemma), both in pair_df.items():
        if both < 2 and lemma_df[lemma] > 1:
            continue
        dice = 2 * both / (type_df[ptype] + lemma_df[lemma])
        # a lemma in nearly every sentence of a type is a function word, not a translation
        specificity = both / lemma_df[lemma]
        if specificity < 0.34:
            continue
        verbs = ", ".join(f"{v}×{n}" for v, n in verbs_with[(ptype, lemma)].most_common(4))
        rows.append((ptype, lemma, lemma_pos[lemma], both, lemma_df[lemma], round(dice, 3), round(specificity, 2), verbs, examples[(ptype, lemma)]))
    rows.sort(key=lambda r: (r[0], -r[5], -r[3]))
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("plover_type\tmk_lemma\tpos\tsentences_with_both\tsentences_with_lemma\tdice\tspecificity\tenglish_verbs\tfirst_doc\n")
        for r in rows:
            fh.write("\t".join(map(str, r)) + "\n")
    write_translations(out.with_suffix(".by_verb.tsv"), verb_df, verb_lemma_df, lemma_df, lemma_pos)
    print(f"{len(pairs)} aligned dev sentences; English triggers per type: "
          + ", ".join(f"{t} {n}" for t, n in sorted(type_df.items())), file=sys.stderr)
    print(f"{len(rows)} candidate (type, lemma) pairs -> {out}", file=sys.stderr)


def write_translations(path: Path, verb_df, verb_lemma_df, lemma_df, lemma_pos, best: int = 4) -> None:
    """Per English trigger verb, the Macedonian verb and noun lemmas most often aligned with it."""
    ranked: dict[tuple[str, str], list] = defaultdict(list)
    for (verb, ptype, lemma), both in verb_lemma_df.items():
        if lemma_pos[lemma] in ("verb", "noun"):
            dice = 2 * both / (verb_df[(verb, ptype)] + lemma_df[lemma])
            ranked[(verb, ptype)].append((round(dice, 3), both, lemma))
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("plover_type\tenglish_verb\tsentences\tbest_macedonian_lemmas (dice, sentences with both)\n")
        for (verb, ptype), cands in sorted(ranked.items(), key=lambda kv: (kv[0][1], -verb_df[kv[0]])):
            top = sorted(cands, reverse=True)[:best]
            fh.write(f"{ptype}\t{verb}\t{verb_df[(verb, ptype)]}\t" + ", ".join(f"{l} ({d}, {b})" for d, b, l in top) + "\n")


# ---- (c) inflected forms of the reviewed lemmas ----------------------------------------------

@cache
def attested_forms() -> frozenset[str]:
    known = set(gzip.decompress(WORDFORMS.read_bytes()).decode("utf-8").split())
    for _, mk, _ in dev_pairs():
        known.update(MK_WORD.findall(mk.lower()))
    return frozenset(known)


@cache
def all_lemmas() -> frozenset[str]:
    return frozenset().union(*(lemma_index(p) for p in ("verb", "noun", "adj")))


def forms_of(lemma: str, pos: str) -> list[str]:
    """Attested forms of a lemma: generated by the inverse suffix rules, or sharing its stem
    and lemmatizing to it (or to nothing else known)."""
    known = attested_forms()
    found = {lemma}
    for old, new in tables()["lemma_rules"].get(pos, []):
        if lemma.endswith(new):
            form = lemma[: len(lemma) - len(new)] + old
            if form in known and lemma in lemmas_of(form, pos):
                found.add(form)
    stem = lemma[:-1] if lemma[-1] in "аеиоу" and len(lemma) > 4 else lemma
    for form in known:
        if form.startswith(stem) and len(form) - len(stem) <= MAX_SUFFIX:
            owners = lemmas_of(form, pos) | ({form} & all_lemmas())
            if lemma in owners or not owners:
                found.add(form)
    return sorted(found)


def expanded(entry: dict, default_pos: str) -> int:
    """Set `forms` of an entry (or a sequence part): its lemmas' forms, plus `also`, minus `exclude`.
    A part without lemmas keeps the forms written by hand (`ready_to_talk`: `подготвен`, …)."""
    if not entry.get("lemmas"):
        return len(entry.get("forms", []))
    pos = entry.get("pos", default_pos)
    forms = {f for lemma in entry.get("lemmas", []) for f in forms_of(lemma, pos)}
    entry.pop("forms", None)  # re-added last, after the keys a reviewer edits
    entry["forms"] = sorted((forms | set(entry.get("also", []))) - set(entry.get("exclude", [])))
    return len(entry["forms"])


def readable_dump(data: dict) -> str:
    """YAML with a blank line between entries and a comment line where the event type changes."""
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110, default_flow_style=None)
    types = iter(entry["type"] for entry in data["triggers"])
    out, previous = [], None
    for line in body.splitlines():
        if line.startswith("- id:"):
            current = next(types)
            if current != previous:
                out.append(f"\n# ---- {current} " + "-" * (80 - len(current)))
            out.append("")
            previous = current
        out.append(line)
    return "\n".join(out) + "\n"


def expand() -> None:
    lines = TRIGGERS.read_text(encoding="utf-8").splitlines()
    header = "\n".join(lines[: next(i for i, line in enumerate(lines) if line and not line.startswith("#"))]).rstrip()
    data = yaml.safe_load("\n".join(lines))
    total = 0
    for entry in data["triggers"]:
        if "sequence" in entry:
            total += sum(expanded(part, "verb") for part in entry["sequence"])
        else:
            total += expanded(entry, "verb")
    TRIGGERS.write_text(header + "\n\n" + readable_dump(data), encoding="utf-8")
    print(f"{len(data['triggers'])} entries, {total} forms -> {TRIGGERS.relative_to(REPO)}", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    cand = sub.add_parser("candidates")
    cand.add_argument("--out", type=Path, default=Path("trigger_candidates.tsv"))
    sub.add_parser("expand")
    args = ap.parse_args()
    if args.command == "candidates":
        candidates(args.out)
    else:
        expand()


if __name__ == "__main__":
    main()
