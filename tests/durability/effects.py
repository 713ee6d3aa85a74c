"""Child process for the R32 test: export and purge in a loop, printing after each step.

    python tests/durability/effects.py <data dir> <trial>

Each round marks one request done (and counts it in the test's own
``test_done`` table, in the same transaction), exports the list as CSV into
``<data dir>/exports`` through the kiosk's one audited-export path, and runs
the purge. A line is printed (and flushed) at each point where a step
begins or a part of it is done, and also inside the export and the purge:
when the temporary file is complete and its audit row about to be written,
when the row has committed and the rename is next, when the purge has
committed and the checkpoint is next. The parent kills us right after a
line it picked at random, so the kill lands in the narrow window after it.
"""

import datetime as dt
import itertools
import sys
from pathlib import Path

from kiosk.staff import Audit, purge
from kiosk.staff.audit import Detail
from kiosk.staff.exports import EXPORTS_FOLDER, audited_export
from kiosk.store import DATABASE_NAME, Store
from kiosk.store.requests import stamp
from tests.durability.saver import REQUEST

RETENTION_DAYS = 1
ACTOR = "durability"


def say(what: str) -> None:
    sys.stdout.write(what + "\n")
    sys.stdout.flush()


class TalkingAudit(Audit):
    """Says when an export's row is about to be written, and when it has committed."""

    def record(self, action: str, actor: str, detail: Detail | None = None) -> None:
        say(f"{action}: file complete, row next")
        super().record(action, actor, detail)
        say(f"{action}: row committed, rename next")


class TalkingStore(Store):
    """Says when the purge has committed (its checkpoint is what follows)."""

    def checkpoint(self, *, truncate: bool = True) -> None:
        say("purge: committed, checkpoint next")
        super().checkpoint(truncate=truncate)


def main(data_dir: Path, trial: int) -> None:
    store = TalkingStore.open(data_dir / DATABASE_NAME)
    audit = TalkingAudit(store)
    exports = data_dir / EXPORTS_FOLDER
    done_at = stamp(dt.datetime.now(dt.UTC) - dt.timedelta(days=RETENTION_DAYS + 1))
    for n in itertools.count():
        request_id = store.save_request(REQUEST)
        with store.writing("mark done") as db:
            db.execute(
                "UPDATE requests SET status = 'done', status_changed_at = ? WHERE id = ?",
                [done_at, request_id],
            )
            db.execute("UPDATE test_done SET total = total + 1")
        say("done")
        audited_export(
            store,
            audit,
            "csv",
            exports
            / f"callbacks-t{trial}-n{n}.csv",  # letters between the numbers: not phone-like
            actor=ACTOR,
            region="US",
            clinic_name="Durability clinic",
        )
        say("export")
        purge(store, audit, RETENTION_DAYS, actor=ACTOR)
        say("purge")


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
