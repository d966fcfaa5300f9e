"""Search across scripts: Latin queries find Cyrillic text and the other way round."""
from __future__ import annotations

import pytest

from vesnik.store.search import parse_query, snippet


@pytest.fixture(params=["fts", "like"])
def searchable(request, filled):
    """The same store searched with the FTS5 index and with the LIKE fallback of other backends."""
    if request.param == "like":
        filled.fts = False
    return filled


def _ids(store, query):
    return sorted(hit.doc_id for hit in store.search(query))


@pytest.mark.parametrize("query", ["putin", "Putin", "PUTIN", "Путин", "путин", "ПУТИН"])
def test_putin_in_any_script(searchable, query):
    assert _ids(searchable, query) == ["en-1", "mk-1"]


@pytest.mark.parametrize("query", ["skopje", "Skopje", "Скопје", "скопје"])
def test_skopje_in_any_script(searchable, query):
    assert _ids(searchable, query) == ["en-2", "mk-1"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Vučić", ["en-1"]),
        ("vucic", ["en-1"]),
        ("Вучиќ", ["en-1"]),  # Macedonian writes Serbian ć as ќ
        ("mickoski", ["mk-1"]),
        ("Mickoski", ["mk-1"]),
        ("hristijan", ["mk-1"]),
        ("razgovarashe", ["mk-1"]),  # digraph spelling of ш
        ("razgovarase", ["mk-1"]),
        ("razgovaraše", ["mk-1"]),
        ("разговар", ["mk-1"]),  # a word prefix
        ("putin skopje", ["mk-1"]),  # all words must match
        ('"vladimir putin"', ["en-1", "mk-1"]),  # a phrase
        ('"putin vladimir"', []),
        ("electricity", ["en-2"]),
        ("zelensky", []),
        ("   ", []),
        ("„“ ,.", []),
    ],
)
def test_queries(searchable, query, expected):
    assert _ids(searchable, query) == expected


def test_title_is_searched(searchable):
    assert _ids(searchable, "meets") == ["en-1"]


def test_hit_snippet_is_cut_from_the_original_text(searchable):
    (hit,) = [h for h in searchable.search("putin") if h.doc_id == "mk-1"]
    assert hit.title == "Мицкоски разговараше со Путин"
    assert hit.published.isoformat() == "2024-06-12"
    assert "Владимир Путин" in hit.snippet
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["Путин"]


def test_hit_fields(searchable):
    (hit,) = searchable.search("vucic")
    assert (hit.doc_id, hit.url, hit.source) == ("en-1", "https://example.org/putin-vucic", "test:en-1")
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["Vučić"]


def test_limit(searchable):
    assert len(searchable.search("putin", limit=1)) == 1
    assert searchable.search("putin", limit=0) == []


def test_parse_query():
    assert parse_query('Путин "Владимир Путин" ,') == [["putin"], ["vladimir", "putin"]]


def test_snippet_window_and_marks():
    text = ("Вовед. " * 40) + "Собранието на Република Северна Македонија денеска го изгласа законот. " + ("Крај. " * 40)
    cut, highlights = snippet(text, parse_query("sobranieto"), width=80)
    assert cut.startswith("…") and cut.endswith("…")
    assert len(cut) < 120
    assert [cut[s:e] for s, e in highlights] == ["Собранието"]


def test_snippet_without_match_is_the_beginning():
    cut, highlights = snippet("Кратка вест.\nВтора реченица.", [["nema"]])
    assert (cut, highlights) == ("Кратка вест. Втора реченица.", ())


def test_snippet_marks_every_match_in_the_window():
    text = "Путин рече дека Putin и ПУТИН се иста личност."
    cut, highlights = snippet(text, parse_query("путин"))
    assert [cut[s:e] for s, e in highlights] == ["Путин", "Putin", "ПУТИН"]


def test_title_matches_rank_first(store):
    from .conftest import Builder

    if not store.fts:
        pytest.skip("ranking needs the FTS5 index")
    body_only = Builder("body", "Ревизијата на буџетот е готова.", title="Седница на владата")
    in_title = Builder("title", "Владата денеска заседаваше цел ден во Скопје. " * 3, title="Ревизија на буџетот")
    store.add(body_only.doc)
    store.add(in_title.doc)
    assert [h.doc_id for h in store.search("ревизија")] == ["title", "body"]
