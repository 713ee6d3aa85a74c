"""R21: WATCHDOG=1 comes from the UI thread, so a frozen UI stops it."""

import socket
import time

import pytest

from kiosk.runtime.watchdog import Watchdog, interval_ms


def test_interval_is_half_of_watchdog_usec():
    assert interval_ms({"WATCHDOG_USEC": "10000000"}) == 5000
    assert interval_ms({}) is None
    assert interval_ms({"WATCHDOG_USEC": "10000000", "WATCHDOG_PID": "1"}) is None


@pytest.fixture
def notify_socket(tmp_path):
    path = tmp_path / "notify.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind(str(path))
        server.setblocking(False)
        yield path, server


def drain(server: socket.socket) -> list[bytes]:
    received = []
    while True:
        try:
            received.append(server.recv(64))
        except BlockingIOError:
            return received


def test_pings_stop_while_the_ui_thread_is_frozen(qapp, qtbot, notify_socket):
    path, server = notify_socket
    env = {"NOTIFY_SOCKET": str(path), "WATCHDOG_USEC": "100000"}  # ping every 50 ms
    watchdog = Watchdog(env)
    assert watchdog.active
    pings: list[bytes] = []
    qtbot.waitUntil(lambda: len(pings.__iadd__(drain(server))) >= 3, timeout=5000)
    assert set(pings) == {b"WATCHDOG=1"}

    # Freeze the UI thread on purpose for 20 ping periods: no event loop, no pings.
    frozen_until = time.monotonic() + 1.0
    while time.monotonic() < frozen_until:
        pass
    assert drain(server) == []

    # Thawed: the timer fires again (at most one catch-up ping, then the normal beat).
    qtbot.waitUntil(lambda: len(drain(server)) >= 1, timeout=5000)


def test_no_watchdog_without_systemd(qapp):
    assert not Watchdog({}).active
