"""The call-back list as a printable PDF: which paper, and the one function writers call.

The drawing itself is in ``kiosk.export.pdf_table``, imported only when a
PDF is written: fpdf2 and its imaging library take about a third of a
second to import, which the kiosk's start-up budget (docs/design.md:
first frame within 1.5x a bare Qt Quick window) cannot spare for a file staff rarely print.
"""

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

PAPER_SIZES = ("A4", "Letter")

# Territories whose printers are loaded with US Letter (CLDR supplemental
# data, paperSize "US-Letter"); everyone else uses A4.
LETTER_REGIONS = frozenset(
    {"BZ", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA", "PH", "PR", "SV", "US", "VE"}
)


def paper_for_region(region: str) -> str:
    """``"Letter"`` where clinics print on US Letter (``"US"``, ``"MX"``, ...), else ``"A4"``."""
    return "Letter" if region.upper() in LETTER_REGIONS else "A4"


def write_pdf(
    rows: Sequence[Sequence[str]],
    path: Path,
    *,
    clinic_name: str,
    generated_at: dt.datetime,
    paper: str = "A4",
) -> None:
    """Write ``rows`` as a landscape table under the clinic's name to ``path``.

    Every page shows the clinic's name, "Call-back list", when the list was
    made and the column headings at the top, and "Page N of M" at the
    bottom; long cells wrap within their column; rows are zebra-striped.
    Characters the bundled font cannot draw (e.g. Arabic) are printed as
    ``?``; text that looks like a link or markup is printed as it is.

    Args:
        rows: sanitised rows from ``rows_for_export``, each in ``COLUMNS`` order.
        path: the ``.pdf`` file to create or overwrite.
        clinic_name: printed at the top of every page.
        generated_at: when the list was made, printed as given
            (``YYYY-MM-DD HH:MM``): pass local time.
        paper: ``"A4"`` or ``"Letter"``; see ``paper_for_region``.

    Raises:
        ValueError: ``paper`` is not one of ``PAPER_SIZES``.
    """
    if paper not in PAPER_SIZES:
        raise ValueError(f"paper must be one of {', '.join(PAPER_SIZES)}")
    from kiosk.export import pdf_table  # fpdf2 is imported only now; see the module docstring.

    document = pdf_table.CallbackListDocument(
        clinic_name=clinic_name,
        generated=generated_at.strftime("%Y-%m-%d %H:%M"),
        paper=paper,
    )
    document.draw_rows(rows)
    document.output(str(path))
