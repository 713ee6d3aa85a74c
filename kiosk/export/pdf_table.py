"""Drawing the call-back table with fpdf2: title block, headings, wrapped zebra rows, footer.

Patient text is only ever drawn with ``FPDF.text``, which puts it into the
page as a plain string: it adds no link annotation (so ``http://...`` stays
text), reads no markup (``<b>`` is printed as typed) and leaves fpdf2's
page-count alias alone, which only ``cell``/``multi_cell`` replace; the
footer is the one ``cell`` on a page (R16).

The table is laid out here rather than with ``FPDF.table`` or
``multi_cell``: those measure and break every cell through fpdf2's full
text engine, many times slower, and a long call-back list has hundreds of
thousands of cells. A row is never split across pages.
"""

import functools
import unicodedata
from collections.abc import Callable, Sequence

from fontTools.ttLib import TTFont
from fpdf import FPDF

from kiosk import paths
from kiosk.export.rows import COLUMNS

FONT_FAMILY = "AtkinsonHyperlegible"
FONT_FILES = {
    "": "AtkinsonHyperlegible-Regular.ttf",
    "B": "AtkinsonHyperlegible-Bold.ttf",
}

# Each column's share of the table width, in COLUMNS order: topics and names
# get room, the short codes (language, status) little.
COLUMN_SHARES = (12, 15, 12, 9, 20, 8, 7, 12, 12)

MARGIN = 10.0  # mm, all four sides
BODY_PT = 9.0
TITLE_PT = 15.0
SUBTITLE_PT = 10.0
LINE_HEIGHT = 4.2  # mm: one line of 9 pt text with comfortable leading
BASELINE = 0.78  # of LINE_HEIGHT: where the baseline sits below a line's top
CELL_PAD_X = 1.5  # mm, left and right inside a cell
CELL_PAD_Y = 1.0  # mm, above and below the text of a row
FOOTER_HEIGHT = 8.0  # mm kept free at the bottom for "Page N of M"
PAGE_COUNT_ALIAS = "{pages}"  # replaced by the page count: room for 7 digits

Color = tuple[int, int, int]
INK: Color = (0, 0, 0)
MUTED: Color = (80, 80, 80)
HEADING_FILL: Color = (214, 224, 235)
ZEBRA_FILL: Color = (241, 244, 248)

# What a character the font cannot draw is printed as (Arabic or CJK in a
# name, an emoji): the bundled font covers Latin scripts only, and fpdf2
# would otherwise print a blank, hiding that something was there, and log
# a warning listing the missing glyphs.
MISSING = "?"
# Ends a cell cut short because its row would not fit on a whole page.
CUT = "\u2026"

_PT_TO_MM = 25.4 / 72


class CallbackListDocument(FPDF):
    """A landscape fpdf2 document that draws its own title, headings and footer on each page."""

    def __init__(self, *, clinic_name: str, generated: str, paper: str) -> None:
        """Set up fonts, metadata and the column grid; ``draw_rows`` adds the pages.

        Args:
            clinic_name: the title on every page.
            generated: when the list was made, as it should be printed.
            paper: an fpdf2 page format, ``"A4"`` or ``"Letter"``.
        """
        super().__init__(orientation="landscape", unit="mm", format=paper)
        self.set_margins(MARGIN, MARGIN, MARGIN)
        # Page breaks are decided per row in draw_rows: a row is never split.
        self.set_auto_page_break(False)
        for style, file_name in FONT_FILES.items():
            self.add_font(FONT_FAMILY, style, str(paths.fonts_dir() / file_name))
        self._printable = _printable_text(_drawable(str(paths.fonts_dir() / FONT_FILES[""])))
        self.set_title(self._printable(f"{clinic_name} - Call-back list"))
        self.set_creator("io-kiosk")
        self.set_lang("en")
        # fpdf2 reserves the width of one "0" per character of the alias for
        # the page count, so "{nb}" fits 999 pages at most; 100,000 requests
        # make about 4,800. The count is set at the left of that space, so
        # "of 12" reads as one phrase, a few millimetres left of centre.
        self.alias_nb_pages(PAGE_COUNT_ALIAS)

        self._clinic_name = self._printable(clinic_name)
        self._generated = f"Generated {generated}"
        table_width = self.w - 2 * MARGIN
        total = sum(COLUMN_SHARES)
        self._widths = [table_width * share / total for share in COLUMN_SHARES]
        self._lefts = [MARGIN + sum(self._widths[:col]) for col in range(len(COLUMNS))]
        self._bottom = self.h - MARGIN - FOOTER_HEIGHT
        self._body_width = self._width_function("", BODY_PT)
        heading_width = self._width_function("B", BODY_PT)
        self._heading_lines = [
            _wrap(name, width - 2 * CELL_PAD_X, heading_width)
            for name, width in zip(COLUMNS, self._widths, strict=True)
        ]

    def header(self) -> None:
        """Called by ``add_page``: the title block, then the column headings."""
        self._ink(INK)
        top = MARGIN
        self.set_font(FONT_FAMILY, "B", TITLE_PT)
        self.text(MARGIN, top + TITLE_PT * _PT_TO_MM, self._clinic_name)
        top += TITLE_PT * _PT_TO_MM * 1.35

        baseline = top + SUBTITLE_PT * _PT_TO_MM
        self.set_font(FONT_FAMILY, "B", SUBTITLE_PT)
        self.text(MARGIN, baseline, "Call-back list")
        self.set_font(FONT_FAMILY, "", SUBTITLE_PT)
        self._ink(MUTED)
        right = self.w - MARGIN - self.get_string_width(self._generated)
        self.text(right, baseline, self._generated)
        top += SUBTITLE_PT * _PT_TO_MM * 1.8

        self._ink(INK)
        self.set_font(FONT_FAMILY, "B", BODY_PT)
        self._draw_row(top, self._heading_lines, HEADING_FILL)

    def footer(self) -> None:
        """Called by ``add_page`` and ``output``: "Page N of M", centred."""
        self.set_font(FONT_FAMILY, "", BODY_PT)
        self._ink(MUTED)
        self.set_xy(MARGIN, self.h - MARGIN - FOOTER_HEIGHT / 2)
        # cell(), not text(): only cell() replaces the {nb} alias with the page count.
        label = f"Page {self.page_no()} of {PAGE_COUNT_ALIAS}"
        self.cell(self.w - 2 * MARGIN, FOOTER_HEIGHT / 2, label, align="C")
        self._ink(INK)

    def draw_rows(self, rows: Sequence[Sequence[str]]) -> None:
        """Add pages and draw ``rows`` on them, zebra-striped, each row whole on one page."""
        # add_page() restores the font that was set before it, after header() ran.
        self.set_font(FONT_FAMILY, "", BODY_PT)
        self.add_page()
        max_lines = int((self._bottom - self.y - 2 * CELL_PAD_Y) // LINE_HEIGHT)
        printable, width, widths = self._printable, self._body_width, self._widths
        for index, row in enumerate(rows):
            cells = [
                _wrap(printable(text), room - 2 * CELL_PAD_X, width)
                for text, room in zip(row, widths, strict=True)
            ]
            lines = max(len(cell) for cell in cells)
            if lines > max_lines:
                # Taller than a whole page: only a pathological cell gets here.
                cells = [_cut(cell, max_lines) for cell in cells]
                lines = max_lines
            if self.y + lines * LINE_HEIGHT + 2 * CELL_PAD_Y > self._bottom:
                self.add_page()
            self._draw_row(self.y, cells, ZEBRA_FILL if index % 2 else None)

    def _draw_row(self, top: float, cells: list[list[str]], fill: Color | None) -> None:
        """Draw one row of already-wrapped cells at ``top`` and move ``self.y`` below it."""
        height = max(len(cell) for cell in cells) * LINE_HEIGHT + 2 * CELL_PAD_Y
        if fill is not None:
            self.set_fill_color(*fill)
            self.rect(MARGIN, top, self.w - 2 * MARGIN, height, style="F")
            # text() wraps each string in a colour change while the fill and
            # text colours differ; keeping them equal keeps the pages lean.
            self.set_fill_color(*INK)
        baseline = top + CELL_PAD_Y + LINE_HEIGHT * BASELINE
        text = self.text
        for left, cell in zip(self._lefts, cells, strict=True):
            for number, line in enumerate(cell):
                if line:
                    text(left + CELL_PAD_X, baseline + number * LINE_HEIGHT, line)
        self.y = top + height

    def _ink(self, color: Color) -> None:
        self.set_text_color(*color)
        self.set_fill_color(*color)

    def _width_function(self, style: str, size_pt: float) -> Callable[[str], float]:
        """How wide a string is (mm) in one font and size, from a per-character cache.

        fpdf2 draws without kerning or shaping here, so the sum of the
        characters' widths is exactly the width drawn.
        """
        known: dict[str, float] = {}

        def width(text: str) -> float:
            total = 0.0
            for char in text:
                size = known.get(char)
                if size is None:
                    size = known[char] = self._measure(char, style, size_pt)
                total += size
            return total

        return width

    def _measure(self, char: str, style: str, size_pt: float) -> float:
        """The width of ``char`` in the given font, whatever font is selected now."""
        current = (self.font_style, self.font_size_pt)
        if current == (style, size_pt):
            return self.get_string_width(char)
        self.set_font(FONT_FAMILY, style, size_pt)
        try:
            return self.get_string_width(char)
        finally:
            self.set_font(FONT_FAMILY, *current)


def _wrap(text: str, room: float, width: Callable[[str], float]) -> list[str]:
    """Break ``text`` into lines no wider than ``room``: at spaces, else inside a long word."""
    if width(text) <= room:
        return [text]
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if width(candidate) <= room:
            line = candidate
            continue
        if line:
            lines.append(line)
        while width(word) > room:
            cut = max(_fitting(word, room, width), 1)
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines


def _fitting(word: str, room: float, width: Callable[[str], float]) -> int:
    """How many leading characters of ``word`` fit into ``room``."""
    used = 0.0
    for count, char in enumerate(word):
        used += width(char)
        if used > room:
            return count
    return len(word)


def _cut(lines: list[str], max_lines: int) -> list[str]:
    if len(lines) <= max_lines:
        return lines
    return [*lines[: max_lines - 1], lines[max_lines - 1] + CUT]


@functools.cache
def _drawable(font_file: str) -> frozenset[int]:
    """The code points ``font_file`` has a glyph for (read once per process)."""
    with TTFont(font_file, lazy=True) as font:
        return frozenset(font.getBestCmap())


def _printable_text(drawable: frozenset[int]) -> Callable[[str], str]:
    """A function that makes text drawable in a font: NFC, unknown characters as ``?``.

    Composed first (NFC), so an "é" typed as "e" plus a combining accent is
    drawn with the font's own "é". Whatever the font has no glyph for is
    replaced by ``MISSING`` rather than failing the export. The memo of
    names already seen lives as long as one document, so no patient's name
    stays in the kiosk's memory after the export.
    """
    ascii_ok = all(code in drawable for code in range(0x20, 0x7F))
    known: dict[str, str] = {}

    def printable(text: str) -> str:
        if ascii_ok and text.isascii():
            return text
        shown = known.get(text)
        if shown is None:
            composed = unicodedata.normalize("NFC", text)
            shown = known[text] = "".join(
                char if ord(char) in drawable else MISSING for char in composed
            )
        return shown

    return printable
