"""Which topics the kiosk offers: only those every offered language has (R22).

A patient may switch language on any screen, so a topic that is broken or
missing in one language is hidden in all of them; switching never leads to
an empty or half-translated screen. Each hidden topic is reported, naming the
languages it is missing from.
"""

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from kiosk.content.loader import load_pack
from kiosk.content.model import ContentPack


class NoContentError(Exception):
    """No usable content at all for an offered language: the kiosk cannot start."""


@dataclasses.dataclass(frozen=True)
class Offered:
    packs: dict[str, ContentPack]  # language code -> its pack, with only the shared topics
    notes: tuple[str, ...]  # what was left out and why, one line each, for the log


def load_offered(content_dir: Path, languages: Sequence[str]) -> Offered:
    """Load every offered language's pack and keep only the topics all of them have.

    Raises:
        NoContentError: a language has no usable topic left.
    """
    packs = {language: load_pack(content_dir, language) for language in languages}
    notes = [f"content problem, left out: {p}" for pack in packs.values() for p in pack.problems]
    everywhere = set.intersection(*({p.id for p in pack.procedures} for pack in packs.values()))
    for language, pack in packs.items():
        missing = [p.id for p in pack.procedures if p.id not in everywhere]
        if missing:
            notes.append(f"content: {', '.join(missing)} hidden: not usable in every language")
            kept = tuple(p for p in pack.procedures if p.id in everywhere)
            packs[language] = dataclasses.replace(pack, procedures=kept)
        if not packs[language].procedures:
            raise NoContentError(f"no usable content for language {language!r}")
    return Offered(packs, tuple(notes))
