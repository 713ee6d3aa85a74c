"""Purging requests some days after staff marked them done, beyond recovery, audited (R12).

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

from kiosk.staff.audit import Audit, Detail
from kiosk.store import Store
from kiosk.store.database import SIDECARS
from kiosk.store.requests import delete_done, stamp

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
) -> int:
    """Delete the requests marked done more than ``retention_days`` days before ``now``.

    Moved-aside corrupt copies of the database older than that go too.

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
    copies = old_corrupt_copies(store.path, before)
    with store.writing("purge done requests") as db:
        purged = delete_done(db, before)
        detail: Detail = {"count": purged, "retention_days": retention_days}
        detail["before"] = stamp(before)
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
