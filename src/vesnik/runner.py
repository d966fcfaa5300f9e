"""Run the pipeline over many inputs: in this process or in worker processes, with progress.

Ingest happens here (reading files is cheap and keeps one reader per input); documents go
to workers, which each build the pipeline once. A bad input becomes a failed Result and the
batch goes on.
"""
from __future__ import annotations

import multiprocessing as mp
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext

from vesnik.document import Document
from vesnik.pipeline import DocumentError, Pipeline, Result
from vesnik.pipeline.default import build_pipeline

_worker_pipeline: Pipeline | None = None


def _init_worker(until: str | None) -> None:
    global _worker_pipeline
    _worker_pipeline = build_pipeline(until)


def _run_in_worker(doc: Document) -> Result:
    assert _worker_pipeline is not None
    return _detach(_worker_pipeline.run_one(doc))


def _detach(result: Result) -> Result:
    """Drop what must not cross a process boundary (the spaCy Doc)."""
    if result.document is not None:
        result.document._spacy_doc = None
    return result


def _inputs(items: Iterable[Document | DocumentError], skip: Callable[[Document], bool] | None,
            failures: list[Result], skipped: list[Result]) -> Iterator[Document]:
    for item in items:
        if isinstance(item, DocumentError):
            failures.append(Result(source=item.source, error=item.problem))
        elif skip is not None and skip(item):
            skipped.append(Result(source=item.source))
        else:
            yield item


def run(items: Iterable[Document | DocumentError], *, workers: int = 1, until: str | None = None,
        skip: Callable[[Document], bool] | None = None, pipeline: Pipeline | None = None,
        progress: bool = False) -> Iterator[tuple[str, Result]]:
    """Yield ("done" | "failed" | "skipped", Result) for every input, in input order for
    documents; failures of ingest are yielded as soon as they are met."""
    failures: list[Result] = []
    skipped: list[Result] = []
    docs = _inputs(items, skip, failures, skipped)
    bar = _progress() if progress else nullcontext(None)
    with bar as prog:
        task = prog.add_task("analysing", total=None) if prog else None

        def drain() -> Iterator[tuple[str, Result]]:
            while failures:
                yield "failed", failures.pop(0)
            while skipped:
                yield "skipped", skipped.pop(0)

        if workers <= 1:
            pipe = pipeline or build_pipeline(until)
            results: Iterator[Result] = (pipe.run_one(d) for d in docs)
        else:
            pool = mp.get_context("spawn" if sys.platform == "darwin" else "fork").Pool(
                workers, initializer=_init_worker, initargs=(until,))
            results = pool.imap(_run_in_worker, docs, chunksize=8)
        try:
            for result in results:
                yield from drain()
                if prog is not None:
                    prog.advance(task)
                yield ("done" if result.ok else "failed"), result
            yield from drain()
        finally:
            if workers > 1:
                pool.terminate()


def _progress():
    from rich.console import Console
    from rich.progress import BarColumn, Progress, ProgressColumn, SpinnerColumn, TextColumn, TimeElapsedColumn
    from rich.text import Text

    class DocsPerSecond(ProgressColumn):
        def render(self, task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{task.completed:,} docs, {speed or 0:,.1f} docs/s")

    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), DocsPerSecond(),
                    TimeElapsedColumn(), transient=True, console=Console(stderr=True))
