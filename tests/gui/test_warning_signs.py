"""The warning signs are one tap from every topic, emergency number first (issue 11, point 2).

On every procedure and the overview, in both languages, one tap on "Warning
signs" shows "Call {emergency} right away if…" above "Call your care team…",
with the clinic's number in that heading when it is set; every topic says what
to do when feeling unwell in the waiting room, and a draft says it is a draft.
"""

import shutil

import pytest
from PySide6.QtCore import QRectF

from kiosk import settings
from kiosk.paths import bundled_content_dir
from tests.gui.conftest import item, screen, tap, text

TOPICS = ("overview", "y90", "tace", "ablation")
CLINIC_PHONE = "(555) 010-0199"

EMERGENCY = {"en": "Call {} right away if…", "es": "Llame al {} de inmediato si…"}
CARE_TEAM_WITH_PHONE = {
    "en": "Call your care team at {}, day or night, if…",
    "es": "Llame a su equipo médico al {}, de día o de noche, si…",
}
CARE_TEAM = {
    "en": "Call your care team, day or night, if…",
    "es": "Llame a su equipo médico, de día o de noche, si…",
}
UNWELL = {
    "en": "If you feel unwell while you wait, tell the front desk now.",
    "es": "Si se siente mal mientras espera, avise ahora en la recepción.",
}


@pytest.fixture
def kiosk_settings(tmp_path, request) -> settings.Settings:
    """Default settings, or with what a test names: a clinic phone, an emergency number."""
    env = {"KIOSK_DATA_DIR": str(tmp_path / "data")}
    param = dict(getattr(request, "param", {}))
    if param.pop("reviewed", False):
        env["KIOSK_CONTENT_DIR"] = str(reviewed_copy(tmp_path))
    env.update(param)
    return settings.load(env=env).settings


def on_screen(kiosk, name: str) -> bool:
    """The named item is drawn inside the window, not scrolled away below it."""
    target = item(kiosk.window, name)
    rect = target.mapRectToScene(QRectF(0, 0, target.width(), target.height()))
    window = QRectF(0, 0, kiosk.window.width(), kiosk.window.height())
    return window.contains(rect)


def open_topic(kiosk, qtbot, language: str, topic: str) -> None:
    tap(kiosk.window, f"language-{language}")  # on the welcome screen: also starts
    qtbot.waitUntil(lambda: screen(kiosk) == "home")
    tap(kiosk.window, f"tile-{topic}")
    qtbot.waitUntil(lambda: screen(kiosk) == "procedure")


def emergency_items(kiosk, topic: str, language: str) -> list[str]:
    return kiosk.procedures.details(topic, language)["callEmergency"]


@pytest.mark.parametrize(
    "kiosk_settings",
    [{"KIOSK_CLINIC_PHONE": CLINIC_PHONE, "KIOSK_EMERGENCY_NUMBER": "112"}],
    indirect=True,
)
@pytest.mark.parametrize("language", ["en", "es"])
def test_one_tap_from_every_topic_shows_the_emergency_tier_and_the_clinic_phone(
    kiosk, qtbot, language
):
    for topic in TOPICS:
        open_topic(kiosk, qtbot, language, topic)
        assert text(kiosk.window, "unwellLine") == UNWELL[language]
        tap(kiosk.window, "tab-warnings")  # the one tap
        qtbot.waitUntil(lambda: item(kiosk.window, "tab-warnings").property("selected"))

        assert text(kiosk.window, "emergencyHeading") == EMERGENCY[language].format("112")
        assert text(kiosk.window, "careTeamHeading") == CARE_TEAM_WITH_PHONE[language].format(
            CLINIC_PHONE
        )
        assert on_screen(kiosk, "emergencyHeading") and on_screen(kiosk, "careTeamHeading")
        # Emergency first: above the care team's list.
        emergency = item(kiosk.window, "emergencyHeading").mapToScene(
            item(kiosk.window, "emergencyHeading").position()
        )
        care = item(kiosk.window, "careTeamHeading").mapToScene(
            item(kiosk.window, "careTeamHeading").position()
        )
        assert emergency.y() < care.y()
        assert len(emergency_items(kiosk, topic, language)) >= 2
        tap(kiosk.window, "homeButton")
        qtbot.waitUntil(lambda: screen(kiosk) == "home")
        tap(kiosk.window, "homeButton")  # "Start over": back to the welcome screen
        qtbot.waitUntil(lambda: screen(kiosk) == "attract")


@pytest.mark.parametrize("language", ["en", "es"])
def test_without_a_clinic_phone_the_heading_names_no_number_and_911_is_the_default(
    kiosk, qtbot, language
):
    open_topic(kiosk, qtbot, language, "y90")
    tap(kiosk.window, "tab-warnings")
    qtbot.waitUntil(lambda: item(kiosk.window, "tab-warnings").property("selected"))
    assert text(kiosk.window, "emergencyHeading") == EMERGENCY[language].format("911")
    assert text(kiosk.window, "careTeamHeading") == CARE_TEAM[language]


def test_recovery_still_ends_with_the_warning_signs(kiosk, qtbot):
    open_topic(kiosk, qtbot, "en", "tace")
    tap(kiosk.window, "tab-recovery")
    qtbot.waitUntil(lambda: item(kiosk.window, "tab-recovery").property("selected"))
    assert text(kiosk.window, "emergencyHeading") == EMERGENCY["en"].format("911")


@pytest.mark.parametrize("kiosk_settings", [{"KIOSK_CLINIC_PHONE": CLINIC_PHONE}], indirect=True)
def test_the_thank_you_page_shows_the_clinic_phone(kiosk, qtbot):
    from tests.gui.test_callback_form import send_from_welcome

    send_from_welcome(kiosk, qtbot)
    assert CLINIC_PHONE in text(kiosk.window, "outcomePhone")


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_draft_says_no_doctor_has_reviewed_it_and_when_the_next_review_is(
    kiosk, qtbot, language
):
    open_topic(kiosk, qtbot, language, "ablation")
    stamp = text(kiosk.window, "reviewStamp")
    details = kiosk.procedures.details("ablation", language)
    assert details["reviewDraft"]
    draft = {
        "en": "Draft — not yet reviewed by a doctor.",
        "es": "Borrador: aún no revisado por un médico.",
    }
    next_review = {"en": "Next review by {}.", "es": "Próxima revisión antes del {}."}
    assert stamp.startswith(draft[language])
    assert next_review[language].format(details["nextReview"]) in stamp
    assert "io-kiosk content editors" not in stamp and "Revisado por" not in stamp


def reviewed_copy(tmp_path):
    """The shipped content with the ablation topic signed off by a doctor."""
    content = tmp_path / "content"
    shutil.copytree(bundled_content_dir(), content)
    for language in ("en", "es"):
        path = content / language / "ablation.toml"
        toml = path.read_text(encoding="utf-8")
        toml = toml.replace('status = "draft"', 'status = "reviewed"')
        toml = toml.replace(
            'reviewed_by = "io-kiosk content editors"', 'reviewed_by = "Dr. Ana Ruiz"'
        )
        path.write_text(toml, encoding="utf-8")
    return content


@pytest.mark.parametrize("kiosk_settings", [{"reviewed": True}], indirect=True)
def test_a_reviewed_stamp_says_who_and_when(kiosk, qtbot):
    open_topic(kiosk, qtbot, "en", "ablation")
    details = kiosk.procedures.details("ablation", "en")
    assert not details["reviewDraft"]
    stamp = text(kiosk.window, "reviewStamp")
    assert stamp.startswith(f"Reviewed by Dr. Ana Ruiz on {details['reviewedOn']}.")
    assert "Draft" not in stamp
