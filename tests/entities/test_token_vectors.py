"""The token vectors vesnik computes for the shipped model are spaCy's `tok2vec` output, bit for bit."""
import numpy
import spacy

from vesnik.entities import ner_model, vectors
from vesnik.entities.vectors import TokenVectors
from vesnik.segment import make_nlp

TEXTS = [
    "Градоначалникот Мартин Трајчевски го пречека претседателот на Словенија Мирко Новак во Битола.",
    "Министерството за здравство соопшти дека Институтот за јавно здравје ќе ги објави податоците.",
    # the same words in another order: their kept embeddings meet other neighbours
    "Институтот за јавно здравје соопшти дека Министерството за здравство ќе ги објави податоците.",
    "„Нема да се откажеме“, рече Ана Петровска-Николовска, портпаролка на Владата на Албанија.\n\nКрај.",
    "Скопје",
    "",
]


def _assert_same(ours: TokenVectors, tok2vec, nlp) -> None:
    for text in TEXTS:
        doc = nlp(text)
        reference = tok2vec.model.predict([doc])[0] if len(doc) else numpy.zeros((0, ours.width), dtype="float32")
        got = ours(doc).tensor
        assert got.shape == reference.shape and got.tobytes() == reference.tobytes(), text


def test_the_vectors_match_spacys_forward_with_words_seen_before():
    model = ner_model("mk")
    if model is None:
        return
    tok2vec = model.get_pipe("tok2vec")
    assert TokenVectors.fits(tok2vec.model)
    ours = TokenVectors(tok2vec.model)
    for _ in range(2):  # the second pass reads every word's embedding from what was kept
        _assert_same(ours, tok2vec, make_nlp("mk"))
    assert ours.kept


def test_past_the_bound_the_embeddings_are_computed_and_not_kept(monkeypatch):
    model = ner_model("mk")
    if model is None:
        return
    monkeypatch.setattr(vectors, "MAX_KEPT", 3)
    tok2vec = model.get_pipe("tok2vec")
    ours = TokenVectors(tok2vec.model)
    _assert_same(ours, tok2vec, make_nlp("mk"))
    assert len(ours.kept) <= 3


def test_another_architecture_is_left_to_spacy():
    nlp = spacy.blank("mk")
    # the same embedding with a Mish window encoder: not the shipped kind
    nlp.add_pipe("tok2vec", config={"model": {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": 32, "attrs": ["NORM", "SHAPE"],
                  "rows": [500, 100], "include_static_vectors": False},
        "encode": {"@architectures": "spacy.MishWindowEncoder.v2", "width": 32, "depth": 2, "window_size": 1}}})
    nlp.initialize()
    assert not TokenVectors.fits(nlp.get_pipe("tok2vec").model)
