"""Output formats for analysed documents: JSON lines, pretty JSON and a readable report."""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO

from vesnik.document import Document
from vesnik.export.report import render_report

FORMATS = ("jsonl", "json", "text")


def write_documents(docs: Iterable[Document], fmt: str, out: IO[str], *, color: bool = False) -> None:
    """Write documents as they come; `json` gathers them (one object, or a list of several)."""
    if fmt == "jsonl":
        for doc in docs:
            out.write(json.dumps(doc.output(), ensure_ascii=False) + "\n")
            out.flush()
    elif fmt == "json":
        outputs = [doc.output() for doc in docs]
        if outputs:
            json.dump(outputs[0] if len(outputs) == 1 else outputs, out, ensure_ascii=False, indent=2)
            out.write("\n")
    elif fmt == "text":
        for doc in docs:
            render_report(doc, out, color=color)
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


__all__ = ["FORMATS", "render_report", "write_documents"]
