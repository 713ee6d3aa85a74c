"""Child process for the R4 tests: open the store and migrate, stopping where told.

python tests/durability/migrator.py <database> block <n>
    Trace every SQL statement the migrations run; just before statement
    number <n> (counting from 0), print "blocked <n>" and wait forever for
    the parent to kill us. With <n> = -1, run to the end and print
    "statements <count>".
python tests/durability/migrator.py <database> bulk <batches>
    Add one slow migration after the real ones that inserts <batches>
    batches of rows, printing "batch <i>" after each, so the parent can
    kill it in the middle of a large uncommitted transaction.
"""

import itertools
import sys
from pathlib import Path

from sqlite_utils import Database

from kiosk.store import Store, database, migrations

BULK_ROWS = 2000
BULK_PAD = "x" * 300


def blocking_at(target: int) -> None:
    counter = itertools.count()
    real_migrate = database.migrate

    def hook(sql: str, params: object) -> None:
        number = next(counter)
        if number == target:
            print(f"blocked {number}", flush=True)
            sys.stdin.read()  # the parent never writes: we stay here until killed

    def traced(db: Database, stop_before: str | None = None) -> None:
        with db.tracer(hook):
            real_migrate(db, stop_before)

    database.migrate = traced
    Store.open(Path(sys.argv[1])).close()
    print(f"statements {next(counter)}", flush=True)


def bulk(batches: int) -> None:
    @migrations.MIGRATIONS(name="m900_bulk_for_durability_test")
    def bulk_rows(db: Database) -> None:
        db.execute("CREATE TABLE bulk (n INTEGER, pad TEXT)")
        for batch in range(batches):
            db.conn.executemany(
                "INSERT INTO bulk VALUES (?, ?)",
                ((batch * BULK_ROWS + i, BULK_PAD) for i in range(BULK_ROWS)),
            )
            print(f"batch {batch}", flush=True)

    Store.open(Path(sys.argv[1])).close()
    print("done", flush=True)


if __name__ == "__main__":
    if sys.argv[2] == "block":
        blocking_at(int(sys.argv[3]))
    else:
        bulk(int(sys.argv[3]))
