"""systemd's watchdog, fed from the UI thread: a frozen UI stops feeding it (R21).

When systemd runs the kiosk with ``WatchdogSec=``, it passes ``WATCHDOG_USEC``
and expects ``WATCHDOG=1`` more often than that. The ping is sent by a timer
on the Qt event loop, so if the UI thread hangs (a deadlock, an endless
loop), pings stop and systemd restarts the kiosk.
"""

import logging
import os
from collections.abc import Mapping

from PySide6.QtCore import QObject, QTimer

from kiosk.system import systemd

log = logging.getLogger(__name__)


def interval_ms(env: Mapping[str, str]) -> int | None:
    """Half of systemd's watchdog period, or None when there is no watchdog."""
    raw = env.get("WATCHDOG_USEC", "")
    pid = env.get("WATCHDOG_PID", "")
    if not raw.isdigit() or int(raw) <= 0:
        return None
    if pid and pid != str(os.getpid()):  # the watchdog is meant for another process
        return None
    return max(1, int(raw) // 2000)


class Watchdog(QObject):
    def __init__(
        self, env: Mapping[str, str] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._env = dict(os.environ if env is None else env)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._ping)
        every = interval_ms(self._env)
        if every is not None:
            self._timer.start(every)
            log.info("watchdog: pinging systemd every %d ms", every)

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def _ping(self) -> None:
        systemd.notify("WATCHDOG=1", self._env)
