"""The shipped NER model's greedy entity decoding, done in numpy: the same choices as spaCy's
`EntityRecognizer`, bit for bit, at a fraction of the cost.

spaCy 3.8's compiled decoder re-takes Python's lock for every move it checks at every token
(about 40% of the model's time on one core in `perf`). With no upper layer (`use_upper = false`
in scripts/ner/config.cfg) a move's score is a maxout over the sum of three precomputed feature
rows — the next word's, the open entity's first word's and the word before — so the scores of
every token outside an entity come from one array operation; only the words inside an entity
are scored one at a time.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import cache

import numpy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.tokens import Doc, Span

from vesnik.entities.vectors import TokenVectors


class GreedyEntities:
    """Runs the pipeline's `tok2vec` and sets `doc.ents` as its `ner` would."""

    def __init__(self, nlp):
        ner = nlp.get_pipe("ner")
        model = ner.model
        tok2vec = nlp.get_pipe("tok2vec")
        self.tok2vec = TokenVectors(tok2vec.model) if TokenVectors.fits(tok2vec.model) else tok2vec
        self.features, self.lower = model.get_ref("tok2vec"), model.get_ref("lower")
        self.bias = self.lower.get_param("b")  # (moves, pieces)
        self.seen = numpy.ones(ner.moves.n_moves, dtype=bool)
        self.seen[list(model.attrs["unseen_classes"])] = False
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        kind = numpy.array([name.partition("-")[0] for name in names])
        labelled = numpy.array([bool(name.partition("-")[2]) for name in names])
        self.out = kind == "O"
        self.begin = (kind == "B") & labelled
        self.unit = (kind == "U") & labelled  # `U-` only marks a preset blocked token: never valid here
        self.moves = [(k, nlp.vocab.strings.add(name[2:]) if name[2:] else 0) for k, name in zip(kind.tolist(), names)]
        self.inside = {label: (names.index(f"I-{name[2:]}"), names.index(f"L-{name[2:]}"))
                       for (k, label), name in zip(self.moves, names) if k == "B"}

    def _scores(self, summed: numpy.ndarray) -> numpy.ndarray:
        """The moves' scores from summed features (…, moves, pieces): maxout, then a move never
        seen in training gets the lowest score of its row."""
        scores = (summed + self.bias).max(axis=-1)
        if not self.seen.all():
            scores[..., ~self.seen] = scores.min(axis=-1, keepdims=True)
        return scores

    def __call__(self, doc: Doc) -> Doc:
        doc, n = self.tok2vec(doc), len(doc)
        if not n:
            doc.ents = []
            return doc
        # row 0 is the padding of a missing feature, row i + 1 token i's; features: next word,
        # open entity's first word, word before
        cached = self.lower.predict(self.features.predict([doc]))
        pad, rows = cached[0], cached[1:]
        # no entity open: features (word, missing, missing), summed in the compiled order
        closed = self._scores(rows[:, 0] + pad[1] + pad[2])
        flags = doc.to_array([IS_SPACE, SENT_START])
        space = flags[:, 0].astype(bool)
        next_starts = numpy.append(flags[1:, 1] == 1, True)  # the last token cannot begin either
        valid = (self.out[None, :] | (self.unit[None, :] & ~space[:, None])
                 | (self.begin[None, :] & ~(space | next_starts)[:, None]))
        best = numpy.where(valid, closed, -numpy.inf).argmax(axis=1).tolist()  # first best, as spaCy's
        ents, i = [], 0
        while i < n:
            kind, label = self.moves[best[i]]
            if kind == "U":
                ents.append(Span(doc, i, i + 1, label=label))
            elif kind == "B":
                start, (in_move, last_move) = i, self.inside[label]
                while True:
                    i += 1
                    scores = self._scores(rows[i, 0] + rows[start, 1] + rows[i - 1, 2])
                    # `I-` moves come before `L-` ones: a tie continues the entity, as spaCy's argmax
                    if next_starts[i] or scores[last_move] > scores[in_move]:
                        break
                ents.append(Span(doc, start, i + 1, label=label))
            i += 1
        doc.ents = ents
        return doc


def _components(nlp) -> Callable[[Doc], Doc]:
    def run(doc: Doc) -> Doc:
        for _, component in nlp.pipeline:
            doc = component(doc)
        return doc
    return run


@cache
def recogniser(nlp) -> Callable[[Doc], Doc]:
    """What sets a model's entities on a doc: the numpy decoding for a `tok2vec` + greedy `ner`
    with no upper layer (the shipped model and the cross-validation's fold models); any other
    pipeline (a rule-based stand-in) runs its components."""
    if getattr(nlp, "pipe_names", None) == ["tok2vec", "ner"]:
        ner = nlp.get_pipe("ner")
        if not ner.model.attrs["has_upper"] and ner.cfg["beam_width"] == 1:
            return GreedyEntities(nlp)
    return _components(nlp)
