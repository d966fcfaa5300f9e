"""Turn an annotator's date-expression specs into stand-off records.

A spec (`annotations/time/specs/<split>/<doc_id>.json`) lists each date expression by its
exact surface and, for a string that occurs more than once, the 0-based index of its
word-bounded occurrence, with the resolved `value`, `precision`, `relative` and optional
`anchor`. This script finds the offsets, verifies them, checks that the value has the ISO
form of its precision, copies the document's publication date, and writes one record per
expression (see annotations/time/GUIDELINES.md).

    python scripts/annotation/place_times.py annotations/time/specs/<split>/*.json \
        --out annotations/time/<split>.jsonl [--show]

With `--articles FILE` the texts and publication dates come from that JSON-lines file (`id`,
`date`, `text`) instead of `../shared`: the developers' own invented articles, whose date
expressions are kept as `annotations/invented/NAME.times.jsonl`:

    python scripts/annotation/place_times.py annotations/invented/specs/NAME.times/*.json \
        --articles annotations/invented/NAME.articles.jsonl --out annotations/invented/NAME.times.jsonl
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from place_quotes import SpecError, locate  # noqa: E402
from place_spans import SHARED, render  # noqa: E402

ISO_FORM = {
    "day": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "week": re.compile(r"\d{4}-W\d{2}"),
    "month": re.compile(r"\d{4}-\d{2}"),
    "year": re.compile(r"\d{4}"),
}
ANCHORS = {"publication", "context"}


def load_records(articles: Path | None = None) -> dict[str, tuple[str, str, str | None]]:
    """doc id -> (corpus, text, publication date), from ../shared or from an articles file."""
    if articles:
        rows = (json.loads(line) for line in open(articles, encoding="utf-8") if line.strip())
        return {row["id"]: ("invented", row["text"], row.get("date")) for row in rows}
    records = {}
    for corpus, path in (("news", SHARED / "news" / "articles.jsonl"),
                         ("parliament", SHARED / "parliament" / "sobranie_speeches.jsonl")):
        for line in open(path, encoding="utf-8"):
            row = json.loads(line)
            records[row["id"]] = (corpus, row["text"], row.get("date"))
    return records


def check_value(item: dict) -> None:
    value, precision = item["value"], item["precision"]
    if precision not in ISO_FORM:
        raise SpecError(f"{item['text']!r}: unknown precision {precision!r}")
    if value is None:
        if not item["relative"]:
            raise SpecError(f"{item['text']!r}: only relative expressions may be unresolved")
        return
    if not ISO_FORM[precision].fullmatch(value):
        raise SpecError(f"{item['text']!r}: value {value!r} is not of precision {precision}")
    if precision == "day":
        date.fromisoformat(value)
    if item.get("anchor", "publication") not in ANCHORS:
        raise SpecError(f"{item['text']!r}: unknown anchor {item['anchor']!r}")


def place_time(doc_id: str, text: str, published: str | None, item: dict) -> dict:
    check_value(item)
    start, end = locate(text, item["text"], item.get("occurrence", 0))
    return {
        "doc_id": doc_id, "start": start, "end": end, "text": item["text"], "value": item["value"],
        "precision": item["precision"], "relative": item["relative"],
        "anchor": item.get("anchor", "publication") if item["relative"] else None,
        "published": published,
    }


def labelled(times: list[dict]) -> list[dict]:
    """The records with the label `render` shows after each expression."""
    return [{**t, "label": f"{t['value']} {t['precision']} {'rel' if t['relative'] else 'abs'}"} for t in times]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("specs", nargs="+", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--show", action="store_true", help="print each document with its expressions marked")
    ap.add_argument("--articles", type=Path, help="JSON-lines articles (id, date, text) instead of ../shared")
    args = ap.parse_args()
    records = load_records(args.articles)
    placed, failed = [], False
    for path in sorted(args.specs):
        spec = json.loads(path.read_text(encoding="utf-8"))
        doc_id = spec["doc_id"]
        if doc_id not in records:
            print(f"{path.name}: document {doc_id!r} is not in {args.articles or SHARED}", file=sys.stderr)
            failed = True
            continue
        corpus, text, published = records[doc_id]
        provenance = {"corpus": corpus, "text_sha1": hashlib.sha1(text.encode("utf-8")).hexdigest(),
                      "annotator": spec.get("annotator", "")}
        times = []
        for item in spec.get("times", []):
            try:
                times.append(place_time(doc_id, text, published, item))
            except SpecError as err:
                print(f"{path.name}: {err}", file=sys.stderr)
                failed = True
        times.sort(key=lambda t: t["start"])
        overlapping = [(a["text"], b["text"]) for a, b in zip(times, times[1:]) if b["start"] < a["end"]]
        for a, b in overlapping:
            print(f"{path.name}: overlapping expressions {a!r} and {b!r}", file=sys.stderr)
            failed = True
        if args.show:
            print(f"===== {doc_id} (published {published})\n{render(text, labelled(times))}\n")
        placed += [{**t, **provenance} for t in times]
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            for rec in placed:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
