"""The welcome screen's and home tiles' still pictures are the stage's own
drawings: each file in resources/animations/previews/ is exactly what
tools/snapshot.py bakes from the current stage (so a changed drawing that was
not re-baked fails here, rather than the welcome screen showing the old one)."""

import importlib.util

import pytest

from kiosk.paths import animations_dir

TOOLS = animations_dir() / "tools"
_spec = importlib.util.spec_from_file_location("snapshot", TOOLS / "snapshot.py")
assert _spec and _spec.loader
snapshot = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(snapshot)


@pytest.mark.parametrize("name", sorted(snapshot.PREVIEW_STEPS))
def test_preview_is_the_stages_own_drawing(driver, name):
    procedure, step = snapshot.PREVIEW_STEPS[name]
    driver.load_stage()
    driver.js(f"stage.setReducedMotion(true), stage.load({procedure!r}), stage.goTo({step})")
    baked = driver.js(snapshot.BAKE_JS.strip().rstrip(";"))
    committed = (snapshot.PREVIEWS / f"{name}.svg").read_text(encoding="utf-8")
    assert baked + "\n" == committed, (
        f"previews/{name}.svg is stale: run tools/snapshot.py --previews"
    )
    assert driver.page.problems() == []
