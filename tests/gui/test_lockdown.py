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


# What a keyboard or number pad user needs (issue 15): never swallowed.
KEYBOARD_USE = [
    (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier),
    (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier),
    (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Left, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_5, Qt.KeyboardModifier.KeypadModifier),
    (Qt.Key.Key_0, Qt.KeyboardModifier.NoModifier),
]


@pytest.mark.parametrize(("key", "modifier"), KEYBOARD_USE)
def test_keys_for_moving_pressing_and_typing_pass_through(locked, key, modifier):
    lockdown = next(f for f in locked.filters if isinstance(f, Lockdown))
    for kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
        event = QKeyEvent(kind, key, modifier)
        assert lockdown.eventFilter(locked.window, event) is False


def test_a_number_pad_types_the_phone_number_in_kiosk_mode(locked, qtbot):
    from tests.gui.conftest import tap

    tap(locked.window, "attractCallButton")
    qtbot.waitUntil(lambda: locked.window.property("currentScreen") == "callUs")
    for digit in "202555":
        QTest.keyClick(
            locked.window, Qt.Key(Qt.Key.Key_0 + int(digit)), Qt.KeyboardModifier.KeypadModifier
        )
    QTest.keyClick(locked.window, Qt.Key.Key_Backspace)
    # five digits typed, one taken back
    assert locked.callback_form.property("phoneDisplay") == "202-55"
