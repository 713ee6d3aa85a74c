"""`kiosk sync` and `kiosk demo-requests` as IT uses them, and the doctor's sync check."""

from __future__ import annotations

import json
import logging
import sqlite3

import pytest

from kiosk.cli import main as cli
from kiosk.staff.audit import Audit
from kiosk.store import Store
from kiosk.store.outbox import Outbox
from tests.unit.cli.test_main import run_kiosk
from tests.unit.sync.receiver import tls_server


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("KIOSK_DATA_DIR", str(data))
    monkeypatch.setenv("KIOSK_FULLSCREEN", "false")
    return data


@pytest.fixture
def webhook(tmp_path, monkeypatch, data_dir):
    served = tls_server(tmp_path)
    monkeypatch.setenv("KIOSK_SYNC_TARGET", "webhook")
    monkeypatch.setenv("KIOSK_SYNC_URL", served.url)
    monkeypatch.setenv("KIOSK_SYNC_TOKEN_FILE", str(served.token_file))
    monkeypatch.setenv("KIOSK_SYNC_CA_FILE", str(served.ca_file))
    yield served
    served.server.clear()
    if served.server.is_running():
        served.server.stop()


def requests_in(receiver):
    """The requests the receiver holds, without the audit heads sent after each batch."""
    return [r for r in receiver.records.values() if r.get("schema") != "io-kiosk/audit-head/1"]


def kiosk(capsys, *args):
    code = cli.main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_demo_requests_go_through_the_save_path_with_fictional_numbers(data_dir, capsys):
    code, out, _ = kiosk(capsys, "demo-requests", "5")
    assert code == 0 and "saved 5 demo request(s)" in out
    with Store.open(data_dir / "kiosk.db") as store:
        rows = store.requests()
        demo_rows = [r for r in Audit(store).rows() if r["action"] == "demo_request"]
        assert Outbox(store).status().pending == 5
    assert sorted(r["phone_e164"] for r in rows) == [f"+1212555{n:04d}" for n in range(100, 105)]
    assert {r["detail"]["request_id"] for r in demo_rows} == {r["id"] for r in rows}
    assert all(len(r["consent_sha256"]) == 64 for r in rows)


def test_demo_requests_refuse_in_kiosk_mode_unless_forced(data_dir, capsys, monkeypatch):
    monkeypatch.setenv("KIOSK_FULLSCREEN", "true")
    code, _, err = kiosk(capsys, "demo-requests", "3")
    assert code == 2
    assert err.count("\n") == 1 and "kiosk mode" in err and "--force" in err
    assert not (data_dir / "kiosk.db").exists()
    code, _out, _ = kiosk(capsys, "demo-requests", "3", "--force")
    assert code == 0


def test_demo_requests_outside_the_fictional_range_are_refused(data_dir, capsys):
    code, _, err = kiosk(capsys, "demo-requests", "101")
    assert code == 2 and "1 to 100" in err


def test_sync_run_once_delivers_and_status_says_so(webhook, capsys):
    kiosk(capsys, "demo-requests", "3")
    code, out, _ = kiosk(capsys, "sync", "status")
    assert "waiting to be sent: 3" in out and "last success: never" in out
    code, out, _ = kiosk(capsys, "sync", "run", "--once")
    assert code == 0
    assert "sent 3, parked 0" in out
    assert len(requests_in(webhook.receiver)) == 3
    code, out, _ = kiosk(capsys, "sync", "status", "--json")
    report = json.loads(out)
    assert report["pending"] == 0 and report["sent"] == 3 and report["target"] == "webhook"
    assert report["last_success_at"]


def test_a_parked_request_is_shown_with_its_reason_and_retried_by_id(webhook, capsys, caplog):
    caplog.set_level(logging.WARNING)
    kiosk(capsys, "demo-requests", "2")
    webhook.receiver.then(422)
    kiosk(capsys, "sync", "run", "--once")
    code, out, _ = kiosk(capsys, "sync", "status")
    assert "parked for staff: 1" in out
    assert "answered 422: it refused this request" in out
    status = json.loads(kiosk(capsys, "sync", "status", "--json")[1])
    (parked,) = status["parked_requests"]
    code, out, _ = kiosk(capsys, "sync", "retry", parked["request_id"])
    assert code == 0
    kiosk(capsys, "sync", "run", "--once")
    assert len(requests_in(webhook.receiver)) == 2
    code, _, err = kiosk(capsys, "sync", "retry", parked["request_id"])
    assert code == 2 and "no parked request" in err


def test_a_pause_makes_run_once_fail_and_doctor_warn_until_resumed(webhook, capsys, caplog):
    caplog.set_level(logging.WARNING)
    kiosk(capsys, "demo-requests", "1")
    webhook.receiver.then(401)
    code, out, err = kiosk(capsys, "sync", "run", "--once")
    assert code == 2 and "paused" in err and "token or access was refused" in err
    code, out, _ = kiosk(capsys, "doctor")
    (line,) = [line for line in out.splitlines() if "] sync:" in line]
    assert "warning" in line and "PAUSED" in line
    code, out, _ = kiosk(capsys, "sync", "resume")
    assert code == 0 and "resumed" in out
    code, out, _ = kiosk(capsys, "sync", "run", "--once")
    assert code == 0 and len(requests_in(webhook.receiver)) == 1


def test_doctor_warns_about_an_open_token_file_and_a_request_waiting_too_long(
    webhook, capsys, data_dir
):
    kiosk(capsys, "demo-requests", "1")
    with sqlite3.connect(data_dir / "kiosk.db") as db:
        db.execute("UPDATE requests SET created_at = '2026-01-01T00:00:00.000Z'")
    webhook.token_file.chmod(0o644)
    _code, out, _ = kiosk(capsys, "doctor", "--json")
    (check,) = [c for c in json.loads(out)["checks"] if c["name"] == "sync"]
    assert check["status"] == "warning"
    assert "chmod 600" in check["detail"]
    assert "the oldest request has waited" in check["detail"]
    assert "test-token" not in out  # the token itself is never shown


def test_doctor_says_sync_is_off_by_default(data_dir, capsys):
    _code, out, _ = kiosk(capsys, "doctor", "--json")
    (check,) = [c for c in json.loads(out)["checks"] if c["name"] == "sync"]
    assert check["status"] == "ok" and "off" in check["detail"]


def test_sync_run_without_a_target_is_one_line_exit_2(data_dir, capsys):
    code, _, err = kiosk(capsys, "sync", "run", "--once")
    assert code == 2 and err.strip() == (
        'kiosk sync run: sync_target is "none": there is nowhere to send requests'
    )


def test_sync_help_lists_its_actions():
    result = run_kiosk("sync", "--help")
    assert result.returncode == 0
    for action in ("run", "status", "retry", "resume"):
        assert action in result.stdout
