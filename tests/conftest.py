"""Shared test set-up: an isolated home, Qt offscreen, and a strict log.

Nothing here touches the real home directory, config or network. Because CI
runs as root, the *tests* (never the app) turn Chromium's sandbox off.
"""

import os
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
