"""The audit log as staff read it: names, masked numbers and times, never ids (issue 13)."""

from kiosk.qml.staff_audit import audit_entries

REQUEST_ID = "b7d3c1e2-0000-4000-8000-000000000001"
STORED = {REQUEST_ID: {"phone_e164": "+12025550143", "created_at": "2026-11-26T19:05:30.123Z"}}


def row(action, actor, detail=None):
    return {
        "id": 7,
        "at": "2026-11-27T15:30:00.000Z",
        "action": action,
        "actor": actor,
        "detail": detail,
    }


def entries(*rows):
    return audit_entries(rows, STORED.get, "US")


def test_a_request_is_named_by_its_masked_number_and_time_not_its_id():
    (entry,) = entries(row("status_change", "Maria", {"request": REQUEST_ID, "status": "called"}))
    assert entry["request"] == "(202) \u2022\u2022\u2022-\u2022\u202243"
    assert entry["requestTime"].startswith("2026-11-2")
    assert entry["actor"] == "Maria" and entry["actorKind"] == "staff"
    assert entry["status"] == "called"
    assert REQUEST_ID not in repr(entry)
    assert "555" not in repr(entry)


def test_a_purged_request_is_said_to_be_gone():
    (entry,) = entries(row("status_change", "Maria", {"request": "gone-id", "status": "done"}))
    assert entry["requestGone"] == "1"
    assert "gone-id" not in repr(entry)


def test_who_acted_when_it_was_not_a_staff_member():
    cli, schedule, unknown = entries(
        row("export", "cli:ana", {"format": "csv", "rows": 3}),
        row("purge", "schedule", {"count": 2, "retention_days": 30}),
        row("pin_failed", "(unknown name)", {"reason": "unknown_name"}),
    )
    assert (cli["actorKind"], cli["actor"], cli["rows"]) == ("cli", "ana", "3")
    assert (schedule["actorKind"], schedule["count"]) == ("schedule", "2")
    assert (unknown["actorKind"], unknown["reason"]) == ("unknown", "unknown_name")


def test_a_damaged_row_without_detail_still_reads():
    (entry,) = entries(row("lock", "Maria", None))
    assert entry["action"] == "lock" and entry["request"] == ""
