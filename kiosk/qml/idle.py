"""``Idle``: notices when the patient has walked away (R10).

After ``timeout`` seconds without a touch, ``warning`` turns on and
``secondsLeft`` counts down; any touch cancels. At zero, ``timedOut`` fires and
the session starts over. While staff mode is open (``staff``) the wait is the
longer ``staff_timeout``: a receptionist on the phone is not a patient who
walked away, but an unattended list must still lock itself.
``ActivityFilter`` feeds it every touch, click and key press that reaches
the kiosk window.
"""

import math

from PySide6.QtCore import (
    Property,
    QElapsedTimer,
    QEvent,
    QObject,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtQml import QmlNamedElement, QmlSingleton, QQmlEngine

from kiosk.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, owned_by  # noqa: F401  (read by @QmlElement)

# Input that means a person is there. Mouse moves are not: a bumped mouse or a
# hovering cursor on a touch kiosk is not a patient.
ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)


@QmlNamedElement("Idle")
@QmlSingleton
class IdleMonitor(QObject):  # type: ignore[operator]  # stub bug: QmlNamedElement
    warningChanged = Signal()
    secondsLeftChanged = Signal()
    activeChanged = Signal()
    staffChanged = Signal()
    timedOut = Signal()

    @staticmethod
    def create(engine: QQmlEngine) -> "IdleMonitor":
        """QML's hook: this engine's instance, made by the composition root."""
        return owned_by(engine, IdleMonitor)

    def __init__(
        self,
        timeout: float,
        warning: float,
        parent: QObject | None = None,
        *,
        staff_timeout: float | None = None,
    ) -> None:
        """
        Args:
            timeout: seconds without input before the warning shows.
            warning: seconds the warning counts down before ``timedOut``.
            staff_timeout: ``timeout`` while staff mode is open (default: the same).
        """
        super().__init__(parent)
        self._warning_ms = int(warning * 1000)
        self._patient_ms = int(timeout * 1000)
        self._staff_ms = int((timeout if staff_timeout is None else staff_timeout) * 1000)
        self._staff = False
        self._active = False
        self._warning = False
        self._seconds_left = math.ceil(warning)
        self._idle = QTimer(self, singleShot=True, interval=int(timeout * 1000))
        self._idle.timeout.connect(self._start_warning)
        self._tick = QTimer(self, interval=min(1000, self._warning_ms))
        self._tick.timeout.connect(self._count_down)
        self._since_warning = QElapsedTimer()

    @Property(bool, notify=activeChanged)
    def active(self) -> bool:
        return self._active

    @active.setter  # type: ignore[no-redef]
    def active(self, value: bool) -> None:
        """QML turns watching off on the welcome screen, where there is nothing to forget."""
        if value == self._active:
            return
        self._active = value
        self.activeChanged.emit()
        self._reset()

    @Property(bool, notify=staffChanged)
    def staff(self) -> bool:
        return self._staff

    @staff.setter  # type: ignore[no-redef]
    def staff(self, value: bool) -> None:
        """QML sets this while staff mode is open: the longer wait applies from now."""
        if value == self._staff:
            return
        self._staff = value
        self._idle.setInterval(self._staff_ms if value else self._patient_ms)
        self.staffChanged.emit()
        self._reset()

    @Property(bool, notify=warningChanged)
    def warning(self) -> bool:
        return self._warning

    @Property(int, notify=secondsLeftChanged)
    def secondsLeft(self) -> int:
        return self._seconds_left

    @Slot()
    def stillHere(self) -> None:
        self.poke()

    def poke(self) -> None:
        """Someone touched the screen."""
        if self._active:
            self._reset()

    def _reset(self) -> None:
        self._tick.stop()
        self._set_warning(False)
        if self._active:
            self._idle.start()
        else:
            self._idle.stop()

    def _start_warning(self) -> None:
        self._since_warning.start()
        self._set_seconds_left(math.ceil(self._warning_ms / 1000))
        self._set_warning(True)
        self._tick.start()

    def _count_down(self) -> None:
        remaining_ms = self._warning_ms - self._since_warning.elapsed()
        self._set_seconds_left(max(0, math.ceil(remaining_ms / 1000)))
        if remaining_ms <= 0:
            self._tick.stop()
            self._set_warning(False)
            self.timedOut.emit()

    def _set_warning(self, value: bool) -> None:
        if value != self._warning:
            self._warning = value
            self.warningChanged.emit()

    def _set_seconds_left(self, value: int) -> None:
        if value != self._seconds_left:
            self._seconds_left = value
            self.secondsLeftChanged.emit()


class ActivityFilter(QObject):
    """Event filter on the kiosk window: every touch, click or key press pokes the monitor.

    The touch that answers "Are you still there?" only dismisses it: it is
    swallowed, press and release, so it cannot also tick the consent box or
    type a digit on the screen underneath.
    """

    def __init__(self, monitor: IdleMonitor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._monitor = monitor
        self._swallowing = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in ACTIVITY_EVENTS:
            was_warning = self._monitor.warning
            self._monitor.poke()
            if was_warning:
                self._swallowing = kind != QEvent.Type.KeyPress
                return True
        elif self._swallowing and kind in _ENDS_OF_A_TOUCH:
            if kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd):
                self._swallowing = False
            return True
        return False


# What follows the press that dismissed the warning, until the finger lifts.
_ENDS_OF_A_TOUCH = frozenset(
    {
        QEvent.Type.MouseMove,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
    }
)
