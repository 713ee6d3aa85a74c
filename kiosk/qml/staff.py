"""``Staff``: the front desk's side of the kiosk, behind a hidden gesture and a PIN.

It opens from the welcome screen only, over the patient screens, which it
blocks entirely; locking (the Lock button, or the idle timeout) starts the
patient side over once more. The PIN is typed into Python one digit at a time, like a
patient's number, and cleared after every try. Every sign-in, failed PIN,
status change and export writes its audit row through ``kiosk.staff``.
"""

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk import callbacks
from kiosk.qml import (  # noqa: F401  (read by @QmlElement)
    QML_IMPORT_MAJOR_VERSION,
    QML_IMPORT_NAME,
    QStringList,
    QVariantList,
    QVariantMap,
    owned_by,
)
from kiosk.qml.session import Session
from kiosk.qml.staff_requests import StaffRequestModel, local_time, mask_national
from kiosk.qml.store_handle import StoreHandle
from kiosk.settings import Settings
from kiosk.store import StoreError

# kiosk.staff, kiosk.export and the store's modules pull in sqlite-utils and argon2
# (~70 ms of start-up) that the welcome screen does not need: each slot imports what it uses.
if TYPE_CHECKING:
    from kiosk import staff
    from kiosk.store import Store

log = logging.getLogger(__name__)

# What the dashboard's sync section reads while no one is signed in, or with no target.
_NO_SYNC: dict[str, Any] = {
    "enabled": False,
    "pending": 0,
    "parked": 0,
    "lastSuccess": "",
    "paused": "",
    "parkedRequests": [],
}


@QmlElement
@QmlSingleton
class Staff(QObject):
    openChanged = Signal()
    accountsChanged = Signal()
    pinChanged = Signal()
    usageChanged = Signal()
    destinationsChanged = Signal()
    syncChanged = Signal()

    @staticmethod
    def create(engine: QQmlEngine) -> "Staff":
        """QML's hook: this engine's instance, made by the composition root."""
        return owned_by(engine, Staff)

    def __init__(
        self,
        store: StoreHandle,
        session: Session,
        settings: Settings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._handle = store
        self._made: tuple[staff.StaffAccounts, staff.Audit] | None = None
        store.opened.connect(self.accountsChanged)  # ``available`` may have changed
        self._session = session
        self._settings = settings
        self._requests = StaffRequestModel(store, settings.clinic_region, self)
        self._open = False
        self._member: staff.StaffMember | None = None
        self._pin = ""
        self._usage: dict[str, Any] = {"views": [], "requestsPerDay": []}
        self._sync: dict[str, Any] = _NO_SYNC
        session.startedOver.connect(self._forget)

    # --- the store, and the accounts and audit log in it --------------------------

    @property
    def _store(self) -> "Store | None":
        return self._handle.store

    @property
    def _accounts(self) -> "staff.StaffAccounts | None":
        return self._staff_side()[0]

    @property
    def _audit(self) -> "staff.Audit | None":
        return self._staff_side()[1]

    def _staff_side(self) -> "tuple[staff.StaffAccounts | None, staff.Audit | None]":
        """The accounts and the audit log, made once the store is open; None without one."""
        from kiosk import staff

        store = self._handle.store
        if store is None:
            return None, None
        if self._made is None:
            audit = staff.Audit(store)
            self._made = staff.StaffAccounts(store, audit=audit), audit
        return self._made

    # --- state for QML -----------------------------------------------------------

    @Property(bool, notify=accountsChanged)
    def available(self) -> bool:
        return self._accounts is not None

    @Property(bool, notify=openChanged)
    def open(self) -> bool:
        """The staff screens are showing (sign-in or dashboard)."""
        return self._open

    @Property(bool, notify=openChanged)
    def signedIn(self) -> bool:
        return self._member is not None

    @Property(str, notify=openChanged)
    def staffName(self) -> str:
        return self._member.name if self._member else ""

    @Property(bool, notify=openChanged)
    def isAdmin(self) -> bool:
        return self._is_admin()

    def _is_admin(self) -> bool:
        return bool(self._member and self._member.admin)

    @Property(bool, notify=accountsChanged)
    def hasAccounts(self) -> bool:
        return self._accounts is not None and self._accounts.any_exist()

    @Property(QVariantList, notify=accountsChanged)
    def members(self) -> list[dict[str, Any]]:
        if self._accounts is None:
            return []
        return [{"name": m.name, "locked": m.locked} for m in self._accounts.members()]

    @Property(int, constant=True)
    def minPinDigits(self) -> int:
        from kiosk.staff import pins

        return pins.MIN_PIN_DIGITS

    @Property(int, constant=True)
    def maxPinDigits(self) -> int:
        """The pad takes no more digits than a PIN may have (``kiosk.staff.pins``)."""
        from kiosk.staff import pins

        return pins.MAX_PIN_DIGITS

    @Property(QStringList, constant=True)
    def statuses(self) -> list[str]:
        """A request's statuses, in the order the list's filters show them."""
        from kiosk.store.requests import STATUSES

        return list(STATUSES)

    @Property(int, notify=pinChanged)
    def pinLength(self) -> int:
        return len(self._pin)

    @Property(StaffRequestModel, constant=True)
    def requests(self) -> StaffRequestModel:
        return self._requests

    @Property(QVariantMap, notify=usageChanged)
    def usage(self) -> dict[str, Any]:
        return self._usage

    @Property(QVariantMap, notify=syncChanged)
    def syncInfo(self) -> dict[str, Any]:
        """The outbox at a glance (``refreshSync``); ``enabled`` is False with no sync target."""
        return self._sync

    @Property(int, constant=True)
    def retentionDays(self) -> int:
        """How long requests done, and moved-aside databases, are kept (retention_days)."""
        return self._settings.retention_days

    @Property(str, notify=accountsChanged)
    def databaseNotice(self) -> str:
        """Set when the database was unreadable at start and moved aside (R5)."""
        moved = self._store.recovered_from if self._store else None
        return str(moved) if moved else ""

    @Slot()
    def refreshDestinations(self) -> None:
        """Look again for plugged-in drives (the export page asks while it is open)."""
        self.destinationsChanged.emit()

    @Property(QVariantList, notify=destinationsChanged)
    def destinations(self) -> list[dict[str, str]]:
        """Where an export may go: plugged-in drives, or a folder on this computer."""
        return self._destinations()

    def _destinations(self) -> list[dict[str, str]]:
        from kiosk import export
        from kiosk.staff import exports

        found = [
            {"label": path.name or str(path), "path": str(path)}
            for path in export.removable_drives()
        ]
        local = self._settings.data_dir / exports.EXPORTS_FOLDER
        found.append({"label": "", "path": str(local)})  # "the kiosk's export folder"
        return found

    # --- signing in ------------------------------------------------------------------

    @Slot()
    def openSignIn(self) -> None:
        """The hidden gesture was made on the welcome screen."""
        self._pin = ""
        self._open = True
        self.accountsChanged.emit()
        self.pinChanged.emit()
        self.openChanged.emit()

    @Slot(str)
    def pressPinDigit(self, digit: str) -> None:
        from kiosk.staff import pins

        if digit.isdigit() and len(digit) == 1 and len(self._pin) < pins.MAX_PIN_DIGITS:
            self._pin += digit
            self.pinChanged.emit()

    @Slot()
    def clearPin(self) -> None:
        """Another name was picked, or Back: no half-typed PIN carries over."""
        self._pin = ""
        self.pinChanged.emit()

    @Slot()
    def deletePinDigit(self) -> None:
        self._pin = self._pin[:-1]
        self.pinChanged.emit()

    @Slot(str, result="QVariantMap")
    def signIn(self, name: str) -> dict[str, Any]:
        """Check the typed PIN for ``name``; the PIN is cleared whatever happens."""
        pin, self._pin = self._pin, ""
        self.pinChanged.emit()
        if self._accounts is None:
            return {"ok": False, "locked": False, "waitSeconds": 0, "retryAfter": 0}
        try:
            attempt = self._accounts.attempt(name, pin)
        except StoreError as exc:  # the lockout could not be recorded: refuse
            log.error("staff: sign-in refused, the attempt could not be recorded: %s", exc)
            return {"ok": False, "locked": False, "waitSeconds": 0, "retryAfter": 0}
        if attempt.ok:
            self._member = next((m for m in self._accounts.members() if m.name == name), None)
            log.info("staff: %s signed in", name)
            try:
                self._requests.set_filter("new", 0)
                self.refreshUsage()
            except StoreError as exc:  # show the dashboard anyway; it says nothing is there
                log.error("staff: could not read the requests: %s", exc)
            self.openChanged.emit()
        self.accountsChanged.emit()
        return {
            "ok": attempt.ok,
            "locked": attempt.locked,
            "waitSeconds": int(attempt.wait_seconds + 0.999),  # refused: too soon
            "retryAfter": int(attempt.retry_after + 0.999),  # wrong, and now a delay starts
        }

    @Slot()
    def lock(self) -> None:
        """Close staff mode; the patient side starts over for the next patient."""
        self._session.startOver()  # calls _forget through startedOver

    def _forget(self) -> None:
        """Staff mode closes (Lock, or the idle timeout): audit it, then forget everything."""
        if self._member is not None and self._audit is not None:
            try:
                self._audit.record("lock", self._member.name)
            except StoreError as exc:  # closing must never fail: the list is on screen
                log.error("staff: the lock could not be audited: %s", exc)
        self._member = None
        self._pin = ""
        self._open = False
        self._requests.clear()
        self._usage = {"views": [], "requestsPerDay": []}
        self._sync = _NO_SYNC
        self.pinChanged.emit()
        self.usageChanged.emit()
        self.syncChanged.emit()
        self.openChanged.emit()

    # --- the list ---------------------------------------------------------------------

    @Slot(str, int)
    def setFilter(self, status: str, days: int) -> None:
        if self._member is not None:
            self._requests.set_filter(status, days)

    @Slot(str, str)
    def setStatus(self, request_id: str, status: str) -> None:
        """Mark a request "called" or "done", or record "not_reached" (it stays open)."""
        from kiosk.staff.requests import change_status

        if self._member is None or self._store is None or self._audit is None:
            return
        outcome = "not_reached" if status == "not_reached" else None
        new_status = "new" if outcome else status
        try:
            change_status(
                self._store,
                self._audit,
                request_id,
                new_status,
                self._member.name,
                outcome,
                close_after_not_reached=self._settings.close_after_not_reached,
            )
        except (StoreError, ValueError) as exc:
            log.error("staff: could not change a request's status: %s", exc)
        self._requests.refresh()

    @Slot()
    def refreshUsage(self) -> None:
        if self._store is None or self._member is None:
            return
        views: dict[str, int] = {}
        per_day: dict[str, int] = {}
        for row in self._store.usage(30):
            if row["event"] == "procedure_viewed":
                views[row["subject"]] = views.get(row["subject"], 0) + row["count"]
            elif row["event"] == "request_sent":
                per_day[row["day"]] = per_day.get(row["day"], 0) + row["count"]
        today = dt.datetime.now(dt.UTC).date()
        days = [(today - dt.timedelta(days=n)).isoformat() for n in range(29, -1, -1)]
        self._usage = {
            "views": [{"subject": k, "count": v} for k, v in sorted(views.items())],
            "requestsPerDay": [{"day": day, "count": per_day.get(day, 0)} for day in days],
        }
        self.usageChanged.emit()
        self.refreshSync()

    # --- the sync ------------------------------------------------------------------------

    @Slot()
    def refreshSync(self) -> None:
        """Read the outbox again; nothing to show when the kiosk sends nowhere."""
        from kiosk.store.outbox import Outbox

        if self._store is None or self._member is None or self._settings.sync_target == "none":
            return
        try:
            status = Outbox(self._store).status()
            parked = Outbox(self._store).parked()
        except StoreError as exc:  # the dashboard still opens; the section stays as it was
            log.error("staff: could not read the sync status: %s", exc)
            return
        rows = []
        for item in parked:
            request = self._store.get_request(item.request_id)
            # A sealed request keeps no readable number on the kiosk: the screen says so.
            phone = (request or {}).get("phone_e164") or ""
            national = callbacks.national_format(phone, self._settings.clinic_region)
            rows.append(
                {
                    "requestId": item.request_id,  # for retrySync only, never shown
                    "received": local_time(item.created_at),
                    "maskedPhone": mask_national(national) if phone else "",
                    "reason": item.reason,
                }
            )
        self._sync = {
            "enabled": True,
            "pending": status.pending,
            "parked": status.parked,
            "lastSuccess": local_time(status.last_success_at),
            "paused": status.paused or "",
            "parkedRequests": rows,
        }
        self.syncChanged.emit()

    @Slot(str)
    def retrySync(self, request_id: str) -> None:
        """Send a parked request again ("" for every parked one), audited like the CLI's."""
        from kiosk.store.outbox import Outbox

        if self._store is None or self._audit is None or self._member is None:
            return
        outbox = Outbox(self._store)
        try:
            if request_id:
                if outbox.retry(request_id):
                    self._audit.record("sync_retry", self._member.name, {"request_id": request_id})
            else:
                count = outbox.retry_parked()
                self._audit.record("sync_retry", self._member.name, {"count": count})
        except StoreError as exc:  # the screen shows what is stored either way
            log.error("staff: could not retry the sync: %s", exc)
        self.refreshSync()

    # --- for admins -----------------------------------------------------------------------

    @Slot(result="QVariantList")
    def auditRows(self) -> list[dict[str, str]]:
        """The latest audit rows as facts for plain sentences (``staff_audit``):
        names, masked numbers and times, never ids or full numbers."""
        from kiosk.qml.staff_audit import audit_entries

        if not self._is_admin() or self._audit is None or self._store is None:
            return []
        try:
            rows = self._audit.rows(50)
            return audit_entries(rows, self._store.get_request, self._settings.clinic_region)
        except StoreError as exc:
            log.error("staff: could not read the audit log: %s", exc)
            return []

    @Slot(result=str)
    def auditCheck(self) -> str:
        """Empty when the audit log's hash chain is intact, else what is wrong."""
        if not self._is_admin() or self._audit is None:
            return ""
        result = self._audit.verify()
        return "" if result.ok else f"{result.problem} (row {result.row_id})"

    @Slot(str)
    def unlockMember(self, name: str) -> None:
        """An admin clears a locked colleague's lockout (R14)."""
        from kiosk import staff

        if self._accounts is None or self._member is None or not self._member.admin:
            return
        try:
            self._accounts.unlock(name, by=self._member.name)
        except (StoreError, staff.StaffError) as exc:
            log.error("staff: could not unlock an account: %s", exc)
        self.accountsChanged.emit()

    # --- exports ------------------------------------------------------------------------

    @Slot(str, str, result="QVariantMap")
    def exportTo(self, fmt: str, folder: str) -> dict[str, Any]:
        """Write the list in ``fmt`` into one of ``destinations``; never a typed path.

        The file holds the requests the list shows (its status filter); it
        appears only once its audit row is written (``kiosk.staff.exports``).
        """
        from kiosk import export
        from kiosk.staff import exports

        allowed = {d["path"]: d["label"] for d in self._destinations()}
        failed = {"ok": False, "rows": 0, "file": "", "fileName": "", "drive": ""}
        if self._member is None or self._store is None or self._audit is None:
            return failed
        if folder not in allowed:
            return failed
        target = Path(folder) / exports.file_name(fmt, dt.datetime.now())
        try:
            done = exports.audited_export(
                self._store,
                self._audit,
                fmt,
                target,
                actor=self._member.name,
                region=self._settings.clinic_region,
                clinic_name=self._settings.clinic_name,
                status=self._requests.status or None,
                topic_names=export.topic_names(
                    self._settings.content_dir, self._settings.languages
                ),
            )
        except (exports.ExportError, ValueError) as exc:  # a full stick: say so, never crash
            log.error("staff: export failed: %s", exc)
            return failed
        log.info("staff: exported %d requests as %s", done.rows, fmt)
        # The screen names the place ("USB drive KINGSTON"), not a Linux path.
        return {
            "ok": True,
            "rows": done.rows,
            "file": str(done.path),
            "fileName": done.path.name,
            "drive": allowed[folder],
        }
