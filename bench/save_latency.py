"""Durable save latency: ``Store.save_request`` against raw sqlite3, side by side.

Both sides write the same two rows (the request and its outbox row) in one
transaction, into the same schema, with the same pragmas (WAL,
``synchronous=FULL``), on the same filesystem, in one run. The baseline is
what the store cannot beat: plain ``sqlite3`` with hand-written INSERTs; the
difference is what sqlite-utils, the store's lock and its error handling cost.
Rounds alternate between the two so drift of the machine hits both alike.
The budget (docs/design.md) is under 50 ms at the 99th percentile.

    python bench/save_latency.py [--saves 10000] [--rounds 10] [--dir PATH]
"""

import argparse
import datetime as dt
import json
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from kiosk.callbacks import new_request, record_consent
from kiosk.store import Store

BUDGET_P99_MS = 50.0

REQUEST = new_request(
    phone_e164="+12127365000",
    first_name="Ana María",
    best_time="morning",
    language="es",
    topics=("y90", "tace"),
    consent=record_consent("Sí, la clínica puede llamarme.", "2026-11-es-1", "bench"),
)


def store_saver(folder: Path) -> tuple[Callable[[], object], Callable[[], None]]:
    store = Store.open(folder / "store.db")
    return (lambda: store.save_request(REQUEST)), store.close


def raw_saver(folder: Path) -> tuple[Callable[[], object], Callable[[], None]]:
    path = folder / "raw.db"
    Store.open(path).close()  # the same schema and indexes
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("PRAGMA secure_delete = ON")
    consent = REQUEST.consent

    def save() -> str:
        request_id = str(uuid.uuid4())
        now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO requests (id, created_at, phone_e164, first_name, best_time, language, "
            "topics, consent_version, consent_sha256, consent_at, kiosk_id, status) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new')",
            (
                request_id,
                now,
                REQUEST.phone_e164,
                REQUEST.first_name,
                REQUEST.best_time,
                REQUEST.language,
                json.dumps(list(REQUEST.topics)),
                consent.text_version,
                consent.text_sha256,
                consent.given_at,
                consent.kiosk_id,
            ),
        )
        conn.execute(
            "INSERT INTO outbox (request_id, status, attempts) VALUES (?, 'pending', 0)",
            (request_id,),
        )
        conn.execute("COMMIT")
        return request_id

    return save, conn.close


def timed(save: Callable[[], object], count: int) -> list[float]:
    times = []
    for _ in range(count):
        started = time.perf_counter()
        save()
        times.append((time.perf_counter() - started) * 1000)
    return times


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile: the smallest value with ``fraction`` of all at or below it."""
    ordered = sorted(values)
    rank = max(1, round(fraction * len(ordered) + 0.5 - 1e-9))
    return ordered[min(rank, len(ordered)) - 1]


def summary(name: str, values: list[float]) -> str:
    return (
        f"{name:<26} p50 {percentile(values, 0.50):6.2f} ms   "
        f"p99 {percentile(values, 0.99):6.2f} ms   max {max(values):7.2f} ms   "
        f"mean {sum(values) / len(values):6.2f} ms   (n={len(values)})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=10_000, help="saves per side")
    parser.add_argument("--rounds", type=int, default=10, help="alternations between sides")
    parser.add_argument("--dir", type=Path, default=None, help="where the temporary dbs go")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        folder = Path(tmp)
        store_save, store_close = store_saver(folder)
        raw_save, raw_close = raw_saver(folder)
        results: dict[str, list[float]] = {"Store.save_request": [], "raw sqlite3 (baseline)": []}
        per_round = args.saves // args.rounds
        try:
            for round_number in range(args.rounds):
                sides = [("Store.save_request", store_save), ("raw sqlite3 (baseline)", raw_save)]
                if round_number % 2:
                    sides.reverse()
                for name, save in sides:
                    results[name] += timed(save, per_round)
        finally:
            store_close()
            raw_close()
        print(f"{args.saves} durable saves per side (WAL, synchronous=FULL) in {folder}")
        for name, values in results.items():
            print(summary(name, values))
        p99 = percentile(results["Store.save_request"], 0.99)
        verdict = "within" if p99 < BUDGET_P99_MS else "OVER"
        print(f"budget: p99 under {BUDGET_P99_MS:.0f} ms -> {verdict} budget")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
