"""``kiosk self-test``: prove a build works on this machine, without a screen.

Three parts, each named when it fails: every content pack loads and passes the
content check; a request is saved and read back in a throw-away database; and
the real window, offscreen, loads the animation stage through the web engine
and shows one step. Exit 0 when all pass, 2 naming the first part that failed.
"""

import dataclasses
import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from kiosk import callbacks, paths
from kiosk.cli import outcome
from kiosk.content import check
from kiosk.settings import LoadedSettings, Settings
from kiosk.store import Store
from kiosk.system import safety

WEB_TIMEOUT_S = 90


class SelfTestError(Exception):
    def __init__(self, part: str, problem: str) -> None:
        super().__init__(f"{part}: {problem}")
        self.part = part


def run(loaded: LoadedSettings) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="kiosk-self-test-") as scratch:
        settings = dataclasses.replace(loaded.settings, data_dir=Path(scratch))
        parts: list[tuple[str, Callable[[Settings], str]]] = [
            ("content", _content),
            ("database", _database),
            ("web", _web),
        ]
        for name, part in parts:
            try:
                detail = part(settings)
            except SelfTestError as exc:
                print(f"self-test FAILED: {exc}", file=sys.stderr)
                return outcome.BROKEN
            print(f"self-test {name}: ok ({detail})")
    print("self-test: all parts passed")
    return outcome.OK


def _content(settings: Settings) -> str:
    problems = check.check(settings.content_dir, settings.languages, paths.animations_dir(), 10**4)
    if problems:
        raise SelfTestError("content", f"{problems[0]} (and {len(problems) - 1} more)")
    return f"{', '.join(settings.languages)} packs pass the content check"


def _database(settings: Settings) -> str:
    import phonenumbers

    example = phonenumbers.example_number(settings.clinic_region)
    if example is None:
        raise SelfTestError("database", f"no example number for {settings.clinic_region}")
    e164 = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
    request = callbacks.new_request(
        phone_e164=e164,
        first_name="Self Test",
        best_time="any",
        language=settings.default_language,
        topics=("overview",),
        consent=callbacks.record_consent("self-test", "self-test", settings.kiosk_id),
    )
    try:
        with Store.open(settings.data_dir / "self-test.db") as store:
            request_id = store.save_request(request)
            row = store.get_request(request_id)
            if row is None or row["phone_e164"] != e164 or not store.integrity_ok():
                raise SelfTestError("database", "the saved request did not read back")
    except SelfTestError:
        raise
    except Exception as exc:  # any storage error is this part's failure
        raise SelfTestError("database", str(exc)) from None
    return "saved and read back one request with synchronous=FULL"


def _web(settings: Settings) -> str:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QGuiApplication

    from kiosk import app as kiosk_app

    if safety.is_root() and not safety.sandbox_disabled(os.environ):
        raise SelfTestError(
            "web",
            "running as root: Chromium's sandbox refuses root. Run the self-test as the "
            "kiosk user (on a CI machine as root only: QTWEBENGINE_DISABLE_SANDBOX=1)",
        )
    kiosk_app.prepare_process()
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    quiet = dataclasses.replace(settings, idle_timeout=3600, idle_warning=60)
    started = time.monotonic()
    try:
        kiosk = kiosk_app.build(quiet, kiosk_mode=False)
    except kiosk_app.StartupError as exc:
        raise SelfTestError("web", str(exc)) from None
    kiosk.window.show()

    def wait_for(condition: Callable[[], bool], what: str) -> None:
        loop = QEventLoop()
        while not condition():
            if time.monotonic() - started > WEB_TIMEOUT_S:
                raise SelfTestError("web", f"{what} within {WEB_TIMEOUT_S} s")
            QTimer.singleShot(20, loop.quit)
            loop.exec()

    try:
        stage = kiosk.stage
        wait_for(lambda: bool(stage.property("ready")), "the animation page did not load")
        stage.show("y90", 1)
        wait_for(
            lambda: (stage.property("shownProcedure"), stage.property("shownStep")) == ("y90", 1),
            "the animation did not show step 2 of Y-90",
        )
    finally:
        kiosk.shutdown()
    took = dt.timedelta(seconds=round(time.monotonic() - started, 1))
    del app
    return f"stage page loaded and showed an animation step in {took.total_seconds()} s"
