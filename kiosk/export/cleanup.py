"""Old export files on the kiosk's own disk are removed like the requests they hold (R12).

Exports to a USB stick leave with the stick; exports into the kiosk's
``exports`` folder would otherwise keep numbers long after the database
purged them. Half-written ``.part`` files left by a crash go too.
"""

import datetime as dt
import time
from pathlib import Path

PART_GRACE_SECONDS = 3600  # an export in progress is never older than this


def remove_old_exports(folder: Path, retention_days: int, *, now: float | None = None) -> int:
    """Delete export files older than ``retention_days`` and stale ``.part`` files.

    Returns:
        How many files were removed.
    """
    if not folder.is_dir():
        return 0
    now = time.time() if now is None else now
    cutoff = now - dt.timedelta(days=retention_days).total_seconds()
    removed = 0
    for path in folder.iterdir():
        if not path.is_file():
            continue
        age_limit = now - PART_GRACE_SECONDS if path.name.endswith(".part") else cutoff
        is_export = path.name.startswith(("callbacks-", ".callbacks-"))
        if is_export and path.stat().st_mtime < age_limit:
            path.unlink(missing_ok=True)
            removed += 1
    return removed
