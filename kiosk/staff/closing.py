"""The kiosk closing a request by itself: nobody answered, or nobody was reached in time (R12).

The consent promises the patient that the clinic stops calling after
``close_after_not_reached`` calls nobody answered, or when nobody was
reached within ``close_after_days`` days of the request. A closed request
is "done" with a ``closed_reason``, so the staff list says why, and it is
purged ``retention_days`` later like any other done request. Each closing
writes its own audit row by ``system``, naming the request by its id only,
in the same transaction as the change.
"""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from kiosk.staff.audit import Audit, Detail
from kiosk.store import Store
from kiosk.store.requests import (
    CLOSED_NO_CONTACT,
    CLOSED_NOT_REACHED,
    SYSTEM,
    close,
    never_reached,
)

ACTION = "auto_close"


def close_if_tried_enough(
    db: Database, audit: Audit, request_id: str, tries: int, limit: int, now: dt.datetime
) -> bool:
    """Close the request once ``tries`` calls nobody answered reach ``limit``, in ``db``.

    ``kiosk.staff.change_status`` calls it right after counting a call nobody
    answered, so the receptionist sees the request closed at once.
    """
    if tries < limit or not close(db, request_id, CLOSED_NOT_REACHED, now):
        return False
    audit.append(
        db, ACTION, SYSTEM, {"request": request_id, "reason": CLOSED_NOT_REACHED, "tries": tries}
    )
    return True


def close_unreached(
    store: Store, audit: Audit, days: int, *, now: dt.datetime | None = None
) -> int:
    """Close every request still "new" ``days`` days after it was made; how many.

    The purge schedule runs it once a day, before the purge. Nothing
    closed: nothing written, not even an audit row.

    Raises:
        ValueError: ``days`` below 1.
        StoreUnavailable: nothing was closed.
    """
    if days < 1:
        raise ValueError("close_after_days must be at least 1")
    now = now or audit.clock()
    with store.writing("close requests nobody was reached for") as db:
        closed = 0
        for request_id in never_reached(db, now - dt.timedelta(days=days)):
            if close(db, request_id, CLOSED_NO_CONTACT, now):
                detail: Detail = {"request": request_id, "reason": CLOSED_NO_CONTACT, "days": days}
                audit.append(db, ACTION, SYSTEM, detail)
                closed += 1
    return closed
