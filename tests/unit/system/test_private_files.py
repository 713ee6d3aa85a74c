"""The data dir, its logs and exports are private whatever the umask (R11)."""

import contextlib
import logging
import os
import stat

import pytest

from kiosk.staff import Audit
from kiosk.staff.exports import audited_export
from kiosk.store import Store
from kiosk.system import logs


@contextlib.contextmanager
def umask(mask):
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def restore_logging():
    yield
    logs.setup(None)  # stderr only again: the log file of this test is closed


@pytest.mark.parametrize("mask", [0o022, 0o000, 0o002])
def test_data_dir_logs_and_exports_are_private(tmp_path, mask, restore_logging):
    data = tmp_path / "state" / "io-kiosk"
    with umask(mask):
        logs.setup(data / "logs")
        logging.getLogger("kiosk.test").info("a line")
        with Store.open(data / "kiosk.db") as store:
            out = data / "exports" / "callbacks-a.csv"
            audited_export(
                store, Audit(store), "csv", out, actor="Ana", region="US", clinic_name="C"
            )
    assert mode(data) == 0o700
    assert mode(data.parent) == 0o700  # created for it, so private too
    assert mode(data / "logs") == 0o700
    assert mode(data / "logs" / "kiosk.log") == 0o600
    assert mode(data / "kiosk.db") == 0o600
    assert mode(data / "exports") == 0o700
    assert mode(out) == 0o600


def test_a_log_file_left_readable_is_made_private_and_so_are_rotated_ones(
    tmp_path, restore_logging
):
    folder = tmp_path / "logs"
    folder.mkdir()
    (folder / logs.LOG_FILE).write_text("old\n")
    (folder / logs.LOG_FILE).chmod(0o644)
    with umask(0o022):
        logs.setup(folder)
        handler = next(
            h
            for h in logging.getLogger().handlers
            if isinstance(h, logs.PrivateRotatingFileHandler)
        )
        assert mode(folder / logs.LOG_FILE) == 0o600
        handler.doRollover()
    assert mode(folder / logs.LOG_FILE) == 0o600
    assert mode(folder / f"{logs.LOG_FILE}.1") == 0o600
