"""The shipped NER model's token vectors (its `tok2vec`), computed without thinc's layer machinery
and with each word's embedding kept: the same floats as spaCy's forward, bit for bit.

The model's `spacy.Tok2Vec.v2` is a `MultiHashEmbed` (hashed NORM, PREFIX, SUFFIX and SHAPE
tables, a maxout and a layer norm), then a `MaxoutWindowEncoder` (residual window layers). The
embedding of a token depends only on its four features, so it is computed once per distinct
features and looked up after; the encoder sees neighbours and runs on every document. The
kernels are thinc's own (blis `gemm`, `hash`, `gather_add`, `maxout`, `seq2col`), called in the
order its layers call them; each row's result does not depend on the other rows of the batch.
"""
from __future__ import annotations

import re

import numpy
from spacy.tokens import Doc

# the layer names of a `spacy.Tok2Vec.v2` with a `MultiHashEmbed.v2` (no static vectors, with the
# layer norm) and a `MaxoutWindowEncoder.v2`, as thinc composes them
ARCHITECTURE = re.compile(r"extract_features>>list2ragged>>with_array\(ints-getitem>>hashembed(\|ints-getitem>>hashembed)*\)"
                          r">>with_array\(maxout>>layernorm>>dropout\)>>ragged2list"
                          r">>with_array\(residual\(expand_window>>maxout>>layernorm>>dropout\)"
                          r"(>>residual\(expand_window>>maxout>>layernorm>>dropout\))*\)")
# distinct feature rows kept (about 350 bytes each with the key): a bound on memory over a long run
MAX_KEPT = 50_000


def _maxout_norm(ops, X: numpy.ndarray, maxout, norm) -> numpy.ndarray:
    """thinc's `maxout >> layernorm` forward (dropout is the identity when predicting)."""
    nO, nP, nI = maxout.get_dim("nO"), maxout.get_dim("nP"), maxout.get_dim("nI")
    Y = ops.gemm(X, ops.reshape2f(maxout.get_param("W"), nO * nP, nI), trans2=True)
    Y += ops.reshape1f(maxout.get_param("b"), nO * nP)
    best, _ = ops.maxout(ops.reshape3f(Y, Y.shape[0], nO, nP))
    mu = best.mean(axis=1, keepdims=True)
    var = best.var(axis=1, keepdims=True) + 1e-08
    out = (best - mu) * var ** (-1.0 / 2.0) * norm.get_param("G")
    out += norm.get_param("b")
    return out


class TokenVectors:
    """Sets `doc.tensor` as the pipeline's `tok2vec` component would."""

    def __init__(self, tok2vec_model):
        self.ops = tok2vec_model.ops
        layers = {node.name: [] for node in tok2vec_model.walk()}
        for node in tok2vec_model.walk():
            layers[node.name].append(node)
        self.columns = layers["extract_features"][0].attrs["columns"]
        self.tables = [(e.attrs["column"], e.attrs["seed"], e.get_param("E")) for e in layers["hashembed"]]
        maxouts, norms = layers["maxout"], layers["layernorm"]
        self.embed = (maxouts[0], norms[0])
        self.encode = list(zip(maxouts[1:], norms[1:]))
        self.window = layers["expand_window"][0].attrs["window_size"]
        self.pad = next(node.attrs["pad"] for node in layers[tok2vec_model.layers[-1].name])
        self.width = norms[0].get_dim("nO")
        self.kept: dict[bytes, int] = {}
        self.rows = numpy.zeros((1024, self.width), dtype="float32")

    @staticmethod
    def fits(tok2vec_model) -> bool:
        return ARCHITECTURE.fullmatch(tok2vec_model.name) is not None

    def _embed(self, features: numpy.ndarray) -> numpy.ndarray:
        """`MultiHashEmbed`'s output for rows of features (tokens, columns)."""
        ops = self.ops
        parts = []
        for column, seed, table in self.tables:
            ids = ops.as_contig(features[:, column], dtype="uint64")
            parts.append(ops.gather_add(table, ops.hash(ids, seed) % table.shape[0]))
        return _maxout_norm(ops, numpy.hstack(parts), *self.embed)

    def _embedded(self, doc: Doc) -> numpy.ndarray:
        features = numpy.ascontiguousarray(doc.to_array(self.columns), dtype="uint64")
        kept = self.kept
        keys = features.view(f"V{8 * features.shape[1]}").ravel().tolist()  # a row's bytes: a small, cheap key
        new: dict[bytes, int] = {}
        for i, key in enumerate(keys):
            if key not in kept and key not in new:
                new[key] = i
        if not new:
            return self.rows[[kept[key] for key in keys]]
        size = len(kept)
        if size + len(new) > MAX_KEPT:  # the bound is reached: the document's rows are computed, not kept
            return self._embed(features)
        if size + len(new) > len(self.rows):
            grown = numpy.zeros((max(2 * len(self.rows), size + len(new)), self.width), dtype="float32")
            grown[:size] = self.rows[:size]
            self.rows = grown
        self.rows[size:size + len(new)] = self._embed(features[list(new.values())])
        for n, key in enumerate(new):
            kept[key] = size + n
        return self.rows[[kept[key] for key in keys]]

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            doc.tensor = self.ops.alloc2f(0, self.width)
            return doc
        n, pad, ops = len(doc), self.pad, self.ops
        X = numpy.zeros((n + 2 * pad, self.width), dtype="float32")  # thinc's `flatten(pad=…)`
        X[pad:pad + n] = self._embedded(doc)
        for maxout, norm in self.encode:
            X = X + _maxout_norm(ops, ops.seq2col(X, self.window), maxout, norm)
        doc.tensor = X[pad:pad + n]
        return doc
