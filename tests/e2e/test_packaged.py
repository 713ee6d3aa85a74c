"""The packaged one-folder build starts, reaches its first frame and passes its self-test.

Runs only after `make package` (.ci/run does that after `make test`):
KIOSK_PACKAGED points at dist/io-kiosk/io-kiosk.
"""

import os
import socket
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

BINARY = os.environ.get("KIOSK_PACKAGED", "")
needs_build = pytest.mark.skipif(
    not BINARY or not Path(BINARY).is_file(),
    reason="no packaged build: run `make package` and set KIOSK_PACKAGED=dist/io-kiosk/io-kiosk",
)


def packaged_env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "KIOSK_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}


@needs_build
def test_packaged_self_test_passes(tmp_path):
    result = subprocess.run(
        [BINARY, "self-test"],
        env=packaged_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test: all parts passed" in result.stdout


@needs_build
def test_packaged_build_starts_and_sends_ready(tmp_path):
    notify = tmp_path / "notify.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind(str(notify))
        server.settimeout(90)
        kiosk = subprocess.Popen(
            [BINARY, "run", "--windowed"],
            env={**packaged_env(tmp_path), "NOTIFY_SOCKET": str(notify)},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            message = server.recv(64)
        finally:
            kiosk.terminate()
            output, _ = kiosk.communicate(timeout=30)
    assert message == b"READY=1", output
    log = (tmp_path / "data" / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "ready: first frame shown" in log
