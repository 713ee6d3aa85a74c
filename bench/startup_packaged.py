"""Start-up of the packaged kiosk (dist/io-kiosk) against the kiosk run from source.

Timed exactly as bench/startup.py times the kiosk (its ``time_to_ready``): a
fresh process each run, from spawn until READY=1 arrives on a NOTIFY_SOCKET
this script owns. Runs alternate packaged, source, packaged, ... so machine
drift hits both alike.

    python bench/startup_packaged.py [--runs 8] [--bundle dist/io-kiosk]
    python bench/startup_packaged.py --smoke     # does the packaged kiosk work?

``--smoke`` (run by ``make package``) starts the packaged kiosk once as a demo,
headless unless QT_QPA_PLATFORM says otherwise, and fails unless it shows its
first frame, warms the web stage, starts Qt WebEngine's helper process from
the bundle, and logs no sign of a file the build left out.
"""

import argparse
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
from startup import compare  # noqa: E402  (the project's one way to time it)

# What a missing file, plugin, QML module or library looks like in the log.
# The Vulkan lines are Qt looking for the *system's* libvulkan (not bundled,
# and optional: Qt falls back to OpenGL or software), so they do not count.
PACKAGING_TROUBLE = re.compile(
    r"is not installed|Failed to load|not found|Cannot load library|No such file|"
    r"could not load|Traceback|ModuleNotFoundError|ImportError|web\.console",
    re.IGNORECASE,
)
IGNORED = re.compile(r"vulkan|system_bus_socket", re.IGNORECASE)
WARMED = "web: warming the animation stage"


def descendants(pid: int) -> list[int]:
    """Every process below ``pid`` (Linux /proc)."""
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            try:
                children = (task / "children").read_text().split()
            except OSError:
                continue
            for child in map(int, children):
                found.append(child)
                todo.append(child)
    return found


def executable_of(pid: int) -> str:
    try:
        return os.readlink(f"/proc/{pid}/exe")
    except OSError:
        return ""


def smoke(bundle: Path, timeout: float = 60.0) -> list[str]:
    """Start the packaged kiosk once; return what is wrong (empty: it works)."""
    executable = bundle / "io-kiosk"
    problems = []
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if os.geteuid() == 0:
        # Chromium cannot sandbox a root process; the kiosk allows that in
        # demo mode only (--windowed), which is all this test runs.
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    with tempfile.TemporaryDirectory() as data:
        address = str(Path(data) / "notify.sock")
        log_file = Path(data) / "logs" / "kiosk.log"
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
            server.bind(address)
            server.settimeout(0.5)
            started = time.perf_counter()
            process = subprocess.Popen(
                [str(executable), "run", "--windowed"],
                env={**env, "NOTIFY_SOCKET": address, "KIOSK_DATA_DIR": data},
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            helpers: set[str] = set()
            try:
                message = b""
                while not message and process.poll() is None:
                    if time.perf_counter() - started > timeout:
                        break
                    try:
                        message = server.recv(64)
                    except TimeoutError:
                        continue
                if message == b"READY=1":
                    print(f"smoke: READY=1 after {time.perf_counter() - started:.2f} s")
                else:
                    problems.append(f"no READY=1 (got {message!r})")
                # Let the web stage warm and its page load.
                deadline = time.monotonic() + 20
                while time.monotonic() < deadline and process.poll() is None:
                    text = log_file.read_text(encoding="utf-8") if log_file.exists() else ""
                    helpers = {executable_of(p) for p in descendants(process.pid)} - {""}
                    if WARMED in text and helpers:
                        break
                    time.sleep(0.2)
                time.sleep(3)  # time for late warnings from the page and QML
                if process.poll() is not None:
                    problems.append(f"the kiosk exited early with code {process.returncode}")
            finally:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        text = log_file.read_text(encoding="utf-8") if log_file.exists() else ""
    if "ready: first frame shown" not in text:
        problems.append("the log has no 'ready: first frame shown'")
    if WARMED not in text:
        problems.append(f"the log has no '{WARMED}'")
    ours = [h for h in helpers if bundle.resolve() in Path(h).parents]
    if not any(Path(h).name == "QtWebEngineProcess" for h in ours):
        problems.append(f"no QtWebEngineProcess from {bundle} was started")
    for line in text.splitlines():
        if PACKAGING_TROUBLE.search(line) and not IGNORED.search(line):
            problems.append(f"log: {line}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=8)
    parser.add_argument("--bundle", type=Path, default=REPO / "dist" / "io-kiosk")
    parser.add_argument("--smoke", action="store_true", help="check the build works; no timing")
    args = parser.parse_args()
    if not (args.bundle / "io-kiosk").is_file():
        print(f"no packaged kiosk at {args.bundle}; run `make package` first", file=sys.stderr)
        return 2
    if args.smoke:
        problems = smoke(args.bundle)
        for problem in problems:
            print(f"smoke: FAIL: {problem}", file=sys.stderr)
        if not problems:
            print("smoke: ok (first frame, web stage warmed, WebEngine helper from the bundle)")
        return 1 if problems else 0

    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    packaged = [str(args.bundle / "io-kiosk"), "run", "--windowed"]
    source = [sys.executable, "-m", "kiosk", "run", "--windowed"]
    compare(("packaged", "source"), (packaged, source), env, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
