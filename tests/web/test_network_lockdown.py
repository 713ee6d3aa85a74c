"""R18: a page that tries every way out makes zero requests to a server we run on loopback."""

import http.server
import logging
import threading
from typing import ClassVar

import pytest
from PySide6.QtCore import QUrl

from kiosk.web.scheme import CONTENT_SECURITY_POLICY

HOSTILE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>hostile</title>
<link rel="stylesheet" href="http://{host}/style.css">
</head><body>
<img src="http://{host}/img.png">
<a id="link" href="http://{host}/link">away</a>
<form id="form" method="post" action="http://{host}/form">
<input name="phone" value="5550100"></form>
<iframe src="http://{host}/frame"></iframe>
<script src="hostile.js"></script>
</body></html>
"""
SCRIPT = """
window.attempts = 0;
function attempt(fn) { try { fn(); } catch (e) {} window.attempts += 1; }
attempt(() => fetch('http://{host}/fetch').catch(() => {{}}));
attempt(() => {{ const x = new XMLHttpRequest(); x.open('GET', 'http://{host}/xhr'); x.send(); }});
attempt(() => navigator.sendBeacon('http://{host}/beacon', 'x'));
attempt(() => new WebSocket('ws://{host}/ws'));
attempt(() => window.open('http://{host}/popup'));
attempt(() => document.getElementById('link').click());
attempt(() => document.getElementById('form').submit());
attempt(() => {{ window.location.href = 'http://{host}/redirect'; }});
document.title = "done";
"""


class CountingHandler(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def _count(self) -> None:
        CountingHandler.hits.append(f"{self.command} {self.path}")
        self.send_response(200)
        self.end_headers()

    do_GET = do_POST = _count

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def loopback_server():
    CountingHandler.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), CountingHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def write_hostile_page(folder, host: str) -> None:
    (folder / "hostile.html").write_text(HOSTILE.format(host=host), encoding="utf-8")
    script = SCRIPT.replace("{{", "{").replace("}}", "}").replace("{host}", host)
    (folder / "hostile.js").write_text(script, encoding="utf-8")


@pytest.mark.parametrize(
    "csp",
    [CONTENT_SECURITY_POLICY, ""],
    ids=["as-shipped", "interceptor-alone"],
)
def test_hostile_page_reaches_nothing(tmp_path, driver_for, loopback_server, qtbot, csp, caplog):
    """As shipped, the page's CSP stops most attempts in the renderer; with no CSP
    at all the request interceptor must still block every one of them."""
    caplog.set_level(logging.WARNING)  # this test expects a logged warning
    write_hostile_page(tmp_path, loopback_server)
    driver = driver_for(tmp_path, csp)
    blocked: list[str] = []
    driver.interceptor.blocked.connect(blocked.append)

    # Not driver.load(): blocked sub-resources make loadFinished report False.
    with qtbot.waitSignal(driver.page.titleChanged, timeout=20000):
        driver.page.load(QUrl("kiosk://app/hostile.html"))
    if not csp:
        # At least fetch, XHR, WebSocket, image, style sheet and frame.
        qtbot.waitUntil(lambda: len(blocked) >= 6, timeout=10000)

    assert CountingHandler.hits == []
    assert set(blocked) <= {"http://127.0.0.1", "ws://127.0.0.1"}
    # Links, the form and the redirect were refused: the page is still ours.
    assert driver.js("location.href") == "kiosk://app/hostile.html"


def test_scheme_serves_only_its_folder(tmp_path, driver_for):
    (tmp_path / "inside.html").write_text("<p>inside</p>", encoding="utf-8")
    (tmp_path.parent / "outside.txt").write_text("secret", encoding="utf-8")
    driver = driver_for(tmp_path)
    driver.load("kiosk://app/inside.html")
    assert driver.js("document.body.textContent") == "inside"
    status = driver.js(
        "fetch('kiosk://app/../outside.txt').then(r => r.status).catch(() => 'blocked')"
    )
    assert status != 200
