"""``Speech``: audio mode ("Listen"), reading each screen aloud in the patient's language.

A patient turns it on with the Listen button; ``Session.startedOver`` turns it
off again for the next patient. Screens hand it their words (``say``) and the
short feedback of a tap or a focused control (``echo``); it speaks them in
``Language.current`` with the matching voice, through a ``Voice`` behind it:
``QtVoice`` (QtTextToSpeech, speech-dispatcher on Linux) in the kiosk, a
``RecordingVoice`` in tests, so they can assert the exact utterances in order.

Privacy (issue 15): unless the clinic's audio is private (``audio_private``,
a handset or headphones), no utterance carries a run of four or more digits,
a typed digit is spoken as "digit entered" and the end-of-number summary is
withheld. That rule is here, not in QML, so no screen can forget it.
"""

import logging
import re
import threading
from typing import Any, Protocol

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, owned_by  # noqa: F401  (read by @QmlElement)
from kiosk.qml.language import Language
from kiosk.system.voices import locale_for, pick_voice, service_answers, service_socket

log = logging.getLogger(__name__)

READY, SPEAKING, PAUSED, ERROR = "ready", "speaking", "paused", "error"
# QtTextToSpeech's rate runs from -1 to 1; speech-dispatcher maps -1..0 onto
# espeak-ng's 80..170 "words a minute". Measured from its WAV output, 170
# is about 200 real words a minute in US English, fast for older listeners,
# so the kiosk starts a little slower (-0.2: about 185; Spanish about 137)
# and Slower goes two steps further, to about 140 in English. Below that
# espeak-ng drags words apart until they are harder to follow, not easier.
NORMAL_RATE = -0.2
RATE_STEP = 0.2
SLOWEST_RATE = -0.6
# Four or more digits, with the separators a phone number is written with.
_DIGIT_RUN = re.compile(r"[(+]?\d(?:[\s().+-]*\d){3,}")
_SENTENCE_END = (".", "?", "!", ":", "…")


class Voice(Protocol):
    """What ``Speech`` needs from a speech engine; it also has a ``stateChanged(str)`` signal."""

    stateChanged: Any  # Signal(str): "ready", "speaking", "paused" or "error"

    def speak(self, text: str, language: str, rate: float) -> None: ...

    def stop(self) -> None: ...

    def warm(self) -> None: ...


def sentences(text: str) -> str:
    """One utterance from lines of screen text: each line a sentence, blank lines dropped.

    QML joins a heading and its list with newlines; without a full stop
    between them the engine would run "Benefits" into the first item.
    """
    parts = [line.strip() for line in text.splitlines() if line.strip()]
    return " ".join(p if p.endswith(_SENTENCE_END) else p + "." for p in parts)


def withhold_numbers(text: str) -> str:
    """``text`` without any run of 4+ digits: nothing like a phone number goes aloud."""
    return " ".join(_DIGIT_RUN.sub("", text).split())


class RecordingVoice(QObject):
    """A voice that writes down what it would say: ``spoken`` is (language, text, rate)."""

    stateChanged = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.spoken: list[tuple[str, str, float]] = []
        self.stops = 0

    def speak(self, text: str, language: str, rate: float) -> None:
        self.spoken.append((language, text, rate))

    def stop(self) -> None:
        self.stops += 1

    def warm(self) -> None:
        pass

    def texts(self) -> list[str]:
        return [text for _, text, _ in self.spoken]


class QtVoice(QObject):
    """QtTextToSpeech, made by ``warm`` or at the first utterance.

    Making it blocks the UI thread while it connects to speech-dispatcher and
    lists every voice (espeak-ng offers thousands, with variants): 1.5 s on an
    idle 2-core machine, 6 s under load. No start-up should wait for that, and
    no patient after tapping Listen: ``kiosk run`` warms it on the welcome
    screen a little after the first frame (``kiosk.app.WARM_SPEECH_AFTER_MS``).
    """

    stateChanged = Signal(str)
    chosenChanged = Signal()
    _probed = Signal(bool)  # from the probe's thread to this (the screen's) thread

    def __init__(self, engine_name: str = "speechd", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine_name = engine_name
        self._tts: Any = None
        self._language = ""
        self.chosen: tuple[str, str] = ("", "")  # (locale, voice) of the last language used
        # Qt's engine blocks the screen's thread (holding Python's lock, so a
        # thread of ours would not help) until the daemon answers: forever
        # where the daemon hangs. So a plain socket probe on a thread asks
        # first, with a timeout; until it says yes, nothing is made.
        self._answers: bool | None = None
        self._probing = False
        self._waiting: tuple[str, str, float] | None = None  # the last words asked for meanwhile
        self._probed.connect(self._on_probed)

    def speak(self, text: str, language: str, rate: float) -> None:
        if self._answers is None:
            self._waiting = (text, language, rate)
            self._probe()
            return
        tts = self._engine()
        if tts is None:
            return
        if language != self._language:
            self._use_language(tts, language)
        tts.setRate(rate)
        tts.say(text)

    def stop(self) -> None:
        self._waiting = None
        if self._tts is not None:
            self._tts.stop()

    def warm(self) -> None:
        """Probe the speech service now; if it answers, ready the first language's voice."""
        if self._answers is None:
            self._probe()
            return
        tts = self._engine()
        if tts is not None and not self._language:
            self._use_language(tts, "en")

    def _probe(self) -> None:
        if self._probing:
            return
        self._probing = True
        path = service_socket()
        threading.Thread(
            target=lambda: self._probed.emit(service_answers(path)),
            name="speech-probe",
            daemon=True,
        ).start()

    def _on_probed(self, answers: bool) -> None:
        self._probing = False
        self._answers = answers
        if not answers:
            log.error("speech: speech-dispatcher does not answer; Listen stays silent")
            self.stateChanged.emit(ERROR)
            return
        waiting, self._waiting = self._waiting, None
        if waiting is None:
            self.warm()
        else:
            self.speak(*waiting)

    def _engine(self) -> Any:  # QTextToSpeech | None, imported late: only audio mode loads it
        if self._tts is None and self._answers:
            from PySide6.QtTextToSpeech import QTextToSpeech

            tts = QTextToSpeech(self._engine_name, self)
            if tts.state() == QTextToSpeech.State.Error:
                log.error(
                    "speech: %s engine unavailable: %s", self._engine_name, tts.errorString()
                )
                self.stateChanged.emit(ERROR)
                tts.deleteLater()
                return None
            names = {
                QTextToSpeech.State.Ready: READY,
                QTextToSpeech.State.Speaking: SPEAKING,
                QTextToSpeech.State.Paused: PAUSED,
                QTextToSpeech.State.Synthesizing: SPEAKING,
                QTextToSpeech.State.Error: ERROR,
            }
            tts.stateChanged.connect(lambda state: self.stateChanged.emit(names[state]))
            self._tts = tts
        return self._tts

    def _use_language(self, tts: Any, language: str) -> None:
        locales = {locale.name(): locale for locale in tts.availableLocales()}
        wanted = locale_for(language, set(locales))
        if wanted is None:
            log.warning("speech: no voice for %r; using %s", language, tts.locale().name())
        else:
            tts.setLocale(locales[wanted])
            voices = {voice.name(): voice for voice in tts.availableVoices()}
            name = pick_voice(list(voices))
            if name is not None:
                tts.setVoice(voices[name])
            self.chosen = (wanted, name or "")
            self.chosenChanged.emit()
            log.info("speech: %s spoken as %s, voice %s", language, wanted, name)
        self._language = language


@QmlElement
@QmlSingleton
class Speech(QObject):
    enabledChanged = Signal()
    stateChanged = Signal()
    rateChanged = Signal()

    @staticmethod
    def create(engine: QQmlEngine) -> "Speech":
        """QML's hook: this engine's instance, made by the composition root."""
        return owned_by(engine, Speech)

    def __init__(
        self,
        voice: Voice,
        language: Language,
        audio_private: bool,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._voice = voice
        self._language = language
        self._private = audio_private
        self._enabled = False
        self._state = READY
        self._rate = NORMAL_RATE
        self._last = ""  # what Repeat says: the screen's words, never a tap's echo
        self._pending: str | None = None
        self._prefix = ""  # said before the next screen's words, not cut off by them
        voice.stateChanged.connect(self._on_voice_state)
        # A screen's words change in bursts (a language switch retranslates every
        # binding, a step change moves title and caption): speak once, the last.
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self._speak_pending)

    @Property(bool, notify=enabledChanged)
    def enabled(self) -> bool:
        return self._enabled

    @enabled.setter  # type: ignore[no-redef]
    def enabled(self, value: bool) -> None:
        self._set_enabled(value)

    def _set_enabled(self, value: bool) -> None:
        if value == self._enabled:
            return
        self._enabled = value
        log.info("speech: audio mode %s", "on" if value else "off")
        self.enabledChanged.emit()
        if value:
            self.repeat()
        else:
            self.stop()

    @Property(str, notify=stateChanged)
    def state(self) -> str:
        return self._state

    @Property(float, notify=rateChanged)
    def rate(self) -> float:
        return self._rate

    @Property(bool, notify=rateChanged)
    def slowest(self) -> bool:
        return self._rate <= SLOWEST_RATE + 1e-9

    @Property(bool, constant=True)
    def audioPrivate(self) -> bool:
        return self._private

    @Slot(str)
    def say(self, text: str) -> None:
        """The screen's words: remembered for Repeat (and for Listen turned on later)."""
        self._last = text
        if self._enabled:
            self._pending = text
            self._later.start()

    @Slot(str)
    def echo(self, text: str) -> None:
        """Short feedback (a tap, a focused control, a warning): now, and not repeated."""
        if self._enabled:
            self._later.stop()
            self._pending = None
            self._prefix = ""
            self._speak(text, whole_sentences=False)  # "4", not "4."

    @Slot(str, str)
    def echoDigit(self, digit: str, placeholder: str) -> None:
        """A typed digit aloud only where the audio is private; else ``placeholder``."""
        self.echo(digit if self._private else placeholder)

    @Slot(str, str)
    def numberEntered(self, template: str, number: str) -> None:
        """ "Number entered, ending in 4 3" (``template`` with %1), only where audio is private."""
        if not self._private:
            return
        last_two = re.sub(r"\D", "", number)[-2:]
        if last_two and self._enabled:
            # The next page's question comes right after: one utterance, this first.
            self._prefix = template.replace("%1", " ".join(last_two))
            self._later.start()

    @Slot()
    def repeat(self) -> None:
        if self._last:
            self.say(self._last)

    @Slot()
    def stop(self) -> None:
        self._later.stop()
        self._pending = None
        self._prefix = ""
        self._voice.stop()

    @Slot()
    def slower(self) -> None:
        """One step slower, and the last words again at that pace."""
        if self._rate > SLOWEST_RATE + 1e-9:
            self._rate = max(SLOWEST_RATE, round(self._rate - RATE_STEP, 2))
            self.rateChanged.emit()
        self.repeat()

    def warm(self) -> None:
        """Make the engine ready before anyone asks (see ``QtVoice``)."""
        self._voice.warm()

    @Slot()
    def reset(self) -> None:
        """For the next patient: audio off, normal pace, nothing remembered."""
        self._set_enabled(False)
        self._last = ""
        if self._rate != NORMAL_RATE:
            self._rate = NORMAL_RATE
            self.rateChanged.emit()

    def _speak_pending(self) -> None:
        text = "\n".join(part for part in (self._prefix, self._pending) if part)
        if text and self._enabled:
            self._speak(text)
        self._pending = None
        self._prefix = ""

    def _speak(self, text: str, whole_sentences: bool = True) -> None:
        spoken = sentences(text) if whole_sentences else " ".join(text.split())
        if not self._private:
            spoken = withhold_numbers(spoken)
        if spoken:
            self._voice.speak(spoken, self._language.current_code(), self._rate)

    def _on_voice_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.stateChanged.emit()
