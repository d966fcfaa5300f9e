"""WARC and WARC.gz crawl files: every HTML response record is one document, keyed by its URL."""
from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from vesnik.document import Document
from vesnik.pipeline import DocumentError

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(fh: BinaryIO, *, source: str, max_bytes: int) -> Iterator[Document | DocumentError]:
    from vesnik.ingest import document_from_bytes

    responses = 0
    try:
        for record in ArchiveIterator(fh):
            if record.rec_type != "response":
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or f"{source}#{record.rec_headers.get_header('WARC-Record-ID')}"
            where = f"{source}#{url}"
            content_type = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
            if not content_type.lower().startswith(HTML_TYPES):
                continue
            responses += 1
            status = record.http_headers.get_statuscode() if record.http_headers else "200"
            if status and not status.startswith("2"):
                yield DocumentError(where, f"HTTP status {status}, not a page")
                continue
            body = record.content_stream().read(max_bytes + 1)
            if len(body) > max_bytes:
                yield DocumentError(where, f"too large: over {max_bytes // 1024 // 1024} MB for one document (the limit)")
                continue
            for item in document_from_bytes(body, source=where, doc_id=url, url=url):
                if isinstance(item, Document):
                    item.source = source
                    date = record.rec_headers.get_header("WARC-Date")
                    if date:
                        item.meta["crawled"] = date[:10]
                yield item
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
        yield DocumentError(source, f"WARC file is damaged or truncated after {responses} pages: {exc}")
        return
    if not responses:
        yield DocumentError(source, "WARC file has no HTML responses")
