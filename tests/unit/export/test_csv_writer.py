"""CSV export: opens correctly in Excel (BOM, CRLF, quoted) and round-trips through csv (R16)."""

import csv
import io

import pytest

from kiosk.export import COLUMNS, write_csv
from tests.export.samples import HOSTILE_NAMES, PHONE_NATIONAL, display_rows


def hostile_rows():
    return display_rows((*HOSTILE_NAMES, 'José, "Pepe" Peña', "Ana\r\nMaría"))


@pytest.fixture
def written(tmp_path):
    rows = hostile_rows()
    path = tmp_path / "list.csv"
    write_csv(rows, path)
    return rows, path.read_bytes()


def test_starts_with_the_utf8_byte_order_mark(written):
    _, data = written
    assert data.startswith(b'\xef\xbb\xbf"Received"')


def test_every_line_ends_in_crlf_and_every_field_is_quoted(written):
    rows, data = written
    lines = data[3:].split(b"\r\n")
    assert lines[-1] == b""  # the file ends with a CRLF
    assert len(lines) - 1 == len(rows) + 1  # header + one line per row, no stray LF
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert lines[0] == b",".join(b'"%s"' % name.encode() for name in COLUMNS)


def test_round_trips_through_the_csv_module(written):
    rows, data = written
    read = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert read[0] == list(COLUMNS)
    assert [tuple(row) for row in read[1:]] == rows


def test_no_cell_starts_with_a_formula_trigger_or_a_raw_phone_number(written):
    _, data = written
    read = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    for row in read[1:]:
        assert row[2] == PHONE_NATIONAL
        for cell in row:
            assert not cell.lstrip().startswith(("=", "+", "-", "@", "|", "\t", "\r", "\n"))
    names = [row[1] for row in read[1:]]
    assert names[: len(HOSTILE_NAMES)] == [
        "'" + name if name.lstrip()[0] in "=+-@|" else name for name in HOSTILE_NAMES
    ]
    assert names[-2:] == ['José, "Pepe" Peña', "AnaMaría"]


def test_an_empty_list_is_just_the_header(tmp_path):
    path = tmp_path / "empty.csv"
    write_csv([], path)
    assert (
        path.read_bytes()
        == b"\xef\xbb\xbf" + b",".join(b'"%s"' % name.encode() for name in COLUMNS) + b"\r\n"
    )
