"""The renderer the kiosk picks is the one it draws with, and the pictures survive it.

Offscreen there is no OpenGL, as on a box without a GPU driver: ``auto`` must
then draw with Qt Quick's software renderer, and a patient must still see the
procedure drawing inside its frame (the web view composited by that renderer).
"""

from PySide6.QtCore import QPointF

from kiosk.runtime import render
from kiosk.system import render as choice
from tests.gui.conftest import item, screen, tap


def test_the_window_draws_with_the_chosen_renderer(kiosk):
    expected = choice.choose("auto", render.gl_renderer()).backend
    assert render.in_use(kiosk.window).lower() == expected


def test_the_procedure_drawing_is_visible_with_this_renderer(kiosk, qtbot):
    qtbot.waitUntil(lambda: kiosk.stage.ready, timeout=30000)
    tap(kiosk.window, "startButton")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    with qtbot.waitSignal(
        kiosk.stage.stepShown, timeout=15000, check_params_cb=lambda *a: a == ("y90", 0)
    ):
        tap(kiosk.window, "tile-y90")
    frame = item(kiosk.window, "animationFrame")
    corner = frame.mapToScene(QPointF(0, 0)).toPoint()
    width, height = int(frame.width()), int(frame.height())

    def colours_in_frame() -> int:
        image = kiosk.window.grabWindow()
        seen = set()
        for y in range(corner.y() + 10, corner.y() + height - 10, 12):
            for x in range(corner.x() + 10, corner.x() + width - 10, 12):
                seen.add(image.pixel(x, y))
        return len(seen)

    # An empty frame is one or two flat colours; the body, liver and vessels are many.
    qtbot.waitUntil(lambda: colours_in_frame() > 20, timeout=15000)
