"""The outbox: which saved requests still have to reach the clinic, and what became of each.

Every request is saved with a ``pending`` outbox row in the same transaction
(``kiosk.store.requests.save``, R6). The sync worker takes the oldest
pending row (save order: the table's rowid), and records each attempt here
in its own short transaction, so a kiosk killed at any moment resumes
where it was, with its backoff intact (R9):

- ``pending``: not delivered yet; ``next_attempt_at`` (if set) is the
  earliest time to try again, ``attempts`` how often it was tried;
- ``sent``: the target has it (``delivered_at``);
- ``parked``: the target refused it for good (``parked_reason``); only a
  person sends it again (``retry``).

The target as a whole may be paused (a refused token, a certificate that
does not check out): ``sync_state`` holds that, the last success and the
last error, in plain words with no phone numbers, and the id of the last
audit head the target took (``kiosk.sync.audit_head``). It also keeps two
monotonic counts for the metrics file: requests ever saved and kiosk starts.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from kiosk.store.errors import StoreUnavailable
from kiosk.store.requests import CAPTURED_KEY, increment, stamp
from kiosk.store.store import Store

log = logging.getLogger(__name__)

PENDING, SENT, PARKED = "pending", "sent", "parked"

_PAUSED = "paused_reason"
_PAUSED_AT = "paused_at"
_LAST_SUCCESS = "last_success_at"
_LAST_ERROR = "last_error"
_LAST_ERROR_AT = "last_error_at"
_AUDIT_HEAD_SENT = "audit_head_sent"
_RESTARTS = "restarts"


@dataclass(frozen=True)
class Due:
    """The request to send next: its stored row (``topics`` as a list) and its outbox state."""

    request: dict[str, Any]
    attempts: int
    next_attempt_at: str | None


@dataclass(frozen=True)
class OutboxStatus:
    """What ``kiosk sync status``, ``kiosk doctor`` and the staff screen show."""

    pending: int
    parked: int
    sent: int
    oldest_pending_at: str | None  # created_at of the oldest request not yet delivered
    next_attempt_at: str | None  # when the head of the queue is tried next (None: now)
    last_success_at: str | None
    last_error: str | None
    last_error_at: str | None
    paused: str | None  # why the target is paused; None when it is not
    paused_at: str | None

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class Parked:
    request_id: str
    created_at: str
    reason: str


class Outbox:
    """The outbox table and the sync state, through one ``Store``."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def head(self) -> Due | None:
        """The oldest pending request, whether or not it is due yet (None: nothing pending).

        Requests are delivered strictly in save order: while the head waits
        for its backoff, the ones behind it wait too.
        """
        with self.store.reading("read the outbox") as db:
            row = db.execute(
                "SELECT request_id, attempts, next_attempt_at FROM outbox "
                "WHERE status = ? ORDER BY rowid LIMIT 1",
                [PENDING],
            ).fetchone()
            if row is None:
                return None
            found = list(db.query("SELECT * FROM requests WHERE id = ?", [row[0]]))
        request = found[0]
        request["topics"] = json.loads(request["topics"])
        return Due(request=request, attempts=row[1], next_attempt_at=row[2])

    def mark_sent(self, request_id: str, now: dt.datetime) -> None:
        with self.store.writing("record a delivery") as db:
            db.execute(
                "UPDATE outbox SET status = ?, delivered_at = ?, attempts = attempts + 1, "
                "next_attempt_at = NULL, last_error = NULL WHERE request_id = ?",
                [SENT, stamp(now), request_id],
            )
            _put(db, _LAST_SUCCESS, stamp(now))

    def mark_retry(
        self, request_id: str, now: dt.datetime, next_attempt: dt.datetime, error: str
    ) -> None:
        with self.store.writing("record a failed delivery") as db:
            db.execute(
                "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? "
                "WHERE request_id = ?",
                [stamp(next_attempt), error, request_id],
            )
            _put_error(db, error, now)

    def mark_parked(self, request_id: str, now: dt.datetime, reason: str) -> None:
        with self.store.writing("park a request") as db:
            db.execute(
                "UPDATE outbox SET status = ?, attempts = attempts + 1, parked_reason = ?, "
                "last_error = ?, next_attempt_at = NULL WHERE request_id = ?",
                [PARKED, reason, reason, request_id],
            )
            _put_error(db, reason, now)

    def pause(self, now: dt.datetime, reason: str) -> None:
        """Stop the whole target until a person resumes it (401/403, TLS failures)."""
        with self.store.writing("pause the sync") as db:
            _put(db, _PAUSED, reason)
            _put(db, _PAUSED_AT, stamp(now))
            _put_error(db, reason, now)

    def resume(self) -> bool:
        """Lift a pause; True if the target was paused."""
        with self.store.writing("resume the sync") as db:
            cursor = db.execute(
                "DELETE FROM sync_state WHERE key IN (?, ?)", [_PAUSED, _PAUSED_AT]
            )
            return cursor.rowcount > 0

    def paused(self) -> str | None:
        with self.store.reading("read the sync state") as db:
            return _get(db, _PAUSED)

    def audit_head_sent(self) -> int | None:
        """The id of the last audit head the target took (``kiosk.sync.audit_head``)."""
        with self.store.reading("read the sync state") as db:
            value = _get(db, _AUDIT_HEAD_SENT)
        return int(value) if value is not None else None

    def mark_audit_head_sent(self, head_id: int) -> None:
        with self.store.writing("record the audit head sent") as db:
            _put(db, _AUDIT_HEAD_SENT, str(head_id))

    def count_start(self) -> None:
        """Add one to the kiosk's start count (``kiosk run``, once per start).

        A failure is logged, never raised: the kiosk starts regardless.
        """
        try:
            with self.store.writing("count a start") as db:
                increment(db, _RESTARTS)
        except StoreUnavailable as exc:
            log.warning("%s; the start is not counted", exc)

    def counts(self) -> tuple[int, int]:
        """(requests ever saved, kiosk starts): monotonic, unlike the tables purges shrink."""
        with self.store.reading("read the sync state") as db:
            captured, restarts = _get(db, CAPTURED_KEY), _get(db, _RESTARTS)
        return int(captured or 0), int(restarts or 0)

    def retry(self, request_id: str) -> bool:
        """Send a parked request again, next in its place in the queue; False if not parked."""
        with self.store.writing("retry a parked request") as db:
            cursor = db.execute(
                "UPDATE outbox SET status = ?, parked_reason = NULL, next_attempt_at = NULL, "
                "attempts = 0 WHERE request_id = ? AND status = ?",
                [PENDING, request_id, PARKED],
            )
            return cursor.rowcount == 1

    def retry_parked(self) -> int:
        """Send every parked request again; how many there were."""
        with self.store.writing("retry the parked requests") as db:
            cursor = db.execute(
                "UPDATE outbox SET status = ?, parked_reason = NULL, next_attempt_at = NULL, "
                "attempts = 0 WHERE status = ?",
                [PENDING, PARKED],
            )
            return cursor.rowcount

    def parked(self) -> list[Parked]:
        with self.store.reading("list the parked requests") as db:
            rows = db.execute(
                "SELECT o.request_id, r.created_at, o.parked_reason FROM outbox o "
                "JOIN requests r ON r.id = o.request_id WHERE o.status = ? ORDER BY o.rowid",
                [PARKED],
            ).fetchall()
        return [Parked(row[0], row[1], row[2] or "") for row in rows]

    def status(self) -> OutboxStatus:
        with self.store.reading("read the sync status") as db:
            counts = dict(
                db.execute("SELECT status, count(*) FROM outbox GROUP BY status").fetchall()
            )
            oldest = db.execute(
                "SELECT r.created_at, o.next_attempt_at FROM outbox o "
                "JOIN requests r ON r.id = o.request_id WHERE o.status = ? "
                "ORDER BY o.rowid LIMIT 1",
                [PENDING],
            ).fetchone()
            state = dict(db.execute("SELECT key, value FROM sync_state").fetchall())
        return OutboxStatus(
            pending=counts.get(PENDING, 0),
            parked=counts.get(PARKED, 0),
            sent=counts.get(SENT, 0),
            oldest_pending_at=oldest[0] if oldest else None,
            next_attempt_at=oldest[1] if oldest else None,
            last_success_at=state.get(_LAST_SUCCESS),
            last_error=state.get(_LAST_ERROR),
            last_error_at=state.get(_LAST_ERROR_AT),
            paused=state.get(_PAUSED),
            paused_at=state.get(_PAUSED_AT),
        )


def wipe_delivered(db: Database, before: dt.datetime, now: dt.datetime) -> int:
    """Blank the number and name of requests delivered at or before ``before`` (R29).

    Runs inside the caller's transaction (``Store.writing``) so the wipe
    and its audit row commit together; ``secure_delete`` zeroes the old
    values in the database file, and the caller checkpoints after it.
    Returns how many requests were wiped.
    """
    due = [
        row[0]
        for row in db.execute(
            "SELECT request_id FROM outbox WHERE status = ? AND wiped_at IS NULL "
            "AND delivered_at <= ?",
            [SENT, stamp(before)],
        )
    ]
    for request_id in due:
        db.execute(
            "UPDATE requests SET phone_e164 = '', first_name = NULL WHERE id = ?", [request_id]
        )
        db.execute("UPDATE outbox SET wiped_at = ? WHERE request_id = ?", [stamp(now), request_id])
    return len(due)


def _put(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO sync_state (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


def _put_error(db: Database, error: str, now: dt.datetime) -> None:
    _put(db, _LAST_ERROR, error)
    _put(db, _LAST_ERROR_AT, stamp(now))


def _get(db: Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM sync_state WHERE key = ?", [key]).fetchone()
    return row[0] if row else None
