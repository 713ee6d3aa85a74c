"""The ``kiosk`` command: run the kiosk, and the tools clinic IT needs around it.

Each sub-command is one small function. Only ``run`` imports Qt, so ``kiosk
config`` and ``kiosk doctor`` answer quickly and work on a machine with no
display. Every expected failure is one line on stderr and exit code 2; a
traceback means a bug.
"""

import argparse
import sys
from collections.abc import Sequence

from kiosk import __version__, settings
from kiosk.cli.outcome import BROKEN, OK, WARNINGS, fail


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """Every sub-command's parser; for ``run`` (``command``), only the commands in this file."""
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="io-kiosk: a waiting-room kiosk that explains interventional-oncology "
        "treatments and takes call-back requests.",
    )
    parser.add_argument("--version", action="version", version=f"io-kiosk {__version__}")
    parser.add_argument(
        "--config",
        metavar="PATH",
        help=f"the settings file (default: ${settings.CONFIG_ENV}, then the platform "
        "config folder; see docs/configuration.md)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = commands.add_parser("run", help="start the kiosk")
    run.add_argument(
        "--windowed",
        action="store_true",
        help="demo mode: a normal window instead of full-screen kiosk mode",
    )
    run.add_argument(
        "--size",
        metavar="WxH",
        help="with --windowed: the window's size, e.g. 1080x1920 for a portrait stand "
        "(default: 1920x1080 or what fits the screen)",
    )
    run.set_defaults(func=cmd_run)

    config = commands.add_parser("config", help="print the effective settings and their origin")
    config.set_defaults(func=cmd_config)

    doctor = commands.add_parser("doctor", help="check this machine and configuration")
    doctor.add_argument("--json", action="store_true", help="one JSON object, for monitoring")
    doctor.set_defaults(func=cmd_doctor)

    self_test = commands.add_parser(
        "self-test",
        help="check this build offscreen: content, a test database, the animation page",
    )
    self_test.set_defaults(func=cmd_self_test)

    content = commands.add_parser("content", help="work with the patient content packs")
    content_commands = content.add_subparsers(
        dest="content_command", metavar="ACTION", required=True
    )
    check = content_commands.add_parser(
        "check",
        help="check every content pack (schema, both languages alike, animations, "
        "sources, review dates, reading level); exit 0 when ready to ship",
    )
    check.add_argument(
        "--content-dir", metavar="PATH", help="check this folder instead of content_dir"
    )
    check.set_defaults(func=cmd_content_check)

    if command == "run":
        # Their modules import sqlite-utils, argon2 and the export writers: ~100 ms
        # of every kiosk start, before its first frame, for commands it never runs.
        return parser
    # Staff accounts, the audit log and the purge (kiosk.staff); exports (kiosk.export).
    from kiosk.cli import backup as backup_cli
    from kiosk.cli import export as export_cli
    from kiosk.cli import staff as staff_cli
    from kiosk.cli import sync as sync_cli

    staff_cli.register(commands)
    export_cli.register(commands)
    backup_cli.register(commands)
    sync_cli.register(commands)
    return parser


def command_in(argv: Sequence[str]) -> str | None:
    """The sub-command named in ``argv`` (the first word that is no option or its value)."""
    words = iter(argv)
    for word in words:
        if word == "--config":
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(command_in(argv))
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return BROKEN
    try:
        loaded = settings.load(args.config)
    except settings.SettingsError as exc:
        return fail(f"bad setting: {exc}")
    return int(args.func(args, loaded))


def cmd_run(args: argparse.Namespace, loaded: settings.LoadedSettings) -> int:
    from kiosk import app  # Qt is imported only for this command.
    from kiosk.cli.window_size import parse_size

    size = None
    if args.size:
        if not args.windowed:
            return fail("--size needs --windowed (the kiosk itself fills the screen)")
        try:
            size = parse_size(args.size)
        except ValueError as exc:
            return fail(str(exc))
    return app.run(loaded, windowed=args.windowed, size=size)


def cmd_config(args: argparse.Namespace, loaded: settings.LoadedSettings) -> int:
    where = loaded.config_file or "(none found; using defaults)"
    print(f"# config file: {where}")
    rows = settings.describe(loaded)
    width = max(len(key) for key, _, _ in rows)
    for key, value, origin in rows:
        print(f"{key:<{width}} = {value}    # {origin}")
    return OK


def cmd_self_test(args: argparse.Namespace, loaded: settings.LoadedSettings) -> int:
    from kiosk.cli import selftest

    return selftest.run(loaded)


def cmd_content_check(args: argparse.Namespace, loaded: settings.LoadedSettings) -> int:
    from pathlib import Path

    from kiosk import clock, paths
    from kiosk.content import check, load_pack, stamps

    s = loaded.settings
    content_dir = Path(args.content_dir) if args.content_dir else s.content_dir
    problems = check.check(
        content_dir, s.languages, paths.animations_dir(), s.content_max_age_months
    )
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in {content_dir}", file=sys.stderr)
        return BROKEN
    for language in s.languages:
        for procedure_id, measure, captions, details in check.reading_levels(
            load_pack(content_dir, language)
        ):
            print(
                f"{language} {procedure_id:<10} {measure}: "
                f"captions {captions:.1f}, details {details:.1f}"
            )
    waiting = stamps.not_ready(
        (load_pack(content_dir, language) for language in s.languages), clock.utc_now().date()
    )
    if waiting:
        # The check passes (the text is well formed); the doctor decides whether
        # a kiosk may show it. Say it here too, so no one reads "ready" as "reviewed".
        print(
            f"content passes the check, but {len(waiting)} file(s) wait for a doctor's review "
            f"(e.g. {waiting[0]}); kiosk mode will not accept them: {content_dir}"
        )
        return OK
    print(f"content is ready and reviewed: {content_dir}")
    return OK


def cmd_doctor(args: argparse.Namespace, loaded: settings.LoadedSettings) -> int:
    from kiosk.cli import doctor

    report = doctor.examine(loaded)
    code = doctor.exit_code(report)
    if args.json:
        import json

        status = {OK: doctor.OK, WARNINGS: doctor.WARN, BROKEN: doctor.BROKEN}[code]
        print(json.dumps({"status": status, "checks": [c.as_dict() for c in report]}, indent=2))
        return code
    for check in report:
        print(f"[{check.status:^7}] {check.name}: {check.detail}")
    return code
