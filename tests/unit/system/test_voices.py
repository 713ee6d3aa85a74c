"""Which voice speaks each language, and what ``kiosk doctor`` says about speech (issue 15)."""

import pytest

from kiosk import settings
from kiosk.cli import doctor
from kiosk.system import voices
from tests.servers.speechd import speech_service  # noqa: F401  (a fixture)


def test_us_english_and_the_spanish_of_the_americas_come_first():
    offered = {"en_GB", "en_US", "es_ES", "es_419"}
    assert voices.locale_for("en", offered) == "en_US"
    assert voices.locale_for("es", offered) == "es_419"
    assert voices.locale_for("es", {"es_ES", "es_US"}) == "es_US"
    assert voices.locale_for("es", {"es", "fr"}) == "es"
    assert voices.locale_for("es", {"en_US"}) is None


def test_the_plain_voice_wins_over_qts_first_and_the_variants():
    # espeak-ng's en_US voices as speech-dispatcher lists them; Qt's default is the first.
    listed = ["English (Caribbean)", "English (Caribbean)+Adam", "English (America)",
              "English (America)+Adam", "English (America, New York City)"]  # fmt: skip
    assert voices.pick_voice(listed) == "English (America)"
    assert voices.pick_voice(["Spanish (Latin America)+Alex"]) == "Spanish (Latin America)+Alex"
    assert voices.pick_voice([]) is None


def defaults(**changes) -> settings.Settings:
    import dataclasses

    return dataclasses.replace(settings.load(env={}).settings, **changes)


def test_doctor_names_the_languages_the_real_service_speaks(speech_service, monkeypatch):  # noqa: F811
    monkeypatch.setenv("SPEECHD_ADDRESS", speech_service)
    check = doctor._speech(defaults(languages=["en", "es"]))
    assert check.status == doctor.OK
    assert "en (en_US), es (es_419)" in check.detail
    assert "numbers are never read aloud" in check.detail


def test_doctor_warns_when_no_service_answers():
    # tests/conftest.py points SPEECHD_ADDRESS at a socket nobody serves.
    check = doctor._speech(defaults())
    assert check.status == doctor.WARN
    assert "Listen button will stay silent" in check.detail
    assert "\n" not in check.detail


def test_doctor_warns_when_speech_dispatcher_is_not_installed(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    check = doctor._speech(defaults())
    assert check.status == doctor.WARN
    assert "not installed" in check.detail and "install.sh" in check.detail


@pytest.mark.parametrize("language", ["fr"])
def test_doctor_warns_about_a_language_without_a_voice(speech_service, monkeypatch, language):  # noqa: F811
    monkeypatch.setenv("SPEECHD_ADDRESS", speech_service)
    monkeypatch.setattr(voices, "PREFERRED_LOCALES", {"en": ("en_US",), "fr": ("xx_XX",)})
    check = doctor._speech(defaults(languages=["en", language]))
    assert check.status == doctor.WARN
    assert check.detail.startswith("no voice for fr (speaks en (en_US))")
