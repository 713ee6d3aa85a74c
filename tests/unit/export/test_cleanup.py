"""R12 for files: old exports in the kiosk's own folder go, recent ones and others stay."""

import os
import time

from kiosk.export.cleanup import remove_old_exports

DAY = 86400


def touch(path, age_seconds, now):
    path.write_text("numbers", encoding="utf-8")
    os.utime(path, (now - age_seconds, now - age_seconds))


def test_old_exports_and_stale_parts_are_removed(tmp_path):
    now = time.time()
    touch(tmp_path / "callbacks-2026-01-01-0900.csv", 40 * DAY, now)
    touch(tmp_path / "callbacks-2026-11-25-0900.xlsx", 1 * DAY, now)
    touch(tmp_path / ".callbacks-2026-11-26-0900.pdf.part", 2 * 3600, now)
    touch(tmp_path / "notes.txt", 400 * DAY, now)

    assert remove_old_exports(tmp_path, 30, now=now) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "callbacks-2026-11-25-0900.xlsx",
        "notes.txt",
    ]


def test_missing_folder_is_nothing_to_do(tmp_path):
    assert remove_old_exports(tmp_path / "exports", 30) == 0
