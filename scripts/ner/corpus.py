"""The NER annotations with their texts: (doc id, text, spans) for a split of annotations/splits.json."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "data"
ANNOTATIONS = REPO / "annotations" / "ner"


def texts() -> dict[str, str]:
    out = {}
    for path in (SHARED / "news" / "articles.jsonl", SHARED / "parliament" / "sobranie_speeches.jsonl"):
        for line in open(path, encoding="utf-8"):
            row = json.loads(line)
            out[row["id"]] = row["text"]
    return out


def annotated_documents(splits: tuple[str, ...]) -> Iterator[tuple[str, str, list[dict]]]:
    """Documents of the given splits (`dev` includes `dev_parliament`) that have annotations.
    Splits: `test` (scored, never trained on), `dev`, `train`, `train_parliament`."""
    split_ids = json.loads((REPO / "annotations" / "splits.json").read_text())
    wanted = set()
    for split in splits:
        wanted.update(split_ids[split])
        if split == "dev":
            wanted.update(split_ids.get("dev_parliament", []))
    all_texts = texts()
    seen = set()
    for path in sorted(ANNOTATIONS.glob("*.jsonl")):
        for line in open(path, encoding="utf-8"):
            rec = json.loads(line)
            if rec["doc_id"] in wanted and rec["doc_id"] not in seen:
                seen.add(rec["doc_id"])
                yield rec["doc_id"], all_texts[rec["doc_id"]], rec["entities"]
