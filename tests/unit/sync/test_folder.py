"""The folder target: one complete file per request, never overwritten, same document (R7)."""

from __future__ import annotations

import json
import os

import jsonschema

from kiosk.store.outbox import Outbox
from kiosk.sync import document
from kiosk.sync.attempt import RETRY, SENT
from kiosk.sync.folder import FolderTarget
from kiosk.sync.worker import Drainer
from tests.unit.sync.conftest import make_request


def test_each_request_becomes_one_file_holding_the_webhooks_document(store, clock, tmp_path):
    drop = tmp_path / "share"
    drop.mkdir()
    ids = [store.save_request(make_request(n), now=clock()) for n in range(3)]
    Drainer(Outbox(store), FolderTarget(drop), clock=clock).drain()
    assert sorted(p.name for p in drop.iterdir()) == sorted(f"{i}.json" for i in ids)
    validator = jsonschema.Draft202012Validator(document.schema())
    for request_id in ids:
        written = json.loads((drop / f"{request_id}.json").read_bytes())
        validator.validate(written)
        assert written == document.build(store.get_request(request_id))


def test_sending_again_never_overwrites_and_counts_as_delivered(store, clock, tmp_path):
    drop = tmp_path / "share"
    drop.mkdir()
    request_id = store.save_request(make_request(), now=clock())
    body = document.build(store.get_request(request_id))
    target = FolderTarget(drop)
    assert target.deliver(request_id, body).outcome == SENT
    (drop / f"{request_id}.json").write_text("the clinic's copy", encoding="utf-8")
    for _ in range(2):
        assert target.deliver(request_id, body).outcome == SENT
    assert (drop / f"{request_id}.json").read_text(encoding="utf-8") == "the clinic's copy"
    assert os.listdir(drop) == [f"{request_id}.json"]  # no temporary file left behind


def test_a_folder_that_is_not_mounted_is_waited_for(store, clock, tmp_path):
    store.save_request(make_request(), now=clock())
    drop = tmp_path / "usb"
    d = Drainer(Outbox(store), FolderTarget(drop), clock=clock)
    assert [s.outcome for s in d.drain()] == [RETRY]
    assert "is not there" in Outbox(store).status().last_error
    drop.mkdir()
    clock.advance(3600)
    assert [s.outcome for s in d.drain()] == [SENT]
    assert len(list(drop.iterdir())) == 1


def test_a_written_file_is_complete_and_private(store, clock, tmp_path):
    drop = tmp_path / "share"
    drop.mkdir()
    request_id = store.save_request(make_request(), now=clock())
    Drainer(Outbox(store), FolderTarget(drop), clock=clock).drain()
    final = drop / f"{request_id}.json"
    assert final.stat().st_mode & 0o077 == 0
    assert json.loads(final.read_bytes())["id"] == request_id
