"""Topic ids as the front desk reads them in an export: "Y-90, TACE", not "y90, tace".

The names are the content pack's own short titles (``tile_title``), the
ones the staff list shows; "overview" is what a patient picks as
"Something else" on the form, and is exported in those words. Exports are
for staff, in English when the kiosk has an English pack.
"""

from collections.abc import Mapping
from pathlib import Path

from kiosk.content import load_pack

# The form offers the overview topic as "Something else" (ui/screens/callback/).
OVERVIEW = "overview"
OVERVIEW_WORDS = "Something else"


def topic_names(content_dir: Path, languages: list[str]) -> Mapping[str, str]:
    """``{topic id: name}`` from the English pack, else the first of ``languages``.

    A pack that cannot be read gives no names: the export then shows the
    ids rather than failing (an export must not fail over wording).
    """
    language = "en" if "en" in languages else (languages[0] if languages else "en")
    try:
        pack = load_pack(content_dir, language)
    except OSError:
        return {}
    names = {procedure.id: procedure.tile_title for procedure in pack.procedures}
    if OVERVIEW in names:  # the export's words are English whatever the pack
        names[OVERVIEW] = OVERVIEW_WORDS
    return names
