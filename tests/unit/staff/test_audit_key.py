"""``kiosk doctor`` reports the audit key (R26): missing, readable by others, damaged."""

import pytest

from kiosk import settings
from kiosk.cli import doctor
from kiosk.staff import Audit
from kiosk.store import Store


@pytest.fixture
def loaded(tmp_path):
    return settings.load(env={"KIOSK_DATA_DIR": str(tmp_path / "data")})


def key_check(loaded):
    (check,) = [c for c in doctor.examine(loaded) if c.name == "audit key"]
    return check


def test_a_missing_key_is_a_warning_that_says_what_to_do(loaded):
    check = key_check(loaded)
    assert check.status == doctor.WARN
    assert "install.sh" in check.detail
    assert not (loaded.settings.data_dir / "audit.key").exists()  # the doctor makes nothing


def test_the_key_the_kiosk_made_is_ok(loaded):
    with Store.open(loaded.settings.data_dir / "kiosk.db") as store:
        Audit(store).record("unlock", "Ana")
    assert key_check(loaded).status == doctor.OK


def test_a_key_others_can_read_is_a_warning(loaded):
    with Store.open(loaded.settings.data_dir / "kiosk.db") as store:
        Audit(store).record("unlock", "Ana")
    (loaded.settings.data_dir / "audit.key").chmod(0o644)
    check = key_check(loaded)
    assert (check.status, "chmod 600" in check.detail) == (doctor.WARN, True)


def test_a_damaged_key_is_broken(loaded):
    loaded.settings.data_dir.mkdir(parents=True)
    (loaded.settings.data_dir / "audit.key").write_text("not a key\n")
    assert key_check(loaded).status == doctor.BROKEN
