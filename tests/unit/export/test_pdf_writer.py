"""PDF export: a printable table in which patient text stays plain text (R16)."""

import datetime as dt
import logging

import pypdf
import pytest

from kiosk.export import COLUMNS, paper_for_region, write_pdf
from tests.export.samples import FRIENDLY_NAMES, HOSTILE_NAMES, PHONE_NATIONAL, display_rows

GENERATED = dt.datetime(2026, 11, 26, 14, 5)
CLINIC = "Lakeside Oncology & Co"


def make_rows(names, **fields):
    return display_rows(names, tz=dt.UTC, **fields)


def write(tmp_path, rows, **kwargs):
    path = tmp_path / "list.pdf"
    write_pdf(rows, path, clinic_name=CLINIC, generated_at=GENERATED, **kwargs)
    return path


def page_texts(path):
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


@pytest.fixture
def hostile_pdf(tmp_path):
    return write(tmp_path, make_rows([*HOSTILE_NAMES, *FRIENDLY_NAMES]))


def test_no_link_annotation_or_action_anywhere(hostile_pdf):
    data = hostile_pdf.read_bytes()
    for marker in (b"/Annot", b"/URI", b"/JavaScript", b"/Launch", b"/AcroForm", b"/EmbeddedFile"):
        assert marker not in data, marker
    reader = pypdf.PdfReader(hostile_pdf)
    assert all("/Annots" not in page for page in reader.pages)
    # fpdf2 always sets the initial view; that must stay a page destination
    # (an array), never an action dictionary that could run or open something.
    open_action = reader.trailer["/Root"].get("/OpenAction")
    assert open_action is None or isinstance(open_action, pypdf.generic.ArrayObject)


def test_patient_text_is_printed_literally(hostile_pdf):
    [text] = page_texts(hostile_pdf)
    assert "<b>x</b>" in text
    assert "http://evil.test/login" in text
    assert "'=1+1" in text
    assert "{nb}" in text  # fpdf2's page-count aliases are not replaced inside patient text
    assert "{pages}" in text
    for name in FRIENDLY_NAMES:
        assert name in text
    assert PHONE_NATIONAL in text
    assert "+1 202 555 0143" not in text.replace("'+1 202 555 0143", "")


def test_title_block_and_headings(hostile_pdf):
    [text] = page_texts(hostile_pdf)
    assert CLINIC in text
    assert "Call-back list" in text
    assert "Generated 2026-11-26 14:05" in text
    for heading in COLUMNS:
        assert heading in text
    assert "Page 1 of 1" in text


def test_many_rows_make_numbered_pages_each_with_the_headings(tmp_path):
    path = write(tmp_path, make_rows([f"Patient {n}" for n in range(120)]))
    texts = page_texts(path)
    pages = len(texts)
    assert pages >= 3
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text
        assert "First name" in text and "Updated at" in text
        assert CLINIC in text
    assert "Page 2 of" in texts[1]
    everything = "\n".join(texts)
    assert all(f"Patient {n}\n" in everything or f"Patient {n} " in everything for n in range(120))


def test_more_than_999_pages_are_counted_without_a_warning(tmp_path):
    # Each row is cut to one page: the quickest way to a four-digit page count.
    # fpdf2 warns (an error under pytest) when the count is wider than its alias.
    path = write(tmp_path, make_rows(["Ana " * 400] * 1000))
    pages = pypdf.PdfReader(path).pages
    assert len(pages) == 1000
    assert "Page 1 of 1000" in pages[0].extract_text()
    assert "Page 1000 of 1000" in pages[-1].extract_text()


def test_long_text_wraps_inside_its_column(tmp_path):
    topics = [f"topic-{n}" for n in range(30)]
    path = write(tmp_path, make_rows(["Ana"], topics=topics))
    [text] = page_texts(path)
    for topic in topics:
        assert topic in text
    assert len(text.splitlines()) > 10  # the topics cell took several lines


def test_a_cell_too_long_for_a_page_is_cut_not_fatal(tmp_path):
    path = write(tmp_path, make_rows(["Ana", "x" * 20_000, "Bob"]))
    texts = page_texts(path)
    everything = "\n".join(texts)
    assert "Ana" in everything and "Bob" in everything
    assert "\u2026" in everything
    assert len(texts) <= 3


def test_characters_the_font_lacks_print_as_question_marks(tmp_path, caplog):
    caplog.set_level(logging.WARNING)
    path = write(tmp_path, make_rows(["مرحبا", "李小龙", "Ana 🙂", "Jose\u0301"]))
    [text] = page_texts(path)
    assert "?????" in text
    assert "???" in text
    assert "Ana ?" in text
    assert "José" in text  # a combining accent is composed, not replaced
    assert not [r for r in caplog.records if r.name.startswith("fpdf")]


@pytest.mark.parametrize(("paper", "size"), [("A4", (842, 595)), ("Letter", (792, 612))])
def test_pages_are_landscape(tmp_path, paper, size):
    path = write(tmp_path, make_rows(["Ana"]), paper=paper)
    box = pypdf.PdfReader(path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


def test_unknown_paper_is_refused(tmp_path):
    with pytest.raises(ValueError, match="paper"):
        write(tmp_path, [], paper="Legal")


def test_paper_follows_the_region():
    assert paper_for_region("US") == "Letter"
    assert paper_for_region("mx") == "Letter"
    assert paper_for_region("CA") == "Letter"
    assert paper_for_region("GB") == "A4"
    assert paper_for_region("ES") == "A4"


def test_an_empty_list_is_one_page_with_headings(tmp_path):
    [text] = page_texts(write(tmp_path, []))
    assert "First name" in text and "Page 1 of 1" in text


def test_the_font_is_embedded(hostile_pdf):
    data = hostile_pdf.read_bytes()
    assert b"AtkinsonHyperlegible" in data
    assert b"/FontFile2" in data
