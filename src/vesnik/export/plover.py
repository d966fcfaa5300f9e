"""Events as PLOVER records (JSON lines), as flat CSV rows, and as one English sentence each.

`plover_records(doc)` follows the field names of the PLOVER manual's data-fields chapter
(`id`, `date`, `actor`, `recipient`, `event`, `mode`, `context`, `event_text`, `event_loc`,
`text_info`, `cite_info`, and `size` from the numbers the text states in the event's
sentences); entity objects carry `code` (country), `sector`, `entity_text`, and
`identifier_id`/`identifier_text` (Wikidata id or knowledge-base id, English name).
`text_info` adds vesnik's evidence: sentence index, character offsets into the cleaned
text, trigger, rule, confidence, status, who reports the event, and the further mentions
merged into it.

`render_event(doc, event)` writes `2019-06-12 CONSULT (visit) — Zoran Zaev [MKD GOV]
met Aleksandar Vučić [SRB GOV] in Belgrade; reported by MIA. Evidence: sentence 2 "…"`, with
the English verb phrases of `vesnik/lang/<lang>/triggers.yaml` (`english`) and sentences
numbered from 1.
"""
from __future__ import annotations

from typing import Any

from vesnik.document import Document, Entity, Event
from vesnik.events.lexicon import event_lexicon

CSV_FIELDS = ("id", "date", "event", "mode", "context", "status", "actor_codes", "actor_names", "recipient_codes",
              "recipient_names", "location", "reported_by", "sentence", "start", "end", "trigger", "rule",
              "confidence", "document", "title", "published", "url")


def plover_records(doc: Document) -> list[dict[str, Any]]:
    by_id = {e.id: e for e in doc.entities}
    return [_record(doc, ev, by_id) for ev in doc.events]


def _record(doc: Document, ev: Event, by_id: dict[str, Entity]) -> dict[str, Any]:
    evidence = ev.also_triggers
    record: dict[str, Any] = {
        "id": f"{doc.id}-{ev.id}",
        "date": ev.date,
        "actor": [_entity_object(doc, by_id[a], ev) for a in ev.actor if a in by_id],
        "recipient": [_entity_object(doc, by_id[r], ev) for r in ev.recipient if r in by_id],
        "event": [ev.type],
        "mode": [ev.mode] if ev.mode else [],
        "context": list(ev.context),
        "event_text": [ev.trigger.text] + [s.text for s in evidence],
        "text_info": {
            "sentence": ev.sentence,
            "start": ev.trigger.start,
            "end": ev.trigger.end,
            "trigger": ev.trigger.text,
            "sentence_text": _sentence_text(doc, ev.sentence),
            "rule": ev.rule,
            "confidence": ev.confidence,
            "status": ev.status,
            "reported_by": _name(by_id.get(ev.reported_by or "")),
            "reported_by_id": ev.reported_by,
            "also": [{"start": s.start, "end": s.end, "text": s.text, "sentence": doc.sentence_of(s.start)} for s in evidence],
        },
        "cite_info": {"document": doc.id, "source": doc.source, "url": doc.url, "title": doc.title,
                      "published": doc.published.isoformat() if doc.published else None, "language": doc.language},
    }
    place = by_id.get(ev.location or "")
    if place is not None:
        record["event_loc"] = {"name": _name(place), "code": place.country, "identifier_id": place.wikidata or place.kb_id}
    size = _size(doc, [ev.sentence] + [doc.sentence_of(s.start) for s in evidence])
    if size:
        record["size"] = size
    return record


def _entity_object(doc: Document, ent: Entity, ev: Event) -> dict[str, Any]:
    """PLOVER's entity object; `entity_text` as written in the event's sentence when it is there."""
    written = next((m.text for m in ent.mentions if m.sentence == ev.sentence), ent.name)
    return {"code": ent.country, "sector": ent.sector, "entity_text": written,
            "identifier_id": ent.wikidata or ent.kb_id, "identifier_text": _name(ent)}


def _size(doc: Document, sentences: list[int]) -> dict[str, Any]:
    """The numbers the text states in the event's sentences, by kind (dead, injured, arrested,
    troops, money ...); the first of each kind, with its unit where it has one."""
    size: dict[str, Any] = {}
    for claim in doc.claims:
        if claim.sentence in sentences and claim.kind not in size:
            size[claim.kind] = claim.value
            if claim.unit and claim.unit != "people":
                size[f"{claim.kind}_unit"] = claim.unit
    return size


def csv_rows(doc: Document) -> list[dict[str, Any]]:
    """One flat row per event (columns CSV_FIELDS); lists joined with `;`."""
    by_id = {e.id: e for e in doc.entities}
    rows = []
    for ev in doc.events:
        actors = [by_id[a] for a in ev.actor if a in by_id]
        recipients = [by_id[r] for r in ev.recipient if r in by_id]
        rows.append({
            "id": f"{doc.id}-{ev.id}", "date": ev.date, "event": ev.type, "mode": ev.mode or "",
            "context": ";".join(ev.context), "status": ev.status,
            "actor_codes": ";".join(_codes(e) for e in actors), "actor_names": ";".join(_name(e) for e in actors),
            "recipient_codes": ";".join(_codes(e) for e in recipients),
            "recipient_names": ";".join(_name(e) for e in recipients),
            "location": _name(by_id.get(ev.location or "")) or "", "reported_by": _name(by_id.get(ev.reported_by or "")) or "",
            "sentence": ev.sentence, "start": ev.trigger.start, "end": ev.trigger.end, "trigger": ev.trigger.text,
            "rule": ev.rule, "confidence": ev.confidence, "document": doc.id, "title": doc.title or "",
            "published": doc.published.isoformat() if doc.published else "", "url": doc.url or "",
        })
    return rows


def render_event(doc: Document, event: Event, lang: str = "mk") -> str:
    """One English sentence for a person: date, type, mode, who did what to whom, where, who
    says so, and the sentence it came from (numbered from 1)."""
    by_id = {e.id: e for e in doc.entities}
    actors = [by_id[a] for a in event.actor if a in by_id]
    recipients = [by_id[r] for r in event.recipient if r in by_id]
    phrases = event_lexicon(lang).english.get(event.type, {})
    entry = phrases.get("rules", {}).get(event.rule.split("+")[0], {})  # the trigger entry's own words
    verb = entry.get("verb") or phrases.get("modes", {}).get(event.mode) or phrases.get("verb", event.type.lower())
    if not recipients and len(actors) > 1 and event.type == "CONSULT":  # a meeting of equals: "A met B"
        actors, recipients = actors[:1], actors[1:]
    elif not recipients:
        verb = entry.get("alone") or phrases.get("alone", verb)
    mode = f" ({event.mode})" if event.mode else ""
    status = "" if event.status == "asserted" else f" [{event.status}]"
    text = f"{event.date or 'undated'} {event.type}{mode}{status} — {_people(actors, by_id) or 'someone'} {verb}"
    if recipients:
        text += f" {_people(recipients, by_id)}"
    place = by_id.get(event.location or "")
    if place is not None and event.location not in event.recipient:  # `visited Bitola`, not `… in Bitola` again
        text += f" in {_name(place)}"
    reporter = by_id.get(event.reported_by or "")
    if reporter is not None:
        text += f"; reported by {_name(reporter)}"
    return f"{text}. Evidence: sentence {event.sentence + 1} “{_sentence_text(doc, event.sentence) or event.trigger.text}”"


def _people(entities: list[Entity], by_id: dict[str, Entity]) -> str:
    named = [f"{_name(e)} [{_codes(e)}]" if _codes(e) else _name(e) for e in entities]
    return named[0] if len(named) < 2 else ", ".join(named[:-1]) + " and " + named[-1]


def _codes(ent: Entity) -> str:
    return " ".join(c for c in (ent.country, ent.sector) if c)


def _name(ent: Entity | None) -> str | None:
    return (ent.name_en or ent.name) if ent is not None else None


def _sentence_text(doc: Document, index: int) -> str:
    sent = next((s for s in doc.sentences if s.index == index), None)
    return doc.text[sent.start:sent.end] if sent else ""
