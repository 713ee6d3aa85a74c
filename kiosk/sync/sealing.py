"""Sealing a request to the clinic's public key, so a stolen kiosk gives no number away.

HPKE (RFC 9180) in base mode with DHKEM(X25519, HKDF-SHA256), HKDF-SHA256 and
AES-128-GCM, from the ``cryptography`` package (``hazmat.primitives.hpke``,
since 47.0). The kiosk holds only the clinic's public key: it can seal, never
open. Each request is sealed once, when it is saved (``RowSealer``, handed to
``Store.open``), so its phone number and first name are never written to the
kiosk's disk in the clear; only the private key, kept off the kiosk, opens it
(``kiosk sync open``).

The sealed document::

    {"schema": "io-kiosk/sealed-request/1", "id": <uuid>, "created_at": ...,
     "kiosk_id": ..., "sealed": {"kem": "DHKEM(X25519, HKDF-SHA256)",
     "kdf": "HKDF-SHA256", "aead": "AES-128-GCM", "enc": <base64>,
     "ciphertext": <base64>}}

The ciphertext is the plain document (``io-kiosk/callback-request/1``) as
UTF-8 JSON. HPKE's ``info`` names the schema, the request id and the kiosk id
(``info_for``), so an envelope moved to another request or kiosk does not
open; any changed byte fails AES-GCM's tag. Either way ``open_sealed``
raises ``SealingError`` and returns nothing.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import x25519
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite

from kiosk.sync import document
from kiosk.sync.document import SCHEMA as PLAIN_SCHEMA
from kiosk.sync.document import SEALED_SCHEMA

ALGORITHMS = {"kem": "DHKEM(X25519, HKDF-SHA256)", "kdf": "HKDF-SHA256", "aead": "AES-128-GCM"}
ENC_LENGTH = 32  # an X25519 public key: HPKE's encapsulated key for this KEM
_SUITE = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.AES_128_GCM)


class SealingError(Exception):
    """A key that cannot be used, or a sealed document that does not open; safe to print."""


# --- keys ------------------------------------------------------------------------


def new_key_pair() -> tuple[bytes, bytes]:
    """A fresh pair as PEM: (private key PKCS#8, public key SubjectPublicKeyInfo).

    PEM because clinic IT's own tools (``openssl pkey``) read it as it is.
    """
    private = x25519.X25519PrivateKey.generate()
    private_pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    public_pem = private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return private_pem, public_pem


def load_public_key(path: Path) -> x25519.X25519PublicKey:
    """The clinic's X25519 public key from a PEM file.

    Raises:
        SealingError: the file cannot be read, or holds no X25519 public key
            (a private key is refused too: it must never be on a kiosk).
    """
    data = _read_key_file(path)
    if b"PRIVATE KEY" in data:
        raise SealingError(
            f"{path} holds a PRIVATE key: it must never be on a kiosk; "
            "give the kiosk the public key (.pub.pem) and take this file off it"
        )
    try:
        key = serialization.load_pem_public_key(data)
    except ValueError as exc:
        raise SealingError(f"{path} is not a PEM public key") from exc
    if not isinstance(key, x25519.X25519PublicKey):
        raise SealingError(f"{path} is not an X25519 public key")
    return key


def load_private_key(path: Path) -> x25519.X25519PrivateKey:
    """The clinic's X25519 private key from an unencrypted PKCS#8 PEM file."""
    data = _read_key_file(path)
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise SealingError(f"{path} is not an unencrypted PEM private key") from exc
    if not isinstance(key, x25519.X25519PrivateKey):
        raise SealingError(f"{path} is not an X25519 private key")
    return key


def _read_key_file(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise SealingError(f"cannot read the key file {path}: {exc.strerror}") from exc


# --- sealing and opening ---------------------------------------------------------


def info_for(request_id: str, kiosk_id: str) -> bytes:
    """HPKE's ``info``: binds an envelope to one request on one kiosk (RFC 9180 section 8.1).

    A JSON array, so no id can be read as part of another.
    """
    return json.dumps([SEALED_SCHEMA, request_id, kiosk_id], separators=(",", ":")).encode()


def seal(
    document_bytes: bytes,
    public_key: x25519.X25519PublicKey,
    *,
    request_id: str,
    kiosk_id: str,
) -> dict[str, str]:
    """The envelope (the ``sealed`` member) of ``document_bytes`` for the holder of the key."""
    sealed = _SUITE.encrypt(document_bytes, public_key, info=info_for(request_id, kiosk_id))
    # cryptography's single-shot output is enc || ciphertext (with its 16-byte tag).
    return {
        **ALGORITHMS,
        "enc": base64.b64encode(sealed[:ENC_LENGTH]).decode("ascii"),
        "ciphertext": base64.b64encode(sealed[ENC_LENGTH:]).decode("ascii"),
    }


def sealed_document(
    plain: Mapping[str, Any], public_key: x25519.X25519PublicKey
) -> dict[str, Any]:
    """The sealed document for a plain one: its id, times and kiosk outside, the rest sealed."""
    if plain.get("schema") != PLAIN_SCHEMA:
        raise ValueError(f"only a {PLAIN_SCHEMA} document can be sealed")
    return {
        "schema": SEALED_SCHEMA,
        "id": plain["id"],
        "created_at": plain["created_at"],
        "kiosk_id": plain["kiosk_id"],
        "sealed": seal(
            canonical_json(plain),
            public_key,
            request_id=plain["id"],
            kiosk_id=plain["kiosk_id"],
        ),
    }


def open_sealed(
    document: Mapping[str, Any], private_key: x25519.X25519PrivateKey
) -> dict[str, Any]:
    """The plain document inside a sealed one.

    Raises:
        SealingError: not a sealed document, another suite, a changed byte
            anywhere, an envelope moved from another request or kiosk, or a
            key that is not the one it was sealed to. Nothing is returned then.
    """
    if not isinstance(document, Mapping) or document.get("schema") != SEALED_SCHEMA:
        raise SealingError(f"not a sealed request (schema {SEALED_SCHEMA} expected)")
    request_id, kiosk_id = document.get("id"), document.get("kiosk_id")
    envelope = document.get("sealed")
    if not isinstance(request_id, str) or not isinstance(kiosk_id, str):
        raise SealingError("a sealed request without its id or kiosk id")
    if not isinstance(envelope, Mapping):
        raise SealingError(f"the sealed request {request_id} has no envelope")
    for name, expected in ALGORITHMS.items():
        if envelope.get(name) != expected:
            raise SealingError(
                f"the sealed request {request_id} uses {name} {envelope.get(name)!r}, "
                f"not {expected!r}"
            )
    enc = _base64(envelope.get("enc"), "enc", request_id)
    ciphertext = _base64(envelope.get("ciphertext"), "ciphertext", request_id)
    if len(enc) != ENC_LENGTH:
        raise SealingError(f"the sealed request {request_id} has a damaged key (enc)")
    try:
        plain_bytes = _SUITE.decrypt(
            enc + ciphertext, private_key, info=info_for(request_id, kiosk_id)
        )
    except (InvalidTag, ValueError) as exc:
        raise SealingError(
            f"the sealed request {request_id} does not open: it was changed, moved from "
            "another request or kiosk, or sealed to another key"
        ) from exc
    try:
        plain = json.loads(plain_bytes)
    except ValueError as exc:  # cannot happen unless the sealer was broken
        raise SealingError(f"the sealed request {request_id} holds no JSON") from exc
    # The outside copies are not authenticated on their own; they must match the inside.
    if (
        not isinstance(plain, dict)
        or plain.get("schema") != PLAIN_SCHEMA
        or plain.get("id") != request_id
        or plain.get("kiosk_id") != kiosk_id
        or plain.get("created_at") != document.get("created_at")
    ):
        raise SealingError(f"the sealed request {request_id} does not match what it holds")
    return plain


def _base64(value: object, name: str, request_id: str) -> bytes:
    if not isinstance(value, str):
        raise SealingError(f"the sealed request {request_id} has no {name}")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SealingError(f"the sealed request {request_id} has a damaged {name}") from exc


def canonical_json(document: Mapping[str, Any]) -> bytes:
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


# --- at the moment of saving -----------------------------------------------------


class RowSealer:
    """What ``Store.open(sealer=...)`` calls with each new row: the envelope, as JSON text."""

    def __init__(self, public_key: x25519.X25519PublicKey) -> None:
        self._public_key = public_key

    def __call__(self, row: Mapping[str, Any]) -> str:
        sealed = sealed_document(document.build(row), self._public_key)
        return json.dumps(sealed["sealed"], sort_keys=True)


def sealer_for(public_key_path: str | Path | None) -> RowSealer | None:
    """The sealer for the ``sync_public_key`` setting; None when it is empty.

    Raises:
        SealingError: the setting names a file that is not a usable public key.
            The kiosk must then take no requests rather than store them in the clear.
    """
    if not public_key_path or not str(public_key_path).strip():
        return None
    return RowSealer(load_public_key(Path(public_key_path).expanduser()))
