"""The `vesnik` command line."""
from __future__ import annotations

import json
import sys
from typing import Annotated, Optional

import typer
from rich.console import Console

from vesnik import __version__
from vesnik.export import FORMATS, write_documents
from vesnik.pipeline.default import STAGES

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="vesnik: who did what to whom, when, where, and who says so — from Macedonian news.")
err = Console(stderr=True, highlight=False)

Paths = Annotated[list[str], typer.Argument(help="Files, directories (walked), or - for standard input.")]
Workers = Annotated[int, typer.Option("--workers", "-w", min=1, help="Worker processes over documents.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")]
Db = Annotated[Optional[str], typer.Option("--db", help="Store: a SQLite file or a database URL "
                                           "(default: vesnik.sqlite in the user data directory).")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"vesnik {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                               help="Show the version and exit.")] = False) -> None:
    """vesnik reads news articles and turns them into a structured record of events."""


def _read(paths: list[str]):
    from vesnik.ingest import read_inputs

    return read_inputs(paths, stdin=sys.stdin.buffer)


def _report_failure(source: str, problem: str) -> None:
    err.print(f"[red]error[/red]: {source}: {problem}", markup=True, soft_wrap=True)


def _show_progress(quiet: bool) -> bool:
    return not quiet and sys.stderr.isatty()


@app.command()
def analyze(
    paths: Paths,
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"Output: {', '.join(FORMATS)}.")] = "jsonl",
    until: Annotated[Optional[str], typer.Option(help=f"Stop after this stage: {', '.join(STAGES)}.")] = None,
    workers: Workers = 1,
    quiet: Quiet = False,
) -> None:
    """Analyse documents and print the result (one JSON object a line by default)."""
    from vesnik.runner import run

    if fmt not in FORMATS:
        raise typer.BadParameter(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}", param_hint="--format")
    if until is not None and until not in STAGES:
        raise typer.BadParameter(f"unknown stage {until!r}; choose one of {', '.join(STAGES)}", param_hint="--until")
    failed = done = 0

    def documents():
        nonlocal failed, done
        for status, result in run(_read(paths), workers=workers, until=until, progress=_show_progress(quiet)):
            if status == "failed":
                failed += 1
                _report_failure(result.source, result.error or "failed")
            elif result.document is not None:
                done += 1
                yield result.document

    write_documents(documents(), fmt, sys.stdout, color=sys.stdout.isatty())
    if not quiet and failed:
        err.print(f"{done} analysed, {failed} failed")
    raise typer.Exit(1 if failed else 0)


@app.command()
def ingest(paths: Paths, db: Db = None, workers: Workers = 1, quiet: Quiet = False) -> None:
    """Analyse documents and store them; documents already stored are skipped, so an
    interrupted batch resumes where it stopped."""
    from vesnik.runner import run
    from vesnik.store import Store, StoreError

    try:
        store = Store(db)
    except StoreError as exc:
        err.print(f"[red]error[/red]: {exc}")
        raise typer.Exit(2) from exc
    counts = {"stored": 0, "already stored": 0, "failed": 0}
    with store:
        skip = lambda doc: doc.content_hash is not None and store.has(doc.content_hash)  # noqa: E731
        for status, result in run(_read(paths), workers=workers, skip=skip, progress=_show_progress(quiet)):
            if status == "failed":
                counts["failed"] += 1
                _report_failure(result.source, result.error or "failed")
            elif status == "skipped":
                counts["already stored"] += 1
            elif result.document is not None:
                try:
                    stored = store.add(result.document)
                except StoreError as exc:
                    counts["failed"] += 1
                    _report_failure(result.source, f"could not be stored: {exc}")
                    continue
                counts["stored" if stored else "already stored"] += 1
    if not quiet:
        err.print(", ".join(f"{v} {k}" for k, v in counts.items()) + f" — {store.url}")
    raise typer.Exit(1 if counts["failed"] else 0)


EXPORT_FORMATS = ("plover", "csv", "text", "jsonl")


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="plover (PLOVER JSON lines, one event a line), "
                                     "csv (one event a row), text (one event a line as an English "
                                     "sentence with its evidence), jsonl (one document a line).")] = "plover",
    db: Db = None,
    since: Annotated[Optional[str], typer.Option(help="Only documents published on or after YYYY-MM-DD.")] = None,
    until: Annotated[Optional[str], typer.Option(help="Only documents published on or before YYYY-MM-DD.")] = None,
) -> None:
    """Export what the store holds: events as PLOVER records, CSV or English sentences, or whole documents."""
    import csv

    from vesnik.export.plover import CSV_FIELDS, csv_rows, plover_records, render_event
    from vesnik.store import Store

    if fmt not in EXPORT_FORMATS:
        raise typer.BadParameter(f"unknown format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}", param_hint="--format")
    writer = csv.DictWriter(sys.stdout, fieldnames=CSV_FIELDS) if fmt == "csv" else None
    if writer:
        writer.writeheader()
    with Store(db) as store:
        try:
            docs = store.documents(since=since, until=until)
            for doc in docs:
                if fmt == "jsonl":
                    typer.echo(json.dumps(doc.output(), ensure_ascii=False))
                elif writer:
                    writer.writerows(csv_rows(doc))
                elif fmt == "text":
                    for event in doc.events:
                        typer.echo(f"{doc.id}\t{render_event(doc, event)}")
                else:
                    for record in plover_records(doc):
                        typer.echo(json.dumps(record, ensure_ascii=False))
        except ValueError as exc:  # a date that is not YYYY-MM-DD
            raise typer.BadParameter(str(exc), param_hint="--since/--until") from exc


@app.command()
def stats(db: Db = None, as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """What the store holds."""
    from vesnik.store import Store

    with Store(db) as store:
        numbers = store.stats()
    if as_json:
        typer.echo(json.dumps(numbers, ensure_ascii=False, indent=2, default=str))
        return
    for key, value in numbers.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k}: {v}" for k, v in value.items()) or "—"
        typer.echo(f"{key:>14}: {value}")


@app.command()
def search(query: Annotated[str, typer.Argument(help="Words to find, in Cyrillic or Latin script.")],
           db: Db = None, limit: Annotated[int, typer.Option(min=1)] = 20) -> None:
    """Full-text search of stored documents (`vucic` finds `Вучиќ`)."""
    from vesnik.store import Store

    with Store(db) as store:
        hits = store.search(query, limit=limit)
    if not hits:
        err.print(f"nothing found for {query!r}")
        raise typer.Exit(1)
    for hit in hits:
        typer.echo(f"{hit.doc_id}\t{hit.published or ''}\t{hit.title or ''}\n    {hit.snippet}")


if __name__ == "__main__":
    app()
