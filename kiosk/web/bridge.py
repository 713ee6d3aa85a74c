"""``PageBridge``: the one object the stage page can see, over QWebChannel.

It is deliberately small: the page may only say it is ready, which step and
scene it shows, when the step's key moment has landed, that the last step
has ended and that the step holds still (settled), and it hears which procedure
and step to show, whether to move, how long to move and that someone touched.
Nothing else of the app (no profile, no settings, no data) is reachable from
page scripts.
"""

from PySide6.QtCore import QObject, Signal, Slot


class PageBridge(QObject):
    # App -> page (stage/channel.js connects to these).
    showRequested = Signal(str, int)
    reducedMotionRequested = Signal(bool)
    wakeRequested = Signal()
    settleTimeRequested = Signal(int)  # ms a step's idle loops play before it holds still
    # Page -> app (emitted from the slots below, for kiosk.qml.stage and the page tests).
    pageReadied = Signal()
    stepShown = Signal(str, int)
    sceneShown = Signal(str, int, str, bool)
    keyMoment = Signal(str, int)
    procedureEnded = Signal(str)
    stepSettled = Signal(str, int)

    @Slot()
    def pageReady(self) -> None:
        self.pageReadied.emit()

    @Slot(str, int)
    def reportStep(self, procedure: str, index: int) -> None:
        self.stepShown.emit(procedure, index)

    @Slot(str, int, str, bool)
    def reportScene(self, procedure: str, index: int, scene: str, legend: bool) -> None:
        """The layers the step shows (space-separated names, e.g. "body liver"), and
        whether red and blue vessels are in them (the app shows what the colours mean)."""
        self.sceneShown.emit(procedure, index, scene, legend)

    @Slot(str, int)
    def reportKey(self, procedure: str, index: int) -> None:
        """The step's key moment has landed (the dye has filled, the check shows ...)."""
        self.keyMoment.emit(procedure, index)

    @Slot(str)
    def reportEnded(self, procedure: str) -> None:
        self.procedureEnded.emit(procedure)

    @Slot(str, int)
    def reportSettled(self, procedure: str, index: int) -> None:
        """The step holds still: nothing runs and the page asks for no frames until a wake."""
        self.stepSettled.emit(procedure, index)
