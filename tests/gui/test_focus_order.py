"""The focus ring visits every control of every screen in reading order (issue 15, point 3).

Each list is what a keyboard or switch user meets pressing Tab from the top:
the top bar (Home, Aa, the languages), then the screen's controls in the
order the eye reads them, and round again. Disabled controls (Back on the
first page) are passed over; hidden pages contribute nothing.
"""

import pytest

from tests.gui.conftest import item, settle, tap
from tests.gui.test_keyboard import TOP_BAR, tab_order
from tests.gui.test_shapes import go_to, resize

KEYS = [f"key-{d}" for d in "1234567890"] + ["key-delete"]
LETTERS = [f"letter-{c}" for c in "QWERTYUIOPASDFGHJKLÑZXCVBNM'-ÁÉÍÓÚÜ"]
TABS = [
    f"tab-{t}"
    for t in ("steps", "before", "benefits", "sideEffects", "recovery", "questions", "warnings")
]
TOPICS = [f"topic-{t}" for t in ("overview", "y90", "tace", "ablation")]

ORDERS = {
    "home": [
        *TOP_BAR, "tile-overview", "tile-y90", "tile-tace", "tile-ablation",
        "tile-compare", "tile-callback",
    ],
    "procedure": [*TOP_BAR, *TABS, "askCallButton", "backButton", "nextButton"],
    "phone": [*TOP_BAR, "phoneNext", *KEYS],
    "review": [
        *TOP_BAR, "formBack", "change-Phone", "change-Name", "change-Time",
        "change-Language", "change-Topics", "consentBox",
    ],
    "name": [
        *TOP_BAR, "formBack", "nameNext", *LETTERS,
        "letter-shift", "letter-space", "letter-delete",
    ],
    "details": [
        *TOP_BAR, "formBack", "time-morning", "time-afternoon", "time-evening",
        "time-any", "contact-en", "contact-es", *TOPICS, "detailsNext",
    ],
    "compare": [*TOP_BAR, "compare-y90", "compare-tace", "compare-ablation"],
}  # fmt: skip


@pytest.mark.parametrize("name", list(ORDERS))
def test_tab_visits_every_control_in_reading_order(kiosk, qtbot, name):
    go_to(kiosk, qtbot, "en", name)
    settle(kiosk.window, qtbot)
    assert tab_order(kiosk) == ORDERS[name]


def test_on_a_portrait_stand_the_keypad_comes_before_next(kiosk, qtbot):
    # The keypad sits between the field and Next there, and the ring follows it.
    resize(kiosk, qtbot, 1080, 1920)
    go_to(kiosk, qtbot, "en", "phone")
    settle(kiosk.window, qtbot)
    assert tab_order(kiosk) == TOP_BAR + KEYS + ["phoneNext"]


def test_the_welcome_screen_order(kiosk, qtbot):
    # Listen first: a patient who cannot see the screen reaches audio with one Tab.
    assert tab_order(kiosk) == [
        "listenButton",
        "startButton",
        "attractCallButton",
        "language-en",
        "language-es",
    ]


def test_the_aa_panel_keeps_the_ring_inside_it(kiosk, qtbot):
    go_to(kiosk, qtbot, "en", "home")
    tap(kiosk.window, "aaButton")
    settle(kiosk.window, qtbot)
    assert kiosk.window.activeFocusItem().objectName() == "textSize-0"
    assert tab_order(kiosk) == ["textSize-1", "textSize-2", "highContrast", "lessMotion",
                                "aaDone", "textSize-0"]  # fmt: skip


def test_once_consent_is_given_send_joins_the_order(kiosk, qtbot):
    go_to(kiosk, qtbot, "en", "review")
    tap(kiosk.window, "consentBox")
    qtbot.waitUntil(lambda: item(kiosk.window, "sendRequest").isEnabled())
    assert tab_order(kiosk) == ORDERS["review"] + ["sendRequest"]


def test_in_staff_mode_the_ring_stays_in_staff_mode(kiosk, qtbot):
    go_to(kiosk, qtbot, "en", "staff-sign-in")
    settle(kiosk.window, qtbot)
    order = tab_order(kiosk)
    assert "member-Maria" in order
    assert not set(order) & {"startButton", "attractCallButton", "language-en"}, order
