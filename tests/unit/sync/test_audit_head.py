"""The audit head goes to the target after each batch, as a document of its own (R26)."""

from __future__ import annotations

import json
import logging

import jsonschema

from kiosk.settings import load
from kiosk.staff.audit import Audit
from kiosk.store.outbox import Outbox
from kiosk.sync import document
from kiosk.sync.attempt import RETRY, SENT, Attempt
from kiosk.sync.configured import make_drainer
from kiosk.sync.folder import FolderTarget
from tests.unit.sync.conftest import make_request

KIOSK = "lobby-1"


def settings_for(tmp_path, drop, **values):
    env = {
        "KIOSK_DATA_DIR": str(tmp_path / "data"),
        "KIOSK_KIOSK_ID": KIOSK,
        "KIOSK_SYNC_TARGET": "folder",
        "KIOSK_SYNC_FOLDER": str(drop),
        "KIOSK_SYNC_KEEP_DAYS": "7",  # no wipe, so no audit row of the sync's own
    }
    env.update({f"KIOSK_{k.upper()}": str(v) for k, v in values.items()})
    return load(env=env).settings


def head_files(drop):
    return sorted(p.name for p in drop.iterdir() if p.name.startswith("audit-head-"))


def validator():
    schema = document.audit_head_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


class FailingHeads(FolderTarget):
    """The folder target, answering "retry" for audit heads while ``refuse`` is set."""

    def __init__(self, folder) -> None:
        super().__init__(folder)
        self.refuse = True

    def deliver(self, request_id, document):
        if self.refuse and request_id.startswith("audit-head-"):
            return Attempt(RETRY, "the share is busy")
        return super().deliver(request_id, document)


def test_after_a_batch_the_folder_holds_the_audit_head(store, clock, tmp_path):
    drop = tmp_path / "share"
    drop.mkdir()
    audit = Audit(store, clock=clock)
    audit.record("export", "ana")
    audit.record("lock", "ana")
    request_id = store.save_request(make_request(), now=clock())
    d = make_drainer(store, settings_for(tmp_path, drop), clock=clock)
    assert [s.outcome for s in d.drain()] == [SENT]
    assert head_files(drop) == [f"audit-head-{KIOSK}-2.json"]
    written = json.loads((drop / f"audit-head-{KIOSK}-2.json").read_bytes())
    validator().validate(written)
    head_id, row_hash = store.db.execute(
        "SELECT last_id, row_hash FROM audit_head WHERE id = 1"
    ).fetchone()
    row_mac, at = store.db.execute(
        "SELECT row_mac, at FROM audit WHERE id = ?", [head_id]
    ).fetchone()
    assert written == {
        "schema": "io-kiosk/audit-head/1",
        "kiosk_id": KIOSK,
        "head_id": head_id,
        "row_hash": row_hash,
        "row_mac": row_mac,
        "at": at,
    }
    assert row_mac  # the seal is there
    assert (drop / f"{request_id}.json").exists()
    assert Outbox(store).audit_head_sent() == 2


def test_a_batch_without_new_audit_rows_sends_no_new_head(store, clock, tmp_path):
    drop = tmp_path / "share"
    drop.mkdir()
    Audit(store, clock=clock).record("export", "ana")
    d = make_drainer(store, settings_for(tmp_path, drop), clock=clock)
    store.save_request(make_request(0), now=clock())
    d.drain()
    assert head_files(drop) == [f"audit-head-{KIOSK}-1.json"]
    (drop / f"audit-head-{KIOSK}-1.json").unlink()  # a head sent again would show
    store.save_request(make_request(1), now=clock())
    assert [s.outcome for s in d.drain()] == [SENT]
    assert head_files(drop) == []


def test_a_new_audit_row_sends_a_new_head_at_the_next_batch(store, clock, tmp_path):
    drop = tmp_path / "share"
    drop.mkdir()
    audit = Audit(store, clock=clock)
    audit.record("export", "ana")
    d = make_drainer(store, settings_for(tmp_path, drop), clock=clock)
    store.save_request(make_request(0), now=clock())
    d.drain()
    audit.record("lock", "ana")
    assert d.drain() == []  # no batch (nothing delivered): no head yet
    assert head_files(drop) == [f"audit-head-{KIOSK}-1.json"]
    store.save_request(make_request(1), now=clock())
    d.drain()
    assert head_files(drop) == [f"audit-head-{KIOSK}-1.json", f"audit-head-{KIOSK}-2.json"]
    written = json.loads((drop / f"audit-head-{KIOSK}-2.json").read_bytes())
    validator().validate(written)
    head = Audit(store).head()
    assert head is not None
    assert (written["head_id"], written["row_hash"]) == (head.head_id, head.row_hash)


def test_no_audit_rows_no_head(store, clock, tmp_path):
    drop = tmp_path / "share"
    drop.mkdir()
    store.save_request(make_request(), now=clock())
    make_drainer(store, settings_for(tmp_path, drop), clock=clock).drain()
    assert head_files(drop) == []
    assert Outbox(store).audit_head_sent() is None


def test_a_failed_head_leaves_requests_delivered_and_is_tried_at_the_next_batch(
    store, clock, tmp_path, caplog
):
    caplog.set_level(logging.INFO, logger="kiosk.sync.audit_head")
    drop = tmp_path / "share"
    drop.mkdir()
    Audit(store, clock=clock).record("export", "ana")
    target = FailingHeads(drop)
    d = make_drainer(store, settings_for(tmp_path, drop), clock=clock, target=target)
    first = store.save_request(make_request(0), now=clock())
    assert [s.outcome for s in d.drain()] == [SENT]
    assert (drop / f"{first}.json").exists()
    assert head_files(drop) == []
    assert Outbox(store).status().pending == 0
    assert Outbox(store).status().last_error is None  # the head is not a request's error
    assert Outbox(store).audit_head_sent() is None
    (said,) = [r for r in caplog.records if "audit head 1 not delivered" in r.getMessage()]
    assert said.levelno == logging.INFO
    target.refuse = False
    second = store.save_request(make_request(1), now=clock())
    assert [s.outcome for s in d.drain()] == [SENT]
    assert (drop / f"{second}.json").exists()
    assert head_files(drop) == [f"audit-head-{KIOSK}-1.json"]
    assert Outbox(store).audit_head_sent() == 1


def test_a_target_that_raises_for_the_head_does_not_stop_the_requests(store, clock, tmp_path):
    drop = tmp_path / "share"
    drop.mkdir()
    Audit(store, clock=clock).record("export", "ana")

    class Broken(FolderTarget):
        def deliver(self, request_id, document):
            if request_id.startswith("audit-head-"):
                raise RuntimeError("a bug")
            return super().deliver(request_id, document)

    d = make_drainer(store, settings_for(tmp_path, drop), clock=clock, target=Broken(drop))
    ids = [store.save_request(make_request(n), now=clock()) for n in range(2)]
    assert [s.outcome for s in d.drain()] == [SENT, SENT]
    assert sorted(p.name for p in drop.iterdir()) == sorted(f"{i}.json" for i in ids)


def test_the_fhir_target_gets_no_head(store, clock, tmp_path):
    drop = tmp_path / "share"
    drop.mkdir()

    class FhirLike(FolderTarget):
        name = "fhir"

    d = make_drainer(store, settings_for(tmp_path, drop), clock=clock, target=FhirLike(drop))
    assert d.after_batch is None
