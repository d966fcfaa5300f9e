"""Validate the knowledge-base sources and compile src/vesnik/kb/kb.json.gz.

Reads every YAML file under src/vesnik/kb/sources/ (the other generated sources first:
scripts/kb/countries.py, scripts/kb/parliament_speakers.py), merges entries that share an
id, expands Macedonian forms through src/vesnik/lang/mk/inflection.yaml, checks for
contradictions (vesnik.kb.check) and writes the compiled file only when there are none.

    .venv/bin/python scripts/kb/build_kb.py
"""
from __future__ import annotations

import sys
from collections import Counter

from vesnik.kb.build import KB_PATH, BuildError, compile_kb, write_kb


def main() -> int:
    try:
        compiled = compile_kb()
    except BuildError as err:
        print(err, file=sys.stderr)
        return 1
    write_kb(compiled)
    types = Counter(a["type"] for a in compiled["actors"])
    kinds = Counter(kind for _, _, kind in compiled["forms"])
    print(f"{len(compiled['actors'])} actors ({', '.join(f'{t} {n}' for t, n in sorted(types.items()))}), "
          f"{len(compiled['forms'])} forms ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))}) "
          f"-> {KB_PATH.name} ({KB_PATH.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
