"""`kiosk run` builds only the parser it needs: the other commands' modules cost its start-up."""

import subprocess
import sys

from kiosk.cli.main import build_parser, command_in
from tests.conftest import REPO


def test_the_command_is_the_first_word_that_is_no_option():
    assert command_in(["run", "--windowed"]) == "run"
    assert command_in(["--config", "run", "staff", "add", "run"]) == "staff"
    assert command_in(["--config=kiosk.toml", "doctor"]) == "doctor"
    assert command_in(["--version"]) is None


def test_run_still_parses_its_options_and_every_other_command_is_still_there():
    args = build_parser("run").parse_args(["run", "--windowed", "--size", "1080x1920"])
    assert args.windowed and args.size == "1080x1920"
    staff = build_parser("staff").parse_args(["staff", "list"])
    assert staff.command == "staff"


def test_kiosk_run_imports_no_staff_export_or_store_module_to_parse_its_command():
    probe = (
        "import sys; from kiosk.cli.main import build_parser; "
        "build_parser('run').parse_args(['run']); "
        "print(' '.join(m for m in ('sqlite_utils', 'argon2', 'kiosk.export', 'kiosk.staff') "
        "if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == []
