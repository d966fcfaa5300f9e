"""K-fold cross-validation of entity recognition over the documents the shipped model trains on.

    python scripts/ner/crossval.py train [--folds 5] [--dir /tmp/vesnik-ner-folds] [--steps N] [--augment N] [--set K=V …]
    python scripts/ner/crossval.py score [--folds 5] [--dir …] [--errors FILE]

`train` trains one model per fold on the `dev` and `train` documents outside the fold (as
scripts/ner/train.py does, every tenth of them held back for spaCy's model selection); `score`
runs vesnik's recognition and linking with each fold's model over that fold's documents, so
every training document is predicted by a model that never saw it, and prints precision,
recall and F1 (exact span and type) for the model alone and for the default set-up (model,
knowledge base and rules). The rules of the entities stage are written against these
out-of-fold errors (`--errors` writes them to a file): 150 documents instead of the fifteen
held back by one training run. The test split is never read.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
from scripts.eval.ner import LABELS, dates, predict, prf  # noqa: E402
from scripts.ner.corpus import annotated_documents  # noqa: E402
from scripts.ner.train import config_overrides, train_model  # noqa: E402

SPLITS = ("dev", "train")


def fold_of(doc_id: str, folds: int) -> int:
    # salted so that the folds do not coincide with train.py's held-back tenth (sha1 % 10 == 0)
    return int(hashlib.sha1(f"fold:{doc_id}".encode()).hexdigest(), 16) % folds


def fold_documents(folds: int) -> dict[int, list[tuple[str, str, list[dict]]]]:
    out: dict[int, list] = {k: [] for k in range(folds)}
    for doc in annotated_documents(SPLITS):
        out[fold_of(doc[0], folds)].append(doc)
    return out


def train_folds(folds: int, where: Path, overrides: dict, augment: int) -> None:
    for k, docs in fold_documents(folds).items():
        counts = train_model(where / f"fold{k}", SPLITS, exclude=frozenset(d[0] for d in docs), augment=augment,
                             overrides=overrides)
        print(f"fold {k}: {len(docs)} documents out, trained on {counts}", flush=True)


def score_folds(folds: int, where: Path, errors_path: Path | None) -> None:
    import spacy

    from vesnik.entities import EntityStep
    from vesnik.pipeline.default import build_pipeline

    published = dates()
    setups = {"model only": {"use_gazetteer": False}, "both (default)": {}}
    counts = {setup: {label: Counter() for label in LABELS} for setup in setups}
    errors = []
    for k, docs in fold_documents(folds).items():
        model = spacy.load(where / f"fold{k}")
        for setup, options in setups.items():
            pipeline = build_pipeline(until="linking")
            step = EntityStep(**options)
            step.model = model
            pipeline.steps[[s.name for s in pipeline.steps].index("entities")] = step
            for doc_id, text, gold_spans in docs:
                pred = predict(pipeline, doc_id, text, published.get(doc_id))
                gold = {(g["start"], g["end"]): g["label"] for g in gold_spans if g["label"] in LABELS}
                for span, label in gold.items():
                    hit = pred.get(span, ("-",))[0] == label
                    counts[setup][label]["tp" if hit else "fn"] += 1
                    if not hit and setup == "both (default)":
                        errors.append(f"miss  {doc_id} {text[span[0]:span[1]]!r} {label} (got {pred.get(span, ('-',))[0]})")
                for span, (label, _) in pred.items():
                    if label in LABELS and gold.get(span) != label:
                        counts[setup][label]["fp"] += 1
                        if setup == "both (default)":
                            errors.append(f"extra {doc_id} {text[span[0]:span[1]]!r} {label}")
    n = sum(len(d) for d in fold_documents(folds).values())
    print(f"{folds}-fold cross-validation over {n} documents of {'+'.join(SPLITS)}\n")
    print("| set-up | type | precision | recall | F1 | gold |\n|---|---|---|---|---|---|")
    for setup, per_label in counts.items():
        total = sum(per_label.values(), Counter())
        for label, c in [*per_label.items(), ("all", total)]:
            p, r, f = prf(c["tp"], c["fp"], c["fn"])
            print(f"| {setup} | {label} | {p:.3f} | {r:.3f} | {f:.3f} | {c['tp'] + c['fn']} |")
    if errors_path:
        errors_path.write_text("\n".join(sorted(errors)) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("action", choices=["train", "score"])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--dir", type=Path, default=Path("/tmp/vesnik-ner-folds"))
    ap.add_argument("--steps", type=int, default=None)
    ap.add_argument("--set", dest="settings", nargs="*", default=[], metavar="KEY=VALUE")
    ap.add_argument("--augment", type=int, default=1, help="as in scripts/ner/train.py")
    ap.add_argument("--errors", type=Path, help="write the default set-up's out-of-fold errors here")
    args = ap.parse_args()
    if args.action == "train":
        train_folds(args.folds, args.dir, config_overrides(args.steps, args.settings), args.augment)
    else:
        score_folds(args.folds, args.dir, args.errors)


if __name__ == "__main__":
    main()
