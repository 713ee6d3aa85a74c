"""A patient's path through the real screens: welcome -> home -> a treatment -> steps."""

from tests.gui.conftest import item, screen, tap, text


def open_procedure(kiosk, qtbot, procedure_id: str) -> None:
    tap(kiosk.window, "startButton")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    tap(kiosk.window, f"tile-{procedure_id}")
    qtbot.waitUntil(lambda: screen(kiosk) == "procedure")


def test_welcome_screen_invites_a_touch(kiosk):
    assert screen(kiosk) == "attract"
    assert text(kiosk.window, "attractTagline") == "Touch to learn about your treatment options"


def test_patient_steps_through_a_treatment_and_goes_home(kiosk, qtbot):
    open_procedure(kiosk, qtbot, "y90")
    details = kiosk.procedures.details("y90", "en")
    steps = details["steps"]

    assert text(kiosk.window, "stepTitle") == steps[0]["title"]
    assert text(kiosk.window, "stepLabel") == f"Step 1 of {len(steps)}"
    assert not item(kiosk.window, "backButton").isEnabled()

    for n in range(1, len(steps)):
        tap(kiosk.window, "nextButton")
        qtbot.waitUntil(lambda n=n: text(kiosk.window, "stepCaption") == steps[n]["caption"])
        assert text(kiosk.window, "stepLabel") == f"Step {n + 1} of {len(steps)}"

    tap(kiosk.window, "backButton")
    qtbot.waitUntil(lambda: text(kiosk.window, "stepTitle") == steps[-2]["title"])

    # Issue 11: the shipped stamp is a draft and says so (it said "Reviewed by ...").
    assert text(kiosk.window, "reviewStamp").startswith("Draft — not yet reviewed by a doctor.")
    tap(kiosk.window, "homeButton")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")


def test_detail_tabs_show_side_effects_and_questions(kiosk, qtbot):
    open_procedure(kiosk, qtbot, "tace")
    tap(kiosk.window, "tab-sideEffects")
    qtbot.waitUntil(lambda: item(kiosk.window, "tab-sideEffects").property("selected"))
    tap(kiosk.window, "tab-questions")
    qtbot.waitUntil(lambda: item(kiosk.window, "tab-questions").property("selected"))
    tap(kiosk.window, "askCallButton")
    qtbot.waitUntil(lambda: screen(kiosk) == "callUs")


def test_every_topic_opens(kiosk, qtbot):
    tap(kiosk.window, "startButton")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    for procedure_id in ("overview", "y90", "tace", "ablation"):
        tap(kiosk.window, f"tile-{procedure_id}")
        qtbot.waitUntil(lambda: screen(kiosk) == "procedure")
        title = kiosk.procedures.details(procedure_id, "en")["steps"][0]["title"]
        assert text(kiosk.window, "stepTitle") == title
        tap(kiosk.window, "homeButton")
        qtbot.waitUntil(lambda: screen(kiosk) == "home")
