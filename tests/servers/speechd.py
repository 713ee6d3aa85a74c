"""A private speech-dispatcher with espeak-ng for a test session, its sound thrown away.

The kiosk's speech engine (QtTextToSpeech's speechd plugin) talks to the
speech-dispatcher daemon over a Unix socket. ``speech_service`` starts one of
our own: its own config, socket and log folder, the espeak-ng module, and
libao's "null" driver as the audio output, so it runs as root without a sound
card or a desktop session. ``SPEECHD_ADDRESS`` points the client at it.
Without speech-dispatcher or its espeak-ng module the tests that use it are
skipped, and say why.
"""

import shutil
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


def start(root: Path) -> tuple[subprocess.Popen, str]:
    """Start the daemon under ``root``; its process and the address clients use."""
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
    socket = run / "speechd.sock"
    process = subprocess.Popen(
        [
            daemon, "--run-single", "--timeout", "0",
            "--config-dir", str(conf), "--module-dir", str(modules),
            "--communication-method", "unix_socket", "--socket-path", str(socket),
            "--pid-file", str(run / "speechd.pid"), "--log-dir", str(log),
        ],
        env={"HOME": str(home), "XDG_RUNTIME_DIR": str(run), "PATH": "/usr/bin:/bin"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + START_TIMEOUT
    while not socket.exists():
        if process.poll() is not None:
            pytest.skip(
                f"speech-dispatcher could not start here (exit {process.returncode}; {log})"
            )
        if time.monotonic() > deadline:
            process.kill()
            pytest.skip(f"speech-dispatcher did not open its socket in {START_TIMEOUT:.0f} s")
        time.sleep(0.05)  # a process we started, not a Qt condition: polled
    return process, f"unix_socket:{socket}"


@pytest.fixture(scope="session")
def speech_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The address (for ``SPEECHD_ADDRESS``) of a private, silent speech-dispatcher."""
    process, address = start(tmp_path_factory.mktemp("speechd"))
    yield address
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
