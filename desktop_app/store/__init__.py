"""Local SQLite store (no Qt): the outbox of changes not yet confirmed by the portal, and the
cache of what was last seen per entity.

    store = Store.open(default_store_path(client.host, client.webhook.user_id))
    store.outbox.open_entries()      # OutboxEntry objects, oldest first
    store.cache                      # CacheStore (desktop_app.store.cache)
"""

from .db import DATA_DIR_ENV, SCHEMA_VERSION, Store, data_dir, default_store_path
from .entries import EntryState, OutboxEntry
from .outbox import OutboxStore

__all__ = [
           "DATA_DIR_ENV",
           "SCHEMA_VERSION",
           "EntryState",
           "OutboxEntry",
           "OutboxStore",
           "Store",
           "data_dir",
           "default_store_path",
]
