"""Evaluate the quotes stage against the gold annotations in annotations/quotes/.

Runs the full pipeline plus `QuoteStep` on every document of a split and compares with
`annotations/quotes/<split>.jsonl` (quotes) and `claims_<split>.jsonl` (numeric claims); gold
offsets are into the record's raw text, so predicted offsets are mapped back through
`Document.raw_offset`.

- Quote detection: precision, recall and F1 with overlap matching (a predicted and a gold
  quote match when their spans share characters; one-to-one, largest overlap first), for all
  quotes and for direct and indirect ones (matching within the kind); also with a strict
  match (the spans' Jaccard overlap >= 0.5).
- Speaker accuracy, over matched quotes: an unattributed gold quote needs no predicted speaker;
  an attributed one needs the predicted speaker (its entity's name or mentions, else the
  speaker text) to name the gold `speaker_name` or `speaker` — equal after folding case and
  script, or sharing the last name. `reported_by` the same way where either side has one.
- Claims: P/R/F1 (overlap), and over matched claims the accuracy of kind, value, hedge and source.

    python scripts/eval/quotes.py --split test
    python scripts/eval/quotes.py --split dev --errors     # listing errors: never on test

`--split train` scores the wider rule-writing set (quotes only) annotated from `train`
documents of annotations/splits.json. `--errors` lists misses and false alarms; it refuses the
test split, whose documents are never used to write rules.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "data"
GOLD = REPO / "annotations" / "quotes"
sys.path.insert(0, str(REPO / "src"))

from vesnik.document import Document  # noqa: E402
from vesnik.ingest import document_from_record  # noqa: E402
from vesnik.pipeline.default import build_pipeline  # noqa: E402
from vesnik.quotes import QuoteStep  # noqa: E402
from vesnik.text.translit import fold  # noqa: E402


def load_records(ids: set[str]) -> dict[str, dict]:
    records = {}
    for path in (SHARED / "news" / "articles.jsonl", SHARED / "parliament" / "sobranie_speeches.jsonl"):
        with open(path, encoding="utf-8") as fh:
            for row in map(json.loads, fh):
                if row["id"] in ids:
                    records[row["id"]] = row
    return records


def read_gold(name: str) -> list[dict]:
    path = GOLD / name
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def to_raw(doc: Document, start: int, end: int) -> tuple[int, int]:
    return doc.raw_offset(start), doc.raw_offset(end - 1) + 1 if end > start else doc.raw_offset(start)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(predicted: list[dict], gold: list[dict], strict: bool = False) -> list[tuple[dict, dict]]:
    """One-to-one pairs of overlapping spans, largest overlap first."""
    candidates = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            shared = overlap(p["span"], g["span"])
            union = max(p["span"][1], g["span"][1]) - min(p["span"][0], g["span"][0])
            if shared and (not strict or shared / union >= 0.5):
                candidates.append((shared, i, j))
    used_p, used_g, pairs = set(), set(), []
    for _, i, j in sorted(candidates, reverse=True):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((predicted[i], gold[j]))
    return pairs


def prf(matched: int, predicted: int, gold: int) -> str:
    p = matched / predicted if predicted else 0.0
    r = matched / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (matched {matched}, predicted {predicted}, gold {gold})"


def same_name(predicted: set[str], gold: set[str]) -> bool:
    """Do any of the predicted names name the gold one (folded; or the same last word)?"""
    pred = {fold(n) for n in predicted if n}
    ref = {fold(n) for n in gold if n}
    if pred & ref:
        return True
    last = {n.split()[-1] for n in pred if n.split()}
    return any(n.split() and n.split()[-1] in last for n in ref)


def names_of(doc: Document, entity_id: str | None, text: str | None) -> set[str]:
    names = {text} if text else set()
    for e in doc.entities:
        if e.id == entity_id:
            names.add(e.name)
            names.update(m.text for m in e.mentions if m.kind == "name")
    return names


def reporter_names(doc: Document, quote) -> set[str]:
    names = names_of(doc, quote.reported_by, None)
    for part in (quote.rule or "").split("+"):
        if part.startswith("reported_by="):
            names.add(part.removeprefix("reported_by="))
    return names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="dev", choices=("test", "dev", "dev_parliament", "train"))
    parser.add_argument("--errors", action="store_true", help="list misses and false alarms (not on test)")
    parser.add_argument("--annotator", default="", help="only the documents of annotators whose name starts so "
                                                        "(one annotation round, scored before any rule is written on it)")
    args = parser.parse_args()
    if args.errors and args.split == "test":
        parser.error("--errors is for dev splits: test documents are never read to write rules")

    gold_quotes, gold_claims = read_gold(f"{args.split}.jsonl"), read_gold(f"claims_{args.split}.jsonl")
    round_docs = {r["doc_id"] for r in gold_quotes + gold_claims if r["annotator"].startswith(args.annotator)}
    gold_quotes = [r for r in gold_quotes if r["doc_id"] in round_docs]
    gold_claims = [r for r in gold_claims if r["doc_id"] in round_docs]
    if not gold_quotes and not gold_claims:
        sys.exit(f"no gold annotations for {args.split} in {GOLD}")
    ids = {r["doc_id"] for r in gold_quotes + gold_claims}
    records = load_records(ids)
    pipeline = build_pipeline()
    step = QuoteStep("mk")
    pipeline.steps.append(step)

    counts: Counter[str] = Counter()
    errors: dict[str, list[str]] = defaultdict(list)
    by_doc_q, by_doc_c = defaultdict(list), defaultdict(list)
    for r in gold_quotes:
        by_doc_q[r["doc_id"]].append({**r, "span": (r["start"], r["end"])})
    for r in gold_claims:
        by_doc_c[r["doc_id"]].append({**r, "span": (r["start"], r["end"])})

    for doc_id in sorted(ids):
        raw = records[doc_id]["text"]
        sha = hashlib.sha1(raw.encode("utf-8")).hexdigest()
        if any(r["text_sha1"] != sha for r in by_doc_q[doc_id] + by_doc_c[doc_id]):
            counts["documents whose text changed"] += 1
            continue
        # read as `vesnik analyze` reads a JSON line: its date, title and a transcript's speaker
        doc = pipeline.run_one(document_from_record(records[doc_id], where=doc_id, default_id=doc_id)).document
        predicted = [{"quote": q, "span": to_raw(doc, q.start, q.end), "direct": q.direct} for q in doc.quotes]
        gold = by_doc_q[doc_id]
        evaluate_quotes(doc, raw, predicted, gold, counts, errors)
        claims = [{"claim": c, "span": to_raw(doc, c.start, c.end)} for c in doc.claims]
        if gold_claims:
            evaluate_claims(doc, raw, claims, by_doc_c[doc_id], counts, errors)

    print(f"split {args.split}: {len(ids)} documents, {len(gold_quotes)} gold quotes, {len(gold_claims)} gold claims")
    if counts["documents whose text changed"]:
        print(f"skipped {counts['documents whose text changed']} documents whose text no longer matches text_sha1")
    print("quotes (overlap)         ", prf(counts["q matched"], counts["q predicted"], counts["q gold"]))
    print("quotes (Jaccard >= 0.5)  ", prf(counts["q strict"], counts["q predicted"], counts["q gold"]))
    for kind in ("direct", "indirect"):
        print(f"  {kind:8} (overlap)      ", prf(counts[f"{kind} matched"], counts[f"{kind} predicted"], counts[f"{kind} gold"]))
    print(f"speaker accuracy          {ratio(counts['speaker right'], counts['speaker judged'])}"
          f"   (attributed gold: {ratio(counts['attributed right'], counts['attributed judged'])},"
          f" unattributed gold: {ratio(counts['unattributed right'], counts['unattributed judged'])})")
    print(f"reported_by               {prf(counts['reporter right'], counts['reporter predicted'], counts['reporter gold'])}")
    if gold_claims:  # the train split annotates quotes only
        print("claims (overlap)         ", prf(counts["c matched"], counts["c predicted"], counts["c gold"]))
        for field in ("kind", "value", "approximate", "source"):
            print(f"  claim {field:12}        {ratio(counts[f'claim {field} right'], counts['c matched'])}")
    print(f"stage counts: {dict(step.stats)}")
    if args.errors:
        for kind, lines in errors.items():
            print(f"\n## {kind} ({len(lines)})")
            print("\n".join(lines))


def ratio(right: int, total: int) -> str:
    return f"{right / total:.3f} ({right}/{total})" if total else "n/a"


def evaluate_quotes(doc, raw, predicted, gold, counts, errors) -> None:
    counts["q predicted"] += len(predicted)
    counts["q gold"] += len(gold)
    pairs = match(predicted, gold)
    counts["q matched"] += len(pairs)
    counts["q strict"] += len(match(predicted, gold, strict=True))
    for kind, direct in (("direct", True), ("indirect", False)):
        p = [x for x in predicted if x["direct"] == direct]
        g = [x for x in gold if x["direct"] == direct]
        counts[f"{kind} predicted"] += len(p)
        counts[f"{kind} gold"] += len(g)
        counts[f"{kind} matched"] += len(match(p, g))
    for p, g in pairs:
        q = p["quote"]
        if g["unattributed"]:
            counts["unattributed judged"] += 1
            right = q.speaker_text is None and q.speaker is None
            counts["unattributed right"] += right
        else:
            counts["attributed judged"] += 1
            right = same_name(names_of(doc, q.speaker, q.speaker_text), {g["speaker_name"], g["speaker"]})
            counts["attributed right"] += right
        counts["speaker judged"] += 1
        counts["speaker right"] += right
        if not right:
            errors["wrong speaker"].append(f"{doc.id} {raw[g['start']:g['end']][:60]!r}: gold {g['speaker_name']!r}, predicted {q.speaker_text!r} ({q.rule})")
        predicted_reporter = reporter_names(doc, q)
        counts["reporter predicted"] += bool(predicted_reporter)
        counts["reporter gold"] += bool(g["reported_by"])
        if predicted_reporter and g["reported_by"] and same_name(predicted_reporter, {g["reported_by"]}):
            counts["reporter right"] += 1
        elif predicted_reporter or g["reported_by"]:
            errors["reported_by"].append(f"{doc.id} {raw[g['start']:g['end']][:50]!r}: gold {g['reported_by']!r}, predicted {sorted(predicted_reporter)}")
    matched_p = {id(p["quote"]) for p, _ in pairs}
    matched_g = {id(g) for _, g in pairs}
    for p in predicted:
        if id(p["quote"]) not in matched_p:
            q = p["quote"]
            errors["false alarm"].append(f"{doc.id} {'D' if q.direct else 'I'} {q.text[:80]!r} ({q.speaker_text}; {q.rule})")
    for g in gold:
        if id(g) not in matched_g:
            errors["missed"].append(f"{doc.id} {'D' if g['direct'] else 'I'} {raw[g['start']:g['end']][:80]!r} (cue {g['cue']!r}, speaker {g['speaker']!r})")


def evaluate_claims(doc, raw, predicted, gold, counts, errors) -> None:
    counts["c predicted"] += len(predicted)
    counts["c gold"] += len(gold)
    pairs = match(predicted, gold)
    counts["c matched"] += len(pairs)
    for p, g in pairs:
        c = p["claim"]
        counts["claim kind right"] += c.kind == g["kind"]
        counts["claim value right"] += abs(c.value - g["value"]) < 1e-6 * max(1.0, abs(g["value"]))
        counts["claim approximate right"] += fold(c.approximate or "") == fold(g["approximate"] or "")
        if g["source"] is None:
            source_right = c.source is None and c.source_text is None
        else:
            source_right = same_name(names_of(doc, c.source, c.source_text), {g["source"]})
        counts["claim source right"] += source_right
        if not source_right:
            errors["claim source"].append(f"{doc.id} {g['text']!r}: gold {g['source']!r}, predicted {c.source_text!r}")
        if c.kind != g["kind"]:
            errors["claim kind"].append(f"{doc.id} {g['text']!r}: gold {g['kind']}, predicted {c.kind}")
    matched_p = {id(p["claim"]) for p, _ in pairs}
    matched_g = {id(g) for _, g in pairs}
    errors["claim false alarm"] += [f"{doc.id} {p['claim'].text!r} ({p['claim'].kind})" for p in predicted if id(p["claim"]) not in matched_p]
    errors["claim missed"] += [f"{doc.id} {g['text']!r} ({g['kind']})" for g in gold if id(g) not in matched_g]


if __name__ == "__main__":
    main()
