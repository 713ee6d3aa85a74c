"""When the disk says no: read-only and full disks fail one save cleanly (R3); corrupt files
are moved aside, never deleted (R5); and no phone number leaks on any of these paths (R11).
"""

import json
import logging
import os
import random
import re
import shutil
import subprocess
import sys
import traceback

import pytest

from kiosk.callbacks import new_request, validate_name, validate_phone
from kiosk.store import Store, StoreError, StoreUnavailable
from tests.conftest import REPO
from tests.unit.store.test_store import make_request, rows

CANARY = "+14155552671"
# The canary as it may be typed or shown: if any of these turns up, the number leaked.
CANARY_FORMS = (CANARY, "4155552671", "415-555-2671", "(415) 555-2671", "555-2671", "5552671")


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "kiosk.db"


def fill_disk(store):
    """Let the database grow no further, as if the disk were full."""
    pages = store.db.conn.execute("PRAGMA page_count").fetchone()[0]
    store.db.conn.execute(f"PRAGMA max_page_count = {pages}")


def save_until_full(store, phone="+12127365000"):
    """Save until the store refuses; the ids it acknowledged, and the refusal."""
    saved = []
    for _ in range(1000):
        try:
            saved.append(store.save_request(make_request(phone=phone)))
        except StoreUnavailable as exc:
            return saved, exc
    pytest.fail("the database never filled up")


def test_disk_full_fails_the_save_stores_nothing_partial_and_the_kiosk_goes_on(db_path, caplog):
    caplog.set_level(logging.WARNING)  # this test expects a logged warning
    with Store.open(db_path) as store:
        before = store.save_request(make_request())
        fill_disk(store)
        saved, refusal = save_until_full(store)

        assert "SQLITE_FULL" in str(refusal)
        on_disk = {row[0] for row in rows(db_path, "SELECT id FROM requests")}
        assert on_disk == {before, *saved}
        assert {row[0] for row in rows(db_path, "SELECT request_id FROM outbox")} == on_disk
        assert not store.db.conn.in_transaction

        store.db.conn.execute("PRAGMA max_page_count = 1073741823")  # space freed up
        after = store.save_request(make_request())
        assert store.get_request(after) is not None
        assert store.integrity_ok()


# The child drops the capability that lets root write to any file, so a file
# mode of 0444 means for it what it means for the kiosk user.
READ_ONLY_CHILD = """
import json, sys
from pathlib import Path
from kiosk.store import Store, StoreUnavailable
from tests.unit.store.test_store import make_request
store = Store.open(Path(sys.argv[1]))
try:
    store.save_request(make_request())
    outcome = "saved"
except StoreUnavailable as exc:
    outcome = str(exc)
print(json.dumps({"outcome": outcome, "count": len(store.requests())}))
"""


def _as_unprivileged(command):
    if os.geteuid() != 0:
        return command
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: cannot make a file read-only for us")
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search", *command]


@pytest.mark.parametrize("with_wal", [False, True], ids=["closed-cleanly", "with-wal-and-shm"])
def test_read_only_database_refuses_the_save_and_keeps_its_rows(db_path, with_wal):
    store = Store.open(db_path)
    kept = store.save_request(make_request())
    if not with_wal:
        store.close()  # the last connection removes -wal and -shm
    files = sorted(p for p in db_path.parent.iterdir() if p.name.startswith("kiosk.db"))
    assert len(files) == (3 if with_wal else 1)
    for path in files:
        path.chmod(0o444)

    result = subprocess.run(
        _as_unprivileged([sys.executable, "-c", READ_ONLY_CHILD, str(db_path)]),
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report == {
        "outcome": "could not save the request "
        "(SQLITE_READONLY: attempt to write a readonly database)",
        "count": 1,
    }
    assert rows(db_path, "SELECT id FROM requests") == [(kept,)]
    if with_wal:
        store.close()


ASIDE = re.compile(r"kiosk\.db\.corrupt-\d{8}T\d{6}Z(-\d+)?")


def test_garbage_file_is_moved_aside_intact_and_a_fresh_database_works(db_path, caplog):
    garbage = random.Random(5).randbytes(3 * 4096)
    db_path.write_bytes(garbage)

    with caplog.at_level(logging.WARNING), Store.open(db_path) as store:
        moved = store.recovered_from
        assert moved is not None and ASIDE.fullmatch(moved.name), moved
        assert moved.read_bytes() == garbage
        request_id = store.save_request(make_request())
        assert store.get_request(request_id) is not None
        assert store.integrity_ok()

    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1
    assert "moved it aside" in warnings[0].getMessage()
    assert str(moved) in warnings[0].getMessage()


def test_wal_and_shm_move_aside_with_their_database(db_path, caplog):
    caplog.set_level(logging.WARNING)  # this test expects a logged warning
    contents = {suffix: os.urandom(1000) for suffix in ("", "-wal", "-shm")}
    for suffix, data in contents.items():
        db_path.with_name("kiosk.db" + suffix).write_bytes(data)

    with Store.open(db_path) as store:
        moved = store.recovered_from
    assert moved.read_bytes() == contents[""]
    assert moved.with_name(moved.name + "-wal").read_bytes() == contents["-wal"]
    # The -shm is SQLite's shared-memory index of the -wal: even a read-only
    # connection writes its read marks there, and any reader rebuilds it from
    # the -wal. It holds no data of its own; it moves along, but not byte-exact.
    assert moved.with_name(moved.name + "-shm").is_file()
    assert sorted(p.name for p in db_path.parent.iterdir()) == sorted(
        [db_path.name, moved.name, moved.name + "-wal", moved.name + "-shm"]
    )


def test_damaged_pages_fail_the_integrity_check_and_are_moved_aside(db_path, caplog):
    caplog.set_level(logging.WARNING)  # this test expects a logged warning
    with Store.open(db_path) as store:
        for _ in range(300):
            store.save_request(make_request())
    data = bytearray(db_path.read_bytes())
    page = 4096
    assert len(data) > 8 * page
    data[5 * page : 7 * page] = random.Random(7).randbytes(2 * page)  # header intact
    db_path.write_bytes(bytes(data))

    with Store.open(db_path) as store:
        assert store.recovered_from is not None
        assert store.recovered_from.read_bytes() == bytes(data)
        assert store.requests() == []


def test_a_second_corruption_does_not_overwrite_the_first(db_path, caplog):
    caplog.set_level(logging.WARNING)  # this test expects a logged warning
    db_path.write_bytes(b"first" * 1000)
    first = Store.open(db_path)
    first.close()
    db_path.write_bytes(b"second" * 1000)
    second = Store.open(db_path)
    second.close()
    assert first.recovered_from != second.recovered_from
    assert first.recovered_from.read_bytes() == b"first" * 1000
    assert second.recovered_from.read_bytes() == b"second" * 1000


def test_a_file_that_cannot_be_opened_is_unavailable_and_left_alone(tmp_path):
    folder = tmp_path / "kiosk.db"
    folder.mkdir()  # a folder where the database should be
    with pytest.raises(StoreUnavailable, match="could not open"):
        Store.open(folder)
    assert folder.is_dir()
    assert [p.name for p in tmp_path.iterdir()] == ["kiosk.db"]


def _leaks(text: str) -> list[str]:
    return [form for form in CANARY_FORMS if form in text]


def test_no_phone_number_in_logs_messages_or_reprs(db_path, caplog):
    """R11: a canary number goes through every path; it must not appear anywhere but the data."""
    caplog.set_level(logging.DEBUG)
    seen: list[str] = []

    def keep(*objects):
        seen.extend(repr(o) for o in objects)
        seen.extend(str(o) for o in objects)

    def keep_error(exc):
        # Every exception in the chain, as a traceback would print it, but
        # without the source lines (this test's own lines hold the canary).
        while exc is not None:
            keep(exc)
            seen.append("".join(traceback.format_exception_only(exc)))
            exc = exc.__cause__ or exc.__context__

    phone = validate_phone("(415) 555-2671", "US")
    assert phone.e164 == CANARY
    request = make_request(phone=phone.e164)
    keep(phone, request, validate_name("415-555-2671"))
    for typed in ("415 555 2671 ext 9", "555-2671", "+1 415 555 26719999999"):
        keep(validate_phone(typed, "US"))

    for wrong_field in ("best_time", "language", "first_name"):
        with pytest.raises(ValueError) as raised:
            new_request(
                **{
                    "phone_e164": CANARY,
                    "first_name": None,
                    "best_time": "any",
                    "language": "en",
                    "consent": request.consent,
                    wrong_field: CANARY + "\x00",
                }
            )
        keep_error(raised.value)
    for phone_field in ("4155552671", "(415) 555-2671"):
        with pytest.raises(ValueError) as raised:
            new_request(
                phone_e164=phone_field,
                first_name=None,
                best_time="any",
                language="en",
                consent=request.consent,
            )
        keep_error(raised.value)

    with Store.open(db_path) as store:
        keep(store, store.save_request(request))
        fill_disk(store)
        _, refusal = save_until_full(store, phone=CANARY)
        keep_error(refusal)
        with pytest.raises(ValueError) as raised:
            store.count("form_started", subject="4155552671")
        keep_error(raised.value)
        store.count("form_started")  # disk still full: logged, swallowed
        store.db.conn.execute("PRAGMA max_page_count = 1073741823")
        store.db.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'no'); END"
        )
        with pytest.raises(StoreUnavailable) as raised:
            store.save_request(request)
        keep_error(raised.value)

    db_path.write_bytes(b"not a database")
    with Store.open(db_path) as store:
        keep(store, store.recovered_from)
    with pytest.raises(StoreError) as raised:
        Store.open(db_path.parent)
    keep_error(raised.value)

    assert caplog.records, "the failures above should have been logged"
    assert _leaks(caplog.text) == []
    for text in seen:
        assert _leaks(text) == [], text
