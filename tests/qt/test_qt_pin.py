"""The installed PySide6 must not corrupt reference counts in the kiosk's long runs.

PySide 6.12.0 drops one reference to True/False on every emit of a
Signal(bool); after enough emits the interpreter aborts with "bool_dealloc:
deallocating True or False". pyproject.toml pins a version without the bug;
this test fails if an upgrade brings it back.
"""

import sys

import pytest
from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    flag = Signal(bool)


@pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="True and False are immortal from Python 3.12 (PEP 683): their reference "
    "count never changes, so the bug can neither be seen here nor abort the kiosk",
)
def test_emitting_bool_signals_keeps_reference_counts():
    emitter = _Emitter()
    received = []
    emitter.flag.connect(received.append)
    before = sys.getrefcount(True) + sys.getrefcount(False)
    for n in range(200):
        emitter.flag.emit(n % 2 == 0)
    after = sys.getrefcount(True) + sys.getrefcount(False)
    # `received` holds 200 new references; a bug shows as fewer.
    assert after - before == len(received) == 200
