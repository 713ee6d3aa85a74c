"""``kiosk export``: write the call-back list to a file from a shell.

For clinic IT and for a front desk without the staff screen, e.g.
``kiosk export --format xlsx --out /media/desk/callbacks.xlsx --status new``.
``register`` adds the sub-command to ``kiosk``'s parser. Each export goes
through the same audited-export policy as the staff screen
(``kiosk.staff.exports``), with ``cli:<login name>`` as the actor. An
expected failure is one line on stderr and exit code 2; the line never holds
a phone number.
"""

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from kiosk import settings
from kiosk.cli.outcome import OK, fail
from kiosk.export.exporter import FORMATS
from kiosk.export.topics import topic_names


def register(commands: "argparse._SubParsersAction[Any]") -> None:
    """Add ``export`` to the ``kiosk`` command's sub-commands.

    Args:
        commands: what ``ArgumentParser.add_subparsers`` returned.
    """
    parser = commands.add_parser(
        "export",
        help="write the call-back list to a CSV, Excel (xlsx) or PDF file",
        description="Write the call-back list, newest first, to one file. The file is "
        "replaced only once it is completely written.",
    )
    # Checked in cmd_export rather than with argparse choices/type, so that a
    # wrong value is one clear line instead of a usage message.
    parser.add_argument(
        "--format", required=True, metavar="|".join(FORMATS), help="the kind of file to write"
    )
    parser.add_argument("--out", required=True, metavar="PATH", help="the file to write")
    parser.add_argument(
        "--status", metavar="STATUS", help="only requests with this status: new, called or done"
    )
    parser.add_argument(
        "--since", metavar="YYYY-MM-DD", help="only requests received on or after this day (UTC)"
    )
    parser.set_defaults(func=cmd_export)


def cmd_export(args: argparse.Namespace, loaded: settings.LoadedSettings) -> int:
    """Run ``kiosk export``; returns the exit code."""
    # Imported here: every `kiosk` command builds the parser, only this one needs the store.
    from kiosk.cli.staff import actor
    from kiosk.staff import Audit
    from kiosk.staff.exports import ExportError, audited_export
    from kiosk.store import DATABASE_NAME, Store, StoreError

    problem = _argument_problem(args)
    if problem:
        return fail(problem, command="export")
    since = dt.date.fromisoformat(args.since) if args.since else None
    out = Path(args.out).expanduser()
    if not out.parent.is_dir():
        return fail(f"no such folder: {out.parent}", command="export")

    s = loaded.settings
    try:
        with Store.open(s.data_dir / DATABASE_NAME) as store:
            done = audited_export(
                store,
                Audit(store),
                args.format,
                out,
                actor=actor(),
                region=s.clinic_region,
                clinic_name=s.clinic_name,
                status=args.status,
                since=since,
                topic_names=topic_names(s.content_dir, s.languages),
            )
    except (StoreError, ExportError) as exc:  # their messages hold no row data
        return fail(str(exc), command="export")
    print(f"exported {done.rows} requests to {out}")
    return OK


def _argument_problem(args: argparse.Namespace) -> str | None:
    from kiosk.store.requests import STATUSES

    if args.format not in FORMATS:
        return f"--format must be one of {', '.join(FORMATS)}, got {args.format!r}"
    if args.status is not None and args.status not in STATUSES:
        return f"--status must be one of {', '.join(STATUSES)}, got {args.status!r}"
    if args.since is not None:
        try:
            dt.date.fromisoformat(args.since)
        except ValueError:
            return f"--since must be a date like 2026-11-26, got {args.since!r}"
    return None
