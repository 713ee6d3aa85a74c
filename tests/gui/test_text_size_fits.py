"""Larger text and high contrast still fit every patient screen (issue 15, point 2).

The screens issue's checks (tests/gui/test_shapes.py: nothing outside the
page, no text cut off, spilling out of its box or over other text) run
again with the patient's text at 1.3x and 1.6x, and in high contrast, in
landscape and portrait, in both languages. With larger text the page is
taller than the window and scrolls (ui/Main.qml, `screenArea`): the checks
hold over the whole page, exactly as over the window at normal size.
"""

import contextlib

import pytest

from tests.gui.conftest import item, settle
from tests.gui.test_shapes import check_fits, go_to, resize

SHAPES = [(1920, 1080), (1080, 1920)]
LANGUAGES = ["en", "es"]
SCREENS = ["home", "procedure", "phone", "compare", "review", "name", "details"]
AIDS = [(1.3, False), (1.6, False), (1.0, True), (1.6, True)]


@pytest.mark.parametrize("name", SCREENS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("width", "height"), SHAPES, ids=[f"{w}x{h}" for w, h in SHAPES])
@pytest.mark.parametrize(
    ("text_scale", "high_contrast"), AIDS, ids=[f"{s}x{'-contrast' if c else ''}" for s, c in AIDS]
)
def test_the_screen_fits_with_the_patients_aids(
    kiosk, qtbot, theme, text_scale, high_contrast, width, height, language, name
):
    resize(kiosk, qtbot, width, height)
    go_to(kiosk, qtbot, language, name)
    # As a patient does it: on the screen they are reading, from the Aa panel.
    kiosk.access.setTextScale(text_scale)
    kiosk.access.setHighContrast(high_contrast)
    settle(kiosk.window, qtbot)
    loader = item(kiosk.window, "screenLoader")
    qtbot.waitUntil(lambda: loader.property("item").opacity() == 1.0)
    minimum = theme.property("fontMinimum")
    page = item(kiosk.window, "screenArea")
    assert page.property("offset") == 0
    tall = page.height()
    growth = text_scale if height > width else text_scale**2
    assert tall == pytest.approx(height * growth, abs=1), "the page grows with the text"

    def problems() -> list[str]:
        return check_fits(kiosk, width, tall, minimum, root=page)

    with contextlib.suppress(qtbot.TimeoutError):  # layouts settle over a few frames
        qtbot.waitUntil(lambda: not problems(), timeout=3000)
    found = problems()
    assert not found, "\n".join(found)
