"""Logging set-up: one rotating file in the data dir, and stderr.

Qt's own messages and web-page console lines are routed into the same loggers
by ``kiosk.runtime.qtlog``; nothing is printed around logging.
"""

import logging
import logging.handlers
import sys
from pathlib import Path

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
        log_dir.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(
                log_dir / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
            )
        )
    for handler in handlers:
        handler.setFormatter(formatter)
        root.addHandler(handler)
