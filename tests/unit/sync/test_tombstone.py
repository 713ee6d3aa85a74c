"""After delivery only a tombstone stays: the number and name are wiped, audited (R29)."""

from __future__ import annotations

import pytest

from kiosk.settings import load
from kiosk.staff.audit import Audit
from kiosk.store.outbox import Outbox
from kiosk.sync import tombstone
from kiosk.sync.configured import make_drainer
from tests.unit.sync.conftest import make_request
from tests.unit.sync.test_drain import Recording

NUMBER = b"+12125550100"


def files_holding(db_path, needle: bytes) -> list[str]:
    return [
        p.name
        for p in db_path.parent.iterdir()
        if p.name.startswith("kiosk.db") and needle in p.read_bytes()
    ]


def settings_with(tmp_path, **values):
    env = {"KIOSK_DATA_DIR": str(tmp_path / "data")}
    env.update({f"KIOSK_{k.upper()}": str(v) for k, v in values.items()})
    return load(env=env).settings


def test_with_keep_days_0_a_delivered_number_is_gone_from_every_database_file(
    store, db_path, clock, tmp_path
):
    request_id = store.save_request(make_request(0, name="Zenaida"), now=clock())
    assert files_holding(db_path, NUMBER)
    d = make_drainer(store, settings_with(tmp_path), clock=clock, target=Recording())
    d.drain()
    row = store.get_request(request_id)
    assert row["phone_e164"] == "" and row["first_name"] is None
    assert row["topics"] == ["y90"] and row["created_at"]  # the tombstone
    (wiped_at,) = store.db.execute(
        "SELECT wiped_at FROM outbox WHERE request_id = ?", [request_id]
    ).fetchone()
    assert wiped_at
    assert files_holding(db_path, NUMBER) == []
    assert files_holding(db_path, b"Zenaida") == []
    (entry,) = [r for r in Audit(store).rows() if r["action"] == "sync_wiped"]
    assert entry["detail"] == {"count": 1, "keep_days": 0}
    assert entry["actor"] == "sync"
    assert Audit(store).verify().ok


def test_a_number_is_kept_for_keep_days_after_delivery_then_wiped(store, clock, tmp_path):
    kept = store.save_request(make_request(0), now=clock())
    waiting = store.save_request(make_request(1), now=clock())
    target = Recording()
    d = make_drainer(store, settings_with(tmp_path, sync_keep_days=2), clock=clock, target=target)
    d.drain(limit=1)
    assert target.sent == [kept]
    audit = Audit(store, clock=clock)
    clock.advance(2 * 86400 - 60)
    assert tombstone.wipe(store, audit, 2, now=clock()) == 0
    assert store.get_request(kept)["phone_e164"] == "+12125550100"
    clock.advance(120)
    assert tombstone.wipe(store, audit, 2, now=clock()) == 1
    assert store.get_request(kept)["phone_e164"] == ""
    assert store.get_request(waiting)["phone_e164"] == "+12125550101"  # not delivered: kept
    assert Outbox(store).status().pending == 1


def test_nothing_to_wipe_writes_no_audit_row(store):
    audit = Audit(store)
    assert tombstone.wipe(store, audit, 0) == 0
    assert audit.rows() == []


def test_a_negative_keep_days_is_refused(store):
    with pytest.raises(ValueError):
        tombstone.wipe(store, Audit(store), -1)
