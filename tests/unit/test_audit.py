"""The audit log (R15): one row per event, a hash chain that shows edits and deletions."""

import contextlib
import datetime as dt
import hashlib
import json
import sqlite3

import pytest

from kiosk.staff import ACTIONS, Audit, AuditCheck
from kiosk.staff.audit import GENESIS_HASH, chain_hash
from kiosk.store import Store

T0 = dt.datetime(2026, 11, 26, 12, 0, 0, tzinfo=dt.UTC)
REQUEST_ID = "12345678-9012-4345-8678-901234567890"  # a uuid4 whose hex is mostly digits


@pytest.fixture
def audit(store):
    return Audit(store, clock=lambda: T0)


@pytest.fixture
def five(audit):
    """A log of five rows, ids 1 to 5."""
    audit.record("unlock", "Ana")
    audit.record("status_change", "Ana", {"request": REQUEST_ID, "status": "called"})
    audit.record(
        "export", "Ana", {"format": "csv", "rows": 12, "file": "callbacks-2026-11-26.csv"}
    )
    audit.record("lock", "Ana")
    audit.record("purge", "schedule", {"count": 3, "retention_days": 30})
    return audit


def tamper(db_path, sql, params=()):
    """Change the file behind the kiosk's back, as someone with an SQLite tool would."""
    with contextlib.closing(sqlite3.connect(db_path, isolation_level=None)) as conn:
        conn.execute(sql, params)


def on_disk(db_path, sql):
    with contextlib.closing(sqlite3.connect(db_path, isolation_level=None)) as conn:
        return conn.execute(sql).fetchall()


def test_each_record_writes_exactly_one_row(audit, db_path):
    for n, action in enumerate(ACTIONS, start=1):
        audit.record(action, "Ana")
        assert on_disk(db_path, "SELECT count(*) FROM audit") == [(n,)]
    assert on_disk(db_path, "SELECT action FROM audit ORDER BY id") == [(a,) for a in ACTIONS]


def test_rows_are_newest_first_with_their_detail(five):
    rows = five.rows()
    assert [row["id"] for row in rows] == [5, 4, 3, 2, 1]
    assert rows[2] == {
        "id": 3,
        "at": "2026-11-26T12:00:00.000Z",
        "action": "export",
        "actor": "Ana",
        "detail": {"format": "csv", "rows": 12, "file": "callbacks-2026-11-26.csv"},
    }
    assert [row["id"] for row in five.rows(limit=2)] == [5, 4]


def test_the_chain_is_the_documented_sha256(five, db_path):
    stored = on_disk(
        db_path, "SELECT id, at, action, actor, detail, prev_hash, row_hash FROM audit ORDER BY id"
    )
    previous = GENESIS_HASH
    for row_id, at, action, actor, detail, prev_hash, row_hash in stored:
        body = json.dumps(
            {
                "id": row_id,
                "at": at,
                "action": action,
                "actor": actor,
                "detail": json.loads(detail),
            },
            sort_keys=True,
            separators=(",", ":"),
            ensure_ascii=False,
        )
        assert prev_hash == previous
        assert row_hash == hashlib.sha256((prev_hash + body).encode()).hexdigest()
        previous = row_hash
    assert on_disk(db_path, "SELECT id, last_id, row_hash FROM audit_head") == [(1, 5, previous)]


def test_an_intact_log_verifies(five):
    assert five.verify() == AuditCheck(ok=True, rows=5, problem=None, row_id=None)


def test_an_empty_log_verifies(audit):
    assert audit.verify() == AuditCheck(ok=True, rows=0)


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("actor", "Bo"),
        ("action", "lock"),
        ("at", "2026-11-27T09:00:00.000Z"),
        ("detail", '{"format":"csv","rows":0,"file":"callbacks-2026-11-26.csv"}'),
        ("detail", "not json"),
    ],
)
def test_an_edited_row_is_found_and_named(five, db_path, column, value):
    tamper(db_path, f"UPDATE audit SET {column} = ? WHERE id = 3", [value])
    check = five.verify()
    assert not check.ok
    assert check.row_id == 3
    assert "row 3" in check.problem


def test_an_edited_row_with_a_recomputed_hash_breaks_the_next_link(five, db_path):
    # Whoever edits row 3 and fixes its own hash still leaves row 4 pointing at the old one.
    ((at, action, detail, prev_hash),) = on_disk(
        db_path, "SELECT at, action, detail, prev_hash FROM audit WHERE id = 3"
    )
    forged = chain_hash(prev_hash, 3, at, action, "Bo", json.loads(detail))
    tamper(db_path, "UPDATE audit SET actor = 'Bo', row_hash = ? WHERE id = 3", [forged])
    check = five.verify()
    assert (check.ok, check.row_id) == (False, 4)
    assert "row 4 does not follow" in check.problem


def test_a_deleted_middle_row_is_found_and_the_next_row_named(five, db_path):
    tamper(db_path, "DELETE FROM audit WHERE id = 3")
    check = five.verify()
    assert not check.ok
    assert check.row_id == 4
    assert "row 3 deleted" in check.problem


def test_a_deleted_first_row_is_found(five, db_path):
    tamper(db_path, "DELETE FROM audit WHERE id = 1")
    assert five.verify().row_id == 2


def test_deleted_last_rows_are_found_through_the_head(five, db_path):
    tamper(db_path, "DELETE FROM audit WHERE id >= 4")
    check = five.verify()
    assert not check.ok
    assert check.row_id == 5
    assert "rows 4 to 5 deleted" in check.problem


def test_a_deleted_last_row_stays_found_after_more_rows_are_written(five, db_path):
    tamper(db_path, "DELETE FROM audit WHERE id = 5")
    five.record("unlock", "Ana")
    check = five.verify()
    assert (check.ok, check.row_id) == (False, 6)


def test_an_emptied_log_is_found(five, db_path):
    tamper(db_path, "DELETE FROM audit")
    check = five.verify()
    assert (check.ok, check.rows, check.row_id) == (False, 0, 5)


def test_a_deleted_head_is_found(five, db_path):
    tamper(db_path, "DELETE FROM audit_head")
    assert not five.verify().ok


def test_a_renumbered_row_is_found(five, db_path):
    tamper(db_path, "DELETE FROM audit WHERE id = 3")
    tamper(db_path, "UPDATE audit SET id = 3 WHERE id = 4")
    assert five.verify().row_id == 3


@pytest.mark.parametrize(
    "value",
    [
        "5550100199",
        "+15550100199",
        "+1 555 010 0199",
        "(555) 010-0199",
        "555-010-0199",
        "555.010.0199",
        "call 010-0199",
        "1234567",
        5550100199,
    ],
)
def test_a_detail_that_looks_like_a_phone_number_is_refused(audit, db_path, value):
    with pytest.raises(ValueError, match="phone") as refused:
        audit.record("status_change", "Ana", {"note": value})
    assert str(value)[-4:] not in str(refused.value)
    assert on_disk(db_path, "SELECT count(*) FROM audit") == [(0,)]


def test_an_actor_that_looks_like_a_phone_number_is_refused(audit, db_path):
    with pytest.raises(ValueError, match="phone"):
        audit.record("pin_failed", "5550100199")
    assert on_disk(db_path, "SELECT count(*) FROM audit") == [(0,)]


@pytest.mark.parametrize(
    "detail",
    [
        {"request": REQUEST_ID},  # a request id, even one rich in digits
        {"count": 123456},
        {"before": "2026-10-27T12:00:00.000Z"},
        {"file": "callbacks-2026-11-26-2210.csv"},
        {"format": "xlsx", "rows": 0},
    ],
)
def test_ids_times_counts_and_file_names_are_fine(audit, detail):
    audit.record("export", "Ana", detail)
    assert audit.rows()[0]["detail"] == detail


@pytest.mark.parametrize(
    ("action", "actor", "detail"),
    [
        ("delete_everything", "Ana", None),
        ("unlock", "", None),
        ("unlock", "x" * 81, None),
        ("unlock", "Ana\n", None),
        ("export", "Ana", {"Rows": 1}),
        ("export", "Ana", {"ok": True}),
        ("export", "Ana", {"rows": 1.5}),
        ("export", "Ana", {"note": "x" * 201}),
    ],
)
def test_malformed_rows_are_refused(audit, db_path, action, actor, detail):
    with pytest.raises(ValueError):
        audit.record(action, actor, detail)
    assert on_disk(db_path, "SELECT count(*) FROM audit") == [(0,)]


def test_the_log_survives_reopening(db_path):
    with Store.open(db_path) as store:
        Audit(store).record("unlock", "Ana")
    with Store.open(db_path) as store:
        audit = Audit(store)
        audit.record("lock", "Ana")
        assert audit.verify() == AuditCheck(ok=True, rows=2)


@pytest.mark.parametrize(
    "value",
    [
        "555 010 0199",
        "555_010_0199",
        "callbacks-555_010_0199.csv",
        "5 5 5 0 1 0 0 1 9 9",
        "5.5.5.0.1.0.0.1.9.9",
        "555--010--0199",
        "list (555)/010_0199.csv",
        "\uff15\uff15\uff15\uff10\uff11\uff10\uff10\uff11\uff19\uff19",  # full-width digits
    ],
)
def test_digits_are_joined_whatever_separates_them(audit, db_path, value):
    with pytest.raises(ValueError, match="phone"):
        audit.record("export", "Ana", {"file": value})
    assert on_disk(db_path, "SELECT count(*) FROM audit") == [(0,)]


def test_a_spaced_number_in_an_export_file_name_is_left_out_of_the_detail():
    from kiosk.staff.exports import audit_detail

    detail = audit_detail("csv", 3, "calls 555_010_0199.csv", None, None)
    assert detail == {"format": "csv", "rows": 3}
