"""The dashboard's sync section: counts, a held-back request's reason, "Try again" (issue 7)."""

import dataclasses
import datetime as dt

import pytest

from kiosk import app as kiosk_app
from kiosk import callbacks
from kiosk.staff import Audit, StaffAccounts
from kiosk.store.outbox import PENDING, Outbox
from tests.gui.conftest import find_item, tap, text
from tests.gui.test_staff_mode import PIN, enter_pin, hidden_gesture

REASON = "the clinic's server refused it (HTTP 422)"


@pytest.fixture
def kiosk_settings(kiosk_settings, tmp_path):
    """A folder target, with two requests saved and one parked before the kiosk starts.

    The outbox is paused too, so the kiosk's own sync thread sends nothing
    while the test reads the screen (and the pause is on it).
    """
    folder = tmp_path / "clinic"
    folder.mkdir()
    settings = dataclasses.replace(kiosk_settings, sync_target="folder", sync_folder=folder)
    store = kiosk_app.open_store(settings)
    assert store is not None
    try:
        StaffAccounts(store).add("Maria", PIN, admin=True)
        for phone in ("+12025550143", "+12025550178"):
            store.save_request(
                callbacks.new_request(
                    phone_e164=phone,
                    first_name="Ana",
                    best_time="morning",
                    language="en",
                    topics=("y90",),
                    consent=callbacks.record_consent("text", "v1", "test-kiosk"),
                )
            )
        now = dt.datetime.now(dt.UTC)
        outbox = Outbox(store)
        parked_id = outbox.head().request["id"]  # the oldest: +1 202 555 0143
        outbox.mark_parked(parked_id, now, REASON)
        outbox.pause(now, "the token was refused")
    finally:
        store.close()
    return settings


def test_parked_request_is_shown_and_sent_again(kiosk, qtbot):
    hidden_gesture(kiosk, qtbot)
    tap(kiosk.window, "member-Maria")
    enter_pin(kiosk, PIN)
    qtbot.waitUntil(lambda: kiosk.staff.property("signedIn"))

    qtbot.waitUntil(lambda: find_item(kiosk.window, "syncPanel") is not None)
    assert text(kiosk.window, "syncCounts") == "1 request waiting to be sent, 1 request held back."
    assert "the token was refused" in text(kiosk.window, "syncPaused")
    parked = text(kiosk.window, "parkedRequest-0")
    assert REASON in parked
    assert "(202) \u2022\u2022\u2022-\u2022\u202243" in parked  # masked, never in full
    assert "555-0143" not in parked
    (parked_id,) = [p.request_id for p in Outbox(kiosk.store).parked()]
    assert parked_id not in parked  # no raw ids on screen

    tap(kiosk.window, "retryParked-0")
    qtbot.waitUntil(
        lambda: (
            text(kiosk.window, "syncCounts")
            == "2 requests waiting to be sent, 0 requests held back."
        )
    )
    assert find_item(kiosk.window, "parkedRequest-0") is None
    assert Outbox(kiosk.store).status().pending == 2
    with kiosk.store.reading("check the outbox") as db:
        (status,) = db.execute(
            "SELECT status FROM outbox WHERE request_id = ?", [parked_id]
        ).fetchone()
    assert status == PENDING
    retries = [row for row in Audit(kiosk.store).rows() if row["action"] == "sync_retry"]
    assert len(retries) == 1
    assert retries[0]["actor"] == "Maria"
