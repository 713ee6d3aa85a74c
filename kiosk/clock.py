"""The current time, as staff accounts and the audit log read it (injectable in tests)."""

import datetime as dt


def utc_now() -> dt.datetime:
    """The current time in UTC, timezone-aware."""
    return dt.datetime.now(dt.UTC)
