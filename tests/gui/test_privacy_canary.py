"""R11: a patient's number is found in no file the kiosk wrote, except its database."""

import logging
import tempfile
from pathlib import Path

import pytest

from kiosk.system import logs
from tests.gui.conftest import tap
from tests.gui.test_callback_form import fill_to_review, form_page, open_form

CANARY_DIGITS = "2025550199"
# Every way the number could be written down.
CANARY_FORMS = [CANARY_DIGITS, "+1" + CANARY_DIGITS, "202-555-0199", "(202) 555-0199", "555-0199"]
DATABASE_FILES = {"kiosk.db", "kiosk.db-wal", "kiosk.db-shm"}


def files_under(*roots: Path) -> list[Path]:
    return [p for root in roots if root.exists() for p in root.rglob("*") if p.is_file()]


@pytest.fixture
def kiosk_log_file(kiosk_settings, caplog):
    """The kiosk's real log set-up (rotating file in the data dir), at DEBUG."""
    logs.setup(kiosk_settings.log_dir, "DEBUG")
    logging.getLogger().addHandler(caplog.handler)  # logs.setup replaced pytest's handler
    yield kiosk_settings.log_dir / logs.LOG_FILE
    logs.setup(None, "WARNING")


def test_canary_number_only_in_the_database(
    kiosk, kiosk_settings, kiosk_log_file, qtbot, isolated_environment, caplog
):
    temp = Path(tempfile.gettempdir())
    temp_before = set(temp.iterdir())

    open_form(kiosk, qtbot)
    fill_to_review(kiosk, qtbot, digits=CANARY_DIGITS)
    tap(kiosk.window, "sendRequest")
    qtbot.waitUntil(lambda: form_page(kiosk) == "thanks")
    for handler in logging.getLogger().handlers:
        handler.flush()

    new_temp = [p for p in set(temp.iterdir()) - temp_before]
    written = files_under(kiosk_settings.data_dir, isolated_environment, *new_temp)
    assert any(p.name == "kiosk.db" for p in written)
    assert kiosk_log_file in written and "saved" in kiosk_log_file.read_text(encoding="utf-8")
    hits = [
        str(path)
        for path in written
        if path.name not in DATABASE_FILES
        and any(form.encode() in path.read_bytes() for form in CANARY_FORMS)
    ]
    assert hits == []
    assert not any(form in caplog.text for form in CANARY_FORMS)
    assert "request" in caplog.text and "saved" in caplog.text
