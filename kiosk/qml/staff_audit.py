"""The audit log as the front desk reads it: facts for plain sentences, never raw ids.

Each row becomes a flat map of short texts the screen puts into a sentence
in the staff member's language ("Maria marked the request from
(202) •••-••43, received 2026-11-26 09:14, as Called"). A request is named by
its masked number and the time it came in; a request that has since been
purged is named by nothing but that (``requestGone``). Ids, hashes and
internal action names stay in the database and the CLI's verify.
"""

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from kiosk import callbacks
from kiosk.qml.staff_requests import local_time, mask_national
from kiosk.staff.accounts import UNKNOWN_ACTOR
from kiosk.store.requests import SYSTEM as SYSTEM_ACTOR  # the kiosk closing a request itself

# Who acted, when it was not a staff member signing in by name.
SCHEDULE_ACTOR = "schedule"
CLI_PREFIX = "cli"

# Detail keys passed through as they are (counts, a format, a status code).
_PLAIN_KEYS = (
    "status",
    "outcome",
    "format",
    "rows",
    "count",
    "retention_days",
    "max_days",
    "tries",
    "days",
    "failures",
    "export_files",
)


def audit_entries(
    rows: Iterable[Mapping[str, Any]],
    find_request: Callable[[str], Mapping[str, Any] | None],
    region: str,
) -> list[dict[str, str]]:
    """Audit rows (``Audit.rows``) as maps of text for the admin page.

    Args:
        rows: the audit rows, newest first.
        find_request: looks a request up by id (``Store.get_request``).
        region: the clinic's region, for the masked number.

    Returns:
        One map per row: ``at`` (local time), ``action`` (the code the screen
        turns into words), ``actor`` and ``actorKind`` (``staff``, ``cli``,
        ``schedule``, ``system`` or ``unknown``), ``member``, ``request`` (masked number),
        ``requestTime``, ``requestGone`` ("1" when purged), ``reason`` and the
        plain detail values; every value is text, "" when absent.
    """
    seen: dict[str, Mapping[str, Any] | None] = {}
    entries = []
    for row in rows:
        detail = row.get("detail") or {}
        entry = {key: str(detail.get(key, "")) for key in _PLAIN_KEYS}
        entry.update(
            at=local_time(row["at"]),
            action=str(row["action"]),
            member=str(detail.get("member", "")),
            reason=str(detail.get("reason", "")),
            request="",
            requestTime="",
            requestGone="",
            **_actor(str(row["actor"])),
        )
        request_id = detail.get("request")
        if request_id:
            if request_id not in seen:
                seen[request_id] = find_request(str(request_id))
            request = seen[request_id]
            if request is None:
                entry["requestGone"] = "1"
            else:
                national = callbacks.national_format(request["phone_e164"], region)
                entry["request"] = mask_national(national)
                entry["requestTime"] = local_time(request["created_at"])
        entries.append(entry)
    return entries


def _actor(actor: str) -> dict[str, str]:
    if actor == SCHEDULE_ACTOR:
        return {"actor": "", "actorKind": "schedule"}
    if actor == SYSTEM_ACTOR:
        return {"actor": "", "actorKind": "system"}
    if actor == UNKNOWN_ACTOR:
        return {"actor": "", "actorKind": "unknown"}
    if actor == CLI_PREFIX or actor.startswith(CLI_PREFIX + ":"):
        return {"actor": actor.partition(":")[2], "actorKind": "cli"}
    return {"actor": actor, "actorKind": "staff"}
