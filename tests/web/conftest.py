"""Page tests: load pages through the real app scheme and interceptor, and read their state.

The pages run in a QWebEnginePage on an off-the-record QWebEngineProfile that
``kiosk.web.profile.lock_down`` configures exactly as it does the app's own
profile. Any console error or warning from a page fails the test.
"""

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile

from kiosk.paths import animations_dir
from kiosk.web.bridge import PageBridge
from kiosk.web.interceptor import LockdownInterceptor, is_app_url
from kiosk.web.profile import lock_down
from kiosk.web.scheme import CONTENT_SECURITY_POLICY

# The test pages have no view, and Chromium runs a hidden page's timers only on
# whole seconds. The kiosk's page is always in a visible view, so its step clock
# (key moments, the end of a procedure) runs on time: so must the test pages'.
# Read when the web engine starts (kiosk.app.prepare_process, in qapp_cls).
_THROTTLE_OFF = "--disable-background-timer-throttling"
if _THROTTLE_OFF not in os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", ""):
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (
        os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "") + " " + _THROTTLE_OFF
    ).strip()


class ConsoleRecordingPage(QWebEnginePage):
    def __init__(self, profile: QWebEngineProfile) -> None:
        super().__init__(profile)
        self.console: list[tuple[QWebEnginePage.JavaScriptConsoleMessageLevel, str]] = []

    def javaScriptConsoleMessage(self, level, message, line, source) -> None:
        self.console.append((level, f"{message} ({source}:{line})"))

    def acceptNavigationRequest(self, url, kind, is_main_frame) -> bool:
        """The same rule as the kiosk's view (ui/components/AnimationView.qml)."""
        return is_app_url(url)

    def problems(self) -> list[str]:
        info = QWebEnginePage.JavaScriptConsoleMessageLevel.InfoMessageLevel
        return [message for level, message in self.console if level != info]


class _Result(QObject):
    done = Signal()


class PageDriver:
    """Loads pages and evaluates JavaScript, waiting on signals (never on sleeps).

    Tests wait on the page's own signals (web channel, title) and call ``js``
    only to read state once a signal said it is there: polling with hundreds
    of ``runJavaScript`` round trips would be slow and is never needed.
    """

    def __init__(self, qtbot, root: Path, csp: str = CONTENT_SECURITY_POLICY) -> None:
        self.qtbot = qtbot
        self.profile = QWebEngineProfile()  # no storage name: off the record
        self.interceptor: LockdownInterceptor = lock_down(self.profile, root, csp)
        self.page = ConsoleRecordingPage(self.profile)
        # The app's own page bridge, on a web channel, as in the kiosk's view.
        self.bridge = PageBridge()
        self.channel = QWebChannel()
        self.channel.registerObject("bridge", self.bridge)
        self.page.setWebChannel(self.channel)

    def load(self, url: str) -> None:
        with self.qtbot.waitSignal(self.page.loadFinished, timeout=30000) as blocker:
            self.page.load(QUrl(url))
        assert blocker.args == [True], f"{url} did not load"

    def js(self, expression: str) -> Any:
        """The value of a JavaScript expression, passed through JSON so that any
        plain data (also objects without a prototype) arrives as Python data."""
        script = f"JSON.stringify(({expression}))"
        result = _Result()
        box: list[Any] = []

        def store(value: Any) -> None:
            box.append(value)
            result.done.emit()

        with self.qtbot.waitSignal(result.done, timeout=10000):
            self.page.runJavaScript(script, 0, store)
        return None if box[0] in (None, "") else json.loads(box[0])

    def load_stage(self) -> None:
        """Load the stage page and wait until it says ready over the web channel."""
        with self.qtbot.waitSignal(self.bridge.pageReadied, timeout=30000):
            self.load("kiosk://app/stage.html")

    def close(self) -> None:
        """Pages must go before their profile, or WebEngine warns of trouble."""
        shiboken6.delete(self.page)
        shiboken6.delete(self.profile)


@pytest.fixture
def driver(qapp, qtbot) -> Iterator[PageDriver]:
    built = PageDriver(qtbot, animations_dir())
    yield built
    built.close()


@pytest.fixture
def driver_for(qapp, qtbot):
    """A driver whose app scheme serves another folder (for hostile test pages)."""
    made = []

    def make(root: Path, csp: str = CONTENT_SECURITY_POLICY) -> PageDriver:
        made.append(PageDriver(qtbot, root, csp))
        return made[-1]

    yield make
    for built in made:
        built.close()
