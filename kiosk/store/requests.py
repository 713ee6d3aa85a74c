"""Call-back requests in the database: saved with their outbox row, listed, marked, purged.

Functions over an open sqlite-utils ``Database``; ``kiosk.store.Store`` wraps
them with locking and error translation. A saved request and its outbox row
are one transaction (R6): the sync worker can never see a request
it does not know to send, nor send one that was rolled back.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from kiosk.store.database import immediate

if TYPE_CHECKING:  # only the type: the store must not pull in phonenumbers
    from kiosk.callbacks.request import CallbackRequest

log = logging.getLogger(__name__)

STATUSES = ("new", "called", "done")
# Why the kiosk itself closed a request (``closed_reason``; NULL when staff closed it).
CLOSED_NOT_REACHED, CLOSED_NO_CONTACT = "not_reached", "no_contact"
CLOSED_REASONS = (CLOSED_NOT_REACHED, CLOSED_NO_CONTACT)
SYSTEM = "system"  # who closes a request on its own (status_changed_by, the audit actor)
# The ``sync_state`` key counting every request ever saved: purges delete rows, not saves.
CAPTURED_KEY = "requests_captured"


def save(
    db: Database,
    request: CallbackRequest,
    now: dt.datetime,
    *,
    seal: Callable[[Mapping[str, Any]], str] | None = None,
) -> str:
    """Insert the request and its pending outbox row in one transaction.

    With ``seal``, the row is sealed before anything is written: the
    envelope goes in ``sealed`` and the number and name columns stay empty,
    so they never reach the database file or its log in the clear.

    Returns:
        The request's new uuid4, which is also its sync idempotency key. It
        is returned only after COMMIT returned, i.e. once the request is on
        disk (``synchronous=FULL``).
    """
    request_id = str(uuid.uuid4())
    consent = request.consent
    row = {
        "id": request_id,
        "created_at": stamp(now),
        "phone_e164": request.phone_e164,
        "first_name": request.first_name,
        "best_time": request.best_time,
        "language": request.language,
        "topics": json.dumps(list(request.topics)),
        "consent_version": consent.text_version,
        "consent_sha256": consent.text_sha256,
        "consent_at": consent.given_at,
        "kiosk_id": consent.kiosk_id,
        "status": "new",
    }
    if seal is not None:
        row = {**row, "sealed": seal(row), "phone_e164": "", "first_name": None}
    with immediate(db):
        db.table("requests").insert(row)
        db.table("outbox").insert({"request_id": request_id, "status": "pending", "attempts": 0})
        increment(db, CAPTURED_KEY)
    return request_id


def increment(db: Database, key: str) -> None:
    """Add one to the ``sync_state`` counter ``key`` (missing: 0), in the caller's transaction."""
    db.execute(
        "INSERT INTO sync_state (key, value) VALUES (?, '1') "
        "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1",
        [key],
    )


def get(db: Database, request_id: str) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM requests WHERE id = ?", [request_id]))
    return _decoded(rows[0]) if rows else None


def find(db: Database, status: str | None, since: dt.date | None) -> list[dict[str, Any]]:
    """Requests, newest first, optionally only those with ``status`` or made on/after ``since``."""
    where, params = [], []
    if status is not None:
        check_status(status)
        where.append("status = ?")
        params.append(status)
    if since is not None:
        # created_at is ISO-8601, so text order is time order.
        where.append("created_at >= ?")
        params.append(since.isoformat())
    sql = "SELECT * FROM requests"
    if where:
        sql += " WHERE " + " AND ".join(where)
    # rowid breaks ties between requests saved in the same millisecond.
    sql += " ORDER BY created_at DESC, rowid DESC"
    return [_decoded(row) for row in db.query(sql, params)]


def update_status(db: Database, request_id: str, status: str, by: str, now: dt.datetime) -> bool:
    """Mark a request new/called/done, noting who did it and when; False if there is no such id.

    It runs inside a transaction the caller holds (``Store.writing``), so the
    audit row commits with it: staff change statuses only through
    ``kiosk.staff.change_status`` (R15).
    """
    check_status(status)
    if not by.strip():
        raise ValueError("a status change needs the staff member who made it")
    # A person's change replaces the kiosk's own closing: its reason no longer holds.
    cursor = db.execute(
        "UPDATE requests SET status = ?, status_changed_at = ?, status_changed_by = ?, "
        "closed_reason = NULL WHERE id = ?",
        [status, stamp(now), by, request_id],
    )
    return cursor.rowcount == 1


def count_not_reached(db: Database, request_id: str) -> int:
    """Add one call nobody answered to the request, in the caller's transaction; the new count."""
    db.execute("UPDATE requests SET not_reached = not_reached + 1 WHERE id = ?", [request_id])
    row = db.execute("SELECT not_reached FROM requests WHERE id = ?", [request_id]).fetchone()
    return int(row[0]) if row else 0


def close(db: Database, request_id: str, reason: str, now: dt.datetime) -> bool:
    """Mark a request done by the kiosk itself, saying why, in the caller's transaction.

    Done, it is then purged ``retention_days`` later like any done request.
    """
    if reason not in CLOSED_REASONS:
        raise ValueError(f"closed_reason must be one of {', '.join(CLOSED_REASONS)}")
    cursor = db.execute(
        "UPDATE requests SET status = 'done', status_changed_at = ?, status_changed_by = ?, "
        "closed_reason = ? WHERE id = ? AND status != 'done'",
        [stamp(now), SYSTEM, reason, request_id],
    )
    return cursor.rowcount == 1


def never_reached(db: Database, created_before: dt.datetime) -> list[str]:
    """The ids of requests still "new" (nobody was reached) made before ``created_before``."""
    rows = db.execute(
        "SELECT id FROM requests WHERE status = 'new' AND created_at < ? ORDER BY rowid",
        [stamp(created_before)],
    )
    return [row[0] for row in rows]


def delete_done(db: Database, before: dt.datetime) -> int:
    """Delete requests marked done before ``before``, and their outbox rows (R12).

    It runs inside a transaction the caller holds (``Store.writing``), so the
    purge and its audit row commit together (R32). ``secure_delete`` zeroes
    the deleted rows in the database file; the write-ahead log still holds
    older copies until ``Store.checkpoint``, which the caller runs after.

    Returns:
        How many requests were deleted.
    """
    cursor = db.execute(
        "DELETE FROM requests WHERE status = 'done' AND status_changed_at < ?",
        [stamp(before)],
    )
    return cursor.rowcount


def delete_expired(db: Database, created_before: dt.datetime) -> tuple[int, int]:
    """Delete every request made before ``created_before``, whatever its status (R12).

    Like ``delete_done``: in the caller's transaction, with ``secure_delete``;
    each outbox row goes with its request (a foreign key, ON DELETE CASCADE),
    so a request the clinic never received is not sent after it is gone.

    Returns:
        (how many were deleted, how many of those had not reached the clinic).
    """
    cutoff = stamp(created_before)
    undelivered = db.execute(
        "SELECT count(*) FROM requests r JOIN outbox o ON o.request_id = r.id "
        "WHERE r.created_at < ? AND o.status != 'sent'",
        [cutoff],
    ).fetchone()[0]
    cursor = db.execute("DELETE FROM requests WHERE created_at < ?", [cutoff])
    return cursor.rowcount, int(undelivered)


def check_status(status: str) -> None:
    if status not in STATUSES:
        raise ValueError(f"status must be one of {', '.join(STATUSES)}")


def stamp(moment: dt.datetime) -> str:
    """UTC ISO-8601 with milliseconds, e.g. ``2026-11-26T22:10:05.123Z``; sorts as text."""
    if moment.tzinfo is None:
        raise ValueError("times must be timezone-aware")
    utc = moment.astimezone(dt.UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def _decoded(row: dict[str, Any]) -> dict[str, Any]:
    return {**row, "topics": json.loads(row["topics"])}
