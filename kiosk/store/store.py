"""``Store``: the kiosk's one handle on its database, for the Qt adapters, CLI and sync.

It opens the database durably (``kiosk.store.database``), and turns every
SQLite failure into ``StoreUnavailable`` with a message safe to log, so a
full or read-only disk costs one request a "please ask at the front desk",
never the kiosk (R3). One ``Store`` may be shared between
threads: calls are serialised by a lock, so one thread's transaction never
interleaves with another's on the same connection.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import threading
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from kiosk.store import requests as stored
from kiosk.store import usage
from kiosk.store.database import immediate, open_database, read_pragmas
from kiosk.store.errors import StoreUnavailable, unavailable_on_error

if TYPE_CHECKING:  # only the type: the store must not pull in phonenumbers
    from kiosk.callbacks.request import CallbackRequest

log = logging.getLogger(__name__)

# Seals a new request's row to the clinic (``kiosk.sync.sealing.RowSealer``):
# the envelope as JSON text. The store only calls it; it knows no cryptography.
Sealer = Callable[[Mapping[str, Any]], str]


class Store:
    """Call-back requests, their outbox and the usage counts, in one SQLite file.

    Attributes:
        path: the database file.
        recovered_from: where an unreadable database found at ``path`` was
            moved on open, for staff to be told (R5); None normally.
        sealed: whether new requests are saved sealed to the clinic's key.
    """

    def __init__(
        self,
        db: Database,
        path: Path,
        recovered_from: Path | None = None,
        sealer: Sealer | None = None,
    ) -> None:
        """Wrap an already-opened database; use ``Store.open`` instead."""
        self._db = db
        self._sealer = sealer
        self._lock = threading.RLock()
        self._counting_failed = False
        self._after_commit: list[Callable[[], None]] | None = None
        self.path = path
        self.recovered_from = recovered_from

    @classmethod
    def open(cls, path: Path, *, sealer: Sealer | None = None) -> Store:
        """Open or create the database at ``path`` with asserted pragmas and the latest schema.

        With a ``sealer``, every request saved through this store keeps its
        phone number and first name only inside the sealed envelope.

        Raises:
            StoreError: a required pragma does not hold (R2): take no requests.
            StoreUnavailable: the file cannot be created, opened or migrated.
        """
        db, recovered_from = open_database(Path(path))
        return cls(db, Path(path), recovered_from, sealer)

    @property
    def sealed(self) -> bool:
        return self._sealer is not None

    @property
    def db(self) -> Database:
        """The sqlite-utils database, for the other repositories in this package and tests."""
        return self._db

    def save_request(self, request: CallbackRequest, *, now: dt.datetime | None = None) -> str:
        """Store a request and its outbox row durably, in one transaction (R1, R3, R6).

        Args:
            request: a request built by ``kiosk.callbacks.new_request``.
            now: the time to record as ``created_at``; the current time if None.

        Returns:
            The request's uuid4, only after the COMMIT returned: showing
            "Thank you" once this returns is safe.

        Raises:
            StoreUnavailable: nothing was stored (disk full, read-only, I/O error).
        """
        with self._lock:
            try:
                with unavailable_on_error("save the request"):
                    return stored.save(self._db, request, now or _now(), seal=self._sealer)
            except StoreUnavailable as exc:
                log.warning("%s", exc)
                raise

    def get_request(self, request_id: str) -> dict[str, Any] | None:
        """One request as a dict of its columns (``topics`` as a list), or None."""
        with self._lock, unavailable_on_error("read a request"):
            return stored.get(self._db, request_id)

    def requests(
        self, status: str | None = None, since: dt.date | None = None
    ) -> list[dict[str, Any]]:
        """Requests newest first, optionally with one status or from a UTC day onwards."""
        with self._lock, unavailable_on_error("list the requests"):
            return stored.find(self._db, status, since)

    @contextlib.contextmanager
    def writing(self, action: str) -> Iterator[Database]:
        """One ``BEGIN IMMEDIATE`` transaction under the store's lock, rolled back on any error.

        For the other core packages (staff accounts, the audit log, sync) that
        write through this connection: an effect and its audit row commit
        together or not at all (R15, R32).

        Args:
            action: what is being done, for the error message ("could not <action>").

        Raises:
            StoreUnavailable: the transaction failed; nothing of it was written.
        """
        with self._lock:
            self._after_commit = []
            try:
                with unavailable_on_error(action), immediate(self._db) as db:
                    yield db
                callbacks = self._after_commit
            finally:
                self._after_commit = None
            for callback in callbacks:
                callback()

    def after_commit(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the current ``writing`` transaction has committed.

        For what must follow a commit but cannot be part of it, such as the
        audit log's anchor line outside the database (R26). Nothing runs if
        the transaction rolls back. Only valid inside ``writing``.
        """
        if self._after_commit is None:
            raise RuntimeError("after_commit is only valid inside Store.writing")
        self._after_commit.append(callback)

    @contextlib.contextmanager
    def reading(self, action: str) -> Iterator[Database]:
        """One read transaction (a consistent snapshot) under the store's lock."""
        with self._lock, unavailable_on_error(action):
            self._db.execute("BEGIN")
            try:
                yield self._db
            finally:
                self._db.rollback()  # nothing was written; this only ends the snapshot

    def checkpoint(self, *, truncate: bool = True) -> None:
        """Fold the write-ahead log into ``kiosk.db``; with ``truncate``, empty it too.

        After a secure delete the log still holds older copies of the deleted
        pages; after a truncating checkpoint they are gone from every file
        (R12). Without ``truncate`` (a quiet moment, R27) nothing is waited
        for: what other connections still read stays in the log for later.
        """
        mode = "TRUNCATE" if truncate else "PASSIVE"
        with self._lock, unavailable_on_error("checkpoint the database"):
            busy, _, _ = self._db.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
        if busy and truncate:
            log.warning(
                "another connection kept the write-ahead log open; "
                "old copies of deleted rows stay in it until the next checkpoint"
            )

    def count(self, event: str, subject: str = "", day: dt.date | None = None) -> None:
        """Add one to an anonymous usage counter for a UTC day (today if None).

        Counting is best effort: a storage failure is logged (once until
        counting works again) and swallowed, so a tap never fails because of
        it. An unknown ``event`` or a ``subject`` that is not a short id
        raises ValueError, since that is a bug in the caller.
        """
        with self._lock:
            try:
                with unavailable_on_error("count usage"):
                    usage.count(self._db, event, subject, day or _now().date())
            except StoreUnavailable as exc:
                if not self._counting_failed:
                    log.warning("%s; usage counts are not being kept", exc)
                self._counting_failed = True
            else:
                self._counting_failed = False

    def usage(self, days: int = 30, *, today: dt.date | None = None) -> list[dict[str, Any]]:
        """Usage rows ``{day, event, subject, count}`` of the last ``days`` UTC days."""
        with self._lock, unavailable_on_error("read usage counts"):
            return usage.recent(self._db, days, today or _now().date())

    def integrity_ok(self) -> bool:
        """Whether ``PRAGMA integrity_check`` says ``ok`` (for ``kiosk doctor``)."""
        with self._lock, unavailable_on_error("check the database"):
            rows = [row[0] for row in self._db.conn.execute("PRAGMA integrity_check")]
        return rows == ["ok"]

    def pragmas(self) -> dict[str, object]:
        """The durability pragmas as they are now on this connection (R2)."""
        with self._lock, unavailable_on_error("read the database settings"):
            return read_pragmas(self._db)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
