"""``kiosk staff``, ``kiosk audit`` and ``kiosk purge`` as IT uses them: one line, exit 0 or 2."""

import argparse
import contextlib
import datetime as dt
import io
import logging
import sqlite3

import pytest

from kiosk import settings
from kiosk.callbacks import new_request, record_consent
from kiosk.cli import staff as staff_cli
from kiosk.staff import StaffAccounts
from kiosk.store import Store
from tests.unit.marking import mark

PIN = "246813"


class Terminal(io.StringIO):
    """A stdin that says it is a terminal, so the PIN is asked for with getpass."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def loaded(tmp_path):
    return settings.load(env={"KIOSK_DATA_DIR": str(tmp_path), "KIOSK_RETENTION_DAYS": "30"})


@pytest.fixture
def db_path(loaded):
    return loaded.settings.data_dir / "kiosk.db"


def kiosk(loaded, *argv: str, stdin: str = "") -> int:
    """Parse ``argv`` with a parser that has only our commands, and run the chosen one."""
    parser = argparse.ArgumentParser(prog="kiosk")
    commands = parser.add_subparsers(dest="command", required=True)
    staff_cli.register(commands)
    args = parser.parse_args(argv)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdin", io.StringIO(stdin))
        return args.func(args, loaded)


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    return lines[0]


def test_add_reads_the_pin_from_stdin_and_list_shows_the_member(loaded, db_path, capsys):
    assert kiosk(loaded, "staff", "add", "Ana", "--admin", stdin=PIN + "\n") == 0
    out, err = capsys.readouterr()
    assert one_line(out) == "added Ana as an admin"
    assert err == ""
    assert PIN not in out

    assert kiosk(loaded, "staff", "list") == 0
    line = one_line(capsys.readouterr().out)
    assert line.startswith("Ana  admin  ok")

    with Store.open(db_path) as store:
        assert StaffAccounts(store).attempt("Ana", PIN).ok
        (row,) = [r for r in store.db.query("SELECT action, actor FROM audit")]
    assert row["action"] == "staff_added"
    assert row["actor"].startswith("cli")


def test_a_pin_from_a_script_may_end_with_crlf(loaded, db_path):
    assert kiosk(loaded, "staff", "add", "Ana", stdin=PIN + "\r\n") == 0
    with Store.open(db_path) as store:
        assert StaffAccounts(store).attempt("ana", PIN).ok


def test_a_duplicate_name_is_one_line_and_exit_2(loaded, capsys):
    kiosk(loaded, "staff", "add", "Ana", stdin=PIN)
    capsys.readouterr()
    assert kiosk(loaded, "staff", "add", "ANA", stdin="135792") == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert one_line(err) == "kiosk: there is already a staff member called ANA"


@pytest.mark.parametrize(("stdin", "problem"), [("", "no PIN"), ("12a4567\n", "digits only")])
def test_a_bad_pin_is_refused_without_echoing_it(loaded, db_path, capsys, stdin, problem):
    assert kiosk(loaded, "staff", "add", "Ana", stdin=stdin) == 2
    err = one_line(capsys.readouterr().err)
    assert problem in err
    assert "4567" not in err
    with Store.open(db_path) as store:
        assert not StaffAccounts(store).any_exist()


def test_on_a_terminal_the_pin_is_asked_twice_and_must_match(loaded, db_path, monkeypatch, capsys):
    answers = iter(["135792", "135729", PIN, PIN])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    monkeypatch.setattr("sys.stdin", Terminal())
    parser = argparse.ArgumentParser(prog="kiosk")
    staff_cli.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["staff", "add", "Ana"])

    assert args.func(args, loaded) == 2
    assert "differ" in one_line(capsys.readouterr().err)
    assert args.func(args, loaded) == 0
    with Store.open(db_path) as store:
        assert StaffAccounts(store).attempt("Ana", PIN).ok


def test_the_last_admin_cannot_be_removed(loaded, capsys):
    kiosk(loaded, "staff", "add", "Ana", "--admin", stdin=PIN)
    kiosk(loaded, "staff", "add", "Bo", stdin=PIN)
    capsys.readouterr()
    assert kiosk(loaded, "staff", "remove", "Ana") == 2
    assert "last admin" in one_line(capsys.readouterr().err)
    assert kiosk(loaded, "staff", "remove", "Bo") == 0
    assert one_line(capsys.readouterr().out) == "removed Bo"
    kiosk(loaded, "staff", "list")
    assert one_line(capsys.readouterr().out).startswith("Ana ")


def test_unlock_and_reset_pin_clear_a_lockout(loaded, db_path, capsys, caplog):
    caplog.set_level(logging.WARNING)  # this test expects a logged warning
    kiosk(loaded, "staff", "add", "Ana", "--admin", stdin=PIN)
    lock_out(db_path)
    kiosk(loaded, "staff", "list")
    assert "LOCKED" in capsys.readouterr().out

    assert kiosk(loaded, "staff", "unlock", "ana") == 0
    assert one_line(capsys.readouterr().out) == "unlocked ana"
    with Store.open(db_path) as store:
        assert StaffAccounts(store).attempt("Ana", PIN).ok

    lock_out(db_path)
    assert kiosk(loaded, "staff", "reset-pin", "Ana", stdin="135792\n") == 0
    assert "new PIN set for Ana" in one_line(capsys.readouterr().out)
    with Store.open(db_path) as store:
        assert StaffAccounts(store).attempt("Ana", "135792").ok


def test_an_unknown_member_is_one_line_and_exit_2(loaded, capsys):
    assert kiosk(loaded, "staff", "unlock", "Zed") == 2
    assert one_line(capsys.readouterr().err) == "kiosk: there is no staff member called Zed"


def test_list_with_no_members_says_how_to_add_one(loaded, capsys):
    assert kiosk(loaded, "staff", "list") == 0
    assert "kiosk staff add NAME --admin" in one_line(capsys.readouterr().out)


def test_audit_verify_exit_codes_and_the_bad_row_named(loaded, db_path, capsys):
    kiosk(loaded, "staff", "add", "Ana", "--admin", stdin=PIN)
    kiosk(loaded, "staff", "add", "Bo", stdin=PIN)
    capsys.readouterr()
    assert kiosk(loaded, "audit", "verify") == 0
    assert one_line(capsys.readouterr().out) == "audit log intact: 2 rows"

    with contextlib.closing(sqlite3.connect(db_path, isolation_level=None)) as conn:
        conn.execute("UPDATE audit SET actor = 'someone else' WHERE id = 1")
    assert kiosk(loaded, "audit", "verify") == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert one_line(err).startswith("kiosk: audit log check failed at row 1: ")


def test_audit_show_prints_the_latest_rows_first(loaded, capsys):
    for name in ("Ana", "Bo", "Cy"):
        kiosk(loaded, "staff", "add", name, stdin=PIN)
    capsys.readouterr()
    assert kiosk(loaded, "audit", "show", "--limit", "2") == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].split()[0] == "3"
    assert lines[0].endswith("admin=0 member=Cy")
    assert "member=Bo" in lines[1]
    assert kiosk(loaded, "audit", "show", "--limit", "0") == 2


def test_purge_uses_the_retention_setting_and_is_audited(loaded, db_path, capsys):
    now = dt.datetime.now(dt.UTC)
    with Store.open(db_path) as store:
        consent = record_consent("I agree to be called.", "v1", "lobby-1", now=now)
        for days_ago in (31, 29):
            done = store.save_request(
                new_request(
                    phone_e164="+14155552671",
                    first_name="Ana",
                    best_time="any",
                    language="en",
                    topics=("y90",),
                    consent=consent,
                )
            )
            mark(store, done, "done", by="Bo", now=now - dt.timedelta(days=days_ago))
    assert kiosk(loaded, "purge") == 0
    assert one_line(capsys.readouterr().out) == (
        "purged 1 request(s) marked done more than 30 day(s) ago or made more than 90 day(s) "
        "ago; closed 0 nobody was reached for in 14 day(s)"
    )
    kiosk(loaded, "audit", "show")
    assert "purge" in one_line(capsys.readouterr().out)


def test_a_database_that_cannot_be_opened_is_one_line_and_exit_2(loaded, db_path, capsys):
    db_path.mkdir(parents=True)  # a folder where the database file should be
    assert kiosk(loaded, "staff", "list") == 2
    assert one_line(capsys.readouterr().err).startswith("kiosk: ")


def lock_out(db_path):
    with Store.open(db_path) as store:
        accounts = StaffAccounts(store, clock=Later())
        for _ in range(10):
            accounts.attempt("Ana", "975310")


class Later:
    """A clock that moves ten minutes per reading, so no delay holds the attempts back."""

    def __init__(self) -> None:
        self.now = dt.datetime.now(dt.UTC)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(minutes=10)
        return self.now


@pytest.mark.parametrize(
    ("sql", "found"),
    [
        (("DELETE FROM audit", "DELETE FROM audit_head"), "rows 1 to 3 deleted"),
        (
            (
                "DELETE FROM audit WHERE id > 1",
                "UPDATE audit_head SET last_id = 1, "
                "row_hash = (SELECT row_hash FROM audit WHERE id = 1)",
            ),
            "rows 2 to 3 deleted",
        ),
    ],
    ids=["emptied", "cut-and-repointed"],
)
def test_audit_verify_fails_on_a_wiped_log_naming_what_it_found(
    loaded, db_path, capsys, sql, found
):
    for name in ("Ana", "Bo", "Cy"):
        kiosk(loaded, "staff", "add", name, stdin=PIN)
    capsys.readouterr()
    with contextlib.closing(sqlite3.connect(db_path, isolation_level=None)) as conn:
        for statement in sql:
            conn.execute(statement)
    assert kiosk(loaded, "audit", "verify") == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert found in one_line(err)
    assert "anchor file" in err
