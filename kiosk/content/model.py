"""The shape of patient content: plain, frozen dataclasses.

Their only behaviour is presentation of their own fields: a problem's
"file:line: message", the consent wording with the clinic's name filled in,
a procedure looked up by id.
"""

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """Something wrong in a content file, said so that an editor can find it."""

    path: Path
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Step:
    animation_step: str
    title: str
    caption: str


@dataclass(frozen=True)
class Source:
    title: str
    url: str


# A review stamp's status: "draft" is an editorial stamp, not a doctor's review.
DRAFT = "draft"
REVIEWED = "reviewed"
REVIEW_STATUSES = (DRAFT, REVIEWED)


@dataclass(frozen=True)
class Review:
    reviewed_by: str
    reviewed_on: dt.date
    next_review: dt.date
    status: str = DRAFT

    @property
    def is_draft(self) -> bool:
        """Not yet reviewed by a doctor: patients are told so, kiosk mode refuses it."""
        return self.status != REVIEWED


@dataclass(frozen=True)
class Procedure:
    """One treatment (or the overview), in one language."""

    id: str
    order: int
    title: str
    tile_title: str
    also_called: str
    summary: str
    animation: str
    review: Review
    key_points: tuple[str, ...]  # exactly 3: the main message, shown first
    who: str  # who can usually have it
    goal: str  # what it is meant to do, never a promise
    before: tuple[str, ...]  # how to prepare, what the day looks like
    steps: tuple[Step, ...]
    benefits: tuple[str, ...]
    side_effects_common: tuple[str, ...]
    side_effects_serious: tuple[str, ...]
    recovery: tuple[str, ...]
    call_emergency: tuple[str, ...]  # "Call {emergency} right away if", above call_your_team
    call_your_team: tuple[str, ...]
    questions: tuple[str, ...]
    sources: tuple[Source, ...]
    path: Path


@dataclass(frozen=True)
class ComparisonRow:
    label: str
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Comparison:
    title: str
    intro: str
    columns: tuple[str, ...]
    rows: tuple[ComparisonRow, ...]
    review: Review | None = None
    path: Path | None = None


@dataclass(frozen=True)
class ConsentText:
    """The words a patient agrees to when asking for a call (R13), before filling in.

    ``{clinic}`` and ``{days}`` are replaced by the clinic's name and how many days
    requests are kept; the request stores the version and a hash of the result.
    """

    version: str
    checkbox: str
    checkbox_with_texts: str
    privacy: str
    path: Path
    review: Review | None = None

    def checkbox_for(self, clinic: str, texts_enabled: bool) -> str:
        template = self.checkbox_with_texts if texts_enabled else self.checkbox
        return template.replace("{clinic}", clinic)

    def privacy_for(self, days: int) -> str:
        return self.privacy.replace("{days}", str(days))


@dataclass(frozen=True)
class ContentPack:
    """Everything a patient can read in one language."""

    language: str
    name: str
    date_format: str  # Qt date format letters, e.g. "MMMM d, yyyy"
    procedures: tuple[Procedure, ...]
    comparison: Comparison | None
    consent: ConsentText | None = None
    problems: tuple[Problem, ...] = field(default=())
    welcome: str = ""  # the welcome screen's invitation, in this language
    choose_language: str = ""  # "Choose your language", in this language

    def procedure(self, procedure_id: str) -> Procedure | None:
        return next((p for p in self.procedures if p.id == procedure_id), None)
