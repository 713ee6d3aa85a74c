"""The webhook target against a real TLS server on loopback: R7 (exactly once) and R8 (errors).

The receiver (``receiver.py``) keeps one record per Idempotency-Key, as a
clinic's integration engine does; every test counts what the clinic holds.
"""

from __future__ import annotations

import random

import pytest
import trustme

from kiosk.store.outbox import Outbox
from kiosk.sync import document
from kiosk.sync.attempt import PARK, PAUSE, RETRY, SENT
from kiosk.sync.webhook import SyncConfigError, WebhookTarget, check_url, read_token
from kiosk.sync.worker import BASE_SECONDS, Drainer
from tests.unit.sync.conftest import make_request
from tests.unit.sync.receiver import DROP, HOLD


def target_for(served, **kwargs):
    return WebhookTarget(served.url, served.token_file, served.ca_file, **kwargs)


def drainer(store, served, clock, **kwargs):
    return Drainer(Outbox(store), target_for(served, **kwargs), clock=clock, rng=random.Random(1))


def test_one_request_arrives_with_its_idempotency_key_and_token(store, served, clock):
    request_id = store.save_request(make_request(), now=clock())
    steps = drainer(store, served, clock).drain()
    assert [s.outcome for s in steps] == [SENT]
    assert list(served.receiver.records) == [request_id]
    record = served.receiver.records[request_id]
    assert record["phone_e164"] == "+12125550100"
    assert record["id"] == request_id
    headers = served.receiver.headers[0]
    assert headers["Idempotency-Key"] == request_id
    assert headers["Content-Type"] == "application/json"
    assert Outbox(store).status().pending == 0


def test_r7_three_sends_one_of_them_committed_with_the_answer_lost_give_one_record(
    store, served, clock
):
    """Sent, committed-but-answer-lost, and sent again: the clinic holds one record."""
    request_id = store.save_request(make_request(), now=clock())
    target = target_for(served)
    body = document.build(store.get_request(request_id))
    served.receiver.then(DROP)
    lost = target.deliver(request_id, body)
    assert lost.outcome == RETRY  # the kiosk cannot know the server committed
    assert target.deliver(request_id, body).outcome == SENT
    assert target.deliver(request_id, body).outcome == SENT
    assert served.receiver.posts == 3
    assert list(served.receiver.records) == [request_id]
    assert served.receiver.conflicts == 0


def test_r7_through_the_drain_a_lost_answer_is_sent_again_and_counted_once(store, served, clock):
    ids = [store.save_request(make_request(n), now=clock()) for n in range(3)]
    served.receiver.then(None, DROP)  # the second request: committed, answer lost
    d = drainer(store, served, clock)
    d.drain()
    clock.advance(3600)
    d.drain()
    assert list(served.receiver.records) == ids  # in order, each once
    assert served.receiver.posts == 4
    assert Outbox(store).status().sent == 3


def test_r8_503_then_201_is_retried_after_a_backoff(store, served, clock):
    request_id = store.save_request(make_request(), now=clock())
    served.receiver.then(503)
    d = drainer(store, served, clock)
    assert [s.outcome for s in d.drain()] == [RETRY]
    status = Outbox(store).status()
    assert status.pending == 1
    assert status.last_error == "the clinic's server answered 503"
    assert d.step().outcome == "waiting"  # not hammered at once
    clock.advance(BASE_SECONDS * 2)
    assert [s.outcome for s in d.drain()] == [SENT]
    assert list(served.receiver.records) == [request_id]


def test_r8_429_with_retry_after_waits_at_least_that_long(store, served, clock):
    store.save_request(make_request(), now=clock())
    served.receiver.then((429, {"Retry-After": "120"}))
    d = drainer(store, served, clock)
    d.drain()
    clock.advance(119)
    assert d.step().outcome == "waiting"
    assert served.receiver.posts == 1
    clock.advance(2)
    assert [s.outcome for s in d.drain()] == [SENT]
    assert len(served.receiver.records) == 1


def test_r8_400_parks_the_request_with_its_reason_and_the_queue_goes_on(
    store, served, clock, expect_warnings
):
    bad = store.save_request(make_request(0), now=clock())
    good = store.save_request(make_request(1), now=clock())
    served.receiver.then(400)
    outbox = Outbox(store)
    d = drainer(store, served, clock)
    assert [s.outcome for s in d.drain()] == [PARK, SENT]
    assert list(served.receiver.records) == [good]
    (parked,) = outbox.parked()
    assert parked.request_id == bad
    assert parked.reason == "the clinic's server answered 400: it refused this request"
    assert f"request {bad} parked for staff" in expect_warnings.text
    clock.advance(10 * 86400)
    assert d.drain() == []  # never retried in a loop
    assert served.receiver.posts == 2
    assert outbox.retry(bad)  # staff: "Try again"
    assert [s.outcome for s in d.drain()] == [SENT]
    assert list(served.receiver.records) == [good, bad]


def test_r8_401_pauses_the_whole_target_until_it_is_resumed(
    store, served, clock, expect_warnings, tmp_path
):
    store.save_request(make_request(0), now=clock())
    store.save_request(make_request(1), now=clock())
    served.token_file.write_text("a-revoked-token\n", encoding="utf-8")
    outbox = Outbox(store)
    d = drainer(store, served, clock)
    assert [s.outcome for s in d.drain()] == [PAUSE]
    assert "token or access was refused" in outbox.paused()
    clock.advance(30 * 86400)
    assert d.drain() == []
    assert served.receiver.posts == 1  # nothing more sent while paused
    served.token_file.write_text("test-token-0123\n", encoding="utf-8")
    assert outbox.resume()
    assert [s.outcome for s in d.drain()] == [SENT, SENT]
    assert len(served.receiver.records) == 2


def test_r8_a_certificate_from_another_ca_fails_closed(
    store, served, clock, expect_warnings, tmp_path
):
    other_ca = tmp_path / "other-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(other_ca))
    store.save_request(make_request(), now=clock())
    target = WebhookTarget(served.url, served.token_file, other_ca)
    d = Drainer(Outbox(store), target, clock=clock)
    assert [s.outcome for s in d.drain()] == [PAUSE]
    assert "certificate could not be verified" in Outbox(store).paused()
    assert served.receiver.records == {}
    assert "target paused until IT acts" in expect_warnings.text


def test_r8_no_ca_file_means_the_system_authorities_which_do_not_know_a_private_ca(
    store, served, clock, expect_warnings
):
    store.save_request(make_request(), now=clock())
    target = WebhookTarget(served.url, served.token_file, None)
    assert Drainer(Outbox(store), target, clock=clock).step().outcome == PAUSE
    assert served.receiver.records == {}


def test_a_server_that_is_down_is_retried_not_paused(store, served, clock):
    store.save_request(make_request(), now=clock())
    served.server.stop()
    d = drainer(store, served, clock)
    assert [s.outcome for s in d.drain()] == [RETRY]
    assert Outbox(store).status().last_error == "the clinic's server could not be reached"
    assert Outbox(store).paused() is None


def test_a_slow_answer_times_out_and_is_retried(store, served, clock):
    store.save_request(make_request(), now=clock())
    served.receiver.then(HOLD)
    d = drainer(store, served, clock, read_seconds=0.3)
    try:
        assert [s.outcome for s in d.drain()] == [RETRY]
    finally:
        served.receiver.release.set()
    assert Outbox(store).status().last_error == "the clinic's server did not answer in time"


@pytest.mark.parametrize(
    "url",
    ["http://clinic.example/hook", "ftp://127.0.0.1/x", "https://user:pw@clinic.example/", "x"],
)
def test_urls_the_kiosk_must_not_post_to_are_refused(url):
    with pytest.raises(SyncConfigError, match="sync_url"):
        check_url(url)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080/x", "http://[::1]/x", "http://localhost/"])
def test_plain_http_is_allowed_to_loopback(url):
    assert check_url(url) == url


def test_a_token_file_others_can_read_pauses_and_sends_nothing(
    store, served, clock, expect_warnings
):
    store.save_request(make_request(), now=clock())
    served.token_file.chmod(0o640)
    with pytest.raises(SyncConfigError, match="chmod 600"):
        read_token(served.token_file)
    assert drainer(store, served, clock).step().outcome == PAUSE
    assert served.receiver.posts == 0
    assert "chmod 600" in Outbox(store).paused()


def test_a_missing_token_file_pauses(store, served, clock, expect_warnings, tmp_path):
    store.save_request(make_request(), now=clock())
    target = WebhookTarget(served.url, tmp_path / "absent", served.ca_file)
    assert Drainer(Outbox(store), target, clock=clock).step().outcome == PAUSE
    assert served.receiver.posts == 0
