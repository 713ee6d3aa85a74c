"""The take-home QR code a phone camera reads is the topic's page in the patient's language.

Issue 11, point 7: a screenshot of the real screen, the code cut out of it as
it is drawn, decoded by a real decoder (zbar's ``zbarimg``), compared with the
configured address: the RadiologyInfo.org defaults in English and Spanish, and
a clinic's own page when the setting overrides one.
"""

import shutil
import subprocess

import pytest
from PySide6.QtCore import QRectF

from kiosk import settings
from tests.gui.conftest import item, screen, settle, tap
from tests.gui.test_callback_form import NUMBER, send_from_welcome

ZBARIMG = shutil.which("zbarimg")
pytestmark = pytest.mark.skipif(
    ZBARIMG is None, reason="zbarimg (zbar-tools) is not installed; .ci/run installs it"
)

DEFAULTS = {
    ("y90", "en"): "https://www.radiologyinfo.org/en/info/radioembol",
    ("y90", "es"): "https://www.radiologyinfo.org/es/info/radioembol",
    ("tace", "en"): "https://www.radiologyinfo.org/en/info/chemoembol",
    ("tace", "es"): "https://www.radiologyinfo.org/es/info/chemoembol",
    ("ablation", "en"): "https://www.radiologyinfo.org/en/info/rfa",
    ("ablation", "es"): "https://www.radiologyinfo.org/es/info/rfa",
    ("overview", "en"): "https://www.radiologyinfo.org/en",
    ("overview", "es"): "https://www.radiologyinfo.org/es",
}
CLINIC_PAGE = "https://www.example-clinic.org/pacientes/y90?idioma=es"
# About 5 cm on a 24-inch 1080p screen (0.277 mm a pixel): readable at arm's length.
MIN_SIDE_PX = 180


@pytest.fixture
def kiosk_settings(tmp_path, request) -> settings.Settings:
    env = {"KIOSK_DATA_DIR": str(tmp_path / "data")}
    env.update(getattr(request, "param", {}))
    return settings.load(env=env).settings


def decode_on_screen(kiosk, qtbot, tmp_path, name: str) -> list[str]:
    """What zbar reads in the code as drawn, cut from a screenshot of the window."""
    settle(kiosk.window, qtbot)
    code = item(kiosk.window, "takeHomeCode")
    qtbot.waitUntil(lambda: item(kiosk.window, "takeHomeQr").property("ready"))
    settle(kiosk.window, qtbot)
    rect = code.mapRectToScene(QRectF(0, 0, code.width(), code.height())).toRect()
    window = QRectF(0, 0, kiosk.window.width(), kiosk.window.height()).toRect()
    assert window.contains(rect), "the code is not all on screen"
    assert min(rect.width(), rect.height()) >= MIN_SIDE_PX
    shot = tmp_path / f"{name}.png"
    assert kiosk.window.grabWindow().copy(rect).save(str(shot))
    done = subprocess.run(
        [ZBARIMG, "--raw", "-q", str(shot)], capture_output=True, text=True, timeout=30
    )
    return done.stdout.split()


def open_tab(kiosk, qtbot, language: str, topic: str, tab: str) -> None:
    tap(kiosk.window, f"language-{language}")
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    tap(kiosk.window, f"tile-{topic}")
    qtbot.waitUntil(lambda: screen(kiosk) == "procedure")
    tap(kiosk.window, f"tab-{tab}")
    qtbot.waitUntil(lambda: item(kiosk.window, f"tab-{tab}").property("selected"))


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("topic", ["overview", "y90", "tace", "ablation"])
def test_the_questions_code_opens_the_topic_in_the_patients_language(
    kiosk, qtbot, tmp_path, topic, language
):
    open_tab(kiosk, qtbot, language, topic, "questions")
    assert decode_on_screen(kiosk, qtbot, tmp_path, f"{topic}-{language}") == [
        DEFAULTS[(topic, language)]
    ]


def test_the_warning_signs_carry_the_code_too(kiosk, qtbot, tmp_path):
    open_tab(kiosk, qtbot, "es", "tace", "warnings")
    assert decode_on_screen(kiosk, qtbot, tmp_path, "warnings") == [DEFAULTS[("tace", "es")]]


@pytest.mark.parametrize(
    "kiosk_settings", [{"KIOSK_TAKE_HOME_URL_Y90_ES": CLINIC_PAGE}], indirect=True
)
def test_a_clinic_setting_replaces_one_topics_page(kiosk, qtbot, tmp_path):
    open_tab(kiosk, qtbot, "es", "y90", "questions")
    assert decode_on_screen(kiosk, qtbot, tmp_path, "clinic") == [CLINIC_PAGE]
    # Only that one: the English page is still the default.
    tap(kiosk.window, "language-en")
    qtbot.waitUntil(
        lambda: item(kiosk.window, "tab-questions").property("text") == "Questions to ask"
    )
    assert decode_on_screen(kiosk, qtbot, tmp_path, "clinic-en") == [DEFAULTS[("y90", "en")]]


@pytest.mark.parametrize("kiosk_settings", [{"KIOSK_TAKE_HOME_URL_TACE_EN": ""}], indirect=True)
def test_an_empty_setting_shows_no_code(kiosk, qtbot):
    from tests.gui.conftest import find_item

    open_tab(kiosk, qtbot, "en", "tace", "questions")
    assert find_item(kiosk.window, "takeHomeCode") is None


def test_the_thank_you_page_code_opens_the_overview(kiosk, qtbot, tmp_path):
    send_from_welcome(kiosk, qtbot)
    decoded = decode_on_screen(kiosk, qtbot, tmp_path, "thanks")
    assert decoded == [DEFAULTS[("overview", "en")]]
    assert NUMBER not in decoded[0]  # nothing about the patient in the address


def test_a_bad_address_is_refused_naming_the_key(tmp_path):
    with pytest.raises(settings.SettingsError, match="take_home_url_y90_en"):
        settings.load(
            env={
                "KIOSK_DATA_DIR": str(tmp_path),
                "KIOSK_TAKE_HOME_URL_Y90_EN": "http://example.org/y90",
            }
        )
