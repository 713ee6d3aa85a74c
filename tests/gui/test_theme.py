"""The Theme promises large type, big targets and AAA contrast; measure them."""

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor
from PySide6.QtQml import QQmlComponent

from tests.gui.conftest import item, screen, tap


def luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture
def theme(kiosk):
    component = QQmlComponent(kiosk.engine)
    component.setData(b"import QtQuick\nimport ui\nQtObject { property var t: Theme }", QUrl())
    holder = component.create()
    assert holder is not None, component.errorString()
    return holder.property("t")


def test_every_text_colour_pair_reaches_7_to_1(theme):
    pairs = theme.property("textPairs")
    pairs = pairs.toVariant() if hasattr(pairs, "toVariant") else pairs
    assert len(pairs) >= 10
    for foreground, background in pairs:
        ratio = contrast(QColor(foreground), QColor(background))
        assert ratio >= 7.0, f"{foreground} on {background}: {ratio:.2f}:1"


def test_type_and_targets_are_large_at_1080p(theme):
    assert theme.property("scale") == 1.0
    assert theme.property("fontSmall") >= 28
    assert theme.property("fontBody") >= 28
    assert theme.property("touchMin") >= 64


def test_buttons_on_screen_are_at_least_64px(kiosk, qtbot):
    tap(kiosk.window, "startButton")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    tap(kiosk.window, "tile-y90")
    qtbot.waitUntil(lambda: screen(kiosk) == "procedure")
    for name in (
        "homeButton",
        "language-en",
        "language-es",
        "backButton",
        "nextButton",
        "tab-steps",
        "askCallButton",
    ):
        assert item(kiosk.window, name).height() >= 64, name
