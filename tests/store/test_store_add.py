"""Adding documents: once per content hash, one transaction each."""
from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError

from vesnik.document import Sentence
from vesnik.store import Store, content_hash, document_hash

from .conftest import mickoski_putin, putin_vucic

EMPTY = {"documents": 0, "sentences": 0, "entities": 0, "mentions": 0, "quotes": 0, "events": 0}


def _counts(store: Store) -> dict[str, int]:
    stats = store.stats()
    return {name: stats[name] for name in EMPTY}


def test_add_twice_stores_once(store):
    doc = mickoski_putin()
    assert not store.has(doc.content_hash)
    assert store.add(doc) is True
    assert store.has(doc.content_hash)
    before = _counts(store)
    assert store.add(mickoski_putin()) is False
    assert _counts(store) == before == {
        "documents": 1, "sentences": 3, "entities": 4, "mentions": 5, "quotes": 1, "events": 2
    }


def test_same_content_under_another_id_is_the_same_document(store):
    store.add(mickoski_putin())
    again = mickoski_putin()
    again.id, again.source = "elsewhere-7", "other.jsonl:7"
    assert store.add(again) is False
    assert [d.id for d in store.documents()] == ["mk-1"]


def test_rerun_of_a_batch_changes_nothing(store, docs):
    assert [store.add(d) for d in docs] == [True, True, True]
    first = store.stats()
    assert [store.add(d) for d in docs] == [False, False, False]
    assert store.stats() == first
    assert len(store.search("putin")) == 2


def test_hash_without_content_hash_comes_from_raw_text():
    doc = putin_vucic()
    raw = doc.raw_text
    doc.content_hash = None
    assert document_hash(doc) == content_hash(raw)


def test_store_without_content_hash_uses_the_text(store):
    doc = putin_vucic()
    doc.content_hash = None
    assert store.add(doc)
    assert store.has(content_hash(doc.raw_text))
    assert not store.add(doc)


def test_failure_mid_document_leaves_nothing(store, monkeypatch):
    original = Store._index

    def index_then_fail(self, session, document_id, doc):
        original(self, session, document_id, doc)  # rows and search index written, not committed
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(Store, "_index", index_then_fail)
    doc = mickoski_putin()
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.add(doc)
    assert _counts(store) == EMPTY
    assert not store.has(doc.content_hash)
    assert store.search("putin") == []
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM search_text").scalar() == 0
        if store.fts:
            assert connection.exec_driver_sql("SELECT count(*) FROM search_fts").scalar() == 0

    monkeypatch.undo()
    assert store.add(doc) is True  # the interrupted document goes in on the next run
    assert [hit.doc_id for hit in store.search("putin")] == ["mk-1"]


def test_constraint_violation_is_an_error_and_rolls_back(store):
    store.add(putin_vucic())
    bad = mickoski_putin()
    bad.sentences.append(Sentence(index=0, start=0, end=5))  # sentence index 0 twice
    with pytest.raises(IntegrityError):
        store.add(bad)
    assert not store.has(bad.content_hash)
    assert _counts(store) == {"documents": 1, "sentences": 2, "entities": 3, "mentions": 3, "quotes": 0,
                              "events": 1}


def test_documents_come_back_as_they_went_in(filled, docs):
    back = list(filled.documents())
    assert [d.output() for d in back] == [d.output() for d in docs]
    assert [d.content_hash for d in back] == [d.content_hash for d in docs]
    assert back[0].warnings[0].message == "a test warning"


def test_documents_filters(filled):
    assert [d.id for d in filled.documents(language="en")] == ["en-1", "en-2"]
    assert [d.id for d in filled.documents(since="2024-05-01")] == ["mk-1", "en-1"]
    assert [d.id for d in filled.documents(until="2024-05-03")] == ["en-1", "en-2"]


def test_get(filled):
    doc = mickoski_putin()
    assert filled.get(doc.content_hash).output() == doc.output()
    assert filled.get("0" * 64) is None


def _add_all(path, order, extra_text):
    from .conftest import Builder, mickoski_putin, putin_vucic, skopje_protest

    docs = [mickoski_putin(), putin_vucic(), skopje_protest()]
    docs = [docs[i] for i in order] + [Builder(f"x-{extra_text}", f"Вест број {extra_text}.").doc]
    with Store(path) as store:
        return [store.add(doc) for doc in docs]


def test_parallel_writers_store_each_document_once(tmp_path):
    import multiprocessing

    path = tmp_path / "shared.sqlite"  # made by whichever writer comes first
    orders = [(0, 1, 2), (2, 1, 0), (1, 0, 2), (1, 2, 0)]
    with multiprocessing.get_context("fork").Pool(4) as pool:
        results = pool.starmap(_add_all, [(path, order, str(n)) for n, order in enumerate(orders)])
    assert all(r[3] for r in results)  # each writer's own document
    added = [sum(r[orders[n].index(i)] for n, r in enumerate(results)) for i in range(3)]
    assert added == [1, 1, 1]  # each shared document added by exactly one writer
    with Store(path) as store:
        assert store.stats()["documents"] == 3 + 4
