"""The metrics file IT's monitoring reads: the queue as it is, atomically, with no patient data."""

from __future__ import annotations

import logging

from prometheus_client.parser import text_string_to_metric_families

from kiosk.sync.attempt import RETRY
from kiosk.sync.configured import make_drainer
from tests.unit.sync.conftest import make_request
from tests.unit.sync.test_drain import Recording
from tests.unit.sync.test_tombstone import settings_with


def read(path) -> dict[str, float]:
    families = text_string_to_metric_families(path.read_text(encoding="utf-8"))
    return {s.name: s.value for family in families for s in family.samples}


def test_the_metrics_file_shows_what_waits_and_when_the_last_delivery_was(store, clock, tmp_path):
    metrics_file = tmp_path / "kiosk.prom"
    s = settings_with(tmp_path, metrics_file=metrics_file, sync_target="folder")
    for n in range(3):
        store.save_request(make_request(n), now=clock())
    clock.advance(600)
    d = make_drainer(store, s, clock=clock, target=Recording(RETRY))
    d.drain()
    d.after_send()  # what the worker does when it goes idle
    waiting = read(metrics_file)
    assert waiting["io_kiosk_sync_pending"] == 3
    assert waiting["io_kiosk_sync_oldest_pending_age_seconds"] == 600
    assert waiting["io_kiosk_sync_last_success_timestamp_seconds"] == 0
    assert waiting["io_kiosk_sync_paused"] == 0

    clock.advance(3600)
    d.drain()
    done = read(metrics_file)
    assert done["io_kiosk_sync_pending"] == 0
    assert done["io_kiosk_sync_delivered"] == 3
    assert done["io_kiosk_sync_last_success_timestamp_seconds"] == clock().timestamp()
    assert done["io_kiosk_requests_stored"] == 3
    text = metrics_file.read_text(encoding="utf-8")
    assert "555" not in text and "Ana" not in text
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("kiosk.prom")] == [
        "kiosk.prom"
    ]  # no temporary file left


def test_a_metrics_file_that_cannot_be_written_is_logged_not_fatal(store, clock, tmp_path, caplog):
    caplog.set_level(logging.WARNING)
    s = settings_with(tmp_path, metrics_file=tmp_path / "absent" / "kiosk.prom")
    store.save_request(make_request(), now=clock())
    d = make_drainer(store, s, clock=clock, target=Recording())
    assert [step.outcome for step in d.drain()] == ["sent"]
    assert "metrics: cannot write" in caplog.text
