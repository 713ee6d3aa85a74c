"""Every UI string has a finished Spanish translation, and the compiled .qm is current."""

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import REPO

TS = REPO / "ui" / "i18n" / "kiosk_es.ts"
QM = REPO / "ui" / "i18n" / "kiosk_es.qm"


def tool(name: str) -> str:
    import sys

    return str(Path(sys.executable).parent / name)


def sources(ts: Path) -> set[str]:
    return {m.findtext("source") or "" for m in ET.parse(ts).iter("message")}


def test_every_string_is_translated():
    unfinished = [
        m.findtext("source")
        for m in ET.parse(TS).iter("message")
        if m.find("translation").get("type") in ("unfinished", "obsolete")
        or not (m.findtext("translation") or "").strip()
    ]
    assert unfinished == []


def test_ts_file_has_every_string_in_the_qml(tmp_path):
    fresh = tmp_path / "fresh.ts"
    qml = sorted(str(p) for p in (REPO / "ui").rglob("*.qml"))
    subprocess.run(
        [tool("pyside6-lupdate"), *qml, "-ts", str(fresh)], check=True, capture_output=True
    )
    missing = sources(fresh) - sources(TS)
    assert not missing, f"run `make translations` and translate: {sorted(missing)}"


def test_compiled_translations_match_the_ts_file(tmp_path):
    fresh = tmp_path / "kiosk_es.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(TS), "-qm", str(fresh)], check=True, capture_output=True
    )
    if fresh.read_bytes() != QM.read_bytes():
        pytest.fail("ui/i18n/kiosk_es.qm is stale: run `make translations`")
