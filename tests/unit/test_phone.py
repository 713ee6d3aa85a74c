"""Phone numbers are validated for the clinic's region and stored as E.164 (R17)."""

import phonenumbers
import pytest

from kiosk.callbacks import (
    PhoneCheck,
    format_as_typed,
    mask,
    national_format,
    validate_phone,
)

REGION = "US"

# (typed, expected e164, expected problem). Every accepted number below is one
# phonenumbers calls valid (see the test right after the table): 555-01xx
# numbers are fictional and some of them are not.
CASES = [
    # valid US numbers (fixed line or mobile: the US does not tell them apart)
    ("(212) 736-5000", "+12127365000", None),
    ("212-736-5000", "+12127365000", None),
    ("212.736.5000", "+12127365000", None),
    ("2127365000", "+12127365000", None),
    ("1 212 736 5000", "+12127365000", None),
    ("+1 212 736 5000", "+12127365000", None),
    ("+1 (415) 555-2671", "+14155552671", None),
    ("  650 253 0000  ", "+16502530000", None),
    ("\u0662\u0661\u0662\u0667\u0663\u0666\u0665\u0660\u0660\u0660", "+12127365000", None),
    # only part of a number
    ("736-5000", None, "too_short"),  # seven digits, no area code
    ("555-0100", None, "too_short"),
    ("212 736", None, "too_short"),
    ("411", None, "too_short"),  # a short code, not an emergency one
    # too many digits
    ("1" * 30, None, "too_long"),
    ("1234567890123456", None, "too_long"),
    ("212 736 5000 12", None, "too_long"),
    # numbers the front desk must not call back
    ("800-275-2273", None, "toll_free"),
    ("(888) 555-1212", None, "toll_free"),
    ("+1 877 275 2273", None, "toll_free"),
    ("900-200-1234", None, "premium"),
    ("911", None, "emergency"),
    ("9-1-1", None, "emergency"),
    ("112", None, "emergency"),
    ("999", None, "emergency"),
    # another country
    ("+44 20 7946 0958", None, "not_local"),
    ("011 44 20 7946 0958", None, "not_local"),
    ("+1 416 555 0199", None, "not_local"),  # Canada shares +1
    # not a number at all
    ("CALL-ME", None, "not_a_number"),
    ("1-800-CALL-ME", None, "not_a_number"),
    ("212 736 5000 ext. 12", None, "not_a_number"),
    ("\U0001f4de 212 736 5000", None, "not_a_number"),
    ("212+736+5000", None, "not_a_number"),
    ("", None, "empty"),
    ("   ", None, "empty"),
    # well-formed but not a real number
    ("700-234-5678", None, "invalid"),
    ("+999 1234 5678", None, "invalid"),
]


@pytest.mark.parametrize(("typed", "e164", "problem"), CASES)
def test_phone_table(typed, e164, problem):
    check = validate_phone(typed, REGION)
    assert (check.e164, check.problem) == (e164, problem)
    assert check.ok is (problem is None)


@pytest.mark.parametrize("e164", sorted({e for _, e, p in CASES if p is None}))
def test_accepted_numbers_are_really_valid_us_numbers(e164):
    number = phonenumbers.parse(e164)
    assert phonenumbers.is_valid_number_for_region(number, REGION)


def test_every_problem_code_is_exercised():
    from kiosk.callbacks.phone import PROBLEMS

    assert {p for _, _, p in CASES if p} == set(PROBLEMS)


def test_region_decides_what_is_local():
    assert validate_phone("020 7946 0958", "GB").e164 == "+442079460958"
    assert validate_phone("(212) 736-5000", "GB").problem in {"invalid", "not_local"}
    assert validate_phone("+1 212 736 5000", "GB").problem == "not_local"
    assert validate_phone("999", "GB").problem == "emergency"


@pytest.mark.parametrize(
    ("digits", "shown"),
    [
        ("", ""),
        ("5", "5"),
        ("5550100", "555-0100"),
        ("2127365000", "(212) 736-5000"),
        ("12127365000", "1 (212) 736-5000"),
        ("(212) 73", "212-73"),  # anything but digits is dropped, never an error
        ("+442079460958", "+44 20 7946 0958"),
    ],
)
def test_format_as_typed(digits, shown):
    assert format_as_typed(digits, REGION) == shown


def test_national_format_for_staff():
    assert national_format("+12127365000", REGION) == "(212) 736-5000"
    assert national_format("+442079460958", REGION) == "+44 20 7946 0958"
    assert national_format("not a number", REGION) == "not a number"


def test_mask_keeps_country_code_and_last_two_digits():
    assert mask("+12127365000") == "+1\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u202200"
    assert mask("+442079460958") == "+44" + "\u2022" * 8 + "58"
    assert mask("oops") == "\u2022\u2022\u2022"


def test_repr_and_str_hide_the_number():
    check = validate_phone("(212) 736-5000", REGION)
    for text in (repr(check), str(check), f"{check}", repr([check])):
        assert "7365000" not in text
        assert "+1" in text
    assert check == PhoneCheck("+12127365000", None)
