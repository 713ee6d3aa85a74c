"""Words from settings, content and patients show as plain text, never as markup.

Qt's Text guesses "rich text" by default, and rich text may load images: an
<img src=http://...> in a clinic name or a first name would make Qt fetch
that URL. Every Text in ui/ says textFormat: Text.PlainText (ui/components/
Heading, BodyText, Caption); this walks each screen and checks them all.
"""

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtQml import QQmlEngine, QQmlExpression
from PySide6.QtQuick import QQuickItem

from kiosk import callbacks
from kiosk.staff import StaffAccounts
from tests.gui.conftest import screen, tap

MARKUP = '<img src="http://127.0.0.1:9/x.png"><b>A</b>'
PIN = "246810"
PLAIN = Qt.TextFormat.PlainText.value


@pytest.fixture
def kiosk_settings(kiosk_settings):
    return dataclasses.replace(kiosk_settings, clinic_name=MARKUP)


def texts(parent: QQuickItem):
    """Every Text under parent, shown or not (the pages of a screen are all built)."""
    for child in parent.childItems():
        if child.objectName() == "animationView":
            continue  # (see tests/gui/conftest.py: not ours inside, and not wrappable)
        if child.inherits("QQuickText"):
            yield child
        yield from texts(child)


def is_plain(text: QQuickItem) -> bool:
    # Asked in QML, as a number: PySide cannot convert QQuickText::TextFormat
    # (reading it fails, and an expression that returns it crashes later).
    expression = QQmlExpression(
        QQmlEngine.contextForObject(text), text, f"Number(textFormat) === {PLAIN}"
    )
    value, _undefined = expression.evaluate()
    return value is True


def not_plain(kiosk) -> list[str]:
    return [t.property("text") for t in texts(kiosk.window.contentItem()) if not is_plain(t)]


def test_markup_in_the_clinic_name_is_shown_as_written(kiosk):
    shown = [t for t in texts(kiosk.window.contentItem()) if t.property("text") == MARKUP]
    assert len(shown) == 1
    assert not_plain(kiosk) == []


def test_every_screen_shows_plain_text_only(kiosk, qtbot):
    tap(kiosk.window, "startButton")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    assert not_plain(kiosk) == []
    for tile, name in (("tile-y90", "procedure"), ("tile-compare", "compare")):
        tap(kiosk.window, tile)
        qtbot.waitUntil(lambda name=name: screen(kiosk) == name)
        assert not_plain(kiosk) == [], name
        tap(kiosk.window, "homeButton")
        qtbot.waitUntil(lambda: screen(kiosk) == "home")
    tap(kiosk.window, "tile-callback")
    qtbot.waitUntil(lambda: screen(kiosk) == "callUs")
    assert not_plain(kiosk) == []


def test_staff_screens_show_a_first_name_as_written(kiosk, qtbot):
    StaffAccounts(kiosk.store).add("Maria", PIN, admin=True)
    request = callbacks.new_request(
        phone_e164="+12025550143",
        first_name="<b>Ana</b>",
        best_time="morning",
        language="en",
        topics=(),
        consent=callbacks.record_consent("text", "v1", "test-kiosk"),
    )
    kiosk.store.save_request(request)
    kiosk.staff.openSignIn()
    qtbot.waitUntil(
        lambda: any(
            t.property("text") == "Tap your name" for t in texts(kiosk.window.contentItem())
        )
    )
    tap(kiosk.window, "member-Maria")
    for digit in PIN:
        tap(kiosk.window, f"key-{digit}")
    tap(kiosk.window, "pinEnter")
    qtbot.waitUntil(lambda: kiosk.staff.property("signedIn"))
    qtbot.waitUntil(
        lambda: any(t.property("text") == "<b>Ana</b>" for t in texts(kiosk.window.contentItem()))
    )
    assert not_plain(kiosk) == []
