"""The lockout (R14): the delay, the lock, counters that outlive a restart, one audit row each."""

import contextlib
import logging
import sqlite3

import pytest

from kiosk.staff import (
    FAILURES_BEFORE_DELAY,
    FAILURES_BEFORE_LOCK,
    Audit,
    StaffAccounts,
    delay_after,
)
from kiosk.store import Store
from tests.unit.staff.test_accounts import PIN, WRONG, Clock, CountingHasher, actions, on_disk


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def hasher():
    return CountingHasher()


@pytest.fixture
def accounts(db_path, clock, hasher):
    with Store.open(db_path) as store:
        made = StaffAccounts(store, clock=clock, audit=Audit(store, clock=clock), hasher=hasher)
        made.add("Ana", PIN, admin=True, by="setup")
        yield made


# --- R14: the lockout -----------------------------------------------------------------------


def test_the_delay_rule():
    assert [delay_after(n) for n in range(1, 10)] == [0, 0, 0, 0, 1, 2, 4, 8, 16]
    assert delay_after(40) == 300  # capped
    assert (FAILURES_BEFORE_DELAY, FAILURES_BEFORE_LOCK) == (5, 10)


def test_a_right_pin_signs_in_and_says_whether_admin(accounts):
    accounts.add("Bo", "135792")
    assert accounts.attempt("Ana", PIN).admin
    bo = accounts.attempt("bo", "135792")  # names match whatever the case
    assert bo.ok
    assert not bo.admin


def test_wrong_pins_1_to_4_cost_nothing_then_each_waits_twice_as_long_then_the_lock(
    accounts, clock, hasher, caplog
):
    caplog.set_level(logging.WARNING)  # this test expects a logged warning
    for n in range(1, 5):
        attempt = accounts.attempt("Ana", WRONG)
        assert (attempt.ok, attempt.failures, attempt.wait_seconds) == (False, n, 0)
        assert attempt.retry_after == 0

    for n, delay in zip(range(5, 10), (1, 2, 4, 8, 16), strict=True):
        failed = accounts.attempt("Ana", WRONG)
        assert (failed.failures, failed.wait_seconds, failed.retry_after) == (n, 0, delay)
        assert not failed.locked

        checked = hasher.verified
        clock.advance(delay - 0.25)
        too_soon = accounts.attempt("Ana", PIN)  # even the right PIN is not looked at
        assert not too_soon.ok
        assert too_soon.wait_seconds == pytest.approx(0.25)
        assert too_soon.failures == n  # did not count
        assert hasher.verified == checked  # was not verified
        clock.advance(0.25)

    tenth = accounts.attempt("Ana", WRONG)
    assert tenth.locked
    assert tenth.failures == 10
    assert not tenth.ok
    assert accounts.members()[0].locked


def test_the_first_delay_is_one_second_from_the_fifth_failure(accounts, clock):
    for _ in range(5):
        accounts.attempt("Ana", WRONG)
    assert accounts.attempt("Ana", PIN).wait_seconds == 1.0
    clock.advance(1)
    assert accounts.attempt("Ana", PIN).ok


def test_a_locked_account_never_checks_the_pin(accounts, clock, hasher, caplog):
    caplog.set_level(logging.WARNING)  # this test expects a logged warning
    lock_out(accounts, clock)
    checked = hasher.verified
    clock.advance(3600)
    attempt = accounts.attempt("Ana", PIN)
    assert (attempt.ok, attempt.locked, attempt.wait_seconds) == (False, True, 0)
    assert hasher.verified == checked


def test_unlock_clears_failures_delay_and_lock(accounts, clock, caplog):
    caplog.set_level(logging.WARNING)  # this test expects a logged warning
    lock_out(accounts, clock)
    accounts.unlock("ana", by="Bo")
    member = accounts.members()[0]
    assert (member.locked, member.failures) == (False, 0)
    assert accounts.attempt("Ana", PIN).ok


def test_unlock_also_clears_a_running_delay(accounts):
    for _ in range(6):
        accounts.attempt("Ana", WRONG)
    accounts.unlock("Ana")
    assert accounts.attempt("Ana", PIN).ok


def test_a_new_pin_clears_the_lock(accounts, clock, caplog):
    caplog.set_level(logging.WARNING)  # this test expects a logged warning
    lock_out(accounts, clock)
    accounts.reset_pin("Ana", "135792")
    assert not accounts.attempt("Ana", PIN).ok  # the old one is gone
    assert accounts.attempt("Ana", "135792").ok


def test_a_right_pin_resets_the_count(accounts, clock):
    for _ in range(4):
        accounts.attempt("Ana", WRONG)
    assert accounts.attempt("Ana", PIN).ok
    assert accounts.members()[0].failures == 0
    assert accounts.attempt("Ana", WRONG).failures == 1


def test_a_clock_set_back_does_not_stretch_the_delay(accounts, clock):
    for _ in range(5):
        accounts.attempt("Ana", WRONG)
    clock.advance(-86400)
    assert accounts.attempt("Ana", PIN).wait_seconds == 1.0


def test_an_unknown_name_checks_a_dummy_hash_and_looks_like_a_wrong_pin(accounts, hasher):
    before = hasher.verified
    attempt = accounts.attempt("Zed", PIN)
    assert hasher.verified == before + 1  # same work as a real check
    assert (attempt.ok, attempt.admin, attempt.locked, attempt.wait_seconds) == (
        False,
        False,
        False,
        0,
    )


def test_a_damaged_hash_is_a_refusal_not_a_crash(accounts, db_path, caplog):
    caplog.set_level(logging.WARNING)  # this test expects a logged warning
    with contextlib.closing(sqlite3.connect(db_path, isolation_level=None)) as conn:
        conn.execute("UPDATE staff SET pin_hash = 'not a hash'")
    assert not accounts.attempt("Ana", PIN).ok
    assert "not a hash" not in caplog.text


# --- R14: the counters survive a restart ----------------------------------------------------


def test_counts_and_delay_survive_a_restart(db_path, clock):
    with Store.open(db_path) as store:
        accounts = StaffAccounts(store, clock=clock)
        accounts.add("Ana", PIN)
        for _ in range(5):
            accounts.attempt("Ana", WRONG)
        clock.advance(1)
        assert accounts.attempt("Ana", WRONG).failures == 6

    with Store.open(db_path) as store:  # the kiosk restarted
        accounts = StaffAccounts(store, clock=clock)
        assert accounts.members()[0].failures == 6
        waiting = accounts.attempt("Ana", PIN)
        assert waiting.wait_seconds == 2.0
        assert not waiting.ok
        clock.advance(2)
        assert accounts.attempt("Ana", WRONG).failures == 7


def test_a_lock_survives_a_restart(db_path, clock, caplog):
    caplog.set_level(logging.WARNING)  # this test expects a logged warning
    with Store.open(db_path) as store:
        accounts = StaffAccounts(store, clock=clock)
        accounts.add("Ana", PIN)
        lock_out(accounts, clock)
    with Store.open(db_path) as store:
        assert StaffAccounts(store, clock=clock).attempt("Ana", PIN).locked


# --- R15: one audit row per sign-in event ----------------------------------------------------


def test_each_sign_in_failure_and_lockout_writes_exactly_one_audit_row(
    accounts, clock, db_path, caplog
):
    caplog.set_level(logging.WARNING)  # this test expects a logged warning
    assert actions(db_path) == ["staff_added"]
    accounts.attempt("Ana", PIN)
    assert actions(db_path)[1:] == ["unlock"]
    lock_out(accounts, clock)
    assert actions(db_path)[2:] == ["pin_failed"] * 10 + ["lockout"]
    accounts.attempt("Ana", PIN)  # locked: no PIN checked, no event
    accounts.unlock("Ana", by="Bo")
    accounts.attempt("Zed", PIN)
    assert actions(db_path)[13:] == ["account_unlocked", "pin_failed"]


def test_waiting_attempts_write_no_audit_row(accounts, db_path):
    for _ in range(5):
        accounts.attempt("Ana", WRONG)
    written = len(actions(db_path))
    accounts.attempt("Ana", WRONG)
    assert accounts.attempt("Ana", WRONG).wait_seconds > 0
    assert len(actions(db_path)) == written


def test_an_unknown_name_is_audited_without_the_typed_text(accounts, db_path):
    accounts.attempt("5550100199", PIN)
    (row,) = on_disk(db_path, "SELECT actor, detail FROM audit WHERE action = 'pin_failed'")
    assert "5550100199" not in repr(row)
    assert row[0] == "(unknown name)"


def lock_out(accounts: StaffAccounts, clock: Clock) -> None:
    """Ten wrong PINs, each after any delay has passed."""
    for _ in range(FAILURES_BEFORE_LOCK):
        clock.advance(300)
        accounts.attempt("Ana", WRONG)
    assert accounts.members()[0].locked


# --- R30: the clock cannot move the delays ----------------------------------------------------


class Monotonic:
    """A clock nobody can set: it only moves when the test says time passed."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def fail_five_times(db_path, wall, steady):
    store = Store.open(db_path)
    accounts = StaffAccounts(store, clock=wall, monotonic=steady)
    accounts.add("Ana", PIN)
    for _ in range(FAILURES_BEFORE_DELAY):
        accounts.attempt("Ana", WRONG)
    return store, accounts


def test_a_clock_set_forward_does_not_skip_the_delay(db_path, clock):
    steady = Monotonic()
    store, accounts = fail_five_times(db_path, clock, steady)
    with store:
        clock.advance(86400)  # someone moved the clock a day ahead
        assert accounts.attempt("Ana", PIN).wait_seconds == 1.0
        steady.now += 1  # a real second passed
        assert accounts.attempt("Ana", PIN).ok


def test_a_clock_set_back_does_not_block_the_member(db_path, clock):
    steady = Monotonic()
    store, accounts = fail_five_times(db_path, clock, steady)
    with store:
        clock.advance(-86400 * 365)
        steady.now += 1
        assert accounts.attempt("Ana", PIN).ok


def test_after_a_restart_a_clock_set_back_waits_the_delay_and_no_longer(db_path, clock):
    store, _ = fail_five_times(db_path, clock, Monotonic())
    store.close()
    clock.advance(-3600)  # the clock was set back while the kiosk was down
    with Store.open(db_path) as store:
        steady = Monotonic()
        accounts = StaffAccounts(store, clock=clock, monotonic=steady)
        assert accounts.attempt("Ana", PIN).wait_seconds == 1.0  # no time passed: the delay
        steady.now += 1  # and once it has passed, whatever the clock still says
        assert accounts.attempt("Ana", PIN).ok


def test_a_clock_set_forward_does_not_open_a_lock(db_path, clock, caplog):
    caplog.set_level(logging.WARNING)  # this test expects a logged warning
    steady = Monotonic()
    store, accounts = fail_five_times(db_path, clock, steady)
    with store:
        for _ in range(FAILURES_BEFORE_LOCK - FAILURES_BEFORE_DELAY):
            steady.now += 300
            accounts.attempt("Ana", WRONG)
        clock.advance(86400 * 365)
        steady.now += 86400
        assert accounts.attempt("Ana", PIN).locked
