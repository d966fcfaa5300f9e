"""The quotes stage as the spaCy component `vesnik_quotes`.

    import spacy, vesnik.quotes
    nlp = spacy.blank("mk"); nlp.add_pipe("vesnik_sentencizer"); nlp.add_pipe("vesnik_quotes")
    doc = nlp(text)
    [(span.text, span.label_, span._.speaker) for span in doc.spans["quotes"]]

Results: `doc.spans["quotes"]` (label `direct` or `indirect`, the speaker as written on
`span._.speaker`), the full records (`Quote`, `Claim`, character offsets) on `doc._.quotes`
and `doc._.claims`. Entities are the Doc's `ents` with the labels PER, ORG, GPE, LOC, one
entity per distinct text; sentences are the Doc's when a sentencizer ran, else the vesnik
sentence splitter's.
"""
from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span

from vesnik.document import Entity, Mention
from vesnik.quotes.extract import extract
from vesnik.segment import splitter

LABELS = ("PER", "ORG", "GPE", "LOC")

for _name, _owner in (("quotes", Doc), ("claims", Doc), ("speaker", Span)):
    if not _owner.has_extension(_name):
        _owner.set_extension(_name, default=None)


class QuoteComponent:
    def __init__(self, lang: str):
        self.lang = lang
        self.stats: Counter[str] = Counter()

    def __call__(self, doc: Doc) -> Doc:
        if doc.has_annotation("SENT_START"):
            sentences = [(s.start_char, s.end_char) for s in doc.sents]
        else:
            sentences = splitter(self.lang).split(doc.text)
        published = doc._.published if Doc.has_extension("published") else None  # set by vesnik_time's users
        found = extract(doc.text, sentences, entities_of(doc), self.lang, self.stats, published)
        spans = []
        for q in found.quotes:
            span = doc.char_span(q.start, q.end, label="direct" if q.direct else "indirect", alignment_mode="expand")
            span._.speaker = q.speaker_text
            spans.append(span)
        doc.spans["quotes"] = spans
        doc._.quotes, doc._.claims = found.quotes, found.claims
        return doc


def entities_of(doc: Doc) -> list[Entity]:
    by_text: dict[tuple[str, str], Entity] = {}
    sentence_starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    for ent in doc.ents:
        if ent.label_ not in LABELS:
            continue
        entity = by_text.setdefault((ent.label_, ent.text), Entity(id=f"E{len(by_text) + 1}", name=ent.text, type=ent.label_))
        sentence = sum(start <= ent.start_char for start in sentence_starts) - 1
        entity.mentions.append(Mention(start=ent.start_char, end=ent.end_char, text=ent.text, sentence=sentence))
    return list(by_text.values())


@Language.factory("vesnik_quotes", default_config={"lang": None})
def make_quotes(nlp: Language, name: str, lang: str | None) -> QuoteComponent:
    return QuoteComponent(lang or nlp.lang)
