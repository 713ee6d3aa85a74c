"""The kiosk closes a request itself: after 3 calls nobody answered, or 14 days unreached (R12)."""

import datetime as dt

import pytest

from kiosk.callbacks import new_request, record_consent
from kiosk.staff import Audit, change_status
from kiosk.staff.closing import close_unreached
from tests.unit.marking import mark

NOW = dt.datetime(2026, 11, 26, 12, 0, 0, tzinfo=dt.UTC)
PHONE = "+14155552671"


@pytest.fixture
def audit(store):
    return Audit(store, clock=lambda: NOW)


def save(store, now=NOW):
    return store.save_request(
        new_request(
            phone_e164=PHONE,
            first_name="Ana",
            best_time="morning",
            language="en",
            topics=("y90",),
            consent=record_consent("I agree to be called.", "v1", "lobby-1", now=now),
        ),
        now=now,
    )


def not_reached(store, audit, request_id, n):
    for _ in range(n):
        assert change_status(
            store, audit, request_id, "called", "Bo", "not_reached", close_after_not_reached=3
        )


def test_three_calls_nobody_answered_close_the_request_and_say_why(store, audit):
    request_id = save(store)
    not_reached(store, audit, request_id, 2)
    saved = store.get_request(request_id)
    assert (saved["status"], saved["not_reached"], saved["closed_reason"]) == ("new", 2, None)

    not_reached(store, audit, request_id, 1)

    saved = store.get_request(request_id)
    assert (saved["status"], saved["status_changed_by"]) == ("done", "system")
    assert (saved["not_reached"], saved["closed_reason"]) == (3, "not_reached")
    rows = audit.rows()  # newest first
    assert [(r["action"], r["actor"]) for r in rows[:2]] == [
        ("auto_close", "system"),
        ("status_change", "Bo"),
    ]
    assert rows[0]["detail"] == {"request": request_id, "reason": "not_reached", "tries": 3}
    assert PHONE[2:] not in repr(rows)
    assert audit.verify().ok


def test_without_the_setting_not_reached_only_counts(store, audit):
    request_id = save(store)
    for _ in range(5):
        change_status(store, audit, request_id, "called", "Bo", "not_reached")
    saved = store.get_request(request_id)
    assert (saved["status"], saved["not_reached"]) == ("new", 5)


def test_a_person_marking_the_request_again_clears_the_kiosks_reason(store, audit):
    request_id = save(store)
    not_reached(store, audit, request_id, 3)
    assert change_status(store, audit, request_id, "called", "Maria")
    saved = store.get_request(request_id)
    assert (saved["status"], saved["closed_reason"]) == ("called", None)


def test_fourteen_days_without_contact_close_a_request(store, audit):
    old = save(store, NOW - dt.timedelta(days=14, minutes=1))
    tried = save(store, NOW - dt.timedelta(days=15))
    mark(store, tried, "new", by="Bo", now=NOW - dt.timedelta(days=1))  # a recent try, still new
    young = save(store, NOW - dt.timedelta(days=13, hours=23))
    reached = save(store, NOW - dt.timedelta(days=20))
    mark(store, reached, "called", by="Bo", now=NOW - dt.timedelta(days=19))

    assert close_unreached(store, audit, 14) == 2

    statuses = {r["id"]: (r["status"], r["closed_reason"]) for r in store.requests()}
    assert statuses == {
        old: ("done", "no_contact"),
        tried: ("done", "no_contact"),
        young: ("new", None),
        reached: ("called", None),
    }
    details = sorted((r["detail"]["request"], r["detail"]["reason"]) for r in audit.rows())
    assert details == sorted([(old, "no_contact"), (tried, "no_contact")])
    assert {(r["action"], r["actor"], r["detail"]["days"]) for r in audit.rows()} == {
        ("auto_close", "system", 14)
    }


def test_nothing_to_close_writes_nothing(store, audit):
    save(store)
    assert close_unreached(store, audit, 14) == 0
    assert audit.rows() == []


def test_a_day_count_below_one_is_refused(store, audit):
    with pytest.raises(ValueError, match="close_after_days"):
        close_unreached(store, audit, 0)
