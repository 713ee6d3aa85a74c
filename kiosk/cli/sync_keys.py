"""``kiosk sync keygen`` and ``kiosk sync open``: the clinic's sealing key pair, and its use.

``keygen`` makes the X25519 pair that requests are sealed to
(``kiosk.sync.sealing``): the public key goes on every kiosk
(``sync_public_key``), the private key never does. ``open`` runs where the
private key is (the clinic's integration server, or an offline computer):
it opens sealed drops (files from the folder target, saved webhook bodies)
and writes the call list the front desk knows, through the same rows,
sanitiser and writers as ``kiosk export``. Every expected failure is one
line on stderr and exit 2, naming the file; it never holds a number.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk import settings
from kiosk.cli.outcome import CommandError, fail, reported
from kiosk.export.exporter import FORMATS
from kiosk.sync.document import SEALED_SCHEMA

if TYPE_CHECKING:  # only the type: `kiosk --help` need not load cryptography
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

PRIVATE_NAME = "clinic-sync.key.pem"
PUBLIC_NAME = "clinic-sync.pub.pem"


def register_keys(sync_actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``keygen`` and ``open`` to the ``kiosk sync`` actions.

    Args:
        sync_actions: what ``add_subparsers`` returned for the ``sync`` parser.
    """
    keygen = sync_actions.add_parser(
        "keygen",
        help="make the clinic's sealing key pair (the private key must NEVER go on a kiosk)",
        description=f"Write {PRIVATE_NAME} (readable by you only) and {PUBLIC_NAME} to DIR. "
        "The public key goes on each kiosk as sync_public_key; the private key opens every "
        "sealed request and must never be put on a kiosk.",
    )
    keygen.add_argument("--out", required=True, metavar="DIR", help="the folder to write to")
    keygen.set_defaults(func=cmd_keygen)

    opening = sync_actions.add_parser(
        "open",
        help="open sealed requests with the private key and write the call list",
        description="Open every sealed request (*.json) in the folders or files given, and "
        "write them, newest first and each once, as one CSV, Excel or PDF call list. "
        "A file that was changed, or sealed to another key, stops it: nothing is written.",
    )
    opening.add_argument("--key", required=True, metavar="PRIVATE", help="the private key file")
    opening.add_argument("folders", nargs="+", metavar="FOLDER", help="folders or files to open")
    opening.add_argument(
        "--format", required=True, metavar="|".join(FORMATS), help="the kind of file to write"
    )
    opening.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    opening.add_argument(
        "--region", metavar="CODE", help="how numbers are shown (default: clinic_region)"
    )
    opening.set_defaults(func=cmd_open)


def cmd_keygen(args: argparse.Namespace, loaded: settings.LoadedSettings) -> int:
    """Run ``kiosk sync keygen``; returns the exit code."""
    from kiosk.sync import sealing

    folder = Path(args.out).expanduser()
    with reported(OSError, command="sync keygen") as outcome:
        if not folder.is_dir():
            raise CommandError(f"no such folder: {folder}")
        private_path, public_path = folder / PRIVATE_NAME, folder / PUBLIC_NAME
        for path in (private_path, public_path):
            if path.exists():
                raise CommandError(f"{path} exists already; a key is never overwritten")
        private_pem, public_pem = sealing.new_key_pair()
        _write_new(private_path, private_pem, 0o600)
        _write_new(public_path, public_pem, 0o644)
        print(f"public key, for every kiosk (sync_public_key): {public_path}")
        print(f"private key: {private_path}")
        print(
            "!!! The private key opens every sealed request. NEVER put it on a kiosk.\n"
            "!!! Keep it only where requests are opened (the clinic's integration server,\n"
            "!!! or an offline computer), readable by its owner only, with a backup:\n"
            "!!! without it no sealed request can ever be read.",
            file=sys.stderr,
        )
    return outcome.code


def _write_new(path: Path, data: bytes, mode: int) -> None:
    """Create ``path`` with ``mode`` from the start (never a moment readable by others)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(path, mode)  # the umask may have taken bits off the public key


def cmd_open(args: argparse.Namespace, loaded: settings.LoadedSettings) -> int:
    """Run ``kiosk sync open``; returns the exit code."""
    from kiosk.export import exporter
    from kiosk.export.rows import rows_for_export
    from kiosk.sync import sealing

    if args.format not in FORMATS:
        return fail(
            f"--format must be one of {', '.join(FORMATS)}, got {args.format!r}",
            command="sync open",
        )
    out = Path(args.out).expanduser()
    s = loaded.settings
    region = (args.region or s.clinic_region).upper()
    with reported(sealing.SealingError, OSError, command="sync open") as outcome:
        if not out.parent.is_dir():
            raise CommandError(f"no such folder: {out.parent}")
        private_key = sealing.load_private_key(Path(args.key).expanduser())
        documents = opened_documents([Path(f).expanduser() for f in args.folders], private_key)
        requests = [_as_request(doc) for doc in documents.values()]
        requests.sort(key=lambda r: (r["created_at"], r["id"]), reverse=True)
        rows = rows_for_export(requests, region=region)
        exporter.write(rows, args.format, out, region=region, clinic_name=s.clinic_name)
        print(f"opened {len(rows)} sealed requests into {out}")
    return outcome.code


def opened_documents(
    places: list[Path], private_key: X25519PrivateKey
) -> dict[str, dict[str, Any]]:
    """Every sealed request in ``places``, opened, by request id (a request sent twice is one).

    Files of another schema (e.g. the audit head) are passed over; a sealed
    file that does not open raises ``SealingError`` naming the file.
    """
    from kiosk.sync import sealing

    found: dict[str, dict[str, Any]] = {}
    for path in _json_files(places):
        try:
            document = json.loads(path.read_bytes())
        except ValueError as exc:
            raise CommandError(f"{path} is not JSON") from exc
        if not isinstance(document, dict) or document.get("schema") != SEALED_SCHEMA:
            continue
        try:
            plain = sealing.open_sealed(document, private_key)
        except sealing.SealingError as exc:
            raise sealing.SealingError(f"{path}: {exc}; nothing was written") from exc
        found[plain["id"]] = plain
    return found


def _json_files(places: list[Path]) -> list[Path]:
    files: list[Path] = []
    for place in places:
        if place.is_dir():
            files.extend(sorted(p for p in place.glob("*.json") if p.is_file()))
        elif place.is_file():
            files.append(place)
        else:
            raise CommandError(f"no such folder or file: {place}")
    return files


def _as_request(document: dict[str, Any]) -> dict[str, Any]:
    """A plain document as the dict ``rows_for_export`` reads (the kiosk's status is not sent)."""
    return {
        "id": document["id"],
        "created_at": document["created_at"],
        "first_name": document.get("first_name"),
        "phone_e164": document["phone_e164"],
        "best_time": document.get("best_time"),
        "topics": document.get("topics") or [],
        "language": document.get("language"),
        "status": "new",
    }
