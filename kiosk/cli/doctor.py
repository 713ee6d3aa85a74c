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

from kiosk import clock, content, paths, settings
from kiosk.cli import outcome
from kiosk.content import check, stamps
from kiosk.store import DATABASE_NAME
from kiosk.system import render, safety, voices

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
        _audit_key(s),
        _content(s),
        _content_review(s),
        _display(),
        _render(s),
        _clock(),
        _sync(s),
        _speech(s),
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


def _audit_key(s: settings.Settings) -> Check:
    """The audit log's key (R26): present, private, usable; read-only, never created here."""
    from kiosk.staff import audit_seal

    path = audit_seal.key_path(s.data_dir)
    try:
        key = audit_seal.read_key(s.data_dir)
    except audit_seal.SealError as exc:
        return Check("audit key", BROKEN, f"{exc}; restore it from the backup")
    if key is None:
        return Check(
            "audit key",
            WARN,
            f"no audit key at {path}: the kiosk makes one at the first staff action, but the "
            "install should (deploy/linux/install.sh); if the log already had rows, restore "
            "the key from the backup",
        )
    if path.stat().st_mode & 0o077:
        return Check("audit key", WARN, f"{path} is readable by others: chmod 600 {path}")
    return Check("audit key", OK, f"{path} present and private")


def _content(s: settings.Settings) -> Check:
    """The content check, with what the kiosk would leave out said first (R22)."""
    offered = content.examine(s.content_dir, s.languages, paths.animations_dir())
    if not offered.packs:
        return Check(
            "content",
            BROKEN,
            f"no language can show any topic ({', '.join(s.languages)}): the kiosk cannot "
            "start; run 'kiosk content check'",
        )
    problems = check.check(
        s.content_dir, s.languages, paths.animations_dir(), s.content_max_age_months
    )
    if not problems:
        return Check("content", OK, f"{', '.join(s.languages)}: every topic passes the check")
    # A dropped language comes first in the list: it is what IT must see.
    shown = "; ".join(str(p) for p in problems[:3])
    more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
    return Check("content", WARN, f"{shown}{more}; run 'kiosk content check'")


def _content_review(s: settings.Settings, today: dt.date | None = None) -> Check:
    """Patients may only see content a doctor has reviewed, and not past its next review.

    The shipped stamps are editorial drafts: fine for a windowed demo (a warning),
    never for a kiosk in front of patients (broken).
    """
    today = today or clock.utc_now().date()
    offered = content.examine(s.content_dir, s.languages, paths.animations_dir())
    unready = stamps.not_ready(offered.loaded.values(), today)
    if not unready:
        return Check("content review", OK, "every file is reviewed and not overdue")
    shown = "; ".join(unready[:3])
    more = f" (and {len(unready) - 3} more)" if len(unready) > 3 else ""
    if s.fullscreen:
        return Check(
            "content review",
            BROKEN,
            f"{shown}{more}: kiosk mode must show patients reviewed content only; "
            "have the clinic's radiologist review and re-stamp it "
            "(resources/content/README.md, the [review] table)",
        )
    return Check("content review", WARN, f"{shown}{more} (allowed only for a windowed demo)")


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


def _speech(s: settings.Settings) -> Check:
    """The Listen button (issue 15): does speech-dispatcher answer, and with which voices?

    A warning, never broken: without speech the kiosk still shows every screen.
    """
    try:
        available = voices.service_locales()
    except voices.SpeechUnavailableError as exc:
        return Check(
            "speech",
            WARN,
            f"{exc}: the Listen button will stay silent; run deploy/linux/install.sh "
            "(speech-dispatcher and espeak-ng)",
        )
    found = {code: voices.locale_for(code, available) for code in s.languages}
    spoken = ", ".join(f"{code} ({locale})" for code, locale in found.items() if locale)
    missing = [code for code, locale in found.items() if locale is None]
    if missing:
        return Check(
            "speech",
            WARN,
            f"no voice for {', '.join(missing)}"
            + (f" (speaks {spoken})" if spoken else "")
            + "; install espeak-ng and restart speech-dispatcher",
        )
    private = (
        "private audio: digits are read back"
        if s.audio_private
        else "loudspeaker: numbers are never read aloud"
    )
    return Check("speech", OK, f"speech-dispatcher speaks {spoken}; {private}")


def _clock() -> Check:
    now = dt.datetime.now(dt.UTC)
    if now.year < EARLIEST_SANE_YEAR:
        return Check("clock", BROKEN, f"the clock says {now:%Y-%m-%d}; set the date and time")
    return Check("clock", OK, f"{now:%Y-%m-%d %H:%M} UTC")


def _sync(s: settings.Settings) -> Check:
    """The outbox and the files sync needs (docs/sync.md); read-only, like ``_database``."""
    from kiosk.sync.webhook import SyncConfigError, read_token

    if s.sync_target == "none":
        return Check("sync", OK, 'off (sync_target = "none"): requests stay on this kiosk')
    problems = []
    if s.sync_target == "webhook" or s.sync_token_file is not None:
        try:
            read_token(s.sync_token_file)
        except SyncConfigError as exc:
            problems.append(str(exc))
    if s.sync_public_key is not None:
        if not s.sync_public_key.is_file():
            problems.append(f"sync_public_key {s.sync_public_key} does not exist")
        elif os.name != "nt" and s.sync_public_key.stat().st_mode & 0o022:
            problems.append(f"sync_public_key {s.sync_public_key} can be changed by other users")
    path = s.data_dir / DATABASE_NAME
    if path.exists():
        problems += _outbox_problems(path, s.sync_warn_after)
    if problems:
        return Check("sync", WARN, "; ".join(problems))
    return Check("sync", OK, f"{s.sync_target}: nothing waiting too long, nothing parked")


def _outbox_problems(path: os.PathLike[str], warn_after: int) -> list[str]:
    now = dt.datetime.now(dt.UTC)
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            oldest = db.execute(
                "SELECT r.created_at FROM outbox o JOIN requests r ON r.id = o.request_id "
                "WHERE o.status = 'pending' ORDER BY o.rowid LIMIT 1"
            ).fetchone()
            (parked,) = db.execute(
                "SELECT count(*) FROM outbox WHERE status = 'parked'"
            ).fetchone()
            paused = db.execute(
                "SELECT value FROM sync_state WHERE key = 'paused_reason'"
            ).fetchone()
    except sqlite3.Error:  # an older schema: the kiosk has not started this version yet
        return []
    problems = []
    if paused:
        problems.append(f"sync is PAUSED: {paused[0]}; once fixed: kiosk sync resume")
    if oldest:
        created = dt.datetime.fromisoformat(oldest[0].replace("Z", "+00:00"))
        age = (now - created).total_seconds()
        if age > warn_after:
            problems.append(
                f"the oldest request has waited {int(age // 60)} min to be sent "
                f"(sync_warn_after is {warn_after // 60} min); see kiosk sync status"
            )
    if parked:
        problems.append(
            f"{parked} request(s) parked, refused by the clinic's system; "
            "see kiosk sync status, then kiosk sync retry --parked"
        )
    return problems
