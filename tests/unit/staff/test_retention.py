"""Retention (R12): done requests go after retention_days, all after retention_max_days."""

import datetime as dt
import os
from pathlib import Path

import pytest

from kiosk import settings
from kiosk.callbacks import new_request, record_consent
from kiosk.staff import Audit, purge
from kiosk.staff.retention import keep_promise
from kiosk.store.outbox import Outbox
from tests.unit.marking import mark

NOW = dt.datetime(2026, 11, 26, 12, 0, 0, tzinfo=dt.UTC)
CANARY = "+14155552671"
KEPT = "+12127365000"


def make_request(phone):
    return new_request(
        phone_e164=phone,
        first_name="Ana",
        best_time="morning",
        language="en",
        topics=("y90",),
        consent=record_consent("I agree to be called.", "v1", "lobby-1", now=NOW),
    )


@pytest.fixture
def audit(store):
    return Audit(store, clock=lambda: NOW)


def files_containing(db_path, needle: bytes) -> list[str]:
    """Which of kiosk.db, kiosk.db-wal and kiosk.db-shm hold ``needle``, byte for byte."""
    names = [db_path.name + suffix for suffix in ("", "-wal", "-shm")]
    return [
        name
        for name in names
        if (db_path.parent / name).exists() and needle in (db_path.parent / name).read_bytes()
    ]


def test_a_purged_number_is_in_none_of_the_database_files(store, audit, db_path):
    old = store.save_request(make_request(CANARY), now=NOW - dt.timedelta(days=45))
    mark(store, old, "done", by="Bo", now=NOW - dt.timedelta(days=31))
    kept = store.save_request(make_request(KEPT), now=NOW - dt.timedelta(days=45))
    mark(store, kept, "done", by="Bo", now=NOW - dt.timedelta(days=29))
    assert files_containing(db_path, CANARY.encode())  # the search can see it

    assert purge(store, audit, 30) == 1

    assert store.get_request(old) is None
    assert store.get_request(kept) is not None
    assert files_containing(db_path, CANARY.encode()) == []
    assert files_containing(db_path, KEPT.encode())
    (row,) = audit.rows()
    assert (row["action"], row["actor"]) == ("purge", "schedule")
    assert row["detail"] == {
        "count": 1,
        "retention_days": 30,
        "before": "2026-10-27T12:00:00.000Z",
    }
    assert audit.verify().ok


def test_only_done_requests_past_retention_are_purged(store, audit):
    fresh = store.save_request(make_request(KEPT), now=NOW - dt.timedelta(days=90))
    called = store.save_request(make_request(KEPT), now=NOW - dt.timedelta(days=90))
    mark(store, called, "called", by="Bo", now=NOW - dt.timedelta(days=60))
    assert purge(store, audit, 30, actor="cli:it") == 0
    assert {r["id"] for r in store.requests()} == {fresh, called}
    (row,) = audit.rows()
    assert (row["actor"], row["detail"]["count"]) == ("cli:it", 0)  # an empty purge is audited too


def test_the_time_comes_from_the_audit_clock_unless_given(store, audit):
    done = store.save_request(make_request(KEPT))
    mark(store, done, "done", by="Bo", now=NOW - dt.timedelta(days=2))
    assert purge(store, audit, 3) == 0
    assert purge(store, audit, 3, now=NOW + dt.timedelta(days=2)) == 1
    assert [r["detail"]["count"] for r in audit.rows()] == [1, 0]


def test_a_negative_retention_is_refused(store, audit):
    with pytest.raises(ValueError):
        purge(store, audit, -1)
    assert audit.rows() == []


def moved_aside(db_path, stamp: str, *, with_sidecars: bool = True):
    """A copy as kiosk.store.database.move_aside leaves it, holding a patient's number."""
    copy = db_path.with_name(f"{db_path.name}.corrupt-{stamp}")
    for suffix in ("", "-wal", "-shm") if with_sidecars else ("",):
        Path(f"{copy}{suffix}").write_bytes(CANARY.encode())
    return copy


def test_moved_aside_databases_go_after_the_retention_and_the_purge_says_how_many(
    store, audit, db_path
):
    old = moved_aside(db_path, "20261020T080000Z")  # 37 days before NOW
    old_too = moved_aside(db_path, "20261020T080000Z-1", with_sidecars=False)
    recent = moved_aside(db_path, "20261110T080000Z")  # 16 days: kept

    assert purge(store, audit, 30) == 0

    left = sorted(p.name for p in db_path.parent.iterdir() if ".corrupt-" in p.name)
    assert left == [recent.name, recent.name + "-shm", recent.name + "-wal"]
    assert not old.exists() and not old_too.exists()
    (row,) = audit.rows()
    assert row["detail"]["corrupt_copies"] == 2
    assert audit.verify().ok


def test_a_copy_is_dated_by_its_file_when_its_name_has_no_time(store, audit, db_path):
    odd = db_path.with_name(f"{db_path.name}.corrupt-by-hand")
    odd.write_bytes(CANARY.encode())
    os.utime(odd, (NOW.timestamp() - 40 * 86400,) * 2)
    purge(store, audit, 30)
    assert not odd.exists()
    assert audit.rows()[0]["detail"]["corrupt_copies"] == 1


def test_other_files_beside_the_database_are_left_alone(store, audit, db_path):
    mine = db_path.with_name("kiosk.db.notes")
    mine.write_text("IT's notes")
    purge(store, audit, 0)
    assert mine.exists()
    assert "corrupt_copies" not in audit.rows()[0]["detail"]


def test_a_new_request_older_than_retention_max_days_is_purged_beyond_recovery(
    store, audit, db_path
):
    """Issue 11: whatever its status, and even though the clinic never had it."""
    old = store.save_request(make_request(CANARY), now=NOW - dt.timedelta(days=90, minutes=1))
    kept = store.save_request(make_request(KEPT), now=NOW - dt.timedelta(days=89))
    assert files_containing(db_path, CANARY.encode())

    assert purge(store, audit, 30, max_days=90) == 1

    assert store.get_request(old) is None
    assert store.get_request(kept) is not None
    assert files_containing(db_path, CANARY.encode()) == []
    # Its place in the sync queue went with it: it is never sent after this.
    assert Outbox(store).head().request["id"] == kept
    (row,) = audit.rows()
    assert (row["action"], row["actor"]) == ("purge", "schedule")
    assert row["detail"] == {
        "count": 1,
        "retention_days": 30,
        "before": "2026-10-27T12:00:00.000Z",
        "max_days": 90,
        "expired": 1,
        "undelivered": 1,
    }
    assert audit.verify().ok


def test_the_age_limit_takes_every_status_and_counts_only_what_the_clinic_lacked(store, audit):
    made = NOW - dt.timedelta(days=100)
    called = store.save_request(make_request(KEPT), now=made)
    mark(store, called, "called", by="Bo", now=made)
    sent = store.save_request(make_request(KEPT), now=made)
    Outbox(store).mark_sent(sent, made)
    done_late = store.save_request(make_request(KEPT), now=made)
    mark(store, done_late, "done", by="Bo", now=NOW - dt.timedelta(days=1))

    assert purge(store, audit, 30, max_days=90) == 3

    assert store.requests() == []
    (row,) = audit.rows()
    assert (row["detail"]["expired"], row["detail"]["undelivered"]) == (3, 2)


def test_keep_promise_closes_the_unreached_then_purges_by_the_settings(store, audit, tmp_path):
    config = settings.load(
        env={"KIOSK_DATA_DIR": str(tmp_path), "KIOSK_RETENTION_MAX_DAYS": "60"}
    ).settings
    unreached = store.save_request(make_request(KEPT), now=NOW - dt.timedelta(days=15))
    expired = store.save_request(make_request(CANARY), now=NOW - dt.timedelta(days=61))

    # Both were unreached past close_after_days: closed first, then the old one purged.
    assert keep_promise(store, audit, config) == (2, 1)

    assert store.get_request(expired) is None
    closed = store.get_request(unreached)
    assert (closed["status"], closed["closed_reason"]) == ("done", "no_contact")
    assert [r["action"] for r in audit.rows()] == ["purge", "auto_close", "auto_close"]
