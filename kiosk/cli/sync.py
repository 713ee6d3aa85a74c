"""``kiosk sync`` and ``kiosk demo-requests``: the outbox for clinic IT, headless (docs/sync.md).

- ``kiosk sync run [--once]``: drain the outbox to the configured target;
  ``--once`` sends what is due and exits (for a systemd timer or cron),
  without it the command keeps sending until stopped (SIGTERM or Ctrl+C).
- ``kiosk sync status [--json]``: pending, parked, the oldest request's age,
  the last success and the last error, in plain words.
- ``kiosk sync retry ID|--parked``: send parked requests again.
- ``kiosk sync resume``: lift a pause (a refused token, a certificate that
  did not check out) once IT has fixed its cause.
- ``kiosk demo-requests N [--force]``: fictional requests through the form's
  save path, for training and for trying a target.

Every expected failure is one line on stderr and exit 2 (``kiosk.cli.outcome``).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import signal
import threading
from collections.abc import Iterator
from types import FrameType
from typing import TYPE_CHECKING

from kiosk import settings
from kiosk.cli.outcome import OK, CommandError, fail, reported
from kiosk.cli.staff import actor
from kiosk.clock import utc_now
from kiosk.staff.audit import Audit
from kiosk.store import DATABASE_NAME, Store, StoreError
from kiosk.store.outbox import Outbox, OutboxStatus
from kiosk.sync.attempt import PARK, PAUSE, RETRY, SENT, SyncConfigError

if TYPE_CHECKING:
    from kiosk.sync.worker import Worker

# The sync machinery (an HTTP client, cryptography, FHIR models) is imported in
# the commands that use it: every `kiosk` command, `kiosk run` too, builds this
# parser first, before the kiosk's first frame.

_EXPECTED = (StoreError, SyncConfigError, ValueError)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``sync`` and ``demo-requests`` to the ``kiosk`` sub-commands."""
    sync = commands.add_parser(
        "sync",
        help="send call-back requests to the clinic's system (docs/sync.md)",
        description="Send the kiosk's call-back requests to the configured sync_target, "
        "in order, each exactly once from the clinic's point of view.",
    )
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)

    run = actions.add_parser("run", help="send waiting requests (until stopped, or --once)")
    run.add_argument(
        "--once", action="store_true", help="send what is due now, then exit (for a timer)"
    )
    run.set_defaults(func=cmd_sync_run)

    status = actions.add_parser("status", help="what is waiting, parked, and the last error")
    status.add_argument("--json", action="store_true", help="one JSON object, for monitoring")
    status.set_defaults(func=cmd_sync_status)

    retry = actions.add_parser("retry", help="send parked requests again")
    which = retry.add_mutually_exclusive_group(required=True)
    which.add_argument("request_id", nargs="?", metavar="ID", help="one parked request's id")
    which.add_argument("--parked", action="store_true", help="every parked request")
    retry.set_defaults(func=cmd_sync_retry)

    resume = actions.add_parser(
        "resume", help="start sending again after a pause (once its cause is fixed)"
    )
    resume.set_defaults(func=cmd_sync_resume)

    # The clinic's sealing keys: keygen, and open sealed drops (kiosk/cli/sync_keys.py).
    from kiosk.cli import sync_keys

    sync_keys.register_keys(actions)

    demo_requests = commands.add_parser(
        "demo-requests",
        help="save N fictional requests (555-0100 to 555-0199) as the form would",
    )
    demo_requests.add_argument("count", type=int, metavar="N")
    demo_requests.add_argument(
        "--force",
        action="store_true",
        help="also on a kiosk in kiosk mode, where staff would see them as real requests",
    )
    demo_requests.set_defaults(func=cmd_demo_requests)


def cmd_sync_run(args: argparse.Namespace, loaded: settings.LoadedSettings) -> int:
    with reported(*_EXPECTED, command="sync run") as outcome, _store(loaded) as store:
        from kiosk.sync.configured import make_drainer
        from kiosk.sync.worker import Worker

        drainer = make_drainer(store, loaded.settings)
        if drainer is None:
            raise CommandError('sync_target is "none": there is nowhere to send requests')
        if args.once:
            steps = drainer.drain()
            counts = {kind: sum(s.outcome == kind for s in steps) for kind in (SENT, PARK, RETRY)}
            print(
                f"sent {counts[SENT]}, parked {counts[PARK]}, failed and waiting {counts[RETRY]}"
            )
            status = Outbox(store).status()
            for line in describe(status, utc_now()):
                print(line)
            if any(s.outcome == PAUSE for s in steps) or status.paused:
                raise CommandError(f"sync is paused: {status.paused}")
        else:
            _run_until_stopped(Worker(drainer))
    return outcome.code


def _run_until_stopped(worker: Worker) -> None:
    stopping = threading.Event()

    def stop(signum: int, frame: FrameType | None) -> None:
        stopping.set()

    previous = signal.signal(signal.SIGTERM, stop)
    worker.start()
    print("sending; stop with Ctrl+C or SIGTERM")
    try:
        while not stopping.wait(1.0):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        worker.stop()


def cmd_sync_status(args: argparse.Namespace, loaded: settings.LoadedSettings) -> int:
    with reported(*_EXPECTED, command="sync status") as outcome, _store(loaded) as store:
        outbox = Outbox(store)
        status = outbox.status()
        now = utc_now()
        if args.json:
            report = status.as_dict()
            report["target"] = loaded.settings.sync_target
            report["oldest_pending_age_seconds"] = _age(status.oldest_pending_at, now)
            report["parked_requests"] = [p.__dict__ for p in outbox.parked()]
            print(json.dumps(report, indent=2))
        else:
            print(f"target: {loaded.settings.sync_target}")
            for line in describe(status, now):
                print(line)
            for parked in outbox.parked():
                print(f"  parked {parked.request_id} (saved {parked.created_at}): {parked.reason}")
    return outcome.code


def cmd_sync_retry(args: argparse.Namespace, loaded: settings.LoadedSettings) -> int:
    with reported(*_EXPECTED, command="sync retry") as outcome, _store(loaded) as store:
        outbox = Outbox(store)
        if args.parked:
            count = outbox.retry_parked()
            detail: dict[str, str | int] = {"count": count}
            print(f"{count} parked request(s) will be sent again")
        else:
            if not outbox.retry(args.request_id):
                raise CommandError(f"no parked request with id {args.request_id}")
            detail = {"request_id": args.request_id}
            print(f"request {args.request_id} will be sent again")
        Audit(store).record("sync_retry", actor(), detail)
    return outcome.code


def cmd_sync_resume(args: argparse.Namespace, loaded: settings.LoadedSettings) -> int:
    with reported(*_EXPECTED, command="sync resume") as outcome, _store(loaded) as store:
        outbox = Outbox(store)
        reason = outbox.paused()
        if reason is None or not outbox.resume():
            print("sync was not paused")
            return OK
        Audit(store).record("sync_resume", actor())
        print(f"sync resumed (it was paused: {reason})")
    return outcome.code


def cmd_demo_requests(args: argparse.Namespace, loaded: settings.LoadedSettings) -> int:
    s = loaded.settings
    if s.fullscreen and not args.force:
        return fail(
            "this kiosk is in kiosk mode (fullscreen = true): demo requests would be "
            "shown to staff and sent to the clinic as real ones; add --force to do it anyway",
            command="demo-requests",
        )
    with reported(*_EXPECTED, command="demo-requests") as outcome, _store(loaded) as store:
        from kiosk.sync import demo

        saved = demo.save_demo_requests(store, Audit(store), s, args.count, actor=actor())
        print(f"saved {len(saved)} demo request(s) (numbers 555-0100 to 555-0199)")
    return outcome.code


def describe(status: OutboxStatus, now: dt.datetime) -> list[str]:
    """The status in plain words, one fact a line."""
    lines = []
    if status.pending:
        age = _words(_age(status.oldest_pending_at, now))
        line = f"waiting to be sent: {status.pending} (the oldest for {age})"
        if status.next_attempt_at and _when(status.next_attempt_at) > now:
            line += (
                f"; next try in {_words((_when(status.next_attempt_at) - now).total_seconds())}"
            )
        lines.append(line)
    else:
        lines.append("waiting to be sent: none")
    if status.parked:
        lines.append(
            f"parked for staff: {status.parked} (refused by the clinic's system; "
            "fix, then: kiosk sync retry --parked)"
        )
    else:
        lines.append("parked for staff: none")
    lines.append(f"delivered: {status.sent}")
    if status.last_success_at:
        ago = _words(_age(status.last_success_at, now))
        lines.append(f"last success: {status.last_success_at} ({ago} ago)")
    else:
        lines.append("last success: never")
    if status.last_error:
        lines.append(f"last error: {status.last_error} (at {status.last_error_at})")
    if status.paused:
        lines.append(
            f"PAUSED since {status.paused_at}: {status.paused}; once fixed: kiosk sync resume"
        )
    return lines


@contextlib.contextmanager
def _store(loaded: settings.LoadedSettings) -> Iterator[Store]:
    """The kiosk's store, sealing what it saves exactly as the kiosk does (demo requests)."""
    from kiosk.sync import sealing

    try:
        sealer = sealing.sealer_for(loaded.settings.sync_public_key)
    except sealing.SealingError as exc:
        raise CommandError(f"sync_public_key: {exc}") from exc
    with Store.open(loaded.settings.data_dir / DATABASE_NAME, sealer=sealer) as store:
        yield store


def _when(stamp: str) -> dt.datetime:
    return dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))


def _age(stamp: str | None, now: dt.datetime) -> float | None:
    if not stamp:
        return None
    return max(0.0, (now - _when(stamp)).total_seconds())


def _words(seconds: float | None) -> str:
    """``3 h 5 min``, ``12 min``, ``40 s``, ``2 days 3 h``."""
    if seconds is None:
        return "unknown"
    whole = int(seconds)
    days, rest = divmod(whole, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return f"{days} day{'s' if days > 1 else ''} {hours} h"
    if hours:
        return f"{hours} h {minutes} min"
    if minutes:
        return f"{minutes} min"
    return f"{secs} s"
