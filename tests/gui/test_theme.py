"""The Theme promises large type, big targets and AAA contrast; measure them."""

from PySide6.QtGui import QColor

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


def test_every_text_colour_pair_reaches_7_to_1(theme):
    pairs = theme.property("textPairs")
    pairs = pairs.toVariant() if hasattr(pairs, "toVariant") else pairs
    assert len(pairs) >= 10
    for foreground, background in pairs:
        ratio = contrast(QColor(foreground), QColor(background))
        assert ratio >= 7.0, f"{foreground} on {background}: {ratio:.2f}:1"


def colour_pairs(theme, name):
    pairs = theme.property(name)
    return pairs.toVariant() if hasattr(pairs, "toVariant") else pairs


def test_every_state_pair_reaches_3_to_1(theme):
    # Issue 13: the old selected fill was 1.17:1 on white, the disabled Next 3.1:1.
    pairs = colour_pairs(theme, "statePairs")
    assert len(pairs) >= 10
    for first, second in pairs:
        ratio = contrast(QColor(first), QColor(second))
        assert ratio >= 3.0, f"{first} next to {second}: {ratio:.2f}:1"


def fill(name_item) -> QColor:
    return QColor(name_item.property("color"))


def test_chosen_buttons_look_chosen_and_pick_one_differs_from_pick_any(kiosk, qtbot, theme):
    from tests.gui.test_callback_form import fill_to_review, open_form, wait_page

    open_form(kiosk, qtbot, topic="tace")
    fill_to_review(kiosk, qtbot)
    tap(kiosk.window, "change-Time")
    wait_page(kiosk, qtbot, "details")
    chosen, other = item(kiosk.window, "time-evening"), item(kiosk.window, "time-morning")
    assert contrast(fill(chosen), fill(other)) >= 3.0
    assert contrast(fill(chosen), QColor(theme.property("background"))) >= 3.0
    single = find_child(chosen, "choiceMark")
    multi = find_child(item(kiosk.window, "topic-tace"), "choiceMark")
    assert single.property("radius") >= single.width() / 2 - 1, "pick-one shows a round mark"
    assert multi.property("radius") < multi.width() / 4, "pick-any shows a square box"
    assert find_child(chosen, "choiceDot").isVisible()
    assert not find_child(other, "choiceDot").isVisible()
    assert find_child(item(kiosk.window, "topic-tace"), "choiceTick").isVisible()
    assert not find_child(item(kiosk.window, "topic-y90"), "choiceTick").isVisible()


def test_a_disabled_button_is_grey_but_readable(kiosk, qtbot, theme):
    from tests.gui.test_callback_form import open_form

    open_form(kiosk, qtbot)
    back = item(kiosk.window, "formBack")
    assert not back.isEnabled()
    assert back.property("opacity") == 1.0
    words = QColor(back.property("ink"))
    assert contrast(words, fill(back)) >= 7.0
    enabled_next = item(kiosk.window, "phoneNext")
    assert contrast(fill(back), fill(enabled_next)) >= 3.0


def find_child(parent, name):
    for child in parent.childItems():
        if child.objectName() == name:
            return child
        found = find_child(child, name)
        if found is not None:
            return found
    return None


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


# High contrast (issue 15, point 2): white on black, a yellow focus ring.
def test_high_contrast_text_pairs_reach_10_to_1(kiosk, theme):
    normal_background = QColor(theme.property("background"))
    kiosk.access.setHighContrast(True)
    assert QColor(theme.property("background")) != normal_background, "the colours changed"
    pairs = colour_pairs(theme, "textPairs")
    assert len(pairs) >= 10
    for foreground, background in pairs:
        ratio = contrast(QColor(foreground), QColor(background))
        assert ratio >= 10.0, f"{foreground} on {background}: {ratio:.2f}:1"


def test_high_contrast_state_pairs_reach_4_5_to_1(kiosk, theme):
    kiosk.access.setHighContrast(True)
    pairs = colour_pairs(theme, "statePairs")
    assert len(pairs) >= 10
    for first, second in pairs:
        ratio = contrast(QColor(first), QColor(second))
        assert ratio >= 4.5, f"{first} next to {second}: {ratio:.2f}:1"
    focus = QColor(theme.property("focus"))
    assert focus.red() > 200 and focus.green() > 180 and focus.blue() < 80, "a yellow focus ring"
