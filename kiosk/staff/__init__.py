"""Staff mode without Qt: accounts and PINs, the lockout, the audit log, retention (R12, R14, R15).

``StaffAccounts`` keeps one Argon2id-hashed PIN per staff member and a
lockout whose counters live in SQLite; ``Audit`` writes one hash-chained row
per staff action and checks the chain; ``change_status`` and ``purge`` are
the audited changes to call-back requests. ``kiosk.cli.staff`` adds the
``kiosk staff``, ``kiosk audit`` and ``kiosk purge`` commands. No PIN or
phone number is ever logged, raised or stored in the audit log.
"""

from kiosk.clock import utc_now
from kiosk.staff.accounts import Attempt, StaffAccounts, StaffMember, check_name
from kiosk.staff.audit import ACTIONS, Audit, AuditCheck
from kiosk.staff.errors import StaffError
from kiosk.staff.lockout import FAILURES_BEFORE_DELAY, FAILURES_BEFORE_LOCK, delay_after
from kiosk.staff.pins import MIN_PIN_DIGITS
from kiosk.staff.requests import change_status
from kiosk.staff.retention import purge

__all__ = [
    "ACTIONS",
    "FAILURES_BEFORE_DELAY",
    "FAILURES_BEFORE_LOCK",
    "MIN_PIN_DIGITS",
    "Attempt",
    "Audit",
    "AuditCheck",
    "StaffAccounts",
    "StaffError",
    "StaffMember",
    "change_status",
    "check_name",
    "delay_after",
    "purge",
    "utc_now",
]
