"""The store: analysed documents in SQLite (default) or PostgreSQL, with search.

    from vesnik.store import Store
    with Store() as store:               # ~/.local/share/vesnik/vesnik.sqlite
        if not store.has(doc.content_hash):
            store.add(doc)               # False when already stored
        store.search("vucic")            # finds Вучиќ too
        store.stats()
        for ev in store.events(type="CONSULT", actor_country="MKD", since="2024-01-01"): ...
"""
from vesnik.text.translit import fold, to_latin
from vesnik.store.migrate import StoreError
from vesnik.store.search import Hit
from vesnik.store.store import Store, StoredEvent, content_hash, default_path, document_hash

__all__ = [
    "Hit",
    "Store",
    "StoreError",
    "StoredEvent",
    "content_hash",
    "default_path",
    "document_hash",
    "fold",
    "to_latin",
]
