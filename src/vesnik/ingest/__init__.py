"""Ingest stage: files, directories, standard input, gzip, JSONL, HTML and WARC become Documents.

The kind of an input is read from its content, not its name: a `.txt` that holds HTML is
parsed as HTML, a JSONL file without the extension is still one document a line. Every
input yields Documents or, for what cannot be read, a `DocumentError` naming the input (and
the line or URL inside it) and the problem; the batch goes on.

    for item in read_inputs(["news/", "crawl.warc.gz", "-"], stdin=sys.stdin.buffer):
        ...  # Document | DocumentError
"""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import zlib
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import IO, BinaryIO

from vesnik.document import Document
from vesnik.ingest.decode import binary_kind, decode
from vesnik.pipeline import DocumentError

MAX_DOCUMENT_BYTES = 50 * 1024 * 1024  # one article; containers (JSONL, WARC) may be larger
SNIFF_BYTES = 64 * 1024
GZIP_MAGIC = b"\x1f\x8b"
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta ", b"<article", b"<div", b"<p>")

Item = Document | DocumentError


def read_inputs(paths: list[str], stdin: BinaryIO | None = None,
                max_bytes: int = MAX_DOCUMENT_BYTES) -> Iterator[Item]:
    """Documents from every path in order; `-` reads `stdin`; directories are walked. Ids are
    unique within one call: a second `report` (two folders, or an id repeated in JSON lines)
    becomes `report~2`, with a warning."""
    seen: dict[str, int] = {}
    for item in _read_all(paths, stdin, max_bytes):
        if isinstance(item, Document):
            count = seen[item.id] = seen.get(item.id, 0) + 1
            if count > 1:
                item.warn("ingest", f"id {item.id!r} already used by an earlier input; this one is {item.id}~{count}")
                item.id = f"{item.id}~{count}"
        yield item


def _read_all(paths: list[str], stdin: BinaryIO | None, max_bytes: int) -> Iterator[Item]:
    for path in paths:
        if path == "-":
            if stdin is None:
                yield DocumentError("stdin", "standard input is not available")
            else:
                yield from read_stream(stdin, source="stdin", name="stdin", max_bytes=max_bytes)
            continue
        p = Path(path)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and not _hidden(f.relative_to(p)))
            if not files:
                yield DocumentError(path, "directory has no files")
            for f in files:
                yield from read_file(f, max_bytes=max_bytes)
        elif p.exists():
            yield from read_file(p, max_bytes=max_bytes)
        else:
            yield DocumentError(path, "no such file or directory")


def read_file(path: Path, max_bytes: int = MAX_DOCUMENT_BYTES) -> Iterator[Item]:
    source = str(path)
    try:
        fh = open(path, "rb", buffering=SNIFF_BYTES)
    except OSError as exc:
        yield DocumentError(source, f"cannot be read: {exc.strerror or exc}")
        return
    with fh:
        yield from read_stream(fh, source=source, name=_stem(path), max_bytes=max_bytes,
                               size=os.fstat(fh.fileno()).st_size)


def read_stream(fh: BinaryIO, *, source: str, name: str, max_bytes: int = MAX_DOCUMENT_BYTES,
                size: int | None = None) -> Iterator[Item]:
    """Detect what the stream holds and read it. `name` is the document id for a single document."""
    if not hasattr(fh, "peek"):
        fh = io.BufferedReader(fh, buffer_size=SNIFF_BYTES)  # type: ignore[arg-type]
    try:
        head = fh.peek(SNIFF_BYTES)[:SNIFF_BYTES]
        if not head:
            yield DocumentError(source, "empty input")
            return
        compressed = head.startswith(GZIP_MAGIC)
        content = gzip.GzipFile(fileobj=fh) if compressed else fh
        if compressed:
            head = _gunzip_head(head, source)
            if head is None:  # compressed data too short to hold even the start
                yield DocumentError(source, "truncated gzip: the compressed data ends before any content")
                return
            if not head:
                yield DocumentError(source, "empty input (an empty gzip file)")
                return
        if head.startswith(b"WARC/"):
            from vesnik.ingest.warc import read_warc

            yield from read_warc(fh, source=source, max_bytes=max_bytes)
        elif _looks_like_jsonl(head) or (name != "stdin" and source.lower().endswith(JSONL_SUFFIXES)):
            yield from read_jsonl(content, source=source, name=name, max_bytes=max_bytes)
        else:
            if size is not None and not compressed and size > max_bytes:
                yield DocumentError(source, f"too large: {_mb(size)} for one document (the limit is {_mb(max_bytes)})")
                return
            data = content.read(max_bytes + 1)
            if len(data) > max_bytes:
                yield DocumentError(source, f"too large: over {_mb(max_bytes)} for one document (the limit)")
                return
            yield from document_from_bytes(data, source=source, doc_id=name)
    except DocumentError as exc:
        yield exc
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        yield DocumentError(source, f"truncated or corrupt gzip data: {exc}")
    except OSError as exc:
        yield DocumentError(source, f"cannot be read: {exc}")


def document_from_bytes(data: bytes, *, source: str, doc_id: str, url: str | None = None) -> Iterator[Item]:
    """One document (plain text or HTML) from its bytes."""
    if not data.strip():
        yield DocumentError(source, "empty input")
        return
    kind = binary_kind(data[:SNIFF_BYTES])
    if kind:
        yield DocumentError(source, f"{kind}, not text")
        return
    try:
        text, encoding = decode(data, source)
    except DocumentError as exc:
        yield exc
        return
    if _looks_like_html(data[:SNIFF_BYTES].lower()):
        from vesnik.ingest.html import document_from_html

        yield document_from_html(text, source=source, doc_id=doc_id, url=url, encoding=encoding)
        return
    doc = new_document(doc_id, source, text, url=url)
    if encoding not in ("utf-8", "utf-8-sig"):
        doc.meta["encoding"] = encoding
    yield doc


def read_jsonl(fh: IO[bytes], *, source: str, name: str, max_bytes: int = MAX_DOCUMENT_BYTES) -> Iterator[Item]:
    """One document a line: `text` required; `id`, `title`, `date`, `url`, `language` optional."""
    seen = 0
    for number, line in enumerate(fh, start=1):
        where = f"{source}:{number}"
        if not line.strip():
            continue
        seen += 1
        if len(line) > max_bytes:
            yield DocumentError(where, f"line too large: {_mb(len(line))} (the limit for one document is {_mb(max_bytes)})")
            continue
        try:
            row = json.loads(line.decode("utf-8-sig" if number == 1 else "utf-8"))
        except UnicodeDecodeError as exc:
            yield DocumentError(where, f"invalid UTF-8 at byte {exc.start} of the line (JSON Lines must be UTF-8)")
            continue
        except json.JSONDecodeError as exc:
            yield DocumentError(where, f"malformed JSON: {exc.msg} at column {exc.colno}")
            continue
        try:
            yield document_from_record(row, where=where, default_id=f"{name}-{number}")
        except DocumentError as exc:
            yield exc
    if not seen:
        yield DocumentError(source, "empty input (no JSON lines)")


def document_from_record(row: object, *, where: str, default_id: str) -> Document:
    if not isinstance(row, dict):
        raise DocumentError(where, f"a JSON line must be an object, not {type(row).__name__}")
    text = row.get("text")
    if not isinstance(text, str):
        raise DocumentError(where, "no \"text\" field" if text is None else "\"text\" must be a string")
    if not text.strip():
        raise DocumentError(where, "\"text\" is empty")
    doc_id = row.get("id")
    doc = new_document(str(doc_id) if doc_id not in (None, "") else default_id, where, text,
                       title=_optional_str(row.get("title")), url=_optional_str(row.get("url")),
                       speaker=_optional_str(row.get("speaker")))
    if row.get("date"):
        published = parse_date(row["date"])
        if published is None:
            doc.warn("ingest", f"date {row['date']!r} is not a date; publication date left empty")
        doc.published = published
    if isinstance(row.get("language"), str):
        doc.meta["declared_language"] = row["language"]
    return doc


def new_document(doc_id: str, source: str, text: str, **fields) -> Document:
    return Document(id=doc_id, source=source, raw_text=text,
                    content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(), **fields)


def parse_date(value: object) -> date | None:
    """An ISO date or date-time (`2019-06-12`, `2019-06-12T10:00:00Z`) as a date."""
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
        except ValueError:
            try:
                return date.fromisoformat(value.strip()[:10])
            except ValueError:
                return None
    return None


def _optional_str(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _looks_like_jsonl(head: bytes) -> bool:
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return stripped.startswith(b"{")


def _looks_like_html(head_lower: bytes) -> bool:
    stripped = head_lower.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in head_lower:
        return True
    return stripped.startswith(b"<") and sum(head_lower.count(m) for m in HTML_MARKERS) >= 2


def _gunzip_head(head: bytes, source: str) -> bytes | None:
    """The first decompressed bytes of a gzip stream, or None when even they are cut off."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(head, SNIFF_BYTES)
    except zlib.error as exc:
        raise DocumentError(source, f"corrupt gzip data: {exc}") from exc
    if not out and not inflater.eof:
        return None
    return out


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (".gz", ".warc", ".jsonl", ".json", ".html", ".htm", ".txt"):
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
    return name


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"
