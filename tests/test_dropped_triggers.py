"""The script that lists the triggers the events stage drops for one reason, run end to end on a committed invented set."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "eval" / "dropped.py"


def _run(*args: str) -> list[str]:
    return subprocess.run([sys.executable, str(SCRIPT), "--invented", "s31_wr4", *args],
                          capture_output=True, text=True, check=True).stdout.splitlines()


def test_dropped_for_want_of_an_actor_are_split_into_winnable_covered_and_no_gold():
    out = _run()
    assert "`dropped: no actor`: 23 candidates" in out
    assert any(line.startswith("  winnable: 5 ") for line in out)
    assert any(line.startswith("  no gold: 18 ") for line in out)


def test_the_list_gives_each_drop_with_its_gold_event_and_sentence():
    out = _run("--list")
    # an agreement told in the passive with no agent: the gold knows its parties, the coder found none
    assert "winnable  wa01 s4 agree.reached passive 'Договорот беше постигнат' gold AGREE ['Israel', 'Hamas']" in out
    # a headline's congratulation with no one to give it: the gold codes no event there
    assert "no gold   wa06 s0 support.congratulate verb 'честита'" in out
