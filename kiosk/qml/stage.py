"""``Stage``: drives the one long-lived animation page, for QML.

QML asks for a procedure and a step (``show``) and for motion (``play`` /
``pause``); the page answers through ``PageBridge`` with the step it shows
and when the last step has ended. ``Stage`` remembers what should be on
screen, so a page that (re)loads and says it is ready, e.g. after a renderer
crash, is brought back to the same place. It also makes the web profile, but
only when told to warm up, right after the kiosk's first frame.

A shown step settles (its idle loops end, the page asks for no more frames);
``wake`` (any touch on the window, through ``TouchWaker``) lets it move again.
"""

import logging
import os
import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import Property, QEvent, QObject, QUrl, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine
from PySide6.QtWebEngineQuick import QQuickWebEngineProfile

from kiosk.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, owned_by  # noqa: F401  (read by @QmlElement)
from kiosk.qml.idle import ACTIVITY_EVENTS
from kiosk.system import safety
from kiosk.web.bridge import PageBridge
from kiosk.web.interceptor import is_app_url
from kiosk.web.scheme import STAGE_URL

log = logging.getLogger(__name__)
# More renderer crashes than this within the window and the kiosk exits
# non-zero instead of reloading again: something is wrong beyond one page.
CRASHES_BEFORE_GIVING_UP = 3
CRASH_WINDOW_SECONDS = 600
console_log = logging.getLogger("web.console")

# WebEngineView.JavaScriptConsoleMessageLevel: Info, Warning, Error.
_CONSOLE_LEVELS = {0: logging.INFO, 1: logging.WARNING, 2: logging.ERROR}
# How long a step's gentle idle loops play before the step holds still.
SETTLE_MS = 10_000


@QmlElement
@QmlSingleton
class Stage(QObject):
    warmChanged = Signal()
    readyChanged = Signal()
    stepShown = Signal(str, int)
    vesselLegendChanged = Signal()
    ended = Signal(str)
    settledChanged = Signal()
    gaveUp = Signal()  # the renderer keeps crashing: let the service manager restart us

    @staticmethod
    def create(engine: QQmlEngine) -> "Stage":
        """QML's hook: this engine's instance, made by the composition root."""
        return owned_by(engine, Stage)

    def __init__(
        self,
        prepare_profile: Callable[[], QQuickWebEngineProfile],
        reduce_motion: bool,
        parent: QObject | None = None,
        settle_ms: int = SETTLE_MS,
    ) -> None:
        """
        Args:
            prepare_profile: locks down the web profile the view will use
                (``kiosk.web.profile.prepare_default_profile``); it starts the
                web engine, so it is called only when warming starts.
            reduce_motion: the ``reduce_motion`` setting, passed on to the page.
            settle_ms: how long a step's idle loops play before it holds still.
        """
        super().__init__(parent)
        self._prepare_profile = prepare_profile
        self._reduce_motion = reduce_motion
        self._warm = False
        self._ready = False
        self._wanted = ("", 0)
        self._shown: tuple[str, int] | None = None
        self._vessel_legend = False
        self._settle_ms = settle_ms
        self._settled = False
        self._crashes: deque[float] = deque(maxlen=CRASHES_BEFORE_GIVING_UP)
        self._bridge = PageBridge(self)
        self._bridge.pageReadied.connect(self._on_page_ready)
        self._bridge.stepShown.connect(self._on_step_shown)
        self._bridge.sceneShown.connect(self._on_scene_shown)
        self._bridge.procedureEnded.connect(self.ended)
        self._bridge.stepSettled.connect(self._on_step_settled)

    @Property(QObject, constant=True)
    def pageBridge(self) -> PageBridge:
        """Registered on the view's web channel as ``bridge``."""
        return self._bridge

    @Property(QUrl, constant=True)
    def url(self) -> QUrl:
        return STAGE_URL

    @Property(bool, notify=warmChanged)
    def warm(self) -> bool:
        """True once the web view may be created (after the kiosk's first frame)."""
        return self._warm

    @Property(bool, notify=readyChanged)
    def ready(self) -> bool:
        """True while a stage page is loaded and listening."""
        return self._ready

    @Property(str, notify=stepShown)
    def shownProcedure(self) -> str:
        return self._shown[0] if self._shown else ""

    @Property(int, notify=stepShown)
    def shownStep(self) -> int:
        return self._shown[1] if self._shown else -1

    @Property(bool, notify=vesselLegendChanged)
    def vesselLegend(self) -> bool:
        """True while the shown step has red and blue vessels whose meaning the legend gives."""
        return self._vessel_legend

    @Property(bool, notify=settledChanged)
    def settled(self) -> bool:
        """True while the shown step holds still: the page asks for no frames."""
        return self._settled

    @Slot()
    def wake(self) -> None:
        """Someone touched the screen: a settled step plays its idle loops again."""
        if self._settled and self._ready:
            self._set_settled(False)
            self._bridge.wakeRequested.emit()

    def set_settle_ms(self, ms: int) -> None:
        """How long a step's idle loops play before it holds still (tests make it short)."""
        self._settle_ms = ms
        if self._ready:
            self._bridge.settleTimeRequested.emit(ms)

    @Slot(str, int)
    def show(self, procedure: str, step: int) -> None:
        self._wanted = (procedure, step)
        if self._ready and procedure:
            self._bridge.showRequested.emit(procedure, step)

    @Slot(QUrl, result=bool)
    def mayNavigate(self, url: QUrl) -> bool:
        """Links, forms and redirects may not take the view off our own pages (R18)."""
        allowed = is_app_url(url)
        if not allowed:
            log.warning("web: refused to navigate to %s://%s", url.scheme(), url.host())
        return allowed

    @Slot()
    def pageLost(self) -> None:
        """The view is loading again or its renderer died: wait for the page."""
        self._shown = None
        self._set_settled(False)
        self._set_ready(False)

    @Slot(int, str, int, str)
    def consoleMessage(self, level: int, message: str, line: int, source: str) -> None:
        """The page's console, into our log, so no page warning goes unread."""
        console_log.log(
            _CONSOLE_LEVELS.get(level, logging.WARNING), "%s (%s:%d)", message, source, line
        )

    @Slot(int, int)
    def rendererTerminated(self, status: int, exit_code: int) -> None:
        """The page's process died; the view reloads it unless it keeps dying (R21)."""
        self.pageLost()
        now = time.monotonic()
        self._crashes.append(now)
        if (
            len(self._crashes) == CRASHES_BEFORE_GIVING_UP
            and now - self._crashes[0] < CRASH_WINDOW_SECONDS
        ):
            log.critical("web: the renderer crashed %d times; exiting", len(self._crashes))
            self.gaveUp.emit()
            return
        log.error(
            "web: the renderer process ended (status %d, code %d); reloading", status, exit_code
        )

    def start_warming(self) -> None:
        """Let QML create the web view (and so start the web engine): after the first frame."""
        if safety.is_root() and not safety.sandbox_disabled(os.environ):
            # Chromium aborts the whole process when started as root with its
            # sandbox on. Kiosk mode never gets here (it refuses root); a
            # windowed demo run as root goes on without animations instead.
            log.warning(
                "web: animations are off: the web engine cannot run as root with its "
                "sandbox on. Run as a normal user (or, for a demo only, set "
                "QTWEBENGINE_DISABLE_SANDBOX=1)."
            )
            return
        if not self._warm:
            self._prepare_profile()
            self._warm = True
            self.warmChanged.emit()
            log.info("web: warming the animation stage")

    def _on_page_ready(self) -> None:
        self._bridge.settleTimeRequested.emit(self._settle_ms)
        self._bridge.reducedMotionRequested.emit(self._reduce_motion)
        self._set_ready(True)
        procedure, step = self._wanted
        if procedure:
            self._bridge.showRequested.emit(procedure, step)

    def _on_step_shown(self, procedure: str, index: int) -> None:
        self._shown = (procedure, index)
        self._set_settled(False)
        self.stepShown.emit(procedure, index)

    def _on_step_settled(self, procedure: str, index: int) -> None:
        if self._shown == (procedure, index):
            log.info("web: %s step %d holds still; no frames until a touch", procedure, index)
            self._set_settled(True)

    def _set_settled(self, value: bool) -> None:
        if value != self._settled:
            self._settled = value
            self.settledChanged.emit()

    def _on_scene_shown(self, procedure: str, index: int, scene: str, legend: bool) -> None:
        if legend != self._vessel_legend:
            self._vessel_legend = legend
            self.vesselLegendChanged.emit()

    def _set_ready(self, value: bool) -> None:
        if value != self._ready:
            self._ready = value
            self.readyChanged.emit()


class TouchWaker(QObject):
    """Event filter on the kiosk window: a touch, click or key wakes a settled stage."""

    def __init__(self, stage: Stage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stage = stage

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS:
            self._stage.wake()
        return False
