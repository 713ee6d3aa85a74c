"""Shared test set-up: an isolated home, Qt offscreen, and a strict log.

Nothing here touches the real home directory, config or network. Because CI
runs as root, the *tests* (never the app) turn Chromium's sandbox off.
"""

import logging
import os
import re
from pathlib import Path

import pytest

# Set before any Qt import: tests run headless, and as root under CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def isolated_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
):
    """A private HOME and XDG dirs, and no KIOSK_* settings leaking in from outside."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(home / "etc-xdg"))
    # No test reaches the machine's own speech daemon or spawns one (kiosk
    # doctor asks it); tests/servers/speechd.py starts a private one.
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{home}/no-speech-service.sock")
    for name in list(os.environ):
        if name.startswith("KIOSK_") or name == "NOTIFY_SOCKET":
            monkeypatch.delenv(name)
    return home


@pytest.fixture(scope="session")
def qapp_cls():
    """The kiosk is a Qt Quick app: QGuiApplication, no widgets."""
    from PySide6.QtGui import QGuiApplication

    from kiosk import app

    app.prepare_process()
    return QGuiApplication


# Warnings every test may cause because of where tests run, not what the kiosk
# does wrong, each with its reason (like qt_log_ignore in pyproject.toml).
EXPECTED_ANYWHERE = (
    # Every test starts with a fresh data dir, which has no audit key yet; on a
    # kiosk, deploy/linux/install.sh creates it before the first start.
    ("kiosk.staff.audit_seal", re.compile(r"audit: there was no audit key; made ")),
)


class LogFail(logging.Handler):
    """Collects every log record at WARNING or above that the test did not ask for.

    A test that expects a warning says so with ``caplog.set_level(...)`` or
    ``caplog.at_level(...)`` at that level or lower, and then asserts on it;
    any other warning or error fails the test, as a Qt warning does
    (qutebrowser's tests/helpers/logfail.py is the model). Page console
    messages reach ``logging`` through the stage, so they count too.
    """

    def __init__(self, caplog: pytest.LogCaptureFixture) -> None:
        super().__init__(logging.WARNING)
        self._caplog = caplog
        self.unexpected: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        expected_from = self._caplog.handler.level
        if expected_from and expected_from <= record.levelno:
            return
        if any(
            record.name == name and pattern.match(record.getMessage())
            for name, pattern in EXPECTED_ANYWHERE
        ):
            return
        self.unexpected.append(record)


@pytest.fixture(autouse=True)
def log_fail(caplog: pytest.LogCaptureFixture):
    handler = LogFail(caplog)
    root = logging.getLogger()
    root.addHandler(handler)
    yield handler
    root.removeHandler(handler)
    if handler.unexpected:
        lines = [f"{r.levelname} {r.name}: {r.getMessage()}" for r in handler.unexpected]
        pytest.fail(
            "unexpected log records (use caplog.at_level to expect them):\n" + "\n".join(lines)
        )
