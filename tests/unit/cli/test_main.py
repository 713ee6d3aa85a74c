"""The ``kiosk`` command as clinic IT uses it: clear lines and exit codes, no tracebacks."""

import subprocess
import sys

from kiosk import __version__
from kiosk.cli import main as cli
from tests.conftest import REPO


def run_kiosk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=full_env,
        check=False,
        timeout=60,
    )


def test_bad_setting_is_one_line_naming_the_key_and_exit_2(tmp_path):
    result = run_kiosk("run", env={"KIOSK_IDLE_TIMEOUT": "abc", "KIOSK_DATA_DIR": str(tmp_path)})
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "idle_timeout" in lines[0]
    assert "KIOSK_IDLE_TIMEOUT" in lines[0]
    assert "Traceback" not in result.stderr


def test_unknown_key_in_config_file_names_the_file(tmp_path):
    config = tmp_path / "kiosk.toml"
    config.write_text("colour = 'blue'\n", encoding="utf-8")
    result = run_kiosk("--config", str(config), "config")
    assert result.returncode == 2
    assert "colour" in result.stderr
    assert str(config) in result.stderr


def test_config_prints_each_value_with_its_origin(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("KIOSK_CLINIC_NAME", "Lakeside Oncology")
    assert cli.main(["config"]) == 0
    out = capsys.readouterr().out
    assert "Lakeside Oncology" in out
    assert "environment variable KIOSK_CLINIC_NAME" in out
    assert "idle_timeout" in out
    assert "# default" in out


def test_version(capsys):
    try:
        cli.main(["--version"])
    except SystemExit as exc:
        assert exc.code == 0
    assert __version__ in capsys.readouterr().out


def test_doctor_reports_root_as_a_problem_in_kiosk_mode(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path))
    code = cli.main(["doctor"])
    out = capsys.readouterr().out
    assert "[  ok   ] config" in out
    assert "content" in out
    # The test environment disables the web sandbox (see tests/conftest.py), so
    # in kiosk mode the doctor must call that broken.
    assert "sandbox is disabled" in out
    assert code == 2


def test_doctor_json_for_monitoring(tmp_path, capsys, monkeypatch):
    import json

    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path))
    code = cli.main(["doctor", "--json"])
    report = json.loads(capsys.readouterr().out)
    assert report["status"] in ("ok", "warning", "broken")
    assert {c["name"] for c in report["checks"]} >= {
        "config",
        "safety",
        "disk",
        "database",
        "content",
        "display",
        "clock",
    }
    assert code == {"ok": 0, "warning": 1, "broken": 2}[report["status"]]


def test_self_test_passes_on_this_build(tmp_path, monkeypatch):
    """The packaged build runs the same command; here it runs from source (R21 smoke)."""
    result = run_kiosk("self-test", env={"KIOSK_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    for part in ("content", "database", "web"):
        assert f"self-test {part}: ok" in result.stdout
