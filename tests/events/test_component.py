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


def test_component_gives_a_person_the_country_of_his_office_on_the_date():
    nlp = spacy.blank("mk")
    for pipe in ("vesnik_sentencizer", "vesnik_time", "vesnik_events"):
        nlp.add_pipe(pipe)
    text = "Мирослав Лајчак ги повика партиите на дијалог."
    countries = []
    for published in (date(2008, 6, 2), date(2016, 6, 2)):  # High Representative; then his state's minister
        doc = nlp.make_doc(text)
        doc._.published = published
        doc.ents = [doc.char_span(0, len("Мирослав Лајчак"), label="PER", kb_id="per:miroslav-lajcak")]
        countries.append(nlp(doc)._.event_entities[0].country)
    assert countries == ["IGO", "SVK"]
