"""What keeps the audit log honest from outside the database: a key file and an anchor file (R26).

``audit.key`` holds a random secret (64 hex digits, mode 0600) beside the
database. Each audit row carries ``HMAC-SHA256(key, row_hash)``, so whoever
has only the database cannot write a row, or re-chain edited ones, that
verifies. ``deploy/linux/install.sh`` creates the key; if it is missing the
kiosk makes one at its first audit row and logs a warning (``kiosk doctor``
warns too).

``audit.anchor`` gets one line, ``<row id> <row hash>``, appended and
flushed to disk after each audit row commits, and the same words are logged.
Deleting rows from the database, even all of them together with the head,
leaves anchor lines that name rows no longer there. install.sh marks the
file append-only (``chattr +a``) where the file system allows it, so the
kiosk's own account cannot shorten it either; only root can.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from kiosk.store.errors import StoreUnavailable

log = logging.getLogger(__name__)

KEY_FILE = "audit.key"
ANCHOR_FILE = "audit.anchor"
_KEY_HEX_DIGITS = 64


class SealError(StoreUnavailable):
    """The key or anchor file cannot be used; the message names the file.

    A ``StoreUnavailable``: an action whose audit row cannot be sealed is not
    done, just as when the row cannot be written.
    """


@dataclass(frozen=True)
class Anchor:
    """One anchor line: the row id and hash the log had as its head."""

    line: int
    row_id: int
    row_hash: str


def key_path(folder: Path) -> Path:
    return folder / KEY_FILE


def anchor_path(folder: Path) -> Path:
    return folder / ANCHOR_FILE


def read_key(folder: Path) -> bytes | None:
    """The audit key in ``folder``, or None if there is no key file.

    Raises:
        SealError: the file exists but cannot be read or is not a key.
    """
    path = key_path(folder)
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise SealError(f"cannot read the audit key {path}: {_why(exc)}") from None
    if len(text) != _KEY_HEX_DIGITS or any(c not in "0123456789abcdef" for c in text):
        raise SealError(f"the audit key {path} is not {_KEY_HEX_DIGITS} hex digits")
    return bytes.fromhex(text)


def key_for_writing(folder: Path) -> bytes:
    """The audit key, made (0600) if there is none yet, with a warning in the log.

    Raises:
        SealError: the key file cannot be read or created.
    """
    key = read_key(folder)
    if key is not None:
        return key
    path = key_path(folder)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it just now
        return read_key(folder) or b""
    except OSError as exc:
        raise SealError(f"cannot create the audit key {path}: {_why(exc)}") from None
    try:
        os.fchmod(fd, 0o600)
        os.write(fd, (secrets.token_hex(_KEY_HEX_DIGITS // 2) + "\n").encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    log.warning(
        "audit: there was no audit key; made %s (install.sh normally creates it; keep a "
        "copy with the backups: without it the audit log cannot be checked)",
        path,
    )
    return read_key(folder) or b""


def seal(key: bytes, row_hash: str) -> str:
    """A row's seal: ``HMAC-SHA256(key, row_hash)`` as hex."""
    return hmac.new(key, row_hash.encode("ascii"), hashlib.sha256).hexdigest()


def seal_matches(key: bytes, row_hash: str, stored: str | None) -> bool:
    return stored is not None and hmac.compare_digest(seal(key, row_hash), stored)


def append_anchor(folder: Path, row_id: int, row_hash: str) -> None:
    """Append ``<row id> <row hash>`` to the anchor file, on disk before this returns, and log it.

    A failure is logged, not raised: the row is already committed and the
    staff action done; ``kiosk audit verify`` will say the anchor is behind.
    """
    path = anchor_path(folder)
    line = f"{row_id} {row_hash}\n".encode("ascii")
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, line)  # one write: O_APPEND puts it whole at the end
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        log.error("audit: could not append to the anchor file %s: %s", path, _why(exc))
    log.info("audit: head is row %d %s", row_id, row_hash)


def read_anchors(folder: Path) -> list[Anchor] | None:
    """Every anchor line, oldest first; None if there is no anchor file.

    A last line without its newline is left out: a crash (or power loss)
    in the middle of writing it, not tampering.

    Raises:
        SealError: the file cannot be read, or a line is not ``<id> <hash>``.
    """
    path = anchor_path(folder)
    try:
        text = path.read_text(encoding="ascii")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise SealError(f"cannot read the anchor file {path}: {_why(exc)}") from None
    lines = text.split("\n")[:-1]  # the part after the last newline, if any, is cut off
    anchors = []
    for number, line in enumerate(lines, start=1):
        parts = line.split(" ")
        if len(parts) != 2 or not parts[0].isdigit() or len(parts[1]) != 64:
            raise SealError(f"line {number} of the anchor file {path} is damaged")
        anchors.append(Anchor(number, int(parts[0]), parts[1]))
    return anchors


def _why(exc: Exception) -> str:
    return getattr(exc, "strerror", None) or str(exc)
