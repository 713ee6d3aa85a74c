"""Which renderer Qt Quick should use, from the GL renderer string (Qt-free).

On a machine without a hardware GPU, OpenGL is Mesa's llvmpipe (or another
software rasteriser): Qt Quick's OpenGL renderer then redraws the whole
window on the CPU every frame, which costs a core or more on the welcome
screen. Qt Quick's own software renderer repaints only what changed, so it
is the better choice there. A hardware GPU keeps OpenGL.

The kiosk records its choice in the data folder at each start, so
``kiosk doctor`` (another process, without Qt) can show what is in use. The
record also keeps the probed GL renderer: the probe loads the whole OpenGL
driver (0.1-0.5 s on a small box with Mesa), so the next start on the same
platform and Qt reuses the answer and probes again only once the kiosk is up.
"""

import contextlib
import datetime as dt
import json
from dataclasses import asdict, dataclass
from pathlib import Path

SOFTWARE, OPENGL = "software", "opengl"
RECORD_NAME = "render.json"
# Lower-case pieces of GL_RENDERER strings that mean "drawn by the CPU".
SOFTWARE_RENDERERS = (
    "llvmpipe",
    "softpipe",
    "swrast",
    "software rasterizer",
    "swiftshader",
    "gdi generic",  # Windows' OpenGL 1.1 fallback
    "microsoft basic render",  # Windows' WARP
)


@dataclass(frozen=True)
class Choice:
    setting: str  # auto | software | opengl
    backend: str  # software | opengl
    gl_renderer: str  # "" when not probed or no OpenGL at all
    reason: str

    def describe(self) -> str:
        return f"Qt Quick {self.backend} renderer ({self.reason})"


def is_software(gl_renderer: str) -> bool:
    name = gl_renderer.lower()
    return any(piece in name for piece in SOFTWARE_RENDERERS)


def choose(setting: str, gl_renderer: str | None) -> Choice:
    """The backend for a ``render_backend`` setting and the probed GL renderer.

    Args:
        gl_renderer: the GL_RENDERER string, or None when no OpenGL context
            could be made (no GPU driver, or a headless platform).
    """
    renderer = gl_renderer or ""
    if setting == SOFTWARE:
        return Choice(setting, SOFTWARE, renderer, "render_backend = software")
    if setting == OPENGL:
        return Choice(setting, OPENGL, renderer, "render_backend = opengl")
    if gl_renderer is None:
        return Choice(setting, SOFTWARE, "", "auto: no OpenGL available")
    if is_software(gl_renderer):
        return Choice(setting, SOFTWARE, renderer, f"auto: no hardware GPU ({gl_renderer})")
    return Choice(setting, OPENGL, renderer, f"auto: hardware GPU ({gl_renderer})")


def record(data_dir: Path, choice: Choice, probe_key: str = "") -> None:
    """Write the choice for ``kiosk doctor``; a kiosk that cannot write it still runs.

    Args:
        probe_key: where the GL renderer was probed (platform and Qt version),
            or "" when it was not probed and must not be reused.
    """
    entry = {
        **asdict(choice),
        "probe_key": probe_key,
        "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        (data_dir / RECORD_NAME).write_text(json.dumps(entry) + "\n")
    except OSError:
        pass


def recorded(data_dir: Path) -> dict[str, str] | None:
    """What the kiosk chose at its last start in this data folder, if it said."""
    try:
        entry = json.loads((data_dir / RECORD_NAME).read_text())
    except (OSError, ValueError):
        return None
    return entry if isinstance(entry, dict) else None


def known_renderer(entry: dict[str, str] | None, probe_key: str) -> tuple[bool, str | None]:
    """(True, GL renderer or None for "no OpenGL") when a record probed on this same
    platform and Qt can be reused; (False, None) when a probe is needed."""
    if not entry or not probe_key or entry.get("probe_key") != probe_key:
        return False, None
    return True, entry.get("gl_renderer") or None


def forget_probe(data_dir: Path) -> None:
    """The GPU changed under a running kiosk: the next start probes again."""
    entry = recorded(data_dir)
    if entry and entry.get("probe_key"):
        entry["probe_key"] = ""
        with contextlib.suppress(OSError):  # then the next start simply reuses it
            (data_dir / RECORD_NAME).write_text(json.dumps(entry) + "\n")
