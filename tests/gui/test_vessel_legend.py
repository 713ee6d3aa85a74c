"""Issue 13, point 3: where the animation shows red and blue vessels large, a
legend over the picture says which is the artery and which the portal vein,
in the patient's language; it goes when the step shows no vessels."""

from tests.gui.conftest import find_item, item, screen, tap, text


def test_legend_shows_with_the_vessels_and_only_then(kiosk, qtbot):
    qtbot.waitUntil(lambda: kiosk.stage.ready, timeout=30000)
    tap(kiosk.window, "startButton")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    tap(kiosk.window, "tile-y90")  # step 1: the road map of the liver's vessels
    qtbot.waitUntil(lambda: find_item(kiosk.window, "vesselLegend") is not None, timeout=15000)
    legend = item(kiosk.window, "vesselLegend")
    frame = item(kiosk.window, "animationFrame")
    assert legend.parentItem() == frame  # over the picture, not somewhere else
    assert text(kiosk.window, "vesselLegend-artery") == "Artery: feeds the tumor"
    assert text(kiosk.window, "vesselLegend-vein") == "Portal vein: feeds the healthy liver"
    for n in (1, 2):  # step 3: the entry close-ups, no vessels drawn large
        with qtbot.waitSignal(
            kiosk.stage.stepShown, timeout=15000, check_params_cb=lambda *a, n=n: a == ("y90", n)
        ):
            tap(kiosk.window, "nextButton")
    qtbot.waitUntil(lambda: find_item(kiosk.window, "vesselLegend") is None, timeout=5000)
    tap(kiosk.window, "language-es")
    tap(kiosk.window, "nextButton")  # step 4: the liver's two blood supplies
    qtbot.waitUntil(lambda: find_item(kiosk.window, "vesselLegend") is not None, timeout=15000)
    qtbot.waitUntil(
        lambda: text(kiosk.window, "vesselLegend-artery") == "Arteria: alimenta el tumor"
    )
    assert text(kiosk.window, "vesselLegend-vein") == "Vena porta: alimenta el hígado sano"
