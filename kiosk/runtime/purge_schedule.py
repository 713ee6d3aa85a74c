"""The daily closing and purge of call-back requests past their retention (R12).

Requests nobody was reached for in ``close_after_days`` are closed; done
requests are deleted ``retention_days`` later, every request
``retention_max_days`` after it was made, and export files left in the
kiosk's own ``exports`` folder after ``retention_days``. The purge runs a
minute after start and then once a day; each run writes one audit row (even
when it deletes nothing, so the log shows the schedule is alive).

Every few minutes the write-ahead log is also folded into ``kiosk.db`` (a
passive checkpoint: it waits for nobody), so the main file stays close to
the whole database between SQLite's own checkpoints (R27).
"""

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from kiosk import staff
from kiosk.export.cleanup import remove_old_exports
from kiosk.settings import Settings
from kiosk.staff.retention import keep_promise
from kiosk.store import Store, StoreError

log = logging.getLogger(__name__)

FIRST_RUN_MS = 60_000  # a minute after start: never in the way of the first frame
EVERY_MS = 24 * 60 * 60_000
CHECKPOINT_EVERY_MS = 10 * 60_000


class PurgeSchedule(QObject):
    def __init__(
        self,
        store: Store,
        audit: staff.Audit,
        settings: Settings,
        exports_dir: Path,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._audit = audit
        self._settings = settings
        self._days = settings.retention_days
        self._exports = exports_dir
        self._timer = QTimer(self, interval=EVERY_MS)
        self._timer.timeout.connect(self.run)
        self._timer.start()
        self._stopped = False
        QTimer.singleShot(FIRST_RUN_MS, self, self.run)
        self._checkpoints = QTimer(self, interval=CHECKPOINT_EVERY_MS)
        self._checkpoints.timeout.connect(self.checkpoint)
        self._checkpoints.start()

    def checkpoint(self) -> None:
        try:
            self._store.checkpoint(truncate=False)
        except StoreError as exc:
            log.warning("could not checkpoint the database: %s", exc)

    def stop(self) -> None:
        """No more runs: the store is about to close (``KioskApp.shutdown``)."""
        self._stopped = True
        self._timer.stop()

    def run(self) -> int:
        if self._stopped:
            return 0
        try:
            closed, purged = keep_promise(self._store, self._audit, self._settings)
            files = remove_old_exports(self._exports, self._days)
            if files:
                self._audit.record("purge", "schedule", {"export_files": files})
        except (OSError, StoreError, ValueError) as exc:
            log.error("retention: purge failed: %s", exc)
            return 0
        if closed:
            log.info("retention: closed %d request(s) nobody was reached for", closed)
        if purged:
            log.info(
                "retention: purged %d request(s) done more than %d days ago or made more "
                "than %d days ago",
                purged,
                self._days,
                self._settings.retention_max_days,
            )
        return purged
