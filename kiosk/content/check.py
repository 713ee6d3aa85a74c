"""``kiosk content check``: everything an editor or IT must fix before content ships (R22).

On top of the loader's structural checks: both languages tell the same
story (same topics, same steps), every step has its animation step, sources
are real links, the clinical review is recent, captions and details are easy
to read, no text promises a cure, and nothing is too long for its place on
screen. Each problem names the file and, where it can, the line.
"""

import datetime as dt
import re
import tomllib
from collections.abc import Iterable
from pathlib import Path

from kiosk.content import readability
from kiosk.content.loader import DETAIL_LISTS, line_of, load_pack
from kiosk.content.model import ContentPack, Problem, Procedure

# Reading level: captions "about grade 6", details "at most grade 8"
# (resources/content/SOURCES.md §7.1). Spanish uses INFLESZ, where higher is
# easier: 65-80 "fairly easy", above 80 "very easy".
MAX_GRADE_CAPTIONS = 6.5
MAX_GRADE_DETAILS = 8.0
MIN_INFLESZ_CAPTIONS = 75.0
MIN_INFLESZ_DETAILS = 65.0

# Room on screen, in characters, at the theme's type sizes.
MAX_LENGTH = {"tile_title": 30, "summary": 90, "step title": 40, "caption": 240, "list item": 200}

# Words that promise a cure. Questions ("Is the goal to cure ...?") are allowed.
_CURE = re.compile(r"\b(cure[sd]?|curing|curar[áa]?|cura|curan|curación)\b", re.IGNORECASE)

MANIFEST = "manifest.toml"


def check(
    content_dir: Path,
    languages: Iterable[str],
    animations_dir: Path,
    max_review_age_months: int,
    today: dt.date | None = None,
) -> list[Problem]:
    """All problems in the content packs of these languages; empty means ready to ship."""
    today = today or dt.date.today()
    languages = list(languages)
    packs = {code: load_pack(content_dir, code) for code in languages}
    problems = [p for pack in packs.values() for p in pack.problems]
    manifest_path = animations_dir / MANIFEST
    animations, manifest_problems = _read_manifest(manifest_path)
    problems += manifest_problems

    reference = packs[languages[0]] if languages else None
    for pack in packs.values():
        if reference is not None and pack is not reference:
            problems += _same_story(reference, pack)
        for procedure in pack.procedures:
            problems += _animation(procedure, animations, manifest_path)
            problems += _sources(procedure)
            problems += _review(procedure, today, max_review_age_months)
            problems += _lengths(procedure)
            problems += _no_cure_promises(procedure)
            problems += _reading_level(procedure, pack.language)
    return problems


def _read_manifest(path: Path) -> tuple[dict[str, list[str]], list[Problem]]:
    """``resources/animations/manifest.toml``: each animation's step ids, in order."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        return {}, [Problem(path, None, f"cannot read the animation manifest: {exc}")]
    animations = {}
    for name, table in data.items():
        steps = table.get("steps") if isinstance(table, dict) else None
        if not isinstance(steps, list) or not all(isinstance(s, str) for s in steps):
            return {}, [Problem(path, line_of(path, f"[{name}]"), f"[{name}] needs steps = [...]")]
        animations[name] = steps
    return animations, []


def _same_story(reference: ContentPack, pack: ContentPack) -> list[Problem]:
    found = []
    ours = {p.id: p for p in pack.procedures}
    theirs = {p.id: p for p in reference.procedures}
    for missing in sorted(theirs.keys() - ours.keys()):
        path = theirs[missing].path
        found.append(Problem(path, None, f"{missing!r} has no {pack.language!r} version"))
    for extra in sorted(ours.keys() - theirs.keys()):
        found.append(
            Problem(ours[extra].path, None, f"{extra!r} has no {reference.language!r} version")
        )
    for procedure_id in sorted(ours.keys() & theirs.keys()):
        mine, other = ours[procedure_id], theirs[procedure_id]
        mine_steps = [s.animation_step for s in mine.steps]
        other_steps = [s.animation_step for s in other.steps]
        if mine_steps != other_steps:
            found.append(
                Problem(
                    mine.path,
                    line_of(mine.path, "[[steps]]"),
                    f"steps {mine_steps} differ from {other.path.name} in {reference.language!r}: "
                    f"{other_steps}",
                )
            )
    return found


def _animation(
    procedure: Procedure, animations: dict[str, list[str]], manifest: Path
) -> list[Problem]:
    if not animations:
        return []  # the manifest problem is reported once
    steps = animations.get(procedure.animation)
    if steps is None:
        return [
            Problem(
                procedure.path,
                line_of(procedure.path, "animation"),
                f"no animation {procedure.animation!r} in {manifest}",
            )
        ]
    found = []
    ours = [s.animation_step for s in procedure.steps]
    if len(ours) != len(steps):
        found.append(
            Problem(
                procedure.path,
                line_of(procedure.path, "[[steps]]"),
                f"{len(ours)} steps, but animation {procedure.animation!r} has {len(steps)}",
            )
        )
    for n, (mine, theirs) in enumerate(zip(ours, steps, strict=False)):
        if mine != theirs:
            found.append(
                Problem(
                    procedure.path,
                    line_of(procedure.path, "[[steps]]", n),
                    f"step {n + 1} is {mine!r}, but the animation's step {n + 1} is {theirs!r}",
                )
            )
    return found


def _sources(procedure: Procedure) -> list[Problem]:
    return [
        Problem(
            procedure.path,
            line_of(procedure.path, "[[sources]]", n),
            f"source {n + 1} needs a title and an https:// link",
        )
        for n, source in enumerate(procedure.sources)
        if not source.title.strip() or not source.url.startswith(("https://", "http://"))
    ]


def _review(procedure: Procedure, today: dt.date, max_age_months: int) -> list[Problem]:
    review = procedure.review
    line = line_of(procedure.path, "reviewed_on")
    if not review.reviewed_by.strip():
        return [
            Problem(procedure.path, line_of(procedure.path, "reviewed_by"), "reviewed_by is empty")
        ]
    if review.reviewed_on > today:
        return [
            Problem(procedure.path, line, f"reviewed_on {review.reviewed_on} is in the future")
        ]
    oldest = _months_before(today, max_age_months)
    if review.reviewed_on < oldest:
        return [
            Problem(
                procedure.path,
                line,
                f"reviewed on {review.reviewed_on}, more than {max_age_months} months ago: "
                "have it reviewed again",
            )
        ]
    if review.next_review < today:
        return [
            Problem(
                procedure.path,
                line_of(procedure.path, "next_review"),
                f"next_review {review.next_review} has passed",
            )
        ]
    return []


def _months_before(day: dt.date, months: int) -> dt.date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return dt.date(year, month + 1, min(day.day, 28))


def _lengths(procedure: Procedure) -> list[Problem]:
    found = []
    path = procedure.path

    def limit(kind: str, text: str, key: str, occurrence: int = 0) -> None:
        if len(text) > MAX_LENGTH[kind]:
            found.append(
                Problem(
                    path,
                    line_of(path, key, occurrence),
                    f"{kind} is {len(text)} characters, at most {MAX_LENGTH[kind]} fit: "
                    f"{text[:40]}...",
                )
            )

    limit("tile_title", procedure.tile_title, "tile_title")
    limit("summary", procedure.summary, "summary")
    for n, step in enumerate(procedure.steps):
        limit("step title", step.title, "[[steps]]", n)
        limit("caption", step.caption, "[[steps]]", n)
    for name in _DETAILS:
        for item in getattr(procedure, name):
            limit("list item", item, name)
    return found


_DETAILS = DETAIL_LISTS


def _no_cure_promises(procedure: Procedure) -> list[Problem]:
    texts = [("summary", procedure.summary)]
    texts += [("[[steps]]", s.caption) for s in procedure.steps]
    for name in _DETAILS:
        if name != "questions":
            texts += [(name, item) for item in getattr(procedure, name)]
    return [
        Problem(procedure.path, line_of(procedure.path, key), f"do not promise a cure: {text!r}")
        for key, text in texts
        if _CURE.search(text) and not text.rstrip().endswith("?")
    ]


def _reading_level(procedure: Procedure, language: str) -> list[Problem]:
    captions = " ".join(s.caption for s in procedure.steps)
    details = " ".join(item for name in _DETAILS for item in getattr(procedure, name))
    path = procedure.path
    found = []
    if language == "en":
        for label, text, limit, key in (
            ("captions", captions, MAX_GRADE_CAPTIONS, "[[steps]]"),
            ("details", details, MAX_GRADE_DETAILS, "benefits"),
        ):
            grade = readability.flesch_kincaid_grade(text)
            if grade > limit:
                found.append(
                    Problem(
                        path,
                        line_of(path, key),
                        f"{label} read at grade {grade:.1f}; aim for {limit} or lower",
                    )
                )
    elif language == "es":
        for label, text, floor, key in (
            ("captions", captions, MIN_INFLESZ_CAPTIONS, "[[steps]]"),
            ("details", details, MIN_INFLESZ_DETAILS, "benefits"),
        ):
            ease = readability.inflesz(text)
            if ease < floor:
                found.append(
                    Problem(
                        path,
                        line_of(path, key),
                        f"{label} score {ease:.0f} on INFLESZ; aim for {floor:.0f} or higher",
                    )
                )
    return found


def reading_levels(pack: ContentPack) -> list[tuple[str, str, float, float]]:
    """(procedure, measure, captions, details) per procedure, for the report."""
    rows = []
    for procedure in pack.procedures:
        captions = " ".join(s.caption for s in procedure.steps)
        details = " ".join(item for name in _DETAILS for item in getattr(procedure, name))
        if pack.language == "es":
            rows.append(
                (
                    procedure.id,
                    "INFLESZ",
                    readability.inflesz(captions),
                    readability.inflesz(details),
                )
            )
        else:
            rows.append(
                (
                    procedure.id,
                    "FK grade",
                    readability.flesch_kincaid_grade(captions),
                    readability.flesch_kincaid_grade(details),
                )
            )
    return rows
