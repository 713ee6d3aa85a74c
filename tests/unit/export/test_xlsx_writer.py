"""XLSX export: every cell a string, no formula, no link anywhere in the package (R16)."""

import zipfile
from xml.etree import ElementTree

import pytest

from kiosk.export import COLUMNS, write_xlsx
from tests.export.samples import FRIENDLY_NAMES, HOSTILE_NAMES, PHONE_NATIONAL, display_rows

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
MAIN = "{" + NS["m"] + "}"


def hostile_rows():
    return display_rows(
        (*HOSTILE_NAMES, *FRIENDLY_NAMES, "123", "1e5", "TRUE"),
        topics=["y90", "tace"],
        status="called",
        status_changed_by="=staff",
        status_changed_at="2026-11-27T10:00:00.000Z",
    )


@pytest.fixture
def workbook(tmp_path):
    rows = hostile_rows()
    path = tmp_path / "list.xlsx"
    write_xlsx(rows, path, title="Lakeside & Co")
    with zipfile.ZipFile(path) as package:
        files = {name: package.read(name) for name in package.namelist()}
    return rows, files


def sheets(files):
    return {name: data for name, data in files.items() if name.startswith("xl/worksheets/sheet")}


def shared_strings(files):
    root = ElementTree.fromstring(files["xl/sharedStrings.xml"])
    return ["".join(t.text or "" for t in si.iter(f"{MAIN}t")) for si in root.iter(f"{MAIN}si")]


def cell_texts(files):
    """The sheet as a list of rows of text, resolving shared and inline strings."""
    strings = shared_strings(files) if "xl/sharedStrings.xml" in files else []
    [sheet] = sheets(files).values()
    table = []
    for row in ElementTree.fromstring(sheet).iter(f"{MAIN}row"):
        texts = []
        for cell in row.iter(f"{MAIN}c"):
            if cell.get("t") == "s":
                texts.append(strings[int(cell.find("m:v", NS).text)])
            else:
                texts.append("".join(t.text or "" for t in cell.iter(f"{MAIN}t")))
        table.append(tuple(texts))
    return table


def test_no_sheet_holds_a_formula(workbook):
    _, files = workbook
    assert sheets(files)
    for name, data in sheets(files).items():
        root = ElementTree.fromstring(data)
        assert not list(root.iter(f"{MAIN}f")), name
        assert b"<f>" not in data and b"<f " not in data, name


def test_every_cell_is_a_string(workbook):
    rows, files = workbook
    cells = [
        c
        for data in sheets(files).values()
        for c in ElementTree.fromstring(data).iter()
        if c.tag == f"{MAIN}c"
    ]
    assert len(cells) == (len(rows) + 1) * len(COLUMNS)
    assert {cell.get("t") for cell in cells} <= {"s", "inlineStr"}


def test_cells_read_back_exactly_as_sanitised(workbook):
    rows, files = workbook
    table = cell_texts(files)
    assert table[0] == COLUMNS
    assert table[1:] == rows
    names = [row[1] for row in table[1:]]
    assert "'=1+1" in names and "José" in names and "123" in names
    assert {row[2] for row in table[1:]} == {PHONE_NATIONAL}
    assert {row[7] for row in table[1:]} == {"'=staff"}


def test_nothing_becomes_a_link(workbook):
    _, files = workbook
    for name, data in sheets(files).items():
        assert not list(ElementTree.fromstring(data).iter(f"{MAIN}hyperlinks")), name
    for name, data in files.items():
        if name.endswith(".rels"):
            assert b"relationships/hyperlink" not in data, name
    assert not [name for name in files if "externalLink" in name]
    # The text that looked like a link is there, as text.
    assert b"<t>'=HYPERLINK(\"http://evil.test/x" in files["xl/sharedStrings.xml"]


def test_header_is_bold_frozen_and_filterable(workbook):
    rows, files = workbook
    [sheet] = sheets(files).values()
    root = ElementTree.fromstring(sheet)
    pane = root.find("m:sheetViews/m:sheetView/m:pane", NS)
    assert pane is not None and pane.get("state") == "frozen" and pane.get("ySplit") == "1"
    assert root.find("m:autoFilter", NS).get("ref") == f"A1:I{len(rows) + 1}"

    styles = ElementTree.fromstring(files["xl/styles.xml"])
    fonts = styles.findall("m:fonts/m:font", NS)
    formats = styles.findall("m:cellXfs/m:xf", NS)
    header_cells = root.find("m:sheetData/m:row", NS).findall("m:c", NS)
    for cell in header_cells:
        font = fonts[int(formats[int(cell.get("s"))].get("fontId"))]
        assert font.find("m:b", NS) is not None
    body_cell = root.findall("m:sheetData/m:row", NS)[1].find("m:c", NS)
    assert body_cell.get("s") in (None, "0")


def test_columns_are_sized_to_their_content(workbook):
    _, files = workbook
    [sheet] = sheets(files).values()
    columns = ElementTree.fromstring(sheet).findall("m:cols/m:col", NS)
    widths = [float(col.get("width")) for col in columns]
    assert len(widths) == len(COLUMNS)
    assert all(8 < width < 50 for width in widths)
    assert widths[1] > widths[5]  # the name column is wider than the language column


def test_title_and_printing(workbook):
    _, files = workbook
    assert b"<dc:title>Lakeside &amp; Co</dc:title>" in files["docProps/core.xml"]
    [sheet] = sheets(files).values()
    assert b"Lakeside &amp;&amp; Co" in sheet  # "&&" is a literal & in a page header
    assert b'orientation="landscape"' in sheet
    assert b"Page &amp;P of &amp;N" in sheet


def test_an_empty_list_is_a_header_only_sheet(tmp_path):
    path = tmp_path / "empty.xlsx"
    write_xlsx([], path, title="Lakeside")
    with zipfile.ZipFile(path) as package:
        files = {name: package.read(name) for name in package.namelist()}
    assert cell_texts(files) == [COLUMNS]
