"""Requests for the export tests: hostile text, real phone numbers, stored the way the kiosk does.

Shared by ``tests/unit/export/`` and the LibreOffice check here, so
every writer is tried on the same attacks (R16).
"""

import datetime as dt
import json
import uuid

from kiosk.callbacks import new_request, record_consent
from kiosk.store import Store
from kiosk.store.database import immediate
from kiosk.store.requests import stamp

NOW = dt.datetime(2026, 11, 26, 19, 5, 30, 123_000, tzinfo=dt.UTC)

# A number that is valid in the US (phonenumbers), and how staff should see it (R17).
PHONE = "+12025550143"
PHONE_NATIONAL = "(202) 555-0143"

# Names the patient form accepts (validate_name refuses control characters,
# not formulas or markup): each is stored as typed and must come out inert.
HOSTILE_NAMES = (
    "=1+1",
    "+1 202 555 0143",
    "-2+3",
    "@SUM(1+1)",
    "|calc",
    '=HYPERLINK("http://evil.test/x","click me")',
    "=cmd|' /C calc'!A0",
    " =1+1",
    "<b>x</b>",
    "http://evil.test/login",
    "{nb}",
    "{pages}",
)
FRIENDLY_NAMES = ("José", "Peña", "Ana María", "Zoë")


def save(
    store: Store,
    name: str | None = "Ana",
    *,
    phone: str = PHONE,
    topics: tuple[str, ...] = ("y90",),
    when: dt.datetime = NOW,
    best_time: str = "morning",
) -> str:
    """Save a request through the real path (validation, store); returns its id."""
    request = new_request(
        phone_e164=phone,
        first_name=name,
        best_time=best_time,
        language="en",
        topics=topics,
        consent=record_consent("I agree to be called.", "2026-11-en-1", "lobby-1", now=when),
    )
    return store.save_request(request, now=when)


def insert_raw(store: Store, **fields: object) -> str:
    """Insert a row directly, skipping validation: what a damaged or edited db could hold."""
    row = {
        "id": str(uuid.uuid4()),
        "created_at": stamp(NOW),
        "phone_e164": PHONE,
        "first_name": "Ana",
        "best_time": "morning",
        "language": "en",
        "topics": ["y90"],
        "consent_version": "2026-11-en-1",
        "consent_sha256": "0" * 64,
        "consent_at": stamp(NOW),
        "kiosk_id": "lobby-1",
        "status": "new",
        **fields,
    }
    row["topics"] = json.dumps(row["topics"])
    with immediate(store.db):
        store.db.table("requests").insert(row)
    return str(row["id"])


def hostile_store(store: Store) -> None:
    """One request per hostile and friendly name, one minute apart."""
    for minute, name in enumerate((*HOSTILE_NAMES, *FRIENDLY_NAMES)):
        save(store, name, when=NOW + dt.timedelta(minutes=minute))


def display_rows(names, *, tz: dt.tzinfo | None = None, **fields: object) -> list[tuple[str, ...]]:
    """One stored-request dict per name, turned into export rows as the writers get them."""
    from kiosk.export import rows_for_export

    requests = [
        {
            "created_at": "2026-11-26T19:05:30.123Z",
            "phone_e164": PHONE,
            "first_name": name,
            "best_time": "morning",
            "language": "en",
            "topics": ["y90"],
            "status": "new",
            **fields,
        }
        for name in names
    ]
    return rows_for_export(requests, region="US", tz=tz)
