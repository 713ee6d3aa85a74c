"""Content packs: the patient texts, one folder per language (Qt-free).

``load_pack`` reads ``<content_dir>/<lang>/*.toml`` once at start and returns
the procedures that passed validation plus a list of problems, each naming a
file and line (R22). A broken procedure is left out; the rest work.
``load_offered`` loads every offered language, checks each topic against its
animation and the other languages, and keeps only the topics all of them can
show; a language that can show nothing is dropped.
"""

from kiosk.content.loader import load_pack
from kiosk.content.model import (
    Comparison,
    ConsentText,
    ContentPack,
    Problem,
    Procedure,
    Review,
    Source,
    Step,
)
from kiosk.content.offered import NoContentError, Offered, examine, load_offered
from kiosk.content.version import content_version

__all__ = [
    "Comparison",
    "ConsentText",
    "ContentPack",
    "NoContentError",
    "Offered",
    "Problem",
    "Procedure",
    "Review",
    "Source",
    "Step",
    "content_version",
    "examine",
    "load_offered",
    "load_pack",
]
