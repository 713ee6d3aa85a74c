"""The kiosk as clinic IT starts it: a separate process, a private data dir, systemd's socket."""

import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.store import DATABASE_NAME, Store
from kiosk.store.outbox import Outbox
from tests.conftest import REPO

pytestmark = pytest.mark.e2e


def start_kiosk(tmp_path: Path, *args: str, notify: Path | None = None) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "KIOSK_DATA_DIR": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    if notify is not None:
        env["NOTIFY_SOCKET"] = str(notify)
    return subprocess.Popen(
        [sys.executable, "-m", "kiosk", "run", *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def unexpected_qt_warnings(log_text: str, harmless: list[str]) -> list[str]:
    """Qt warnings in the kiosk's log that are not on pyproject's qt_log_ignore list."""
    return [
        line
        for line in log_text.splitlines()
        if " WARNING qt." in line and not any(re.search(p, line) for p in harmless)
    ]


def test_windowed_start_sends_ready_and_logs_the_first_frame(tmp_path, request):
    notify = tmp_path / "notify.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind(str(notify))
        server.settimeout(60)
        kiosk = start_kiosk(tmp_path, "--windowed", notify=notify)
        try:
            message = server.recv(64)  # blocks until READY=1 (or the 60 s timeout)
        finally:
            kiosk.terminate()
            output, _ = kiosk.communicate(timeout=30)
    assert message == b"READY=1"
    log_file = tmp_path / "data" / "logs" / "kiosk.log"
    log_text = log_file.read_text(encoding="utf-8")
    assert "ready: first frame shown" in log_text
    assert unexpected_qt_warnings(log_text, request.config.getini("qt_log_ignore")) == []
    assert "Traceback" not in output


def test_kiosk_mode_refuses_an_unsafe_start(tmp_path):
    """Tests run with the web sandbox disabled (and CI as root): kiosk mode must say no."""
    kiosk = start_kiosk(tmp_path)
    output, _ = kiosk.communicate(timeout=60)
    assert kiosk.returncode == 2
    assert "refusing to start in kiosk mode" in output
    assert "sandbox is disabled" in output


def test_a_start_is_counted_once_the_store_opens_after_the_first_frame(tmp_path):
    """IT's metrics count every start; the count is written after the first frame now."""
    notify = tmp_path / "notify.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind(str(notify))
        server.settimeout(60)
        kiosk = start_kiosk(tmp_path, "--windowed", notify=notify)
        try:
            assert server.recv(64) == b"READY=1"
            # Then the store opens (after the first frame), counts the start and says so.
            assert server.recv(64) == b"STATUS=taking call-back requests"
        finally:
            kiosk.terminate()
            kiosk.communicate(timeout=30)
    store = Store.open(tmp_path / "data" / DATABASE_NAME)
    try:
        assert Outbox(store).counts()[1] == 1
    finally:
        store.close()


def test_the_welcome_screen_does_not_wait_for_the_store_or_staff_libraries():
    """Importing the composition root loads none of what only the store, staff mode,
    sealing or a QR code needs: that is ~150 ms of every start (docs/design.md)."""
    heavy = ["sqlite_utils", "argon2", "segno", "cryptography", "fpdf", "xlsxwriter", "httpx"]
    probe = f"import sys, kiosk.app; print(' '.join(m for m in {heavy!r} if m in sys.modules))"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.split() == []
