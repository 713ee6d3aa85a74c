"""Planned restarts: when memory grows too large, or at a quiet hour each night (R21).

Every minute the kiosk measures its process tree (itself plus Qt WebEngine's
helper processes) and looks at the clock. When a restart is due it waits for
an idle moment, the welcome screen with no staff signed in, so it never
restarts in front of a patient, then quits; the service manager
(``Restart=always``) starts it again fresh.
"""

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 60_000


class RestartPlanner(QObject):
    """Decides when a restart is due and does it at the next idle moment."""

    def __init__(
        self,
        *,
        memory_limit_mb: int,
        restart_hour: int,
        is_idle: Callable[[], bool],
        quit_app: Callable[[int], None],
        measure: Callable[[], float | None],
        now: Callable[[], dt.datetime] = dt.datetime.now,
        parent: QObject | None = None,
    ) -> None:
        """
        Args:
            memory_limit_mb: restart when the process tree uses more; 0 turns it off.
            restart_hour: local hour (0-23) for a nightly restart; -1 turns it off.
            is_idle: True when no patient or staff member is using the kiosk.
            quit_app: ends the process with an exit code (the service restarts it).
            measure: the process tree's memory in MiB (None where unknown).
        """
        super().__init__(parent)
        self._limit = memory_limit_mb
        self._hour = restart_hour
        self._is_idle = is_idle
        self._quit = quit_app
        self._measure = measure
        self._now = now
        self._started = now()
        self._reason = ""
        self._timer = QTimer(self, interval=CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    @property
    def reason(self) -> str:
        return self._reason

    def check(self) -> None:
        if not self._reason:
            self._reason = self._why_restart()
            if self._reason:
                log.warning("health: restart planned at the next idle moment: %s", self._reason)
        if self._reason and self._is_idle():
            log.warning("health: restarting now (%s)", self._reason)
            self._quit(0)

    def _why_restart(self) -> str:
        if self._limit > 0:
            used = self._measure()
            if used is not None and used > self._limit:
                return f"memory {used:.0f} MiB is over memory_limit_mb {self._limit}"
        if self._hour >= 0:
            now = self._now()
            ran_for = now - self._started
            # Only once a night, and not right after a (re)start in that hour.
            if now.hour == self._hour and ran_for > dt.timedelta(hours=1):
                return f"the nightly restart hour {self._hour}:00"
        return ""
