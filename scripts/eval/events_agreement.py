"""Agreement between two annotations of PLOVER events on the same documents (the stand-off format of
`annotations/events/`): precision, recall and F1 of the second against the first for type, type +
countries and type + actors + date, events paired the way `events.py` pairs predictions with gold
(trigger overlap first, else the same sentence, one to one); F1 is symmetric, so it is the agreement.
Only the documents the second annotation covers (its `_documents.jsonl`) are compared.

    python scripts/eval/events_agreement.py annotations/events/train.jsonl annotations/events/agreement/second.jsonl
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
from scripts.eval.events import MEASURES, place_fit, read_jsonl  # noqa: E402


def places(event: dict) -> list[tuple[int, int, int]]:
    spans = [(event["trigger_start"], event["trigger_end"], event["sentence_start"])]
    return spans + [(a["start"], a["end"], a["sentence_start"]) for a in event.get("also_triggers", [])]


def same_party(a: dict, b: dict) -> bool:
    """The same participant: equal names, overlapping surface forms, or equal (country, sector)."""
    if a.get("name") and b.get("name") and a["name"].casefold() == b["name"].casefold():
        return True
    if a.get("start") is not None and b.get("start") is not None and a["start"] < b["end"] and b["start"] < a["end"]:
        return True
    return bool(a.get("country") and a.get("sector") and (a["country"], a["sector"]) == (b.get("country"), b.get("sector")))


def same_parties(first: list[dict], second: list[dict]) -> bool:
    left = list(second)
    for party in first:
        found = next((p for p in left if same_party(party, p)), None)
        if found is None:
            return False
        left.remove(found)
    return not left


def countries(parties: list[dict]) -> set[str]:
    return {p["country"] for p in parties if p.get("country")}


def agrees(measure: str, first: dict, second: dict) -> bool:
    if first["type"] != second["type"]:
        return False
    if measure == "type+countries":
        return (countries(first["actor"]) == countries(second["actor"])
                and countries(first["recipient"]) == countries(second["recipient"]))
    if measure == "type+actors+date":
        return same_parties(first["actor"], second["actor"]) and first.get("date") == second.get("date")
    return True


def paired(first: list[dict], second: list[dict], measure: str) -> int:
    used: set[int] = set()
    for event in sorted(first, key=lambda e: e["trigger_start"]):
        options = [(place_fit(places(other), places(event)), n) for n, other in enumerate(second)
                   if n not in used and agrees(measure, event, other)]
        options = [o for o in options if o[0]]
        if options:
            used.add(max(options)[1])
    return len(used)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    args = parser.parse_args()
    documents = [d["doc_id"] for d in read_jsonl(args.second.with_name(args.second.stem + "_documents.jsonl"))]
    by_doc: dict[str, dict[str, list[dict]]] = defaultdict(lambda: {"first": [], "second": []})
    for side, path in (("first", args.first), ("second", args.second)):
        for event in read_jsonl(path):
            if event["doc_id"] in documents:
                by_doc[event["doc_id"]][side].append(event)
    first_n = sum(len(d["first"]) for d in by_doc.values())
    second_n = sum(len(d["second"]) for d in by_doc.values())
    print(f"{len(documents)} documents, {first_n} events in the first annotation, {second_n} in the second")
    print(f"{'measure':<20} {'P':>6} {'R':>6} {'F1':>6} {'agreed':>7}")
    for measure in MEASURES:
        agreed = sum(paired(d["first"], d["second"], measure) for d in by_doc.values())
        p, r = agreed / max(second_n, 1), agreed / max(first_n, 1)
        print(f"{measure:<20} {p:6.3f} {r:6.3f} {2 * p * r / max(p + r, 1e-9):6.3f} {agreed:7d}")
    types = Counter((e["type"]) for d in by_doc.values() for e in d["first"])
    print("first annotation's types:", dict(types.most_common()))


if __name__ == "__main__":
    main()
