"""Tap to visible response: Next on a procedure screen, against a bare Qt Quick button.

Each tap is a mouse press and release sent to the real window; the response
is the first frame Qt presents after the caption changed (``frameSwapped``).
The baseline, in the same process and run, is a one-button Qt Quick scene
whose text changes on tap. Budget (docs/design.md): p95 under 100 ms.

    QT_QPA_PLATFORM=offscreen python bench/tap_latency.py --taps 200
    DISPLAY=:99 QT_QPA_PLATFORM=xcb python bench/tap_latency.py
"""

import argparse
import dataclasses
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QObject, QPointF, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from kiosk import app as kiosk_app
from kiosk import settings

BASELINE_QML = b"""
import QtQuick
Window {
    width: 1920; height: 1080; visible: true
    property int taps: 0
    Rectangle {
        objectName: "button"; x: 800; y: 500; width: 320; height: 120; color: "#174A6E"
        Text { anchors.centerIn: parent; text: "Next " + taps; color: "white"; font.pixelSize: 40 }
        TapHandler { onTapped: taps += 1 }
    }
}
"""


class FrameClock(QObject):
    """When the window last presented a frame (queued from the render thread)."""

    def __init__(self, window: QQuickWindow) -> None:
        super().__init__(window)
        self.last = 0.0
        window.frameSwapped.connect(self.on_frame)

    @Slot()
    def on_frame(self) -> None:
        self.last = time.perf_counter()


def spin_until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    loop = QEventLoop()
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("no response to the tap")
        QTimer.singleShot(1, loop.quit)
        loop.exec()


def find(window: QQuickWindow, name: str) -> QQuickItem:
    found = window.findChild(QQuickItem, name)
    if found is None:
        raise LookupError(name)
    return found


def tap_latencies(
    window: QQuickWindow,
    button: Callable[[], QQuickItem],
    changed: Callable[[], object],
    taps: int,
) -> list[float]:
    clock = FrameClock(window)
    results = []
    for _ in range(taps):
        before = changed()
        target = button()
        centre = target.mapToScene(QPointF(target.width() / 2, target.height() / 2)).toPoint()
        started = time.perf_counter()
        QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
        spin_until(lambda b=before, t=started: changed() != b and clock.last > t)
        results.append((clock.last - started) * 1000)
    return results


def summary(name: str, values: list[float]) -> str:
    p95 = statistics.quantiles(values, n=20)[-1]
    return (
        f"{name:<10} p50 {statistics.median(values):6.1f} ms   p95 {p95:6.1f} ms   "
        f"max {max(values):6.1f} ms   (n={len(values)})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--taps", type=int, default=200)
    args = parser.parse_args()
    if os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # a benchmark, never the app
    kiosk_app.prepare_process()
    app = QGuiApplication(sys.argv[:1])
    kiosk_app.load_fonts()

    engine = QQmlApplicationEngine()
    engine.loadData(BASELINE_QML)
    base = engine.rootObjects()[0]
    baseline = tap_latencies(
        base, lambda: find(base, "button"), lambda: base.property("taps"), args.taps
    )
    base.close()

    with tempfile.TemporaryDirectory() as data:
        loaded = settings.load(env={"KIOSK_DATA_DIR": data})
        quiet = dataclasses.replace(loaded.settings, idle_timeout=3600, idle_warning=60)
        kiosk = kiosk_app.build(quiet, kiosk_mode=False)
        window = kiosk.window
        window.show()
        spin_until(lambda: kiosk.stage.warm, timeout=30)  # first frame shown
        window.setProperty("procedureId", "y90")
        window.setProperty("currentScreen", "procedure")
        screen = find(window, "screenLoader").property("item")
        steps = len(kiosk.procedures.details("y90", "en")["steps"])

        def next_or_back() -> QQuickItem:
            # Walk forward to the last step, then back to the first, and again.
            step = screen.property("step")
            forward = next_or_back.forward
            if step >= steps - 1:
                next_or_back.forward = forward = False
            elif step <= 0:
                next_or_back.forward = forward = True
            return find(window, "nextButton" if forward else "backButton")

        next_or_back.forward = True  # type: ignore[attr-defined]
        kiosk_results = tap_latencies(
            window, next_or_back, lambda: screen.property("step"), args.taps
        )
        kiosk.shutdown()

    print(f"platform {os.environ['QT_QPA_PLATFORM']}, {args.taps} taps each, tap to next frame")
    print(summary("kiosk", kiosk_results))
    print(summary("baseline", baseline))
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
