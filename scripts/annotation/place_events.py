"""Turn an annotator's PLOVER event codings into checked stand-off event records.

One spec per document, `annotations/events/specs/<split>/<doc_id>.json`:

    {"doc_id": "...", "annotator": "...",
     "entities": {"KEY": ["canonical English name", "COUNTRY or null", "SECTOR"], ...},
     "events": [{
        "type": "REQUEST", "mode": "change",          # mode optional (null)
        "s": "Високиот меѓународен",                  # start of the trigger's sentence, <= 30 chars;
                                                      #   "sn": k picks the k-th when several match
        "trigger": "повика", "n": 0,                  # n: occurrence in the sentence's paragraph
                                                      #    counted from the sentence start (default 0)
        "actor": ["KEY=surface form in the sentence", "KEY"],   # bare KEY: not expressed there
        "recipient": [...],                           # optional
        "date": "2006-09-22",                         # absent: the publication date
        "location": null, "status": "asserted", "reported_by": null,   # these are the defaults
        "also": [["sentence start", "trigger", n, sn]],   # other mentions (n, sn optional)
        "comment": "why a hard case was coded so"}]}

The script finds each sentence by its start, the trigger and actor surface forms inside it,
checks the labels against PLOVER (types, modes, sectors, codes) and writes one event a line:
document id, text SHA-1, trigger offsets (`text[start:end] == trigger`), the first 30
characters of the sentence, actor/recipient objects and the other fields; and beside it
`<out>_documents.jsonl`, one line per annotated document with its event count, so documents
coded with no event count in an evaluation. Exit status 1 when anything did not place or check.

    python scripts/annotation/place_events.py annotations/events/specs/test/*.json \
        --out annotations/events/test.jsonl [--show]

With `--articles FILE` the texts and publication dates come from that JSON-lines file
(`id`, `date`, `text`) instead of `../shared`: the articles vesnik's developers wrote themselves
(`annotations/invented/`, see its README); no documents file is written, as every article of
the file is scored.

    python scripts/annotation/place_events.py annotations/invented/specs/NAME/*.json \
        --articles annotations/invented/NAME.articles.jsonl --out annotations/invented/NAME.events.jsonl
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

from place_spans import SHARED, load_texts

REPO = Path(__file__).resolve().parents[2]
PREFIX_CHARS = 30

# PLOVER event types with the modes this project uses (GUIDELINES.md; CONSULT `meeting` and the
# AID modes are this project's additions to the manual's tables).
MODES: dict[str, set[str]] = {
    "AGREE": set(),
    "CONSULT": {"visit", "third-party", "multilateral", "phone", "meeting"},
    "SUPPORT": set(),
    "CONCEDE": set(),
    "COOPERATE": set(),
    "AID": {"economic", "military", "humanitarian"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                "crowd-control", "unconventional"},
}
SECTORS = {"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR",
           "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL",
           "SOC", "IGO", "NGO"}
COUNTRY = re.compile(r"[A-Z]{3}")
STATUSES = {"asserted", "future", "hypothetical", "negated", "historical"}
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?|-W\d{2})?")  # day, month, year or ISO week
SENTENCE_END_BEFORE = re.compile(r"[.!?…][“”\"»’')\]]*[ \t]+[„\"«“(]?$")
LIKELY_SENTENCE_END = re.compile(r"[.!?…][“”\"»’')\]]*[ \t]+[„\"«“(]?[^\W\d_]")


class SpecError(Exception):
    pass


def publication_dates() -> dict[str, str | None]:
    dates = {}
    for line in open(SHARED / "news" / "articles.jsonl", encoding="utf-8"):
        row = json.loads(line)
        dates[row["id"]] = row.get("date")
    return dates


def split_of(doc_id: str, splits: dict) -> str | None:
    return next((name for name, ids in splits.items() if isinstance(ids, list) and doc_id in ids), None)


def find_sentence(text: str, start_words: str, which: int | None = None) -> int:
    """Offset of the sentence that begins with `start_words` (at most 30 characters, so specs
    hold no more article text than the records); `which` picks one when several do."""
    if len(start_words) > PREFIX_CHARS:
        raise SpecError(f"sentence start {start_words!r} is longer than {PREFIX_CHARS} characters")
    starts = []
    for m in re.finditer(re.escape(start_words), text):
        pos = m.start()
        before = text[max(0, pos - 8):pos]
        if pos == 0 or before.endswith("\n") or SENTENCE_END_BEFORE.search(before):
            starts.append(pos)
    if which is None and len(starts) != 1 or which is not None and which >= len(starts):
        raise SpecError(f"sentence start {start_words!r} found {len(starts)} times")
    return starts[which or 0]


def find_in_paragraph(text: str, sentence_start: int, words: str, occurrence: int = 0) -> tuple[int, int]:
    """The `occurrence`-th word-bounded `words` from the sentence start to the paragraph end."""
    end = text.find("\n", sentence_start)
    end = len(text) if end < 0 else end
    pattern = re.compile(r"(?<!\w)" + re.escape(words) + r"(?!\w)")
    hits = [m.span() for m in pattern.finditer(text, sentence_start, end)]
    if len(hits) <= occurrence:
        raise SpecError(f"{words!r} (occurrence {occurrence}) not in sentence "
                        f"{text[sentence_start:sentence_start + PREFIX_CHARS]!r}")
    return hits[occurrence]


def crosses_sentence(text: str, sentence_start: int, trigger_start: int) -> bool:
    """A cheap check for a wrong sentence start: terminal punctuation, space, capital letter."""
    return any(m.group()[-1].isupper()
               for m in LIKELY_SENTENCE_END.finditer(text, sentence_start, trigger_start))


def check_entity_table(entities: dict) -> None:
    for key, value in entities.items():
        if not (isinstance(value, list) and len(value) == 3):
            raise SpecError(f"entity {key}: expected [name, country, sector]")
        name, country, sector = value
        if country is not None and not COUNTRY.fullmatch(country):
            raise SpecError(f"entity {key}: bad country {country!r}")
        if sector not in SECTORS:
            raise SpecError(f"entity {key}: bad sector {sector!r}")


def participants(text: str, sentence_start: int, refs: list[str], entities: dict) -> list[dict]:
    out = []
    for ref in refs:
        key, _, surface = ref.partition("=")
        if key not in entities:
            raise SpecError(f"unknown entity key {key!r}")
        name, country, sector = entities[key]
        obj = {"text": surface or None, "name": name, "country": country, "sector": sector}
        if surface:
            obj["start"], obj["end"] = find_in_paragraph(text, sentence_start, surface)
        out.append(obj)
    return out


def mention(text: str, start_words: str, trigger: str, occurrence: int = 0,
            which_sentence: int | None = None) -> dict:
    sentence_start = find_sentence(text, start_words, which_sentence)
    start, end = find_in_paragraph(text, sentence_start, trigger, occurrence)
    assert text[start:end] == trigger
    return {"trigger": trigger, "start": start, "end": end, "sentence_start": sentence_start,
            "sentence_text_prefix": text[sentence_start:sentence_start + PREFIX_CHARS]}


def place_event(text: str, ev: dict, entities: dict, published: str | None) -> tuple[dict, list[str]]:
    warnings = []
    etype, mode = ev["type"], ev.get("mode")
    if etype not in MODES:
        raise SpecError(f"unknown type {etype!r}")
    if mode is not None and mode not in MODES[etype]:
        raise SpecError(f"mode {mode!r} is not a {etype} mode")
    status = ev.get("status", "asserted")
    if status not in STATUSES:
        raise SpecError(f"bad status {status!r}")
    if "date" in ev:
        date, from_publication = ev["date"], False
    else:
        date, from_publication = published, published is not None
    if date is not None and not DATE.fullmatch(date):
        raise SpecError(f"bad date {date!r}")
    main = mention(text, ev["s"], ev["trigger"], ev.get("n", 0), ev.get("sn"))
    if crosses_sentence(text, main["sentence_start"], main["start"]):
        warnings.append(f"trigger {ev['trigger']!r} may lie past the end of sentence "
                        f"{main['sentence_text_prefix']!r}")
    also = [mention(text, *item) for item in ev.get("also", [])]
    record = {
        "type": etype, "mode": mode,
        "trigger": main["trigger"], "trigger_start": main["start"], "trigger_end": main["end"],
        "sentence_start": main["sentence_start"], "sentence_text_prefix": main["sentence_text_prefix"],
        "also_triggers": also,
        "actor": participants(text, main["sentence_start"], ev.get("actor", []), entities),
        "recipient": participants(text, main["sentence_start"], ev.get("recipient", []), entities),
        "date": date, "date_from_publication": from_publication,
        "location": ev.get("location"), "status": status, "reported_by": ev.get("reported_by"),
    }
    if not record["actor"]:
        raise SpecError(f"{etype} at {ev['trigger']!r}: no actor")
    if ev.get("comment"):
        record["comment"] = ev["comment"]
    return record, warnings


def place_document(spec: dict, text: str, published: str | None) -> tuple[list[dict], list[str]]:
    entities = spec.get("entities", {})
    check_entity_table(entities)
    events, problems = [], []
    for i, ev in enumerate(spec["events"]):
        try:
            record, warnings = place_event(text, ev, entities, published)
        except (SpecError, KeyError) as exc:
            problems.append(f"event {i} ({ev.get('type')} {ev.get('trigger')!r}): {exc}")
            continue
        problems.extend(f"warning: event {i}: {w}" for w in warnings)
        events.append(record)
    seen = set()
    for ev in events:
        for m in [{"start": ev["trigger_start"], "end": ev["trigger_end"]}, *ev["also_triggers"]]:
            key = (m["start"], m["end"], ev["type"])
            if key in seen:
                problems.append(f"trigger at {m['start']} coded twice as {ev['type']}")
            seen.add(key)
    events.sort(key=lambda e: e["trigger_start"])
    return events, problems


def render(text: str, events: list[dict]) -> str:
    marks = []
    for i, ev in enumerate(events):
        label = f"E{i}:{ev['type']}" + (f"/{ev['mode']}" if ev["mode"] else "")
        marks.append((ev["trigger_start"], ev["trigger_end"], label))
        marks.extend((m["start"], m["end"], f"E{i}=") for m in ev["also_triggers"])
    out, pos = [], 0
    for start, end, label in sorted(marks):
        out.append(text[pos:start])
        out.append(f"[{text[start:end]}|{label}]")
        pos = end
    out.append(text[pos:])
    lines = "".join(out).split("\n")
    return "\n".join(f"[{n}] {line}" for n, line in enumerate(lines))


def describe(i: int, ev: dict) -> str:
    def who(objs):
        return ", ".join(f"{o['name']} ({o['country']}/{o['sector']})" for o in objs) or "-"
    return (f"  E{i} {ev['type']}/{ev['mode']} {who(ev['actor'])} -> {who(ev['recipient'])} "
            f"date={ev['date']}{'(pub)' if ev['date_from_publication'] else ''} "
            f"loc={ev['location']} {ev['status']} rep={ev['reported_by']}")


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("specs", nargs="+", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--show", action="store_true", help="print each document with its triggers bracketed")
    ap.add_argument("--articles", type=Path, help="JSON-lines articles (id, date, text) instead of ../shared")
    args = ap.parse_args()
    if args.articles:
        rows = [json.loads(line) for line in open(args.articles, encoding="utf-8") if line.strip()]
        texts = {row["id"]: ("invented", row["text"]) for row in rows}
        dates = {row["id"]: row.get("date") for row in rows}
    else:
        texts, dates = load_texts(), publication_dates()
        splits = json.loads((REPO / "annotations" / "splits.json").read_text(encoding="utf-8"))
    records, documents, failed = [], [], False
    for path in sorted(args.specs):
        spec = json.loads(path.read_text(encoding="utf-8"))
        doc_id = spec["doc_id"]
        misplaced = doc_id not in texts if args.articles else split_of(doc_id, splits) != path.parent.name
        if path.stem != doc_id or misplaced:
            where = args.articles if args.articles else f"split {path.parent.name}"
            print(f"{path}: document {doc_id} is not in {where}", file=sys.stderr)
            failed = True
            continue
        corpus, text = texts[doc_id]
        events, problems = place_document(spec, text, dates.get(doc_id))
        for p in problems:
            print(f"{path.name}: {p}", file=sys.stderr)
            failed = failed or not p.startswith("warning")
        if args.show:
            print(f"===== {doc_id} published {dates.get(doc_id)}\n{render(text, events)}")
            print("\n".join(describe(i, ev) for i, ev in enumerate(events)) + "\n")
        sha1 = hashlib.sha1(text.encode("utf-8")).hexdigest()
        documents.append({"doc_id": doc_id, "corpus": corpus, "text_sha1": sha1,
                          "annotator": spec.get("annotator", ""), "events": len(events)})
        for i, ev in enumerate(events):
            records.append({"doc_id": doc_id, "event_id": f"{doc_id}:E{i:02d}", "corpus": corpus,
                            "text_sha1": sha1, "annotator": spec.get("annotator", ""), **ev})
    if args.out:
        write_jsonl(args.out, records)
        if not args.articles:
            write_jsonl(args.out.with_name(f"{args.out.stem}_documents.jsonl"), documents)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
