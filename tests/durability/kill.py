"""Read what a child process prints, then SIGKILL it: the shared step of the kill tests."""

import os
import signal
import subprocess
import threading

HANG_SECONDS = 60  # a child that prints nothing for this long has hung: fail, don't wait forever


def read_then_kill(child: subprocess.Popen[str], lines: int) -> list[str]:
    """Read ``lines`` lines, SIGKILL the child, then collect what else it printed.

    Lines printed between our last read and the kill count too: the child
    acknowledged them. The child's pipes are closed afterwards.
    """
    watchdog = threading.Timer(HANG_SECONDS, child.kill)
    watchdog.start()
    try:
        printed = []
        while len(printed) < lines:
            line = child.stdout.readline()
            if not line:
                raise AssertionError(f"child stopped on its own: {child.stderr.read()}")
            printed.append(line)
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        printed += child.stdout.readlines()
    finally:
        watchdog.cancel()
        for stream in (child.stdin, child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    assert child.returncode == -signal.SIGKILL
    return printed
