"""The event coder as the spaCy component `vesnik_events`, over a `spacy.blank("mk")` Doc:

    import spacy, vesnik.events, vesnik.entities.components, vesnik.time
    nlp = spacy.blank("mk")
    for pipe in ("vesnik_sentencizer", "vesnik_gazetteer", "vesnik_time", "vesnik_events"):
        nlp.add_pipe(pipe)
    doc = nlp.make_doc(text); doc._.published = date(2025, 9, 4); doc = nlp(doc)
    [(e.type, e.actor, e.recipient, e.trigger.text) for e in doc._.events]

The component builds a `Document` from the Doc (its text, sentences, `doc.ents` as entities
with their knowledge-base country and sector, `doc._.times` from `vesnik_time`) and runs the
same `EventCoder` as the pipeline stage. Results: `doc._.events` (`Event` records, character
offsets) and `doc._.event_entities` (the entities they refer to by id, with the derived
ones such as `руската армија`).
"""
from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from vesnik.document import Document, Entity, Mention, Sentence
from vesnik.events.coder import EventCoder

for _name in ("published", "times", "events", "event_entities"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class EventComponent:
    def __init__(self, lang: str):
        self.lang = lang
        self.coder = EventCoder(lang)
        self.stats: Counter[str] = Counter()

    def __call__(self, doc: Doc) -> Doc:
        document = as_document(doc)
        doc._.events, _ = self.coder.code(document, self.stats)
        doc._.event_entities = document.entities
        return doc


def as_document(doc: Doc) -> Document:
    """A vesnik Document of a spaCy Doc: sentences, entities (one per knowledge-base id, or per
    label and text), time expressions and publication date."""
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    document = Document(id="spacy", source="spacy", text=doc.text, published=doc._.published,
                        sentences=[Sentence(index=i, start=s.start_char, end=s.end_char) for i, s in enumerate(sents)],
                        times=list(doc._.times or []))
    entities: dict[tuple[str, str], Entity] = {}
    for span in doc.ents:
        key = ("kb", span.kb_id_) if span.kb_id_ else ("text", f"{span.label_}:{span.text}")
        ent = entities.get(key)
        if ent is None:
            ent = Entity(id=f"E{len(entities) + 1}", name=span.text, type=span.label_, kb_id=span.kb_id_ or None)
            _from_kb(ent, doc._.published)
            entities[key] = ent
        ent.mentions.append(Mention(start=span.start_char, end=span.end_char, text=span.text,
                                    sentence=document.sentence_of(span.start_char)))
    document.entities = list(entities.values())
    return document


def _from_kb(ent: Entity, published) -> None:
    """Country, sector and English name of a knowledge-base entity (country and sector on the article date)."""
    if not ent.kb_id:
        return
    from vesnik.kb import load_kb

    kb = load_kb()
    actor = kb.get(ent.kb_id)
    if actor is None:
        return
    ent.country = kb.country_on(actor, published) if published else actor.country
    ent.sector = kb.sector_on(actor, published) if published else actor.sector
    ent.name_en = actor.name_en


@Language.factory("vesnik_events", default_config={"lang": None})
def make_events(nlp: Language, name: str, lang: str | None) -> EventComponent:
    return EventComponent(lang or nlp.lang)
