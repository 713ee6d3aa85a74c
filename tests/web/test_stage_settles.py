"""Issue 14, point 3: a settled step stops asking for frames until a touch.

A kiosk shows one step for minutes, all day, on fanless boxes. After its
motion, a step plays its gentle idle loops for the settle time (about 10 s),
then holds still: no Web Animation, CSS animation or SMIL element runs, and
the page says so over the web channel (``reportSettled``). A touch (the app's
``wakeRequested``) plays the loops again for another settle time. The tests
make the settle time short through the page's own hook and wait on the
channel's signal.
"""

import tomllib

import pytest

from kiosk.paths import animations_dir

MANIFEST = tomllib.loads((animations_dir() / "manifest.toml").read_text(encoding="utf-8"))

# What still moves on the page: running animations (Web Animations and CSS
# animations alike, both in getAnimations), idle loops among them, SMIL elements.
MOVING_JS = """(function () {
  var running = document.getAnimations().filter(function (a) {
    return a.playState === 'running';
  });
  return {
    running: running.length,
    loops: running.filter(function (a) { return a.id === 'stage-loop'; }).length,
    smil: document.querySelectorAll('animate, animateMotion, animateTransform, set').length,
    settled: stage.state().settled
  };
})()"""

SETTLE_MS = 300  # the test's settle time: short, so nothing waits for 10 s


LOOPS_NOW = (
    "document.getAnimations().filter(function (a) { return a.id === 'stage-loop'; }).length"
)


def settle_on(driver, qtbot, expression: str, timeout: int = 15000) -> tuple[list, int]:
    """Run expression, wait for the page to report that the step holds still;
    the signal's arguments and how many idle loops ran when the step began."""
    with qtbot.waitSignal(driver.bridge.stepSettled, timeout=timeout) as blocker:
        loops = driver.js(f"{expression}, {LOOPS_NOW}")
    return blocker.args, loops


@pytest.mark.parametrize("procedure", sorted(MANIFEST))
def test_every_step_settles_and_then_nothing_runs(driver, qtbot, procedure):
    driver.load_stage()
    driver.js(f"stage.setSettleTime({SETTLE_MS}), stage.setReducedMotion(false)")
    looped = 0
    for index in range(len(MANIFEST[procedure]["steps"])):
        show = f"stage.load({procedure!r})" if index == 0 else f"stage.goTo({index})"
        args, loops = settle_on(driver, qtbot, show)
        assert args == [procedure, index]
        still = driver.js(MOVING_JS)
        where = f"{procedure} step {index}"
        assert still == {"running": 0, "loops": 0, "smil": 0, "settled": True}, where
        looped += loops
    assert looped, f"{procedure}: no step had an idle loop to stop"
    assert driver.page.problems() == []


def test_a_touch_plays_the_loops_again_then_the_step_holds_still_again(driver, qtbot):
    driver.load_stage()
    driver.js(f"stage.setSettleTime({SETTLE_MS}), stage.setReducedMotion(false)")
    driver.js("stage.load('y90')")
    # The first step with an idle loop (the dye pulsing, blood flowing ...).
    for index in range(1, len(MANIFEST["y90"]["steps"])):
        _, loops = settle_on(driver, qtbot, f"stage.goTo({index})")
        if loops:
            break
    assert loops > 0
    assert driver.js(MOVING_JS)["running"] == 0

    with qtbot.waitSignal(driver.bridge.stepSettled, timeout=15000) as blocker:
        driver.bridge.wakeRequested.emit()
        moving = driver.js(MOVING_JS)
        assert moving["loops"] > 0 and moving["settled"] is False, moving
    assert blocker.args == ["y90", index]
    assert driver.js(MOVING_JS) == {"running": 0, "loops": 0, "smil": 0, "settled": True}
    assert driver.page.problems() == []


def test_a_step_plays_its_loops_for_about_ten_seconds_by_default(driver):
    """Calm motion for a patient who is watching, not for the empty room all day."""
    driver.load_stage()
    loops = driver.js(
        "stage.setReducedMotion(false), stage.load('tace'), stage.goTo(1),"
        " document.getAnimations().filter(function (a) { return a.id === 'stage-loop'; })"
        ".map(function (a) { var t = a.effect.getComputedTiming();"
        " return [t.endTime - t.delay, t.duration]; })"
    )
    assert loops, "tace step 1 has no idle loop"
    for played, one_cycle in loops:
        assert 10000 <= played < 10000 + 2 * one_cycle


def test_with_reduced_motion_a_step_holds_still_at_once(driver, qtbot):
    driver.load_stage()
    driver.js("stage.setReducedMotion(true), stage.load('tace')")
    args, loops = settle_on(driver, qtbot, "stage.goTo(3)", timeout=2000)
    assert args == ["tace", 3] and loops == 0
    assert driver.js(MOVING_JS) == {"running": 0, "loops": 0, "smil": 0, "settled": True}
    # Nothing to wake: a touch does not start the loops reduced motion keeps off.
    assert driver.js("stage.wake()") is False
    assert driver.page.problems() == []
