"""The metrics file IT's monitoring reads: the queue as it is, atomically, with no patient data."""

from __future__ import annotations

import datetime as dt
import logging
import shutil

from prometheus_client.parser import text_string_to_metric_families

from kiosk import paths
from kiosk.content import content_version
from kiosk.store.outbox import Outbox
from kiosk.store.requests import delete_done, stamp
from kiosk.sync.attempt import RETRY
from kiosk.sync.configured import make_drainer
from tests.unit.sync.conftest import make_request
from tests.unit.sync.test_drain import Recording
from tests.unit.sync.test_tombstone import settings_with


def read(path) -> dict[str, float]:
    families = text_string_to_metric_families(path.read_text(encoding="utf-8"))
    return {s.name: s.value for family in families for s in family.samples}


def build_labels(path) -> dict[str, str]:
    families = text_string_to_metric_families(path.read_text(encoding="utf-8"))
    return next(s.labels for f in families for s in f.samples if s.name == "io_kiosk_build_info")


def purge_all(store, now: dt.datetime) -> None:
    with store.writing("purge in a test") as db:
        db.execute("UPDATE requests SET status = 'done', status_changed_at = ?", [stamp(now)])
        assert delete_done(db, now + dt.timedelta(seconds=1)) > 0


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


def test_requests_captured_counts_every_save_even_after_a_purge(store, clock, tmp_path):
    metrics_file = tmp_path / "kiosk.prom"
    s = settings_with(tmp_path, metrics_file=metrics_file, sync_target="folder")
    for n in range(3):
        store.save_request(make_request(n), now=clock())
    d = make_drainer(store, s, clock=clock, target=Recording())
    d.drain()
    assert read(metrics_file)["io_kiosk_requests_captured_total"] == 3
    purge_all(store, clock())
    d.after_send()
    after = read(metrics_file)
    assert after["io_kiosk_requests_stored"] == 0
    assert after["io_kiosk_requests_captured_total"] == 3


def test_restarts_counts_each_start(store, clock, tmp_path):
    metrics_file = tmp_path / "kiosk.prom"
    s = settings_with(tmp_path, metrics_file=metrics_file, sync_target="folder")
    d = make_drainer(store, s, clock=clock, target=Recording())
    d.after_send()
    assert read(metrics_file)["io_kiosk_restarts_total"] == 0
    for _ in range(2):
        Outbox(store).count_start()
    d.after_send()
    assert read(metrics_file)["io_kiosk_restarts_total"] == 2


def test_the_build_info_carries_the_content_version_of_the_packs_loaded(store, clock, tmp_path):
    content = tmp_path / "content"
    shutil.copytree(paths.bundled_content_dir(), content)
    metrics_file = tmp_path / "kiosk.prom"
    s = settings_with(
        tmp_path, metrics_file=metrics_file, sync_target="folder", content_dir=content
    )
    make_drainer(store, s, clock=clock, target=Recording()).after_send()
    before = build_labels(metrics_file)["content_version"]
    assert before == content_version(content, s.languages)
    assert len(before) == 12 and int(before, 16) >= 0

    edited = sorted((content / s.languages[0]).glob("*.toml"))[0]
    edited.write_bytes(edited.read_bytes() + b"\n# edited\n")
    make_drainer(store, s, clock=clock, target=Recording()).after_send()
    after = build_labels(metrics_file)["content_version"]
    assert after != before
    assert content_version(content, s.languages) == after
    assert content_version(content, list(reversed(s.languages))) == after  # order-free
