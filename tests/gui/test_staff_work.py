"""Staff mode a receptionist can work in (issue 13): its own idle lock, plain words."""

import dataclasses

import pytest
from PySide6.QtCore import QElapsedTimer

from kiosk.staff import Audit, StaffAccounts
from tests.gui.conftest import find_item, item, save_waiting_request, tap, text
from tests.gui.test_staff_mode import PIN, _descendants, enter_pin, hidden_gesture

PATIENT_TIMEOUT_S = 1
STAFF_TIMEOUT_S = 3


@pytest.fixture
def kiosk_settings(kiosk_settings):
    """Short real timers: the patient's 1 s, staff's 3 s, a 1 s countdown."""
    return dataclasses.replace(
        kiosk_settings,
        idle_timeout=PATIENT_TIMEOUT_S,
        idle_warning=1,
        staff_idle_timeout=STAFF_TIMEOUT_S,
    )


@pytest.fixture
def desk(kiosk):
    """An admin, Maria, and one waiting request from (202) 555-0143."""
    StaffAccounts(kiosk.store).add("Maria", PIN, admin=True)
    save_waiting_request(kiosk.store, ("y90", "overview"))
    return kiosk


def sign_in(kiosk, qtbot) -> None:
    hidden_gesture(kiosk, qtbot)
    tap(kiosk.window, "member-Maria")
    enter_pin(kiosk, PIN)
    qtbot.waitUntil(lambda: kiosk.staff.property("signedIn"))


def test_staff_mode_waits_its_own_longer_time_warns_then_locks(desk, qtbot):
    kiosk = desk
    sign_in(kiosk, qtbot)
    since_last_touch = QElapsedTimer()
    tap(kiosk.window, "filter-all")
    since_last_touch.start()

    qtbot.waitUntil(lambda: kiosk.idle.warning, timeout=10000)
    # Not the patient's timer: a receptionist on a call keeps the list.
    # (Qt's coarse timers may fire up to 5% early.)
    assert since_last_touch.elapsed() >= STAFF_TIMEOUT_S * 1000 * 0.94
    assert kiosk.staff.property("signedIn")
    assert "Staff mode will lock" in text(kiosk.window, "idleReason")

    qtbot.waitUntil(lambda: not kiosk.staff.property("open"), timeout=5000)
    assert not kiosk.staff.property("signedIn")
    # Back on the patient side, the patient's own short wait applies again.
    assert not kiosk.idle.property("staff")


def test_keep_working_keeps_staff_mode_open(desk, qtbot):
    kiosk = desk
    sign_in(kiosk, qtbot)
    qtbot.waitUntil(lambda: kiosk.idle.warning, timeout=10000)
    tap(kiosk.window, "stillHereButton")
    qtbot.waitUntil(lambda: not kiosk.idle.warning)
    assert kiosk.staff.property("signedIn")
    assert item(kiosk.window, "staffLock").isVisible()


def descendants(root):
    for child in root.childItems():
        yield child
        if child.objectName() != "animationView":  # see tests/gui/conftest.find_item
            yield from descendants(child)


def named(kiosk, name):
    return [c for c in descendants(kiosk.window.contentItem()) if c.objectName() == name]


def test_the_audit_log_reads_as_plain_sentences_with_names_never_ids(desk, qtbot):
    kiosk = desk
    sign_in(kiosk, qtbot)
    (request_id,) = [r["id"] for r in kiosk.store.requests()]
    qtbot.waitUntil(lambda: bool(named(kiosk, f"request-{request_id}")))
    tap(kiosk.window, f"request-{request_id}")
    tap(kiosk.window, "markCalled")
    qtbot.waitUntil(lambda: kiosk.store.get_request(request_id)["status"] == "called")

    tap(kiosk.window, "staffAdmin")
    qtbot.waitUntil(lambda: bool(named(kiosk, "auditEntry")))
    entries = [e.property("text") for e in named(kiosk, "auditEntry")]
    everything = "\n".join(entries)
    assert any(e.endswith("Maria signed in.") for e in entries), everything
    assert any(
        "Maria marked the request from (202) \u2022\u2022\u2022-\u2022\u202243, received " in e
        and e.endswith(" as Called.")
        for e in entries
    ), everything
    for internal in (request_id, "status_change", "unlock", "pin_failed", "555-0143", "=", "{"):
        assert internal not in everything


def test_usage_names_topics_as_patients_see_them_and_dates_the_days(desk, qtbot):
    kiosk = desk
    kiosk.store.count("procedure_viewed", "overview")
    kiosk.store.count("procedure_viewed", "y90")
    kiosk.store.count("request_sent", "")
    sign_in(kiosk, qtbot)
    qtbot.waitUntil(lambda: bool(named(kiosk, "viewedTopic")))
    topics = {t.property("text") for t in named(kiosk, "viewedTopic")}
    assert topics == {"What is interventional oncology?", "Y-90 radioembolization"}
    dates = [d.property("text") for d in named(kiosk, "dayLabel")]
    assert len(dates) == 3
    today = kiosk.staff.property("usage")["requestsPerDay"][-1]["day"]
    assert (
        dates[-1]
        == f"{int(today[8:])} "
        + ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][
            int(today[5:7]) - 1
        ]
    )
    # The list names the topics the patient picked, "Something else" for the overview.
    (request_id,) = [r["id"] for r in kiosk.store.requests()]
    tap(kiosk.window, f"request-{request_id}")
    qtbot.waitUntil(
        lambda: any(
            "Y-90, Something else" in c.property("text") for c in named(kiosk, "rowTopics")
        )
    )


def test_waiting_after_a_wrong_pin_is_said_with_the_right_word(desk, qtbot):
    kiosk = desk
    hidden_gesture(kiosk, qtbot)
    tap(kiosk.window, "member-Maria")
    for _ in range(4):
        enter_pin(kiosk, "000000")
        qtbot.waitUntil(lambda: "not right" in text(kiosk.window, "staffMessage"))
    enter_pin(kiosk, "000000")  # the 5th: one second's wait (kiosk/staff/lockout.py)
    qtbot.waitUntil(lambda: "wait" in text(kiosk.window, "staffMessage"))
    assert "Please wait 1 second before you try again." in text(kiosk.window, "staffMessage")


def _row_status(kiosk, request_id) -> str:
    row = find_item(kiosk.window, f"request-{request_id}")
    if row is None:
        return ""
    found = [c for c in _descendants(row) if c.objectName() == "rowStatus"]
    return found[0].property("text") if found else ""


def test_three_calls_nobody_answered_close_the_request_and_the_row_says_why(desk, qtbot):
    """Issue 11: the receptionist sees the kiosk closed it, and why; the log says so too."""
    sign_in(desk, qtbot)
    (request_id,) = [r["id"] for r in desk.store.requests()]
    qtbot.waitUntil(lambda: find_item(desk.window, f"request-{request_id}") is not None)
    tap(desk.window, f"request-{request_id}")
    qtbot.waitUntil(lambda: find_item(desk.window, "markNotReached") is not None)

    tap(desk.window, "markNotReached")
    qtbot.waitUntil(lambda: "(nobody answered 1 call)" in _row_status(desk, request_id))
    tap(desk.window, "markNotReached")
    qtbot.waitUntil(lambda: "(nobody answered 2 calls)" in _row_status(desk, request_id))
    tap(desk.window, "markNotReached")
    qtbot.waitUntil(lambda: desk.store.get_request(request_id)["status"] == "done")

    tap(desk.window, "filter-all")
    qtbot.waitUntil(
        lambda: (
            "Done (closed by the kiosk: nobody answered 3 calls)" in _row_status(desk, request_id)
        )
    )
    actions = [(r["action"], r["actor"]) for r in Audit(desk.store).rows()[:2]]
    assert actions == [("auto_close", "system"), ("status_change", "Maria")]
