"""The Listen button's engine against the real speech service (issue 15).

QtTextToSpeech's speechd plugin, speech-dispatcher and espeak-ng, as on a
kiosk, with the sound sent to libao's null driver (tests/servers/speechd.py):
an English and a Spanish sentence each go from "speaking" back to "ready",
in the voice picked for the language. Skipped, with the reason, where the
service cannot run.
"""

import os
import socket

import pytest
from PySide6.QtCore import QEventLoop, QTimer

from kiosk.qml.speech import ERROR, READY, SPEAKING, QtVoice
from kiosk.system import voices
from tests.servers.speechd import speech_service  # noqa: F401  (a fixture)

SENTENCES = {
    "en": ("This is how the treatment works.", ("en_US", "English (America)")),
    "es": ("Así funciona el tratamiento.", ("es_419", "Spanish (Latin America)")),
}
# QtTextToSpeech loads Qt Multimedia, which looks for PipeWire first; test
# machines (and many kiosks) have none and the sound goes elsewhere.
pytestmark = pytest.mark.qt_log_ignore("Couldn't (load|resolve) pipewire-0.3")


@pytest.fixture(scope="module")
def voice(qapp, speech_service):  # noqa: F811
    """One engine for the module, warmed as ``kiosk run`` does: the kiosk makes one
    per process, and Qt's speechd plugin routes the service's events through
    process-wide state, so a second engine in one process may never hear them."""
    before = os.environ.get("SPEECHD_ADDRESS")
    os.environ["SPEECHD_ADDRESS"] = speech_service
    try:
        made = QtVoice()
        answered = QEventLoop()
        made.chosenChanged.connect(answered.quit)
        QTimer.singleShot(45000, answered.quit)  # a loaded 2-core machine
        made.warm()  # probes the service, then connects, with this address
        answered.exec()
        assert made.chosen != ("", ""), "the speech service never answered"
        made.warmed = made.chosen  # type: ignore[attr-defined]
    finally:
        if before is None:
            del os.environ["SPEECHD_ADDRESS"]
        else:
            os.environ["SPEECHD_ADDRESS"] = before
    yield made
    made.stop()
    made.deleteLater()


@pytest.fixture(autouse=True)
def speech_info_logged(caplog):
    caplog.set_level("INFO", logger="kiosk.qml.speech")


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_sentence_is_spoken_and_the_engine_is_ready_again(voice, qtbot, language):
    sentence, expected_voice = SENTENCES[language]
    states: list[str] = []
    voice.stateChanged.connect(states.append)

    voice.speak(sentence, language, 0.0)

    qtbot.waitUntil(
        lambda: SPEAKING in states and states[-1] == READY, timeout=45000
    )  # a loaded 2-core machine
    assert states.index(SPEAKING) < len(states) - 1
    assert voice.chosen == expected_voice


def test_slower_speech_still_finishes(voice, qtbot):
    states: list[str] = []
    voice.stateChanged.connect(states.append)
    voice.speak("Slowly, please.", "en", -0.5)
    qtbot.waitUntil(
        lambda: SPEAKING in states and states[-1] == READY, timeout=45000
    )  # a loaded 2-core machine


def test_warming_readies_the_english_voice_before_anyone_taps_listen(voice):
    assert voice.warmed == ("en_US", "English (America)")


def test_a_daemon_that_never_answers_leaves_listen_silent_not_the_screen_frozen(
    qapp, qtbot, tmp_path, monkeypatch, caplog
):
    """A socket whose daemon accepts but never replies (a hung speech-dispatcher):
    the probe gives up, the voice reports an error, the screen's thread never waits."""
    caplog.set_level("ERROR", logger="kiosk.qml.speech")
    path = tmp_path / "speechd.sock"
    hung = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    hung.bind(str(path))
    hung.listen(1)  # accepts, never answers
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{path}")
    monkeypatch.setattr(voices, "PROBE_TIMEOUT", 0.5)
    silent = QtVoice()
    states: list[str] = []
    silent.stateChanged.connect(states.append)
    ticks: list[int] = []
    timer = QTimer(interval=50)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    silent.speak("Hello.", "en", 0.0)
    qtbot.waitUntil(lambda: states == [ERROR], timeout=10000)
    assert len(ticks) >= 3  # the event loop kept turning while the probe waited
    assert silent._tts is None  # Qt's blocking engine was never made
    assert "does not answer" in caplog.text
    hung.close()
