"""Front-desk staff accounts: one PIN each, checked with a lockout that outlives restarts (R14).

``StaffAccounts.attempt`` reads the account, checks the PIN and writes the
new counters in one ``BEGIN IMMEDIATE`` transaction, so the count and the
"not before" time of a failure are on disk (``synchronous=FULL``) before the
screen hears about it: restarting the kiosk, or killing it, does not reset
them. With an ``Audit``, the audit row of a sign-in, failure or lockout is
written in that same transaction, so there is exactly one per event.

The delays cannot be moved with the clock (R30). While the kiosk runs, the
time since a failure is measured on a monotonic clock, which nobody can set:
a clock set forward does not skip a delay, one set back does not stretch it.
Across a restart only the stored wall-clock time of the failure is left; a
clock that reads earlier than it then counts as no time passed, so the wait
is never longer than the delay itself. (A clock set forward while the kiosk
was down does shorten a delay; the lock at 10 failures holds regardless.)

Names are unique whatever their case; they are shown to staff and written
to the audit log, so one that looks like a phone number is refused.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from sqlite_utils import Database

from kiosk.clock import utc_now
from kiosk.staff import lockout, pins
from kiosk.staff.audit import Audit, Detail, looks_like_phone
from kiosk.staff.errors import StaffError
from kiosk.store import Store
from kiosk.store.requests import stamp

log = logging.getLogger(__name__)

MAX_NAME_LENGTH = 40
# Who a failed sign-in with a name that is no account is written down as:
# the typed text itself could be anything, even a PIN or a phone number.
UNKNOWN_ACTOR = "(unknown name)"
# Who changed the accounts, when the caller does not say.
DEFAULT_ACTOR = "unknown"


@dataclass(frozen=True)
class StaffMember:
    """One account as admins see it; the PIN hash stays in the database."""

    name: str
    admin: bool
    locked: bool
    failures: int
    created_at: str


@dataclass(frozen=True)
class Attempt:
    """What one sign-in attempt came to.

    Attributes:
        ok: the PIN was right and the account usable.
        admin: the account is an admin's (only ever True when ok).
        locked: the account is locked; the PIN was not checked.
        wait_seconds: > 0 when this attempt came too soon after failures: the
            PIN was NOT checked and did not count; the screen shows the wait.
        failures: wrong PINs in a row so far, this attempt included.
        retry_after: seconds until the next attempt will be checked, also on
            the failure that starts a delay (where ``wait_seconds`` is 0
            because this PIN was checked). 0 when there is no delay.
    """

    ok: bool
    admin: bool
    locked: bool
    wait_seconds: float
    failures: int
    retry_after: float = 0.0


class StaffAccounts:
    """The staff table of the kiosk database.

    Args:
        store: the open store.
        clock: the current time (UTC, aware); tests pass a fake one.
        audit: where to write one row per sign-in, failure, lockout and
            account change; nothing is audited when None.
        hasher: the Argon2id parameters for new hashes; PINs hashed with
            other parameters are rehashed at their next right attempt.
        monotonic: seconds on a clock nobody can set, for the delays. By
            default ``time.monotonic``; but with an injected ``clock`` and no
            ``monotonic``, the injected clock is read for both, so a test
            that moves its clock moves all of time.
    """

    def __init__(
        self,
        store: Store,
        *,
        clock: Callable[[], dt.datetime] = utc_now,
        audit: Audit | None = None,
        hasher: PasswordHasher = pins.HASHER,
        monotonic: Callable[[], float] | None = None,
    ) -> None:
        if audit is not None and audit.store is not store:
            raise ValueError("the audit log must be in the same store as the staff accounts")
        self._store = store
        self._clock = clock
        self._audit = audit
        self._hasher = hasher
        if monotonic is None:
            monotonic = time.monotonic if clock is utc_now else lambda: clock().timestamp()
        self._monotonic = monotonic
        # name key -> (failures, monotonic time of that failure), for failures this process saw.
        self._failed_at: dict[str, tuple[int, float]] = {}

    def add(self, name: str, pin: str, *, admin: bool = False, by: str = DEFAULT_ACTOR) -> None:
        """Create an account.

        Args:
            name: 1 to 40 printable characters, unique whatever the case;
                surrounding spaces are dropped.
            pin: 6 to 12 digits, not a common PIN (``kiosk.staff.pins``).
            admin: whether this member may manage accounts and clear lockouts.
            by: who is adding it, for the audit log.

        Raises:
            StaffError: the name or PIN is not acceptable, or the name is taken.
        """
        name = check_name(name)
        pins.check_new_pin(pin)
        pin_hash = pins.hash_pin(pin, self._hasher)  # slow: not while holding the write lock
        now = stamp(self._clock())
        with self._store.writing("add a staff member") as db:
            if _row(db, _key(name)) is not None:
                raise StaffError(f"there is already a staff member called {name}")
            db.execute(
                "INSERT INTO staff (key, name, pin_hash, admin, failures, locked, created_at, "
                "pin_changed_at) VALUES (?, ?, ?, ?, 0, 0, ?, ?)",
                [_key(name), name, pin_hash, int(admin), now, now],
            )
            self._audited(db, "staff_added", by, {"member": name, "admin": int(admin)})
        log.info("staff member %s added%s", name, " as an admin" if admin else "")

    def reset_pin(self, name: str, pin: str, *, by: str = DEFAULT_ACTOR) -> None:
        """Give a member a new PIN; this also clears their failures, delay and lock.

        Raises:
            StaffError: no such member, or the PIN is not acceptable.
        """
        pins.check_new_pin(pin)
        pin_hash = pins.hash_pin(pin, self._hasher)
        now = stamp(self._clock())
        with self._store.writing("reset a staff PIN") as db:
            row = self._existing(db, name)
            db.execute(
                "UPDATE staff SET pin_hash = ?, pin_changed_at = ?, failures = 0, "
                "not_before = NULL, locked = 0 WHERE key = ?",
                [pin_hash, now, row["key"]],
            )
            self._audited(db, "pin_reset", by, {"member": row["name"]})

    def unlock(self, name: str, *, by: str = DEFAULT_ACTOR) -> None:
        """Clear a member's failures, delay and lock.

        Raises:
            StaffError: no such member.
        """
        with self._store.writing("unlock a staff account") as db:
            row = self._existing(db, name)
            db.execute(
                "UPDATE staff SET failures = 0, not_before = NULL, locked = 0 WHERE key = ?",
                [row["key"]],
            )
            self._audited(
                db, "account_unlocked", by, {"member": row["name"], "failures": row["failures"]}
            )

    def remove(self, name: str, *, by: str = DEFAULT_ACTOR) -> None:
        """Delete a member's account; the last admin cannot be removed.

        Raises:
            StaffError: no such member, or they are the only admin left.
        """
        with self._store.writing("remove a staff member") as db:
            row = self._existing(db, name)
            if row["admin"]:
                (admins,) = db.execute("SELECT count(*) FROM staff WHERE admin = 1").fetchone()
                if admins <= 1:
                    raise StaffError(
                        f"{row['name']} is the last admin; add another admin before removing them"
                    )
            db.execute("DELETE FROM staff WHERE key = ?", [row["key"]])
            self._audited(db, "staff_removed", by, {"member": row["name"]})
        log.info("staff member %s removed", row["name"])

    def members(self) -> list[StaffMember]:
        """Every account, sorted by name (whatever its case)."""
        with self._store.reading("list the staff") as db:
            rows = list(
                db.query(
                    "SELECT name, admin, locked, failures, created_at FROM staff ORDER BY key"
                )
            )
        return [
            StaffMember(
                name=row["name"],
                admin=bool(row["admin"]),
                locked=bool(row["locked"]),
                failures=row["failures"],
                created_at=row["created_at"],
            )
            for row in rows
        ]

    def any_exist(self) -> bool:
        """Whether any account exists (if not, staff mode cannot be opened yet)."""
        with self._store.reading("list the staff") as db:
            return db.execute("SELECT 1 FROM staff LIMIT 1").fetchone() is not None

    def attempt(self, name: str, pin: str) -> Attempt:
        """Check ``pin`` for ``name``, applying and recording the lockout rules (R14).

        An unknown name takes as long as a wrong PIN (a hash is checked all
        the same) and comes back as one, with ``failures`` 0. A locked
        account, or one still inside its delay, never has its PIN checked.
        Failures 1 to 4 cost nothing; failure n >= 5 makes the next attempt
        wait ``2 ** (n - 5)`` seconds; failure 10 locks the account. A right
        PIN resets the count.

        Raises:
            StoreUnavailable: the outcome could not be recorded; treat as a refusal.
        """
        key = _key(name.strip()) if isinstance(name, str) else ""
        with self._store.writing("check a staff PIN") as db:
            now = self._clock()
            row = _row(db, key) if key else None
            if row is None:
                pins.pin_matches(pins.dummy_hash(self._hasher), pin, self._hasher)
                self._audited(db, "pin_failed", UNKNOWN_ACTOR, {"reason": "unknown_name"})
                return Attempt(ok=False, admin=False, locked=False, wait_seconds=0.0, failures=0)
            refused = _refusal(row, self._elapsed(row, now))
            if refused is not None:
                return refused
            if pins.pin_matches(row["pin_hash"], pin, self._hasher):
                return self._signed_in(db, row, pin)
            return self._failed(db, row, now)

    def _elapsed(self, row: dict[str, Any], now: dt.datetime) -> float:
        """Seconds since the account's last failure, never negative (see the module doc).

        A failure this process did not see (made before a restart) is read
        from the wall clock once, and from then on timed on the monotonic
        clock like the others.
        """
        if not row["not_before"]:
            return 0.0
        seen = self._failed_at.get(row["key"])
        if seen is None or seen[0] != row["failures"]:
            delay = lockout.delay_after(row["failures"])
            failed = dt.datetime.fromisoformat(row["not_before"]) - dt.timedelta(seconds=delay)
            elapsed = min(max((now - failed).total_seconds(), 0.0), delay)
            seen = (row["failures"], self._monotonic() - elapsed)
            self._failed_at[row["key"]] = seen
        return max(self._monotonic() - seen[1], 0.0)

    def _signed_in(self, db: Database, row: dict[str, Any], pin: str) -> Attempt:
        self._failed_at.pop(row["key"], None)
        db.execute("UPDATE staff SET failures = 0, not_before = NULL WHERE key = ?", [row["key"]])
        if self._hasher.check_needs_rehash(row["pin_hash"]):
            # Stored with older (weaker) parameters: upgrade it now that the PIN is at hand.
            db.execute(
                "UPDATE staff SET pin_hash = ? WHERE key = ?",
                [pins.hash_pin(pin, self._hasher), row["key"]],
            )
        self._audited(db, "unlock", row["name"])
        return Attempt(
            ok=True, admin=bool(row["admin"]), locked=False, wait_seconds=0.0, failures=0
        )

    def _failed(self, db: Database, row: dict[str, Any], now: dt.datetime) -> Attempt:
        failures = row["failures"] + 1
        locked = lockout.locks(failures)
        delay = 0.0 if locked else lockout.delay_after(failures)
        not_before = stamp(now + dt.timedelta(seconds=delay)) if delay else None
        db.execute(
            "UPDATE staff SET failures = ?, not_before = ?, locked = ? WHERE key = ?",
            [failures, not_before, int(locked), row["key"]],
        )
        self._failed_at[row["key"]] = (failures, self._monotonic())
        self._audited(db, "pin_failed", row["name"], {"failures": failures})
        if locked:
            self._audited(db, "lockout", row["name"], {"failures": failures})
            log.warning(
                "staff member %s is locked after %d wrong PINs; an admin or "
                "'kiosk staff unlock' can clear it",
                row["name"],
                failures,
            )
        return Attempt(
            ok=False,
            admin=False,
            locked=locked,
            wait_seconds=0.0,
            failures=failures,
            retry_after=delay,
        )

    def _existing(self, db: Database, name: str) -> dict[str, Any]:
        row = _row(db, _key(name.strip()))
        if row is None:
            shown = f" called {name.strip()}" if _is_showable(name) else " by that name"
            raise StaffError(f"there is no staff member{shown}")
        return row

    def _audited(
        self, db: Database, action: str, actor: str, detail: Detail | None = None
    ) -> None:
        if self._audit is not None:
            self._audit.append(db, action, actor, detail)

    def __repr__(self) -> str:
        return f"StaffAccounts({self._store!r})"


def check_name(name: str) -> str:
    """The name as it will be stored (surrounding spaces dropped), or ``StaffError``."""
    if not isinstance(name, str):
        raise StaffError("a staff name must be text")
    name = unicodedata.normalize("NFC", name.strip())
    if not 1 <= len(name) <= MAX_NAME_LENGTH:
        raise StaffError(f"a staff name must be 1 to {MAX_NAME_LENGTH} characters")
    if not name.isprintable():
        raise StaffError("a staff name must be printable characters only")
    if looks_like_phone(name):
        # Not echoed: it may be a patient's number typed in the wrong box.
        raise StaffError("a staff name must not look like a phone number")
    return name


def _key(name: str) -> str:
    """What makes two names the same: Unicode case folding, after normalising."""
    return unicodedata.normalize("NFKC", name).casefold()


def _row(db: Database, key: str) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM staff WHERE key = ?", [key]))
    return rows[0] if rows else None


def _refusal(row: dict[str, Any], elapsed: float) -> Attempt | None:
    """The answer without checking the PIN, if the account is locked or still waiting.

    ``elapsed``: seconds since the last failure, as ``StaffAccounts._elapsed`` measures them.
    """
    if row["locked"]:
        return Attempt(
            ok=False, admin=False, locked=True, wait_seconds=0.0, failures=row["failures"]
        )
    if not row["not_before"]:
        return None
    # To the microsecond, as stored times are: float noise must not add a millisecond.
    left = round(lockout.delay_after(row["failures"]) - elapsed, 6)
    if left <= 0:
        return None
    wait = math.ceil(left * 1000) / 1000  # whole milliseconds, rounded up
    return Attempt(
        ok=False,
        admin=False,
        locked=False,
        wait_seconds=wait,
        failures=row["failures"],
        retry_after=wait,
    )


def _is_showable(name: str) -> bool:
    try:
        check_name(name)
    except StaffError:
        return False
    return True
