"""Fixtures shared by the core's unit tests: a fresh database in a temp folder."""

import pytest

from kiosk.store import Store


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "data" / "kiosk.db"


@pytest.fixture
def store(db_path):
    with Store.open(db_path) as opened:
        yield opened


@pytest.fixture
def out_dir(tmp_path):
    """Where an export goes: a folder standing for a USB stick."""
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder
