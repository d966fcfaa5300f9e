"""stats() and events(): what the CLI queries and exports read."""
from __future__ import annotations

from datetime import date

from vesnik.store import Store


def test_stats_of_an_empty_store(store):
    stats = store.stats()
    assert stats["documents"] == stats["events"] == 0
    assert stats["event_types"] == {} and stats["languages"] == {}
    assert stats["first_published"] is stats["last_published"] is None
    assert stats["store"] == store.url


def test_stats(filled):
    stats = filled.stats()
    assert {k: stats[k] for k in ("documents", "sentences", "entities", "mentions", "quotes", "events")} == {
        "documents": 3, "sentences": 3 + 2 + 1, "entities": 4 + 3 + 1, "mentions": 5 + 3 + 1, "quotes": 1,
        "events": 2 + 1 + 1,
    }
    assert stats["event_types"] == {"CONSULT": 3, "PROTEST": 1}
    assert list(stats["event_types"]) == ["CONSULT", "PROTEST"]  # most frequent first
    assert stats["languages"] == {"en": 2, "mk": 1}
    assert (stats["first_published"], stats["last_published"]) == ("2024-02-10", "2024-06-12")


def test_stats_unknown_language(store):
    from .conftest import skopje_protest

    doc = skopje_protest()
    doc.language = None
    store.add(doc)
    assert store.stats()["languages"] == {"unknown": 1}


def _keys(events):
    return [(e.doc_id, e.event.id) for e in events]


def test_events_by_day(filled):
    # by day: en-2 (2024-02 is partial: the document's date), en-1, mk-1 V1, mk-1 V2 (no date: the document's)
    assert _keys(filled.events()) == [("en-2", "V1"), ("en-1", "V1"), ("mk-1", "V1"), ("mk-1", "V2")]
    assert [e.day for e in filled.events()] == [date(2024, 2, 10), date(2024, 5, 3), date(2024, 6, 12),
                                                date(2024, 6, 12)]


def test_events_filters(filled):
    assert _keys(filled.events(type="PROTEST")) == [("en-2", "V1")]
    assert _keys(filled.events(type="consult", since="2024-06-01")) == [("mk-1", "V1"), ("mk-1", "V2")]
    assert _keys(filled.events(type=["PROTEST", "CONSULT"], until=date(2024, 5, 3))) == [
        ("en-2", "V1"), ("en-1", "V1")
    ]
    assert _keys(filled.events(actor_country="MKD")) == [("mk-1", "V1"), ("mk-1", "V2")]
    # V2 has actors from MKD and RUS: stored as "MKD,RUS", found by either
    assert _keys(filled.events(actor_country="RUS")) == [("en-1", "V1"), ("mk-1", "V2")]
    assert _keys(filled.events(recipient_country="SRB")) == [("en-1", "V1")]
    assert _keys(filled.events(actor_country="RU")) == []
    assert _keys(filled.events(limit=1)) == [("en-2", "V1")]


def test_event_comes_back_whole(filled, docs):
    (stored,) = [e for e in filled.events(type="CONSULT") if e.doc_id == "mk-1" and e.event.id == "V2"]
    assert stored.event == docs[0].events[1]
    assert stored.title == "Мицкоски разговараше со Путин"
    assert stored.published == date(2024, 6, 12)
    assert stored.actors == ["Христијан Мицкоски", "Владимир Путин"]
    assert stored.recipients == []
    assert stored.location == "Скопје"
    assert stored.sentence == "Двајцата лидери ќе се сретнат во Скопје следната недела."
    out = stored.output()
    assert out["type"] == "CONSULT" and out["status"] == "future" and out["mode"] == "visit"
    assert out["trigger"] == {"start": docs[0].text.index("ќе се сретнат"), "end": out["trigger"]["end"],
                              "text": "ќе се сретнат"}
    assert out["actor"] == ["E1", "E2"] and out["actor_names"] == stored.actors
    assert out["doc_id"] == "mk-1" and out["day"] == "2024-06-12" and out["date"] is None


def test_event_with_unknown_entity_ids(store):
    from .conftest import putin_vucic

    doc = putin_vucic()
    doc.events[0].recipient = ["E9"]
    store.add(doc)
    (stored,) = store.events()
    assert stored.recipients == ["E9"]
    assert list(store.events(recipient_country="SRB")) == []  # no known recipient, no country


def test_events_stream_in_batches(store):
    """More events than one fetch batch, each with its names."""
    from .conftest import Builder

    for n in range(3):
        text = " ".join(f"Министерот {n} го посети градот {i}." for i in range(400))
        b = Builder(f"batch-{n}", text, published=date(2024, 1, 1 + n), language="mk")
        b.entity("E1", f"Министер {n}", "PER", "Министерот", country="MKD")
        for i in range(400):
            b.event(f"V{i}", "CONSULT", f"градот {i}.", actor=["E1"])
        assert store.add(b.doc)
    events = list(store.events())
    assert len(events) == 1200
    assert {e.actors[0] for e in events} == {"Министер 0", "Министер 1", "Министер 2"}
    assert all(e.actors == [f"Министер {e.doc_id[-1]}"] for e in events)


def test_default_location(tmp_path, monkeypatch):
    monkeypatch.setattr("vesnik.store.store.platformdirs.user_data_dir", lambda app: str(tmp_path / "data" / app))
    with Store() as store:
        assert store.url == f"sqlite:///{tmp_path / 'data' / 'vesnik' / 'vesnik.sqlite'}"
    assert (tmp_path / "data" / "vesnik" / "vesnik.sqlite").exists()


def test_memory_and_url_forms(tmp_path, docs):
    with Store(":memory:") as store:
        assert store.add(docs[0]) and store.stats()["documents"] == 1
    with Store(f"sqlite:///{tmp_path / 'x.sqlite'}") as store:
        assert store.add(docs[0])
    with Store(str(tmp_path / "x.sqlite")) as store:  # a plain path: the same file
        assert not store.add(docs[0])
