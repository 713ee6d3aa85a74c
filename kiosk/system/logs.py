"""Logging set-up: one rotating file in the data dir, and stderr.

The log folder is 0700 and every log file 0600, rotated ones too, whatever
the umask: the logs name staff members and say what they did (R11).

Qt's own messages and web-page console lines are routed into the same loggers
by ``kiosk.runtime.qtlog``; nothing is printed around logging.
"""

import logging
import logging.handlers
import os
import sys
from io import TextIOWrapper
from pathlib import Path

from kiosk.paths import make_private_dir

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
LOG_FILE = "kiosk.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUPS = 5


def setup(log_dir: Path | None, level: str = "INFO") -> None:
    """Send kiosk logs to ``log_dir/kiosk.log`` (rotated) and to stderr."""
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    formatter = logging.Formatter(FORMAT)
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    if log_dir is not None:
        make_private_dir(log_dir)
        handlers.append(
            PrivateRotatingFileHandler(
                log_dir / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
            )
        )
    for handler in handlers:
        handler.setFormatter(formatter)
        root.addHandler(handler)


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are created 0600 (and made 0600 if they were not)."""

    def _open(self) -> TextIOWrapper:
        def private(path: str, flags: int) -> int:
            fd = os.open(path, flags, 0o600)
            os.fchmod(fd, 0o600)  # an older file from before, or a umask that took too much
            return fd

        return open(
            self.baseFilename,
            "a",  # what RotatingFileHandler always uses once it rotates
            encoding=self.encoding,
            errors=self.errors,
            opener=private,
        )
