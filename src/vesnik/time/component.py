"""The time matcher as the spaCy component `vesnik_time`.

    import spacy, vesnik.time
    nlp = spacy.blank("mk"); nlp.add_pipe("vesnik_sentencizer"); nlp.add_pipe("vesnik_time")
    doc = nlp.make_doc(text); doc._.published = date(2025, 9, 4); doc = nlp(doc)
    [(span.text, span._.time_value, span.label_) for span in doc.spans["times"]]

Results: `doc.spans["times"]` (label = precision, or "unresolved"), the ISO value on
`span._.time_value`, and the full records (`TimeExpression`, character offsets) on
`doc._.times`. The publication date comes from `doc._.published` (a `date`), else from the
component's `published` setting (ISO string), else relative expressions stay unresolved.
Sentences are the Doc's when a sentencizer ran, else the whole text is one.
"""
from __future__ import annotations

from collections import Counter
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from vesnik.time import count_found, matcher

for _name, _owner in (("published", Doc), ("times", Doc), ("time_value", Span)):
    if not _owner.has_extension(_name):
        _owner.set_extension(_name, default=None)


class TimeComponent:
    def __init__(self, lang: str, published: str | None = None):
        self.matcher = matcher(lang)
        self.published = date.fromisoformat(published) if published else None
        self.stats: Counter[str] = Counter()

    def __call__(self, doc: Doc) -> Doc:
        sentences = [(s.start_char, s.end_char) for s in doc.sents] if doc.has_annotation("SENT_START") else []
        found = self.matcher.find(doc.text, sentences, doc._.published or self.published)
        count_found(self.stats, found)
        spans = []
        for f in found:
            t = f.expression
            span = doc.char_span(t.start, t.end, label=t.precision or "unresolved", alignment_mode="expand")
            span._.time_value = t.value
            spans.append(span)
        doc.spans["times"] = spans
        doc._.times = [f.expression for f in found]
        return doc


@Language.factory("vesnik_time", default_config={"lang": None, "published": None})
def make_time(nlp: Language, name: str, lang: str | None, published: str | None) -> TimeComponent:
    return TimeComponent(lang or nlp.lang, published)
