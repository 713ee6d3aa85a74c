"""R10: when the patient walks away, the kiosk warns, then starts over and forgets."""

import dataclasses

import pytest

from tests.gui.conftest import item, screen, tap, text


@pytest.fixture
def kiosk_settings(kiosk_settings):
    """One second to the warning, two to start over: the real timers, made short."""
    return dataclasses.replace(kiosk_settings, idle_timeout=1, idle_warning=2)


def go_to_spanish_procedure(kiosk, qtbot):
    tap(kiosk.window, "language-es")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    tap(kiosk.window, "tile-tace")
    qtbot.waitUntil(lambda: screen(kiosk) == "procedure")
    tap(kiosk.window, "nextButton")


def test_idle_warns_then_starts_over_in_the_default_language(kiosk, qtbot):
    go_to_spanish_procedure(kiosk, qtbot)

    qtbot.waitUntil(lambda: kiosk.idle.warning, timeout=5000)
    assert item(kiosk.window, "idleCountdown").isVisible()

    with qtbot.waitSignal(kiosk.session.startedOver, timeout=5000):
        pass
    qtbot.waitUntil(lambda: screen(kiosk) == "attract")
    assert kiosk.language.current == "en"
    assert kiosk.window.property("procedureId") == ""
    assert text(kiosk.window, "attractTagline") == "Touch to learn about your treatment options"
    assert not kiosk.idle.warning


def test_a_touch_during_the_countdown_cancels_it(kiosk, qtbot):
    go_to_spanish_procedure(kiosk, qtbot)
    qtbot.waitUntil(lambda: kiosk.idle.warning, timeout=5000)

    tap(kiosk.window, "stillHereButton")

    qtbot.waitUntil(lambda: not kiosk.idle.warning)
    assert screen(kiosk) == "procedure"
    assert kiosk.language.current == "es"


def test_welcome_screen_never_times_out(kiosk, qtbot):
    assert screen(kiosk) == "attract"
    assert not kiosk.idle.active
    with qtbot.assertNotEmitted(kiosk.idle.timedOut, wait=1500):
        pass


def test_start_over_button_forgets_everything(kiosk, qtbot):
    tap(kiosk.window, "language-es")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    tap(kiosk.window, "homeButton")  # on the home screen it reads "Empezar de nuevo"
    qtbot.waitUntil(lambda: screen(kiosk) == "attract")
    assert kiosk.language.current == "en"
