"""``kiosk doctor``: plain-words health checks for clinic IT (Qt-free).

Each check returns ok, warning or broken with one sentence that says what to
do. Exit code: 0 healthy, 1 warnings, 2 broken.
"""

import shutil
from dataclasses import dataclass

from kiosk import paths, safety, settings
from kiosk.content import check

OK, WARN, BROKEN = "ok", "warning", "broken"
MIN_FREE_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class Check:
    name: str
    status: str
    detail: str


def examine(loaded: settings.LoadedSettings) -> list[Check]:
    s = loaded.settings
    checks = [Check("config", OK, f"valid ({loaded.config_file or 'defaults only'})")]

    unsafe = safety.problems()
    if unsafe:
        status = BROKEN if s.fullscreen else WARN
        checks.append(Check("safety", status, "; ".join(unsafe)))
    else:
        checks.append(Check("safety", OK, "not root, web sandbox on"))

    probe = s.data_dir if s.data_dir.exists() else s.data_dir.parent
    free = shutil.disk_usage(probe).free if probe.exists() else 0
    if free < MIN_FREE_BYTES:
        checks.append(
            Check(
                "disk", BROKEN, f"only {free // 2**20} MB free for {s.data_dir}; free some space"
            )
        )
    else:
        checks.append(Check("disk", OK, f"{free // 2**20} MB free for {s.data_dir}"))

    problems = check.check(
        s.content_dir, s.languages, paths.animations_dir(), s.content_max_age_months
    )
    if problems:
        shown = "; ".join(str(p) for p in problems[:3])
        more = (
            f" (and {len(problems) - 3} more; run 'kiosk content check')"
            if len(problems) > 3
            else ""
        )
        checks.append(Check("content", WARN, shown + more))
    else:
        checks.append(
            Check("content", OK, f"{', '.join(s.languages)}: every topic passes the check")
        )
    return checks


def exit_code(report: list[Check]) -> int:
    statuses = {check.status for check in report}
    if BROKEN in statuses:
        return 2
    return 1 if WARN in statuses else 0
