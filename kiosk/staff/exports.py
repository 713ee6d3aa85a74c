"""Exporting the call-back list for someone: the one audited-export policy (R15, R32).

The staff screen and ``kiosk export`` both call ``audited_export``. The file
is written under a temporary name next to its destination; its audit row
commits; only then is it renamed into place. So every export file that
exists has its audit row, and a failed audit leaves no file. A crash between
the commit and the rename leaves an audit row and a hidden ``.part`` file,
which ``remove_stale_parts`` deletes at the next start and before each export.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.export.exporter import FORMATS, PART_SUFFIX, export
from kiosk.paths import make_private_dir
from kiosk.staff.audit import MAX_VALUE_LENGTH, Audit, Detail, looks_like_phone
from kiosk.store.errors import StoreError
from kiosk.store.requests import STATUSES

if TYPE_CHECKING:
    from kiosk.store import Store

# The kiosk's own folder for exports, under data_dir, when no drive is plugged in.
EXPORTS_FOLDER = "exports"
FILE_PREFIX = "callbacks-"
_STALE_PART = re.compile(r"^\..+\.[^.]+\.[A-Za-z0-9_]+" + re.escape(PART_SUFFIX) + "$")


class ExportError(Exception):
    """An export that did not happen; the message is safe to show and log (no row data)."""


@dataclass(frozen=True)
class Exported:
    path: Path
    rows: int


def file_name(fmt: str, now: dt.datetime) -> str:
    """The name the staff screen gives an export, e.g. ``callbacks-2026-11-26-221005.csv``."""
    return f"{FILE_PREFIX}{now:%Y-%m-%d-%H%M%S}.{fmt}"


def audited_export(
    store: Store,
    audit: Audit,
    fmt: str,
    out: Path,
    *,
    actor: str,
    region: str,
    clinic_name: str,
    status: str | None = None,
    since: dt.date | None = None,
    topic_names: Mapping[str, str] | None = None,
) -> Exported:
    """Write the list to ``out`` as ``fmt`` for ``actor``, with its audit row, or not at all.

    Args:
        store: the open store; ``audit`` must be its audit log.
        fmt: one of ``FORMATS``.
        out: the file to create or replace; its folder is created (0700) if missing.
        actor: who asked: a staff member's name, or ``cli:<login>``.
        region, clinic_name: the clinic's, for numbers, paper and headings.
        status: only requests with this status; None for all.
        since: only requests received on or after this UTC day.
        topic_names: topic ids to the names the file shows (``kiosk.export.topics``).

    Raises:
        ValueError: an unknown ``fmt`` or ``status`` (a caller's bug or a typo).
        ExportError: the file could not be written or the export not audited;
            nothing was left at ``out``.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    if status is not None and status not in STATUSES:
        raise ValueError(f"status must be one of {', '.join(STATUSES)}")
    out = Path(out)

    def record(rows: int) -> None:  # after the file is complete, before it is in place
        audit.record("export", actor, audit_detail(fmt, rows, out.name, status, since))

    try:
        if not out.parent.exists():  # the kiosk's own folder: private; a drive is left alone
            make_private_dir(out.parent)
        remove_stale_parts(out.parent)
        rows = export(
            store,
            fmt,
            out,
            region=region,
            clinic_name=clinic_name,
            status=status,
            since=since,
            before_replace=record,
            topic_names=topic_names,
        )
    except StoreError as exc:  # StoreUnavailable too; their messages hold no row data
        raise ExportError(str(exc)) from exc
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from exc
    except ImportError as exc:  # a writer's library missing from a broken build
        raise ExportError(f"this build cannot write {fmt} files: {exc.name}") from exc
    return Exported(out, rows)


def audit_detail(
    fmt: str, rows: int, name: str, status: str | None, since: dt.date | None
) -> Detail:
    """What the audit row says of an export: format, rows, filters, and the file's name.

    The name is left out when the audit log would refuse it as phone-like
    (e.g. "list-20261126.csv" has eight digits in a row) or too long: the
    export must not fail over a file name.
    """
    detail: Detail = {"format": fmt, "rows": rows}
    if status:
        detail["status"] = status
    if since:
        detail["since"] = since.isoformat()
    if len(name) <= MAX_VALUE_LENGTH and not looks_like_phone(name):
        detail["file"] = name
    return detail


def remove_stale_parts(folder: Path) -> int:
    """Delete the hidden temporary files an interrupted export left in ``folder``.

    They may hold phone numbers in clear (R32). Only our own names are
    touched: ``.<name>.<random>.part``, as ``kiosk.export.exporter`` makes them.

    Returns:
        How many were removed.
    """
    removed = 0
    try:
        entries = list(folder.iterdir())
    except OSError:
        return 0
    for path in entries:
        if _STALE_PART.match(path.name) and path.is_file():
            path.unlink(missing_ok=True)
            removed += 1
    return removed
