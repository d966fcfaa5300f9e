"""The pipeline contract: a stage takes a Document, fills it in, and counts what it did."""
from __future__ import annotations

import gc
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from vesnik.document import Document


class DocumentError(Exception):
    """A problem with one input document; the batch goes on without it."""

    def __init__(self, source: str, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class PipelineStep:
    """One stage. Subclasses set `name` and implement `process`."""

    name: str = "step"

    def __init__(self) -> None:
        self.stats: Counter[str] = Counter()
        self.seconds = 0.0

    def process(self, doc: Document) -> Document:
        raise NotImplementedError

    def __call__(self, doc: Document) -> Document:
        started = time.perf_counter()
        try:
            return self.process(doc)
        finally:
            self.seconds += time.perf_counter() - started
            self.stats["documents"] += 1


@dataclass
class Result:
    """What the pipeline made of one input: a document, or the reason it failed."""

    source: str
    document: Document | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class Pipeline:
    steps: list[PipelineStep]
    stats: Counter = field(default_factory=Counter)

    def run_one(self, doc: Document) -> Result:
        step = None
        try:
            for step in self.steps:
                doc = step(doc)
        except DocumentError as exc:
            self.stats["failed"] += 1
            return Result(source=doc.source, error=exc.problem)
        except Exception as exc:  # noqa: BLE001 — a bug met on one document must not stop the batch
            self.stats["failed"] += 1
            return Result(source=doc.source, error=f"internal error in the {step.name} stage: "
                                                   f"{type(exc).__name__}: {exc} (please report it)")
        if not self.stats["processed"]:
            # the word lists, knowledge base and lexicons load on a stage's first document: out of the
            # collector's reach, its full passes no longer walk their 200,000 objects (2 ms an article)
            gc.freeze()
        self.stats["processed"] += 1
        return Result(source=doc.source, document=doc)

    def run(self, docs: Iterable[Document]) -> Iterator[Result]:
        for doc in docs:
            yield self.run_one(doc)

    def step_report(self) -> dict[str, dict]:
        return {s.name: {"seconds": round(s.seconds, 4), **dict(s.stats)} for s in self.steps}
