"""HTML pages: the article's main text, title, author and publication date.

trafilatura finds the main text and the metadata; it dates the page with htmldate, which
reads the page's markup (meta tags, JSON-LD, time elements, URL) and, with
`original_date`, prefers the date of first publication over the last modification.
"""
from __future__ import annotations

from trafilatura import bare_extraction

from vesnik.document import Document
from vesnik.ingest import new_document, parse_date
from vesnik.pipeline import DocumentError

DATE_PARAMS = {"original_date": True, "extensive_search": True}
MIN_ARTICLE_WORDS = 5  # below this, what trafilatura found is a menu or a caption, not an article


def document_from_html(html: str, *, source: str, doc_id: str, url: str | None = None,
                       encoding: str = "utf-8") -> Document | DocumentError:
    try:
        extracted = bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                    include_tables=False, date_extraction_params=DATE_PARAMS)
    except Exception as exc:  # noqa: BLE001 — a parser failure on one page must not stop a batch
        return DocumentError(source, f"HTML could not be parsed: {exc}")
    fields = extracted.as_dict() if extracted is not None and hasattr(extracted, "as_dict") else (extracted or {})
    text = (fields.get("text") or "").strip()
    if len(text.split()) < MIN_ARTICLE_WORDS:
        return DocumentError(source, "HTML page has no article text (no main content found)")
    title = fields.get("title")
    doc = new_document(doc_id, source, text, title=title or None, url=url or fields.get("url") or None)
    if title and text.startswith(title):  # some pages repeat the headline as the first line
        doc.meta["title_in_text"] = True
    doc.author = fields.get("author") or None
    doc.published = parse_date(fields.get("date"))
    doc.meta["format"] = "html"
    if encoding not in ("utf-8", "utf-8-sig"):
        doc.meta["encoding"] = encoding
    return doc
