"""``Usage``: anonymous counts of what patients look at, per day (no personal data).

Screens call ``Usage.count("procedure_viewed", "y90")`` and the like; the
staff dashboard shows the totals. A count that cannot be written is logged
and dropped: counting must never get in a patient's way.
"""

import logging

from PySide6.QtCore import QObject, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, owned_by  # noqa: F401  (read by @QmlElement)
from kiosk.qml.store_handle import StoreHandle
from kiosk.store import StoreError

log = logging.getLogger(__name__)


@QmlElement
@QmlSingleton
class Usage(QObject):
    @staticmethod
    def create(engine: QQmlEngine) -> "Usage":
        """QML's hook: this engine's instance, made by the composition root."""
        return owned_by(engine, Usage)

    def __init__(self, store: StoreHandle, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handle = store

    @Slot(str, str)
    def count(self, event: str, subject: str) -> None:
        from kiosk.store.usage import EVENTS  # sqlite-utils: not before the first frame

        if event not in EVENTS:
            log.warning("usage: unknown event %r", event)
            return
        store = self._handle.store
        if store is None:
            return
        try:
            store.count(event, subject)
        except (StoreError, ValueError) as exc:  # never in a patient's way
            log.warning("usage: could not count %s: %s", event, exc)
