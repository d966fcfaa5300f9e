"""Turn an annotator's list of entity surface forms into stand-off spans.

Annotators list each distinct surface form of a document once (text, label, link); this
script finds every word-bounded occurrence in the source text, lets longer forms win over
shorter overlapping ones, drops occurrences the annotator excluded, and writes stand-off
records (document id, character offsets, label) so no text from ../shared is copied.

    python scripts/annotation/place_spans.py annotations/ner/specs/<split>/*.json \
        --out annotations/ner/<split>.jsonl [--show DOC_ID]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"


def load_texts() -> dict[str, tuple[str, str]]:
    texts: dict[str, tuple[str, str]] = {}
    for line in open(SHARED / "news" / "articles.jsonl", encoding="utf-8"):
        row = json.loads(line)
        texts[row["id"]] = ("news", row["text"])
    for line in open(SHARED / "parliament" / "sobranie_speeches.jsonl", encoding="utf-8"):
        row = json.loads(line)
        texts[row["id"]] = ("parliament", row["text"])
    return texts


def place(text: str, spec: dict) -> tuple[list[dict], list[str]]:
    candidates = []
    problems = []
    for order, ent in enumerate(spec["entities"]):
        pattern = re.compile(r"(?<!\w)" + re.escape(ent["text"]) + r"(?!\w)")
        hits = [m.span() for m in pattern.finditer(text)]
        if not hits:
            problems.append(f"not found: {ent['text']!r}")
        skip = set(ent.get("skip", []))  # 0-based occurrence indices the annotator excluded
        for i, (s, e) in enumerate(hits):
            if i not in skip:
                candidates.append((s, e, order, ent))
    # longest first, then earliest listed: a longer name wins over a short form inside it
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    spans = []
    for s, e, _, ent in candidates:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        spans.append({"start": s, "end": e, "label": ent["label"], "text": text[s:e],
                      "link": ent.get("link", "NIL")})
    spans.sort(key=lambda x: x["start"])
    return spans, problems


def render(text: str, spans: list[dict]) -> str:
    out, pos = [], 0
    for sp in spans:
        out.append(text[pos:sp["start"]])
        out.append(f"[{text[sp['start']:sp['end']]}|{sp['label']}]")
        pos = sp["end"]
    out.append(text[pos:])
    return "".join(out)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("specs", nargs="+", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--show", action="store_true", help="print each document with its spans bracketed")
    args = ap.parse_args()
    texts = load_texts()
    records, failed = [], False
    for path in sorted(args.specs):
        spec = json.loads(path.read_text(encoding="utf-8"))
        corpus, text = texts[spec["doc_id"]]
        spans, problems = place(text, spec)
        for p in problems:
            print(f"{path.name}: {p}", file=sys.stderr)
            failed = True
        if args.show:
            print(f"===== {spec['doc_id']}\n{render(text, spans)}\n")
        records.append({"doc_id": spec["doc_id"], "corpus": corpus,
                        "text_sha1": hashlib.sha1(text.encode("utf-8")).hexdigest(),
                        "annotator": spec.get("annotator", ""), "entities": spans})
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            for rec in records:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
