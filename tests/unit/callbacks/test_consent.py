"""Consent keeps the text version and hash, UTC time and kiosk; no request without it (R13)."""

import datetime as dt
import hashlib
from zoneinfo import ZoneInfo

import pytest

from kiosk.callbacks import BEST_TIMES, Consent, new_request, record_consent

TEXT = "Yes, the clinic may call me at this number about my question.\n"


def test_record_keeps_version_hash_time_and_kiosk():
    moment = dt.datetime(2026, 11, 26, 17, 10, 5, 999_000, tzinfo=ZoneInfo("America/New_York"))
    consent = record_consent(TEXT, "2026-11-en-1", "lobby-2", now=moment)
    assert consent == Consent(
        text_version="2026-11-en-1",
        text_sha256=hashlib.sha256(TEXT.encode("utf-8")).hexdigest(),
        given_at="2026-11-26T22:10:05Z",
        kiosk_id="lobby-2",
    )


def test_hash_is_of_the_exact_text():
    a = record_consent(TEXT, "v1", "k")
    b = record_consent(TEXT.strip(), "v1", "k")
    c = record_consent("Sí, la clínica puede llamarme.", "v1", "k")
    assert len({a.text_sha256, b.text_sha256, c.text_sha256}) == 3
    assert c.text_sha256 == hashlib.sha256("Sí, la clínica puede llamarme.".encode()).hexdigest()


def test_default_time_is_now_in_utc():
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    consent = record_consent(TEXT, "v1", "k")
    after = dt.datetime.now(dt.UTC)
    given = dt.datetime.strptime(consent.given_at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    assert before <= given <= after
    assert consent.given_at.endswith("Z")


@pytest.mark.parametrize(
    ("text", "version", "kiosk_id", "now"),
    [
        ("", "v1", "k", None),
        ("  ", "v1", "k", None),
        (TEXT, "", "k", None),
        (TEXT, "v1", " ", None),
        (TEXT, "v1", "k", dt.datetime(2026, 11, 26, 22, 10, 5)),  # naive
    ],
)
def test_incomplete_consent_is_refused(text, version, kiosk_id, now):
    with pytest.raises(ValueError):
        record_consent(text, version, kiosk_id, now=now)


def test_consent_is_frozen():
    consent = record_consent(TEXT, "v1", "k")
    with pytest.raises(AttributeError):
        consent.text_version = "v2"


# A request cannot be built without a consent record (R13), and new_request
# checks every other field it is given.


def _fields(**changes):
    fields = {
        "phone_e164": "+12127365000",
        "first_name": "  Ana ",
        "best_time": "morning",
        "language": "es",
        "topics": ["y90", "tace", "y90"],
        "consent": record_consent(TEXT, "2026-11-es-1", "lobby-2"),
    }
    return {**fields, **changes}


def test_new_request_keeps_the_consent_and_tidies_fields():
    request = new_request(**_fields())
    assert request.consent.text_version == "2026-11-es-1"
    assert request.first_name == "Ana"
    assert request.topics == ("y90", "tace")
    assert new_request(**_fields(first_name=None, topics=())).first_name is None
    assert new_request(**_fields(first_name=" ")).first_name is None


@pytest.mark.parametrize(
    "changes",
    [
        {"consent": None},
        {"consent": "2026-11-es-1"},
        {"phone_e164": "2127365000"},
        {"phone_e164": "+1 212 736 5000"},
        {"phone_e164": None},
        {"first_name": "a\u202eb"},
        {"first_name": "x" * 51},
        {"best_time": "night"},
        {"best_time": "Morning"},
        {"language": "EN"},
        {"language": "english"},
        {"topics": ["Y90"]},
        {"topics": ["y90; DROP TABLE requests"]},
        {"topics": [f"t{i}" for i in range(11)]},
    ],
    ids=repr,
)
def test_new_request_refuses_bad_fields(changes):
    with pytest.raises(ValueError):
        new_request(**_fields(**changes))


def test_new_request_fields_are_keyword_only():
    with pytest.raises(TypeError):
        new_request("+12127365000", None, "any", "en", (), record_consent(TEXT, "v", "k"))


def test_best_times():
    assert BEST_TIMES == ("morning", "afternoon", "evening", "any")
    for best_time in BEST_TIMES:
        assert new_request(**_fields(best_time=best_time)).best_time == best_time
