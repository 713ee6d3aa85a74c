"""R4: kill -9 during a migration leaves the old or the new schema, never a mix.

Two ways in. First, deterministically: a child (``migrator.py``) traces the
SQL the migrations run and stops just before statement n, for every n, from
every older version of the database; the parent kills it there. Second, at a
random moment inside a deliberately slow migration that inserts thousands of
rows, so the kill lands in a large transaction that has already spilled
pages into the write-ahead log. After each kill the schema must be exactly
one of the versions, the data must still be there, and reopening the store
must bring it to the newest version; reopening once more must change nothing.
"""

import contextlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlite_utils import Database

from kiosk.store import Store, migrations

MIGRATOR = Path(__file__).with_name("migrator.py")
SEED = int(os.environ.get("DURABILITY_SEED", "20261126"))
HANG_SECONDS = 60
NAMES = migrations.names()
BULK_TRIALS = 10
BULK_BATCHES = 20


# -1: a new, empty file; 0: only sqlite-utils' bookkeeping table; n: n migrations applied.
VERSIONS = range(-1, len(NAMES) + 1)


def opened(path):
    """A plain sqlite3 connection in autocommit mode, closed when the block ends."""
    return contextlib.closing(sqlite3.connect(path, isolation_level=None))


def state(path: Path) -> tuple:
    """The schema and the applied migrations: what "version" a database is at."""
    with opened(path) as conn:
        schema = tuple(
            conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name")
        )
        if not any(row[1] == "_sqlite_migrations" for row in schema):
            return schema, ()
        applied = conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")
        return schema, tuple(row[0] for row in applied)


def prepare(path: Path, version: int) -> None:
    """A database at ``version`` (see VERSIONS), holding one request if it can."""
    with Database(path) as db:
        db.enable_wal()
        if version < 0:
            return
        stop = NAMES[version] if version < len(NAMES) else None
        migrations.migrate(db, stop_before=stop)
        if "requests" in db.table_names():
            db.execute(
                "INSERT INTO requests (id, created_at, phone_e164, best_time, language, topics, "
                "consent_version, consent_sha256, consent_at, kiosk_id) VALUES ('kept', "
                "'2026-11-26T22:10:05.000Z', '+12127365000', 'any', 'en', '[]', 'v', 'h', "
                "'2026-11-26T22:10:05Z', 'k')"
            )


@pytest.fixture(scope="module")
def versions(tmp_path_factory) -> dict[int, tuple]:
    """The state of a database at each version in VERSIONS."""
    folder = tmp_path_factory.mktemp("versions")
    states = {}
    for version in VERSIONS:
        prepare(folder / f"v{version}.db", version)
        states[version] = state(folder / f"v{version}.db")
    assert len(set(states.values())) == len(states)
    return states


def start(db_path: Path, *args: str) -> tuple[subprocess.Popen, threading.Timer]:
    child = subprocess.Popen(
        [sys.executable, str(MIGRATOR), str(db_path), *args],
        stdin=subprocess.PIPE,  # never written to: a blocked child waits on it
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    watchdog = threading.Timer(HANG_SECONDS, child.kill)
    watchdog.start()
    return child, watchdog


def wait_for(child: subprocess.Popen, prefix: str, count: int = 1) -> list[str]:
    lines = []
    while len(lines) < count:
        line = child.stdout.readline()
        if not line:
            raise AssertionError(f"migrator ended early: {child.stderr.read()}")
        if line.startswith(prefix):
            lines.append(line.strip())
    return lines


def kill(child: subprocess.Popen, watchdog: threading.Timer) -> None:
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    watchdog.cancel()
    for stream in (child.stdin, child.stdout, child.stderr):
        stream.close()
    assert child.returncode == -signal.SIGKILL


def statements_from(db_path: Path) -> int:
    """How many SQL statements migrating this database runs (on a copy)."""
    probe = db_path.with_name("probe.db")
    shutil.copy(db_path, probe)
    child, watchdog = start(probe, "block", "-1")
    (line,) = wait_for(child, "statements")
    child.wait()
    watchdog.cancel()
    for stream in (child.stdin, child.stdout, child.stderr):
        stream.close()
    return int(line.split()[1])


def check_after_kill(db_path: Path, versions: dict[int, tuple], version: int, where: str) -> None:
    with opened(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], where
    now = state(db_path)
    allowed = [versions[v] for v in VERSIONS if v >= version]
    assert now in allowed, f"{where}: schema is neither old nor new: {now}"
    if version >= 1:
        with opened(db_path) as conn:
            assert conn.execute("SELECT id FROM requests").fetchall() == [("kept",)], where

    with Store.open(db_path) as store:  # the restart: finishes what was left
        assert store.recovered_from is None, where
    upgraded = state(db_path)
    assert upgraded == versions[len(NAMES)], where
    with opened(db_path) as conn:
        applied = conn.execute("SELECT * FROM _sqlite_migrations").fetchall()
    with Store.open(db_path):  # and once more: nothing to do
        pass
    assert state(db_path) == upgraded, where
    with opened(db_path) as conn:
        assert conn.execute("SELECT * FROM _sqlite_migrations").fetchall() == applied, where


# Every version but the newest, except 0: it differs from -1 only by the bookkeeping
# table, and starting from -1 already kills before and after that table is made.
STARTS = [v for v in VERSIONS[:-1] if v != 0]


@pytest.mark.parametrize("version", STARTS, ids=lambda v: f"from-v{v}")
def test_kill_before_every_statement_of_the_migrations(tmp_path, versions, version):
    prepared = tmp_path / "prepared.db"
    prepare(prepared, version)
    assert state(prepared) == versions[version]
    total = statements_from(prepared)
    assert total > 0

    for target in range(total):
        db_path = tmp_path / f"kill-{target}.db"
        shutil.copy(prepared, db_path)
        child, watchdog = start(db_path, "block", str(target))
        wait_for(child, f"blocked {target}")
        kill(child, watchdog)
        check_after_kill(db_path, versions, version, f"v{version}, killed before SQL #{target}")


def test_kill_in_the_middle_of_a_large_migration(tmp_path, versions):
    rng = random.Random(SEED)
    db_path = tmp_path / "kiosk.db"
    prepare(db_path, len(NAMES))
    for trial in range(BULK_TRIALS):
        # Late enough that the transaction has outgrown SQLite's page cache.
        batches = rng.randint(BULK_BATCHES // 2, BULK_BATCHES - 1)
        child, watchdog = start(db_path, "bulk", str(BULK_BATCHES))
        wait_for(child, "batch", count=batches)
        kill(child, watchdog)
        where = f"bulk trial {trial}, killed after {batches} batches, DURABILITY_SEED={SEED}"
        wal = db_path.with_name("kiosk.db-wal")
        assert wal.stat().st_size > 1_000_000, f"{where}: the kill came before any spill"
        check_after_kill(db_path, versions, len(NAMES), where)
        with opened(db_path) as conn:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert "bulk" not in tables, where
