"""Sealed at the moment of saving: no number or name on the kiosk's disk; the clinic opens it.

The drops are written as the folder target writes them: one sealed document
per file (``kiosk.sync.sealing.stored_sealed_document``).
"""

import base64
import csv
import datetime as dt
import json
import stat

import pytest

from kiosk.callbacks import new_request, record_consent
from kiosk.cli import main as cli
from kiosk.cli import sync_keys
from kiosk.export.rows import COLUMNS, SEALED, rows_for_export
from kiosk.store import Store
from kiosk.sync import document, sealing

NOW = dt.datetime(2026, 11, 26, 22, 10, 5, tzinfo=dt.UTC)
PHONE = "+12025550199"
NAME = "Rosalinda"
# Every way the number or name could be written down.
SECRETS = [PHONE, PHONE[2:], "202-555-0199", "(202) 555-0199", "555-0199", NAME, NAME.upper()]


def a_request(phone=PHONE, name=NAME, topics=("y90",)):
    return new_request(
        phone_e164=phone,
        first_name=name,
        best_time="evening",
        language="es",
        topics=topics,
        consent=record_consent("Acepto que me llamen.", "2026-11-es-1", "lobby-1", now=NOW),
    )


@pytest.fixture
def keys(tmp_path, capsys):
    """A key pair made by `kiosk sync keygen`, in a folder that is not the kiosk's."""
    folder = tmp_path / "clinic-it"
    folder.mkdir()
    assert cli.main(["sync", "keygen", "--out", str(folder)]) == 0
    capsys.readouterr()
    return folder / sync_keys.PRIVATE_NAME, folder / sync_keys.PUBLIC_NAME


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("KIOSK_DATA_DIR", str(folder))
    return folder


def sealed_store(data_dir, public_key):
    return Store.open(data_dir / "kiosk.db", sealer=sealing.sealer_for(public_key))


def drop(folder, row):
    """One file per request, as the folder target writes it."""
    folder.mkdir(exist_ok=True)
    path = folder / f"{row['id']}.json"
    path.write_text(json.dumps(document.stored_sealed_document(row)), encoding="utf-8")
    return path


def test_keygen_writes_a_private_key_only_its_owner_reads_and_says_never_on_a_kiosk(
    tmp_path, capsys
):
    assert cli.main(["sync", "keygen", "--out", str(tmp_path)]) == 0
    private, public = tmp_path / sync_keys.PRIVATE_NAME, tmp_path / sync_keys.PUBLIC_NAME
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert stat.S_IMODE(public.stat().st_mode) == 0o644
    out, err = capsys.readouterr()
    assert "NEVER put it on a kiosk" in err
    assert str(public) in out
    sealing.load_private_key(private)
    sealing.load_public_key(public)
    before = private.read_bytes()
    assert cli.main(["sync", "keygen", "--out", str(tmp_path)]) == 2  # never overwrites
    assert "exists already" in capsys.readouterr().err
    assert private.read_bytes() == before


def test_a_sealed_request_leaves_no_number_or_name_in_any_file_the_kiosk_wrote(data_dir, keys):
    _, public = keys
    with sealed_store(data_dir, public) as store:
        request_id = store.save_request(a_request(), now=NOW)
        row = store.get_request(request_id)
        assert (row["phone_e164"], row["first_name"]) == ("", None)
        assert row["topics"] == ["y90"] and row["best_time"] == "evening"  # what staff may see
        assert row["sealed"]
        exported = rows_for_export(store.requests(), region="US")
    written = [p for p in data_dir.rglob("*") if p.is_file()]
    assert {p.name for p in written} >= {"kiosk.db"}
    for path in written:
        data = path.read_bytes().lower()
        assert not [s for s in SECRETS if s.lower().encode() in data], path
    (cells,) = exported
    assert cells[COLUMNS.index("Phone")] == SEALED
    assert cells[COLUMNS.index("First name")] == ""


def test_without_a_key_nothing_is_sealed(data_dir):
    with Store.open(data_dir / "kiosk.db") as store:
        row = store.get_request(store.save_request(a_request(), now=NOW))
    assert (row["phone_e164"], row["first_name"], row["sealed"]) == (PHONE, NAME, None)


def test_sync_open_recovers_the_call_list_once_per_request(data_dir, keys, tmp_path, capsys):
    private, public = keys
    drops = tmp_path / "share"
    with sealed_store(data_dir, public) as store:
        first = store.get_request(store.save_request(a_request(), now=NOW))
        later = NOW + dt.timedelta(minutes=5)
        second = store.get_request(
            store.save_request(a_request("+12025550123", None, ()), now=later)
        )
    drop(drops, first)
    drop(drops, second)
    again = drops / "again" / "copy.json"  # the same request delivered twice (R7)
    again.parent.mkdir()
    again.write_text(json.dumps(document.stored_sealed_document(first)), encoding="utf-8")
    (drops / "audit-head.json").write_text('{"schema": "io-kiosk/audit-head/1"}')
    out = tmp_path / "calls.csv"

    code = cli.main(
        [
            "sync",
            "open",
            "--key",
            str(private),
            str(drops),
            str(again),
            "--format",
            "csv",
            "--out",
            str(out),
        ]
    )

    assert code == 0, capsys.readouterr().err
    assert "opened 2 sealed requests" in capsys.readouterr().out
    with out.open(encoding="utf-8-sig", newline="") as fh:
        header, *rows = list(csv.reader(fh))
    assert tuple(header) == COLUMNS
    as_dicts = [dict(zip(header, row, strict=True)) for row in rows]
    assert [(r["Phone"], r["First name"]) for r in as_dicts] == [
        ("(202) 555-0123", ""),  # newest first, as the kiosk's own export
        ("(202) 555-0199", NAME),
    ]
    assert as_dicts[1]["Topics"] == "y90" and as_dicts[1]["Best time"] == "Evening"
    assert as_dicts[0]["Topics"] == "General questions"
    for fmt in ("xlsx", "pdf"):
        target = tmp_path / f"calls.{fmt}"
        assert (
            cli.main(
                [
                    "sync",
                    "open",
                    "--key",
                    str(private),
                    str(drops),
                    "--format",
                    fmt,
                    "--out",
                    str(target),
                ]
            )
            == 0
        )
        assert target.stat().st_size > 0


@pytest.mark.parametrize("field", ["enc", "ciphertext"])
def test_a_tampered_sealed_file_is_refused_and_nothing_is_written(
    data_dir, keys, tmp_path, capsys, field
):
    private, public = keys
    with sealed_store(data_dir, public) as store:
        row = store.get_request(store.save_request(a_request(), now=NOW))
    path = drop(tmp_path / "share", row)
    document = json.loads(path.read_text())
    raw = bytearray(base64.b64decode(document["sealed"][field]))
    raw[len(raw) // 2] ^= 0x20
    document["sealed"][field] = base64.b64encode(raw).decode()
    path.write_text(json.dumps(document))
    out = tmp_path / "calls.csv"

    code = cli.main(
        [
            "sync",
            "open",
            "--key",
            str(private),
            str(path.parent),
            "--format",
            "csv",
            "--out",
            str(out),
        ]
    )

    assert code == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("kiosk sync open: ") and str(path) in line
    assert "does not open" in line and "nothing was written" in line
    assert not out.exists()
    assert list(out.parent.glob(".calls.csv.*")) == []


def test_an_envelope_moved_to_another_request_is_refused(data_dir, keys, tmp_path, capsys):
    private, public = keys
    with sealed_store(data_dir, public) as store:
        one = store.get_request(store.save_request(a_request(), now=NOW))
        other = store.get_request(store.save_request(a_request("+12025550123"), now=NOW))
    swapped = {**other, "sealed": one["sealed"]}  # one request's sealed number on another
    drop(tmp_path / "share", swapped)
    code = cli.main(
        [
            "sync",
            "open",
            "--key",
            str(private),
            str(tmp_path / "share"),
            "--format",
            "csv",
            "--out",
            str(tmp_path / "calls.csv"),
        ]
    )
    assert code == 2 and "does not open" in capsys.readouterr().err


def test_the_wrong_key_or_a_missing_key_is_one_line(data_dir, keys, tmp_path, capsys):
    private, public = keys
    with sealed_store(data_dir, public) as store:
        row = store.get_request(store.save_request(a_request(), now=NOW))
    drop(tmp_path / "share", row)
    args = [str(tmp_path / "share"), "--format", "csv", "--out", str(tmp_path / "c.csv")]
    assert cli.main(["sync", "open", "--key", str(public), *args]) == 2
    assert "not an unencrypted PEM private key" in capsys.readouterr().err
    assert cli.main(["sync", "open", "--key", str(tmp_path / "none.pem"), *args]) == 2
    assert "cannot read the key file" in capsys.readouterr().err
    assert (
        cli.main(["sync", "open", "--key", str(private), *args[:1], "--format", "doc", *args[3:]])
        == 2
    )
    assert "--format must be one of" in capsys.readouterr().err
