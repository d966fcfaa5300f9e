"""The `vesnik` command end to end: real inputs in, the output contract and exit codes out."""
from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from vesnik.cli import app

from tests.ingest.test_ingest import HTML, MK
from tests.shared_data import SEED, needs_shared

runner = CliRunner()
CONTRACT = {"id", "source", "title", "published", "language", "text", "sentences", "entities", "quotes", "events", "warnings"}
EN = ("The foreign minister said the government would continue talks with its neighbours next week. "
      "Officials from both countries met three times this year and expect an agreement by December.")
PUTIN = "Рускиот претседател Владимир Путин изјави дека Москва е подготвена за разговори. " + MK


def vesnik(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    """Run the installed command in a fresh process, as a user would."""
    return subprocess.run([sys.executable, "-m", "vesnik", *args], input=stdin, capture_output=True, timeout=300)


@needs_shared
def test_seed_end_to_end():
    run = vesnik("analyze", str(SEED))
    assert run.returncode == 0, run.stderr.decode()
    lines = run.stdout.decode().splitlines()
    assert len(lines) == 1
    doc = json.loads(lines[0])
    assert CONTRACT <= doc.keys()
    assert doc["id"] == "000_7a63ac34bb4a1cba" and doc["published"] == "2025-09-04" and doc["language"] == "mk"
    starts = [doc["text"][s["start"]:s["end"]] for s in doc["sentences"]]
    # the glued "КЦНА.Ким" is two sentences; the share-button header is gone
    glued = [i for i, s in enumerate(starts) if s.endswith("КЦНА.")]
    assert glued and starts[glued[0] + 1].startswith("Ким")
    assert "SHARES" not in doc["text"] and "Твитни" not in doc["text"] and not doc["text"].startswith("date")
    assert all(s["index"] == i for i, s in enumerate(doc["sentences"]))


@needs_shared
def test_seed_text_and_json_formats():
    text = vesnik("analyze", "--format", "text", str(SEED))
    assert text.returncode == 0 and "published: 2025-09-04" in text.stdout.decode()
    report = " ".join(text.stdout.decode().split())  # the report wraps lines
    assert "2025-09-03 CONSULT (third-party) — Kim Jong-un [PRK GOV] met Vladimir Putin [RUS GOV] in Beijing" in report
    assert "2024 SUPPORT [historical]" in report  # statuses in brackets are text, not console markup
    # the state named in the text and the state acting as a party are told apart by their counts
    assert "GPE Северна Кореја (North Korea) [PRK] Q423 ×2 + 3 references" in report
    assert "ORG Северна Кореја (North Korea) [PRK GOV] (not by name; 5 references)" in report
    pretty = vesnik("analyze", "--format", "json", str(SEED))
    assert json.loads(pretty.stdout)["language"] == "mk"


def test_html_and_warc_through_the_cli(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    with open(tmp_path / "crawl.warc.gz", "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://vesti.example.mk/a", "response",
                                                      payload=io.BytesIO(HTML.encode()), http_headers=http))
    result = runner.invoke(app, ["analyze", "--quiet", str(tmp_path / "page.html"), str(tmp_path / "crawl.warc.gz")])
    assert result.exit_code == 0, result.output
    page, crawled = (json.loads(line) for line in result.stdout.splitlines())
    assert page["id"] == "page" and page["title"] == "Разговори со Софија" and page["published"] == "2024-03-18"
    assert page["language"] == "mk" and len(page["sentences"]) >= 3
    assert crawled["id"] == crawled["url"] == "https://vesti.example.mk/a"


def test_a_batch_with_bad_inputs_goes_on_and_fails(tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "a_good.txt").write_text(MK, encoding="utf-8")
    (batch / "b_empty.txt").write_bytes(b"")
    (batch / "c_binary.txt").write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    (batch / "d_broken.txt").write_bytes(MK.encode()[:40] + b"\xff" + MK.encode()[40:])
    (batch / "e_cut.txt.gz").write_bytes(gzip.compress((MK * 300).encode())[:300])
    (batch / "f_lines.jsonl").write_text('{"id": "j1", "text": "' + MK + '"}\n{"id": "j2", "text": \n', encoding="utf-8")
    (batch / "g_nav.html").write_text("<html><body><nav><a href='/'>Почетна</a></nav></body></html>", encoding="utf-8")
    (batch / "h_english.txt").write_text(EN, encoding="utf-8")
    with open(batch / "i_huge.txt", "wb") as fh:
        fh.truncate(100 * 1024 * 1024)
    result = runner.invoke(app, ["analyze", str(batch)])
    assert result.exit_code == 1
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == ["a_good", "j1", "h_english"]
    for name, problem in [("b_empty.txt", "empty"), ("c_binary.txt", "PDF"), ("d_broken.txt", "invalid UTF-8"),
                          ("e_cut.txt.gz", "gzip"), ("f_lines.jsonl:2", "malformed JSON"), ("g_nav.html", "no article"),
                          ("i_huge.txt", "too large")]:
        assert any(name in line and problem in line for line in result.stderr.splitlines()), (name, result.stderr)
    assert "3 analysed, 7 failed" in result.stderr


def test_non_macedonian_text_is_tagged_with_a_warning(tmp_path):
    (tmp_path / "english.txt").write_text(EN, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(tmp_path / "english.txt")])
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["language"] == "en" and len(doc["sentences"]) == 2
    assert any("deeper analysis" in w["message"] for w in doc["warnings"])


def test_stdin_in_windows_1251():
    run = vesnik("analyze", "-", stdin=(MK * 2).encode("cp1251"))
    assert run.returncode == 0, run.stderr.decode()
    assert json.loads(run.stdout)["id"] == "stdin"


def test_ingest_is_idempotent_resumes_and_searches_in_both_scripts(tmp_path):
    db = str(tmp_path / "store.sqlite")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "putin.txt").write_text(PUTIN, encoding="utf-8")
    first = runner.invoke(app, ["ingest", "--db", db, str(docs)])
    assert first.exit_code == 0 and "1 stored" in first.stderr
    (docs / "second.txt").write_text("Втора вест. " + MK, encoding="utf-8")
    (docs / "bad.txt").write_bytes(b"")
    again = runner.invoke(app, ["ingest", "--db", db, str(docs)])
    assert again.exit_code == 1  # the empty file failed, the rest went in
    assert "1 stored, 1 already stored, 1 failed" in again.stderr
    stats = json.loads(runner.invoke(app, ["stats", "--db", db, "--json"]).stdout)
    assert stats["documents"] == 2
    for query in ("putin", "Путин", "PUTIN"):
        hits = runner.invoke(app, ["search", "--db", db, query])
        assert hits.exit_code == 0 and hits.stdout.startswith("putin\t"), (query, hits.output)
    missing = runner.invoke(app, ["search", "--db", db, "трактор"])
    assert missing.exit_code == 1 and "nothing found" in missing.stderr


def test_bad_options_exit_with_usage_errors(tmp_path):
    (tmp_path / "a.txt").write_text(MK, encoding="utf-8")
    assert runner.invoke(app, ["analyze", "--format", "xml", str(tmp_path / "a.txt")]).exit_code == 2
    assert runner.invoke(app, ["analyze", "--until", "nowhere", str(tmp_path / "a.txt")]).exit_code == 2
    missing = runner.invoke(app, ["analyze", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 1 and "no such file" in missing.stderr


@pytest.mark.parametrize("workers", ["1", "2"])
def test_workers_give_the_same_output(tmp_path, workers):
    for i in range(4):
        (tmp_path / f"d{i}.txt").write_text(f"Вест број {i}. " + MK, encoding="utf-8")
    result = runner.invoke(app, ["analyze", "--quiet", "--workers", workers, str(tmp_path)])
    single = runner.invoke(app, ["analyze", "--quiet", str(tmp_path)])
    assert result.exit_code == 0
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["d0", "d1", "d2", "d3"]
    assert result.stdout == single.stdout  # the same analysis, whatever the number of workers


EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "000_7a63ac34bb4a1cba.txt"


def test_export_plover_csv_and_documents_from_the_store(tmp_path):
    db = str(tmp_path / "store.sqlite")
    assert runner.invoke(app, ["ingest", "--quiet", "--db", db, str(EXAMPLE)]).exit_code == 0
    plover = [json.loads(line) for line in runner.invoke(app, ["export", "--db", db]).stdout.splitlines()]
    meeting = next(r for r in plover if r["event"] == ["CONSULT"] and r["date"] == "2025-09-03")
    assert {a["code"] for a in meeting["actor"] + meeting["recipient"]} == {"PRK", "RUS"}
    assert meeting["event_loc"]["name"] == "Beijing" and meeting["cite_info"]["published"] == "2025-09-04"
    assert meeting["text_info"]["trigger"] == "се сретнаа"
    rows = runner.invoke(app, ["export", "--db", db, "--format", "csv"]).stdout.splitlines()
    assert rows[0].startswith("id,date,event,mode") and len(rows) == len(plover) + 1
    sentences = runner.invoke(app, ["export", "--db", db, "--format", "text"]).stdout.splitlines()
    assert len(sentences) == len(plover) and all(s.startswith("000_7a63ac34bb4a1cba\t") for s in sentences)
    assert any("2025-09-03 CONSULT (third-party) — Kim Jong-un [PRK GOV] met Vladimir Putin [RUS GOV] in Beijing" in s
               and "Evidence: sentence " in s for s in sentences)
    docs = runner.invoke(app, ["export", "--db", db, "--format", "jsonl"]).stdout.splitlines()
    assert [json.loads(d)["id"] for d in docs] == ["000_7a63ac34bb4a1cba"]
    # names are mentions; a demonym (`руската армија`) is a reference, and survives the store
    russia = next(e for e in json.loads(docs[0])["entities"] if e["name_en"] == "Russia")
    assert "руската" in {r["text"] for r in russia["references"]}
    assert {m["kind"] for m in russia["mentions"]} == {"name"} and "Русија" in {m["text"] for m in russia["mentions"]}
    assert runner.invoke(app, ["export", "--db", db, "--since", "2026-01-01"]).stdout == ""
    assert runner.invoke(app, ["export", "--db", db, "--format", "xml"]).exit_code == 2
