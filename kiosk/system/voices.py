"""Which speech-dispatcher voice speaks each content language (Qt-free).

Shared by the kiosk's speech engine (``kiosk.qml.speech``) and ``kiosk doctor``,
so both pick the same locale: US English, and the Spanish of the Americas
before Spain's, since that is the Spanish our patients speak.
"""

import os
import re
import shutil
import socket
import subprocess
from collections.abc import Mapping
from pathlib import Path

# The locales to look for, best first, in Qt's spelling (en_US, not en-US).
PREFERRED_LOCALES = {
    "en": ("en_US", "en"),
    "es": ("es_419", "es_US", "es_MX", "es"),
}
LIST_TIMEOUT = 15.0
PROBE_TIMEOUT = 3.0


class SpeechUnavailableError(Exception):
    """speech-dispatcher is missing or does not answer; the message says which."""


def locale_for(language: str, available: set[str]) -> str | None:
    """The best of ``available`` locales (Qt's spelling) for a content language, if any."""
    return next((w for w in PREFERRED_LOCALES.get(language, (language,)) if w in available), None)


def pick_voice(voices: list[str]) -> str | None:
    """The base voice among one locale's voices: the shortest name without a variant.

    espeak-ng offers each voice again with every variant ("English
    (America)+Adam"), and speech-dispatcher lists them in no useful order: for
    en_US Qt's default is "English (Caribbean)". The plain name of the
    locale's own voice is the shortest ("English (America)").
    """
    plain = [name for name in voices if "+" not in name] or voices
    return min(plain, key=lambda name: (len(name), name)) if plain else None


def service_locales() -> set[str]:
    """The locales speech-dispatcher's default module can speak, asked with ``spd-say -L``.

    Raises:
        SpeechUnavailableError: spd-say is not installed, or the service did not answer.
    """
    spd_say = shutil.which("spd-say")
    if spd_say is None:
        raise SpeechUnavailableError("speech-dispatcher is not installed (no spd-say)")
    try:
        result = subprocess.run(
            [spd_say, "-L"], capture_output=True, text=True, timeout=LIST_TIMEOUT, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise SpeechUnavailableError(
            f"speech-dispatcher did not answer in {LIST_TIMEOUT:.0f} s"
        ) from exc
    # Lines are "NAME LANGUAGE VARIANT"; a name may hold spaces, so the
    # language is the second column from the right.
    locales = {
        line.split()[-2].replace("-", "_")
        for line in result.stdout.splitlines()[1:]
        if len(line.split()) >= 3
        and re.fullmatch(r"[a-z]{2,3}([-_][A-Za-z0-9]+)*", line.split()[-2])
    }
    if result.returncode != 0 or not locales:
        # Its error is one long sentence: the first part says what failed.
        lines = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
        reason = lines[0].split(". ")[0].removeprefix("Error: ") if lines else "it lists no voices"
        raise SpeechUnavailableError(f"speech-dispatcher does not answer ({reason})")
    return locales


def service_socket(env: Mapping[str, str] | None = None) -> Path:
    """Where speech-dispatcher listens for this user, as its client library looks for it."""
    if env is None:
        env = os.environ
    address = env.get("SPEECHD_ADDRESS", "")
    if address.startswith("unix_socket:"):
        return Path(address.removeprefix("unix_socket:"))
    runtime = env.get("XDG_RUNTIME_DIR")
    if runtime:
        return Path(runtime) / "speech-dispatcher" / "speechd.sock"
    return (
        Path(env.get("HOME", "~")).expanduser() / ".cache" / "speech-dispatcher" / "speechd.sock"
    )


def service_answers(path: Path, timeout: float | None = None) -> bool:
    """Whether a daemon on ``path`` answers one SSIP command within ``timeout``.

    No socket means no daemon yet: the client library starts one, so that is
    fine. A socket whose daemon never answers (seen: a hung daemon with no sound
    device) would block Qt's engine, and with it the patient's screen, forever.
    """
    if not path.exists():
        return True
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
            conn.settimeout(PROBE_TIMEOUT if timeout is None else timeout)
            conn.connect(str(path))
            conn.sendall(b"SET self CLIENT_NAME io-kiosk:probe:main\r\n")
            return conn.recv(64).startswith(b"2")
    except OSError:
        return False
