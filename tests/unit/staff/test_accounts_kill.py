"""R14 with kill -9: failed-PIN counters, the delay and their audit rows outlive a killed kiosk.

A child process makes wrong-PIN attempts through ``StaffAccounts`` and
prints each result once ``attempt`` returned, i.e. once the screen could
have shown it; the parent then SIGKILLs it and reopens the database the way
the restarted kiosk would.
"""

import contextlib
import random
import sqlite3
import subprocess
import sys

import pytest

from kiosk.staff import Audit, StaffAccounts
from kiosk.store import Store
from tests.conftest import REPO
from tests.durability import kill
from tests.unit.staff.test_accounts import PIN, T0, WRONG, Clock

# argv: database, how many attempts (0: until killed), seconds the clock moves per reading.
CHILD = f"""
import datetime as dt, itertools, sys
from pathlib import Path
from kiosk.staff import Audit, StaffAccounts
from kiosk.store import Store

start = dt.datetime.fromisoformat({T0.isoformat()!r})
step = float(sys.argv[3])
ticks = itertools.count()
clock = lambda: start + dt.timedelta(seconds=step * next(ticks))
store = Store.open(Path(sys.argv[1]))
accounts = StaffAccounts(store, clock=clock, audit=Audit(store, clock=clock))
attempts = int(sys.argv[2])
for _ in itertools.count() if attempts == 0 else range(attempts):
    print(accounts.attempt("Ana", {WRONG!r}).failures, flush=True)
sys.stdin.readline()  # wait here to be killed
"""


def start_child(db_path, attempts: int, step: float) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db_path), str(attempts), str(step)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )


def read_then_kill(child: subprocess.Popen[str], lines: int) -> list[int]:
    """Read ``lines`` printed failure counts, then SIGKILL the child; every count it printed."""
    return [int(line) for line in kill.read_then_kill(child, lines) if line.endswith("\n")]


def audit_actions(db_path):
    with contextlib.closing(sqlite3.connect(db_path, isolation_level=None)) as conn:
        return [row[0] for row in conn.execute("SELECT action FROM audit ORDER BY id")]


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "kiosk.db"
    with Store.open(path) as store:
        StaffAccounts(store, audit=Audit(store)).add("Ana", PIN, admin=True)
    return path


def test_counts_and_delay_survive_kill_9_between_failures(db_path):
    # The child's clock stands still: after its 5th failure the next try must wait 1 s.
    printed = read_then_kill(start_child(db_path, attempts=5, step=0), lines=5)
    assert printed == [1, 2, 3, 4, 5]

    with Store.open(db_path) as store:  # the kiosk after its restart
        clock = Clock(T0)
        accounts = StaffAccounts(store, clock=clock, audit=Audit(store, clock=clock))
        assert accounts.members()[0].failures == 5
        waiting = accounts.attempt("Ana", PIN)
        assert waiting.wait_seconds == 1.0
        assert not waiting.ok
        clock.advance(1)
        assert accounts.attempt("Ana", WRONG).failures == 6
        assert Audit(store).verify().ok
    assert audit_actions(db_path) == ["staff_added"] + ["pin_failed"] * 6


@pytest.mark.parametrize("seed", range(4))
def test_a_kill_during_attempts_loses_no_failure_and_no_audit_row(db_path, seed):
    # The child's clock jumps an hour per reading, so no delay holds it back
    # and the kill lands wherever it happens to be: verifying, writing, committing.
    kill_after = random.Random(seed).randint(1, 8)
    printed = read_then_kill(start_child(db_path, attempts=0, step=3600), lines=kill_after)
    assert printed == list(range(1, len(printed) + 1))

    with Store.open(db_path) as store:
        assert store.integrity_ok()
        (member,) = StaffAccounts(store).members()
        # Every failure the screen was told of is on disk; one more may have
        # committed just before the kill, but not been printed.
        assert member.failures in (printed[-1], printed[-1] + 1)
        check = Audit(store).verify()
        assert check.ok, check
    # Exactly one audit row per stored failure: counter and row share one commit.
    failed = [action for action in audit_actions(db_path) if action == "pin_failed"]
    assert len(failed) == member.failures
