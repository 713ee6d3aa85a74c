"""``StoreHandle``: the request database, opened right after the first frame or at first use.

Opening the database (sqlite-utils, the pragmas, the migrations, a corrupt
file moved aside) is work the welcome screen does not need, so the
composition root opens the handle once the first frame is on screen. The
services that use the store (the call-back form, usage counts, staff mode)
hold the handle and ask it for the store when they need it: asked before
that, it opens there and then, so a request made in the first second is
still committed before "Thank you" (R3).
"""

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:  # the store's module pulls in sqlite-utils: imported when opened
    from kiosk.store import Store

log = logging.getLogger(__name__)


class StoreHandle(QObject):
    """Opens the store once, with ``opener``; ``store`` is None when it cannot be used (R2, R5)."""

    opened = Signal()  # once, after the open was tried (``store`` may then be None)

    def __init__(
        self, opener: "Callable[[], Store | None]", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._opener = opener
        self._store: Store | None = None
        self._tried = False
        self._waiting: list[Callable[[Store], None]] = []

    @property
    def tried(self) -> bool:
        """The open has been tried (whether or not the store could be used)."""
        return self._tried

    @property
    def store(self) -> "Store | None":
        """The store, opened now if it was not yet."""
        self.open()
        return self._store

    @Slot()
    def open(self) -> None:
        """Open the store, once; later calls do nothing."""
        if self._tried:
            return
        self._tried = True
        self._store = self._opener()
        waiting, self._waiting = self._waiting, []
        if self._store is not None:
            for call in waiting:
                call(self._store)
        self.opened.emit()

    def when_open(self, call: "Callable[[Store], None]") -> None:
        """Call ``call(store)`` once the store is open: now if it is; never if it cannot be."""
        if not self._tried:
            self._waiting.append(call)
        elif self._store is not None:
            call(self._store)

    def close(self) -> None:
        """Close the store if it was opened; a handle never opened stays so."""
        self._tried = True  # nothing opens it after shutdown
        self._waiting = []
        if self._store is not None:
            self._store.close()
