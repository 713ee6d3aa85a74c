"""The one audited-export policy: a file exists only with its audit row (R15, R32)."""

import datetime as dt
import logging

import pytest

from kiosk.staff import Audit, exports
from kiosk.store import StoreUnavailable
from tests.export import samples

CLINIC = "Lakeside Oncology"


def export_rows(audit):
    return [r for r in audit.rows() if r["action"] == "export"]


def test_an_export_is_written_and_audited_with_its_file_name(store, out_dir):
    samples.save(store, "Ana")
    audit = Audit(store)
    out = out_dir / exports.file_name("csv", dt.datetime(2026, 11, 26, 22, 10, 5))
    done = exports.audited_export(
        store, audit, "csv", out, actor="Maria", region="US", clinic_name=CLINIC, status="new"
    )
    assert (done.path, done.rows) == (out, 1)
    assert out.name == "callbacks-2026-11-26-221005.csv"
    (row,) = export_rows(audit)
    assert row["actor"] == "Maria"
    assert row["detail"] == {"format": "csv", "rows": 1, "status": "new", "file": out.name}
    assert audit.verify().ok


def test_no_audit_row_means_no_file_and_no_temporary_file(store, out_dir, monkeypatch, caplog):
    caplog.set_level(logging.WARNING)  # the store logs the refused write
    samples.save(store, "Ana")
    audit = Audit(store)

    def refused(*args, **kwargs):
        raise StoreUnavailable("could not write the audit log: disk full")

    monkeypatch.setattr(audit, "record", refused)
    out = out_dir / "list.csv"
    with pytest.raises(exports.ExportError, match="disk full"):
        exports.audited_export(
            store, audit, "csv", out, actor="Maria", region="US", clinic_name=CLINIC
        )
    assert list(out_dir.iterdir()) == []


def test_a_phone_like_file_name_is_left_out_of_the_audit_row(store, out_dir):
    audit = Audit(store)
    exports.audited_export(
        store,
        audit,
        "csv",
        out_dir / "list-20261126.csv",
        actor="it",
        region="US",
        clinic_name=CLINIC,
    )
    (row,) = export_rows(audit)
    assert "file" not in row["detail"]


def test_stale_temporary_files_of_an_interrupted_export_are_removed(out_dir):
    stale = out_dir / ".callbacks-2026-11-26-221005.csv.k3j_x9.part"
    stale.write_text("+12025550143")
    theirs = out_dir / "holiday.jpg.part"  # somebody else's download on the out_dir stays
    theirs.write_text("x")
    assert exports.remove_stale_parts(out_dir) == 1
    assert sorted(p.name for p in out_dir.iterdir()) == ["holiday.jpg.part"]


def test_unknown_format_or_status_is_refused_before_anything_is_written(store, out_dir):
    audit = Audit(store)
    with pytest.raises(ValueError):
        exports.audited_export(
            store, audit, "ods", out_dir / "x.ods", actor="a", region="US", clinic_name=CLINIC
        )
    with pytest.raises(ValueError):
        exports.audited_export(
            store,
            audit,
            "csv",
            out_dir / "x.csv",
            actor="a",
            region="US",
            clinic_name=CLINIC,
            status="gone",
        )
    assert list(out_dir.iterdir()) == [] and export_rows(audit) == []


def test_the_cli_export_goes_through_the_policy(tmp_path, monkeypatch, capsys):
    from kiosk.cli import main as cli

    calls = []
    real = exports.audited_export

    def spy(*args, **kwargs):
        calls.append(kwargs["actor"])
        return real(*args, **kwargs)

    monkeypatch.setattr(exports, "audited_export", spy)
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "data"))
    out = tmp_path / "calls.csv"
    assert cli.main(["export", "--format", "csv", "--out", str(out)]) == 0, capsys.readouterr()
    assert len(calls) == 1 and calls[0].startswith("cli")
    assert out.is_file()
