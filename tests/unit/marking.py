"""Store-level status changes and purges for tests whose subject is something else.

Staff change a status only through ``kiosk.staff.change_status`` and purge
only through ``kiosk.staff.purge``, which also write the audit row; tests of
listings, exports and secure deletion count audit rows of their own, so they
run the same statements inside a store transaction, unaudited.
"""

import datetime as dt

from kiosk.store import Store
from kiosk.store.requests import delete_done, update_status


def mark(
    store: Store, request_id: str, status: str, *, by: str, now: dt.datetime | None = None
) -> bool:
    with store.writing("mark a request") as db:
        return update_status(db, request_id, status, by, now or dt.datetime.now(dt.UTC))


def purge_done(store: Store, before: dt.datetime) -> int:
    with store.writing("purge done requests") as db:
        purged = delete_done(db, before)
    store.checkpoint()
    return purged
