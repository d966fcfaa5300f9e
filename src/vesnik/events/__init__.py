"""Events stage: who did what to whom, coded in PLOVER from the sentence's words and entities.

`EventStep` fills `Document.events` (see `vesnik.events.coder` for how, and `vesnik.events.retold`
for how one act told twice becomes one event), after the entities,
quotes and time stages. The words are data: `vesnik/lang/<lang>/triggers.yaml` (built by
`scripts/lang/build_triggers.py`) and `event_cues.yaml`, with the reporting words of
`reporting.yaml`. The same coder is the spaCy component `vesnik_events`
(`vesnik.events.component`).

Counts in `stats`: events by type, candidates dropped and why (`dropped: no actor`, `dropped:
no recipient (AID needs one)`, `dropped: meeting with one participant`), events merged
(`merged: the same event told again`) and actors derived from a country and a head noun.

Further mentions of a merged event (the headline repeating the body) are kept in the event's
`also_triggers`.
"""
from __future__ import annotations

from vesnik.document import Document
from vesnik.events.coder import EventCoder
from vesnik.pipeline import PipelineStep

__all__ = ["EventCoder", "EventStep"]


class EventStep(PipelineStep):
    name = "events"

    def __init__(self, lang: str = "mk"):
        super().__init__()
        self.lang = lang
        self.coder = EventCoder(lang)

    def process(self, doc: Document) -> Document:
        if (doc.language and doc.language != self.lang) or not doc.text:
            return doc
        doc.events, evidence = self.coder.code(doc, self.stats)
        for event in doc.events:
            event.also_triggers = list(evidence.get(event.id, []))
        return doc


from vesnik.events import component  # noqa: E402,F401  (registers the spaCy factory "vesnik_events")
