"""Refuse to run the kiosk in ways that would weaken it (R19).

A kiosk in a public room must not run as root, and Chromium's sandbox must stay
on. Tests and CI run as root, so their fixtures turn the sandbox off and start
the kiosk with ``--windowed`` (demo mode), which is allowed with a warning.

Whether the sandbox is off is decided here only, the way Qt WebEngine decides
it: ``QTWEBENGINE_DISABLE_SANDBOX`` being *present* turns it off, whatever its
value ("0", "false" and "" included), and so does a ``--no-sandbox`` switch.
"""

import os
from collections.abc import Mapping

SANDBOX_OFF_ENV = "QTWEBENGINE_DISABLE_SANDBOX"
CHROMIUM_FLAGS_ENV = "QTWEBENGINE_CHROMIUM_FLAGS"
REMOTE_DEBUGGING_ENV = "QTWEBENGINE_REMOTE_DEBUGGING"
# The only Chromium switches a kiosk may run with: the ones kiosk.app adds itself.
ALLOWED_CHROMIUM_FLAGS = ("--js-flags=--max-old-space-size=96", "--disable-pinch")


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def sandbox_disabled(env: Mapping[str, str]) -> bool:
    """True when Qt WebEngine will start its renderers without the sandbox.

    Qt checks only that the variable exists (qEnvironmentVariableIsSet), so any
    value counts, even "0" or an empty one.
    """
    if SANDBOX_OFF_ENV in env:
        return True
    return any(_is_no_sandbox(flag) for flag in env.get(CHROMIUM_FLAGS_ENV, "").split())


def _is_no_sandbox(flag: str) -> bool:
    # Chromium takes "-switch" as well as "--switch", and ignores a "=value" part.
    return flag.startswith("-") and flag.lstrip("-").split("=", 1)[0] == "no-sandbox"


def problems(env: Mapping[str, str] | None = None) -> list[str]:
    """What is unsafe about running now, in plain words; empty means none.

    In kiosk mode any of these refuses the start; in demo mode they are warnings.
    """
    env = os.environ if env is None else env
    found = []
    if is_root():
        found.append("the kiosk is running as root; run it as an unprivileged user")
    if sandbox_disabled(env):
        found.append(
            f"the web engine sandbox is disabled ({SANDBOX_OFF_ENV} is set, whatever its "
            "value, or --no-sandbox is given); remove that setting"
        )
    if env.get(REMOTE_DEBUGGING_ENV):
        found.append(f"a web debugging port is open ({REMOTE_DEBUGGING_ENV}); remove it")
    foreign = [
        flag
        for flag in env.get(CHROMIUM_FLAGS_ENV, "").split()
        if flag not in ALLOWED_CHROMIUM_FLAGS and not _is_no_sandbox(flag)
    ]
    if foreign:
        found.append(
            f"unexpected web engine switches in {CHROMIUM_FLAGS_ENV}: {' '.join(foreign)}; "
            "remove them"
        )
    return found


def forbid_core_dumps() -> None:
    """A crash dump would hold what a patient was typing (R11): none are written."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):  # Windows has no core dumps to stop
        pass
