"""``Clinic``: the facts about this kiosk's clinic that screens show.

Its phone and emergency numbers, its logo, and the public pages its take-home
QR codes open (``takeHome``).
"""

from typing import Any

from PySide6.QtCore import Property, QObject, QUrl, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.content.take_home import make_code, take_home_url
from kiosk.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, QVariantMap, owned_by  # noqa: F401  (read by @QmlElement)
from kiosk.settings import Settings


@QmlElement
@QmlSingleton
class Clinic(QObject):
    @staticmethod
    def create(engine: QQmlEngine) -> "Clinic":
        """QML's hook: this engine's instance, made by the composition root."""
        return owned_by(engine, Clinic)

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings

    @Property(str, constant=True)
    def name(self) -> str:
        return self._settings.clinic_name

    @Property(str, constant=True)
    def phone(self) -> str:
        return self._settings.clinic_phone

    @Property(str, constant=True)
    def emergencyNumber(self) -> str:
        return self._settings.emergency_number

    @Slot(str, str, result=QVariantMap)
    def takeHome(self, topic: str, language: str) -> dict[str, Any]:
        """The topic's take-home QR code in this language: {url, source, modules}, or {}."""
        url = take_home_url(self._settings, topic, language)
        if not url:
            return {}
        code = make_code(url)
        return {"url": code.url, "source": code.svg_uri, "modules": code.modules}

    @Property(str, constant=True)
    def logoUrl(self) -> str:
        logo = self._settings.logo
        return QUrl.fromLocalFile(str(logo)).toString() if logo else ""

    @Property(bool, constant=True)
    def reduceMotion(self) -> bool:
        return self._settings.reduce_motion
