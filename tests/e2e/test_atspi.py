"""Screen readers (Orca) meet a named control everywhere (issue 15, point 4), over AT-SPI.

The real thing: the kiosk runs as its own process under Xvfb with Qt's AT-SPI
bridge on, on a private D-Bus session with at-spi2-core's bus launcher and
registry; the test reads the accessibility tree over that bus with ``gdbus``
(the kiosk's venv has no pyatspi) and presses buttons through AT-SPI's own
Action interface, as assistive technology does. On home, a procedure step and
the phone page, in English and Spanish, every shown control has a control
role and a non-empty name in the screen's language.
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
TOOLS = ("Xvfb", "dbus-daemon", "gdbus")
CONTROL_ROLES = {"push button", "check box", "radio button", "toggle button"}
SHOWING = 1 << 25  # ATSPI_STATE_SHOWING, in the first word of GetState
ROOT = "/org/a11y/atspi/accessible/root"
_CHILD = re.compile(r"\('([^']+)', (?:objectpath )?'([^']+)'\)")


def missing() -> str:
    gone = [tool for tool in TOOLS if shutil.which(tool) is None]
    if not LAUNCHER.exists():
        gone.append(str(LAUNCHER))
    return ", ".join(gone)


class Bus:
    """The accessibility bus, read with gdbus."""

    def __init__(self, address: str) -> None:
        self.address = address

    def call(self, dest: str, path: str, method: str, *args: str) -> str:
        done = subprocess.run(
            ["gdbus", "call", "--address", self.address, "--dest", dest,
             "--object-path", path, "--method", method, *args],
            capture_output=True, text=True, timeout=10, check=False,
        )  # fmt: skip
        return done.stdout.strip()

    def text(self, dest: str, path: str, name: str) -> str:
        found = re.search(
            r"<'(.*)'>",
            self.call(dest, path, "org.freedesktop.DBus.Properties.Get",
                      "org.a11y.atspi.Accessible", name),
        )  # fmt: skip
        return found.group(1) if found else ""

    def apps(self) -> list[tuple[str, str]]:
        return _CHILD.findall(
            self.call("org.a11y.atspi.Registry", ROOT, "org.a11y.atspi.Accessible.GetChildren")
        )

    def shown_nodes(self, dest: str, path: str = ROOT) -> list[dict]:
        """Every node under ``path`` that is on screen: role, name, description, id."""
        nodes = []
        for child_dest, child in _CHILD.findall(
            self.call(dest, path, "org.a11y.atspi.Accessible.GetChildren")
        ):
            state = re.search(
                r"uint32 (\d+)", self.call(child_dest, child, "org.a11y.atspi.Accessible.GetState")
            )
            if not state or not int(state.group(1)) & SHOWING:
                continue
            role = re.search(
                r"'(.*)'", self.call(child_dest, child, "org.a11y.atspi.Accessible.GetRoleName")
            )
            nodes.append({
                "dest": child_dest, "path": child,
                "role": role.group(1) if role else "",
                "name": self.text(child_dest, child, "Name"),
                "id": self.text(child_dest, child, "AccessibleId").rsplit(".", 1)[-1],
            })  # fmt: skip
            nodes.extend(self.shown_nodes(child_dest, child))
        return nodes

    def press(self, nodes: list[dict], object_name: str) -> None:
        (node,) = [n for n in nodes if n["id"] == object_name]
        self.call(node["dest"], node["path"], "org.a11y.atspi.Action.DoAction", "0")


def wait_for(condition, what: str, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(0.2)  # polling another process: there is no signal to wait on
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def atspi_kiosk(tmp_path):
    gone = missing()
    if gone:
        pytest.skip(f"AT-SPI cannot start here: {gone} not installed (at-spi2-core, dbus, Xvfb)")
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    session = f"unix:path={tmp_path / 'session-bus'}"
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": session, "XDG_RUNTIME_DIR": str(runtime)}
    started: list[subprocess.Popen] = []

    log = tmp_path / "processes.log"

    def start(*command: str, **extra) -> subprocess.Popen:
        with log.open("a") as out:
            process = subprocess.Popen(
                command, env={**env, **extra}, stdout=out, stderr=out, start_new_session=True
            )
        started.append(process)
        return process

    try:
        start("dbus-daemon", "--session", "--nofork", f"--address={session}")
        # The accessibility engineer's display number (each engineer has one).
        display = ":97"
        start("Xvfb", display, "-screen", "0", "1920x1080x24")
        wait_for(lambda: Path("/tmp/.X11-unix/X97").exists(), "the X display")
        wait_for(lambda: Path(session.removeprefix("unix:path=")).exists(), "the session bus")
        start(str(LAUNCHER))
        a11y = wait_for(
            lambda: re.search(
                r"'(unix:[^']+)'",
                subprocess.run(
                    ["gdbus", "call", "--address", session, "--dest", "org.a11y.Bus",
                     "--object-path", "/org/a11y/bus", "--method", "org.a11y.Bus.GetAddress"],
                    capture_output=True, text=True, env=env, check=False,
                ).stdout,
            ),
            "the accessibility bus",
        )  # fmt: skip
        bus = Bus(a11y.group(1))
        start(
            sys.executable, "-m", "kiosk", "run", "--windowed", "--size", "1920x1080",
            DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            QTWEBENGINE_DISABLE_SANDBOX="1", KIOSK_DATA_DIR=str(tmp_path / "data"),
        )  # fmt: skip
        try:
            (app,) = wait_for(bus.apps, "the kiosk on the accessibility bus", timeout=60)
        except AssertionError:
            pytest.fail(
                "the kiosk never joined the accessibility bus:\n" + log.read_text()[-3000:]
            )
        yield bus, app[0]
    finally:
        for process in reversed(started):
            with_group = process.pid
            try:
                os.killpg(with_group, signal.SIGTERM)
            except ProcessLookupError:
                continue
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(with_group, signal.SIGKILL)
                process.wait()


def controls(bus: Bus, app: str, expect: str) -> list[dict]:
    """The shown controls, once the control ``expect`` is among them."""
    return wait_for(
        lambda: (
            (found := [n for n in bus.shown_nodes(app) if n["role"] in CONTROL_ROLES])
            and any(n["id"] == expect for n in found)
            and found
        ),
        f"{expect} on screen",
    )


def assert_named(found: list[dict], at_least: int) -> None:
    assert len(found) >= at_least, [n["id"] for n in found]
    for node in found:
        assert node["name"].strip(), f"{node['id']} ({node['role']}) has no name"


@pytest.mark.parametrize(
    ("language", "start_over", "procedure_tile"),
    [("en", "Start over", "tile-tace"), ("es", "Empezar de nuevo", "tile-tace")],
)
def test_every_shown_control_has_a_role_and_a_name(
    atspi_kiosk, language, start_over, procedure_tile
):
    bus, app = atspi_kiosk
    welcome = controls(bus, app, "startButton")
    assert_named(welcome, 4)
    bus.press(welcome, f"language-{language}")  # chooses the language and starts

    home = controls(bus, app, procedure_tile)
    assert_named(home, 10)
    names = {n["id"]: n["name"] for n in home}
    assert names["homeButton"] == start_over, "names are in the screen's language"
    assert len(names[procedure_tile]) > 25, "a tile says its title and its summary"

    bus.press(home, procedure_tile)
    procedure = controls(bus, app, "askCallButton")
    assert_named(procedure, 9)
    stage = [n for n in bus.shown_nodes(app) if n["id"] == "animationFrame"]
    assert stage and stage[0]["role"] == "animation" and stage[0]["name"]

    bus.press(procedure, "askCallButton")
    phone = controls(bus, app, "phoneNext")
    assert_named(phone, 15)
    assert {f"key-{d}" for d in "0123456789"} <= {n["id"] for n in phone}
