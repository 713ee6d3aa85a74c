"""Pick Qt Quick's renderer before the window exists (see kiosk/system/render.py).

The probe makes one throw-away OpenGL context and reads GL_RENDERER; it runs
once per process and only when ``render_backend = "auto"``.
"""

import logging
from functools import cache
from pathlib import Path

from PySide6.QtGui import QOffscreenSurface, QOpenGLContext
from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

from kiosk.system import render

log = logging.getLogger(__name__)

GL_RENDERER = 0x1F01
_APIS = {
    render.SOFTWARE: QSGRendererInterface.GraphicsApi.Software,
    render.OPENGL: QSGRendererInterface.GraphicsApi.OpenGL,
}


@cache
def gl_renderer() -> str | None:
    """GL_RENDERER of a fresh OpenGL context, or None when none can be made.

    Needs the QGuiApplication. Cached: the answer does not change while the
    process lives, and each probe costs a context.
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


@cache
def _apply(setting: str) -> render.Choice:
    probed = gl_renderer() if setting == "auto" else None
    choice = render.choose(setting, probed)
    QQuickWindow.setGraphicsApi(_APIS[choice.backend])
    log.info("render: %s", choice.describe())
    return choice


def apply(setting: str, data_dir: Path | None = None) -> render.Choice:
    """Set the backend for every Qt Quick window made from now on, and note it
    in ``data_dir`` for ``kiosk doctor``. Probes and logs once per process."""
    choice = _apply(setting)
    if data_dir is not None:
        render.record(data_dir, choice)
    return choice


def in_use(window: QQuickWindow) -> str:
    """The graphics API a shown window really renders with, e.g. 'Software', 'OpenGL'."""
    return window.rendererInterface().graphicsApi().name
