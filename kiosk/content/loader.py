"""Read and validate one language's content pack from TOML files.

Validation here is per file: UTF-8 text, valid TOML, the keys and types the
screens rely on, and no markup in any text. Loading one file is isolated: a
file that fails, in whatever way, is left out and reported as a ``Problem``
with its file and line; the rest of the pack still loads (R22). Checks across
files (animations, languages agreeing) are in ``kiosk.content.offered``;
editorial ones (reading grade, review dates) in ``kiosk.content.check``.
"""

import datetime as dt
import re
import reprlib
import tomllib
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar

from kiosk.content import markup
from kiosk.content.model import (
    REVIEW_STATUSES,
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

SCHEMA = 2
PACK_FILE = "pack.toml"
COMPARE_FILE = "compare.toml"
CONSENT_FILE = "consent.toml"
# A content file is a few kilobytes; anything much larger is not one, and is
# not read into memory.
MAX_FILE_BYTES = 1024 * 1024

# Every list a procedure must have, in the order the procedure screen shows them,
# with the fewest and most items it may hold (resources/content/README.md, "Limits").
# key_points is first but is a caption-level recap, so it is not a detail list.
LIST_SIZES = {
    "key_points": (3, 3),
    "before": (3, 6),
    "benefits": (3, 6),
    "side_effects_common": (3, 6),
    "side_effects_serious": (2, 7),
    "recovery": (3, 7),
    "call_emergency": (2, 6),
    "call_your_team": (2, 6),
    "questions": (4, 8),
}
DETAIL_LISTS = tuple(name for name in LIST_SIZES if name != "key_points")
STEP_COUNT = (1, 12)
SOURCE_COUNT = (1, 10)
COMPARE_ROWS = (1, 12)
_PROCEDURE_KEYS = {
    "schema": int,
    "id": str,
    "order": int,
    "title": str,
    "tile_title": str,
    "also_called": str,
    "summary": str,
    "animation": str,
    "who": str,
    "goal": str,
    "review": dict,
    "steps": list,
    "sources": list,
    **{name: list for name in LIST_SIZES},
}
_REVIEW_KEYS = {
    "status": str,
    "reviewed_by": str,
    "reviewed_on": dt.date,
    "next_review": dt.date,
}
_STEP_KEYS = {"animation_step": str, "title": str, "caption": str}
_SOURCE_KEYS = {"title": str, "url": str}
_COMPARE_KEYS = {
    "schema": int,
    "title": str,
    "intro": str,
    "columns": list,
    "review": dict,
    "rows": list,
}
_ROW_KEYS = {"label": str, "cells": list}
_CONSENT_KEYS = {
    "schema": int,
    "version": str,
    "checkbox": str,
    "checkbox_with_texts": str,
    "privacy": str,
    "review": dict,
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
    """A structural problem; ``key`` (or the text ``needle``) helps find its line."""

    def __init__(
        self, message: str, key: str | None = None, occurrence: int = 0, needle: str = ""
    ) -> None:
        super().__init__(message)
        self.key = key
        self.occurrence = occurrence
        self.needle = needle


T = TypeVar("T")

# Values quoted in problems are cut short: a line for an editor, not a dump.
_short = reprlib.Repr()
_short.maxstring = _short.maxother = 60
_short.maxlevel = 2


def load_pack(content_dir: Path, language: str) -> ContentPack:
    """Load ``content_dir/language``; never raises for bad content, only reports it."""
    folder = content_dir / language
    problems: list[Problem] = []

    texts = _load(folder / PACK_FILE, lambda data, _: _pack_texts(data, language), problems)
    name, date_format, welcome, choose = texts or (language, "yyyy-MM-dd", "", "")

    procedures = []
    for path in sorted(folder.glob("*.toml")):
        if path.name in (PACK_FILE, COMPARE_FILE, CONSENT_FILE):
            continue
        procedure = _load(path, _procedure, problems)
        if procedure is not None:
            procedures.append(procedure)

    comparison = None
    if (folder / COMPARE_FILE).exists():
        comparison = _load(folder / COMPARE_FILE, _comparison, problems)
    consent = _load(folder / CONSENT_FILE, _consent, problems)

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


def _load(
    path: Path, build: Callable[[dict[str, Any], Path], T], problems: list[Problem]
) -> T | None:
    """One file, isolated: what it builds, or None with the reason added to ``problems``."""
    data = _parse(path, problems)
    if data is None:
        return None
    try:
        return build(data, path)
    except _SchemaError as exc:
        problems.append(_problem(path, exc))
    except Exception as exc:  # the last wall, see _unexpected
        problems.append(_unexpected(path, exc))
    return None


def _pack_texts(data: Mapping[str, Any], language: str) -> tuple[str, str, str, str]:
    """pack.toml: the language's own name, date format, welcome and language prompt."""
    _require(data, _PACK_KEYS, "")
    _no_markup(data)
    if data["language"] != language:
        raise _SchemaError(
            f"language is {_short.repr(data['language'])}, folder is {language!r}", "language"
        )
    return data["name"], data["date_format"], data["welcome"], data["choose_language"]


def _consent(data: Mapping[str, Any], path: Path) -> ConsentText:
    _require(data, _CONSENT_KEYS, "")
    _no_markup(data)
    _schema(data)
    return ConsentText(
        data["version"],
        data["checkbox"],
        data["checkbox_with_texts"],
        data["privacy"],
        path,
        _review(data["review"]),
    )


def _schema(data: Mapping[str, Any]) -> None:
    if data["schema"] != SCHEMA:
        raise _SchemaError(f"schema must be {SCHEMA}, not {data['schema']}", "schema")


def _review(review: object) -> Review:
    """A [review] stamp: who, when, when next, and whether a doctor did it at all."""
    _require(review, _REVIEW_KEYS, "review.", "[review]")
    assert isinstance(review, dict)  # _require said so
    if review["status"] not in REVIEW_STATUSES:
        raise _SchemaError(
            f"review.status must be {' or '.join(map(repr, REVIEW_STATUSES))}, "
            f"not {_short.repr(review['status'])}",
            "status",
        )
    if review["next_review"] <= review["reviewed_on"]:
        raise _SchemaError("review.next_review must come after review.reviewed_on", "next_review")
    return Review(
        review["reviewed_by"], review["reviewed_on"], review["next_review"], review["status"]
    )


def _count(name: str, items: list[Any], limits: tuple[int, int], anchor: str) -> None:
    """A list holds as many items as the README allows."""
    fewest, most = limits
    if not fewest <= len(items) <= most:
        allowed = f"exactly {fewest}" if fewest == most else f"{fewest} to {most}"
        raise _SchemaError(f"{name} has {len(items)} items; it must have {allowed}", anchor)


def _parse(path: Path, problems: list[Problem]) -> dict[str, Any] | None:
    """The file's TOML, or None with the reason added to ``problems``."""
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        problems.append(Problem(path, None, "file is missing"))
        return None
    except OSError as exc:
        problems.append(Problem(path, None, f"cannot read: {exc.strerror}"))
        return None
    if len(raw) > MAX_FILE_BYTES:
        problems.append(Problem(path, None, f"larger than {MAX_FILE_BYTES // 1024} KiB"))
        return None
    try:
        text = raw.decode("utf-8-sig")  # a byte-order mark from Notepad is harmless
    except UnicodeDecodeError as exc:
        where = raw[: exc.start].count(b"\n") + 1
        problems.append(Problem(path, where, "not UTF-8 text: save the file as UTF-8"))
        return None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"at line (\d+)", str(exc))
        line = int(match.group(1)) if match else None
        problems.append(Problem(path, line, f"not valid TOML: {exc}"))
    except RecursionError:
        problems.append(Problem(path, None, "not valid content: lists nested too deeply"))
    return None


def _procedure(data: Mapping[str, Any], path: Path) -> Procedure:
    _require(data, _PROCEDURE_KEYS, "")
    _no_markup(data)
    _schema(data)
    if data["id"] != path.stem:
        raise _SchemaError(f"id {data['id']!r} must match the file name {path.stem!r}", "id")

    review = _review(data["review"])
    for key in ("who", "goal"):
        if not data[key].strip():
            raise _SchemaError(f"{key} must not be empty", key)
    steps = []
    for n, step in enumerate(data["steps"]):
        if not isinstance(step, dict):
            raise _SchemaError("each step must be a [[steps]] table", "[[steps]]", n)
        _require(step, _STEP_KEYS, f"steps[{n + 1}].", "[[steps]]", n)
        steps.append(Step(step["animation_step"], step["title"], step["caption"]))
    if not steps:
        raise _SchemaError("a procedure needs at least one [[steps]] table", "id")
    _count("steps", steps, STEP_COUNT, "[[steps]]")

    sources = []
    for n, source in enumerate(data["sources"]):
        if not isinstance(source, dict):
            raise _SchemaError("each source must be a [[sources]] table", "[[sources]]", n)
        _require(source, _SOURCE_KEYS, f"sources[{n + 1}].", "[[sources]]", n)
        sources.append(Source(source["title"], source["url"]))
    if not sources:
        raise _SchemaError("a procedure needs at least one [[sources]] table", "id")
    _count("sources", sources, SOURCE_COUNT, "[[sources]]")

    lists = {}
    for name, limits in LIST_SIZES.items():
        items = data[name]
        if not items or not all(isinstance(i, str) and i.strip() for i in items):
            raise _SchemaError(f"{name} must be a non-empty list of texts", name)
        _count(name, items, limits, name)
        lists[name] = tuple(items)

    return Procedure(
        id=data["id"],
        order=data["order"],
        title=data["title"],
        tile_title=data["tile_title"],
        also_called=data["also_called"],
        summary=data["summary"],
        animation=data["animation"],
        review=review,
        who=data["who"],
        goal=data["goal"],
        steps=tuple(steps),
        sources=tuple(sources),
        path=path,
        **lists,
    )


def _comparison(data: Mapping[str, Any], path: Path) -> Comparison:
    _require(data, _COMPARE_KEYS, "")
    _no_markup(data)
    _schema(data)
    review = _review(data["review"])
    columns = data["columns"]
    if not all(isinstance(c, str) for c in columns):
        raise _SchemaError("columns must be a list of texts", "columns")
    rows = []
    for n, row in enumerate(data["rows"]):
        _require(row, _ROW_KEYS, f"rows[{n + 1}].", "[[rows]]", n)
        cells = row["cells"]
        if not all(isinstance(c, str) for c in cells):
            raise _SchemaError(f"rows[{n + 1}].cells must be a list of texts", "[[rows]]", n)
        if len(cells) != len(columns):
            raise _SchemaError(
                f"rows[{n + 1}] has {len(cells)} cells for {len(columns)} columns",
                "[[rows]]",
                n,
            )
        rows.append(ComparisonRow(row["label"], tuple(cells)))
    _count("rows", rows, COMPARE_ROWS, "[[rows]]")
    return Comparison(data["title"], data["intro"], tuple(columns), tuple(rows), review, path)


def _require(
    table: object,
    keys: Mapping[str, type],
    prefix: str,
    anchor: str | None = None,
    occurrence: int = 0,
) -> None:
    """A table with exactly these keys, each of its type; unknown keys are mistakes too."""
    if not isinstance(table, dict):
        where = prefix.rstrip(".") or "the file"
        shown = _short.repr(table)
        raise _SchemaError(f"{where} must be a table, not {shown}", anchor, occurrence)
    for key, kind in keys.items():
        if key not in table:
            raise _SchemaError(f"{prefix}{key} is missing", anchor, occurrence)
        value = table[key]
        wrong = not isinstance(value, kind) or (kind is int and isinstance(value, bool))
        if kind is dt.date and isinstance(value, dt.datetime):
            wrong = True
        if wrong:
            raise _SchemaError(
                f"{prefix}{key} must be {_WORDS[kind]}, not {_short.repr(value)}",
                anchor or key,
                occurrence,
            )
    for key in table:
        if key not in keys:
            raise _SchemaError(
                f"{prefix}{_short.repr(key)} is not a known key", anchor or key, occurrence
            )


def _no_markup(data: Mapping[str, Any]) -> None:
    """No text may hold markup: it would show as typed, or worse, load from the network."""
    for key, text in _texts(data):
        found = markup.find(text)
        if found:
            value = data[key]
            if isinstance(value, list) and value and isinstance(value[0], dict):
                anchor = f"[[{key}]]"
            else:
                anchor = f"[{key}]" if isinstance(value, dict) else key
            raise _SchemaError(
                f"{key} holds markup {_short.repr(found)}: write plain text "
                "(no <...> tags, no &...; entities)",
                anchor,
                needle=found,
            )


def _texts(data: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """Every text in a parsed file with its top-level key; links are not shown as text."""
    for key, value in data.items():
        if key == "url":
            continue
        stack = [value]
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                yield key, item
            elif isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                stack.extend(v for k, v in item.items() if k != "url")


_WORDS = {
    str: "text",
    int: "a whole number",
    list: "a list",
    dict: "a table",
    dt.date: "a date like 2026-01-31",
}


def _problem(path: Path, exc: _SchemaError) -> Problem:
    line = _line_holding(path, exc.needle) if exc.needle else None
    return Problem(path, line or line_of(path, exc.key, exc.occurrence), str(exc))


def _unexpected(path: Path, exc: Exception) -> Problem:
    """The last wall around one file: a mistake no check above foresaw.

    Content is edited by clinics; whatever is in one file must hide that file
    only, never stop the kiosk (R22). The type says what to look for.
    """
    return Problem(path, None, f"cannot be used ({type(exc).__name__}: {_short.repr(str(exc))})")


def _lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return []


def _line_holding(path: Path, needle: str) -> int | None:
    return next((n for n, line in enumerate(_lines(path), start=1) if needle in line), None)


def line_of(path: Path, key: str | None, occurrence: int = 0) -> int | None:
    """Best-effort line of ``key`` (or of the n-th ``[table]`` / ``[[table]]``) in the file."""
    if not key:
        return None
    lines = _lines(path)
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
