"""Requests as the front desk reads them: local times, national numbers, sanitised text.

``rows_for_export`` is the only place where a request becomes exported text,
so all three writers show the same columns, in the same order, with every
cell already through ``sanitize`` (R16). Phone numbers are shown
in the clinic's national format, ``(202) 555-0143``, never as the stored
E.164 ``+12025550143``, which a spreadsheet would take for a formula (R17).
A request sealed to the clinic's key (``kiosk.sync.sealing``) has no number
on the kiosk: its Phone cell says ``sealed`` and its name cell is empty.
"""

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import phonenumbers

from kiosk.callbacks.phone import national_format
from kiosk.export.sanitize import sanitize

COLUMNS = (
    "Received",
    "First name",
    "Phone",
    "Best time",
    "Topics",
    "Language",
    "Status",
    "Updated by",
    "Updated at",
)

# How times are shown, "2026-11-26 14:05": minutes are what the front desk
# needs, seconds would only crowd the cell.
TIME_FORMAT = "%Y-%m-%d %H:%M"

# Stored codes as the front desk reads them. Exports are for staff, in English.
WORDS = {
    "morning": "Morning",
    "afternoon": "Afternoon",
    "evening": "Evening",
    "any": "Any time",
    "new": "New",
    "called": "Called",
    "done": "Done",
    "en": "English",
    "es": "Spanish",
}
GENERAL_TOPIC = "General questions"
SEALED = "sealed"  # the Phone cell of a request whose number only the clinic can open


def rows_for_export(
    requests: Iterable[Mapping[str, Any]],
    *,
    region: str,
    tz: dt.tzinfo | None = None,
    topic_names: Mapping[str, str] | None = None,
) -> list[tuple[str, ...]]:
    """Turn requests from ``Store.requests`` into rows of display text in ``COLUMNS`` order.

    Args:
        requests: dicts as ``Store.requests`` returns them.
        region: the clinic's region code, e.g. ``"US"``, for the phone format.
        tz: the time zone to show times in; None means this computer's.
        topic_names: ``{topic id: name}`` (``kiosk.export.topics``), so the
            file says "Y-90, TACE" as the staff list does; an id without a
            name is shown as it is.

    Returns:
        One tuple of sanitised strings per request, in the order given;
        missing values (no name, never updated) are empty strings.
    """
    local_time = _time_formatter(tz)
    phone = _phone_formatter(region)
    names = topic_names or {}

    def topics(ids: Iterable[str] | None) -> str:
        return ", ".join(names.get(t, t) for t in ids or ()) or GENERAL_TOPIC

    return [
        (
            sanitize(local_time(request["created_at"])),
            sanitize(request.get("first_name")),
            sanitize(SEALED if request.get("sealed") else phone(request["phone_e164"])),
            sanitize(_word(request.get("best_time"))),
            sanitize(topics(request.get("topics"))),
            sanitize(_word(request.get("language"))),
            sanitize(_word(request.get("status"))),
            sanitize(request.get("status_changed_by")),
            sanitize(local_time(request.get("status_changed_at"))),
        )
        for request in requests
    ]


def _word(code: object) -> object:
    return WORDS.get(code, code) if isinstance(code, str) else code


def _time_formatter(tz: dt.tzinfo | None) -> Callable[[str | None], str]:
    """A function from a stored UTC stamp to local time as ``YYYY-MM-DD HH:MM``.

    Converting every stamp with ``astimezone`` would cost more than the rest
    of a row together. A zone's offset from UTC almost always changes on a
    full or half hour UTC, so the offset is looked up once per half hour of
    UTC and added to each stamp in it. Where a zone changed in the middle of
    a half hour (Newfoundland until 2011 and Casey Station in 2020-2022
    switched at 00:01 local time), the offsets at its first and last minute
    differ, and each stamp in that half hour is converted on its own. The
    lookups are kept for one export only, so a change of time zone between
    exports takes effect at once.
    """
    offsets: dict[str, dt.timedelta | None] = {}

    def local(stamp: str | None) -> str:
        if not stamp:
            return ""
        # Stamps as this store writes them, "2026-11-26T22:10:05.123Z"; anything
        # else takes the slow, general way.
        if len(stamp) < 17 or stamp[-1] != "Z":
            return _converted(stamp, tz)
        half_hour = stamp[:14] + ("0" if stamp[14] < "3" else "3")
        try:
            utc = dt.datetime.fromisoformat(stamp[:16])
        except ValueError:
            return _converted(stamp, tz)
        if half_hour not in offsets:
            offsets[half_hour] = _steady_offset(utc, tz)
        offset = offsets[half_hour]
        if offset is None:
            return _converted(stamp[:16], tz)
        return (utc + offset).isoformat(" ", "minutes")

    return local


def _steady_offset(utc: dt.datetime, tz: dt.tzinfo | None) -> dt.timedelta | None:
    """The offset of ``tz`` all through the half hour of naive UTC ``utc``; None if it changes."""
    first = utc.replace(minute=utc.minute - utc.minute % 30, tzinfo=dt.UTC)
    last = first + dt.timedelta(minutes=29)
    offset = first.astimezone(tz).utcoffset()
    return offset if offset == last.astimezone(tz).utcoffset() else None


def _converted(stamp: str, tz: dt.tzinfo | None) -> str:
    """Any ISO-8601 time as local ``YYYY-MM-DD HH:MM``; naive means UTC; non-times unchanged."""
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(tz).strftime(TIME_FORMAT)


def _phone_formatter(region: str) -> Callable[[str], str]:
    """``national_format`` for ``region``, made fast enough for a 100,000-row export.

    phonenumbers takes about 20 microseconds a number, two thirds of the
    budget for a whole row. In the North American Numbering Plan (``US``,
    ``CA``, ``PR`` and 22 more regions of country code 1) every valid number
    has the national format ``(NPA) NXX-XXXX``, which the tests check
    against phonenumbers, so those are formatted here directly. Any other
    number goes through ``national_format``, once per distinct number.
    """
    nanp = phonenumbers.country_code_for_region(region) == 1
    cache: dict[str, str] = {}

    def phone(e164: str) -> str:
        if nanp and len(e164) == 12 and e164.startswith("+1") and e164[2:].isdigit():
            return f"({e164[2:5]}) {e164[5:8]}-{e164[8:]}"
        shown = cache.get(e164)
        if shown is None:
            shown = cache[e164] = national_format(e164, region)
        return shown

    return phone
