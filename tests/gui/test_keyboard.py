"""Without the touch screen (issue 15, point 3): a number pad or keyboard does it all.

Tab and the arrow keys move a thick focus ring through every control in
reading order; Enter or Space presses the control in the ring; on the phone
page digits, Backspace and Enter (= Next) work wherever the ring is, and in
the name field letters do. A whole call-back request is sent by keys alone.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from tests.gui.conftest import item, screen, settle, tap
from tests.gui.test_callback_form import NUMBER, form_page, open_form, wait_page
from tests.gui.test_theme import find_child

KEYPAD = Qt.KeyboardModifier.KeypadModifier
TOP_BAR = ["homeButton", "aaButton", "listenButton", "language-en", "language-es"]


def focused(kiosk) -> str:
    found = kiosk.window.activeFocusItem()
    return found.objectName() if found is not None else ""


def press(kiosk, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(kiosk.window, key, modifier)


def tab_to(kiosk, name: str, limit: int = 80) -> None:
    """Tab until the ring is on ``name``, as a patient would; fails if it never gets there."""
    for _ in range(limit):
        press(kiosk, Qt.Key.Key_Tab)
        if focused(kiosk) == name:
            return
    raise AssertionError(f"Tab never reached {name!r}")


def tab_order(kiosk) -> list[str]:
    """The controls the ring visits, from the first Tab until it comes round again."""
    seen: list[str] = []
    for _ in range(80):
        press(kiosk, Qt.Key.Key_Tab)
        name = focused(kiosk)
        if seen and name == seen[0]:
            return seen
        seen.append(name)
    raise AssertionError(f"the focus ring never came round: {seen}")


def type_digits(kiosk, digits: str) -> None:
    for digit in digits:
        press(kiosk, Qt.Key(Qt.Key.Key_0 + int(digit)), KEYPAD)


def type_letters(kiosk, letters: str) -> None:
    for letter in letters:
        press(kiosk, Qt.Key(ord(letter.upper())))


def test_a_whole_call_back_request_by_keyboard_only(kiosk, qtbot):
    # Welcome -> home -> a topic -> its "call me", with Tab, Enter and Space.
    tab_to(kiosk, "startButton")
    press(kiosk, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    tab_to(kiosk, "tile-tace")
    press(kiosk, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: screen(kiosk) == "procedure")
    tab_to(kiosk, "askCallButton")
    press(kiosk, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen(kiosk) == "callUs")
    settle(kiosk.window, qtbot)

    # The number from a USB number pad, a wrong digit taken back, Enter = Next.
    type_digits(kiosk, NUMBER + "9")
    press(kiosk, Qt.Key.Key_Backspace)
    assert kiosk.callback_form.property("phoneDisplay") == "(202) 555-0143"
    press(kiosk, Qt.Key.Key_Enter, KEYPAD)
    wait_page(kiosk, qtbot, "review")

    # A name typed on the keyboard (capital first, as the on-screen keys do).
    tab_to(kiosk, "change-Name")
    press(kiosk, Qt.Key.Key_Return)
    wait_page(kiosk, qtbot, "name")
    type_letters(kiosk, "anax")
    press(kiosk, Qt.Key.Key_Backspace)
    assert kiosk.callback_form.property("name") == "Ana"
    press(kiosk, Qt.Key.Key_Return)
    wait_page(kiosk, qtbot, "review")

    # The best time: arrows move between the choices, Space picks one.
    tab_to(kiosk, "change-Time")
    press(kiosk, Qt.Key.Key_Return)
    wait_page(kiosk, qtbot, "details")
    tab_to(kiosk, "time-afternoon")
    press(kiosk, Qt.Key.Key_Right)
    assert focused(kiosk) == "time-evening"
    press(kiosk, Qt.Key.Key_Space)
    tab_to(kiosk, "detailsNext")
    press(kiosk, Qt.Key.Key_Return)
    wait_page(kiosk, qtbot, "review")

    # The consent tick, then Send (it takes the ring only once it can be pressed).
    tab_to(kiosk, "consentBox")
    press(kiosk, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: item(kiosk.window, "sendRequest").isEnabled())
    tab_to(kiosk, "sendRequest")
    press(kiosk, Qt.Key.Key_Return)
    wait_page(kiosk, qtbot, "thanks")

    (row,) = kiosk.store.requests()
    assert row["phone_e164"] == "+1" + NUMBER
    assert row["first_name"] == "Ana"
    assert row["best_time"] == "evening"
    assert row["topics"] == ["tace"]


def test_digits_reach_the_number_wherever_the_ring_is(kiosk, qtbot):
    open_form(kiosk, qtbot)
    tab_to(kiosk, "aaButton")  # far from the keypad
    type_digits(kiosk, "202")
    assert kiosk.callback_form.property("phoneDisplay") == "202"
    assert focused(kiosk) == "aaButton"


def test_enter_on_a_short_number_says_what_is_wrong_and_stays(kiosk, qtbot):
    open_form(kiosk, qtbot)
    type_digits(kiosk, "202")
    press(kiosk, Qt.Key.Key_Return)
    assert form_page(kiosk) == "phone"
    assert "too short" in item(kiosk.window, "phoneProblem").property("text")


def test_the_focus_ring_is_thick_and_in_the_focus_colour(kiosk, qtbot, theme):
    tab_to(kiosk, "startButton")
    ring = find_child(item(kiosk.window, "startButton"), "focusRing")
    assert ring.isVisible()
    assert ring.property("thickness") >= 6
    assert QColor(ring.property("ink")) == QColor(theme.property("focus"))
    press(kiosk, Qt.Key.Key_Tab)
    assert not ring.isVisible(), "only the focused control shows the ring"


def test_a_tap_does_not_show_the_ring(kiosk, qtbot):
    tap(kiosk.window, "startButton")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    settle(kiosk.window, qtbot)
    assert not find_child(item(kiosk.window, "tile-y90"), "focusRing").isVisible()
    tap(kiosk.window, "tile-y90")
    qtbot.waitUntil(lambda: screen(kiosk) == "procedure")
    assert focused(kiosk) not in ("tile-y90", "homeButton")


def test_arrow_keys_walk_the_same_order_as_tab(kiosk, qtbot):
    tap(kiosk.window, "startButton")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    tab_to(kiosk, "tile-overview")
    press(kiosk, Qt.Key.Key_Down)
    assert focused(kiosk) == "tile-y90"
    press(kiosk, Qt.Key.Key_Right)
    assert focused(kiosk) == "tile-tace"
    press(kiosk, Qt.Key.Key_Up)
    press(kiosk, Qt.Key.Key_Left)
    assert focused(kiosk) == "tile-overview"
    press(kiosk, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused(kiosk) == "language-es"
