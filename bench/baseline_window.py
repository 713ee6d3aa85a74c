"""Baseline for bench/startup.py: the least a Qt Quick kiosk must do to show a frame.

A bare PySide6 window with one line of text, reporting READY=1 on its first
frame exactly as the kiosk does, so the two are timed the same way.
"""

import os
import socket
import sys

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine

QML = b"""
import QtQuick
Window {
    width: 1920; height: 1080; visible: true
    Text { anchors.centerIn: parent; text: "Touch to learn"; font.pixelSize: 56 }
}
"""


class Ready(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.sent = False

    @Slot()
    def first_frame(self) -> None:
        if self.sent:
            return
        self.sent = True
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.connect(os.environ["NOTIFY_SOCKET"])
            sock.sendall(b"READY=1")


def main() -> int:
    app = QGuiApplication(sys.argv)
    engine = QQmlApplicationEngine()
    engine.loadData(QML)
    ready = Ready()
    engine.rootObjects()[0].frameSwapped.connect(ready.first_frame)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
