"""The events the coder predicts in a seeded sample of Assembly speeches no rule writer has read,
as stand-off lines for a precision audit (issue #5; method in annotations/events/audits/README.md).

    python scripts/eval/audit_run.py --out EVENTS.jsonl [--match PREVIOUS.jsonl] [--show]

The sample: the speeches of `../shared/data/parliament/sobranie_speeches.jsonl` outside the
`train_parliament` and `dev_parliament` splits, of 200 to 4,000 characters, less the documents of
the earlier audits and the earlier seeded samples (`random.Random(38).sample(…, 300)`, then
`random.Random(3802).sample(…, 200)` of the rest); then `random.Random(39).sample(…, 300)`.
Each speech runs through the pipeline on whatever `vesnik` is on PYTHONPATH as one document made
as `vesnik.ingest` makes a transcript record (with `Document.speaker`), so the run is `with_speaker`.

Each event is written with its trigger's raw offsets, type, mode, status, trigger entry, rule and
parties; a party is its knowledge-base id, or else the raw offsets of its first mention, with its
country and sector (no text is copied). `--match` carries the verdict of an earlier file's event
with the same document, trigger offsets, type, actor and recipient (`judged: carried`); the
others are `judged: new`, with `before` the verdict of an earlier event at the same trigger, if
any. `--show` prints each event with its parties' names and sentence, for judging.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
from scripts.eval.events import analysed, read_jsonl  # noqa: E402
from vesnik.document import Document, Entity, Event  # noqa: E402
from vesnik.ingest import document_from_record  # noqa: E402

SPEECHES = REPO.parent / "shared" / "data" / "parliament" / "sobranie_speeches.jsonl"
SPLITS = REPO / "annotations" / "splits.json"
AUDITS = REPO / "annotations" / "events" / "audits"
# the audits before this sample was drawn: a later audit file must not shrink the pool of a re-run
EARLIER_AUDITS = ("parliament_precision.jsonl", "parliament_precision_end.jsonl", "parliament_precision_sense2.jsonl")
VERDICT = ("verdict", "false_class", "reason")


def audit_sample(records: list[dict], held: set[str], audited: set[str], first_audit: set[str]) -> list[dict]:
    """The speeches of this audit: `held` are the split ids, `audited` every earlier audit's documents,
    `first_audit` those of the first audit (left out of the second sample's pool)."""
    pool = [r for r in records if r["id"] not in held and 200 <= len(r["text"]) <= 4000]
    first = {r["id"] for r in random.Random(38).sample(pool, 300)}
    second = {r["id"] for r in random.Random(3802).sample([r for r in pool if r["id"] not in first | first_audit], 200)}
    return random.Random(39).sample([r for r in pool if r["id"] not in first | second | audited], 300)


def speeches() -> list[dict]:
    splits = json.loads(SPLITS.read_text(encoding="utf-8"))
    audited = {row["doc_id"] for name in EARLIER_AUDITS for row in read_jsonl(AUDITS / name)}
    first_audit = {row["doc_id"] for row in read_jsonl(AUDITS / EARLIER_AUDITS[0])}
    return audit_sample(read_jsonl(SPEECHES), set(splits["train_parliament"]) | set(splits["dev_parliament"]),
                        audited, first_audit)


def party(doc: Document, ent: Entity) -> dict:
    at = [doc.raw_offset(ent.mentions[0].start), doc.raw_offset(ent.mentions[0].end)] if ent.mentions else None
    return {"kb": ent.kb_id, "at": None if ent.kb_id else at, "country": ent.country, "sector": ent.sector}


def event_row(doc: Document, ev: Event) -> dict:
    by_id = {e.id: e for e in doc.entities}
    return {"doc_id": doc.id, "trigger_start": doc.raw_offset(ev.trigger.start), "trigger_end": doc.raw_offset(ev.trigger.end),
            "type": ev.type, "mode": ev.mode, "status": ev.status,
            "actor": [party(doc, by_id[i]) for i in ev.actor if i in by_id],
            "recipient": [party(doc, by_id[i]) for i in ev.recipient if i in by_id],
            "entry": ev.rule.split("+")[0], "rule": ev.rule, "run": "with_speaker"}


def _key(row: dict, with_parties: bool = True) -> tuple:
    place = (row["doc_id"], row["trigger_start"], row["trigger_end"])
    return place + (row["type"], json.dumps(row["actor"], sort_keys=True), json.dumps(row["recipient"], sort_keys=True)) if with_parties else place


def match(rows: list[dict], previous: list[dict]) -> Counter:
    """Carry the verdicts of `previous` over to `rows` (in place); the count of each outcome, and of
    the previous verdicts no longer predicted (`dropped <verdict>`)."""
    same = {_key(p): p for p in previous}
    at_place = {_key(p, False): p for p in previous}
    taken, tally = set(), Counter()
    for row in rows:
        old = same.get(_key(row))
        if old is not None:
            row.update({f: old.get(f) for f in VERDICT}, judged="carried")
            taken.add(_key(row))
        else:
            row["judged"] = "new"
            if _key(row, False) in at_place:
                row["before"] = at_place[_key(row, False)].get("verdict")
        tally[row["judged"]] += 1
    tally.update(f"dropped {p.get('verdict')}" for p in previous if _key(p) not in taken)
    return tally


def figures(rows: list[dict]) -> str:
    """Type precision and type + parties precision over the judged rows."""
    judged = [r for r in rows if r.get("verdict")]
    right = sum(r["verdict"] == "right" for r in judged)
    typed = right + sum(r["verdict"] == "right_type_wrong_party" for r in judged)
    n = max(1, len(judged))
    return (f"{len(rows)} events, {len(judged)} judged: type precision {typed}/{len(judged)} = {typed / n:.2f}, "
            f"type + parties {right}/{len(judged)} = {right / n:.2f}")


def show(doc: Document, ev: Event, row: dict) -> None:
    by_id = {e.id: e for e in doc.entities}
    actors, recipients = ([f"{by_id[i].name}[{by_id[i].country}]" for i in ids if i in by_id] for ids in (ev.actor, ev.recipient))
    sentence = doc.sentences[ev.sentence]
    print(f"{row['doc_id']} {row['trigger_start']}-{row['trigger_end']} '{ev.trigger.text}' {ev.type}/{ev.mode} {ev.status} "
          f"A={actors} R={recipients} {ev.rule} [{row.get('judged', '')} {row.get('verdict') or ''}]\n"
          f"    {doc.text[sentence.start:sentence.end]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True, help="where to write the events (JSONL)")
    ap.add_argument("--match", type=Path, metavar="PREVIOUS", help="carry over the verdicts of an earlier run's file")
    ap.add_argument("--show", action="store_true", help="print each event with its parties' names and sentence")
    args = ap.parse_args()
    sample = speeches()
    docs, _ = analysed(sample, lambda row: document_from_record(row, where=row["id"], default_id=row["id"]))
    events = [(docs[r["id"]], ev) for r in sample if r["id"] in docs for ev in docs[r["id"]].events]
    rows = [event_row(doc, ev) for doc, ev in events]
    if args.match:
        tally = match(rows, read_jsonl(args.match))
        print("matched:", ", ".join(f"{k} {v}" for k, v in sorted(tally.items())))
        print(figures(rows))
    if args.show:
        for (doc, ev), row in zip(events, rows):
            show(doc, ev, row)
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    print(f"{len(sample)} speeches, {len({r['doc_id'] for r in rows})} with events, {len(rows)} events -> {args.out}")


if __name__ == "__main__":
    main()
