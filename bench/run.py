"""Benchmark: articles per second, per stage, and peak memory over the shared news articles,
compared in the same run with a reference.

    python bench/run.py [--input ../shared/data/news/articles.jsonl] [--repeat 5] [--workers 2]

Each configuration runs in its own process, so its peak memory (max RSS) is its own:
- `vesnik foundation`: ingest (JSONL reader) -> clean/repair -> sentences -> language, one core;
- `vesnik up to linking`: the same plus entities and linking, one core;
- `vesnik full pipeline`: every stage, on one core and through `vesnik.runner` with N workers;
- `reference`: the straightforward way with the same libraries — spaCy `blank("mk")` with
  its rule-based `sentencizer`, then lingua over every sentence — with no repair.
The articles are repeated `--repeat` times so the timing is not dominated by start-up; model
loading and start-up happen before the clock starts.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

DEFAULT_INPUT = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "articles.jsonl"


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _texts(path: Path, repeat: int) -> list[str]:
    return [json.loads(line)["text"] for line in open(path, encoding="utf-8")] * repeat


WARM_UP = ("Министерот за надворешни работи вчера се сретна со германскиот амбасадор во Скопје, соопшти Владата. "
           "„Ќе ја поддржиме соработката“, рече тој. Полицијата уапси двајца осомничени во Битола.")


def bench_vesnik(path: Path, repeat: int, workers: int, until: str | None = None) -> dict:
    from vesnik.document import Document
    from vesnik.ingest import read_inputs
    from vesnik.language import identifier
    from vesnik.pipeline.default import build_pipeline
    from vesnik.runner import run

    for warm in ("Ова е реченица.", "This is a sentence.", "Ово је реченица."):
        identifier().identify(warm)  # load the language models before the clock starts
    paths = [str(path)] * repeat
    if workers > 1:
        started = time.perf_counter()
        n = sum(1 for status, _ in run(read_inputs(paths), workers=workers, until=until) if status == "done")
        seconds = time.perf_counter() - started
        return {"articles": n, "seconds": seconds, "articles_per_s": n / seconds, "peak_mb": _peak_mb(),
                "note": "peak memory of the parent process only"}
    pipeline = build_pipeline(until)
    # word lists, the knowledge base and the lexicons load on a step's first document: one written
    # for the bench goes through before the clock starts, and the steps' counters start at zero
    pipeline.run_one(Document(id="warm-up", source="bench", raw_text=WARM_UP, published=date(2026, 3, 5)))
    for step in pipeline.steps:
        step.seconds = 0.0
        step.stats.clear()
    started = time.perf_counter()
    ingest_seconds, n = 0.0, 0
    docs = read_inputs(paths)
    while True:
        t0 = time.perf_counter()
        doc = next(docs, None)
        ingest_seconds += time.perf_counter() - t0
        if doc is None:
            break
        n += pipeline.run_one(doc).ok
    seconds = time.perf_counter() - started
    stages = {"ingest": n / ingest_seconds}
    stages.update({s.name: n / s.seconds for s in pipeline.steps if s.seconds})
    return {"articles": n, "seconds": seconds, "articles_per_s": n / seconds, "peak_mb": _peak_mb(),
            "stage_articles_per_s": stages}


def bench_reference(path: Path, repeat: int) -> dict:
    import spacy
    from lingua import Language, LanguageDetectorBuilder

    nlp = spacy.blank("mk")
    nlp.add_pipe("sentencizer")
    detector = LanguageDetectorBuilder.from_languages(
        Language.MACEDONIAN, Language.BULGARIAN, Language.SERBIAN, Language.RUSSIAN, Language.UKRAINIAN,
        Language.BELARUSIAN, Language.CROATIAN, Language.BOSNIAN, Language.SLOVENE, Language.ENGLISH,
        Language.ALBANIAN, Language.GREEK, Language.TURKISH).with_preloaded_language_models().build()
    started = time.perf_counter()
    texts = _texts(path, repeat)
    for text in texts:
        doc = nlp(text)
        detector.detect_language_of(text[:1000])
        for sent in doc.sents:
            detector.detect_language_of(sent.text)
    seconds = time.perf_counter() - started
    return {"articles": len(texts), "seconds": seconds, "articles_per_s": len(texts) / seconds, "peak_mb": _peak_mb()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--only", choices=["vesnik", "reference"], help=argparse.SUPPRESS)
    ap.add_argument("--until", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if not args.input.exists():
        sys.exit(f"bench: input {args.input} not found (the shared data sits beside the repository)")
    if args.only == "vesnik":
        print(json.dumps(bench_vesnik(args.input, args.repeat, args.workers, args.until)))
        return
    if args.only == "reference":
        print(json.dumps(bench_reference(args.input, args.repeat)))
        return
    configs = [("vesnik foundation (ingest, clean, sentences, language), 1 core",
                ["--only", "vesnik", "--workers", "1", "--until", "language"]),
               ("vesnik up to linking (+ entities, linking), 1 core", ["--only", "vesnik", "--workers", "1", "--until", "linking"]),
               ("vesnik full pipeline, 1 core", ["--only", "vesnik", "--workers", "1"])]
    if args.workers > 1:
        configs.append((f"vesnik full pipeline, {args.workers} workers", ["--only", "vesnik", "--workers", str(args.workers)]))
    configs.append(("reference: spaCy sentencizer + lingua per sentence", ["--only", "reference"]))
    print(f"input: {args.input} x{args.repeat}\n")
    print("| configuration | articles | seconds | articles/s | peak memory (MB) |\n|---|---|---|---|---|")
    details = []
    for name, extra in configs:
        out = subprocess.run([sys.executable, __file__, "--input", str(args.input), "--repeat", str(args.repeat), *extra],
                             check=True, capture_output=True, text=True).stdout
        res = json.loads(out)
        print(f"| {name} | {res['articles']} | {res['seconds']:.2f} | {res['articles_per_s']:.0f} | {res['peak_mb']:.0f} |")
        if "stage_articles_per_s" in res:
            details.append(res["stage_articles_per_s"])
    for stages in details:
        print("\nper stage (articles/s, that stage alone): " + ", ".join(f"{k} {v:,.0f}" for k, v in stages.items()))


if __name__ == "__main__":
    main()
