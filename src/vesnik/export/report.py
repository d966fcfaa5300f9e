"""A readable report of one document for a person: what it is, who is in it, who said
what, and what happened, each with the sentence it came from."""
from __future__ import annotations

from typing import IO

from rich.console import Console
from rich.text import Text

from vesnik.document import Document, Entity
from vesnik.export.plover import render_event

ENTITY_STYLES = {"PER": "bold cyan", "ORG": "bold magenta", "GPE": "bold green", "LOC": "green"}

def render_report(doc: Document, out: IO[str], *, color: bool = False, width: int = 100) -> None:
    console = Console(file=out, force_terminal=color, no_color=not color, width=width, highlight=False, markup=False,
                      soft_wrap=False)
    by_id = {e.id: e for e in doc.entities}
    console.rule(Text(doc.title or doc.id, style="bold"))
    console.print(f"id: {doc.id}   source: {doc.source}")
    console.print(f"published: {doc.published or 'unknown'}   language: {doc.language or 'unknown'}"
                  f"   sentences: {len(doc.sentences)}")
    for w in doc.warnings:
        console.print(Text(f"warning ({w.stage}): {w.message}", style="yellow"))

    console.print(Text("\nText", style="bold underline"))
    for sent in doc.sentences:
        line = Text(f"[{sent.index + 1}] ", style="dim")
        line.append_text(_highlighted(doc, sent.start, sent.end))
        console.print(line)

    if doc.entities:
        console.print(Text("\nEntities", style="bold underline"))
        for ent in doc.entities:
            codes = " ".join(c for c in (ent.country, ent.sector) if c)
            line = Text(f"{ent.type:<4}", style=ENTITY_STYLES.get(ent.type, ""))
            line.append(f" {ent.name}")
            if ent.name_en and ent.name_en != ent.name:
                line.append(f" ({ent.name_en})")
            if codes:
                line.append(f" [{codes}]")
            if ent.wikidata:
                line.append(f" {ent.wikidata}", style="dim")
            line.append(_mention_count(ent), style="dim")
            console.print(line)

    if doc.quotes or doc.claims:
        console.print(Text("\nQuotes and claims", style="bold underline"))
        for q in doc.quotes:
            who = _name(by_id, q.speaker) or q.speaker_text or "unattributed"
            via = f", reported by {_name(by_id, q.reported_by)}" if q.reported_by else ""
            kind = "said" if q.direct else "says that"
            console.print(f"[{q.sentence + 1}] {who}{via} {kind}: {q.text}")
        for c in doc.claims:
            hedge = f"{c.approximate} " if c.approximate else ""
            unit = f" {c.unit}" if c.unit else ""
            source = _name(by_id, c.source) or c.source_text or "unattributed"
            if c.source and c.source_text and c.source_text not in source:
                source = f"{source}: {c.source_text}"
            when = f", {c.date}{' (publication date)' if c.date_from_publication else ''}" if c.date else ""
            console.print(f"[{c.sentence + 1}] {c.kind}: {hedge}{c.value:g}{unit} — {source}{when} (“{c.text}”)")

    if doc.events:
        console.print(Text("\nEvents", style="bold underline"))
        for ev in doc.events:
            console.print(render_event(doc, ev))


def _mention_count(ent: Entity) -> str:
    """How often the text names the entity and how often it refers to it otherwise (a demonym, a role
    phrase, the words an actor was derived from): an actor the coder made from a state's name has
    references only, which tells it apart from the place of the same name."""
    names = sum(m.kind == "name" for m in ent.mentions)
    references = len(ent.mentions) - names
    counted = f"{references} reference{'s' * (references != 1)}"
    if not ent.mentions:
        return "  (not named in the text)"
    if not names:
        return f"  (not by name; {counted})"
    return f"  ×{names}" + (f" + {counted}" if references else "")


def _highlighted(doc: Document, start: int, end: int) -> Text:
    text = Text(doc.text[start:end])
    for ent in doc.entities:
        for m in ent.mentions:
            if start <= m.start and m.end <= end:
                text.stylize(ENTITY_STYLES.get(ent.type, ""), m.start - start, m.end - start)
    return text


def _display(ent: Entity) -> str:
    return ent.name_en or ent.name


def _name(by_id: dict[str, Entity], entity_id: str | None) -> str | None:
    ent = by_id.get(entity_id or "")
    return _display(ent) if ent else entity_id
