"""Practice 9: every animation, loaded as a page through the real scheme, walks all its steps."""

import tomllib

import pytest

from kiosk.paths import animations_dir

MANIFEST = tomllib.loads((animations_dir() / "manifest.toml").read_text(encoding="utf-8"))
STAGE = "kiosk://app/stage.html"


def test_manifest_lists_exactly_the_procedures_the_page_registers(driver):
    driver.load(STAGE)
    registered = driver.js("stage.procedures()")
    assert registered == {name: table["steps"] for name, table in MANIFEST.items()}
    assert driver.page.problems() == []


@pytest.mark.parametrize("procedure", sorted(MANIFEST))
def test_every_step_can_be_shown(driver, procedure):
    driver.load(STAGE)
    assert driver.js(f"stage.setReducedMotion(true); stage.load({procedure!r})") is True
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


def test_last_step_reports_ended_with_motion_on(driver):
    driver.load(STAGE)
    driver.js("stage.setReducedMotion(false); stage.load('tace')")
    last = len(MANIFEST["tace"]["steps"]) - 1
    driver.js(f"stage.goTo({last})")
    driver.wait_for("stageEvents.some(e => e.type === 'ended' && e.procedure === 'tace')", 20000)
    assert driver.page.problems() == []


def test_pause_freezes_motion_and_play_resumes(driver):
    driver.load(STAGE)
    driver.js("stage.setReducedMotion(false); stage.load('y90'); stage.goTo(4)")
    driver.js("stage.pause()")
    assert driver.js("stage.state().playing") is False
    driver.js("stage.play()")
    assert driver.js("stage.state().playing") is True


def test_unknown_procedure_is_refused_quietly(driver):
    driver.load(STAGE)
    assert driver.js("stage.load('nope')") is False
    problems = driver.page.problems()
    assert all("nope" in p for p in problems)
