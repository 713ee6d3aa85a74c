"""Writing through the ``Store``'s connection from outside ``kiosk.store``.

A ``Store`` may be shared between threads and serialises its calls with a
lock; staff accounts and the audit log use the same connection, so they must
take the same lock, or one thread's ``BEGIN`` would land inside another's
transaction. Errors become ``StoreUnavailable`` with a message safe to log,
as everywhere in the store (R3, R11).
"""

import contextlib
from collections.abc import Iterator
from typing import Any

from sqlite_utils import Database

from kiosk.store import Store
from kiosk.store.database import immediate
from kiosk.store.errors import unavailable_on_error


@contextlib.contextmanager
def writing(store: Store, action: str) -> Iterator[Database]:
    """One ``BEGIN IMMEDIATE`` transaction under the store's lock, rolled back on any error.

    Args:
        store: the open store.
        action: what is being done, for the error message ("could not <action>").
    """
    with _lock(store), unavailable_on_error(action), immediate(store.db) as db:
        yield db


@contextlib.contextmanager
def reading(store: Store, action: str) -> Iterator[Database]:
    """One read transaction (a consistent snapshot) under the store's lock."""
    with _lock(store), unavailable_on_error(action):
        db = store.db
        db.execute("BEGIN")
        try:
            yield db
        finally:
            db.rollback()  # nothing was written; this only ends the snapshot


def _lock(store: Store) -> contextlib.AbstractContextManager[Any]:
    # Store keeps its lock private and has no public way to share it yet.
    return store._lock
