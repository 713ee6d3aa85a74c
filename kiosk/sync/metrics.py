"""The metrics file for the clinic's monitoring: Prometheus text format, written atomically.

With ``metrics_file`` set, the sync worker rewrites it every time it goes
idle (at least once a minute): how many requests wait, how many are
parked, how old the oldest is, when the last delivery succeeded, whether
the target is paused, how many requests the kiosk holds, how many it has
ever taken and how often it has started (both monotonic counters, kept in
``sync_state``), and the build with its content version.
``prometheus-client`` writes it to a temporary file and renames it, so
node_exporter's textfile collector never reads half a file. No port is
opened. No number, name or request id is in it.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from prometheus_client import CollectorRegistry, Counter, Gauge, Info, write_to_textfile

from kiosk import __version__
from kiosk.store import Store
from kiosk.store.outbox import Outbox, OutboxStatus

log = logging.getLogger(__name__)
PREFIX = "io_kiosk"


def write(
    path: Path, store: Store, target: str, now: dt.datetime, content_version: str = ""
) -> None:
    """Rewrite ``path`` from the outbox now; a failure is logged, never raised."""
    try:
        outbox = Outbox(store)
        status = outbox.status()
        captured, restarts = outbox.counts()
        reg = registry(
            status, target, now, captured=captured, restarts=restarts, content=content_version
        )
        write_to_textfile(str(path), reg)
    except OSError as exc:
        log.warning("metrics: cannot write %s: %s", path, exc.strerror or exc)


def registry(
    status: OutboxStatus,
    target: str,
    now: dt.datetime,
    *,
    captured: int = 0,
    restarts: int = 0,
    content: str = "",
) -> CollectorRegistry:
    """The gauges, set from one outbox status; the counters from ``Outbox.counts``."""
    reg = CollectorRegistry()

    def gauge(name: str, help_text: str, value: float) -> None:
        Gauge(f"{PREFIX}_{name}", help_text, registry=reg).set(value)

    gauge("sync_pending", "Requests waiting to be delivered.", status.pending)
    gauge("sync_parked", "Requests the clinic's system refused, waiting for staff.", status.parked)
    gauge(
        "sync_delivered", "Requests delivered and still on the kiosk as tombstones.", status.sent
    )
    gauge("sync_paused", "1 when the target is paused until IT acts.", int(bool(status.paused)))
    gauge(
        "sync_oldest_pending_age_seconds",
        "Age of the oldest request not yet delivered (0: none).",
        _age(status.oldest_pending_at, now),
    )
    gauge(
        "sync_last_success_timestamp_seconds",
        "Unix time of the last delivery (0: never).",
        _timestamp(status.last_success_at),
    )
    gauge(
        "requests_stored",
        "Call-back requests on the kiosk (any state).",
        status.pending + status.parked + status.sent,
    )
    # Counters written as read from the store: "_total" is added by prometheus-client.
    Counter(
        f"{PREFIX}_requests_captured", "Call-back requests ever saved on the kiosk.", registry=reg
    ).inc(captured)
    Counter(f"{PREFIX}_restarts", "Times the kiosk has started.", registry=reg).inc(restarts)
    Info(
        f"{PREFIX}_build", "The kiosk's build, content version and sync target.", registry=reg
    ).info({"version": __version__, "content_version": content, "sync_target": target})
    return reg


def _when(stamp: str) -> dt.datetime:
    return dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))


def _age(stamp: str | None, now: dt.datetime) -> float:
    return max(0.0, (now - _when(stamp)).total_seconds()) if stamp else 0.0


def _timestamp(stamp: str | None) -> float:
    return _when(stamp).timestamp() if stamp else 0.0
