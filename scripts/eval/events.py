"""Precision, recall and F1 of vesnik's PLOVER events against the gold events of
`annotations/events/<split>.jsonl` (documents listed in `<split>_documents.jsonl`, including
those with no event), and a confusion table of types.

    python scripts/eval/events.py [--split dev|train|test] [--show] [--errors] [--rules]
    python scripts/eval/events.py --invented NAME [NAME ...] [--show] [--errors] [--rules]

Each article of `../shared/data/news/articles.jsonl` runs through the whole pipeline (the
default stages, plus time, quotes and events when the default pipeline does not have them
yet). Predicted trigger offsets (cleaned text) are mapped back to the record's raw `text`,
where the gold offsets point. `--invented` scores instead the articles the developers wrote
themselves, `annotations/invented/NAME.articles.jsonl` against `NAME.events.jsonl` (see that
folder's README); `all` names every set there.

Matching rule. A predicted event can match a gold event of the same document when they are
told in the same place: a trigger of one (its main trigger or a further mention — the gold
`also_triggers`, the prediction's merged evidence) overlaps a trigger of the other, or, failing
that, lies in the same sentence. For each measure the pairs are made one to one, greedily:
each gold event (in document order) takes the first unmatched prediction that fits, trigger
overlaps before same-sentence pairs. A pair counts when, besides the place:
- `type`: the PLOVER types are equal;
- `type+countries`: also the sets of actor countries and of recipient countries are equal
  (unknown countries left out);
- `type+actors+date`: also each gold actor has a predicted actor and no predicted actor is
  left over — an actor matches by English or Macedonian name (case-folded), by overlapping
  text, or by equal (country, sector) — and the dates are equal.
Precision = counted pairs / predicted events, recall = counted pairs / gold events.
The confusion table pairs events by place alone (gold type per row, predicted per column;
`-` is no event on that side).

Field table. On the pairs the `type` measure counts (made one to one as above), it tells for each
further field how many pairs agree:
- `mode`, `status`, `date`: equal values (both null agrees);
- `location`: both empty, or the predicted place (an entity) has the gold place's name (English or
  Macedonian, folded to Latin letters without case or accents) or its knowledge-base id, or one of the two is a state and the other
  lies in it (gold `Serbia`, predicted Belgrade);
- `reported_by`: both empty, or the predicted source (an entity) has the gold source's name
  (English or Macedonian, folded alike) or its knowledge-base id.
A status confusion (gold per row, predicted per column) follows.

`--show` prints, for the dev and train splits, each document's gold and predicted events side
by side; `--errors` lists the false positives grouped by trigger entry (with their sentence),
the missed gold events, the events of the right type with the wrong countries and those of the
right type and countries with the wrong actors or date, and the pairs whose further fields disagree
(test documents are never read to write rules). `--rules` tallies, per actor and recipient rule tag
(`recipient:nearest`, `actor:inherited`, …; `(none)` for a side no fallback filled), the events
paired with a gold event of their type whose side's countries are right, wrong, predicted where
the gold has none, missing where the gold has some, or rightly none.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

from vesnik.document import Document, Entity, Event
from vesnik.kb import is_state, load_kb
from vesnik.pipeline.base import PipelineStep
from vesnik.pipeline.default import build_pipeline
from vesnik.text.translit import fold

REPO = Path(__file__).resolve().parents[2]
ARTICLES = REPO.parent / "shared" / "data" / "news" / "articles.jsonl"
GOLD = REPO / "annotations" / "events"
INVENTED = REPO / "annotations" / "invented"
MEASURES = ("type", "type+countries", "type+actors+date")
FIELDS = ("mode", "status", "location", "reported_by", "date")
STATUSES = ("asserted", "future", "hypothetical", "negated", "historical")


def later_stages(present: set[str]) -> list[PipelineStep]:
    """The stages after linking that the default pipeline may not run yet."""
    from vesnik.events import EventStep
    from vesnik.quotes import QuoteStep
    from vesnik.time import TimeStep

    return [maker() for name, maker in (("time", TimeStep), ("quotes", QuoteStep), ("events", EventStep))
            if name not in present]


def split_articles(split: str) -> list[dict]:
    wanted = {json.loads(line)["doc_id"] for line in open(GOLD / f"{split}_documents.jsonl", encoding="utf-8")}
    with open(ARTICLES, encoding="utf-8") as fh:
        return [row for row in map(json.loads, fh) if row["id"] in wanted]


def invented_sets(names: list[str]) -> list[str]:
    return sorted(p.name.removesuffix(".events.jsonl") for p in INVENTED.glob("*.events.jsonl")) if names == ["all"] else names


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def article_document(row: dict) -> Document:
    return Document(id=row["id"], source=row["id"], raw_text=row["text"], title=row.get("title"),
                    published=date.fromisoformat(row["date"]) if row.get("date") else None)


def analysed(articles: list[dict], make_document=article_document) -> tuple[dict[str, Document], float]:
    """The records run through the whole pipeline; `make_document` turns a record into its Document."""
    pipeline = build_pipeline()
    extra = later_stages({s.name for s in pipeline.steps})
    pipeline.steps.extend(extra)
    docs = {}
    for row in articles:
        result = pipeline.run_one(make_document(row))
        if result.document is not None:
            docs[row["id"]] = result.document
        else:  # scored as predicting nothing: say so, a crash must not pass for a low score
            print(f"FAILED {row['id']}: {result.error}", file=sys.stderr)
    events_step = next(s for s in pipeline.steps if s.name == "events")
    return docs, events_step.seconds / max(1, len(docs))


# ---- one document's events as places and attributes ----------------------------------------

def predicted_places(doc: Document, ev: Event) -> list[tuple[int, int, int]]:
    """(raw start, raw end, sentence) of the event's trigger and merged further mentions."""
    spans = [ev.trigger] + ev.also_triggers
    return [(doc.raw_offset(s.start), doc.raw_offset(s.end), doc.sentence_of(s.start)) for s in spans]


def gold_places(doc: Document, gold: dict) -> list[tuple[int, int, int]]:
    spans = [(gold["trigger_start"], gold["trigger_end"])] + [(a["start"], a["end"]) for a in gold.get("also_triggers", [])]
    return [(s, e, doc.sentence_of(clean_offset(doc, s))) for s, e in spans]


def clean_offset(doc: Document, raw: int) -> int:
    """The cleaned-text offset of a raw offset (the first whose raw offset is not before it)."""
    lo, hi = 0, len(doc.text)
    while lo < hi:
        mid = (lo + hi) // 2
        if doc.raw_offset(mid) < raw:
            lo = mid + 1
        else:
            hi = mid
    return lo


def place_fit(pred: list, gold: list) -> int:
    """2 when triggers overlap, 1 when they share a sentence, 0 otherwise."""
    if any(ps < ge and gs < pe for ps, pe, _ in pred for gs, ge, _ in gold):
        return 2
    return 1 if {s for *_, s in pred} & {s for *_, s in gold} else 0


def countries(entities: list[Entity | None]) -> set[str]:
    return {e.country for e in entities if e is not None and e.country}


def actors_match(doc: Document, predicted: list[Entity | None], gold: list[dict]) -> bool:
    predicted = [e for e in predicted if e is not None]
    if len(predicted) != len(gold):
        return False
    left = list(predicted)
    for g in gold:
        found = next((e for e in left if actor_fits(doc, e, g)), None)
        if found is None:
            return False
        left.remove(found)
    return True


def actor_fits(doc: Document, ent: Entity, gold: dict) -> bool:
    names = {n.casefold() for n in (ent.name, ent.name_en) if n}
    if gold.get("name") and gold["name"].casefold() in names:
        return True
    if gold.get("start") is not None and any(doc.raw_offset(m.start) < gold["end"] and gold["start"] < doc.raw_offset(m.end)
                                              for m in ent.mentions):
        return True
    return bool(ent.country and ent.sector and (ent.country, ent.sector) == (gold.get("country"), gold.get("sector")))


def fits(measure: str, doc: Document, ev: Event, gold: dict) -> bool:
    if ev.type != gold["type"]:
        return False
    by_id = {e.id: e for e in doc.entities}
    actors = [by_id.get(a) for a in ev.actor]
    recipients = [by_id.get(r) for r in ev.recipient]
    if measure == "type+countries":
        return (countries(actors) == {a["country"] for a in gold["actor"] if a.get("country")}
                and countries(recipients) == {r["country"] for r in gold["recipient"] if r.get("country")})
    if measure == "type+actors+date":
        return actors_match(doc, actors, gold["actor"]) and ev.date == gold.get("date")
    return True


def pairs(doc: Document, gold_events: list[dict], condition) -> list[tuple[dict, Event]]:
    """One-to-one pairs in place, greedily: each gold event takes the best-placed unmatched prediction that satisfies `condition`."""
    pred_places = {ev.id: predicted_places(doc, ev) for ev in doc.events}
    used: set[str] = set()
    found = []
    for gold in sorted(gold_events, key=lambda g: g["trigger_start"]):
        places = gold_places(doc, gold)
        options = [(place_fit(pred_places[ev.id], places), ev) for ev in doc.events if ev.id not in used]
        options = [(fit, ev) for fit, ev in options if fit and condition(ev, gold)]
        if options:
            best = max(options, key=lambda o: o[0])[1]
            used.add(best.id)
            found.append((gold, best))
    return found


def names_entity(ent: Entity | None, name: str) -> bool:
    """The entity is the one the gold's canonical name names: by its names or its knowledge-base id."""
    if ent is None:
        return False
    if fold(name) in {fold(n) for n in (ent.name, ent.name_en) if n}:  # (`Богородица` unlinked: `Bogorodica`)
        return True
    return bool(ent.kb_id) and any(a.id == ent.kb_id for a in load_kb().lookup(name))


def same_state(ent: Entity | None, name: str) -> bool:
    """One of the predicted place and the gold place is a state and the other lies in it."""
    if ent is None or not ent.country:
        return False
    found = [a for a in load_kb().lookup(name) if a.type in ("GPE", "LOC") and a.country == ent.country]
    return bool(found) and (any(a.is_country for a in found) or is_state(ent.kb_id))


def field_agrees(field: str, doc: Document, ev: Event, gold: dict) -> bool:
    """The prediction's `field` agrees with the gold event's (see the module's docstring)."""
    want = gold.get(field)
    if field in ("mode", "status", "date"):
        return getattr(ev, field) == want
    got = getattr(ev, field)
    if not want or not got:
        return not want and not got
    ent = next((e for e in doc.entities if e.id == got), None)
    return names_entity(ent, want) or (field == "location" and same_state(ent, want))


def field_table(docs: dict[str, Document], gold_by_doc: dict[str, list[dict]]) -> tuple[Counter, Counter, Counter]:
    """Pairs, agreements per field, and the status confusion, over the pairs the `type` measure counts."""
    total, agree, status = Counter(), Counter(), Counter()
    for doc_id, doc in docs.items():
        for gold, ev in pairs(doc, gold_by_doc.get(doc_id, []), lambda ev, g, doc=doc: fits("type", doc, ev, g)):
            status[(gold["status"], ev.status)] += 1
            for field in FIELDS:
                total[field] += 1
                agree[field] += field_agrees(field, doc, ev, gold)
    return total, agree, status


def print_fields(total: Counter, agree: Counter, status: Counter) -> None:
    print(f"\n{'field':<14}{'pairs':>7}{'agree':>7}{'share':>7}")
    for field in FIELDS:
        print(f"{field:<14}{total[field]:>7}{agree[field]:>7}{agree[field] / max(1, total[field]):>7.3f}")
    print_grid("status (rows gold, columns predicted)", list(STATUSES), status, 14, 7)


# ---- report -------------------------------------------------------------------------------

def score(docs: dict[str, Document], gold_by_doc: dict[str, list[dict]]) -> tuple[dict, Counter]:
    counts = {m: Counter() for m in MEASURES}
    confusion: Counter[tuple[str, str]] = Counter()
    for doc_id, doc in docs.items():
        golds = gold_by_doc.get(doc_id, [])
        for m in MEASURES:
            counts[m]["tp"] += len(pairs(doc, golds, lambda ev, g, m=m: fits(m, doc, ev, g)))
            counts[m]["pred"] += len(doc.events)
            counts[m]["gold"] += len(golds)
        placed = pairs(doc, golds, lambda ev, g: True)
        for g, ev in placed:
            confusion[(g["type"], ev.type)] += 1
        matched_pred = {ev.id for _, ev in placed}
        matched_gold = {id(g) for g, _ in placed}
        confusion.update(("-", ev.type) for ev in doc.events if ev.id not in matched_pred)
        confusion.update((g["type"], "-") for g in golds if id(g) not in matched_gold)
    return counts, confusion


def print_scores(counts: dict) -> None:
    print(f"{'measure':<20}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'pred':>6}{'gold':>6}")
    for m, c in counts.items():
        p = c["tp"] / c["pred"] if c["pred"] else 0.0
        r = c["tp"] / c["gold"] if c["gold"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{m:<20}{p:>7.3f}{r:>7.3f}{f:>7.3f}{c['tp']:>6}{c['pred']:>6}{c['gold']:>6}")


def print_confusion(confusion: Counter) -> None:
    types = sorted({t for pair in confusion for t in pair} - {"-"}) + ["-"]
    print_grid("\nconfusion (rows gold, columns predicted)", types, confusion, 10, 6)


def print_grid(title: str, labels: list[str], counts: Counter, label_width: int, cell: int) -> None:
    """A table of counts by (gold, predicted) label, rows with no count left out; column heads cut to fit."""
    print(title)
    print(f"{'':<{label_width}}" + "".join(f"{t[:cell - 2]:>{cell}}" for t in labels))
    for g in labels:
        row = [counts.get((g, p), 0) for p in labels]
        if any(row):
            print(f"{g:<{label_width}}" + "".join(f"{n if n else '.':>{cell}}" for n in row))


def show(docs: dict[str, Document], gold_by_doc: dict[str, list[dict]]) -> None:
    for doc_id, doc in docs.items():
        by_id = {e.id: e for e in doc.entities}

        def who(ids):
            return ", ".join(f"{by_id[i].name_en or by_id[i].name}[{by_id[i].country} {by_id[i].sector}]" for i in ids if i in by_id)

        print(f"\n=== {doc_id}")
        for g in sorted(gold_by_doc.get(doc_id, []), key=lambda g: g["trigger_start"]):
            acts = ", ".join(f"{a['name']}[{a['country']} {a['sector']}]" for a in g["actor"])
            recs = ", ".join(f"{a['name']}[{a['country']} {a['sector']}]" for a in g["recipient"])
            print(f"  gold s{doc.sentence_of(clean_offset(doc, g['trigger_start']))} {g['type']}/{g['mode']} {g['status']} "
                  f"'{g['trigger']}' A={acts} R={recs} {g['date']} by={g['reported_by']}")
        for ev in doc.events:
            print(f"  pred s{ev.sentence} {ev.type}/{ev.mode} {ev.status} '{ev.trigger.text}' A={who(ev.actor)} "
                  f"R={who(ev.recipient)} {ev.date} by={who([ev.reported_by] if ev.reported_by else [])} ({ev.rule})")


def sentence_of_gold(doc: Document, gold: dict) -> str:
    sentence = doc.sentences[doc.sentence_of(clean_offset(doc, gold["trigger_start"]))]
    return doc.text[sentence.start:sentence.end][:160]


def errors(docs: dict[str, Document], gold_by_doc: dict[str, list[dict]]) -> None:
    """False positives of the `type` measure by trigger entry, then the missed gold events."""
    false_positives: dict[str, list[str]] = {}
    true_positives: Counter[str] = Counter()
    missed = []
    for doc_id, doc in docs.items():
        golds = gold_by_doc.get(doc_id, [])
        found = pairs(doc, golds, lambda ev, g: fits("type", doc, ev, g))
        matched = {ev.id for _, ev in found}
        matched_gold = {id(g) for g, _ in found}
        true_positives.update(ev.rule.split("+")[0] for _, ev in found)
        for ev in doc.events:
            if ev.id not in matched:
                sentence = doc.sentences[ev.sentence]
                false_positives.setdefault(ev.rule.split("+")[0], []).append(
                    f"{doc_id} {ev.type} {ev.status} '{ev.trigger.text}': {doc.text[sentence.start:sentence.end][:160]}")
        missed += [f"{doc_id} {g['type']}/{g['mode']} '{g['trigger']}' A={[a['name'] for a in g['actor']]} "
                   f"R={[r['name'] for r in g['recipient']]}: {sentence_of_gold(doc, g)}" for g in golds if id(g) not in matched_gold]
    print("\nfalse positives by trigger entry")
    for rule, lines in sorted(false_positives.items(), key=lambda kv: -len(kv[1])):
        print(f"{rule} ({len(lines)} false, {true_positives[rule]} true)")
        for line in lines:
            print(f"    {line}")
    print(f"\nmissed gold events ({len(missed)})")
    for line in missed:
        print(f"    {line}")
    print("\nright type, wrong countries (gold | predicted)")
    for doc_id, doc, by_id, gold, ev in counted_not_next(docs, gold_by_doc, "type", "type+countries"):
        gold_sides = [[f"{a['name']}[{a.get('country')}]" for a in gold[side]] for side in ("actor", "recipient")]
        pred_sides = [[f"{by_id[i].name}[{by_id[i].country}]" for i in ids if i in by_id] for ids in (ev.actor, ev.recipient)]
        sentence = doc.sentences[ev.sentence]
        print(f"    {doc_id} {ev.type} '{ev.trigger.text}' A={gold_sides[0]} R={gold_sides[1]} | A={pred_sides[0]} R={pred_sides[1]}"
              f" ({ev.rule}): {doc.text[sentence.start:sentence.end][:220]}")
    print("\nright type and countries, wrong actors or date (gold | predicted)")
    for doc_id, doc, by_id, gold, ev in counted_not_next(docs, gold_by_doc, "type+countries", "type+actors+date"):
        actors_ok = actors_match(doc, [by_id.get(i) for i in ev.actor], gold["actor"])
        what = " ".join(w for w, ok in (("actors", actors_ok), ("date", ev.date == gold.get("date"))) if not ok)
        gold_actors = [f"{a['name']}[{a.get('country')} {a.get('sector')}]" for a in gold["actor"]]
        pred_actors = [f"{by_id[i].name}[{by_id[i].country} {by_id[i].sector}]" for i in ev.actor if i in by_id]
        sentence = doc.sentences[ev.sentence]
        print(f"    {doc_id} {ev.type} '{ev.trigger.text}' [{what}] A={gold_actors} {gold.get('date')} | A={pred_actors} {ev.date}"
              f" ({ev.rule}): {doc.text[sentence.start:sentence.end][:220]}")

    print("\nfield disagreements (gold | predicted)")
    for field in FIELDS:
        for doc_id, doc in docs.items():
            by_id = {e.id: e for e in doc.entities}
            for gold, ev in pairs(doc, gold_by_doc.get(doc_id, []), lambda ev, g, doc=doc: fits("type", doc, ev, g)):
                if not field_agrees(field, doc, ev, gold):
                    got = getattr(ev, field)
                    got = by_id[got].name_en or by_id[got].name if got in by_id else got
                    sentence = doc.sentences[ev.sentence]
                    print(f"    {field} {doc_id} {ev.type} '{ev.trigger.text}' {gold.get(field)} | {got}"
                          f" ({ev.rule}): {doc.text[sentence.start:sentence.end][:200]}")


def counted_not_next(docs: dict[str, Document], gold_by_doc: dict[str, list[dict]], measure: str, stricter: str):
    """(doc id, document, its entities by id, gold, prediction) of the pairs `measure` counts and `stricter` does not."""
    for doc_id, doc in docs.items():
        by_id = {e.id: e for e in doc.entities}
        for gold, ev in pairs(doc, gold_by_doc.get(doc_id, []), lambda ev, g: fits(measure, doc, ev, g)):
            if not fits(stricter, doc, ev, gold):
                yield doc_id, doc, by_id, gold, ev

def rule_tallies(docs: dict[str, Document], gold_by_doc: dict[str, list[dict]]) -> None:
    """Countries right / wrong / predicted but none in gold / none but some in gold / rightly none, per rule tag of a side."""
    columns = ("right", "wrong", "p/g0", "0/g", "ok0")
    for side in ("actor", "recipient"):
        tallies: dict[str, Counter] = {}
        for doc_id, doc in docs.items():
            by_id = {e.id: e for e in doc.entities}
            for gold, ev in pairs(doc, gold_by_doc.get(doc_id, []), lambda ev, g: fits("type", doc, ev, g)):
                got = countries([by_id.get(i) for i in getattr(ev, side)])
                want = {a["country"] for a in gold[side] if a.get("country")}
                column = (("right" if got else "ok0") if got == want else "wrong" if got and want
                          else "p/g0" if got else "0/g")
                for tag in [t for t in ev.rule.split("+") if t.startswith(side + ":")] or [f"{side}:(none)"]:
                    tallies.setdefault(tag, Counter())[column] += 1
        print(f"\n{side + ' rule':<32}" + "".join(f"{c:>7}" for c in columns))
        for tag, c in sorted(tallies.items(), key=lambda kv: -sum(kv[1].values())):
            print(f"{tag:<32}" + "".join(f"{c[col]:>7}" for col in columns))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("dev", "train", "test"), default="dev")
    ap.add_argument("--invented", nargs="+", metavar="NAME", help="score sets of annotations/invented instead of a split ('all': every set)")
    ap.add_argument("--show", action="store_true", help="print gold and predicted events per document (not test)")
    ap.add_argument("--errors", action="store_true", help="list false positives, missed events and wrong countries (not test)")
    ap.add_argument("--rules", action="store_true", help="tally right and wrong countries per actor and recipient rule tag (not test)")
    args = ap.parse_args()
    if (args.show or args.errors or args.rules) and args.split == "test":
        ap.error("--show, --errors and --rules are for dev and train: test documents are not read to write rules")
    started = time.perf_counter()
    if args.invented:
        names = invented_sets(args.invented)
        articles = [row for name in names for row in read_jsonl(INVENTED / f"{name}.articles.jsonl")]
        golds = [g for name in names for g in read_jsonl(INVENTED / f"{name}.events.jsonl")]
        label = "invented " + " ".join(names)
    else:
        articles, golds, label = split_articles(args.split), read_jsonl(GOLD / f"{args.split}.jsonl"), f"split {args.split}"
    docs, seconds_per_doc = analysed(articles)
    gold_by_doc: dict[str, list[dict]] = {}
    for gold in golds:
        gold_by_doc.setdefault(gold["doc_id"], []).append(gold)
    if args.show:
        show(docs, gold_by_doc)
    if args.errors:
        errors(docs, gold_by_doc)
    if args.rules:
        rule_tallies(docs, gold_by_doc)
    counts, confusion = score(docs, gold_by_doc)
    for doc_id, golds in gold_by_doc.items():
        if doc_id not in docs:  # a document the pipeline failed on predicted nothing
            for m in MEASURES:
                counts[m]["gold"] += len(golds)
    print(f"\n{label}: {len(docs)} documents, events stage {seconds_per_doc * 1000:.2f} ms/document, "
          f"whole run {time.perf_counter() - started:.1f} s")
    print_scores(counts)
    print_fields(*field_table(docs, gold_by_doc))
    print_confusion(confusion)


if __name__ == "__main__":
    main()
