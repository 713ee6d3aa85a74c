"""Soak: simulated patient sessions, or walks through everything; watch memory.

Runs the real kiosk (composition root, QML screens, the one web view) in this
process and drives it the way a patient would. Memory is the proportional set
size (PSS) of the whole process tree, this process plus Qt WebEngine's
helper processes, read from /proc (Linux).

``--sessions N`` (the default, 1000): each session is welcome -> home -> one
topic (the next in turn) -> every step -> a tab or two -> the call-back form
with a few digits typed -> the idle reset (``Session.startOver``, what the
idle timeout calls). PSS is sampled every 100 sessions. ``--rounds N`` walks
every procedure, every step, in both languages, N times instead.

The baseline, in the same run, is the same kiosk left idle for as long as the
sessions took, sampled at the same moments: growth beyond the idle drift is
what the patients cost.

    QT_QPA_PLATFORM=offscreen python bench/soak.py --sessions 1000
    QT_QPA_PLATFORM=offscreen python bench/soak.py --sessions 200      # a quick run
    DISPLAY=:99 QT_QPA_PLATFORM=xcb python bench/soak.py --rounds 20   # frames really drawn
"""

import argparse
import dataclasses
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem

from kiosk import app as kiosk_app
from kiosk import settings

LANGUAGES = ("en", "es")


def tree_pss_kib(root: int) -> int:
    """PSS of a process and all its descendants, in KiB (Linux /proc)."""
    return tree_kib(root, ("Pss:",))[0]


PSS = ("Pss:",)
# Private memory (USS): unlike PSS it does not move when other programs on the
# machine map the same Qt libraries, so it is the steadier sign of a leak.
USS = ("Private_Clean:", "Private_Dirty:")


def tree_kib(root: int, keys: tuple[str, ...]) -> tuple[int, int]:
    """(KiB summed over smaps_rollup lines starting with keys, processes) for a tree."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry.name))
    total, count, todo = 0, 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith(keys):
                    total += int(line.split()[1])
            count += 1
        except OSError:
            pass
    return total, count


SAMPLE_READS = 5  # reads per sample, the smallest kept
SAMPLE_GAP = 0.2  # seconds between them, the event loop running


def own_pss_kib(pid: int) -> int:
    """PSS of one process alone, in KiB: the kiosk's own, without the web engine's helpers."""
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1])
    return 0


def sample(pid: int) -> tuple[int, int, int, int]:
    """(PSS KiB, USS KiB, processes, main process PSS KiB) of the kiosk's tree: the
    smallest of a few reads.

    A single read catches whatever the renderer or the garbage collector holds
    at that instant (a frame in flight, a cycle not yet collected), which made
    the growth noisy. Collecting first and keeping the minimum over a short
    window leaves what stays: the sign of a leak.
    """
    gc.collect()
    reads = []
    for _ in range(SAMPLE_READS):
        idle_for(SAMPLE_GAP)
        pss, count = tree_kib(pid, PSS)
        reads.append((pss, tree_kib(pid, USS)[0], count, own_pss_kib(pid)))
    return (
        min(r[0] for r in reads),
        min(r[1] for r in reads),
        max(r[2] for r in reads),
        min(r[3] for r in reads),
    )


def spin_until(condition, timeout: float = 30.0) -> None:
    """Process Qt events until the condition holds (no sleeping)."""
    deadline = time.monotonic() + timeout
    loop = QEventLoop()
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the kiosk did not respond in time")
        QTimer.singleShot(10, loop.quit)
        loop.exec()


def walk_once(kiosk: kiosk_app.KioskApp, procedures: list[tuple[str, int]]) -> None:
    window, stage = kiosk.window, kiosk.stage
    for language in LANGUAGES:
        kiosk.language.choose(language)
        window.setProperty("currentScreen", "home")
        for procedure_id, step_count in procedures:
            window.setProperty("procedureId", procedure_id)
            window.setProperty("currentScreen", "procedure")
            screen = window.findChild(QQuickItem, "screenLoader").property("item")
            for step in range(step_count):
                screen.setProperty("step", step)
                spin_until(
                    lambda s=step, p=procedure_id: (
                        (stage.shownProcedure, stage.shownStep) == (p, s)
                    )
                )
            window.setProperty("currentScreen", "home")
    kiosk.session.startOver()


SAMPLE_EVERY = int(os.environ.get("SOAK_SAMPLE_EVERY", "100"))  # sessions
TABS = (("benefits",), ("sideEffects", "recovery"), ("questions",))


def one_session(kiosk: kiosk_app.KioskApp, procedures: list[tuple[str, int]], n: int) -> None:
    """One patient: home, a topic and all its steps, a tab or two, the call-back form, reset."""
    window, stage = kiosk.window, kiosk.stage
    window.setProperty("currentScreen", "home")
    procedure_id, step_count = procedures[n % len(procedures)]
    window.setProperty("procedureId", procedure_id)
    window.setProperty("currentScreen", "procedure")
    screen = window.findChild(QQuickItem, "screenLoader").property("item")
    for step in range(step_count):
        screen.setProperty("step", step)
        spin_until(lambda s=step: (stage.shownProcedure, stage.shownStep) == (procedure_id, s))
    for tab in TABS[n % len(TABS)]:
        screen.setProperty("section", tab)
    screen.setProperty("section", "steps")
    window.setProperty("currentScreen", "callUs")
    form = kiosk.callback_form
    form.start(procedure_id)
    for digit in "2125550":
        form.pressDigit(digit)
    kiosk.session.startOver()  # what the idle timeout does
    spin_until(lambda: window.property("currentScreen") == "attract")


def sessions(kiosk: kiosk_app.KioskApp, procedures: list[tuple[str, int]], count: int) -> None:
    pid = os.getpid()
    for n in range(len(procedures)):  # warm every path once before measuring
        one_session(kiosk, procedures, n)
    started = time.monotonic()
    samples = [(0, 0.0, sample(pid))]
    for n in range(1, count + 1):
        one_session(kiosk, procedures, n)
        if n % SAMPLE_EVERY == 0 or n == count:
            samples.append((n, time.monotonic() - started, sample(pid)))
    walked = time.monotonic() - started
    idle_samples = [sample(pid)]
    idle_started = time.monotonic()
    for _, at, _ in samples[1:]:
        idle_for(max(0.0, at - (time.monotonic() - idle_started)))
        idle_samples.append(sample(pid))

    print(
        f"platform {os.environ['QT_QPA_PLATFORM']}, {count} sessions in {walked:.0f} s "
        f"({walked / count * 1000:.0f} ms each), then idle as long; MiB, whole process tree"
    )
    print(
        f"{'sessions':>8} {'after s':>8} {'PSS':>7} {'USS':>7} {'procs':>5} {'main':>7}"
        f"   {'idle PSS':>8} {'idle USS':>8} {'procs':>5} {'main':>7}"
    )
    for (n, at, (pss, uss, procs, main)), (ipss, iuss, iprocs, imain) in zip(
        samples, idle_samples, strict=True
    ):
        print(
            f"{n:8d} {at:8.0f} {pss / 1024:7.1f} {uss / 1024:7.1f} {procs:5d} {main / 1024:7.1f}"
            f"   {ipss / 1024:8.1f} {iuss / 1024:8.1f} {iprocs:5d} {imain / 1024:7.1f}"
        )
    print(f"each sample: gc, then the smallest of {SAMPLE_READS} reads {SAMPLE_GAP:.1f} s apart")
    walked_rows = [row for _, _, row in samples]
    for name, index in (("PSS", 0), ("USS", 1), ("main process PSS", 3)):
        growth = (samples[-1][2][index] - samples[0][2][index]) / 1024
        drift = (idle_samples[-1][index] - idle_samples[0][index]) / 1024
        print(
            f"{name}: growth over {count} sessions {growth:+.1f} MiB, idle drift {drift:+.1f} MiB,"
            f" net {growth - drift:+.1f} MiB (goal < 10)"
        )
        # The web engine's helpers swing by ~100 MiB between two states whatever the
        # kiosk does (also idle): the floor (the lowest sample of each half) is what
        # a leak would raise.
        print(
            f"  {name} floor, second half against first: sessions "
            f"{floor_growth(walked_rows, index):+.1f} MiB, idle "
            f"{floor_growth(idle_samples, index):+.1f} MiB"
        )


def floor_growth(rows: list[tuple[int, int, int, int]], index: int) -> float:
    """MiB: the lowest sample of the second half minus the lowest of the first."""
    half = len(rows) // 2
    return (min(r[index] for r in rows[half:]) - min(r[index] for r in rows[:half])) / 1024


def idle_for(seconds: float) -> None:
    deadline = time.monotonic() + seconds
    spin_until(lambda: time.monotonic() >= deadline, timeout=seconds + 5)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=1000, help="simulated patients")
    parser.add_argument(
        "--rounds", type=int, default=0, help="walks through everything instead of sessions"
    )
    args = parser.parse_args()

    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1" if os.geteuid() == 0 else "")
    kiosk_app.prepare_process()
    app = QGuiApplication(sys.argv[:1])
    kiosk_app.load_fonts()
    with tempfile.TemporaryDirectory() as data:
        loaded = settings.load(env={"KIOSK_DATA_DIR": data})
        # No idle reset in the middle of the soak.
        kiosk_settings = dataclasses.replace(loaded.settings, idle_timeout=3600, idle_warning=60)
        kiosk = kiosk_app.build(kiosk_settings, kiosk_mode=False)
        kiosk.window.show()
        spin_until(lambda: kiosk.stage.ready, timeout=60)
        pack = kiosk.procedures
        procedures = [
            (p["id"], len(p["steps"]))
            for p in (pack.details(i, "en") for i in ("overview", "y90", "tace", "ablation"))
        ]
        steps_per_round = 2 * sum(n for _, n in procedures)
        if not args.rounds:
            sessions(kiosk, procedures, args.sessions)
            kiosk.shutdown()
            del app
            return 0

        walk_once(kiosk, procedures)  # warm every path once before measuring
        pid = os.getpid()
        start = tree_pss_kib(pid)
        started = time.monotonic()
        for _ in range(args.rounds):
            walk_once(kiosk, procedures)
        walked = time.monotonic() - started
        after_walk = tree_pss_kib(pid)
        idle_for(walked)
        after_idle = tree_pss_kib(pid)

        print(
            f"platform {os.environ['QT_QPA_PLATFORM']}, "
            f"{args.rounds} rounds x {steps_per_round} steps"
            f" ({args.rounds * steps_per_round} step changes) in {walked:.1f} s"
        )
        print(f"process-tree PSS at start      {start / 1024:8.1f} MiB")
        print(
            f"after walking                  {after_walk / 1024:8.1f} MiB"
            f"   (+{(after_walk - start) / 1024:.1f} MiB,"
            f" {(after_walk - start) / args.rounds:.0f} KiB per round)"
        )
        print(
            f"baseline: then idle as long    {after_idle / 1024:8.1f} MiB"
            f"   ({(after_idle - after_walk) / 1024:+.1f} MiB)"
        )
        kiosk.shutdown()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
