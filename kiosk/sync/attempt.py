"""What one delivery attempt came to, and how a target's answer is classified (R8).

Every target returns an ``Attempt``; the worker acts on its ``outcome``:

- ``sent``: the target has the request (2xx, or a duplicate it recognised);
- ``retry``: try again later with backoff (408, 429, 5xx, a timeout, a reset);
- ``park``: the target refused this request for good (400, 404, 409, 422):
  staff see the reason and may try again by hand; it is never retried in a loop;
- ``pause``: the target refuses the kiosk itself (401, 403, a TLS failure):
  stop sending anything until staff or IT act.
"""

from __future__ import annotations

import datetime as dt
import email.utils
from dataclasses import dataclass
from typing import Any, Protocol

SENT, RETRY, PARK, PAUSE = "sent", "retry", "park", "pause"
OUTCOMES = (SENT, RETRY, PARK, PAUSE)

_RETRY_STATUSES = frozenset({408, 425, 429})
_PARK_STATUSES = frozenset({400, 404, 409, 410, 412, 413, 415, 422})
_PAUSE_STATUSES = frozenset({401, 403})


@dataclass(frozen=True)
class Attempt:
    """One attempt's result.

    Attributes:
        outcome: one of ``OUTCOMES``.
        reason: plain words for staff and IT ("the clinic's server answered
            503"); never a phone number or a name.
        retry_after: seconds the target asked us to wait (``Retry-After``), if any.
    """

    outcome: str
    reason: str
    retry_after: float | None = None

    def __post_init__(self) -> None:
        if self.outcome not in OUTCOMES:
            raise ValueError(f"outcome must be one of {', '.join(OUTCOMES)}")


class SyncConfigError(Exception):
    """A sync setting that cannot work (names the key, never a secret); any target's."""


class Target(Protocol):
    """A place requests are delivered to. ``document`` is ``kiosk.sync.document``'s."""

    name: str

    def deliver(self, request_id: str, document: dict[str, Any]) -> Attempt: ...


def classify_status(
    status: int, retry_after: str | None = None, *, now: dt.datetime | None = None
) -> Attempt:
    """The attempt an HTTP status code (and its ``Retry-After`` header) means."""
    said = f"the clinic's server answered {status}"
    if 200 <= status < 300:
        return Attempt(SENT, said)
    if status in _PAUSE_STATUSES:
        return Attempt(PAUSE, f"{said}: the kiosk's token or access was refused")
    if status in _RETRY_STATUSES or 500 <= status < 600:
        return Attempt(RETRY, said, parse_retry_after(retry_after, now=now))
    if status in _PARK_STATUSES or 400 <= status < 500:
        return Attempt(PARK, f"{said}: it refused this request")
    return Attempt(RETRY, f"{said}: an answer the kiosk does not expect")


def parse_retry_after(value: str | None, *, now: dt.datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (seconds or an HTTP date); None if absent."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - (now or dt.datetime.now(dt.UTC))).total_seconds())
