"""Every main screen fits each shape of screen, in both languages (issue 13).

At 1920x1080, 1080x1920 (a portrait stand) and 1366x768, for home, a
procedure step, the phone page, the compare screen and the rest of the
call-back form (review, name, details): every visible item
is inside the window (or inside a list that scrolls), no two pieces of text
overlap, and no text is smaller than the Theme's minimum.
"""

import contextlib

import pytest
from PySide6.QtCore import QRectF

from kiosk.staff import StaffAccounts
from tests.gui.conftest import find_item, item, save_waiting_request, screen, settle, tap

SHAPES = [(1920, 1080), (1080, 1920), (1366, 768), (1280, 800)]
LANGUAGES = ["en", "es"]
SCREENS = [
    "home", "procedure", "phone", "compare", "review", "name", "details",
    "staff-sign-in", "staff", "staff-export", "staff-admin",
]  # fmt: skip

STAFF_PIN = "730194"

# Rounding in anchors and text metrics: a pixel is not an overlap.
SLACK = 1.0


def resize(kiosk, qtbot, width: int, height: int) -> None:
    kiosk.window.resize(width, height)
    qtbot.waitUntil(lambda: (kiosk.window.width(), kiosk.window.height()) == (width, height))
    settle(kiosk.window, qtbot)


def go_to(kiosk, qtbot, language: str, name: str) -> None:
    tap(kiosk.window, f"language-{language}")  # on the welcome: also starts
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    if name == "procedure":
        tap(kiosk.window, "tile-tace")
        qtbot.waitUntil(lambda: screen(kiosk) == "procedure")
        tap(kiosk.window, "nextButton")  # a step with a caption, not the first
    elif name in ("phone", "review", "name", "details"):
        tap(kiosk.window, "tile-callback")
        qtbot.waitUntil(lambda: screen(kiosk) == "callUs")
        if name != "phone":
            for digit in "2025550143":
                tap(kiosk.window, f"key-{digit}")
            tap(kiosk.window, "phoneNext")
            page = item(kiosk.window, "callbackScreen")
            qtbot.waitUntil(lambda: page.property("page") == "review")
            settle(kiosk.window, qtbot)  # the review's rows are placed at the next frame
            if name != "review":
                tap(kiosk.window, "change-Name" if name == "name" else "change-Time")
                qtbot.waitUntil(lambda: page.property("page") == name)
    elif name == "compare":
        tap(kiosk.window, "tile-compare")
        qtbot.waitUntil(lambda: screen(kiosk) == "compare")
    elif name.startswith("staff"):  # staff mode: its sign-in, dashboard (one request), pages
        StaffAccounts(kiosk.store).add("Maria", STAFF_PIN, admin=True)
        save_waiting_request(kiosk.store, ("y90", "tace"))
        kiosk.staff.openSignIn()
        qtbot.waitUntil(lambda: find_item(kiosk.window, "member-Maria") is not None)
        if name == "staff-sign-in":
            return
        tap(kiosk.window, "member-Maria")
        for digit in STAFF_PIN:
            tap(kiosk.window, f"key-{digit}")
        tap(kiosk.window, "pinEnter")
        qtbot.waitUntil(lambda: kiosk.staff.property("signedIn"))
        if name in ("staff-export", "staff-admin"):
            tap(kiosk.window, "staffExport" if name == "staff-export" else "staffAdmin")
        settle(kiosk.window, qtbot)


def effective_visible(item) -> bool:
    probe = item
    while probe is not None:
        if not probe.isVisible() or probe.opacity() <= 0.01:
            return False
        probe = probe.parentItem()
    return True


def walk(item, clip: QRectF, scrolls: bool, out: list) -> None:
    """(item, scene rect, clip rect, inside a scrolling view) for each visible item."""
    for child in item.childItems():
        if not effective_visible(child):
            continue
        if child.objectName() == "animationView":
            continue  # the web view's own items crash shiboken (tests/gui/conftest.py)
        rect = child.mapRectToScene(QRectF(0, 0, child.width(), child.height()))
        kind = child.metaObject().className()
        out.append((child, rect, clip, scrolls, kind))
        inner = clip.intersected(rect) if child.clip() else clip
        walk(child, inner, scrolls or child.inherits("QQuickFlickable"), out)


def text_rect(item) -> QRectF:
    """Where the words are painted (a Text's bounding rect), not the box it was given."""
    return item.mapRectToScene(item.boundingRect())


def enclosing_box(text_item):
    """The nearest drawn box (a button, a tile, a card) around a piece of text."""
    probe = text_item.parentItem()
    while probe is not None:
        if probe.inherits("QQuickRectangle") and probe.width() > 0 and probe.height() > 0:
            return probe
        probe = probe.parentItem()
    return None


def check_fits(kiosk, width: int, height: int, minimum: int, root=None) -> list[str]:
    """Problems on screen; ``root``: only what is under it (staff mode covers the patient side)."""
    window = QRectF(0, 0, width, height)
    items: list = []
    walk(root or kiosk.window.contentItem(), window, False, items)
    problems = []
    texts = []
    for thing, rect, clip, scrolls, kind in items:
        if rect.width() <= 0 or rect.height() <= 0:
            continue
        name = thing.objectName() or kind
        is_text = thing.inherits("QQuickText") and thing.property("text")
        if not scrolls and not window.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(rect):
            problems.append(f"{name} {rect.getRect()} is outside the window")
        if not is_text:
            continue
        painted = text_rect(thing)
        if scrolls:
            painted = painted.intersected(clip)
            if painted.isEmpty():
                continue
        elif thing.property("truncated"):
            problems.append(f"text {thing.property('text')[:30]!r} is cut off")
        box = enclosing_box(thing)
        if box is not None and not scrolls:
            outline = box.mapRectToScene(QRectF(0, 0, box.width(), box.height()))
            if not outline.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(painted):
                problems.append(f"text {thing.property('text')[:30]!r} spills out of its box")
        size = thing.property("font").pixelSize()
        if size < minimum:
            problems.append(f"text {thing.property('text')[:30]!r} is {size}px, under {minimum}px")
        texts.append((thing, painted))
    for n, (first, a) in enumerate(texts):
        for second, b in texts[n + 1 :]:
            overlap = a.intersected(b)
            if overlap.width() > SLACK and overlap.height() > SLACK:
                problems.append(
                    f"{first.property('text')[:25]!r} overlaps {second.property('text')[:25]!r}"
                )
    return problems


@pytest.mark.parametrize("name", SCREENS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("width", "height"), SHAPES, ids=[f"{w}x{h}" for w, h in SHAPES])
def test_the_screen_fits_the_shape(kiosk, qtbot, theme, width, height, language, name):
    resize(kiosk, qtbot, width, height)
    go_to(kiosk, qtbot, language, name)
    loader = item(kiosk.window, "screenLoader")
    qtbot.waitUntil(lambda: loader.property("item").opacity() == 1.0)  # faded in
    minimum = theme.property("fontMinimum")
    assert minimum >= 22
    root = item(kiosk.window, "staffScreen") if name.startswith("staff") else None
    with contextlib.suppress(qtbot.TimeoutError):  # layouts settle over a few frames
        qtbot.waitUntil(lambda: not check_fits(kiosk, width, height, minimum, root), timeout=3000)
    problems = check_fits(kiosk, width, height, minimum, root)
    assert not problems, "\n".join(problems)
