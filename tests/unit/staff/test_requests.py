"""Staff marking requests: the change is made and audited once, by request id, never by number."""

import datetime as dt
import uuid

import pytest

from kiosk.callbacks import new_request, record_consent
from kiosk.staff import Audit, change_status

NOW = dt.datetime(2026, 11, 26, 12, 0, 0, tzinfo=dt.UTC)
PHONE = "+14155552671"


@pytest.fixture
def audit(store):
    return Audit(store, clock=lambda: NOW)


@pytest.fixture
def request_id(store):
    return store.save_request(
        new_request(
            phone_e164=PHONE,
            first_name="Ana",
            best_time="morning",
            language="en",
            topics=("y90",),
            consent=record_consent("I agree to be called.", "v1", "lobby-1", now=NOW),
        ),
        now=NOW,
    )


def test_a_status_change_is_made_and_audited_once(store, audit, request_id):
    assert change_status(store, audit, request_id, "called", "Bo")
    saved = store.get_request(request_id)
    assert (saved["status"], saved["status_changed_by"]) == ("called", "Bo")
    (row,) = audit.rows()
    assert (row["action"], row["actor"]) == ("status_change", "Bo")
    assert row["detail"] == {"request": request_id, "status": "called"}
    assert PHONE[2:] not in repr(audit.rows())


def test_not_reached_keeps_the_request_open_and_records_the_try(store, audit, request_id):
    later = NOW + dt.timedelta(hours=1)
    assert change_status(store, audit, request_id, "called", "Bo", "not_reached", now=later)
    saved = store.get_request(request_id)
    assert saved["status"] == "new"
    assert saved["status_changed_at"] == "2026-11-26T13:00:00.000Z"
    assert audit.rows()[0]["detail"] == {
        "request": request_id,
        "status": "new",
        "outcome": "not_reached",
    }


def test_an_unknown_request_changes_and_audits_nothing(store, audit, request_id):
    assert not change_status(store, audit, str(uuid.uuid4()), "done", "Bo")
    assert audit.rows() == []
    assert store.get_request(request_id)["status"] == "new"


@pytest.mark.parametrize(
    ("status", "outcome"), [("closed", None), ("done", "not_reached"), ("called", "busy")]
)
def test_bad_changes_are_refused_before_anything_is_written(
    store, audit, request_id, status, outcome
):
    with pytest.raises(ValueError):
        change_status(store, audit, request_id, status, "Bo", outcome)
    assert audit.rows() == []
    assert store.get_request(request_id)["status"] == "new"


def test_a_request_id_full_of_digits_can_still_be_audited(store, audit, monkeypatch):
    # uuid4 hex is mostly digits; a run of seven happens in about one id in five.
    digits = uuid.UUID("12345678-9012-4345-8678-901234567890")
    monkeypatch.setattr("kiosk.store.requests.uuid.uuid4", lambda: digits)
    request_id = store.save_request(
        new_request(
            phone_e164=PHONE,
            first_name="Ana",
            best_time="morning",
            language="en",
            topics=("y90",),
            consent=record_consent("I agree to be called.", "v1", "lobby-1", now=NOW),
        )
    )
    assert change_status(store, audit, request_id, "done", "Bo")
    assert audit.rows()[0]["detail"]["request"] == str(digits)


def test_a_change_whose_audit_row_fails_is_not_made(store, audit, request_id, monkeypatch):
    """R15: a status change and its audit row commit together, or not at all."""

    def broken_append(*args, **kwargs):
        raise RuntimeError("disk gave out while auditing")

    monkeypatch.setattr(audit, "append", broken_append)
    with pytest.raises(RuntimeError):
        change_status(store, audit, request_id, "done", "Maria")
    assert store.get_request(request_id)["status"] == "new"
