"""The composition root: settings -> services -> QML engine -> window.

``run`` is the whole life of the kiosk process. ``build`` wires the objects
together and is what GUI tests drive, so they exercise the real screens.
"""

import dataclasses
import logging
import os
import sys
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow
from PySide6.QtWebEngineQuick import QtWebEngineQuick

from kiosk import __version__, content, paths
from kiosk.cli import outcome
from kiosk.cli.window_size import fitting_size
from kiosk.qml.access import Access
from kiosk.qml.callback_form import CallbackForm
from kiosk.qml.clinic import Clinic
from kiosk.qml.idle import ActivityFilter, IdleMonitor
from kiosk.qml.language import Language
from kiosk.qml.procedures import ProcedureModel
from kiosk.qml.session import Session
from kiosk.qml.speech import QtVoice, Speech, Voice
from kiosk.qml.staff import Staff
from kiosk.qml.stage import Stage, TouchWaker
from kiosk.qml.store_handle import StoreHandle
from kiosk.qml.usage import Usage
from kiosk.runtime import offline, qtlog, render
from kiosk.runtime.lockdown import Lockdown
from kiosk.runtime.restart import RestartPlanner
from kiosk.runtime.watchdog import Watchdog
from kiosk.settings import LoadedSettings, Settings
from kiosk.system import logs, memory, safety, systemd, uptime
from kiosk.web.profile import prepare_default_profile
from kiosk.web.scheme import register_scheme

if TYPE_CHECKING:
    from kiosk.runtime.purge_schedule import PurgeSchedule
    from kiosk.runtime.sync_thread import SyncThread
    from kiosk.store import Store

log = logging.getLogger(__name__)

UI_MODULE = "ui"
UI_ROOT = "Main"
FONT_FAMILY = "Atkinson Hyperlegible"
# Chromium switches we add (never the sandbox): a capped V8 heap for a page that
# runs for months, and no pinch-zoom on the touch screen.
CHROMIUM_FLAGS = safety.ALLOWED_CHROMIUM_FLAGS
# The speech engine blocks the UI thread for a second or more while it starts
# (kiosk/qml/speech.py, QtVoice): on the welcome screen, after the web stage.
WARM_SPEECH_AFTER_MS = 10_000


class StartupError(Exception):
    """The kiosk cannot start; the message says why in plain words."""


@dataclass
class KioskApp:
    """Everything ``build`` made, kept alive together for as long as the window."""

    engine: QQmlApplicationEngine
    window: QQuickWindow
    clinic: Clinic
    language: Language
    procedures: ProcedureModel
    idle: IdleMonitor
    session: Session
    stage: Stage
    database: StoreHandle
    callback_form: CallbackForm
    usage: Usage
    staff: Staff
    speech: Speech
    first_frame: "FirstFrame"
    filters: list[QObject]
    hid_cursor: bool
    sync: "SyncThread | None" = None
    purge: "PurgeSchedule | None" = None
    access: Access | None = None

    @property
    def store(self) -> "Store | None":
        """The request database; opened now if the first frame has not opened it yet."""
        return self.database.store

    def shutdown(self) -> None:
        """Undo what ``build`` did to the application object, so another can be built."""
        # Both would use the store after it closed (the engine is deleted later).
        if self.sync is not None:
            self.sync.stop()
        if self.purge is not None:
            self.purge.stop()
        for event_filter in self.filters:
            self.window.removeEventFilter(event_filter)
        self.language.release()
        self.database.close()
        if self.hid_cursor:
            QGuiApplication.restoreOverrideCursor()
        self.window.close()
        self.engine.deleteLater()


def prepare_process() -> None:
    """What Qt needs before the application object exists."""
    QCoreApplication.setApplicationName("io-kiosk")
    QCoreApplication.setApplicationVersion(__version__)
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split()
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join(
        flags + [f for f in CHROMIUM_FLAGS if f not in flags]
    )
    register_scheme()
    QtWebEngineQuick.initialize()


def load_fonts() -> None:
    for font in sorted(paths.fonts_dir().glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(font)) < 0:
            log.warning("could not load font %s", font.name)
    QGuiApplication.setFont(QFont(FONT_FAMILY))


def load_content(settings: Settings) -> tuple[Settings, dict[str, content.ContentPack]]:
    """Every offered language's pack, with only the topics all languages can show (R22).

    A language that can show nothing is dropped, with its reason in the log:
    the returned settings offer only the languages that remain, and the
    default language moves to the first of them if it was dropped.

    Raises:
        StartupError: no language can show anything (one line, for the log).
    """
    try:
        offered = content.load_offered(
            settings.content_dir, settings.languages, paths.animations_dir()
        )
    except content.NoContentError as exc:
        raise StartupError(str(exc)) from exc
    for note in offered.notes:
        log.error("%s", note)
    languages = [code for code in settings.languages if code in offered.packs]
    default = settings.default_language
    if default not in languages:
        log.error("content: default language is %r instead of %r", languages[0], default)
        default = languages[0]
    adjusted = dataclasses.replace(settings, languages=languages, default_language=default)
    return adjusted, offered.packs


def open_store(settings: Settings) -> "Store | None":
    """The request database, or None when it cannot be used safely (R2, R5).

    Without a store the kiosk still explains treatments; the call-back screen
    then asks patients to go to the front desk instead of taking numbers.
    So it is too when ``sync_public_key`` names a file that is no usable key:
    taking numbers in the clear that IT asked to have sealed would be worse.
    It runs after the first frame (``build``): the welcome screen needs none of it.
    """
    # Imported here, with the store: sqlite-utils and cryptography cost ~100 ms of start-up.
    from kiosk.store import DATABASE_NAME, Store, StoreError
    from kiosk.sync import sealing

    try:
        sealer = sealing.sealer_for(settings.sync_public_key)
    except sealing.SealingError as exc:
        log.error("store: NOT taking call-back requests: sync_public_key: %s", exc)
        return None
    try:
        store = Store.open(settings.data_dir / DATABASE_NAME, sealer=sealer)
    except StoreError as exc:
        log.error("store: NOT taking call-back requests: %s", exc)
        return None
    if store.recovered_from is not None:
        log.warning("store: the database was unreadable and was moved to %s", store.recovered_from)
    return store


def make_sync(
    store: "Store | None", settings: Settings, window: QQuickWindow, engine: QObject
) -> "SyncThread | None":
    """The sync thread for the configured target, or None (the default: no target).

    The sync stack (HTTP client, FHIR models, metrics) is imported only when a
    target is set: it cost about 100 ms of every start that never sends anything.
    """
    if store is None or settings.sync_target == "none":
        return None
    from kiosk.runtime.sync_thread import SyncThread

    return SyncThread.configured(store, settings, window, engine)


def build(settings: Settings, *, kiosk_mode: bool, voice: Voice | None = None) -> KioskApp:
    """Create the services, register them for QML and load the window.

    A ``QGuiApplication`` must exist already. ``voice`` speaks in audio mode
    (QtTextToSpeech unless a test passes a recording one).

    Raises:
        StartupError: when content or the QML root cannot be loaded.
    """
    settings, packs = load_content(settings)
    render.apply(settings.render_backend, settings.data_dir)  # before any Qt Quick window
    engine = QQmlApplicationEngine()
    engine.setNetworkAccessManagerFactory(offline.FACTORY)  # nothing fetched from QML (R24)
    engine.addImportPath(str(paths.ui_import_path()))

    # Every service is a child of the engine: QML finds it there (kiosk.qml.owned_by).
    clinic = Clinic(settings, engine)
    language = Language(
        engine,
        {
            code: {
                "name": packs[code].name,
                "welcome": packs[code].welcome,
                "chooseLanguage": packs[code].choose_language,
            }
            for code in settings.languages
        },
        settings.default_language,
        paths.translations_dir(),
        engine,
    )
    procedures = ProcedureModel(packs, language.current_code(), engine)
    language.currentChanged.connect(lambda: procedures.set_language(language.current_code()))
    idle = IdleMonitor(
        settings.idle_timeout,
        settings.idle_warning,
        engine,
        staff_timeout=settings.staff_idle_timeout,
    )
    access = Access(settings.reduce_motion, engine)  # the patient's Aa choices
    session = Session(language, engine, access=access)
    idle.timedOut.connect(session.startOver)
    speech = Speech(voice or QtVoice(parent=engine), language, settings.audio_private, engine)
    session.startedOver.connect(speech.reset)  # Listen is off again for the next patient
    # The database opens right after the first frame (FirstFrame.shown, below),
    # or earlier if a patient's request or a count needs it first.
    store = StoreHandle(partial(open_store, settings), engine)
    usage = Usage(store, engine)
    consents = {code: pack.consent for code, pack in packs.items() if pack.consent}
    callback_form = CallbackForm(store, usage, settings, consents, language.current_code(), engine)
    language.currentChanged.connect(lambda: callback_form.set_language(language.current_code()))
    session.startedOver.connect(callback_form.clear)
    staff = Staff(store, session, settings, engine)
    stage = Stage(
        partial(prepare_default_profile, paths.animations_dir()), settings.reduce_motion, engine
    )

    # The page is told the clinic's setting when it is ready; the patient's
    # "Less motion" (OR the clinic's) follows it then and whenever it changes.
    def tell_page_motion() -> None:
        if stage.property("ready"):
            stage.property("pageBridge").reducedMotionRequested.emit(
                access.property("reduceMotion")
            )

    stage.readyChanged.connect(tell_page_motion)
    access.reduceMotionChanged.connect(tell_page_motion)

    engine.loadFromModule(UI_MODULE, UI_ROOT)
    roots = engine.rootObjects()
    if not roots or not isinstance(roots[0], QQuickWindow):
        raise StartupError(f"the QML root {UI_MODULE}/{UI_ROOT} could not be created")
    window = roots[0]
    first_frame = FirstFrame(window, stage)
    first_frame.shown.connect(store.open)

    # WORKAROUND for a PySide crash: a Python event filter on the whole
    # application makes shiboken wrap every object that receives an event,
    # including half-built Qt WebEngine internals, and segfaults
    # (https://github.com/TimeLineAnnotator/desktop/pull/549 shows the same
    # backtrace). The kiosk has one window and every touch, key and close
    # request reaches that window first, so the filters watch the window.
    filters: list[QObject] = [ActivityFilter(idle, engine), TouchWaker(stage, engine)]
    hide_cursor = kiosk_mode and settings.hide_cursor
    if kiosk_mode:
        filters.append(Lockdown(engine))
    if hide_cursor:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)
    for event_filter in filters:
        window.installEventFilter(event_filter)

    built = KioskApp(
        engine=engine,
        window=window,
        clinic=clinic,
        language=language,
        procedures=procedures,
        idle=idle,
        session=session,
        stage=stage,
        database=store,
        callback_form=callback_form,
        usage=usage,
        staff=staff,
        speech=speech,
        first_frame=first_frame,
        filters=filters,
        hid_cursor=hide_cursor,
        access=access,
    )
    store.when_open(partial(start_store_work, built, settings))
    if settings.sync_target != "none":
        # The sync thread starts at the first frame: with a target, open the store before it.
        store.open()
    return built


def start_store_work(kiosk: KioskApp, settings: Settings, store: "Store") -> None:
    """What needs the open store: the daily purge, and the sync thread (docs/sync.md)."""
    from kiosk.runtime.purge_schedule import PurgeSchedule  # with the store, after the first frame
    from kiosk.staff import Audit, exports

    exports_dir = settings.data_dir / exports.EXPORTS_FOLDER
    exports.remove_stale_parts(exports_dir)  # an export a crash interrupted (R32)
    kiosk.purge = PurgeSchedule(store, Audit(store), settings, exports_dir, kiosk.engine)
    # Its own thread, started at the first frame, woken by each save.
    kiosk.sync = make_sync(store, settings, kiosk.window, kiosk.engine)
    if kiosk.sync is not None:
        kiosk.callback_form.saved.connect(kiosk.sync.wake)


class FirstFrame(QObject):
    """At the first frame, once: log the start-up time, tell systemd READY=1, and
    only then start the web engine, so the first screen never waits for it.

    ``frameSwapped`` comes from the render thread; a slot on this main-thread
    object makes Qt queue it, so logging and the notify happen on the UI thread.
    ``shown`` is emitted then, for other work that can wait until the first frame.
    """

    shown = Signal()

    def __init__(self, window: QQuickWindow, stage: Stage) -> None:
        super().__init__(window)
        self._window = window
        self._stage = stage
        self._seen = False
        window.frameSwapped.connect(self.on_frame_swapped)

    @Slot()
    def on_frame_swapped(self) -> None:
        # Several frames may be queued before the first is handled: act once.
        if self._seen:
            return
        self._seen = True
        self._window.frameSwapped.disconnect(self.on_frame_swapped)
        log.info("ready: first frame shown %.3f s after process start", uptime.process_age())
        systemd.notify("READY=1")
        self._stage.start_warming()
        self.shown.emit()


def count_start(store: "Store") -> None:
    """Count this start in the metrics (``kiosk run`` only), then say requests are taken."""
    from kiosk.store.outbox import Outbox  # with the store, after the first frame

    Outbox(store).count_start()
    log.info("store: taking call-back requests, %.3f s after process start", uptime.process_age())
    systemd.notify("STATUS=taking call-back requests")  # `systemctl status` shows it


def run(loaded: LoadedSettings, *, windowed: bool, size: tuple[int, int] | None = None) -> int:
    """Start the kiosk and return its exit code; ``size`` is the demo window's (WxH)."""
    settings = loaded.settings
    kiosk_mode = settings.fullscreen and not windowed
    try:
        logs.setup(settings.log_dir, settings.log_level)
    except OSError as exc:
        print(
            f"kiosk: bad setting: data_dir: cannot write logs there: {exc.strerror} "
            f"({settings.log_dir})",
            file=sys.stderr,
        )
        return outcome.BROKEN
    log.info("io-kiosk %s starting (%s)", __version__, "kiosk mode" if kiosk_mode else "demo")

    safety.forbid_core_dumps()
    unsafe = safety.problems()
    if unsafe and kiosk_mode:
        for problem in unsafe:
            log.error("refusing to start in kiosk mode: %s", problem)
        return outcome.BROKEN
    for problem in unsafe:
        log.warning("demo mode only: %s", problem)

    prepare_process()
    app = QGuiApplication(sys.argv[:1])
    qtlog.install()
    load_fonts()
    try:
        kiosk = build(settings, kiosk_mode=kiosk_mode)
    except StartupError as exc:
        log.error("cannot start: %s", exc)
        return outcome.BROKEN
    # The metrics file's restart count: a commit, once the store is open (after the first frame).
    kiosk.database.when_open(count_start)
    kiosk.first_frame.shown.connect(
        lambda: QTimer.singleShot(WARM_SPEECH_AFTER_MS, kiosk.speech.warm)
    )

    # Self-healing (R21): systemd's watchdog, planned restarts at idle moments,
    # and a non-zero exit when the web renderer keeps crashing.
    watchdog = Watchdog(parent=kiosk.engine)
    planner = RestartPlanner(
        memory_limit_mb=settings.memory_limit_mb,
        restart_hour=settings.restart_hour,
        is_idle=lambda: not kiosk.idle.active,
        quit_app=app.exit,
        measure=lambda: memory.tree_pss_mib(os.getpid()),
        parent=kiosk.engine,
    )
    kiosk.stage.gaveUp.connect(lambda: app.exit(outcome.RENDERER_FAILED))
    log.debug("self-healing: watchdog %s, planner %s", watchdog.active, planner.reason or "idle")

    if kiosk_mode:
        kiosk.window.setFlag(Qt.WindowType.FramelessWindowHint, True)
        kiosk.window.showFullScreen()
    else:
        screen = kiosk.window.screen().availableGeometry()
        width, height = size or fitting_size((screen.width(), screen.height()))
        kiosk.window.resize(width, height)
        kiosk.window.show()
    return app.exec()
