"""Saving a request never waits for the network: the sync worker runs off the UI thread.

The clinic's webhook (real TLS on loopback) takes a request and then holds
its answer; meanwhile the next patient completes the whole form and sees
"Thank you" at once. When the server answers, both requests arrive, each
once, and the kiosk shuts down cleanly.
"""

import time

import pytest

from kiosk import settings
from tests.gui.conftest import screen, tap, text
from tests.gui.test_callback_form import fill_to_review, form_page, open_form
from tests.unit.sync.receiver import HOLD, tls_server

FAST_SECONDS = 2.0  # the form alone takes well under this offscreen


@pytest.fixture
def served(tmp_path):
    running = tls_server(tmp_path)
    yield running
    running.receiver.release.set()
    running.server.clear()
    running.server.stop()


@pytest.fixture
def kiosk_settings(tmp_path, served):
    env = {
        "KIOSK_DATA_DIR": str(tmp_path / "data"),
        "KIOSK_SYNC_TARGET": "webhook",
        "KIOSK_SYNC_URL": served.url,
        "KIOSK_SYNC_TOKEN_FILE": str(served.token_file),
        "KIOSK_SYNC_CA_FILE": str(served.ca_file),
    }
    return settings.load(env=env).settings


def send_one(kiosk, qtbot, number: str) -> float:
    """Fill the form, tap Send; seconds from the tap to "Thank you"."""
    open_form(kiosk, qtbot)
    fill_to_review(kiosk, qtbot, digits=number)
    started = time.monotonic()
    tap(kiosk.window, "sendRequest")
    qtbot.waitUntil(lambda: form_page(kiosk) == "thanks", timeout=5000)
    elapsed = time.monotonic() - started
    assert "will call you" in text(kiosk.window, "outcomeTitle")
    kiosk.session.startOver()  # as the idle timeout would, for the next patient
    qtbot.waitUntil(lambda: screen(kiosk) == "attract")
    return elapsed


def test_thank_you_comes_at_once_while_the_clinics_server_is_still_answering(kiosk, qtbot, served):
    served.receiver.then(HOLD)  # the first delivery: taken, answered only when released
    assert kiosk.sync is not None
    qtbot.waitUntil(lambda: kiosk.sync.worker.running)

    first = send_one(kiosk, qtbot, "2025550143")
    qtbot.waitUntil(lambda: served.receiver.posts == 1)  # the worker is now mid-send
    second = send_one(kiosk, qtbot, "2025550144")

    assert not served.receiver.release.is_set()  # the server has not answered yet
    assert first < FAST_SECONDS and second < FAST_SECONDS, (first, second)
    assert len(kiosk.store.requests()) == 2

    served.receiver.release.set()
    qtbot.waitUntil(lambda: len(served.receiver.records) == 2, timeout=10000)
    assert {r["phone_e164"] for r in served.receiver.records.values()} == {
        "+12025550143",
        "+12025550144",
    }
    kiosk.sync.stop()
    assert not kiosk.sync.worker.running
