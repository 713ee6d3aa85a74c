"""``StaffRequestModel``: the call-back list the front desk works through.

One row per request, newest first, filtered by status and age. Numbers are
shown masked ("(202) •••-••43") until staff open a row; the full number is a
separate role so the screen decides when to show it. The model re-reads the
store after every change it is told about (``refresh``), and always tells its
views (model reset), so a view never shows a stale status. A request sealed
to the clinic's key has no number on the kiosk: ``sealed`` is true and both
phone roles are empty, and the screen says so.
"""

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtQml import QmlAnonymous

from kiosk import callbacks
from kiosk.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, QVariantMap  # noqa: F401  (read by @QmlAnonymous)
from kiosk.qml.store_handle import StoreHandle

_ROLES = (
    "requestId",
    "received",
    "firstName",
    "maskedPhone",
    "phone",
    "bestTime",
    "topics",
    "language",
    "status",
    "updated",
    "sealed",
    "notReached",
    "closedReason",
)
_ROLE_IDS = {name: Qt.ItemDataRole.UserRole + 1 + n for n, name in enumerate(_ROLES)}
_Index = QModelIndex | QPersistentModelIndex


def mask_national(national: str) -> str:
    """Keep the area code and the last two digits; hide the rest: "(202) •••-••43"."""
    digits_seen = sum(c.isdigit() for c in national)
    shown, out = 0, []
    for char in national:
        if char.isdigit():
            shown += 1
            keep = shown <= 3 or shown > digits_seen - 2
            out.append(char if keep else "\u2022")
        else:
            out.append(char)
    return "".join(out)


def local_time(iso_utc: str | None) -> str:
    if not iso_utc:
        return ""
    moment = dt.datetime.fromisoformat(iso_utc.replace("Z", "+00:00"))
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


# Registered without a name: QML reaches it only as Staff.requests, and knows its type.
@QmlAnonymous
class StaffRequestModel(QAbstractListModel):
    countsChanged = Signal()

    def __init__(self, store: StoreHandle, region: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handle = store
        self._region = region
        self._rows: list[dict[str, Any]] = []
        self._status = "new"
        self._days = 0  # 0: any age
        self._counts: dict[str, int] = {}  # by status; none until the first refresh
        self._oldest_waiting = ""

    # --- filters and summary --------------------------------------------------

    def set_filter(self, status: str, days: int) -> None:
        from kiosk.store.requests import STATUSES  # sqlite-utils: not before the first frame

        self._status = status if status in STATUSES else ""
        self._days = max(0, days)
        self.refresh()

    @property
    def status(self) -> str:
        """The status the list is filtered to ("" for all)."""
        return self._status

    @Property(QVariantMap, notify=countsChanged)
    def counts(self) -> dict[str, int]:
        from kiosk.store.requests import STATUSES  # sqlite-utils: not before the first frame

        return {status: self._counts.get(status, 0) for status in STATUSES}

    @Property(str, notify=countsChanged)
    def oldestWaiting(self) -> str:
        return self._oldest_waiting

    def refresh(self) -> None:
        """Re-read the store (after a status change, an export, or opening staff mode)."""
        self.beginResetModel()
        self._rows = self._load()
        self.endResetModel()
        self.countsChanged.emit()

    def clear(self) -> None:
        """Forget every row: staff mode is locked."""
        self.beginResetModel()
        self._rows = []
        self._counts = {}
        self._oldest_waiting = ""
        self.endResetModel()
        self.countsChanged.emit()

    def _load(self) -> list[dict[str, Any]]:
        store = self._handle.store
        if store is None:
            return []
        everything = store.requests()
        self._counts = {}
        for row in everything:
            self._counts[row["status"]] = self._counts.get(row["status"], 0) + 1
        waiting = [row["created_at"] for row in everything if row["status"] == "new"]
        self._oldest_waiting = local_time(min(waiting)) if waiting else ""
        since = None
        if self._days:
            since = dt.datetime.now(dt.UTC) - dt.timedelta(days=self._days)
        rows = []
        for row in everything:
            if self._status and row["status"] != self._status:
                continue
            created = dt.datetime.fromisoformat(row["created_at"].replace("Z", "+00:00"))
            if since and created < since:
                continue
            rows.append(row)
        return rows

    # --- the model ----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:
        return {role: QByteArray(name.encode()) for name, role in _ROLE_IDS.items()}

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        sealed = bool(row.get("sealed"))
        national = "" if sealed else callbacks.national_format(row["phone_e164"], self._region)
        values = {
            "requestId": row["id"],
            "received": local_time(row["created_at"]),
            "firstName": row["first_name"] or "",
            "maskedPhone": mask_national(national),
            "phone": national,
            "bestTime": row["best_time"],
            "topics": list(row["topics"]),
            "language": row["language"],
            "status": row["status"],
            "updated": " ".join(
                part
                for part in (row["status_changed_by"] or "", local_time(row["status_changed_at"]))
                if part
            ),
            "sealed": sealed,
            # How often nobody answered, and why the kiosk closed it ("" if it did not).
            "notReached": int(row.get("not_reached") or 0),
            "closedReason": row.get("closed_reason") or "",
        }
        if role == Qt.ItemDataRole.DisplayRole:
            return values["received"]
        for name, role_id in _ROLE_IDS.items():
            if role == role_id:
                return values[name]
        return None
