"""R20: in kiosk mode the keyboard cannot close or leave the kiosk; in demo mode it can."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest

from kiosk import app as kiosk_app
from kiosk.runtime.lockdown import Lockdown

ESCAPES = [
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
]


@pytest.fixture
def locked(qapp, qtbot, kiosk_settings):
    built = kiosk_app.build(kiosk_settings, kiosk_mode=True)
    built.window.show()
    qtbot.waitExposed(built.window)
    yield built
    built.shutdown()


def test_close_request_is_refused_in_kiosk_mode(locked, qtbot):
    assert locked.window.close() is False
    assert locked.window.isVisible()


@pytest.mark.parametrize(("key", "modifier"), ESCAPES)
def test_escape_keys_are_swallowed_in_kiosk_mode(locked, key, modifier):
    lockdown = next(f for f in locked.filters if isinstance(f, Lockdown))
    event = QKeyEvent(QEvent.Type.KeyPress, key, modifier)
    assert lockdown.eventFilter(locked.window, event) is True
    QTest.keyClick(locked.window, key, modifier)
    assert locked.window.isVisible()


def test_ordinary_keys_pass_through(locked):
    lockdown = next(f for f in locked.filters if isinstance(f, Lockdown))
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
    assert lockdown.eventFilter(locked.window, event) is False


def test_cursor_is_hidden_in_kiosk_mode(locked, qapp):
    cursor = qapp.overrideCursor()
    assert cursor is not None and cursor.shape() == Qt.CursorShape.BlankCursor


def test_demo_window_can_be_closed(kiosk, qtbot):
    kiosk.window.close()
    qtbot.waitUntil(lambda: not kiosk.window.isVisible())
