"""Quotes stage: direct and indirect speech, who says it, who relays it, and the numbers stated.

`QuoteStep` fills `Document.quotes` (direct quotes in any quotation marks, indirect speech after
a reporting verb or `според`, hearsay without a source) with the speaker's entity and text and
the source that reports the statement (`reported_by`), and `Document.claims` (casualties,
troops, money, percentages, counts) with who states them. It reads the entities stage's
`Document.entities` when there are any and works without them (speaker text only).

The rules are described in `extract` (rule names, reporting chain, document-level source),
`cues` (attribution forms), `speakers` (speaker phrases and their resolution), `direct`
(titles in quotation marks, attribution of direct quotes) and `claims`. The words are data:
`vesnik/lang/<lang>/reporting.yaml` and `claims.yaml`. The same implementation is the spaCy
component `vesnik_quotes` (`vesnik.quotes.component`).
"""
from __future__ import annotations

from vesnik.document import Document
from vesnik.pipeline import PipelineStep
from vesnik.quotes.extract import Extraction, extract

__all__ = ["QuoteStep", "Extraction", "extract"]


class QuoteStep(PipelineStep):
    name = "quotes"

    def __init__(self, lang: str = "mk"):
        super().__init__()
        self.lang = lang

    def process(self, doc: Document) -> Document:
        if doc.language != self.lang or not doc.text:
            self.stats["documents in another language"] += bool(doc.text)
            return doc
        found = extract(doc.text, [(s.start, s.end) for s in doc.sentences], doc.entities, self.lang, self.stats,
                        doc.published, doc.speaker)
        doc.quotes, doc.claims = found.quotes, found.claims
        return doc


from vesnik.quotes import component  # noqa: E402,F401  (registers the spaCy factory "vesnik_quotes")
