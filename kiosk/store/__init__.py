"""The kiosk's SQLite database through sqlite-utils: requests, outbox, usage (Qt-free).

``Store.open`` sets and asserts the durability pragmas, moves a corrupt file
aside and applies the migrations; ``Store.save_request`` acknowledges a
request only after it is committed to disk with its outbox row (
R1-R6). Errors are ``StoreError`` / ``StoreUnavailable``, whose messages are
safe to log: they never hold a phone number (R11).
"""

from kiosk.store.errors import StoreError, StoreUnavailable
from kiosk.store.store import Store

DATABASE_NAME = "kiosk.db"  # in the data dir; the one name every part of the kiosk uses

__all__ = ["DATABASE_NAME", "Store", "StoreError", "StoreUnavailable"]
