"""The sync as the settings describe it: the target, and a drainer over the kiosk's store.

Used by the app's worker thread and by ``kiosk sync run``, so both send
the same way. A setting that cannot work raises ``SyncConfigError``
naming the key; the kiosk itself keeps taking requests.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from kiosk.content import content_version
from kiosk.settings import Settings
from kiosk.staff.audit import Audit
from kiosk.store import Store
from kiosk.store.outbox import Outbox
from kiosk.sync import metrics, tombstone
from kiosk.sync.attempt import SyncConfigError, Target
from kiosk.sync.audit_head import HeadSender
from kiosk.sync.fhir import FhirTarget
from kiosk.sync.folder import FolderTarget
from kiosk.sync.webhook import WebhookTarget
from kiosk.sync.worker import Clock, Drainer, utc_now


def make_target(s: Settings) -> Target | None:
    """The configured target, or None when ``sync_target = "none"``."""
    if s.sync_target == "none":
        return None
    if s.sync_target == "webhook":
        if not s.sync_url:
            raise SyncConfigError("sync_url must be set for sync_target = webhook")
        return WebhookTarget(s.sync_url, s.sync_token_file, s.sync_ca_file)
    if s.sync_target == "folder":
        if s.sync_folder is None:
            raise SyncConfigError("sync_folder must be set for sync_target = folder")
        return FolderTarget(s.sync_folder)
    return FhirTarget.from_settings(s)


def make_drainer(
    store: Store, s: Settings, *, clock: Clock = utc_now, target: Target | None = None
) -> Drainer | None:
    """A drainer to the configured target (or ``target``), wiping after delivery (R29),
    keeping ``metrics_file`` up to date, and sending the audit head after each
    batch (R26; not to the FHIR target, which does not take it)."""
    target = target or make_target(s)
    if target is None:
        return None
    audit = Audit(store, clock=clock)
    outbox = Outbox(store)
    version = content_version(s.content_dir, s.languages)  # the packs as loaded at start
    tidy: Callable[[], None] = functools.partial(_housekeeping, store, audit, s, clock, version)
    heads = None
    if s.sync_target != "fhir" and target.name != "fhir":
        heads = HeadSender(audit, outbox, target, s.kiosk_id)
    return Drainer(outbox, target, clock=clock, after_send=tidy, after_batch=heads)


def _housekeeping(store: Store, audit: Audit, s: Settings, clock: Clock, version: str) -> None:
    """Between drains: wipe what was delivered long enough ago, then refresh the metrics."""
    tombstone.wipe(store, audit, s.sync_keep_days, now=clock())
    if s.metrics_file is not None:
        metrics.write(s.metrics_file, store, s.sync_target, clock(), version)
