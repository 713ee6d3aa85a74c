"""What the store raises, and the one place sqlite3's errors are turned into it.

Every message is safe to log: it names what the store was doing and SQLite's
reason, never a value from a row. SQLite's own messages quote neither bound
parameters nor row data, and the store only ever binds values (R11).
"""

import contextlib
import sqlite3
from collections.abc import Iterator


class StoreError(Exception):
    """The database cannot be used as the kiosk needs it; the message is safe to log."""


# The name is the API the Qt adapter was written against, hence no "Error" suffix.
class StoreUnavailable(StoreError):  # noqa: N818
    """Disk full, read-only, I/O error: this write or read failed, the kiosk keeps running.

    The patient sees "please ask at the front desk" instead of "Thank you"
    (R3); nothing of the failed write was stored.
    """


def describe(exc: sqlite3.Error) -> str:
    """SQLite's reason in one line, e.g. ``SQLITE_FULL: database or disk is full``."""
    name = getattr(exc, "sqlite_errorname", None) or type(exc).__name__
    return f"{name}: {exc}"


@contextlib.contextmanager
def unavailable_on_error(action: str) -> Iterator[None]:
    """Turn any ``sqlite3.Error`` raised inside into ``StoreUnavailable("could not <action>")``."""
    try:
        yield
    except sqlite3.Error as exc:
        raise StoreUnavailable(f"could not {action} ({describe(exc)})") from exc
