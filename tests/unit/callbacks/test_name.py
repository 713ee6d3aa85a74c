"""The optional first name: trimmed, any script, no control or bidi tricks, markup kept as text."""

import pytest

from kiosk.callbacks import validate_name
from kiosk.callbacks.name import MAX_LENGTH

# (typed, stored value, problem)
CASES = [
    ("", None, None),
    ("\t\n", None, None),
    ("  Ana  María ", "Ana María", None),
    ("Ana\tMaría", "Ana María", None),
    ("x" * MAX_LENGTH, "x" * MAX_LENGTH, None),
    ("x" * (MAX_LENGTH + 1), None, "too_long"),
    ("  " + "x" * MAX_LENGTH + "  ", "x" * MAX_LENGTH, None),  # length counts after trimming
    ("José", "José", None),
    ("Jose\u0301", "José", None),  # decomposed accent: stored composed (NFC)
    ("O'Brien", "O'Brien", None),
    ("O\u2019Brien", "O\u2019Brien", None),
    ("Jean-Luc", "Jean-Luc", None),
    ("J. R.", "J. R.", None),
    ("محمد", "محمد", None),
    ("דוד", "דוד", None),
    ("王小明", "王小明", None),
    ("Nguyễn", "Nguyễn", None),
    # markup and formulas are plain text here; the export sanitiser defuses them (R16)
    ("<script>alert(1)</script>", "<script>alert(1)</script>", None),
    ('=HYPERLINK("http://x")', '=HYPERLINK("http://x")', None),
    ("<b>Ana</b>", "<b>Ana</b>", None),
    # refused: control and format characters
    ("a\x00b", None, "not_printable"),
    ("a\x1bb", None, "not_printable"),
    ("a\x7fb", None, "not_printable"),
    ("a\u202eb", None, "not_printable"),  # right-to-left override
    ("a\u202ab", None, "not_printable"),
    ("a\u2066b", None, "not_printable"),  # left-to-right isolate
    ("a\u2069b", None, "not_printable"),
    ("a\u200bb", None, "not_printable"),  # zero-width space
    ("a\ufeffb", None, "not_printable"),
    ("a\ue000b", None, "not_printable"),  # private use
    ("a\ud800b", None, "not_printable"),  # lone surrogate
]


@pytest.mark.parametrize(("typed", "value", "problem"), CASES)
def test_name_table(typed, value, problem):
    check = validate_name(typed)
    assert (check.value, check.problem) == (value, problem)
    assert check.ok is (problem is None)


@pytest.mark.parametrize(
    "text", ["<script>alert(1)</script>", '=HYPERLINK("http://x")', "@SUM(1)", "+1 (212)"]
)
def test_markup_and_formulas_round_trip_unchanged(text):
    assert validate_name(text).value == text


def test_repr_does_not_show_the_name():
    check = validate_name("Guadalupe")
    assert "Guadalupe" not in repr(check)
    assert "Guadalupe" not in str(check)
