"""R21: when the web renderer dies, the stage page comes back without restarting the app."""

import logging
import os
import signal
from pathlib import Path

from tests.gui.conftest import screen, tap


def renderer_pids(root: int) -> list[int]:
    """Chromium's renderers: forked by a zygote, so grandchildren of the kiosk.

    (A forked renderer keeps its zygote's command line, so --type=renderer
    cannot be matched; its place in the process tree can.)
    """
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    return [
        grandchild for child in children.get(root, []) for grandchild in children.get(child, [])
    ]


def test_killed_renderer_is_replaced_and_the_page_comes_back(kiosk, qtbot, caplog):
    caplog.set_level(logging.WARNING)  # this test expects a logged warning
    qtbot.waitUntil(lambda: kiosk.stage.ready, timeout=30000)
    tap(kiosk.window, "startButton")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    tap(kiosk.window, "tile-tace")
    qtbot.waitUntil(lambda: kiosk.stage.shownProcedure == "tace")
    renderers = renderer_pids(os.getpid())  # earlier tests' pages may have their own
    assert renderers

    with qtbot.waitSignal(kiosk.stage.readyChanged, timeout=15000):
        for renderer in renderers:
            os.kill(renderer, signal.SIGKILL)
    assert not kiosk.stage.ready

    # Reloaded: a new renderer, ready again, and back on the patient's procedure.
    qtbot.waitUntil(lambda: kiosk.stage.ready, timeout=30000)
    qtbot.waitUntil(lambda: kiosk.stage.shownProcedure == "tace", timeout=15000)
    assert not set(renderers) & set(renderer_pids(os.getpid()))
    assert screen(kiosk) == "procedure"


def test_a_renderer_that_keeps_crashing_gives_up(kiosk, qtbot, caplog):
    caplog.set_level(logging.WARNING)  # this test expects a logged warning
    with qtbot.waitSignal(kiosk.stage.gaveUp, timeout=1000):
        for _ in range(3):
            kiosk.stage.rendererTerminated(2, 9)
