"""The one sanitiser every export writer runs each cell through (R16).

A spreadsheet program treats a cell that starts with ``=``, ``+``, ``-`` or
``@`` as a formula, and ``|`` as a DDE call, so a patient who types
``=HYPERLINK(...)`` as a first name would otherwise get it run on the front
desk's computer (OWASP "CSV Injection"). Such text gets a leading single
quote, which makes every spreadsheet program show it as text; the quote
stays visible, which is what OWASP recommends: staff see exactly what was
typed. Control characters (NUL, tab, line breaks, escape, ...) are removed,
since no field a patient fills in has a use for them and they can split a
CSV row or hide what a cell holds.

The same function serves CSV, XLSX and PDF, so the three files agree on
every cell. It is called about a million times for a 100,000-row export,
hence the lookup tables built once below.
"""

import unicodedata

# What makes a spreadsheet program read a cell as a formula or a DDE call,
# including the full-width forms that some East Asian Excel builds accept as
# the same operators.
FORMULA_TRIGGERS = frozenset("=+-@|\uff1d\uff0b\uff0d\uff20")

# Dangerous as the very first character even though they are removed below:
# OWASP lists tab and carriage return; a cell that started with one was made
# to look harmless, so it is marked as well.
_LEADING_CONTROLS = frozenset("\t\r\n")

# Every Unicode control character (category Cc: C0, DEL and C1), for
# str.translate to delete. Built once: translating with a table is far
# faster than a per-character test in Python.
_CONTROLS = dict.fromkeys(code for code in range(0xA0) if unicodedata.category(chr(code)) == "Cc")


def sanitize(value: object) -> str:
    """Make one value safe to put into an exported cell.

    Args:
        value: anything; None becomes the empty cell, other values their ``str()``.

    Returns:
        The text with every control character removed, prefixed with ``'``
        when its first non-blank character would make a spreadsheet
        program evaluate it (``= + - @ |``) or it began with a tab or line
        break, e.g. ``"=1+1"`` -> ``"'=1+1"``, ``"+1 202 555 0143"`` ->
        ``"'+1 202 555 0143"``, ``"José"`` -> ``"José"``.
    """
    if value is None:
        return ""
    text = value if type(value) is str else str(value)
    # The common case, a plain name or date, costs one scan and no copy.
    first = text[:1]
    if text.isprintable() and first not in FORMULA_TRIGGERS and not first.isspace():
        return text
    cleaned = text.translate(_CONTROLS)
    if cleaned.lstrip()[:1] in FORMULA_TRIGGERS or text[:1] in _LEADING_CONTROLS:
        return "'" + cleaned
    return cleaned
