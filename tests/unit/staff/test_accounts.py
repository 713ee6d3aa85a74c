"""Staff accounts (R14): PINs stored as Argon2id, names and PIN rules, audited account changes."""

import contextlib
import datetime as dt
import logging
import re
import sqlite3

import pytest
from argon2 import PasswordHasher, extract_parameters

from kiosk.staff import (
    MIN_PIN_DIGITS,
    Audit,
    StaffAccounts,
    StaffError,
    StaffMember,
)
from kiosk.staff import pins as pins_module
from kiosk.store import Store

T0 = dt.datetime(2026, 11, 26, 12, 0, 0, tzinfo=dt.UTC)
PIN = "246813"
WRONG = "975310"


class Clock:
    """A clock the test moves by hand: no sleeps."""

    def __init__(self, now: dt.datetime = T0) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


class CountingHasher(PasswordHasher):
    """The kiosk's Argon2id parameters, counting how many PINs were checked."""

    def __init__(self, **overrides: int) -> None:
        params = {"time_cost": 2, "memory_cost": 19456, "parallelism": 1, "hash_len": 32}
        super().__init__(**{**params, "salt_len": 16, **overrides})
        self.verified = 0

    def verify(self, hash: str | bytes, password: str | bytes) -> bool:
        self.verified += 1
        return super().verify(hash, password)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def hasher():
    return CountingHasher()


@pytest.fixture
def audit(store, clock):
    return Audit(store, clock=clock)


@pytest.fixture
def accounts(store, clock, audit, hasher):
    made = StaffAccounts(store, clock=clock, audit=audit, hasher=hasher)
    made.add("Ana", PIN, admin=True, by="setup")
    return made


def on_disk(path, sql, params=()):
    """Read with a separate connection: what is in the file, not what one connection believes."""
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        return conn.execute(sql, params).fetchall()


def actions(db_path):
    return [row[0] for row in on_disk(db_path, "SELECT action FROM audit ORDER BY id")]


# --- R14: how PINs are stored --------------------------------------------------------------


def test_the_pin_is_stored_as_an_argon2id_phc_string_with_owasp_parameters(accounts, db_path):
    ((stored,),) = on_disk(db_path, "SELECT pin_hash FROM staff")
    match = re.fullmatch(
        r"\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+", stored
    )
    assert match, stored
    memory, time, parallel = map(int, match.groups())
    assert memory >= 19456
    assert time >= 2
    assert parallel == 1
    assert PIN not in stored


def test_the_default_hasher_meets_the_promise():
    params = extract_parameters(pins_module.hash_pin(PIN))
    assert params.type.name == "ID"
    assert params.memory_cost >= 19456
    assert params.time_cost >= 2
    assert params.parallelism == 1


def test_the_same_pin_hashes_differently_for_two_members(accounts, db_path):
    accounts.add("Bo", PIN)
    hashes = [row[0] for row in on_disk(db_path, "SELECT pin_hash FROM staff")]
    assert len(set(hashes)) == 2  # a salt each


def test_a_pin_with_old_parameters_is_rehashed_at_the_next_right_pin(store, clock, db_path):
    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)
    StaffAccounts(store, clock=clock, hasher=weak).add("Ana", PIN)
    ((before,),) = on_disk(db_path, "SELECT pin_hash FROM staff")
    assert extract_parameters(before).memory_cost == 8192

    assert StaffAccounts(store, clock=clock).attempt("Ana", PIN).ok

    ((after,),) = on_disk(db_path, "SELECT pin_hash FROM staff")
    assert extract_parameters(after).memory_cost == 19456
    assert extract_parameters(after).time_cost == 2
    assert StaffAccounts(store, clock=clock).attempt("Ana", PIN).ok


def test_no_pin_in_logs_reprs_audit_or_database(accounts, db_path, caplog, audit):
    caplog.set_level(logging.DEBUG)
    accounts.add("Bo", "135792")
    results = [accounts.attempt("Bo", "135792"), accounts.attempt("Bo", "864209")]
    accounts.reset_pin("Bo", "192837")
    text = "\n".join(
        [caplog.text, *map(repr, results), repr(accounts), repr(audit.rows())]
        + [repr(member) for member in accounts.members()]
    )
    for pin in ("135792", "864209", "192837"):
        assert pin not in text
        for path in db_path.parent.iterdir():
            assert pin.encode() not in path.read_bytes(), path.name


# --- names and PINs ------------------------------------------------------------------------


def test_members_are_listed_by_name_whatever_the_case(accounts, clock):
    accounts.add("carl", "135792")
    accounts.add("  bo ", "135792")
    assert [m.name for m in accounts.members()] == ["Ana", "bo", "carl"]
    assert accounts.members()[0] == StaffMember(
        name="Ana", admin=True, locked=False, failures=0, created_at="2026-11-26T12:00:00.000Z"
    )


def test_names_are_unique_whatever_the_case(accounts):
    with pytest.raises(StaffError, match="already"):
        accounts.add("ANA", "135792")
    assert len(accounts.members()) == 1


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("", "1 to 40"),
        ("   ", "1 to 40"),
        ("x" * 41, "1 to 40"),
        ("Ana\nBo", "printable"),
        ("Ana\x00", "printable"),
        ("5550100199", "phone"),
        ("Ana 555-010-0199", "phone"),
    ],
)
def test_bad_names_are_refused_without_being_echoed(store, name, problem):
    accounts = StaffAccounts(store)
    with pytest.raises(StaffError, match=problem) as refused:
        accounts.add(name, "135792")
    assert "555" not in str(refused.value)
    assert not accounts.any_exist()


def test_a_name_of_40_characters_is_fine(store):
    StaffAccounts(store).add("x" * 40, "135792")
    assert [m.name for m in StaffAccounts(store).members()] == ["x" * 40]


@pytest.mark.parametrize(
    ("pin", "problem"),
    [
        ("12345", "6 to 12"),
        ("4" * 12 + "1", "6 to 12"),
        ("13579a", "digits only"),
        ("\uff11\uff13\uff15\uff17\uff19\uff12", "digits only"),  # full-width digits are not 0-9
        (" 135792", "digits only"),
        ("000000", "repeated"),
        ("123456", "counting"),
        ("987654", "counting"),
    ],
)
def test_bad_pins_are_refused_and_never_echoed(store, pin, problem):
    accounts = StaffAccounts(store)
    with pytest.raises(StaffError, match=problem) as refused:
        accounts.add("Ana", pin)
    assert pin.strip() not in str(refused.value)
    assert not accounts.any_exist()
    assert MIN_PIN_DIGITS == 6


def test_any_exist(store):
    accounts = StaffAccounts(store)
    assert not accounts.any_exist()
    accounts.add("Ana", PIN)
    assert accounts.any_exist()


def test_the_last_admin_cannot_be_removed(accounts):
    accounts.add("Bo", "135792")
    with pytest.raises(StaffError, match="last admin"):
        accounts.remove("ana")
    accounts.remove("Bo")  # staff, not an admin
    accounts.add("Cy", "135792", admin=True)
    accounts.remove("Ana")  # another admin is left
    assert [m.name for m in accounts.members()] == ["Cy"]


def test_unknown_members_cannot_be_changed(accounts):
    for change in (accounts.remove, accounts.unlock):
        with pytest.raises(StaffError, match="no staff member called Zed"):
            change("Zed")
    with pytest.raises(StaffError, match="no staff member by that name"):
        accounts.reset_pin("5550100199", "135792")


# --- R15: account changes are audited -------------------------------------------------------


def test_account_changes_are_audited_with_who_did_them(accounts, db_path):
    accounts.add("Bo", "135792", by="Ana")
    accounts.reset_pin("Bo", "192837", by="Ana")
    accounts.remove("Bo", by="Ana")
    assert on_disk(
        db_path, "SELECT action, actor, detail FROM audit WHERE actor = 'Ana' ORDER BY id"
    ) == [
        ("staff_added", "Ana", '{"admin":0,"member":"Bo"}'),
        ("pin_reset", "Ana", '{"member":"Bo"}'),
        ("staff_removed", "Ana", '{"member":"Bo"}'),
    ]


def test_a_refused_change_writes_no_audit_row(accounts, db_path):
    with pytest.raises(StaffError):
        accounts.add("ana", "135792")
    with pytest.raises(StaffError):
        accounts.remove("Ana")
    assert actions(db_path) == ["staff_added"]


def test_the_audit_log_must_be_in_the_same_store(store, tmp_path):
    with Store.open(tmp_path / "other.db") as other, pytest.raises(ValueError):
        StaffAccounts(store, audit=Audit(other))
