"""The store: durable pragmas asserted (R2), request and outbox saved together (R6), read back."""

import contextlib
import datetime as dt
import logging
import sqlite3
import stat
import threading
import uuid
from pathlib import Path

import pytest

from kiosk.callbacks import new_request, record_consent
from kiosk.store import Store, StoreError, StoreUnavailable, database, migrations
from tests.unit.marking import mark, purge_done

NOW = dt.datetime(2026, 11, 26, 22, 10, 5, 123_456, tzinfo=dt.UTC)


def make_request(phone="+12127365000", name="Ana", topics=("y90",), best_time="morning"):
    """A valid request, as the form's adapter would build it."""
    return new_request(
        phone_e164=phone,
        first_name=name,
        best_time=best_time,
        language="en",
        topics=topics,
        consent=record_consent("I agree to be called.", "2026-11-en-1", "lobby-1", now=NOW),
    )


def opened(path):
    """A plain sqlite3 connection in autocommit mode, closed when the block ends."""
    return contextlib.closing(sqlite3.connect(path, isolation_level=None))


def rows(path, sql):
    """Read with a separate connection: what is on disk, not what one connection believes."""
    with opened(path) as conn:
        return conn.execute(sql).fetchall()


def test_open_creates_a_private_database_in_a_new_folder(store, db_path):
    assert db_path.is_file()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(db_path.parent.stat().st_mode) & 0o077 == 0
    store.save_request(make_request())
    wal = db_path.with_name("kiosk.db-wal")
    assert stat.S_IMODE(wal.stat().st_mode) == 0o600
    assert store.recovered_from is None


def test_pragmas_are_set_and_hold(store):
    assert store.pragmas() == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "secure_delete": 1,
    }
    assert store.pragmas() == database.REQUIRED_PRAGMAS


def test_a_database_that_cannot_use_wal_is_refused(tmp_path, monkeypatch):
    # An in-memory database is real SQLite that cannot switch to WAL: it stays "memory".
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StoreError, match=r"pragma.*journal_mode='memory'"):
        Store.open(Path(":memory:"))


@pytest.mark.parametrize(
    ("pragma", "bad"),
    [("journal_mode", "delete"), ("synchronous", 1), ("foreign_keys", 0), ("secure_delete", 0)],
)
def test_any_pragma_that_does_not_hold_refuses_the_store(db_path, monkeypatch, pragma, bad):
    real = database.read_pragmas

    def lying(db):
        return {**real(db), pragma: bad}

    monkeypatch.setattr(database, "read_pragmas", lying)
    with pytest.raises(StoreError, match=f"pragma.*{pragma}") as raised:
        Store.open(db_path)
    assert not isinstance(raised.value, StoreUnavailable)


def test_save_and_read_back(store, db_path):
    request = make_request(name="  Ana  María ", topics=("y90", "tace"))
    request_id = store.save_request(request, now=NOW)

    assert uuid.UUID(request_id).version == 4
    assert store.get_request(request_id) == {
        "id": request_id,
        "created_at": "2026-11-26T22:10:05.123Z",
        "phone_e164": "+12127365000",
        "first_name": "Ana María",
        "best_time": "morning",
        "language": "en",
        "topics": ["y90", "tace"],
        "consent_version": "2026-11-en-1",
        "consent_sha256": request.consent.text_sha256,
        "consent_at": "2026-11-26T22:10:05Z",
        "kiosk_id": "lobby-1",
        "status": "new",
        "status_changed_at": None,
        "status_changed_by": None,
        "sealed": None,  # no clinic key: nothing sealed (tests/unit/sync/test_sealed.py)
        "not_reached": 0,  # nobody has called yet (kiosk.staff.closing)
        "closed_reason": None,
    }
    assert store.get_request(str(uuid.uuid4())) is None


def test_request_and_outbox_row_share_the_uuid(store, db_path):
    ids = {store.save_request(make_request()) for _ in range(3)}
    assert len(ids) == 3
    outbox = rows(db_path, "SELECT request_id, status, attempts, next_attempt_at FROM outbox")
    assert sorted(outbox) == sorted((i, "pending", 0, None) for i in ids)


@pytest.mark.parametrize("how", ["ABORT", "FAIL", "ROLLBACK"])
def test_a_failing_outbox_insert_stores_no_request_either(store, db_path, how, caplog):
    caplog.set_level(logging.WARNING)  # this test expects a logged warning
    kept = store.save_request(make_request())
    # A trigger makes the second insert of the transaction fail inside SQLite itself.
    store.db.execute(
        f"CREATE TRIGGER refuse BEFORE INSERT ON outbox "
        f"BEGIN SELECT RAISE({how}, 'outbox refused'); END"
    )
    with pytest.raises(StoreUnavailable, match="could not save the request"):
        store.save_request(make_request(phone="+14155552671"))

    assert rows(db_path, "SELECT id FROM requests") == [(kept,)]
    assert rows(db_path, "SELECT request_id FROM outbox") == [(kept,)]
    assert not store.db.conn.in_transaction

    store.db.execute("DROP TRIGGER refuse")  # and the kiosk carries on
    assert store.get_request(store.save_request(make_request())) is not None


def test_requests_are_listed_newest_first_and_filtered(store):
    day = dt.timedelta(days=1)
    old = store.save_request(make_request(), now=NOW - 2 * day)
    middle = store.save_request(make_request(), now=NOW - day)
    new_a = store.save_request(make_request(), now=NOW)
    new_b = store.save_request(make_request(), now=NOW)  # same millisecond: saved later wins
    assert mark(store, middle, "done", by="staff-7")

    assert [r["id"] for r in store.requests()] == [new_b, new_a, middle, old]
    assert [r["id"] for r in store.requests(status="new")] == [new_b, new_a, old]
    assert [r["id"] for r in store.requests(since=(NOW - day).date())] == [new_b, new_a, middle]
    assert [r["id"] for r in store.requests("new", NOW.date())] == [new_b, new_a]
    with pytest.raises(ValueError):
        store.requests(status="deleted")


def test_status_changes_record_who_and_when(store):
    request_id = store.save_request(make_request())
    assert mark(store, request_id, "called", by="staff-7", now=NOW)
    row = store.get_request(request_id)
    assert (row["status"], row["status_changed_at"], row["status_changed_by"]) == (
        "called",
        "2026-11-26T22:10:05.123Z",
        "staff-7",
    )
    assert not mark(store, str(uuid.uuid4()), "done", by="staff-7")
    with pytest.raises(ValueError):
        mark(store, request_id, "gone", by="staff-7")
    with pytest.raises(ValueError):
        mark(store, request_id, "done", by=" ")


def _files_contain(db_path, needle: bytes) -> bool:
    return any(
        needle in path.read_bytes()
        for path in db_path.parent.iterdir()
        if path.name.startswith(db_path.name)
    )


def test_purged_numbers_cannot_be_recovered_from_the_files(store, db_path):
    canary = b"+14155552671"
    purged = store.save_request(make_request(phone=canary.decode()), now=NOW)
    kept = store.save_request(make_request(phone="+12127365000"), now=NOW)
    mark(store, purged, "done", by="staff-7", now=NOW)
    assert _files_contain(db_path, canary)  # the check below can see the number

    assert purge_done(store, before=NOW + dt.timedelta(seconds=1)) == 1

    assert store.get_request(purged) is None
    assert store.get_request(kept) is not None
    assert rows(db_path, "SELECT request_id FROM outbox") == [(kept,)]  # cascaded
    assert not _files_contain(db_path, canary)
    assert _files_contain(db_path, b"+12127365000")


def test_purge_only_takes_done_requests_older_than_the_cut_off(store):
    done_old = store.save_request(make_request())
    done_new = store.save_request(make_request())
    called = store.save_request(make_request())
    mark(store, done_old, "done", by="s", now=NOW - dt.timedelta(days=40))
    mark(store, done_new, "done", by="s", now=NOW)
    mark(store, called, "called", by="s", now=NOW - dt.timedelta(days=40))
    assert purge_done(store, before=NOW - dt.timedelta(days=30)) == 1
    assert {r["id"] for r in store.requests()} == {done_new, called}


def _schema(path):
    return rows(path, "SELECT type, name, sql FROM sqlite_master ORDER BY name")


def test_reopening_runs_no_migration_again(db_path):
    Store.open(db_path).close()
    schema = _schema(db_path)
    applied = rows(db_path, "SELECT * FROM _sqlite_migrations ORDER BY id")
    assert [row[2] for row in applied] == migrations.names()

    for _ in range(2):
        with Store.open(db_path) as store:
            assert migrations.MIGRATIONS.pending(store.db) == []
    assert _schema(db_path) == schema
    assert rows(db_path, "SELECT * FROM _sqlite_migrations ORDER BY id") == applied


def test_an_older_database_is_upgraded_and_keeps_its_requests(db_path):
    with Store.open(db_path) as store:
        request_id = store.save_request(make_request())
    with opened(db_path) as conn:  # back to the first version
        conn.execute("DROP TABLE usage")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm002_usage_counts'")

    with Store.open(db_path) as store:
        assert store.get_request(request_id) is not None
        store.count("form_started")
        assert [r["event"] for r in store.usage()] == ["form_started"]


def test_foreign_keys_guard_the_outbox(store):
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("INSERT INTO outbox (request_id) VALUES ('no-such-request')")


def test_one_store_can_be_used_from_another_thread(store):
    saved = []
    worker = threading.Thread(target=lambda: saved.append(store.save_request(make_request())))
    worker.start()
    worker.join()
    assert store.get_request(saved[0]) is not None


def test_integrity_ok(store):
    assert store.integrity_ok()
