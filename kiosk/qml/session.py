"""``Session``: one patient's visit, and the one place that ends it.

``startOver()`` is called when the patient taps "Start over" and when the idle
countdown runs out. It puts the language and the patient's reading aids (``Access``) back to
the defaults and tells every
screen to forget what it holds (R10): QML answers ``startedOver``
by destroying the screens, so nothing of one patient reaches the next.
"""

import logging

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, owned_by  # noqa: F401  (read by @QmlElement)
from kiosk.qml.access import Access
from kiosk.qml.language import Language

log = logging.getLogger(__name__)


@QmlElement
@QmlSingleton
class Session(QObject):
    startedOver = Signal()

    @staticmethod
    def create(engine: QQmlEngine) -> "Session":
        """QML's hook: this engine's instance, made by the composition root."""
        return owned_by(engine, Session)

    def __init__(
        self, language: Language, parent: QObject | None = None, *, access: Access | None = None
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._access = access

    @Slot()
    def startOver(self) -> None:
        log.info("session: starting over for the next patient")
        self._language.reset()
        if self._access is not None:  # larger text, contrast, less motion: the clinic's again
            self._access.reset()
        self.startedOver.emit()
