"""Exporting the call-back list for the front desk: CSV, Excel and PDF (Qt-free).

``export`` reads the requests from the store and writes one file
atomically. Every cell of every format comes from ``rows_for_export``,
which runs each value through the one sanitiser, ``sanitize``, so no
exported cell can execute in a spreadsheet (R16) and phone
numbers appear in national format (R17). ``removable_drives`` lists the
only places staff may save to.

XlsxWriter and fpdf2 are imported only when such a file is written, so
importing this package costs the kiosk's start-up next to nothing.
"""

from kiosk.export.csv_writer import write_csv
from kiosk.export.drives import removable_drives
from kiosk.export.exporter import FORMATS, export
from kiosk.export.pdf_writer import paper_for_region, write_pdf
from kiosk.export.rows import COLUMNS, rows_for_export
from kiosk.export.sanitize import sanitize
from kiosk.export.topics import topic_names
from kiosk.export.xlsx_writer import write_xlsx

__all__ = [
    "COLUMNS",
    "FORMATS",
    "export",
    "paper_for_region",
    "removable_drives",
    "rows_for_export",
    "sanitize",
    "topic_names",
    "write_csv",
    "write_pdf",
    "write_xlsx",
]
