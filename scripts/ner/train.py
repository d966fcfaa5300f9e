"""Train vesnik's Macedonian NER model on the project's own annotations and ship it in the package.

    python scripts/ner/train.py [--steps N] [--out src/vesnik/models/ner-mk]

Training data: the `dev`, `dev_parliament` and `train` documents of `annotations/ner/`
(stand-off spans over `../shared/data`), cut into paragraphs; every tenth document (by id
hash) is held back for spaCy's model selection. The `test` split is never read here: it is
scored by `scripts/eval/ner.py`. The model is a small CNN (spaCy `tok2vec` + transition-based
`ner`, no pretrained vectors), so it runs offline on one CPU core. (Static word2vec vectors
trained on the Assembly record and the dev/train articles were tried: 0.81 against 0.79
entity F1 on the held-back documents, within noise for seven documents, and not shipped.)
"""
from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
from pathlib import Path

import spacy
from spacy.cli.train import train
from spacy.tokens import DocBin

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
from scripts.ner.corpus import annotated_documents  # noqa: E402

CONFIG = Path(__file__).with_name("config.cfg")
DEFAULT_OUT = REPO / "src" / "vesnik" / "models" / "ner-mk"
LABELS = ("PER", "ORG", "GPE", "LOC")


def paragraph_docs(nlp, text: str, spans: list[dict]):
    """One spaCy Doc per paragraph (line) with its gold entities."""
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        doc = nlp.make_doc(line)
        ents = []
        for s in spans:
            if start <= s["start"] and s["end"] <= end and s["label"] in LABELS:
                span = doc.char_span(s["start"] - start, s["end"] - start, label=s["label"], alignment_mode="expand")
                if span is not None:
                    ents.append(span)
        doc.ents = spacy.util.filter_spans(ents)
        yield doc


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=None)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    nlp = spacy.blank("mk")
    train_bin, dev_bin = DocBin(), DocBin()
    counts = {"train": 0, "dev": 0}
    for doc_id, text, spans in annotated_documents(("dev", "train")):
        held_back = int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 10 == 0
        for doc in paragraph_docs(nlp, text, spans):
            (dev_bin if held_back else train_bin).add(doc)
        counts["dev" if held_back else "train"] += 1
    print(f"documents: {counts}")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        train_bin.to_disk(tmp / "train.spacy")
        dev_bin.to_disk(tmp / "dev.spacy")
        overrides = {"paths.train": str(tmp / "train.spacy"), "paths.dev": str(tmp / "dev.spacy")}
        if args.steps:
            overrides["training.max_steps"] = args.steps
        train(CONFIG, tmp / "out", overrides=overrides)
        best = tmp / "out" / "model-best"
        if args.out.exists():
            shutil.rmtree(args.out)
        shutil.copytree(best, args.out)
    meta = json.loads((args.out / "meta.json").read_text())
    meta["name"], meta["version"] = "ner_mk", "0.1.0"
    meta["sources"] = [{"name": "vesnik NER annotations (annotations/ner)", "license": "CC BY-SA 4.0 (texts: SETimes, NTREX-128, Sobranie record)"}]
    (args.out / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2))
    print(f"model written to {args.out}")


if __name__ == "__main__":
    main()
