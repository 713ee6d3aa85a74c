"""The kiosk's SQLite database through sqlite-utils: requests, outbox, usage (Qt-free).

``Store.open`` sets and asserts the durability pragmas, moves a corrupt file
aside and applies the migrations; ``Store.save_request`` acknowledges a
request only after it is committed to disk with its outbox row (
R1-R6). Errors are ``StoreError`` / ``StoreUnavailable``, whose messages are
safe to log: they never hold a phone number (R11).
"""

from typing import TYPE_CHECKING, Any

from kiosk.store.errors import StoreError, StoreUnavailable

if TYPE_CHECKING:
    from kiosk.store.store import Store

DATABASE_NAME = "kiosk.db"  # in the data dir; the one name every part of the kiosk uses

__all__ = ["DATABASE_NAME", "Store", "StoreError", "StoreUnavailable"]


def __getattr__(name: str) -> Any:
    # ``Store`` is imported at first use: it pulls in sqlite-utils (~60 ms), which
    # the kiosk's welcome screen does not need (the store opens after its first frame).
    if name == "Store":
        from kiosk.store.store import Store

        return Store
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
