"""Issue 14, point 3, in the kiosk: a step on screen settles, a touch wakes it.

The stage page's own settling is tested in tests/web/test_stage_settles.py;
here the whole chain runs: the page says it holds still, ``Stage.settled``
turns true and the log says so; a key press or touch on the window wakes it;
and the view is hidden (so Chromium draws nothing) when no screen shows it.
"""

import logging

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.conftest import find_item, item, screen, tap


def test_a_step_on_screen_settles_and_a_touch_wakes_it(kiosk, qtbot, caplog):
    caplog.set_level(logging.INFO, logger="kiosk.qml.stage")
    qtbot.waitUntil(lambda: kiosk.stage.ready, timeout=30000)
    kiosk.stage.set_settle_ms(200)
    tap(kiosk.window, "startButton")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    with qtbot.waitSignal(kiosk.stage.stepShown, timeout=15000):
        tap(kiosk.window, "tile-tace")
    assert kiosk.stage.settled is False
    qtbot.waitUntil(lambda: kiosk.stage.settled, timeout=15000)
    assert "tace step 0 holds still; no frames until a touch" in caplog.text

    QTest.keyClick(kiosk.window, Qt.Key.Key_Shift)  # any touch, click or key
    assert kiosk.stage.settled is False
    qtbot.waitUntil(lambda: kiosk.stage.settled, timeout=15000)
    assert caplog.text.count("tace step 0 holds still") == 2


def test_the_view_is_hidden_when_no_screen_shows_it(kiosk, qtbot):
    """A hidden WebEngineView tells Chromium its page is hidden: no frames are drawn."""
    qtbot.waitUntil(lambda: kiosk.stage.ready, timeout=30000)
    tap(kiosk.window, "startButton")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    tap(kiosk.window, "tile-y90")
    qtbot.waitUntil(lambda: find_item(kiosk.window, "animationView") is not None, timeout=15000)
    view = item(kiosk.window, "animationView")
    assert view.isVisible()
    # Drawn no larger than where it shows: its frame, inside the border.
    frame = view.parentItem()
    assert 0 < view.width() <= frame.width() and 0 < view.height() <= frame.height()
    tap(kiosk.window, "homeButton")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    qtbot.waitUntil(lambda: not view.isVisible())
