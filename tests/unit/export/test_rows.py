"""Store rows become display rows: columns, local times, national numbers (R17), all sanitised."""

import datetime as dt
import random
from zoneinfo import ZoneInfo

import phonenumbers
import pytest

from kiosk.callbacks import national_format
from kiosk.export import COLUMNS, rows_for_export
from kiosk.store.requests import stamp
from tests.export.samples import PHONE, PHONE_NATIONAL

NEW_YORK = ZoneInfo("America/New_York")


def request(**fields):
    """A dict shaped like one item of ``Store.requests()``."""
    return {
        "id": "b7d3c1e2-0000-4000-8000-000000000001",
        "created_at": "2026-11-26T19:05:30.123Z",
        "phone_e164": PHONE,
        "first_name": "José",
        "best_time": "morning",
        "language": "es",
        "topics": ["y90", "tace"],
        "consent_version": "2026-11-es-1",
        "consent_sha256": "0" * 64,
        "consent_at": "2026-11-26T19:05:30.000Z",
        "kiosk_id": "lobby-1",
        "status": "called",
        "status_changed_at": "2026-11-27T15:30:00.000Z",
        "status_changed_by": "maria.l",
        **fields,
    }


def test_columns_are_the_agreed_ones():
    assert COLUMNS == (
        "Received",
        "First name",
        "Phone",
        "Best time",
        "Topics",
        "Language",
        "Status",
        "Updated by",
        "Updated at",
    )


def test_a_request_becomes_one_row_of_display_text_in_column_order():
    [row] = rows_for_export([request()], region="US", tz=NEW_YORK)
    assert row == (
        "2026-11-26 14:05",
        "José",
        PHONE_NATIONAL,
        "Morning",
        "y90, tace",
        "Spanish",
        "Called",
        "maria.l",
        "2026-11-27 10:30",
    )
    assert len(row) == len(COLUMNS)


def test_missing_values_are_empty_cells_never_none():
    [row] = rows_for_export(
        [
            request(
                first_name=None,
                topics=[],
                status="new",
                status_changed_at=None,
                status_changed_by=None,
            )
        ],
        region="US",
        tz=dt.UTC,
    )
    assert row[1] == row[7] == row[8] == ""
    assert row[4] == "General questions"  # no topic picked: a general question
    assert all(isinstance(cell, str) for cell in row)


def test_order_is_kept():
    names = [f"Name{index}" for index in range(5)]
    rows = rows_for_export([request(first_name=n) for n in names], region="US")
    assert [row[1] for row in rows] == names


def test_every_cell_is_sanitised():
    [row] = rows_for_export(
        [
            request(
                first_name="=1+1",
                best_time="@x",
                language="+1",
                status_changed_by="-me",
                topics=["=evil", "y90"],
            )
        ],
        region="US",
    )
    assert row[1] == "'=1+1"
    assert row[3] == "'@x"
    assert row[4] == "'=evil, y90"
    assert row[5] == "'+1"
    assert row[7] == "'-me"


def test_phone_numbers_are_in_national_format_and_never_start_a_cell_with_plus():
    numbers = ["+12025550143", "+12127365000", "+17875550100", "+14165550199"]
    rows = rows_for_export([request(phone_e164=n) for n in numbers], region="US")
    assert [row[2] for row in rows] == [
        "(202) 555-0143",
        "(212) 736-5000",
        "(787) 555-0100",
        "(416) 555-0199",
    ]
    assert not any(cell.startswith("+") for row in rows for cell in row)


def test_a_number_from_another_country_is_international_but_still_quoted():
    [row] = rows_for_export([request(phone_e164="+442079460018")], region="US")
    assert row[2] == "'+44 20 7946 0018"


@pytest.mark.parametrize(
    ("region", "e164"),
    [("GB", "+442079460018"), ("MX", "+525512345678"), ("ES", "+34912345678")],
)
def test_other_regions_use_phonenumbers_national_format(region, e164):
    [row] = rows_for_export([request(phone_e164=e164)], region=region)
    assert row[2] == national_format(e164, region)
    assert not row[2].startswith(("+", "'"))


def test_the_north_american_shortcut_agrees_with_phonenumbers():
    """rows.py formats +1 numbers itself for speed; it must match libphonenumber exactly."""
    rng = random.Random(20261126)
    numbers = []
    while len(numbers) < 3000:
        candidate = f"+1{rng.randint(200, 999)}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"
        if phonenumbers.is_valid_number(phonenumbers.parse(candidate)):
            numbers.append(candidate)
    regions = {phonenumbers.region_code_for_number(phonenumbers.parse(n)) for n in numbers}
    assert len(regions) > 5, "the sample should span several NANP regions"
    for region in ("US", "CA", "PR"):
        rows = rows_for_export([request(phone_e164=n) for n in numbers], region=region)
        assert [row[2] for row in rows] == [national_format(n, region) for n in numbers]


def test_times_are_local_minutes():
    rows = rows_for_export(
        [request(created_at="2026-07-01T12:00:59.999Z", status_changed_at=None)],
        region="US",
        tz=NEW_YORK,
    )
    assert rows[0][0] == "2026-07-01 08:00"  # EDT, UTC-4; seconds dropped, not rounded


def test_the_computers_own_zone_is_the_default():
    [row] = rows_for_export([request()], region="US")
    created = dt.datetime(2026, 11, 26, 19, 5, 30, tzinfo=dt.UTC)
    assert row[0] == created.astimezone().strftime("%Y-%m-%d %H:%M")


def test_text_that_is_not_a_time_is_shown_as_it_is():
    [row] = rows_for_export(
        [request(created_at="yesterday", status_changed_at="2026-11-27 10:00")],
        region="US",
        tz=dt.UTC,
    )
    assert row[0] == "yesterday"
    assert row[8] == "2026-11-27 10:00"  # naive: taken as UTC


# Days when a zone's offset changes, including changes that do not fall on a full
# or half hour UTC (Newfoundland and Casey switched at 00:01 local time).
TRANSITIONS = [
    ("America/New_York", dt.date(2026, 3, 8)),
    ("America/New_York", dt.date(2026, 11, 1)),
    ("Europe/London", dt.date(2026, 3, 29)),
    ("Australia/Lord_Howe", dt.date(2026, 4, 5)),  # a half-hour change
    ("Pacific/Chatham", dt.date(2026, 4, 5)),  # +13:45 -> +12:45
    ("Asia/Kolkata", dt.date(2026, 4, 5)),  # +05:30, no change
    ("America/St_Johns", dt.date(2010, 11, 7)),  # at 00:01 local
    ("Antarctica/Casey", dt.date(2021, 10, 2)),  # at 00:01 local
]


@pytest.mark.parametrize(("zone", "day"), TRANSITIONS)
def test_local_time_is_exact_every_minute_around_an_offset_change(zone, day):
    tz = ZoneInfo(zone)
    start = dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC) - dt.timedelta(hours=14)
    moments = [start + dt.timedelta(minutes=m, seconds=17) for m in range(0, 48 * 60)]
    rows = rows_for_export(
        [request(created_at=stamp(m), status_changed_at=None) for m in moments],
        region="US",
        tz=tz,
    )
    expected = [m.astimezone(tz).strftime("%Y-%m-%d %H:%M") for m in moments]
    assert [row[0] for row in rows] == expected


def test_topics_are_exported_by_name_as_the_staff_list_shows_them():
    # Issue 13: exports said "y90, tace" where the list says "Y-90, TACE".
    from kiosk.export import topic_names
    from kiosk.paths import bundled_content_dir as content_dir

    names = topic_names(content_dir(), ["en", "es"])
    (row,) = rows_for_export(
        [request(topics=["y90", "tace", "overview"])], region="US", tz=NEW_YORK, topic_names=names
    )
    assert row[COLUMNS.index("Topics")] == "Y-90, TACE, Something else"
    # A Spanish-only kiosk still exports the English words for "overview".
    assert topic_names(content_dir(), ["es"])["overview"] == "Something else"


def test_an_unknown_topic_or_no_names_shows_the_id_rather_than_failing(tmp_path):
    from kiosk.export import topic_names

    assert topic_names(tmp_path / "missing", ["en"]) == {}
    (row,) = rows_for_export(
        [request(topics=["y90", "gone"])], region="US", topic_names={"y90": "Y-90"}
    )
    assert row[COLUMNS.index("Topics")] == "Y-90, gone"
