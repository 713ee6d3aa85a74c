"""``kiosk content check``: everything an editor or IT must fix before content ships (R22).

First everything that hides a topic at run time (``kiosk.content.offered``:
each file loads, has no markup, fits its animation, and the languages tell
the same story); then the editorial checks: sources are real links, the
clinical review is recent, captions and details are easy to read, no text
promises a cure, and nothing is too long for its place on screen. Each
problem names the file and, where it can, the line.
"""

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path

from kiosk.content import offered, readability
from kiosk.content.loader import DETAIL_LISTS, line_of
from kiosk.content.model import ContentPack, Problem, Procedure

# Reading level: captions "about grade 6", details "at most grade 8"
# (resources/content/SOURCES.md §7.1). Spanish uses INFLESZ, where higher is
# easier: 65-80 "fairly easy", above 80 "very easy".
MAX_GRADE_CAPTIONS = 6.5
MAX_GRADE_DETAILS = 8.0
MIN_INFLESZ_CAPTIONS = 75.0
MIN_INFLESZ_DETAILS = 65.0

# Room on screen, in characters, at the theme's type sizes.
MAX_LENGTH = {
    "tile_title": 30,
    "summary": 90,
    "step title": 40,
    "caption": 240,
    "key point": 100,
    "who or goal": 240,
    "list item": 200,
}

# Words that promise a cure. Questions ("Is the goal to cure ...?") are allowed.
_CURE = re.compile(r"\b(cure[sd]?|curing|curar[áa]?|cura|curan|curación)\b", re.IGNORECASE)


def check(
    content_dir: Path,
    languages: Iterable[str],
    animations_dir: Path,
    max_review_age_months: int,
    today: dt.date | None = None,
) -> list[Problem]:
    """All problems in the content packs of these languages; empty means ready to ship.

    First what hides a topic or a language at run time (the same validation
    the kiosk uses, ``kiosk.content.offered``), then the editorial checks.
    """
    today = today or dt.date.today()
    found = offered.examine(content_dir, list(languages), animations_dir)
    problems = list(found.problems)
    for pack in found.loaded.values():
        for procedure in pack.procedures:
            problems += _sources(procedure)
            problems += _review(procedure, today, max_review_age_months)
            problems += _lengths(procedure)
            problems += _no_cure_promises(procedure)
            problems += _reading_level(procedure, pack.language)
    return problems


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
    for item in procedure.key_points:
        limit("key point", item, "key_points")
    limit("who or goal", procedure.who, "who")
    limit("who or goal", procedure.goal, "goal")
    for name in _DETAILS:
        for item in getattr(procedure, name):
            limit("list item", item, name)
    return found


_DETAILS = DETAIL_LISTS


def _no_cure_promises(procedure: Procedure) -> list[Problem]:
    texts = [("summary", procedure.summary), ("who", procedure.who), ("goal", procedure.goal)]
    texts += [("key_points", point) for point in procedure.key_points]
    texts += [("[[steps]]", s.caption) for s in procedure.steps]
    for name in _DETAILS:
        if name != "questions":
            texts += [(name, item) for item in getattr(procedure, name)]
    return [
        Problem(procedure.path, line_of(procedure.path, key), f"do not promise a cure: {text!r}")
        for key, text in texts
        if _CURE.search(text) and not text.rstrip().endswith("?")
    ]


def _captions(procedure: Procedure) -> str:
    """What is read at caption level: the step captions and the key points."""
    return " ".join([*(s.caption for s in procedure.steps), *procedure.key_points])


def _details(procedure: Procedure) -> str:
    """What is read at detail level: who, goal, and every detail list."""
    lists = (item for name in _DETAILS for item in getattr(procedure, name))
    return " ".join([procedure.who, procedure.goal, *lists])


def _reading_level(procedure: Procedure, language: str) -> list[Problem]:
    captions = _captions(procedure)
    details = _details(procedure)
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
        captions = _captions(procedure)
        details = _details(procedure)
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
