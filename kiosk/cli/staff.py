"""``kiosk staff``, ``kiosk audit`` and ``kiosk purge``: staff accounts and the audit log for IT.

``register`` adds the commands to the ``kiosk`` parser's sub-commands. A
PIN is read with ``getpass`` (twice, and both must match) when stdin is a
terminal, otherwise as one line from stdin so scripts can pipe it in; it is
never echoed, printed or logged. Each command prints plain
lines; every expected failure is one line on stderr and exit 2
(``kiosk.cli.outcome``).
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import sys
from collections.abc import Iterator

from kiosk import settings
from kiosk.cli.outcome import CommandError, Outcome, reported
from kiosk.staff.accounts import StaffAccounts, check_name
from kiosk.staff.audit import Audit, looks_like_phone
from kiosk.staff.errors import StaffError
from kiosk.staff.retention import keep_promise
from kiosk.store import DATABASE_NAME, Store, StoreError


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``staff``, ``audit`` and ``purge`` to the ``kiosk`` sub-commands."""
    staff = commands.add_parser("staff", help="manage the front-desk staff accounts")
    actions = staff.add_subparsers(dest="staff_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add a staff member; the PIN is asked for")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--admin", action="store_true", help="may manage staff and clear lockouts")
    add.set_defaults(func=cmd_staff_add)

    reset = actions.add_parser(
        "reset-pin", help="give a staff member a new PIN (also clears a lockout)"
    )
    reset.add_argument("name", metavar="NAME")
    reset.set_defaults(func=cmd_staff_reset_pin)

    unlock = actions.add_parser("unlock", help="clear a staff member's failed PINs and lockout")
    unlock.add_argument("name", metavar="NAME")
    unlock.set_defaults(func=cmd_staff_unlock)

    listing = actions.add_parser("list", help="list the staff accounts")
    listing.set_defaults(func=cmd_staff_list)

    remove = actions.add_parser("remove", help="remove a staff member (never the last admin)")
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(func=cmd_staff_remove)

    audit = commands.add_parser("audit", help="check or show the staff audit log")
    audit_actions = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_actions.add_parser(
        "verify",
        help="check that no audit row was changed, forged or deleted (the chain, its seals "
        "and the anchor file); exit 0 when intact",
    )
    verify.set_defaults(func=cmd_audit_verify)
    show = audit_actions.add_parser("show", help="print the latest audit rows, newest first")
    show.add_argument("--limit", type=int, default=20, metavar="N", help="how many (default 20)")
    show.set_defaults(func=cmd_audit_show)

    purging = commands.add_parser(
        "purge",
        help="close requests nobody was reached for in close_after_days; delete requests "
        "done more than retention_days ago or made more than retention_max_days ago",
    )
    purging.set_defaults(func=cmd_purge)


def cmd_staff_add(args: argparse.Namespace, loaded: settings.LoadedSettings) -> int:
    with _reported() as outcome, _opened(loaded) as (accounts, _):
        name = check_name(args.name)  # before asking for a PIN it would be refused with
        accounts.add(name, read_pin(f"PIN for {name}: "), admin=args.admin, by=actor())
        print(f"added {name} as {'an admin' if args.admin else 'staff'}")
    return outcome.code


def cmd_staff_reset_pin(args: argparse.Namespace, loaded: settings.LoadedSettings) -> int:
    with _reported() as outcome, _opened(loaded) as (accounts, _):
        name = check_name(args.name)
        accounts.reset_pin(name, read_pin(f"new PIN for {name}: "), by=actor())
        print(f"new PIN set for {name}; failed PINs and any lockout cleared")
    return outcome.code


def cmd_staff_unlock(args: argparse.Namespace, loaded: settings.LoadedSettings) -> int:
    with _reported() as outcome, _opened(loaded) as (accounts, _):
        accounts.unlock(args.name, by=actor())
        print(f"unlocked {args.name.strip()}")
    return outcome.code


def cmd_staff_remove(args: argparse.Namespace, loaded: settings.LoadedSettings) -> int:
    with _reported() as outcome, _opened(loaded) as (accounts, _):
        accounts.remove(args.name, by=actor())
        print(f"removed {args.name.strip()}")
    return outcome.code


def cmd_staff_list(args: argparse.Namespace, loaded: settings.LoadedSettings) -> int:
    with _reported() as outcome, _opened(loaded) as (accounts, _):
        members = accounts.members()
        if not members:
            print("no staff accounts yet; add one with: kiosk staff add NAME --admin")
        width = max((len(member.name) for member in members), default=0)
        for member in members:
            role = "admin" if member.admin else "staff"
            if member.locked:
                state = "LOCKED"
            elif member.failures:
                state = f"{member.failures} failed PIN(s)"
            else:
                state = "ok"
            print(f"{member.name:<{width}}  {role:<5}  {state}  (added {member.created_at})")
    return outcome.code


def cmd_audit_verify(args: argparse.Namespace, loaded: settings.LoadedSettings) -> int:
    with _reported() as outcome, _opened(loaded) as (_, audit):
        check = audit.verify()
        if not check.ok:
            where = f" at row {check.row_id}" if check.row_id else ""
            raise CommandError(f"audit log check failed{where}: {check.problem}")
        print(f"audit log intact: {check.rows} rows")
    return outcome.code


def cmd_audit_show(args: argparse.Namespace, loaded: settings.LoadedSettings) -> int:
    with _reported() as outcome, _opened(loaded) as (_, audit):
        if args.limit < 1:
            raise CommandError("--limit must be at least 1")
        for row in audit.rows(args.limit):
            detail = row["detail"]
            facts = (
                "(damaged)"
                if detail is None
                else " ".join(f"{key}={value}" for key, value in sorted(detail.items()))
            )
            print(f"{row['id']:>6}  {row['at']}  {row['action']:<16}  {row['actor']}  {facts}")
    return outcome.code


def cmd_purge(args: argparse.Namespace, loaded: settings.LoadedSettings) -> int:
    s = loaded.settings
    with _reported() as outcome, _opened(loaded) as (_, audit):
        closed, purged = keep_promise(audit.store, audit, s, actor=actor())
        print(
            f"purged {purged} request(s) marked done more than {s.retention_days} day(s) ago "
            f"or made more than {s.retention_max_days} day(s) ago; closed {closed} nobody "
            f"was reached for in {s.close_after_days} day(s)"
        )
    return outcome.code


def read_pin(prompt: str) -> str:
    """The PIN, from the terminal without echo (asked twice) or one line of stdin.

    Raises:
        StaffError: nothing was entered, or the two entries differ.
    """
    if sys.stdin is not None and sys.stdin.isatty():
        pin = getpass.getpass(prompt)
        if getpass.getpass("the same PIN again: ") != pin:
            raise StaffError("the two PINs differ; nothing was changed")
    else:
        pin = (sys.stdin.readline() if sys.stdin is not None else "").rstrip("\r\n")
    if not pin:
        raise StaffError("no PIN was given; nothing was changed")
    return pin


def actor() -> str:
    """Who is acting, for the audit log: ``cli:<login name>``, or just ``cli``."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no login name (KeyError before Python 3.13)
        return "cli"
    name = f"cli:{user}"
    return name if name.isprintable() and len(name) <= 80 and not looks_like_phone(name) else "cli"


def _reported() -> contextlib.AbstractContextManager[Outcome]:
    return reported(StaffError, StoreError)


@contextlib.contextmanager
def _opened(loaded: settings.LoadedSettings) -> Iterator[tuple[StaffAccounts, Audit]]:
    """The accounts and audit log of the kiosk database in ``data_dir``, closed afterwards."""
    with Store.open(loaded.settings.data_dir / DATABASE_NAME) as store:
        audit = Audit(store)
        yield StaffAccounts(store, audit=audit), audit
