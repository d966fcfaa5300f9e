"""The event coder as the spaCy component `vesnik_events` over spacy.blank("mk")."""
from __future__ import annotations

from datetime import date

import spacy

import vesnik.events  # noqa: F401  (registers vesnik_events)
import vesnik.segment  # noqa: F401  (registers vesnik_sentencizer)
import vesnik.time  # noqa: F401  (registers vesnik_time)
from vesnik.kb import load_kb


def test_component_codes_events_from_the_docs_entities():
    nlp = spacy.blank("mk")
    for pipe in ("vesnik_sentencizer", "vesnik_time", "vesnik_events"):
        nlp.add_pipe(pipe)
    text = "Хрватска го призна Косово како независна држава во вторникот. Србија го критикуваше тоа."
    doc = nlp.make_doc(text)
    doc._.published = date(2008, 3, 21)
    kb = load_kb()
    spans = []
    for name in ("Хрватска", "Косово", "Србија"):
        start = text.index(name)
        spans.append(doc.char_span(start, start + len(name), label="GPE", kb_id=kb.lookup(name)[0].id))
    doc.ents = spans
    doc = nlp(doc)
    events = doc._.events
    assert [(e.type, e.sentence, e.trigger.text, e.date) for e in events] == [
        ("SUPPORT", 0, "призна", "2008-03-18"), ("ACCUSE", 1, "критикуваше", "2008-03-21")]
    by_id = {e.id: e for e in doc._.event_entities}
    assert [by_id[a].country for a in events[0].actor] == ["HRV"]
    assert [by_id[r].country for r in events[0].recipient] == ["KOS"]
