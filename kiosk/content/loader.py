"""Read and validate one language's content pack from TOML files.

Validation here is structural: the keys and types the screens rely on. A file
that fails it is left out and reported as a ``Problem`` with its file and line;
the rest of the pack still loads (R22). Editorial checks (reading
grade, both languages alike, review dates) live in ``kiosk.content.check``.
"""

import datetime as dt
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from kiosk.content.model import (
    Comparison,
    ComparisonRow,
    ConsentText,
    ContentPack,
    Problem,
    Procedure,
    Review,
    Source,
    Step,
)

SCHEMA = 1
PACK_FILE = "pack.toml"
COMPARE_FILE = "compare.toml"
CONSENT_FILE = "consent.toml"

# Every list a procedure must have, in the order the procedure screen shows them.
DETAIL_LISTS = (
    "benefits",
    "side_effects_common",
    "side_effects_serious",
    "recovery",
    "call_your_team",
    "questions",
)
_PROCEDURE_KEYS = {
    "schema": int,
    "id": str,
    "order": int,
    "title": str,
    "tile_title": str,
    "also_called": str,
    "summary": str,
    "animation": str,
    "review": dict,
    "steps": list,
    "sources": list,
    **{name: list for name in DETAIL_LISTS},
}
_REVIEW_KEYS = {"reviewed_by": str, "reviewed_on": dt.date, "next_review": dt.date}
_STEP_KEYS = {"animation_step": str, "title": str, "caption": str}
_SOURCE_KEYS = {"title": str, "url": str}
_COMPARE_KEYS = {"schema": int, "title": str, "intro": str, "columns": list, "rows": list}
_ROW_KEYS = {"label": str, "cells": list}
_CONSENT_KEYS = {
    "schema": int,
    "version": str,
    "checkbox": str,
    "checkbox_with_texts": str,
    "privacy": str,
}
_PACK_KEYS = {
    "schema": int,
    "language": str,
    "name": str,
    "date_format": str,
    "welcome": str,
    "choose_language": str,
}


class _SchemaError(Exception):
    """A structural problem; ``key`` helps find its line in the file."""

    def __init__(self, message: str, key: str | None = None, occurrence: int = 0) -> None:
        super().__init__(message)
        self.key = key
        self.occurrence = occurrence


def load_pack(content_dir: Path, language: str) -> ContentPack:
    """Load ``content_dir/language``; never raises for bad content, only reports it."""
    folder = content_dir / language
    problems: list[Problem] = []

    name, date_format, welcome, choose = language, "yyyy-MM-dd", "", ""
    pack_path = folder / PACK_FILE
    pack = _parse(pack_path, problems)
    if pack is not None:
        try:
            _require(pack, _PACK_KEYS, "")
            if pack["language"] != language:
                raise _SchemaError(
                    f"language is {pack['language']!r}, folder is {language!r}", "language"
                )
            name, date_format = pack["name"], pack["date_format"]
            welcome, choose = pack["welcome"], pack["choose_language"]
        except _SchemaError as exc:
            problems.append(_problem(pack_path, exc))

    procedures = []
    for path in sorted(folder.glob("*.toml")):
        if path.name in (PACK_FILE, COMPARE_FILE, CONSENT_FILE):
            continue
        data = _parse(path, problems)
        if data is None:
            continue
        try:
            procedures.append(_procedure(data, path))
        except _SchemaError as exc:
            problems.append(_problem(path, exc))

    comparison = None
    compare_path = folder / COMPARE_FILE
    if compare_path.exists():
        data = _parse(compare_path, problems)
        if data is not None:
            try:
                comparison = _comparison(data)
            except _SchemaError as exc:
                problems.append(_problem(compare_path, exc))

    consent = None
    consent_path = folder / CONSENT_FILE
    data = _parse(consent_path, problems)
    if data is not None:
        try:
            _require(data, _CONSENT_KEYS, "")
            consent = ConsentText(
                data["version"],
                data["checkbox"],
                data["checkbox_with_texts"],
                data["privacy"],
                consent_path,
            )
        except _SchemaError as exc:
            problems.append(_problem(consent_path, exc))

    procedures.sort(key=lambda p: (p.order, p.id))
    return ContentPack(
        language,
        name,
        date_format,
        tuple(procedures),
        comparison,
        consent,
        tuple(problems),
        welcome=welcome,
        choose_language=choose,
    )


def _parse(path: Path, problems: list[Problem]) -> dict[str, Any] | None:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        problems.append(Problem(path, None, "file is missing"))
    except OSError as exc:
        problems.append(Problem(path, None, f"cannot read: {exc.strerror}"))
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"at line (\d+)", str(exc))
        line = int(match.group(1)) if match else None
        problems.append(Problem(path, line, f"not valid TOML: {exc}"))
    return None


def _procedure(data: dict[str, Any], path: Path) -> Procedure:
    _require(data, _PROCEDURE_KEYS, "")
    if data["schema"] != SCHEMA:
        raise _SchemaError(f"schema must be {SCHEMA}", "schema")
    if data["id"] != path.stem:
        raise _SchemaError(f"id {data['id']!r} must match the file name {path.stem!r}", "id")

    review = data["review"]
    _require(review, _REVIEW_KEYS, "review.")
    steps = []
    for n, step in enumerate(data["steps"]):
        if not isinstance(step, dict):
            raise _SchemaError("each step must be a [[steps]] table", "[[steps]]", n)
        _require(step, _STEP_KEYS, f"steps[{n + 1}].", "[[steps]]", n)
        steps.append(Step(step["animation_step"], step["title"], step["caption"]))
    if not steps:
        raise _SchemaError("a procedure needs at least one [[steps]] table", "id")

    sources = []
    for n, source in enumerate(data["sources"]):
        if not isinstance(source, dict):
            raise _SchemaError("each source must be a [[sources]] table", "[[sources]]", n)
        _require(source, _SOURCE_KEYS, f"sources[{n + 1}].", "[[sources]]", n)
        sources.append(Source(source["title"], source["url"]))
    if not sources:
        raise _SchemaError("a procedure needs at least one [[sources]] table", "id")

    lists = {}
    for name in DETAIL_LISTS:
        items = data[name]
        if not items or not all(isinstance(i, str) and i.strip() for i in items):
            raise _SchemaError(f"{name} must be a non-empty list of texts", name)
        lists[name] = tuple(items)

    return Procedure(
        id=data["id"],
        order=data["order"],
        title=data["title"],
        tile_title=data["tile_title"],
        also_called=data["also_called"],
        summary=data["summary"],
        animation=data["animation"],
        review=Review(review["reviewed_by"], review["reviewed_on"], review["next_review"]),
        steps=tuple(steps),
        sources=tuple(sources),
        path=path,
        **lists,
    )


def _comparison(data: dict[str, Any]) -> Comparison:
    _require(data, _COMPARE_KEYS, "")
    columns = tuple(data["columns"])
    rows = []
    for n, row in enumerate(data["rows"]):
        _require(row, _ROW_KEYS, f"rows[{n + 1}].", "[[rows]]", n)
        if len(row["cells"]) != len(columns):
            raise _SchemaError(
                f"rows[{n + 1}] has {len(row['cells'])} cells for {len(columns)} columns",
                "[[rows]]",
                n,
            )
        rows.append(ComparisonRow(row["label"], tuple(row["cells"])))
    return Comparison(data["title"], data["intro"], columns, tuple(rows))


def _require(
    table: dict[str, Any],
    keys: Mapping[str, type],
    prefix: str,
    anchor: str | None = None,
    occurrence: int = 0,
) -> None:
    """Exactly these keys, each of its type; unknown keys are mistakes too."""
    for key, kind in keys.items():
        if key not in table:
            raise _SchemaError(f"{prefix}{key} is missing", anchor, occurrence)
        value = table[key]
        wrong = not isinstance(value, kind) or (kind is int and isinstance(value, bool))
        if kind is dt.date and isinstance(value, dt.datetime):
            wrong = True
        if wrong:
            raise _SchemaError(
                f"{prefix}{key} must be {_WORDS[kind]}, not {value!r}",
                anchor or key,
                occurrence,
            )
    for key in table:
        if key not in keys:
            raise _SchemaError(f"{prefix}{key} is not a known key", anchor or key, occurrence)


_WORDS = {
    str: "text",
    int: "a whole number",
    list: "a list",
    dict: "a table",
    dt.date: "a date like 2026-01-31",
}


def _problem(path: Path, exc: _SchemaError) -> Problem:
    return Problem(path, line_of(path, exc.key, exc.occurrence), str(exc))


def line_of(path: Path, key: str | None, occurrence: int = 0) -> int | None:
    """Best-effort line of ``key`` (or of the n-th ``[table]`` / ``[[table]]``) in the file."""
    if not key:
        return None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    if key.startswith("["):
        pattern = re.compile(r"^\s*" + re.escape(key))
    else:
        pattern = re.compile(r"^\s*" + re.escape(key) + r"\s*=")
    seen = 0
    for number, line in enumerate(lines, start=1):
        if pattern.match(line):
            if seen == occurrence:
                return number
            seen += 1
    return None
