"""Staff marking a call-back request: the status change and its audit row (R15).

The audit row names the request by its id, never by its number. The change
and its row commit in one transaction: there is no status change without
its audit row, and no other way for staff to change a status.
"""

from __future__ import annotations

import datetime as dt

from kiosk.staff.audit import Audit
from kiosk.staff.closing import close_if_tried_enough
from kiosk.store import Store
from kiosk.store.requests import STATUSES, check_status, count_not_reached, update_status

# "Called, nobody answered": the request stays open ("new") for another try,
# and the try is recorded (who and when on the request, a row in the log).
NOT_REACHED = "not_reached"
OUTCOMES = (NOT_REACHED,)

__all__ = ["NOT_REACHED", "OUTCOMES", "STATUSES", "change_status"]


def change_status(
    store: Store,
    audit: Audit,
    request_id: str,
    status: str,
    actor: str,
    outcome: str | None = None,
    *,
    now: dt.datetime | None = None,
    close_after_not_reached: int | None = None,
) -> bool:
    """Mark a request ``new``, ``called`` or ``done`` for staff member ``actor``, audited.

    Args:
        store: the open store.
        audit: the audit log in the same store.
        request_id: the request's id.
        status: "new", "called" or "done".
        actor: the signed-in staff member's name.
        outcome: "not_reached" to record a call nobody answered: the request
            stays (or becomes) "new"; then ``status`` must be "new" or "called".
        now: the time to record; the current time if None.
        close_after_not_reached: the setting: when this "not_reached" is the
            request's that many-th, the kiosk closes it ("done", by "system",
            with its own audit row) in the same transaction. None: never.

    Returns:
        False if there is no request with that id (nothing changed, nothing audited).

    Raises:
        ValueError: an unknown status or outcome, or "done" with "not_reached".
        StoreUnavailable: the change could not be saved.
    """
    check_status(status)
    if outcome is not None and outcome not in OUTCOMES:
        raise ValueError(f"outcome must be one of {', '.join(OUTCOMES)}, or none")
    if outcome == NOT_REACHED:
        if status == "done":
            raise ValueError("a request nobody was reached for cannot be done")
        status = "new"
    detail: dict[str, str | int] = {"request": request_id, "status": status}
    if outcome is not None:
        detail["outcome"] = outcome
    # The change and its audit row commit together, or neither does (R15).
    now = now or audit.clock()
    with store.writing("change a request's status") as db:
        if not update_status(db, request_id, status, actor, now):
            return False
        audit.append(db, "status_change", actor, detail)
        if outcome == NOT_REACHED:
            tries = count_not_reached(db, request_id)
            if close_after_not_reached is not None:
                close_if_tried_enough(db, audit, request_id, tries, close_after_not_reached, now)
    return True
