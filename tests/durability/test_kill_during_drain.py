"""R9: SIGKILL the kiosk at chosen and random moments while it drains; the clinic gets each once.

A child process (``drainer.py``) drains the outbox to a real TLS webhook on
loopback, whose receiver keeps one record per Idempotency-Key. Each trial
kills the child at one of three moments, chosen at random:

- ``before``: the server has the POST but has not committed it;
- ``after``: the server committed it, the answer never reaches the kiosk
  (the child dies before it can record the delivery);
- ``lines``: after the child recorded a random number of deliveries,
  wherever it then is (reading the outbox, in TLS, in a COMMIT).

After every kill the database is reopened as the kiosk would: intact, and
every request either delivered or still pending. At the end one child
runs to completion, and the receiver must hold every saved request, once,
in save order, with no two different bodies for one id. Trials run for
about a minute and at least ``MIN_TRIALS`` times.
"""

import os
import queue
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from kiosk.store import Store
from kiosk.store.outbox import Outbox
from tests.durability import kill
from tests.unit.sync.conftest import make_request
from tests.unit.sync.receiver import PATH, tls_server

MIN_TRIALS = 100
BUDGET_SECONDS = 60.0
BATCH = 20
SEED = int(os.environ.get("DURABILITY_SEED", "20261201"))
DRAINER = Path(__file__).with_name("drainer.py")


class Plan:
    """When the receiver kills the child: "before" or "after" its commit, or not at all."""

    def __init__(self) -> None:
        self.stage: str | None = None
        self.pid: queue.Queue[int] = queue.Queue()

    def arm(self, stage: str | None) -> None:
        while not self.pid.empty():
            self.pid.get_nowait()
        self.stage = stage

    def kill(self) -> None:
        """Kill the child that posted (its pid may still be on its way from the parent)."""
        self.stage = None
        os.kill(self.pid.get(timeout=kill.HANG_SECONDS), signal.SIGKILL)


def spawn(db_path, served):
    return subprocess.Popen(
        [
            sys.executable,
            str(DRAINER),
            str(db_path),
            served.url,
            str(served.token_file),
            str(served.ca_file),
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_no_request_is_lost_or_duplicated_across_kills_during_a_drain(tmp_path):
    rng = random.Random(SEED)
    served = tls_server(tmp_path)
    receiver = served.receiver
    plan = Plan()

    def handle(request):
        """The receiver, killing the child just before or just after it commits."""
        if plan.stage == "before":
            plan.kill()
            return receiver.handle_refused(request)
        response = receiver.handle(request)
        if plan.stage == "after":
            plan.kill()
        return response

    served.server.clear()
    served.server.expect_request(PATH, method="POST").respond_with_handler(handle)
    db_path = tmp_path / "kiosk.db"
    saved: list[str] = []
    trials = {"before": 0, "after": 0, "lines": 0}
    started = time.monotonic()
    try:
        with Store.open(db_path) as store:
            saved += [store.save_request(make_request(n)) for n in range(BATCH)]
        while sum(trials.values()) < MIN_TRIALS or time.monotonic() - started < BUDGET_SECONDS:
            with Store.open(db_path) as store:
                if Outbox(store).status().pending < 5:  # a "lines" kill reads up to 3 deliveries
                    saved += [store.save_request(make_request(n)) for n in range(BATCH)]
            stage = rng.choice(("before", "after", "lines"))
            plan.arm(stage if stage != "lines" else None)
            child = spawn(db_path, served)
            plan.pid.put(child.pid)
            if stage == "lines":
                kill.read_then_kill(child, 1 + rng.randint(0, 3))  # "ready", then deliveries
            else:
                child.wait(timeout=kill.HANG_SECONDS)
                assert child.returncode == -signal.SIGKILL, child.stderr.read()
                for stream in (child.stdout, child.stderr):
                    stream.close()
            trials[stage] += 1
            where = f"trial {sum(trials.values())} ({stage}), DURABILITY_SEED={SEED}"
            with Store.open(db_path) as store:  # what the kiosk does when it restarts
                assert store.recovered_from is None, where
                assert store.integrity_ok(), where
                status = Outbox(store).status()
                assert status.pending + status.sent == len(saved), where
                assert status.parked == 0 and status.paused is None, where
            assert receiver.conflicts == 0, where

        plan.arm(None)
        final = spawn(db_path, served)
        out, err = final.communicate(timeout=120)
        assert final.returncode == 0, err
        assert out.splitlines()[-1] == "done"
    finally:
        served.server.clear()
        served.server.stop()

    total = sum(trials.values())
    print(f"{total} SIGKILL trials in {time.monotonic() - started:.0f} s: {trials}")
    assert total >= MIN_TRIALS and min(trials.values()) > 0
    assert list(receiver.records) == saved  # every request, once each, in save order
    assert receiver.conflicts == 0
    assert receiver.posts > len(saved)  # kills did cut deliveries short, which were sent again
    with Store.open(db_path) as store:
        assert Outbox(store).status().sent == len(saved)
