"""Every setting, every kind of bad value: one line on stderr, exit 2, never a traceback (R23).

For each row of the Settings table, values of the wrong type, empty and blank
values, huge ones, unicode, control characters and paths given as language
codes are tried from a config file and from the ``KIOSK_*`` variable, through
``kiosk config`` and ``kiosk doctor`` as clinic IT runs them. Each value is
either a valid one (listed per setting below) or refused with exit 2 and one
stderr line naming the key and where the value came from.
"""

import os
import subprocess
import sys

import pytest

from kiosk import settings
from kiosk.cli import main as cli
from tests.conftest import REPO

KEYS = [f.name for f in settings.table()]
HUGE = "x" * 100_000
DEEP = "[" * 300 + "]" * 300  # parses, but is nothing a setting can be

# TOML source of each value tried in a config file.
TOML_VALUES = {
    "empty": '""',
    "blank": '"   "',
    "bell": '"\\u0007"',
    "nul": '"a\\u0000b"',
    "newline": '"a\\nb"',
    "bidi-override": '"\\u202e"',
    "escape-sequence": '"\\u001b[2J"',
    "huge": f'"{HUGE}"',
    "unicode": '"日本語🙂"',
    "abs-path": '"/tmp"',
    "rel-path": '"../content/es"',
    "zero": "0",
    "minus-one": "-1",
    "int64": "9223372036854775807",
    "float": "1.5",
    "inf": "inf",
    "nan": "nan",
    "true": "true",
    "empty-list": "[]",
    "list-of-empty": '[""]',
    "list-of-int": "[1]",
    "list-of-path": '["/tmp"]',
    "list-of-rel-path": '["../content/es"]',
    "empty-table": "{}",
    "table": "{ a = 1 }",
    "date": "2026-01-01",
    "deep": DEEP,
}

# The values above that are valid for a setting; every other one must be refused.
TEXT_OK = {"unicode", "abs-path", "rel-path"}
VALID_TOML = {
    "clinic_name": TEXT_OK,
    "clinic_phone": TEXT_OK | {"empty", "blank"},
    "kiosk_id": TEXT_OK,
    "texts_enabled": {"true"},
    "fullscreen": {"true"},
    "hide_cursor": {"true"},
    "reduce_motion": {"true"},
    "audio_private": {"true"},
    "logo": {"empty", "blank"},  # no logo
    "sync_public_key": {"empty", "blank"},  # no sealing
    # Optional paths: any name is a path; whether it works is the sync's to say at run time.
    "sync_token_file": {"empty", "blank", "unicode", "abs-path", "rel-path"},
    "sync_ca_file": {"empty", "blank", "unicode", "abs-path", "rel-path"},
    "sync_folder": {"empty", "blank", "unicode", "abs-path", "rel-path"},
    "metrics_file": {"empty", "blank", "unicode", "abs-path", "rel-path"},
    "sync_url": {"empty"},
    "sync_keep_days": {"zero"},
    "accepted_regions": {"empty-list"},  # none listed: the clinic's whole calling code
    "data_dir": {"unicode", "abs-path", "rel-path"},  # folders that can be created
    "memory_limit_mb": {"zero"},
    "restart_hour": {"zero", "minus-one"},
    # Empty: no take-home QR code for that topic and language.
    **{f.name: {"empty"} for f in settings.table() if f.name.startswith("take_home_url_")},
}

# Text of each value tried in a KIOSK_* variable.
ENV_VALUES = {
    "empty": "",
    "blank": "   ",
    "bell": "\x07",
    "newline": "a\nb",
    "bidi-override": "\u202e",
    "escape-sequence": "\x1b[2J",
    "not-utf8": os.fsdecode(b"caf\xe9"),  # a Latin-1 byte, as the environment can hold
    "huge": HUGE,
    "huge-number": "9" * 5000,
    "unicode": "日本語🙂",
    "abs-path": "/tmp",
    "rel-path": "../content/es",
    "no-such-home": "~no_such_user_zz/x",
    "zero": "0",
    "minus-one": "-1",
    "float": "1.5",
    "true": "true",
    "list-with-path": "en,,/tmp",
}
ENV_TEXT_OK = {
    "unicode",
    "abs-path",
    "rel-path",
    "no-such-home",
    "zero",
    "minus-one",
    "float",
    "true",
    "list-with-path",
}
BOOL_OK = {"zero", "true"}
ENV_PATH_OK = (ENV_TEXT_OK - {"no-such-home"}) | {"empty", "blank"}
VALID_ENV = {
    "clinic_name": ENV_TEXT_OK,
    "clinic_phone": ENV_TEXT_OK | {"empty", "blank"},
    "kiosk_id": ENV_TEXT_OK,
    "texts_enabled": BOOL_OK,
    "fullscreen": BOOL_OK,
    "hide_cursor": BOOL_OK,
    "reduce_motion": BOOL_OK,
    "audio_private": BOOL_OK,
    "logo": {"empty", "blank"},
    "sync_public_key": {"empty", "blank"},
    "sync_token_file": ENV_PATH_OK,
    "sync_ca_file": ENV_PATH_OK,
    "sync_folder": ENV_PATH_OK,
    "metrics_file": ENV_PATH_OK,
    "sync_url": {"empty", "blank"},  # a blank variable counts as unset
    "sync_keep_days": {"zero"},
    "accepted_regions": {"empty", "blank"},
    "data_dir": ENV_TEXT_OK - {"no-such-home"},  # relative folders that can be created
    "memory_limit_mb": {"zero"},
    "restart_hour": {"zero", "minus-one"},
    "emergency_number": {"zero"},  # digits: a number to dial
    **{f.name: {"empty", "blank"} for f in settings.table() if f.name.startswith("take_home_")},
}


@pytest.fixture(autouse=True)
def in_a_scratch_folder(tmp_path, monkeypatch):
    """Relative paths land in a scratch folder, never in the repository."""
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "data"))


def assert_one_line_naming(capsys, code: int, *words: str) -> None:
    out, err = capsys.readouterr()
    assert code == 2, (words, out, err)
    lines = err.splitlines()
    assert len(lines) == 1, err[:2000]
    assert lines[0].startswith("kiosk: bad setting: ")
    assert len(lines[0]) < 600, lines[0][:600]
    for word in words:
        assert word in lines[0], (word, lines[0])


@pytest.mark.parametrize("key", KEYS)
def test_every_bad_file_value_is_one_line_naming_key_and_file(key, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv(settings.env_name(key), raising=False)  # the file's value counts
    config = tmp_path / "kiosk.toml"
    for name, source in TOML_VALUES.items():
        config.write_text(f"{key} = {source}\n", encoding="utf-8")
        if name in VALID_TOML.get(key, set()):
            assert cli.main(["--config", str(config), "config"]) == 0, name
            capsys.readouterr()
            continue
        for command in ("config", "doctor"):
            code = cli.main(["--config", str(config), command])
            assert_one_line_naming(capsys, code, key, str(config))


@pytest.mark.parametrize("key", KEYS)
def test_every_bad_environment_value_is_one_line_naming_key_and_variable(key, capsys, monkeypatch):
    variable = settings.env_name(key)
    for name, text in ENV_VALUES.items():
        monkeypatch.setenv(variable, text)
        if name in VALID_ENV.get(key, set()):
            assert cli.main(["config"]) == 0, name
            capsys.readouterr()
            continue
        for command in ("config", "doctor"):
            code = cli.main([command])
            assert_one_line_naming(capsys, code, key, variable)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("latin-1", "clinic_name = 'Clínica'\n".encode("latin-1")),
        ("utf-16", "clinic_name = 'Clinic'\n".encode("utf-16")),
        ("deeply nested", ("x = " + "[" * 5000 + "]" * 5000 + "\n").encode()),
        ("huge", b"# " + b"x" * 300_000 + b"\n"),
        ("not toml", b"clinic_name = = 3\n"),
        ("a binary", bytes(range(256))),
    ],
)
def test_an_unusable_config_file_is_one_line_naming_the_file(name, content, tmp_path, capsys):
    config = tmp_path / "kiosk.toml"
    config.write_bytes(content)
    for command in ("config", "doctor"):
        assert_one_line_naming(capsys, cli.main(["--config", str(config), command]), str(config))


def test_an_empty_config_location_is_refused(capsys, monkeypatch):
    assert_one_line_naming(capsys, cli.main(["--config", "", "config"]), "--config")
    monkeypatch.setenv("KIOSK_CONFIG", " ")
    assert_one_line_naming(capsys, cli.main(["config"]), "KIOSK_CONFIG")


def test_an_unknown_variable_with_a_strange_name_is_one_line(capsys, monkeypatch):
    monkeypatch.setenv("KIOSK_ODD\nNAME" + "X" * 500, "1")
    assert_one_line_naming(capsys, cli.main(["config"]), "KIOSK_ODD\\u000aNAME")


@pytest.mark.parametrize("value", ["", "   "])
def test_kiosk_run_refuses_an_empty_data_dir_in_one_line(value):
    """The one subprocess case: what the issue saw as a traceback from `kiosk run`."""
    env = {**os.environ, "KIOSK_DATA_DIR": value}
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "run", "--windowed"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        check=False,
        timeout=60,
    )
    assert result.returncode == 2
    (line,) = result.stderr.splitlines()
    assert "data_dir" in line
    assert "KIOSK_DATA_DIR" in line
    assert "must not be empty" in line
