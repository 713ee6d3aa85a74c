"""The sync worker's thread in the running kiosk: started after the first frame, never on the UI.

The drain itself is Qt-free (``kiosk.sync.worker.Worker``, a plain Python
thread). This adapter starts it once the first frame is on screen (so the
welcome screen never waits for it), wakes it when the form saved a
request, and stops it at shutdown before the store closes. Saving a
request never waits for the network: the worker holds the store's lock
only for its short reads and writes, never while it sends.
"""

import logging

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtQuick import QQuickWindow

from kiosk.settings import Settings
from kiosk.store import Store
from kiosk.sync.attempt import SyncConfigError
from kiosk.sync.configured import make_drainer
from kiosk.sync.worker import Worker

log = logging.getLogger(__name__)


class SyncThread(QObject):
    """Owns the worker; None of this when ``sync_target = "none"``."""

    def __init__(
        self, worker: Worker, window: QQuickWindow, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self._window = window
        window.frameSwapped.connect(self.on_frame_swapped)
        app = QCoreApplication.instance()
        if app is not None:  # the kiosk quitting (a planned restart, SIGTERM) stops it too
            app.aboutToQuit.connect(self.stop)

    @classmethod
    def configured(
        cls, store: Store | None, settings: Settings, window: QQuickWindow, parent: QObject
    ) -> "SyncThread | None":
        """The thread for the configured target; None when there is none or it cannot work.

        A setting that cannot work is logged once; the kiosk goes on taking
        requests, which wait in the outbox (``kiosk doctor`` says why).
        """
        if store is None or settings.sync_target == "none":
            return None
        try:
            drainer = make_drainer(store, settings)
        except SyncConfigError as exc:
            log.error("sync: NOT sending requests: %s", exc)
            return None
        if drainer is None:
            return None
        return cls(Worker(drainer), window, parent)

    @Slot()
    def on_frame_swapped(self) -> None:
        # Queued from the render thread like FirstFrame's: act on the first only.
        if self.worker.running:
            return
        self._window.frameSwapped.disconnect(self.on_frame_swapped)
        self.worker.start()
        log.info("sync: sending requests to the %s target", self.worker.drainer.target.name)

    @Slot()
    def wake(self) -> None:
        """A request was saved: the worker tries now instead of at its next timer."""
        self.worker.wake()

    @Slot()
    def stop(self) -> None:
        """End the thread (waits up to a few seconds for a send in flight); safe twice."""
        if not self.worker.stop():
            log.warning("sync: still sending at shutdown; that request is sent again next time")
