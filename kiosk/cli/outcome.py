"""The ``kiosk`` command's exit codes and its one way of reporting a failure.

Every expected failure is one plain line on stderr, ``kiosk[ <command>]: <what
is wrong>``, and exit code 2; a traceback means a bug. The line never holds a
PIN or a phone number. ``kiosk run`` uses the same codes (and 3, below).
"""

import contextlib
import sys
from collections.abc import Iterator
from dataclasses import dataclass

OK = 0
WARNINGS = 1  # kiosk doctor: something to look at, nothing broken
BROKEN = 2  # an expected failure: bad settings, a refused action, a missing file
RENDERER_FAILED = 3  # kiosk run: the web renderer kept failing; the supervisor restarts it


class CommandError(Exception):
    """A refused or failed command, in words for clinic IT."""


def fail(message: str, *, command: str = "") -> int:
    """Print ``message`` as the one failure line and return ``BROKEN``."""
    prefix = f"kiosk {command}" if command else "kiosk"
    print(f"{prefix}: {message}", file=sys.stderr)
    return BROKEN


@dataclass
class Outcome:
    code: int = OK


@contextlib.contextmanager
def reported(*expected: type[BaseException], command: str = "") -> Iterator[Outcome]:
    """Turn an expected failure inside the block into the one failure line and exit 2.

    Args:
        expected: the exception types that are expected failures, besides
            ``CommandError``; their messages must be safe to print.
        command: the sub-command's name for the line's prefix ("" for plain "kiosk").
    """
    outcome = Outcome()
    handled: tuple[type[BaseException], ...] = (CommandError, *expected)
    try:
        yield outcome
    except handled as exc:
        outcome.code = fail(str(exc), command=command)
    except (EOFError, KeyboardInterrupt):  # Ctrl+D or Ctrl+C at a prompt
        outcome.code = fail("cancelled; nothing was changed", command=command)
