"""Purging requests some days after staff marked them done, beyond recovery, audited (R12).

The rows are deleted with ``secure_delete`` on, in the same transaction as
the purge's audit row (R32); then the write-ahead log is checkpointed and
truncated, so the numbers are gone from ``kiosk.db``, ``-wal`` and ``-shm``
alike. Each purge, even one that found nothing to delete, writes one
"purge" row with the count.
"""

from __future__ import annotations

import datetime as dt

from kiosk.staff.audit import Audit, Detail
from kiosk.store import Store
from kiosk.store.requests import delete_done, stamp


def purge(
    store: Store,
    audit: Audit,
    retention_days: int,
    *,
    now: dt.datetime | None = None,
    actor: str = "schedule",
) -> int:
    """Delete the requests marked done more than ``retention_days`` days before ``now``.

    Args:
        store: the open store.
        audit: the audit log in the same store.
        retention_days: the ``retention_days`` setting (0 purges every done request).
        now: the current time (UTC, aware); the clock's if None.
        actor: who asked: "schedule" for the nightly run, "cli:<user>" for IT.

    Returns:
        How many requests were purged.

    Raises:
        ValueError: a negative ``retention_days``.
        StoreUnavailable: the purge or its audit row failed: neither happened.
    """
    if retention_days < 0:
        raise ValueError("retention_days must not be negative")
    now = now or audit.clock()
    before = now - dt.timedelta(days=retention_days)
    with store.writing("purge done requests") as db:
        purged = delete_done(db, before)
        detail: Detail = {
            "count": purged,
            "retention_days": retention_days,
            "before": stamp(before),
        }
        audit.append(db, "purge", actor, detail)
    store.checkpoint()
    return purged
