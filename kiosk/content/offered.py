"""Which languages and topics the kiosk offers: only what can be shown whole (R22).

One validation decides it, for the kiosk at start-up and for ``kiosk content
check`` and ``kiosk doctor`` alike, so what the check calls broken is never
shown. A topic is left out when its file fails to load, when it does not fit
its animation, or when the languages disagree about it: a patient may switch
language on any screen, so a topic broken or missing in one language is hidden
in all of them, and switching never leads to an empty or half-translated
screen.

A language with no usable topic (or none in common with the languages before
it) is dropped from the offered languages, and the kiosk runs in the others.
Only when no language at all is usable can the kiosk not start.
"""

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from kiosk.content import animations
from kiosk.content.loader import LIST_SIZES, line_of, load_pack
from kiosk.content.model import ContentPack, Problem, Procedure


class NoContentError(Exception):
    """No usable content in any language: the kiosk cannot start."""


@dataclasses.dataclass(frozen=True)
class Offered:
    """What the kiosk shows, and every reason something was left out."""

    packs: dict[str, ContentPack]  # offered language -> its pack, with only the shared topics
    loaded: dict[str, ContentPack]  # every language as loaded, before anything was hidden
    problems: tuple[Problem, ...]  # each reason a topic or a language was left out
    dropped: dict[str, str]  # language not offered -> why, in words for clinic IT
    notes: tuple[str, ...]  # the same, one line each, for the log


def examine(content_dir: Path, languages: Sequence[str], animations_dir: Path) -> Offered:
    """Load every language and decide what can be offered; never raises for bad content."""
    loaded = {language: load_pack(content_dir, language) for language in languages}
    problems = [p for pack in loaded.values() for p in pack.problems]
    manifest, manifest_problems = animations.read_manifest(animations_dir)
    problems += manifest_problems

    manifest_path = animations_dir / animations.MANIFEST
    usable: dict[str, dict[str, Procedure]] = {}
    for language, pack in loaded.items():
        usable[language] = {}
        for procedure in pack.procedures:
            # An unreadable manifest is the build's fault, reported once above;
            # it does not hide every topic.
            unfit = animations.mismatches(procedure, manifest, manifest_path) if manifest else []
            if unfit:
                problems += unfit
            else:
                usable[language][procedure.id] = procedure

    dropped: dict[str, str] = {}
    reference = next((code for code in languages if usable[code]), None)
    shared = set(usable[reference]) if reference else set()
    for language in languages:
        if reference is None or language == reference:
            continue
        if usable[language]:  # a wholly broken language is reported once, below
            problems += _disagreements(loaded[reference], loaded[language], reference)
        in_common = shared & _same_steps(usable[reference], usable[language])
        if not in_common:
            dropped[language] = (
                "none of its topics can be shown"
                if not usable[language]
                else f"it has no topic that can be shown in {reference!r} too"
            )
            continue
        shared = in_common
    if reference is None:
        dropped.update({code: "none of its topics can be shown" for code in languages})

    packs = {
        code: dataclasses.replace(
            loaded[code], procedures=tuple(p for p in loaded[code].procedures if p.id in shared)
        )
        for code in languages
        if code not in dropped
    }
    # A language left out matters more than any one file: it is said first.
    problems[:0] = [
        Problem(content_dir / code, None, f"language {code!r} is not offered: {reason}")
        for code, reason in dropped.items()
    ]
    notes = [f"content problem, left out: {p}" for p in problems]
    for code in packs:
        hidden = [p.id for p in loaded[code].procedures if p.id not in shared]
        if hidden:
            notes.append(
                f"content: {', '.join(hidden)} hidden in {code!r}: not usable in every language"
            )
    return Offered(packs, loaded, tuple(problems), dropped, tuple(notes))


def load_offered(content_dir: Path, languages: Sequence[str], animations_dir: Path) -> Offered:
    """What the kiosk offers, as ``examine`` decides it.

    Raises:
        NoContentError: no language has a topic that can be shown.
    """
    offered = examine(content_dir, languages, animations_dir)
    if not offered.packs:
        raise NoContentError(
            f"no usable content in any language ({', '.join(languages)}) in {content_dir}; "
            "run 'kiosk content check'"
        )
    return offered


def _same_steps(ours: dict[str, Procedure], theirs: dict[str, Procedure]) -> set[str]:
    """Topics both have, told in the same steps."""
    return {
        topic
        for topic in ours.keys() & theirs.keys()
        if _steps(ours[topic]) == _steps(theirs[topic])
    }


def _steps(procedure: Procedure) -> list[str]:
    return [s.animation_step for s in procedure.steps]


def _disagreements(
    reference: ContentPack,
    pack: ContentPack,
    reference_code: str,
) -> list[Problem]:
    """Where ``pack`` does not tell the same story as the reference language."""
    found = []
    ours = {p.id: p for p in pack.procedures}
    theirs = {p.id: p for p in reference.procedures}
    for missing in sorted(theirs.keys() - ours.keys()):
        path = theirs[missing].path
        found.append(Problem(path, None, f"{missing!r} has no {pack.language!r} version"))
    for extra in sorted(ours.keys() - theirs.keys()):
        found.append(
            Problem(ours[extra].path, None, f"{extra!r} has no {reference_code!r} version")
        )
    for topic in sorted(ours.keys() & theirs.keys()):
        mine, other = ours[topic], theirs[topic]
        if _steps(mine) != _steps(other):
            found.append(
                Problem(
                    mine.path,
                    line_of(mine.path, "[[steps]]"),
                    f"steps {_steps(mine)} differ from {other.path.name} in "
                    f"{reference_code!r}: {_steps(other)}",
                )
            )
        for name in LIST_SIZES:
            mine_count, other_count = len(getattr(mine, name)), len(getattr(other, name))
            if mine_count != other_count:
                found.append(
                    Problem(
                        mine.path,
                        line_of(mine.path, name),
                        f"{name} has {mine_count} items, {other.path.name} in "
                        f"{reference_code!r} has {other_count}: both must say the same things",
                    )
                )
    if pack.comparison and reference.comparison:
        rows, other_rows = len(pack.comparison.rows), len(reference.comparison.rows)
        if rows != other_rows and pack.comparison.path:
            found.append(
                Problem(
                    pack.comparison.path,
                    line_of(pack.comparison.path, "[[rows]]"),
                    f"{rows} rows, {other_rows} in {reference_code!r}: both need the same rows",
                )
            )
    return found
