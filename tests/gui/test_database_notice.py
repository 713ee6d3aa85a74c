"""Staff learn when the database was moved aside, and how long the old file is kept (R5, R12)."""

import logging
from pathlib import Path

import pytest

from kiosk.staff import StaffAccounts
from tests.gui.conftest import tap, text
from tests.gui.test_staff_mode import enter_pin, hidden_gesture

PIN = "730194"


@pytest.fixture
def kiosk_settings(kiosk_settings, caplog):
    caplog.set_level(logging.WARNING)  # the unreadable database is logged as it is moved
    data = Path(kiosk_settings.data_dir)
    data.mkdir(parents=True, exist_ok=True)
    (data / "kiosk.db").write_bytes(b"this is not a database " * 200)
    return kiosk_settings


def test_the_notice_names_the_copy_and_how_long_it_is_kept(kiosk, qtbot, kiosk_settings):
    assert kiosk.store is not None and kiosk.store.recovered_from is not None
    StaffAccounts(kiosk.store).add("Maria", PIN, admin=True)
    hidden_gesture(kiosk, qtbot)
    tap(kiosk.window, "member-Maria")
    enter_pin(kiosk, PIN)
    qtbot.waitUntil(lambda: kiosk.staff.property("signedIn"))
    notice = text(kiosk.window, "databaseNotice")
    assert kiosk.store.recovered_from.name in notice
    assert f"deleted after {kiosk_settings.retention_days} days" in notice
