"""The core below the Qt line in docs/design.md imports and works without PySide6."""

import subprocess
import sys

from tests.conftest import REPO

CORE_MODULES = (
    "kiosk.settings",
    "kiosk.content",
    "kiosk.content.loader",
    "kiosk.cli.main",
    "kiosk.cli.doctor",
    "kiosk.system.logs",
    "kiosk.system.safety",
    "kiosk.system.systemd",
    "kiosk.system.uptime",
    "kiosk.paths",
    "kiosk.callbacks",
    "kiosk.store",
    "kiosk.export",
    "kiosk.staff",
)

# Runs in a fresh interpreter where any import of PySide6 or shiboken6 fails.
PROBE = """
import importlib, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError("Qt is not allowed in the core: " + name)
sys.meta_path.insert(0, Block())
for name in sys.argv[1:]:
    importlib.import_module(name)
from kiosk import content, paths
pack = content.load_pack(paths.bundled_content_dir(), "en")
assert pack.procedures and not pack.problems
print("ok")
"""


def test_core_imports_without_qt():
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *CORE_MODULES],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
