"""The consent's privacy note says what the code does, with the settings' numbers (R12, R13)."""

from pathlib import Path

import pytest

from kiosk import content
from kiosk.content.model import ConsentText
from kiosk.paths import bundled_content_dir


def shipped(language: str) -> ConsentText:
    consent = content.load_pack(bundled_content_dir(), language).consent
    assert consent is not None
    return consent


@pytest.mark.parametrize(
    ("language", "numbers", "expected"),
    [
        (
            "en",
            (30, 90, 3, 14),
            "If we cannot reach you after 3 calls, or within 14 days, we stop calling. "
            "We delete all of it 30 days after your call is done, and always 90 days "
            "after you ask.",
        ),
        (
            "en",
            (1, 1, 1, 1),
            "If we cannot reach you after 1 call, or within 1 day, we stop calling. "
            "We delete all of it 1 day after your call is done, and always 1 day after you ask.",
        ),
        (
            "es",
            (30, 90, 3, 14),
            "Si no logramos hablar con usted después de 3 llamadas, o en 14 días, dejamos "
            "de llamar. Lo borramos todo 30 días después de que termine su llamada, y "
            "siempre 90 días después de pedir la llamada.",
        ),
        (
            "es",
            (1, 1, 1, 1),
            "Si no logramos hablar con usted después de 1 llamada, o en 1 día, dejamos "
            "de llamar. Lo borramos todo 1 día después de que termine su llamada, y "
            "siempre 1 día después de pedir la llamada.",
        ),
    ],
)
def test_the_shipped_note_states_each_number_with_its_own_word(language, numbers, expected):
    days, max_days, tries, wait_days = numbers
    note = shipped(language).privacy_for(days, max_days=max_days, tries=tries, wait_days=wait_days)
    assert expected in note
    assert "{" not in note and "#" not in note


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "I can ask them to stop calling at any time."),
        ("es", "Puedo pedir que dejen de llamarme en cualquier momento."),
    ],
)
def test_the_box_says_the_patient_can_ask_the_calls_to_stop(language, words):
    assert words in shipped(language).checkbox_for("Clinic", False)
    assert "stop" in shipped("en").checkbox_for("Clinic", True)
    assert "paren" in shipped("es").checkbox_for("Clinic", True)


def test_the_version_was_bumped_in_both_languages_for_the_new_promise():
    assert shipped("en").version == "2026-12-14-en-2"
    assert shipped("es").version == "2026-12-14-es-2"


def test_a_plain_number_and_a_placeholder_that_is_not_ours_are_left_alone():
    consent = ConsentText(
        "v",
        "box",
        "box",
        "{days} / {days, plural, one {# day} other {# days}} / "
        "{weeks, plural, one {# week} other {# weeks}}",
        Path("consent.toml"),
    )
    assert consent.privacy_for(1, max_days=2, tries=3, wait_days=4) == (
        "1 / 1 day / {weeks, plural, one {# week} other {# weeks}}"
    )
