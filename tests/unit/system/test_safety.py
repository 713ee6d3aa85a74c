"""R19: the kiosk names root and a disabled web sandbox as unsafe."""

import pytest

from kiosk.system import safety


def test_disabled_sandbox_is_named(monkeypatch):
    monkeypatch.setattr(safety, "is_root", lambda: False)
    assert safety.problems({}) == []
    assert "sandbox" in safety.problems({"QTWEBENGINE_DISABLE_SANDBOX": "1"})[0]
    assert "sandbox" in safety.problems({"QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox"})[0]


def test_root_is_named(monkeypatch):
    monkeypatch.setattr(safety, "is_root", lambda: True)
    assert "root" in safety.problems({})[0]


def test_debugging_port_and_foreign_switches_are_named(monkeypatch):
    monkeypatch.setattr(safety, "is_root", lambda: False)
    assert "debugging port" in safety.problems({"QTWEBENGINE_REMOTE_DEBUGGING": "9222"})[0]
    flags = {"QTWEBENGINE_CHROMIUM_FLAGS": "--disable-pinch --single-process"}
    assert "--single-process" in safety.problems(flags)[0]
    ours = {"QTWEBENGINE_CHROMIUM_FLAGS": " ".join(safety.ALLOWED_CHROMIUM_FLAGS)}
    assert safety.problems(ours) == []


@pytest.mark.parametrize("value", ["0", "", "false", "1", "no", "off"])
def test_the_sandbox_variable_turns_it_off_whatever_its_value(value, monkeypatch):
    """Qt WebEngine drops the sandbox when the variable merely exists, so "0" and "" are off."""
    monkeypatch.setattr(safety, "is_root", lambda: False)
    env = {"QTWEBENGINE_DISABLE_SANDBOX": value}
    assert safety.sandbox_disabled(env)
    (problem,) = safety.problems(env)
    assert "sandbox is disabled" in problem


@pytest.mark.parametrize(
    "flags", ["--no-sandbox", "-no-sandbox", "--no-sandbox=1", "--disable-pinch   --no-sandbox"]
)
def test_every_spelling_of_the_no_sandbox_switch_turns_it_off(flags, monkeypatch):
    monkeypatch.setattr(safety, "is_root", lambda: False)
    env = {"QTWEBENGINE_CHROMIUM_FLAGS": flags}
    assert safety.sandbox_disabled(env)
    assert any("sandbox is disabled" in p for p in safety.problems(env))


def test_only_an_absent_variable_and_no_switch_mean_the_sandbox_is_on():
    assert not safety.sandbox_disabled({})
    assert not safety.sandbox_disabled({"QTWEBENGINE_CHROMIUM_FLAGS": "--disable-pinch"})
    assert not safety.sandbox_disabled({"QTWEBENGINE_DISABLE_SANDBOXX": "1"})


@pytest.mark.parametrize("value", ["0", "", "false", "1"])
def test_doctor_calls_the_sandbox_off_for_every_value(value, tmp_path, capsys, monkeypatch):
    """The doctor asks the same function, so IT never reads 'sandbox is on' when it is not."""
    from kiosk.cli import main as cli

    monkeypatch.setattr(safety, "is_root", lambda: False)
    monkeypatch.setenv("QTWEBENGINE_DISABLE_SANDBOX", value)
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path))
    code = cli.main(["doctor"])
    out = capsys.readouterr().out
    (line,) = [row for row in out.splitlines() if "] safety:" in row]
    assert line.startswith("[broken ]")
    assert "sandbox is disabled" in line
    assert "kiosk mode refuses to start" in line
    assert code == 2


def run_kiosk(tmp_path, *args, sandbox_value, **extra_env):
    import os
    import subprocess
    import sys

    from tests.conftest import REPO

    env = {**os.environ, "KIOSK_DATA_DIR": str(tmp_path / "data"), **extra_env}
    env["QTWEBENGINE_DISABLE_SANDBOX"] = sandbox_value
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "run", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        check=False,
        timeout=60,
    )


@pytest.mark.parametrize("value", ["0", "", "false", "1"])
def test_kiosk_mode_refuses_the_sandbox_variable_with_any_value(value, tmp_path):
    result = run_kiosk(tmp_path, sandbox_value=value)
    assert result.returncode == 2
    assert "refusing to start in kiosk mode: the web engine sandbox is disabled" in result.stderr
    assert "Traceback" not in result.stderr


def test_demo_mode_says_plainly_that_the_sandbox_is_off(tmp_path):
    """`make run` as root sets the variable for the demo on purpose: it starts, and says so.

    The content here is unusable, so the demo stops right after the warning
    with the one line that says why (issue 10 point 3).
    """
    import shutil

    from kiosk.paths import bundled_content_dir

    content_dir = tmp_path / "content"
    shutil.copytree(bundled_content_dir(), content_dir)
    for path in content_dir.glob("*/*.toml"):
        path.write_bytes(b"\xff\xfe broken")
    result = run_kiosk(
        tmp_path, "--windowed", sandbox_value="0", KIOSK_CONTENT_DIR=str(content_dir)
    )
    assert "demo mode only: the web engine sandbox is disabled" in result.stderr
    assert result.returncode == 2
    (cannot,) = [line for line in result.stderr.splitlines() if "cannot start" in line]
    assert "no usable content in any language (en, es)" in cannot
    assert "Traceback" not in result.stderr
