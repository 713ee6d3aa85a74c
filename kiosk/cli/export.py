"""``kiosk export``: write the call-back list to a file from a shell.

For clinic IT and for a front desk without the staff screen, e.g.
``kiosk export --format xlsx --out /media/desk/callbacks.xlsx --status new``.
``register`` adds the sub-command to ``kiosk``'s parser. Each export
writes one audit row (RELIABILITY R15) as ``cli:<login name>``, like the
other IT commands. Like every ``kiosk`` command, an expected failure is one
line on stderr and exit code 2; the one line never holds a phone number.
"""

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from kiosk import settings
from kiosk.export.exporter import FORMATS

# The same codes as kiosk.cli.main, which imports this module, so they are not imported from it.
EXIT_OK = 0
EXIT_BROKEN = 2


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
    from kiosk.export.exporter import export
    from kiosk.staff import Audit
    from kiosk.store import DATABASE_NAME, Store, StoreError

    problem = _argument_problem(args)
    if problem:
        print(f"kiosk export: {problem}", file=sys.stderr)
        return EXIT_BROKEN
    since = dt.date.fromisoformat(args.since) if args.since else None
    out = Path(args.out).expanduser()
    if not out.parent.is_dir():
        print(f"kiosk export: no such folder: {out.parent}", file=sys.stderr)
        return EXIT_BROKEN

    s = loaded.settings
    try:
        with Store.open(s.data_dir / DATABASE_NAME) as store:
            count = export(
                store,
                args.format,
                out,
                region=s.clinic_region,
                clinic_name=s.clinic_name,
                status=args.status,
                since=since,
            )
            Audit(store).record("export", actor(), _audit_detail(args, out, count))
    except StoreError as exc:  # StoreUnavailable too; their messages hold no row data
        print(f"kiosk export: {exc}", file=sys.stderr)
        return EXIT_BROKEN
    except OSError as exc:
        print(f"kiosk export: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_BROKEN
    print(f"exported {count} requests to {out}")
    return EXIT_OK


def _audit_detail(args: argparse.Namespace, out: Path, count: int) -> dict[str, str | int]:
    """What the audit row says about an export: format, filters, rows, and the file's name.

    The name is left out when the audit log would refuse it as phone-like
    (e.g. "list-20261126.csv" has eight digits in a row): the export has
    already happened, and its audit row must not fail over a file name.
    """
    from kiosk.staff.audit import MAX_VALUE_LENGTH, looks_like_phone

    detail: dict[str, str | int] = {"format": args.format, "rows": count}
    if args.status:
        detail["status"] = args.status
    if args.since:
        detail["since"] = args.since
    if len(out.name) <= MAX_VALUE_LENGTH and not looks_like_phone(out.name):
        detail["file"] = out.name
    return detail


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
