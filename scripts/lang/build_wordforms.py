"""Build src/vesnik/lang/mk/wordforms.txt.gz: known Macedonian word forms.

The repair stage uses it to tell legacy-font damage ("истражуваое") from real words: a
damaged word is repaired only when it is unknown and its repair is known. Sources: the
Assembly stenographic record (../shared/data/parliament, public record; forms seen at least
twice) and the lemma tables of spaCy's mk_core_news_sm (CC BY-SA 4.0, Explosion/Netcetera).

    python scripts/lang/build_wordforms.py
"""
from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "data"
OUT = REPO / "src" / "vesnik" / "lang" / "mk" / "wordforms.txt.gz"
WORD = re.compile(r"[а-шѓќљњџѕјѐѝ]+")


def main() -> None:
    counts: Counter[str] = Counter()
    with open(SHARED / "parliament" / "sobranie_speeches.jsonl", encoding="utf-8") as fh:
        for line in fh:
            counts.update(WORD.findall(json.loads(line)["text"].lower()))
    forms = {w for w, c in counts.items() if c >= 2}
    tables = json.loads((SHARED / "lemmas" / "mk_lemmatizer_tables.json").read_text(encoding="utf-8"))
    for words in tables["lemma_index"].values():
        forms.update(w.lower() for w in words)
    for exceptions in tables["lemma_exc"].values():
        forms.update(w.lower() for w in exceptions)
    forms = sorted(f for f in forms if WORD.fullmatch(f))
    OUT.write_bytes(gzip.compress(("\n".join(forms) + "\n").encode("utf-8"), mtime=0))
    print(f"{len(forms)} word forms -> {OUT.relative_to(REPO)} ({OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
