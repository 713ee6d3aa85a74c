"""The consent record kept with every call-back request (R13).

The form shows a consent text with an unticked box; only when the patient
ticks it does the adapter call ``record_consent``. The record proves later
which words the patient agreed to (version and a hash of the exact text
shown), when, and on which kiosk, without storing the text with every row.
"""

import datetime as dt
import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Consent:
    """What the patient agreed to, when, and where."""

    text_version: str  # e.g. "2026-11-en-1"
    text_sha256: str  # hex sha256 of the exact text shown, UTF-8 encoded
    given_at: str  # UTC, ISO-8601 to the second: "2026-11-26T22:10:05Z"
    kiosk_id: str


def record_consent(
    text: str, version: str, kiosk_id: str, now: dt.datetime | None = None
) -> Consent:
    """Record that the patient agreed to ``text`` just now.

    Args:
        text: the consent text exactly as it was on screen. It is hashed as
            is, without trimming or normalising, so the hash matches the
            shipped text byte for byte.
        version: the text's version label, e.g. ``"2026-11-en-1"``.
        kiosk_id: which kiosk the patient used.
        now: the moment of consent, timezone-aware; the current time if None.

    Returns:
        The frozen ``Consent`` to put on the request.

    Raises:
        ValueError: for empty text, version or kiosk id, or a naive ``now``
            (a local time without a zone cannot be turned into UTC honestly).
    """
    if not text.strip():
        raise ValueError("consent text is empty")
    if not version.strip():
        raise ValueError("consent version is empty")
    if not kiosk_id.strip():
        raise ValueError("kiosk id is empty")
    if now is None:
        now = dt.datetime.now(dt.UTC)
    elif now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("consent time must be timezone-aware")
    return Consent(
        text_version=version,
        text_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        given_at=utc_stamp(now),
        kiosk_id=kiosk_id,
    )


def utc_stamp(moment: dt.datetime) -> str:
    """``moment`` in UTC as ``2026-11-26T22:10:05Z``."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
