"""The app URL scheme: ``kiosk://app/<path>`` serves files from resources/animations.

Bundled pages are served through our own scheme rather than ``file://`` so the
page can reach nothing else on disk and the interceptor can allow exactly one
scheme. Only GET; paths cannot climb out of the folder. Qt's ``qwebchannel.js``
is served from Qt's own resources so we ship no copy of it.
(The model is qutebrowser's ``webenginequtescheme.py``.)
"""

import logging
import mimetypes
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QFile, QIODevice, QObject, QUrl
from PySide6.QtWebEngineCore import (
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

log = logging.getLogger(__name__)

SCHEME = b"kiosk"
HOST = "app"
STAGE_URL = QUrl("kiosk://app/stage.html")
QWEBCHANNEL_JS = ":/qtwebchannel/qwebchannel.js"

# Served with every page: nothing but our own files may load or run.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'none'; form-action 'none'; frame-src 'none'; "
    "object-src 'none'; base-uri 'none'"
)
_TYPES = {
    ".html": "text/html",
    ".js": "text/javascript",
    ".css": "text/css",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".json": "application/json",
}


def register_scheme() -> None:
    """Declare the scheme to Chromium; must run before the QGuiApplication exists."""
    scheme = QWebEngineUrlScheme(SCHEME)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    # Secure: the page is a secure context, like https. Not LocalScheme: the
    # page must not be able to read file:// at all.
    scheme.setFlags(QWebEngineUrlScheme.Flag.SecureScheme)
    QWebEngineUrlScheme.registerScheme(scheme)


class AppSchemeHandler(QWebEngineUrlSchemeHandler):
    """Answers ``kiosk://app/...`` requests from one folder, read-only."""

    def __init__(
        self, root: Path, parent: QObject | None = None, csp: str = CONTENT_SECURITY_POLICY
    ) -> None:
        """
        Args:
            root: the folder served as ``kiosk://app/``.
            csp: the Content-Security-Policy sent with every file; tests pass ""
                to prove that the request interceptor blocks on its own.
        """
        super().__init__(parent)
        self._root = root.resolve()
        self._csp = csp

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        url = job.requestUrl()
        if bytes(job.requestMethod().data()) != b"GET":
            log.warning("web: refused %s request", bytes(job.requestMethod().data()).decode())
            job.fail(QWebEngineUrlRequestJob.Error.RequestDenied)
            return
        if url.host() != HOST:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        body = self._read(url.path())
        if body is None:
            log.warning("web: not found: %s", url.path())
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        mime = _TYPES.get(Path(url.path()).suffix) or mimetypes.guess_type(url.path())[0]
        buffer = QBuffer(job)
        buffer.setData(QByteArray(body))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        if self._csp:
            # A multimap: each header name maps to a *list* of values (a bare
            # QByteArray would be read as a list of one-letter values).
            csp = QByteArray(self._csp.encode())
            # The type stubs say one value per name; the binding wants the list.
            headers = {QByteArray(b"Content-Security-Policy"): [csp]}
            job.setAdditionalResponseHeaders(headers)  # type: ignore[arg-type]
        job.reply(QByteArray((mime or "application/octet-stream").encode()), buffer)

    def _read(self, path: str) -> bytes | None:
        if path == "/qwebchannel.js":
            qt_file = QFile(QWEBCHANNEL_JS)
            if not qt_file.open(QIODevice.OpenModeFlag.ReadOnly):
                return None
            return bytes(qt_file.readAll().data())
        target = (self._root / path.lstrip("/")).resolve()
        if not target.is_relative_to(self._root) or not target.is_file():
            return None
        return target.read_bytes()
