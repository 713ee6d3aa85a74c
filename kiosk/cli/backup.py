"""``kiosk backup --out FILE``: a consistent, checked copy of the database while the kiosk runs.

See ``kiosk.store.backup`` (R27) and docs/deploy.md ("Backups"). The audit
key and anchor beside the database are not in the copy; the docs say how to
keep them.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk import settings
from kiosk.cli.outcome import reported
from kiosk.store import DATABASE_NAME, StoreError
from kiosk.store.backup import backup


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``backup`` to the ``kiosk`` sub-commands."""
    parser = commands.add_parser(
        "backup",
        help="copy the database consistently while the kiosk runs (a new file, mode 0600)",
    )
    parser.add_argument(
        "--out", required=True, metavar="FILE", help="the copy to create; must not exist yet"
    )
    parser.set_defaults(func=cmd_backup)


def cmd_backup(args: argparse.Namespace, loaded: settings.LoadedSettings) -> int:
    with reported(StoreError) as outcome:
        made = backup(loaded.settings.data_dir / DATABASE_NAME, Path(args.out).expanduser())
        print(
            f"backed up {made.requests} request(s) to {made.path} "
            f"({made.pages} pages, integrity ok)"
        )
    return outcome.code
