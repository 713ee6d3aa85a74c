"""Pick Qt Quick's renderer before the window exists (see kiosk/system/render.py).

The probe makes one throw-away OpenGL context and reads GL_RENDERER. It runs
only for ``render_backend = "auto"``, at most once per process, and at start
only when the data folder has no answer from an earlier start on the same
platform and Qt; then it runs again a while after start, at the welcome
screen, and a changed GPU takes effect at the next start.
"""

import logging
from functools import cache
from pathlib import Path

from PySide6.QtCore import QTimer, qVersion
from PySide6.QtGui import QGuiApplication, QOffscreenSurface, QOpenGLContext
from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

from kiosk.system import render

log = logging.getLogger(__name__)

GL_RENDERER = 0x1F01
RECHECK_MS = 30_000  # the kiosk is up and idle by then
_APIS = {
    render.SOFTWARE: QSGRendererInterface.GraphicsApi.Software,
    render.OPENGL: QSGRendererInterface.GraphicsApi.OpenGL,
}
_chosen: dict[str, tuple[render.Choice, str]] = {}


@cache
def gl_renderer() -> str | None:
    """GL_RENDERER of a fresh OpenGL context, or None when none can be made.

    Needs the QGuiApplication. Cached: the answer does not change while the
    process lives, and each probe loads the driver.
    """
    context = QOpenGLContext()
    if not context.create():
        return None
    surface = QOffscreenSurface()
    surface.setFormat(context.format())
    surface.create()
    try:
        if not surface.isValid() or not context.makeCurrent(surface):
            return None
        name = context.functions().glGetString(GL_RENDERER)
        context.doneCurrent()
        return str(name) if name else None
    finally:
        surface.destroy()


def probe_key() -> str:
    """Where a probe's answer holds: this windowing platform and this Qt."""
    return f"{QGuiApplication.platformName()} Qt {qVersion()}"


def apply(setting: str, data_dir: Path | None = None) -> render.Choice:
    """Set the backend for every Qt Quick window made from now on, and note it
    in ``data_dir`` for ``kiosk doctor``. Chooses and logs once per process."""
    if setting not in _chosen:
        _chosen[setting] = _choose(setting, data_dir)
        choice = _chosen[setting][0]
        QQuickWindow.setGraphicsApi(_APIS[choice.backend])
        log.info("render: %s", choice.describe())
    choice, key = _chosen[setting]
    if data_dir is not None:
        render.record(data_dir, choice, key)
    return choice


def _choose(setting: str, data_dir: Path | None) -> tuple[render.Choice, str]:
    if setting != "auto":
        return render.choose(setting, None), ""
    key = probe_key()
    known, renderer = (
        render.known_renderer(render.recorded(data_dir), key) if data_dir else (False, None)
    )
    if not known:
        return render.choose(setting, gl_renderer()), key
    if data_dir is not None:
        QTimer.singleShot(RECHECK_MS, lambda: _recheck(data_dir, renderer))
    return render.choose(setting, renderer), key


def _recheck(data_dir: Path, used: str | None) -> None:
    now = gl_renderer()
    if now != used:
        log.warning("render: the GPU is now %s; the next start chooses again", now or "none")
        render.forget_probe(data_dir)


def in_use(window: QQuickWindow) -> str:
    """The graphics API a shown window really renders with, e.g. 'Software', 'OpenGL'."""
    return window.rendererInterface().graphicsApi().name
