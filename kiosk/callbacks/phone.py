"""Phone numbers: validate what a patient typed, format it as they type, show it to staff.

Validation uses ``phonenumbers`` (Google's libphonenumber metadata) for the
clinic's region (R17): a number is accepted only when it is valid, belongs
to an accepted region, and is one the front desk can usefully call back, so
toll-free, premium-rate and emergency numbers are refused with their own
reason. Accepted numbers leave this module as E.164 (``+12127365000``).

The accepted regions are, unless a clinic names its own, every region that
shares the clinic's country calling code: for ``US`` the whole +1 area, so a
patient who kept a Puerto Rico, Guam or Canadian cell can still be called.

No function here puts a number into an exception, a log line or a repr
(R11); ``mask`` is the only way a number is ever shown outside the data.
"""

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType, shortnumberinfo
from phonenumbers import ValidationResult as Possible

# The reasons validate_phone can give, for the form to turn into a calm sentence.
PROBLEMS = (
    "empty",
    "too_short",
    "too_long",
    "not_a_number",
    "invalid",
    "toll_free",
    "premium",
    "emergency",
    "not_local",
)

# E.164 allows at most 15 digits; anything longer is not a phone number anywhere.
MAX_DIGITS = 15

# Emergency numbers refused whatever the clinic's region: a visitor may type
# the one from home, and the metadata for "US" does not know 999 (UK) at all.
WELL_KNOWN_EMERGENCY = frozenset({"911", "112", "999"})

# Punctuation people type between digits. Everything else (letters, emoji,
# "ext.") makes the input "not a number": phonenumbers would read letters as
# a vanity number ("1-800-CALL-ME"), which nobody at a clinic desk can call.
_SEPARATORS = frozenset(" -.()/\u00a0\u2010\u2011\u2012\u2013\u2014\u2212")

_PREMIUM_TYPES = (PhoneNumberType.PREMIUM_RATE, PhoneNumberType.SHARED_COST)
_MASK = "\u2022"  # a bullet


@dataclass(frozen=True, repr=False)
class PhoneCheck:
    """The result of ``validate_phone``: an E.164 number, or the reason there is none."""

    e164: str | None
    problem: str | None

    @property
    def ok(self) -> bool:
        return self.problem is None and self.e164 is not None

    def __repr__(self) -> str:
        # Never the number itself (R11): this object ends up in logs and tracebacks.
        shown = mask(self.e164) if self.e164 else None
        return f"PhoneCheck(e164={shown!r}, problem={self.problem!r})"


def accepted_regions(region: str, named: Iterable[str] = ()) -> frozenset[str]:
    """The regions whose numbers a clinic in ``region`` accepts.

    Args:
        region: the clinic's ISO 3166 region code, e.g. ``"US"``.
        named: the ``accepted_regions`` setting; empty means every region
            sharing ``region``'s calling code (for ``"US"``: US, PR, VI, GU,
            MP, AS, CA and the rest of the +1 area). The clinic's own region
            is always accepted.
    """
    chosen = {code.upper() for code in named}
    if not chosen:
        chosen = set(phonenumbers.region_codes_for_country_code(_calling_code(region)))
    return frozenset(chosen | {region.upper()})


def calling_codes(regions: Iterable[str]) -> list[str]:
    """The calling codes of ``regions`` as patients write them, e.g. ``["+1"]``, own first."""
    codes: list[str] = []
    for code in regions:
        shown = f"+{_calling_code(code)}"
        if shown not in codes:
            codes.append(shown)
    return codes


def validate_phone(raw: str, region: str, accepted: Iterable[str] = ()) -> PhoneCheck:
    """Check a number a patient typed, for a clinic in ``region``.

    Args:
        raw: the text as typed: digits with optional spaces, dashes, dots,
            brackets and a leading ``+``; digits of any script are accepted.
        region: the clinic's ISO 3166 region code, e.g. ``"US"``.
        accepted: the ``accepted_regions`` setting (see ``accepted_regions``).

    Returns:
        ``PhoneCheck(e164, None)`` for a number the clinic can call back, else
        ``PhoneCheck(None, problem)`` with ``problem`` one of ``PROBLEMS``.
    """
    text = raw.strip()
    if not text:
        return _problem("empty")
    digits = _digits(text)
    if digits is None:
        return _problem("not_a_number")
    if not digits:
        return _problem("empty")
    if len(digits) > MAX_DIGITS:
        return _problem("too_long")
    if not text.startswith("+") and _is_emergency(digits, region):
        return _problem("emergency")

    try:
        number = phonenumbers.parse(("+" if text.startswith("+") else "") + digits, region)
    except NumberParseException as exc:
        return _problem(_PARSE_PROBLEMS.get(exc.error_type, "invalid"))

    if not phonenumbers.is_valid_number(number):
        reason = phonenumbers.is_possible_number_with_reason(number)
        return _problem(_POSSIBLE_PROBLEMS.get(reason, "invalid"))
    if phonenumbers.region_code_for_number(number) not in accepted_regions(region, accepted):
        return _problem("not_local")
    kind = phonenumbers.number_type(number)
    if kind == PhoneNumberType.TOLL_FREE:
        return _problem("toll_free")
    if kind in _PREMIUM_TYPES:
        return _problem("premium")
    return PhoneCheck(phonenumbers.format_number(number, PhoneNumberFormat.E164), None)


def format_as_typed(digits: str, region: str) -> str:
    """What the keypad's display shows while a number is being typed.

    Args:
        digits: the keys pressed so far. Only digits (and a leading ``+``) are
            fed to the formatter; anything else is dropped, so a stray
            character never raises inside a UI callback.
        region: the clinic's region code, e.g. ``"US"``.

    Returns:
        The number grouped as people in ``region`` write it, e.g.
        ``"5550100"`` -> ``"555-0100"``, ``"2127365000"`` -> ``"(212) 736-5000"``.
    """
    formatter = phonenumbers.AsYouTypeFormatter(region)
    shown = ""
    if digits.startswith("+"):
        shown = formatter.input_digit("+")
    for char in digits:
        if char.isdecimal():
            shown = formatter.input_digit(str(unicodedata.decimal(char)))
    return shown


def national_format(e164: str, region: str) -> str:
    """A stored number the way staff in ``region`` dial it, e.g. ``"(212) 736-5000"``.

    Numbers from another country are shown in international format; text
    that is not a number at all is returned unchanged rather than hidden.
    """
    try:
        number = phonenumbers.parse(e164, region)
    except NumberParseException:
        return e164
    local = number.country_code == phonenumbers.country_code_for_region(region)
    style = PhoneNumberFormat.NATIONAL if local else PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(number, style)


def mask(e164: str) -> str:
    """A number with all but its country code and last two digits hidden.

    ``"+12127365000"`` -> ``"+1•••••••00"``: enough to tell two requests
    apart in a log, never enough to call anyone.
    """
    if not e164.startswith("+") or not e164[1:].isdigit() or len(e164) < 5:
        return _MASK * 3
    body = e164[1:]
    country = ""
    for size in (1, 2, 3):
        if phonenumbers.region_code_for_country_code(int(body[:size])) != "ZZ":
            country = body[:size]
            break
    rest = body[len(country) :]
    return "+" + country + _MASK * max(len(rest) - 2, 1) + rest[-2:]


def _calling_code(region: str) -> int:
    return phonenumbers.country_code_for_region(region.upper())


def _problem(code: str) -> PhoneCheck:
    return PhoneCheck(None, code)


def _digits(text: str) -> str | None:
    """The digits of ``text`` as ASCII, or None if it holds anything but digits and separators."""
    out = []
    for index, char in enumerate(text):
        if char.isdecimal():
            out.append(str(unicodedata.decimal(char)))
        elif char == "+" and index == 0:
            continue
        elif char not in _SEPARATORS:
            return None
    return "".join(out)


def _is_emergency(digits: str, region: str) -> bool:
    return digits in WELL_KNOWN_EMERGENCY or shortnumberinfo.is_emergency_number(digits, region)


_PARSE_PROBLEMS = {
    NumberParseException.NOT_A_NUMBER: "not_a_number",
    NumberParseException.TOO_SHORT_NSN: "too_short",
    NumberParseException.TOO_SHORT_AFTER_IDD: "too_short",
    NumberParseException.TOO_LONG: "too_long",
    NumberParseException.INVALID_COUNTRY_CODE: "invalid",
}

# Why a number that is not valid is not: a 7-digit local number without its
# area code is "possible, local only", which the patient fixes by adding more.
_POSSIBLE_PROBLEMS = {
    Possible.TOO_SHORT: "too_short",
    Possible.IS_POSSIBLE_LOCAL_ONLY: "too_short",
    Possible.TOO_LONG: "too_long",
}
