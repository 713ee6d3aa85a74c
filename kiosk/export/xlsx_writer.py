"""The call-back list as an Excel workbook in which every cell is plain text.

Every cell is written with ``write_string``, never ``write``: ``write``
guesses, and would turn ``=...`` into a formula, ``+12025550143`` into a
number and ``http://...`` into a link. The workbook options switch those
guesses off as well, so a later edit to this file cannot bring them back
silently. A sheet then holds no ``<f>`` element at all (R16),
and a phone number keeps its brackets and spaces.

``in_memory``: XlsxWriter otherwise assembles the file through temporary
files in the system temp folder, which would put patients' numbers on disk
outside the export itself (R11).
"""

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.export.rows import COLUMNS

if TYPE_CHECKING:
    from xlsxwriter.worksheet import Worksheet

SHEET_NAME = "Call-backs"

# Column widths in characters: at least the header plus the filter button,
# at most what fits several columns on a screen; longer text is clipped in
# view and complete in the cell.
MIN_EXTRA_WIDTH = 3
MAX_WIDTH = 45

# How many rows the widths are measured on: enough to be representative,
# few enough that a 100,000-row export does not pay for a second full pass.
WIDTH_SAMPLE_ROWS = 2000

# Of the title, in the printed page header (Excel allows 255 characters there).
MAX_TITLE = 100

WORKBOOK_OPTIONS = {
    "in_memory": True,
    "strings_to_formulas": False,
    "strings_to_numbers": False,
    "strings_to_urls": False,
}


def write_xlsx(rows: Sequence[Sequence[str]], path: Path, *, title: str) -> None:
    """Write one sheet: a bold, frozen, filterable ``COLUMNS`` header, then ``rows``.

    Args:
        rows: sanitised rows from ``rows_for_export``, each in ``COLUMNS`` order.
        path: the ``.xlsx`` file to create or overwrite.
        title: the document title (e.g. the clinic's name), also printed at
            the top of each page when the sheet is printed.
    """
    # Imported here, not at the top: the staff screen imports kiosk.export at
    # start-up, and only an actual export should pay for loading XlsxWriter.
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path), WORKBOOK_OPTIONS)
    try:
        workbook.set_properties({"title": title, "subject": "Call-back list"})
        sheet = workbook.add_worksheet(SHEET_NAME)
        header = workbook.add_format({"bold": True, "bottom": 1, "bg_color": "#E8EEF4"})

        for col, width in enumerate(_widths(rows)):
            sheet.set_column(col, col, width)
        for col, name in enumerate(COLUMNS):
            sheet.write_string(0, col, name, header)
        write_string = sheet.write_string
        for row_number, row in enumerate(rows, start=1):
            for col, text in enumerate(row):
                write_string(row_number, col, text)

        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, len(rows), len(COLUMNS) - 1)
        _set_up_printing(sheet, title)
    finally:
        workbook.close()


def _widths(rows: Sequence[Sequence[str]]) -> list[int]:
    widths = [len(name) + MIN_EXTRA_WIDTH for name in COLUMNS]
    for row in rows[:WIDTH_SAMPLE_ROWS]:
        for col, text in enumerate(row):
            if len(text) + 1 > widths[col]:
                widths[col] = min(len(text) + 1, MAX_WIDTH)
    return widths


def _set_up_printing(sheet: "Worksheet", title: str) -> None:
    """Landscape, as wide as the page, the header row on every page, "Page N of M" below."""
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(0)
    # "&" starts a control code in Excel page headers; "&&" is a literal ampersand.
    # Excel limits a page header to 255 characters, control codes included.
    sheet.set_header("&L" + title[:MAX_TITLE].replace("&", "&&") + "&RCall-back list")
    sheet.set_footer("&CPage &P of &N")
