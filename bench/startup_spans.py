"""Where start-up goes: the kiosk's path to its first frame, one span at a time.

The same steps as ``kiosk.app.run`` (without logging set-up and self-healing,
which take no measurable time), each timed, in a fresh process per run;
medians over the runs. ``make bench`` gives the total against a bare window;
this says which part of the difference is which.

    QT_QPA_PLATFORM=offscreen python bench/startup_spans.py [--runs 5]
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

PROCESS_START = time.perf_counter()


def timed(module, name: str, into: dict[str, float]) -> None:
    """Replace module.name with a wrapper that notes its time in ``into``."""
    original = getattr(module, name)

    def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            into[name] = time.perf_counter() - started

    setattr(module, name, wrapper)


def one_run() -> dict[str, float]:
    spans: dict[str, float] = {}
    mark = PROCESS_START

    def span(name: str) -> None:
        nonlocal mark
        now = time.perf_counter()
        spans[name] = now - mark
        mark = now

    from PySide6.QtCore import QEventLoop
    from PySide6.QtGui import QGuiApplication

    span("import PySide6 core")
    from kiosk import app as kiosk_app
    from kiosk import settings

    span("import kiosk.app (the rest)")
    kiosk_app.prepare_process()
    app = QGuiApplication(sys.argv[:1])
    span("web engine init + QGuiApplication")
    kiosk_app.load_fonts()
    span("fonts")
    with tempfile.TemporaryDirectory() as data:
        loaded = settings.load(env={"KIOSK_DATA_DIR": data})
        span("settings")
        inside: dict[str, float] = {}
        timed(kiosk_app, "load_content", inside)
        timed(kiosk_app.render, "apply", inside)
        after: dict[str, float] = {}
        timed(kiosk_app, "open_store", after)  # after the first frame now
        engine_class = kiosk_app.QQmlApplicationEngine

        class TimedEngine(engine_class):  # type: ignore[valid-type, misc]
            def loadFromModule(self, *args):
                started = time.perf_counter()
                super().loadFromModule(*args)
                inside["QML load (compile + create)"] = time.perf_counter() - started

        kiosk_app.QQmlApplicationEngine = TimedEngine
        kiosk = kiosk_app.build(loaded.settings, kiosk_mode=False)
        span("build")
        for name, seconds in inside.items():
            spans[f"  build: {name}"] = seconds
        spans["  build: the rest (services)"] = spans["build"] - sum(inside.values())
        # The first frame is when the kiosk says READY=1 (as bench/startup.py times it);
        # what FirstFrame.shown starts after it (the store, the web engine) is counted apart.
        ready: list[float] = []
        notify = kiosk_app.systemd.notify
        kiosk_app.systemd.notify = lambda message: ready.append(time.perf_counter())  # type: ignore[assignment]
        opened = QEventLoop()
        kiosk.database.opened.connect(opened.quit)
        kiosk.window.show()
        opened.exec()
        kiosk_app.systemd.notify = notify
        spans["show to first frame"] = ready[0] - mark
        spans["total to first frame"] = ready[0] - PROCESS_START
        spans["after it, until the store is open"] = time.perf_counter() - ready[0]
        spans["  of which open_store"] = after["open_store"]
        kiosk.shutdown()
    del app
    return spans


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(one_run()))
        os._exit(0)  # the web engine's threads are not worth waiting for
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    if env.pop("PYTHONDONTWRITEBYTECODE", None):  # from bytecode, as deployed (bench/startup.py)
        env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="bench-pyc-")
    runs = []
    for _ in range(args.runs + 1):  # the first warms the file cache
        out = subprocess.run(
            [sys.executable, __file__, "--child"], env=env, capture_output=True, text=True
        ).stdout
        runs.append(json.loads(out.strip().splitlines()[-1]))
    runs = runs[1:]
    print(f"platform {env['QT_QPA_PLATFORM']}, medians of {args.runs} fresh processes")
    for name in runs[0]:
        print(f"  {name:<44} {statistics.median(r[name] for r in runs) * 1000:7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
