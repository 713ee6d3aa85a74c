"""Purging requests some days after they were done, and all of them after a fixed age (R12).

A request marked done (by staff, or closed by the kiosk itself:
``kiosk.staff.closing``) goes ``retention_days`` after that. Every request,
whatever its status, also goes ``retention_max_days`` after it was made,
delivered to the clinic or not: its outbox row goes with it, so it is never
sent afterwards, and the audit row says how many never reached the clinic.

The rows are deleted with ``secure_delete`` on, in the same transaction as
the purge's audit row (R32); then the write-ahead log is checkpointed and
truncated, so the numbers are gone from ``kiosk.db``, ``-wal`` and ``-shm``
alike. Each purge, even one that found nothing to delete, writes one
"purge" row with the count.

Copies count too: a database that was unreadable at start was moved aside
as ``kiosk.db.corrupt-<UTC time>`` (R5) with every number it held. Such a
copy is kept ``retention_days`` after it was moved aside, for IT to look
at, and then deleted with its ``-wal`` and ``-shm``. The purge's audit row
says how many (``corrupt_copies``); it commits before the files go, as an
export's does, so no copy is deleted unaudited. A crash in between leaves
the files for the next purge, which deletes and counts them again.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path

from kiosk.settings import Settings
from kiosk.staff.audit import Audit, Detail
from kiosk.staff.closing import close_unreached
from kiosk.store import Store
from kiosk.store.database import SIDECARS
from kiosk.store.requests import delete_done, delete_expired, stamp

log = logging.getLogger(__name__)

# What kiosk.store.database.move_aside names a copy: <name>.corrupt-20261126T221005Z[-2]
_MOVED_AT = re.compile(r"\.corrupt-(\d{8}T\d{6}Z)(?:-\d+)?$")


def purge(
    store: Store,
    audit: Audit,
    retention_days: int,
    *,
    now: dt.datetime | None = None,
    actor: str = "schedule",
    max_days: int | None = None,
) -> int:
    """Delete the requests marked done more than ``retention_days`` days before ``now``.

    With ``max_days``, also every request made more than ``max_days`` days
    before ``now``, whatever its status. Moved-aside corrupt copies of the
    database older than ``retention_days`` go too.

    Args:
        store: the open store.
        audit: the audit log in the same store.
        retention_days: the ``retention_days`` setting (0 purges every done request).
        now: the current time (UTC, aware); the clock's if None.
        actor: who asked: "schedule" for the nightly run, "cli:<user>" for IT.
        max_days: the ``retention_max_days`` setting; None: no age limit.

    Returns:
        How many requests were purged.

    Raises:
        ValueError: a negative ``retention_days``, or a ``max_days`` below 1.
        StoreUnavailable: the purge or its audit row failed: neither happened.
    """
    if retention_days < 0:
        raise ValueError("retention_days must not be negative")
    if max_days is not None and max_days < 1:
        raise ValueError("retention_max_days must be at least 1")
    now = now or audit.clock()
    before = now - dt.timedelta(days=retention_days)
    copies = old_corrupt_copies(store.path, before)
    with store.writing("purge done requests") as db:
        purged = delete_done(db, before)
        detail: Detail = {"count": purged, "retention_days": retention_days}
        detail["before"] = stamp(before)
        if max_days is not None:
            expired, undelivered = delete_expired(db, now - dt.timedelta(days=max_days))
            purged += expired
            detail.update(count=purged, max_days=max_days, expired=expired)
            if undelivered:
                detail["undelivered"] = undelivered
        if copies:
            detail["corrupt_copies"] = len(copies)
        audit.append(db, "purge", actor, detail)
    store.checkpoint()
    for copy in copies:
        for path in (copy, *(Path(f"{copy}{suffix}") for suffix in SIDECARS)):
            try:
                path.unlink(missing_ok=True)
            except OSError as exc:
                log.error("retention: could not delete %s: %s", path, exc.strerror)
    if copies:
        log.info("retention: deleted %d moved-aside database copies", len(copies))
    return purged


def keep_promise(
    store: Store,
    audit: Audit,
    settings: Settings,
    *,
    now: dt.datetime | None = None,
    actor: str = "schedule",
) -> tuple[int, int]:
    """What the consent promises, once: close the requests nobody was reached for, then purge.

    The purge schedule runs this daily and ``kiosk purge`` on demand.

    Returns:
        (how many requests were closed, how many were purged).

    Raises:
        StoreUnavailable: a step failed; the steps before it stay done.
    """
    now = now or audit.clock()
    closed = close_unreached(store, audit, settings.close_after_days, now=now)
    purged = purge(
        store,
        audit,
        settings.retention_days,
        now=now,
        actor=actor,
        max_days=settings.retention_max_days,
    )
    return closed, purged


def old_corrupt_copies(database: Path, before: dt.datetime) -> list[Path]:
    """The moved-aside copies of ``database`` that were moved aside before ``before``.

    The time is the one in the name (when the copy was moved aside); a copy
    whose name has none is dated by its file's modification time.
    """
    found = []
    for path in sorted(database.parent.glob(f"{database.name}.corrupt-*")):
        if path.name.endswith(SIDECARS) or not path.is_file():
            continue
        if _moved_at(path) < before:
            found.append(path)
    return found


def _moved_at(path: Path) -> dt.datetime:
    match = _MOVED_AT.search(path.name)
    if match:
        return dt.datetime.strptime(match[1], "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
    return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
