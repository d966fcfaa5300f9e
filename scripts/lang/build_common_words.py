"""Build src/vesnik/lang/mk/common_words.txt.gz: words that are not names.

A capitalised word at the start of a sentence (`Согласно`, `Помина`) looks like a name to a
statistical tagger. This list holds the word forms that, inside sentences of the Assembly
stenographic record (public record), are written in lower case at least 95% of the time and
at least 5 times: the entities stage drops a one-word name found by the model at the start of
a sentence when its lower-case form is on the list and the knowledge base does not know it.

    python scripts/lang/build_common_words.py
"""
from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "data"
OUT = REPO / "src" / "vesnik" / "lang" / "mk" / "common_words.txt.gz"
# a word preceded by a lower-case word or a comma: not at a sentence start
INSIDE = re.compile(r"(?<=[а-шѓќљњџѕјѐѝ,] )([А-ШЃЌЉЊЏЅЈ]?[а-шѓќљњџѕјѐѝ]+)")
MIN_COUNT, MIN_LOWER_SHARE = 5, 0.95


def main() -> None:
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    with open(SHARED / "parliament" / "sobranie_speeches.jsonl", encoding="utf-8") as fh:
        for line in fh:
            for word in INSIDE.findall(json.loads(line)["text"]):
                (upper if word[0].isupper() else lower)[word.lower()] += 1
    words = sorted(w for w, n in lower.items()
                   if n + upper[w] >= MIN_COUNT and n / (n + upper[w]) >= MIN_LOWER_SHARE)
    OUT.write_bytes(gzip.compress(("\n".join(words) + "\n").encode("utf-8"), mtime=0))
    print(f"{len(words)} common words -> {OUT.relative_to(REPO)} ({OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
