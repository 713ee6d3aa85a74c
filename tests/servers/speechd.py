"""A private speech-dispatcher with espeak-ng for a test session, its sound thrown away.

The kiosk's speech engine (QtTextToSpeech's speechd plugin) talks to the
speech-dispatcher daemon over a Unix socket. ``speech_service`` starts one of
our own: its own config, socket and log folder, the espeak-ng module, and
libao's "null" driver as the audio output, so it runs as root without a sound
card or a desktop session. ``SPEECHD_ADDRESS`` points the client at it.
Without speech-dispatcher or its espeak-ng module the tests that use it are
skipped, and say why.
"""

import contextlib
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

MODULE = "sd_espeak-ng"
MODULE_DIRS = (
    Path("/usr/lib/speech-dispatcher-modules"),
    Path("/usr/libexec/speech-dispatcher-modules"),
)
START_TIMEOUT = 20.0
# A safety net: if a test run dies, the daemon still goes away by itself.
IDLE_EXIT_SECONDS = 300

CONFIG = """\
LogLevel 2
LogDir "{log}"
AudioOutputMethod "libao"
AddModule "espeak-ng" "{module}" "espeak-ng.conf"
DefaultModule espeak-ng
DefaultLanguage "en-US"
"""


def _module_dir() -> Path | None:
    return next((d for d in MODULE_DIRS if (d / MODULE).exists()), None)


def start(root: Path) -> tuple[int, str]:
    """Start the daemon under ``root``; its process id and the address clients use.

    It detaches itself (``--run-daemon``), so it is no child of the test
    process: tests/gui/test_renderer_recovery.py kills the test process's
    grandchildren, taking them for Chromium's renderers.
    """
    daemon = shutil.which("speech-dispatcher")
    if daemon is None:
        pytest.skip("speech-dispatcher is not installed (apt-get install speech-dispatcher)")
    modules = _module_dir()
    if modules is None:
        pytest.skip(
            f"speech-dispatcher has no {MODULE} (apt-get install speech-dispatcher-espeak-ng)"
        )
    conf, home, run, log = (root / name for name in ("conf", "home", "run", "log"))
    for folder in (conf / "modules", home, run, log):
        folder.mkdir(parents=True, exist_ok=True)
    (conf / "speechd.conf").write_text(CONFIG.format(log=log, module=MODULE), encoding="utf-8")
    (conf / "modules" / "espeak-ng.conf").write_text("", encoding="utf-8")
    (home / ".libao").write_text("default_driver=null\n", encoding="utf-8")  # no sound card
    socket, pid_file = run / "speechd.sock", run / "speechd.pid"
    launched = subprocess.run(
        [
            daemon, "--run-daemon", "--timeout", str(IDLE_EXIT_SECONDS),
            "--config-dir", str(conf), "--module-dir", str(modules),
            "--communication-method", "unix_socket", "--socket-path", str(socket),
            "--pid-file", str(pid_file), "--log-dir", str(log),
        ],
        env={"HOME": str(home), "XDG_RUNTIME_DIR": str(run), "PATH": "/usr/bin:/bin"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=START_TIMEOUT,
        check=False,
    )  # fmt: skip
    if launched.returncode != 0:
        pytest.skip(f"speech-dispatcher could not start here (exit {launched.returncode}; {log})")
    deadline = time.monotonic() + START_TIMEOUT
    while not (socket.exists() and pid_file.exists() and pid_file.read_text().strip()):
        if time.monotonic() > deadline:
            pytest.skip(f"speech-dispatcher did not open its socket in {START_TIMEOUT:.0f} s")
        time.sleep(0.05)  # a process we started, not a Qt condition: polled
    return int(pid_file.read_text().strip()), f"unix_socket:{socket}"


def stop(pid: int) -> None:
    """End the daemon we started (by its id) and wait until it is gone."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 10
    while Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
        time.sleep(0.05)  # the daemon we started is going: polled, no signal
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


@pytest.fixture(scope="module")
def speech_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The address (for ``SPEECHD_ADDRESS``) of a private, silent speech-dispatcher."""
    pid, address = start(tmp_path_factory.mktemp("speechd"))
    yield address
    stop(pid)
