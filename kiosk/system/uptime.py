"""How long this process has existed, for the start-up figure in the ready line.

On Linux the kernel knows when the process started (``/proc/self/stat``), which
also counts the interpreter's own start; elsewhere we count from first import.
"""

import os
import time

_IMPORTED_AT = time.monotonic()


def process_age() -> float:
    """Seconds since this process started (or, failing that, since kiosk was imported)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            # Field 22 is the start time in clock ticks after boot; the command
            # name (field 2) may hold spaces, so split after its closing ')'.
            fields = fh.read().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        with open("/proc/uptime", encoding="ascii") as fh:
            now = float(fh.read().split()[0])
        return max(0.0, now - started)
    except (OSError, ValueError, IndexError):
        return time.monotonic() - _IMPORTED_AT
