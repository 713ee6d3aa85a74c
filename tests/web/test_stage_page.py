"""Practice 9: every animation, loaded as a page through the real scheme, walks all its steps."""

import tomllib

import pytest

from kiosk.paths import animations_dir

MANIFEST = tomllib.loads((animations_dir() / "manifest.toml").read_text(encoding="utf-8"))


def test_manifest_lists_exactly_the_procedures_the_page_registers(driver):
    driver.load_stage()
    registered = driver.js("stage.procedures()")
    assert registered == {name: table["steps"] for name, table in MANIFEST.items()}
    assert driver.page.problems() == []


@pytest.mark.parametrize("procedure", sorted(MANIFEST))
def test_every_step_can_be_shown(driver, procedure):
    driver.load_stage()
    assert driver.js(f"stage.setReducedMotion(true), stage.load({procedure!r})") is True
    steps = MANIFEST[procedure]["steps"]
    for index in range(len(steps)):
        assert driver.js(f"stage.goTo({index})") == index
        state = driver.js("stage.state()")
        assert state["procedure"] == procedure
        assert state["step"] == index
        assert state["stepIds"][index] == steps[index]
    events = driver.js(f"stageEvents.filter(e => e.procedure === {procedure!r})")
    shown = [e["index"] for e in events if e["type"] == "stepChanged"]
    assert shown[-len(steps) :] == list(range(len(steps)))
    assert driver.page.problems() == []


def test_app_drives_the_page_over_the_web_channel(driver, qtbot):
    """The kiosk's own path: bridge signals in, step reports and 'ended' out."""
    driver.load_stage()
    driver.bridge.reducedMotionRequested.emit(False)
    last = len(MANIFEST["tace"]["steps"]) - 1
    with qtbot.waitSignal(
        driver.bridge.stepShown, timeout=10000, check_params_cb=lambda *args: args == ("tace", 2)
    ):
        driver.bridge.showRequested.emit("tace", 2)
    with qtbot.waitSignal(driver.bridge.procedureEnded, timeout=30000) as ended:
        driver.bridge.showRequested.emit("tace", last)
    assert ended.args == ["tace"]
    assert driver.page.problems() == []


def test_pause_freezes_motion_and_play_resumes(driver):
    driver.load_stage()
    driver.js("stage.setReducedMotion(false), stage.load('y90'), stage.goTo(4)")
    driver.js("stage.pause()")
    assert driver.js("stage.state().playing") is False
    driver.js("stage.play()")
    assert driver.js("stage.state().playing") is True


def test_unknown_procedure_is_refused_quietly(driver):
    driver.load_stage()
    assert driver.js("stage.load('nope')") is False
    problems = driver.page.problems()
    assert all("nope" in p for p in problems)
