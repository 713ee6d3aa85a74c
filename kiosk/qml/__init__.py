"""Qt adapters: the Python objects QML sees as ``import Kiosk``.

Each adapter is a thin QObject over the Qt-free core, registered with
``@QmlElement`` + ``@QmlSingleton`` (never a context property). The
composition root (``kiosk.app``) builds each one from the settings as a child
of the QML engine; QML's ``create(engine)`` hook then hands QML that engine's
own instance (``owned_by``), so there is no global state and every test engine
gets fresh services.
"""

from typing import Any, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtQml import QQmlEngine

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

# Qt's names for the list and map types a Property may have. Spelled as
# names, not bare strings: pyside6-metaobjectdump (kiosk/qml/typeinfo.py)
# reads them from the source for qmllint, and PySide6's type stubs, which
# accept only Python types, see Any.
QVariantList: Any = "QVariantList"
QVariantMap: Any = "QVariantMap"
QStringList: Any = "QStringList"

_T = TypeVar("_T", bound=QObject)


def owned_by(engine: QQmlEngine, cls: type[_T]) -> _T:
    """The instance of ``cls`` that the composition root made for ``engine``."""
    instance = engine.findChild(cls)
    if instance is None:
        raise LookupError(f"{cls.__name__} was not created for this QML engine")
    QQmlEngine.setObjectOwnership(instance, QQmlEngine.ObjectOwnership.CppOwnership)
    return instance
