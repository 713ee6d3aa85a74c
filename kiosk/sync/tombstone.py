"""After delivery: a request keeps only its tombstone (R29).

Once the clinic has a request, the kiosk has no reason to hold the
patient's number. ``sync_keep_days`` after delivery (0: at once) the
number and first name are blanked by the same secure delete as the purge
(``secure_delete`` on, then the write-ahead log checkpointed and truncated),
in one transaction with its audit row; the id, times, topics and status
stay, so staff can still see that the request was made and delivered.
"""

from __future__ import annotations

import datetime as dt

from kiosk.staff.audit import Audit
from kiosk.store import Store
from kiosk.store.outbox import wipe_delivered

ACTOR = "sync"


def wipe(store: Store, audit: Audit, keep_days: int, *, now: dt.datetime | None = None) -> int:
    """Blank the number and name of every request delivered ``keep_days`` or more days ago.

    Writes one audit row when anything was wiped, none otherwise (the worker
    calls this every time it goes idle). Returns how many were wiped.

    Raises:
        ValueError: a negative ``keep_days``.
        StoreUnavailable: nothing was wiped.
    """
    if keep_days < 0:
        raise ValueError("sync_keep_days must not be negative")
    now = now or audit.clock()
    before = now - dt.timedelta(days=keep_days)
    with store.writing("wipe delivered requests") as db:
        wiped = wipe_delivered(db, before, now)
        if wiped:
            audit.append(db, "sync_wiped", ACTOR, {"count": wiped, "keep_days": keep_days})
    if wiped:
        store.checkpoint()
    return wiped
