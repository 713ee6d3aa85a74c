"""One export: read the requests, turn them into rows, write the file all at once or not at all.

The file is written under a temporary name in the destination folder,
flushed to the device, and only then renamed over the destination
(``os.replace``). A USB stick pulled out, a full disk or a crash half-way
never leaves a truncated list that looks complete: the destination holds
the previous file or the new one. The temporary file is created readable by
its owner only (the list holds patients' phone numbers), and removed if
anything fails.

Writing the audit row for an export is the caller's job (R15): the caller
knows who asked for it. ``before_replace`` lets it commit that row after the
file is complete and before it appears under its name
(``kiosk.staff.exports``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.export.csv_writer import write_csv
from kiosk.export.pdf_writer import paper_for_region, write_pdf
from kiosk.export.rows import rows_for_export
from kiosk.export.xlsx_writer import write_xlsx

if TYPE_CHECKING:  # only the type: importing sqlite-utils would slow every `kiosk` command
    from kiosk.store import Store

log = logging.getLogger(__name__)

FORMATS = ("csv", "xlsx", "pdf")
PART_SUFFIX = ".part"  # the temporary file: ".<name>.<random>.part", next to the file


def export(
    store: Store,
    fmt: str,
    out: Path,
    *,
    region: str,
    clinic_name: str,
    status: str | None = None,
    since: dt.date | None = None,
    before_replace: Callable[[int], None] | None = None,
    topic_names: Mapping[str, str] | None = None,
) -> int:
    """Write the call-back list to ``out`` as ``fmt``, atomically.

    Args:
        store: the open store to read requests from.
        fmt: one of ``FORMATS``.
        out: the file to create or replace; its folder must exist.
        region: the clinic's region code, for phone numbers and the PDF's paper.
        clinic_name: the workbook title and the PDF's heading.
        status: only requests with this status (``new``, ``called``, ``done``).
        since: only requests received on or after this UTC day.
        before_replace: called with the row count once the temporary file is
            complete and on the device, before it is renamed to ``out``; if it
            raises, the temporary file is removed and ``out`` is left as it was.
        topic_names: topic ids to names (``kiosk.export.topics.topic_names``).

    Returns:
        How many requests were written.

    Raises:
        ValueError: ``fmt`` or ``status`` is not a known one.
        OSError: the file could not be written; ``out`` is left as it was.
        StoreUnavailable: the requests could not be read.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    rows = rows_for_export(
        store.requests(status=status, since=since), region=region, topic_names=topic_names
    )
    return write(
        rows, fmt, out, region=region, clinic_name=clinic_name, before_replace=before_replace
    )


def write(
    rows: list[tuple[str, ...]],
    fmt: str,
    out: Path,
    *,
    region: str,
    clinic_name: str,
    before_replace: Callable[[int], None] | None = None,
) -> int:
    """Write rows from ``rows_for_export`` to ``out`` as ``fmt``, atomically, as ``export`` does.

    For lists that do not come from this kiosk's store (``kiosk sync open``).
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    out = Path(out)
    with _replaced_atomically(out, lambda: before_replace and before_replace(len(rows))) as part:
        if fmt == "csv":
            write_csv(rows, part)
        elif fmt == "xlsx":
            write_xlsx(rows, part, title=clinic_name)
        else:
            write_pdf(
                rows,
                part,
                clinic_name=clinic_name,
                generated_at=dt.datetime.now().astimezone(),
                paper=paper_for_region(region),
            )
    log.info("exported %d requests as %s to %s", len(rows), fmt, out)
    return len(rows)


@contextlib.contextmanager
def _replaced_atomically(out: Path, before_replace: Callable[[], object]) -> Iterator[Path]:
    """A temporary path next to ``out`` that replaces ``out`` if the block succeeds."""
    # Same folder: os.replace is atomic only within one file system.
    fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=PART_SUFFIX, dir=out.parent)
    os.close(fd)
    part = Path(name)
    try:
        yield part
        _flush_to_device(part)
        before_replace()
        os.replace(part, out)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    _flush_folder(out.parent)


def _flush_to_device(path: Path) -> None:
    """fsync the file: "exported" must mean on the stick, not in the page cache."""
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def _flush_folder(folder: Path) -> None:
    """fsync the folder so the rename itself survives a pulled stick or power cut."""
    if os.name != "posix":
        return  # Windows cannot open a folder for fsync; NTFS/FAT commit renames themselves.
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
