"""Anonymous usage counts: one row per UTC day, event and subject, counted up; no personal data."""

import datetime as dt
import logging

import pytest

from kiosk.store.usage import EVENTS

TODAY = dt.date(2026, 11, 26)


def test_counts_add_up_per_day_event_and_subject(store):
    for _ in range(3):
        store.count("procedure_viewed", "y90", day=TODAY)
    store.count("procedure_viewed", "tace", day=TODAY)
    store.count("step_completed", "y90/2", day=TODAY)
    store.count("request_sent", "y90,tace", day=TODAY)
    store.count("procedure_viewed", "y90", day=TODAY - dt.timedelta(days=1))
    store.count("form_started", day=TODAY)
    store.count("request_sent", day=TODAY)

    assert store.usage(today=TODAY) == [
        {"day": "2026-11-26", "event": "form_started", "subject": "", "count": 1},
        {"day": "2026-11-26", "event": "procedure_viewed", "subject": "tace", "count": 1},
        {"day": "2026-11-26", "event": "procedure_viewed", "subject": "y90", "count": 3},
        {"day": "2026-11-26", "event": "request_sent", "subject": "", "count": 1},
        {"day": "2026-11-26", "event": "request_sent", "subject": "y90,tace", "count": 1},
        {"day": "2026-11-26", "event": "step_completed", "subject": "y90/2", "count": 1},
        {"day": "2026-11-25", "event": "procedure_viewed", "subject": "y90", "count": 1},
    ]


def test_usage_covers_the_last_n_days_including_today(store):
    for back in (0, 29, 30, -1):
        store.count("form_started", day=TODAY - dt.timedelta(days=back))
    days = [row["day"] for row in store.usage(30, today=TODAY)]
    assert days == ["2026-11-26", "2026-10-28"]
    assert [row["day"] for row in store.usage(1, today=TODAY)] == ["2026-11-26"]
    with pytest.raises(ValueError):
        store.usage(0, today=TODAY)


def test_default_day_is_today_in_utc(store):
    before = dt.datetime.now(dt.UTC).date()
    store.count("form_started")
    after = dt.datetime.now(dt.UTC).date()
    (row,) = store.usage(2)
    assert row["day"] in {before.isoformat(), after.isoformat()}


@pytest.mark.parametrize(
    ("event", "subject"),
    [
        ("viewed", "y90"),
        ("", ""),
        ("procedure_viewed", "4155552671"),  # a phone number can never be a subject
        ("procedure_viewed", "y90-2127365000"),
        ("procedure_viewed", "Ana"),
        ("procedure_viewed", "a b"),
        ("procedure_viewed", "x" * 61),
        ("request_sent", "y90,2127365000"),
        ("procedure_viewed", "+1"),
    ],
)
def test_unknown_events_and_non_id_subjects_are_refused(store, event, subject):
    with pytest.raises(ValueError):
        store.count(event, subject, day=TODAY)
    assert store.usage(today=TODAY) == []


def test_every_event_is_accepted(store):
    for event in EVENTS:
        store.count(event, "y90", day=TODAY)
    assert sorted(row["event"] for row in store.usage(today=TODAY)) == sorted(EVENTS)


def test_a_failing_count_is_logged_once_and_never_raised(store, caplog):
    caplog.set_level(logging.WARNING, logger="kiosk.store")
    # A database that refuses writes, as a read-only or failing disk would.
    store.db.conn.execute("PRAGMA query_only = ON")
    for _ in range(3):
        store.count("procedure_viewed", "y90", day=TODAY)
    assert [r.getMessage() for r in caplog.records] == [
        "could not count usage (SQLITE_READONLY: attempt to write a readonly database); "
        "usage counts are not being kept"
    ]

    store.db.conn.execute("PRAGMA query_only = OFF")
    store.count("procedure_viewed", "y90", day=TODAY)
    store.db.conn.execute("PRAGMA query_only = ON")
    store.count("procedure_viewed", "y90", day=TODAY)
    assert len(caplog.records) == 2  # logged again once it had worked in between
    assert store.usage(today=TODAY)[0]["count"] == 1
