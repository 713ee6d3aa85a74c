"""The JSON document every sync target receives for one request (docs/sync.md).

``build`` turns a stored request row into a plain JSON-able dict that the
schema in ``resources/sync/request.schema.json`` describes; ``encode`` gives
the one byte form the webhook posts and the folder target writes. The
document holds the phone number: it is built only in memory, just before
delivery, and never logged.

A request saved sealed for the clinic (``sync_public_key``) is sent as the
sealed document: its id, time and kiosk outside, the envelope that
``kiosk.sync.sealing`` made when it was saved inside. The plain document
built here is exactly what that envelope holds. A row without a number (a
tombstone) cannot be sent.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from kiosk import paths

SCHEMA = "io-kiosk/callback-request/1"
SEALED_SCHEMA = "io-kiosk/sealed-request/1"
SCHEMA_FILE = "request.schema.json"
AUDIT_HEAD_SCHEMA = "io-kiosk/audit-head/1"
AUDIT_HEAD_SCHEMA_FILE = "audit-head.schema.json"


def build(row: Mapping[str, Any]) -> dict[str, Any]:
    """The document for one stored request (``Store.get_request`` / the outbox head).

    ``topics`` may be the stored JSON text or a list.

    Raises:
        ValueError: the row has no number left (wiped after delivery): there
            is nothing to send.
    """
    if row.get("sealed"):
        return stored_sealed_document(row)
    if not row.get("phone_e164"):
        raise ValueError(f"request {row['id']} has no number left to send")
    topics = row["topics"]
    if isinstance(topics, str):
        topics = json.loads(topics)
    return {
        "schema": SCHEMA,
        "id": row["id"],
        "created_at": row["created_at"],
        "kiosk_id": row["kiosk_id"],
        "phone_e164": row["phone_e164"],
        "first_name": row.get("first_name") or None,
        "best_time": row["best_time"],
        "language": row["language"],
        "topics": list(topics),
        "consent": {
            "text_version": row["consent_version"],
            "text_sha256": row["consent_sha256"],
            "given_at": row["consent_at"],
        },
    }


def stored_sealed_document(row: Mapping[str, Any]) -> dict[str, Any]:
    """The sealed document for a row saved sealed (its ``sealed`` column holds the envelope)."""
    return {
        "schema": SEALED_SCHEMA,
        "id": row["id"],
        "created_at": row["created_at"],
        "kiosk_id": row["kiosk_id"],
        "sealed": json.loads(row["sealed"]),
    }


def audit_head_id(kiosk_id: str, head_id: int) -> str:
    """The id an audit head is delivered under: targets deduplicate on it."""
    return f"audit-head-{kiosk_id}-{head_id}"


def audit_head(
    kiosk_id: str, head_id: int, row_hash: str, row_mac: str | None, at: str | None
) -> dict[str, Any]:
    """The document anchoring the audit log's head at the clinic (``kiosk.sync.audit_head``).

    ``at`` is when the head row was written, so a head sent again is the same bytes.
    """
    return {
        "schema": AUDIT_HEAD_SCHEMA,
        "kiosk_id": kiosk_id,
        "head_id": head_id,
        "row_hash": row_hash,
        "row_mac": row_mac,
        "at": at,
    }


def encode(document: dict[str, Any]) -> bytes:
    """UTF-8 JSON with sorted keys: the same request always gives the same bytes."""
    return json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8"
    )


def schema_path() -> Path:
    return paths.resources_dir() / "sync" / SCHEMA_FILE


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``build``'s documents."""
    loaded: dict[str, Any] = json.loads(schema_path().read_text(encoding="utf-8"))
    return loaded


def audit_head_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``audit_head``'s documents."""
    path = paths.resources_dir() / "sync" / AUDIT_HEAD_SCHEMA_FILE
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded
