"""Candidate reporting verbs and attribution words, counted in the corpora, for review.

Counts the words right before and after the complementiser (`дека`, `оти`), right after a
closing quotation mark (`„…“, рече …`), before a colon that opens a quotation
(`рече: „…“`) and before an opening quotation mark (`весникот „…“`), in the dev articles of
`../shared/data/news/articles.jsonl` (ids under `dev` in `annotations/splits.json`; test ids
are never read) and in `../shared/data/parliament/sobranie_speeches.jsonl`. Words that the
lemma tables of spaCy's mk_core_news_sm (`../shared/data/lemmas/mk_lemmatizer_tables.json`)
know as verb forms are grouped by lemma and expanded to their third-person forms that occur
in the corpora or in `src/vesnik/lang/mk/wordforms.txt.gz`. The result is a candidate list
(TSV on standard output or `--out`), reviewed by hand into
`src/vesnik/lang/mk/reporting.yaml`; nothing here writes the lexicon itself.

    python scripts/lang/build_reporting.py --out /tmp/reporting_candidates.tsv
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "data"
WORDFORMS = REPO / "src" / "vesnik" / "lang" / "mk" / "wordforms.txt.gz"

COMPLEMENTISERS = ("дека", "оти")
# Third-person endings of the Macedonian verb (aorist 3sg/3pl, l-participle, present
# 3sg/3pl) appended to a lemma's stem; the forms are kept only when attested.
THIRD_PERSON_SUFFIXES = ("", "а", "ја", "ше", "л", "ла", "ло", "ле", "т", "ат", "аат", "ваат")
TOKEN = re.compile(r"[^\W\d_]+|[„“\"«»:,–]", re.UNICODE)
MIN_COUNT = 3


def dev_articles() -> list[str]:
    splits = json.loads((REPO / "annotations" / "splits.json").read_text(encoding="utf-8"))
    dev, test = set(splits["dev"]), set(splits["test"])
    texts = []
    with open(SHARED / "news" / "articles.jsonl", encoding="utf-8") as fh:
        for row in map(json.loads, fh):
            if row["id"] in dev and row["id"] not in test:
                texts.append(row["text"])
    return texts


def speeches() -> list[str]:
    test = set(json.loads((REPO / "annotations" / "splits.json").read_text(encoding="utf-8"))["test"])
    with open(SHARED / "parliament" / "sobranie_speeches.jsonl", encoding="utf-8") as fh:
        return [row["text"] for row in map(json.loads, fh) if row["id"] not in test]


def count_contexts(texts: list[str]) -> tuple[dict[str, Counter], Counter]:
    """Per context, how often each word stands there; and all word counts."""
    contexts: dict[str, Counter] = defaultdict(Counter)
    words: Counter[str] = Counter()
    for text in texts:
        tokens = [t.lower() for t in TOKEN.findall(text)]
        words.update(t for t in tokens if t.isalpha())
        for i, tok in enumerate(tokens):
            before = tokens[i - 1] if i else ""
            after = tokens[i + 1] if i + 1 < len(tokens) else ""
            if tok in COMPLEMENTISERS:
                if before.isalpha():
                    contexts["before_complementiser"][before] += 1
                    if i >= 2 and tokens[i - 2].isalpha():
                        contexts["two_before_complementiser"][f"{tokens[i - 2]} {before}"] += 1
                if after.isalpha():
                    contexts["after_complementiser"][after] += 1
            elif tok in "“»\"" and i + 1 < len(tokens):
                nxt = tokens[i + 2] if after in ",–" and i + 2 < len(tokens) else after
                if nxt.isalpha():
                    contexts["after_closing_quote"][nxt] += 1
            elif tok == ":" and after in "„«\"" and before.isalpha():
                contexts["before_colon_quote"][before] += 1
            elif tok in "„«" and before.isalpha():
                contexts["before_opening_quote"][before] += 1
            elif tok == "според" and after.isalpha():
                contexts["after_spored"][after] += 1
    return contexts, words


class VerbTables:
    """spaCy's Macedonian verb lemma list and suffix rules, used both ways."""

    def __init__(self, tables: dict):
        self.lemmas = {w.lower() for w in tables["lemma_index"]["verb"]}
        self.rules = [(form.lower(), lemma.lower()) for form, lemma in tables["lemma_rules"]["verb"]]
        self.exceptions = {f.lower(): [x.lower() for x in ls] for f, ls in tables["lemma_exc"]["verb"].items()}

    def lemmas_of(self, word: str) -> set[str]:
        found = set(self.exceptions.get(word, []))
        if word in self.lemmas:
            found.add(word)
        for form_end, lemma_end in self.rules:
            if word.endswith(form_end):
                candidate = word[: len(word) - len(form_end)] + lemma_end
                if candidate in self.lemmas:
                    found.add(candidate)
        return found

    def third_person_forms(self, lemma: str, attested: set[str]) -> list[str]:
        stems = {lemma, lemma[:-1]} if lemma[-1:] in "аеи" else {lemma}
        forms = {stem + suffix for stem in stems for suffix in THIRD_PERSON_SUFFIXES}
        return sorted(f for f in forms if f in attested and lemma in self.lemmas_of(f))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, help="write the candidate TSV here (default: standard output)")
    parser.add_argument("--min-count", type=int, default=MIN_COUNT)
    args = parser.parse_args()

    news, parliament = dev_articles(), speeches()
    contexts, words = count_contexts(news + parliament)
    news_contexts, _ = count_contexts(news)
    tables = VerbTables(json.loads((SHARED / "lemmas" / "mk_lemmatizer_tables.json").read_text(encoding="utf-8")))
    attested = set(words) | set(gzip.decompress(WORDFORMS.read_bytes()).decode("utf-8").split())

    verb_contexts = ("before_complementiser", "after_closing_quote", "before_colon_quote")
    by_lemma: dict[str, Counter] = defaultdict(Counter)
    for context in verb_contexts:
        for word, n in contexts[context].items():
            for lemma in tables.lemmas_of(word):
                by_lemma[lemma][context] += n

    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    print(f"# {len(news)} dev articles, {len(parliament)} speeches", file=out)
    print("kind\tword_or_lemma\ttotal\tnews\tdetail\tforms", file=out)
    for lemma, counts in sorted(by_lemma.items(), key=lambda kv: -sum(kv[1].values())):
        total = sum(counts.values())
        if total < args.min_count:
            continue
        news_total = sum(news_contexts[c][f] for c in verb_contexts for f in {lemma, *tables.third_person_forms(lemma, attested)})
        detail = " ".join(f"{c}={n}" for c, n in counts.most_common())
        forms = " ".join(tables.third_person_forms(lemma, attested))
        print(f"verb\t{lemma}\t{total}\t{news_total}\t{detail}\t{forms}", file=out)
    for context in ("two_before_complementiser", "before_opening_quote", "after_spored", "after_complementiser"):
        for word, n in contexts[context].most_common():
            if n < args.min_count:
                break
            print(f"{context}\t{word}\t{n}\t{news_contexts[context][word]}\t\t", file=out)
    if args.out:
        out.close()
        print(f"candidates -> {args.out}")


if __name__ == "__main__":
    main()
