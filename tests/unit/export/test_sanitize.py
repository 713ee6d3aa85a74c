"""The one export sanitiser: nothing a patient types can become a formula (R16)."""

import pytest

from kiosk.export import sanitize
from kiosk.export.sanitize import FORMULA_TRIGGERS


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Formula and DDE triggers (OWASP CSV Injection) get a visible quote.
        ("=1+1", "'=1+1"),
        ("+1 202 555 0143", "'+1 202 555 0143"),
        ("+12025550143", "'+12025550143"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("|calc", "'|calc"),
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ('=HYPERLINK("http://evil.test","x")', '\'=HYPERLINK("http://evil.test","x")'),
        # Leading tab / CR / LF are dangerous by themselves; they are removed and marked.
        ("\t=1+1", "'=1+1"),
        ("\r=1+1", "'=1+1"),
        ("\n=1+1", "'=1+1"),
        ("\tAna", "'Ana"),
        # Blank space before a trigger does not hide it.
        ("  =1+1", "'  =1+1"),
        ("\u00a0=1+1", "'\u00a0=1+1"),
        ("\u3000@x", "'\u3000@x"),
        # Full-width operators, which some Excel builds take as the real ones.
        ("\uff1d1+1", "'\uff1d1+1"),
        # Control characters anywhere are removed, and cannot smuggle a trigger in.
        ("a\x00b", "ab"),
        ("\x00=1+1", "'=1+1"),
        ("Ana\x1b[31m", "Ana[31m"),
        ("Ana\r\nMaría", "AnaMaría"),
        ("x\x7f\x85y", "xy"),
        # Ordinary text is left exactly as it is.
        ("Ana", "Ana"),
        ("José", "José"),
        ("Peña", "Peña"),
        ("Zoë O'Neil", "Zoë O'Neil"),
        ("Mary-Ellen", "Mary-Ellen"),
        ("(202) 555-0143", "(202) 555-0143"),
        ("2026-11-26 14:05", "2026-11-26 14:05"),
        ("<b>x</b>", "<b>x</b>"),
        ("http://evil.test/", "http://evil.test/"),
        ("مرحبا", "مرحبا"),
        ("a = b", "a = b"),
        ("", ""),
    ],
)
def test_sanitize(raw, expected):
    assert sanitize(raw) == expected


def test_none_is_an_empty_cell_and_other_values_their_text():
    assert sanitize(None) == ""
    assert sanitize(42) == "42"
    assert sanitize(-1) == "'-1"


@pytest.mark.parametrize("trigger", sorted(FORMULA_TRIGGERS))
@pytest.mark.parametrize("before", ["", " ", "  ", "\t", "\r\n", "\x00", " \x00 "])
def test_every_trigger_after_any_blank_or_control_prefix_is_quoted(trigger, before):
    assert sanitize(f"{before}{trigger}1+1").startswith("'")


@pytest.mark.parametrize("code", [*range(0x20), *range(0x7F, 0xA0)])
def test_no_control_character_survives(code):
    result = sanitize(f"a{chr(code)}b{chr(code)}")
    assert result == "ab"


def test_sanitising_twice_changes_nothing_more():
    for raw in ("=1+1", "\t+1", "José", "a\x00b", " @x"):
        once = sanitize(raw)
        assert sanitize(once) == once
