"""Date detection and resolution of the time stage against the gold date expressions in
`annotations/time/*.jsonl` (stand-off: `doc_id`, raw-text offsets, `value`, `precision`).

    python scripts/eval/time.py [--split dev|dev_parliament|train|test] [--dateparser] [--errors]   # dev by default
    python scripts/eval/time.py --invented NAME [NAME ...] [--errors]   # the developers' own articles ('all': every set)

The documents of the split that have a gold spec (`annotations/time/specs/<split>/`), or
else that have gold records, go through clean -> segment -> language -> time with the gold
`published` date; predicted spans are mapped back to raw offsets. A prediction matches a gold
expression when their spans overlap (one to one, largest overlap first). Printed:
- detection precision / recall / F1 with overlapping spans, and with exact spans;
- resolution accuracy: exact `value` match (a null value counts when both are null, as for
  the relative dates of NTREX articles, which have no publication date) on the matched pairs,
  also on the pairs whose gold value is known, and `precision` agreement;
- `--dateparser`: dateparser 1.5 (languages=["mk"], relative to the publication date,
  preferring past dates) on the gold surfaces, for comparison: accuracy and time per call;
- `--errors`: the mismatches, for reading. Test documents are never used to write rules.

`--invented` scores the date expressions of `annotations/invented/NAME.times.jsonl` on the
articles of `NAME.articles.jsonl` (texts kept in the repository, see its README).
"""
from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from datetime import date, datetime
from pathlib import Path

from vesnik.document import Document
from vesnik.pipeline.default import build_pipeline
from vesnik.time import TimeStep

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "data"
SOURCES = (SHARED / "news" / "articles.jsonl", SHARED / "parliament" / "sobranie_speeches.jsonl")
GOLD = REPO / "annotations" / "time"
INVENTED = REPO / "annotations" / "invented"
ISO_FORMATS = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


def _invented(names: list[str]) -> tuple[list[str], dict[str, list[dict]], dict[str, dict]]:
    """The invented sets' documents, their gold expressions and their rows ('all': every set with dates)."""
    if names == ["all"]:
        names = sorted(p.name.removesuffix(".times.jsonl") for p in INVENTED.glob("*.times.jsonl"))
    rows, by_doc = {}, {}
    for name in names:
        with open(INVENTED / f"{name}.articles.jsonl", encoding="utf-8") as fh:
            rows.update((row["id"], row) for row in map(json.loads, fh))
        with open(INVENTED / f"{name}.times.jsonl", encoding="utf-8") as fh:
            for record in map(json.loads, fh):
                by_doc.setdefault(record["doc_id"], []).append(record)
    return sorted(rows), by_doc, rows


def _texts(ids: set[str]) -> dict[str, dict]:
    rows = {}
    for path in SOURCES:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                if row["id"] in ids:
                    rows[row["id"]] = row
    return rows


def _gold(split_ids: set[str], split: str, annotator: str = "") -> tuple[list[str], dict[str, list[dict]]]:
    """The split's annotated documents (those of one annotation round when `annotator` is a
    prefix of its annotators' names) and their gold expressions."""
    by_doc: dict[str, list[dict]] = {}
    for path in sorted(GOLD.glob("*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            for record in map(json.loads, fh):
                if record["doc_id"] in split_ids and record["annotator"].startswith(annotator):
                    by_doc.setdefault(record["doc_id"], []).append(record)
    specs = GOLD / "specs" / split
    annotated = {p.stem for p in specs.glob("*.json")
                 if json.loads(p.read_text(encoding="utf-8"))["annotator"].startswith(annotator)} if specs.is_dir() else set()
    return sorted((annotated & split_ids) | set(by_doc)), by_doc


def _predict(row: dict, published: date | None, pipeline, step: TimeStep) -> list[dict]:
    doc = pipeline.run_one(Document(id=row["id"], source=row["id"], raw_text=row["text"], published=published)).document
    if doc is None:
        return []
    step(doc)
    return [{"start": doc.raw_offset(t.start), "end": doc.raw_offset(t.end), "text": t.text, "value": t.value,
             "precision": t.precision, "rule": t.rule} for t in doc.times]


def _match(gold: list[dict], predicted: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one pairs of overlapping spans, largest overlap first."""
    overlaps = sorted(((min(g["end"], p["end"]) - max(g["start"], p["start"]), i, j)
                       for i, g in enumerate(gold) for j, p in enumerate(predicted)
                       if g["start"] < p["end"] and p["start"] < g["end"]), reverse=True)
    used_gold, used_pred, pairs = set(), set(), []
    for _, i, j in overlaps:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((gold[i], predicted[j]))
    return pairs


def _dateparser_value(text: str, precision: str, published: date | None) -> str | None:
    import dateparser

    settings = {"PREFER_DATES_FROM": "past"}
    if published:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day, 12)
    parsed = dateparser.parse(text, languages=["mk"], settings=settings)
    if parsed is None:
        return None
    if precision == "week":
        iso = parsed.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}"
    return parsed.strftime(ISO_FORMATS[precision])


def _prf(tp: int, n_pred: int, n_gold: int) -> str:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  ({tp} matched, {n_pred} predicted, {n_gold} gold)"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev", help="dev (default), dev_parliament, train or test")
    ap.add_argument("--dateparser", action="store_true", help="also score dateparser on the gold surfaces")
    ap.add_argument("--errors", action="store_true", help="print the mismatches")
    ap.add_argument("--invented", nargs="+", metavar="NAME", help="score sets of annotations/invented instead of a split")
    ap.add_argument("--annotator", default="", help="only the documents of annotators whose name starts so "
                                                    "(one annotation round, scored before any rule is written on it)")
    args = ap.parse_args()
    if args.invented:
        doc_ids, gold_by_doc, rows = _invented(args.invented)
        label = "invented " + " ".join(args.invented)
    else:
        split_ids = set(json.loads((REPO / "annotations" / "splits.json").read_text(encoding="utf-8"))[args.split])
        doc_ids, gold_by_doc = _gold(split_ids, args.split, args.annotator)
        if not doc_ids:
            print(f"no gold date expressions for the {args.split} split in {GOLD}")
            return
        rows, label = _texts(set(doc_ids)), f"split {args.split}"
    pipeline, step = build_pipeline(until="language"), TimeStep()
    counts: Counter[str] = Counter()
    errors: list[str] = []
    dateparser_right, dateparser_calls, dateparser_seconds = 0, 0, 0.0
    for doc_id in doc_ids:
        row, gold = rows[doc_id], gold_by_doc.get(doc_id, [])
        published = next((g["published"] for g in gold if g.get("published")), row.get("date"))
        published = date.fromisoformat(published) if published else None
        predicted = _predict(row, published, pipeline, step)
        pairs = _match(gold, predicted)
        counts["gold"] += len(gold)
        counts["predicted"] += len(predicted)
        counts["matched"] += len(pairs)
        counts["exact spans"] += sum(g["start"] == p["start"] and g["end"] == p["end"] for g, p in pairs)
        for g, p in pairs:
            counts["value right"] += g["value"] == p["value"]
            counts["precision right"] += g["precision"] == p["precision"]
            if g["value"] is not None:
                counts["matched, gold value known"] += 1
                counts["value right, gold value known"] += g["value"] == p["value"]
            if g["value"] != p["value"]:
                errors.append(f"{doc_id} [{g['text']}] gold {g['value']} {g['precision']} | "
                              f"[{p['text']}] {p['value']} {p['precision']} {p['rule']}  (published {published})")
        matched_gold = {id(g) for g, _ in pairs}
        matched_pred = {id(p) for _, p in pairs}
        errors += [f"{doc_id} missed [{g['text']}] {g['value']}" for g in gold if id(g) not in matched_gold]
        errors += [f"{doc_id} spurious [{p['text']}] {p['value']} {p['rule']}" for p in predicted if id(p) not in matched_pred]
        if args.dateparser:
            for g in gold:
                started = time.perf_counter()
                value = _dateparser_value(g["text"], g["precision"], published)
                dateparser_seconds += time.perf_counter() - started
                dateparser_calls += 1
                dateparser_right += value == g["value"]
    n_docs = len(doc_ids)
    print(f"{label}: {n_docs} documents, {counts['gold']} gold date expressions")
    print(f"time stage: {step.seconds / n_docs * 1000:.2f} ms per document")
    print("detection, overlapping spans: " + _prf(counts["matched"], counts["predicted"], counts["gold"]))
    print("detection, exact spans:       " + _prf(counts["exact spans"], counts["predicted"], counts["gold"]))
    matched = counts["matched"] or 1
    known = counts["matched, gold value known"] or 1
    print(f"resolution accuracy (value) on matched: {counts['value right'] / matched:.3f} "
          f"({counts['value right']}/{counts['matched']}); where the gold value is known: "
          f"{counts['value right, gold value known'] / known:.3f} "
          f"({counts['value right, gold value known']}/{counts['matched, gold value known']})")
    print(f"precision agreement on matched: {counts['precision right'] / matched:.3f}")
    if args.dateparser:
        print(f"dateparser on the gold surfaces: accuracy {dateparser_right / max(1, dateparser_calls):.3f} "
              f"({dateparser_right}/{dateparser_calls}), {dateparser_seconds / max(1, dateparser_calls) * 1000:.2f} ms per call")
    if args.errors:
        print("\n".join(["", "mismatches:", *errors]))


if __name__ == "__main__":
    main()
