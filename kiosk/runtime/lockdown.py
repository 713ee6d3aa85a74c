"""Kiosk mode: the window cannot be closed or escaped from the keyboard (R20).

An event filter on the kiosk window drops the usual escape keys and refuses
close requests, so Alt+F4, Ctrl+Q, Ctrl+W, Esc and F11 do nothing. The kiosk
ends only from outside: the service manager (stop, or a planned restart).
"""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

_ESCAPE_KEYS = {
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
}
_MODIFIERS = (
    Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.MetaModifier
)


class Lockdown(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Close:
            event.ignore()
            return True
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(
            event, QKeyEvent
        ):
            pressed = (Qt.Key(event.key()), event.modifiers() & _MODIFIERS)
            if pressed in _ESCAPE_KEYS:
                return True
        return False
