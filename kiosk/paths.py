"""Where the kiosk's bundled files live, from a source checkout or a PyInstaller build."""

import sys
from pathlib import Path


def bundle_root() -> Path:
    """The folder that holds ``ui/`` and ``resources/``.

    PyInstaller unpacks data next to the executable and points ``sys._MEIPASS``
    at it; from a checkout it is the repository root, one level above ``kiosk/``.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def ui_import_path() -> Path:
    """The QML import path under which the ``ui`` module (``ui/qmldir``) is found."""
    return bundle_root()


def resources_dir() -> Path:
    return bundle_root() / "resources"


def bundled_content_dir() -> Path:
    return resources_dir() / "content"


def animations_dir() -> Path:
    return resources_dir() / "animations"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def translations_dir() -> Path:
    return bundle_root() / "ui" / "i18n"


def make_private_dir(path: Path) -> Path:
    """Create ``path`` and any missing parents as 0700, and make ``path`` itself 0700.

    For the data dir and what is under it (logs, exports): they hold patients'
    numbers, so no other local account may list or read them (R11). ``mkdir``'s
    mode is cut by the umask and ignored for parents, hence each level and the
    explicit ``chmod``, whatever the umask.
    """
    missing = [p for p in (path, *path.parents) if not p.exists()]
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)
        folder.chmod(0o700)
    path.chmod(0o700)
    return path
