"""Anonymous usage counts: how often each topic is read and the form is used, per UTC day.

A count is a row (day, event, subject) -> n; nothing identifies a patient
or even a session. Subjects are checked to be short ids so that personal
data cannot get in by mistake: a value with seven or more digits (the
shortest phone number) is refused outright.
"""

import datetime as dt
import re
from typing import Any

from sqlite_utils import Database

EVENTS = ("procedure_viewed", "step_completed", "form_started", "request_sent")

MAX_SUBJECT_DIGITS = 6
# A procedure id, maybe with a step, or a few ids: "y90", "y90/3", "y90,tace".
_SUBJECT = re.compile(r"(?:[a-z0-9][a-z0-9_.:/,-]{0,59})?")


def count(db: Database, event: str, subject: str, day: dt.date) -> None:
    """Add one to the count of ``event`` on ``subject`` for ``day``."""
    check(event, subject)
    # One statement is its own transaction: no read-modify-write race.
    db.execute(
        "INSERT INTO usage (day, event, subject, count) VALUES (?, ?, ?, 1) "
        "ON CONFLICT (day, event, subject) DO UPDATE SET count = count + 1",
        [day.isoformat(), event, subject],
    )


def recent(db: Database, days: int, today: dt.date) -> list[dict[str, Any]]:
    """The counts of the last ``days`` days up to and including ``today``, newest day first."""
    if days < 1:
        raise ValueError("days must be at least 1")
    first = today - dt.timedelta(days=days - 1)
    return list(
        db.query(
            "SELECT day, event, subject, count FROM usage WHERE day >= ? AND day <= ? "
            "ORDER BY day DESC, event, subject",
            [first.isoformat(), today.isoformat()],
        )
    )


def check(event: str, subject: str) -> None:
    """Raise ValueError for an unknown event or a subject that is not a short id."""
    if event not in EVENTS:
        raise ValueError(f"event must be one of {', '.join(EVENTS)}")
    digits = sum(char.isdigit() for char in subject)
    if not _SUBJECT.fullmatch(subject) or digits > MAX_SUBJECT_DIGITS:
        # Not echoed: whatever it is, it was not meant to be stored.
        raise ValueError("usage subject must be a short lower-case id such as 'y90'")
