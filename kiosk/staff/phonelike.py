"""Whether a text could be a phone number, however its digits are spelled (R11, R15).

The audit log, staff names and export file names must hold no phone number.
A number can be written many ways: 5550100199, +1 555 010 0199,
(555) 010-0199, 555.010.0199, 555_010_0199, 5 5 5 0 1 0 0 1 9 9, or in
full-width digits. So the digits are first joined across whatever stands
between them (spaces, dots, dashes, underscores, brackets, slashes, up to
three such marks in a row), and then any 7 digits in a row count as a phone
number: the shortest local numbers have seven.

ISO dates and clock times (2026-11-26, 12:00:05.000) are taken out first:
the audit log is full of them, and they are never phone numbers.
"""

import re
import unicodedata

MIN_PHONE_DIGITS = 7

_ISO_DATE = re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")
_CLOCK_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?!\d)")
# What may stand between two digits of one number: anything but a letter.
_BETWEEN_DIGITS = re.compile(r"(?<=\d)[\W_]{1,3}(?=\d)")
_RUN = re.compile(rf"\d{{{MIN_PHONE_DIGITS},}}")


def looks_like_phone(text: str) -> bool:
    """Whether ``text`` holds 7 or more digits, once dates, times and separators are set aside."""
    # NFKC first: full-width digits and odd spaces become plain ones.
    text = unicodedata.normalize("NFKC", text)
    text = _CLOCK_TIME.sub(" : ", _ISO_DATE.sub(" - ", text))
    return _RUN.search(_BETWEEN_DIGITS.sub("", text)) is not None
