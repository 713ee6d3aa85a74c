"""``export``: reads the store, writes the whole file or nothing; the CLI; where staff may save."""

import argparse
import csv
import datetime as dt
import io
import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import settings
from kiosk.cli import export as export_cli
from kiosk.export import FORMATS, drives, export, exporter, removable_drives
from kiosk.staff import Audit
from kiosk.store import Store
from tests.conftest import REPO
from tests.export import samples
from tests.unit.marking import mark

CLINIC = "Lakeside Oncology"


def read_csv(path):
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_writes_every_format_and_returns_the_count(store, out_dir, fmt):
    samples.hostile_store(store)
    out = out_dir / f"callbacks.{fmt}"
    count = export(store, fmt, out, region="US", clinic_name=CLINIC)
    assert count == len(samples.HOSTILE_NAMES) + len(samples.FRIENDLY_NAMES)
    assert out.stat().st_size > 0
    assert leftovers(out_dir) == []
    # The list holds patients' numbers: readable by the kiosk user only.
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_csv_export_has_the_stored_requests_newest_first_in_national_format(store, out_dir):
    for minute, name in enumerate(["Ana", "=1+1", "José"]):
        samples.save(store, name, when=samples.NOW + dt.timedelta(minutes=minute))
    out = out_dir / "list.csv"
    export(store, "csv", out, region="US", clinic_name=CLINIC)
    rows = read_csv(out)
    assert [row[1] for row in rows[1:]] == ["José", "'=1+1", "Ana"]
    assert {row[2] for row in rows[1:]} == {samples.PHONE_NATIONAL}
    assert not any(cell.startswith("+") for row in rows for cell in row)


def test_status_and_since_filters(store, out_dir):
    old = samples.save(store, "Old", when=dt.datetime(2026, 11, 1, 12, tzinfo=dt.UTC))
    called = samples.save(store, "Called", when=dt.datetime(2026, 11, 20, 12, tzinfo=dt.UTC))
    samples.save(store, "New", when=dt.datetime(2026, 11, 25, 12, tzinfo=dt.UTC))
    mark(store, called, "called", by="maria.l")
    mark(store, old, "done", by="maria.l")
    out = out_dir / "list.csv"

    assert export(store, "csv", out, region="US", clinic_name=CLINIC, status="new") == 1
    assert [row[1] for row in read_csv(out)[1:]] == ["New"]

    since = dt.date(2026, 11, 20)
    assert export(store, "csv", out, region="US", clinic_name=CLINIC, since=since) == 2
    assert [row[1] for row in read_csv(out)[1:]] == ["New", "Called"]

    assert (
        export(store, "csv", out, region="US", clinic_name=CLINIC, status="done", since=since) == 0
    )
    assert read_csv(out)[1:] == []

    assert export(store, "csv", out, region="US", clinic_name=CLINIC, status="called") == 1
    [row] = read_csv(out)[1:]
    assert row[1] == "Called" and row[6] == "Called" and row[7] == "maria.l" and row[8]


def test_a_failed_export_leaves_the_previous_file_and_no_temporary_file(
    store, out_dir, monkeypatch
):
    samples.save(store, "Ana")
    out = out_dir / "list.csv"
    out.write_text("yesterday's list", encoding="utf-8")

    def half_written(rows, path):
        path.write_text('"Received","First na', encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exporter, "write_csv", half_written)
    with pytest.raises(OSError, match="No space"):
        export(store, "csv", out, region="US", clinic_name=CLINIC)
    assert out.read_text(encoding="utf-8") == "yesterday's list"
    assert leftovers(out_dir) == []


def test_the_file_appears_only_when_complete(store, out_dir, monkeypatch):
    samples.save(store, "Ana")
    out = out_dir / "list.xlsx"
    seen = []

    def spy(rows, path, *, title):
        seen.append((path.parent == out_dir, path != out, out.exists()))
        path.write_bytes(b"PK")

    monkeypatch.setattr(exporter, "write_xlsx", spy)
    export(store, "xlsx", out, region="US", clinic_name=CLINIC)
    assert seen == [(True, True, False)]  # written next to it, under another name
    assert out.read_bytes() == b"PK"


def test_unknown_format_or_status_is_refused_before_anything_is_written(store, out_dir):
    with pytest.raises(ValueError, match="format"):
        export(store, "ods", out_dir / "x.ods", region="US", clinic_name=CLINIC)
    with pytest.raises(ValueError, match="status"):
        export(store, "csv", out_dir / "x.csv", region="US", clinic_name=CLINIC, status="gone")
    assert list(out_dir.iterdir()) == []


def test_a_missing_folder_is_an_oserror(store, tmp_path):
    with pytest.raises(OSError):
        export(store, "csv", tmp_path / "nope" / "x.csv", region="US", clinic_name=CLINIC)


def test_importing_the_package_loads_neither_qt_nor_the_writer_libraries():
    """The staff screen imports kiosk.export at start-up; fpdf2 alone takes ~0.3 s to import."""
    probe = (
        "import sys, kiosk.export, kiosk.cli.export; "
        "print(sorted(m for m in ('fpdf', 'xlsxwriter', 'fontTools', 'PIL', 'PySide6', "
        "'sqlite_utils') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert result.stdout.strip() == "[]"


def test_writing_every_format_works_with_qt_blocked(tmp_path):
    """The writers themselves, not only the package import, stay below the Qt line."""
    probe = """
import sys, datetime as dt
from pathlib import Path
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError("Qt is not allowed in the core: " + name)
sys.meta_path.insert(0, Block())
from kiosk.export import write_csv, write_pdf, write_xlsx
rows = [("2026-11-26 14:05", "José", "(202) 555-0143", "any", "", "es", "new", "", "")]
folder = Path(sys.argv[1])
write_csv(rows, folder / "a.csv")
write_xlsx(rows, folder / "a.xlsx", title="t")
write_pdf(rows, folder / "a.pdf", clinic_name="c", generated_at=dt.datetime(2026, 1, 1))
print("ok")
"""
    result = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


# -- where staff may save -----------------------------------------------------------------

MOUNTS = r"""/dev/vda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
/dev/sdb1 /media/desk/CLINIC\040USB vfat rw,nosuid,nodev,uid=1000 0 0
/dev/sdc1 /media/desk/RECOVERY iso9660 ro,nosuid 0 0
/dev/sdd1 /run/media/desk/STICK exfat rw,nosuid 0 0
//nas/share /mnt cifs rw,vers=3.0 0 0
/dev/sde1 /mnt/exports ext4 rw 0 0
/dev/sdf1 /mediafiles ext4 rw 0 0
/dev/sdb1 /media/desk/CLINIC\040USB vfat rw,nosuid,nodev,uid=1000 0 0
tmpfs /run/user/1000 tmpfs rw 0 0
"""


def test_mount_points_under_the_removable_roots_read_write_only():
    roots = drives.MOUNT_ROOTS
    assert drives.mount_points(MOUNTS, roots) == [
        Path("/media/desk/CLINIC USB"),
        Path("/run/media/desk/STICK"),
        Path("/mnt"),
        Path("/mnt/exports"),
    ]


def test_only_existing_writable_folders_are_offered(tmp_path, monkeypatch):
    media = tmp_path / "media"
    (media / "desk" / "CLINIC USB").mkdir(parents=True)
    read_only = media / "desk" / "LOCKED"
    read_only.mkdir()
    mounts = (
        f"/dev/sdb1 {media}/desk/CLINIC\\040USB vfat rw 0 0\n"
        f"/dev/sdc1 {media}/desk/GONE vfat rw 0 0\n"
        f"/dev/sdd1 {read_only} vfat rw 0 0\n"
    )
    monkeypatch.setattr(drives.os, "access", lambda path, mode: Path(path) != read_only)
    found = drives._writable(drives.mount_points(mounts, [media]))
    assert found == [media / "desk" / "CLINIC USB"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/mounts")
def test_removable_drives_on_this_machine_are_under_the_roots():
    for path in removable_drives():
        assert any(path == root or root in path.parents for root in drives.MOUNT_ROOTS)
        assert path.is_dir()


# -- kiosk export ---------------------------------------------------------------------------


@pytest.fixture
def run_cli(tmp_path, monkeypatch, capsys):
    data_dir = tmp_path / "data"
    data_dir.mkdir(exist_ok=True)
    monkeypatch.setenv("KIOSK_DATA_DIR", str(data_dir))
    monkeypatch.setenv("KIOSK_CLINIC_NAME", CLINIC)
    parser = argparse.ArgumentParser(prog="kiosk")
    export_cli.register(parser.add_subparsers(dest="command"))

    def run(*argv):
        args = parser.parse_args(["export", *argv])
        code = args.func(args, settings.load())
        out, err = capsys.readouterr()
        return code, out, err

    run.data_dir = data_dir
    return run


def test_cli_exports_and_says_how_many(run_cli, out_dir):
    with Store.open(run_cli.data_dir / "kiosk.db") as store:
        samples.save(store, "Ana")
        samples.save(store, "José")
    out = out_dir / "list.pdf"
    code, stdout, stderr = run_cli("--format", "pdf", "--out", str(out))
    assert code == 0, stderr
    assert stdout == f"exported 2 requests to {out}\n"
    assert out.read_bytes().startswith(b"%PDF")
    with Store.open(run_cli.data_dir / "kiosk.db") as store:
        rows = list(store.db.query("SELECT action, actor, detail FROM audit"))
        assert Audit(store).verify().ok
    assert len(rows) == 1
    assert rows[0]["action"] == "export"
    assert rows[0]["actor"].startswith("cli")
    assert json.loads(rows[0]["detail"]) == {"format": "pdf", "rows": 2, "file": "list.pdf"}


def test_cli_audit_row_leaves_out_a_phone_like_file_name(run_cli, out_dir):
    out = out_dir / "list-20261126.csv"
    code, _, stderr = run_cli("--format", "csv", "--out", str(out), "--status", "new")
    assert code == 0, stderr
    with Store.open(run_cli.data_dir / "kiosk.db") as store:
        [row] = store.db.query("SELECT detail FROM audit")
    assert json.loads(row["detail"]) == {"format": "csv", "rows": 0, "status": "new"}


def test_cli_filters(run_cli, out_dir):
    with Store.open(run_cli.data_dir / "kiosk.db") as store:
        samples.save(store, "Old", when=dt.datetime(2026, 1, 5, tzinfo=dt.UTC))
        samples.save(store, "New", when=dt.datetime(2026, 11, 5, tzinfo=dt.UTC))
    out = out_dir / "list.csv"
    code, stdout, _ = run_cli(
        "--format", "csv", "--out", str(out), "--status", "new", "--since", "2026-11-01"
    )
    assert code == 0
    assert stdout.startswith("exported 1 requests")
    assert [row[1] for row in read_csv(out)[1:]] == ["New"]


@pytest.mark.parametrize(
    ("argv", "problem"),
    [
        (["--format", "docx"], "--format must be one of csv, xlsx, pdf"),
        (["--format", "csv", "--since", "26/11/2026"], "--since must be a date"),
        (["--format", "csv", "--since", "2026-02-30"], "--since must be a date"),
        (["--format", "csv", "--status", "gone"], "--status must be one of new, called, done"),
    ],
)
def test_cli_bad_arguments_are_one_line_and_exit_2(run_cli, out_dir, argv, problem):
    code, stdout, stderr = run_cli(*argv, "--out", str(out_dir / "x"))
    assert code == 2
    assert stdout == ""
    assert len(stderr.strip().splitlines()) == 1
    assert problem in stderr
    assert list(out_dir.iterdir()) == []


def test_cli_missing_folder_is_one_line_and_exit_2(run_cli, tmp_path):
    code, _, stderr = run_cli("--format", "csv", "--out", str(tmp_path / "nope" / "x.csv"))
    assert code == 2
    assert stderr.strip() == f"kiosk export: no such folder: {tmp_path / 'nope'}"


def test_cli_unwritable_destination_is_one_line_and_exit_2(run_cli, out_dir, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(exporter.tempfile, "mkstemp", refuse)
    code, _, stderr = run_cli("--format", "csv", "--out", str(out_dir / "x.csv"))
    assert code == 2
    assert stderr.strip() == f"kiosk export: cannot write {out_dir / 'x.csv'}: Permission denied"
