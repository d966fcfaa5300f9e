"""The agreement script of two event annotations, run end to end on two small hand-made annotations."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "eval" / "events_agreement.py"


def _event(doc: str, etype: str, start: int, actor: tuple[str, str], recipient: tuple[str, str] | None, day: str) -> dict:
    def party(p):
        return {"text": None, "name": p[0], "country": p[1], "sector": "GOV"}
    return {"doc_id": doc, "type": etype, "trigger_start": start, "trigger_end": start + 5, "sentence_start": start - 10,
            "actor": [party(actor)], "recipient": [party(recipient)] if recipient else [], "date": day}


def _write(path: Path, events: list[dict], documents: list[str]) -> None:
    path.write_text("".join(json.dumps(e) + "\n" for e in events), encoding="utf-8")
    path.with_name(path.stem + "_documents.jsonl").write_text(
        "".join(json.dumps({"doc_id": d}) + "\n" for d in documents), encoding="utf-8")


def test_agreement_counts_type_countries_and_actors_with_dates(tmp_path):
    first = [_event("a", "ACCUSE", 20, ("Serbia", "SRB"), ("Kosovo", "KOS"), "2010-05-01"),
             _event("a", "CONSULT", 120, ("Croatia", "HRV"), ("Slovenia", "SVN"), "2010-05-02"),
             _event("b", "REQUEST", 40, ("NATO", "IGO"), None, "2010-06-01"),
             _event("c", "AID", 40, ("Japan", "JPN"), None, "2010-06-01")]  # document c is not in the second
    second = [_event("a", "ACCUSE", 22, ("Government of Serbia", "SRB"), ("Kosovo", "KOS"), "2010-05-01"),  # same but actor name
              _event("a", "CONSULT", 121, ("Croatia", "HRV"), ("Austria", "AUT"), "2010-05-02"),  # wrong recipient
              _event("b", "REJECT", 41, ("NATO", "IGO"), None, "2010-06-01"),  # another type
              _event("b", "SUPPORT", 400, ("NATO", "IGO"), None, "2010-06-01")]  # one the first has not
    _write(tmp_path / "first.jsonl", first, ["a", "b", "c"])
    _write(tmp_path / "second.jsonl", second, ["a", "b"])
    out = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path / "first.jsonl"), str(tmp_path / "second.jsonl")],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    assert out[0] == "2 documents, 3 events in the first annotation, 4 in the second"
    rows = {line.split()[0]: line.split()[1:] for line in out[2:5]}
    # type: ACCUSE and CONSULT agree (2 of 3 first, 2 of 4 second)
    assert rows["type"] == ["0.500", "0.667", "0.571", "2"]
    # countries: the CONSULT's recipient differs
    assert rows["type+countries"] == ["0.250", "0.333", "0.286", "1"]
    # actors and date: the ACCUSE's actors differ by name but share (country, sector); the CONSULT's actor and date agree
    assert rows["type+actors+date"] == ["0.500", "0.667", "0.571", "2"]
