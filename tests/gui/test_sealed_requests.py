"""A kiosk with the clinic's public key: a patient's request is on its disk only sealed.

Through the real form, the real composition root and the real staff screen:
no file the kiosk wrote, its database included, holds the number or the
name; staff see "Sealed for the clinic"; the clinic's private key opens it.
"""

import csv
import dataclasses
import json
import logging
import tempfile
from pathlib import Path

import pytest

from kiosk import settings
from kiosk.cli import main as cli
from kiosk.cli import sync_keys
from kiosk.staff import StaffAccounts
from kiosk.sync import document, sealing
from kiosk.system import logs
from tests.gui.conftest import find_item, item, screen, tap
from tests.gui.test_callback_form import fill_to_review, form_page, open_form
from tests.gui.test_privacy_canary import CANARY_DIGITS, CANARY_FORMS, files_under
from tests.gui.test_staff_mode import PIN, _descendants, enter_pin, hidden_gesture

NAME = "ROSALINDA"


@pytest.fixture
def clinic_keys(tmp_path_factory):
    """The clinic's pair, made off the kiosk (another folder), as `kiosk sync keygen` makes it."""
    folder = tmp_path_factory.mktemp("clinic-it")
    private_pem, public_pem = sealing.new_key_pair()
    (folder / sync_keys.PRIVATE_NAME).write_bytes(private_pem)
    (folder / sync_keys.PUBLIC_NAME).write_bytes(public_pem)
    return folder / sync_keys.PRIVATE_NAME, folder / sync_keys.PUBLIC_NAME


@pytest.fixture
def kiosk_settings(tmp_path, clinic_keys) -> settings.Settings:
    """Default settings with a private data dir and sync_public_key set."""
    loaded = settings.load(env={"KIOSK_DATA_DIR": str(tmp_path / "data")})
    public = str(clinic_keys[1])
    try:
        return dataclasses.replace(loaded.settings, sync_public_key=public)
    except TypeError:
        # Until kiosk/settings.py has the setting (the sync core adds it), the
        # composition root reads it with getattr.
        object.__setattr__(loaded.settings, "sync_public_key", public)
        return loaded.settings


@pytest.fixture
def kiosk_log_file(kiosk_settings, caplog):
    logs.setup(kiosk_settings.log_dir, "DEBUG")
    logging.getLogger().addHandler(caplog.handler)
    yield kiosk_settings.log_dir / logs.LOG_FILE
    logs.setup(None, "WARNING")


def test_a_sealed_request_is_nowhere_in_the_clear_and_the_clinic_opens_it(
    kiosk,
    kiosk_settings,
    kiosk_log_file,
    clinic_keys,
    qtbot,
    isolated_environment,
    caplog,
    tmp_path,
):
    assert kiosk.store is not None and kiosk.store.sealed
    temp = Path(tempfile.gettempdir())
    temp_before = set(temp.iterdir())

    open_form(kiosk, qtbot, topic="y90")
    fill_to_review(kiosk, qtbot, digits=CANARY_DIGITS, name=NAME)
    tap(kiosk.window, "sendRequest")
    qtbot.waitUntil(lambda: form_page(kiosk) == "thanks")
    for handler in logging.getLogger().handlers:
        handler.flush()

    # Every file the kiosk wrote, the database and its log included.
    new_temp = list(set(temp.iterdir()) - temp_before)
    written = files_under(kiosk_settings.data_dir, isolated_environment, *new_temp)
    assert any(p.name == "kiosk.db" for p in written)
    secrets = [form.encode() for form in CANARY_FORMS] + [NAME.encode(), b"Rosalinda"]
    hits = [str(p) for p in written if any(s in p.read_bytes() for s in secrets)]
    assert hits == []
    assert not any(s.decode() in caplog.text for s in secrets)

    # The front desk sees the request, but not its number.
    kiosk.idle.timedOut.emit()  # the patient walked away: back to the welcome screen
    qtbot.waitUntil(lambda: screen(kiosk) == "attract")
    StaffAccounts(kiosk.store).add("Maria", PIN, admin=True)
    hidden_gesture(kiosk, qtbot)
    tap(kiosk.window, "member-Maria")
    enter_pin(kiosk, PIN)
    qtbot.waitUntil(lambda: kiosk.staff.property("signedIn"))
    (row,) = kiosk.store.requests()
    qtbot.waitUntil(lambda: find_item(kiosk.window, f"request-{row['id']}") is not None)
    shown = item(kiosk.window, f"request-{row['id']}")
    phone = next(c for c in _descendants(shown) if c.objectName() == "rowPhone")
    assert phone.property("text") == "Sealed for the clinic"
    assert not phone.property("truncated")  # the label has the name's place too
    tap(kiosk.window, f"request-{row['id']}")  # opening the row shows no number either
    qtbot.waitUntil(lambda: find_item(kiosk.window, "markDone") is not None)
    assert phone.property("text") == "Sealed for the clinic"

    # The clinic, with its private key, gets the request back whole.
    drops = tmp_path / "share"
    drops.mkdir()
    (drops / f"{row['id']}.json").write_text(json.dumps(document.stored_sealed_document(row)))
    out = tmp_path / "calls.csv"
    private = clinic_keys[0]
    args = ["sync", "open", "--key", str(private), str(drops), "--format", "csv"]
    assert cli.main([*args, "--out", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        (opened,) = list(csv.DictReader(fh))
    assert opened["Phone"] == "(202) 555-0199"
    assert opened["First name"] == "Rosalinda"
    assert opened["Best time"] == "Evening"
    assert opened["Topics"] == "y90"


def test_a_kiosk_given_a_private_key_as_its_public_key_takes_no_numbers(
    tmp_path, clinic_keys, caplog
):
    from kiosk import app as kiosk_app

    loaded = settings.load(env={"KIOSK_DATA_DIR": str(tmp_path / "data")})
    object.__setattr__(loaded.settings, "sync_public_key", str(clinic_keys[0]))
    caplog.set_level(logging.ERROR)
    assert kiosk_app.open_store(loaded.settings) is None
    assert "PRIVATE key: it must never be on a kiosk" in caplog.text
    assert not (tmp_path / "data" / "kiosk.db").exists()
