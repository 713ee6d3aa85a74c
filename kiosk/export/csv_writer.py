"""The call-back list as CSV that Excel opens correctly with a double-click.

Excel guesses a CSV file's encoding from its first bytes: without the UTF-8
byte order mark it reads "José" as "JosÃ©". Rows end in CRLF (RFC 4180) and
every field is quoted, so a name with a comma or a quote stays in its cell.
Quoting does not stop a spreadsheet from evaluating ``=...``; the cells come
from ``rows_for_export`` already sanitised for that (R16).
"""

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

from kiosk.export.rows import COLUMNS

# "utf-8-sig" writes the byte order mark first.
ENCODING = "utf-8-sig"


def write_csv(rows: Iterable[Sequence[str]], path: Path) -> None:
    """Write ``COLUMNS`` and then ``rows`` (from ``rows_for_export``) to ``path``.

    Args:
        rows: sanitised rows, each in ``COLUMNS`` order.
        path: the file to create or overwrite; ``export`` passes a temporary
            file next to the destination.
    """
    # newline="": the csv module writes the CRLF itself; text mode must not translate it.
    with Path(path).open("w", encoding=ENCODING, newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        writer.writerows(rows)
