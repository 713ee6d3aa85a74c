"""Markup in any text never makes the kiosk fetch anything (R24).

A loopback HTTP server records every request while the real app shows an
``<img src=http://...>`` from each source of text: the clinic's name
(settings), a topic's caption (content), a patient's first name and a staff
member's name. It must record none. A rich-text control made in the same
engine shows that the QML engine would fetch such an image, and that its
network guard (kiosk/runtime/offline.py) refuses it.
"""

import dataclasses
import http.server
import logging
import shutil
import threading
import urllib.request

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtQml import QQmlComponent

from kiosk import callbacks, paths
from kiosk.staff import StaffAccounts
from tests.gui.conftest import find_item, tap

PIN = "730194"


class Recorder:
    """Loopback HTTP servers (IPv4 and IPv6) on one port that note every request's path."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        recorder = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                recorder.paths.append(self.path)
                self.send_response(404)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.v4 = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.v4.server_address[1]

        class V6(http.server.ThreadingHTTPServer):
            address_family = __import__("socket").AF_INET6

        self.v6 = V6(("::1", self.port), Handler)
        for server in (self.v4, self.v6):
            threading.Thread(target=server.serve_forever, daemon=True).start()

    def close(self) -> None:
        for server in (self.v4, self.v6):
            server.shutdown()
            server.server_close()


@pytest.fixture
def recorder():
    running = Recorder()
    # The recorder itself works: a request made here is seen.
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(f"http://127.0.0.1:{running.port}/control", timeout=5)
    assert running.paths == ["/control"]
    running.paths.clear()
    yield running
    running.close()


def image(recorder: Recorder, name: str, host: str = "127.0.0.1") -> str:
    return f"<img src=http://{host}:{recorder.port}/{name}>"


@pytest.fixture
def kiosk_settings(kiosk_settings, recorder, tmp_path, caplog):
    # The kiosk logs the topic with markup as a content problem while it starts.
    caplog.set_level(logging.WARNING)
    content = tmp_path / "content"
    shutil.copytree(paths.bundled_content_dir(), content)
    for language in ("en", "es"):
        y90 = content / language / "y90.toml"
        text = y90.read_text(encoding="utf-8")
        y90.write_text(text.replace('caption = "', f'caption = "{image(recorder, "caption")}', 1))
    return dataclasses.replace(
        kiosk_settings, clinic_name=image(recorder, "clinic"), content_dir=content
    )


def shows(kiosk, text: str) -> bool:
    def walk(item):
        for child in item.childItems():
            if child.objectName() == "animationView":
                continue
            if (
                child.inherits("QQuickText")
                and child.isVisible()
                and child.property("text") == text
            ):
                return True
            if walk(child):
                return True
        return False

    return walk(kiosk.window.contentItem())


# The control's refused image: Qt reports the failed load, as it should.
@pytest.mark.qt_log_ignore('QML Text: Protocol "" is unknown')
def test_no_text_from_data_reaches_the_network(kiosk, qtbot, recorder, caplog):
    staff_name = "Bo" + image(recorder, "s", host="localhost")
    patient_name = "Ana" + image(recorder, "patient")
    StaffAccounts(kiosk.store).add(staff_name, PIN, admin=True)
    kiosk.store.save_request(
        callbacks.new_request(
            phone_e164="+12025550143",
            first_name=patient_name,
            best_time="morning",
            language="en",
            topics=("overview",),
            consent=callbacks.record_consent("text", "v1", "test-kiosk"),
        )
    )

    # The clinic's name on the welcome screen, exactly as written.
    qtbot.waitUntil(lambda: shows(kiosk, image(recorder, "clinic")))
    # A topic whose caption holds markup is not offered at all (a content problem).
    started = caplog.get_records("setup")
    assert any("y90.toml" in r.getMessage() and "markup" in r.getMessage() for r in started)
    assert kiosk.procedures.rowCount() == 3  # overview, tace, ablation

    # The staff member's name on the sign-in page and the patient's in the list.
    kiosk.staff.openSignIn()
    qtbot.waitUntil(lambda: find_item(kiosk.window, f"member-{staff_name}") is not None)
    tap(kiosk.window, f"member-{staff_name}")
    for digit in PIN:
        tap(kiosk.window, f"key-{digit}")
    tap(kiosk.window, "pinEnter")
    qtbot.waitUntil(lambda: kiosk.staff.property("signedIn"))
    qtbot.waitUntil(
        lambda: any(shows(kiosk, t) for t in (patient_name, f"Ana{image(recorder, 'patient')}"))
    )

    # Control: rich text in this engine asks for its image, and the guard refuses it.
    component = QQmlComponent(kiosk.engine)
    control = image(recorder, "control")
    component.setData(
        f'import QtQuick\nText {{ textFormat: Text.RichText; text: "{control}" }}'.encode(),
        QUrl.fromLocalFile(str(paths.ui_import_path() / "control.qml")),  # never written
    )
    made = component.create()
    assert made is not None, component.errorString()
    qtbot.waitUntil(lambda: any("refused" in r.getMessage() for r in caplog.records))

    refusals = [r.getMessage() for r in caplog.records if "refused" in r.getMessage()]
    assert refusals == ["network: refused a http request to '127.0.0.1'"]  # the control only
    assert recorder.paths == []
