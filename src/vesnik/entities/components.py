"""The entities stage as spaCy components, for use in any spaCy pipeline:

    import spacy, vesnik.entities.components  # registers the factories
    nlp = spacy.blank("mk")
    nlp.add_pipe("vesnik_entities")           # knowledge base + shipped model; or
    nlp.add_pipe("vesnik_gazetteer")          # the knowledge base alone, after your own `ner`
    doc = nlp("Зоран Заев и Вучиќ се сретнаа во Брисел.")
    [(e.text, e.label_, e.kb_id_) for e in doc.ents]

`vesnik_gazetteer` keeps the entities an earlier component set and adds the knowledge base's
names where they do not overlap; `vesnik_entities` runs the shipped model and the gazetteer
and merges them as the pipeline does (the longer span wins).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from vesnik.entities import LABELS, Candidate, candidate, gazetteer, merge, ner_model
from vesnik.entities.decode import recogniser
from vesnik.lang import yaml_data


def _set_ents(doc: Doc, candidates: list[Candidate], keep_existing: bool) -> Doc:
    spans = []
    for cand in candidates:
        if cand.kind != "name":
            continue
        span = doc.char_span(cand.start, cand.end, label=cand.label, kb_id=cand.actors[0] if cand.actors else "",
                             alignment_mode="expand")
        if span is not None:
            spans.append(span)
    if keep_existing:
        taken = [(e.start, e.end) for e in doc.ents]
        spans = list(doc.ents) + [s for s in spans if not any(s.start < e and b < s.end for b, e in taken)]
    doc.ents = filter_spans(spans)
    return doc


class GazetteerComponent:
    def __call__(self, doc: Doc) -> Doc:
        found = [candidate(m) for m in gazetteer().find(doc.text)]
        return _set_ents(doc, found, keep_existing=True)


class EntitiesComponent:
    def __init__(self, lang: str):
        model = ner_model(lang)
        self.recognise = recogniser(model) if model is not None else None
        self.joiners = frozenset(yaml_data(lang, "ner_context")["joining_prepositions"])

    def __call__(self, doc: Doc) -> Doc:
        predicted = []
        if self.recognise is not None:
            doc = self.recognise(doc)
            predicted = [Candidate(e.start_char, e.end_char, e.label_, "model") for e in doc.ents]
        found = [candidate(m) for m in gazetteer().find(doc.text)]
        return _set_ents(doc, merge(found, predicted, doc.text, self.joiners), keep_existing=False)


@Language.factory("vesnik_gazetteer")
def make_gazetteer(nlp: Language, name: str) -> GazetteerComponent:
    return GazetteerComponent()


@Language.factory("vesnik_entities", default_config={"lang": None})
def make_entities(nlp: Language, name: str, lang: str | None) -> EntitiesComponent:
    for label in LABELS:  # the model sets these labels on the user's Docs
        nlp.vocab.strings.add(label)
    return EntitiesComponent(lang or nlp.lang)
