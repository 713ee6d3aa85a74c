"""``kiosk doctor``: plain-words health checks for clinic IT (Qt-free).

Each check says ok, warning or broken, in one sentence that says what to do.
Exit code: 0 healthy, 1 warnings, 2 broken; ``--json`` gives the same for
monitoring tools.
"""

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
from dataclasses import asdict, dataclass

from kiosk import paths, settings
from kiosk.cli import outcome
from kiosk.content import check
from kiosk.store import DATABASE_NAME
from kiosk.system import render, safety

OK, WARN, BROKEN = "ok", "warning", "broken"
MIN_FREE_BYTES = 200 * 1024 * 1024
# The build's own year: a clock before it is certainly wrong (no network time).
EARLIEST_SANE_YEAR = 2026


@dataclass(frozen=True)
class Check:
    name: str
    status: str
    detail: str

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def examine(loaded: settings.LoadedSettings) -> list[Check]:
    s = loaded.settings
    return [
        Check("config", OK, f"valid ({loaded.config_file or 'defaults only'})"),
        _safety(s),
        _disk(s),
        _database(s),
        _content(s),
        _display(),
        _render(s),
        _clock(),
    ]


def exit_code(report: list[Check]) -> int:
    statuses = {check.status for check in report}
    if BROKEN in statuses:
        return outcome.BROKEN
    return outcome.WARNINGS if WARN in statuses else outcome.OK


def _safety(s: settings.Settings) -> Check:
    unsafe = safety.problems()
    if not unsafe:
        return Check("safety", OK, "not running as root; the web engine's sandbox is on")
    if s.fullscreen:
        return Check("safety", BROKEN, "; ".join(unsafe) + " (kiosk mode refuses to start)")
    return Check("safety", WARN, "; ".join(unsafe) + " (allowed only for a windowed demo)")


def _disk(s: settings.Settings) -> Check:
    probe = s.data_dir
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    if not os.access(probe, os.W_OK):
        return Check("disk", BROKEN, f"{s.data_dir} is not writable by this user")
    free = shutil.disk_usage(probe).free
    if free < MIN_FREE_BYTES:
        return Check(
            "disk", BROKEN, f"only {free // 2**20} MB free for {s.data_dir}; free some space"
        )
    return Check("disk", OK, f"{free // 2**20} MB free for {s.data_dir}")


def _database(s: settings.Settings) -> Check:
    """Looked at read-only: the doctor must never migrate or move the live database."""
    path = s.data_dir / DATABASE_NAME
    if not path.exists():
        return Check("database", OK, f"{path} will be created at the first start")
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
            journal = db.execute("PRAGMA journal_mode").fetchone()[0]
            requests = db.execute("SELECT count(*) FROM requests").fetchone()[0]
    except sqlite3.Error as exc:
        return Check("database", BROKEN, f"cannot read {path}: {exc}; tell support")
    if integrity != "ok":
        return Check("database", BROKEN, "integrity check failed; stop the kiosk and tell support")
    if journal != "wal":
        return Check("database", WARN, f"journal_mode is {journal}, not wal; restart the kiosk")
    return Check("database", OK, f"integrity ok, write-ahead log on, {requests} request(s) stored")


def _content(s: settings.Settings) -> Check:
    problems = check.check(
        s.content_dir, s.languages, paths.animations_dir(), s.content_max_age_months
    )
    if not problems:
        return Check("content", OK, f"{', '.join(s.languages)}: every topic passes the check")
    shown = "; ".join(str(p) for p in problems[:3])
    more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
    return Check("content", WARN, f"{shown}{more}; run 'kiosk content check'")


def _display() -> Check:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform == "offscreen":
        return Check("display", WARN, "QT_QPA_PLATFORM=offscreen: nothing will be shown on screen")
    if os.environ.get("WAYLAND_DISPLAY"):
        return Check(
            "display", OK, f"Wayland ({os.environ['WAYLAND_DISPLAY']}), Qt {platform or 'auto'}"
        )
    if os.environ.get("DISPLAY"):
        return Check("display", OK, f"X11 ({os.environ['DISPLAY']}), Qt {platform or 'auto'}")
    if os.name == "nt":
        return Check("display", OK, "Windows desktop")
    return Check(
        "display",
        WARN,
        "no WAYLAND_DISPLAY or DISPLAY here; the kiosk must start inside the session (cage)",
    )


def _render(s: settings.Settings) -> Check:
    """What Qt Quick draws with, as the kiosk chose it at its last start."""
    used = render.recorded(s.data_dir)
    if used is None:
        return Check(
            "render",
            OK,
            f"render_backend = {s.render_backend}; the kiosk chooses at its first start",
        )
    detail = (
        f"{used.get('backend')} renderer, chosen at the start of {used.get('at')}"
        f" ({used.get('reason')})"
    )
    if used.get("setting") != s.render_backend:
        return Check(
            "render",
            WARN,
            f"{detail}; restart the kiosk to use render_backend = {s.render_backend}",
        )
    if used.get("backend") == render.OPENGL and render.is_software(used.get("gl_renderer", "")):
        return Check(
            "render",
            WARN,
            f"{detail}: OpenGL without a GPU costs a CPU core; set render_backend = auto",
        )
    return Check("render", OK, detail)


def _clock() -> Check:
    now = dt.datetime.now(dt.UTC)
    if now.year < EARLIEST_SANE_YEAR:
        return Check("clock", BROKEN, f"the clock says {now:%Y-%m-%d}; set the date and time")
    return Check("clock", OK, f"{now:%Y-%m-%d %H:%M} UTC")
