"""The parliament audit script: its seeded sample and the carrying over of verdicts to a re-run, on invented data."""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from scripts.eval.audit_run import audit_sample, figures, match  # noqa: E402


def _event(doc: str, start: int, etype: str, actor_kb: str | None, **verdict) -> dict:
    return {"doc_id": doc, "trigger_start": start, "trigger_end": start + 6, "type": etype,
            "actor": [{"kb": actor_kb, "at": None if actor_kb else [0, 4], "country": "MKD", "sector": "LEG"}],
            "recipient": [], **verdict}


def test_a_rerun_keeps_the_verdicts_of_unchanged_events_and_marks_the_rest_new():
    previous = [_event("d1", 10, "REQUEST", "kb:a", verdict="right", false_class=None, reason="r1"),
                _event("d1", 50, "ACCUSE", "kb:a", verdict="false", false_class="sense", reason="r2"),
                _event("d2", 5, "SUPPORT", None, verdict="right_type_wrong_party", false_class=None, reason="r3"),
                _event("d3", 7, "AGREE", "kb:b", verdict="false", false_class="generic", reason="r4")]
    rows = [_event("d1", 10, "REQUEST", "kb:a"),   # unchanged
            _event("d1", 50, "REJECT", "kb:a"),    # same trigger, another type
            _event("d2", 5, "SUPPORT", "kb:c"),    # same trigger and type, another actor
            _event("d4", 1, "CONSULT", "kb:a")]    # a trigger not predicted before
    tally = match(rows, previous)
    assert [r["judged"] for r in rows] == ["carried", "new", "new", "new"]
    assert (rows[0]["verdict"], rows[0]["reason"]) == ("right", "r1")
    assert rows[1]["before"] == "false" and "verdict" not in rows[1]
    assert rows[2]["before"] == "right_type_wrong_party"
    assert "before" not in rows[3]
    assert tally == {"carried": 1, "new": 3, "dropped false": 2, "dropped right_type_wrong_party": 1}
    assert figures(rows) == "4 events, 1 judged: type precision 1/1 = 1.00, type + parties 1/1 = 1.00"


def test_the_sample_leaves_out_held_short_long_audited_and_earlier_sampled_speeches():
    records = [{"id": f"s{i}", "text": "а" * (150 if i % 10 == 0 else 5000 if i % 10 == 1 else 300)} for i in range(1500)]
    held, audited, first_audit = {"s2", "s3"}, {"s4", "s5", "s6"}, {"s6"}  # the first audit is among the audited
    sample = audit_sample(records, held, audited, first_audit)
    ids = {r["id"] for r in sample}
    assert len(ids) == 300
    assert not ids & (held | audited | first_audit)
    assert all(200 <= len(r["text"]) <= 4000 for r in sample)
    pool = [r for r in records if r["id"] not in held and 200 <= len(r["text"]) <= 4000]
    assert not ids & {r["id"] for r in random.Random(38).sample(pool, 300)}
    assert audit_sample(records, held, audited, first_audit) == sample
