"""The core below the Qt line in docs/design.md imports and works without PySide6."""

import importlib
import pkgutil
import subprocess
import sys
import tomllib

from tests.conftest import REPO


def core_modules() -> list[str]:
    """Every module under the packages the import contract calls Qt-free (pyproject.toml).

    The contract (lint-imports) reads the import statements; this test also
    imports each module for real, which catches what no statement shows, such
    as a dependency that itself pulls in Qt.
    """
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    (contract,) = [
        c
        for c in config["tool"]["importlinter"]["contracts"]
        if c["name"] == "The core is Qt-free"
    ]
    names = []
    for name in contract["source_modules"]:
        names.append(name)
        module = importlib.import_module(name)
        if hasattr(module, "__path__"):
            names += [m.name for m in pkgutil.walk_packages(module.__path__, name + ".")]
    return names


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
        [sys.executable, "-c", PROBE, *core_modules()],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
