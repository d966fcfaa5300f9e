"""The pipeline contract: one document's failure, expected or not, is that document's alone."""
from __future__ import annotations

from vesnik.document import Document
from vesnik.pipeline import DocumentError, Pipeline, PipelineStep


class Broken(PipelineStep):
    name = "broken"

    def process(self, doc: Document) -> Document:
        if doc.id == "bad":
            raise ValueError("boom")
        if doc.id == "refused":
            raise DocumentError(doc.source, "refused")
        return doc


def test_a_bug_in_a_stage_fails_only_that_document():
    pipeline = Pipeline([Broken()])
    docs = [Document(id=i, source=f"{i}.txt", raw_text="x") for i in ("ok", "bad", "refused", "ok2")]
    results = list(pipeline.run(docs))
    assert [r.ok for r in results] == [True, False, False, True]
    assert results[1].error == "internal error in the broken stage: ValueError: boom (please report it)"
    assert results[2].error == "refused"
