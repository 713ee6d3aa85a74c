"""The captions and the animation stay in step, across steps and a language switch."""

from tests.gui.conftest import find_item, item, screen, tap, text


def wait_for_step(qtbot, kiosk, procedure: str, step: int) -> None:
    with qtbot.waitSignal(
        kiosk.stage.stepShown,
        timeout=15000,
        check_params_cb=lambda *args: args == (procedure, step),
    ):
        pass


def test_stage_is_warmed_after_the_first_frame(kiosk, qtbot):
    qtbot.waitUntil(lambda: kiosk.stage.warm, timeout=10000)
    qtbot.waitUntil(lambda: kiosk.stage.ready, timeout=30000)


def test_the_animation_view_moves_into_the_procedure_frame_and_back(kiosk, qtbot):
    qtbot.waitUntil(lambda: kiosk.stage.warm, timeout=10000)
    tap(kiosk.window, "startButton")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    tap(kiosk.window, "tile-y90")
    qtbot.waitUntil(lambda: find_item(kiosk.window, "animationView") is not None, timeout=15000)
    assert item(kiosk.window, "animationView").parentItem().objectName() == "animationFrame"
    tap(kiosk.window, "homeButton")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    qtbot.waitUntil(lambda: find_item(kiosk.window, "animationView") is None)


def test_each_caption_has_its_animation_step(kiosk, qtbot):
    qtbot.waitUntil(lambda: kiosk.stage.ready, timeout=30000)
    tap(kiosk.window, "startButton")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    with qtbot.waitSignal(
        kiosk.stage.stepShown, timeout=15000, check_params_cb=lambda *a: a == ("y90", 0)
    ):
        tap(kiosk.window, "tile-y90")
    steps = kiosk.procedures.details("y90", "en")["steps"]

    for n in range(1, len(steps)):
        with qtbot.waitSignal(
            kiosk.stage.stepShown, timeout=15000, check_params_cb=lambda *a, n=n: a == ("y90", n)
        ):
            tap(kiosk.window, "nextButton")
        assert text(kiosk.window, "stepCaption") == steps[n]["caption"]
        assert kiosk.stage.shownStep == n


def test_language_switch_keeps_the_animation_step(kiosk, qtbot):
    qtbot.waitUntil(lambda: kiosk.stage.ready, timeout=30000)
    tap(kiosk.window, "startButton")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    tap(kiosk.window, "tile-ablation")
    for n in (1, 2, 3):
        with qtbot.waitSignal(
            kiosk.stage.stepShown,
            timeout=15000,
            check_params_cb=lambda *a, n=n: a == ("ablation", n),
        ):
            tap(kiosk.window, "nextButton")

    with qtbot.assertNotEmitted(kiosk.stage.stepShown, wait=500):
        tap(kiosk.window, "language-es")
    spanish = kiosk.procedures.details("ablation", "es")["steps"][3]
    qtbot.waitUntil(lambda: text(kiosk.window, "stepCaption") == spanish["caption"])
    assert (kiosk.stage.shownProcedure, kiosk.stage.shownStep) == ("ablation", 3)
