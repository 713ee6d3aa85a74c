"""Where staff may save an export: the removable drives and mounted folders the system shows.

The staff screen offers these as the only destinations, so an export goes
to a USB stick or a folder clinic IT mounted on purpose, never to a path
someone typed on the kiosk's screen. On Linux they are the writable mounts
under ``/media``, ``/run/media`` and ``/mnt`` (where udisks and clinic IT
put them); on Windows, the drive letters Windows calls removable. Other
systems get none.
"""

import os
import re
import sys
from collections.abc import Iterable
from pathlib import Path

# Where desktop automounters (udisks2: /media/<user>, /run/media/<user>) and
# administrators (/mnt) mount removable and shared storage.
MOUNT_ROOTS = (Path("/media"), Path("/run/media"), Path("/mnt"))
PROC_MOUNTS = Path("/proc/mounts")

DRIVE_REMOVABLE = 2  # GetDriveTypeW's answer for USB sticks and card readers

_OCTAL = re.compile(r"\\([0-7]{3})")


def removable_drives() -> list[Path]:
    """Mounted removable drives and folders staff may export to, sorted; may be empty."""
    if sys.platform == "win32":
        return _windows_drives()
    if not sys.platform.startswith("linux"):
        return []  # no known place for removable drives on other systems
    try:
        mounts = PROC_MOUNTS.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    return _writable(mount_points(mounts, MOUNT_ROOTS))


def mount_points(mounts: str, roots: Iterable[Path]) -> list[Path]:
    """The read-write mount points in ``/proc/mounts`` text at or below one of ``roots``.

    Args:
        mounts: the text of ``/proc/mounts`` (``device mount-point type options ...``).
        roots: the folders whose mounts count as removable.

    Returns:
        Distinct mount points in the order they are listed.
    """
    roots = tuple(roots)
    found: list[Path] = []
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 4:
            continue
        point = Path(_unescape(fields[1]))
        options = fields[3].split(",")
        if "ro" in options or point in found:
            continue
        if any(point == root or root in point.parents for root in roots):
            found.append(point)
    return found


def _unescape(field: str) -> str:
    r"""Undo /proc/mounts' octal escapes: a space is ``\040``, a tab ``\011``, ``\`` ``\134``."""
    return _OCTAL.sub(lambda match: chr(int(match.group(1), 8)), field)


def _writable(points: Iterable[Path]) -> list[Path]:
    return sorted(p for p in points if p.is_dir() and os.access(p, os.W_OK | os.X_OK))


def _windows_drives() -> list[Path]:
    import ctypes
    import string

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    mask = kernel32.GetLogicalDrives()
    drives = []
    for index, letter in enumerate(string.ascii_uppercase):
        root = f"{letter}:\\"
        if mask & (1 << index) and kernel32.GetDriveTypeW(root) == DRIVE_REMOVABLE:
            drives.append(Path(root))
    return _writable(drives)
