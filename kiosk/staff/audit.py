"""The audit log: one hash-chained row per staff action, and a check that it is intact (R15).

Each row stores the hash of the row before it (``prev_hash``) and its own
``row_hash = sha256(prev_hash + canonical JSON of id, at, action, actor,
detail)``; the first row chains from ``GENESIS_HASH``. Ids run 1, 2, 3, ...
with no gaps. ``Audit.verify`` then finds a row edited in place (its hash no
longer matches; the row is named) and a row deleted from the middle (a gap
in the ids, or a ``prev_hash`` that no longer follows; the row after the
gap is named).

A chain alone cannot show that rows were cut off its end: what is left is a
shorter chain that checks out. So the latest row's id and hash are also
kept in the one-row ``audit_head`` table, written in the same transaction as
each row, and a log that ends before its head says it should is reported.

The chain and head are in the database, so whoever can write the file can
recompute them. Two things outside it stop that (R26, ``kiosk.staff.audit_seal``):
each row's ``row_mac`` is an HMAC of its hash under a key kept in
``audit.key``, so re-chained or forged rows do not verify without the key;
and after each commit the row's id and hash are appended to ``audit.anchor``
(and logged), so rows deleted from the end, even the whole log with its
head, leave anchor lines naming rows that are gone. ``docs/reliability.md``
(R26) says what root on the kiosk can still hide.

The log holds no phone numbers: an actor or detail value that looks like
one (``kiosk.staff.phonelike``: 7 or more digits however they are spelled)
is refused with ValueError before anything is written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from kiosk.clock import utc_now
from kiosk.staff import audit_seal
from kiosk.staff.phonelike import looks_like_phone
from kiosk.store import Store
from kiosk.store.requests import stamp

log = logging.getLogger(__name__)

ACTIONS = (
    "unlock",  # staff mode opened with a right PIN
    "pin_failed",
    "lockout",  # the failure that locked an account
    "lock",  # staff mode closed (by hand or on idle)
    "status_change",
    "auto_close",  # the kiosk closed a request by itself (kiosk.staff.closing)
    "export",
    "purge",
    "staff_added",
    "staff_removed",
    "pin_reset",
    "account_unlocked",  # an admin or the CLI cleared a lockout
    "sync_wiped",
    "sync_retry",
    "sync_resume",
    "demo_request",  # kiosk.sync (R29), kiosk sync
)

# What the first row chains from: a fixed, documented value, not a secret.
GENESIS_HASH = hashlib.sha256(b"io-kiosk audit log").hexdigest()

MAX_ACTOR_LENGTH = 80
MAX_VALUE_LENGTH = 200
_DETAIL_KEY = re.compile(r"[a-z][a-z0-9_]{0,39}")
Detail = dict[str, str | int]


@dataclass(frozen=True)
class AuditHead:
    """The log's head as ``audit_head`` holds it, with its row's seal and time.

    Attributes:
        head_id: the id of the latest row.
        row_hash: that row's hash.
        row_mac: that row's seal (HMAC), or None if the row has none or is gone.
        at: when that row was written, or None if the row is gone.
    """

    head_id: int
    row_hash: str
    row_mac: str | None
    at: str | None


@dataclass(frozen=True)
class AuditCheck:
    """The result of ``Audit.verify``.

    Attributes:
        ok: the log is intact as far as the chain and its head can tell.
        rows: how many rows were read.
        problem: what is wrong, in plain words; None when ok.
        row_id: the row the problem was found at; None when ok.
    """

    ok: bool
    rows: int
    problem: str | None = None
    row_id: int | None = None


class Audit:
    """The audit log in the kiosk database.

    Attributes:
        store: the store whose ``audit`` table this writes.
        clock: where the time of each row comes from.
        folder: where ``audit.key`` and ``audit.anchor`` are: beside the database.
    """

    def __init__(self, store: Store, *, clock: Callable[[], dt.datetime] = utc_now) -> None:
        self.store = store
        self.clock = clock
        self.folder = Path(store.path).parent
        self._key: bytes | None = None

    def record(self, action: str, actor: str, detail: Detail | None = None) -> None:
        """Write one row for one staff action, in its own short transaction.

        Args:
            action: one of ``ACTIONS``.
            actor: the staff member's name, or who else acted ("cli:<user>", "schedule").
            detail: a few facts about the action: short lower-case keys, text
                or whole-number values, never a phone number; request ids
                (UUIDs) are fine.

        Raises:
            ValueError: an unknown action, or an actor or detail the log must
                not hold (nothing is written).
            StoreUnavailable: the row could not be written.
        """
        check_entry(action, actor, detail)
        with self.store.writing("write the audit log") as db:
            self.append(db, action, actor, detail)

    def append(self, db: Database, action: str, actor: str, detail: Detail | None = None) -> int:
        """Add one row inside a transaction the caller already holds on ``self.store``.

        For writes that must be audited in the same commit as the change
        itself (a failed PIN and its counter, a new staff member). Returns the
        new row's id. Raises like ``record``.
        """
        check_entry(action, actor, detail)
        detail = dict(detail or {})
        key = self._writing_key()
        self._seal_older_rows(db, key)
        head = db.execute("SELECT last_id, row_hash FROM audit_head WHERE id = 1").fetchone()
        (last_row,) = db.execute("SELECT max(id) FROM audit").fetchone()
        # The head, not the last row, is what the next row chains from: rows
        # deleted from the end then stay detectable after more are written.
        prev_id = max(head[0] if head else 0, last_row or 0)
        prev_hash = head[1] if head else GENESIS_HASH
        row_id = prev_id + 1
        at = stamp(self.clock())
        row_hash = chain_hash(prev_hash, row_id, at, action, actor, detail)
        db.execute(
            "INSERT INTO audit (id, at, action, actor, detail, prev_hash, row_hash, row_mac) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                row_id,
                at,
                action,
                actor,
                _canonical(detail),
                prev_hash,
                row_hash,
                audit_seal.seal(key, row_hash),
            ],
        )
        db.execute(
            "INSERT INTO audit_head (id, last_id, row_hash) VALUES (1, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET last_id = excluded.last_id, "
            "row_hash = excluded.row_hash",
            [row_id, row_hash],
        )
        self.store.after_commit(lambda: audit_seal.append_anchor(self.folder, row_id, row_hash))
        return row_id

    def _writing_key(self) -> bytes:
        if self._key is None:
            self._key = audit_seal.key_for_writing(self.folder)
        return self._key

    def _seal_older_rows(self, db: Database, key: bytes) -> None:
        """Seal and anchor rows written before the log had a key (the upgrade to R26).

        Only while there is no anchor yet: once there is one, an unsealed row
        is damage for ``verify`` to report, not something to seal.
        """
        anchor = audit_seal.anchor_path(self.folder)
        if anchor.exists() and anchor.stat().st_size > 0:
            return
        older = list(
            db.execute("SELECT id, row_hash FROM audit WHERE row_mac IS NULL ORDER BY id")
        )
        for row_id, row_hash in older:
            db.execute(
                "UPDATE audit SET row_mac = ? WHERE id = ?",
                [audit_seal.seal(key, row_hash), row_id],
            )

            def anchor_it(row_id: int = row_id, row_hash: str = row_hash) -> None:
                audit_seal.append_anchor(self.folder, row_id, row_hash)

            self.store.after_commit(anchor_it)
        if older:
            log.warning("audit: sealed %d rows written before the audit key existed", len(older))

    def verify(self) -> AuditCheck:
        """Walk the chain and its head, then the seals, then the anchor file; the first problem.

        The unkeyed chain comes first, so an edit by hand is named where it is
        (the row changed, or the first row that no longer follows); seals and
        anchors then find what a re-chained or shortened log hides.
        """
        with self.store.reading("read the audit log") as db:
            rows = list(
                db.execute(
                    "SELECT id, at, action, actor, detail, prev_hash, row_hash, row_mac "
                    "FROM audit ORDER BY id"
                )
            )
            head = db.execute("SELECT last_id, row_hash FROM audit_head WHERE id = 1").fetchone()
        chain = _check_chain([row[:7] for row in rows], head)
        if not chain.ok:
            return chain
        try:
            anchors = audit_seal.read_anchors(self.folder)
            key = audit_seal.read_key(self.folder)
        except audit_seal.SealError as exc:
            return _broken(len(rows), str(exc), 0)
        return (
            _check_seals(rows, key, self.folder, anchored=bool(anchors))
            or _check_anchors(rows, anchors or [], self.folder)
            or chain
        )

    def head(self) -> AuditHead | None:
        """The log's head (``audit_head``) and its row's seal; None before the first row."""
        with self.store.reading("read the audit head") as db:
            found = db.execute(
                "SELECT h.last_id, h.row_hash, a.row_mac, a.at FROM audit_head h "
                "LEFT JOIN audit a ON a.id = h.last_id AND a.row_hash = h.row_hash "
                "WHERE h.id = 1"
            ).fetchone()
        if found is None:
            return None
        return AuditHead(found[0], found[1], found[2], found[3])

    def rows(self, limit: int = 200) -> list[dict[str, Any]]:
        """The latest ``limit`` rows, newest first, as ``{id, at, action, actor, detail}``.

        ``detail`` is the dict that was recorded (None if the row was damaged).
        """
        if limit < 1:
            raise ValueError("limit must be at least 1")
        with self.store.reading("read the audit log") as db:
            found = list(
                db.query(
                    "SELECT id, at, action, actor, detail FROM audit ORDER BY id DESC LIMIT ?",
                    [limit],
                )
            )
        for row in found:
            row["detail"] = _parsed(row["detail"])
        return found

    def __repr__(self) -> str:
        return f"Audit({self.store!r})"


def check_entry(action: str, actor: str, detail: Detail | None) -> None:
    """Raise ValueError unless this row may be written (R15). Never echoes a value."""
    if action not in ACTIONS:
        raise ValueError(f"audit action must be one of {', '.join(ACTIONS)}")
    if (
        not isinstance(actor, str)
        or not actor.strip()
        or len(actor) > MAX_ACTOR_LENGTH
        or not actor.isprintable()
    ):
        raise ValueError(f"audit actor must be 1 to {MAX_ACTOR_LENGTH} printable characters")
    if looks_like_phone(actor):
        raise ValueError("audit actor looks like a phone number; the audit log must hold none")
    for key, value in (detail or {}).items():
        if not isinstance(key, str) or not _DETAIL_KEY.fullmatch(key):
            raise ValueError("audit detail keys must be short lower-case words")
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise ValueError(f"audit detail {key!r} must be text or a whole number")
        text = str(value)
        if len(text) > MAX_VALUE_LENGTH:
            raise ValueError(f"audit detail {key!r} is longer than {MAX_VALUE_LENGTH} characters")
        if looks_like_phone(text) and not _is_uuid(text):
            raise ValueError(
                f"audit detail {key!r} looks like a phone number; the audit log must hold none"
            )


def chain_hash(
    prev_hash: str, row_id: int, at: str, action: str, actor: str, detail: Detail
) -> str:
    """``sha256(prev_hash + canonical JSON of the row)`` as hex: the row's link in the chain."""
    body = _canonical({"id": row_id, "at": at, "action": action, "actor": actor, "detail": detail})
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def _check_chain(rows: list[tuple[Any, ...]], head: tuple[int, str] | None) -> AuditCheck:
    total = len(rows)
    expected_id, expected_prev = 1, GENESIS_HASH
    for row_id, at, action, actor, detail, prev_hash, row_hash in rows:
        if row_id != expected_id:
            gone = (
                f"row {expected_id}"
                if row_id == expected_id + 1
                else (f"rows {expected_id} to {row_id - 1}")
            )
            return _broken(total, f"{gone} deleted: the log jumps to row {row_id}", row_id)
        if prev_hash != expected_prev:
            problem = f"row {row_id} does not follow the row before it (deleted or replaced)"
            return _broken(total, problem, row_id)
        parsed = _parsed(detail)
        if parsed is None or chain_hash(prev_hash, row_id, at, action, actor, parsed) != row_hash:
            return _broken(total, f"row {row_id} was changed after it was written", row_id)
        expected_id, expected_prev = row_id + 1, row_hash
    last_id = expected_id - 1
    if head is None:
        if rows:
            return _broken(total, f"the audit head is missing (the log has {total} rows)", last_id)
        return AuditCheck(ok=True, rows=0)
    head_id, head_hash = head
    if head_id > last_id:
        problem = f"{_rows(last_id + 1, head_id)} deleted: the log should end at row {head_id}"
        return _broken(total, problem, head_id)
    if head_id != last_id or head_hash != expected_prev:
        return _broken(total, f"the audit head does not match row {last_id}", last_id)
    return AuditCheck(ok=True, rows=total)


def _check_seals(
    rows: list[tuple[Any, ...]], key: bytes | None, folder: Path, *, anchored: bool
) -> AuditCheck | None:
    """The first row whose seal is missing or wrong; None if every row is sealed with ``key``.

    Rows from before the key existed carry no seal until the first sealed
    write; that is only accepted while there is no anchor file yet.
    """
    total = len(rows)
    for row_id, *_, row_hash, row_mac in rows:
        if row_mac is None:
            if not anchored:
                continue
            return _broken(total, f"row {row_id} has no seal: it was added or replaced", row_id)
        if key is None:
            path = audit_seal.key_path(folder)
            return _broken(
                total, f"the audit key {path} is missing: the seals cannot be checked", row_id
            )
        if not audit_seal.seal_matches(key, row_hash, row_mac):
            problem = (
                f"row {row_id} is not sealed with this kiosk's audit key "
                "(forged, or edited and re-chained)"
            )
            return _broken(total, problem, row_id)
    return None


def _check_anchors(
    rows: list[tuple[Any, ...]], anchors: list[audit_seal.Anchor], folder: Path
) -> AuditCheck | None:
    """The first anchor line the log no longer matches; None if it matches them all."""
    total = len(rows)
    last_id = rows[-1][0] if rows else 0
    hashes = {row[0]: row[6] for row in rows}
    if rows and not anchors and any(row[7] is not None for row in rows):
        path = audit_seal.anchor_path(folder)
        return _broken(total, f"the anchor file {path} is missing or empty", last_id)
    if anchors and anchors[0].row_id != 1 and rows and rows[0][7] is not None:
        problem = f"the anchor file starts at row {anchors[0].row_id}, not 1: it was replaced"
        return _broken(total, problem, anchors[0].row_id)
    for anchor in anchors:
        if anchor.row_id > last_id:
            top = max(a.row_id for a in anchors)
            problem = f"{_rows(last_id + 1, top)} deleted: the anchor file records row {top}"
            return _broken(total, problem, top)
        if hashes.get(anchor.row_id) != anchor.row_hash:
            problem = f"row {anchor.row_id} differs from the anchor file (rewritten)"
            return _broken(total, problem, anchor.row_id)
    return None


def _rows(first: int, last: int) -> str:
    return f"row {first}" if first == last else f"rows {first} to {last}"


def _broken(rows: int, problem: str, row_id: int) -> AuditCheck:
    return AuditCheck(ok=False, rows=rows, problem=problem, row_id=row_id)


def _canonical(value: object) -> str:
    """One JSON text per value: sorted keys, no spaces, UTF-8 as is."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _parsed(detail: str) -> Detail | None:
    try:
        value = json.loads(detail)
    except (TypeError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def _is_uuid(text: str) -> bool:
    """A request id as the store makes it; its hex may hold digit runs by chance."""
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False
