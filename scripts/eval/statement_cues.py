"""Mine candidate cue words for statements typed by their content (issue #5): which words of a
reported statement go with a gold ACCUSE, SUPPORT, REJECT, REQUEST, THREATEN or AGREE told by it.

    python scripts/eval/statement_cues.py --split train --invented all [--min-support 3] [--min-precision 0.6]

Each quote the quotes stage finds (a direct quote, a `дека`/`оти`/`да` clause or the clause of
`според X`) is a positive for a type when a gold event of that type lies in the quote's sentence with
its trigger outside the quote's words (the speech verb, by the guidelines), and a negative when its
sentence holds no gold event at all. For each word, word beginning (the first six letters) and pair
of adjacent words of the quotes, the script counts the positive quotes of each type and the negative
ones holding it, and lists those with at least `--min-support` quotes of one type and a precision (that
type's quotes over all quotes counted) of at least `--min-precision` that no cue list of the statement
machinery (`accusation_words`, `praise_words`, `denial_words`, `threat_words`, `stated_threats`,
`avowed_threats`, `obligation_words`) matches yet. `missed` is how many of the type's quotes vesnik
codes no event of that type in the sentence. The list is for review by hand: names and topics come up
beside words of the act, and only the latter belong in the cue data.
Not for dev or test: their documents are not read to write rules.
"""
from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict

from events import GOLD, INVENTED, analysed, clean_offset, invented_sets, read_jsonl, split_articles
from vesnik.events.base import has_stem_sequence
from vesnik.events.lexicon import event_lexicon

TYPES = ("ACCUSE", "SUPPORT", "REJECT", "REQUEST", "THREATEN", "AGREE")
STEM = 6  # letters of a word beginning, to pool a word's inflected forms
WORD = re.compile(r"[а-шѓѕјљњќџѐѝ]+(?:-[а-шѓѕјљњќџѐѝ]+)?")


def quote_samples(docs, gold_by_doc) -> list[tuple[list[str], set[str], set[str]]]:
    """(words, gold statement types, types missed by vesnik) of each quote; an empty type set is a negative,
    quotes whose sentence holds only other gold events are left out."""
    samples = []
    for doc_id, doc in docs.items():
        golds = gold_by_doc.get(doc_id, [])
        placed = [(g, clean_offset(doc, g["trigger_start"])) for g in golds]
        predicted = defaultdict(set)
        for ev in doc.events:
            predicted[doc.sentence_of(ev.trigger.start)].add(ev.type)
        for q in doc.quotes:
            in_sentence = [(g, at) for g, at in placed if doc.sentence_of(at) == q.sentence]
            types = {g["type"] for g, at in in_sentence if not q.start <= at < q.end and g["type"] in TYPES}
            if in_sentence and not types:
                continue
            words = WORD.findall(q.text.lower())
            samples.append((words, types, types - predicted[q.sentence]))
    return samples


def features(words: list[str]) -> set[str]:
    found = set(words) | {w[:STEM] + "…" for w in words if len(w) > STEM}
    return found | {f"{a} {b}" for a, b in zip(words, words[1:])}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("train",), help="the rule-writing split")
    ap.add_argument("--invented", nargs="+", metavar="NAME", help="sets of annotations/invented ('all': every set)")
    ap.add_argument("--min-support", type=int, default=3)
    ap.add_argument("--min-precision", type=float, default=0.6)
    args = ap.parse_args()
    articles, gold = [], []
    if args.split:
        articles += split_articles(args.split)
        gold += read_jsonl(GOLD / f"{args.split}.jsonl")
    for name in invented_sets(args.invented or []):
        articles += read_jsonl(INVENTED / f"{name}.articles.jsonl")
        gold += read_jsonl(INVENTED / f"{name}.events.jsonl")
    gold_by_doc = defaultdict(list)
    for g in gold:
        gold_by_doc[g["doc_id"]].append(g)
    docs, _ = analysed(articles)
    samples = quote_samples(docs, gold_by_doc)
    lex = event_lexicon("mk")
    known = (lex.accusation_words + lex.praise_words + lex.denial_words + lex.threat_words + lex.stated_threats
             + lex.avowed_threats + lex.obligation_words)
    by_type: dict[str, Counter] = {t: Counter() for t in TYPES}
    missed: dict[str, Counter] = {t: Counter() for t in TYPES}
    total = Counter()
    for words, types, unfound in samples:
        feats = features(words)
        total.update(feats)
        for t in types:
            by_type[t].update(feats)
            if t in unfound:
                missed[t].update(feats)
    print(f"{len(samples)} quotes: {sum(1 for _, t, _ in samples if not t)} negative, "
          + ", ".join(f"{t} {sum(1 for _, ts, _ in samples if t in ts)}" for t in TYPES))
    print(f"{'feature':32} {'type':9} {'support':>7} {'all':>4} {'prec':>5} {'missed':>6}")
    for t in TYPES:
        for feat, n in by_type[t].most_common():
            if n < args.min_support or n / total[feat] < args.min_precision:
                continue
            if has_stem_sequence(feat.replace("…", "").split(), known):
                continue
            print(f"{feat:32} {t:9} {n:7} {total[feat]:4} {n / total[feat]:5.2f} {missed[t][feat]:6}")


if __name__ == "__main__":
    main()
