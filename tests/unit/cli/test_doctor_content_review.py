"""``kiosk doctor``: draft or overdue content is broken in kiosk mode, a warning in a demo."""

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from kiosk import settings
from kiosk.cli import doctor
from kiosk.paths import bundled_content_dir

TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(bundled_content_dir(), target)
    return target


def stamp_all(content_dir: Path, status: str, next_review: str = "2027-11-26") -> None:
    for path in content_dir.glob("*/*.toml"):
        text = path.read_text(encoding="utf-8")
        text = re.sub(r'status = "\w+"', f'status = "{status}"', text)
        text = re.sub(r"next_review = [\d-]+", f"next_review = {next_review}", text)
        path.write_text(text, encoding="utf-8")


def review_check(content_dir: Path, tmp_path: Path, kiosk_mode: bool) -> doctor.Check:
    loaded = settings.load(
        env={
            "KIOSK_CONTENT_DIR": str(content_dir),
            "KIOSK_DATA_DIR": str(tmp_path),
            "KIOSK_FULLSCREEN": "true" if kiosk_mode else "false",
        }
    )
    return doctor._content_review(loaded.settings, today=TODAY)


@pytest.mark.parametrize(("kiosk_mode", "status"), [(True, "broken"), (False, "warning")])
def test_the_shipped_draft_stamps_are_broken_in_kiosk_mode_and_a_warning_in_a_demo(
    tmp_path, kiosk_mode, status
):
    check = review_check(bundled_content_dir(), tmp_path, kiosk_mode)
    assert check.status == status
    assert "en/overview.toml is a draft, not reviewed by a doctor" in check.detail


@pytest.mark.parametrize(("kiosk_mode", "status"), [(True, "broken"), (False, "warning")])
def test_overdue_content_is_broken_in_kiosk_mode_and_a_warning_in_a_demo(
    content_copy, tmp_path, kiosk_mode, status
):
    stamp_all(content_copy, "reviewed", next_review="2026-11-30")
    check = review_check(content_copy, tmp_path, kiosk_mode)
    assert check.status == status
    assert "overdue (next review 2026-11-30)" in check.detail


def test_a_draft_compare_or_consent_file_counts_too(content_copy, tmp_path):
    stamp_all(content_copy, "reviewed")
    consent = content_copy / "es" / "consent.toml"
    consent.write_text(
        consent.read_text(encoding="utf-8").replace('status = "reviewed"', 'status = "draft"'),
        encoding="utf-8",
    )
    check = review_check(content_copy, tmp_path, kiosk_mode=True)
    assert check.status == "broken"
    assert check.detail.startswith("es/consent.toml is a draft")


def test_reviewed_and_current_content_is_ok_in_kiosk_mode(content_copy, tmp_path):
    stamp_all(content_copy, "reviewed")
    check = review_check(content_copy, tmp_path, kiosk_mode=True)
    assert (check.status, check.detail) == ("ok", "every file is reviewed and not overdue")
