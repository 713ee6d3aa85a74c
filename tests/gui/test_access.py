"""Aa (issue 15, point 2): a patient makes the text larger, raises the contrast or
stills the motion from the top bar, and the next patient gets the clinic's defaults.
"""

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from tests.gui.conftest import find_item, item, screen, settle, tap


def open_aa(kiosk, qtbot) -> None:
    tap(kiosk.window, "startButton")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    tap(kiosk.window, "aaButton")
    qtbot.waitUntil(lambda: item(kiosk.window, "aaPanel").isVisible())
    settle(kiosk.window, qtbot)


def test_larger_text_grows_every_size_and_the_targets_that_hold_words(kiosk, qtbot, theme):
    before = {n: theme.property(n) for n in ("fontBody", "fontSmall", "fontTitle", "touchMin")}
    open_aa(kiosk, qtbot)
    title = item(kiosk.window, "screenTitle").property("font").pixelSize()
    tap(kiosk.window, "textSize-2")
    qtbot.waitUntil(lambda: kiosk.access.property("textScale") == pytest.approx(1.6))
    for name, size in before.items():
        assert theme.property(name) == pytest.approx(size * 1.6, abs=1), name
    assert item(kiosk.window, "textSize-2").property("selected")
    tap(kiosk.window, "textSize-1")
    assert theme.property("fontBody") == pytest.approx(before["fontBody"] * 1.3, abs=1)
    tap(kiosk.window, "aaDone")
    assert not item(kiosk.window, "aaButton").property("selected"), "the panel closed"
    # What the patient reads on the screen grew too.
    shown = item(kiosk.window, "screenTitle").property("font").pixelSize()
    assert shown == pytest.approx(title * 1.3, abs=1)


def test_high_contrast_turns_the_page_black_with_white_words(kiosk, qtbot):
    open_aa(kiosk, qtbot)
    tap(kiosk.window, "highContrast")
    tap(kiosk.window, "aaDone")
    home = item(kiosk.window, "homeScreen")
    assert QColor(home.property("color")) == QColor("#000000")
    assert QColor(item(kiosk.window, "screenTitle").property("color")) == QColor("#FFFFFF")


def test_less_motion_is_the_patients_own_and_adds_to_the_clinics(kiosk, qtbot):
    assert not kiosk.access.property("reduceMotion")  # the clinic's default: motion on
    open_aa(kiosk, qtbot)
    tap(kiosk.window, "lessMotion")
    assert kiosk.access.property("reduceMotion")
    assert item(kiosk.window, "lessMotion").property("selected")


def test_the_animation_page_is_told_to_still_its_motion(kiosk, qtbot):
    qtbot.waitUntil(lambda: kiosk.stage.ready, timeout=30000)
    with qtbot.waitSignal(
        kiosk.stage.pageBridge.reducedMotionRequested,
        timeout=3000,
        check_params_cb=lambda value: value is True,
    ):
        kiosk.access.setLessMotion(True)


def test_everything_returns_to_the_clinics_defaults_at_idle_reset(kiosk, qtbot, theme):
    body = theme.property("fontBody")
    background = QColor(theme.property("background"))
    open_aa(kiosk, qtbot)
    for name in ("textSize-2", "highContrast", "lessMotion"):
        tap(kiosk.window, name)
    assert theme.property("fontBody") > body
    kiosk.idle.timedOut.emit()  # the idle countdown ran out: Session.startOver
    qtbot.waitUntil(lambda: screen(kiosk) == "attract")
    assert kiosk.access.property("textScale") == 1.0
    assert not kiosk.access.property("highContrast")
    assert not kiosk.access.property("reduceMotion")
    assert theme.property("fontBody") == body
    assert QColor(theme.property("background")) == background


def test_with_larger_text_the_page_scrolls_and_says_there_is_more(kiosk, qtbot):
    tap(kiosk.window, "startButton")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    assert find_item(kiosk.window, "pageMoreBelow") is None, "nothing to scroll at normal size"
    kiosk.access.setTextScale(1.6)
    settle(kiosk.window, qtbot)
    page = item(kiosk.window, "screenArea")
    assert page.height() > kiosk.window.height()
    tile = item(kiosk.window, "tile-callback")
    assert tile.mapToScene(QPointF(0, 0)).y() > kiosk.window.height(), "below the window at first"
    while find_item(kiosk.window, "pageMoreBelow") is not None:
        tap(kiosk.window, "pageMoreBelow")
    bottom = tile.mapToScene(QPointF(0, tile.height())).y()
    assert bottom <= kiosk.window.height(), "the last tile can be reached"


def test_the_keyboard_focus_scrolls_the_page_to_the_control(kiosk, qtbot):
    from tests.gui.test_keyboard import tab_to

    tap(kiosk.window, "startButton")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    kiosk.access.setTextScale(1.6)
    settle(kiosk.window, qtbot)
    tab_to(kiosk, "tile-callback")
    tile = item(kiosk.window, "tile-callback")
    top = tile.mapToScene(QPointF(0, 0)).y()
    assert top >= 0 and top + tile.height() <= kiosk.window.height(), "the ring is in view"
    tab_to(kiosk, "homeButton")
    assert item(kiosk.window, "screenArea").property("offset") == 0
