"""Accuracy of vesnik's language identification on the NTREX sentences, per language,
for single sentences and for whole documents (the first DOCUMENT_SAMPLE characters of the
document's sentences joined), as reported in README.md. Each text goes through the clean
stage first, as in the pipeline (the Serbian Cyrillic sentences carry Latin look-alikes).

    python scripts/eval/language_id.py [--every N]
"""
from __future__ import annotations

import argparse
import json
import time
from collections import Counter, defaultdict
from pathlib import Path

from vesnik.clean import CleanStep
from vesnik.document import Document
from vesnik.language import DOCUMENT_SAMPLE, identifier

LID = Path(__file__).resolve().parents[3] / "shared" / "data" / "lid" / "ntrex_sentences.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--every", type=int, default=1, help="use every N-th sentence (faster)")
    args = ap.parse_args()
    rows = [json.loads(line) for line in open(LID, encoding="utf-8")]
    ident = identifier()
    cleaner = CleanStep()

    def cleaned(text: str) -> str:
        return cleaner(Document(id="lid", source="lid", raw_text=text)).text

    for warm in ("Ова е реченица.", "This is a sentence.", "Ово је реченица."):
        ident.identify(warm)
    sent_right, sent_total, confusions = Counter(), Counter(), defaultdict(Counter)
    docs: dict[tuple[str, str], list[str]] = defaultdict(list)
    started = time.perf_counter()
    for row in rows[:: args.every]:
        guess = ident.identify(cleaned(row["text"])).language
        sent_total[row["lang"]] += 1
        sent_right[row["lang"]] += guess == row["lang"]
        if guess != row["lang"]:
            confusions[row["lang"]][guess] += 1
    sent_seconds = time.perf_counter() - started
    for row in rows:
        docs[(row["lang"], row["doc"])].append(row["text"])
    doc_right, doc_total = Counter(), Counter()
    for (lang, _), lines in docs.items():
        doc_total[lang] += 1
        doc_right[lang] += ident.identify(cleaned(" ".join(lines))[:DOCUMENT_SAMPLE]).language == lang
    print("| language | sentences | sentence accuracy | most confused with | documents | document accuracy |")
    print("|---|---|---|---|---|---|")
    for lang in sorted(sent_total, key=lambda x: (x != "mk", x)):
        conf = ", ".join(f"{g} {n}" for g, n in confusions[lang].most_common(2)) or "—"
        print(f"| {lang} | {sent_total[lang]} | {sent_right[lang] / sent_total[lang]:.3f} | {conf} | "
              f"{doc_total[lang]} | {doc_right[lang] / doc_total[lang]:.3f} |")
    n = sum(sent_total.values())
    print(f"\n{n} sentences in {sent_seconds:.1f} s ({n / sent_seconds:,.0f} sentences/s)")


if __name__ == "__main__":
    main()
