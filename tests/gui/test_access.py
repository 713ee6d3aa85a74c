"""Aa (issue 15, point 2): a patient makes the text larger, raises the contrast or
stills the motion from the top bar, and the next patient gets the clinic's defaults.
"""

import pytest
from PySide6.QtGui import QColor

from tests.gui.conftest import item, screen, settle, tap


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
