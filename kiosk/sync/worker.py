"""Draining the outbox: in save order, one request at a time, with persisted backoff (R6-R9).

``Drainer.step`` makes at most one delivery attempt and records its outcome
in the outbox before it returns, so a kiosk killed at any moment either
has not sent a request (it is sent later) or has sent it and maybe not
recorded that (it is sent again, and the target deduplicates on the id):
nothing is lost, and the clinic sees each request once.

A failed attempt that may succeed later waits ``backoff`` seconds: full
jitter (a random time between 0 and ``BASE * 2**attempts``, capped at
``CAP``), at least what the target asked for with ``Retry-After``. The time
is stored as the request's ``next_attempt_at``, so the wait survives a
restart and a crash loop cannot hammer the clinic's server. Retries are
scheduled this way rather than with an in-process retry library because
the wait must outlive the process.

``Worker`` runs the drainer on its own thread, never the UI's: woken when a
request is saved and otherwise every ``POLL_SECONDS``. The clock, the
random source and the target are all injected, so tests can run three days
of outage in a moment.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass

from kiosk.clock import utc_now
from kiosk.store import StoreUnavailable
from kiosk.store.outbox import Due, Outbox
from kiosk.sync import document
from kiosk.sync.attempt import PARK, PAUSE, RETRY, SENT, Attempt, Target

log = logging.getLogger(__name__)

BASE_SECONDS = 5.0
CAP_SECONDS = 3600.0  # at most an hour between tries: a clinic back online is found soon
MAX_RETRY_AFTER = 6 * 3600.0  # a server asking for longer is not taken at its word
POLL_SECONDS = 60.0

Clock = Callable[[], dt.datetime]

# What a step came to, besides the four attempt outcomes.
IDLE, WAITING, PAUSED = "idle", "waiting", "paused"


@dataclass(frozen=True)
class Step:
    """One ``Drainer.step``.

    Attributes:
        outcome: ``sent``/``retry``/``park``/``pause`` when an attempt was made;
            ``idle`` (nothing pending), ``waiting`` (the head's backoff is not
            over) or ``paused`` (the target is paused) when none was.
        request_id: the request attempted, if any.
        wait: seconds until the next attempt is due (0: go on at once).
    """

    outcome: str
    request_id: str | None = None
    wait: float = 0.0


def backoff(attempts: int, retry_after: float | None, rng: random.Random) -> float:
    """Seconds to wait after the ``attempts``-th failed attempt (1 for the first)."""
    ceiling = min(CAP_SECONDS, BASE_SECONDS * 2 ** min(attempts, 30))
    wait = rng.uniform(0.0, ceiling)
    if retry_after is not None:
        wait = max(wait, min(retry_after, MAX_RETRY_AFTER))
    return wait


class Drainer:
    """The drain loop's body, with no thread of its own (``kiosk sync run --once``, tests)."""

    def __init__(
        self,
        outbox: Outbox,
        target: Target,
        *,
        clock: Clock = utc_now,
        rng: random.Random | None = None,
        after_send: Callable[[], None] | None = None,
        after_batch: Callable[[], object] | None = None,
    ) -> None:
        """
        Args:
            outbox: the outbox of the kiosk's store.
            target: where requests go.
            clock: the current time (UTC, aware).
            rng: the random source of the jitter.
            after_send: called after a run of sends, and by the worker whenever
                it goes idle: wipes delivered numbers whose keep time is over (R29).
            after_batch: called after ``after_send`` once a run of steps delivered
                at least one request: sends the audit head (``kiosk.sync.audit_head``).
        """
        self.outbox = outbox
        self.target = target
        self.clock = clock
        self.rng = rng or random.Random()
        self.after_send = after_send
        self.after_batch = after_batch
        self._delivered = False  # a request was delivered since the last ``finish_batch``

    def step(self) -> Step:
        """Make at most one attempt, and record it before returning."""
        if self.outbox.paused() is not None:
            return Step(PAUSED, wait=POLL_SECONDS)
        head = self.outbox.head()
        if head is None:
            return Step(IDLE, wait=POLL_SECONDS)
        now = self.clock()
        due = _parse(head.next_attempt_at)
        if due is not None and due > now:
            return Step(WAITING, head.request["id"], (due - now).total_seconds())
        attempt = self._attempt(head)
        self._record(head, attempt)
        return Step(attempt.outcome, head.request["id"])

    def drain(self, limit: int | None = None) -> list[Step]:
        """Step until nothing is due now (or ``limit`` attempts); the attempts made."""
        made: list[Step] = []
        try:
            while limit is None or len(made) < limit:
                step = self.step()
                if step.outcome in (IDLE, WAITING, PAUSED):
                    break
                made.append(step)
        finally:
            if self.after_send is not None and any(s.outcome == SENT for s in made):
                self.after_send()
            self.finish_batch()
        return made

    def finish_batch(self) -> None:
        """After a run of steps that delivered a request: ``after_batch`` (the audit head).

        Its failures are its own to log; the next batch calls it again.
        """
        if not self._delivered or self.after_batch is None:
            return
        self._delivered = False
        self.after_batch()

    def _attempt(self, head: Due) -> Attempt:
        request_id = head.request["id"]
        try:
            body = document.build(head.request)
        except ValueError as exc:
            return Attempt(PARK, str(exc))
        try:
            return self.target.deliver(request_id, body)
        except Exception:  # a bug in a target must not stop the queue for good
            log.exception("sync: the %s target failed unexpectedly", self.target.name)
            return Attempt(RETRY, f"the {self.target.name} target failed unexpectedly")

    def _record(self, head: Due, attempt: Attempt) -> None:
        request_id = head.request["id"]
        now = self.clock()
        if attempt.outcome == SENT:
            self.outbox.mark_sent(request_id, now)
            self._delivered = True
            log.info("sync: request %s delivered (%s)", request_id, self.target.name)
        elif attempt.outcome == PARK:
            self.outbox.mark_parked(request_id, now, attempt.reason)
            log.warning("sync: request %s parked for staff: %s", request_id, attempt.reason)
        elif attempt.outcome == PAUSE:
            self.outbox.pause(now, attempt.reason)
            log.error("sync: %s target paused until IT acts: %s", self.target.name, attempt.reason)
        else:
            wait = backoff(head.attempts + 1, attempt.retry_after, self.rng)
            self.outbox.mark_retry(
                request_id, now, now + dt.timedelta(seconds=wait), attempt.reason
            )
            # INFO: a clinic's server being briefly away is normal; ``kiosk doctor``
            # warns once the oldest request has waited longer than sync_warn_after.
            log.info(
                "sync: request %s not delivered (%s); next try in %.0f s",
                request_id,
                attempt.reason,
                wait,
            )


class Worker:
    """The drainer on a background thread: woken by ``wake``, otherwise by its own timer."""

    def __init__(self, drainer: Drainer, *, poll_seconds: float = POLL_SECONDS) -> None:
        self.drainer = drainer
        self.poll_seconds = poll_seconds
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="kiosk-sync", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        """A request was saved: try now. Safe from any thread; returns at once."""
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> bool:
        """Ask the thread to end and wait up to ``timeout`` s; False if it is still sending.

        An attempt cut off by the process ending is simply made again at the
        next start: the target deduplicates on the request id.
        """
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)
        return not self._thread.is_alive()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                step = self.drainer.step()
            except StoreUnavailable as exc:
                log.warning("sync: %s; trying again later", exc)
                step = Step(IDLE, wait=self.poll_seconds)
            except Exception:  # the thread must outlive a bug: requests keep coming
                log.exception("sync: the drain failed unexpectedly; trying again later")
                step = Step(IDLE, wait=self.poll_seconds)
            if step.outcome in (IDLE, WAITING, PAUSED):
                self._housekeeping()
                self._wake.wait(min(step.wait, self.poll_seconds))
                self._wake.clear()

    def _housekeeping(self) -> None:
        """Between drains: wipe delivered numbers whose keep time is over (R29), then
        send the audit head if requests were delivered."""
        try:
            if self.drainer.after_send is not None:
                self.drainer.after_send()
            self.drainer.finish_batch()
        except StoreUnavailable as exc:
            log.warning("sync: %s; tried again at the next pause", exc)
        except Exception:
            log.exception("sync: housekeeping failed unexpectedly")


def _parse(stamp: str | None) -> dt.datetime | None:
    if not stamp:
        return None
    return dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
