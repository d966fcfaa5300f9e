"""Entity recognition and linking scores on the NER annotations, as reported in README.md.

    python scripts/eval/ner.py [--split dev|train|test] [--errors N]   # dev by default: the test split only when asked
    python scripts/eval/ner.py --gold other.jsonl --texts articles.jsonl   # any set annotated the same way

Recognition: precision, recall and F1 of exact span and type, per type, for three set-ups so
the contribution of each part is visible: the knowledge base alone (gazetteer), the model
alone, and both (vesnik's default). Spans are name mentions (demonyms and other non-name
mentions are not named entities); offsets are mapped back to the raw record text the
annotations point into.

Linking: for every gold span the full set-up recognises exactly, the gold link (an English
name, or NIL) is resolved in the knowledge base; the prediction is right when it links to
that actor, or links nowhere when the gold link has no actor in the knowledge base. Reported
overall and for gold links the knowledge base knows.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
from scripts.ner.corpus import annotated_documents  # noqa: E402
from vesnik.entities import EntityStep  # noqa: E402
from vesnik.ingest import document_from_record  # noqa: E402
from vesnik.kb import load_kb  # noqa: E402
from vesnik.pipeline.default import build_pipeline  # noqa: E402

LABELS = ("PER", "ORG", "GPE", "LOC")
SETUPS = {"knowledge base only": {"use_model": False}, "model only": {"use_gazetteer": False}, "both (default)": {}}


def dates() -> dict[str, str | None]:
    rows = (json.loads(line) for line in open(REPO.parent / "shared" / "data" / "news" / "articles.jsonl", encoding="utf-8"))
    out = {r["id"]: r.get("date") for r in rows}
    for line in open(REPO.parent / "shared" / "data" / "parliament" / "sobranie_speeches.jsonl", encoding="utf-8"):
        r = json.loads(line)
        out[r["id"]] = r.get("date")
    return out


def predict(pipeline, doc_id: str, text: str, published: str | None):
    doc = pipeline.run_one(document_from_record({"id": doc_id, "text": text, "date": published}, where=doc_id, default_id=doc_id)).document
    spans = {}
    for entity in doc.entities:
        for m in entity.mentions:
            if m.kind == "name":
                spans[(doc.raw_offset(m.start), doc.raw_offset(m.end))] = (entity.type, entity.kb_id)
    return spans


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev", choices=["test", "dev", "train"])
    ap.add_argument("--errors", type=int, default=0, help="print this many errors of the default set-up")
    ap.add_argument("--gold", type=Path, help="stand-off annotations (doc_id, entities [start, end, label, link])")
    ap.add_argument("--texts", type=Path, help="JSONL with the texts of --gold (id, text, date)")
    args = ap.parse_args()
    if args.gold:
        rows = {r["id"]: r for r in map(json.loads, open(args.texts, encoding="utf-8"))}
        gold = [json.loads(line) for line in open(args.gold, encoding="utf-8")]
        docs = [(g["doc_id"], rows[g["doc_id"]]["text"], g["entities"]) for g in gold]
        published = {i: r.get("date") for i, r in rows.items()}
        args.split = str(args.gold)
    else:
        docs = list(annotated_documents((args.split,)))
        published = dates()
    kb = load_kb()
    print(f"{args.split} split: {len(docs)} documents, {sum(len(s) for _, _, s in docs)} gold spans\n")
    print("| set-up | type | precision | recall | F1 | gold |\n|---|---|---|---|---|---|")
    link_right = link_total = known_right = known_total = 0
    errors = []
    for setup, options in SETUPS.items():
        pipeline = build_pipeline(until="linking")
        pipeline.steps[[s.name for s in pipeline.steps].index("entities")] = EntityStep(**options)
        counts = {label: Counter() for label in LABELS}
        for doc_id, text, gold_spans in docs:
            pred = predict(pipeline, doc_id, text, published.get(doc_id))
            gold = {(g["start"], g["end"]): g for g in gold_spans}
            for span, g in gold.items():
                if span in pred and pred[span][0] == g["label"]:
                    counts[g["label"]]["tp"] += 1
                    if setup == "both (default)":
                        expected = kb.lookup(g["link"], kinds=("name", "alias", "acronym", "capital")) if g.get("link") not in (None, "NIL") else []
                        expected_id = expected[0].id if expected else None
                        right = pred[span][1] == expected_id
                        link_total += 1
                        link_right += right
                        if expected_id:
                            known_total += 1
                            known_right += right
                        if not right:
                            errors.append(f"link  {doc_id} {text[span[0]:span[1]]!r}: gold {g.get('link')} ({expected_id}) got {pred[span][1]}")
                else:
                    counts[g["label"]]["fn"] += 1
                    if setup == "both (default)":
                        errors.append(f"miss  {doc_id} {text[span[0]:span[1]]!r} {g['label']} (got {pred.get(span, ('-',))[0]})")
            for span, (label, _) in pred.items():
                if label in counts and not (span in gold and gold[span]["label"] == label):
                    counts[label]["fp"] += 1
                    if setup == "both (default)":
                        errors.append(f"extra {doc_id} {text[span[0]:span[1]]!r} {label}")
        total = sum(counts.values(), Counter())
        for label, c in [*counts.items(), ("all", total)]:
            p, r, f = prf(c["tp"], c["fp"], c["fn"])
            print(f"| {setup} | {label} | {p:.3f} | {r:.3f} | {f:.3f} | {c['tp'] + c['fn']} |")
    print(f"\nlinking accuracy (spans recognised exactly, {link_total}): {link_right / max(link_total, 1):.3f}; "
          f"on gold links the knowledge base knows ({known_total}): {known_right / max(known_total, 1):.3f}")
    for line in errors[: args.errors]:
        print(line)


if __name__ == "__main__":
    main()
