"""The two things the kiosk tells systemd: READY=1 and WATCHDOG=1 (sd_notify).

Plain datagrams to ``$NOTIFY_SOCKET``; no dependency. Without the variable
(a demo, a test, Windows) every call is a quiet no-op.
"""

import logging
import os
import socket
from collections.abc import Mapping

log = logging.getLogger(__name__)


def notify(message: str, env: Mapping[str, str] | None = None) -> bool:
    """Send one sd_notify message; return True when it was sent."""
    env = os.environ if env is None else env
    address = env.get("NOTIFY_SOCKET")
    if not address:
        return False
    if address.startswith("@"):  # an abstract socket: leading NUL instead of '@'
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.connect(address)
            sock.sendall(message.encode("ascii"))
    except OSError as exc:
        log.warning("could not notify systemd (%s): %s", message, exc.strerror or exc)
        return False
    return True
