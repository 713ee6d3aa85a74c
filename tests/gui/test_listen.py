"""Listen (issue 15): in audio mode the kiosk says each screen's words, in order,
in the patient's language, and never a phone number aloud unless the audio is private.

The real screens speak into a ``RecordingVoice``, so every utterance can be
checked exactly; tests/qt/test_speech_service.py speaks through the real service.
"""

import dataclasses
import re

import pytest

from kiosk import app as kiosk_app
from kiosk.qml.speech import NORMAL_RATE, RecordingVoice
from tests.gui.conftest import close, item, screen, settle, tap

NUMBER = "2025550143"


@pytest.fixture
def voice() -> RecordingVoice:
    return RecordingVoice()


def build(settings, voice, qtbot) -> kiosk_app.KioskApp:
    """The real kiosk, speaking into ``voice``, shown and laid out."""
    kiosk_app.load_fonts()
    built = kiosk_app.build(settings, kiosk_mode=False, voice=voice)
    built.window.show()
    qtbot.waitExposed(built.window)
    settle(built.window, qtbot)
    return built


@pytest.fixture
def kiosk(qapp, qtbot, kiosk_settings, voice):
    built = build(kiosk_settings, voice, qtbot)
    yield built
    close(built)


def said(voice: RecordingVoice) -> list[tuple[str, str]]:
    return [(language, text) for language, text, _ in voice.spoken]


def next_utterances(voice, qtbot, action, count: int = 1) -> list[tuple[str, str]]:
    """What the kiosk says after ``action``: exactly ``count`` utterances, then quiet."""
    start = len(voice.spoken)
    action()
    qtbot.waitUntil(lambda: len(voice.spoken) >= start + count)
    # One more turn of the event loop: a burst is coalesced, nothing extra follows.
    qtbot.wait(50)
    return said(voice)[start:]


def details(kiosk, topic: str, language: str) -> dict:
    return kiosk.procedures.details(topic, language)


def start_listening(kiosk, qtbot, language: str = "en") -> None:
    if language != "en":
        tap(kiosk.window, f"language-{language}")
    else:
        tap(kiosk.window, "startButton")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    settle(kiosk.window, qtbot)
    tap(kiosk.window, "listenButton")
    qtbot.waitUntil(lambda: kiosk.speech.property("enabled"))


def open_topic(kiosk, qtbot, voice, topic: str) -> list[tuple[str, str]]:
    heard = next_utterances(voice, qtbot, lambda: tap(kiosk.window, f"tile-{topic}"))
    assert screen(kiosk) == "procedure"
    settle(kiosk.window, qtbot)
    return heard


def test_listen_is_off_until_tapped_and_then_reads_the_home_screen(kiosk, qtbot, voice):
    tap(kiosk.window, "startButton")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    settle(kiosk.window, qtbot)
    assert voice.spoken == []  # nothing aloud for a patient who did not ask

    heard = next_utterances(voice, qtbot, lambda: tap(kiosk.window, "listenButton"))

    ((language, words),) = heard
    assert language == "en"
    assert words.startswith("What would you like to learn about? ")
    assert "Y-90 radioembolization." in words and words.endswith(
        "Compare the treatments. Ask us to call you."
    )
    assert item(kiosk.window, "speechRepeat").isVisible()


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_procedure_step_then_the_next_then_a_tab(kiosk, qtbot, voice, language):
    start_listening(kiosk, qtbot, language)
    y90 = details(kiosk, "y90", language)
    first, second = y90["steps"][0], y90["steps"][1]
    assert first["caption"].endswith(".") and not first["title"].endswith(".")

    assert open_topic(kiosk, qtbot, voice, "y90") == [
        (language, f"{y90['title']}. {first['title']}. {first['caption']}")
    ]
    assert next_utterances(voice, qtbot, lambda: tap(kiosk.window, "nextButton")) == [
        (language, f"{second['title']}. {second['caption']}")
    ]
    benefits = next_utterances(voice, qtbot, lambda: tap(kiosk.window, "tab-benefits"))
    heading = {"en": "What can be good about it", "es": "Lo bueno de este tratamiento"}[language]
    assert len(benefits) == 1 and benefits[0][0] == language
    assert benefits[0][1].startswith(heading)
    assert benefits[0][1].endswith(" ".join(y90["benefits"]))


def test_changing_language_says_the_words_again_in_spanish_with_the_spanish_voice(
    kiosk, qtbot, voice
):
    start_listening(kiosk, qtbot)
    open_topic(kiosk, qtbot, voice, "tace")
    tace_es = details(kiosk, "tace", "es")["steps"][0]

    heard = next_utterances(voice, qtbot, lambda: tap(kiosk.window, "language-es"))

    assert heard == [("es", f"{tace_es['title']}. {tace_es['caption']}")]


def test_repeat_stop_and_slower(kiosk, qtbot, voice):
    start_listening(kiosk, qtbot)
    open_topic(kiosk, qtbot, voice, "ablation")
    last = voice.spoken[-1]

    assert next_utterances(voice, qtbot, lambda: tap(kiosk.window, "speechRepeat")) == [last[:2]]
    stops = voice.stops
    tap(kiosk.window, "speechStop")
    assert voice.stops == stops + 1

    next_utterances(voice, qtbot, lambda: tap(kiosk.window, "speechSlower"))
    assert voice.spoken[-1][1] == last[1] and voice.spoken[-1][2] < last[2]
    next_utterances(voice, qtbot, lambda: tap(kiosk.window, "speechSlower"))
    assert not item(kiosk.window, "speechSlower").isEnabled()  # two steps, then no slower
    slowest = voice.spoken[-1][2]
    assert -1.0 < slowest < voice.spoken[-2][2]  # slower, but never so slow words fall apart


def test_listen_tapped_again_goes_quiet(kiosk, qtbot, voice):
    start_listening(kiosk, qtbot)
    tap(kiosk.window, "listenButton")
    qtbot.waitUntil(lambda: not kiosk.speech.property("enabled"))
    assert find_visible(kiosk, "speechRepeat") is False
    count = len(voice.spoken)
    tap(kiosk.window, "tile-y90")
    qtbot.waitUntil(lambda: screen(kiosk) == "procedure")
    qtbot.wait(50)
    assert len(voice.spoken) == count


def find_visible(kiosk, name: str) -> bool:
    from tests.gui.conftest import find_item

    return find_item(kiosk.window, name) is not None


def open_phone_page(kiosk, qtbot, voice, language: str) -> list[tuple[str, str]]:
    start_listening(kiosk, qtbot, language)
    heard = next_utterances(voice, qtbot, lambda: tap(kiosk.window, "tile-callback"))
    assert screen(kiosk) == "callUs"
    settle(kiosk.window, qtbot)
    return heard


def type_number(kiosk, qtbot, voice) -> list[tuple[str, str]]:
    heard = []
    for digit in NUMBER:
        heard += next_utterances(voice, qtbot, lambda d=digit: tap(kiosk.window, f"key-{d}"))
    return heard


PHONE_QUESTION = {"en": "What number should we call?", "es": "¿A qué número le llamamos?"}
DIGIT_ENTERED = {"en": "Digit entered", "es": "Dígito ingresado"}
NUMBER_ENTERED = {
    "en": "Number entered, ending in 4 3.",
    "es": "Número ingresado, termina en 4 3.",
}


def four_digit_runs(text: str) -> bool:
    digits = re.sub(r"\D", "", text)
    return any(NUMBER[i : i + 4] in digits for i in range(len(NUMBER) - 3))


@pytest.mark.parametrize("language", ["en", "es"])
def test_phone_page_in_a_waiting_room_never_says_the_number(kiosk, qtbot, voice, language):
    assert kiosk.speech.property("audioPrivate") is False
    title = {"en": "Ask us to call you", "es": "Pida que le llamemos"}[language]
    start = len(voice.spoken) + 1  # after the home screen's words
    assert open_phone_page(kiosk, qtbot, voice, language) == [
        (language, f"{title}. {PHONE_QUESTION[language]}")
    ]

    assert type_number(kiosk, qtbot, voice) == [(language, DIGIT_ENTERED[language])] * 10

    review = next_utterances(voice, qtbot, lambda: tap(kiosk.window, "phoneNext"))
    qtbot.waitUntil(lambda: item(kiosk.window, "callbackScreen").property("page") == "review")
    # The review is read without the number, and no summary of it comes first.
    assert len(review) == 1
    assert review[0][1].startswith(
        {"en": "Please check your request.", "es": "Por favor, revise su pedido."}[language]
    )
    for _, words in said(voice)[start:]:
        assert not re.search(r"\d", words), words  # not one digit of the number
        assert not four_digit_runs(words)


def test_a_focused_phone_field_or_review_line_is_not_read_out(kiosk, qtbot, voice):
    """Keyboard focus speaks a control's name; the number's own text is withheld."""
    open_phone_page(kiosk, qtbot, voice, "en")
    type_number(kiosk, qtbot, voice)
    start = len(voice.spoken)
    item(kiosk.window, "phoneField").forceActiveFocus()
    next_utterances(voice, qtbot, lambda: tap(kiosk.window, "phoneNext"))
    qtbot.waitUntil(lambda: item(kiosk.window, "callbackScreen").property("page") == "review")
    settle(kiosk.window, qtbot)
    item(kiosk.window, "review-Phone").forceActiveFocus()
    item(kiosk.window, "change-Phone").forceActiveFocus()
    qtbot.waitUntil(lambda: voice.spoken[-1][1] == "Change")  # focus is spoken
    for _, words in said(voice)[start:]:
        assert not re.search(r"\d", words), words


def test_a_wrong_number_is_said_with_the_question(kiosk, qtbot, voice):
    open_phone_page(kiosk, qtbot, voice, "en")
    type_number_short = "202"
    for digit in type_number_short:
        next_utterances(voice, qtbot, lambda d=digit: tap(kiosk.window, f"key-{d}"))

    heard = next_utterances(voice, qtbot, lambda: tap(kiosk.window, "phoneNext"))

    assert heard == [
        (
            "en",
            "What number should we call? This number is too short. Please include the area code.",
        )
    ]


@pytest.fixture
def private_settings(kiosk_settings):
    return dataclasses.replace(kiosk_settings, audio_private=True)


@pytest.mark.parametrize("language", ["en", "es"])
def test_phone_page_with_private_audio_says_each_digit_and_the_last_two(
    qapp, qtbot, private_settings, voice, language
):
    built = build(private_settings, voice, qtbot)
    try:
        open_phone_page(built, qtbot, voice, language)

        assert type_number(built, qtbot, voice) == [(language, d) for d in NUMBER]

        heard = next_utterances(voice, qtbot, lambda: tap(built.window, "phoneNext"))
        assert len(heard) == 1
        assert heard[0][1].startswith(NUMBER_ENTERED[language] + " ")
        # Even in private, the whole number is never one utterance.
        assert not any(four_digit_runs(words) for _, words in said(voice))
    finally:
        close(built)


def test_focus_says_the_controls_name(kiosk, qtbot, voice):
    start_listening(kiosk, qtbot)
    heard = next_utterances(
        voice, qtbot, lambda: item(kiosk.window, "tile-y90").forceActiveFocus()
    )
    # A tile's name is its title and its summary: what a sighted patient reads on it.
    assert heard == [
        ("en", "Y-90 radioembolization. Tiny beads give off radiation from inside a liver tumor.")
    ]


@pytest.fixture
def kiosk_settings_short_idle(kiosk_settings):
    return dataclasses.replace(kiosk_settings, idle_timeout=1, idle_warning=2)


def test_still_there_is_said_and_listen_is_off_after_the_idle_reset(
    qapp, qtbot, kiosk_settings_short_idle, voice
):
    built = build(kiosk_settings_short_idle, voice, qtbot)
    try:
        start_listening(built, qtbot, "es")
        tap(built.window, "speechSlower")
        qtbot.waitUntil(lambda: built.speech.property("rate") < NORMAL_RATE)

        qtbot.waitUntil(lambda: built.idle.warning, timeout=5000)
        qtbot.waitUntil(lambda: voice.spoken[-1][1].startswith("¿Sigue ahí?"))
        assert voice.spoken[-1][0] == "es"

        with qtbot.waitSignal(built.session.startedOver, timeout=5000):
            pass
        qtbot.waitUntil(lambda: screen(built) == "attract")
        assert built.speech.property("enabled") is False
        assert built.speech.property("rate") == NORMAL_RATE
        assert not find_visible(built, "speechRepeat")
        count = len(voice.spoken)
        tap(built.window, "startButton")
        qtbot.waitUntil(lambda: screen(built) == "home")
        qtbot.wait(50)
        assert len(voice.spoken) == count  # the next patient hears nothing unasked
    finally:
        close(built)


def test_focus_moving_into_the_animation_in_audio_mode_is_harmless(kiosk, qtbot, voice):
    """The web view's inner items take focus on a tap; speaking focus must not touch them
    from Python (a PySide crash, kiosk/app.py's WORKAROUND)."""
    qtbot.waitUntil(lambda: kiosk.stage.ready, timeout=30000)
    start_listening(kiosk, qtbot)
    open_topic(kiosk, qtbot, voice, "y90")
    qtbot.waitUntil(lambda: kiosk.stage.shownProcedure == "y90", timeout=15000)

    tap(kiosk.window, "animationFrame")
    settle(kiosk.window, qtbot)

    next_utterances(voice, qtbot, lambda: tap(kiosk.window, "nextButton"))
    assert screen(kiosk) == "procedure"
