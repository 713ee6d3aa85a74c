"""CPU per screen state: the kiosk against Chromium --kiosk on the same X display.

For each screen state (welcome idle, home, a procedure step while it
animates, the same step ended, a step's idle loop, the step held still once
its loops have played, the phone page, the welcome screen after its quiet
period) the kiosk's whole process
tree (this Python process and Qt WebEngine's helpers) is measured from /proc
over a fixed window, in % of one core. In the same run, alternately, Chromium
``--kiosk --disable-gpu --no-sandbox`` shows comparable pages on the same
display: a full-screen page with one continuously animated SVG, and the
kiosk's own stage page loaded from disk (a copy with one extra script that
plays the same step at an agreed moment, as the kiosk does through its
bridge, at the size of the kiosk's animation frame; qwebchannel.js is
missing there, which the page tolerates in a plain browser). The ratio
kiosk/Chromium per state, median over the runs, is the figure.

The kiosk runs as a child process (``--driver``) so each run starts fresh:
it builds the real app in-process, moves it between screens through the QML
root's properties and waits for the stage's own signals, never a sleep in
the product. As root, Chromium gets --no-sandbox and the kiosk
QTWEBENGINE_DISABLE_SANDBOX=1 (for the measured processes only).

    Xvfb :95 -screen 0 1920x1080x24 &
    DISPLAY=:95 python bench/cpu.py [--runs 3] [--window 3] [--backend auto]
"""

import argparse
import dataclasses
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TICKS = os.sysconf("SC_CLK_TCK")
PROCEDURE = "y90"
STATES = (
    "welcome",
    "home",
    "step-animating",
    "step-settled",
    "step-looping",
    "step-still",
    "phone",
    "welcome-quiet",
)
# A step that ends in an idle loop (flowing dots, y90 "to-liver"), measured once
# its own motion is over: the loop is all that still asks for frames. Its loops
# play for the stage's settle time (10 s), then it holds still ("step-still",
# once the stage says it settled; Chromium's copy of the page settles alike).
LOOP_STEP = 3
LOOP_SETTLE_SECONDS = 4.0
STILL_AFTER_SECONDS = 16.0  # Chromium's copy: the loop step has settled by then
# The welcome screen after its quiet period (made short here): the goal is under 2%.
QUIET_AFTER_MS = 500
# What Chromium shows for each kiosk state.
REFERENCE = {
    "welcome": "svg",
    "home": "svg",
    "step-animating": "stage-animating",
    "step-settled": "stage-settled",
    "step-looping": "stage-looping",
    "step-still": "stage-still",
    "phone": "svg",
    "welcome-quiet": "svg",
}
SETTLE_SECONDS = 2.0  # after a screen change, before its window starts

SVG_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
html,body{margin:0;height:100%;background:#F7F3EC;overflow:hidden}
svg{width:100vw;height:100vh;display:block}
@keyframes drift{0%{transform:translate(0,0) scale(1)}
50%{transform:translate(160px,60px) scale(1.15)}100%{transform:translate(0,0) scale(1)}}
#blob{animation:drift 8s ease-in-out infinite;transform-origin:550px 350px}
</style></head><body><svg viewBox="0 0 1100 700"><g id="blob">
<circle cx="550" cy="350" r="180" fill="#9FD3E6"/><circle cx="480" cy="300" r="60" fill="#174A6E"/>
</g></svg><h1 style="position:fixed;top:40%;width:100%;text-align:center;font:56px sans-serif">
Touch to learn</h1></body></html>
"""

# Added to a copy of stage.html: at the agreed wall-clock moment, show the
# procedure's last step, exactly what the kiosk asks through its bridge.
STAGE_DRIVER_JS = """(function () {
  var q = new URLSearchParams(location.search);
  var at = Number(q.get('start'));
  if (q.get('w')) {  // the size of the kiosk's animation frame, not the whole screen
    var svg = document.getElementById('stage');
    svg.style.width = q.get('w') + 'px';
    svg.style.height = q.get('h') + 'px';
  }
  setTimeout(function () {
    window.stage.load(q.get('procedure'));
    window.stage.goTo(window.stage.state().stepCount - 1);
  }, Math.max(0, at - Date.now()));
  setTimeout(function () {
    window.stage.goTo(Number(q.get('loopstep')));
  }, Math.max(0, Number(q.get('loopat')) - Date.now()));
})();
"""


# --- measuring (both sides) -------------------------------------------------


def tree_ticks(root: int) -> dict[int, int]:
    """utime+stime (clock ticks) of a process and every descendant, by pid;
    key -1 holds the root's reaped children (cutime+cstime)."""
    stats: dict[int, list[str]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stats[int(entry.name)] = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
    children: dict[int, list[int]] = {}
    for pid, fields in stats.items():
        children.setdefault(int(fields[1]), []).append(pid)
    ticks, todo = {}, [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        if pid in stats:
            fields = stats[pid]
            ticks[pid] = int(fields[11]) + int(fields[12])
            if pid == root:
                ticks[-1] = int(fields[13]) + int(fields[14])
    return ticks


def percent(before: dict[int, int], after: dict[int, int], seconds: float) -> float:
    """% of one core used between two snapshots; a process born in between counts whole."""
    used = sum(value - before.get(pid, 0) for pid, value in after.items())
    return 100.0 * used / TICKS / seconds


def thread_ticks(pid: int) -> dict[str, int]:
    """utime+stime of one process's threads, summed by thread name."""
    ticks: dict[str, int] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            stat = (task / "stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat.rsplit(")", 1)[1].split()
        ticks[name] = ticks.get(name, 0) + int(fields[11]) + int(fields[12])
    return ticks


class Window:
    """One measuring window on a process tree: start(), then stop() -> % of a core."""

    def __init__(self, root: int) -> None:
        self.root = root

    def start(self) -> None:
        self.started = time.monotonic()
        self.before = tree_ticks(self.root)
        self.threads_before = thread_ticks(self.root)

    def stop(self) -> float:
        after = tree_ticks(self.root)
        seconds = time.monotonic() - self.started
        own = {pid: ticks for pid, ticks in after.items() if pid == self.root}
        self.main = percent(self.before, own, seconds)  # the root process alone
        threads = thread_ticks(self.root)
        used = {
            name: 100.0 * (value - self.threads_before.get(name, 0)) / TICKS / seconds
            for name, value in threads.items()
        }
        self.threads = dict(sorted(used.items(), key=lambda item: -item[1])[:4])
        return percent(self.before, after, seconds)


# --- the kiosk side (runs in the child) -------------------------------------


def drive_kiosk(window_seconds: float) -> dict:
    """Build the real kiosk here, walk it through STATES, return the figures."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQuick import QQuickItem

    from kiosk import app as kiosk_app
    from kiosk import settings
    from kiosk.runtime import render

    def wait(seconds: float) -> None:
        """Let Qt run for this long with one timer: the waiting costs no CPU."""
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    def wait_for(signal, condition, timeout: float = 60.0) -> None:
        """Run Qt until the condition holds, woken by the signal (or a slow tick)."""
        deadline = time.monotonic() + timeout
        loop = QEventLoop()
        signal.connect(loop.quit)
        try:
            while not condition():
                if time.monotonic() > deadline:
                    raise TimeoutError("the kiosk did not get there in time")
                QTimer.singleShot(200, loop.quit)
                loop.exec()
        finally:
            signal.disconnect(loop.quit)

    kiosk_app.prepare_process()
    app = QGuiApplication(sys.argv[:1])
    kiosk_app.load_fonts()
    results: dict = {}
    meter = Window(os.getpid())
    with tempfile.TemporaryDirectory() as data:
        loaded = settings.load(env={"KIOSK_DATA_DIR": data, **_backend_env()})
        quiet = dataclasses.replace(loaded.settings, idle_timeout=3600, idle_warning=60)
        kiosk = kiosk_app.build(quiet, kiosk_mode=False)
        window, stage = kiosk.window, kiosk.stage
        window.showFullScreen()
        wait_for(stage.readyChanged, lambda: stage.ready)
        choice = render.apply(quiet.render_backend)
        results["backend"] = {
            "api": render.in_use(window),
            "gl_renderer": render.gl_renderer() or "",
            "setting": f"{choice.setting}: {choice.reason}",
        }

        def measure(name: str, seconds: float = window_seconds) -> None:
            wait(SETTLE_SECONDS)
            meter.start()
            wait(seconds)
            results[name] = meter.stop()
            results[f"{name}:main"] = meter.main
            results[f"{name}:threads"] = meter.threads

        # A whole cycle of the welcome pictures (a cross-fade, then stillness):
        # a shorter window would land between two fades and read 0.
        attract = window.findChild(QQuickItem, "screenLoader").property("item")
        measure("welcome", max(window_seconds, attract.property("cycleInterval") / 1000))
        window.setProperty("currentScreen", "home")
        measure("home")

        window.setProperty("procedureId", PROCEDURE)
        window.setProperty("currentScreen", "procedure")
        wait_for(stage.stepShown, lambda: stage.shownProcedure == PROCEDURE)
        wait(SETTLE_SECONDS)
        view = window.findChild(QQuickItem, "animationView")
        results["stage_size"] = [round(view.width()), round(view.height())]
        screen = window.findChild(QQuickItem, "screenLoader").property("item")
        last = len(kiosk.procedures.details(PROCEDURE, "en")["steps"]) - 1
        ended = []
        stage.ended.connect(ended.append)
        meter.start()
        screen.setProperty("step", last)
        # The step animates until the stage says it ended; measure at most the window.
        loop = QEventLoop()
        stage.ended.connect(loop.quit)
        QTimer.singleShot(int(window_seconds * 1000), loop.quit)
        loop.exec()
        results["step-animating"] = meter.stop()
        results["step-animating:main"] = meter.main
        results["step-animating:threads"] = meter.threads
        wait_for(stage.ended, lambda: bool(ended))
        results["animation_seconds"] = time.monotonic() - meter.started
        measure("step-settled")
        screen.setProperty("step", LOOP_STEP)
        wait_for(stage.stepShown, lambda: stage.shownStep == LOOP_STEP)
        wait(LOOP_SETTLE_SECONDS - SETTLE_SECONDS)
        measure("step-looping")
        wait_for(stage.settledChanged, lambda: stage.settled)
        measure("step-still")

        window.setProperty("currentScreen", "callUs")
        measure("phone")
        window.setProperty("currentScreen", "attract")
        welcome = window.findChild(QQuickItem, "screenLoader").property("item")
        welcome.setProperty("quietAfter", QUIET_AFTER_MS)
        wait_for(welcome.quietChanged, lambda: welcome.property("quiet"))
        measure("welcome-quiet")
        kiosk.shutdown()
    del app
    return results


def _backend_env() -> dict[str, str]:
    """The bench's own switches, passed to the kiosk's settings."""
    chosen = os.environ.get("BENCH_RENDER_BACKEND")
    env = {"KIOSK_RENDER_BACKEND": chosen} if chosen else {}
    if os.environ.get("BENCH_REDUCE_MOTION"):
        env["KIOSK_REDUCE_MOTION"] = "true"
    return env


# --- the Chromium side ------------------------------------------------------


def chromium_binary() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    raise SystemExit("bench/cpu.py: no chromium on PATH (apt-get install chromium)")


def chromium(url: str, profile: str) -> subprocess.Popen:
    return subprocess.Popen(
        [
            chromium_binary(),
            "--kiosk",
            "--disable-gpu",
            "--no-sandbox",  # root in a container; said in the module docstring
            "--no-first-run",
            "--noerrdialogs",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-features=Translate,MediaRouter",
            "--password-store=basic",
            "--window-position=0,0",
            "--window-size=1920,1080",
            f"--user-data-dir={profile}",
            url,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def stage_copy(folder: Path) -> Path:
    """The kiosk's stage page from disk, with the step driver added."""
    pages = folder / "animations"
    shutil.copytree(REPO / "resources" / "animations", pages)
    (pages / "bench-driver.js").write_text(STAGE_DRIVER_JS)
    html = (pages / "stage.html").read_text()
    html = html.replace("</body>", '<script src="bench-driver.js"></script>\n</body>')
    (pages / "bench-stage.html").write_text(html)
    return pages / "bench-stage.html"


def measure_chromium(
    folder: Path, window_seconds: float, animation: float, size: list[int]
) -> dict[str, float]:
    warmup = 5.0  # Chromium's own start-up, not part of any state
    results = {}
    svg = folder / "svg.html"
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
        browser = chromium(svg.as_uri(), profile)
        try:
            time.sleep(warmup)
            meter = Window(browser.pid)
            meter.start()
            time.sleep(window_seconds)
            results["svg"] = meter.stop()
        finally:
            browser.kill()
            browser.wait()
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
        start = time.time() + warmup
        url = (
            f"{(folder / 'animations' / 'bench-stage.html').as_uri()}?procedure={PROCEDURE}"
            f"&w={size[0]}&h={size[1]}"
        )
        loop_at = start + animation + SETTLE_SECONDS + window_seconds + 0.5
        browser = chromium(
            f"{url}&start={int(start * 1000)}&loopstep={LOOP_STEP}&loopat={int(loop_at * 1000)}",
            profile,
        )
        try:
            time.sleep(max(0.0, start - time.time()))
            meter = Window(browser.pid)
            meter.start()
            time.sleep(min(window_seconds, animation))
            results["stage-animating"] = meter.stop()
            time.sleep(max(0.0, start + animation + SETTLE_SECONDS - time.time()))
            meter.start()
            time.sleep(window_seconds)
            results["stage-settled"] = meter.stop()
            time.sleep(max(0.0, loop_at + LOOP_SETTLE_SECONDS - time.time()))
            meter.start()
            time.sleep(window_seconds)
            results["stage-looping"] = meter.stop()
            time.sleep(max(0.0, loop_at + STILL_AFTER_SECONDS - time.time()))
            meter.start()
            time.sleep(window_seconds)
            results["stage-still"] = meter.stop()
        finally:
            browser.kill()
            browser.wait()
    return results


# --- the run ----------------------------------------------------------------


def run_kiosk(window_seconds: float, backend: str, reduce_motion: bool) -> dict:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "xcb")
    if os.geteuid() == 0:
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"  # this measured process only
    if backend:
        env["BENCH_RENDER_BACKEND"] = backend
    if reduce_motion:
        env["BENCH_REDUCE_MOTION"] = "1"
    out = subprocess.run(
        [sys.executable, __file__, "--driver", "--window", str(window_seconds)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def load_average() -> str:
    """Others' work on the machine shows here; the ratios are side by side for that reason."""
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--window", type=float, default=3.0, help="seconds per state")
    parser.add_argument(
        "--backend", default="", help="render_backend for the kiosk (default: its setting)"
    )
    parser.add_argument(
        "--reduce-motion",
        action="store_true",
        help="the kiosk with reduce_motion on: what a paused welcome screen costs",
    )
    parser.add_argument("--driver", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.driver:
        print(json.dumps(drive_kiosk(args.window)), flush=True)
        os._exit(0)  # the figures are out; Qt's teardown in the GC is not worth a crash
    if not os.environ.get("DISPLAY"):
        raise SystemExit("bench/cpu.py: needs an X display, e.g. Xvfb :95 and DISPLAY=:95")

    print("load average (1, 5, 15 min) at the start: " + load_average())
    kiosk_runs: list[dict] = []
    chromium_runs: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "svg.html").write_text(SVG_PAGE)
        stage_copy(Path(folder))
        for _ in range(args.runs):
            kiosk_runs.append(run_kiosk(args.window, args.backend, args.reduce_motion))
            animation = kiosk_runs[-1]["animation_seconds"]
            size = kiosk_runs[-1]["stage_size"]
            chromium_runs.append(measure_chromium(Path(folder), args.window, animation, size))

    backend = kiosk_runs[0]["backend"]
    print(
        f"display {os.environ['DISPLAY']}, {os.cpu_count()} cores, window {args.window:.1f} s, "
        f"{args.runs} alternated runs; kiosk: Qt Quick {backend['api']}, "
        f"GL renderer {backend['gl_renderer'] or 'none'} (render_backend {backend['setting']})"
        + ("; reduce_motion on" if args.reduce_motion else "")
    )
    print(
        f"step animation ({PROCEDURE}, last step): "
        f"{statistics.median(r['animation_seconds'] for r in kiosk_runs):.1f} s, drawn "
        f"{kiosk_runs[0]['stage_size'][0]}x{kiosk_runs[0]['stage_size'][1]} px in both"
    )
    print(f"{'state':<16}{'kiosk %':>9}{'(main)':>8}{'chromium %':>12}  {'page':<16}{'ratio':>7}")
    for state in STATES:
        page = REFERENCE[state]
        kiosk = [r[state] for r in kiosk_runs]
        browser = [r[page] for r in chromium_runs]
        ratios = [k / max(b, 0.1) for k, b in zip(kiosk, browser, strict=True)]
        # Both idle (under 1% of a core): a ratio of two roundings says nothing.
        both_idle = max(statistics.median(kiosk), statistics.median(browser)) < 1.0
        ratio = "  idle" if both_idle else f"{statistics.median(ratios):7.2f}"
        if state == "step-animating" and kiosk_runs[0]["animation_seconds"] < 0.5:
            ratio = "   n/a"  # reduce_motion: the step jumps to its end, nothing animates
        main = statistics.median(r[f"{state}:main"] for r in kiosk_runs)
        print(
            f"{state:<16}{statistics.median(kiosk):9.1f}{main:8.1f}"
            f"{statistics.median(browser):12.1f}  {page:<16}{ratio:>7}"
        )
    print("(main): the kiosk's own process; the rest is Qt WebEngine's helpers")
    quiet = statistics.median(r["welcome-quiet"] for r in kiosk_runs)
    print(f"welcome screen after its quiet period: {quiet:.1f}% of a core (goal < 2)")
    print("busiest threads of the main process (first run, % of a core):")
    for state in STATES:
        busy = kiosk_runs[0][f"{state}:threads"]
        print(f"  {state:<16}" + ", ".join(f"{name} {value:.1f}" for name, value in busy.items()))
    print("load average (1, 5, 15 min) at the end: " + load_average())
    return 0


if __name__ == "__main__":
    sys.exit(main())
