"""Opening the kiosk database: durable settings asserted, a corrupt file moved aside.

Every open sets and then reads back the four pragmas the durability promise
rests on (R2): WAL, ``synchronous=FULL`` (in WAL mode only FULL
survives power loss, NORMAL only survives a crash of the process),
foreign keys (so an outbox row cannot outlive its request) and
``secure_delete`` (a purged number is overwritten, not just unlinked, R12).
If any does not hold, the store refuses to open and the kiosk takes no
requests rather than acknowledging ones it may lose.

A file SQLite cannot read as a database, or one that fails
``PRAGMA integrity_check``, is renamed (never deleted) to
``<name>.corrupt-<UTC time>``, together with its ``-wal`` and ``-shm``, and a
fresh database takes its place (R5). The check runs on a read-only
connection, so what is moved aside is what was found. Anything else that
stops the open (permissions, a full disk, an I/O error) is
``StoreUnavailable``: the file may be perfectly good, so it is left alone.

After the migrations the write-ahead log is checkpointed, so ``kiosk.db``
itself always holds the schema (R27).
"""

import contextlib
import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from kiosk.paths import make_private_dir
from kiosk.store.errors import StoreError, StoreUnavailable, describe, unavailable_on_error
from kiosk.store.migrations import MIGRATIONS, migrate

log = logging.getLogger(__name__)

# How long a write waits for another connection (the sync worker, a staff
# export) to finish before giving up with SQLITE_BUSY.
BUSY_TIMEOUT_SECONDS = 5.0

# What each pragma must read back as after it was set (R2).
REQUIRED_PRAGMAS: dict[str, object] = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "foreign_keys": 1,
    "secure_delete": 1,
}
# Order matters: the journal mode first, since it decides what "synchronous" means.
_SET_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
)
SIDECARS = ("-wal", "-shm")


class _UnreadableError(Exception):
    """The file is not a usable SQLite database; the message says why (no row data)."""


def open_database(path: Path) -> tuple[Database, Path | None]:
    """Open (creating if needed) the database at ``path``, ready for requests.

    Args:
        path: the database file, e.g. ``<data_dir>/kiosk.db``; its folder is
            created if missing.

    Returns:
        The open database at the latest schema, and the path the previous
        file was moved to if it was unreadable (else None).

    Raises:
        StoreError: a required pragma does not hold (the kiosk must not take
            requests), or even a fresh database cannot be read.
        StoreUnavailable: the folder or file cannot be created, opened or
            migrated (permissions, disk full, I/O error).
    """
    try:
        if str(path) != ":memory:":
            make_private_dir(path.parent)  # the data dir: 0700 whatever the umask (R11)
    except OSError as exc:
        raise StoreUnavailable(f"cannot create {exc.filename}: {exc.strerror}") from exc

    recovered_from = None
    try:
        db = _open_checked(path)
    except _UnreadableError as unreadable:
        recovered_from = move_aside(path)
        log.warning(
            "database %s was unreadable (%s); moved it aside to %s and started an empty one",
            path,
            unreadable,
            recovered_from,
        )
        try:
            db = _open_checked(path)
        except _UnreadableError as again:
            raise StoreError(f"a fresh database at {path} is unreadable too ({again})") from None

    try:
        assert_pragmas(db)
        with unavailable_on_error("bring the database schema up to date"):
            changed = bool(MIGRATIONS.pending(db))
            migrate(db)
            if changed:
                # Fold the new schema into kiosk.db now: left in the -wal, a
                # copy of kiosk.db alone would hold no tables at all (R27).
                db.execute("PRAGMA wal_checkpoint(PASSIVE)")
    except BaseException:
        db.close()
        raise
    return db, recovered_from


def read_pragmas(db: Database) -> dict[str, object]:
    """The current value of each pragma in ``REQUIRED_PRAGMAS`` on this connection."""
    return {name: db.conn.execute(f"PRAGMA {name}").fetchone()[0] for name in REQUIRED_PRAGMAS}


def assert_pragmas(db: Database) -> None:
    """Raise ``StoreError`` unless every pragma in ``REQUIRED_PRAGMAS`` holds (R2)."""
    actual = read_pragmas(db)
    wrong = [
        f"{name}={actual[name]!r} (needs {expected!r})"
        for name, expected in REQUIRED_PRAGMAS.items()
        if actual[name] != expected
    ]
    if wrong:
        raise StoreError(
            f"database pragma check failed: {', '.join(wrong)}; refusing to take requests"
        )


@contextlib.contextmanager
def immediate(db: Database) -> Iterator[Database]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back on any exception.

    Like ``db.atomic()``, but it takes the write lock before the first read.
    In WAL mode a deferred transaction that reads first (sqlite-utils reads
    the table's columns before inserting) fails at once with SQLITE_BUSY if
    another connection, such as the sync worker, committed in between; an
    immediate one instead waits up to the busy timeout.
    """
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
        db.execute("COMMIT")
    except BaseException:
        # A failed COMMIT (disk full, I/O error) leaves the transaction open;
        # some errors roll it back themselves, which rollback() allows for.
        db.rollback()
        raise


def move_aside(path: Path) -> Path:
    """Rename ``path`` and its ``-wal``/``-shm`` to ``<name>.corrupt-<UTC time>``; never delete.

    Returns:
        The new path of the main file (its sidecars sit next to it, with the
        same suffixes, so SQLite can still open the set for forensics).
    """
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    serial = 1
    while any(Path(f"{target}{suffix}").exists() for suffix in ("", *SIDECARS)):
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{serial}")
        serial += 1
    try:
        # Sidecars first: a -wal left behind next to a fresh, empty database
        # would be replayed into it on the next open.
        for suffix in (*SIDECARS, ""):
            source = Path(f"{path}{suffix}")
            if source.exists():
                source.rename(f"{target}{suffix}")
        _sync_folder(path.parent)
    except OSError as exc:
        raise StoreUnavailable(
            f"could not move the unreadable database {path} aside: {exc.strerror}"
        ) from exc
    return target


def _open_checked(path: Path) -> Database:
    """Check the file read-only, then connect for writing and set the pragmas.

    Raises:
        _UnreadableError: the file is not a database, or fails ``integrity_check``.
        StoreUnavailable: it cannot be created or opened.
    """
    try:
        _create_private(path)
    except OSError as exc:
        raise StoreUnavailable(f"cannot create {path}: {exc.strerror}") from exc
    if str(path) != ":memory:":
        _check_read_only(path)
    with _classified(path):
        # isolation_level=None: the driver never opens a transaction on its
        # own; every transaction is an explicit BEGIN in this package or in
        # sqlite-utils, so what is atomic is visible in the code.
        conn = sqlite3.connect(
            path,
            timeout=BUSY_TIMEOUT_SECONDS,
            isolation_level=None,
            check_same_thread=False,
        )
        try:
            for statement in _SET_PRAGMAS:
                conn.execute(statement)
            # No sqlite-utils plugins: nothing outside this package touches the connection.
            return Database(conn, execute_plugins=False)
        except BaseException:
            conn.close()
            raise


def _check_read_only(path: Path) -> None:
    """Run ``integrity_check`` on a read-only connection.

    Read-only, because closing the last read-write connection checkpoints
    the -wal into the main file and deletes it (SQLite even deletes a -wal it
    could not read), which would change the very files R5 moves aside intact.
    """
    with _classified(path):
        conn = sqlite3.connect(
            path.absolute().as_uri() + "?mode=ro",
            uri=True,
            timeout=BUSY_TIMEOUT_SECONDS,
            isolation_level=None,
        )
        try:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        finally:
            conn.close()
    if problems != ["ok"]:
        raise _UnreadableError(f"integrity_check: {problems[0]}")


@contextlib.contextmanager
def _classified(path: Path) -> Iterator[None]:
    """SQLite errors as ``_UnreadableError`` (a damaged file), else ``StoreUnavailable``."""
    try:
        yield
    except sqlite3.Error as exc:
        if _is_unreadable(exc):
            raise _UnreadableError(describe(exc)) from exc
        raise StoreUnavailable(f"could not open the database {path} ({describe(exc)})") from exc


def _create_private(path: Path) -> None:
    """Create an empty database file readable by the kiosk user only, if there is none.

    SQLite would create it 0644 (less the umask), readable by every local
    account; its ``-wal`` and ``-shm`` copy the main file's mode, so making
    this one private keeps all three private (R11).
    """
    if str(path) == ":memory:":
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    try:
        os.fchmod(fd, 0o600)  # a umask that takes owner bits too must not lock us out
    finally:
        os.close(fd)


def _is_unreadable(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name == "SQLITE_NOTADB" or name.startswith("SQLITE_CORRUPT")


def _sync_folder(folder: Path) -> None:
    """Make the renames durable: fsync the folder that holds them."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
