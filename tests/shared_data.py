"""Where the tests find the shared data that the project is developed against.

`../shared` sits beside the repository on the developers' machines and in CI; a user's
fresh clone does not have it, and the tests that read it skip with this reason.
"""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_7a63ac34bb4a1cba.txt"
ARTICLES = SHARED / "data" / "news" / "articles.jsonl"
LID = SHARED / "data" / "lid" / "ntrex_sentences.jsonl"

needs_shared = pytest.mark.skipif(
    not (SHARED / "data").is_dir(),
    reason=f"shared data not found at {SHARED} (it sits beside the repository on the developers' "
    "machines and in CI, not in a fresh clone)",
)


@cache
def articles() -> dict[str, dict]:
    with open(ARTICLES, encoding="utf-8") as fh:
        return {row["id"]: row for row in map(json.loads, fh)}
