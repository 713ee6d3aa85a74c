"""The audit log's head goes to the clinic after each batch, as a document of its own (R26).

After a drain that delivered at least one request, if the audit head
(``Audit.head``) is not the one last sent, it is delivered through the same
target as ``kiosk.sync.document.audit_head`` under the id
``audit-head-<kiosk_id>-<head_id>`` (targets deduplicate on it; the folder
target writes a file of that name). The clinic then holds an anchor the
kiosk cannot rewrite. The id of the last head the target took is kept in
the outbox's ``sync_state``.

A head that does not get through is tried again after the next batch. It
never holds up requests and is logged at INFO only: the requests are what
matter, and their own failures are reported. The FHIR target does not take
it (``kiosk.sync.configured`` sends none there).
"""

from __future__ import annotations

import logging

from kiosk.staff.audit import Audit
from kiosk.store import StoreUnavailable
from kiosk.store.outbox import Outbox
from kiosk.sync import document
from kiosk.sync.attempt import SENT, Target

log = logging.getLogger(__name__)


class HeadSender:
    """Sends the audit head through ``target`` when it changed since the last one sent."""

    def __init__(self, audit: Audit, outbox: Outbox, target: Target, kiosk_id: str) -> None:
        self.audit = audit
        self.outbox = outbox
        self.target = target
        self.kiosk_id = kiosk_id

    def __call__(self) -> bool:
        """Send the head if it changed; True if the target now has the current head."""
        try:
            head = self.audit.head()
            if head is None or head.head_id == self.outbox.audit_head_sent():
                return True
        except StoreUnavailable as exc:
            log.info("sync: audit head not read (%s); tried after the next batch", exc)
            return False
        doc_id = document.audit_head_id(self.kiosk_id, head.head_id)
        body = document.audit_head(
            self.kiosk_id, head.head_id, head.row_hash, head.row_mac, head.at
        )
        try:
            attempt = self.target.deliver(doc_id, body)
        except Exception:  # a bug in a target must not stop the requests
            log.info(
                "sync: audit head %d not delivered (the %s target failed unexpectedly); "
                "tried after the next batch",
                head.head_id,
                self.target.name,
                exc_info=True,
            )
            return False
        if attempt.outcome != SENT:
            log.info(
                "sync: audit head %d not delivered (%s); tried after the next batch",
                head.head_id,
                attempt.reason,
            )
            return False
        try:
            self.outbox.mark_audit_head_sent(head.head_id)
        except StoreUnavailable as exc:
            log.info("sync: audit head %d sent, not recorded (%s)", head.head_id, exc)
            return False
        log.info("sync: audit head %d delivered (%s)", head.head_id, self.target.name)
        return True
