"""The words ``Speech`` hands the engine: whole sentences, and no phone number aloud."""

import pytest

from kiosk.qml.speech import sentences, withhold_numbers


def test_each_line_is_a_sentence_so_a_heading_does_not_run_into_its_list():
    assert sentences("Benefits\nIt is one visit.\n\n  Most go home the same day  ") == (
        "Benefits. It is one visit. Most go home the same day."
    )
    assert sentences("Are you still there?\nOK!") == "Are you still there? OK!"
    assert sentences("") == ""


@pytest.mark.parametrize(
    "written",
    ["2025550143", "(202) 555-0143", "+1 202 555 0143", "202.555.0143", "5550", "0 1 4 3"],
)
def test_no_run_of_four_digits_survives_in_any_spelling(written):
    said = withhold_numbers(f"Call {written} today.")
    assert not any(ch.isdigit() for ch in said.replace("Call", "")), said


def test_short_numbers_in_the_content_stay():
    text = "You come back 1 to 2 weeks later. About 3 months later, a scan. Call 911."
    assert withhold_numbers(text) == text


class _English:
    """What ``Speech`` asks of ``Language``: the current code."""

    def current_code(self) -> str:
        return "en"


@pytest.mark.parametrize("private", [False, True])
def test_on_a_loudspeaker_no_number_reaches_the_voice(qapp, qtbot, private):
    from kiosk.qml.speech import RecordingVoice, Speech

    voice = RecordingVoice()
    speech = Speech(voice, _English(), audio_private=private)  # type: ignore[arg-type]
    speech.setProperty("enabled", True)
    speech.echo("Phone: (202) 555-0143")
    speech.echoDigit("4", "Digit entered")
    speech.numberEntered("Number entered, ending in %1.", "(202) 555-0143")
    speech.say("Please check your request")
    qtbot.waitUntil(lambda: len(voice.spoken) == 3)

    if private:
        assert voice.texts() == [
            "Phone: (202) 555-0143",
            "4",
            "Number entered, ending in 4 3. Please check your request.",
        ]
    else:
        assert voice.texts() == ["Phone:", "Digit entered", "Please check your request."]
