"""READY=1 reaches the socket systemd gives us; without one, nothing happens."""

import logging
import socket

from kiosk.system import systemd


def test_notify_sends_to_the_socket(tmp_path):
    path = tmp_path / "notify.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind(str(path))
        server.settimeout(5)
        assert systemd.notify("READY=1", env={"NOTIFY_SOCKET": str(path)})
        assert server.recv(64) == b"READY=1"


def test_notify_without_socket_is_a_quiet_no_op():
    assert systemd.notify("READY=1", env={}) is False


def test_notify_to_a_missing_socket_logs_and_returns_false(tmp_path, caplog):
    caplog.set_level(logging.WARNING)  # this test expects a logged warning
    assert systemd.notify("READY=1", env={"NOTIFY_SOCKET": str(tmp_path / "gone")}) is False
    assert "could not notify systemd" in caplog.text
