"""Start-up to first frame: the kiosk against a bare Qt Quick window, side by side.

Each run starts a fresh process and times it from spawn until it sends
READY=1 (sd_notify) on its first frame, on a socket this script owns. Runs
alternate kiosk, baseline, kiosk, ... so machine drift hits both alike.

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
                env={**env, "NOTIFY_SOCKET": address, "KIOSK_DATA_DIR": tmp},
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    kiosk = [sys.executable, "-m", "kiosk", "run", "--windowed"]
    baseline = [sys.executable, str(REPO / "bench" / "baseline_window.py")]

    time_to_ready(kiosk, env)  # warm the file cache for both
    time_to_ready(baseline, env)
    results: dict[str, list[float]] = {"kiosk": [], "baseline": []}
    ratios = []
    for _ in range(args.runs):
        a = time_to_ready(kiosk, env)
        b = time_to_ready(baseline, env)
        results["kiosk"].append(a)
        results["baseline"].append(b)
        ratios.append(a / b)
    print(f"platform: {env['QT_QPA_PLATFORM']}, python {sys.version.split()[0]}")
    print(summary("kiosk", results["kiosk"]))
    print(summary("baseline", results["baseline"]))
    print(f"ratio kiosk/baseline: median {statistics.median(ratios):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
