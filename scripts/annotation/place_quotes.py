"""Turn an annotator's quote and claim specs into stand-off records.

A spec (`annotations/quotes/specs/<split>/<doc_id>.json`) locates each quote by character
offsets `start`/`end` into the document text and the SHA-1 of that span (`sha1`), so the repository
holds no quoted text; a numeric claim is located the same way or, for a short number phrase, by
its surface text and, for a string that occurs more than once, the 0-based index of its
word-bounded occurrence. This script checks each offset span against its SHA-1 (failing on a
mismatch), finds the claim phrases, places the speaker and cue mentions at the occurrence nearest
the quote (or the one the spec names), warns when the speaker is not in the quote's sentence
or the one before, and writes the quote and claim records (see annotations/quotes/GUIDELINES.md).

    python scripts/annotation/place_quotes.py annotations/quotes/specs/<split>/*.json \
        --out annotations/quotes/<split>.jsonl --claims annotations/quotes/claims_<split>.jsonl [--show]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from place_spans import load_texts  # noqa: E402

from vesnik.segment import splitter  # noqa: E402

CLAIM_KINDS = {"dead", "injured", "arrested", "troops", "money", "percent", "count"}
# Stand-off: a spec may name a span by its text only when it is a short phrase, not a quote.
LONGEST_CLAIM_SURFACE = 40


class SpecError(Exception):
    pass


def occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    """Word-bounded occurrences of `surface` in `text`, in order; `100` does not occur in `1.100`."""
    pattern = re.compile(r"(?<!\w)(?<!\d[.,])" + re.escape(surface) + r"(?!\w)(?![.,]\d)")
    return [m.span() for m in pattern.finditer(text)]


def locate(text: str, surface: str, occurrence: int = 0) -> tuple[int, int]:
    hits = occurrences(text, surface)
    if occurrence >= len(hits):
        raise SpecError(f"{surface[:60]!r}: occurrence {occurrence} of {len(hits)} not found")
    start, end = hits[occurrence]
    assert text[start:end] == surface
    return start, end


def span_of(text: str, item: dict, longest_surface: int) -> tuple[int, int]:
    """The item's span: given by offsets and checked against their SHA-1, or found by its surface
    text when that is at most `longest_surface` characters long."""
    if "text" in item:
        if len(item["text"]) > longest_surface:
            raise SpecError(f"{item['text'][:20]!r}…: too long to name by its text, give start, end and sha1")
        return locate(text, item["text"], item.get("occurrence", 0))
    start, end = item["start"], item["end"]
    if not 0 <= start < end <= len(text):
        raise SpecError(f"span {start}-{end} outside the text ({len(text)} characters)")
    if hashlib.sha1(text[start:end].encode("utf-8")).hexdigest() != item.get("sha1"):
        raise SpecError(f"span {start}-{end}: SHA-1 mismatch, the text changed or the offsets are wrong")
    return start, end


def gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters between two spans, 0 when they touch or overlap."""
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def sentence_index(sentences: list[tuple[int, int]], offset: int) -> int:
    for i, (start, end) in enumerate(sentences):
        if offset < end:
            return i
    return len(sentences) - 1


def nearest(text: str, surface: str, anchor: tuple[int, int], occurrence: int | None,
            allow_inside: bool, sentences: list[tuple[int, int]]) -> tuple[int, int]:
    """The occurrence the spec names, else the one nearest the quote, preferring the quote's own
    sentences, then the sentence before it."""
    if occurrence is not None:
        return locate(text, surface, occurrence)
    hits = occurrences(text, surface)
    if not allow_inside:
        hits = [h for h in hits if not (anchor[0] <= h[0] and h[1] <= anchor[1])]
    if not hits:
        raise SpecError(f"{surface!r}: no occurrence near the quote")
    first = sentence_index(sentences, anchor[0])
    last = sentence_index(sentences, anchor[1] - 1)

    def rank(hit: tuple[int, int]) -> tuple[int, int]:
        where = sentence_index(sentences, hit[0])
        closeness = 0 if first <= where <= last else 1 if where == first - 1 else 2
        return closeness, gap(hit, anchor)

    return min(hits, key=rank)


def place_quote(doc_id: str, text: str, sentences: list[tuple[int, int]], item: dict,
                warnings: list[str]) -> dict:
    span = span_of(text, item, longest_surface=0)
    speaker = item.get("speaker")
    if item.get("unattributed") and (speaker or item.get("speaker_name")):
        raise SpecError(f"quote {span[0]}-{span[1]}: unattributed quote with a speaker")
    if not item.get("unattributed") and not item.get("speaker_name"):
        raise SpecError(f"quote {span[0]}-{span[1]}: attributed quote without speaker_name")
    speaker_span = None
    if speaker:
        speaker_span = nearest(text, speaker, span, item.get("speaker_occurrence"), False, sentences)
        distance = sentence_index(sentences, span[0]) - sentence_index(sentences, speaker_span[0])
        if distance > 1 or sentence_index(sentences, speaker_span[0]) > sentence_index(sentences, span[1] - 1):
            warnings.append(f"{doc_id}: speaker {speaker!r} not in the quote's or previous sentence "
                            f"(quote {span[0]}-{span[1]})")
    cue = item.get("cue")  # null for a direct quote that continues the previous one without a verb
    cue_span = None
    if cue:
        cue_span = nearest(text, cue, span, item.get("cue_occurrence"), not item["direct"], sentences)
    return {
        "doc_id": doc_id, "start": span[0], "end": span[1], "direct": item["direct"],
        "speaker": speaker, "speaker_name": item.get("speaker_name"),
        "speaker_start": speaker_span[0] if speaker_span else None,
        "speaker_end": speaker_span[1] if speaker_span else None,
        "reported_by": item.get("reported_by"),
        "cue": cue, "cue_start": cue_span[0] if cue_span else None,
        "cue_end": cue_span[1] if cue_span else None,
        "unattributed": bool(item.get("unattributed")),
    }


def place_claim(doc_id: str, text: str, item: dict) -> dict:
    start, end = span_of(text, item, LONGEST_CLAIM_SURFACE)
    if item["kind"] not in CLAIM_KINDS:
        raise SpecError(f"claim {text[start:end]!r}: unknown kind {item['kind']!r}")
    return {
        "doc_id": doc_id, "start": start, "end": end, "text": text[start:end], "kind": item["kind"],
        "value": float(item["value"]), "unit": item.get("unit"),
        "approximate": item.get("approximate"), "source": item.get("source"),
    }


def render(text: str, quotes: list[dict], claims: list[dict]) -> str:
    """The text with quotes in ⟦…⟧ (speaker and cue after it), speakers in {…}, claims in ⟨…⟩."""
    marks: list[tuple[int, int, str]] = []  # (offset, order at equal offsets, mark)
    for n, q in enumerate(quotes):
        who = q["speaker_name"] or "UNATTRIBUTED"
        via = f" via {q['reported_by']}" if q["reported_by"] else ""
        kind = "D" if q["direct"] else "I"
        marks.append((q["start"], 1, f"⟦{n}{kind}:"))
        marks.append((q["end"], 0, f"⟧[{who}{via} / {q['cue']}]"))
        if q["speaker_start"] is not None:
            marks.append((q["speaker_start"], 1, f"{{{n}:"))
            marks.append((q["speaker_end"], 0, "}"))
    for c in claims:
        marks.append((c["start"], 1, "⟨"))
        marks.append((c["end"], 0, f"|{c['kind']} {c['value']:g} {c['unit']} {c['approximate'] or ''}⟩"))
    out, pos = [], 0
    for offset, _, mark in sorted(marks, key=lambda m: (m[0], m[1])):
        out.append(text[pos:offset])
        out.append(mark)
        pos = offset
    out.append(text[pos:])
    return "".join(out)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("specs", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, help="quote records (JSON lines)")
    ap.add_argument("--claims", type=Path, help="claim records (JSON lines)")
    ap.add_argument("--show", action="store_true", help="print each document with its annotations marked")
    args = ap.parse_args()
    texts = load_texts()
    split = splitter("mk")
    all_quotes, all_claims, failed = [], [], False
    for path in sorted(args.specs):
        spec = json.loads(path.read_text(encoding="utf-8"))
        doc_id = spec["doc_id"]
        corpus, text = texts[doc_id]
        provenance = {"corpus": corpus, "text_sha1": hashlib.sha1(text.encode("utf-8")).hexdigest(),
                      "annotator": spec.get("annotator", "")}
        sentences = split.split(text)
        quotes, claims, warnings = [], [], []
        for item in spec.get("quotes", []):
            try:
                quotes.append(place_quote(doc_id, text, sentences, item, warnings))
            except SpecError as err:
                print(f"{path.name}: {err}", file=sys.stderr)
                failed = True
        for item in spec.get("claims", []):
            try:
                claims.append(place_claim(doc_id, text, item))
            except SpecError as err:
                print(f"{path.name}: {err}", file=sys.stderr)
                failed = True
        for w in warnings:
            print(f"warning: {w}", file=sys.stderr)
        quotes.sort(key=lambda q: q["start"])
        claims.sort(key=lambda c: c["start"])
        for a, b in zip(claims, claims[1:]):
            if b["start"] < a["end"]:
                print(f"{path.name}: overlapping claims {a['text']!r} and {b['text']!r}", file=sys.stderr)
                failed = True
        if args.show:
            print(f"===== {doc_id}\n{render(text, quotes, claims)}\n")
        all_quotes += [{**q, **provenance} for q in quotes]
        all_claims += [{**c, **provenance} for c in claims]
    for out, records in ((args.out, all_quotes), (args.claims, all_claims)):
        if out:
            with open(out, "w", encoding="utf-8") as fh:
                for rec in records:
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
