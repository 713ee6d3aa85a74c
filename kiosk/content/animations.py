"""The animation manifest, and whether a procedure's steps match its animation (R22).

``resources/animations/manifest.toml`` lists each animation's step ids, in
order: exactly what the stage page registers. A procedure whose animation is
missing, or whose steps are not that animation's steps, cannot be shown: its
captions would run against the wrong pictures.
"""

import tomllib
from pathlib import Path

from kiosk.content.loader import line_of
from kiosk.content.model import Problem, Procedure

MANIFEST = "manifest.toml"

Animations = dict[str, list[str]]  # animation name -> its step ids, in order


def read_manifest(animations_dir: Path) -> tuple[Animations, list[Problem]]:
    """Each animation's step ids, or nothing and the reason the manifest is unusable."""
    path = animations_dir / MANIFEST
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError) as exc:
        return {}, [Problem(path, None, f"cannot read the animation manifest: {exc}")]
    animations = {}
    for name, table in data.items():
        steps = table.get("steps") if isinstance(table, dict) else None
        if not isinstance(steps, list) or not all(isinstance(s, str) for s in steps):
            return {}, [Problem(path, line_of(path, f"[{name}]"), f"[{name}] needs steps = [...]")]
        animations[name] = steps
    return animations, []


def mismatches(procedure: Procedure, animations: Animations, manifest: Path) -> list[Problem]:
    """Why ``procedure`` does not fit its animation; empty when it does."""
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
