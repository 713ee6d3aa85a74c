"""A consistent copy of the kiosk database while the kiosk runs (R27).

Copying ``kiosk.db`` by hand is not a backup: with the write-ahead log on,
recent changes (at first even the tables themselves) are only in
``kiosk.db-wal``. ``backup`` uses SQLite's online backup API instead, which
reads the database as one snapshot, log included, and does not stop the
kiosk writing. The copy is written under a temporary name (0600: it holds
patients' numbers), switched to a single self-contained file (no -wal),
checked with ``PRAGMA integrity_check``, flushed to disk, and only then
renamed to the name asked for. An existing file is never replaced.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kiosk.store.errors import StoreUnavailable, describe

BUSY_TIMEOUT_SECONDS = 5.0
PAGES_PER_STEP = 1024  # the kiosk's writers get a turn between steps


class BackupError(StoreUnavailable):
    """No backup was made; the message names the file and the reason."""


@dataclass(frozen=True)
class Backup:
    path: Path
    pages: int
    requests: int


def backup(database: Path, out: Path) -> Backup:
    """Copy ``database`` consistently to ``out`` (created 0600), checked, or not at all.

    Raises:
        BackupError: no database, ``out`` already exists, or the copy
            failed or did not pass its integrity check (nothing is left at ``out``).
    """
    if not database.is_file():
        raise BackupError(f"there is no database at {database}")
    if out.exists():
        raise BackupError(f"{out} already exists; name a new file")
    if out.parent.resolve() == database.parent.resolve() and out.name.startswith(database.name):
        raise BackupError(f"{out} is where the kiosk keeps its own files; name another file")
    partial = out.with_name(f".{out.name}.backup-part")
    try:
        _create_private(partial)
        pages = _copy(database, partial)
        requests = _check(partial)
        _fsync(partial)
        os.link(partial, out)  # fails if out appeared meanwhile: never replaces a file
        _fsync(out.parent)
    except OSError as exc:
        raise BackupError(f"cannot write {out}: {exc.strerror or exc}") from None
    finally:
        for leftover in (partial, Path(f"{partial}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
    return Backup(out, pages, requests)


def _create_private(path: Path) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


def _copy(database: Path, target: Path) -> int:
    """The online backup itself; returns how many pages were copied."""
    try:
        with (
            contextlib.closing(
                sqlite3.connect(
                    f"{database.absolute().as_uri()}?mode=rw",
                    uri=True,
                    timeout=BUSY_TIMEOUT_SECONDS,
                    isolation_level=None,
                )
            ) as source,
            contextlib.closing(sqlite3.connect(target, isolation_level=None)) as copy,
        ):
            source.backup(copy, pages=PAGES_PER_STEP)
            # The copy came over in WAL mode; one file is what a backup should be.
            copy.execute("PRAGMA journal_mode = DELETE")
            (pages,) = copy.execute("PRAGMA page_count").fetchone()
    except sqlite3.Error as exc:
        raise BackupError(f"could not copy {database} ({describe(exc)})") from exc
    return int(pages)


def _check(copy_path: Path) -> int:
    """Raise unless the copy passes ``integrity_check``; how many requests it holds."""
    try:
        with contextlib.closing(
            sqlite3.connect(f"{copy_path.absolute().as_uri()}?mode=ro", uri=True)
        ) as copy:
            problems = [row[0] for row in copy.execute("PRAGMA integrity_check")]
            tables = {row[0] for row in copy.execute("SELECT name FROM sqlite_master")}
            requests = (
                copy.execute("SELECT count(*) FROM requests").fetchone()[0]
                if "requests" in tables
                else 0
            )
    except sqlite3.Error as exc:
        raise BackupError(f"the copy cannot be read back ({describe(exc)})") from exc
    if problems != ["ok"]:
        raise BackupError(f"the copy failed its integrity check ({problems[0]})")
    return int(requests)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
