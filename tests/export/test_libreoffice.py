"""R16 in a real spreadsheet program: headless LibreOffice opens our CSV and XLSX and runs nothing.

Each export is converted by ``soffice --headless`` to flat OpenDocument
(``.fods``), which records for every cell whether LibreOffice made it a
formula (``table:formula``) and what type it read (``office:value-type``).
Unsanitised control files go through the same conversion and must come out
as formulas: that proves this LibreOffice does evaluate such cells, so a
pass means the sanitiser stopped them, not that the check was blind.
"""

import csv
import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest

from kiosk.export import COLUMNS, export
from kiosk.store import Store
from tests.export import samples

SKIP_REASON = (
    "LibreOffice (soffice) is not installed: install Debian libreoffice-calc to run the "
    "R16 spreadsheet check"
)
CONVERT_TIMEOUT = 180  # seconds; a first start builds the profile, about 5 s here

TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"

# CSV import options: comma, double quote, UTF-8 (76), from line 1. Everything
# else is LibreOffice's default, which evaluates "=..." as a formula.
CSV_FILTER = "CSV:44,34,76,1"

CONTROL = ("=1+1", '=HYPERLINK("http://evil.test/x","click me")')


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        pytest.skip(SKIP_REASON)
    return found


def convert(files: list[Path], outdir: Path, home: Path, infilter: str | None = None) -> None:
    """Convert ``files`` to .fods in ``outdir`` with a throw-away profile and home."""
    command = [
        soffice(),
        f"-env:UserInstallation={(home / 'profile').as_uri()}",
        "--headless",
        "--norestore",
        *([f"--infilter={infilter}"] if infilter else []),
        "--convert-to",
        "fods",
        "--outdir",
        str(outdir),
        *map(str, files),
    ]
    env = {**os.environ, "HOME": str(home), "SAL_USE_VCLPLUGIN": "svp"}
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=CONVERT_TIMEOUT, env=env, check=False
    )
    for file in files:
        assert (outdir / f"{file.stem}.fods").is_file(), (result.stdout, result.stderr)


class Cell:
    """What LibreOffice made of one cell."""

    def __init__(self, element: ElementTree.Element) -> None:
        self.formula = element.get(f"{TABLE}formula")
        self.value_type = element.get(f"{OFFICE}value-type")
        self.text = "\n".join("".join(p.itertext()) for p in element.iter(f"{TEXT}p"))
        self.links = list(element.iter(f"{TEXT}a"))

    def __repr__(self) -> str:
        return f"Cell({self.text!r}, type={self.value_type!r}, formula={self.formula!r})"


def read_table(fods: Path) -> list[list[Cell]]:
    """The first sheet's rows of cells; trailing empty cells and rows dropped."""
    sheet = next(ElementTree.parse(fods).getroot().iter(f"{TABLE}table"))
    rows = []
    for row in sheet.iter(f"{TABLE}table-row"):
        cells = []
        for element in row:
            repeat = int(element.get(f"{TABLE}number-columns-repeated", "1"))
            cells.extend(Cell(element) for _ in range(min(repeat, 50)))
        while cells and not cells[-1].text and not cells[-1].formula:
            cells.pop()
        rows.append(cells)
    while rows and not rows[-1]:
        rows.pop()
    return rows


@pytest.fixture(scope="module")
def opened(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[list[Cell]]]:
    """Our CSV and XLSX exports and the unsanitised controls, as LibreOffice read them."""
    soffice()
    folder = tmp_path_factory.mktemp("libreoffice")
    with Store.open(folder / "kiosk.db") as store:
        samples.hostile_store(store)
        # What the form would refuse, in case a database is ever edited by hand.
        samples.insert_raw(store, first_name="\t=1+1", best_time="\r@x", topics=["\n-1"])
        samples.insert_raw(store, first_name="a\x00=1+1", status_changed_by="=1+1")
        samples.insert_raw(store, phone_e164="+442079460018", first_name="Visitor")
        for fmt in ("csv", "xlsx"):
            export(store, fmt, folder / f"export_{fmt}.{fmt}", region="US", clinic_name="Clinic")

    with (folder / "control_csv.csv").open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh, quoting=csv.QUOTE_ALL).writerows([[text] for text in CONTROL])
    import xlsxwriter

    with xlsxwriter.Workbook(str(folder / "control_xlsx.xlsx")) as workbook:
        sheet = workbook.add_worksheet()
        for row, text in enumerate(CONTROL):
            sheet.write_formula(row, 0, text)

    out = folder / "fods"
    out.mkdir()
    started = dt.datetime.now()
    convert([folder / "export_csv.csv", folder / "control_csv.csv"], out, folder, CSV_FILTER)
    convert([folder / "export_xlsx.xlsx", folder / "control_xlsx.xlsx"], out, folder)
    print(f"LibreOffice conversions took {(dt.datetime.now() - started).total_seconds():.1f} s")
    return {path.stem: read_table(path) for path in out.glob("*.fods")}


@pytest.mark.parametrize("control", ["control_csv", "control_xlsx"])
def test_the_check_can_fail_libreoffice_runs_unsanitised_formulas(opened, control):
    plain, link = (row[0] for row in opened[control])
    assert plain.formula == "of:=1+1", plain
    if control == "control_csv":
        assert plain.text == "2", plain  # evaluated on opening (an XLSX shows its cached value)
    assert link.formula and "HYPERLINK" in link.formula.upper(), link


@pytest.mark.parametrize("name", ["export_csv", "export_xlsx"])
def test_no_exported_cell_is_a_formula_or_a_link(opened, name):
    rows = opened[name]
    assert [cell.text for cell in rows[0]] == list(COLUMNS)
    cells = [cell for row in rows for cell in row]
    assert [cell for cell in cells if cell.formula] == []
    assert [cell for cell in cells if cell.links] == []


@pytest.mark.parametrize("name", ["export_csv", "export_xlsx"])
def test_hostile_text_reads_back_as_the_literal_quoted_text(opened, name):
    body = opened[name][1:]
    names = {row[1].text for row in body}
    for hostile in samples.HOSTILE_NAMES:
        stored = hostile.strip()  # the form trims names
        expected = "'" + stored if stored[0] in "=+-@|" else stored
        assert expected in names, (expected, sorted(names))
    assert "2" not in names and "5" not in names  # "=1+1", "-2+3" never computed
    assert {"José", "Peña", "Ana María", "Zoë"} <= names  # UTF-8 read as UTF-8
    for row in body:
        for cell in row:
            assert not cell.text.lstrip().startswith(("=", "+", "-", "@", "|")), cell
            assert cell.value_type in (None, "string", "date"), cell


@pytest.mark.parametrize("name", ["export_csv", "export_xlsx"])
def test_every_phone_number_reads_as_text(opened, name):
    phones = [row[2] for row in opened[name][1:]]
    assert phones
    for cell in phones:
        assert cell.value_type == "string", cell
        assert not cell.formula
    texts = {cell.text for cell in phones}
    assert texts == {samples.PHONE_NATIONAL, "'+44 20 7946 0018"}
