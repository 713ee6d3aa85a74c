"""Backups while the kiosk runs (R27): `kiosk backup` is consistent; kiosk.db has the schema."""

import contextlib
import datetime as dt
import shutil
import sqlite3
import stat

import pytest

from kiosk.callbacks import new_request, record_consent
from kiosk.cli import main as cli
from kiosk.store import Store

NOW = dt.datetime(2026, 11, 26, 12, 0, 0, tzinfo=dt.UTC)


def request():
    return new_request(
        phone_e164="+12127365000",
        first_name="Ana",
        best_time="morning",
        language="en",
        topics=("y90",),
        consent=record_consent("I agree to be called.", "v1", "lobby-1", now=NOW),
    )


def alone(path, tmp_path):
    """``path`` copied without its -wal and -shm, as a naive file backup would take it."""
    copy = tmp_path / "naive" / path.name
    copy.parent.mkdir(exist_ok=True)
    shutil.copyfile(path, copy)
    return copy


def tables_and_requests(path):
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        count = conn.execute("SELECT count(*) FROM requests").fetchone()[0] if tables else None
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    return tables, count, mode, integrity


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("KIOSK_DATA_DIR", str(folder))
    return folder


def test_kiosk_db_alone_holds_the_schema_as_soon_as_it_is_opened(tmp_path):
    with Store.open(tmp_path / "kiosk.db"):  # the kiosk keeps it open: nothing is folded on close
        tables, count, _, _ = tables_and_requests(alone(tmp_path / "kiosk.db", tmp_path))
    assert {"requests", "outbox", "audit", "staff"} <= tables
    assert count == 0


def test_a_quiet_moment_checkpoint_puts_new_requests_in_kiosk_db(tmp_path):
    with Store.open(tmp_path / "kiosk.db") as store:
        store.save_request(request())
        assert tables_and_requests(alone(store.path, tmp_path))[1] == 0  # still in the -wal
        store.checkpoint(truncate=False)
        assert tables_and_requests(alone(store.path, tmp_path))[1] == 1


def test_backup_while_the_kiosk_runs_is_whole_private_and_checked(data_dir, tmp_path, capsys):
    out = tmp_path / "backups" / "kiosk-2026-11-26.db"
    out.parent.mkdir()
    with Store.open(data_dir / "kiosk.db") as store:  # the running kiosk
        for _ in range(3):
            store.save_request(request())
        assert cli.main(["backup", "--out", str(out)]) == 0
        store.save_request(request())  # the kiosk goes on writing
    printed = capsys.readouterr().out.strip()
    assert printed.startswith(f"backed up 3 request(s) to {out} (")
    assert printed.endswith("pages, integrity ok)")

    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]  # one file, no -wal
    tables, count, mode, integrity = tables_and_requests(out)
    assert {"requests", "outbox", "audit"} <= tables
    assert (count, mode, integrity) == (3, "delete", "ok")


def test_backup_never_replaces_a_file(data_dir, tmp_path, capsys):
    Store.open(data_dir / "kiosk.db").close()
    out = tmp_path / "precious.db"
    out.write_text("keep me")
    assert cli.main(["backup", "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"kiosk: {out} already exists; name a new file"
    assert out.read_text() == "keep me"


def test_backup_refuses_the_kiosks_own_file_names(data_dir, capsys):
    Store.open(data_dir / "kiosk.db").close()
    assert cli.main(["backup", "--out", str(data_dir / "kiosk.db-wal")]) == 2
    assert "kiosk keeps its own files" in capsys.readouterr().err


def test_backup_without_a_database_is_one_line(data_dir, tmp_path, capsys):
    assert cli.main(["backup", "--out", str(tmp_path / "copy.db")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"kiosk: there is no database at {data_dir / 'kiosk.db'}"]
    assert not (tmp_path / "copy.db").exists()
