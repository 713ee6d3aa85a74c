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
