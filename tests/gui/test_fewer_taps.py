"""Asking for a call takes few taps, and "Change" does not send a patient round the form.

Issue 13: it took at least 18 taps from the welcome screen to "Thank you",
and "Change something" on the review went back to page 1. A tap here is one
touch a patient makes: every digit counts, waiting does not.
"""

from tests.gui.conftest import item, screen, tap, text
from tests.gui.test_callback_form import NUMBER, wait_page


class Taps:
    """Taps by name, counted."""

    def __init__(self, kiosk) -> None:
        self.kiosk = kiosk
        self.count = 0

    def __call__(self, name: str) -> None:
        tap(self.kiosk.window, name)
        self.count += 1


def test_the_shortest_path_to_thank_you(kiosk, qtbot):
    # Every touch counts, each digit too: "Ask us to call you" on the welcome
    # screen, 10 digits, Next, the consent box, Send.
    taps = Taps(kiosk)
    taps("attractCallButton")
    qtbot.waitUntil(lambda: screen(kiosk) == "callUs")
    for digit in NUMBER:
        taps(f"key-{digit}")
    taps("phoneNext")
    wait_page(kiosk, qtbot, "review")
    taps("consentBox")
    qtbot.waitUntil(lambda: item(kiosk.window, "sendRequest").isEnabled())
    taps("sendRequest")
    wait_page(kiosk, qtbot, "thanks")

    assert taps.count <= 14
    (row,) = kiosk.store.requests()
    assert row["phone_e164"] == "+1" + NUMBER
    # The defaults a patient did not have to choose.
    assert row["best_time"] == "any"
    assert row["language"] == "en"
    assert row["first_name"] in (None, "")


def test_change_opens_that_page_and_comes_back_to_the_review(kiosk, qtbot):
    tap(kiosk.window, "startButton")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    tap(kiosk.window, "tile-callback")
    qtbot.waitUntil(lambda: screen(kiosk) == "callUs")
    for digit in NUMBER:
        tap(kiosk.window, f"key-{digit}")
    tap(kiosk.window, "phoneNext")
    wait_page(kiosk, qtbot, "review")
    tap(kiosk.window, "consentBox")
    qtbot.waitUntil(lambda: kiosk.callback_form.property("consentGiven"))

    tap(kiosk.window, "change-Language")
    wait_page(kiosk, qtbot, "details")
    tap(kiosk.window, "contact-es")
    tap(kiosk.window, "detailsNext")
    wait_page(kiosk, qtbot, "review")
    assert text(kiosk.window, "review-Language") == "Español"

    tap(kiosk.window, "change-Phone")
    wait_page(kiosk, qtbot, "phone")
    assert text(kiosk.window, "phoneField") == "(202) 555-0143", "the number is kept"
    tap(kiosk.window, "key-delete")
    tap(kiosk.window, "key-4")
    tap(kiosk.window, "phoneNext")
    wait_page(kiosk, qtbot, "review")
    assert text(kiosk.window, "review-Phone") == "(202) 555-0144"

    tap(kiosk.window, "change-Name")
    wait_page(kiosk, qtbot, "name")
    tap(kiosk.window, "formBack")  # changed their mind: back to the review, not page 1
    wait_page(kiosk, qtbot, "review")
    # Nothing chosen so far was lost on the way.
    assert kiosk.callback_form.property("consentGiven")
    assert text(kiosk.window, "review-Language") == "Español"


def type_name(kiosk, keys: str) -> None:
    names = {" ": "letter-space", "'": "letter-'", "-": "letter--", "^": "letter-shift"}
    for key in keys:
        tap(kiosk.window, names.get(key, f"letter-{key}"))


def open_name_page(kiosk, qtbot) -> None:
    tap(kiosk.window, "startButton")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    tap(kiosk.window, "tile-callback")
    qtbot.waitUntil(lambda: screen(kiosk) == "callUs")
    for digit in NUMBER:
        tap(kiosk.window, f"key-{digit}")
    tap(kiosk.window, "phoneNext")
    wait_page(kiosk, qtbot, "review")
    tap(kiosk.window, "change-Name")
    wait_page(kiosk, qtbot, "name")


def test_names_capitalise_after_space_hyphen_and_apostrophe(kiosk, qtbot):
    open_name_page(kiosk, qtbot)
    type_name(kiosk, "O'BRIEN ANA-MARÍA")
    qtbot.waitUntil(lambda: kiosk.callback_form.property("name") == "O'Brien Ana-María")


def test_shift_types_one_letter_the_other_way(kiosk, qtbot):
    open_name_page(kiosk, qtbot)
    type_name(kiosk, "MC^DONALD")
    qtbot.waitUntil(lambda: kiosk.callback_form.property("name") == "McDonald")
    type_name(kiosk, " ^DE")  # Shift at a capital: one small letter
    qtbot.waitUntil(lambda: kiosk.callback_form.property("name") == "McDonald de")


def test_the_countdown_says_seconds_in_words(kiosk, qtbot):
    tap(kiosk.window, "startButton")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    kiosk.idle._start_warning()
    qtbot.waitUntil(lambda: item(kiosk.window, "idleCountdown").isVisible())
    seconds = kiosk.idle.property("secondsLeft")
    assert text(kiosk.window, "idleCountdown") == f"{seconds} seconds"
    tap(kiosk.window, "stillHereButton")
    qtbot.waitUntil(lambda: not kiosk.idle.warning)
    tap(kiosk.window, "language-es")
    kiosk.idle._start_warning()
    qtbot.waitUntil(lambda: item(kiosk.window, "idleCountdown").isVisible())
    assert text(kiosk.window, "idleCountdown").endswith(" segundos")


def test_counted_words_are_singular_for_one(kiosk):
    from PySide6.QtCore import QUrl
    from PySide6.QtQml import QQmlComponent

    component = QQmlComponent(kiosk.engine)
    component.setData(
        b"import QtQuick\nimport ui\nQtObject {\n"
        b"  property var words: [Words.seconds(1), Words.seconds(7), Words.minutes(1),"
        b" Words.minutes(5), Words.requests(1), Words.requests(0)]\n}",
        QUrl(),
    )
    holder = component.create()
    assert holder is not None, component.errorString()
    words = holder.property("words")
    words = words.toVariant() if hasattr(words, "toVariant") else words
    assert words == ["1 second", "7 seconds", "1 minute", "5 minutes", "1 request", "0 requests"]
