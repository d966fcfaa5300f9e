"""Ingest: every kind of input becomes Documents; every bad input becomes a clear DocumentError."""
from __future__ import annotations

import gzip
import io
import json
from datetime import date
from pathlib import Path

import pytest

from vesnik.document import Document
from vesnik.ingest import read_inputs
from vesnik.pipeline import DocumentError

from tests.shared_data import ARTICLES, SEED, needs_shared

# Sentences written for these tests.
MK = ("Министерот за надворешни работи изјави дека Владата ќе ги продолжи разговорите со Софија. "
      "Средбата ќе се одржи следната недела во Скопје, соопштија од министерството.")
HTML = f"""<!DOCTYPE html><html lang="mk"><head><meta charset="utf-8">
<title>Разговори со Софија</title><meta name="author" content="Марија Петровска">
<meta property="article:published_time" content="2024-03-18T09:30:00+01:00"></head>
<body><nav><a href="/">Почетна</a> | <a href="/svet">Свет</a></nav>
<article><h1>Разговори со Софија</h1><p>{MK}</p>
<p>Претседателот на Владата рече дека очекува договор до крајот на годината, а опозицијата побара
расправа во Собранието пред секој потпис. Дипломатите од двете земји се состанаа три пати оваа година.</p></article>
<footer>Сите права задржани.</footer></body></html>"""


def items(tmp_path: Path, name: str, data: bytes) -> list[Document | DocumentError]:
    path = tmp_path / name
    path.write_bytes(data)
    return list(read_inputs([str(path)]))


def only_error(result: list) -> DocumentError:
    assert len(result) == 1 and isinstance(result[0], DocumentError), result
    return result[0]


def only_doc(result: list) -> Document:
    assert len(result) == 1 and isinstance(result[0], Document), result
    return result[0]


def test_plain_text_gets_file_stem_as_id_and_content_hash(tmp_path):
    doc = only_doc(items(tmp_path, "vest-1.txt", MK.encode()))
    assert doc.id == "vest-1" and doc.raw_text == MK
    assert len(doc.content_hash) == 64


RU = "Министр иностранных дел заявил, что правительство продолжит переговоры с соседями. Встреча состоится в Москве на следующей неделе."


@pytest.mark.parametrize("text,encoding", [(MK, "cp1251"), (MK, "iso8859_5"), (MK, "utf-16"), (MK, "utf-16-le"),
                                           (MK, "utf-8-sig"), (RU, "koi8_r"), (RU, "cp866")])
def test_encodings_are_detected_not_assumed(tmp_path, text, encoding):
    doc = only_doc(items(tmp_path, "vest.txt", ((text + "\n") * 3).encode(encoding)))
    assert doc.raw_text.startswith(text[:30])


def test_cyrillic_code_page_is_recorded(tmp_path):
    doc = only_doc(items(tmp_path, "vest.txt", ((MK + "\n") * 3).encode("cp1251")))
    assert doc.meta["encoding"] == "cp1251"


def test_html_by_content_whatever_the_extension(tmp_path):
    doc = only_doc(items(tmp_path, "page.txt", HTML.encode()))
    assert doc.title == "Разговори со Софија"
    assert doc.author == "Марија Петровска"
    assert doc.published == date(2024, 3, 18)
    assert "Министерот за надворешни работи изјави" in doc.raw_text
    assert "Почетна" not in doc.raw_text and "Сите права задржани" not in doc.raw_text


def test_html_in_windows_1251(tmp_path):
    doc = only_doc(items(tmp_path, "page.html", HTML.replace('charset="utf-8"', 'charset="windows-1251"').encode("cp1251")))
    assert "Владата ќе ги продолжи" in doc.raw_text


def test_jsonl_fields_and_a_malformed_line(tmp_path):
    lines = [json.dumps({"id": "a1", "text": MK, "title": "Наслов", "date": "2012-05-04", "url": "http://x.mk/1", "language": "mk",
                         "speaker": "Сашо Ристовски"}, ensure_ascii=False),
             '{"id": "a2", "text": "Незатворен',
             json.dumps({"text": "Втор документ без id, " + MK}, ensure_ascii=False),
             json.dumps({"id": "a4", "title": "без текст"}),
             json.dumps({"id": "a5", "text": MK, "date": "не е датум"}, ensure_ascii=False)]
    result = items(tmp_path, "batch.data", ("\n".join(lines) + "\n").encode())
    first, bad_json, no_id, no_text, bad_date = result
    assert isinstance(first, Document) and first.id == "a1" and first.title == "Наслов"
    assert first.published == date(2012, 5, 4) and first.url == "http://x.mk/1" and first.meta["declared_language"] == "mk"
    assert first.speaker == "Сашо Ристовски" and no_id.speaker is None  # a transcript's speaker
    assert isinstance(bad_json, DocumentError) and bad_json.source.endswith("batch.data:2") and "malformed JSON" in bad_json.problem
    assert isinstance(no_id, Document) and no_id.id == "batch.data-3"
    assert isinstance(no_text, DocumentError) and no_text.source.endswith(":4") and '"text"' in no_text.problem
    assert isinstance(bad_date, Document) and bad_date.published is None and "не е датум" in bad_date.warnings[0].message


def test_gzip_jsonl(tmp_path):
    data = gzip.compress((json.dumps({"id": "g1", "text": MK}, ensure_ascii=False) + "\n").encode())
    assert only_doc(items(tmp_path, "batch.jsonl.gz", data)).id == "g1"


def test_truncated_gzip(tmp_path):
    data = gzip.compress(((MK + "\n") * 400).encode())
    error = only_error(items(tmp_path, "vest.txt.gz", data[: len(data) // 2]))
    assert "gzip" in error.problem and error.source.endswith("vest.txt.gz")


def test_warc_built_here(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, body, ctype in [("https://vesti.example.mk/a", HTML, "text/html; charset=utf-8"),
                                 ("https://vesti.example.mk/logo.png", "\x89PNG", "image/png"),
                                 ("https://vesti.example.mk/b", HTML.replace("Софија", "Атина"), "text/html")]:
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode()), http_headers=http))
    docs = list(read_inputs([str(path)]))
    assert [d.id for d in docs] == ["https://vesti.example.mk/a", "https://vesti.example.mk/b"]
    assert all(isinstance(d, Document) and d.url == d.id and d.title for d in docs)
    assert "Атина" in docs[1].raw_text


@pytest.mark.parametrize("name,data,problem", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b" \n\n  \n", "empty"),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG image"),
    ("blob.bin", bytes(range(256)) * 40, "binary"),
    ("broken.txt", MK.encode()[:40] + b"\xff\xfe" + MK.encode()[40:], "invalid UTF-8"),
    ("nav.html", b"<!DOCTYPE html><html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>", "no article"),
])
def test_bad_inputs_name_the_problem(tmp_path, name, data, problem):
    error = only_error(items(tmp_path, name, data))
    assert problem in error.problem and error.source.endswith(name)


def test_a_file_over_the_limit_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(100 * 1024 * 1024)
    error = only_error(list(read_inputs([str(path)])))
    assert "too large" in error.problem and "100.0 MB" in error.problem


def test_missing_path_and_directory_walk(tmp_path):
    (tmp_path / "d" / "sub").mkdir(parents=True)
    (tmp_path / "d" / "one.txt").write_text(MK)
    (tmp_path / "d" / "sub" / "two.txt").write_text(MK)
    (tmp_path / "d" / ".hidden").write_text("x")
    result = list(read_inputs([str(tmp_path / "d"), str(tmp_path / "nope.txt")]))
    assert [getattr(r, "id", None) for r in result[:2]] == ["one", "two"]
    assert isinstance(result[2], DocumentError) and "no such file" in result[2].problem


def test_stdin():
    docs = list(read_inputs(["-"], stdin=io.BytesIO(MK.encode("cp1251") * 2)))
    assert only_doc(docs).id == "stdin" and only_doc(docs).raw_text.startswith("Министерот")


@needs_shared
def test_shared_articles_jsonl():
    docs = list(read_inputs([str(ARTICLES)]))
    assert len(docs) == 172 and all(isinstance(d, Document) for d in docs)
    setimes = next(d for d in docs if d.id.startswith("setimes-"))
    assert setimes.published is not None and setimes.title


@needs_shared
def test_seed_is_plain_text():
    doc = only_doc(list(read_inputs([str(SEED)])))
    assert doc.id == "000_7a63ac34bb4a1cba" and doc.title is None


def test_corrupt_gzip_header_fails_alone(tmp_path):
    (tmp_path / "a_bad.gz").write_bytes(b"\x1f\x8bGARBAGE" + bytes(range(64)))
    (tmp_path / "b_ok.txt").write_text(MK, encoding="utf-8")
    result = list(read_inputs([str(tmp_path)]))
    assert isinstance(result[0], DocumentError) and "gzip" in result[0].problem
    assert isinstance(result[1], Document) and result[1].id == "b_ok"


def test_jsonl_named_file_whose_first_line_is_not_an_object(tmp_path):
    lines = ["42", json.dumps({"id": "r1", "text": MK}, ensure_ascii=False), json.dumps({"id": "r2", "text": MK}, ensure_ascii=False)]
    result = items(tmp_path, "batch.jsonl", ("\n".join(lines) + "\n").encode())
    assert isinstance(result[0], DocumentError) and result[0].source.endswith("batch.jsonl:1") and "object" in result[0].problem
    assert [d.id for d in result[1:]] == ["r1", "r2"]


def test_ids_are_unique_within_a_run(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(MK, encoding="utf-8")
    docs = list(read_inputs([str(tmp_path / "a"), str(tmp_path / "b")]))
    assert [d.id for d in docs] == ["report", "report~2"]
    assert "already used" in docs[1].warnings[0].message
