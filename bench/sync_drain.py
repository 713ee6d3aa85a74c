"""Sync drain throughput against a bare HTTP loop, and tap latency while the kiosk drains.

1. ``--requests`` requests (default 10,000) are saved through the store and
   drained to a TLS webhook on loopback (the tests' receiver, which dedupes
   on Idempotency-Key). Side by side, in the same run: a bare loop of the
   same ``httpx2`` client posting the same bodies, which is what HTTP alone
   costs; the difference is the outbox (a durable COMMIT per delivery). The
   receiver is werkzeug's single-threaded test server, a new TLS handshake
   per request: it, not the kiosk, sets the absolute rate.
2. Tap to visible response on the procedure screen (as bench/tap_latency.py
   measures it) while the kiosk's own worker drains ``--ui-requests``
   requests, and again once it is idle.
3. ``--requests`` requests (default 2,000: the in-memory server slows as it
   fills) drained through ``FhirTarget`` to the tests' real FHIR server
   (tests/servers/fhir_server.py: Medplum's router in memory, plain HTTP on
   loopback, conditional create on If-None-Exist), and a bare loop of the
   same ``httpx2`` client POSTing the same CommunicationRequests with the
   same If-None-Exist headers to a second, fresh server (both start empty).
   The two alternate in ``--blocks`` blocks so the servers' slowing as they
   fill, and any other drift, affects both alike.

``--target webhook|fhir|both`` (default both) picks 1 and 2, or 3, or all.

    QT_QPA_PLATFORM=offscreen python bench/sync_drain.py
    python bench/sync_drain.py --requests 2000 --taps 100
    python bench/sync_drain.py --target fhir --requests 400

Output of the last (one run, a development container):

    400 requests to the FHIR test server, 4 alternating blocks a side:
      drain via FhirTarget       220 requests/s (1.8 s)
      bare httpx2 loop           404 requests/s (1.0 s)
      drain / bare              0.54

Four such runs gave drain / bare from 0.28 to 0.77 (drain 74-220/s, bare
263-404/s): small N, and the drain's durable COMMIT per delivery varies
with the disk. Use the default 2,000 (or more runs) for figures to quote.
"""

import argparse
import dataclasses
import itertools
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "bench")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from kiosk import settings  # noqa: E402
from kiosk.store import Store  # noqa: E402
from kiosk.store.outbox import Outbox  # noqa: E402
from kiosk.sync import document  # noqa: E402
from kiosk.sync.attempt import SENT  # noqa: E402
from kiosk.sync.fhir import FHIR_JSON, FhirTarget  # noqa: E402
from kiosk.sync.fhir_resource import communication_request, if_none_exist  # noqa: E402
from kiosk.sync.webhook import WebhookTarget  # noqa: E402
from kiosk.sync.worker import Drainer  # noqa: E402
from tests.servers import fhir_server  # noqa: E402
from tests.unit.sync.conftest import make_request  # noqa: E402
from tests.unit.sync.receiver import tls_server  # noqa: E402

DEFAULT_REQUESTS = {"webhook": 10_000, "fhir": 2_000}


def queue(store: Store, count: int) -> list[str]:
    return [store.save_request(make_request(n)) for n in range(count)]


def drain_rate(tmp: Path, count: int) -> None:
    served = tls_server(tmp)
    try:
        with Store.open(tmp / "kiosk.db") as store:
            started = time.perf_counter()
            ids = queue(store, count)
            saved_in = time.perf_counter() - started
            target = WebhookTarget(served.url, served.token_file, served.ca_file)
            drainer = Drainer(Outbox(store), target)
            started = time.perf_counter()
            sent = drainer.drain()
            drained_in = time.perf_counter() - started
            assert len(sent) == count and len(served.receiver.records) == count
            bodies = [document.encode(document.build(store.get_request(i))) for i in ids]
        client = target._client  # the same client, connection pool and TLS settings
        headers = {"Content-Type": "application/json"}
        token = served.token_file.read_text(encoding="utf-8").strip()
        started = time.perf_counter()
        for request_id, body in zip(ids, bodies, strict=True):
            response = client.post(
                served.url,
                content=body,
                headers={
                    **headers,
                    "Idempotency-Key": request_id,
                    "Authorization": f"Bearer {token}",
                },
            )
            assert response.status_code == 200  # the receiver already has it
        bare_in = time.perf_counter() - started
    finally:
        served.server.clear()
        served.server.stop()
    print(f"{count} requests: saved in {saved_in:.1f} s ({count / saved_in:.0f}/s)")
    print(f"  drain to the webhook   {count / drained_in:7.0f} requests/s ({drained_in:.1f} s)")
    print(f"  bare httpx2 loop       {count / bare_in:7.0f} requests/s ({bare_in:.1f} s)")


def fhir_drain_rate(tmp: Path, count: int, blocks: int) -> None:
    with Store.open(tmp / "kiosk.db") as store:
        ids = queue(store, count)
        resources = [communication_request(document.build(store.get_request(i))) for i in ids]
        with fhir_server.running() as drained_url, fhir_server.running() as bare_url:
            target = FhirTarget(drained_url)
            drainer = Drainer(Outbox(store), target)
            client = target._client  # the same client, connection pool and headers
            timed = {"drain": 0.0, "bare": 0.0}
            edges = [count * b // blocks for b in range(blocks + 1)]
            for block, (start, end) in enumerate(itertools.pairwise(edges)):
                order = ("drain", "bare") if block % 2 == 0 else ("bare", "drain")
                for side in order:  # who goes first alternates too
                    began = time.perf_counter()
                    if side == "drain":
                        steps = drainer.drain(limit=end - start)
                        assert [s.outcome for s in steps] == [SENT] * (end - start), steps[-1:]
                    else:
                        for request_id, resource in zip(
                            ids[start:end], resources[start:end], strict=True
                        ):
                            response = client.post(
                                f"{bare_url}/CommunicationRequest",
                                json=resource,
                                headers={
                                    "Content-Type": FHIR_JSON,
                                    "If-None-Exist": if_none_exist(request_id),
                                },
                            )
                            assert response.status_code == 201, response.status_code
                    timed[side] += time.perf_counter() - began
            assert drainer.outbox.head() is None  # all delivered
            target.close()
    drained, bare = count / timed["drain"], count / timed["bare"]
    print(f"{count} requests to the FHIR test server, {blocks} alternating blocks a side:")
    print(f"  drain via FhirTarget   {drained:7.0f} requests/s ({timed['drain']:.1f} s)")
    print(f"  bare httpx2 loop       {bare:7.0f} requests/s ({timed['bare']:.1f} s)")
    print(f"  drain / bare           {drained / bare:7.2f}")


def tap_during_drain(tmp: Path, count: int, taps: int) -> None:
    from PySide6.QtGui import QGuiApplication
    from tap_latency import find, spin_until, summary, tap_latencies

    from kiosk import app as kiosk_app

    served = tls_server(tmp)
    if os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # a benchmark, never the app
    kiosk_app.prepare_process()
    app = QGuiApplication(sys.argv[:1])
    kiosk_app.load_fonts()
    env = {
        "KIOSK_DATA_DIR": str(tmp / "data"),
        "KIOSK_SYNC_TARGET": "webhook",
        "KIOSK_SYNC_URL": served.url,
        "KIOSK_SYNC_TOKEN_FILE": str(served.token_file),
        "KIOSK_SYNC_CA_FILE": str(served.ca_file),
    }
    loaded = settings.load(env=env)
    quiet = dataclasses.replace(loaded.settings, idle_timeout=3600, idle_warning=60)
    with Store.open(tmp / "data" / "kiosk.db") as store:
        queue(store, count)
    kiosk = kiosk_app.build(quiet, kiosk_mode=False)
    try:
        window = kiosk.window
        window.show()
        spin_until(lambda: kiosk.stage.warm, timeout=30)
        window.setProperty("procedureId", "y90")
        window.setProperty("currentScreen", "procedure")
        screen = find(window, "screenLoader").property("item")
        steps = len(kiosk.procedures.details("y90", "en")["steps"])
        state = {"forward": True}

        def next_or_back():
            step = screen.property("step")
            if step >= steps - 1:
                state["forward"] = False
            elif step <= 0:
                state["forward"] = True
            return find(window, "nextButton" if state["forward"] else "backButton")

        def step_now() -> object:
            return screen.property("step")

        during = tap_latencies(window, next_or_back, step_now, taps)
        sent_during = len(served.receiver.records)
        spin_until(lambda: len(served.receiver.records) == count, timeout=600)
        idle = tap_latencies(window, next_or_back, step_now, taps)
    finally:
        kiosk.shutdown()
        served.server.clear()
        served.server.stop()
    print(f"tap to next frame on the procedure screen ({os.environ['QT_QPA_PLATFORM']}):")
    print(summary("draining", during) + f"   ({sent_during} sent meanwhile)")
    print(summary("idle", idle))
    app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", choices=("webhook", "fhir", "both"), default="both")
    parser.add_argument(
        "--requests",
        type=int,
        default=None,
        help="requests to drain (default 10,000 to the webhook, 2,000 to FHIR)",
    )
    parser.add_argument("--blocks", type=int, default=4, help="FHIR: alternating blocks a side")
    parser.add_argument("--ui-requests", type=int, default=2_000)
    parser.add_argument("--taps", type=int, default=200)
    args = parser.parse_args()
    targets = ("webhook", "fhir") if args.target == "both" else (args.target,)

    def count(target: str) -> int:
        return DEFAULT_REQUESTS[target] if args.requests is None else args.requests

    if "webhook" in targets:
        with tempfile.TemporaryDirectory() as one, tempfile.TemporaryDirectory() as two:
            drain_rate(Path(one), count("webhook"))
            tap_during_drain(Path(two), args.ui_requests, args.taps)
    if "fhir" in targets:
        with tempfile.TemporaryDirectory() as three:
            fhir_drain_rate(Path(three), count("fhir"), args.blocks)
    return 0


if __name__ == "__main__":
    sys.exit(main())
