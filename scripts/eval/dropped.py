"""The trigger candidates the events stage drops for one reason (by default `no actor`, issue #5),
each against the gold events: the pool a fallback could win (a dropped trigger overlapping a gold
event's trigger, with the gold type and actors, and whether another prediction already covers
that gold event) and the drops with no gold event (what a fallback would wrongly add).

    python scripts/eval/dropped.py --split train [--reason "no actor"] [--list]
    python scripts/eval/dropped.py --invented all [--reason "no actor"] [--list]

Not for dev or test: their documents are not read to write rules.
"""
from __future__ import annotations

import argparse
from collections import Counter

from events import GOLD, INVENTED, analysed, gold_places, invented_sets, place_fit, predicted_places, read_jsonl, split_articles
from vesnik.events import coder


def recording(reason: str, drops: list[tuple]) -> None:
    """Wrap the coder's per-candidate step so each candidate it drops for `reason` is recorded."""
    event = coder._DocumentRun._event

    def wrapped(run, view, cand, candidates):
        result = event(run, view, cand, candidates)
        if result == reason:
            tokens = run.text.tokens
            drops.append((run.doc.id, view.index, tokens[cand.first].start, tokens[cand.end - 1].end, cand.trigger.id,
                          cand.trigger.type, "noun" if cand.trigger.noun else "passive" if cand.passive else "verb"))
        return result

    coder._DocumentRun._event = wrapped


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("train",), help="the rule-writing split")
    ap.add_argument("--invented", nargs="+", metavar="NAME", help="sets of annotations/invented ('all': every set)")
    ap.add_argument("--reason", default="no actor", help="the drop reason, as after `dropped: ` in the stage's stats")
    ap.add_argument("--list", action="store_true", help="list each drop with its sentence")
    args = ap.parse_args()
    if not (args.split or args.invented):
        ap.error("give --split train or --invented")
    if args.invented:
        names = invented_sets(args.invented)
        articles = [row for name in names for row in read_jsonl(INVENTED / f"{name}.articles.jsonl")]
        golds = [g for name in names for g in read_jsonl(INVENTED / f"{name}.events.jsonl")]
    else:
        articles, golds = split_articles(args.split), read_jsonl(GOLD / f"{args.split}.jsonl")
    drops: list[tuple] = []
    recording(args.reason, drops)
    docs, _ = analysed(articles)
    gold_by_doc: dict[str, list[dict]] = {}
    for gold in golds:
        gold_by_doc.setdefault(gold["doc_id"], []).append(gold)
    tally: Counter[tuple[str, str, str]] = Counter()
    for doc_id, sentence, start, end, entry, etype, kind in drops:
        doc = docs.get(doc_id)
        if doc is None:
            continue
        place = [(doc.raw_offset(start), doc.raw_offset(end), sentence)]
        gold = next((g for g in gold_by_doc.get(doc_id, []) if place_fit(place, gold_places(doc, g)) == 2), None)
        covered = gold is not None and any(place_fit(predicted_places(doc, ev), gold_places(doc, gold)) == 2 for ev in doc.events)
        verdict = "no gold" if gold is None else "covered" if covered else "winnable"
        tally[(verdict, etype, kind)] += 1
        if args.list:
            span = doc.sentences[sentence]
            told = f" gold {gold['type']} {[a.get('name') or a.get('text') for a in gold.get('actor', [])]}" if gold else ""
            print(f"{verdict:9} {doc_id} s{sentence} {entry} {kind} {doc.text[start:end]!r}{told}")
            print(f"          {doc.text[span.start:span.end][:300]!r}")
    print(f"\n`dropped: {args.reason}`: {len(drops)} candidates")
    for verdict in ("winnable", "covered", "no gold"):
        counts = Counter({(t, k): n for (v, t, k), n in tally.items() if v == verdict})
        print(f"  {verdict}: {sum(counts.values())}  " + ", ".join(f"{t} {k} {n}" for (t, k), n in counts.most_common()))


if __name__ == "__main__":
    main()
