"""Still pictures of stage steps, drawn by the stage's own code.

Loads ``stage.html`` in a real web view (the kiosk's scheme and lockdown),
shows a procedure's step and either saves a PNG of what is on screen or, with
``--svg``, bakes the step's finished frame into a plain SVG file that Qt's SVG
renderer can draw (resources/animations/previews/, shown by the welcome and
home screens without a web view). Run it by hand after changing a drawing:

    QTWEBENGINE_DISABLE_SANDBOX=1 xvfb-run .venv/bin/python \
        resources/animations/tools/snapshot.py --previews

    ... snapshot.py --png /tmp/shots tace:3@800 y90:5   (step 3 at 0.8 s, step 5 finished)
"""

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))

from kiosk import app as kiosk_app  # noqa: E402
from kiosk.paths import animations_dir  # noqa: E402
from kiosk.web.profile import prepare_default_profile  # noqa: E402

PREVIEWS = animations_dir() / "previews"
# The key scenes the welcome screen cycles through and the home tiles show.
PREVIEW_STEPS = {
    "overview": ("overview", 2),  # treatment aimed at the tumor
    "y90": ("y90", 4),  # beads lodge in the tumor's vessels
    "tace": ("tace", 3),  # medicine in oil, or on beads
    "ablation": ("ablation", 4),  # the hot zone covers the tumor
    "team": ("overview", 4),  # the care team
}

VIEW_QML = b"""
import QtQuick
import QtQuick.Window
import QtWebEngine
Window {
    width: 1100; height: 700; visible: true; color: "#FAF7F2"
    // Python sets `script`; the result comes back through shooter.result().
    property string script: ""
    onScriptChanged: if (script)
        web.runJavaScript(script, r => { script = ""; shooter.result(String(r)) })
    WebEngineView {
        id: web; anchors.fill: parent; url: "kiosk://app/stage.html"
        onLoadingChanged: info => {
            if (info.status === WebEngineView.LoadSucceededStatus) shooter.loaded()
        }
    }
}
"""

Job = tuple[
    str, str, int, int | None
]  # picture name, procedure, step, ms after the tap (None: finished)

# The script that bakes the shown step into a plain SVG (see bake.js).
BAKE_JS = (Path(__file__).parent / "bake.js").read_text(encoding="utf-8")


class Shooter(QObject):
    def __init__(self, jobs: list[Job], png_dir: Path | None) -> None:
        super().__init__()
        self.window: QQuickWindow | None = None
        self.jobs = list(jobs)
        self.png_dir = png_dir
        self.then: Callable[[str], None] | None = None

    def js(self, script: str, then: Callable[[str], None] | None = None) -> None:
        assert self.window is not None
        self.then = then
        self.window.setProperty("script", script)

    @Slot(str)
    def result(self, text: str) -> None:
        then, self.then = self.then, None
        if then is not None:
            then(text)

    @Slot()
    def loaded(self) -> None:
        QTimer.singleShot(800, self.next)

    @Slot()
    def next(self) -> None:
        if not self.jobs:
            QGuiApplication.quit()
            return
        name, procedure, step, at = self.jobs.pop(0)
        finished = at is None
        wait = 400 if at is None else at
        self.js(
            f"stage.setReducedMotion({'true' if finished else 'false'});"
            f" stage.load({procedure!r}); stage.goTo({step}); 1"
        )
        QTimer.singleShot(wait, lambda: self.save(name))

    def save(self, name: str) -> None:
        if self.png_dir is not None and self.window is not None:
            self.window.grabWindow().save(str(self.png_dir / f"{name}.png"))
            self.next()
            return

        def write(text: str) -> None:
            (PREVIEWS / f"{name}.svg").write_text(text + "\n", encoding="utf-8")
            self.next()

        self.js(BAKE_JS, write)


def parse_job(spec: str) -> Job:
    """``tace:3`` (finished frame) or ``tace:3@800`` (0.8 s after the tap)."""
    head, _, at = spec.partition("@")
    procedure, _, step = head.partition(":")
    return (
        spec.replace(":", "-").replace("@", "-at"),
        procedure,
        int(step or 0),
        int(at) if at else None,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--previews", action="store_true", help="rewrite previews/*.svg")
    parser.add_argument("--png", type=Path, help="save PNGs of the given steps into this folder")
    parser.add_argument("steps", nargs="*", help="procedure:step[@ms]")
    args = parser.parse_args()
    kiosk_app.prepare_process()
    qt = QGuiApplication(sys.argv)
    prepare_default_profile(animations_dir())
    if args.previews:
        PREVIEWS.mkdir(exist_ok=True)
        shooter = Shooter([(name, p, s, None) for name, (p, s) in PREVIEW_STEPS.items()], None)
    else:
        args.png.mkdir(parents=True, exist_ok=True)
        shooter = Shooter([parse_job(s) for s in args.steps], args.png)
    engine = QQmlApplicationEngine()
    engine.rootContext().setContextProperty("shooter", shooter)
    engine.loadData(VIEW_QML)
    window = engine.rootObjects()[0]
    assert isinstance(window, QQuickWindow)
    shooter.window = window
    return qt.exec()


if __name__ == "__main__":
    sys.exit(main())
