"""Issue 13, point 4: the welcome screen previews the treatments with their own
pictures, slowly taking turns (not with reduced motion), invites in both
languages before anyone chooses, and the home tiles show the same pictures."""

import dataclasses

import pytest
from PySide6.QtQuick import QQuickItem

from tests.gui.conftest import find_item, item, screen, tap, text

PICTURES = ["overview", "y90", "tace", "ablation", "team"]


def shown_picture(kiosk) -> QQuickItem:
    name = PICTURES[item(kiosk.window, "attractScreen").property("shown")]
    return item(kiosk.window, f"attractPicture-{name}")


def test_welcome_shows_a_treatment_picture_the_clinic_and_both_languages(kiosk, qtbot):
    assert screen(kiosk) == "attract"
    qtbot.waitUntil(lambda: shown_picture(kiosk).property("paintedWidth") > 0, timeout=10000)
    picture = shown_picture(kiosk)
    assert picture.width() > 400 and picture.property("opacity") == 1
    assert text(kiosk.window, "attractTagline") == "Touch to learn about your treatment options"
    spanish = text(kiosk.window, "attractWelcome-es")
    assert spanish == "Toque la pantalla para conocer sus opciones de tratamiento"
    assert text(kiosk.window, "startButton") == "Touch to start"


def test_welcome_pictures_take_turns_slowly(kiosk, qtbot):
    welcome = item(kiosk.window, "attractScreen")
    assert welcome.property("cycleInterval") >= 5000  # calm: several seconds each
    welcome.setProperty("cycleInterval", 100)
    seen: set[int] = set()

    def every_picture_shown() -> bool:
        seen.add(welcome.property("shown"))
        return len(seen) == len(PICTURES)

    qtbot.waitUntil(every_picture_shown, timeout=10000)
    qtbot.waitUntil(lambda: shown_picture(kiosk).property("paintedWidth") > 0, timeout=10000)


class TestReducedMotion:
    @pytest.fixture
    def kiosk_settings(self, kiosk_settings):
        return dataclasses.replace(kiosk_settings, reduce_motion=True)

    def test_no_turns_with_reduced_motion(self, kiosk, qtbot):
        welcome = item(kiosk.window, "attractScreen")
        assert welcome.property("cycling") is False
        welcome.setProperty("cycleInterval", 50)
        with qtbot.assertNotEmitted(welcome.shownChanged, wait=400):
            pass
        assert welcome.property("shown") == 0
        qtbot.waitUntil(lambda: shown_picture(kiosk).property("paintedWidth") > 0, timeout=10000)


def test_home_tiles_show_their_treatments_pictures(kiosk, qtbot):
    tap(kiosk.window, "startButton")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    for procedure in ("overview", "y90", "tace", "ablation"):
        picture = item(kiosk.window, f"tile-{procedure}-picture")
        qtbot.waitUntil(lambda p=picture: p.property("paintedWidth") > 0, timeout=10000)
        assert picture.property("source").toString().endswith(f"previews/{procedure}.svg")
        assert picture.width() > 100
    # the other tiles keep their whole width for words
    assert find_item(kiosk.window, "tile-compare-picture") is None
