"""Switching language changes every visible string and keeps the patient's place."""

from tests.gui.conftest import item, screen, tap, text


def test_language_button_on_welcome_screen_switches_and_starts(kiosk, qtbot):
    tap(kiosk.window, "language-es")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    assert kiosk.language.current == "es"


def test_switching_mid_procedure_changes_text_and_keeps_the_step(kiosk, qtbot):
    tap(kiosk.window, "startButton")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    tap(kiosk.window, "tile-ablation")
    qtbot.waitUntil(lambda: screen(kiosk) == "procedure")
    tap(kiosk.window, "nextButton")
    tap(kiosk.window, "nextButton")
    english = kiosk.procedures.details("ablation", "en")["steps"][2]
    qtbot.waitUntil(lambda: text(kiosk.window, "stepTitle") == english["title"])

    tap(kiosk.window, "language-es")

    spanish = kiosk.procedures.details("ablation", "es")["steps"][2]
    qtbot.waitUntil(lambda: text(kiosk.window, "stepTitle") == spanish["title"])
    assert text(kiosk.window, "stepCaption") == spanish["caption"]
    assert text(kiosk.window, "stepLabel") == "Paso 3 de 8"
    assert text(kiosk.window, "reviewStamp").startswith("Borrador: aún no revisado por un médico.")
    assert text(kiosk.window, "homeButton").endswith("Inicio")

    tap(kiosk.window, "language-en")
    qtbot.waitUntil(lambda: text(kiosk.window, "stepLabel") == "Step 3 of 8")


def test_home_tiles_follow_the_language(kiosk, qtbot):
    tap(kiosk.window, "language-es")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    tile = item(kiosk.window, "tile-overview")
    assert tile.property("heading") == "¿Qué es la oncología intervencionista?"
