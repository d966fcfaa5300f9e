"""The developers' invented development sets (`annotations/invented/`): every set's gold events and
date expressions are exactly what its specs place on its articles, and point at the words they name."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
INVENTED = REPO / "annotations" / "invented"
SETS = sorted(p.name.removesuffix(".articles.jsonl") for p in INVENTED.glob("*.articles.jsonl"))
EVENT_SETS = sorted(p.name.removesuffix(".events.jsonl") for p in INVENTED.glob("*.events.jsonl"))
TIME_SETS = sorted(p.name.removesuffix(".times.jsonl") for p in INVENTED.glob("*.times.jsonl"))


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_there_are_invented_sets_with_unique_article_ids():
    assert SETS
    ids = [row["id"] for name in SETS for row in read_jsonl(INVENTED / f"{name}.articles.jsonl")]
    assert len(ids) == len(set(ids))


def place(script: str, specs: list[Path], name: str, out: Path) -> list[dict]:
    run = subprocess.run([sys.executable, str(REPO / "scripts" / "annotation" / script), *map(str, specs),
                          "--articles", str(INVENTED / f"{name}.articles.jsonl"), "--out", str(out)],
                         capture_output=True, text=True, cwd=REPO / "scripts" / "annotation")
    assert run.returncode == 0, run.stderr
    return read_jsonl(out)


@pytest.mark.parametrize("name", EVENT_SETS)
def test_gold_events_are_the_placed_specs_and_point_at_their_triggers(name, tmp_path):
    articles = {row["id"]: row for row in read_jsonl(INVENTED / f"{name}.articles.jsonl")}
    gold = read_jsonl(INVENTED / f"{name}.events.jsonl")
    for ev in gold:
        text = articles[ev["doc_id"]]["text"]
        assert text[ev["trigger_start"]:ev["trigger_end"]] == ev["trigger"], ev["event_id"]
        assert all(text[m["start"]:m["end"]] == m["trigger"] for m in ev["also_triggers"]), ev["event_id"]
    specs = sorted((INVENTED / "specs" / name).glob("*.json"))
    assert {p.stem for p in specs} == set(articles)
    assert place("place_events.py", specs, name, tmp_path / "placed.jsonl") == gold


@pytest.mark.parametrize("name", TIME_SETS)
def test_gold_dates_are_the_placed_specs_and_point_at_their_words(name, tmp_path):
    articles = {row["id"]: row for row in read_jsonl(INVENTED / f"{name}.articles.jsonl")}
    gold = read_jsonl(INVENTED / f"{name}.times.jsonl")
    assert gold
    for expression in gold:
        assert articles[expression["doc_id"]]["text"][expression["start"]:expression["end"]] == expression["text"]
    specs = sorted((INVENTED / "specs" / f"{name}.times").glob("*.json"))
    assert {p.stem for p in specs} <= set(articles)
    assert place("place_times.py", specs, name, tmp_path / "placed.jsonl") == gold
