"""The optional first name on a call-back request: tidy it, refuse what cannot be shown.

Names come in every script, so the rule is not a list of allowed letters but
a list of refused characters: control and format characters (NUL, tabs inside
the name, bidi overrides that could make staff read a different name than the
one stored, zero-width tricks) and anything else Python does not call
printable. Markup and formula-looking text is *not* refused here: it is stored
as the plain text it is and made harmless by the export sanitiser, the one
place that knows where text is going (R16).
"""

import unicodedata
from dataclasses import dataclass

MAX_LENGTH = 50

PROBLEMS = ("too_long", "not_printable")


@dataclass(frozen=True, repr=False)
class NameCheck:
    """The result of ``validate_name``: the tidy name (None when left empty), or a problem."""

    value: str | None
    problem: str | None

    @property
    def ok(self) -> bool:
        return self.problem is None

    def __repr__(self) -> str:
        # A name is personal data too; logs only need to know whether there was one.
        shown = None if self.value is None else f"<{len(self.value)} characters>"
        return f"NameCheck(value={shown}, problem={self.problem!r})"


def validate_name(raw: str) -> NameCheck:
    """Trim a typed first name and check it can be stored and shown safely.

    Args:
        raw: the text as typed.

    Returns:
        ``NameCheck(name, None)`` with surrounding whitespace trimmed, inner
        whitespace collapsed to single spaces and the text in Unicode NFC (so
        "José" typed two ways is stored one way); ``NameCheck(None, None)``
        when nothing but whitespace was typed; ``NameCheck(None, problem)``
        with ``problem`` one of ``PROBLEMS`` otherwise.
    """
    # Any whitespace (tabs, newlines, no-break spaces) separates words; it is
    # collapsed before the printable check so "Ana\tMaría" is simply "Ana María".
    name = " ".join(unicodedata.normalize("NFC", raw).split())
    if not name:
        return NameCheck(None, None)
    if not all(_printable(char) for char in name):
        return NameCheck(None, "not_printable")
    if len(name) > MAX_LENGTH:
        return NameCheck(None, "too_long")
    return NameCheck(name, None)


def _printable(char: str) -> bool:
    # str.isprintable() is False for the categories Cc (controls, NUL), Cf
    # (format: bidi overrides U+202A-202E and isolates U+2066-2069, zero-width
    # joiners), Cs (lone surrogates), Co (private use), Cn (unassigned), and
    # line/paragraph separators. The explicit category test keeps that promise
    # visible here even if Python's definition ever widens.
    return char.isprintable() and unicodedata.category(char) not in {"Cc", "Cf"}
