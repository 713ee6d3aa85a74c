"""The drain loop: save order, one at a time, backoff that survives restarts, R9's long outage."""

from __future__ import annotations

import datetime as dt
import random

from kiosk.store import Store
from kiosk.store.outbox import Outbox
from kiosk.sync.attempt import RETRY, SENT, Attempt
from kiosk.sync.webhook import WebhookTarget
from kiosk.sync.worker import CAP_SECONDS, WAITING, Drainer, backoff
from tests.unit.sync.conftest import make_request

DAY = 86400


class Recording:
    """A target that keeps what it was sent, answering from a script (then "sent")."""

    name = "recording"

    def __init__(self, *outcomes: str) -> None:
        self.outcomes = list(outcomes)
        self.sent: list[str] = []

    def deliver(self, request_id, document):
        outcome = self.outcomes.pop(0) if self.outcomes else SENT
        if outcome == SENT:
            self.sent.append(request_id)
        return Attempt(outcome, f"scripted {outcome}")


def test_requests_are_delivered_in_the_order_they_were_saved(store, clock):
    ids = []
    for n in range(20):
        ids.append(store.save_request(make_request(n), now=clock()))
    target = Recording()
    Drainer(Outbox(store), target, clock=clock).drain()
    assert target.sent == ids


def test_a_failing_head_holds_the_queue_behind_it_so_order_is_kept(store, clock):
    first = store.save_request(make_request(0), now=clock())
    second = store.save_request(make_request(1), now=clock())
    target = Recording(RETRY)
    d = Drainer(Outbox(store), target, clock=clock, rng=random.Random(3))
    assert [s.outcome for s in d.drain()] == [RETRY]
    assert target.sent == []  # the second waits for the first
    clock.advance(CAP_SECONDS)
    d.drain()
    assert target.sent == [first, second]


def test_the_backoff_is_kept_on_disk_and_honoured_after_a_restart(db_path, clock):
    with Store.open(db_path) as store:
        store.save_request(make_request(), now=clock())
        Drainer(Outbox(store), Recording(RETRY), clock=clock).drain()
        due = Outbox(store).status().next_attempt_at
    assert due is not None
    with Store.open(db_path) as reopened:  # the kiosk restarted
        target = Recording()
        step = Drainer(Outbox(reopened), target, clock=clock).step()
        assert step.outcome == WAITING
        assert step.wait > 0
        assert target.sent == []
        clock.advance(step.wait)
        assert Drainer(Outbox(reopened), target, clock=clock).step().outcome == SENT


def test_backoff_is_full_jitter_growing_to_a_cap_and_at_least_retry_after():
    rng = random.Random(5)
    firsts = [backoff(1, None, rng) for _ in range(200)]
    assert 0 <= min(firsts) < 1 and 9 < max(firsts) <= 10  # uniform over [0, 5 * 2]
    late = [backoff(40, None, rng) for _ in range(200)]
    assert max(late) <= CAP_SECONDS and min(late) < CAP_SECONDS / 10
    assert all(backoff(1, 300, rng) >= 300 for _ in range(50))


def test_r9_500_requests_through_three_days_of_outage_arrive_in_order_once_each(
    store, served, clock
):
    ids = [store.save_request(make_request(n), now=clock()) for n in range(500)]
    served.receiver.down = True
    target = WebhookTarget(served.url, served.token_file, served.ca_file)
    d = Drainer(Outbox(store), target, clock=clock, rng=random.Random(9))
    outage_end = clock() + dt.timedelta(days=3)
    tries = 0
    while clock() < outage_end:
        tries += len(d.drain())
        step = d.step()  # the worker would sleep this long
        assert step.outcome == WAITING
        clock.advance(step.wait)
    assert served.receiver.records == {}
    # Backoff grew to the cap: a try every half hour on average (full jitter
    # under a one-hour cap), never more than an hour apart, and not a flood.
    assert 3 * 24 <= tries <= 3 * 24 * 4, tries
    assert served.receiver.posts == tries
    status = Outbox(store).status()
    assert status.pending == 500
    assert status.last_error == "the clinic's server answered 503"

    served.receiver.down = False
    clock.advance(CAP_SECONDS)
    steps = d.drain()
    assert [s.outcome for s in steps] == [SENT] * 500
    assert list(served.receiver.records) == ids  # in order, none lost
    assert served.receiver.posts == tries + 500  # none sent twice
    assert served.receiver.conflicts == 0
    assert Outbox(store).status().pending == 0
