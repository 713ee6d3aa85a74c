"""Write the ``Kiosk`` QML module's type description, so qmllint knows our types.

The types QML imports as ``Kiosk`` are registered from Python at run time, so
no ``.qmltypes`` file exists for qmllint to read. This runs PySide6's own
tools over this package: ``pyside6-metaobjectdump`` (the Python classes'
meta-objects as JSON) and ``pyside6-qmltyperegistrar`` (JSON to
``Kiosk.qmltypes``), then writes a ``qmldir`` beside it. ``make lint`` calls
it and points ``pyside6-qmllint -I`` at the folder.

Usage: ``python -m kiosk.qml.typeinfo OUT_DIR``
"""

import ast
import json
import subprocess
import sys
from pathlib import Path

import PySide6

from kiosk.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent


def main(out: Path) -> None:
    module_dir = out / QML_IMPORT_NAME
    module_dir.mkdir(parents=True, exist_ok=True)
    metatypes = out / "kiosk_metatypes.json"
    sources = sorted(
        str(p) for p in HERE.glob("*.py") if p.name not in ("__init__.py", "typeinfo.py")
    )
    subprocess.run(
        [BIN / "pyside6-metaobjectdump", "--quiet", "-o", metatypes, *sources], check=True
    )
    _mark_constant_properties(metatypes)
    qt_metatypes = Path(PySide6.__file__).parent / "Qt" / "metatypes"
    foreign = ",".join(str(qt_metatypes / f"qt6{m}_metatypes.json") for m in ("core", "qml"))
    subprocess.run(
        [
            BIN / "pyside6-qmltyperegistrar",
            "--import-name", QML_IMPORT_NAME,
            "--major-version", str(QML_IMPORT_MAJOR_VERSION),
            "--minor-version", "0",
            f"--foreign-types={foreign}",
            "--generate-qmltypes", module_dir / f"{QML_IMPORT_NAME}.qmltypes",
            "-o", out / "kiosk_qmltyperegistrations.cpp",
            metatypes,
        ],
        check=True,
    )  # fmt: skip
    (module_dir / "qmldir").write_text(
        f"module {QML_IMPORT_NAME}\ntypeinfo {QML_IMPORT_NAME}.qmltypes\n", encoding="utf-8"
    )


def _mark_constant_properties(metatypes: Path) -> None:
    """Add the ``constant`` flag that ``@Property(..., constant=True)`` sets.

    WORKAROUND: pyside6-metaobjectdump 6.11 reads ``notify=`` but not
    ``constant=True``, so qmllint would call every constant property stale.
    """
    files = json.loads(metatypes.read_text(encoding="utf-8"))
    for entry in files:
        tree = ast.parse(Path(entry["inputFile"]).read_text(encoding="utf-8"))
        constant = {
            (cls.name, fn.name)
            for cls in ast.walk(tree)
            if isinstance(cls, ast.ClassDef)
            for fn in cls.body
            if isinstance(fn, ast.FunctionDef)
            for dec in fn.decorator_list
            if isinstance(dec, ast.Call)
            and getattr(dec.func, "id", "") == "Property"
            and any(k.arg == "constant" and getattr(k.value, "value", False) for k in dec.keywords)
        }
        for cls in entry.get("classes", []):
            for prop in cls.get("properties", []):
                if (cls["className"], prop["name"]) in constant:
                    prop["constant"] = True
    metatypes.write_text(json.dumps(files, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
