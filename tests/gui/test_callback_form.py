"""A patient asks for a call by touch alone; the next patient sees nothing of it (R3, R10, R13)."""

import hashlib
import logging

import pytest

from kiosk.store import StoreUnavailable
from tests.gui.conftest import close, item, screen, settle, tap, text

NUMBER = "2025550143"  # a valid US number shape; the kiosk stores +12025550143
# The box as version 2026-11-26-en-1 worded it, all its hash covered.
OLD_CONSENT = (
    "Yes, Interventional Oncology Clinic may call me at this number about the topics "
    "I picked. Saying no does not change my care."
)


def open_form(kiosk, qtbot, topic: str | None = None) -> None:
    tap(kiosk.window, "startButton")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    if topic:
        tap(kiosk.window, f"tile-{topic}")
        qtbot.waitUntil(lambda: screen(kiosk) == "procedure")
        tap(kiosk.window, "askCallButton")
    else:
        tap(kiosk.window, "tile-callback")
    qtbot.waitUntil(lambda: screen(kiosk) == "callUs")


def form_page(kiosk) -> str:
    return item(kiosk.window, "callbackScreen").property("page")


def wait_page(kiosk, qtbot, page: str) -> None:
    """Until the form shows ``page``, laid out and ready for the next tap."""
    qtbot.waitUntil(lambda: form_page(kiosk) == page)
    settle(kiosk.window, qtbot)


def type_number(kiosk, digits: str) -> None:
    for digit in digits:
        tap(kiosk.window, f"key-{digit}")


def send_from_welcome(kiosk, qtbot) -> None:
    """The shortest whole request: the welcome screen's call button, a number,
    the consent tick, Send, until the thank-you page shows."""
    tap(kiosk.window, "attractCallButton")
    qtbot.waitUntil(lambda: screen(kiosk) == "callUs")
    type_number(kiosk, NUMBER)
    tap(kiosk.window, "phoneNext")
    wait_page(kiosk, qtbot, "review")
    tap(kiosk.window, "consentBox")
    qtbot.waitUntil(lambda: item(kiosk.window, "sendRequest").isEnabled())
    tap(kiosk.window, "sendRequest")
    wait_page(kiosk, qtbot, "thanks")


def fill_to_review(kiosk, qtbot, digits: str = NUMBER, name: str = "ANA") -> None:
    """The number, then from the review a name and a best time, then the tick."""
    type_number(kiosk, digits)
    tap(kiosk.window, "phoneNext")
    wait_page(kiosk, qtbot, "review")
    tap(kiosk.window, "change-Name")
    wait_page(kiosk, qtbot, "name")
    for letter in name:
        tap(kiosk.window, f"letter-{letter}")
    tap(kiosk.window, "nameNext")
    wait_page(kiosk, qtbot, "review")
    tap(kiosk.window, "change-Time")
    wait_page(kiosk, qtbot, "details")
    tap(kiosk.window, "time-evening")
    tap(kiosk.window, "detailsNext")
    wait_page(kiosk, qtbot, "review")
    assert not item(kiosk.window, "sendRequest").isEnabled(), "consent must start unticked"
    tap(kiosk.window, "consentBox")
    qtbot.waitUntil(lambda: item(kiosk.window, "sendRequest").isEnabled())


def test_full_request_by_touch_only(kiosk, qtbot):
    open_form(kiosk, qtbot, topic="tace")
    fill_to_review(kiosk, qtbot)
    assert text(kiosk.window, "review-Phone") == "(202) 555-0143"
    assert text(kiosk.window, "review-Name") == "Ana"
    shown = kiosk.callback_form.property("consentText") + "\n"
    shown += kiosk.callback_form.property("privacyText")

    tap(kiosk.window, "sendRequest")

    wait_page(kiosk, qtbot, "thanks")
    assert "will call you" in text(kiosk.window, "outcomeTitle")
    (row,) = kiosk.store.requests()
    assert row["phone_e164"] == "+1" + NUMBER
    assert row["first_name"] == "Ana"
    assert row["best_time"] == "evening"
    assert row["topics"] == ["tace"]
    # Issue 11: the privacy promise changed, so did its version; the hash covers the
    # box and the note exactly as shown, so it differs from the old wording's (R13).
    assert row["consent_version"] == "2026-12-14-en-2"
    assert row["consent_sha256"] == hashlib.sha256(shown.encode("utf-8")).hexdigest()
    assert "after 3 calls, or within 14 days" in shown
    assert row["consent_sha256"] != hashlib.sha256(OLD_CONSENT.encode("utf-8")).hexdigest()
    # The form forgot the patient the moment the request was stored.
    assert kiosk.callback_form.property("phoneDisplay") == ""
    assert kiosk.callback_form.property("name") == ""


def test_a_refused_number_is_explained_next_to_the_field(kiosk, qtbot):
    open_form(kiosk, qtbot)
    type_number(kiosk, "911")
    tap(kiosk.window, "phoneNext")
    qtbot.waitUntil(lambda: text(kiosk.window, "phoneProblem") != "")
    assert "emergency" in text(kiosk.window, "phoneProblem")
    assert form_page(kiosk) == "phone"


def test_a_puerto_rico_number_is_accepted_and_a_foreign_one_told_what_is(kiosk, qtbot):
    open_form(kiosk, qtbot)
    type_number(kiosk, "7877222222")
    tap(kiosk.window, "phoneNext")
    wait_page(kiosk, qtbot, "review")
    tap(kiosk.window, "formBack")
    wait_page(kiosk, qtbot, "phone")
    for _ in range(10):
        tap(kiosk.window, "key-delete")
    type_number(kiosk, "011442079460958")
    tap(kiosk.window, "phoneNext")
    qtbot.waitUntil(lambda: text(kiosk.window, "phoneProblem") != "")
    message = text(kiosk.window, "phoneProblem")
    assert "+1" in message
    assert "country" not in message
    assert form_page(kiosk) == "phone"


def test_failed_save_sends_the_patient_to_the_front_desk(kiosk, qtbot, monkeypatch, caplog):
    caplog.set_level(logging.WARNING)  # this test expects a logged warning

    def full_disk(request):
        raise StoreUnavailable("database or disk is full")

    monkeypatch.setattr(kiosk.store, "save_request", full_disk)
    open_form(kiosk, qtbot)
    fill_to_review(kiosk, qtbot)

    tap(kiosk.window, "sendRequest")

    wait_page(kiosk, qtbot, "failed")
    assert text(kiosk.window, "outcomeTitle") == "Please ask at the front desk."
    monkeypatch.undo()
    assert kiosk.store.requests() == []
    tap(kiosk.window, "outcomeDone")  # and the kiosk carries on
    qtbot.waitUntil(lambda: screen(kiosk) == "attract")


def test_next_patient_after_idle_sees_an_empty_form_also_after_back(kiosk, qtbot):
    open_form(kiosk, qtbot)
    type_number(kiosk, NUMBER)
    tap(kiosk.window, "phoneNext")
    wait_page(kiosk, qtbot, "review")

    kiosk.idle.timedOut.emit()  # the patient walked away
    qtbot.waitUntil(lambda: screen(kiosk) == "attract")

    open_form(kiosk, qtbot)
    assert text(kiosk.window, "phoneField") == ""
    assert not item(kiosk.window, "formBack").isEnabled()
    type_number(kiosk, "2")
    tap(kiosk.window, "phoneNext")  # refused: too short; still nothing of the last patient
    qtbot.waitUntil(lambda: text(kiosk.window, "phoneProblem") != "")
    assert text(kiosk.window, "phoneField") == "2"


def test_language_change_wipes_the_form(kiosk, qtbot):
    open_form(kiosk, qtbot)
    type_number(kiosk, NUMBER)
    qtbot.waitUntil(lambda: text(kiosk.window, "phoneField") == "(202) 555-0143")
    tap(kiosk.window, "language-es")
    qtbot.waitUntil(lambda: text(kiosk.window, "phoneField") == "")
    assert form_page(kiosk) == "phone"


@pytest.fixture
def kiosk_without_store(qapp, qtbot, kiosk_settings, monkeypatch):
    from kiosk import app as kiosk_app

    monkeypatch.setattr(kiosk_app, "open_store", lambda settings: None)
    built = kiosk_app.build(kiosk_settings, kiosk_mode=False)
    built.window.show()
    qtbot.waitExposed(built.window)
    yield built
    close(built)


def test_without_a_safe_database_the_form_is_not_offered(kiosk_without_store, qtbot):
    open_form(kiosk_without_store, qtbot)
    assert form_page(kiosk_without_store) == "failed"
    assert text(kiosk_without_store.window, "outcomeTitle") == "Please ask at the front desk."


def test_the_touch_that_answers_still_there_does_not_tick_consent(kiosk, qtbot):
    """R13: consent is a deliberate tick, never a side effect of waking the screen."""
    open_form(kiosk, qtbot)
    type_number(kiosk, NUMBER)
    tap(kiosk.window, "phoneNext")
    wait_page(kiosk, qtbot, "review")

    kiosk.idle._start_warning()  # the patient looked away; "Are you still there?"
    qtbot.waitUntil(lambda: item(kiosk.window, "idleCountdown").isVisible())
    tap(kiosk.window, "consentBox")  # the answering touch lands over the checkbox

    qtbot.waitUntil(lambda: not kiosk.idle.warning)
    assert kiosk.callback_form.property("consentGiven") is False
    tap(kiosk.window, "consentBox")  # a real tick still works
    qtbot.waitUntil(lambda: kiosk.callback_form.property("consentGiven"))
