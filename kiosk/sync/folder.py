"""The folder target: one JSON file per request in ``sync_folder`` (docs/sync.md).

The folder may be local, a USB drive or a mounted SMB/NFS share. Each
request becomes ``<request id>.json``, the same document the webhook posts.
It is written as a hidden temporary file, flushed to disk, then linked
into place under its final name (which fails rather than overwrite), and
the folder itself is flushed: a reader never sees half a file, and a file
that is there is complete even after a power cut. A file already there
under that name means an earlier attempt got through: the request counts
as delivered and nothing is written (R7).
"""

from __future__ import annotations

import contextlib
import errno
import os
import uuid
from pathlib import Path
from typing import Any

from kiosk.sync.attempt import PAUSE, RETRY, SENT, Attempt
from kiosk.sync.document import encode

SUFFIX = ".json"
PART_PREFIX = ".part-"  # consumers skip names starting with a dot (docs/sync.md)


class FolderTarget:
    name = "folder"

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def deliver(self, request_id: str, document: dict[str, Any]) -> Attempt:
        final = self.folder / f"{request_id}{SUFFIX}"
        if not self.folder.is_dir():
            return Attempt(RETRY, f"the sync folder {self.folder} is not there (not mounted?)")
        if final.exists():
            return Attempt(SENT, "already in the sync folder")
        part = self.folder / f"{PART_PREFIX}{request_id}-{uuid.uuid4().hex[:8]}"
        try:
            _write_synced(part, encode(document))
            try:
                _place(part, final)
            except FileExistsError:
                return Attempt(SENT, "already in the sync folder")
            _sync_folder(self.folder)
        except PermissionError:
            return Attempt(PAUSE, f"the kiosk may not write to the sync folder {self.folder}")
        except OSError as exc:
            return Attempt(RETRY, f"could not write to the sync folder: {exc.strerror or exc}")
        finally:
            with contextlib.suppress(FileNotFoundError, OSError):
                part.unlink()
        return Attempt(SENT, "written to the sync folder")


def _write_synced(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)


def _place(part: Path, final: Path) -> None:
    """Give ``part`` its final name without ever replacing a file of that name."""
    try:
        os.link(part, final)  # atomic, and fails if ``final`` exists
    except OSError as exc:
        if isinstance(exc, FileExistsError) or exc.errno not in (
            errno.EPERM,
            errno.ENOTSUP,
            errno.EOPNOTSUPP,
            errno.EXDEV,
        ):
            raise
        # Some shares have no hard links: check, then rename (one writer per folder).
        if final.exists():
            raise FileExistsError(final) from None
        os.rename(part, final)


def _sync_folder(folder: Path) -> None:
    """Make the new name itself durable; not possible (nor needed) on Windows."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
