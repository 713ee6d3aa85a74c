"""The real FHIR server of tests/servers/fhir/, started on a loopback port for a test session.

``fhir_server`` installs the npm packages from the lock file once (``npm
ci``) if ``node_modules`` is missing, starts ``node server.mjs 0`` and waits
for its "listening on URL" line. Without ``node`` (or ``npm``) the tests that
use it are skipped, and say why.
"""

import contextlib
import selectors
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

SERVER_DIR = Path(__file__).with_name("fhir")
START_TIMEOUT = 60.0
INSTALL_TIMEOUT = 300.0


def _install() -> None:
    if (SERVER_DIR / "node_modules" / "@medplum" / "fhir-router").is_dir():
        return
    npm = shutil.which("npm")
    if npm is None:
        pytest.skip(f"npm is needed once to install the FHIR test server ({SERVER_DIR})")
    result = subprocess.run(
        [npm, "ci", "--no-audit", "--no-fund"],
        cwd=SERVER_DIR,
        capture_output=True,
        text=True,
        timeout=INSTALL_TIMEOUT,
        check=False,
    )
    if result.returncode != 0:
        pytest.fail(f"npm ci in {SERVER_DIR} failed:\n{result.stderr[-2000:]}")


def _wait_for_url(process: subprocess.Popen[str]) -> str:
    """The URL from the server's "listening on URL" line; fails if it exits or takes too long."""
    assert process.stdout is not None
    deadline = time.monotonic() + START_TIMEOUT
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while (left := deadline - time.monotonic()) > 0:
            if not selector.select(timeout=left):
                break
            line = process.stdout.readline()
            if not line:
                pytest.fail(f"the FHIR test server exited ({process.wait()}) before listening")
            if line.startswith("listening on "):
                return line.removeprefix("listening on ").strip()
    process.kill()
    pytest.fail(f"the FHIR test server did not listen within {START_TIMEOUT:.0f} s")


@contextlib.contextmanager
def running() -> Iterator[str]:
    """A new server process (in memory, empty) for the ``with`` block: its base URL.

    Stopped (terminated, killed after 10 s) when the block ends. Skips without
    ``node``; fails if the install or the start fails. Also used by
    bench/sync_drain.py.
    """
    node = shutil.which("node")
    if node is None:
        pytest.skip(f"node (20 or newer) is needed for the FHIR test server ({SERVER_DIR})")
    _install()
    process = subprocess.Popen(
        [node, "server.mjs", "0"],
        cwd=SERVER_DIR,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        yield _wait_for_url(process)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()


@pytest.fixture(scope="session")
def fhir_server() -> Iterator[str]:
    """The base URL of a running FHIR R4 server on 127.0.0.1 (in memory, empty at start)."""
    with running() as url:
        yield url
