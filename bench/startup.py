"""Start-up to first frame: the kiosk against a bare Qt Quick window, side by side.

Each run starts a fresh process and times it from spawn until it sends
READY=1 (sd_notify) on its first frame, on a socket this script owns. Runs
alternate kiosk, baseline, kiosk, ... so machine drift hits both alike.

Both start as deployed, from bytecode: where PYTHONDONTWRITEBYTECODE is set
(some containers and CI images set it), every start would compile the
kiosk's ~160 source files again, which no installed or packaged kiosk does;
the measured processes then get bytecode on, in a private
PYTHONPYCACHEPREFIX that the warm-up run fills. ``--source`` measures the
other way.

The kiosk restarts as a kiosk does, on the data folder of its last start
(database, and the renderer probe kiosk/system/render.py reuses), which the
warm-up run creates; ``--fresh`` gives every run an empty one instead, the
first start of a new install.

    python bench/startup.py [--runs 10]
"""

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def time_to_ready(command: list[str], env: dict[str, str]) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        address = str(Path(tmp) / "notify.sock")
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
            server.bind(address)
            server.settimeout(60)
            started = time.perf_counter()
            process = subprocess.Popen(
                command,
                cwd=REPO,
                env={"KIOSK_DATA_DIR": tmp, **env, "NOTIFY_SOCKET": address},
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            try:
                if server.recv(64) != b"READY=1":
                    raise RuntimeError("unexpected notify message")
                return time.perf_counter() - started
            finally:
                process.kill()
                process.wait()


def summary(name: str, values: list[float]) -> str:
    return (
        f"{name:<10} median {statistics.median(values):.3f} s   "
        f"min {min(values):.3f}   max {max(values):.3f}   (n={len(values)})"
    )


def compare(names: tuple[str, str], commands: tuple[list[str], list[str]], env, runs: int) -> None:
    """Time two commands alternately (A B A B ...) and print both and their ratio."""
    for command in commands:  # warm the file cache for both
        time_to_ready(command, env)
    results: dict[str, list[float]] = {name: [] for name in names}
    ratios = []
    for _ in range(runs):
        a, b = (time_to_ready(command, env) for command in commands)
        results[names[0]].append(a)
        results[names[1]].append(b)
        ratios.append(a / b)
    print(f"platform: {env['QT_QPA_PLATFORM']}, python {sys.version.split()[0]}")
    for name in names:
        print(summary(name, results[name]))
    print(f"ratio {names[0]}/{names[1]}: median {statistics.median(ratios):.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument(
        "--source", action="store_true", help="compile from source at each start (no bytecode)"
    )
    parser.add_argument("--fresh", action="store_true", help="an empty data folder each run")
    args = parser.parse_args()
    env = dict(os.environ)
    if not args.fresh:
        env["KIOSK_DATA_DIR"] = tempfile.mkdtemp(prefix="bench-data-")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.source:
        env["PYTHONDONTWRITEBYTECODE"] = "1"  # what bytecode exists is used; none is written
    elif env.pop("PYTHONDONTWRITEBYTECODE", None):
        env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="bench-pyc-")
    print("bytecode:", "no, compiled at each start" if args.source else "yes, as deployed")
    print("data folder:", "empty each run" if args.fresh else "kept from the last start")
    kiosk = [sys.executable, "-m", "kiosk", "run", "--windowed"]
    baseline = [sys.executable, str(REPO / "bench" / "baseline_window.py")]
    compare(("kiosk", "baseline"), (kiosk, baseline), env, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
