"""The audit log (R15): one row per event, a hash chain that shows edits and deletions."""

import contextlib
import datetime as dt
import hashlib
import json
import logging
import sqlite3

import pytest

from kiosk.staff import ACTIONS, Audit, AuditCheck
from kiosk.staff.audit import GENESIS_HASH, chain_hash
from kiosk.staff.audit_seal import seal
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


# --- R26: a key outside the database, and an anchor outside it -------------------------------


def rechain_from(db_path, first, *, actor="Bo", key=None):
    """Edit row ``first`` and recompute every hash after it and the head, as a forger would.

    With ``key`` (someone who also read audit.key) the seals are recomputed too.
    """
    rows = on_disk(
        db_path, "SELECT id, at, action, actor, detail, prev_hash FROM audit ORDER BY id"
    )
    previous = None
    with contextlib.closing(sqlite3.connect(db_path, isolation_level=None)) as conn:
        for row_id, at, action, who, detail, prev_hash in rows:
            if row_id < first:
                continue
            prev_hash = previous or prev_hash
            who = actor if row_id == first else who
            row_hash = chain_hash(prev_hash, row_id, at, action, who, json.loads(detail))
            mac = seal(key, row_hash) if key else "0" * 64
            conn.execute(
                "UPDATE audit SET actor = ?, prev_hash = ?, row_hash = ?, row_mac = ? "
                "WHERE id = ?",
                [who, prev_hash, row_hash, mac, row_id],
            )
            previous = row_hash
        conn.execute("UPDATE audit_head SET row_hash = ?", [previous])


def test_emptying_both_tables_is_found_through_the_anchor(five, db_path):
    tamper(db_path, "DELETE FROM audit")
    tamper(db_path, "DELETE FROM audit_head")
    check = five.verify()
    assert (check.ok, check.rows, check.row_id) == (False, 0, 5)
    assert check.problem == "rows 1 to 5 deleted: the anchor file records row 5"


def test_deleting_the_last_rows_and_repointing_the_head_is_found(five, db_path):
    ((row_hash,),) = on_disk(db_path, "SELECT row_hash FROM audit WHERE id = 3")
    tamper(db_path, "DELETE FROM audit WHERE id > 3")
    tamper(db_path, "UPDATE audit_head SET last_id = 3, row_hash = ?", [row_hash])
    check = five.verify()
    assert (check.ok, check.row_id) == (False, 5)
    assert "rows 4 to 5 deleted" in check.problem


def test_an_edited_and_rechained_row_is_found_without_the_key(five, db_path):
    rechain_from(db_path, 3)
    check = five.verify()
    assert (check.ok, check.row_id) == (False, 3)
    assert "not sealed with this kiosk's audit key" in check.problem


def test_rechaining_with_the_key_is_still_found_through_the_anchor(five, db_path):
    rechain_from(db_path, 3, key=bytes.fromhex((db_path.parent / "audit.key").read_text()))
    check = five.verify()
    assert (check.ok, check.row_id) == (False, 3)
    assert check.problem == "row 3 differs from the anchor file (rewritten)"


def test_a_row_added_by_hand_is_found(five, db_path):
    ((last,),) = on_disk(db_path, "SELECT row_hash FROM audit WHERE id = 5")
    forged = chain_hash(last, 6, "2026-11-26T13:00:00.000Z", "unlock", "Ana", {})
    tamper(
        db_path,
        "INSERT INTO audit VALUES (6, '2026-11-26T13:00:00.000Z', 'unlock', 'Ana', '{}', ?, ?, ?)",
        [last, forged, "0" * 64],
    )
    tamper(db_path, "UPDATE audit_head SET last_id = 6, row_hash = ?", [forged])
    assert five.verify().row_id == 6


def test_a_seal_removed_is_found(five, db_path):
    tamper(db_path, "UPDATE audit SET row_mac = NULL WHERE id = 2")
    check = five.verify()
    assert (check.ok, check.row_id) == (False, 2)
    assert "no seal" in check.problem


def test_a_replaced_anchor_file_is_found(five, db_path):
    anchor = db_path.parent / "audit.anchor"
    anchor.unlink()
    assert "anchor file" in five.verify().problem
    five.record("lock", "Ana")  # a new anchor starts at row 6
    check = five.verify()
    assert (check.ok, check.row_id) == (False, 6)
    assert "starts at row 6" in check.problem


def test_a_missing_key_is_named(five, db_path):
    (db_path.parent / "audit.key").unlink()
    check = five.verify()
    assert not check.ok
    assert "audit.key is missing" in check.problem


def test_the_key_is_made_private_with_a_warning_and_each_head_is_logged(audit, db_path, caplog):
    caplog.set_level("INFO")
    audit.record("unlock", "Ana")
    key = db_path.parent / "audit.key"
    assert oct(key.stat().st_mode & 0o777) == "0o600"
    assert "no audit key" in caplog.text
    ((row_hash,),) = on_disk(db_path, "SELECT row_hash FROM audit")
    assert (db_path.parent / "audit.anchor").read_text() == f"1 {row_hash}\n"
    assert f"head is row 1 {row_hash}" in caplog.text


def test_a_rolled_back_row_leaves_no_anchor_line(audit, store, db_path):
    audit.record("unlock", "Ana")
    with pytest.raises(RuntimeError), store.writing("test") as db:
        audit.append(db, "lock", "Ana")
        raise RuntimeError("the action failed")
    assert len((db_path.parent / "audit.anchor").read_text().splitlines()) == 1
    assert audit.verify() == AuditCheck(ok=True, rows=1)


def test_a_last_anchor_line_cut_off_by_a_crash_is_not_tampering(five, db_path):
    with (db_path.parent / "audit.anchor").open("a") as anchor:
        anchor.write("6 ab")
    assert five.verify().ok


def test_rows_from_before_the_key_are_sealed_at_the_first_write(five, db_path, caplog):
    caplog.set_level(logging.WARNING)  # this test expects a logged warning
    # A log as the previous release left it: no seals, no anchor, no key.
    tamper(db_path, "UPDATE audit SET row_mac = NULL")
    (db_path.parent / "audit.anchor").unlink()
    (db_path.parent / "audit.key").unlink()
    assert five.verify() == AuditCheck(ok=True, rows=5)

    upgraded = Audit(five.store, clock=lambda: T0)
    upgraded.record("lock", "Ana")
    assert upgraded.verify() == AuditCheck(ok=True, rows=6)
    anchored = (db_path.parent / "audit.anchor").read_text().splitlines()
    assert [int(line.split()[0]) for line in anchored] == [1, 2, 3, 4, 5, 6]
    assert on_disk(db_path, "SELECT count(*) FROM audit WHERE row_mac IS NULL") == [(0,)]
