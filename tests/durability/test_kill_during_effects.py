"""R32 with kill -9: exports and purges are never without their audit rows.

A child process (``effects.py``) marks a request done, exports the list,
and purges, over and over, printing a line at each point of interest; the
parent SIGKILLs it right after a random one of them, so the kill lands in
the window that follows: writing the temporary file, committing the audit
row, renaming, deleting rows and committing their audit row, checkpointing.
Then, as the kiosk does at its next start, the stale temporary files are
removed, and:

- every export file in the folder has its audit row (its name is in one);
- every purged request is in a purge row's count: the requests marked done
  equal those still there plus every purge row's count;
- no temporary ``.part`` file is left;
- the audit log verifies (chain, seals, anchor) and the database is whole.

One data dir is reused across all trials, so the log grows through every crash.
"""

import contextlib
import json
import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

from kiosk.staff import Audit
from kiosk.staff.exports import EXPORTS_FOLDER, remove_stale_parts
from kiosk.store import DATABASE_NAME, Store
from tests.conftest import REPO
from tests.durability import kill
from tests.durability.saver import REQUEST

TRIALS = 120  # about 30 s on 2 cores
MAX_LINES_BEFORE_KILL = 18  # a round prints 6 lines: up to 3 rounds per trial
# What the child prints after each point; the kill lands just after one of them.
POINTS = (
    "done",
    "export: file complete, row next",
    "export: row committed, rename next",
    "export",
    "purge: committed, checkpoint next",
    "purge",
)
BACKGROUND_REQUESTS = 400  # never purged: each export has real work to do
SEED = int(os.environ.get("DURABILITY_SEED", "20261126"))
EFFECTS = Path(__file__).with_name("effects.py")


def prepare(data_dir: Path) -> None:
    with Store.open(data_dir / DATABASE_NAME) as store:
        for _ in range(BACKGROUND_REQUESTS):
            store.save_request(REQUEST)
        with store.writing("prepare") as db:
            db.execute("CREATE TABLE test_done (total INTEGER NOT NULL)")
            db.execute("INSERT INTO test_done VALUES (0)")


def run_trial(data_dir: Path, trial: int, lines: int) -> list[str]:
    child = subprocess.Popen(
        [sys.executable, str(EFFECTS), str(data_dir), str(trial)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    return [line.strip() for line in kill.read_then_kill(child, lines) if line.endswith("\n")]


def audit_rows(db_path: Path, action: str) -> list[dict]:
    with contextlib.closing(sqlite3.connect(db_path, isolation_level=None)) as conn:
        found = conn.execute("SELECT detail FROM audit WHERE action = ?", [action]).fetchall()
    return [json.loads(detail) for (detail,) in found]


def counts(db_path: Path) -> tuple[int, int]:
    """(requests ever marked done, done requests still stored)."""
    with contextlib.closing(sqlite3.connect(db_path, isolation_level=None)) as conn:
        (marked,) = conn.execute("SELECT total FROM test_done").fetchone()
        (left,) = conn.execute("SELECT count(*) FROM requests WHERE status = 'done'").fetchone()
    return marked, left


def test_every_export_and_purge_is_audited_across_kills(tmp_path):
    rng = random.Random(SEED)
    data_dir = tmp_path / "data"
    db_path = data_dir / DATABASE_NAME
    exports = data_dir / EXPORTS_FOLDER
    prepare(data_dir)
    parts_found = 0
    printed: list[str] = []

    for trial in range(TRIALS):
        lines = rng.randint(1, MAX_LINES_BEFORE_KILL)
        printed += run_trial(data_dir, trial, lines)
        where = f"trial {trial}, killed after {lines} lines, DURABILITY_SEED={SEED}"

        # The next start: as kiosk.app does before anything else.
        parts_found += remove_stale_parts(exports)
        assert sorted(p.name for p in exports.glob(".*.part")) == [], where

        audited_files = {row.get("file") for row in audit_rows(db_path, "export")}
        present = {p.name for p in exports.glob("callbacks-*.csv")}
        assert present <= audited_files, f"{where}: unaudited {sorted(present - audited_files)}"

        marked, left = counts(db_path)
        purged = sum(row.get("count", 0) for row in audit_rows(db_path, "purge"))
        assert marked == left + purged, f"{where}: {marked} done, {left} left, {purged} audited"

        with Store.open(db_path) as store:
            assert store.recovered_from is None, where
            assert store.integrity_ok(), where
            check = Audit(store).verify()
            assert check.ok, f"{where}: {check.problem}"

    # Every point was reached, so every window after one was open to a kill; some
    # kills came between a complete temporary file and its rename.
    assert set(POINTS) <= set(printed)
    assert parts_found > 0
    marked, _ = counts(db_path)
    assert marked >= TRIALS // 2
    print(f"{TRIALS} trials, {marked} requests purged, {parts_found} stale .part files removed")
