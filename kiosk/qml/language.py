"""``Language``: which language the patient reads, for UI strings and content.

UI strings go through Qt's translation system (``ui/i18n/kiosk_<code>.qm``,
English is the source language); content comes from the pack of the same
language. Choosing a language retranslates every visible string at once.
"""

import logging
from pathlib import Path

from PySide6.QtCore import Property, QCoreApplication, QObject, QTranslator, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, QVariantList, owned_by  # noqa: F401  (read by @QmlElement)

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"


@QmlElement
@QmlSingleton
class Language(QObject):
    currentChanged = Signal()

    @staticmethod
    def create(engine: QQmlEngine) -> "Language":
        """QML's hook: this engine's instance, made by the composition root."""
        return owned_by(engine, Language)

    def __init__(
        self,
        engine: QQmlEngine,
        names: dict[str, dict[str, str]],
        default: str,
        translations_dir: Path,
        parent: QObject | None = None,
    ) -> None:
        """
        Args:
            engine: retranslated whenever the language changes.
            names: offered language codes -> {"name": "Español", "welcome": ...,
                "chooseLanguage": ...}, each in its own language, in order.
            default: the language every new patient starts in.
            translations_dir: where ``kiosk_<code>.qm`` files are.
        """
        super().__init__(parent)
        self._engine = engine
        self._names = dict(names)
        self._default = default
        self._dir = translations_dir
        self._current = SOURCE_LANGUAGE
        self._translator: QTranslator | None = None
        self._apply(default)

    @Property(str, notify=currentChanged)
    def current(self) -> str:
        return self._current

    def current_code(self) -> str:
        """``current`` for Python callers (the Qt property's type is opaque to mypy)."""
        return self._current

    @Property(QVariantList, constant=True)
    def languages(self) -> list[dict[str, str]]:
        return [{"code": code, **texts} for code, texts in self._names.items()]

    @Slot(str)
    def choose(self, code: str) -> None:
        if code not in self._names:
            log.warning("ignoring unknown language %r", code)
            return
        if code != self._current:
            self._apply(code)
            self.currentChanged.emit()

    def release(self) -> None:
        """Take our translator off the application (when this engine goes away)."""
        if self._translator is not None:
            _application().removeTranslator(self._translator)
            self._translator = None

    def reset(self) -> None:
        """Back to the default language, for the next patient."""
        self.choose(self._default)

    def _apply(self, code: str) -> None:
        app = _application()
        self.release()
        if code != SOURCE_LANGUAGE:
            translator = QTranslator(self)
            if translator.load(f"kiosk_{code}", str(self._dir)):
                app.installTranslator(translator)
                self._translator = translator
            else:
                log.warning("no UI translation for %r in %s; showing English", code, self._dir)
        self._current = code
        self._engine.retranslate()


def _application() -> QCoreApplication:
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("Language needs the application object to exist")
    return app
