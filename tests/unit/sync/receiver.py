"""A clinic's webhook receiver on loopback, as a real integration engine behaves.

It stores each request once per ``Idempotency-Key`` (a second copy is
answered 200 and not stored again), checks the bearer token, and can be
told what to do with the next posts: answer a status, or commit and then
drop the connection ("server committed, response lost"). The records are
what the clinic would see; ``posts`` counts every POST that arrived.
"""

from __future__ import annotations

import collections
import json
import socket
import ssl
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import trustme
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

TOKEN = "test-token-0123"
PATH = "/kiosk/requests"
DROP = "drop"  # commit, then close the connection without answering
HOLD = "hold"  # commit, then wait for ``release`` before answering


@dataclass
class Receiver:
    records: dict[str, dict[str, Any]] = field(default_factory=dict)  # in arrival order
    posts: int = 0
    script: collections.deque[Any] = field(default_factory=collections.deque)
    conflicts: int = 0  # a second copy whose body differs from the first
    release: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)
    headers: list[dict[str, str]] = field(default_factory=list)
    down: bool = False  # answer every post 503 (the clinic's system is down)

    def then(self, *behaviours: Any) -> Receiver:
        """What to do with the next posts: a status code (with optional headers), DROP, HOLD."""
        self.script.extend(behaviours)
        return self

    def handle_refused(self, request: Request) -> Response:
        """A POST counted but not committed (the server failed before its commit)."""
        with self.lock:
            self.posts += 1
        return Response("", status=503)

    def handle(self, request: Request) -> Response:
        with self.lock:
            self.posts += 1
            self.headers.append(dict(request.headers))
            behaviour = self.script.popleft() if self.script else None
        if self.down:
            return Response("", status=503)
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            return Response("no", status=401)
        if isinstance(behaviour, tuple):  # (status, headers): refuse without committing
            return Response("", status=behaviour[0], headers=behaviour[1])
        if isinstance(behaviour, int):
            return Response("", status=behaviour)
        key = request.headers.get("Idempotency-Key", "")
        body = json.loads(request.get_data())
        with self.lock:
            first = key not in self.records
            if first:
                self.records[key] = body
            elif self.records[key] != body:
                self.conflicts += 1
        if behaviour == DROP:
            sock: socket.socket = request.environ["werkzeug.socket"]
            sock.shutdown(socket.SHUT_RDWR)
            return Response("", status=201)
        if behaviour == HOLD:
            self.release.wait(60)
        return Response(json.dumps({"id": key}), status=201 if first else 200)


@dataclass
class Served:
    """A running receiver: its URL, the CA file that trusts it, and the records."""

    url: str
    ca_file: Path
    token_file: Path
    receiver: Receiver
    server: HTTPServer


def tls_server(tmp_path: Path, *, threaded: bool = False) -> Served:
    """A started HTTPS receiver on 127.0.0.1 with a throwaway CA (stop ``server`` after)."""
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(context)
    ca_file = tmp_path / "clinic-ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    server = HTTPServer(host="127.0.0.1", port=0, ssl_context=context, threaded=threaded)
    receiver = Receiver()
    server.expect_request(PATH, method="POST").respond_with_handler(receiver.handle)
    server.start()
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN + "\n", encoding="utf-8")
    token_file.chmod(0o600)
    return Served(server.url_for(PATH), ca_file, token_file, receiver, server)
