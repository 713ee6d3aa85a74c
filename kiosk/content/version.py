"""The content version: one short hash over the pack files the kiosk loads (Qt-free)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

VERSION_HEX = 12


def content_version(content_dir: Path, languages: Iterable[str]) -> str:
    """sha256 (first 12 hex) over ``<content_dir>/<lang>/*.toml`` of ``languages``.

    Paths (relative to ``content_dir``, sorted) and bytes both count, so a
    renamed, added, removed or edited file changes it; a file that cannot be
    read counts as empty.
    """
    digest = hashlib.sha256()
    files = sorted(
        path.relative_to(content_dir).as_posix()
        for language in sorted(set(languages))
        for path in (content_dir / language).glob("*.toml")
    )
    for name in files:
        try:
            data = (content_dir / name).read_bytes()
        except OSError:
            data = b""
        for part in (name.encode("utf-8"), data):
            digest.update(len(part).to_bytes(8, "big"))
            digest.update(part)
    return digest.hexdigest()[:VERSION_HEX]
