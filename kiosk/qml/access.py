"""``Access``: this patient's own reading aids: larger text, high contrast, less motion.

A patient changes them from the "Aa" panel on the top bar; ``Session.startOver``
calls ``reset()``, so the next patient meets the clinic's defaults again
(normal text, normal colours, motion as the clinic's ``reduce_motion`` says).
``reduceMotion`` is what screens and the animation page obey: the clinic's
setting OR the patient's "Less motion".
"""

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, QVariantList, owned_by  # noqa: F401  (read by @QmlElement)

# The text sizes a patient can pick: normal, larger, largest.
TEXT_SCALES = (1.0, 1.3, 1.6)


@QmlElement
@QmlSingleton
class Access(QObject):
    textScaleChanged = Signal()
    highContrastChanged = Signal()
    reduceMotionChanged = Signal()

    @staticmethod
    def create(engine: QQmlEngine) -> "Access":
        """QML's hook: this engine's instance, made by the composition root."""
        return owned_by(engine, Access)

    def __init__(self, clinic_reduce_motion: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clinic_reduce_motion = clinic_reduce_motion
        self._text_scale = TEXT_SCALES[0]
        self._high_contrast = False
        self._less_motion = False

    @Property(QVariantList, constant=True)
    def textScales(self) -> list[float]:
        return list(TEXT_SCALES)

    @Property(float, notify=textScaleChanged)
    def textScale(self) -> float:
        return self._text_scale

    @Property(bool, notify=highContrastChanged)
    def highContrast(self) -> bool:
        return self._high_contrast

    @Property(bool, notify=reduceMotionChanged)
    def lessMotion(self) -> bool:
        """The patient's own choice (the clinic's setting is not shown as theirs)."""
        return self._less_motion

    @Property(bool, notify=reduceMotionChanged)
    def reduceMotion(self) -> bool:
        return self._clinic_reduce_motion or self._less_motion

    @Slot(float)
    def setTextScale(self, value: float) -> None:
        # Only the offered steps: the layouts are checked at those.
        chosen = min(TEXT_SCALES, key=lambda step: abs(step - value))
        if chosen != self._text_scale:
            self._text_scale = chosen
            self.textScaleChanged.emit()

    @Slot(bool)
    def setHighContrast(self, value: bool) -> None:
        if value != self._high_contrast:
            self._high_contrast = value
            self.highContrastChanged.emit()

    @Slot(bool)
    def setLessMotion(self, value: bool) -> None:
        if value != self._less_motion:
            self._less_motion = value
            self.reduceMotionChanged.emit()

    @Slot()
    def reset(self) -> None:
        """The clinic's defaults, for the next patient."""
        self.setTextScale(TEXT_SCALES[0])
        self.setHighContrast(False)
        self.setLessMotion(False)
