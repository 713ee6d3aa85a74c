"""Which content files patients may not see yet: drafts and overdue reviews.

One rule for `kiosk doctor` (broken in kiosk mode, a warning in a windowed demo)
and `kiosk content check` (which says how many files still wait for a doctor).
"""

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from kiosk.content.model import ContentPack, Review


def not_ready(packs: Iterable[ContentPack], today: dt.date) -> list[str]:
    """One plain line per file that is a draft or past its next review."""
    lines = []
    for pack in packs:
        stamped: list[tuple[Path, Review | None]] = [(p.path, p.review) for p in pack.procedures]
        if pack.comparison and pack.comparison.path:
            stamped.append((pack.comparison.path, pack.comparison.review))
        if pack.consent:
            stamped.append((pack.consent.path, pack.consent.review))
        for path, review in stamped:
            if review is None:
                continue
            name = f"{path.parent.name}/{path.name}"
            if review.is_draft:
                lines.append(f"{name} is a draft, not reviewed by a doctor")
            elif review.next_review < today:
                lines.append(f"{name} is overdue (next review {review.next_review})")
    return lines
