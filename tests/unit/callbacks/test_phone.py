"""Phone numbers are validated for the clinic's region and stored as E.164 (R17)."""

import phonenumbers
import pytest

from kiosk.callbacks import (
    PhoneCheck,
    accepted_regions,
    calling_codes,
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
    # the rest of the +1 area, typed as a US patient types them (issue 13:
    # a Puerto Rico cell was refused as "not from this country")
    ("(787) 722-2222", "+17877222222", None),  # Puerto Rico
    ("787-234-5678", "+17872345678", None),  # Puerto Rico, mobile
    ("(340) 642-1234", "+13406421234", None),  # US Virgin Islands
    ("671 300 1234", "+16713001234", None),  # Guam
    ("670-234-5678", "+16702345678", None),  # Northern Mariana Islands
    ("684 622 1234", "+16846221234", None),  # American Samoa
    ("+1 416 967 1111", "+14169671111", None),  # Canada shares +1
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
def test_accepted_numbers_are_really_valid_numbers_of_the_plus_one_area(e164):
    # Was "valid US numbers"; issue 13 asks for the whole +1 area.
    number = phonenumbers.parse(e164)
    assert phonenumbers.is_valid_number(number)
    assert number.country_code == 1


def test_the_us_default_accepts_the_territories_and_canada_by_name():
    accepted = accepted_regions(REGION)
    assert {"US", "PR", "VI", "GU", "MP", "AS", "CA"} <= accepted
    assert "MX" not in accepted and "GB" not in accepted


def test_toll_free_and_premium_are_refused_in_the_territories_too():
    assert validate_phone("+1 844 234 5678", REGION).problem == "toll_free"
    assert validate_phone("1 900 234 5678", REGION).problem == "premium"
    assert validate_phone("911", "PR").problem == "emergency"


def test_accepted_regions_narrow_or_widen_what_is_called():
    us_only = ("US",)
    assert validate_phone("(787) 722-2222", REGION, us_only).problem == "not_local"
    assert validate_phone("(212) 736-5000", REGION, us_only).ok
    # A clinic in Mexico that also calls back US numbers.
    assert validate_phone("+1 212 736 5000", "MX").problem == "not_local"
    assert validate_phone("+1 212 736 5000", "MX", ("MX", "us")).e164 == "+12127365000"
    assert validate_phone("55 1234 5678", "MX", ("US",)).e164 == "+525512345678"


def test_calling_codes_name_what_the_message_says_is_accepted():
    assert calling_codes(["US", *sorted(accepted_regions("US"))]) == ["+1"]
    assert calling_codes(["MX", "MX", "US"]) == ["+52", "+1"]


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
